//! Errors of the safe embedding API.

use alloc::string::String;
use core::fmt;

use super::Error;

/// An uncaught JavaScript exception, described without running script code.
#[derive(Debug, Clone, PartialEq)]
pub struct Exception {
    /// The error's `name` ("TypeError"), or empty when the thrown value is
    /// not an Error object (`throw 42`).
    pub name: String,
    /// The error's `message`, or `String(value)` for a thrown non-Error.
    pub message: String,
    /// The JS stack trace, one `    at f (file:line:column)` line per frame,
    /// innermost first (empty for a thrown non-Error).
    pub stack: String,
}

/// An error of the safe embedding API ([`super::Context`]).
///
/// Inside a host function, returning `Err` throws into JavaScript: an
/// [`JsError::Exception`] rethrows the value it describes (the same object,
/// when it came from the API), [`JsError::Type`] throws a `TypeError`.
#[derive(Debug, Clone, PartialEq)]
pub enum JsError {
    /// Script code threw and nothing caught it.
    Exception(Exception),
    /// The source did not parse.
    Syntax {
        /// The message, e.g. "Unexpected token '}'".
        message: String,
        /// File name given to the call.
        file: String,
        /// 1-based line.
        line: u32,
        /// 1-based column.
        column: u32,
    },
    /// A value had the wrong type for the conversion or operation asked for, or
    /// belongs to another engine (a JS `TypeError` when raised in a host function).
    Type(String),
    /// The script was stopped through the interrupt flag.
    Interrupted,
    /// The engine could not be created.
    Init(String),
}

impl JsError {
    /// A `TypeError` with this message (for host functions to throw).
    pub fn type_error(message: impl Into<String>) -> JsError {
        JsError::Type(message.into())
    }
    /// An exception of a builtin error type (`"RangeError"`, ...) to throw
    /// from a host function.
    pub fn throw(name: &str, message: impl Into<String>) -> JsError {
        JsError::Exception(Exception { name: String::from(name), message: message.into(), stack: String::new() })
    }
    /// The error name as script code would see it ("TypeError", "SyntaxError"...).
    pub fn name(&self) -> &str {
        match self {
            JsError::Exception(e) => &e.name,
            JsError::Syntax { .. } => "SyntaxError",
            JsError::Type(_) => "TypeError",
            JsError::Interrupted => "Interrupted",
            JsError::Init(_) => "Init",
        }
    }
    /// The message without the name.
    pub fn message(&self) -> &str {
        match self {
            JsError::Exception(e) => &e.message,
            JsError::Syntax { message, .. } | JsError::Type(message) | JsError::Init(message) => message,
            JsError::Interrupted => "script interrupted",
        }
    }
    /// The JS stack trace lines (empty if there is none).
    pub fn stack(&self) -> &str {
        match self {
            JsError::Exception(e) => &e.stack,
            _ => "",
        }
    }
}

impl fmt::Display for JsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsError::Exception(e) if e.name.is_empty() => write!(f, "Uncaught {}", e.message)?,
            JsError::Exception(e) if e.message.is_empty() => f.write_str(&e.name)?,
            JsError::Exception(e) => write!(f, "{}: {}", e.name, e.message)?,
            JsError::Syntax { message, file, line, column } => write!(f, "SyntaxError: {message}\n    at {file}:{line}:{column}")?,
            JsError::Type(m) => write!(f, "TypeError: {m}")?,
            JsError::Interrupted => f.write_str("script interrupted")?,
            JsError::Init(m) => write!(f, "engine initialization failed: {m}")?,
        }
        match self.stack() {
            "" => Ok(()),
            stack => write!(f, "\n{stack}"),
        }
    }
}

impl core::error::Error for JsError {}

/// The low-level API's errors in the safe API's terms (an exception's name
/// is read from the front of its message).
impl From<Error> for JsError {
    fn from(e: Error) -> JsError {
        match e {
            Error::Init(m) => JsError::Init(m),
            Error::Syntax { message, file, line, column } => JsError::Syntax { message, file, line, column },
            Error::Interrupted => JsError::Interrupted,
            Error::Exception { message, stack } => {
                let (name, message) = match message.split_once(": ") {
                    Some((n, m)) if !n.is_empty() && !n.contains(' ') => (String::from(n), String::from(m)),
                    _ => (String::new(), message),
                };
                JsError::Exception(Exception { name, message, stack: String::from(stack.trim_start_matches('\n')) })
            }
        }
    }
}
