//! The test262 runner: finds (and unpacks) the suite, selects the ES5.1 scope,
//! runs tests in-process in fresh engines, and reports.
//!
//! - **Suite.** `$TEST262_DIR` (an unpacked checkout with `harness/` and `test/`),
//!   else the archive `$TEST262_ARCHIVE` (default `../shared/test262/test262-be13516f.tar.gz`
//!   beside the workspace), unpacked with the `tar` command into
//!   `$CARGO_TARGET_DIR/test262/<archive name>/` (default `target/`) on first use.
//! - **Selection** ([`select`]): a test is in scope when its frontmatter's `features`
//!   are all ones the engine has ([`SUPPORTED_FEATURES`]), it is not a module or async
//!   test, its `includes` are harness files that need nothing the engine lacks
//!   ([`SUPPORTED_INCLUDES`]), its directory is not one of an ES2015+ builtin or
//!   property the engine does not define (asked of a fresh engine, [`Support::probe`]),
//!   and its source uses no ES2015+ syntax or library name the engine lacks (untagged
//!   tests written in ES2015 style): template literals, classes, generators, spread,
//!   `for-of`, ... (each checked only when the engine fails to parse a sample of it),
//!   ES2015+ globals, and ES2015+ properties of the ES5 globals (the names come from
//!   the suite's own `built-ins/` directories).
//! - **Running** ([`run_tests`]): each test runs in each mode in a fresh engine with a
//!   heap limit and a watchdog that interrupts it after a timeout, sloppy and strict
//!   (`"use strict";` prepended) unless `onlyStrict`/`noStrict`, with `harness/assert.js`,
//!   `harness/sta.js` and its `includes` before it (`raw`: the source alone). A
//!   `negative` test of phase `parse` must fail to compile with that error; of phase
//!   `runtime`, must throw an instance of that constructor. `$262` has `global`,
//!   `evalScript` and `gc`.

pub mod scan;
pub mod known;
pub use known::{check, known_failures_file, read_known_failures, write_known_failures};

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use engine_core::compiler::{UnitKind, compile_source};
use engine_core::{CallArgs, Engine, Error, JsResult, Value, Vm};

use crate::{CaptureHost, Mode};
use scan::{Tok, at, ident};

/// The archive's file name (the suite's commit is in it).
pub const ARCHIVE_NAME: &str = "test262-be13516f.tar.gz";

/// Frontmatter features the engine supports.
pub const SUPPORTED_FEATURES: &[&str] = &["let", "const", "arrow-function"];

/// Harness files a selected test may include (those that need no ES2015+ library).
pub const SUPPORTED_INCLUDES: &[&str] = &[
    "assert.js",
    "sta.js",
    "propertyHelper.js",
    "compareArray.js",
    "fnGlobalObject.js",
    "decimalToHexString.js",
    "nativeFunctionMatcher.js",
    "dateConstants.js",
    "assertRelativeDateMs.js",
    "nans.js",
    "tcoHelper.js",
    "nativeErrors.js",
];

/// Names of ES2015+ globals beyond the suite's `built-ins/` directory names.
const EXTRA_GLOBALS: &[&str] = &[
    "globalThis",
    "Intl",
    "Int8Array",
    "Uint8ClampedArray",
    "Int16Array",
    "Uint16Array",
    "Int32Array",
    "Uint32Array",
    "Float16Array",
    "Float32Array",
    "Float64Array",
    "BigInt64Array",
    "BigUint64Array",
];

/// Directories of `built-ins/` that are no global's name.
const NOT_GLOBALS: &[&str] = &["NativeErrors", "ThrowTypeError"];

/// Directories of `built-ins/G/` that are no property's name.
const NOT_PROPERTIES: &[&str] = &["internals", "CharacterClassEscapes"];

/// `$262` members the runner provides.
const HOST_262: &[&str] = &["global", "evalScript", "gc"];

/// ES2015+ syntax: a name, a sample the engine must parse for tests using it to be
/// selected, and how to find it in a token stream.
type SyntaxCheck = (&'static str, &'static str, fn(&[Tok], usize) -> bool);

