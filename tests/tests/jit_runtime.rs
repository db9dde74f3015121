//! The JIT under conditions the corpus cannot set up: interrupts of code running
//! natively, heap exhaustion and garbage collection inside traced loops, and the
//! statistics the embedding API reports.

use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use engine_core::{Config, Engine, Error, Host};

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<String>>);

impl Host for Capture {
    fn print(&mut self, line: &str) {
        let mut s = self.0.lock().unwrap();
        s.push_str(line);
        s.push('\n');
    }
    fn code_service(&mut self) -> Option<Box<dyn engine_core::jit::runtime::CodeService>> {
        Some(Box::new(compiler_thread::SyncService::new()))
    }
}

fn jit_config() -> Config {
    let mut c = Config::default();
    c.jit.enabled = true;
    c
}

/// Runs a closure on a thread with a big stack (debug builds use deep frames).
fn big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(256 << 20).spawn(f).unwrap().join().unwrap()
}

#[test]
fn interrupt_stops_a_loop_running_as_native_code() {
    big_stack(|| {
        for src in ["var i = 0; while (true) { i = (i + 1) | 0; }", "var o = { n: 0 }; for (;;) { for (var j = 0; j < 100; j++) o.n += j; }"] {
            let mut e = Engine::new(jit_config(), Box::new(Capture::default())).expect("engine");
            let flag = e.interrupt_flag();
            let setter = std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(200));
                flag.store(true, Ordering::Relaxed);
            });
            let r = e.eval(src, "spin.js");
            setter.join().unwrap();
            assert!(matches!(r, Err(Error::Interrupted)), "{src}: {r:?}");
            let stats = e.jit_stats();
            assert!(stats.entries > 0 && stats.exits_by_kind[3] > 0, "{src}: the loop ran natively and left through an interrupt exit: {stats:?}");
            // The engine stays usable afterwards.
            let v = e.eval("1 + 2", "after.js").expect("eval after interrupt");
            assert_eq!(e.to_number(v).unwrap(), 3.0);
        }
    });
}

#[test]
fn heap_exhaustion_in_a_traced_loop_is_catchable() {
    big_stack(|| {
        let config = Config { heap_limit: 8 << 20, ..jit_config() };
        let out = Capture::default();
        let mut e = Engine::new(config, Box::new(out.clone())).expect("engine");
        let src = "var keep = [], caught = false;\n\
                   try { for (var i = 0; ; i++) keep.push({ i: i, s: 'x' + i }); }\n\
                   catch (err) { caught = true; }\n\
                   keep = null;\n\
                   print(caught);";
        e.eval(src, "oom.js").expect("script completes");
        assert_eq!(out.0.lock().unwrap().as_str(), "true\n");
    });
}

#[test]
fn collections_during_traced_loops_keep_live_data() {
    big_stack(|| {
        let config = Config { heap_limit: 16 << 20, ..jit_config() };
        let out = Capture::default();
        let mut e = Engine::new(config, Box::new(out.clone())).expect("engine");
        // Far more garbage than the heap holds, while a list of survivors grows.
        let src = "var head = null;\n\
                   for (var i = 0; i < 400000; i++) {\n\
                     var junk = { a: [i, i], s: 'j' + i };\n\
                     if (i % 100 === 0) head = { v: i, next: head };\n\
                   }\n\
                   var n = 0, s = 0;\n\
                   for (var p = head; p !== null; p = p.next) { n++; s += p.v; }\n\
                   print(n, s);";
        e.eval(src, "gc.js").expect("script completes");
        assert_eq!(out.0.lock().unwrap().as_str(), "4000 799800000\n");
        assert!(e.heap_stats().collections > 0, "the loop needed collections");
    });
}
