//! The tokenizer.
//!
//! The lexer always scans in the "division" goal; when the parser finds a `/`
//! or `/=` token where an expression may start, it asks the lexer to rescan
//! that token as a regular expression literal ([`Lexer::rescan_regexp`]).
//!
//! Mode dependent checks (legacy octal literals and escapes in strict mode,
//! reserved words) are not done here: the lexer records facts in
//! [`Token::flags`] and the parser reports the errors, because the strictness
//! of a token is sometimes only known after it was scanned (a `"use strict"`
//! directive is recognized after the next token has been read).

use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::ast::Pos;
use super::error::{PResult, SyntaxError};
use super::unicode::{
    is_ascii_id_continue, is_id_continue, is_id_start, is_line_terminator, is_whitespace,
    push_code_point, push_utf16,
};

/// Token kinds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum T {
    Eof,
    Ident,
    Num,
    Str,
    Regex,
    // Keywords.
    Break,
    Case,
    Catch,
    Continue,
    Debugger,
    Default,
    Delete,
    Do,
    Else,
    Finally,
    For,
    Function,
    If,
    In,
    Instanceof,
    New,
    Return,
    Switch,
    This,
    Throw,
    Try,
    Typeof,
    Var,
    Void,
    While,
    With,
    // Future reserved words (always reserved).
    Class,
    Const,
    Enum,
    Export,
    Extends,
    Import,
    Super,
    // Literal words.
    Null,
    True,
    False,
    // Punctuators.
    LBrace,
    RBrace,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Dot,
    Semi,
    Comma,
    Lt,
    Gt,
    Le,
    Ge,
    Eq,
    Ne,
    StrictEq,
    StrictNe,
    Plus,
    Minus,
    Star,
    Percent,
    Inc,
    Dec,
    Shl,
    Shr,
    UShr,
    Amp,
    Pipe,
    Caret,
    Bang,
    Tilde,
    AndAnd,
    OrOr,
    Question,
    Colon,
    Assign,
    PlusEq,
    MinusEq,
    StarEq,
    PercentEq,
    ShlEq,
    ShrEq,
    UShrEq,
    AmpEq,
    PipeEq,
    CaretEq,
    Slash,
    SlashEq,
    Arrow,
}

impl T {
    /// Reserved words (keywords, future reserved words, `null`, `true`,
    /// `false`): not identifiers, but valid property names.
    pub(crate) fn is_reserved_word(self) -> bool {
        (self as u8) >= (T::Break as u8) && (self as u8) <= (T::False as u8)
    }
}

/// Maps a reserved word to its token kind.
pub(crate) fn reserved_word(s: &str) -> Option<T> {
    let bytes = s.as_bytes();
    if bytes.len() < 2 || bytes.len() > 10 || !bytes[0].is_ascii_lowercase() {
        return None;
    }
    Some(match s {
        "break" => T::Break,
        "case" => T::Case,
        "catch" => T::Catch,
        "continue" => T::Continue,
        "debugger" => T::Debugger,
        "default" => T::Default,
        "delete" => T::Delete,
        "do" => T::Do,
        "else" => T::Else,
        "finally" => T::Finally,
        "for" => T::For,
        "function" => T::Function,
        "if" => T::If,
        "in" => T::In,
        "instanceof" => T::Instanceof,
        "new" => T::New,
        "return" => T::Return,
        "switch" => T::Switch,
        "this" => T::This,
        "throw" => T::Throw,
        "try" => T::Try,
        "typeof" => T::Typeof,
        "var" => T::Var,
        "void" => T::Void,
        "while" => T::While,
        "with" => T::With,
        "class" => T::Class,
        "const" => T::Const,
        "enum" => T::Enum,
        "export" => T::Export,
        "extends" => T::Extends,
        "import" => T::Import,
        "super" => T::Super,
        "null" => T::Null,
        "true" => T::True,
        "false" => T::False,
        _ => return None,
    })
}

/// Words reserved only in strict mode code.
pub(crate) fn is_strict_reserved(s: &str) -> bool {
    matches!(
        s,
        "implements"
            | "interface"
            | "let"
            | "package"
            | "private"
            | "protected"
            | "public"
            | "static"
            | "yield"
    )
}