const SYNTAX: &[SyntaxCheck] = &[
    ("template literal", "`a`", |t, i| t[i] == Tok::Template),
    ("spread/rest", "[...[]]; function f(...a) {}", |t, i| t[i] == Tok::Punct("...")),
    ("exponentiation", "2 ** 2", |t, i| t[i] == Tok::Punct("**")),
    ("class", "class C {}", |t, i| {
        at(t, i, &["class"]) && (i == 0 || !at(t, i - 1, &["."])) && (ident(t, i + 1).is_some() || at(t, i + 1, &["{"]))
    }),
    ("generator", "function* g() {}", |t, i| at(t, i, &["function", "*"])),
    ("for-of", "for (var x of []);", |t, i| {
        // `of` at the top level of a `for (...)` head, after a binding or target.
        if !at(t, i, &["for", "("]) {
            return false;
        }
        let mut depth = 0usize;
        for j in i + 1..t.len() {
            match &t[j] {
                Tok::Punct("(" | "[" | "{") => depth += 1,
                Tok::Punct(")" | "]" | "}") => {
                    depth -= 1;
                    if depth == 0 {
                        return false;
                    }
                }
                Tok::Punct(";") if depth == 1 => return false,
                Tok::Ident(w) if w == "of" && depth == 1 => {
                    let prev_ok = matches!(&t[j - 1], Tok::Ident(p) if !matches!(p.as_str(), "var" | "let" | "const" | "in"))
                        || matches!(t[j - 1], Tok::Punct(")" | "]" | "}"));
                    let next_ok = !matches!(t.get(j + 1), Some(Tok::Ident(n)) if n == "in") && !at(t, j + 1, &["="]) && !at(t, j + 1, &[";"]);
                    if prev_ok && next_ok {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }),
    ("new.target", "function f() { new.target }", |t, i| at(t, i, &["new", ".", "target"])),
    ("super", "({ m() { super.x } })", |t, i| {
        at(t, i, &["super"]) && (at(t, i + 1, &["."]) || at(t, i + 1, &["("]) || at(t, i + 1, &["["]))
    }),
    ("async function", "async function f() {} var g = async () => 1, h = async x => x;", |t, i| {
        at(t, i, &["async", "function"])
            || (at(t, i, &["async"])
                && ((ident(t, i + 1).is_some() && at(t, i + 2, &["=", ">"])) || (at(t, i + 1, &["("]) && matching(t, i + 1).is_some_and(|c| at(t, c + 1, &["=", ">"])))))
    }),
    ("destructuring assignment", "var a; [a] = [1]; ({ a: a } = {});", |t, i| {
        // An array or object literal followed by `=` (not `==`).
        let literal = (at(t, i, &["["]) && (i == 0 || matches!(&t[i - 1], Tok::Punct(p) if !matches!(*p, ")" | "]" | "}")) || matches!(ident(t, i - 1), Some("return" | "typeof" | "void" | "delete" | "in" | "of"))))
            || object_open(t, i)
            || (at(t, i, &["{"]) && i > 0 && at(t, i - 1, &["("]));
        literal && matching(t, i).is_some_and(|c| at(t, c + 1, &["="]) && !at(t, c + 2, &["="]) && !at(t, c + 2, &[">"]))
    }),
    ("destructuring binding", "var [a] = [1], {b} = {}; try {} catch ([c]) {} for (var [d] in {});", |t, i| {
        let binding = match ident(t, i) {
            Some("var" | "const") => i == 0 || !at(t, i - 1, &["."]),
            // `let` is also an identifier: only a declaration's place counts.
            Some("let") => i == 0 || matches!(t[i - 1], Tok::Punct(";" | "{" | "}" | "(")),
            _ => false,
        };
        (binding && (at(t, i + 1, &["["]) || at(t, i + 1, &["{"]))) || at(t, i, &["catch", "(", "["]) || at(t, i, &["catch", "(", "{"])
    }),
    ("trailing comma in arguments", "function f(a,) {} f(1,);", |t, i| at(t, i, &[",", ")"])),
    ("default or destructured parameters", "function f(a = 1, [b], {c}) {} var g = (a = 1) => a;", |t, i| {
        // `function [name] (` ... `)` or `(` ... `) =>` with `=`, `[` or `{` at the top level.
        let open = if at(t, i, &["function"]) {
            if ident(t, i + 1).is_some() { i + 2 } else { i + 1 }
        } else if at(t, i, &["set"]) && matches!(t.get(i + 1), Some(Tok::Ident(_) | Tok::Str | Tok::Num(_))) {
            i + 2
        } else if at(t, i, &["("]) {
            i
        } else {
            return false;
        };
        if !at(t, open, &["("]) {
            return false;
        }
        let Some(close) = matching(t, open) else { return false };
        if open == i && !at(t, close + 1, &["=", ">"]) {
            return false;
        }
        let mut depth = 0usize;
        (open..close).any(|j| match t[j] {
            Tok::Punct("(") => {
                depth += 1;
                false
            }
            Tok::Punct(")") => {
                depth -= 1;
                false
            }
            Tok::Punct("=" | "[" | "{") => depth == 1,
            _ => false,
        })
    }),
    ("method definition", "({ m() {}, *g() {}, get [1]() {} })", |t, i| {
        object_entries(t, i).iter().any(|&e| {
            let name_then_paren = matches!(t.get(e), Some(Tok::Ident(_) | Tok::Str | Tok::Num(_))) && at(t, e + 1, &["("]);
            name_then_paren || at(t, e, &["*"]) || ((at(t, e, &["get"]) || at(t, e, &["set"]) || at(t, e, &["async"])) && at(t, e + 1, &["["]))
        })
    }),
    ("computed property name", "({ [1]: 1 })", |t, i| object_entries(t, i).iter().any(|&e| at(t, e, &["["]))),
    ("shorthand property", "var a; ({ a })", |t, i| {
        object_entries(t, i).iter().any(|&e| ident(t, e).is_some() && (at(t, e + 1, &[","]) || at(t, e + 1, &["}"])))
    }),
    ("binary/octal literal", "0b1 + 0o1", |t, i| {
        matches!(&t[i], Tok::Num(s) if s.len() > 2 && s.starts_with('0') && matches!(&s[1..2], "b" | "B" | "o" | "O"))
    }),
];

/// The index of the bracket closing the one at `open`.
fn matching(t: &[Tok], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, tok) in t.iter().enumerate().skip(open) {
        match tok {
            Tok::Punct("(" | "[" | "{") => depth += 1,
            Tok::Punct(")" | "]" | "}") => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether `t[i]` is a `{` that opens an object literal (not a block), judged by
/// the tokens before it.
fn object_open(t: &[Tok], i: usize) -> bool {
    if !at(t, i, &["{"]) || i == 0 {
        return false;
    }
    match &t[i - 1] {
        // A property value (`{ a: {`, `, a: {`), not a labelled block or a `case`.
        Tok::Punct(":") => {
            i >= 3 && matches!(t[i - 2], Tok::Ident(_) | Tok::Str | Tok::Num(_)) && (at(t, i - 3, &[","]) || (at(t, i - 3, &["{"]) && object_open(t, i - 3)))
        }
        Tok::Punct(p) => !matches!(*p, ";" | "{" | "}" | ")" | "]" | ">"),
        Tok::Ident(w) => matches!(w.as_str(), "return" | "in" | "of" | "typeof" | "void" | "delete" | "throw" | "new" | "instanceof"),
        _ => false,
    }
}

/// If `t[i]` is the `{` of an object literal (by the token before it), the indices
/// where its entries start.
fn object_entries(t: &[Tok], i: usize) -> Vec<usize> {
    if !object_open(t, i) {
        return Vec::new();
    }
    let Some(close) = matching(t, i) else { return Vec::new() };
    let mut entries = vec![i + 1];
    let mut depth = 0usize;
    for j in i + 1..close {
        match t[j] {
            Tok::Punct("(" | "[" | "{") => depth += 1,
            Tok::Punct(")" | "]" | "}") => depth -= 1,
            Tok::Punct(",") if depth == 0 => entries.push(j + 1),
            _ => {}
        }
    }
    entries.retain(|&e| e < close);
    entries
}

/// Directories of ES2015+ syntax: selected only when the engine parses the
/// [`SYNTAX`] sample named beside them.
const SYNTAX_DIRS: &[(&str, &str)] = &[
    ("language/statements/for-of/", "for-of"),
    ("language/statements/class/", "class"),
    ("language/expressions/class/", "class"),
    ("language/statements/generators/", "generator"),
    ("language/expressions/generators/", "generator"),
    ("language/expressions/yield/", "generator"),
    ("language/expressions/template-literal/", "template literal"),
    ("language/expressions/tagged-template/", "template literal"),
    ("language/expressions/super/", "super"),
    ("language/expressions/new.target/", "new.target"),
    ("language/expressions/object/method-definition/", "method definition"),
    ("language/computed-property-names/", "computed property name"),
    ("language/rest-parameters/", "spread/rest"),
    ("language/destructuring/", "default or destructured parameters"),
    ("language/expressions/assignment/destructuring/", "destructuring assignment"),
    ("language/statements/async-function/", "async function"),
    ("language/expressions/async-function/", "async function"),
    ("language/expressions/async-arrow-function/", "async function"),
    ("language/expressions/exponentiation/", "exponentiation"),
];

/// Directories left out: Annex B.3.3 and its relatives (function declarations in
/// blocks, `catch` parameters shadowed by `var`), web-compatibility semantics that
/// came with ES2015's block scoping.
const ES2015_DIRS: &[&str] = &["annexB/language/eval-code/", "annexB/language/function-code/", "annexB/language/global-code/"];

/// Regular expression flags beyond ES5's `gim`.
const REGEX_FLAGS: &str = "yusdv";

// ---------------------------------------------------------------------------
// Locating the suite.

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().unwrap_or(here).to_path_buf()
}

/// The cargo target directory (`$CARGO_TARGET_DIR`, else `target/` in the workspace).
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(d) => {
            let d = PathBuf::from(d);
            if d.is_absolute() { d } else { workspace_root().join(d) }
        }
        None => workspace_root().join("target"),
    }
}

/// The suite's root (with `harness/` and `test/`), unpacking the archive if needed.
pub fn locate() -> Result<PathBuf, String> {
    if let Some(d) = std::env::var_os("TEST262_DIR") {
        let d = PathBuf::from(d);
        return if d.join("harness").is_dir() && d.join("test").is_dir() {
            Ok(d)
        } else {
            Err(format!("TEST262_DIR={} has no harness/ and test/", d.display()))
        };
    }
    let archive = match std::env::var_os("TEST262_ARCHIVE") {
        Some(a) => PathBuf::from(a),
        None => workspace_root().join("..").join("shared").join("test262").join(ARCHIVE_NAME),
    };
    let name = archive.file_name().map(|n| n.to_string_lossy().trim_end_matches(".tar.gz").trim_end_matches(".tgz").to_string());
    let dest = target_dir().join("test262").join(name.unwrap_or_else(|| "suite".into()));
    if dest.join(".unpacked").exists() {
        return Ok(dest);
    }
    if !archive.is_file() {
        return Err(format!(
            "the test262 archive {} is missing (set TEST262_ARCHIVE to the .tar.gz, or TEST262_DIR to an unpacked suite)",
            archive.display()
        ));
    }
    unpack(&archive, &dest)?;
    Ok(dest)
}

/// Unpacks `archive` into `dest` with the `tar` command: into a temporary sibling
/// first, renamed into place, so that concurrent runners never see half a suite.
fn unpack(archive: &Path, dest: &Path) -> Result<(), String> {
    let parent = dest.parent().ok_or("no parent directory")?;
    std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    let tmp = parent.join(format!(".unpack-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).map_err(|e| format!("{}: {e}", tmp.display()))?;
    eprintln!("test262: unpacking {} into {}", archive.display(), dest.display());
    let status = std::process::Command::new("tar").arg("-xzf").arg(archive).arg("-C").arg(&tmp).status();
    let ok = match status {
        Ok(s) if s.success() => true,
        Ok(s) => {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(format!("`tar -xzf {}` failed ({s})", archive.display()));
        }
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(format!(
                "cannot run `tar` ({e}): install it, or unpack {} yourself and set TEST262_DIR",
                archive.display()
            ));
        }
    };
    // The archive may hold the suite at its top level or in one directory.
    let mut root = tmp.clone();
    if !root.join("test").is_dir() {
        let subdirs: Vec<PathBuf> = std::fs::read_dir(&tmp).map_err(|e| e.to_string())?.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
        if let [one] = subdirs.as_slice() {
            root = one.clone();
        }
    }
    if !(ok && root.join("test").is_dir() && root.join("harness").is_dir()) {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(format!("{} does not hold harness/ and test/", archive.display()));
    }
    let _ = std::fs::write(root.join(".unpacked"), ARCHIVE_NAME);
    match std::fs::rename(&root, dest) {
        Ok(()) => {}
        // Another runner got there first.
        Err(_) if dest.join(".unpacked").exists() => {}
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(format!("moving the suite to {}: {e}", dest.display()));
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    Ok(())
}

// ---------------------------------------------------------------------------
// Metadata.

/// A `negative:` expectation.
#[derive(Clone, Debug, PartialEq)]
pub struct Negative {
    /// `parse`, `resolution` or `runtime`.
    pub phase: String,
    /// The error constructor's name.
    pub kind: String,
}

/// A test's frontmatter (the parts the runner uses).
#[derive(Clone, Debug, Default)]
pub struct Meta {
    /// `features:`.
    pub features: Vec<String>,
    /// `flags:`.
    pub flags: Vec<String>,
    /// `includes:`.
    pub includes: Vec<String>,
    /// `negative:`.
    pub negative: Option<Negative>,
}

impl Meta {
    /// Whether `flags` has `f`.
    pub fn flag(&self, f: &str) -> bool {
        self.flags.iter().any(|x| x == f)
    }
}

/// Parses the `/*--- ... ---*/` frontmatter (the YAML subset test262 uses).
pub fn parse_meta(src: &str) -> Meta {
    let mut m = Meta::default();
    let Some(s) = src.find("/*---") else { return m };
    let Some(len) = src[s..].find("---*/") else { return m };
    let yaml = &src[s + 5..s + len];
    // Some tests use CR or CR LF line terminators (line-terminator-normalisation-CR).
    let lines: Vec<&str> = yaml.split(['\n', '\r']).collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        if line.starts_with(' ') || line.starts_with('\t') {
            continue;
        }
        let Some((key, rest)) = line.split_once(':') else { continue };
        let rest = rest.trim();
        let list = |i: &mut usize| -> Vec<String> {
            if rest.starts_with('[') {
                // A flow list, possibly over several lines.
                let mut text = rest.to_string();
                while !text.contains(']') && *i < lines.len() {
                    text.push(' ');
                    text.push_str(lines[*i].trim());
                    *i += 1;
                }
                let inner = text.trim_start_matches('[').split(']').next().unwrap_or("");
                inner.split(',').map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect()
            } else {
                let mut v = Vec::new();
                while *i < lines.len() && lines[*i].trim_start().starts_with('-') {
                    v.push(lines[*i].trim_start()[1..].trim().to_string());
                    *i += 1;
                }
                v
            }
        };
        match key.trim() {
            "features" => m.features = list(&mut i),
            "flags" => m.flags = list(&mut i),
            "includes" => m.includes = list(&mut i),
            "negative" => {
                let mut n = Negative { phase: String::new(), kind: String::new() };
                while i < lines.len() && (lines[i].starts_with(' ') || lines[i].starts_with('\t')) {
                    if let Some((k, v)) = lines[i].trim().split_once(':') {
                        match k.trim() {
                            "phase" => n.phase = v.trim().to_string(),
                            "type" => n.kind = v.trim().to_string(),
                            _ => {}
                        }
                    }
                    i += 1;
                }
                m.negative = Some(n);
            }
            _ => {}
        }
    }
    m
}

// ---------------------------------------------------------------------------
// What the engine has.

/// What a fresh engine defines and parses, for the selection.
#[derive(Clone, Debug, Default)]
pub struct Support {
    /// Global property names.
    pub globals: HashSet<String>,
    /// For each global object or function `G`: the names `G.x` resolves (own and
    /// inherited from `Function.prototype`/`Object.prototype`).
    pub statics: HashMap<String, HashSet<String>>,
    /// For each global function `G`: the names `G.prototype.x` resolves.
    pub protos: HashMap<String, HashSet<String>>,
    /// Names of the [`SYNTAX`] checks whose sample parses.
    pub syntax: HashSet<&'static str>,
    /// Regular expression flags beyond `gim` that parse.
    pub regex_flags: String,
    /// Whether `"\u{41}"` parses.
    pub brace_escapes: bool,
}

const PROBE: &str = r#"(function () {
  var g = this, out = [];
  var fp = Object.getOwnPropertyNames(Function.prototype), op = Object.getOwnPropertyNames(Object.prototype);
  var names = Object.getOwnPropertyNames(g);
  out.push("G " + names.join(","));
  for (var i = 0; i < names.length; i++) {
    var n = names[i], v = g[n];
    if (v === null || (typeof v !== "object" && typeof v !== "function")) continue;
    var own = Object.getOwnPropertyNames(v);
    out.push("S " + n + " " + own.concat(typeof v === "function" ? fp : [], op).join(","));
    if (typeof v === "function" && v.prototype && typeof v.prototype === "object")
      out.push("P " + n + " " + Object.getOwnPropertyNames(v.prototype).concat(op).join(","));
  }
  return out.join("\n");
})()"#;

/// Host globals of the runner's engines that are not the engine's library.
const HOST_GLOBALS: &[&str] = &["print", "gc", "$262"];

impl Support {
    /// Asks a fresh engine.
    pub fn probe() -> Result<Support, String> {
        let mut engine = Engine::new(engine_core::Config::default(), Box::new(CaptureHost::new(engine_std::host::Compiler::None)))
            .map_err(|e| e.to_string())?;
        let v = engine.eval(PROBE, "probe.js").map_err(|e| e.to_string())?;
        let text = engine.to_rust_string(v).map_err(|e| e.to_string())?;
        let mut s = Support::default();
        for line in text.lines() {
            let mut parts = line.splitn(3, ' ');
            let (kind, a, b) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            let set = |t: &str| t.split(',').filter(|x| !x.is_empty()).map(String::from).collect::<HashSet<_>>();
            match kind {
                "G" => s.globals = set(a).into_iter().filter(|g| !HOST_GLOBALS.contains(&g.as_str())).collect(),
                "S" => {
                    s.statics.insert(a.to_string(), set(b));
                }
                "P" => {
                    s.protos.insert(a.to_string(), set(b));
                }
                _ => {}
            }
        }
        let parses = |engine: &mut Engine, src: &str| compile_source(engine.vm(), src, "probe.js", UnitKind::Script, false).is_ok();
        for (name, sample, _) in SYNTAX {
            if parses(&mut engine, sample) {
                s.syntax.insert(name);
            }
        }
        for f in REGEX_FLAGS.chars() {
            if parses(&mut engine, &format!("/a/{f}")) {
                s.regex_flags.push(f);
            }
        }
        s.brace_escapes = parses(&mut engine, "'\\u{41}'");
        Ok(s)
    }
}

/// The ES2015+ library names the engine lacks, from the suite's `built-ins/`
/// directory and file names compared with [`Support`].
#[derive(Clone, Debug, Default)]
pub struct Missing {
    /// Globals (`Symbol`, `Map`, ...).
    pub globals: HashSet<String>,
    /// `G.x` for a global the engine has.
    pub statics: HashMap<String, HashSet<String>>,
    /// `G.prototype.x`.
    pub protos: HashMap<String, HashSet<String>>,
    /// Method names (from any `G.prototype.x` above) that no engine object has:
    /// `.x(` anywhere is taken as a use.
    pub methods: HashSet<String>,
}

fn is_ident(s: &str) -> bool {
    let mut c = s.chars();
    c.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$') && c.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// Identifier-like names of the entries of `dir` (subdirectories, and `.js` file stems).
fn entry_names(dir: &Path) -> Vec<String> {
    let Ok(rd) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut v: Vec<String> = rd
        .flatten()
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            let n = n.strip_suffix(".js").map(String::from).unwrap_or(n);
            is_ident(&n).then_some(n)
        })
        .collect();
    v.sort();
    v
}

impl Missing {
    /// Compares the suite's names under `root/test/built-ins` with the engine.
    pub fn find(root: &Path, s: &Support) -> Missing {
        let bi = root.join("test").join("built-ins");
        let annex = root.join("test").join("annexB").join("built-ins");
        let names = |sub: &[&str]| {
            let mut v = Vec::new();
            for base in [&bi, &annex] {
                let mut d = base.to_path_buf();
                for s in sub {
                    d.push(s);
                }
                v.extend(entry_names(&d));
            }
            v
        };
        let mut m = Missing::default();
        let all_names: HashSet<&String> = s.statics.values().chain(s.protos.values()).flatten().collect();
        let suite_globals = entry_names(&bi);
        for g in suite_globals.iter().filter(|g| g.starts_with(|c: char| c.is_ascii_uppercase())).map(String::as_str).chain(EXTRA_GLOBALS.iter().copied()) {
            if !s.globals.contains(g) && !NOT_GLOBALS.contains(&g) {
                m.globals.insert(g.to_string());
            }
        }
        for g in &suite_globals {
            let Some(have) = s.statics.get(g) else { continue };
            let miss: HashSet<String> =
                names(&[g]).into_iter().filter(|n| n != "prototype" && !NOT_PROPERTIES.contains(&n.as_str()) && !have.contains(n)).collect();
            m.statics.insert(g.clone(), miss);
            if let Some(have) = s.protos.get(g) {
                let miss: HashSet<String> = names(&[g, "prototype"]).into_iter().filter(|n| !have.contains(n)).collect();
                for x in &miss {
                    if !all_names.contains(x) {
                        m.methods.insert(x.clone());
                    }
                }
                m.protos.insert(g.clone(), miss);
            }
        }
        m
    }
}

// ---------------------------------------------------------------------------
// Selection.

/// A selected test.
#[derive(Clone, Debug)]
pub struct Test {
    /// Path under `test/`, e.g. `language/expressions/addition/S11.6.1_A1.js`.
    pub path: String,
    /// Its frontmatter.
    pub meta: Meta,
    /// Its source.
    pub source: Arc<String>,
}

/// The selection and why the rest was left out.
#[derive(Debug, Default)]
pub struct Selection {
    /// Selected tests, sorted by path.
    pub tests: Vec<Test>,
    /// Files considered (after the path filter).
    pub considered: usize,
    /// Exclusion reasons with counts (the first reason of each test).
    pub excluded: BTreeMap<String, usize>,
    /// The excluded tests with their reason.
    pub excluded_tests: Vec<(String, String)>,
}

/// Every test file under `root/test` whose path (relative to `test/`) `keep` accepts.
pub fn test_files(root: &Path, keep: &dyn Fn(&str) -> bool) -> Vec<String> {
    let base = root.join("test");
    let mut out = Vec::new();
    let mut stack = vec![base.clone()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let Ok(rel) = p.strip_prefix(&base) else { continue };
            let rel = rel.to_string_lossy().replace('\\', "/");
            if rel.ends_with(".js") && !rel.contains("_FIXTURE") && keep(&rel) {
                out.push(rel);
            }
        }
    }
    out.sort();
    out
}

