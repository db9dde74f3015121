//! The `tarsier` shell.
//!
//! ```text
//! tarsier [options] file.js [more.js ...]   run files in order in one engine
//! tarsier [options] -e 'code'               run code given on the command line
//! tarsier [options]                         REPL (when stdin is a terminal)
//! ```
//!
//! Exit codes: 0 success, 1 uncaught exception, 2 syntax error, 3 usage or I/O
//! error, 4 interrupted.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use engine_core::{Engine, Error};
use engine_std::cli::{parse_args, Options, Source, USAGE};
use engine_std::cli::JitMode;
use engine_std::host::{Compiler, StdHost};

fn report(e: &Error) -> u8 {
    match e {
        Error::Syntax { .. } => {
            eprintln!("{e}");
            2
        }
        Error::Exception { message, stack } => {
            eprintln!("Uncaught {message}{stack}");
            1
        }
        Error::Interrupted => {
            eprintln!("Interrupted");
            4
        }
        Error::Init(m) => {
            eprintln!("tarsier: {m}");
            3
        }
    }
}

fn run(opts: Options) -> u8 {
    let compiler = match opts.jit {
        JitMode::Off => Compiler::None,
        JitMode::Sync => Compiler::Sync,
        JitMode::Background => Compiler::Pool(engine_std::host::shared_pool(opts.jit_workers)),
    };
    let mut engine = match Engine::new(opts.config.clone(), Box::new(StdHost::with_compiler(compiler))) {
        Ok(e) => e,
        Err(e) => return report(&e),
    };
    if opts.sources.is_empty() {
        return repl(&mut engine);
    }
    for src in &opts.sources {
        let (text, name) = match src {
            Source::File(path) => match std::fs::read(path) {
                Ok(bytes) => (String::from_utf8_lossy(&bytes).into_owned(), path.clone()),
                Err(err) => {
                    eprintln!("tarsier: cannot read {path}: {err}");
                    return 3;
                }
            },
            Source::Inline(code) => (code.clone(), String::from("<command line>")),
        };
        if opts.dump_bytecode {
            match engine.disassemble(&text, &name) {
                Ok(listing) => print!("{listing}"),
                Err(e) => return report(&e),
            }
        }
        if let Err(e) = engine.eval(&text, &name) {
            engine.vm().jit_report_stats();
            return report(&e);
        }
    }
    engine.vm().jit_report_stats();
    let failures = engine.jit_stats().check_failures;
    if failures > 0 {
        eprintln!("tarsier: the JIT's checking mode found {failures} violations");
        return 5;
    }
    0
}

fn repl(engine: &mut Engine) -> u8 {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        // Not a terminal: run all of stdin as one script.
        let mut text = String::new();
        for line in stdin.lock().lines() {
            match line {
                Ok(l) => {
                    text.push_str(&l);
                    text.push('\n');
                }
                Err(_) => break,
            }
        }
        return match engine.eval(&text, "<stdin>") {
            Ok(_) => 0,
            Err(e) => report(&e),
        };
    }
    let mut line_no = 0;
    loop {
        print!("> ");
        let _ = std::io::stdout().flush();
        let mut line = String::new();
        match stdin.lock().read_line(&mut line) {
            Ok(0) | Err(_) => {
                println!();
                return 0;
            }
            Ok(_) => {}
        }
        line_no += 1;
        match engine.eval(&line, &format!("<repl:{line_no}>")) {
            Ok(v) => {
                if !v.is_undefined() {
                    match engine.to_rust_string(v) {
                        Ok(s) => println!("{s}"),
                        Err(e) => {
                            report(&e);
                        }
                    }
                }
            }
            Err(e) => {
                report(&e);
            }
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&args) {
        Ok(Some(o)) => o,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("tarsier: {msg}\n{USAGE}");
            return ExitCode::from(3);
        }
    };
    // Run on a thread with a large native stack: natives that call back into
    // script nest on it (the engine bounds that nesting itself).
    let stack = opts.native_stack_bytes;
    let handle = std::thread::Builder::new().name(String::from("tarsier-script")).stack_size(stack).spawn(move || run(opts));
    let code = match handle {
        Ok(h) => h.join().unwrap_or(70),
        Err(e) => {
            eprintln!("tarsier: cannot start the script thread: {e}");
            3
        }
    };
    ExitCode::from(code)
}
