//! Structural limits in every engine mode: left-associative chains of 100,000
//! links (operators, property and call chains, commas) parse, compile and run
//! without deep recursion; genuine nesting beyond the parser's limit is a
//! SyntaxError; natives that call back into script nest 5,000 deep, and
//! deeper recursion is a catchable RangeError.

/// Links in each generated chain.
const N: usize = 100_000;

/// `item` repeated `n` times, joined by `sep`.
fn chain(item: &str, n: usize, sep: &str) -> String {
    vec![item; n].join(sep)
}

/// Programs with the output each must print.
fn chain_programs() -> Vec<(&'static str, String, String)> {
    let n = N;
    // Each chain also runs inside a function called from a loop, so the JIT
    // modes record and compile around it.
    let looped = |body: String| format!("function g() {{ return {body} }} var r; for (var i = 0; i < 3; i++) r = g(); print(r)");
    vec![
        ("1+1+...", looped(chain("1", n, "+")), format!("{n}\n")),
        ("\"s\"+\"s\"+...", looped(format!("({}).length", chain("\"s\"", n, "+"))), format!("{n}\n")),
        ("a-b-c...", format!("var a = 1; {}", looped(chain("a", n, "-"))), format!("{}\n", 2 - n as i64)),
        ("a*b*...", format!("var a = 1; {}", looped(chain("a", n, "*"))), "1\n".into()),
        ("x||x||...", format!("var x = 0; {}", looped(chain("x", n, "||"))), "0\n".into()),
        ("x&&x&&...", format!("var x = 1; {}", looped(chain("x", n, "&&"))), "1\n".into()),
        ("if (x&&x...)", format!("var x = 1; if ({}) print('yes')", chain("x", n, "&&")), "yes\n".into()),
        ("x,x,x,...", format!("var x = 3; {}", looped(format!("({})", chain("x", n, ",")))), "3\n".into()),
        ("a.b.b...", format!("var a = {{}}; a.b = a; {}", looped(format!("a{} === a", ".b".repeat(n)))), "true\n".into()),
        ("a[0][0]...", format!("var a = [0]; a[0] = a; {}", looped(format!("a{} === a", "[0]".repeat(n)))), "true\n".into()),
        ("f()()()...", format!("function f() {{ return f }} {}", looped(format!("f{} === f", "()".repeat(n)))), "true\n".into()),
        ("o.m().m()...", format!("var o = {{ m: function () {{ return this }}, n: 7 }}; {}", looped(format!("o{}.n", ".m()".repeat(n)))), "7\n".into()),
        (
            "mixed",
            format!("var a = 2, o = {{ m: function () {{ return this }}, k: [1] }}; {}", looped(format!("[{}, o{}.k[0]]", chain("a*a-1", n / 4, "+"), ".m()['m']()".repeat(n / 4)))),
            format!("{},1\n", 3 * (n / 4)),
        ),
        ("o.p.p... = v", format!("var o = {{}}; o.p = o; o{}.q = 5; print(o.q)", ".p".repeat(n)), "5\n".into()),
        ("f(a+a+...)", format!("function id(v) {{ return v }} var a = 1; print(id({}))", chain("a", n, "+")), format!("{n}\n")),
    ]
}

/// Programs nested beyond the parser's limit: a SyntaxError, not a crash.
fn nesting_programs() -> Vec<(&'static str, String)> {
    let n = N;
    vec![
        ("a=a=...", format!("var a; {}= 1", chain("a", n, "="))),
        ("a?1:a?1:...", format!("var a = 0; print({}:2)", chain("a?1", n, ":"))),
        ("[[[...]]]", format!("print({}{})", "[".repeat(n), "]".repeat(n))),
        ("((...))", format!("print({}1{})", "(".repeat(n), ")".repeat(n))),
        ("1+(1+(...))", format!("print({}1{})", "1+(".repeat(n), ")".repeat(n))),
        ("!!!...", format!("print({}1)", "!".repeat(n))),
    ]
}

/// Native re-entry: 5,000 levels work, 1,000,000 are a RangeError.
const NATIVE_RECURSION: &str = r#"
function m(n) { return n ? [n].map(function () { return m(n - 1) + 1 })[0] : 0 }
function fe(n) { var r = 0; if (n) [1].forEach(function () { r = fe(n - 1) + 1 }); return r }
function so(n) { var r = 0, once = true; if (n) [2, 1].sort(function (a, b) { if (once) { once = false; r = so(n - 1) + 1 } return a - b }); return r }
function ts(n) { return n ? +String({ toString: function () { return ts(n - 1) + 1 } }) : 0 }
function vo(n) { return n ? Number({ valueOf: function () { return vo(n - 1) + 1 } }) : 0 }
function js(n) { return n ? +JSON.stringify({ toJSON: function () { return js(n - 1) + 1 } }) : 0 }
function gt(n) { var o = {}; Object.defineProperty(o, "x", { get: function () { return n ? gt(n - 1) + 1 : 0 } }); return o.x }
function ca(n) { return n ? ca.call(null, n - 1) + 1 : 0 }
function ap(n) { return n ? ap.apply(null, [n - 1]) + 1 : 0 }
function bd(n) { return n ? bd.bind(null, n - 1)() + 1 : 0 }
var fs = [m, fe, so, ts, vo, js, gt, ca, ap, bd], out = [];
for (var i = 0; i < fs.length; i++) {
  var deep;
  try { fs[i](1e6); deep = "no error"; } catch (e) { deep = e instanceof RangeError; }
  out.push(fs[i].name + " " + fs[i](5000) + " " + deep);
}
print(out.join("\n"));
"#;

fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new().stack_size(256 << 20).spawn(f).expect("spawn").join().expect("no crash");
}

#[test]
fn long_chains_run_in_every_mode() {
    on_big_stack(|| {
        let programs = chain_programs();
        let mut failures = Vec::new();
        for mode in tests::modes() {
            for (name, src, want) in &programs {
                let got = tests::run_program(src, "chain.js", &mode);
                if &got != want {
                    failures.push(format!("[{}] {name}: got {got:?}, want {want:?}", mode.name));
                }
            }
            for (name, src) in nesting_programs() {
                let got = tests::run_program(&src, "nest.js", &mode);
                if got != "Uncaught SyntaxError: Too much nesting\n" {
                    failures.push(format!("[{}] {name}: got {got:?}", mode.name));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    });
}

#[test]
fn natives_nest_5000_deep_in_every_mode() {
    on_big_stack(|| {
        let names = ["m", "fe", "so", "ts", "vo", "js", "gt", "ca", "ap", "bd"];
        let want: String = names.iter().map(|n| format!("{n} 5000 true\n")).collect();
        let mut failures = Vec::new();
        for mode in tests::modes() {
            let got = tests::run_program(NATIVE_RECURSION, "native.js", &mode);
            if got != want {
                failures.push(format!("[{}]\n{}", mode.name, tests::first_difference(&want, &got)));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    });
}
