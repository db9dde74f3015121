//! The JIT differential fuzzer's driver: runs generated programs (`tests::fuzz`) with
//! the `tarsier` shell in several JIT modes and reports every difference, crash or
//! timeout; reduces a failing program to a small one.
//!
//! ```text
//! jit-fuzz [options]                run seeds, save failures under --out
//! jit-fuzz --print SEED             print the program for SEED
//! jit-fuzz --check FILE...          run files in every mode and show differences
//! jit-fuzz --reduce FILE [-o OUT]   shrink FILE while it fails the same way
//! options:
//!   --tarsier PATH   the shell (default $TARSIER_BIN, else $CARGO_TARGET_DIR/ci/tarsier,
//!                    else target/ci/tarsier)
//!   --start N        first seed (default 0)
//!   --seeds N        number of seeds (default 1000)
//!   --jobs N         parallel workers (default 2)
//!   --out DIR        where failures go (default fuzz-out)
//!   --timeout SECS   per run (default 10)
//!   --modes LIST     comma-separated, first is the reference
//!                    (default off,sync,stress; also bg, bg-stress, nopeel,
//!                    stress-nopeel, gc: stress with a collection every 97 allocations,
//!                    check and check-stress: the JIT's checking mode, whose
//!                    violations exit with status 5)
//!   --node           also compare the interpreter with node (interpreter bugs)
//! ```

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tests::fuzz;

/// A shell configuration.
#[derive(Clone)]
struct Mode {
    name: String,
    args: Vec<String>,
}

fn mode(name: &str) -> Option<Mode> {
    let args: &[&str] = match name {
        "off" => &["--jit=off"],
        "sync" => &["--jit=sync"],
        "bg" => &["--jit=background"],
        "stress" => &["--jit=sync", "--jit-hot=1"],
        "bg-stress" => &["--jit=background", "--jit-hot=1"],
        "nopeel" => &["--jit=sync", "--jit-peel=off"],
        "stress-nopeel" => &["--jit=sync", "--jit-hot=1", "--jit-peel=off"],
        "gc" => &["--jit=sync", "--jit-hot=1", "--gc-stress=97"],
        "check" => &["--jit=sync", "--jit-check"],
        "check-stress" => &["--jit=sync", "--jit-hot=1", "--jit-check"],
        _ => return None,
    };
    Some(Mode { name: name.to_string(), args: args.iter().map(|s| s.to_string()).collect() })
}

/// How a run ended.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    Exit(i32),
    Signal(i32),
    Timeout,
}

#[derive(Clone, Debug)]
struct Outcome {
    stdout: String,
    stderr: String,
    status: Status,
    time: Duration,
}

impl Outcome {
    /// A coarse class used to tell whether a reduced program fails the same way.
    fn class(&self) -> String {
        match &self.status {
            Status::Timeout => "timeout".into(),
            Status::Signal(s) => format!("signal {s}"),
            Status::Exit(101) => "panic".into(),
            Status::Exit(2) => "syntax".into(),
            Status::Exit(c) => format!("exit {c}"),
        }
    }
    fn same(&self, other: &Outcome) -> bool {
        self.status == other.status && self.stdout == other.stdout && self.stderr == other.stderr
    }
}

#[derive(Clone)]
struct Opts {
    tarsier: PathBuf,
    start: u64,
    seeds: u64,
    jobs: usize,
    out: PathBuf,
    timeout: Duration,
    modes: Vec<Mode>,
    node: bool,
}

fn run_with_timeout(mut cmd: Command, timeout: Duration) -> Outcome {
    let t0 = Instant::now();
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome { stdout: String::new(), stderr: format!("spawn failed: {e}"), status: Status::Exit(-1), time: t0.elapsed() };
        }
    };
    let mut out_pipe = child.stdout.take();
    let mut err_pipe = child.stderr.take();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(p) = out_pipe.as_mut() {
            let _ = p.read_to_end(&mut v);
        }
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(p) = err_pipe.as_mut() {
            let _ = p.read_to_end(&mut v);
        }
        v
    });
    let mut status = Status::Timeout;
    let mut sleep = Duration::from_micros(200);
    loop {
        match child.try_wait() {
            Ok(Some(st)) => {
                use std::os::unix::process::ExitStatusExt;
                status = match (st.code(), st.signal()) {
                    (Some(c), _) => Status::Exit(c),
                    (None, Some(s)) => Status::Signal(s),
                    _ => Status::Exit(-1),
                };
                break;
            }
            Ok(None) => {}
            Err(_) => break,
        }
        if t0.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            break;
        }
        std::thread::sleep(sleep);
        sleep = (sleep * 2).min(Duration::from_millis(5));
    }
    let time = t0.elapsed();
    let stdout = String::from_utf8_lossy(&out_t.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap_or_default()).into_owned();
    Outcome { stdout, stderr, status, time }
}

