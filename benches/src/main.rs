//! `tarsier-bench`: times JS programs with Tarsier (JIT off and on) and, in the
//! same run, with node (`--jitless` and full JIT) for ratios.
//!
//! ```text
//! cargo run --release -p benches --bin tarsier-bench -- [--runs N] [--no-node] [files or dirs...]
//! ```
//! Defaults: `benches/js` and `tests/js/programs`, 5 runs each. Runs of the
//! engines are interleaved (off, on, node-jitless, node, off, ...) so machine
//! noise affects all of them alike, and the median is reported. Tarsier runs
//! in-process (engine creation included); node runs as a subprocess that times only
//! the script itself.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use benches::{median, peak_rss_kib, reset_peak_rss, NODE_TIMER};
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

/// A run's time and the JIT statistics of interest.
struct Run {
    ms: f64,
    stats: engine_core::jit::monitor::Stats,
}

/// Runs the program once in a fresh engine; `None` on error.
fn run_tarsier(src: &str, name: &str, compiler: Option<Compiler>) -> Option<Run> {
    let t = Instant::now();
    let mut config = Config::default();
    config.jit.enabled = compiler.is_some();
    let mut e = Engine::new(config, Box::new(QuietHost(compiler.unwrap_or(Compiler::None)))).ok()?;
    let r = e.eval(src, name);
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    match r {
        Ok(_) => Some(Run { ms, stats: e.jit_stats() }),
        Err(err) => {
            eprintln!("  tarsier error in {name}: {err}");
            None
        }
    }
}

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

/// Runs node on the file and returns the script's own time in ms and node's peak
/// RSS in KiB.
fn run_node(path: &Path, jitless: bool) -> Option<(f64, Option<u64>)> {
    let mut cmd = Command::new("node");
    if jitless {
        cmd.arg("--jitless");
    }
    let out = cmd.arg("-e").arg(NODE_TIMER).arg(path).env("TZ", "UTC").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut words = text.lines().last()?.strip_prefix("__ms ")?.split_whitespace();
    let ms = words.next()?.parse().ok()?;
    Some((ms, words.next().and_then(|w| w.parse().ok())))
}

fn main() {
    let opts = parse();
    let files = expand(&opts.files);
    let node_ok = opts.node && Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success());
    let pool = std::sync::Arc::new(compiler_thread::CompilerPool::with_default_workers());
    println!(
        "{:<28} {:>8} {:>8} {:>8} {:>7} {:>7} {:>8} {:>7} {:>7} {:>7} {:>7} {:>7}",
        "program", "off", "sync", "bg", "off/sy", "bg/sy", "node-jl", "sy/jl", "node", "sy/nd", "MiB", "jl MiB"
    );
    let mut pauses: Vec<(String, f64, f64, f64)> = Vec::new();
    for f in files {
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let Ok(src) = std::fs::read_to_string(&f) else { continue };
        let (mut off, mut sync, mut bg, mut nj, mut n) = (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut bg_stats = None;
        let mut sync_stats = None;
        let (mut rss, mut jl_rss) = (None::<u64>, None::<u64>);
        for _ in 0..opts.runs {
            for (k, compiler) in [None, Some(Compiler::Sync), Some(Compiler::Pool(pool.clone()))].into_iter().enumerate() {
                // Run on a thread with a large stack, as the shell does.
                let (s, nm) = (src.clone(), name.clone());
                if k == 1 {
                    reset_peak_rss();
                }
                let run = std::thread::Builder::new().stack_size(256 << 20).spawn(move || run_tarsier(&s, &nm, compiler)).ok().and_then(|h| h.join().ok()).flatten();
                if let Some(r) = run {
                    match k {
                        0 => off.push(r.ms),
                        1 => {
                            sync.push(r.ms);
                            sync_stats = Some(r.stats);
                            // The whole bench process's peak during the sync run.
                            rss = rss.max(peak_rss_kib());
                        }
                        _ => {
                            bg.push(r.ms);
                            bg_stats = Some(r.stats);
                        }
                    }
                }
            }
            if node_ok {
                if let Some((ms, kib)) = run_node(&f, true) {
                    nj.push(ms);
                    jl_rss = jl_rss.max(kib);
                }
                if let Some((ms, _)) = run_node(&f, false) {
                    n.push(ms);
                }
            }
        }
        let (moff, msync, mbg, mnj, mn) = (median(&mut off), median(&mut sync), median(&mut bg), median(&mut nj), median(&mut n));
        let ratio = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) if b > 0.0 => format!("{:.2}", a / b),
            _ => "-".to_string(),
        };
        let ms = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{v:.1}"));
        let mib = |v: Option<u64>| v.map_or("-".to_string(), |v| format!("{:.1}", v as f64 / 1024.0));
        println!(
            "{:<28} {:>8} {:>8} {:>8} {:>7} {:>7} {:>8} {:>7} {:>7} {:>7} {:>7} {:>7}",
            name,
            ms(moff),
            ms(msync),
            ms(mbg),
            ratio(moff, msync),
            ratio(mbg, msync),
            ms(mnj),
            ratio(msync, mnj),
            ms(mn),
            ratio(msync, mn),
            mib(rss),
            mib(jl_rss)
        );
        if let (Some(s), Some(b)) = (sync_stats, bg_stats) {
            pauses.push((name, s.blocked_ns as f64 / 1e6, s.max_record_ns as f64 / 1e6, b.blocked_ns as f64 / 1e6));
        }
    }
    println!("(ms, median of {} interleaved runs; off/sy = JIT speedup (sync); bg/sy = background vs sync; sy/jl, sy/nd = tarsier (sync JIT) / node --jitless, node; lower is better; MiB = peak RSS of this bench process during the sync runs (Linux), jl MiB = node --jitless's peak RSS)", opts.runs);
    println!();
    println!("{:<28} {:>14} {:>16} {:>16}", "script-thread pauses (ms)", "sync compile", "longest record", "bg compile");
    for (name, sync_blocked, rec, bg_blocked) in pauses {
        println!("{name:<28} {sync_blocked:>14.2} {rec:>16.3} {bg_blocked:>16.2}");
    }
}
