//! The JS corpus runner.
//!
//! Every `*.js` under `tests/js/` that has a `*.expected` next to it is a test: its
//! `print` output, followed by `Uncaught <String(exception)>` if it ends with an
//! uncaught exception, must equal the expected file byte for byte. Expected files
//! are generated with node (`tests/tools/gen-expected.sh`) unless the program says
//! `// golden: manual`.
//!
//! Each program runs once per [`Mode`]; all modes must produce the same output.

pub mod fuzz;
pub mod test262;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use engine_core::{Config, Engine, Error, Host};
use engine_std::host::Compiler;

/// An engine configuration the corpus runs under.
#[derive(Clone)]
pub struct Mode {
    /// Short name for reports.
    pub name: &'static str,
    /// The configuration.
    pub config: Config,
    /// Where compiled code comes from.
    pub compiler: Compiler,
}

/// The pool that background mode shares among all the runner's engines.
pub fn background_pool() -> Arc<compiler_thread::CompilerPool> {
    static POOL: std::sync::OnceLock<Arc<compiler_thread::CompilerPool>> = std::sync::OnceLock::new();
    POOL.get_or_init(|| Arc::new(compiler_thread::CompilerPool::new(2))).clone()
}

/// The modes every program runs in.
pub fn modes() -> Vec<Mode> {
    let base = Config { heap_limit: 512 << 20, ..Config::default() };
    let mut jit = base.clone();
    jit.jit.enabled = true;
    let mut stress = jit.clone();
    stress.jit.hot_loop = 1;
    stress.jit.hot_exit = 1;
    vec![
        Mode { name: "jit=off", config: base.clone(), compiler: Compiler::None },
        // Collects every few hundred allocations: flushes out rooting bugs.
        Mode { name: "gc-stress", config: Config { gc_stress_interval: 997, ..base }, compiler: Compiler::None },
        Mode { name: "jit=sync", config: jit.clone(), compiler: Compiler::Sync },
        // Compiler threads shared by all engines of the run; code arrives whenever.
        Mode { name: "jit=background", config: jit, compiler: Compiler::Pool(background_pool()) },
        // Records at the first loop crossing and extends every exit at its first hit.
        Mode { name: "jit-stress", config: stress.clone(), compiler: Compiler::Sync },
    ]
}

/// The modes of a fuzz campaign beyond [`modes`]: background compilation at the
/// stress thresholds, and stress with a collection every 97 allocations.
pub fn campaign_modes() -> Vec<Mode> {
    let stress = modes().pop().expect("stress mode").config;
    let gc = Config { gc_stress_interval: 97, ..stress.clone() };
    vec![
        Mode { name: "bg-stress", config: stress, compiler: Compiler::Pool(background_pool()) },
        Mode { name: "gc", config: gc, compiler: Compiler::Sync },
    ]
}

/// What a run exercised of the JIT, from its statistics (for the fuzzer's
/// distribution report): feature names, each counted once per run.
pub fn jit_features(s: &engine_core::jit::monitor::Stats) -> Vec<String> {
    let mut f = Vec::new();
    let mut add = |cond: bool, name: &str| {
        if cond {
            f.push(name.to_string());
        }
    };
    add(s.recordings > 0, "recorded");
    add(s.trees > 0, "tree compiled");
    add(s.trees > 1, "several trees (peers or loops)");
    add(s.branches > 0, "branch trace");
    add(s.nested_calls > 0, "nested tree call");
    add(s.entries > 0, "native code entered");
    add(s.blacklisted > 0, "blacklisted");
    add(s.oracle_demotions > 0, "oracle demotion");
    for (k, name) in ["side", "loop", "overflow", "interrupt", "unstable", "nested"].iter().enumerate() {
        add(s.exits_by_kind[k] > 0, &format!("exit: {name}"));
    }
    for (why, _) in &s.aborts {
        // Abort reasons without their variable parts.
        let why: String = why.chars().take_while(|c| *c != '(' && *c != '"').collect();
        f.push(format!("abort: {}", why.trim()));
    }
    f
}

/// The JIT's checking mode (see `engine_core::jit::check`) at the stress
/// thresholds: every exit and recorded step is checked against the
/// interpreter's state. Runs the JIT-specific programs and the fuzz sample.
pub fn check_mode() -> Mode {
    let mut config = modes().pop().expect("stress mode").config;
    config.jit.check = true;
    Mode { name: "jit-check", config, compiler: Compiler::Sync }
}

/// A host that captures printed lines.
#[derive(Clone)]
pub struct CaptureHost {
    out: Arc<Mutex<String>>,
    compiler: Compiler,
}

impl Default for CaptureHost {
    fn default() -> Self {
        CaptureHost::new(Compiler::Sync)
    }
}

impl CaptureHost {
    /// A capturing host whose engine compiles with `compiler`.
    pub fn new(compiler: Compiler) -> CaptureHost {
        CaptureHost { out: Arc::new(Mutex::new(String::new())), compiler }
    }
}

