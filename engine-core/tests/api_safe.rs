//! The safe embedding API: rooted values survive collections, host closures
//! keep state, host objects are finalized exactly once, errors carry the JS
//! stack, conversions round-trip, and bad input is an `Err`, never a panic.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use engine_core::{Config, Engine, JsError, JsValue, NullHost};

fn engine() -> Engine {
    Engine::new(Config::default(), Box::new(NullHost)).expect("engine")
}

/// Collects every few allocations: any value the API failed to root is freed
/// (and poisoned in debug builds) before the host reads it.
fn stress_engine() -> Engine {
    Engine::new(Config { gc_stress_interval: 3, ..Config::default() }, Box::new(NullHost)).expect("engine")
}

const GARBAGE: &str = "var junk = []; for (var i = 0; i < 2000; i++) junk.push({ i: i, s: 'g' + i }); junk = null;";

#[test]
fn values_survive_forced_collections() -> Result<(), JsError> {
    for mut e in [engine(), stress_engine()] {
        let obj = e.new_object()?;
        e.set(&obj, "name", String::from("kept") + "!")?;
        e.set(&obj, "list", vec![1, 2, 3])?;
        let s = e.new_string(&"text ".repeat(10))?;
        let made: JsValue = e.evaluate("({ deep: { x: 'y' + 1 } })", "made.js")?;
        let arr: JsValue = e.evaluate("[{ a: 1 }, 'two', [3]]", "arr.js")?;
        for _ in 0..3 {
            e.collect_garbage();
            e.evaluate::<()>(GARBAGE, "garbage.js")?;
        }
        assert_eq!(e.get::<String>(&obj, "name")?, "kept!");
        assert_eq!(e.get::<Vec<i32>>(&obj, "list")?, [1, 2, 3]);
        assert_eq!(e.from_js::<String>(&s)?, "text ".repeat(10));
        let deep: JsValue = e.get(&made, "deep")?;
        assert_eq!(e.get::<String>(&deep, "x")?, "y1");
        assert_eq!(e.get::<String>(&arr, 1)?, "two");
        let first: JsValue = e.get(&arr, 0)?;
        drop(arr);
        e.collect_garbage();
        assert_eq!(e.get::<i32>(&first, "a")?, 1);
    }
    Ok(())
}

#[test]
fn dropping_handles_releases_their_roots() -> Result<(), JsError> {
    let mut e = engine();
    let base = e.rooted_count();
    {
        let a = e.new_object()?;
        let b = a.clone();
        let _c: JsValue = e.evaluate("'str' + 1", "s.js")?;
        let _n = e.to_js(5)?; // a number needs no root
        assert_eq!(e.rooted_count(), base + 3);
        drop(b);
    }
    assert_eq!(e.rooted_count(), base);
    // Released objects are collectable: the heap does not grow with them.
    for _ in 0..5_000 {
        let o = e.new_object()?;
        e.set(&o, "payload", "x".repeat(100))?;
    }
    e.collect_garbage();
    assert!(e.heap_stats().live_bytes_after_gc < 1 << 20, "{:?}", e.heap_stats());
    Ok(())
}

#[test]
fn host_closures_capture_state() -> Result<(), JsError> {
    let mut e = stress_engine();
    let log = Rc::new(RefCell::new(Vec::<String>::new()));
    let sink = log.clone();
    e.global_function("record", 1, move |cx, args| {
        let line: String = args.arg(cx, 0)?;
        sink.borrow_mut().push(line);
        Ok(sink.borrow().len() as u32)
    })?;
    let mut total = 0.0;
    e.global_function("add", 1, move |cx, args| {
        total += args.arg::<f64>(cx, 0)?;
        Ok(total)
    })?;
    let n: u32 = e.evaluate("record('a'); record('b' + 1); add(2); add(3.5); record('c')", "state.js")?;
    assert_eq!(n, 3);
    assert_eq!(*log.borrow(), ["a", "b1", "c"]);
    assert_eq!(e.evaluate::<f64>("add(0)", "t.js")?, 5.5);

    // `this`, argument count and returned objects.
    e.global_function("describe", 0, |cx, args| {
        let out = cx.new_object()?;
        cx.set(&out, "argc", args.len() as u32)?;
        cx.set(&out, "self", args.this.clone())?;
        Ok(out)
    })?;
    let same: bool = e.evaluate("var o = { f: describe }; var r = o.f(1, 2, 3); r.argc === 3 && r.self === o", "this.js")?;
    assert!(same);
    Ok(())
}

