//! The `tarsier` shell.
//!
//! ```text
//! tarsier [options] file.js [more.js ...] [-- args]   run files in order in one engine
//! tarsier [options] -- file.js [args ...]             run one file with arguments
//! tarsier [options] -e 'code'                         run code given on the command line
//! tarsier [options] -                                 run the program on stdin
//! tarsier [options]                                   REPL (when stdin is a terminal)
//! ```
//!
//! Exit codes: 0 success, 1 uncaught exception, 2 syntax error, 3 usage or I/O
//! error, 4 interrupted, 5 JIT check violations; `quit(code)` exits with `code`.
//!
//! Output: stdout is line-buffered on a terminal and block-buffered otherwise;
//! it is written out before anything goes to stderr, before the REPL reads a
//! line, at exit and when the script is interrupted.

use std::io::{IsTerminal, Read};
use std::process::ExitCode;
use std::sync::mpsc;
use std::sync::Arc;

use engine_core::{Engine, Error};
use engine_std::cli::{parse_args, Command, JitMode, Options, Source, USAGE};
use engine_std::host::{Compiler, StdHost};
use engine_std::signals::{Event, Interrupts, SIGTERM};
use engine_std::{inspect, shell, stdio};

/// Reports an error on stderr (after stdout's pending output) and returns the
/// exit status for it.
fn report(e: &Error, ints: &Interrupts) -> u8 {
    match e {
        Error::Syntax { .. } => {
            stdio::error_line(&e.to_string());
            2
        }
        Error::Exception { message, stack } => {
            stdio::error_line(&format!("Uncaught {message}{stack}"));
            1
        }
        Error::Interrupted => {
            if let Some(code) = shell::quit_code() {
                return code;
            }
            if ints.received() != Some(SIGTERM) {
                // On a terminal, after the echoed ^C.
                stdio::error_line(if std::io::stderr().is_terminal() { "\nInterrupted" } else { "Interrupted" });
            }
            4
        }
        Error::Init(m) => {
            stdio::error_line(&format!("tarsier: {m}"));
            3
        }
    }
}

/// Writes the JIT timeline picture (`--jit-diag=timeline`) and says where;
/// `false` when the file could not be written.
fn write_timeline(engine: &mut Engine, path: Option<&str>) -> bool {
    let Some(svg) = engine.jit_timeline_svg() else { return true };
    let path = path.map_or_else(engine_std::cli::default_timeline_path, str::to_string);
    match std::fs::write(&path, svg) {
        Ok(()) => {
            stdio::error_line(&format!("jit timeline: wrote {path}"));
            true
        }
        Err(err) => {
            stdio::error_line(&format!("tarsier: cannot write the JIT timeline to {path}: {err}"));
            false
        }
    }
}

/// The exit status once the scripts are done (`result`: how the last ended).
fn finish(engine: &mut Engine, result: Result<(), Error>, ints: &Interrupts, timeline: Option<&str>) -> u8 {
    engine.vm().jit_report_stats();
    let written = write_timeline(engine, timeline);
    let code = match result {
        Ok(()) if ints.received().is_some() => report(&Error::Interrupted, ints),
        Ok(()) if !written => 3,
        Ok(()) => 0,
        Err(e) => report(&e, ints),
    };
    if code == 0 || shell::quit_code().is_some() {
        let failures = engine.jit_stats().check_failures;
        if failures > 0 {
            stdio::error_line(&format!("tarsier: the JIT's checking mode found {failures} violations"));
            return 5;
        }
    }
    code
}

fn read_stdin() -> Result<String, std::io::Error> {
    let mut bytes = Vec::new();
    std::io::stdin().lock().read_to_end(&mut bytes)?;
    // A program piped in is rejected whole when it is not UTF-8 (files, as in
    // node, read with U+FFFD in place of bad bytes).
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let byte = e.as_bytes()[at];
        std::io::Error::new(std::io::ErrorKind::InvalidData, format!("not valid UTF-8 (byte 0x{byte:02x} at offset {at})"))
    })
}

fn run(opts: Options, ints: Arc<Interrupts>) -> u8 {
    let compiler = match opts.jit {
        JitMode::Off => Compiler::None,
        JitMode::Sync => Compiler::Sync,
        JitMode::Background => Compiler::Pool(engine_std::host::shared_pool(opts.jit_workers)),
    };
    let mut engine = match Engine::new(opts.config.clone(), Box::new(StdHost::with_compiler(compiler))) {
        Ok(e) => e,
        Err(e) => return report(&e, &ints),
    };
    ints.set_flag(engine.interrupt_flag());
    let tl = opts.timeline_path.as_deref();
    if let Err(e) = shell::install(&mut engine, &opts.script_args) {
        return report(&e, &ints);
    }
    let mut sources = opts.sources.clone();
    if sources.is_empty() {
        if std::io::stdin().is_terminal() {
            return repl(&mut engine, &ints, tl);
        }
        // Not a terminal: all of stdin is the script.
        sources.push(Source::Stdin);
    }
    for src in &sources {
        let (text, name) = match src {
            Source::File(path) => match std::fs::read(path) {
                Ok(bytes) => (String::from_utf8_lossy(&bytes).into_owned(), path.clone()),
                Err(err) => {
                    stdio::error_line(&format!("tarsier: cannot read {path}: {err}"));
                    return 3;
                }
            },
            Source::Inline(code) => (code.clone(), String::from("<command line>")),
            Source::Stdin => match read_stdin() {
                Ok(text) => (text, String::from("<stdin>")),
                Err(err) => {
                    stdio::error_line(&format!("tarsier: cannot read stdin: {err}"));
                    return 3;
                }
            },
        };
        if opts.dump_bytecode {
            match engine.disassemble(&text, &name) {
                Ok(listing) => stdio::write_str(&listing),
                Err(e) => return finish(&mut engine, Err(e), &ints, tl),
            }
        }
        if let Err(e) = engine.eval(&text, &name) {
            return finish(&mut engine, Err(e), &ints, tl);
        }
        if ints.received().is_some() {
            // Interrupted where no loop edge noticed it.
            break;
        }
    }
    finish(&mut engine, Ok(()), &ints, tl)
}