/// Why `path` (with `src` and `meta`) is out of scope, if it is.
pub fn exclusion(path: &str, src: &str, meta: &Meta, s: &Support, m: &Missing) -> Option<String> {
    if let Some(f) = meta.features.iter().find(|f| !SUPPORTED_FEATURES.contains(&f.as_str())) {
        return Some(format!("feature {f}"));
    }
    for f in ["module", "async"] {
        if meta.flag(f) {
            return Some(format!("flag {f}"));
        }
    }
    if let Some(i) = meta.includes.iter().find(|i| !SUPPORTED_INCLUDES.contains(&i.as_str())) {
        return Some(format!("include {i}"));
    }
    if let Some(d) = ES2015_DIRS.iter().find(|d| path.starts_with(*d)) {
        return Some(format!("directory {d} (ES2015 Annex B.3.3)"));
    }
    if let Some((d, syntax)) = SYNTAX_DIRS.iter().find(|(d, _)| path.starts_with(*d))
        && !s.syntax.contains(syntax)
    {
        return Some(format!("directory {d} (syntax {syntax})"));
    }
    // The directory of a builtin, or of a property, the engine lacks.
    let parts: Vec<&str> = path.split('/').collect();
    let builtin = match parts.as_slice() {
        ["built-ins", rest @ ..] | ["annexB", "built-ins", rest @ ..] => Some(rest),
        _ => None,
    };
    if let Some(rest) = builtin
        && rest.len() > 1
    {
        let g = rest[0];
        if m.globals.contains(g) {
            return Some(format!("builtin {g}"));
        }
        if rest.len() == 2 {
            // A file named after a constant: `built-ins/Number/EPSILON.js`.
            let stem = rest[1].trim_end_matches(".js");
            let constant = stem.chars().all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit());
            if constant && m.statics.get(g).is_some_and(|x| x.contains(stem)) {
                return Some(format!("builtin {g}.{stem}"));
            }
        }
        if rest.len() > 2 {
            if rest[1] == "prototype" {
                if rest.len() > 3 && m.protos.get(g).is_some_and(|x| x.contains(rest[2])) {
                    return Some(format!("builtin {g}.prototype.{}", rest[2]));
                }
            } else if m.statics.get(g).is_some_and(|x| x.contains(rest[1])) {
                return Some(format!("builtin {g}.{}", rest[1]));
            }
        }
        // Directories that are no property (RegExp's `named-groups`, `lookBehind`, ...).
        if g == "RegExp" && rest.len() > 2 && !is_ident(rest[1]) && rest[1] != "prototype" {
            return Some(format!("builtin RegExp/{}", rest[1]));
        }
    }
    // The source.
    let (toks, brace_escape) = scan::tokenize(src);
    if brace_escape && !s.brace_escapes {
        return Some("syntax \\u{...}".into());
    }
    for i in 0..toks.len() {
        for (name, _, found) in SYNTAX {
            if !s.syntax.contains(name) && found(&toks, i) {
                return Some(format!("syntax {name}"));
            }
        }
        match &toks[i] {
            Tok::Regex(flags) => {
                if let Some(f) = flags.chars().find(|f| REGEX_FLAGS.contains(*f) && !s.regex_flags.contains(*f)) {
                    return Some(format!("syntax regexp flag {f}"));
                }
            }
            Tok::Ident(w) => {
                let after_dot = i > 0 && at(&toks, i - 1, &["."]);
                if !after_dot && m.globals.contains(w) {
                    return Some(format!("uses {w}"));
                }
                if w == "$262" && at(&toks, i + 1, &["."]) {
                    if let Some(x) = ident(&toks, i + 2)
                        && !HOST_262.contains(&x)
                    {
                        return Some(format!("uses $262.{x}"));
                    }
                }
                if !after_dot && at(&toks, i + 1, &["."]) {
                    if let Some(x) = ident(&toks, i + 2) {
                        if x == "prototype" {
                            if let Some(y) = ident(&toks, i + 4)
                                && at(&toks, i + 3, &["."])
                                && m.protos.get(w).is_some_and(|p| p.contains(y))
                            {
                                return Some(format!("uses {w}.prototype.{y}"));
                            }
                        } else if m.statics.get(w).is_some_and(|p| p.contains(x)) {
                            return Some(format!("uses {w}.{x}"));
                        }
                    }
                }
                if after_dot && at(&toks, i + 1, &["("]) && m.methods.contains(w) {
                    return Some(format!("uses .{w}()"));
                }
            }
            _ => {}
        }
    }
    None
}

