//! Fuzz-style inputs, every prefix of a realistic file, and deep nesting:
//! the parser must never panic nor overflow the stack.
use engine_core::parser::*;
use std::panic::{AssertUnwindSafe, catch_unwind};

pub const SAMPLE: &str = include_str!("sample.js");

/// Runs `f` on a thread with a large stack (debug builds use far more stack
/// per nesting level than optimized builds).
pub fn with_big_stack<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("thread panicked")
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "var ",
    "let ",
    "const ",
    "function ",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ";",
    ",",
    "=",
    "=>",
    "/",
    "/=",
    "*",
    "+",
    "++",
    "-",
    "--",
    "<!--",
    "-->",
    "'",
    "\"",
    "\\",
    "\\u",
    "\\u{",
    "0x",
    "08",
    "017",
    "1e",
    "1.",
    ".5",
    "\n",
    " ",
    "\r\n",
    "\t",
    "if",
    "else",
    "for",
    "in",
    " in ",
    "while",
    "do ",
    "return",
    "break",
    "continue",
    "a",
    "b",
    "eval",
    "arguments",
    "this",
    "new ",
    ".",
    "?",
    ":",
    "!",
    "~",
    "&&",
    "||",
    "get ",
    "set ",
    "'use strict';",
    "\"use strict\"\n",
    "/*",
    "*/",
    "//",
    "\u{2028}",
    "é",
    "😀",
    "\u{FEFF}",
    "\u{a0}",
    "switch",
    "case ",
    "default",
    "try",
    "catch",
    "finally",
    "throw ",
    "with",
    "debugger",
    "typeof ",
    "delete ",
    "void ",
    "instanceof ",
    "l:",
    "0",
    "1.5",
    "\\u0061",
    "\\u{62}",
    "x",
    "yield",
    "static",
    "/a/g",
    "/[/]/",
    "/(?:",
    "|",
    "^",
    "$",
    "&",
    "<",
    ">",
    ">>>=",
    "<=",
    "===",
    "!==",
    "%",
    "'\\07'",
    "\"\\x4",
    "'\\u{110000}'",
    "#",
    "@",
    "`",
    "\u{0}",
    "\\\n",
    "`${",
    "class",
    "enum",
    "null",
    "true",
];

const ALPHABET: &[u8] = b"(){}[];,./*+-=<>!?:'\"\\ \nabc019xu$_`|&^%~#@";

fn check_no_panic(inputs: impl Iterator<Item = String>) -> usize {
    let mut count = 0;
    let mut failures = Vec::new();
    for src in inputs {
        count += 1;
        let r = catch_unwind(AssertUnwindSafe(|| {
            let _ = parse_script(&src, &ParseOptions::default());
            let _ = parse_script(
                &src,
                &ParseOptions {
                    strict: true,
                    ..Default::default()
                },
            );
            let _ = parse_function_parts(&src, &src, &ParseOptions::default());
        }));
        if r.is_err() {
            failures.push(src);
        }
    }
    assert!(
        failures.is_empty(),
        "parser panicked on {} inputs, e.g. {:?}",
        failures.len(),
        &failures[..failures.len().min(5)]
    );
    count
}

#[test]
fn fuzz_token_soup() {
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let inputs = (0..20000).map(|_| {
        let n = 1 + rng.below(40);
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(TOKENS[rng.below(TOKENS.len())]);
        }
        s
    });
    let inputs: Vec<String> = inputs.collect();
    let n = with_big_stack(move || check_no_panic(inputs.into_iter()));
    assert_eq!(n, 20000);
}

#[test]
fn fuzz_random_bytes() {
    let mut rng = Rng(12345);
    let inputs: Vec<String> = (0..10000)
        .map(|_| {
            let n = rng.below(64);
            let bytes: Vec<u8> = (0..n)
                .map(|_| {
                    let r = rng.next();
                    // Bias towards ASCII punctuation and letters.
                    if r.is_multiple_of(4) {
                        (r >> 8) as u8
                    } else {
                        ALPHABET[(r >> 8) as usize % ALPHABET.len()]
                    }
                })
                .collect();
            String::from_utf8_lossy(&bytes).into_owned()
        })
        .collect();
    with_big_stack(move || check_no_panic(inputs.into_iter()));
}

#[test]
fn fuzz_mutated_sample() {
    let mut rng = Rng(777);
    let chars: Vec<char> = SAMPLE.chars().collect();
    let inputs: Vec<String> = (0..400)
        .map(|_| {
            let mut c = chars.clone();
            for _ in 0..1 + rng.below(4) {
                let i = rng.below(c.len());
                match rng.below(3) {
                    0 => {
                        c.remove(i);
                    }
                    1 => {
                        let t: Vec<char> = TOKENS[rng.below(TOKENS.len())].chars().collect();
                        for (k, ch) in t.into_iter().enumerate() {
                            c.insert(i + k, ch);
                        }
                    }
                    _ => {
                        let j = rng.below(c.len());
                        c.swap(i, j);
                    }
                }
            }
            c.into_iter().collect()
        })
        .collect();
    with_big_stack(move || check_no_panic(inputs.into_iter()));
}

