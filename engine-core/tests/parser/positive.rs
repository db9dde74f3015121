//! Programs that must parse, with the expected tree.
use crate::util::*;
use engine_core::parser::*;

#[test]
fn literals() {
    check(
        "1; .5; 5.; 1e3; 1.5E-2; 0x1F; 0XfF; 0b101; 0O17; 017; 08; 09.5; 019",
        "1; 0.5; 5; 1000; 0.015; 31; 255; 5; 15; 15; 8; 9.5; 19;",
    );
    check(
        "'a'; \"b\\n\"; 'it\\'s'; '\\x41\\u0042\\u{43}'; '\\0'",
        "\"a\"; \"b\\n\"; \"it's\"; \"ABC\"; \"\\0\";",
    );
    check("null; true; false; this", "null; true; false; this;");
    check("'a\\\nb'", "\"ab\";");
    check("'a\\\r\nb'", "\"ab\";");
    check("'\\101\\7\\08'", "\"A\\u{7}\\08\";");
    check("'\\8\\9\\q'", "\"89q\";");
}

#[test]
fn number_values() {
    fn num(src: &str) -> f64 {
        match &ok(src).body[0].kind {
            StmtKind::Expression(Expr {
                kind: ExprKind::Number(n),
                ..
            }) => *n,
            k => panic!("{:?}", k),
        }
    }
    assert_eq!(num("0x1fffffffffffff1"), 144115188075855860.0);
    assert_eq!(num("0x1fffffffffffff1"), 0x1fffffffffffff1u64 as f64);
    assert_eq!(num("0x20000000000001"), 9007199254740992.0); // tie rounds to even
    assert_eq!(num("0x20000000000003"), 9007199254740996.0); // tie rounds to even (up)
    assert_eq!(
        num("0x20000000000001000000001"),
        (0x20000000000002u64 as f64) * 2f64.powi(36)
    ); // sticky bit
    assert_eq!(
        num("0xffffffffffffffffffffffff"),
        79228162514264337593543950336.0
    );
    assert_eq!(num("9007199254740993"), 9007199254740992.0);
    assert_eq!(num("1e400"), f64::INFINITY);
    assert_eq!(num("2e-324"), 0.0);
    assert_eq!(
        num("0777777777777777777777"),
        0o777777777777777777777u64 as f64
    );
    assert_eq!(
        num("0b11111111111111111111111111111111111111111111111111111111111111111"),
        36893488147419103231.0
    );
    assert!(num(&format!("0x{}", "f".repeat(300))).is_infinite());
    assert_eq!(num("0.1"), 0.1);
    assert_eq!(num("123456789012345678901234567890"), 1.2345678901234568e29);
}

#[test]
fn string_values() {
    fn s(src: &str) -> Vec<u16> {
        match &ok(src).body[0].kind {
            StmtKind::Expression(Expr {
                kind: ExprKind::String(v),
                ..
            }) => v.clone(),
            k => panic!("{:?}", k),
        }
    }
    assert_eq!(s("'\\uD800'"), vec![0xD800]);
    assert_eq!(s("'\\u{1F600}'"), vec![0xD83D, 0xDE00]);
    assert_eq!(s("'😀é'"), vec![0xD83D, 0xDE00, 0xE9]);
    assert_eq!(s("'\\377\\400'"), vec![0xFF, 0x20, 0x30]);
    assert_eq!(s("'a\u{2028}b'"), vec![0x61, 0x2028, 0x62]);
    assert_eq!(s("'\\v\\f\\b\\t\\r'"), vec![0x0B, 0x0C, 0x08, 0x09, 0x0D]);
}