#[test]
fn host_functions_call_back_into_script() -> Result<(), JsError> {
    let mut e = stress_engine();
    e.global_function("map2", 2, |cx, args| {
        let list: Vec<JsValue> = args.arg(cx, 0)?;
        let f = args.get(1);
        let mut out = Vec::new();
        for (i, item) in list.iter().enumerate() {
            out.push(cx.call_function::<JsValue>(&f, (), (item, i as u32))?);
        }
        Ok(out)
    })?;
    let s: String = e.evaluate("map2(['a', 'b'], function (x, i) { return x + i; }).join()", "cb.js")?;
    assert_eq!(s, "a0,b1");
    // A method call and a constructor from the host.
    let date: JsValue = e.evaluate("Date", "d.js")?;
    let d: JsValue = e.construct(&date, (0,))?;
    assert_eq!(e.call_method::<f64>(&d, "getTime", ())?, 0.0);
    // An exception thrown by the callback crosses the host function unchanged.
    let same: bool = e.evaluate(
        "var mine = { tag: 1 }; try { map2([1], function () { throw mine; }); false } catch (x) { x === mine }",
        "rethrow.js",
    )?;
    assert!(same);
    Ok(())
}

#[test]
fn reentering_a_running_closure_is_a_type_error() -> Result<(), JsError> {
    let mut e = engine();
    e.global_function("again", 1, |cx, args| {
        let f = args.get(0);
        cx.call_function::<JsValue>(&f, (), ())
    })?;
    let msg: String = e.evaluate("try { again(function () { again(function () {}); }); 'no error' } catch (x) { x.name + ': ' + x.message }", "re.js")?;
    assert_eq!(msg, "TypeError: host function called again while it is running");
    // Still usable afterwards.
    assert!(e.evaluate::<JsValue>("again(function () { return 1; })", "ok.js")? == JsValue::from(1));
    Ok(())
}

struct Tracked {
    drops: Rc<Cell<u32>>,
    value: u32,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.drops.set(self.drops.get() + 1);
    }
}

#[test]
fn host_objects_are_finalized_once_on_collection() -> Result<(), JsError> {
    let drops = Rc::new(Cell::new(0));
    let mut e = engine();
    let obj = e.new_host_object(Tracked { drops: drops.clone(), value: 7 })?;
    e.set(&obj, "label", "props work too")?;
    e.global_set("held", &obj)?;
    e.host_data::<Tracked>(&obj)?.value += 1;
    drop(obj);
    e.collect_garbage();
    assert_eq!(drops.get(), 0, "still reachable from a global");
    let again: JsValue = e.global_get("held")?;
    assert_eq!(e.host_data::<Tracked>(&again)?.value, 8);
    drop(again);
    e.evaluate::<()>("held = null", "unhold.js")?;
    e.collect_garbage();
    assert_eq!(drops.get(), 1);
    e.collect_garbage();
    assert_eq!(drops.get(), 1);
    drop(e);
    assert_eq!(drops.get(), 1);
    Ok(())
}

#[test]
fn host_objects_and_closures_are_finalized_once_on_engine_drop() -> Result<(), JsError> {
    let drops = Rc::new(Cell::new(0));
    let mut e = stress_engine();
    let kept = e.new_host_object(Tracked { drops: drops.clone(), value: 1 })?;
    let _unrooted = e.new_host_object(Tracked { drops: drops.clone(), value: 2 })?;
    let guard = Tracked { drops: drops.clone(), value: 3 };
    e.global_function("g", 0, move |_, _| {
        let owned = &guard; // the closure owns all of `guard`, not a copy of a field
        Ok(owned.value)
    })?;
    assert_eq!(e.evaluate::<u32>("g()", "g.js")?, 3);
    e.collect_garbage();
    assert_eq!(drops.get(), 0);
    drop(e);
    assert_eq!(drops.get(), 3);
    // The handle outlived its engine: reading its tag is fine, using it is not possible.
    assert!(kept.is_object());
    assert_eq!(format!("{kept:?}"), "JsValue(object)");
    let mut other = engine();
    assert!(matches!(other.host_data::<Tracked>(&kept), Err(JsError::Type(_))));
    assert!(matches!(other.set(&kept, "x", 1), Err(JsError::Type(_))));
    Ok(())
}