/// Selects the in-scope tests among those whose path `keep` accepts.
pub fn select(root: &Path, s: &Support, keep: &dyn Fn(&str) -> bool) -> Selection {
    let m = Missing::find(root, s);
    let mut sel = Selection::default();
    for path in test_files(root, keep) {
        sel.considered += 1;
        let Ok(src) = std::fs::read_to_string(root.join("test").join(&path)) else {
            *sel.excluded.entry("unreadable".into()).or_default() += 1;
            continue;
        };
        let meta = parse_meta(&src);
        match exclusion(&path, &src, &meta, s, &m) {
            Some(why) => {
                *sel.excluded.entry(why.clone()).or_default() += 1;
                sel.excluded_tests.push((path, why));
            }
            None => sel.tests.push(Test { path, meta, source: Arc::new(src) }),
        }
    }
    sel
}

// ---------------------------------------------------------------------------
// Running.

/// How a test's source is run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scenario {
    /// Sloppy mode, with the harness.
    Sloppy,
    /// `"use strict";` first, with the harness.
    Strict,
    /// The source alone (`flags: [raw]`).
    Raw,
}

impl Scenario {
    /// Short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Scenario::Sloppy => "sloppy",
            Scenario::Strict => "strict",
            Scenario::Raw => "raw",
        }
    }
}

