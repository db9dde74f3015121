//! Runs the test262 ES5 selection (see `tests::test262`) in process.
//!
//! ```text
//! test262 [options]
//!   --mode LIST        comma-separated JIT modes: off, sync, stress, background (bg),
//!                      gc-stress, check (default off)
//!   --filter S         only tests whose path (under test/) contains S (repeatable)
//!   --threads N        worker threads (default: available cores)
//!   --timeout SECS     per test and scenario (default 30)
//!   --heap-limit MB    per engine (default 256)
//!   --out DIR          where summary.txt and failures.txt go
//!                      (default $CARGO_TARGET_DIR/test262/results)
//!   --list             print the selection and the exclusion reasons, run nothing
//!   --list-excluded    print the excluded tests with their reason, run nothing
//!   --update-known     rewrite tests/test262/known-failures.txt from this run
//! ```
//!
//! The suite comes from `$TEST262_DIR`, or the archive (`$TEST262_ARCHIVE`, default
//! `../shared/test262/test262-be13516f.tar.gz`) unpacked under the target directory.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use tests::test262 as t262;

fn usage() -> ! {
    eprintln!("{}", include_str!("test262.rs").lines().skip_while(|l| !l.starts_with("//! ```text")).skip(1).take_while(|l| !l.starts_with("//! ```")).map(|l| l.trim_start_matches("//! ")).collect::<Vec<_>>().join("\n"));
    std::process::exit(3)
}

fn main() {
    let mut modes = vec!["off".to_string()];
    let mut filters: Vec<String> = Vec::new();
    let mut opts = t262::RunOptions { progress: 500, ..Default::default() };
    let mut out = t262::target_dir().join("test262").join("results");
    let mut list = false;
    let mut list_excluded = false;
    let mut update = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| usage());
        match a.as_str() {
            "--mode" | "--modes" => modes = val().split(',').map(String::from).collect(),
            "--filter" => filters.push(val()),
            "--threads" => opts.threads = val().parse().unwrap_or_else(|_| usage()),
            "--timeout" => opts.timeout = Duration::from_secs_f64(val().parse().unwrap_or_else(|_| usage())),
            "--heap-limit" => opts.heap_limit = val().parse::<usize>().unwrap_or_else(|_| usage()) << 20,
            "--out" => out = PathBuf::from(val()),
            "--list" => list = true,
            "--list-excluded" => list_excluded = true,
            "--update-known" => update = true,
            _ => usage(),
        }
    }
    let mode_list: Vec<tests::Mode> = modes
        .iter()
        .map(|m| {
            t262::mode_named(m).unwrap_or_else(|| {
                eprintln!("unknown mode {m}");
                usage()
            })
        })
        .collect();
    let root = t262::locate().unwrap_or_else(|e| {
        eprintln!("test262: {e}");
        std::process::exit(3)
    });
    let support = t262::Support::probe().unwrap_or_else(|e| {
        eprintln!("test262: probing the engine failed: {e}");
        std::process::exit(3)
    });
    let t0 = Instant::now();
    let keep = |p: &str| filters.is_empty() || filters.iter().any(|f| p.contains(f.as_str()));
    let sel = t262::select(&root, &support, &keep);
    eprintln!("test262: {} of {} test files selected ({:.1} s)", sel.tests.len(), sel.considered, t0.elapsed().as_secs_f64());
    if list_excluded {
        for (p, why) in &sel.excluded_tests {
            println!("{p}: {why}");
        }
        return;
    }
    if list {
        for t in &sel.tests {
            println!("{}", t.path);
        }
        let mut why: Vec<_> = sel.excluded.iter().collect();
        why.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (w, n) in why {
            eprintln!("{n:>7} {w}");
        }
        return;
    }
    let t0 = Instant::now();
    let results = t262::run_tests(&root, &sel.tests, &mode_list, &opts);
    let names: Vec<&str> = modes.iter().map(String::as_str).collect();
    let summary = t262::summary(&results, &names, Some(&sel));
    let failures = t262::failure_list(&results, &names);
    let _ = std::fs::create_dir_all(&out);
    let (sp, fp) = (out.join("summary.txt"), out.join("failures.txt"));
    if let Err(e) = std::fs::write(&sp, &summary).and_then(|_| std::fs::write(&fp, &failures)) {
        eprintln!("test262: writing {}: {e}", out.display());
    }
    // The head of the summary: totals and mode-dependent results.
    for l in summary.lines().take_while(|l| !l.starts_with("per directory")) {
        println!("{l}");
    }
    let known = t262::read_known_failures();
    let selected: std::collections::BTreeSet<&str> = sel.tests.iter().map(|t| t.path.as_str()).collect();
    let problems = t262::check(&results, &names, &known, &selected, &|p: &str| keep(p));
    println!("{} known failures listed; {} disagreements with the list", known.len(), problems.len());
    for p in problems.iter().take(50) {
        println!("  {p}");
    }
    println!("{:.0} s; summary in {}, failures in {}", t0.elapsed().as_secs_f64(), sp.display(), fp.display());
    if update {
        match t262::write_known_failures(&results) {
            Ok(n) => println!("wrote {} ({n} tests)", t262::known_failures_file().display()),
            Err(e) => eprintln!("test262: writing the known failures: {e}"),
        }
    }
    if !problems.is_empty() && !update {
        std::process::exit(1);
    }
}