#[test]
fn sample_parses() {
    let p = parse_script(SAMPLE, &ParseOptions::default()).expect("sample parses");
    assert!(p.body.len() >= 2);
}

#[test]
fn every_prefix_of_sample() {
    // Only prefixes ending at char boundaries are valid `&str`s.
    let ends: Vec<usize> = SAMPLE
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(SAMPLE.len()))
        .collect();
    assert!(SAMPLE.lines().count() >= 300);
    let mut ok = 0;
    let mut failures = Vec::new();
    for &end in &ends {
        let src = &SAMPLE[..end];
        let r = catch_unwind(|| parse_script(src, &ParseOptions::default()).is_ok());
        match r {
            Ok(true) => ok += 1,
            Ok(false) => {}
            Err(_) => failures.push(end),
        }
    }
    assert!(
        failures.is_empty(),
        "panics at prefix lengths {:?}",
        failures
    );
    assert!(ok > 0);
}

fn nest(prefix: &str, open: &str, mid: &str, close: &str, n: usize) -> String {
    let mut s = String::with_capacity(prefix.len() + n * (open.len() + close.len()) + mid.len());
    s.push_str(prefix);
    for _ in 0..n {
        s.push_str(open);
    }
    s.push_str(mid);
    for _ in 0..n {
        s.push_str(close);
    }
    s
}

const NESTED: &[(&str, &str, &str, &str)] = &[
    ("", "(", "1", ")"),
    ("", "[", "", "]"),
    ("", "{", "", "}"),
    ("x=", "{a:", "1", "}"),
    ("", "a=", "1", ""),
    ("", "!", "1", ""),
    ("", "- ", "1", ""),
    ("", "~", "1", ""),
    ("", "typeof ", "a", ""),
    ("", "if(1)", ";", ""),
    ("", "if(1);else ", ";", ""),
    ("", "while(1)", ";", ""),
    ("", "for(;;)", ";", ""),
    ("", "for(a in b)", ";", ""),
    ("", "with(a)", ";", ""),
    ("", "do ", ";", " while(1)"),
    ("", "try{", "", "}finally{}"),
    ("", "switch(a){case 1:", "", "}"),
    ("", "function f(){", "", "}"),
    ("", "(function(){", "", "})"),
    ("'use strict';", "function f(){", "", "}"),
    ("", "x=>", "1", ""),
    ("", "(a,b)=>", "1", ""),
    ("", "()=>{", "", "}"),
    ("", "new ", "a", ""),
    ("", "f(", "", ")"),
    ("", "a[", "0", "]"),
    ("", "a?b:", "c", ""),
    ("", "a?", "b", ":d"),
    ("", "x={get a(){return ", "1", "}}"),
];

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    with_big_stack(|| {
        for &(prefix, open, mid, close) in NESTED {
            let src = nest(prefix, open, mid, close, 100_000);
            match parse_script(&src, &ParseOptions::default()) {
                Ok(_) => panic!("{:?}x100000 should fail", open),
                Err(e) => assert_eq!(e.message, "Too much nesting", "{:?}", open),
            }
            // Moderate nesting is fine (and the tree drops fine).
            let src = nest(prefix, open, mid, close, 300);
            if let Err(e) = parse_script(&src, &ParseOptions::default()) {
                panic!(
                    "{:?}x300 should parse: {} at {}:{}",
                    open, e.message, e.line, e.column
                );
            }
        }
    });
}

#[test]
fn deep_nesting_on_a_normal_stack() {
    // An optimized build needs about 1.2 KB of stack per level; a debug
    // build needs up to ~6 KB. With a 64 MB stack even debug builds handle
    // the default limit of 1500 levels for every construct.
    let out = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(|| {
            let mut results = Vec::new();
            for &(prefix, open, mid, close) in NESTED {
                let src = nest(prefix, open, mid, close, 1_600);
                results.push(parse_script(&src, &ParseOptions::default()).is_err());
            }
            results
        })
        .expect("spawn")
        .join()
        .expect("no crash");
    assert!(out.iter().all(|&e| e));
}

