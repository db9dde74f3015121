//! `Date.parse` / `new Date(string)`, accepting exactly what V8 accepts.
//!
//! The grammar is V8's: first the ES5 ISO format
//! (`[±YY]YYYY[-MM[-DD]][THH:mm[:ss[.sss]][Z|±hh:mm|±hhmm]]`) is tried; if
//! the input is not entirely such a string, whatever was not consumed is
//! handed to a permissive "legacy" scanner (month names, weekday names and
//! other words before the first number, `M/D/Y`, `Y/M/D`, `h:m:s`, AM/PM,
//! `GMT+hhmm`, the US zone abbreviations, parenthesized comments, ...).
//! The quirks that follow from this two-stage design (for example
//! `"-000000-01-01"` meaning 2001-01-01, or a missing year meaning 2001) are
//! reproduced on purpose, because node prints them.

use super::{LocalTimeZone, local_to_time_value, make_date, make_day, make_time, time_clip};

/// Marker for an absent value (V8's `kNone`).
const NONE: i32 = i32::MAX;
/// Digits beyond this many are skipped when reading a numeral.
const MAX_SIGNIFICANT_DIGITS: usize = 9;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kw {
    /// A word that is not a keyword (still a "keyword token", V8-wise).
    Garbage,
    MonthName,
    TimeZoneName,
    TimeSeparator,
    AmPm,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Token {
    /// Terminal failure (only produced by the ISO stage).
    Invalid,
    /// Any other character, or a parenthesized comment.
    Unknown,
    Number { value: i32, len: usize },
    Symbol(u8),
    WhiteSpace,
    End,
    Word { kind: Kw, value: i32, len: usize },
}

impl Token {
    fn is_number(self) -> bool {
        matches!(self, Token::Number { .. })
    }

    fn number(self) -> i32 {
        match self {
            Token::Number { value, .. } => value,
            _ => 0,
        }
    }

    fn is_fixed_number(self, length: usize) -> bool {
        matches!(self, Token::Number { len, .. } if len == length)
    }

    fn is_symbol(self, c: u8) -> bool {
        self == Token::Symbol(c)
    }

    fn is_sign(self) -> bool {
        matches!(self, Token::Symbol(b'+' | b'-'))
    }

    /// 1 for '+', -1 for '-'.
    fn sign(self) -> i32 {
        if self == Token::Symbol(b'-') { -1 } else { 1 }
    }

    fn is_kind(self, k: Kw) -> bool {
        matches!(self, Token::Word { kind, .. } if kind == k)
    }

    /// The single letter `Z` (or `z`).
    fn is_keyword_z(self) -> bool {
        matches!(
            self,
            Token::Word {
                kind: Kw::TimeZoneName,
                value: 0,
                len: 1
            }
        )
    }
}

/// White space that ends a word: the ECMAScript WhiteSpace set (line
/// terminators not included).
fn is_white_space(c: u32) -> bool {
    matches!(
        c,
        0x09 | 0x0B | 0x0C | 0x20 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

fn is_white_space_or_line_terminator(c: u32) -> bool {
    is_white_space(c) || matches!(c, 0x0A | 0x0D | 0x2028 | 0x2029)
}

/// Character source over UTF-16 code units or Unicode scalar values; a NUL
/// character ends the input, as in V8.
struct Reader<I: Iterator<Item = u32>> {
    iter: core::iter::Fuse<I>,
    ch: u32,
    pos: usize,
}

impl<I: Iterator<Item = u32>> Reader<I> {
    fn new(iter: I) -> Self {
        let mut r = Reader {
            iter: iter.fuse(),
            ch: 0,
            pos: 0,
        };
        r.advance();
        r
    }

    fn advance(&mut self) {
        self.ch = self.iter.next().unwrap_or(0);
        self.pos = self.pos.saturating_add(1);
    }

    fn is_digit(&self) -> bool {
        (u32::from(b'0')..=u32::from(b'9')).contains(&self.ch)
    }

    fn skip(&mut self, c: u8) -> bool {
        if self.ch == u32::from(c) {
            self.advance();
            true
        } else {
            false
        }
    }

    /// Reads a run of digits. Leading zeros are skipped (they count toward
    /// the token length but not toward the nine significant digits kept).
    fn read_numeral(&mut self) -> i32 {
        while self.ch == u32::from(b'0') {
            self.advance();
        }
        let mut n: i32 = 0;
        let mut digits = 0usize;
        while self.is_digit() {
            if digits < MAX_SIGNIFICANT_DIGITS {
                n = n * 10 + (self.ch - u32::from(b'0')) as i32;
            }
            digits += 1;
            self.advance();
        }
        n
    }

    fn is_word_char(&self) -> bool {
        self.ch >= u32::from(b'A') && !is_white_space(self.ch)
    }

    /// Reads a word; returns its lower-cased three-character prefix (zero
    /// padded) and its length.
    fn read_word(&mut self) -> ([u32; 3], usize) {
        let mut prefix = [0u32; 3];
        let mut len = 0usize;
        while self.is_word_char() {
            if len < 3 {
                prefix[len] = self.ch | 0x20;
            }
            len += 1;
            self.advance();
        }
        (prefix, len)
    }

    /// Skips a parenthesized comment (nesting allowed, may be unterminated).
    fn skip_parentheses(&mut self) {
        let mut balance: i64 = 0;
        loop {
            if self.ch == u32::from(b')') {
                balance -= 1;
            } else if self.ch == u32::from(b'(') {
                balance += 1;
            }
            self.advance();
            if !(balance > 0 && self.ch != 0) {
                break;
            }
        }
    }

    fn scan(&mut self) -> Token {
        let start = self.pos;
        if self.ch == 0 {
            return Token::End;
        }
        if self.is_digit() {
            let value = self.read_numeral();
            return Token::Number {
                value,
                len: self.pos - start,
            };
        }
        for c in [b':', b'-', b'+', b'.', b')'] {
            if self.skip(c) {
                return Token::Symbol(c);
            }
        }
        if self.is_word_char() {
            let (prefix, len) = self.read_word();
            let (kind, value) = lookup_keyword(prefix, len);
            return Token::Word { kind, value, len };
        }
        if is_white_space_or_line_terminator(self.ch) {
            self.advance();
            return Token::WhiteSpace;
        }
        if self.ch == u32::from(b'(') {
            self.skip_parentheses();
            return Token::Unknown;
        }
        self.advance();
        Token::Unknown
    }
}

const KEYWORDS: [(&[u8; 3], Kw, i32); 27] = [
    (b"jan", Kw::MonthName, 1),
    (b"feb", Kw::MonthName, 2),
    (b"mar", Kw::MonthName, 3),
    (b"apr", Kw::MonthName, 4),
    (b"may", Kw::MonthName, 5),
    (b"jun", Kw::MonthName, 6),
    (b"jul", Kw::MonthName, 7),
    (b"aug", Kw::MonthName, 8),
    (b"sep", Kw::MonthName, 9),
    (b"oct", Kw::MonthName, 10),
    (b"nov", Kw::MonthName, 11),
    (b"dec", Kw::MonthName, 12),
    (b"am\0", Kw::AmPm, 0),
    (b"pm\0", Kw::AmPm, 12),
    (b"ut\0", Kw::TimeZoneName, 0),
    (b"utc", Kw::TimeZoneName, 0),
    (b"z\0\0", Kw::TimeZoneName, 0),
    (b"gmt", Kw::TimeZoneName, 0),
    (b"cdt", Kw::TimeZoneName, -5),
    (b"cst", Kw::TimeZoneName, -6),
    (b"edt", Kw::TimeZoneName, -4),
    (b"est", Kw::TimeZoneName, -5),
    (b"mdt", Kw::TimeZoneName, -6),
    (b"mst", Kw::TimeZoneName, -7),
    (b"pdt", Kw::TimeZoneName, -7),
    (b"pst", Kw::TimeZoneName, -8),
    (b"t\0\0", Kw::TimeSeparator, 0),
];

/// A word matches a keyword when its three-letter prefix does; words longer
/// than three letters only match month names ("November", but not "UTCX").
fn lookup_keyword(prefix: [u32; 3], len: usize) -> (Kw, i32) {
    for (key, kind, value) in KEYWORDS {
        let matches = prefix.iter().zip(key.iter()).all(|(&p, &k)| p == u32::from(k));
        if matches && (len <= 3 || kind == Kw::MonthName) {
            return (kind, value);
        }
    }
    (Kw::Garbage, 0)
}

/// One-token look-ahead over a [`Reader`].
struct Tokenizer<I: Iterator<Item = u32>> {
    reader: Reader<I>,
    next: Token,
}

impl<I: Iterator<Item = u32>> Tokenizer<I> {
    fn new(iter: I) -> Self {
        let mut reader = Reader::new(iter);
        let next = reader.scan();
        Tokenizer { reader, next }
    }

    fn next(&mut self) -> Token {
        let result = self.next;
        self.next = self.reader.scan();
        result
    }

    fn peek(&self) -> Token {
        self.next
    }

    fn skip_symbol(&mut self, c: u8) -> bool {
        if self.next.is_symbol(c) {
            self.next = self.reader.scan();
            true
        } else {
            false
        }
    }
}

fn between(x: i32, lo: i32, hi: i32) -> bool {
    (lo..=hi).contains(&x)
}
fn is_month(x: i32) -> bool {
    between(x, 1, 12)
}
fn is_day(x: i32) -> bool {
    between(x, 1, 31)
}
fn is_hour(x: i32) -> bool {
    between(x, 0, 23)
}
fn is_minute(x: i32) -> bool {
    between(x, 0, 59)
}
fn is_second(x: i32) -> bool {
    between(x, 0, 59)
}
fn is_hour12(x: i32) -> bool {
    between(x, 0, 12)
}
fn is_millisecond(x: i32) -> bool {
    between(x, 0, 999)
}

/// The first three significant digits of a fraction-of-second numeral.
fn read_milliseconds(token: Token) -> i32 {
    let (number, len) = match token {
        Token::Number { value, len } => (value, len),
        _ => return 0,
    };
    match len {
        0 | 3 => number,
        1 => number * 100,
        2 => number * 10,
        _ => {
            let len = len.min(MAX_SIGNIFICANT_DIGITS);
            number / 10i32.pow((len - 3) as u32)
        }
    }
}

struct DayComposer {
    comp: [i32; 3],
    index: usize,
    named_month: i32,
    iso: bool,
}

impl DayComposer {
    fn new() -> Self {
        DayComposer {
            comp: [0; 3],
            index: 0,
            named_month: NONE,
            iso: false,
        }
    }

    fn is_empty(&self) -> bool {
        self.index == 0
    }

    fn add(&mut self, n: i32) -> bool {
        if self.index < 3 {
            self.comp[self.index] = n;
            self.index += 1;
            true
        } else {
            false
        }
    }

    /// (year, month 1..=12, day) or `None`.
    fn write(&self) -> Option<(i32, i32, i32)> {
        if self.index < 1 {
            return None;
        }
        // Missing components default to 1 (so a missing year is 1 → 2001).
        let mut c = self.comp;
        for slot in c.iter_mut().skip(self.index) {
            *slot = 1;
        }
        let (mut year, month, day);
        if self.named_month == NONE {
            if self.iso || !is_day(c[0]) {
                (year, month, day) = (c[0], c[1], c[2]);
            } else {
                (month, day, year) = (c[0], c[1], c[2]);
            }
        } else {
            month = self.named_month;
            if !is_day(c[0]) {
                (year, day) = (c[0], c[1]);
            } else {
                (day, year) = (c[0], c[1]);
            }
        }
        if !self.iso {
            if between(year, 0, 49) {
                year += 2000;
            } else if between(year, 50, 99) {
                year += 1900;
            }
        }
        if !is_month(month) || !is_day(day) {
            return None;
        }
        Some((year, month, day))
    }
}

struct TimeComposer {
    comp: [i32; 4],
    index: usize,
    hour_offset: i32,
}

impl TimeComposer {
    fn new() -> Self {
        TimeComposer {
            comp: [0; 4],
            index: 0,
            hour_offset: NONE,
        }
    }

    fn is_empty(&self) -> bool {
        self.index == 0
    }

    fn is_expecting(&self, n: i32) -> bool {
        (self.index == 1 && is_minute(n))
            || (self.index == 2 && is_second(n))
            || (self.index == 3 && is_millisecond(n))
    }

    fn add(&mut self, n: i32) -> bool {
        if self.index < 4 {
            self.comp[self.index] = n;
            self.index += 1;
            true
        } else {
            false
        }
    }

    fn add_final(&mut self, n: i32) -> bool {
        if !self.add(n) {
            return false;
        }
        while self.index < 4 {
            self.comp[self.index] = 0;
            self.index += 1;
        }
        true
    }

    /// (hour, minute, second, millisecond) or `None`.
    fn write(&self) -> Option<(i32, i32, i32, i32)> {
        let mut c = self.comp;
        for slot in c.iter_mut().skip(self.index) {
            *slot = 0;
        }
        let [mut hour, minute, second, ms] = c;
        if self.hour_offset != NONE {
            if !is_hour12(hour) {
                return None;
            }
            hour = hour % 12 + self.hour_offset;
        }
        if !(is_hour(hour) && is_minute(minute) && is_second(second) && is_millisecond(ms))
            && !(hour == 24 && minute == 0 && second == 0 && ms == 0)
        {
            return None;
        }
        Some((hour, minute, second, ms))
    }
}

struct TimeZoneComposer {
    sign: i32,
    hour: i32,
    minute: i32,
}

impl TimeZoneComposer {
    fn new() -> Self {
        TimeZoneComposer {
            sign: NONE,
            hour: NONE,
            minute: NONE,
        }
    }

    fn set(&mut self, offset_in_hours: i32) {
        self.sign = if offset_in_hours < 0 { -1 } else { 1 };
        self.hour = offset_in_hours * self.sign;
        self.minute = 0;
    }

    fn set_sign(&mut self, sign: i32) {
        self.sign = if sign < 0 { -1 } else { 1 };
    }

    fn is_expecting(&self, n: i32) -> bool {
        self.hour != NONE && self.minute == NONE && is_minute(n)
    }

    fn is_utc(&self) -> bool {
        self.hour == 0 && self.minute == 0
    }

    fn is_empty(&self) -> bool {
        self.hour == NONE
    }

    /// `Ok(Some(seconds east of UTC))`, `Ok(None)` when no zone was given,
    /// `Err(())` when the offset is out of V8's (Smi) range.
    fn write(&self) -> Result<Option<i32>, ()> {
        if self.sign == NONE {
            return Ok(None);
        }
        let hour = if self.hour == NONE { 0 } else { self.hour };
        let minute = if self.minute == NONE { 0 } else { self.minute };
        // V8 computes this in wrapping unsigned 32-bit arithmetic and rejects
        // results above its largest Smi (2^31 - 1 on 64-bit node).
        let total = (hour as u32)
            .wrapping_mul(3600)
            .wrapping_add((minute as u32).wrapping_mul(60));
        if total > i32::MAX as u32 {
            return Err(());
        }
        let total = total as i32;
        Ok(Some(if self.sign < 0 { -total } else { total }))
    }
}

/// The ES5 ISO stage. Returns `Token::End` when the whole input was an ISO
/// string, `Token::Invalid` on a terminal error, or the first token the
/// legacy stage must handle.
fn parse_iso<I: Iterator<Item = u32>>(
    scanner: &mut Tokenizer<I>,
    day: &mut DayComposer,
    time: &mut TimeComposer,
    tz: &mut TimeZoneComposer,
) -> Token {
    // Date: [('-'|'+')yy]yyyy['-'MM['-'DD]]
    if scanner.peek().is_sign() {
        // The sign goes back to the legacy stage if it is not used; note that
        // a following six-digit number is consumed either way.
        let sign_token = scanner.next();
        if !scanner.peek().is_fixed_number(6) {
            return sign_token;
        }
        let sign = sign_token.sign();
        let year = scanner.next().number();
        if sign < 0 && year == 0 {
            return sign_token;
        }
        day.add(sign * year);
    } else if scanner.peek().is_fixed_number(4) {
        day.add(scanner.next().number());
    } else {
        return scanner.next();
    }
    if scanner.skip_symbol(b'-') {
        if !scanner.peek().is_fixed_number(2) || !is_month(scanner.peek().number()) {
            return scanner.next();
        }
        day.add(scanner.next().number());
        if scanner.skip_symbol(b'-') {
            if !scanner.peek().is_fixed_number(2) || !is_day(scanner.peek().number()) {
                return scanner.next();
            }
            day.add(scanner.next().number());
        }
    }
    // Time: 'T'HH':'mm[':'ss['.'sss]][Z|(+|-)hh[:]mm]
    if !scanner.peek().is_kind(Kw::TimeSeparator) {
        if scanner.peek() != Token::End {
            return scanner.next();
        }
    } else {
        scanner.next();
        if !scanner.peek().is_fixed_number(2) || !between(scanner.peek().number(), 0, 24) {
            return Token::Invalid;
        }
        // 24:00[:00[.000]] is allowed, no other time starting with 24.
        let hour_is_24 = scanner.peek().number() == 24;
        time.add(scanner.next().number());
        if !scanner.skip_symbol(b':') {
            return Token::Invalid;
        }
        if !scanner.peek().is_fixed_number(2)
            || !is_minute(scanner.peek().number())
            || (hour_is_24 && scanner.peek().number() > 0)
        {
            return Token::Invalid;
        }
        time.add(scanner.next().number());
        if scanner.skip_symbol(b':') {
            if !scanner.peek().is_fixed_number(2)
                || !is_second(scanner.peek().number())
                || (hour_is_24 && scanner.peek().number() > 0)
            {
                return Token::Invalid;
            }
            time.add(scanner.next().number());
            if scanner.skip_symbol(b'.') {
                if !scanner.peek().is_number() || (hour_is_24 && scanner.peek().number() > 0) {
                    return Token::Invalid;
                }
                // Any number of digits (at least one) is allowed.
                time.add(read_milliseconds(scanner.next()));
            }
        }
        if scanner.peek().is_keyword_z() {
            scanner.next();
            tz.set(0);
        } else if scanner.peek().is_sign() {
            tz.set_sign(scanner.next().sign());
            if scanner.peek().is_fixed_number(4) {
                // hhmm extension.
                let hourmin = scanner.next().number();
                let (hour, min) = (hourmin / 100, hourmin % 100);
                if !is_hour(hour) || !is_minute(min) {
                    return Token::Invalid;
                }
                tz.hour = hour;
                tz.minute = min;
            } else {
                if !scanner.peek().is_fixed_number(2) || !is_hour(scanner.peek().number()) {
                    return Token::Invalid;
                }
                tz.hour = scanner.next().number();
                if !scanner.skip_symbol(b':') {
                    return Token::Invalid;
                }
                if !scanner.peek().is_fixed_number(2) || !is_minute(scanner.peek().number()) {
                    return Token::Invalid;
                }
                tz.minute = scanner.next().number();
            }
        }
        if scanner.peek() != Token::End {
            return Token::Invalid;
        }
    }
    // Date-only forms are UTC; date-time forms without offset are local.
    if tz.is_empty() && time.is_empty() {
        tz.set(0);
    }
    day.iso = true;
    Token::End
}

/// Fields produced by a successful parse.
struct Parsed {
    year: i32,
    month: i32,
    day: i32,
    hour: i32,
    minute: i32,
    second: i32,
    ms: i32,
    /// Seconds east of UTC, or `None` for local time.
    offset_seconds: Option<i32>,
}

fn parse_fields<I: Iterator<Item = u32>>(input: I) -> Option<Parsed> {
    let mut scanner = Tokenizer::new(input);
    let mut day = DayComposer::new();
    let mut time = TimeComposer::new();
    let mut tz = TimeZoneComposer::new();

    let mut token = parse_iso(&mut scanner, &mut day, &mut time, &mut tz);
    if token == Token::Invalid {
        return None;
    }
    let mut has_read_number = !day.is_empty();
    // Legacy stage for whatever the ISO stage left.
    while token != Token::End {
        match token {
            Token::Number { value: n, .. } => {
                has_read_number = true;
                if scanner.skip_symbol(b':') {
                    if scanner.skip_symbol(b':') {
                        // "n::"
                        if !time.is_empty() {
                            return None;
                        }
                        time.add(n);
                        time.add(0);
                    } else {
                        // "n:"
                        if !time.add(n) {
                            return None;
                        }
                        if scanner.peek().is_symbol(b'.') {
                            scanner.next();
                        }
                    }
                } else if scanner.skip_symbol(b'.') && time.is_expecting(n) {
                    time.add(n);
                    if !scanner.peek().is_number() {
                        return None;
                    }
                    let ms = read_milliseconds(scanner.next());
                    time.add_final(ms);
                } else if tz.is_expecting(n) {
                    tz.minute = n;
                } else if time.is_expecting(n) {
                    time.add_final(n);
                    // The time must be followed by the end, white space, Z or
                    // a sign.
                    let peek = scanner.peek();
                    if peek != Token::End
                        && peek != Token::WhiteSpace
                        && !peek.is_keyword_z()
                        && !peek.is_sign()
                    {
                        return None;
                    }
                } else {
                    if !day.add(n) {
                        return None;
                    }
                    scanner.skip_symbol(b'-');
                }
            }
            Token::Word { kind, value, .. } => {
                if kind == Kw::AmPm && !time.is_empty() {
                    time.hour_offset = value;
                } else if kind == Kw::MonthName {
                    day.named_month = value;
                    scanner.skip_symbol(b'-');
                } else if kind == Kw::TimeZoneName && has_read_number {
                    tz.set(value);
                } else {
                    // Garbage words are only allowed before the first number,
                    // and must be separated from it.
                    if has_read_number || scanner.peek().is_number() {
                        return None;
                    }
                }
            }
            Token::Symbol(_) if token.is_sign() && (tz.is_utc() || !time.is_empty()) => {
                // UTC offset, only after a zone name or a time.
                tz.set_sign(token.sign());
                let (mut n, mut length) = (0, 0);
                if scanner.peek().is_number() {
                    let t = scanner.next();
                    if let Token::Number { value, len } = t {
                        n = value;
                        length = len;
                    }
                }
                has_read_number = true;
                if scanner.peek().is_symbol(b':') {
                    tz.hour = n;
                    tz.minute = NONE;
                } else if length == 1 || length == 2 {
                    tz.hour = n;
                    tz.minute = 0;
                } else if length == 3 || length == 4 {
                    tz.hour = n / 100;
                    tz.minute = n % 100;
                } else {
                    return None;
                }
            }
            Token::Symbol(b'+' | b'-' | b')') if has_read_number => return None,
            _ => {}
        }
        token = scanner.next();
    }

    let (year, month, day) = day.write()?;
    let (hour, minute, second, ms) = time.write()?;
    let offset_seconds = tz.write().ok()?;
    Some(Parsed {
        year,
        month,
        day,
        hour,
        minute,
        second,
        ms,
        offset_seconds,
    })
}

fn parse_units<I: Iterator<Item = u32>>(input: I, tz: &dyn LocalTimeZone) -> f64 {
    let Some(p) = parse_fields(input) else { return f64::NAN };
    let day = make_day(f64::from(p.year), f64::from(p.month - 1), f64::from(p.day));
    let time = make_time(
        f64::from(p.hour),
        f64::from(p.minute),
        f64::from(p.second),
        f64::from(p.ms),
    );
    let date = make_date(day, time);
    match p.offset_seconds {
        None => local_to_time_value(date, tz),
        Some(offset) => time_clip(date - f64::from(offset) * 1000.0),
    }
}

/// `Date.parse(s)` for a Rust string: the time value `s` denotes, or NaN
/// when V8 would not recognize it. Strings without a zone designation are
/// local time in `tz`, except the ISO date-only forms, which are UTC.
pub fn parse(s: &str, tz: &dyn LocalTimeZone) -> f64 {
    parse_units(s.chars().map(u32::from), tz)
}

/// `Date.parse(s)` for a JavaScript string given as UTF-16 code units (lone
/// surrogates allowed); same result as [`parse`] on the equivalent text.
pub fn parse_utf16(s: &[u16], tz: &dyn LocalTimeZone) -> f64 {
    parse_units(s.iter().map(|&u| u32::from(u)), tz)
}

#[cfg(test)]
mod tests {
    use super::super::{FixedOffset, Utc};
    use super::*;

    #[test]
    fn basics() {
        assert_eq!(parse("1970-01-01", &Utc), 0.0);
        assert_eq!(parse("Thu, 01 Jan 1970 00:00:00 GMT", &Utc), 0.0);
        assert_eq!(parse("1970-01-01T00:00", &FixedOffset::with_gmt_name(60)), -3_600_000.0);
        assert!(parse("", &Utc).is_nan());
        assert!(parse("garbage", &Utc).is_nan());
        assert_eq!(parse("Nov 22", &Utc), 1_006_387_200_000.0);
        assert_eq!(parse("-000000-01-01", &Utc), 978_307_200_000.0);
    }

    #[test]
    fn garbage_does_not_panic() {
        let samples = [
            "((((((", ")))))", "99999999999999999999:99999999999:", "+", "-", "T", "2020-01-01T",
            "2020-01-01T24:00:00.99999999999999", "4294967295:4294967295", "+1193047:",
            "Jan 1 2000 00:00 +999999999:", "12 pm pm am", "\u{0}", "1 2 3 4", "::::", "...",
            "+999999-12-31T23:59:59.999Z", "-999999-01-01T00:00:00.000Z",
        ];
        for s in samples {
            let _ = parse(s, &Utc);
            let units: alloc::vec::Vec<u16> = s.encode_utf16().collect();
            let _ = parse_utf16(&units, &Utc);
        }
        let _ = parse_utf16(&[0xD800, 0x31, 0xDFFF], &Utc);
    }
}