/// Identifier contained unicode escapes.
pub(crate) const F_ESCAPED: u8 = 1;
/// Identifier contained escapes and spells a reserved word.
pub(crate) const F_ESC_KEYWORD: u8 = 2;
/// Legacy octal numeric literal (`017`) or octal escape in a string (`"\07"`).
pub(crate) const F_OCTAL: u8 = 4;
/// Decimal literal with a leading zero (`08`, `09.5`).
pub(crate) const F_LEADING_ZERO: u8 = 8;
/// String containing `\8` or `\9`.
pub(crate) const F_ESC_89: u8 = 16;

/// A token. Only the fields relevant for its kind are meaningful.
#[derive(Clone, Debug)]
pub(crate) struct Token {
    pub kind: T,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    pub pos: Pos,
    /// A line terminator occurred between the previous token and this one.
    pub nl_before: bool,
    pub flags: u8,
    /// Numeric value (`T::Num`).
    pub num: f64,
    /// Identifier name (`T::Ident`) or regexp flags (`T::Regex`).
    pub text: String,
    /// String value (`T::Str`) or regexp pattern (`T::Regex`).
    pub str: Vec<u16>,
}

impl Token {
    pub(crate) fn eof() -> Token {
        Token {
            kind: T::Eof,
            start: 0,
            end: 0,
            pos: Pos { line: 1, column: 1 },
            nl_before: false,
            flags: 0,
            num: 0.0,
            text: String::new(),
            str: Vec::new(),
        }
    }
}

/// The mutable cursor state of the lexer (cheap to save and restore).
#[derive(Clone, Copy, Debug)]
pub(crate) struct LexState {
    pos: usize,
    line: u32,
    line_start: usize,
    /// Column cache: byte offset and UTF-16 units from the line start.
    col_pos: usize,
    col_units: u32,
    /// No token has been produced since the last line terminator-free
    /// start of input (used for `-->` at the start of the input).
    at_start: bool,
}

pub(crate) struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    st: LexState,
    html_comments: bool,
    first_line: u32,
    first_col_offset: u32,
}

const LS_PS_LEAD: u8 = 0xE2;

