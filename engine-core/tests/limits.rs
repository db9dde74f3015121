//! Resource limits: heap exhaustion and deep recursion raise catchable errors,
//! garbage is reclaimed under a small heap, and the host API never panics.

use std::sync::{Arc, Mutex};

use engine_core::{Config, Engine, Error, Host};

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<String>>);

impl Host for Capture {
    fn print(&mut self, line: &str) {
        let mut s = self.0.lock().unwrap();
        s.push_str(line);
        s.push('\n');
    }
}

fn run_with(config: Config, src: &str) -> (Result<String, Error>, String) {
    let host = Capture::default();
    let mut e = Engine::new(config, Box::new(host.clone())).expect("engine");
    let r = e.eval(src, "test.js").map(|v| e.to_rust_string(v).unwrap_or_default());
    let out = host.0.lock().unwrap().clone();
    (r, out)
}

/// Runs a closure on a thread with a big stack (debug builds use deep frames).
fn big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(256 << 20).spawn(f).unwrap().join().unwrap()
}

#[test]
fn garbage_fifty_times_the_limit_is_collected() {
    big_stack(|| {
        let limit = 2 << 20;
        let config = Config { heap_limit: limit, ..Config::default() };
        // Each iteration allocates an object, an array and a string: well over
        // 100 bytes; 1e6 iterations is far beyond 50 x 2 MiB.
        let src = "var keep = 0;\n\
                   for (var i = 0; i < 1000000; i++) {\n\
                     var o = { a: i, b: [i, i + 1, i + 2], s: 'x' + i };\n\
                     keep = (keep + o.b.length + o.s.length) % 1000003;\n\
                   }\n\
                   keep";
        let host = Capture::default();
        let mut e = Engine::new(config, Box::new(host)).unwrap();
        let v = e.eval(src, "garbage.js").expect("completes under a small heap");
        assert!(e.to_number(v).unwrap() > 0.0);
        let stats = e.heap_stats();
        assert!(stats.collections > 10, "collected {} times", stats.collections);
        assert!(stats.bytes_allocated as usize > 50 * limit, "allocated only {} bytes", stats.bytes_allocated);
        assert!(stats.acquired_bytes <= limit);
    });
}

#[test]
fn heap_exhaustion_is_a_catchable_error() {
    big_stack(|| {
        let config = Config { heap_limit: 4 << 20, ..Config::default() };
        let src = "function fill() {\n\
                     var live = [];\n\
                     try { while (true) live.push({ x: live.length, s: 'payload' + live.length }); }\n\
                     catch (e) { return (e instanceof RangeError ? 'RangeError' : String(e)) + (live.length > 1000); }\n\
                   }\n\
                   var caught = fill();\n\
                   // The engine keeps working once the data is dropped.\n\
                   var after = []; for (var i = 0; i < 10000; i++) after.push({ i: i });\n\
                   caught + ' ' + after.length";
        let (r, _) = run_with(config, src);
        assert_eq!(r.unwrap(), "RangeErrortrue 10000");
    });
}

#[test]
fn huge_strings_and_arrays_fail_cleanly() {
    big_stack(|| {
        let config = Config { heap_limit: 8 << 20, ..Config::default() };
        let src = "var r = [];\n\
                   try { var s = 'x'; for (var i = 0; i < 40; i++) s = s + s; r.push(s.charCodeAt(5)); } catch (e) { r.push(e.name); }\n\
                   try { new Array(1e9).join('ab'); } catch (e) { r.push(e.name); }\n\
                   try { var a = []; a[4294967294] = 1; r.push(a.length); } catch (e) { r.push(e.name); }\n\
                   r.join(',')";
        let (r, _) = run_with(config, src);
        assert_eq!(r.unwrap(), "RangeError,RangeError,4294967295");
    });
}

#[test]
fn deep_script_recursion_is_a_range_error() {
    big_stack(|| {
        let src = "function f(n) { return n === 0 ? 0 : 1 + f(n - 1); }\n\
                   var r = [];\n\
                   try { f(1e7); } catch (e) { r.push(e instanceof RangeError); }\n\
                   r.push(f(5000));\n\
                   r.join(',')";
        let (r, _) = run_with(Config::default(), src);
        assert_eq!(r.unwrap(), "true,5000");
    });
}