fn run_mode(opts: &Opts, m: &Mode, file: &Path, timeout: Duration) -> Outcome {
    let mut cmd = Command::new(&opts.tarsier);
    cmd.args(&m.args).arg(file);
    run_with_timeout(cmd, timeout)
}

const NODE_RUNNER: &str = r#"
(function () {
  globalThis.print = function () {
    var parts = [];
    for (var i = 0; i < arguments.length; i++) parts.push(String(arguments[i]));
    process.stdout.write(parts.join(" ") + "\n");
  };
  var source = require("fs").readFileSync(process.argv[1], "utf8");
  try { require("vm").runInThisContext(source, { filename: process.argv[1] }); }
  catch (e) { process.stdout.write("Uncaught " + String(e) + "\n"); process.exitCode = 1; }
})();
"#;

fn run_node(file: &Path, timeout: Duration) -> Outcome {
    let mut cmd = Command::new("node");
    cmd.env("TZ", "UTC").arg("-e").arg(NODE_RUNNER).arg(file);
    run_with_timeout(cmd, timeout)
}

/// Per mode after the reference: "same" or what went wrong.
fn signature(outs: &[Outcome]) -> Vec<String> {
    let base = &outs[0];
    let mut sig = vec![base.class()];
    for o in &outs[1..] {
        sig.push(if o.same(base) {
            "same".to_string()
        } else if o.class() != "exit 0" && o.class() != base.class() {
            o.class()
        } else {
            "diff".to_string()
        });
    }
    sig
}

fn failing(sig: &[String]) -> bool {
    let base_ok = sig[0] == "exit 0" || sig[0] == "exit 1";
    !base_ok || sig[1..].iter().any(|s| s != "same")
}

fn first_diff(a: &str, b: &str) -> String {
    tests::first_difference(a, b)
}

fn report(opts: &Opts, outs: &[Outcome]) -> String {
    let mut s = String::new();
    let base = &outs[0];
    for (m, o) in opts.modes.iter().zip(outs) {
        s.push_str(&format!("== {} [{:?}, {} ms]\n", m.name, o.status, o.time.as_millis()));
        if !std::ptr::eq(o, base) && !o.same(base) {
            s.push_str(&format!("   stdout vs {}: {}\n", opts.modes[0].name, first_diff(&base.stdout, &o.stdout)));
            if o.stderr != base.stderr {
                s.push_str(&format!("   stderr: {}\n", o.stderr.lines().take(8).collect::<Vec<_>>().join("\n           ")));
            }
        }
    }
    s
}

fn run_all(opts: &Opts, file: &Path, timeout: Duration) -> Vec<Outcome> {
    opts.modes.iter().map(|m| run_mode(opts, m, file, timeout)).collect()
}