#[test]
fn operators_and_precedence() {
    check("a + b * c - d / e % f", "(- (+ a (* b c)) (% (/ d e) f));");
    check(
        "a || b && c | d ^ e & f == g < h << i + j * k",
        "(|| a (&& b (| c (^ d (& e (== f (< g (<< h (+ i (* j k))))))))));",
    );
    check("a = b = c += d", "(= a (= b (+= c d)));");
    check("a ? b : c ? d : e", "(? a b (? c d e));");
    check("a ? b = 1 : c = 2", "(? a (= b 1) (= c 2));");
    check("x = a ? b : c", "(= x (? a b c));");
    check("a, b, c", "(, a b c);");
    check(
        "!-+~typeof void delete a.b",
        "(! (- (+ (~ (typeof (void (delete (. a b))))))));",
    );
    check(
        "++a; a--; --a.b; a[0]++",
        "(++pre a); (post-- a); (--pre (. a b)); (post++ ([] a 0));",
    );
    check("a in b instanceof c", "(instanceof (in a b) c);");
    check("a >>> b >> c << d", "(<< (>> (>>> a b) c) d);");
    check(
        "a !== b === c != d == e",
        "(== (!= (=== (!== a b) c) d) e);",
    );
    check("a <= b >= c < d > e", "(> (< (>= (<= a b) c) d) e);");
    check(
        "x <<= 1; x >>= 1; x >>>= 1; x &= 1; x |= 1; x ^= 1; x *= 1; x /= 1; x %= 1; x -= 1",
        "(<<= x 1); (>>= x 1); (>>>= x 1); (&= x 1); (|= x 1); (^= x 1); (*= x 1); (/= x 1); (%= x 1); (-= x 1);",
    );
    check(
        "a - -b; a + +b; a - --b",
        "(- a (- b)); (+ a (+ b)); (- a (--pre b));",
    );
}

#[test]
fn member_call_new() {
    check("a.b.c(d)(e)[f]", "([] (call (call (. (. a b) c) d) e) f);");
    check("new a", "(new a);");
    check("new a.b.c(1)", "(new (. (. a b) c) 1);");
    check("new a(1)(2)", "(call (new a 1) 2);");
    check("new new a()()", "(new (new a));");
    check("new new a", "(new (new a));");
    check("new a.b[c]()", "(new ([] (. a b) c));");
    check("new (a())()", "(new (call a));");
    check("new function(){}", "(new (function () {}));");
    check(
        "a.if.class.null.true",
        "(. (. (. (. a if) class) null) true);",
    );
    check("a.\\u0069f", "(. a if);");
    check("f(a, b)(c)", "(call (call f a b) c);");
    check("1..toString()", "(call (. 1 toString));");
    check("a\n(b)", "(call a b);");
    check("a\n[b]", "([] a b);");
}

#[test]
fn arrays_objects() {
    check(
        "[]; [,]; [a,]; [a,,]; [,a]; [a,,b]; [,,]",
        "[]; [_]; [a]; [a, _]; [_, a]; [a, _, b]; [_, _];",
    );
    check("x = {}", "(= x {});");
    check(
        "x = {a: 1, 'b': 2, 3: 3, if: 4, get: 5, set: 6, a: 7,}",
        "(= x {a: 1, \"b\": 2, 3: 3, if: 4, get: 5, set: 6, a: 7});",
    );
    check(
        "x = {get a() { return 1 }, set a(v) {}, get 'b'() {}, get 1() {}, get if() {}, set get(v){}}",
        "(= x {get a (get () { (return 1) }), set a (set (v) {}), get \"b\" (get () {}), get 1 (get () {}), get if (get () {}), set get (set (v) {})});",
    );
    check("x = {0x10: 1, 1.5: 2}", "(= x {16: 1, 1.5: 2});");
    check("({a: 1})", "{a: 1};");
}

#[test]
fn functions() {
    check(
        "function f(a, b) { return a + b }",
        "(function f (a b) { (return (+ a b)) })",
    );
    check(
        "x = function () {}; y = function g() {}",
        "(= x (function () {})); (= y (function g () {}));",
    );
    check("(function(){})()", "(call (function () {}));");
    check("!function(){}()", "(! (call (function () {})));");
    check("function f(a, a) {}", "(function f (a a) {})");
    check(
        "function eval() {} function arguments(eval) {}",
        "(function eval () {}) (function arguments (eval) {})",
    );
    check(
        "function f() { 'use strict'; }",
        "(function f () strict { \"use strict\"; })",
    );
    check("function f() {} /foo/g", "(function f () {}) /foo/g;");
}

