//! Test helpers.
use engine_core::parser::*;

pub fn parse(src: &str) -> Result<Program, SyntaxError> {
    parse_script(src, &ParseOptions::default())
}

/// Parses `src` (sloppy) and renders it; panics with the error otherwise.
#[track_caller]
pub fn ast(src: &str) -> String {
    match parse(src) {
        Ok(p) => crate::sexp::program(&p),
        Err(e) => panic!(
            "unexpected error for {:?}: {} at {}:{}",
            src, e.message, e.line, e.column
        ),
    }
}

/// Asserts that `src` parses to the given rendering.
#[track_caller]
pub fn check(src: &str, expected: &str) {
    assert_eq!(ast(src), expected, "source: {:?}", src);
}

#[track_caller]
pub fn ok(src: &str) -> Program {
    match parse(src) {
        Ok(p) => p,
        Err(e) => panic!(
            "unexpected error for {:?}: {} at {}:{}",
            src, e.message, e.line, e.column
        ),
    }
}

#[track_caller]
pub fn ok_strict(src: &str) -> Program {
    let opts = ParseOptions {
        strict: true,
        ..Default::default()
    };
    match parse_script(src, &opts) {
        Ok(p) => p,
        Err(e) => panic!(
            "unexpected error for {:?}: {} at {}:{}",
            src, e.message, e.line, e.column
        ),
    }
}

#[track_caller]
pub fn err(src: &str) -> SyntaxError {
    match parse(src) {
        Ok(p) => panic!(
            "expected an error for {:?}, got {}",
            src,
            crate::sexp::program(&p)
        ),
        Err(e) => e,
    }
}

/// Asserts an error with exact message and position.
#[track_caller]
pub fn check_err(src: &str, message: &str, line: u32, column: u32) {
    let e = err(src);
    assert_eq!(
        (e.message.as_str(), e.line, e.column),
        (message, line, column),
        "source: {:?}",
        src
    );
}

/// Asserts an error with the given message (any position).
#[track_caller]
pub fn err_msg(src: &str, message: &str) {
    let e = err(src);
    assert_eq!(
        e.message, message,
        "source: {:?} (at {}:{})",
        src, e.line, e.column
    );
}

/// Asserts an error in strict mode (the source is prefixed with a directive).
#[track_caller]
pub fn strict_err(src: &str, message: &str) {
    let full = format!("'use strict'; {}", src);
    let e = err(&full);
    assert_eq!(e.message, message, "source: {:?}", full);
    // The same source must be accepted in sloppy mode.
    if let Err(e) = parse(src) {
        panic!(
            "sloppy {:?} should parse but got {} at {}:{}",
            src, e.message, e.line, e.column
        );
    }
}
