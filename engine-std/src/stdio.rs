//! The process's standard output as the shell uses it: one buffer for every
//! writer (the host's `print`, `console.log`, the REPL), line-buffered when
//! stdout is a terminal and block-buffered otherwise (pipes and files, where
//! throughput matters). Anything written to stderr goes through
//! [`error_line`], which flushes stdout first, so the two streams keep their
//! order when they go to one place.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, MutexGuard};

/// Bytes held before a block-buffered stdout is written out.
const BLOCK: usize = 32 << 10;

struct Out {
    buf: Vec<u8>,
}

static OUT: Mutex<Out> = Mutex::new(Out { buf: Vec::new() });

const MODE_UNKNOWN: u8 = 0;
const MODE_LINE: u8 = 1;
const MODE_BLOCK: u8 = 2;
static MODE: AtomicU8 = AtomicU8::new(MODE_UNKNOWN);

fn line_buffered() -> bool {
    match MODE.load(Ordering::Relaxed) {
        MODE_LINE => true,
        MODE_BLOCK => false,
        _ => {
            let line = std::io::stdout().is_terminal();
            MODE.store(if line { MODE_LINE } else { MODE_BLOCK }, Ordering::Relaxed);
            line
        }
    }
}

/// Forces line buffering on or off (the default follows whether stdout is a
/// terminal).
pub fn set_line_buffered(on: bool) {
    MODE.store(if on { MODE_LINE } else { MODE_BLOCK }, Ordering::Relaxed);
}

fn lock() -> MutexGuard<'static, Out> {
    OUT.lock().unwrap_or_else(|e| e.into_inner())
}

impl Out {
    fn flush(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        let mut out = std::io::stdout().lock();
        // Errors (a closed pipe) drop the output: there is no one to tell.
        let _ = out.write_all(&self.buf);
        let _ = out.flush();
        self.buf.clear();
    }
}

/// Writes `line` and a newline.
pub fn write_line(line: &str) {
    let line_mode = line_buffered();
    let mut o = lock();
    o.buf.extend_from_slice(line.as_bytes());
    o.buf.push(b'\n');
    if line_mode || o.buf.len() >= BLOCK {
        o.flush();
    }
}

/// Writes `text` as is (a prompt, a listing); written out at once on a
/// terminal when it ends a line, like [`write_line`].
pub fn write_str(text: &str) {
    let line_mode = line_buffered();
    let mut o = lock();
    o.buf.extend_from_slice(text.as_bytes());
    if (line_mode && text.contains('\n')) || o.buf.len() >= BLOCK {
        o.flush();
    }
}

/// Writes out everything buffered.
pub fn flush() {
    lock().flush();
}

/// Writes out what is buffered unless another thread is writing right now
/// (for the signal thread, which must not wait on a script stuck mid-write).
pub fn try_flush() {
    if let Ok(mut o) = OUT.try_lock() {
        o.flush();
    }
}

/// Writes a line to stderr after flushing stdout.
pub fn error_line(line: &str) {
    let mut o = lock();
    o.flush();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(line.as_bytes());
    let _ = err.write_all(b"\n");
    let _ = err.flush();
}
