//! Differential JIT fuzzing: generated programs (`tests::fuzz`) must print the same in
//! the interpreter, with the JIT (synchronous and background compilation), in JIT
//! stress mode, and with the JIT checking itself (`jit-check`).
//!
//! - `TARSIER_FUZZ_SEEDS=N` changes the number of seeds (default 200 from 0, the
//!   first generator, plus 200 from 10,000,000, the second) and
//!   `TARSIER_FUZZ_START=S` the first one (then only that range runs).
//! - `TARSIER_FUZZ_CAMPAIGN=1` adds the campaign modes (background compilation at
//!   the stress thresholds, and stress with frequent collections);
//!   `TARSIER_FUZZ_NOCHECK=1` leaves out the checking mode (faster campaigns).
//! - `TARSIER_FUZZ_REPORT=FILE` writes the distribution of JIT features the
//!   programs exercised (from the stress mode's statistics), so what the fuzzer
//!   does not reach is visible; `--nocapture` prints it too.
//!
//! Many more seeds, against the `tarsier` shell, with a reducer:
//! `cargo run --profile ci -p tests --bin jit-fuzz -- --seeds 10000` (see its docs).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

/// Seeds to run: `(start, count)` ranges.
fn seed_ranges() -> Vec<(u64, u64)> {
    let count = env_u64("TARSIER_FUZZ_SEEDS").unwrap_or(200);
    match env_u64("TARSIER_FUZZ_START") {
        Some(start) => vec![(start, count)],
        None => vec![(0, count), (tests::fuzz::V2_SEEDS, count)],
    }
}

/// Failures and the feature distribution of one run over seeds.
#[derive(Default)]
struct Outcome {
    failures: Vec<(u64, String)>,
    features: BTreeMap<String, u64>,
    seeds: u64,
}

/// Runs one seed in every mode; the first mode is the reference.
fn run_seed(seed: u64, modes: &[tests::Mode], out: &Mutex<Outcome>) {
    let src = tests::fuzz::generate(seed);
    let file = format!("fuzz-{seed}.js");
    let mut reference: Option<String> = None;
    let mut features = Vec::new();
    let mut failures = Vec::new();
    for m in modes {
        let (s, f, c) = (src.clone(), file.clone(), m.clone());
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || tests::run_program_stats(&s, &f, &c)));
        let (got, stats) = run.unwrap_or_else(|_| ("<panic>\n".to_string(), Default::default()));
        if m.name == "jit-stress" {
            features = tests::jit_features(&stats);
        }
        match &reference {
            None => {
                if got.contains("Uncaught") || got.contains("<panic>") {
                    failures.push((seed, format!("[{}] generated program fails: {}", m.name, got.lines().last().unwrap_or(""))));
                }
                reference = Some(got);
            }
            Some(r) if *r != got => failures.push((seed, format!("[{}] differs from [jit=off]: {}", m.name, tests::first_difference(r, &got)))),
            Some(_) => {}
        }
    }
    let mut o = out.lock().expect("lock");
    o.seeds += 1;
    o.failures.extend(failures);
    for f in features {
        *o.features.entry(f).or_default() += 1;
    }
}

/// The feature distribution as text, most common first.
fn report(o: &Outcome) -> String {
    let mut rows: Vec<(&String, &u64)> = o.features.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let mut s = format!("JIT features exercised by {} generated programs (jit-stress mode; programs per feature):\n", o.seeds);
    for (name, n) in rows {
        s.push_str(&format!("  {:6.1}%  {n:7}  {name}\n", 100.0 * *n as f64 / o.seeds.max(1) as f64));
    }
    s
}

#[test]
fn generated_programs_print_the_same_in_every_jit_mode() {
    let mut modes: Vec<tests::Mode> = tests::modes().into_iter().filter(|m| matches!(m.name, "jit=off" | "jit=sync" | "jit=background" | "jit-stress")).collect();
    assert_eq!(modes.len(), 4, "the runner's modes changed");
    if std::env::var("TARSIER_FUZZ_NOCHECK").is_err() {
        modes.push(tests::check_mode());
    }
    if std::env::var("TARSIER_FUZZ_CAMPAIGN").is_ok_and(|v| v == "1") {
        modes.extend(tests::campaign_modes());
    }
    let out = Arc::new(Mutex::new(Outcome::default()));
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(4);
    for (start, count) in seed_ranges() {
        let next = Arc::new(AtomicU64::new(start));
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                let (next, out, modes) = (next.clone(), out.clone(), modes.clone());
                std::thread::Builder::new()
                    .stack_size(256 << 20)
                    .spawn(move || loop {
                        let seed = next.fetch_add(1, Ordering::Relaxed);
                        if seed >= start + count {
                            break;
                        }
                        run_seed(seed, &modes, &out);
                    })
                    .expect("spawn")
            })
            .collect();
        for h in handles {
            h.join().expect("fuzz worker");
        }
    }
    let o = std::mem::take(&mut *out.lock().expect("lock"));
    let text = report(&o);
    eprint!("{text}");
    if let Ok(path) = std::env::var("TARSIER_FUZZ_REPORT") {
        let _ = std::fs::write(path, &text);
    }
    let mut failures = o.failures;
    failures.sort();
    for (seed, msg) in &failures {
        eprintln!("FAIL seed {seed}: {msg}");
    }
    if let Some((seed, _)) = failures.first() {
        eprintln!("--- program for seed {seed} (also: jit-fuzz --print {seed}) ---\n{}", tests::fuzz::generate(*seed));
    }
    eprintln!("{} seeds, {} failures", o.seeds, failures.len());
    assert!(failures.is_empty(), "{} of {} generated programs differ between JIT modes (seeds {:?})", failures.len(), o.seeds, failures.iter().map(|f| f.0).collect::<Vec<_>>());
}