/// The scenarios `meta` asks for.
pub fn scenarios(meta: &Meta) -> Vec<Scenario> {
    if meta.flag("raw") {
        vec![Scenario::Raw]
    } else if meta.flag("onlyStrict") {
        vec![Scenario::Strict]
    } else if meta.flag("noStrict") {
        vec![Scenario::Sloppy]
    } else {
        vec![Scenario::Sloppy, Scenario::Strict]
    }
}

/// Harness files, read once.
pub struct Harness {
    dir: PathBuf,
    files: Mutex<HashMap<String, Arc<String>>>,
}

impl Harness {
    /// The harness of the suite at `root`.
    pub fn new(root: &Path) -> Harness {
        Harness { dir: root.join("harness"), files: Mutex::new(HashMap::new()) }
    }

    fn file(&self, name: &str) -> Arc<String> {
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        files
            .entry(name.to_string())
            .or_insert_with(|| Arc::new(std::fs::read_to_string(self.dir.join(name)).unwrap_or_else(|_| format!("throw new Error('missing harness file {name}');\n"))))
            .clone()
    }

    /// The source run for `test` in scenario `sc`.
    pub fn source(&self, test: &Test, sc: Scenario) -> String {
        if sc == Scenario::Raw {
            return test.source.to_string();
        }
        let mut s = String::new();
        if sc == Scenario::Strict {
            s.push_str("\"use strict\";\n");
        }
        let mut names = vec!["assert.js".to_string(), "sta.js".to_string()];
        names.extend(test.meta.includes.iter().filter(|i| !names.contains(i)).cloned().collect::<Vec<_>>());
        for n in names {
            s.push_str(&self.file(&n));
            s.push('\n');
        }
        s.push_str(&test.source);
        s
    }
}