#[test]
fn deep_native_reentry_is_a_range_error() {
    big_stack(|| {
        // Each level goes through a native (toString / getters / sort / call).
        let src = "var r = [];\n\
                   var o = { toString: function () { return String(this); } };\n\
                   try { String(o); } catch (e) { r.push(e.name); }\n\
                   var g = {}; Object.defineProperty(g, 'x', { get: function () { return this.x; } });\n\
                   try { g.x; } catch (e) { r.push(e.name); }\n\
                   function viaCall() { return viaCall.call(null); }\n\
                   try { viaCall(); } catch (e) { r.push(e.name); }\n\
                   function viaApply() { return viaApply.apply(null, []); }\n\
                   try { viaApply(); } catch (e) { r.push(e.name); }\n\
                   r.join(',')";
        let (r, _) = run_with(Config::default(), src);
        assert_eq!(r.unwrap(), "RangeError,RangeError,RangeError,RangeError");
    });
}

#[test]
fn deeply_nested_source_is_a_syntax_error_not_a_crash() {
    big_stack(|| {
        let mut e = Engine::new(Config::default(), Box::new(Capture::default())).unwrap();
        for open in ["(", "[", "{a:", "!", "-", "a=", "f(", "if(1)", "function f(){", "x?y:"] {
            let src = open.repeat(100_000);
            match e.eval(&src, "deep.js") {
                Err(Error::Syntax { .. }) => {}
                other => panic!("{open}: expected a syntax error, got {other:?}"),
            }
        }
        // The engine still works afterwards.
        let v = e.eval("1 + 2", "after.js").unwrap();
        assert_eq!(e.to_number(v).unwrap(), 3.0);
    });
}

#[test]
fn syntax_errors_carry_file_line_column() {
    let mut e = Engine::new(Config::default(), Box::new(Capture::default())).unwrap();
    match e.eval("var a = 1;\nvar b = ;\n", "broken.js") {
        Err(Error::Syntax { file, line, column, message }) => {
            assert_eq!((file.as_str(), line, column), ("broken.js", 2, 9), "{message}");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn incomplete_sources_are_told_from_syntax_errors() {
    let e = Engine::new(Config::default(), Box::new(Capture::default())).unwrap();
    for src in ["function f() {\n", "f(1,\n", "var o = {a: 1,\n", "x +\n", "/* open\n"] {
        assert!(e.is_incomplete(src), "{src:?}");
    }
    for src in ["1 + 1\n", "var = 1;\n", "function f() { a b\n", "}\n", ""] {
        assert!(!e.is_incomplete(src), "{src:?}");
    }
    // Deeper nesting than the limit is an error, not an invitation to go on.
    assert!(!e.is_incomplete(&"[".repeat(5000)));
}

#[test]
fn uncaught_exceptions_have_message_and_stack() {
    let mut e = Engine::new(Config::default(), Box::new(Capture::default())).unwrap();
    match e.eval("function inner() { null.x; }\nfunction outer() { inner(); }\nouter();", "trace.js") {
        Err(Error::Exception { message, stack }) => {
            assert!(message.starts_with("TypeError: "), "{message}");
            assert!(stack.contains("at inner (trace.js:1:"), "{stack}");
            assert!(stack.contains("at outer (trace.js:2:"), "{stack}");
        }
        other => panic!("expected an exception, got {other:?}"),
    }
    match e.eval("throw 42", "t.js") {
        Err(Error::Exception { message, .. }) => assert_eq!(message, "42"),
        other => panic!("{other:?}"),
    }
}

fn double(vm: &mut engine_core::Vm, args: &engine_core::CallArgs) -> engine_core::JsResult<engine_core::Value> {
    let n = vm.to_number(args.get(0))?;
    Ok(engine_core::Value::number(n * 2.0))
}

#[test]
fn embedding_api_round_trips_values() {
    let mut e = Engine::new(Config::default(), Box::new(Capture::default())).unwrap();
    e.define_function("double", double, 1).unwrap();
    let s = e.string("héllo").unwrap();
    e.set_global("greeting", s).unwrap();
    let v = e.eval("double(21) + greeting.length", "api.js").unwrap();
    assert_eq!(e.to_number(v).unwrap(), 47.0);
    let f = e.get_global("double").unwrap();
    let h = e.root(f);
    e.collect_garbage();
    let f = e.value(&h);
    let r = e.call(f, engine_core::Value::UNDEFINED, &[engine_core::Value::int(5)]).unwrap();
    assert_eq!(e.to_number(r).unwrap(), 10.0);
    e.release(h);
    // Calling a non-function is an error, not a panic.
    assert!(matches!(e.call(engine_core::Value::int(1), engine_core::Value::UNDEFINED, &[]), Err(Error::Exception { .. })));
    let g = e.eval("'a' + 'b'", "x.js").unwrap();
    assert_eq!(e.to_rust_string(g).unwrap(), "ab");
}

#[test]
fn interrupt_stops_a_runaway_loop() {
    big_stack(|| {
        let mut e = Engine::new(Config::default(), Box::new(Capture::default())).unwrap();
        let flag = e.interrupt_flag();
        let t = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(100));
            flag.store(true, std::sync::atomic::Ordering::Relaxed);
        });
        let r = e.eval("try { while (true) {} } catch (e) { 'caught' }", "spin.js");
        t.join().unwrap();
        assert_eq!(r, Err(Error::Interrupted));
        let v = e.eval("'still alive'", "after.js").unwrap();
        assert_eq!(e.to_rust_string(v).unwrap(), "still alive");
    });
}

