//! The syntax error type produced by the parser.

use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;

/// An early (parse-time) `SyntaxError`.
///
/// `line` and `column` are 1-based; the column counts UTF-16 code units from
/// the start of the line, like the positions stored in the AST. They point at
/// the start of the offending token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Human readable message, worded like V8's where practical.
    pub message: String,
    /// 1-based line number.
    pub line: u32,
    /// 1-based column, in UTF-16 code units.
    pub column: u32,
    /// The text ended where more was needed (an open brace or parenthesis,
    /// an unfinished expression, an unclosed comment): the same text with
    /// more after it could parse. A REPL reads another line on such errors.
    pub at_end: bool,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "SyntaxError: {} ({}:{})",
            self.message, self.line, self.column
        )
    }
}

impl core::error::Error for SyntaxError {}

/// Internal result type: the error is boxed to keep `Result`s (and therefore
/// the parser's recursion frames) small.
pub(crate) type PResult<T> = Result<T, Box<SyntaxError>>;