#[test]
fn arrows() {
    check("x => x * 2", "(=> (x) (* x 2));");
    check("(a, b) => { return a }", "(=> (a b) { (return a) });");
    check("() => 1", "(=> () 1);");
    check("(a) => a", "(=> (a) a);");
    check("f(a => b, c)", "(call f (=> (a) b) c);");
    check("a => b => c", "(=> (a) (=> (b) c));");
    check("x = y => y, z", "(, (= x (=> (y) y)) z);");
    check("a ? b => c : d => e", "(? a (=> (b) c) (=> (d) e));");
    check("(a => a)(1)", "(call (=> (a) a) 1);");
    check("x => {}\n(1)", "(=> (x) {}); 1;");
    check("x => ({a: 1})", "(=> (x) {a: 1});");
    check("async => 1", "(=> (async) 1);");
    check("let => 1", "(=> (let) 1);");
    check(
        "(x) => () => { 'use strict'; return x }",
        "(=> (x) (=> () strict { \"use strict\"; (return x) }));",
    );
    check(
        "for (var f = x => (x in y);;);",
        "(for (var f=(=> (x) (in x y))) _ _ ;)",
    );
    let p = ok("var f = () => this");
    assert!(p.flags.uses_this);
}

#[test]
fn statements() {
    check("if (a) b; else c", "(if a b; c;)");
    check("if (a) if (b) c; else d", "(if a (if b c; d;))");
    check("if (a) {} else if (b) {} else {}", "(if a {} (if b {} {}))");
    check("for (;;) {}", "(for _ _ _ {})");
    check(
        "for (var i = 0, j; i < 10; i++) ;",
        "(for (var i=0 j) (< i 10) (post++ i) ;)",
    );
    check("for (i = 0; ; ) break", "(for (= i 0) _ _ (break))");
    check("for (var x in o) ;", "(for-in (var x) o ;)");
    check("for (var x = 1 in o) ;", "(for-in (var x=1) o ;)");
    check("for (x in o) ;", "(for-in x o ;)");
    check("for (a.b in o) ;", "(for-in (. a b) o ;)");
    check("for ((x) in o) ;", "(for-in x o ;)");
    check("for (f() in o) ;", "(for-in (call f) o ;)");
    check("for ((a in b);;) ;", "(for (in a b) _ _ ;)");
    check("for (x in a, b) ;", "(for-in x (, a b) ;)");
    check("for (let x in o) ;", "(for-in (let x) o ;)");
    check("for (const x in o) ;", "(for-in (const x) o ;)");
    check(
        "for (let i = 0; i < 1; i++) ;",
        "(for (let i=0) (< i 1) (post++ i) ;)",
    );
    check("for (const i = 0;;) ;", "(for (const i=0) _ _ ;)");
    check("for (let in o) ;", "(for-in let o ;)");
    check("for (let.x in o) ;", "(for-in (. let x) o ;)");
    check("for (let;;) ;", "(for let _ _ ;)");
    check("while (a) b()", "(while a (call b);)");
    check("do x(); while (a)", "(do (call x); a)");
    check("do ; while(0) x", "(do ; 0) x;");
    check("do {} while (a) b", "(do {} a) b;");
    check(
        "a: while (1) { continue a; break a }",
        "(label a (while 1 { (continue a) (break a) }))",
    );
    check(
        "a: b: for (;;) continue a",
        "(label a (label b (for _ _ _ (continue a))))",
    );
    check("a: { break a }", "(label a { (break a) })");
    check("a: b: c;", "(label a (label b c;))");
    check(
        "a: { b: { break a } } a: ;",
        "(label a { (label b { (break a) }) }) (label a ;)",
    );
    check(
        "switch (x) { case 1: a; case 2: default: b; break }",
        "(switch x (case 1 a;) (case 2) (default b; (break)))",
    );
    check("switch (x) {}", "(switch x)");
    check("throw a", "(throw a)");
    check("try {} catch (e) {}", "(try {} (catch e {}))");
    check("try {} finally {}", "(try {} (finally {}))");
    check(
        "try { a } catch (e) { b } finally { c }",
        "(try { a; } (catch e { b; }) (finally { c; }))",
    );
    check("with (a) b", "(with a b;)");
    check("debugger;", "debugger");
    check(";;", "; ;");
    check("{}", "{}");
    check("var a = 1, b, c = 2;", "(var a=1 b c=2)");
    check(
        "var yield, static, implements, let;",
        "(var yield static implements let)",
    );
    check("label: function f() {}", "(label label (function f () {}))");
    check("if (a) function f() {}", "(if a { (function f () {}) })");
    check(
        "if (a) ; else function f() {}",
        "(if a ; { (function f () {}) })",
    );
    check(
        "{ function f() {} function f() {} }",
        "{ (function f () {}) (function f () {}) }",
    );
    check(
        "function f(){} function f(){} var f;",
        "(function f () {}) (function f () {}) (var f)",
    );
    check(
        "try {} catch (e) { var e; }",
        "(try {} (catch e { (var e) }))",
    );
    check("function f() { return }", "(function f () { (return) })");
}

