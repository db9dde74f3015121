//! The test262 ES5 selection (`tests::test262`) in JIT modes off and stress,
//! checked against the known failures (`tests/test262/known-failures.txt`): a
//! selected test that fails and is not listed fails this test, and so does a
//! listed test that passes, or a result that differs between modes.
//!
//! - `TEST262_MODES=off,sync,stress`: other modes.
//! - `TEST262_FILTER=a,b`: only paths containing one of these.
//! - Without the suite (`TEST262_ARCHIVE`/`TEST262_DIR`, see `tests::test262`) the test
//!   is skipped with a message, unless `TEST262_REQUIRED=1`.

use tests::test262 as t262;

#[test]
fn test262_es5_selection() {
    let root = match t262::locate() {
        Ok(r) => r,
        Err(e) if std::env::var_os("TEST262_REQUIRED").is_none() => {
            eprintln!("test262: SKIPPED: {e}");
            return;
        }
        Err(e) => panic!("test262: {e}"),
    };
    let filters: Vec<String> = std::env::var("TEST262_FILTER").map(|f| f.split(',').filter(|s| !s.is_empty()).map(String::from).collect()).unwrap_or_default();
    let keep = |p: &str| filters.is_empty() || filters.iter().any(|f| p.contains(f.as_str()));
    let names: Vec<String> = std::env::var("TEST262_MODES").unwrap_or_else(|_| String::from("off,stress")).split(',').map(String::from).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let modes: Vec<tests::Mode> = names.iter().map(|m| t262::mode_named(m).unwrap_or_else(|| panic!("unknown mode {m}"))).collect();

    let support = t262::Support::probe().expect("probing the engine");
    let sel = t262::select(&root, &support, &keep);
    assert!(sel.tests.len() >= 10_000 || !filters.is_empty(), "only {} tests selected: is the selection broken?", sel.tests.len());
    let opts = t262::RunOptions { timeout: std::time::Duration::from_secs(30), ..Default::default() };
    let t0 = std::time::Instant::now();
    let results = t262::run_tests(&root, &sel.tests, &modes, &opts);
    eprintln!("test262: {} selected tests ({} files considered) x {} modes in {:.1} s", sel.tests.len(), sel.considered, modes.len(), t0.elapsed().as_secs_f64());
    for (k, name) in names.iter().enumerate() {
        let pass = results.iter().filter(|r| r.by_mode[k].is_none()).count();
        eprintln!("test262: {name:>6}: {pass} / {} pass ({:.2}%)", results.len(), 100.0 * pass as f64 / results.len().max(1) as f64);
    }
    let known = t262::read_known_failures();
    let selected: std::collections::BTreeSet<&str> = sel.tests.iter().map(|t| t.path.as_str()).collect();
    let problems = t262::check(&results, &names, &known, &selected, &keep);
    for p in &problems {
        eprintln!("FAIL {p}");
    }
    assert!(problems.is_empty(), "{} disagreements with {}", problems.len(), t262::known_failures_file().display());
}
