//! A deterministic sample of test262 (`tests::test262`) in every JIT mode,
//! checked against the recorded list of tests expected to pass
//! (`tests/test262/expected-pass.txt`).
//!
//! The sample is every 2nd selected test (by path) of `language/expressions` and
//! `built-ins/Array`, in modes off, sync and stress. An expected-pass test that
//! fails in any mode, or that is no longer selected, fails this test; tests that
//! pass but are not in the list are reported so the list can be updated (the
//! `test262` binary's `--update-expected` rewrites it from a full run).
//!
//! - `TEST262_SAMPLE=N`: every Nth test instead (1: the whole two directories).
//! - `TEST262_FILTER=a,b`: path substrings instead of the two directories.
//! - Without the suite (`TEST262_ARCHIVE`/`TEST262_DIR`, see `tests::test262`) the test
//!   is skipped with a message, unless `TEST262_REQUIRED=1`.

use tests::test262 as t262;

#[test]
fn test262_sample() {
    let root = match t262::locate() {
        Ok(r) => r,
        Err(e) if std::env::var_os("TEST262_REQUIRED").is_none() => {
            eprintln!("test262: SKIPPED: {e}");
            return;
        }
        Err(e) => panic!("test262: {e}"),
    };
    let filters: Vec<String> = match std::env::var("TEST262_FILTER") {
        Ok(f) => f.split(',').filter(|s| !s.is_empty()).map(String::from).collect(),
        Err(_) => vec!["language/expressions/".into(), "built-ins/Array/".into()],
    };
    let every: usize = std::env::var("TEST262_SAMPLE").ok().and_then(|s| s.parse().ok()).unwrap_or(2).max(1);
    let keep = |p: &str| filters.iter().any(|f| p.starts_with(f.as_str()) || p.contains(f.as_str()));

    let support = t262::Support::probe().expect("probing the engine");
    let sel = t262::select(&root, &support, &keep);
    let sample: Vec<t262::Test> = sel.tests.iter().step_by(every).cloned().collect();
    let selected: std::collections::BTreeSet<&str> = sel.tests.iter().map(|t| t.path.as_str()).collect();
    let expected = t262::read_expected();

    let names = ["off", "sync", "stress"];
    let modes: Vec<tests::Mode> = names.iter().map(|m| t262::mode_named(m).expect("mode")).collect();
    let opts = t262::RunOptions { timeout: std::time::Duration::from_secs(20), ..Default::default() };
    let t0 = std::time::Instant::now();
    let results = t262::run_tests(&root, &sample, &modes, &opts);
    eprintln!(
        "test262: {} of {} selected tests ({} files considered) x {} modes in {:.1} s",
        sample.len(),
        sel.tests.len(),
        sel.considered,
        modes.len(),
        t0.elapsed().as_secs_f64()
    );
    for (k, name) in names.iter().enumerate() {
        let pass = results.iter().filter(|r| r.by_mode[k].is_none()).count();
        eprintln!("test262: {name:>6}: {pass} / {} pass", results.len());
    }

    let mut problems = Vec::new();
    for r in &results {
        if r.mode_dependent() {
            problems.push(format!("{}: results differ between modes (a JIT bug)", r.path));
        }
        if !r.passed() && expected.contains(&r.path) {
            for (k, why) in r.by_mode.iter().enumerate() {
                if let Some(why) = why {
                    problems.push(format!("{} [{}]: expected to pass: {why}", r.path, names[k]));
                }
            }
        }
    }
    // Expected passes in the sampled directories that the selection lost.
    for p in expected.iter().filter(|p| keep(p) && !selected.contains(p.as_str())) {
        problems.push(format!("{p}: expected to pass but no longer selected"));
    }
    let new: Vec<&str> = results.iter().filter(|r| r.passed() && !expected.contains(&r.path)).map(|r| r.path.as_str()).collect();
    if !new.is_empty() {
        eprintln!("test262: {} tests pass that tests/test262/expected-pass.txt lacks (update it with the test262 binary's --update-expected):", new.len());
        for p in &new {
            eprintln!("  NEW PASS {p}");
        }
    }
    assert!(sample.len() >= 200 || std::env::var_os("TEST262_FILTER").is_some(), "only {} tests sampled: is the selection broken?", sample.len());
    for p in &problems {
        eprintln!("FAIL {p}");
    }
    assert!(problems.is_empty(), "{} test262 problems", problems.len());
}