#[test]
fn let_const() {
    check("let a = 1, b; const c = 2;", "(let a=1 b) (const c=2)");
    check("let\nx = 1", "(let x=1)");
    check("var let = 1; let = 2; let\n", "(var let=1) (= let 2); let;");
    check("let.x = 1", "(= (. let x) 1);");
    check("let(1)", "(call let 1);");
    check("if (a) let\nx = 1", "(if a let;) (= x 1);");
    check("{ let a; } { let a; }", "{ (let a) } { (let a) }");
    check("let a; { let a; }", "(let a) { (let a) }");
    check(
        "function f(a) { { let a; } }",
        "(function f (a) { { (let a) } })",
    );
    check(
        "try {} catch (e) { { let e; } }",
        "(try {} (catch e { { (let e) } }))",
    );
    check(
        "switch (x) { case 1: let a; }",
        "(switch x (case 1 (let a)))",
    );
    check("l\\u0065t\nx", "let; x;");
    check("for (let i;;) { let i; }", "(for (let i) _ _ { (let i) })");
}

#[test]
fn asi() {
    check("a\nb", "a; b;");
    check("a\n++b", "a; (++pre b);");
    check("a\n--\nb", "a; (--pre b);");
    check("return_\n", "return_;");
    check(
        "function f() { return\na }",
        "(function f () { (return) a; })",
    );
    check(
        "function f() { return /*\n*/ a }",
        "(function f () { (return) a; })",
    );
    check(
        "function f() { return /* */ a }",
        "(function f () { (return a) })",
    );
    check("for (;;) { break\na }", "(for _ _ _ { (break) a; })");
    check(
        "l: for (;;) { continue\nl }",
        "(label l (for _ _ _ { (continue) l; }))",
    );
    check("{ a } b", "{ a; } b;");
    check("var a = 1\nvar b", "(var a=1) (var b)");
    check("a = b\n(c)", "(= a (call b c));");
    check("a = b\n/c/g", "(= a (/ (/ b c) g));");
}

#[test]
fn regexp_vs_divide() {
    check("a / b / c", "(/ (/ a b) c);");
    check("x = /re/g.test(s)", "(= x (call (. /re/g test) s));");
    check("(a) / 2", "(/ a 2);");
    check("{} /foo/", "{} /foo/;");
    check("++/x/.lastIndex", "(++pre (. /x/ lastIndex));");
    check("x = a++ / 2", "(= x (/ (post++ a) 2));");
    check("a /= 2", "(/= a 2);");
    check("x = /=/", "(= x /=/);");
    check("x = /[/]/", "(= x /[/]/);");
    check("x = /a\\/b/", "(= x /a\\/b/);");
    check("if (a) /b/.test(c)", "(if a (call (. /b/ test) c);)");
    check("typeof /x/", "(typeof /x/);");
    check("[/a/, /b/]", "[/a/, /b/];");
    check("a = b ? /c/ : /d/", "(= a (? b /c/ /d/));");
    check(
        "this / 2; null / 2; x.y / 2; a[0] / 2",
        "(/ this 2); (/ null 2); (/ (. x y) 2); (/ ([] a 0) 2);",
    );
    check("x = function(){} / 2", "(= x (/ (function () {}) 2));");
    check("x = /[\\]/]/", "(= x /[\\]/]/);");
    check("/a/gim", "/a/gim;");
}

