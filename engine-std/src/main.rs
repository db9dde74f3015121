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

use std::io::{BufRead, IsTerminal, Read};
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

/// The exit status once the scripts are done (`result`: how the last ended).
fn finish(engine: &mut Engine, result: Result<(), Error>, ints: &Interrupts) -> u8 {
    engine.vm().jit_report_stats();
    let code = match result {
        Ok(()) if ints.received().is_some() => report(&Error::Interrupted, ints),
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
    if let Err(e) = shell::install(&mut engine, &opts.script_args) {
        return report(&e, &ints);
    }
    let mut sources = opts.sources.clone();
    if sources.is_empty() {
        if std::io::stdin().is_terminal() {
            return repl(&mut engine, &ints);
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
                Err(e) => return finish(&mut engine, Err(e), &ints),
            }
        }
        if let Err(e) = engine.eval(&text, &name) {
            return finish(&mut engine, Err(e), &ints);
        }
        if ints.received().is_some() {
            // Interrupted where no loop edge noticed it.
            break;
        }
    }
    finish(&mut engine, Ok(()), &ints)
}

/// Reads lines on a thread of its own, so Ctrl-C at the prompt (sent by the
/// signal thread into the same channel) is seen while a read is pending.
fn spawn_reader(tx: mpsc::Sender<Event>) {
    let spawned = std::thread::Builder::new().name(String::from("tarsier-stdin")).spawn(move || {
        let stdin = std::io::stdin();
        loop {
            let mut line = String::new();
            match stdin.lock().read_line(&mut line) {
                Ok(0) | Err(_) => {
                    let _ = tx.send(Event::Eof);
                    return;
                }
                Ok(_) => {
                    if tx.send(Event::Line(line)).is_err() {
                        return;
                    }
                }
            }
        }
    });
    if let Err(e) = spawned {
        stdio::error_line(&format!("tarsier: cannot start the input thread: {e}"));
    }
}

fn repl(engine: &mut Engine, ints: &Interrupts) -> u8 {
    let (tx, rx) = mpsc::channel();
    ints.set_repl(tx.clone());
    spawn_reader(tx);
    let mut line_no = 0;
    let mut exit_armed = false;
    loop {
        ints.set_prompt();
        stdio::write_str("> ");
        stdio::flush();
        match rx.recv() {
            Ok(Event::Line(line)) => {
                exit_armed = false;
                line_no += 1;
                ints.set_running();
                match engine.eval(&line, &format!("<repl:{line_no}>")) {
                    Ok(v) => {
                        if !v.is_undefined() {
                            match inspect::inspect(engine.vm(), v, inspect::Options::default()) {
                                Ok(s) => stdio::write_line(&s),
                                Err(exc) => {
                                    let e = engine.error_from(exc);
                                    report(&e, ints);
                                }
                            }
                        }
                    }
                    Err(Error::Interrupted) if shell::quit_code().is_some() => return finish(engine, Err(Error::Interrupted), ints),
                    Err(e) => {
                        report(&e, ints);
                    }
                }
            }
            Ok(Event::Interrupt) => {
                if exit_armed {
                    stdio::write_str("\n");
                    return finish(engine, Ok(()), &Interrupts::default());
                }
                exit_armed = true;
                stdio::write_str("\n(To exit, press Ctrl+C again or Ctrl+D)\n");
            }
            Ok(Event::Eof) | Err(_) => {
                stdio::write_str("\n");
                return finish(engine, Ok(()), &Interrupts::default());
            }
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
