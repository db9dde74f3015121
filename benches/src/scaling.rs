//! `scaling`: checks that the engine's cost grows linearly with the size of its
//! input. Each case generates a script for sizes n, 2n and 4n, times it in-process
//! (median of 3 runs, a fresh engine per run, engine creation not timed) and
//! prints the times and the ratios t(2n)/t(n) and t(4n)/t(2n); a ratio above
//! 2.2 is flagged NOT LINEAR. It only reports (the machine is noisy): nothing
//! asserts on the times.
//!
//! ```text
//! cargo run --release -p benches --bin scaling -- [--jit] [--runs N] [--scale F] [--instructions] [--emit DIR] [case-name-filters...]
//! ```
//! `--scale F` multiplies every case's base size (e.g. 0.25 for a quick look);
//! the JIT is off unless `--jit` is given (most cases measure the front end or
//! runtime builtins, where it does not matter). `--emit DIR` writes the scripts
//! (`DIR/<case>-<size>.js`) instead of timing them, to profile one with the
//! shell (`perf record`, or `valgrind --tool=cachegrind --cache-sim=no` for
//! instruction counts).
//!
//! Ratios a little above 2 (2.2 to 3) on cases that build large tables can come
//! from the memory hierarchy rather than the algorithm (once the tables outgrow
//! the caches, each hash probe costs a miss), and on a shared machine from
//! noise. `--instructions` counts instructions instead of timing (each run under
//! `valgrind --tool=cachegrind`, some 50 times slower, but deterministic): the
//! counts double exactly when the work is linear.

use std::fmt::Write as _;
use std::time::Instant;

use benches::median;
use engine_core::{Config, Engine, Host};
use engine_std::host::Compiler;

/// Discards output; compiles traces with the given compiler.
struct QuietHost(Compiler);

impl Host for QuietHost {
    fn print(&mut self, _line: &str) {}
    fn code_service(&mut self) -> Option<Box<dyn engine_core::jit::runtime::CodeService>> {
        self.0.service()
    }
    fn monotonic_ns(&self) -> u64 {
        compiler_thread::clock::now_ns()
    }
    fn now_ms(&self) -> f64 {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_millis() as f64)
    }
}

/// One scaling case: a name, its base size and a generator of the script for a
/// size.
struct Case {
    name: &'static str,
    n: usize,
    make: fn(usize) -> String,
}

/// `var v0 = 0; var v1 = 1; ...` at top level.
fn global_vars(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        let _ = writeln!(s, "var v{i} = {i};");
    }
    s
}

/// `function f0(a){ return a + 0; } ...` at top level.
fn global_functions(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        let _ = writeln!(s, "function f{i}(a){{ return a + {i}; }}");
    }
    s
}

/// A function with n locals, called once.
fn function_locals(n: usize) -> String {
    let mut s = String::from("function f() {\n  var ");
    for i in 0..n {
        if i > 0 {
            s.push_str(",\n    ");
        }
        let _ = write!(s, "a{i} = {i}");
    }
    let _ = writeln!(s, ";\n  return a0 + a{};\n}}\nf();", n - 1);
    s
}

/// A function with n locals that a direct `eval` can see (so they all live in
/// its environment), called once.
fn function_locals_eval(n: usize) -> String {
    let mut s = String::from("function f() {\n  var ");
    for i in 0..n {
        if i > 0 {
            s.push_str(",\n    ");
        }
        let _ = write!(s, "a{i} = {i}");
    }
    let _ = writeln!(s, ";\n  return eval('a0') + a{};\n}}\nf();", n - 1);
    s
}

/// A function with n locals and a direct `eval` that reads each of them by name
/// (n dynamic lookups in an environment of n names).
fn eval_name_lookups(n: usize) -> String {
    let mut s = String::from("function f() {\n  var s = 0");
    for i in 0..n {
        let _ = write!(s, ", a{i} = {i}");
    }
    s.push_str(";\n  eval('");
    for i in 0..n {
        let _ = write!(s, "s += a{i}; ");
    }
    let _ = writeln!(s, "');\n  if (s !== {}) throw new Error('sum');\n}}\nf();", n * (n - 1) / 2);
    s
}