#[test]
fn errors_carry_name_message_and_stack() -> Result<(), JsError> {
    let mut e = engine();
    let src = "function inner() { null.x; }\nfunction outer() { inner(); }\nouter();";
    let err = e.evaluate::<()>(src, "trace.js").unwrap_err();
    let JsError::Exception(x) = &err else { panic!("{err:?}") };
    assert_eq!(x.name, "TypeError");
    assert!(x.message.contains("null"), "{}", x.message);
    let frames: Vec<&str> = x.stack.lines().collect();
    assert!(frames[0].starts_with("    at inner (trace.js:1:"), "{frames:?}");
    assert!(frames[1].starts_with("    at outer (trace.js:2:"), "{frames:?}");
    assert!(err.to_string().starts_with("TypeError: "));

    let err = e.evaluate::<()>("throw new RangeError('too far')", "r.js").unwrap_err();
    assert_eq!((err.name(), err.message()), ("RangeError", "too far"));
    let err = e.evaluate::<()>("throw 42", "n.js").unwrap_err();
    assert_eq!((err.name(), err.message(), err.stack()), ("", "42", ""));
    let err = e.evaluate::<()>("var = 1", "syntax.js").unwrap_err();
    assert!(matches!(err, JsError::Syntax { ref file, line: 1, .. } if file == "syntax.js"), "{err:?}");

    // A host function's error becomes a JS exception of that type.
    e.global_function("fail", 0, |_, _| -> Result<(), JsError> { Err(JsError::throw("RangeError", "host says no")) })?;
    let seen: String = e.evaluate("try { fail() } catch (x) { (x instanceof RangeError) + ' ' + x.message }", "f.js")?;
    assert_eq!(seen, "true host says no");
    let err = e.evaluate::<()>("function viaHost() { fail(); }\nviaHost()", "h.js").unwrap_err();
    assert_eq!(err.name(), "RangeError");
    assert!(err.stack().contains("at viaHost (h.js:1:"), "{}", err.stack());
    Ok(())
}

#[test]
fn conversions_round_trip() -> Result<(), JsError> {
    let mut e = stress_engine();
    macro_rules! round_trip {
        ($t:ty, $v:expr) => {{
            let v: $t = $v;
            let js = e.to_js(v.clone())?;
            e.global_set("tmp", &js)?;
            let back: $t = e.global_get("tmp")?;
            assert_eq!(back, v);
        }};
    }
    round_trip!(i32, -7);
    round_trip!(i32, i32::MIN);
    round_trip!(u32, u32::MAX);
    round_trip!(f64, 0.1);
    round_trip!(f64, f64::INFINITY);
    round_trip!(bool, true);
    round_trip!(String, String::from("héllo 🦀"));
    round_trip!(Option<String>, None);
    round_trip!(Option<String>, Some(String::from("x")));
    round_trip!(Vec<i32>, vec![1, -2, 3]);
    round_trip!(Vec<Vec<String>>, vec![vec![String::from("a")], vec![]]);
    round_trip!(Vec<Option<bool>>, vec![Some(true), None]);
    let unit = e.to_js(())?;
    assert!(unit.is_undefined());
    let s = e.to_js("borrowed")?;
    assert_eq!(e.from_js::<String>(&s)?, "borrowed");
    let n = e.evaluate::<f64>("NaN", "nan.js")?;
    assert!(n.is_nan());
    // Coercions are explicit.
    let obj: JsValue = e.evaluate("({ toString: function () { return 'custom'; }, valueOf: function () { return 4; } })", "c.js")?;
    assert_eq!(e.coerce_string(&obj)?, "custom");
    assert_eq!(e.coerce_number(&obj)?, 4.0);
    // Keys, has, delete.
    let o: JsValue = e.evaluate("({ b: 1, a: 2, 0: 'zero' })", "k.js")?;
    assert_eq!(e.keys(&o)?, ["0", "b", "a"]);
    assert!(e.has(&o, "a")? && e.delete(&o, "a")? && !e.has(&o, "a")?);
    assert_eq!(e.get::<Option<i32>>(&o, "a")?, None);
    let frozen: JsValue = e.evaluate("Object.freeze({ k: 1 })", "fz.js")?;
    assert!(!e.delete(&frozen, "k")?);
    assert!(matches!(e.set(&frozen, "k", 2), Err(JsError::Type(_))));
    Ok(())
}