/// What the REPL does after an entry.
enum Step {
    /// Read the next entry.
    Next,
    /// The entry is incomplete: read another line of it.
    More,
    /// `quit()` ran: exit with this status.
    Exit(u8),
}

/// Runs the REPL's pending entry (its lines so far) unless it fails to parse
/// only because it ends early; prints its value with the inspect formatter.
fn run_entry(engine: &mut Engine, ints: &Interrupts, entry: &mut String, entries: &mut u32, tl: Option<&str>) -> Step {
    let name = format!("<repl:{}>", *entries + 1);
    ints.set_running();
    let result = engine.eval(entry, &name);
    if matches!(result, Err(Error::Syntax { .. })) && engine.is_incomplete(entry) {
        return Step::More;
    }
    entry.clear();
    *entries += 1;
    match result {
        Ok(v) if v.is_undefined() => {}
        Ok(v) => match inspect::inspect(engine.vm(), v, inspect::Options::default()) {
            Ok(s) => stdio::write_line(&s),
            Err(exc) => {
                let e = engine.error_from(exc);
                report(&e, ints);
            }
        },
        Err(Error::Interrupted) if shell::quit_code().is_some() => return Step::Exit(finish(engine, Err(Error::Interrupted), ints, tl)),
        Err(e) => {
            report(&e, ints);
        }
    }
    Step::Next
}

/// The read-eval-print loop on a terminal. An entry that ends early (an open
/// brace, an unfinished expression) is continued on the next line with the
/// `... ` prompt; an empty line or Ctrl-C drops it. Ctrl-C at an empty prompt
/// asks for a second one, which exits; so does Ctrl-D.
fn repl(engine: &mut Engine, ints: &Interrupts, tl: Option<&str>) -> u8 {
    let (tx, rx) = mpsc::channel();
    ints.set_repl(tx.clone());
    let Some(input) = engine_std::input::Input::spawn(tx) else {
        return 3;
    };
    let mut entry = String::new();
    let mut entries = 0;
    let mut exit_armed = false;
    // A read is under way (a SIGINT at the prompt does not end it).
    let mut reading = false;
    loop {
        if !reading {
            ints.set_prompt();
            // What the last entry printed comes before the prompt.
            stdio::flush();
            input.read(if entry.is_empty() { "> " } else { "... " });
            reading = true;
        }
        let event = rx.recv().unwrap_or(Event::Eof);
        if !matches!(event, Event::Interrupt) {
            reading = false;
        }
        match event {
            Event::Line(line) => {
                exit_armed = false;
                if !entry.is_empty() && line.trim().is_empty() {
                    entry.clear();
                    continue;
                }
                entry.push_str(&line);
                entry.push('\n');
                if let Step::Exit(code) = run_entry(engine, ints, &mut entry, &mut entries, tl) {
                    return code;
                }
            }
            Event::Interrupt | Event::Cancel => {
                // After the ^C the terminal echoed (the editor ends its line).
                if matches!(event, Event::Interrupt) {
                    stdio::write_str("\n");
                }
                if !entry.is_empty() {
                    entry.clear();
                } else if exit_armed {
                    return finish(engine, Ok(()), &Interrupts::default(), tl);
                } else {
                    exit_armed = true;
                    stdio::write_str("(To exit, press Ctrl+C again or Ctrl+D)\n");
                }
                if reading {
                    // The read goes on: its next line starts a new entry.
                    stdio::write_str("> ");
                    stdio::flush();
                }
            }
            Event::Eof => return finish(engine, Ok(()), &Interrupts::default(), tl),
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&args) {
        Ok(Command::Run(o)) => *o,
        Ok(Command::Help) => {
            stdio::write_str(USAGE);
            stdio::flush();
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            stdio::write_line(&format!("tarsier {}", env!("CARGO_PKG_VERSION")));
            stdio::flush();
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            stdio::error_line(&format!("tarsier: {msg}\n(tarsier --help lists the options)"));
            return ExitCode::from(3);
        }
    };
    let ints = Interrupts::install();
    // Run on a thread with a large native stack: natives that call back into
    // script nest on it (the engine bounds that nesting itself).
    let stack = opts.native_stack_bytes;
    let shared = ints.clone();
    let handle = std::thread::Builder::new().name(String::from("tarsier-script")).stack_size(stack).spawn(move || run(opts, shared));
    let code = match handle {
        Ok(h) => h.join().unwrap_or(70),
        Err(e) => {
            stdio::error_line(&format!("tarsier: cannot start the script thread: {e}"));
            3
        }
    };
    stdio::flush();
    if ints.received() == Some(SIGTERM) {
        engine_std::signals::die(SIGTERM);
    }
    ExitCode::from(code)
}
