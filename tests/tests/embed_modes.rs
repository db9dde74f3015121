//! The safe embedding API in every engine mode: host closures, host objects and
//! callbacks called from hot (traced) loops give the same results with the JIT
//! off, on, in its stress thresholds and under GC stress.

use engine_core::{Engine, JsError, JsValue};
use engine_std::host::StdHost;
use tests::{campaign_modes, modes, Mode};

struct Tally {
    sum: f64,
}

const PROGRAM: &str = "
var out = [];
for (var i = 0; i < 300; i++) {
  var n = bump(i);                        // a host closure with state
  tally.add(n % 7);                       // a host object's method
  if (i % 50 === 0) out.push(n + ':' + tally.total());
}
var squares = each([1, 2, 3, 4], function (x) { return { sq: x * x, s: 's' + x }; });
out.push(squares.map(function (o) { return o.sq + o.s; }).join(','));
out.join(' ')";

fn run(mode: &Mode) -> Result<(String, f64), JsError> {
    let mut e = Engine::new(mode.config.clone(), Box::new(StdHost::with_compiler(mode.compiler.clone())))?;
    let mut count = 0u32;
    e.global_function("bump", 1, move |cx, args| {
        count += args.arg::<u32>(cx, 0)? + 1;
        Ok(count)
    })?;
    let tally = e.new_host_object(Tally { sum: 0.0 })?;
    let add = e.new_function("add", 1, |cx, args| {
        let n: f64 = args.arg(cx, 0)?;
        cx.host_data::<Tally>(&args.this)?.sum += n;
        Ok(())
    })?;
    let total = e.new_function("total", 0, |cx, args| Ok(cx.host_data::<Tally>(&args.this)?.sum))?;
    e.set(&tally, "add", add)?;
    e.set(&tally, "total", total)?;
    e.global_set("tally", &tally)?;
    e.global_function("each", 2, |cx, args| {
        let items: Vec<JsValue> = args.arg(cx, 0)?;
        let f = args.get(1);
        let mut out = Vec::new();
        for item in &items {
            for _ in 0..50 {
                // Garbage between the calls: the results must stay rooted.
                cx.new_object()?;
            }
            out.push(cx.call_function::<JsValue>(&f, (), (item,))?);
        }
        Ok(out)
    })?;
    let text: String = e.evaluate(PROGRAM, "embed_modes.js")?;
    let sum = e.host_data::<Tally>(&tally)?.sum;
    Ok((text, sum))
}

#[test]
fn host_functions_agree_in_every_mode() {
    let mut all = modes();
    all.extend(campaign_modes());
    let reference = run(&all[0]).expect("interpreter run");
    assert!(reference.0.ends_with("1s1,4s2,9s3,16s4"), "{}", reference.0);
    for mode in &all[1..] {
        assert_eq!(run(mode).expect(mode.name), reference, "mode {}", mode.name);
    }
}