/// A function with n `var`s that is never called.
fn uncalled_function_locals(n: usize) -> String {
    let mut s = String::from("function g() {\n");
    for i in 0..n {
        let _ = writeln!(s, "  var a{i} = {i};");
    }
    s.push_str("}\n");
    s
}

/// n distinct string literals.
fn string_literals(n: usize) -> String {
    let mut s = String::from("var a = [];\n");
    for i in 0..n {
        let _ = writeln!(s, "a.push('literal number {i}');");
    }
    s
}

/// A chain of n `if/else if`.
fn else_if_chain(n: usize) -> String {
    let mut s = String::from("function f(x) {\n  var r = -1;\n");
    for i in 0..n {
        let _ = writeln!(s, "  {}if (x === {i}) r = {i};", if i > 0 { "else " } else { "" });
    }
    s.push_str("  return r;\n}\nf(0); f(-5);\n");
    s
}

/// A `switch` with n cases.
fn switch_cases(n: usize) -> String {
    let mut s = String::from("function f(x) {\n  switch (x) {\n");
    for i in 0..n {
        let _ = writeln!(s, "    case {i}: return {i};");
    }
    s.push_str("    default: return -1;\n  }\n}\nf(0); f(-5);\n");
    s
}

/// Object as a dictionary: insert, read and delete n keys.
fn dictionary(n: usize) -> String {
    format!(
        "var n = {n}; var o = {{}};
for (var i = 0; i < n; i++) o['k' + i] = i;
var sum = 0;
for (var i = 0; i < n; i++) sum += o['k' + i];
for (var i = 0; i < n; i++) delete o['k' + i];
if (sum !== n * (n - 1) / 2) throw new Error('bad sum');"
    )
}

/// String building with `+=`, then `join` of n pieces.
fn string_build(n: usize) -> String {
    format!(
        "var n = {n}; var s = '';
for (var i = 0; i < n; i++) s += 'ab' + i;
var parts = [];
for (var i = 0; i < n; i++) parts.push('p' + i);
var j = parts.join(',');
if (s.length < n || j.length < n) throw new Error('short');"
    )
}

/// `for-in` over an object with n keys.
fn for_in(n: usize) -> String {
    format!(
        "var n = {n}; var o = {{}};
for (var i = 0; i < n; i++) o['k' + i] = i;
var c = 0;
for (var k in o) c++;
if (c !== n) throw new Error('count');"
    )
}

/// `JSON.stringify` and `JSON.parse` of an array of n small objects.
fn json(n: usize) -> String {
    format!(
        "var n = {n}; var a = [];
for (var i = 0; i < n; i++) a.push({{ id: i, name: 'item' + i, ok: true }});
var text = JSON.stringify(a);
var b = JSON.parse(text);
if (b.length !== n) throw new Error('length');"
    )
}

/// The repetitions of regexp exec per run (the subject has length n).
const RE_REPS: usize = 100;

/// Unanchored `/\d+/` on n 'x's then digits (matches at the end).
fn regexp_match(n: usize) -> String {
    format!(
        "var s = new Array({n} + 1).join('x') + '123'; var re = /\\d+/; var m;
for (var r = 0; r < {RE_REPS}; r++) m = re.exec(s);
if (!m || m.index !== {n}) throw new Error('match');"
    )
}

/// Unanchored `/\d+/` failing on n 'x's.
fn regexp_fail(n: usize) -> String {
    format!(
        "var s = new Array({n} + 1).join('x'); var re = /\\d+/; var m;
for (var r = 0; r < {RE_REPS}; r++) m = re.exec(s);
if (m !== null) throw new Error('fail');"
    )
}

/// Anchored `/^x+/` matching all of n 'x's.
fn regexp_anchored_match(n: usize) -> String {
    format!(
        "var s = new Array({n} + 1).join('x'); var re = /^x+/; var m;
for (var r = 0; r < {RE_REPS}; r++) m = re.exec(s);
if (!m || m[0].length !== {n}) throw new Error('match');"
    )
}

/// Anchored `/^\d+/` failing on n 'x's (needs no scan at all).
fn regexp_anchored_fail(n: usize) -> String {
    format!(
        "var s = new Array({n} + 1).join('x'); var re = /^\\d+/; var m;
for (var r = 0; r < {RE_REPS}; r++) m = re.exec(s);
if (m !== null) throw new Error('fail');"
    )
}

