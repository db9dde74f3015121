//! Hosting Tarsier in a small application: an order-rules evaluator.
//!
//! The rules are JavaScript (they could come from a config file); the
//! application gives them a host object (`inventory`, a Rust value the script
//! calls methods on), host callbacks that capture application state (`log`),
//! and orders converted from Rust structs; it reads decisions back as Rust
//! values, and reports a failing rule with its JS stack.
//!
//! `cargo run -p engine-std --example embed` (`tests/run-all` runs it; it checks
//! its own results and exits with an error if one is wrong).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use engine_core::{Args, Config, Context, Engine, JsError, JsValue};
use engine_std::host::StdHost;

const RULES: &str = r#"
var MAX_LINES = 3;
function decide(order) {
  if (order.lines.length > MAX_LINES) return { approved: false, reason: "too many lines" };
  for (var i = 0; i < order.lines.length; i++) {
    var line = order.lines[i];
    if (!inventory.reserve(line.sku, line.qty)) {
      log("order " + order.id + ": out of " + line.sku);
      return { approved: false, reason: "out of stock: " + line.sku };
    }
  }
  log("order " + order.id + " approved");
  return { approved: true, reason: null };
}
function audit(order) { return order.customer.name.toUpperCase(); } // customer may be missing
"#;

/// Stock per SKU, owned by the `inventory` object of the script.
struct Inventory {
    stock: BTreeMap<String, u32>,
}

impl Drop for Inventory {
    fn drop(&mut self) {
        println!("inventory released with stock {:?}", self.stock);
    }
}

struct Order {
    id: u32,
    lines: Vec<(&'static str, u32)>,
}

/// Makes the JS object for an order: `{ id, lines: [{ sku, qty }] }`.
fn order_to_js(cx: &mut Context, order: &Order) -> Result<JsValue, JsError> {
    let obj = cx.new_object()?;
    cx.set(&obj, "id", order.id)?;
    let lines = cx.new_array()?;
    for (i, (sku, qty)) in order.lines.iter().enumerate() {
        let line = cx.new_object()?;
        cx.set(&line, "sku", *sku)?;
        cx.set(&line, "qty", *qty)?;
        cx.set(&lines, i as u32, line)?;
    }
    cx.set(&obj, "lines", lines)?;
    Ok(obj)
}

/// `inventory.reserve(sku, qty)`: takes stock if there is enough.
fn reserve(cx: &mut Context, args: Args) -> Result<bool, JsError> {
    let sku: String = args.arg(cx, 0)?;
    let qty: u32 = args.arg(cx, 1)?;
    let inventory = cx.host_data::<Inventory>(&args.this)?;
    match inventory.stock.get_mut(&sku) {
        Some(have) if *have >= qty => {
            *have -= qty;
            Ok(true)
        }
        _ => Ok(false),
    }
}

fn run() -> Result<Vec<String>, JsError> {
    let mut engine = Engine::new(Config::default(), Box::new(StdHost::new()))?;

    // A host callback capturing application state.
    let messages = Rc::new(RefCell::new(Vec::new()));
    let sink = messages.clone();
    engine.global_function("log", 1, move |cx, args| {
        let text: String = args.arg(cx, 0)?;
        sink.borrow_mut().push(text);
        Ok(())
    })?;

    // A host object with a method.
    let stock = BTreeMap::from([(String::from("apple"), 5), (String::from("pear"), 1)]);
    let inventory = engine.new_host_object(Inventory { stock })?;
    let reserve = engine.new_function("reserve", 2, reserve)?;
    engine.set(&inventory, "reserve", reserve)?;
    engine.global_set("inventory", inventory)?;

    engine.evaluate::<()>(RULES, "rules.js")?;
    let decide: JsValue = engine.global_get("decide")?;

    let orders = [
        Order { id: 1, lines: vec![("apple", 2), ("pear", 1)] },
        Order { id: 2, lines: vec![("pear", 1)] },
        Order { id: 3, lines: vec![("apple", 1), ("apple", 1), ("apple", 1), ("apple", 1)] },
        Order { id: 4, lines: vec![("apple", 3)] },
    ];
    let mut decisions = Vec::new();
    for order in &orders {
        let js_order = order_to_js(&mut engine, order)?;
        let decision: JsValue = engine.call_function(&decide, (), (js_order,))?;
        let approved: bool = engine.get(&decision, "approved")?;
        let reason: Option<String> = engine.get(&decision, "reason")?;
        let line = format!("order {}: {}", order.id, if approved { String::from("approved") } else { reason.unwrap_or_default() });
        println!("{line}");
        decisions.push(line);
    }
    println!("log: {:?}", messages.borrow());
    assert_eq!(messages.borrow().len(), 3);

    // A rule that fails: the error carries its name, message and JS stack.
    let audit: JsValue = engine.global_get("audit")?;
    let order = order_to_js(&mut engine, &orders[0])?;
    match engine.call_function::<String>(&audit, (), (order,)) {
        Err(e) => {
            println!("audit failed: {e}");
            assert_eq!(e.name(), "TypeError");
            assert!(e.stack().contains("at audit (rules.js:15:"), "{}", e.stack());
        }
        Ok(name) => panic!("audit unexpectedly gave {name}"),
    }
    Ok(decisions)
    // Dropping the engine drops the inventory (its finalizer prints).
}

fn main() {
    match run() {
        Ok(decisions) => assert_eq!(
            decisions,
            ["order 1: approved", "order 2: out of stock: pear", "order 3: too many lines", "order 4: approved"]
        ),
        Err(e) => {
            eprintln!("embed example failed: {e}");
            std::process::exit(1);
        }
    }
}