#[test]
fn regexp_patterns_accepted() {
    for p in [
        "/a|b|/",
        "/(?:a)*?/",
        "/(?=a)*/",
        "/(?!a)+/",
        "/a{1}/",
        "/a{1,}/",
        "/a{1,2}?/",
        "/{/",
        "/}/",
        "/]/",
        "/a{/",
        "/a{1/",
        "/a{,5}/",
        "/x{1a}/",
        "/[a-z\\d-]/",
        "/[\\d-z]/",
        "/[-a]/",
        "/[a-]/",
        "/[]/",
        "/[^]/",
        "/\\c/",
        "/\\c1/",
        "/[\\c1]/",
        "/\\1/",
        "/(a)\\1\\2/",
        "/\\k/",
        "/\\u{12}/",
        "/\\x/",
        "/\\u12/",
        "/(?<name>a)\\k<name>/",
        "/(?<=a)b/",
        "/(?<!a)b/",
        "/^$/",
        "/\\b\\B/",
        "/[\\b]/",
        "/\\//",
        "/[\\u0041-\\u005A]/",
        "/\\0/",
        "/[\\0-\\7]/",
        "/a**/.source",
        "/(((((a)))))/",
        "/😀+/",
        "/\\p{L}/",
    ] {
        if p == "/a**/.source" {
            continue;
        }
        if let Err(e) = parse(p) {
            panic!("{} should be accepted: {}", p, e.message);
        }
    }
}

#[test]
fn html_comments() {
    check("a <!-- b\nc", "a; c;");
    check("--> comment\na", "a;");
    check("a\n--> comment\nb", "a; b;");
    check("a /*\n*/ --> comment\nb", "a; b;");
    check("a\n  /* x */ --> comment\nb", "a; b;");
    check("x = a-->b", "(= x (> (post-- a) b));");
    let opts = ParseOptions {
        allow_html_comments: false,
        ..Default::default()
    };
    let p = parse_script("a <!-- b", &opts).expect("parses without html comments");
    assert_eq!(crate::sexp::program(&p), "(< a (! (--pre b)));");
}

#[test]
fn whitespace_and_unicode() {
    check("a\u{a0}=\u{feff}1\u{2003};", "(= a 1);");
    check("a\u{2028}b\u{2029}c\r\nd\re", "a; b; c; d; e;");
    check(
        "var ä = 1, \\u0061b = 2, $ = 3, _ = 4, a\u{200c}b, 𐊧",
        "(var ä=1 ab=2 $=3 _=4 a\u{200c}b 𐊧)",
    );
    check("var \\u{61}", "(var a)");
    check("a\u{0b}\u{0c}\t+\u{3000}b", "(+ a b);");
}

#[test]
fn directives() {
    let p = ok("'use strict'; var x;");
    assert!(p.strict);
    let p = ok("'use\\x20strict'; with (a) {}");
    assert!(!p.strict);
    let p = ok("('use strict'); with (a) {}");
    assert!(!p.strict);
    let p = ok("'a'; 'use strict'");
    assert!(p.strict);
    let p = ok("'use strict' + 1; with (a) {}");
    assert!(!p.strict);
    let p = ok("foo(); 'use strict'; with (a) {}");
    assert!(!p.strict);
    let p = ok("function f() { 'use strict'; } with (a) {}");
    assert!(!p.strict);
    let p = ok("'use strict'\n;function f() { return this }");
    assert!(p.strict);
    match &p.body[1].kind {
        StmtKind::FunctionDecl(f) => assert!(f.strict),
        k => panic!("{:?}", k),
    }
    let p = ok_strict("var x = 1");
    assert!(p.strict);
}