impl<'a> Lexer<'a> {
    /// `first_line` / `first_col_offset` shift reported positions (used for
    /// `new Function` parts); `at_line_start` tells whether the text starts
    /// at the beginning of a line (for HTML close comments).
    pub(crate) fn new(
        src: &'a str,
        html_comments: bool,
        first_line: u32,
        first_col_offset: u32,
        at_line_start: bool,
    ) -> Lexer<'a> {
        Lexer {
            src,
            bytes: src.as_bytes(),
            st: LexState {
                pos: 0,
                line: first_line,
                line_start: 0,
                col_pos: 0,
                col_units: 0,
                at_start: at_line_start,
            },
            html_comments,
            first_line,
            first_col_offset,
        }
    }

    pub(crate) fn save(&self) -> LexState {
        self.st
    }

    pub(crate) fn restore(&mut self, st: LexState) {
        self.st = st;
    }

    /// The source text of `start..end` (empty if out of range).
    pub(crate) fn slice(&self, start: usize, end: usize) -> &'a str {
        self.src.get(start..end).unwrap_or("")
    }

    #[inline]
    fn byte(&self, i: usize) -> Option<u8> {
        self.bytes.get(i).copied()
    }

    #[inline]
    fn rest(&self) -> &'a [u8] {
        self.bytes.get(self.st.pos..).unwrap_or(&[])
    }

    /// The char starting at byte `i` (which must be a char boundary).
    #[inline]
    fn char_at(&self, i: usize) -> Option<char> {
        self.src.get(i..).and_then(|s| s.chars().next())
    }

    fn newline(&mut self) {
        self.st.line = self.st.line.saturating_add(1);
        self.st.line_start = self.st.pos;
        self.st.col_pos = self.st.pos;
        self.st.col_units = 0;
    }

    /// Position (line / UTF-16 column) of byte offset `byte`, which must be
    /// on the current line at or after the last queried offset.
    pub(crate) fn pos_at(&mut self, byte: usize) -> Pos {
        if byte < self.st.col_pos {
            self.st.col_pos = self.st.line_start;
            self.st.col_units = 0;
        }
        let seg = self.bytes.get(self.st.col_pos..byte).unwrap_or(&[]);
        let mut units = 0u32;
        for &b in seg {
            if (b & 0xC0) != 0x80 {
                units = units.wrapping_add(1);
            }
            if b >= 0xF0 {
                units = units.wrapping_add(1);
            }
        }
        self.st.col_units = self.st.col_units.wrapping_add(units);
        self.st.col_pos = byte;
        let mut column = self.st.col_units.saturating_add(1);
        if self.st.line == self.first_line {
            column = column.saturating_add(self.first_col_offset);
        }
        Pos {
            line: self.st.line,
            column,
        }
    }

    fn error(&self, msg: &str, pos: Pos) -> Box<SyntaxError> {
        Box::new(SyntaxError {
            message: msg.to_string(),
            line: pos.line,
            column: pos.column,
            at_end: false,
        })
    }

    /// An error where the text ended inside a token that more text could
    /// close (`SyntaxError::at_end`).
    fn error_at_end(&self, msg: &str, pos: Pos) -> Box<SyntaxError> {
        let mut e = self.error(msg, pos);
        e.at_end = true;
        e
    }

    /// Skips whitespace and comments; returns whether a line terminator was
    /// crossed.
    fn skip_trivia(&mut self) -> PResult<bool> {
        let mut nl = false;
        while let Some(b) = self.byte(self.st.pos) {
            match b {
                b' ' | b'\t' | 0x0B | 0x0C => self.st.pos += 1,
                b'\n' => {
                    self.st.pos += 1;
                    self.newline();
                    nl = true;
                }
                b'\r' => {
                    self.st.pos += 1;
                    if self.byte(self.st.pos) == Some(b'\n') {
                        self.st.pos += 1;
                    }
                    self.newline();
                    nl = true;
                }
                b'/' => match self.byte(self.st.pos + 1) {
                    Some(b'/') => {
                        self.st.pos += 2;
                        self.skip_line_comment();
                    }
                    Some(b'*') => {
                        if self.skip_block_comment()? {
                            nl = true;
                        }
                    }
                    _ => break,
                },
                b'<' if self.html_comments && self.rest().starts_with(b"<!--") => {
                    self.st.pos += 4;
                    self.skip_line_comment();
                }
                b'-' if self.html_comments
                    && (nl || self.st.at_start)
                    && self.rest().starts_with(b"-->") =>
                {
                    self.st.pos += 3;
                    self.skip_line_comment();
                }
                0x80.. => {
                    let Some(c) = self.char_at(self.st.pos) else {
                        break;
                    };
                    if is_whitespace(c) {
                        self.st.pos += c.len_utf8();
                    } else if c == '\u{2028}' || c == '\u{2029}' {
                        self.st.pos += c.len_utf8();
                        self.newline();
                        nl = true;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        Ok(nl)
    }

    /// Advances to (not past) the next line terminator or the end.
    fn skip_line_comment(&mut self) {
        while let Some(b) = self.byte(self.st.pos) {
            match b {
                b'\n' | b'\r' => return,
                LS_PS_LEAD => {
                    if let Some(c) = self.char_at(self.st.pos)
                        && is_line_terminator(c)
                    {
                        return;
                    }
                    self.st.pos += 1;
                }
                _ => self.st.pos += 1,
            }
        }
    }

    /// Skips a `/* */` comment starting at the current position; returns
    /// whether it contained a line terminator.
    fn skip_block_comment(&mut self) -> PResult<bool> {
        let start = self.st.pos;
        let start_pos = self.pos_at(start);
        self.st.pos += 2;
        let mut nl = false;
        loop {
            let Some(b) = self.byte(self.st.pos) else {
                return Err(self.error_at_end("Invalid or unexpected token", start_pos));
            };
            match b {
                b'*' if self.byte(self.st.pos + 1) == Some(b'/') => {
                    self.st.pos += 2;
                    return Ok(nl);
                }
                b'\n' => {
                    self.st.pos += 1;
                    self.newline();
                    nl = true;
                }
                b'\r' => {
                    self.st.pos += 1;
                    if self.byte(self.st.pos) == Some(b'\n') {
                        self.st.pos += 1;
                    }
                    self.newline();
                    nl = true;
                }
                LS_PS_LEAD => {
                    if let Some(c) = self.char_at(self.st.pos)
                        && is_line_terminator(c)
                    {
                        self.st.pos += c.len_utf8();
                        self.newline();
                        nl = true;
                        continue;
                    }
                    self.st.pos += 1;
                }
                _ => self.st.pos += 1,
            }
        }
    }

    /// Scans the next token (division goal).
    pub(crate) fn next_token(&mut self) -> PResult<Token> {
        let nl = self.skip_trivia()?;
        self.st.at_start = false;
        let start = self.st.pos;
        let pos = self.pos_at(start);
        let mut tok = Token {
            kind: T::Eof,
            start,
            end: start,
            pos,
            nl_before: nl,
            flags: 0,
            num: 0.0,
            text: String::new(),
            str: Vec::new(),
        };
        let Some(b) = self.byte(start) else {
            return Ok(tok);
        };
        let b1 = self.byte(start + 1);
        let b2 = self.byte(start + 2);
        let (kind, len) = match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'$' | b'_' | b'\\' => {
                self.lex_ident(&mut tok)?;
                return Ok(tok);
            }
            b'0'..=b'9' => {
                self.lex_number(&mut tok)?;
                return Ok(tok);
            }
            b'"' | b'\'' => {
                self.lex_string(&mut tok, b)?;
                return Ok(tok);
            }
            b'.' => {
                if matches!(b1, Some(b'0'..=b'9')) {
                    self.lex_number(&mut tok)?;
                    return Ok(tok);
                }
                (T::Dot, 1)
            }
            b'{' => (T::LBrace, 1),
            b'}' => (T::RBrace, 1),
            b'(' => (T::LParen, 1),
            b')' => (T::RParen, 1),
            b'[' => (T::LBracket, 1),
            b']' => (T::RBracket, 1),
            b';' => (T::Semi, 1),
            b',' => (T::Comma, 1),
            b'?' => (T::Question, 1),
            b':' => (T::Colon, 1),
            b'~' => (T::Tilde, 1),
            b'<' => match (b1, b2) {
                (Some(b'<'), Some(b'=')) => (T::ShlEq, 3),
                (Some(b'<'), _) => (T::Shl, 2),
                (Some(b'='), _) => (T::Le, 2),
                _ => (T::Lt, 1),
            },
            b'>' => match (b1, b2, self.byte(start + 3)) {
                (Some(b'>'), Some(b'>'), Some(b'=')) => (T::UShrEq, 4),
                (Some(b'>'), Some(b'>'), _) => (T::UShr, 3),
                (Some(b'>'), Some(b'='), _) => (T::ShrEq, 3),
                (Some(b'>'), _, _) => (T::Shr, 2),
                (Some(b'='), _, _) => (T::Ge, 2),
                _ => (T::Gt, 1),
            },
            b'=' => match (b1, b2) {
                (Some(b'='), Some(b'=')) => (T::StrictEq, 3),
                (Some(b'='), _) => (T::Eq, 2),
                (Some(b'>'), _) => (T::Arrow, 2),
                _ => (T::Assign, 1),
            },
            b'!' => match (b1, b2) {
                (Some(b'='), Some(b'=')) => (T::StrictNe, 3),
                (Some(b'='), _) => (T::Ne, 2),
                _ => (T::Bang, 1),
            },
            b'+' => match b1 {
                Some(b'+') => (T::Inc, 2),
                Some(b'=') => (T::PlusEq, 2),
                _ => (T::Plus, 1),
            },
            b'-' => match b1 {
                Some(b'-') => (T::Dec, 2),
                Some(b'=') => (T::MinusEq, 2),
                _ => (T::Minus, 1),
            },
            b'*' => match b1 {
                Some(b'=') => (T::StarEq, 2),
                _ => (T::Star, 1),
            },
            b'%' => match b1 {
                Some(b'=') => (T::PercentEq, 2),
                _ => (T::Percent, 1),
            },
            b'&' => match b1 {
                Some(b'&') => (T::AndAnd, 2),
                Some(b'=') => (T::AmpEq, 2),
                _ => (T::Amp, 1),
            },
            b'|' => match b1 {
                Some(b'|') => (T::OrOr, 2),
                Some(b'=') => (T::PipeEq, 2),
                _ => (T::Pipe, 1),
            },
            b'^' => match b1 {
                Some(b'=') => (T::CaretEq, 2),
                _ => (T::Caret, 1),
            },
            b'/' => match b1 {
                Some(b'=') => (T::SlashEq, 2),
                _ => (T::Slash, 1),
            },
            0x80.. => {
                let c = self.char_at(start).unwrap_or('\u{FFFD}');
                if is_id_start(c) {
                    self.lex_ident(&mut tok)?;
                    return Ok(tok);
                }
                return Err(self.error("Invalid or unexpected token", pos));
            }
            _ => return Err(self.error("Invalid or unexpected token", pos)),
        };
        self.st.pos = start + len;
        tok.kind = kind;
        tok.end = self.st.pos;
        Ok(tok)
    }

    // ----- identifiers -------------------------------------------------

    fn lex_ident(&mut self, tok: &mut Token) -> PResult<()> {
        let start = self.st.pos;
        let mut i = start;
        while let Some(b) = self.byte(i) {
            if is_ascii_id_continue(b) {
                i += 1;
            } else {
                break;
            }
        }
        let next = self.byte(i);
        if i > start && !matches!(next, Some(b'\\') | Some(0x80..)) {
            // Pure ASCII identifier without escapes.
            self.st.pos = i;
            tok.end = i;
            let s = self.slice(start, i);
            match reserved_word(s) {
                Some(k) => tok.kind = k,
                None => {
                    tok.kind = T::Ident;
                    tok.text = s.to_string();
                }
            }
            return Ok(());
        }
        // Slow path: escapes and/or non-ASCII characters.
        let mut name = String::new();
        let mut escaped = false;
        let mut first = true;
        while let Some(c) = self.char_at(self.st.pos) {
            if c == '\\' {
                if self.byte(self.st.pos + 1) != Some(b'u') {
                    return Err(self.error("Invalid Unicode escape sequence", tok.pos));
                }
                self.st.pos += 2;
                let cp = self.read_unicode_escape_body(tok.pos)?;
                let ch = char::from_u32(cp);
                let ok = match ch {
                    Some(ch) => {
                        if first {
                            is_id_start(ch)
                        } else {
                            is_id_continue(ch)
                        }
                    }
                    None => false,
                };
                match (ok, ch) {
                    (true, Some(ch)) => name.push(ch),
                    _ => return Err(self.error("Invalid Unicode escape sequence", tok.pos)),
                }
                escaped = true;
            } else if (first && is_id_start(c)) || (!first && is_id_continue(c)) {
                name.push(c);
                self.st.pos += c.len_utf8();
            } else {
                break;
            }
            first = false;
        }
        tok.end = self.st.pos;
        if !escaped && let Some(k) = reserved_word(&name) {
            tok.kind = k;
            return Ok(());
        }
        tok.kind = T::Ident;
        if escaped {
            tok.flags |= F_ESCAPED;
            if reserved_word(&name).is_some() {
                tok.flags |= F_ESC_KEYWORD;
            }
        }
        tok.text = name;
        Ok(())
    }

    /// Reads the part of a `\u` escape after the `u`: `XXXX` or `{X...}`.
    fn read_unicode_escape_body(&mut self, err_pos: Pos) -> PResult<u32> {
        if self.byte(self.st.pos) == Some(b'{') {
            self.st.pos += 1;
            let mut v: u32 = 0;
            let mut n = 0usize;
            loop {
                let Some(b) = self.byte(self.st.pos) else {
                    return Err(self.error("Invalid Unicode escape sequence", err_pos));
                };
                if b == b'}' {
                    self.st.pos += 1;
                    break;
                }
                let Some(d) = hex_val(b) else {
                    return Err(self.error("Invalid Unicode escape sequence", err_pos));
                };
                v = v.saturating_mul(16).saturating_add(d);
                if v > 0x10FFFF {
                    return Err(self.error("Undefined Unicode code-point", err_pos));
                }
                n += 1;
                self.st.pos += 1;
            }
            if n == 0 {
                return Err(self.error("Invalid Unicode escape sequence", err_pos));
            }
            Ok(v)
        } else {
            let mut v = 0u32;
            for k in 0..4 {
                match self.byte(self.st.pos + k).and_then(hex_val) {
                    Some(d) => v = v * 16 + d,
                    None => return Err(self.error("Invalid Unicode escape sequence", err_pos)),
                }
            }
            self.st.pos += 4;
            Ok(v)
        }
    }

    // ----- numbers -------------------------------------------------------

    fn lex_number(&mut self, tok: &mut Token) -> PResult<()> {
        let start = self.st.pos;
        tok.kind = T::Num;
        let b0 = self.byte(start).unwrap_or(b'0');
        let b1 = self.byte(start + 1);
        let mut value: f64;
        if b0 == b'0' && matches!(b1, Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B')) {
            let bits = match b1 {
                Some(b'x' | b'X') => 4,
                Some(b'o' | b'O') => 3,
                _ => 1,
            };
            self.st.pos = start + 2;
            let ds = self.st.pos;
            while let Some(b) = self.byte(self.st.pos) {
                match hex_val(b) {
                    Some(d) if d < (1 << bits) => self.st.pos += 1,
                    _ => break,
                }
            }
            if self.st.pos == ds {
                return Err(self.error("Invalid or unexpected token", tok.pos));
            }
            value = radix_value(self.bytes.get(ds..self.st.pos).unwrap_or(&[]), bits);
        } else if b0 == b'0' && matches!(b1, Some(b'0'..=b'9')) {
            // Legacy octal (017) or leading-zero decimal (08, 019.5).
            let ds = start + 1;
            let mut i = ds;
            let mut octal = true;
            while let Some(b) = self.byte(i) {
                if b.is_ascii_digit() {
                    if b >= b'8' {
                        octal = false;
                    }
                    i += 1;
                } else {
                    break;
                }
            }
            if octal {
                self.st.pos = i;
                tok.flags |= F_OCTAL;
                value = radix_value(self.bytes.get(ds..i).unwrap_or(&[]), 3);
            } else {
                tok.flags |= F_LEADING_ZERO;
                self.st.pos = i;
                self.scan_decimal_tail();
                value = self.decimal_value(start);
            }
        } else {
            // Decimal literal (possibly starting with '.').
            while matches!(self.byte(self.st.pos), Some(b'0'..=b'9')) {
                self.st.pos += 1;
            }
            self.scan_decimal_tail();
            value = self.decimal_value(start);
        }
        // The source character immediately following a NumericLiteral must
        // not be an IdentifierStart or DecimalDigit.
        if let Some(c) = self.char_at(self.st.pos)
            && (c.is_ascii_digit() || c == '\\' || is_id_start(c))
        {
            return Err(self.error("Invalid or unexpected token", tok.pos));
        }
        if value.is_nan() {
            value = 0.0;
        }
        tok.num = value;
        tok.end = self.st.pos;
        Ok(())
    }

    /// After the integer digits: optional `.digits` and exponent.
    fn scan_decimal_tail(&mut self) {
        if self.byte(self.st.pos) == Some(b'.') {
            self.st.pos += 1;
            while matches!(self.byte(self.st.pos), Some(b'0'..=b'9')) {
                self.st.pos += 1;
            }
        }
        if matches!(self.byte(self.st.pos), Some(b'e' | b'E')) {
            let save = self.st.pos;
            self.st.pos += 1;
            if matches!(self.byte(self.st.pos), Some(b'+' | b'-')) {
                self.st.pos += 1;
            }
            if matches!(self.byte(self.st.pos), Some(b'0'..=b'9')) {
                while matches!(self.byte(self.st.pos), Some(b'0'..=b'9')) {
                    self.st.pos += 1;
                }
            } else {
                // `1e` / `1e+`: leave the 'e' to the identifier check, which
                // reports the error.
                self.st.pos = save;
            }
        }
    }

    fn decimal_value(&self, start: usize) -> f64 {
        let s = self.slice(start, self.st.pos);
        s.parse::<f64>().unwrap_or(0.0)
    }

    // ----- strings -------------------------------------------------------

    fn lex_string(&mut self, tok: &mut Token, quote: u8) -> PResult<()> {
        tok.kind = T::Str;
        self.st.pos += 1;
        let mut v: Vec<u16> = Vec::new();
        loop {
            let chunk = self.st.pos;
            while let Some(b) = self.byte(self.st.pos) {
                if b < 0x80 && b != quote && b != b'\\' && b != b'\n' && b != b'\r' {
                    self.st.pos += 1;
                } else {
                    break;
                }
            }
            if let Some(seg) = self.bytes.get(chunk..self.st.pos) {
                v.extend(seg.iter().map(|&b| b as u16));
            }
            let Some(b) = self.byte(self.st.pos) else {
                // Only a string continued past a line end (`\` newline)
                // may go on on the next line.
                if self.st.line != tok.pos.line {
                    return Err(self.error_at_end("Unterminated string constant", tok.pos));
                }
                return Err(self.error("Unterminated string constant", tok.pos));
            };
            match b {
                b'\n' | b'\r' => {
                    return Err(self.error("Unterminated string constant", tok.pos));
                }
                b'\\' => {
                    self.st.pos += 1;
                    self.lex_escape(tok, &mut v)?;
                }
                0x80.. => {
                    let Some(c) = self.char_at(self.st.pos) else {
                        return Err(self.error("Invalid or unexpected token", tok.pos));
                    };
                    push_utf16(&mut v, c);
                    self.st.pos += c.len_utf8();
                    if c == '\u{2028}' || c == '\u{2029}' {
                        self.newline();
                    }
                }
                _ => {
                    // The closing quote.
                    self.st.pos += 1;
                    break;
                }
            }
        }
        tok.end = self.st.pos;
        tok.str = v;
        Ok(())
    }

    /// Scans an escape sequence in a string literal (after the backslash).
    fn lex_escape(&mut self, tok: &mut Token, v: &mut Vec<u16>) -> PResult<()> {
        let Some(e) = self.byte(self.st.pos) else {
            return Err(self.error_at_end("Unterminated string constant", tok.pos));
        };
        match e {
            b'\n' => {
                self.st.pos += 1;
                self.newline();
            }
            b'\r' => {
                self.st.pos += 1;
                if self.byte(self.st.pos) == Some(b'\n') {
                    self.st.pos += 1;
                }
                self.newline();
            }
            b'n' => self.simple_escape(v, 0x0A),
            b't' => self.simple_escape(v, 0x09),
            b'r' => self.simple_escape(v, 0x0D),
            b'b' => self.simple_escape(v, 0x08),
            b'f' => self.simple_escape(v, 0x0C),
            b'v' => self.simple_escape(v, 0x0B),
            b'0'..=b'7' => {
                let next = self.byte(self.st.pos + 1);
                if e == b'0' && !matches!(next, Some(b'0'..=b'9')) {
                    self.simple_escape(v, 0);
                } else {
                    tok.flags |= F_OCTAL;
                    let max_len = if e <= b'3' { 3 } else { 2 };
                    let mut val: u16 = 0;
                    let mut n = 0;
                    while n < max_len {
                        match self.byte(self.st.pos) {
                            Some(d @ b'0'..=b'7') => {
                                val = val * 8 + (d - b'0') as u16;
                                self.st.pos += 1;
                                n += 1;
                            }
                            _ => break,
                        }
                    }
                    v.push(val);
                }
            }
            b'8' | b'9' => {
                tok.flags |= F_ESC_89;
                self.simple_escape(v, e as u16);
            }
            b'x' => {
                let h1 = self.byte(self.st.pos + 1).and_then(hex_val);
                let h2 = self.byte(self.st.pos + 2).and_then(hex_val);
                match (h1, h2) {
                    (Some(a), Some(b)) => {
                        v.push((a * 16 + b) as u16);
                        self.st.pos += 3;
                    }
                    _ => return Err(self.error("Invalid hexadecimal escape sequence", tok.pos)),
                }
            }
            b'u' => {
                self.st.pos += 1;
                let cp = self.read_unicode_escape_body(tok.pos)?;
                push_code_point(v, cp);
            }
            0x80.. => {
                let Some(c) = self.char_at(self.st.pos) else {
                    return Err(self.error("Invalid or unexpected token", tok.pos));
                };
                self.st.pos += c.len_utf8();
                if c == '\u{2028}' || c == '\u{2029}' {
                    // Line continuation.
                    self.newline();
                } else {
                    push_utf16(v, c);
                }
            }
            _ => self.simple_escape(v, e as u16),
        }
        Ok(())
    }

    #[inline]
    fn simple_escape(&mut self, v: &mut Vec<u16>, unit: u16) {
        v.push(unit);
        self.st.pos += 1;
    }

    // ----- regular expressions -----------------------------------------

    /// Rescans the `/` or `/=` token starting at `start` as a regular
    /// expression literal. The flags are returned unvalidated.
    pub(crate) fn rescan_regexp(&mut self, start: usize, pos: Pos) -> PResult<Token> {
        self.st.pos = start + 1;
        let mut in_class = false;
        loop {
            let Some(b) = self.byte(self.st.pos) else {
                return Err(self.error("Invalid regular expression: missing /", pos));
            };
            match b {
                b'\n' | b'\r' => {
                    return Err(self.error("Invalid regular expression: missing /", pos));
                }
                b'\\' => {
                    self.st.pos += 1;
                    match self.char_at(self.st.pos) {
                        Some(c) if !is_line_terminator(c) => self.st.pos += c.len_utf8(),
                        _ => {
                            return Err(self.error("Invalid regular expression: missing /", pos));
                        }
                    }
                }
                b'[' => {
                    in_class = true;
                    self.st.pos += 1;
                }
                b']' => {
                    in_class = false;
                    self.st.pos += 1;
                }
                b'/' if !in_class => break,
                0x80.. => {
                    let Some(c) = self.char_at(self.st.pos) else {
                        return Err(self.error("Invalid regular expression: missing /", pos));
                    };
                    if is_line_terminator(c) {
                        return Err(self.error("Invalid regular expression: missing /", pos));
                    }
                    self.st.pos += c.len_utf8();
                }
                _ => self.st.pos += 1,
            }
        }
        let body_end = self.st.pos;
        self.st.pos += 1;
        let flags_start = self.st.pos;
        while let Some(c) = self.char_at(self.st.pos) {
            if c == '\\' {
                return Err(self.error("Invalid regular expression flags", pos));
            }
            if is_id_continue(c) {
                self.st.pos += c.len_utf8();
            } else {
                break;
            }
        }
        let mut tok = Token::eof();
        tok.kind = T::Regex;
        tok.start = start;
        tok.end = self.st.pos;
        tok.pos = pos;
        tok.str = self.slice(start + 1, body_end).encode_utf16().collect();
        tok.text = self.slice(flags_start, self.st.pos).to_string();
        Ok(tok)
    }
}

#[inline]
fn hex_val(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some((b - b'0') as u32),
        b'a'..=b'f' => Some((b - b'a' + 10) as u32),
        b'A'..=b'F' => Some((b - b'A' + 10) as u32),
        _ => None,
    }
}

/// Value of a string of digits in radix `2^bits`, correctly rounded to the
/// nearest f64 (ties to even).
pub(crate) fn radix_value(digits: &[u8], bits: u32) -> f64 {
    // Accumulate the leading 64 significant bits in `mant`, count dropped
    // bits in `exp`, and remember whether any dropped bit was set.
    let mut mant: u64 = 0;
    let mut exp: i64 = 0;
    let mut sticky = false;
    for &b in digits {
        let Some(d) = hex_val(b) else { continue };
        let d = d as u64;
        for k in (0..bits).rev() {
            let bit = (d >> k) & 1;
            if mant >> 63 == 0 {
                mant = (mant << 1) | bit;
            } else {
                exp += 1;
                if bit != 0 {
                    sticky = true;
                }
            }
        }
    }
    if mant == 0 {
        return 0.0;
    }
    // Normalize so the top bit is set.
    let lz = mant.leading_zeros();
    mant <<= lz;
    exp -= lz as i64;
    // Round the 64-bit mantissa to 53 bits.
    let low = mant & 0x7FF;
    let mut top = mant >> 11;
    let half = 0x400;
    if low > half || (low == half && (sticky || (top & 1) == 1)) {
        top += 1;
    }
    // value = top * 2^(exp + 11)
    let mut e = exp + 11;
    let mut v = top as f64;
    while e > 0 {
        let step = if e > 1000 { 1000 } else { e };
        v *= pow2(step as i32);
        e -= step;
        if v.is_infinite() {
            break;
        }
    }
    while e < 0 {
        let step = if e < -1000 { -1000 } else { e };
        v *= pow2(step as i32);
        e -= step;
    }
    v
}

/// 2^e for -1022 <= e <= 1023.
fn pow2(e: i32) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}
