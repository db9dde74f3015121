//! Parse throughput on ~1 MB of generated code (prints MB/s; no timing
//! assertion). Run with `cargo test --release --test js speed -- --nocapture`.
use crate::robustness::SAMPLE;
use engine_core::parser::*;
use std::time::Instant;

fn generated(target: usize) -> String {
    let mut s = String::with_capacity(target + SAMPLE.len());
    let mut i = 0;
    while s.len() < target {
        s.push_str(&format!("(function module{}() {{\n", i));
        s.push_str(SAMPLE);
        s.push_str("\n})();\n");
        i += 1;
    }
    s
}

fn measure(name: &str, src: &str) -> f64 {
    // Warm up once, then take the best of a few runs.
    let p =
        parse_script(src, &ParseOptions::default()).unwrap_or_else(|e| panic!("{}: {}", name, e));
    drop(p);
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let p = parse_script(src, &ParseOptions::default()).expect("parses");
        let dt = t.elapsed().as_secs_f64();
        drop(p);
        best = best.min(dt);
    }
    let mbs = src.len() as f64 / 1e6 / best;
    println!(
        "{:<28} {:>8.1} KB  {:>8.2} ms  {:>7.1} MB/s",
        name,
        src.len() as f64 / 1e3,
        best * 1e3,
        mbs
    );
    mbs
}

#[test]
fn parse_speed() {
    let small = generated(128 * 1024);
    let big = generated(1024 * 1024);
    let a = measure("generated code 128 KB", &small);
    let b = measure("generated code 1 MB", &big);
    println!(
        "throughput ratio 1MB/128KB: {:.2} (about 1.0 when linear)",
        b / a
    );

    let elems: Vec<String> = (0..150_000).map(|i| i.to_string()).collect();
    measure(
        "one-line array literal",
        &format!("x = [{}];", elems.join(",")),
    );
    measure(
        "one long string literal",
        &format!("x = '{}';", "abc\\n\\u00e9".repeat(100_000)),
    );
    measure("one-line statements", &"a=1;b=a+2;".repeat(100_000));
    measure(
        "non-ASCII identifiers",
        &"var \u{e9}t\u{e9} = '\u{1F600}';\n".repeat(40_000),
    );
    let nested_blocks = format!("{}{}", "{".repeat(1000), "}".repeat(1000)).repeat(200);
    measure("nested blocks (depth 1000)", &nested_blocks);
    let decls: String = (0..60_000)
        .map(|i| format!("var v{i}; let l{i};"))
        .collect();
    measure(
        "declarations at depth 1000",
        &format!("{}{}{}", "{".repeat(1000), decls, "}".repeat(1000)),
    );
}
