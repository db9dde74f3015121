//! The JIT really runs native code on this host.
//!
//! A few hot loops (int arithmetic, double arithmetic, a property access and a
//! function call, a nested loop) run through the embedding API with the
//! synchronous compiler and with the background pool; they must print what the
//! interpreter prints, and on hosts that must have a working JIT (x86-64 and
//! AArch64) the engine's statistics must show that trees were compiled and that
//! native code ran. Elsewhere (no backend: `compiler_thread::backend::AVAILABLE`
//! is false) only the outputs are compared.
//!
//! Under qemu (`cargo test --target aarch64-unknown-linux-gnu`) this is the test
//! that says the AArch64 backend is there and its code runs.

use std::time::{Duration, Instant};

use engine_core::{Config, Engine};
use engine_std::host::Compiler;
use tests::CaptureHost;

/// Does this architecture have to have a JIT?
const JIT_REQUIRED: bool = cfg!(any(target_arch = "x86_64", target_arch = "aarch64"));

/// `(name, program)`: each defines `main()`, whose result is printed.
const PROGRAMS: &[(&str, &str)] = &[
    (
        "int loop",
        "function main() { var s = 0; for (var i = 0; i < 200000; i++) { s = (s + i * 3) | 0; s = s ^ (i << 2); } return s; }",
    ),
    (
        "double loop",
        "function main() { var x = 0.5, y = 1.25; for (var i = 0; i < 200000; i++) { x = x * 0.999999 + y; y = y / 1.0000001 - 0.000001; } return x + ',' + y; }",
    ),
    (
        "property access and call",
        "function add(a, b) { return a + b; }\n\
         function main() { var o = { n: 0, k: 3 }; var a = [1, 2, 3, 4]; for (var i = 0; i < 200000; i++) { o.n = add(o.n, o.k + a[i & 3]); } return o.n; }",
    ),
    (
        "nested loop",
        "function main() { var s = 0; for (var i = 0; i < 400; i++) { for (var j = 0; j < 400; j++) { s = (s + (i ^ j)) | 0; } } return s; }",
    ),
];

/// How long background mode may take to deliver code before the test gives up.
const BACKGROUND_DEADLINE: Duration = Duration::from_secs(120);

fn jit_config() -> Config {
    let mut c = Config::default();
    c.jit.enabled = true;
    c
}

/// Runs a closure on a thread with a big stack (as the corpus runner does).
fn big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(256 << 20).spawn(f).expect("spawn").join().expect("test thread")
}

/// What the interpreter prints for `print(main())`.
fn interpreted(source: &str, name: &str) -> String {
    let host = CaptureHost::new(Compiler::None);
    let mut e = Engine::new(Config::default(), Box::new(host.clone())).expect("engine");
    e.eval(source, name).expect("program");
    e.eval("print(main())", "call.js").expect("main()");
    host.output()
}

/// Runs `print(main())` with `compiler` until native code has run (background
/// code arrives whenever: each call is a new chance to enter it) or, without a
/// required JIT, once. Every call must print what the interpreter prints.
fn run_jit(name: &str, source: &str, compiler: Compiler, mode: &str) {
    let expected = interpreted(source, name);
    let host = CaptureHost::new(compiler);
    let mut e = Engine::new(jit_config(), Box::new(host.clone())).expect("engine");
    e.eval(source, name).expect("program");
    let start = Instant::now();
    let mut calls = 0;
    loop {
        e.eval("print(main())", "call.js").expect("main()");
        calls += 1;
        let s = e.jit_stats();
        // (Without a backend no code will ever come: the assertions below say so.)
        if !JIT_REQUIRED || !compiler_thread::backend::AVAILABLE || s.entries > 0 || start.elapsed() > BACKGROUND_DEADLINE {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let out = host.output();
    assert_eq!(out, expected.repeat(calls), "[{mode}] {name}: the JIT's output differs from the interpreter's");
    let s = e.jit_stats();
    eprintln!(
        "[{mode}] {name}: {calls} call(s), {} trees, {} branches, {} jobs completed, {} code bytes, {} native entries, exits by kind {:?}",
        s.trees, s.branches, s.jobs.completed, s.code_bytes, s.entries, s.exits_by_kind
    );
    if JIT_REQUIRED {
        assert!(compiler_thread::backend::AVAILABLE, "[{mode}] {name}: {} has no JIT backend", std::env::consts::ARCH);
        assert!(s.trees > 0, "[{mode}] {name}: no tree was recorded: {s:?}");
        assert_eq!(s.jobs.failed, 0, "[{mode}] {name}: compile jobs failed: {s:?}");
        assert!(s.jobs.completed > 0 && s.code_bytes > 0, "[{mode}] {name}: no tree was compiled: {s:?}");
        assert!(s.entries > 0, "[{mode}] {name}: native code was never entered: {s:?}");
        // Every entry leaves through an exit; a loop that ran to its end natively
        // left through a loop exit.
        assert!(s.exits_by_kind[1] > 0, "[{mode}] {name}: no loop ran to its end in native code: {s:?}");
    }
}

#[test]
fn backend_is_available_where_required() {
    eprintln!("backend: {} (available: {})", compiler_thread::backend::NAME, compiler_thread::backend::AVAILABLE);
    if JIT_REQUIRED {
        assert!(compiler_thread::backend::AVAILABLE, "{} has no JIT backend ({})", std::env::consts::ARCH, compiler_thread::backend::NAME);
    }
}

#[test]
fn hot_loops_run_natively_with_the_sync_compiler() {
    big_stack(|| {
        for (name, source) in PROGRAMS {
            run_jit(name, source, Compiler::Sync, "jit=sync");
        }
    });
}

#[test]
fn hot_loops_run_natively_with_the_background_pool() {
    big_stack(|| {
        for (name, source) in PROGRAMS {
            run_jit(name, source, Compiler::Pool(tests::background_pool()), "jit=background");
        }
    });
}