fn fuzz(opts: &Opts) {
    let work = opts.out.join("work");
    std::fs::create_dir_all(&work).expect("create output directory");
    let next = Arc::new(AtomicU64::new(opts.start));
    let end = opts.start + opts.seeds;
    let stats = Arc::new(Mutex::new((0u64, 0u64, 0u64, Vec::<String>::new())));
    let t0 = Instant::now();
    let mut handles = Vec::new();
    for j in 0..opts.jobs.max(1) {
        let (next, stats, opts, work) = (next.clone(), stats.clone(), opts.clone(), work.clone());
        handles.push(std::thread::spawn(move || {
            let file = work.join(format!("w{j}.js"));
            loop {
                let seed = next.fetch_add(1, Ordering::Relaxed);
                if seed >= end {
                    break;
                }
                let src = fuzz::generate(seed);
                std::fs::write(&file, &src).expect("write program");
                let outs = run_all(&opts, &file, opts.timeout);
                let sig = signature(&outs);
                let mut node_diff = None;
                if opts.node && outs[0].status == Status::Exit(0) {
                    let n = run_node(&file, opts.timeout);
                    if n.stdout != outs[0].stdout {
                        node_diff = Some(first_diff(&n.stdout, &outs[0].stdout));
                    }
                }
                let fail = failing(&sig);
                let slow = outs[0].time > Duration::from_secs(2);
                let mut st = stats.lock().expect("lock");
                st.0 += 1;
                if fail {
                    st.1 += 1;
                    let name = format!("seed-{seed}");
                    let _ = std::fs::write(opts.out.join(format!("{name}.js")), &src);
                    let rep = report(&opts, &outs);
                    let _ = std::fs::write(opts.out.join(format!("{name}.txt")), format!("signature {sig:?}\n{rep}"));
                    let line = format!("FAIL seed {seed}: {sig:?}");
                    println!("{line}\n{rep}");
                    st.3.push(line);
                }
                if let Some(d) = node_diff {
                    st.2 += 1;
                    let name = format!("node-{seed}");
                    let _ = std::fs::write(opts.out.join(format!("{name}.js")), &src);
                    let line = format!("NODE seed {seed}: interpreter differs from node: {d}");
                    println!("{line}");
                    st.3.push(line);
                }
                if slow {
                    println!("SLOW seed {seed}: {} ms in {}", outs[0].time.as_millis(), opts.modes[0].name);
                }
                if st.0 % 100 == 0 {
                    eprintln!("[{} seeds, {} failing, {} node diffs, {:.0}s]", st.0, st.1, st.2, t0.elapsed().as_secs_f64());
                }
            }
        }));
    }
    for h in handles {
        let _ = h.join();
    }
    let st = stats.lock().expect("lock");
    println!("== {} seeds ({}..{}), {} failing, {} node differences, {:.0}s", st.0, opts.start, end, st.1, st.2, t0.elapsed().as_secs_f64());
    for l in &st.3 {
        println!("{l}");
    }
}

fn check(opts: &Opts, files: &[PathBuf]) {
    for f in files {
        let outs = run_all(opts, f, opts.timeout);
        let sig = signature(&outs);
        println!("{}: {sig:?}\n{}", f.display(), report(opts, &outs));
        if opts.node {
            let n = run_node(f, opts.timeout);
            println!("   node vs {}: {}", opts.modes[0].name, first_diff(&n.stdout, &outs[0].stdout));
        }
    }
}

fn indent_of(l: &str) -> usize {
    l.len() - l.trim_start().len()
}