#[test]
fn tiny_heap_limit_fails_creation_gracefully() {
    assert!(matches!(Engine::new(Config { heap_limit: 1024, ..Config::default() }, Box::new(Capture::default())), Err(Error::Init(_))));
}

/// A host that tells the engine where its stack is (as a board gives its region).
struct Bounded(Capture, std::ops::Range<usize>);

impl Host for Bounded {
    fn print(&mut self, line: &str) {
        self.0.print(line);
    }
    fn native_stack(&self) -> Option<std::ops::Range<usize>> {
        Some(self.1.clone())
    }
}

#[test]
fn native_reentry_depth_follows_the_stack_the_host_gives() {
    let src = "function f(n) { return n ? [n].map(function () { return f(n - 1) + 1 })[0] : 0 }\n\
               var d = 0; function g() { d++; [0].map(g) }\n\
               var r = [f(1000)]; try { g() } catch (e) { r.push(e.name) } r.push(d); r.join(',')";
    // Without bounds, the fallback count (`max_native_depth`) decides.
    let (r, _) = run_with(Config::default(), src);
    assert!(r.unwrap_err().to_string().contains("RangeError"), "f(1000) needs more than 400 levels");
    let depth = |stack: usize| {
        std::thread::Builder::new()
            .stack_size(stack)
            .spawn(move || {
                let marker = 0u8;
                let top = std::hint::black_box(&marker) as *const u8 as usize;
                // The region below this frame, less a page or two the thread library keeps.
                let host = Bounded(Capture::default(), top - stack + (64 << 10)..top);
                let mut e = Engine::new(Config::default(), Box::new(host)).expect("engine");
                let v = e.eval(src, "deep.js").expect("runs");
                e.to_rust_string(v).unwrap()
            })
            .unwrap()
            .join()
            .unwrap()
    };
    let levels = |s: String| -> (String, usize) {
        let parts: Vec<&str> = s.split(',').collect();
        (format!("{},{}", parts[0], parts[1]), parts[2].parse().unwrap())
    };
    let (small, n_small) = levels(depth(64 << 20));
    let (big, n_big) = levels(depth(256 << 20));
    assert_eq!((small.as_str(), big.as_str()), ("1000,RangeError", "1000,RangeError"));
    // Four times the stack: more levels (max_call_depth may stop both at 10,000).
    assert!(n_big > n_small || n_small >= 9_000, "{n_small} levels on 64 MB, {n_big} on 256 MB");
}