/// A global regexp's exec loop over a subject of length n (n/2 matches).
fn regexp_global_loop(n: usize) -> String {
    format!(
        "var s = new Array({} + 1).join('x1'); var re = /\\d/g; var c = 0;
while (re.exec(s)) c++;
if (c !== {}) throw new Error('count');",
        n / 2,
        n / 2
    )
}

fn cases() -> Vec<Case> {
    vec![
        Case { name: "global-vars", n: 20_000, make: global_vars },
        Case { name: "global-functions", n: 10_000, make: global_functions },
        // Locals live in registers: 4n stays below the register limit (~48k).
        Case { name: "function-locals", n: 10_000, make: function_locals },
        Case { name: "function-locals-eval", n: 10_000, make: function_locals_eval },
        Case { name: "eval-name-lookups", n: 10_000, make: eval_name_lookups },
        Case { name: "uncalled-function-vars", n: 10_000, make: uncalled_function_locals },
        Case { name: "string-literals", n: 40_000, make: string_literals },
        Case { name: "else-if-chain", n: 10_000, make: else_if_chain },
        Case { name: "switch-cases", n: 40_000, make: switch_cases },
        Case { name: "dictionary", n: 100_000, make: dictionary },
        Case { name: "string-build-join", n: 200_000, make: string_build },
        Case { name: "for-in", n: 100_000, make: for_in },
        Case { name: "json-parse-stringify", n: 40_000, make: json },
        Case { name: "regexp-match", n: 100_000, make: regexp_match },
        Case { name: "regexp-fail", n: 100_000, make: regexp_fail },
        Case { name: "regexp-anchored-match", n: 100_000, make: regexp_anchored_match },
        Case { name: "regexp-anchored-fail", n: 100_000, make: regexp_anchored_fail },
        Case { name: "regexp-global-loop", n: 200_000, make: regexp_global_loop },
    ]
}

/// Runs `src` once in a fresh engine; the time of `eval` only, in ms.
fn run_once(src: &str, name: &str, jit: bool) -> Result<f64, String> {
    let mut config = Config::default();
    config.jit.enabled = jit;
    // Deep `else if` chains: the thread's stack is large.
    config.max_parse_depth = 100_000;
    let compiler = if jit { Compiler::Sync } else { Compiler::None };
    let mut e = Engine::new(config, Box::new(QuietHost(compiler))).map_err(|e| e.to_string())?;
    let t = Instant::now();
    let r = e.eval(src, name);
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    drop(e);
    r.map(|_| ms).map_err(|e| e.to_string())
}

/// Median of `runs` runs of `src`, on a thread with a large stack (as the shell).
fn time(src: String, name: String, jit: bool, runs: usize) -> Result<f64, String> {
    let h = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut v = Vec::new();
            for _ in 0..runs {
                v.push(run_once(&src, &name, jit)?);
            }
            Ok(median(&mut v).unwrap_or(0.0))
        })
        .map_err(|e| e.to_string())?;
    h.join().unwrap_or_else(|_| Err(String::from("panicked")))
}