/// The end (exclusive) of the statement starting at line `i`: its nested lines and
/// the closing lines (`}`, `} else {`, `} while (...)`) at its own indentation.
fn unit_end(lines: &[String], i: usize) -> usize {
    let d = indent_of(&lines[i]);
    let mut j = i + 1;
    while j < lines.len() {
        let l = &lines[j];
        let dj = indent_of(l);
        if dj > d || (dj == d && l.trim_start().starts_with('}')) {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// Lines that keep a loop finite: deleting them only makes timeouts.
fn is_counter_step(l: &str) -> bool {
    let t = l.trim();
    let b = t.as_bytes();
    let counter_start = b.first() == Some(&b'i') && b.get(1).is_some_and(|c| c.is_ascii_digit());
    (counter_start && (t.ends_with("++;") || t.contains(" + 1;"))) || (t.starts_with("if (i") && t.contains("++ >= "))
}

struct Reducer<'a> {
    opts: &'a Opts,
    sig: Vec<String>,
    tmp: PathBuf,
    timeout: Duration,
    tries: usize,
}

impl Reducer<'_> {
    fn interesting(&mut self, lines: &[String]) -> bool {
        self.tries += 1;
        let src = lines.join("\n") + "\n";
        if std::fs::write(&self.tmp, src).is_err() {
            return false;
        }
        // The reference first: most candidates fail there (syntax, reference errors).
        let mut outs = Vec::new();
        for (k, m) in self.opts.modes.iter().enumerate() {
            let o = run_mode(self.opts, m, &self.tmp, self.timeout);
            outs.push(o);
            if k == 0 && outs[0].class() != self.sig[0] {
                return false;
            }
        }
        signature(&outs) == self.sig
    }
}

fn reduce(opts: &Opts, file: &Path, out: &Path) {
    let text = std::fs::read_to_string(file).expect("read input");
    let mut lines: Vec<String> = text.lines().map(|s| s.to_string()).collect();
    let outs = run_all(opts, file, opts.timeout);
    let sig = signature(&outs);
    if !failing(&sig) {
        println!("{} does not fail: {sig:?}", file.display());
        return;
    }
    let slowest = outs.iter().filter(|o| o.status != Status::Timeout).map(|o| o.time).max().unwrap_or_default();
    let timeout = if outs.iter().any(|o| o.status == Status::Timeout) { Duration::from_secs(3) } else { (slowest * 4).max(Duration::from_secs(2)) };
    println!("reducing {} ({} lines), signature {sig:?}", file.display(), lines.len());
    let tmp = out.with_extension("tmp.js");
    let mut r = Reducer { opts, sig, tmp: tmp.clone(), timeout, tries: 0 };
    loop {
        let before = lines.len();
        // Pass 1: delete whole statements, outermost first.
        let mut i = 0;
        while i < lines.len() {
            if is_counter_step(&lines[i]) {
                i += 1;
                continue;
            }
            let j = unit_end(&lines, i);
            let mut cand = lines.clone();
            cand.drain(i..j);
            if r.interesting(&cand) {
                lines = cand;
                let _ = std::fs::write(out, lines.join("\n") + "\n");
                continue;
            }
            // Unwrap: keep the body of a compound statement, drop its header and closers.
            if j > i + 1 {
                let d = indent_of(&lines[i]);
                let mut cand = Vec::new();
                for (k, l) in lines.iter().enumerate() {
                    if k == i || (k > i && k < j && indent_of(l) == d) {
                        continue;
                    }
                    cand.push(l.clone());
                }
                if r.interesting(&cand) {
                    lines = cand;
                    let _ = std::fs::write(out, lines.join("\n") + "\n");
                    continue;
                }
            }
            i += 1;
        }
        // Pass 2: rewrite lines to simpler forms.
        let mut i = 0;
        while i < lines.len() {
            for cand_line in simplifications(&lines[i]) {
                let mut cand = lines.clone();
                cand[i] = cand_line;
                if r.interesting(&cand) {
                    lines = cand;
                    let _ = std::fs::write(out, lines.join("\n") + "\n");
                    break;
                }
            }
            i += 1;
        }
        println!("  pass: {} -> {} lines ({} runs)", before, lines.len(), r.tries);
        if lines.len() >= before {
            break;
        }
    }
    let _ = std::fs::remove_file(&tmp);
    std::fs::write(out, lines.join("\n") + "\n").expect("write output");
    println!("wrote {} ({} lines)", out.display(), lines.len());
}

/// Simpler versions of one line: `__mix(e)` printed directly, the operands of
/// parenthesized binary expressions instead of the whole, literal conditions.
fn simplifications(l: &str) -> Vec<String> {
    let mut v = Vec::new();
    if l.contains("__mix(") {
        v.push(l.replace("__mix(", "print("));
    }
    if let Some(rest) = l.trim_start().strip_prefix("if (") {
        let ind = &l[..indent_of(l)];
        if let Some(close) = matching_paren(rest) {
            let tail = &rest[close + 1..];
            if !tail.trim().ends_with('{') {
                v.push(format!("{ind}{}", tail.trim_start()));
            }
            v.push(format!("{ind}if (true){tail}"));
            v.push(format!("{ind}if (false){tail}"));
        }
    }
    // Replace one parenthesized group by each of its top-level operands.
    let b = l.as_bytes();
    let mut starts = Vec::new();
    for (k, c) in b.iter().enumerate() {
        if *c == b'(' {
            starts.push(k);
        }
    }
    for &s in starts.iter().rev().take(30) {
        let Some(len) = matching_paren(&l[s + 1..]) else { continue };
        let inner = &l[s + 1..s + 1 + len];
        let e = s + 1 + len; // index of ')'
        // Only groups that are whole expressions: preceded by an operator, not a call.
        let prev = l[..s].trim_end().chars().last();
        if prev.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ']' || c == ')') {
            continue;
        }
        for part in split_binary(inner) {
            v.push(format!("{}{}{}", &l[..s], part, &l[e + 1..]));
        }
    }
    v
}