#[test]
fn long_left_deep_chains_have_no_limit() {
    with_big_stack(|| {
        for (head, rep) in [
            ("a", "+a"),
            ("a", ".b"),
            ("f", "()"),
            ("a", "[0]"),
            ("a", "||a"),
            ("a", "*a+a"),
            ("a", " in a"),
            ("x", "++-x"),
            ("a", ".m()"),
        ] {
            // Parsed and dropped without recursing along the chain.
            let src = format!("{}{}", head, rep.repeat(100_000));
            parse_script(&src, &ParseOptions::default())
                .unwrap_or_else(|e| panic!("{}: {}", rep, e));
        }
        // Nesting inside a chain still counts.
        let src = format!("a+{}a{}", "(".repeat(100_000), ")".repeat(100_000));
        let e = parse_script(&src, &ParseOptions::default()).expect_err("nested");
        assert_eq!(e.message, "Too much nesting");
        // Flat lists are not nesting.
        for src in [
            format!("1{}", ",1".repeat(100_000)),
            "a;".repeat(100_000),
            format!("[{}]", "1,".repeat(100_000)),
            format!("x = {{{}}}", "a: 1,".repeat(50_000)),
            format!("f({})", "a,".repeat(50_000) + "a"),
            format!("var {};", "a,".repeat(50_000) + "a"),
            format!("function f({}) {{}}", "a,".repeat(50_000) + "a"),
            format!(
                "'use strict'; function f({}) {{}}",
                (0..20_000)
                    .map(|i| format!("a{i}"))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            format!("switch (a) {{ {} }}", "case 1: ".repeat(50_000)),
            format!("x = /{}{}/", "(".repeat(100_000), ")".repeat(100_000)),
            format!("x = /{}/", "[a]".repeat(100_000)),
            format!("x = '{}'", "\\n".repeat(100_000)),
            // Many declarations inside deeply nested blocks (declaration
            // bookkeeping must not be O(names x depth)).
            format!(
                "{}{}{}",
                "{".repeat(1400),
                (0..50_000)
                    .map(|i| format!("var v{i}; let l{i};"))
                    .collect::<String>(),
                "}".repeat(1400)
            ),
        ] {
            parse_script(&src, &ParseOptions::default())
                .unwrap_or_else(|e| panic!("{}: {}", &src[..40.min(src.len())], e));
        }
    });
}

#[test]
fn custom_depth_limit() {
    let opts = ParseOptions {
        max_depth: 10,
        ..Default::default()
    };
    assert!(parse_script("[[[1]]]", &opts).is_ok());
    let e = parse_script("[[[[[[[[[[[[1]]]]]]]]]]]]", &opts).unwrap_err();
    assert_eq!((e.message.as_str(), e.line), ("Too much nesting", 1));
    // A left-deep chain is no nesting; its right operands are.
    assert!(parse_script("a+b+c+d+e+f+g+h+i+j+k+l+m", &opts).is_ok());
    assert!(parse_script("a+(b+(c+(d+(e+(f+(g+(h+(i+(j+(k+(l+m)))))))))))", &opts).is_err());
    let opts = ParseOptions {
        max_depth: 0,
        ..Default::default()
    };
    assert!(parse_script("", &opts).is_ok());
    assert!(parse_script("a", &opts).is_err());
}

/// Height of the tree in Expr / Stmt / Function nodes.
mod height {
    use engine_core::parser::*;

    pub fn stmts(v: &[Stmt]) -> usize {
        v.iter().map(stmt).max().unwrap_or(0)
    }

    fn opt(e: &Option<Expr>) -> usize {
        e.as_ref().map(expr).unwrap_or(0)
    }

    fn func(f: &Function) -> usize {
        1 + stmts(&f.body)
    }

    pub fn stmt(s: &Stmt) -> usize {
        1 + match &s.kind {
            StmtKind::Empty | StmtKind::Debugger | StmtKind::Continue(_) | StmtKind::Break(_) => 0,
            StmtKind::Block(b) => stmts(b),
            StmtKind::Expression(e) | StmtKind::Throw(e) => expr(e),
            StmtKind::VarDecl(d) => d
                .declarations
                .iter()
                .map(|d| opt(&d.init))
                .max()
                .unwrap_or(0),
            StmtKind::FunctionDecl(f) => func(f),
            StmtKind::If {
                test,
                consequent,
                alternate,
            } => expr(test)
                .max(stmt(consequent))
                .max(alternate.as_deref().map(stmt).unwrap_or(0)),
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => {
                let i = match init {
                    Some(ForInit::VarDecl(d)) => d
                        .declarations
                        .iter()
                        .map(|d| opt(&d.init))
                        .max()
                        .unwrap_or(0),
                    Some(ForInit::Expr(e)) => expr(e),
                    None => 0,
                };
                i.max(test.as_deref().map(expr).unwrap_or(0))
                    .max(update.as_deref().map(expr).unwrap_or(0))
                    .max(stmt(body))
            }
            StmtKind::ForIn { left, right, body } => {
                let l = match &**left {
                    ForInTarget::VarDecl(_, d) => opt(&d.init),
                    ForInTarget::Expr(e) => expr(e),
                };
                l.max(expr(right)).max(stmt(body))
            }
            StmtKind::While { test, body } | StmtKind::DoWhile { body, test } => {
                expr(test).max(stmt(body))
            }
            StmtKind::Return(e) => opt(e),
            StmtKind::With { object, body } => expr(object).max(stmt(body)),
            StmtKind::Switch {
                discriminant,
                cases,
            } => cases
                .iter()
                .map(|c| opt(&c.test).max(stmts(&c.body)))
                .max()
                .unwrap_or(0)
                .max(expr(discriminant)),
            StmtKind::Labeled { body, .. } => stmt(body),
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => stmts(block)
                .max(handler.as_ref().map(|h| stmts(&h.body)).unwrap_or(0))
                .max(finalizer.as_deref().map(stmts).unwrap_or(0)),
        }
    }

    /// Links along a chain's left spine add no height: the passes walk them
    /// with a loop.
    pub fn expr(e: &Expr) -> usize {
        match &e.kind {
            ExprKind::Binary { left, right, .. } | ExprKind::Logical { left, right, .. } => {
                expr(left).max(1 + expr(right))
            }
            ExprKind::Member { object, .. } => expr(object).max(1),
            ExprKind::Index { object, index } => expr(object).max(1 + expr(index)),
            ExprKind::Call { callee, args } => {
                expr(callee).max(1 + args.iter().map(expr).max().unwrap_or(0))
            }
            _ => nested(e),
        }
    }

    fn nested(e: &Expr) -> usize {
        1 + match &e.kind {
            ExprKind::Array(v) => v.iter().map(opt).max().unwrap_or(0),
            ExprKind::Object(p) => p
                .iter()
                .map(|p| match &p.kind {
                    PropKind::Init(v) => expr(v),
                    PropKind::Get(f) | PropKind::Set(f) => func(f),
                })
                .max()
                .unwrap_or(0),
            ExprKind::Function(f) | ExprKind::Arrow(f) => func(f),
            ExprKind::Unary { arg, .. } | ExprKind::Update { arg, .. } => expr(arg),
            ExprKind::Binary { left, right, .. } | ExprKind::Logical { left, right, .. } => {
                expr(left).max(expr(right))
            }
            ExprKind::Assign { target, value, .. } => expr(target).max(expr(value)),
            ExprKind::Conditional {
                test,
                consequent,
                alternate,
            } => expr(test).max(expr(consequent)).max(expr(alternate)),
            ExprKind::Sequence(v) => v.iter().map(expr).max().unwrap_or(0),
            ExprKind::Call { callee, args } | ExprKind::New { callee, args } => {
                args.iter().map(expr).max().unwrap_or(0).max(expr(callee))
            }
            ExprKind::Member { object, .. } => expr(object),
            ExprKind::Index { object, index } => expr(object).max(expr(index)),
            _ => 0,
        }
    }
}

#[test]
fn tree_height_is_bounded_by_max_depth() {
    with_big_stack(|| {
        let opts = ParseOptions {
            max_depth: 200,
            ..Default::default()
        };
        let mut rng = Rng(4242);
        let pieces: &[(&str, &str)] = &[
            ("[", "]"),
            ("(", ")"),
            ("f(", ")"),
            ("a[", "]"),
            ("{a:", "}"),
            ("!", ""),
            ("a=", ""),
            ("a?b:", ""),
            ("x=>", ""),
            ("function(){return ", "}"),
            ("new ", ""),
            ("a.b(", ")"),
        ];
        let chains = ["+a", ".b", "()", "[0]", "||a", "*a+a", "(a)(b)"];
        let mut accepted = 0;
        let mut max_h = 0;
        for _ in 0..3000 {
            // Random nesting with left-deep chains at every level.
            let levels = rng.below(120);
            let mut open = String::new();
            let mut close = Vec::new();
            for _ in 0..levels {
                let (o, c) = pieces[rng.below(pieces.len())];
                open.push_str(o);
                let chain = chains[rng.below(chains.len())].repeat(rng.below(40));
                close.push(format!(
                    "{}{}",
                    c,
                    if c.is_empty() { String::new() } else { chain }
                ));
            }
            let inner = format!("a{}", chains[rng.below(chains.len())].repeat(rng.below(60)));
            let src = format!(
                "x = {}{}{}",
                open,
                inner,
                close.iter().rev().cloned().collect::<String>()
            );
            if let Ok(p) = parse_script(&src, &opts) {
                accepted += 1;
                let h = height::stmts(&p.body);
                max_h = max_h.max(h);
                assert!(h <= 2 * 200 + 4, "height {} for {}", h, src);
            }
        }
        println!("accepted {accepted}, max height {max_h}");
        assert!(accepted > 100, "only {} accepted", accepted);
        assert!(max_h > 100, "max height {}", max_h);
    });
}
