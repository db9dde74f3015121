//! Runs the whole JS corpus (`tests/js`) in every engine mode.
//!
//! `TARSIER_TEST_FILTER=substring` limits the run to paths (relative to `tests/js`)
//! containing the substring.

use std::path::Path;

#[test]
fn js_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("js");
    let mut programs = tests::find_programs(&root);
    if let Ok(f) = std::env::var("TARSIER_TEST_FILTER") {
        programs.retain(|p| p.strip_prefix(&root).unwrap_or(p).to_string_lossy().contains(&f));
    }
    assert!(!programs.is_empty(), "no programs found under {}", root.display());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut modes = tests::modes();
    // The checking mode on every program (it costs little at these sizes).
    modes.push(tests::check_mode());
    let failures = tests::run_corpus(&programs, &modes, threads);
    for f in &failures {
        eprintln!("FAIL [{}] {}: {}", f.mode, f.path.strip_prefix(&root).unwrap_or(&f.path).display(), f.detail);
    }
    eprintln!("{} programs x {} modes, {} failures", programs.len(), modes.len(), failures.len());
    assert!(failures.is_empty(), "{} corpus failures", failures.len());
}
