//! The expectations file: the tests of the selection known to fail, each with a
//! reason (`tests/test262/known-failures.txt`, one `path  # reason` per line, as
//! QuickJS's `test262_errors.txt`). Every other selected test must pass in every
//! mode, and a listed test that passes must be taken off the list.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::TestResult;

/// The checked-in file of known failures.
pub fn known_failures_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("test262").join("known-failures.txt")
}

/// Known failures: test path to reason (empty if the file is missing).
pub fn read_known_failures() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(known_failures_file()).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once('#') {
            Some((p, why)) => (p.trim().to_string(), why.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

/// What a run disagrees with the expectations about, one line each: a failure
/// that is not listed, a listed test that passes, results that differ between
/// modes (a JIT bug), and listed tests among `in_scope` paths that were not
/// selected at all (`selected`).
pub fn check(results: &[TestResult], mode_names: &[&str], known: &BTreeMap<String, String>, selected: &BTreeSet<&str>, in_scope: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut problems = Vec::new();
    for r in results {
        if r.mode_dependent() {
            problems.push(format!("{}: results differ between modes (a JIT bug): {}", r.path, describe(r, mode_names)));
        } else if !r.passed() && !known.contains_key(&r.path) {
            problems.push(format!("{}: NEW FAILURE: {}", r.path, describe(r, mode_names)));
        } else if r.passed() && known.contains_key(&r.path) {
            problems.push(format!("{}: passes now: take it off {}", r.path, known_failures_file().display()));
        }
    }
    for p in known.keys().filter(|p| in_scope(p) && !selected.contains(p.as_str())) {
        problems.push(format!("{p}: listed as a known failure but no longer selected"));
    }
    problems
}

/// The failing modes of a result and the first reason.
fn describe(r: &TestResult, mode_names: &[&str]) -> String {
    let failing: Vec<&str> = r.by_mode.iter().zip(mode_names).filter(|(w, _)| w.is_some()).map(|(_, m)| *m).collect();
    let why = r.by_mode.iter().flatten().next().map_or("", String::as_str);
    format!("[{}] {why}", failing.join(","))
}

/// Rewrites the file from a run: tests of `ran` that fail are listed (keeping
/// their reason, or the first failure message for new ones), passing ones are
/// removed, entries of tests that did not run stay. Returns the count listed.
pub fn write_known_failures(ran: &[TestResult]) -> std::io::Result<usize> {
    let mut known = read_known_failures();
    for r in ran {
        if r.passed() {
            known.remove(&r.path);
        } else if !known.contains_key(&r.path) {
            let why = r.by_mode.iter().flatten().next().cloned().unwrap_or_default();
            known.insert(r.path.clone(), format!("TODO: {}", why.lines().next().unwrap_or("")));
        }
    }
    let mut s = String::from(
        "# test262 tests (paths under test/) of the selection that are known to fail, with\n\
         # the reason. Every other selected test must pass in every JIT mode; the test262\n\
         # integration test fails on a new failure and on a listed test that passes.\n\
         # `cargo run --profile ci -p tests --bin test262 -- --mode off,stress --update-known`\n\
         # rewrites the list from a run (keeping the reasons written here).\n",
    );
    let width = known.keys().map(String::len).max().unwrap_or(0);
    for (p, why) in &known {
        s.push_str(&format!("{p:width$}  # {why}\n"));
    }
    std::fs::create_dir_all(known_failures_file().parent().unwrap_or(Path::new(".")))?;
    std::fs::write(known_failures_file(), s)?;
    Ok(known.len())
}
