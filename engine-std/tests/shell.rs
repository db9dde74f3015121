//! The `tarsier` shell as a user meets it: output buffering and ordering,
//! Ctrl-C, `console.*` formatting (against node's output), the helpers
//! (`load`, `read`, `readFile`, `quit`, `scriptArgs`), the command line (`--`,
//! `-`, size suffixes, `--jit-diag` words, `--version`), exit statuses and the
//! local time zone.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const TARSIER: &str = env!("CARGO_BIN_EXE_tarsier");

/// A command running the shell, independent of the caller's environment.
fn tarsier(args: &[&str]) -> Command {
    let mut c = Command::new(TARSIER);
    c.args(args).env_remove("TMFLAGS").env("TZ", "UTC").stdin(Stdio::null());
    c
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn output(mut c: Command, stdin: Option<&str>) -> Run {
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    if stdin.is_some() {
        c.stdin(Stdio::piped());
    }
    let mut child = c.spawn().expect("start tarsier");
    if let Some(text) = stdin {
        child.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("write stdin");
    }
    let out = child.wait_with_output().expect("wait");
    Run { code: out.status.code(), stdout: String::from_utf8_lossy(&out.stdout).into_owned(), stderr: String::from_utf8_lossy(&out.stderr).into_owned() }
}

fn run(args: &[&str]) -> Run {
    output(tarsier(args), None)
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/shell").join(name)
}

/// A scratch directory for files a test writes.
fn scratch(test: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("tarsier-shell-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&d).expect("scratch dir");
    d
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write file");
    p.to_string_lossy().into_owned()
}

// ---------------------------------------------------------------------------
// console.* formatting

#[test]
fn console_log_formats_like_node() {
    // The golden is node 20's stdout for the same file.
    let r = run(&[fixture("console.js").to_str().expect("path")]);
    let expected = std::fs::read_to_string(fixture("console.expected")).expect("golden");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    if r.stdout != expected {
        let line = r.stdout.lines().zip(expected.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "console.log output differs from node's at line {}:\n  got:      {:?}\n  expected: {:?}",
            line + 1,
            r.stdout.lines().nth(line),
            expected.lines().nth(line)
        );
    }
    // console.warn and console.error write to stderr.
    assert_eq!(r.stderr, "to stderr { x: 1 }\ne\n");
}

#[test]
fn console_log_common_cases() {
    // Each expected line is what node prints for the same statement.
    let cases: &[(&str, &str)] = &[
        ("console.log('s', 1, -0, null, undefined, true)", "s 1 -0 null undefined true"),
        ("console.log(['s', 1, -0], { a: 1, b: 'x' })", "[ 's', 1, -0 ] { a: 1, b: 'x' }"),
        ("console.log({ a: { b: { c: { d: 1 } } } }, [[[[1]]]])", "{ a: { b: { c: [Object] } } } [ [ [ [Array] ] ] ]"),
        ("var o = { n: 1 }; o.me = o; console.log(o)", "<ref *1> { n: 1, me: [Circular *1] }"),
        ("console.log(function f() {}, function () {}, [Math.max])", "[Function: f] [Function (anonymous)] [ [Function: max] ]"),
        ("console.log(new Date(0), [new Date(1e12)])", "1970-01-01T00:00:00.000Z [ 2001-09-09T01:46:40.000Z ]"),
        ("var e = new TypeError('bad'); e.stack = 'TypeError: bad'; console.log(e, { e: e })", "[TypeError: bad] { e: [TypeError: bad] }"),
        ("console.log('%s=%d (%i%%) %f %j', 'x', 42.5, 42.5, '1.5', { a: [1] }, 'rest')", "x=42.5 (42%) 1.5 {\"a\":[1]} rest"),
        ("console.log('%o', [1])", "[ 1, [length]: 1 ]"),
        ("console.log(\"it's\", [\"it's\"], { 'a-b': 'x\\ny' })", "it's [ \"it's\" ] { 'a-b': 'x\\ny' }"),
        (
            "var g = {}; Object.defineProperty(g, 'x', { get: function () { throw new Error('ran') }, enumerable: true }); console.log(g)",
            "{ x: [Getter] }",
        ),
        ("console.log([1, , 3], new Array(3), Object.create(null))", "[ 1, <1 empty item>, 3 ] [ <3 empty items> ] [Object: null prototype] {}"),
        ("function P(x) { this.x = x } console.log(new P(1), new Number(2), new String('s'))", "P { x: 1 } [Number: 2] [String: 's']"),
    ];
    for (src, want) in cases {
        let r = run(&["-e", src]);
        assert_eq!(r.code, Some(0), "{src}: {}", r.stderr);
        assert_eq!(r.stdout, format!("{want}\n"), "{src}");
    }
}

#[test]
fn console_formatter_survives_exotic_objects() {
    // Nothing here may crash, hang or run script code.
    let src = "
        var ran = false;
        var a = []; a.length = 4294967295; console.log(a);
        var deep = {}, cur = deep; for (var i = 0; i < 1000; i++) { cur.n = {}; cur = cur.n } console.log(deep);
        var f = function () {}; Object.defineProperty(f, 'name', { get: function () { ran = true } }); console.log(f);
        var e = new Error('x'); Object.defineProperty(e, 'stack', { get: function () { ran = true } }); console.log(e);
        var c = {}; Object.defineProperty(c, 'constructor', { get: function () { ran = true } }); console.log(c);
        var p = Object.create(Object.create(null)); console.log(p);
        console.log(this === undefined, [Math, JSON], (function () { return arguments })(1));
        console.log('ran', ran);
    ";
    let r = run(&["--gc-stress=5", "-e", src]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "[ <4294967295 empty items> ]\n\
         { n: { n: { n: [Object] } } }\n\
         [Function (anonymous)]\n\
         [Error: x]\n\
         {}\n\
         Object <[Object: null prototype] {}> {}\n\
         false [ Object [Math] {}, Object [JSON] {} ] [Arguments] { '0': 1 }\n\
         ran false\n"
    );
}

// ---------------------------------------------------------------------------
// Helpers

#[test]
fn load_read_quit_and_script_args() {
    let dir = scratch("helpers");
    let lib = write(&dir, "lib.js", "var fromLib = 40 + 2;\nfunction twice(x) { return 2 * x }\n");
    let bad = write(&dir, "bad.js", "var = ;\n");
    let data = write(&dir, "data.txt", "héllo\nworld\n");
    let main = write(
        &dir,
        "main.js",
        &format!(
            "load({lib:?});\nprint(fromLib, twice(4));\nprint(JSON.stringify(read({data:?})), readFile({data:?}) === read({data:?}));\n\
             try {{ load({bad:?}) }} catch (e) {{ print(e.name) }}\n\
             try {{ read('/no/such/file') }} catch (e) {{ print(e.name, e.message.indexOf('/no/such/file') >= 0) }}\n\
             print(JSON.stringify(scriptArgs));\n\
             try {{ quit(7) }} finally {{ print('finally does not run') }}\nprint('not reached');\n"
        ),
    );
    let r = run(&[&main, "--", "a", "b c", "--x", "-"]);
    assert_eq!(r.code, Some(7), "{}", r.stderr);
    assert_eq!(r.stdout, "42 8\n\"héllo\\nworld\\n\" true\nSyntaxError\nError true\n[\"a\",\"b c\",\"--x\",\"-\"]\n");
    assert_eq!(r.stderr, "");
    assert_eq!(run(&["-e", "quit()"]).code, Some(0));
    assert_eq!(run(&["-e", "quit(300)"]).code, Some(300 & 255));
    // `load` is relative to the current directory.
    let r = output(
        {
            let mut c = tarsier(&["-e", "load('lib.js'); print(fromLib)"]);
            c.current_dir(&dir);
            c
        },
        None,
    );
    assert_eq!(r.stdout, "42\n", "{}", r.stderr);
}

#[test]
fn double_dash_and_several_files() {
    let dir = scratch("dashes");
    let a = write(&dir, "a.js", "var shared = 'from a';\n");
    let b = write(&dir, "b.js", "print(shared, JSON.stringify(scriptArgs));\n");
    // Several files run in order in one engine; words after `--` are arguments.
    let r = run(&[&a, &b, "--", "x", "-e", "y"]);
    assert_eq!((r.code, r.stdout.as_str()), (Some(0), "from a [\"x\",\"-e\",\"y\"]\n"), "{}", r.stderr);
    // `--` first: the next word is the script, the rest its arguments.
    let r = run(&["--jit=off", "--", &b, "1", "2"]);
    assert_eq!(r.stdout, "", "b.js alone has no `shared`");
    assert!(r.stderr.contains("Uncaught ReferenceError: shared is not defined"), "{}", r.stderr);
    let r = run(&["-e", "print(scriptArgs.length)", "--", "1", "2"]);
    assert_eq!(r.stdout, "2\n");
    // Without `--`, every word is a file to run.
    let r = run(&[&a, &b]);
    assert_eq!(r.stdout, "from a []\n");
}

#[test]
fn dash_reads_the_program_from_stdin() {
    let r = output(tarsier(&["-", "--", "arg"]), Some("print('from stdin', scriptArgs[0]);\n"));
    assert_eq!((r.code, r.stdout.as_str()), (Some(0), "from stdin arg\n"), "{}", r.stderr);
    let r = output(tarsier(&["--", "-", "x", "y"]), Some("print(scriptArgs.join('+'))"));
    assert_eq!(r.stdout, "x+y\n", "{}", r.stderr);
    // No script and stdin not a terminal: stdin is the script.
    let r = output(tarsier(&[]), Some("print(1 + 1)"));
    assert_eq!(r.stdout, "2\n", "{}", r.stderr);
    // Errors name it.
    let r = output(tarsier(&["-"]), Some("null.x"));
    assert_eq!(r.code, Some(1));
    assert!(r.stderr.starts_with("Uncaught TypeError: Cannot read properties of null (reading 'x')\n    at <stdin>:1:"), "{}", r.stderr);
}

#[test]
fn size_suffixes() {
    for size in ["16MB", "16M", "16mb", "16384K", "16384KB", "1G", "1GB", "16777216"] {
        let r = run(&[&format!("--heap-limit={size}"), "-e", "print('ok')"]);
        assert_eq!((r.code, r.stdout.as_str()), (Some(0), "ok\n"), "{size}: {}", r.stderr);
    }
    // The limit is what the suffix says: 4 MB cannot hold 16 MB of arrays.
    let grow = "var a = []; for (var i = 0; i < 2000; i++) a.push(new Array(1000).join('x').split(''));";
    let r = run(&["--heap-limit=4MB", "-e", grow]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(r.stderr.starts_with("Uncaught RangeError"), "{}", r.stderr);
    for bad in ["16XB", "16MiB", "1.5M", "M"] {
        let r = run(&[&format!("--heap-limit={bad}"), "-e", "1"]);
        assert_eq!(r.code, Some(3), "{bad}");
        assert!(r.stderr.contains(&format!("bad size '{bad}'")), "{}", r.stderr);
    }
}

#[test]
fn unknown_diag_words_are_usage_errors() {
    let r = run(&["--jit-diag=minimal,bogus", "-e", "print(1)"]);
    assert_eq!(r.code, Some(3));
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr.starts_with("tarsier: --jit-diag: unknown word 'bogus' (valid: minimal, abort, lir, asm, exits, stats, timeline, full, timeline=FILE)"),
        "{}",
        r.stderr
    );
    let mut c = tarsier(&["-e", "print(1)"]);
    c.env("TMFLAGS", "stats,nope");
    let r = output(c, None);
    assert_eq!(r.code, Some(3));
    assert!(r.stderr.starts_with("tarsier: TMFLAGS: unknown word 'nope'"), "{}", r.stderr);
    let r = run(&["--jit-diag=minimal, abort", "-e", "print(1)"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
}

#[test]
fn version_and_help() {
    let r = run(&["--version"]);
    assert_eq!((r.code, r.stdout.trim()), (Some(0), format!("tarsier {}", env!("CARGO_PKG_VERSION")).as_str()));
    let r = run(&["--help"]);
    assert_eq!(r.code, Some(0));
    for word in ["--version", "scriptArgs", "--heap-limit=SIZE", "4 interrupted", "TZ"] {
        assert!(r.stdout.contains(word), "--help lacks {word}");
    }
    let r = run(&["--no-such-flag"]);
    assert_eq!(r.code, Some(3));
    assert!(r.stderr.starts_with("tarsier: unknown option '--no-such-flag'"), "{}", r.stderr);
}

// ---------------------------------------------------------------------------
// Exit statuses of errors

#[test]
fn runtime_syntax_errors_are_uncaught_exceptions() {
    let r = run(&["-e", "print('before'); function f() { eval('}') } f()"]);
    assert_eq!(r.code, Some(1));
    assert_eq!(r.stdout, "before\n");
    assert!(r.stderr.starts_with("Uncaught SyntaxError: Unexpected token '}'\n    at eval:1:1"), "{}", r.stderr);
    // The frames of the eval's caller follow the error's own place.
    assert!(r.stderr.contains("\n    at f (<command line>:1:"), "{}", r.stderr);
    let r = run(&["-e", "new Function('a b')"]);
    assert_eq!(r.code, Some(1));
    assert!(r.stderr.starts_with("Uncaught SyntaxError: "), "{}", r.stderr);
    // A script that does not parse is status 2.
    let r = run(&["-e", "print(1"]);
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.starts_with("SyntaxError: "), "{}", r.stderr);
    // Caught, it is an ordinary exception.
    let r = run(&["-e", "try { eval('}') } catch (e) { print(e instanceof SyntaxError) }"]);
    assert_eq!((r.code, r.stdout.as_str()), (Some(0), "true\n"));
}

// ---------------------------------------------------------------------------
// Output

/// The shell with stdout and stderr on one pipe (as `2>&1` does).
fn merged(args: &[&str]) -> (Option<i32>, String) {
    let mut c = Command::new("sh");
    c.arg("-c").arg("exec \"$0\" \"$@\" 2>&1").arg(TARSIER).args(args).env_remove("TMFLAGS").env("TZ", "UTC").stdin(Stdio::null());
    let out = c.output().expect("sh");
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn stdout_and_stderr_keep_their_order_on_one_pipe() {
    let (code, text) = merged(&["-e", "print('one'); console.error('two'); console.log('three'); console.warn('four'); print('five'); throw new Error('six')"]);
    assert_eq!(code, Some(1));
    assert_eq!(text, "one\ntwo\nthree\nfour\nfive\nUncaught Error: six\n    at <command line>:1:102\n");
    // Much output before an error: all of it comes first.
    let (code, text) = merged(&["-e", "for (var i = 0; i < 20000; i++) print('line ' + i); null.x"]);
    assert_eq!(code, Some(1));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 20002);
    assert_eq!(lines[19999], "line 19999");
    assert!(lines[20000].starts_with("Uncaught TypeError"));
}

#[test]
fn large_output_to_a_pipe_is_complete() {
    let r = run(&["-e", "for (var i = 0; i < 200000; i++) console.log('line', i);"]);
    assert_eq!(r.code, Some(0));
    let n = r.stdout.lines().count();
    assert_eq!(n, 200000);
    assert!(r.stdout.ends_with("line 199999\n"));
}

fn have_script() -> bool {
    Command::new("script").arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
}

/// Reads `child`'s stdout until `needle` shows up; the time it took.
fn time_until(child: &mut Child, needle: &str, limit: Duration) -> Option<Duration> {
    let start = Instant::now();
    let mut out = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    let needle = needle.to_string();
    std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut buf = [0u8; 256];
        while let Ok(n) = out.read(&mut buf) {
            if n == 0 {
                break;
            }
            seen.extend_from_slice(&buf[..n]);
            if String::from_utf8_lossy(&seen).contains(&needle) {
                let _ = tx.send(());
            }
        }
    });
    rx.recv_timeout(limit).ok().map(|()| start.elapsed())
}

/// `script` running `command` on a pseudo-terminal. `script` starts it with
/// `$SHELL -c`; `exec` makes the shell replace itself with the command, since
/// a shell that stayed (dash does) would be in the terminal's foreground group
/// and be killed by the ^C meant for the command, and `script` reports the
/// shell's status.
fn on_pty(command: &str) -> Command {
    let mut c = Command::new("script");
    c.args(["-qec", &format!("exec {command}"), "/dev/null"]).env("SHELL", "/bin/sh");
    c
}

#[test]
fn stdout_is_line_buffered_on_a_terminal() {
    if !have_script() {
        eprintln!("skipped: `script` (util-linux) is not installed");
        return;
    }
    let dir = scratch("pty");
    let busy = write(&dir, "busy.js", "print('first line');\nvar t = Date.now(); while (Date.now() - t < 2000) {}\nprint('after the loop');\n");
    // `script` runs the shell on a pseudo-terminal.
    let mut child = on_pty(&format!("{TARSIER} {busy}"))
        .env("TZ", "UTC")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .expect("script");
    let t = time_until(&mut child, "first line", Duration::from_secs(10));
    let status = child.wait().expect("wait");
    let t = t.expect("the first line arrives");
    assert!(t < Duration::from_millis(1500), "the first line took {t:?}: held until the 2 s loop ended");
    assert!(status.success());
}

/// What a terminal would show of `raw` as plain text: the line editor's
/// escape sequences (cursor moves, line clearing, bracketed paste) and
/// carriage returns taken out, so redrawn lines read as "> 6 * 7".
fn plain_text(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                // CSI: ESC [ parameters, then a final byte in '@'..='~'.
                if chars.next_if_eq(&'[').is_some() {
                    while chars.next().is_some_and(|p| !('@'..='~').contains(&p)) {}
                } else {
                    chars.next();
                }
            }
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// The REPL on a pseudo-terminal, typed into and read as a person would.
struct Repl {
    child: Child,
    input: std::process::ChildStdin,
    screen: std::sync::mpsc::Receiver<String>,
    seen: String,
    /// Where the next expectation starts looking in `seen`.
    at: usize,
}

impl Repl {
    /// Starts `tarsier` (the REPL) with `home` as $HOME (its history file);
    /// None where `script` is missing.
    fn start(home: &Path) -> Option<Repl> {
        if !have_script() {
            eprintln!("skipped: `script` (util-linux) is not installed");
            return None;
        }
        let mut child = on_pty(TARSIER)
            .env("TZ", "UTC")
            .env("TERM", "xterm")
            .env("HOME", home)
            .env_remove("TMFLAGS")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("script");
        let input = child.stdin.take().expect("stdin");
        let mut out = child.stdout.take().expect("stdout");
        let (tx, screen) = std::sync::mpsc::channel::<String>();
        std::thread::spawn(move || {
            let mut raw = Vec::new();
            let mut buf = [0u8; 256];
            while let Ok(n) = out.read(&mut buf) {
                if n == 0 {
                    break;
                }
                raw.extend_from_slice(&buf[..n]);
                let _ = tx.send(plain_text(&raw));
            }
        });
        Some(Repl { child, input, screen, seen: String::new(), at: 0 })
    }

    /// Waits until `needle` shows up after what earlier expectations matched.
    /// (The limit only keeps a broken shell from hanging the test.)
    #[track_caller]
    fn expect(&mut self, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(p) = self.seen.get(self.at..).and_then(|s| s.find(needle)) {
                self.at += p + needle.len();
                return;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.screen.recv_timeout(left) {
                Ok(s) => self.seen = s,
                Err(_) => panic!("no {needle:?} after {:?} in {:?}", &self.seen[..self.at.min(self.seen.len())], self.seen.get(self.at..)),
            }
        }
    }

    /// Types `keys` (a line ends with "\r", as the Enter key sends).
    fn keys(&mut self, keys: &str) {
        self.input.write_all(keys.as_bytes()).expect("type");
    }

    /// Waits for the shell to exit; its status.
    fn exit_status(&mut self) -> std::process::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the REPL did not exit: {:?}", self.seen);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Repl {
    /// A failed test leaves no shell behind (it would hold the test's output
    /// pipes open).
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[test]
fn repl_prints_before_the_next_prompt_and_ctrl_c_cancels_the_line() {
    let home = scratch("repl-ctrl-c");
    let Some(mut repl) = Repl::start(&home) else { return };
    // Keystrokes go through `script`'s pseudo-terminal: ^C (\x03) there is
    // SIGINT for the shell while a line runs, and a key for the line editor
    // at the prompt.
    repl.expect("> ");
    repl.keys("print('first')\r");
    repl.expect("first\n> ");
    repl.keys("({ a: [1, 'x'] })\r");
    repl.expect("{ a: [ 1, 'x' ] }\n> ");
    repl.keys("print('looping'); while (true) {}\r");
    repl.expect("looping\n");
    std::thread::sleep(Duration::from_millis(300));
    repl.keys("\x03");
    repl.expect("Interrupted\n> ");
    repl.keys("6 * 7\r");
    repl.expect("42\n> ");
    // Ctrl-C at the prompt asks for another; the second one exits.
    repl.keys("\x03");
    repl.expect("(To exit, press Ctrl+C again or Ctrl+D)\n> ");
    repl.keys("\x03");
    let status = repl.exit_status();
    assert!(status.success(), "{status:?}");
}

#[test]
fn repl_continues_incomplete_input_on_the_next_line() {
    let home = scratch("repl-continue");
    let Some(mut repl) = Repl::start(&home) else { return };
    repl.expect("> ");
    repl.keys("function twice(a) {\r");
    repl.expect("... ");
    repl.keys("  return a * 2\r");
    repl.expect("... ");
    repl.keys("}\r");
    repl.expect("}\n> ");
    repl.keys("twice(21)\r");
    repl.expect("42\n> ");
    // An empty line drops the pending input.
    repl.keys("[1,\r");
    repl.expect("... ");
    repl.keys("\r");
    repl.expect("\n> ");
    // So does Ctrl-C, without asking whether to exit.
    repl.keys("(1 +\r");
    repl.expect("... ");
    repl.keys("\x03");
    repl.expect("\n> ");
    repl.keys("[1, 2].length\r");
    repl.expect("2\n> ");
    assert!(!repl.seen.contains("To exit"), "{:?}", repl.seen);
    // Ctrl-D exits.
    repl.keys("\x04");
    let status = repl.exit_status();
    assert!(status.success(), "{status:?}");
}

#[test]
fn repl_reports_a_syntax_error_in_continued_input_and_goes_on() {
    let home = scratch("repl-syntax");
    let Some(mut repl) = Repl::start(&home) else { return };
    repl.expect("> ");
    repl.keys("var o = {\r");
    repl.expect("... ");
    repl.keys("  a: 1 b\r");
    // The position is the entry's own line 2.
    repl.expect("SyntaxError: Unexpected identifier 'b'\n    at <repl:1>:2:8\n> ");
    repl.keys("typeof o\r");
    repl.expect("'undefined'\n> ");
    repl.keys("\x04");
    let status = repl.exit_status();
    assert!(status.success(), "{status:?}");
}

#[test]
fn repl_recalls_history_with_the_up_arrow() {
    let home = scratch("repl-history");
    let _ = std::fs::remove_file(home.join(".tarsier_history"));
    let Some(mut repl) = Repl::start(&home) else { return };
    repl.expect("> ");
    repl.keys("var n = 6 * 7; n\r");
    repl.expect("42\n> ");
    repl.keys("n + 1\r");
    repl.expect("43\n> ");
    // Up twice: the line before last.
    repl.keys("\x1b[A");
    repl.expect("n + 1");
    repl.keys("\x1b[A");
    repl.expect("var n = 6 * 7; n");
    repl.keys("\r");
    repl.expect("42\n> ");
    repl.keys("\x04");
    assert!(repl.exit_status().success());
    // The history is kept in $HOME/.tarsier_history for the next session.
    let saved = std::fs::read_to_string(home.join(".tarsier_history")).expect("history file");
    assert!(saved.contains("var n = 6 * 7; n") && saved.contains("n + 1"), "{saved:?}");
    drop(repl);
    let Some(mut repl) = Repl::start(&home) else { return };
    repl.expect("> ");
    repl.keys("\x1b[A");
    repl.expect("var n = 6 * 7; n");
    repl.keys("\r");
    repl.expect("42\n> ");
    repl.keys("\x04");
    assert!(repl.exit_status().success());
}

// ---------------------------------------------------------------------------
// Ctrl-C

/// Starts `script` and waits until it has written `ready` to stderr (which is
/// written at once), so the signal arrives inside the loop that follows.
fn start_and_wait(args: &[&str], ready: &str) -> Child {
    let mut c = tarsier(args);
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = c.spawn().expect("start");
    let mut err = child.stderr.take().expect("stderr");
    let mut seen = Vec::new();
    let mut buf = [0u8; 64];
    while !String::from_utf8_lossy(&seen).contains(ready) {
        let n = err.read(&mut buf).expect("read stderr");
        assert!(n > 0, "tarsier ended before {ready:?}: {}", String::from_utf8_lossy(&seen));
        seen.extend_from_slice(&buf[..n]);
    }
    // Keep draining stderr so the shell never blocks on it.
    std::thread::spawn(move || {
        let mut rest = String::new();
        let _ = err.read_to_string(&mut rest);
    });
    child
}

fn interrupt(child: &Child) {
    std::thread::sleep(Duration::from_millis(200));
    // SAFETY: kill(2) with a valid signal on our own child's pid.
    let r = unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    assert_eq!(r, 0, "kill");
}

#[test]
fn sigint_stops_a_runaway_loop_with_status_4() {
    let src = "print('printed before the loop'); console.error('looping'); var x = 0; for (var i = 0; ; i++) { x = (x + i) | 0 }";
    for jit in ["--jit=off", "--jit=sync", "--jit=on"] {
        let mut child = start_and_wait(&[jit, "-e", src], "looping");
        interrupt(&child);
        let mut out = String::new();
        child.stdout.take().expect("stdout").read_to_string(&mut out).expect("stdout");
        let status = child.wait().expect("wait");
        assert_eq!(status.code(), Some(4), "{jit}: {status:?}");
        assert_eq!(out, "printed before the loop\n", "{jit}");
    }
}

#[test]
fn sigint_stops_a_loop_inside_a_called_function() {
    // A hot loop in a function called from a loop (a tree calling a tree).
    let src = "function spin(n) { var s = 0; for (var j = 0; j < n; j++) s += j; return s }\n\
               print('start'); console.error('looping'); while (true) spin(1000);";
    let mut child = start_and_wait(&["--jit=sync", "-e", src], "looping");
    interrupt(&child);
    let mut out = String::new();
    child.stdout.take().expect("stdout").read_to_string(&mut out).expect("stdout");
    let status = child.wait().expect("wait");
    assert_eq!((status.code(), out.as_str()), (Some(4), "start\n"));
}

// ---------------------------------------------------------------------------
// Time zone

fn have_zone(name: &str) -> bool {
    Path::new("/usr/share/zoneinfo").join(name).exists()
}

#[test]
fn tz_selects_the_local_time_zone() {
    if !have_zone("Europe/Berlin") || !have_zone("America/New_York") || !have_zone("Etc/GMT-1") {
        eprintln!("skipped: no tz database in /usr/share/zoneinfo");
        return;
    }
    let src = "var ds = [new Date(2020, 0, 15, 12, 30), new Date(2020, 6, 1, 12), new Date(2021, 2, 28, 2, 30), new Date(2021, 9, 31, 2, 30)];\n\
               for (var i = 0; i < ds.length; i++) print(ds[i].toString(), ds[i].getTimezoneOffset(), ds[i].toISOString());";
    // Lines node 20 prints with the same TZ.
    let zones: &[(&str, &str)] = &[
        (
            "Europe/Berlin",
            "Wed Jan 15 2020 12:30:00 GMT+0100 (Central European Standard Time) -60 2020-01-15T11:30:00.000Z\n\
             Wed Jul 01 2020 12:00:00 GMT+0200 (Central European Summer Time) -120 2020-07-01T10:00:00.000Z\n\
             Sun Mar 28 2021 03:30:00 GMT+0200 (Central European Summer Time) -120 2021-03-28T01:30:00.000Z\n\
             Sun Oct 31 2021 02:30:00 GMT+0200 (Central European Summer Time) -120 2021-10-31T00:30:00.000Z\n",
        ),
        (
            "America/New_York",
            "Wed Jan 15 2020 12:30:00 GMT-0500 (Eastern Standard Time) 300 2020-01-15T17:30:00.000Z\n\
             Wed Jul 01 2020 12:00:00 GMT-0400 (Eastern Daylight Time) 240 2020-07-01T16:00:00.000Z\n\
             Sun Mar 28 2021 02:30:00 GMT-0400 (Eastern Daylight Time) 240 2021-03-28T06:30:00.000Z\n\
             Sun Oct 31 2021 02:30:00 GMT-0400 (Eastern Daylight Time) 240 2021-10-31T06:30:00.000Z\n",
        ),
        (
            "UTC",
            "Wed Jan 15 2020 12:30:00 GMT+0000 (Coordinated Universal Time) 0 2020-01-15T12:30:00.000Z\n\
             Wed Jul 01 2020 12:00:00 GMT+0000 (Coordinated Universal Time) 0 2020-07-01T12:00:00.000Z\n\
             Sun Mar 28 2021 02:30:00 GMT+0000 (Coordinated Universal Time) 0 2021-03-28T02:30:00.000Z\n\
             Sun Oct 31 2021 02:30:00 GMT+0000 (Coordinated Universal Time) 0 2021-10-31T02:30:00.000Z\n",
        ),
    ];
    for (zone, want) in zones {
        let mut c = tarsier(&["-e", src]);
        c.env("TZ", zone);
        let r = output(c, None);
        assert_eq!(r.stdout, *want, "TZ={zone}: {}", r.stderr);
    }
    // The corpus's fixed-zone goldens (node with TZ=Etc/GMT-1 and Etc/GMT+5).
    let tz_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/tz");
    for (zone, golden) in [("Etc/GMT-1", "local.Etc_GMT-1.expected"), ("Etc/GMT+5", "local.Etc_GMTp5.expected")] {
        let mut c = tarsier(&[tz_dir.join("local.js").to_str().expect("path")]);
        c.env("TZ", zone);
        let r = output(c, None);
        let want = std::fs::read_to_string(tz_dir.join(golden)).expect("golden");
        assert!(r.stdout == want, "TZ={zone}: the shell's output differs from {golden}");
    }
}

// ---------------------------------------------------------------------------
// Input encoding and native stack depth

#[test]
fn invalid_utf8_on_stdin_is_an_error() {
    let mut c = tarsier(&["-"]);
    c.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = c.spawn().expect("start tarsier");
    child.stdin.take().expect("stdin").write_all(b"print(1)\xff").expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!((out.status.code(), out.stdout.as_slice()), (Some(3), &b""[..]), "{stderr}");
    assert!(stderr.contains("cannot read stdin: not valid UTF-8 (byte 0xff at offset 8)"), "{stderr}");
    // A file is read as node reads it: U+FFFD in place of each bad byte.
    let dir = scratch("utf8");
    let path = dir.join("bad.js");
    std::fs::write(&path, b"print('a\xffb'.length, 'a\xffb'.charCodeAt(1))").expect("write file");
    let r = run(&[path.to_str().expect("path")]);
    assert_eq!((r.code, r.stdout.as_str()), (Some(0), "3 65533\n"), "{}", r.stderr);
}

#[test]
fn natives_nest_as_deep_as_the_native_stack_allows() {
    let nest = "function f(n) { return n ? [n].map(function () { return f(n - 1) + 1 })[0] : 0 }\n\
                var deep; try { f(1e6) } catch (e) { deep = e instanceof RangeError }\n\
                var d = 0; function g() { d++; [0].map(g) } try { g() } catch (e) {}\n\
                print(f(5000), deep, d > 5000)";
    for mode in ["--jit=off", "--jit=sync", "--jit=background", "--jit-hot=1", "--gc-stress=97"] {
        let r = run(&[mode, "-e", nest]);
        assert_eq!((r.code, r.stdout.as_str()), (Some(0), "5000 true true\n"), "{mode}: {}", r.stderr);
    }
    // A smaller stack: fewer levels, still a RangeError and no crash.
    let r = run(&["--native-stack=4M", "--max-call-depth=1000000", "-e", "var d = 0; function g() { d++; [0].map(g) } try { g() } catch (e) { print(e.name, d > 100, d < 5000) }"]);
    assert_eq!((r.code, r.stdout.as_str()), (Some(0), "RangeError true true\n"), "{}", r.stderr);
}
