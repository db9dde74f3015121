//! Differential JIT fuzzing: generated programs (`tests::fuzz`) must print the same in
//! the interpreter, with the JIT (synchronous and background compilation), and in JIT
//! stress mode.
//!
//! `TARSIER_FUZZ_SEEDS=N` changes the number of seeds (default 200) and
//! `TARSIER_FUZZ_START=S` the first one. Many more seeds, against the `tarsier` shell:
//! `cargo run --profile ci -p tests --bin jit-fuzz -- --seeds 10000` (see its docs).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[test]
fn generated_programs_print_the_same_in_every_jit_mode() {
    let start = env_u64("TARSIER_FUZZ_START", 0);
    let count = env_u64("TARSIER_FUZZ_SEEDS", 200);
    let mut modes: Vec<tests::Mode> = tests::modes().into_iter().filter(|m| matches!(m.name, "jit=off" | "jit=sync" | "jit=background" | "jit-stress")).collect();
    assert_eq!(modes.len(), 4, "the runner's modes changed");
    // And the JIT checking itself (exits against their type maps, recordings
    // against the interpreter).
    modes.push(tests::check_mode());
    let next = Arc::new(AtomicU64::new(start));
    let failures = Arc::new(Mutex::new(Vec::<(u64, String)>::new()));
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(4);
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let (next, failures, modes) = (next.clone(), failures.clone(), modes.clone());
            std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn(move || {
                    loop {
                        let seed = next.fetch_add(1, Ordering::Relaxed);
                        if seed >= start + count {
                            break;
                        }
                        let src = tests::fuzz::generate(seed);
                        let file = format!("fuzz-{seed}.js");
                        let mut reference: Option<String> = None;
                        for m in &modes {
                            let (s, f, c) = (src.clone(), file.clone(), m.clone());
                            let got = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || tests::run_program(&s, &f, &c))).unwrap_or_else(|_| "<panic>\n".to_string());
                            match &reference {
                                None => {
                                    if got.contains("Uncaught") || got.contains("<panic>") {
                                        let msg = format!("[{}] generated program fails: {}", m.name, got.lines().last().unwrap_or(""));
                                        failures.lock().expect("lock").push((seed, msg));
                                    }
                                    reference = Some(got);
                                }
                                Some(r) if *r != got => {
                                    let msg = format!("[{}] differs from [jit=off]: {}", m.name, tests::first_difference(r, &got));
                                    failures.lock().expect("lock").push((seed, msg));
                                }
                                Some(_) => {}
                            }
                        }
                    }
                })
                .expect("spawn")
        })
        .collect();
    for h in handles {
        h.join().expect("fuzz worker");
    }
    let mut failures = std::mem::take(&mut *failures.lock().expect("lock"));
    failures.sort();
    for (seed, msg) in &failures {
        eprintln!("FAIL seed {seed}: {msg}");
    }
    if let Some((seed, _)) = failures.first() {
        eprintln!("--- program for seed {seed} (also: jit-fuzz --print {seed}) ---\n{}", tests::fuzz::generate(*seed));
    }
    eprintln!("{count} seeds from {start}, {} failures", failures.len());
    assert!(failures.is_empty(), "{} of {count} generated programs differ between JIT modes (seeds {:?})", failures.len(), failures.iter().map(|f| f.0).collect::<Vec<_>>());
}
