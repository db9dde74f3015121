//! The compiler pool: many engines on many threads share a few compiler threads
//! and still print exactly what the interpreter prints; failures and shutdowns
//! are survived; a pumped service compiles only when asked.

use std::path::Path;
use std::sync::{Arc, Mutex};

use compiler_thread::{CompilerPool, PumpedService};
use engine_core::jit::runtime::{CodeService, FragmentJob, FragmentSource, TreeJob, TreeSlot};
use engine_core::{Config, Engine, Host};
use engine_std::host::Compiler;
use tests::{find_programs, run_program, Mode};

/// Runs a closure on a thread with a big stack (deep recursion in some programs).
fn big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(256 << 20).spawn(f).unwrap().join().unwrap()
}

#[test]
fn engines_on_many_threads_share_a_pool() {
    const ENGINES: usize = 3;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("js");
    let programs = Arc::new(find_programs(&root));
    let pool = Arc::new(CompilerPool::new(2));
    let mut config = Config { heap_limit: 512 << 20, ..Config::default() };
    config.jit.enabled = true;
    let failures = Arc::new(Mutex::new(Vec::new()));
    let threads: Vec<_> = (0..ENGINES)
        .map(|t| {
            let (programs, pool, failures, config) = (programs.clone(), pool.clone(), failures.clone(), config.clone());
            std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn(move || {
                    let mode = Mode { name: "shared-pool", config, compiler: Compiler::Pool(pool) };
                    // Each thread walks the corpus from a different starting point,
                    // so different programs compile at the same time.
                    let n = programs.len();
                    for k in 0..n {
                        let path = &programs[(k + t * n / ENGINES) % n];
                        let src = std::fs::read_to_string(path).unwrap_or_default();
                        let expected = std::fs::read_to_string(path.with_extension("expected")).unwrap_or_default();
                        let name = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
                        let got = run_program(&src, &name, &mode);
                        if got != expected {
                            failures.lock().unwrap().push(format!("engine {t}: {}", path.display()));
                        }
                    }
                })
                .unwrap()
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let f = failures.lock().unwrap();
    assert!(f.is_empty(), "{} programs differed:\n{}", f.len(), f.join("\n"));
}

/// A host whose engine compiles through a pumped queue.
struct PumpHost;

impl Host for PumpHost {
    fn print(&mut self, _line: &str) {}
    fn code_service(&mut self) -> Option<Box<dyn CodeService>> {
        Some(Box::new(PumpedService::new()))
    }
}

#[test]
fn a_pumped_service_compiles_when_asked() {
    big_stack(|| {
        let mut config = Config::default();
        config.jit.enabled = true;
        let mut e = Engine::new(config, Box::new(PumpHost)).expect("engine");
        e.eval("function work(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + i * 7) | 0; return s; }", "def.js").unwrap();
        let v = e.eval("work(10000)", "a.js").unwrap();
        assert_eq!(e.jit_stats().entries, 0, "nothing compiled before pumping");
        assert!(e.jit_stats().jobs.submitted > 0);
        assert!(e.run_pending_compiles(16) > 0);
        let w = e.eval("work(10000)", "b.js").unwrap();
        assert_eq!(e.to_number(v).unwrap(), e.to_number(w).unwrap());
        let s = e.jit_stats();
        assert!(s.entries > 0, "the pumped code ran: {s:?}");
        assert_eq!(s.jobs.completed, s.jobs.submitted);
    });
}

#[test]
fn failed_jobs_mark_the_tree_and_the_pool_survives() {
    let pool = CompilerPool::new(1);
    let mut svc = pool.service();
    let collector = crossbeam_epoch::Collector::new();
    // A fragment calling a helper that does not exist cannot be compiled.
    let bad = engine_core::jit::lir::text::parse("v0: void = looptop\nv1: i32 = kint #1\nv2: val = call (v1) #999\nv3: void = loop\n").unwrap();
    let job = |lir| TreeJob {
        frags: vec![FragmentSource::New(Arc::new(FragmentJob { lir, exit_types: vec![], entry_types: vec![], exit_base: 0, trunk: true, peel: true, want_lir: false }))],
        links: vec![],
        helpers: Arc::new(engine_core::jit::runtime::helper_table()),
        version: 1,
        name: "test".into(),
        want_listing: false,
        hot_ns: 0,
        timeline: None,
    };
    let bad_slot = Arc::new(TreeSlot::new());
    bad_slot.request();
    svc.submit(job(bad), bad_slot.clone(), &collector, 1);
    let good = engine_core::jit::lir::text::parse("v0: void = looptop\nv1: void = loop\n").unwrap();
    let good_slot = Arc::new(TreeSlot::new());
    good_slot.request();
    svc.submit(job(good), good_slot.clone(), &collector, 1);
    let h = collector.register();
    for _ in 0..500 {
        let done = bad_slot.failed() && good_slot.load(&h.pin()).is_some();
        if done {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(bad_slot.failed(), "the bad job failed");
    assert!(good_slot.load(&h.pin()).is_some(), "the pool went on to compile the good one");
    let c = svc.counters();
    assert_eq!((c.submitted, c.failed, c.completed), (2, 1, 1));
}

#[test]
fn engines_and_pools_shut_down_with_jobs_in_flight() {
    big_stack(|| {
        for _ in 0..5 {
            let pool = Arc::new(CompilerPool::new(1));
            let mut config = Config::default();
            config.jit.enabled = true;
            config.jit.hot_loop = 1;
            let mode = Mode { name: "bg", config, compiler: Compiler::Pool(pool.clone()) };
            // Many loops become hot at once; the engine is dropped right after.
            let src = "var s = 0; for (var k = 0; k < 40; k++) { for (var i = 0; i < 50; i++) s += i ^ k; if (k % 3) s = s | 0; } print(s);";
            assert_eq!(run_program(src, "x.js", &mode), run_program(src, "x.js", &Mode { name: "off", config: Config::default(), compiler: Compiler::None }));
            // The pool is dropped with whatever is still queued.
            drop(mode);
            drop(pool);
        }
    });
}