fn eval_script(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = vm.to_string(args.get(0))?;
    let text = vm.string_to_rust(s)?;
    let code = compile_source(vm, &text, "evalScript", UnitKind::Script, false)?;
    let g = Value::object(vm.realm.global);
    vm.run_code(code, g, None)
}

fn gc(vm: &mut Vm, _args: &CallArgs) -> JsResult<Value> {
    vm.collect_garbage();
    Ok(Value::UNDEFINED)
}

const SETUP_262: &str = "this.$262 = { global: this, evalScript: __t262_evalScript, gc: __t262_gc };\n\
                         delete this.__t262_evalScript; delete this.__t262_gc;";

/// The constructor name of an error as the API reports it (`TypeError: ...`).
fn error_name(e: &Error) -> String {
    match e {
        Error::Syntax { .. } => "SyntaxError".into(),
        Error::Exception { message, .. } => message.split(':').next().unwrap_or("").trim().to_string(),
        Error::Interrupted => "<timeout>".into(),
        Error::Init(_) => "<init>".into(),
    }
}

fn first_line(e: &Error) -> String {
    let s = e.to_string();
    let line = s.lines().next().unwrap_or("").to_string();
    if line.len() > 300 { format!("{}...", &line[..line.char_indices().nth(300).map_or(line.len(), |(i, _)| i)]) } else { line }
}