#[test]
fn bad_input_is_an_error_not_a_panic() -> Result<(), JsError> {
    let mut e = engine();
    let type_error = |r: Result<(), JsError>| matches!(r, Err(JsError::Type(_)));
    assert!(type_error(e.evaluate::<i32>("1.5", "a.js").map(drop)));
    assert!(type_error(e.evaluate::<i32>("2147483648", "a.js").map(drop)));
    assert!(type_error(e.evaluate::<u32>("-1", "a.js").map(drop)));
    assert!(type_error(e.evaluate::<i32>("'7'", "a.js").map(drop)));
    assert!(type_error(e.evaluate::<String>("7", "a.js").map(drop)));
    assert!(type_error(e.evaluate::<bool>("null", "a.js").map(drop)));
    assert!(type_error(e.evaluate::<Vec<i32>>("({ length: 2 })", "a.js").map(drop)));
    let err = e.evaluate::<Vec<i32>>("[1, 'x']", "a.js").unwrap_err();
    assert_eq!(err, JsError::Type(String::from("element 1: expected a 32-bit integer, got string")));
    let num = e.to_js(3)?;
    assert!(type_error(e.get::<JsValue>(&num, "x").map(drop)));
    assert!(type_error(e.host_data::<u8>(&num).map(drop)));
    let plain = e.new_object()?;
    assert!(type_error(e.host_data::<u8>(&plain).map(drop)));
    let err = e.call_function::<JsValue>(&plain, (), ()).unwrap_err();
    assert_eq!(err.name(), "TypeError");
    // A host function given the wrong arguments throws a catchable TypeError.
    e.global_function("needsInt", 1, |cx, args| args.arg::<i32>(cx, 0))?;
    let msg: String = e.evaluate("try { needsInt('x') } catch (x) { x.name + ': ' + x.message }", "a.js")?;
    assert_eq!(msg, "TypeError: argument 1: expected a 32-bit integer, got string");
    // A value of another engine is refused.
    let mut other = engine();
    let foreign = other.new_object()?;
    assert!(type_error(e.set(&foreign, "x", 1)));
    assert!(type_error(e.global_set("x", &foreign)));
    // The engine still works.
    assert_eq!(e.evaluate::<i32>("1 + 1", "ok.js")?, 2);
    Ok(())
}

#[test]
fn the_interrupt_flag_stops_a_host_driven_script() -> Result<(), JsError> {
    let mut e = engine();
    let flag = e.interrupt_flag();
    e.global_function("stop", 0, move |_, _| {
        flag.store(true, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    })?;
    let r = e.evaluate::<()>("stop(); while (true) {}", "spin.js");
    assert_eq!(r, Err(JsError::Interrupted));
    Ok(())
}

#[test]
fn a_thrown_value_is_not_kept_alive_by_the_api() -> Result<(), JsError> {
    let drops = Rc::new(Cell::new(0));
    let mut e = engine();
    let obj = e.new_host_object(Tracked { drops: drops.clone(), value: 0 })?;
    e.global_set("boom", obj)?;
    let err = e.evaluate::<()>("var b = boom; boom = null; throw b", "throw.js").unwrap_err();
    assert_eq!(err.message(), "[object Object]");
    e.evaluate::<()>("b = null", "clear.js")?;
    e.collect_garbage();
    assert_eq!(drops.get(), 1);
    Ok(())
}
