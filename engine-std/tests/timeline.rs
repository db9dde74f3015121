//! `--jit-diag=timeline` (and `TMFLAGS=timeline`): the shell writes an SVG
//! picture of what the JIT did. A known program (a loop with an inner loop, a
//! loop calling a native the recorder does not trace, which aborts and is
//! blacklisted, and a loop whose rare path aborts its branch and then thrashes)
//! runs in sync and background mode; the picture must be well-formed XML with
//! the script-thread bands, compiler-thread bands in background mode, a row per
//! hot loop labelled with its location, and the abort and blacklist markers.
//! Nothing here depends on how long anything took.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const TARSIER: &str = env!("CARGO_BIN_EXE_tarsier");

/// The program; the loop headers' locations are below.
const PROGRAM: &str = "\
// A hot loop with an inner loop.
function nested(n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < 100; j++) s = (s + i * j) | 0;
  }
  return s;
}
// Calls a native the recorder does not trace: aborts, then blacklisted.
function opaque(n) {
  var o = { a: 1, b: 2 }, k = 0;
  for (var i = 0; i < n; i++) k += Object.keys(o).length;
  return k;
}
// Traced, but a rare path calls the untraced native: its branch aborts.
function rare(n) {
  var o = { a: 1 }, k = 0;
  for (var i = 0; i < n; i++) {
    if (i % 64 == 63) k += Object.keys(o).length; else k = (k + i) | 0;
  }
  return k;
}
// Long enough for a background compiler to be done well before the end.
print(nested(100000));
print(opaque(5000));
print(rare(20000));
print(nested(2000));
";

const FILE: &str = "timeline-prog.js";
const OUTER: &str = "timeline-prog.js:4:3";
const INNER: &str = "timeline-prog.js:5:5";
const OPAQUE: &str = "timeline-prog.js:12:3";
const RARE: &str = "timeline-prog.js:18:3";

/// A scratch directory holding the program.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let d = std::env::temp_dir().join(format!("tarsier-timeline-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).expect("scratch dir");
        std::fs::write(d.join(FILE), PROGRAM).expect("program");
        Dir(d)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    pid: u32,
}

/// Runs the shell in `dir` on the program with `args` (and `TMFLAGS` if given).
fn run(dir: &Path, args: &[&str], tmflags: Option<&str>) -> Run {
    let mut c = Command::new(TARSIER);
    c.current_dir(dir).args(args).arg(FILE).env_remove("TMFLAGS").env("TZ", "UTC");
    if let Some(f) = tmflags {
        c.env("TMFLAGS", f);
    }
    c.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let child = c.spawn().expect("start tarsier");
    let pid = child.id();
    let out = child.wait_with_output().expect("wait");
    Run { code: out.status.code(), stdout: String::from_utf8_lossy(&out.stdout).into_owned(), stderr: String::from_utf8_lossy(&out.stderr).into_owned(), pid }
}

/// The path the shell says it wrote.
fn written(r: &Run) -> String {
    let line = r.stderr.lines().find_map(|l| l.strip_prefix("jit timeline: wrote ")).unwrap_or_else(|| panic!("no path on stderr:\n{}", r.stderr));
    line.to_string()
}

fn has_class(n: &roxmltree::Node, class: &str) -> bool {
    n.attribute("class").is_some_and(|c| c.split(' ').any(|w| w == class))
}

fn title(n: &roxmltree::Node) -> String {
    n.children().find(|c| c.has_tag_name("title")).and_then(|t| t.text()).unwrap_or("").to_string()
}