/// Runs one scenario of `test` in a fresh engine of `mode`; `Err` explains a failure.
pub fn run_one(h: &Harness, test: &Test, sc: Scenario, mode: &Mode, heap_limit: usize, timeout: Duration) -> Result<(), String> {
    let mut config = mode.config.clone();
    config.heap_limit = heap_limit;
    let host = CaptureHost::new(mode.compiler.clone());
    let mut engine = Engine::new(config, Box::new(host)).map_err(|e| format!("engine: {e}"))?;
    engine.define_function("__t262_evalScript", eval_script, 1).map_err(|e| e.to_string())?;
    engine.define_function("__t262_gc", gc, 0).map_err(|e| e.to_string())?;
    engine.eval(SETUP_262, "setup.js").map_err(|e| format!("setup: {e}"))?;
    let src = h.source(test, sc);
    let negative = test.meta.negative.as_ref();
    let file = test.path.rsplit('/').next().unwrap_or(&test.path);

    let flag = engine.interrupt_flag();
    let (done, wait) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = wait.recv_timeout(timeout) {
            flag.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    });
    let compiled = compile_source(engine.vm(), &src, file, UnitKind::Script, false);
    let result = match compiled {
        Err(e) => {
            let e = engine.error_from(e);
            match negative {
                Some(n) if n.phase == "parse" || n.phase == "early" => {
                    if error_name(&e) == n.kind {
                        Ok(())
                    } else {
                        Err(format!("expected a parse-phase {}, got {}", n.kind, first_line(&e)))
                    }
                }
                _ => Err(format!("compile: {}", first_line(&e))),
            }
        }
        Ok(code) => match negative {
            Some(n) if n.phase != "runtime" => Err(format!("expected a {}-phase {}, but it compiled", n.phase, n.kind)),
            _ => {
                let g = Value::object(engine.vm().realm.global);
                let r = engine.vm().run_code(code, g, None);
                match (r, negative) {
                    (Ok(_), None) => Ok(()),
                    (Ok(_), Some(n)) => Err(format!("expected a {}, but it completed", n.kind)),
                    (Err(e), n) => {
                        let e = engine.error_from(e);
                        match n {
                            _ if e == Error::Interrupted => Err(format!("timeout ({} s)", timeout.as_secs_f32())),
                            Some(n) if error_name(&e) == n.kind => Ok(()),
                            Some(n) => Err(format!("expected a {}, got {}", n.kind, first_line(&e))),
                            None => Err(first_line(&e)),
                        }
                    }
                }
            }
        },
    };
    drop(done);
    let _ = watchdog.join();
    result
}

/// One test's results.
#[derive(Clone, Debug)]
pub struct TestResult {
    /// The test's path under `test/`.
    pub path: String,
    /// Per mode (in the order given): `None` when every scenario passed, else the
    /// first failing scenario and why.
    pub by_mode: Vec<Option<String>>,
    /// Time spent on it, all modes and scenarios.
    pub time: Duration,
}

impl TestResult {
    /// Whether the test passed in every mode.
    pub fn passed(&self) -> bool {
        self.by_mode.iter().all(Option::is_none)
    }

    /// Whether the modes disagree about passing.
    pub fn mode_dependent(&self) -> bool {
        self.by_mode.iter().any(Option::is_none) && self.by_mode.iter().any(Option::is_some)
    }
}

/// Options of a run.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Worker threads.
    pub threads: usize,
    /// Per scenario run.
    pub timeout: Duration,
    /// Per engine.
    pub heap_limit: usize,
    /// Print progress to stderr every this many tests (0: quiet).
    pub progress: usize,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            threads: std::thread::available_parallelism().map_or(2, |n| n.get()),
            timeout: Duration::from_secs(30),
            heap_limit: 256 << 20,
            progress: 0,
        }
    }
}

