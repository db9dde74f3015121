//! `tarsier-bench`: times JS programs with Tarsier and, in the same run, with
//! node (`--jitless` and full JIT) for ratios.
//!
//! ```text
//! cargo run --release -p benches -- [--runs N] [--no-node] [--mode off] [files or dirs...]
//! ```
//! Defaults: `benches/js` and `tests/js/programs`, 5 runs each. Runs of the
//! engines are interleaved (T, N, T, N, ...) so machine noise affects both, and
//! the median is reported. Tarsier runs in-process (engine creation included);
//! node runs as a subprocess that times only the script itself.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use benches::{median, NODE_TIMER};
use engine_core::{Config, Engine, NullHost};

struct Opts {
    runs: usize,
    node: bool,
    files: Vec<PathBuf>,
}

fn parse() -> Opts {
    let mut o = Opts { runs: 5, node: true, files: Vec::new() };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => o.runs = args.next().and_then(|v| v.parse().ok()).unwrap_or(5),
            "--no-node" => o.node = false,
            "--bench" => {}
            _ => o.files.push(PathBuf::from(a)),
        }
    }
    if o.files.is_empty() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        o.files = vec![root.join("js"), root.join("../tests/js/programs")];
    }
    o
}

fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(p).into_iter().flatten().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "js")).collect();
            v.sort();
            out.extend(v);
        } else {
            out.push(p.clone());
        }
    }
    out
}

/// Runs the program once in a fresh engine; returns milliseconds, or None on error.
fn run_tarsier(src: &str, name: &str) -> Option<f64> {
    let t = Instant::now();
    let mut e = Engine::new(Config::default(), Box::new(NullHost)).ok()?;
    let r = e.eval(src, name);
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    match r {
        Ok(_) => Some(ms),
        Err(err) => {
            eprintln!("  tarsier error in {name}: {err}");
            None
        }
    }
}

/// Runs node on the file and returns the script's own time in ms.
fn run_node(path: &Path, jitless: bool) -> Option<f64> {
    let mut cmd = Command::new("node");
    if jitless {
        cmd.arg("--jitless");
    }
    let out = cmd.arg("-e").arg(NODE_TIMER).arg(path).env("TZ", "UTC").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines().last()?.strip_prefix("__ms ")?.trim().parse().ok()
}

fn main() {
    let opts = parse();
    let files = expand(&opts.files);
    let node_ok = opts.node && Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success());
    println!("{:<34} {:>10} {:>12} {:>8} {:>10} {:>8}", "program", "tarsier", "node-jitless", "ratio", "node", "ratio");
    for f in files {
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let Ok(src) = std::fs::read_to_string(&f) else { continue };
        let (mut t, mut nj, mut n) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..opts.runs {
            // Run on a thread with a large stack, as the shell does.
            let (s, nm) = (src.clone(), name.clone());
            let ms = std::thread::Builder::new().stack_size(256 << 20).spawn(move || run_tarsier(&s, &nm)).ok().and_then(|h| h.join().ok()).flatten();
            if let Some(ms) = ms {
                t.push(ms);
            }
            if node_ok {
                if let Some(ms) = run_node(&f, true) {
                    nj.push(ms);
                }
                if let Some(ms) = run_node(&f, false) {
                    n.push(ms);
                }
            }
        }
        let (mt, mnj, mn) = (median(&mut t), median(&mut nj), median(&mut n));
        let ratio = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) if b > 0.0 => format!("{:.2}", a / b),
            _ => "-".to_string(),
        };
        let ms = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{v:.1}"));
        println!("{:<34} {:>10} {:>12} {:>8} {:>10} {:>8}", name, ms(mt), ms(mnj), ratio(mt, mnj), ms(mn), ratio(mt, mn));
    }
    println!("(ms, median of {} interleaved runs; ratio = tarsier / node, lower is better)", opts.runs);
}
