//! Ctrl-C (SIGINT) and SIGTERM in the shell.
//!
//! Signals are received on a thread of their own (signal-hook's self-pipe), so
//! nothing runs in signal context. SIGINT while a script runs sets the engine's
//! interrupt flag: the interpreter and compiled traces check it at loop edges
//! and stop the script with [`engine_core::Error::Interrupted`], after which the
//! shell flushes its output and exits with status 4 (the REPL goes on with the
//! next line). SIGINT while the REPL waits for a line goes to the REPL as
//! [`Event::Interrupt`] (the line editor reads keys in raw mode, where Ctrl-C
//! is no signal; it reports it as [`Event::Cancel`]). A second SIGINT before the script has stopped (it is
//! inside one long native call, where no loop edge is crossed) ends the process
//! at once, as SIGINT would, after writing out what output it can. SIGTERM stops
//! the script the same way, flushes, and ends the process by SIGTERM (at once
//! if the script does not stop within a second).

use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU8, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, OnceLock};

/// What the REPL's input delivers.
#[derive(Debug)]
pub enum Event {
    /// A line read from stdin (without its newline).
    Line(String),
    /// End of input (Ctrl-D).
    Eof,
    /// SIGINT at the prompt (Ctrl-C when the line editor is not in use): a
    /// pending read goes on.
    Interrupt,
    /// Ctrl-C typed into the line editor: the read has ended.
    Cancel,
}

/// SIGINT's number (2 on every Unix, and what Windows' C runtime uses).
pub const SIGINT: i32 = 2;
/// SIGTERM's number.
pub const SIGTERM: i32 = 15;

const RUNNING: u8 = 0;
const PROMPT: u8 = 1;

/// The shell's side of signal handling, shared with the signal thread.
#[derive(Default)]
pub struct Interrupts {
    flag: OnceLock<Arc<AtomicBool>>,
    state: AtomicU8,
    repl: Mutex<Option<Sender<Event>>>,
    received: AtomicI32,
}

impl Interrupts {
    /// Installs the handlers (on Unix; elsewhere signals keep their default
    /// action) and returns the shared state. The engine's interrupt flag is
    /// given later with [`Interrupts::set_flag`]; a signal before that ends the
    /// process as it would without handlers.
    pub fn install() -> Arc<Interrupts> {
        let ints = Arc::new(Interrupts::default());
        #[cfg(unix)]
        {
            use signal_hook::iterator::Signals;
            if let Ok(mut signals) = Signals::new([SIGINT, SIGTERM]) {
                let shared = ints.clone();
                let spawned = std::thread::Builder::new().name(String::from("tarsier-signals")).spawn(move || {
                    for sig in signals.forever() {
                        shared.on_signal(sig);
                    }
                });
                if spawned.is_err() {
                    crate::stdio::error_line("tarsier: cannot start the signal thread; Ctrl-C ends the process");
                }
            }
        }
        ints
    }

    /// The engine's interrupt flag (`Engine::interrupt_flag`).
    pub fn set_flag(&self, flag: Arc<AtomicBool>) {
        let _ = self.flag.set(flag);
    }

    /// Where Ctrl-C at the prompt goes.
    pub fn set_repl(&self, tx: Sender<Event>) {
        *self.repl.lock().unwrap_or_else(|e| e.into_inner()) = Some(tx);
    }

    /// The REPL waits for a line: Ctrl-C goes to it.
    pub fn set_prompt(&self) {
        self.state.store(PROMPT, Ordering::SeqCst);
    }

    /// Script code runs: Ctrl-C interrupts it. Forgets earlier signals (for
    /// the REPL's next line).
    pub fn set_running(&self) {
        self.received.store(0, Ordering::SeqCst);
        if let Some(f) = self.flag.get() {
            f.store(false, Ordering::SeqCst);
        }
        self.state.store(RUNNING, Ordering::SeqCst);
    }

    /// The signal (SIGINT or SIGTERM) received while script code ran, if any.
    pub fn received(&self) -> Option<i32> {
        match self.received.load(Ordering::SeqCst) {
            0 => None,
            s => Some(s),
        }
    }

    fn on_signal(&self, sig: i32) {
        let prompt = self.state.load(Ordering::SeqCst) == PROMPT;
        if prompt {
            if sig == SIGINT {
                if let Some(tx) = self.repl.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
                    let _ = tx.send(Event::Interrupt);
                    return;
                }
            }
            die(sig);
        }
        let Some(flag) = self.flag.get() else { die(sig) };
        if sig == SIGINT && flag.load(Ordering::SeqCst) {
            // The first one has not been acted on: the script is not crossing
            // loop edges. Stop waiting for it.
            die(sig);
        }
        self.received.store(sig, Ordering::SeqCst);
        flag.store(true, Ordering::SeqCst);
        if sig == SIGTERM {
            let _ = std::thread::Builder::new().name(String::from("tarsier-term")).spawn(|| {
                std::thread::sleep(std::time::Duration::from_secs(1));
                die(SIGTERM);
            });
        }
    }
}

/// Writes out buffered output (unless a writer holds it) and ends the process
/// by `sig`'s default action, so the parent sees it killed by that signal.
pub fn die(sig: i32) -> ! {
    crate::stdio::try_flush();
    #[cfg(unix)]
    {
        let _ = signal_hook::low_level::emulate_default_handler(sig);
    }
    std::process::exit(128 + sig)
}