/// Runs every scenario of every test in every mode; results in the tests' order.
pub fn run_tests(root: &Path, tests: &[Test], modes: &[Mode], opts: &RunOptions) -> Vec<TestResult> {
    let harness = Arc::new(Harness::new(root));
    let next = Arc::new(Mutex::new(0usize));
    let results: Arc<Mutex<Vec<Option<TestResult>>>> = Arc::new(Mutex::new(vec![None; tests.len()]));
    let tests: Arc<Vec<Test>> = Arc::new(tests.to_vec());
    let modes: Arc<Vec<Mode>> = Arc::new(modes.to_vec());
    let start = std::time::Instant::now();
    let mut handles = Vec::new();
    for _ in 0..opts.threads.max(1) {
        let (next, results, tests, modes, harness, opts) = (next.clone(), results.clone(), tests.clone(), modes.clone(), harness.clone(), opts.clone());
        let h = std::thread::Builder::new().stack_size(256 << 20).spawn(move || {
            loop {
                let i = {
                    let mut n = next.lock().unwrap_or_else(|e| e.into_inner());
                    let i = *n;
                    *n += 1;
                    i
                };
                let Some(test) = tests.get(i) else { break };
                if opts.progress > 0 && i > 0 && i % opts.progress == 0 {
                    eprintln!("test262: {i}/{} ({:.0} s)", tests.len(), start.elapsed().as_secs_f64());
                }
                let mut by_mode = Vec::new();
                let t0 = std::time::Instant::now();
                for mode in modes.iter() {
                    let mut verdict = None;
                    for sc in scenarios(&test.meta) {
                        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_one(&harness, test, sc, mode, opts.heap_limit, opts.timeout)))
                            .unwrap_or_else(|_| Err("panic".into()));
                        if let Err(e) = r {
                            verdict = Some(format!("{}: {e}", sc.name()));
                            break;
                        }
                    }
                    by_mode.push(verdict);
                }
                results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(TestResult { path: test.path.clone(), by_mode, time: t0.elapsed() });
            }
        });
        if let Ok(h) = h {
            handles.push(h);
        }
    }
    for h in handles {
        let _ = h.join();
    }
    let mut r = results.lock().unwrap_or_else(|e| e.into_inner());
    std::mem::take(&mut *r)
        .into_iter()
        .enumerate()
        .map(|(i, r)| r.unwrap_or_else(|| TestResult { path: tests[i].path.clone(), by_mode: vec![Some("not run".into()); modes.len()], time: Duration::ZERO }))
        .collect()
}

/// A mode by its short name: `off`, `sync`, `stress`, `background` (`bg`),
/// `gc-stress`, `check`.
pub fn mode_named(name: &str) -> Option<Mode> {
    let full = match name {
        "off" => "jit=off",
        "sync" => "jit=sync",
        "stress" => "jit-stress",
        "background" | "bg" => "jit=background",
        "gc-stress" => "gc-stress",
        "check" => return Some(crate::check_mode()),
        _ => return None,
    };
    crate::modes().into_iter().find(|m| m.name == full)
}

// ---------------------------------------------------------------------------
// Reports.

/// The directory a test is counted under in summaries: three levels
/// (`built-ins/Array/prototype`, `language/expressions/assignment`).
pub fn group_of(path: &str) -> String {
    let parts: Vec<&str> = path.split('/').collect();
    let n = (parts.len() - 1).min(3);
    parts[..n].join("/")
}

/// Pass counts per mode, overall and per directory; the tests whose results
/// differ between modes first.
pub fn summary(results: &[TestResult], mode_names: &[&str], sel: Option<&Selection>) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let total = results.len();
    let dependent: Vec<&TestResult> = results.iter().filter(|r| r.mode_dependent()).collect();
    let _ = writeln!(s, "test262 ({ARCHIVE_NAME}), {total} tests selected");
    if let Some(sel) = sel {
        let _ = writeln!(s, "{} test files considered, {} excluded", sel.considered, sel.considered - sel.tests.len());
    }
    let _ = writeln!(s);
    for (k, name) in mode_names.iter().enumerate() {
        let pass = results.iter().filter(|r| r.by_mode[k].is_none()).count();
        let _ = writeln!(s, "{name:>10}: {pass} / {total} pass ({:.2}%)", 100.0 * pass as f64 / total.max(1) as f64);
    }
    let _ = writeln!(s, "\nresults that differ between modes (JIT bugs): {}", dependent.len());
    for r in &dependent {
        for (k, name) in mode_names.iter().enumerate() {
            let _ = writeln!(s, "  {} [{name}] {}", r.path, r.by_mode[k].as_deref().unwrap_or("pass"));
        }
    }
    let mut groups: BTreeMap<String, (usize, Vec<usize>)> = BTreeMap::new();
    for r in results {
        let g = groups.entry(group_of(&r.path)).or_insert_with(|| (0, vec![0; mode_names.len()]));
        g.0 += 1;
        for (k, v) in r.by_mode.iter().enumerate() {
            if v.is_none() {
                g.1[k] += 1;
            }
        }
    }
    let _ = writeln!(s, "\nper directory (pass / total, per mode: {}):", mode_names.join(" "));
    for (g, (n, pass)) in &groups {
        let counts: Vec<String> = pass.iter().map(|p| format!("{p:>5}")).collect();
        let mark = if pass.iter().any(|p| p != n) { "*" } else { " " };
        let _ = writeln!(s, "{mark} {g:<60} {} / {n:>5}", counts.join(" "));
    }
    let mut slow: Vec<&TestResult> = results.iter().collect();
    slow.sort_by(|a, b| b.time.cmp(&a.time));
    let _ = writeln!(s, "\nslowest tests (all modes and scenarios):");
    for r in slow.iter().take(15) {
        let _ = writeln!(s, "{:>8.2} s {}", r.time.as_secs_f64(), r.path);
    }
    if let Some(sel) = sel {
        let mut why: Vec<(&String, &usize)> = sel.excluded.iter().collect();
        why.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let _ = writeln!(s, "\nexcluded (first reason):");
        for (w, n) in why {
            let _ = writeln!(s, "{n:>7} {w}");
        }
    }
    s
}

/// One line per failing test and mode: `path [mode] why`.
pub fn failure_list(results: &[TestResult], mode_names: &[&str]) -> String {
    let mut s = String::new();
    for r in results {
        for (k, v) in r.by_mode.iter().enumerate() {
            if let Some(why) = v {
                s.push_str(&format!("{} [{}] {}\n", r.path, mode_names[k], why));
            }
        }
    }
    s
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn frontmatter() {
        let m = parse_meta(
            "/*---\nesid: x\ndescription: >\n  features: [nope]\nfeatures: [let,\n  Symbol]\nflags:\n  - onlyStrict\nincludes: [compareArray.js]\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\n",
        );
        assert_eq!(m.features, ["let", "Symbol"]);
        assert_eq!(m.flags, ["onlyStrict"]);
        assert_eq!(m.includes, ["compareArray.js"]);
        assert_eq!(m.negative, Some(Negative { phase: "parse".into(), kind: "SyntaxError".into() }));
    }
}