/// Checks the picture. `sync`: compiled code is there as soon as a recording
/// ends, so the rare path's branch is sure to be recorded (in background mode
/// the loop may end before its trunk is compiled).
fn check_picture(text: &str, mode: &str, sync: bool) {
    let doc = roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("{mode}: the SVG is not well-formed XML: {e}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg", "{mode}");
    assert_eq!(root.tag_name().namespace(), Some("http://www.w3.org/2000/svg"), "{mode}");
    let by_id = |id: &str| doc.descendants().find(|n| n.attribute("id") == Some(id));
    // The script thread's bands, each with its label.
    for band in ["band-interpret", "band-record", "band-compile", "band-native"] {
        let b = by_id(band).unwrap_or_else(|| panic!("{mode}: no {band}"));
        assert!(has_class(&b, "band"), "{mode}: {band}");
        assert!(b.descendants().any(|n| n.has_tag_name("text")), "{mode}: {band} has a label");
    }
    assert!(by_id("band-interpret").is_some_and(|b| b.descendants().any(|n| has_class(&n, "span"))), "{mode}: interpreted time is drawn");
    assert!(by_id("band-native").is_some_and(|b| b.descendants().any(|n| has_class(&n, "span"))), "{mode}: native time is drawn");
    // A labelled time scale.
    let ticks = doc.descendants().filter(|n| has_class(n, "tick")).count();
    assert!(ticks >= 2, "{mode}: {ticks} tick labels");
    assert!(by_id("legend").is_some(), "{mode}: a legend");
    // A row per hot loop, labelled with its location.
    let rows: Vec<roxmltree::Node> = doc.descendants().filter(|n| has_class(n, "tree")).collect();
    let row = |loc: &str| *rows.iter().find(|r| r.attribute("data-location") == Some(loc)).unwrap_or_else(|| panic!("{mode}: no row for {loc}"));
    for loc in [OUTER, INNER, OPAQUE, RARE] {
        let r = row(loc);
        assert!(r.attribute("id").is_some_and(|id| id.starts_with("tree-")), "{mode}: {loc}");
        let label = r.descendants().find(|n| has_class(n, "location")).expect("label");
        assert!(label.text().is_some_and(|t| t.contains(loc)), "{mode}: {loc} label");
        assert!(r.descendants().any(|n| has_class(&n, "record")), "{mode}: {loc} was recorded");
    }
    // The outer loop was compiled, installed and ran native code.
    let outer = row(OUTER);
    for class in ["job", "publish", "install", "native"] {
        assert!(outer.descendants().any(|n| has_class(&n, class)), "{mode}: the outer loop's row has a {class}");
    }
    // Aborts and blacklisting, with their reasons as tooltips.
    let markers = |loc: &str, kind: &str| -> Vec<String> { row(loc).descendants().filter(|n| has_class(n, "marker") && has_class(n, kind)).map(|n| title(&n)).collect() };
    let aborts = markers(OPAQUE, "abort");
    assert!(aborts.iter().any(|t| t.contains("unsupported native function")), "{mode}: {aborts:?}");
    let black = markers(OPAQUE, "blacklist");
    assert!(black.iter().any(|t| t.contains("blacklisted after 3 aborts")), "{mode}: {black:?}");
    if sync {
        let branch = markers(RARE, "abort");
        assert!(branch.iter().any(|t| t.contains("branch of tree #0")), "{mode}: {branch:?}");
        let thrash = markers(RARE, "blacklist");
        assert!(thrash.iter().any(|t| t.contains("thrashes")), "{mode}: {thrash:?}");
    }
    assert!(markers(OUTER, "abort").is_empty(), "{mode}: the outer loop did not abort");
    // Every marker explains itself.
    for m in doc.descendants().filter(|n| has_class(n, "marker")) {
        assert!(!title(&m).is_empty(), "{mode}: a marker without a tooltip");
    }
}

fn compiler_bands(text: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(text).expect("XML");
    doc.descendants().filter_map(|n| n.attribute("id")).filter(|id| id.starts_with("band-compiler-")).map(String::from).collect()
}

#[test]
fn sync_mode_picture() {
    let dir = Dir::new("sync");
    let plain = run(&dir.0, &["--jit=off"], None);
    assert_eq!(plain.code, Some(0), "{}", plain.stderr);
    let r = run(&dir.0, &["--jit=sync", "--jit-diag=timeline=out.svg"], None);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout, plain.stdout, "the timeline changes nothing the script sees");
    assert_eq!(written(&r), "out.svg");
    let text = std::fs::read_to_string(dir.0.join("out.svg")).expect("the picture");
    check_picture(&text, "sync", true);
    assert!(compiler_bands(&text).is_empty(), "sync mode compiles on the script thread");
    // Compile jobs in the rows ran on the script thread.
    assert!(text.contains("compiled on the script thread"), "jobs attributed to the script thread");
}

#[test]
fn background_mode_picture_through_tmflags() {
    let dir = Dir::new("background");
    let plain = run(&dir.0, &["--jit=off"], None);
    let r = run(&dir.0, &["--jit=background", "--jit-workers=2"], Some("timeline"));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout, plain.stdout);
    // The default name, in the current directory.
    let name = format!("tarsier-timeline-{}.svg", r.pid);
    assert_eq!(written(&r), name);
    let text = std::fs::read_to_string(dir.0.join(&name)).expect("the picture");
    check_picture(&text, "background", false);
    let bands = compiler_bands(&text);
    assert!(!bands.is_empty(), "a band per compiler thread that compiled");
    assert!(text.contains("compiled on compiler thread"), "jobs attributed to a compiler thread");
}

#[test]
fn timeline_files_and_words() {
    let dir = Dir::new("files");
    // A file that cannot be written is an I/O error (the script still ran).
    let r = run(&dir.0, &["--jit=sync", "--jit-diag=timeline=no-such-dir/t.svg"], None);
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert!(r.stderr.contains("cannot write the JIT timeline to no-such-dir/t.svg"), "{}", r.stderr);
    assert!(!r.stdout.is_empty());
    // Strict words: a value on another word, or an empty file name.
    for bad in ["--jit-diag=stats=x", "--jit-diag=timeline=", "--jit-diag=timelines"] {
        let r = run(&dir.0, &[bad], None);
        assert_eq!(r.code, Some(3), "{bad}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{bad}");
    }
    // Without the flag, no picture.
    let r = run(&dir.0, &["--jit=sync", "--jit-diag=stats"], None);
    assert_eq!(r.code, Some(0));
    assert!(!r.stderr.contains("jit timeline"), "{}", r.stderr);
    let svgs = std::fs::read_dir(&dir.0).expect("dir").filter(|e| e.as_ref().is_ok_and(|e| e.path().extension().is_some_and(|x| x == "svg"))).count();
    assert_eq!(svgs, 0);
}