/// Instruction count of one run of `case` at `size` (`None`: an empty script),
/// from cachegrind running this binary in `--run-one` mode.
fn instructions(case: Option<&str>, size: usize, jit: bool) -> Result<f64, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut cmd = std::process::Command::new("valgrind");
    cmd.args(["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]).arg(exe).arg("--run-one");
    cmd.arg(case.unwrap_or("-")).arg(size.to_string());
    if jit {
        cmd.arg("--jit");
    }
    let out = cmd.output().map_err(|e| format!("valgrind: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stdout).trim().to_string());
    }
    // "==pid== I   refs:      123,456,789"
    let text = String::from_utf8_lossy(&out.stderr);
    let line = text.lines().find(|l| l.contains("I") && l.contains("refs:")).ok_or("no instruction count from cachegrind")?;
    let digits: String = line.rsplit(':').next().unwrap_or("").chars().filter(|c| c.is_ascii_digit()).collect();
    digits.parse::<f64>().map_err(|e| e.to_string())
}

/// `--run-one CASE SIZE`: runs one script once (for `--instructions`); `-` runs
/// an empty script (the fixed cost of an engine, subtracted from the counts).
fn run_one(case: &str, size: usize, jit: bool) -> ! {
    let src = if case == "-" {
        String::new()
    } else {
        match cases().into_iter().find(|c| c.name == case) {
            Some(c) => (c.make)(size),
            None => {
                println!("no case {case}");
                std::process::exit(2);
            }
        }
    };
    match time(src, format!("{case}-{size}.js"), jit, 1) {
        Ok(_) => std::process::exit(0),
        Err(e) => {
            println!("{e}");
            std::process::exit(1);
        }
    }
}

fn main() {
    let mut jit = false;
    let mut runs = 3;
    let mut scale = 1.0f64;
    let mut filters: Vec<String> = Vec::new();
    let mut emit: Option<std::path::PathBuf> = None;
    let mut count = false;
    let mut args = std::env::args().skip(1);
    let mut one: Option<(String, usize)> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--jit" => jit = true,
            "--runs" => runs = args.next().and_then(|v| v.parse().ok()).unwrap_or(3),
            "--scale" => scale = args.next().and_then(|v| v.parse().ok()).unwrap_or(1.0),
            "--emit" => emit = args.next().map(std::path::PathBuf::from),
            "--instructions" => count = true,
            "--run-one" => {
                let case = args.next().unwrap_or_default();
                let size = args.next().and_then(|v| v.parse().ok()).unwrap_or(0);
                one = Some((case, size));
            }
            "--bench" => {}
            _ => filters.push(a),
        }
    }
    if let Some((case, size)) = one {
        run_one(&case, size, jit);
    }
    // The fixed cost of a run, subtracted from each instruction count.
    let base = if count && emit.is_none() {
        match instructions(None, 0, jit) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("--instructions needs valgrind (cachegrind): {e}");
                std::process::exit(1);
            }
        }
    } else {
        0.0
    };
    let unit = if count { "Minsn" } else { "ms" };
    if emit.is_none() {
        println!(
            "{:<24} {:>8} {:>10} {:>10} {:>10} {:>8} {:>8}",
            "case",
            "n",
            format!("t(n) {unit}"),
            format!("t(2n) {unit}"),
            format!("t(4n) {unit}"),
            "2n/n",
            "4n/2n"
        );
    }
    for c in cases() {
        if !filters.is_empty() && !filters.iter().any(|f| c.name.contains(f.as_str())) {
            continue;
        }
        let n = ((c.n as f64 * scale) as usize).max(2);
        if let Some(dir) = &emit {
            for k in [1, 2, 4] {
                let path = dir.join(format!("{}-{}.js", c.name, n * k));
                if let Err(e) = std::fs::write(&path, (c.make)(n * k)) {
                    eprintln!("{}: {e}", path.display());
                    std::process::exit(1);
                }
                println!("{}", path.display());
            }
            continue;
        }
        let mut t = Vec::new();
        let mut err = None;
        for k in [1, 2, 4] {
            let r = if count {
                instructions(Some(c.name), n * k, jit).map(|i| (i - base).max(0.0) / 1e6)
            } else {
                time((c.make)(n * k), format!("{}-{}.js", c.name, n * k), jit, runs)
            };
            match r {
                Ok(v) => t.push(v),
                Err(e) => {
                    err = Some(e);
                    break;
                }
            }
        }
        if let Some(e) = err {
            println!("{:<24} {:>8} error: {e}", c.name, n);
            continue;
        }
        // Below a millisecond (or a million instructions) the ratios are noise;
        // floor the divisor.
        let r1 = t[1] / t[0].max(0.5);
        let r2 = t[2] / t[1].max(0.5);
        let flag = if r1 > 2.2 || r2 > 2.2 { "  NOT LINEAR" } else { "" };
        println!("{:<24} {:>8} {:>10.1} {:>10.1} {:>10.1} {:>8.2} {:>8.2}{flag}", c.name, n, t[0], t[1], t[2], r1, r2);
    }
    if emit.is_some() {
        return;
    }
    if count {
        println!("(millions of instructions per run (cachegrind), less an empty run's; JIT {}; ratios above 2.2 are flagged)", if jit { "on (sync)" } else { "off" });
    } else {
        println!("(median of {runs} runs per size, engine creation not timed, JIT {}; ratios above 2.2 are flagged)", if jit { "on (sync)" } else { "off" });
    }
}
