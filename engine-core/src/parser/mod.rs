//! The JavaScript parser: ES5.1 (script goal) plus `let`/`const` and arrow
//! functions, with the Annex B web-compatibility extensions (HTML-like
//! comments, legacy octal literals and escapes, block-level and `if`-body
//! function declarations, `for (var x = init in o)`, duplicate block
//! functions in sloppy mode, the non-unicode regular expression grammar).
//!
//! Entry points: [`parse_script`] (scripts and eval code) and
//! [`parse_function_parts`] (the `Function` constructor). The output is the
//! owned AST of [`ast`] (re-exported here); errors are early
//! [`SyntaxError`]s with V8-like messages and the 1-based line / UTF-16
//! column of the offending token.
//!
//! Layout: [`ast`] (tree types), `lexer` (tokens; the parser asks for a
//! regular expression rescan where an expression may start), `grammar`
//! (recursive descent, ASI, strict mode and scope checks), `regexp` (early
//! validation of regular expression literals), `unicode` (character classes),
//! `error`.
//!
//! Robustness: the parser never panics, and its recursion (as well as the
//! height of the produced tree) is bounded by [`ParseOptions::max_depth`];
//! deeper nesting is a `SyntaxError` ("Too much nesting"). An optimized
//! build uses at most about 1.2 KB of native stack per nesting level (so
//! roughly 2 MB at the default limit of 1500); unoptimized builds need up to
//! about 6 KB per level.
//!
//! Not supported (rejected as syntax errors): ES2015+ syntax other than
//! `let`/`const`/arrows (destructuring, default/rest parameters, spread,
//! classes, generators, async, templates, shorthand properties and methods,
//! computed keys, `for-of`, trailing commas in calls/parameters, optional
//! catch binding, `new.target`), and regular expression flags other than
//! `g`, `i`, `m`.

pub mod ast;
mod error;
mod grammar;
mod lexer;
mod regexp;
mod unicode;

use alloc::string::String;

pub use ast::*;
pub use error::SyntaxError;

use grammar::Parser;
use lexer::Lexer;

/// Options for [`parse_script`] and [`parse_function_parts`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseOptions {
    /// Start in strict mode (e.g. for direct eval from strict code).
    pub strict: bool,
    /// Maximum nesting depth of statements / expressions / functions (also
    /// bounds the height of the produced tree). The parser needs up to about
    /// 1.2 KB of native stack per level in optimized builds (about 6 KB in
    /// unoptimized builds), so size `max_depth` to the parsing thread's
    /// stack.
    pub max_depth: u32,
    /// Allow `return` at the top level.
    pub allow_return: bool,
    /// Recognize Annex B HTML-like comments (`<!--` and `-->` at line start).
    pub allow_html_comments: bool,
}

impl ParseOptions {
    /// The default nesting limit.
    pub const DEFAULT_MAX_DEPTH: u32 = 1500;
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            strict: false,
            max_depth: Self::DEFAULT_MAX_DEPTH,
            allow_return: false,
            allow_html_comments: true,
        }
    }
}

/// Parses `source` as a Script (also used for eval code).
pub fn parse_script(source: &str, options: &ParseOptions) -> Result<Program, SyntaxError> {
    let lx = Lexer::new(source, options.allow_html_comments, 1, 0, true);
    let run = || -> error::PResult<Program> {
        let p = Parser::new(
            lx,
            options.strict,
            options.max_depth,
            options.allow_return,
            0,
        )?;
        p.parse_program()
    };
    run().map_err(|e| *e)
}

/// The text before the parameters in the source text synthesized for a
/// function created by the `Function` constructor.
pub const DYNAMIC_FUNCTION_PREFIX: &str = "function anonymous(";
/// The text between the parameters and the body in that source text.
pub const DYNAMIC_FUNCTION_MIDDLE: &str = "\n) {\n";
/// The text after the body in that source text.
pub const DYNAMIC_FUNCTION_SUFFIX: &str = "\n}";

/// Builds the source text of a function created by `new Function(params,
/// body)`: `function anonymous(<params>\n) {\n<body>\n}`. Positions and
/// source ranges produced by [`parse_function_parts`] refer to this text.
pub fn dynamic_function_source(params: &str, body: &str) -> String {
    let mut s = String::with_capacity(
        DYNAMIC_FUNCTION_PREFIX.len()
            + params.len()
            + DYNAMIC_FUNCTION_MIDDLE.len()
            + body.len()
            + DYNAMIC_FUNCTION_SUFFIX.len(),
    );
    s.push_str(DYNAMIC_FUNCTION_PREFIX);
    s.push_str(params);
    s.push_str(DYNAMIC_FUNCTION_MIDDLE);
    s.push_str(body);
    s.push_str(DYNAMIC_FUNCTION_SUFFIX);
    s
}

/// Number of line terminators in `s` (CRLF counts once).
fn count_lines(s: &str) -> u32 {
    let mut n: u32 = 0;
    let mut prev_cr = false;
    for c in s.chars() {
        match c {
            '\n' if prev_cr => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => n = n.saturating_add(1),
            _ => {}
        }
        prev_cr = c == '\r';
    }
    n
}

/// Parses the parts of a `new Function(params, body)` call.
///
/// `params` (the comma-joined parameter strings) and `body` are parsed
/// separately, so the parameter text cannot close the function early
/// (`"a){"` is an error). The result is an anonymous function expression
/// (`name` is `None`); its positions, `source_start`/`source_end` and the
/// ranges of nested functions refer to the text built by
/// [`dynamic_function_source`].
pub fn parse_function_parts(
    params: &str,
    body: &str,
    options: &ParseOptions,
) -> Result<Function, SyntaxError> {
    let run = || -> error::PResult<Function> {
        let prefix_units = DYNAMIC_FUNCTION_PREFIX.len() as u32;
        let plx = Lexer::new(params, options.allow_html_comments, 1, prefix_units, false);
        let mut pp = Parser::new(
            plx,
            options.strict,
            options.max_depth,
            false,
            DYNAMIC_FUNCTION_PREFIX.len(),
        )?;
        let param_list = pp.parse_standalone_params()?;
        let body_line = count_lines(params).saturating_add(3);
        let body_base =
            DYNAMIC_FUNCTION_PREFIX.len() + params.len() + DYNAMIC_FUNCTION_MIDDLE.len();
        let blx = Lexer::new(body, options.allow_html_comments, body_line, 0, true);
        let mut bp = Parser::new(blx, options.strict, options.max_depth, true, body_base)?;
        let (stmts, strict, flags) = bp.parse_standalone_body(&param_list)?;
        Ok(Function {
            name: None,
            params: param_list,
            body: stmts,
            kind: FunctionKind::Expression,
            strict,
            is_arrow: false,
            expression_body: false,
            source_start: 0,
            source_end: body_base + body.len() + DYNAMIC_FUNCTION_SUFFIX.len(),
            pos: Pos { line: 1, column: 1 },
            flags,
        })
    };
    run().map_err(|e| *e)
}
