//! The REPL's input: lines read on a thread of their own, so that Ctrl-C at
//! the prompt, arriving as SIGINT through the signal thread into the same
//! channel, is seen while a read is pending.
//!
//! When stdin and stdout are a terminal the lines come from rustyline's line
//! editor (cursor keys, Emacs keys, history recalled with the arrows and kept
//! in `$HOME/.tarsier_history`). It puts the terminal in raw mode only while
//! it reads, so Ctrl-C typed at the prompt is a key it returns as
//! [`Event::Cancel`], and Ctrl-C while script code runs is SIGINT as usual.
//! Otherwise (or if the editor cannot start) the prompt is printed and a line
//! read as is, and Ctrl-C at the prompt is SIGINT ([`Event::Interrupt`]).

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};

use rustyline::error::ReadlineError;
use rustyline::{Config, DefaultEditor};

use crate::signals::Event;
use crate::stdio;

/// Lines kept in the history.
const HISTORY_SIZE: usize = 1000;

/// Asks the input thread for lines.
pub struct Input {
    requests: Sender<&'static str>,
}

impl Input {
    /// Starts the input thread; its events go to `events`. `None` (after
    /// saying why on stderr) if the thread cannot start.
    pub fn spawn(events: Sender<Event>) -> Option<Input> {
        let (requests, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new().name(String::from("tarsier-stdin")).spawn(move || serve(&rx, &events));
        match spawned {
            Ok(_) => Some(Input { requests }),
            Err(e) => {
                stdio::error_line(&format!("tarsier: cannot start the input thread: {e}"));
                None
            }
        }
    }

    /// Shows `prompt` and reads a line: one [`Event::Line`], [`Event::Eof`]
    /// or [`Event::Cancel`] answers. Flush stdout first (the editor writes to
    /// the terminal directly).
    pub fn read(&self, prompt: &'static str) {
        // A send fails only once the thread has ended, after its Eof.
        let _ = self.requests.send(prompt);
    }
}

/// The input thread: answers each request for a line with an event.
fn serve(requests: &Receiver<&'static str>, events: &Sender<Event>) {
    let mut reader = Reader::new();
    for prompt in requests {
        let event = reader.read(prompt);
        let eof = matches!(event, Event::Eof);
        if events.send(event).is_err() || eof {
            return;
        }
    }
}

/// Where lines come from.
enum Reader {
    /// The line editor, and the history file if there is one.
    Editor(Box<DefaultEditor>, Option<PathBuf>),
    /// Plain lines from stdin.
    Plain,
}

impl Reader {
    fn new() -> Reader {
        if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) || dumb_terminal() {
            return Reader::Plain;
        }
        let config = Config::builder()
            .max_history_size(HISTORY_SIZE)
            .and_then(|b| b.history_ignore_dups(true))
            .map(|b| b.auto_add_history(false).build());
        let Ok(Ok(mut editor)) = config.map(DefaultEditor::with_config) else {
            return Reader::Plain;
        };
        let history = history_file();
        if let Some(path) = &history {
            // Best effort: a missing or unreadable file is an empty history.
            let _ = editor.load_history(path);
        }
        Reader::Editor(Box::new(editor), history)
    }

    fn read(&mut self, prompt: &str) -> Event {
        match self {
            Reader::Editor(editor, history) => match editor.readline(prompt) {
                Ok(line) => {
                    if !line.trim().is_empty() && editor.add_history_entry(line.as_str()).unwrap_or(false) {
                        if let Some(path) = history {
                            // Best effort: the session goes on without the file.
                            let _ = editor.append_history(path);
                        }
                    }
                    Event::Line(line)
                }
                Err(ReadlineError::Interrupted) => Event::Cancel,
                // Ctrl-D on an empty line, or the terminal is gone.
                Err(_) => Event::Eof,
            },
            Reader::Plain => {
                stdio::write_str(prompt);
                stdio::flush();
                let mut line = String::new();
                match std::io::stdin().lock().read_line(&mut line) {
                    Ok(0) | Err(_) => {
                        // The cursor is after the prompt.
                        stdio::write_str("\n");
                        Event::Eof
                    }
                    Ok(_) => {
                        let end = line.trim_end_matches(['\n', '\r']).len();
                        line.truncate(end);
                        Event::Line(line)
                    }
                }
            }
        }
    }
}

/// A terminal rustyline would not edit on (its own list): it would read plain
/// lines itself, and Ctrl-C and Ctrl-D would behave as they do with
/// [`Reader::Plain`], which we then use so the prompt and newlines are ours.
fn dumb_terminal() -> bool {
    std::env::var("TERM").is_ok_and(|t| ["dumb", "cons25", "emacs"].iter().any(|d| d.eq_ignore_ascii_case(&t)))
}

/// `$HOME/.tarsier_history`, if there is a home.
fn history_file() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(PathBuf::from(home).join(".tarsier_history"))
}