impl CaptureHost {
    /// The captured output.
    pub fn output(&self) -> String {
        self.out.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

impl Host for CaptureHost {
    fn code_service(&mut self) -> Option<Box<dyn engine_core::jit::runtime::CodeService>> {
        self.compiler.service()
    }
    fn monotonic_ns(&self) -> u64 {
        compiler_thread::clock::now_ns()
    }
    // As in the shell: natives nest into script as deep as the thread's stack allows.
    fn native_stack(&self) -> Option<std::ops::Range<usize>> {
        engine_std::host::current_thread_stack()
    }
    fn print(&mut self, line: &str) {
        if let Ok(mut s) = self.out.lock() {
            s.push_str(line);
            s.push('\n');
        }
    }
}

/// How long one program may run in one mode before the watchdog interrupts it.
pub const PROGRAM_DEADLINE: std::time::Duration = std::time::Duration::from_secs(120);

/// Runs `source` in a fresh engine and returns what the corpus compares.
pub fn run_program(source: &str, file: &str, mode: &Mode) -> String {
    run_program_stats(source, file, mode).0
}

/// [`run_program`], also returning the engine's JIT statistics.
pub fn run_program_stats(source: &str, file: &str, mode: &Mode) -> (String, engine_core::jit::monitor::Stats) {
    let config = &mode.config;
    let host = CaptureHost::new(mode.compiler.clone());
    let mut engine = match Engine::new(config.clone(), Box::new(host.clone())) {
        Ok(e) => e,
        Err(e) => return (format!("<engine init failed: {e}>\n"), Default::default()),
    };
    // A watchdog interrupts a program that runs away (a JIT bug that turns a loop
    // infinite must fail one test, not hang the whole run).
    let flag = engine.interrupt_flag();
    let (done, wait) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = wait.recv_timeout(PROGRAM_DEADLINE) {
            flag.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    });
    let result = engine.eval(source, file);
    drop(done);
    let _ = watchdog.join();
    let mut out = host.output();
    let stats = engine.jit_stats();
    let check_failures = stats.check_failures;
    if check_failures > 0 {
        out.push_str(&format!("<the JIT's checking mode found {check_failures} violations>\n"));
    }
    match result {
        Ok(_) => {}
        Err(Error::Exception { message, .. }) => {
            out.push_str("Uncaught ");
            out.push_str(&message);
            out.push('\n');
        }
        Err(Error::Syntax { message, .. }) => {
            out.push_str("Uncaught SyntaxError: ");
            out.push_str(&message);
            out.push('\n');
        }
        Err(e) => {
            out.push_str(&format!("Uncaught {e}\n"));
        }
    }
    (out, stats)
}

/// Finds every corpus program under `dir`.
pub fn find_programs(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "js") && p.with_extension("expected").exists() {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// One failed program.
#[derive(Debug)]
pub struct Failure {
    /// The program.
    pub path: PathBuf,
    /// The mode it failed in.
    pub mode: &'static str,
    /// Explanation with the first differing line.
    pub detail: String,
}

/// Explains the first difference between two outputs.
pub fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            return format!("line {}: expected {:?}, got {:?}", i + 1, x.unwrap_or(&"<end>"), y.unwrap_or(&"<end>"));
        }
    }
    if expected != actual { "trailing newline differs".to_string() } else { "identical".to_string() }
}

/// Runs the programs in all modes on `threads` threads; returns the failures.
pub fn run_corpus(programs: &[PathBuf], modes: &[Mode], threads: usize) -> Vec<Failure> {
    let next = Arc::new(Mutex::new(0usize));
    let failures = Arc::new(Mutex::new(Vec::new()));
    let programs = Arc::new(programs.to_vec());
    let modes = Arc::new(modes.to_vec());
    let mut handles = Vec::new();
    for _ in 0..threads.max(1) {
        let (next, failures, programs, modes) = (next.clone(), failures.clone(), programs.clone(), modes.clone());
        let h = std::thread::Builder::new().stack_size(256 << 20).spawn(move || loop {
            let i = {
                let mut n = next.lock().expect("lock");
                let i = *n;
                *n += 1;
                i
            };
            let Some(path) = programs.get(i) else { break };
            let source = std::fs::read_to_string(path).unwrap_or_default();
            let expected = std::fs::read_to_string(path.with_extension("expected")).unwrap_or_default();
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let mut first: Option<String> = None;
            for m in modes.iter() {
                let src = source.clone();
                let nm = name.clone();
                let mode = m.clone();
                let got = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || run_program(&src, &nm, &mode))).unwrap_or_else(|_| "<panic>\n".to_string());
                let detail = if got != expected {
                    Some(first_difference(&expected, &got))
                } else if first.as_ref().is_some_and(|f| *f != got) {
                    Some("output differs between modes".to_string())
                } else {
                    None
                };
                if let Some(detail) = detail {
                    failures.lock().expect("lock").push(Failure { path: path.clone(), mode: m.name, detail });
                }
                first.get_or_insert(got);
            }
        });
        if let Ok(h) = h {
            handles.push(h);
        }
    }
    for h in handles {
        let _ = h.join();
    }
    let mut f = std::mem::take(&mut *failures.lock().expect("lock"));
    f.sort_by(|a, b| a.path.cmp(&b.path).then(a.mode.cmp(b.mode)));
    f
}