#[test]
fn positions() {
    let p = ok("var a = 1;\n  foo(bar)\r\n\tx.y");
    assert_eq!(p.body[0].pos, Pos { line: 1, column: 1 });
    let StmtKind::VarDecl(v) = &p.body[0].kind else {
        panic!()
    };
    assert_eq!(v.declarations[0].name.pos, Pos { line: 1, column: 5 });
    assert_eq!(
        v.declarations[0].init.as_ref().unwrap().pos,
        Pos { line: 1, column: 9 }
    );
    assert_eq!(p.body[1].pos, Pos { line: 2, column: 3 });
    let StmtKind::Expression(e) = &p.body[1].kind else {
        panic!()
    };
    let ExprKind::Call { args, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(args[0].pos, Pos { line: 2, column: 7 });
    assert_eq!(p.body[2].pos, Pos { line: 3, column: 2 });
    let StmtKind::Expression(e) = &p.body[2].kind else {
        panic!()
    };
    let ExprKind::Member { property_pos, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(*property_pos, Pos { line: 3, column: 4 });

    // Columns count UTF-16 code units.
    let p = ok("'😀é'; x");
    assert_eq!(p.body[1].pos, Pos { line: 1, column: 8 });
    // Line continuations and multi-line comments advance the line.
    let p = ok("'a\\\nb'; /*\n\n*/ x");
    assert_eq!(p.body[1].pos, Pos { line: 4, column: 4 });
    let p = ok("a\u{2028}b");
    assert_eq!(p.body[1].pos, Pos { line: 2, column: 1 });
}

#[test]
fn function_source_ranges_and_flags() {
    let src = "var f = function g(a) { return a; }, h = x => x + 1;\nfunction k() {}\nx = {get a() { return 1 }};";
    let p = ok(src);
    let StmtKind::VarDecl(v) = &p.body[0].kind else {
        panic!()
    };
    let Some(Expr {
        kind: ExprKind::Function(f),
        ..
    }) = &v.declarations[0].init
    else {
        panic!()
    };
    assert_eq!(
        &src[f.source_start..f.source_end],
        "function g(a) { return a; }"
    );
    assert_eq!(f.pos, Pos { line: 1, column: 9 });
    assert_eq!(
        f.name.as_ref().unwrap().pos,
        Pos {
            line: 1,
            column: 18
        }
    );
    assert_eq!(
        f.params[0].pos,
        Pos {
            line: 1,
            column: 20
        }
    );
    let Some(Expr {
        kind: ExprKind::Arrow(a),
        ..
    }) = &v.declarations[1].init
    else {
        panic!()
    };
    assert_eq!(&src[a.source_start..a.source_end], "x => x + 1");
    assert!(a.is_arrow && a.expression_body && a.kind == FunctionKind::Arrow);
    let StmtKind::FunctionDecl(k) = &p.body[1].kind else {
        panic!()
    };
    assert_eq!(&src[k.source_start..k.source_end], "function k() {}");
    let StmtKind::Expression(Expr {
        kind: ExprKind::Assign { value, .. },
        ..
    }) = &p.body[2].kind
    else {
        panic!()
    };
    let ExprKind::Object(props) = &value.kind else {
        panic!()
    };
    let PropKind::Get(g) = &props[0].kind else {
        panic!()
    };
    assert_eq!(&src[g.source_start..g.source_end], "get a() { return 1 }");
    let src2 = "(a, b) => { return a }";
    let p = ok(src2);
    let StmtKind::Expression(Expr {
        kind: ExprKind::Arrow(a),
        ..
    }) = &p.body[0].kind
    else {
        panic!()
    };
    assert_eq!(&src2[a.source_start..a.source_end], src2);
}

fn first_fn(p: &Program) -> &Function {
    for s in &p.body {
        if let StmtKind::FunctionDecl(f) = &s.kind {
            return f;
        }
    }
    panic!("no function");
}

#[test]
fn scope_flags() {
    let p = ok("function f() { return arguments[0] + this.x }");
    let f = first_fn(&p);
    assert!(f.flags.uses_arguments && f.flags.uses_this && !f.flags.has_direct_eval);
    let p = ok("function f() { function g() { this; arguments } }");
    let f = first_fn(&p);
    assert!(!f.flags.uses_arguments && !f.flags.uses_this && !f.flags.inner_has_eval_or_with);
    let p = ok("function f() { var g = () => () => this + arguments.length; }");
    let f = first_fn(&p);
    assert!(f.flags.uses_arguments && f.flags.uses_this);
    let p = ok("function f() { eval('x') }");
    assert!(first_fn(&p).flags.has_direct_eval);
    let p = ok("function f() { (eval)('x') }");
    assert!(first_fn(&p).flags.has_direct_eval);
    let p = ok("function f() { (0, eval)('x'); window.eval('x'); var e = eval; }");
    assert!(!first_fn(&p).flags.has_direct_eval);
    let p = ok("function f() { with (o) {} }");
    let f = first_fn(&p);
    assert!(f.flags.contains_with && !f.flags.inner_has_eval_or_with);
    assert!(!p.flags.contains_with && p.flags.inner_has_eval_or_with);
    let p = ok("function f() { function g() { function h() { eval('') } } }");
    let f = first_fn(&p);
    assert!(!f.flags.has_direct_eval && f.flags.inner_has_eval_or_with);
    assert!(p.flags.inner_has_eval_or_with);
    let p = ok("function f() { var g = () => eval(''); }");
    let f = first_fn(&p);
    assert!(f.flags.has_direct_eval && f.flags.inner_has_eval_or_with);
    let p = ok("eval('1'); this");
    assert!(p.flags.has_direct_eval && p.flags.uses_this && !p.flags.inner_has_eval_or_with);
    // An arrow parameter named `arguments` is not a reference.
    let p = ok("function f() { return arguments => 1 }");
    assert!(!first_fn(&p).flags.uses_arguments);
    // Labels are not references.
    let p = ok("function f() { arguments: ; }");
    assert!(!first_fn(&p).flags.uses_arguments);
}

#[test]
fn strict_mode_positive() {
    ok_strict(
        "var x = 010 === undefined ? 1 : 2"
            .replace("010", "10")
            .as_str(),
    );
    ok_strict("function f(a, b) { 'use strict'; return a }");
    ok_strict("x = { eval: 1, arguments: 2, static: 3, yield: 4 }; x.yield; x.let");
    ok_strict("eval(x); arguments[0]; f(eval, arguments)");
    ok_strict("delete x.y; delete x[0]; delete (x).y");
    ok_strict("var o = { get eval() {}, set arguments(v) {} }");
    ok_strict("'\\0'");
    ok("function f() { 'use strict'; } 010; with (a) {}");
    ok("function eval() { } function f(eval, arguments) { eval = 1; arguments++; }");
}

#[test]
fn eval_code_options() {
    let opts = ParseOptions {
        allow_return: true,
        ..Default::default()
    };
    let p = parse_script("return 1", &opts).expect("ok");
    assert_eq!(crate::sexp::program(&p), "(return 1)");
}

#[test]
fn function_constructor_parts() {
    let opts = ParseOptions::default();
    let f = parse_function_parts("a, b", "return a + b", &opts).expect("ok");
    assert_eq!(
        f.params.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["a", "b"]
    );
    assert_eq!(crate::sexp::stmts(&f.body), "(return (+ a b))");
    assert!(!f.strict && f.name.is_none());
    let src = dynamic_function_source("a, b", "return a + b");
    assert_eq!(src, "function anonymous(a, b\n) {\nreturn a + b\n}");
    assert_eq!(f.source_end, src.len());
    assert_eq!(
        f.params[1].pos,
        Pos {
            line: 1,
            column: 23
        }
    );
    assert_eq!(f.body[0].pos, Pos { line: 3, column: 1 });

    let f = parse_function_parts("", "", &opts).expect("ok");
    assert!(f.params.is_empty() && f.body.is_empty());
    let f = parse_function_parts("a // comment", "'use strict'; return a", &opts).expect("ok");
    assert!(f.strict);
    // Nested function ranges refer to the synthesized text.
    let body = "return function inner() {}";
    let f = parse_function_parts("x\n,y", body, &opts).expect("ok");
    let src = dynamic_function_source("x\n,y", body);
    let Some(Stmt {
        kind:
            StmtKind::Return(Some(Expr {
                kind: ExprKind::Function(g),
                ..
            })),
        pos,
    }) = f.body.first()
    else {
        panic!()
    };
    assert_eq!(&src[g.source_start..g.source_end], "function inner() {}");
    assert_eq!(*pos, Pos { line: 4, column: 1 });

    for (params, body, msg) in [
        ("a){", "", "Unexpected token ')'"),
        ("a", "}{", "Unexpected token '}'"),
        (
            "a, a",
            "'use strict'",
            "Duplicate parameter name not allowed in this context",
        ),
        (
            "eval",
            "'use strict'",
            "Unexpected eval or arguments in strict mode",
        ),
        ("a,", "", "Unexpected end of input"),
        ("/*", "", "Invalid or unexpected token"),
        ("", "/*", "Invalid or unexpected token"),
        ("", "return 1 +", "Unexpected end of input"),
    ] {
        match parse_function_parts(params, body, &opts) {
            Ok(_) => panic!("{:?} {:?} should fail", params, body),
            Err(e) => assert_eq!(e.message, msg, "{:?} {:?}", params, body),
        }
    }
    let e = parse_function_parts("a", "\n  +", &opts).unwrap_err();
    assert_eq!((e.line, e.column), (4, 4));
    let e = parse_function_parts("a b", "", &opts).unwrap_err();
    assert_eq!(
        (e.message.as_str(), e.line, e.column),
        ("Unexpected identifier 'b'", 1, 22)
    );
}