/// The index of the `)` closing an already-open paren at the start of `s`.
fn matching_paren(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut esc = false;
    for (i, c) in s.char_indices() {
        if let Some(q) = quote {
            if esc {
                esc = false;
            } else if c == '\\' {
                esc = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                if depth == 0 {
                    return if c == ')' { Some(i) } else { None };
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

/// `a OP b` at the top level of `s` → [a, b] (the first operator found).
fn split_binary(s: &str) -> Vec<String> {
    const OPS: &[&str] = &[" >>> ", " === ", " !== ", " && ", " || ", " == ", " != ", " <= ", " >= ", " << ", " >> ", " + ", " - ", " * ", " / ", " % ", " | ", " & ", " ^ ", " < ", " > ", " ? "];
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut esc = false;
    let cs: Vec<(usize, char)> = s.char_indices().collect();
    for &(i, c) in &cs {
        if let Some(q) = quote {
            if esc {
                esc = false;
            } else if c == '\\' {
                esc = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ' ' if depth == 0 => {
                for op in OPS {
                    if s[i..].starts_with(op) {
                        let a = s[..i].trim().to_string();
                        let b = s[i + op.len()..].trim().to_string();
                        if *op == " ? " {
                            return vec!["true".into(), "false".into()];
                        }
                        return vec![a, b];
                    }
                }
            }
            _ => {}
        }
    }
    Vec::new()
}

fn default_tarsier() -> PathBuf {
    if let Ok(p) = std::env::var("TARSIER_BIN") {
        return PathBuf::from(p);
    }
    if let Ok(d) = std::env::var("CARGO_TARGET_DIR") {
        return Path::new(&d).join("ci/tarsier");
    }
    PathBuf::from("target/ci/tarsier")
}

fn usage() -> ! {
    eprintln!("{}", include_str!("jit-fuzz.rs").lines().skip(5).take_while(|l| l.starts_with("//!")).map(|l| l.trim_start_matches("//! ").trim_start_matches("//!")).collect::<Vec<_>>().join("\n"));
    std::process::exit(3)
}

fn main() {
    let mut opts = Opts {
        tarsier: default_tarsier(),
        start: 0,
        seeds: 1000,
        jobs: 2,
        out: PathBuf::from("fuzz-out"),
        timeout: Duration::from_secs(10),
        modes: ["off", "sync", "stress"].iter().filter_map(|m| mode(m)).collect(),
        node: false,
    };
    let mut print = None;
    let mut check_files = Vec::new();
    let mut reduce_file = None;
    let mut reduce_out = None;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    let val = |i: &mut usize| -> String {
        *i += 1;
        args.get(*i).cloned().unwrap_or_else(|| usage())
    };
    let num = |s: String| -> u64 { s.parse().unwrap_or_else(|_| usage()) };
    let mut checking = false;
    while i < args.len() {
        match args[i].as_str() {
            "--tarsier" => opts.tarsier = PathBuf::from(val(&mut i)),
            "--start" => opts.start = num(val(&mut i)),
            "--seeds" => opts.seeds = num(val(&mut i)),
            "--jobs" => opts.jobs = num(val(&mut i)) as usize,
            "--out" => opts.out = PathBuf::from(val(&mut i)),
            "--timeout" => opts.timeout = Duration::from_secs(num(val(&mut i))),
            "--modes" => opts.modes = val(&mut i).split(',').map(|m| mode(m).unwrap_or_else(|| usage())).collect(),
            "--node" => opts.node = true,
            "--print" => print = Some(num(val(&mut i))),
            "--check" => checking = true,
            "--reduce" => reduce_file = Some(PathBuf::from(val(&mut i))),
            "-o" => reduce_out = Some(PathBuf::from(val(&mut i))),
            "-h" | "--help" => usage(),
            a if checking && !a.starts_with("--") => check_files.push(PathBuf::from(a)),
            _ => usage(),
        }
        i += 1;
    }
    if let Some(seed) = print {
        print!("{}", fuzz::generate(seed));
        return;
    }
    if opts.modes.len() < 2 && !opts.node {
        usage();
    }
    if !opts.tarsier.exists() {
        eprintln!("no tarsier shell at {} (build it: cargo build --profile ci -p engine-std --bin tarsier)", opts.tarsier.display());
        std::process::exit(3);
    }
    if checking {
        check(&opts, &check_files);
    } else if let Some(f) = reduce_file {
        let out = reduce_out.unwrap_or_else(|| f.with_extension("min.js"));
        reduce(&opts, &f, &out);
    } else {
        fuzz(&opts);
    }
}
