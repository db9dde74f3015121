//! `RegExp` (ES5 §15.10) on top of the `regress` engine.
//!
//! Patterns are parsed as UTF-16 code units (non-Unicode mode, as ES5 requires)
//! and matched with regress's UCS-2 executor, so indices are code-unit offsets.
//! `lastIndex` is an own data property; `source`, `global`, `ignoreCase` and
//! `multiline` are accessors on the prototype (ES2015 layout, as V8 has it).
//!
//! # Speed
//! A pattern is compiled once into a [`Program`] shared (reference-counted) by
//! every RegExp object with that source and flags: a regexp literal keeps its
//! program in its function's code cell (each evaluation still makes a new object,
//! as ES5 says), and `new RegExp(...)` and the string methods that build regexps
//! go through a small engine-wide cache ([`Cache`]).
//!
//! The subject is matched where it is stored: a two-byte string's units and an
//! ASCII string's bytes go to regress as they are (only a Latin-1 string with
//! units above 0x7F is widened, and that copy is kept for the next call on the
//! same string).
//!
//! regress built with UTF-16 support tries a search at every position, so the
//! search loop is ours: a pattern anchored by `^` (without `m`) is tried at its
//! start only, and a pattern whose first character comes from a known set skips
//! (with `memchr` on byte strings) to the next position holding one of them. A
//! single-position attempt runs the *probe* `(?:P)|()`, which always stops at
//! that position: the extra last group tells that `P` failed there.

use crate::jit::natives::NativeTrace;
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::OnceCell;

use super::{define_accessor, define_method, install_constructor, new_object_of_class};
use crate::bytecode::Code;
use crate::gc::Gc;
use crate::interp::{CallArgs, Vm};
use crate::object::ops::{self, JsResult};
use crate::object::{attrs, JsObject, ObjectClass, ObjectData, PropertyKey, RegExpData};
use crate::string::{self, Chars, JsString, StrBuilder};
use crate::value::Value;

/// Flag bit: `g`.
pub const FLAG_GLOBAL: u8 = 1;
/// Flag bit: `i`.
pub const FLAG_IGNORE_CASE: u8 = 2;
/// Flag bit: `m`.
pub const FLAG_MULTILINE: u8 = 4;

/// Parses a flags string; `None` if invalid.
pub fn parse_flags(units: &[u16]) -> Option<u8> {
    let mut f = 0u8;
    for u in units {
        let bit = match *u {
            0x67 => FLAG_GLOBAL,
            0x69 => FLAG_IGNORE_CASE,
            0x6D => FLAG_MULTILINE,
            _ => return None,
        };
        if f & bit != 0 {
            return None;
        }
        f |= bit;
    }
    Some(f)
}

/// Compiles a pattern (UTF-16 units) with flag bits.
pub fn compile(pattern: &[u16], flags: u8) -> Result<regress::Regex, String> {
    let units = unescape_surrogates(pattern);
    let p = units.as_deref().unwrap_or(pattern);
    regress::Regex::from_unicode(p.iter().map(|u| *u as u32), regress_flags(flags)).map_err(|e| alloc::format!("{e}"))
}

fn regress_flags(flags: u8) -> regress::Flags {
    regress::Flags { icase: flags & FLAG_IGNORE_CASE != 0, multiline: flags & FLAG_MULTILINE != 0, ..Default::default() }
}

/// A compiled pattern with the facts that speed up searching. Shared by every
/// RegExp object made from the same source and flags.
pub struct Program {
    regex: regress::Regex,
    /// `(?:P)|()`, compiled on first need; `None` inside when it cannot stand for
    /// `P` (see [`Program::probe`]).
    probe: OnceCell<Option<regress::Regex>>,
    /// `(?:P)|`, compiled on first need, for patterns that cannot match empty
    /// (see [`Program::step`]).
    step: OnceCell<Option<regress::Regex>>,
    /// Number of capture groups.
    groups: usize,
    /// Every alternative starts with `^` and there is no `m` flag: a match can
    /// only start at index 0.
    anchored: bool,
    /// The units a match can start with (`None`: any, or the match may be empty).
    first: Option<Box<FirstUnits>>,
    /// The pattern is a plain string (no `i` flag): searched for without regress.
    literal: Option<Box<Literal>>,
    /// The pattern is one class (or class escape) matching exactly the units of
    /// `first`, all below 0x100: a match is any one of them, found without regress.
    single: bool,
    /// The pattern source and the flag bits (the cache key).
    source: Box<[u16]>,
    flags: u8,
    hash: u32,
}

/// What one step call (a fresh regress executor trying one position) costs, in
/// positions regress tries in its own search loop (measured: ~40-90 ns against
/// ~9 ns, on subjects with a failing candidate every k units).
const STEP_COST: usize = 8;
/// Failed step calls before [`Program::find`] may hand a search to regress.
const MIN_MISSES: usize = 4;

/// A pattern that is a plain string.
struct Literal {
    units: Box<[u16]>,
    /// The searcher for ASCII subjects, when the string is ASCII.
    ascii: Option<memchr::memmem::Finder<'static>>,
}

/// A shared compiled pattern (what [`RegExpData`] holds).
pub type SharedRegex = Rc<Program>;

impl Program {
    /// Compiles `source` with `flags`.
    pub fn new(source: &[u16], flags: u8) -> Result<Program, String> {
        let regex = compile(source, flags)?;
        let multiline = flags & FLAG_MULTILINE != 0;
        let icase = flags & FLAG_IGNORE_CASE != 0;
        let literal = if icase { None } else { literal_units(source) }.map(|units| {
            let ascii = units.iter().all(|u| *u < 0x80).then(|| {
                let bytes: Vec<u8> = units.iter().map(|u| *u as u8).collect();
                memchr::memmem::Finder::new(&bytes).into_owned()
            });
            Box::new(Literal { units: units.into(), ascii })
        });
        let single = single_class(source, icase);
        let first = match &single {
            Some(s) => Some(s.clone()),
            None => first_of_disjunction(source, 0, source.len(), icase, multiline, 0).filter(|f| !f.is_full()),
        };
        Ok(Program {
            regex,
            probe: OnceCell::new(),
            step: OnceCell::new(),
            groups: count_groups(source),
            anchored: !multiline && anchored_disjunction(source, 0, source.len(), 0),
            first: first.map(|f| Box::new(f.seal())),
            literal,
            single: single.is_some(),
            source: source.into(),
            flags,
            hash: hash_key(source, flags),
        })
    }

    /// Number of capture groups.
    pub fn groups(&self) -> usize {
        self.groups
    }

    /// The probe `(?:P)|()`: at a position it either matches `P` there (the last
    /// group unset) or matches empty with the last group set, so one call tries
    /// exactly one position. Not used when `P` has a decimal escape beyond its
    /// group count (Annex B reads `\N` as an octal escape there, which the extra
    /// group would turn into a back reference), or if the group count is not the
    /// expected one.
    fn probe(&self) -> Option<&regress::Regex> {
        self.probe
            .get_or_init(|| {
                if has_decimal_escape_above(&self.source, self.groups) {
                    return None;
                }
                let re = self.wrapped(")|()")?;
                let m = re.find_from_ucs2(&[], 0).next()?;
                (m.captures.len() == self.groups + 1 && m.captures.last().is_some_and(|c| c.is_some())).then_some(re)
            })
            .as_ref()
    }

    /// `(?:P)|` for a pattern that cannot match empty: at a position it matches
    /// `P` there or, if `P` fails there, the empty string, so one call tries
    /// exactly one position (cheaper than the probe: no extra group).
    fn step(&self) -> Option<&regress::Regex> {
        self.step
            .get_or_init(|| {
                let re = self.wrapped(")|")?;
                let m = re.find_from_ucs2(&[], 0).next()?;
                (m.captures.len() == self.groups).then_some(re)
            })
            .as_ref()
    }

    /// Compiles `(?:P` + `tail`.
    fn wrapped(&self, tail: &str) -> Option<regress::Regex> {
        let mut p: Vec<u16> = Vec::with_capacity(self.source.len() + 8);
        p.extend("(?:".encode_utf16());
        p.extend_from_slice(&self.source);
        p.extend(tail.encode_utf16());
        compile(&p, self.flags).ok()
    }

    /// The first match at or after `from` (the `regress` search, faster).
    pub fn find(&self, text: Text<'_>, from: usize) -> Option<MatchResult> {
        if from > text.len() {
            return None;
        }
        if let Some(lit) = &self.literal {
            let i = lit.find(text, from)?;
            return Some(MatchResult { start: i, end: i + lit.units.len(), captures: Vec::new() });
        }
        if self.anchored {
            if from != 0 {
                return None;
            }
            return match self.probe() {
                Some(p) => probe_at(p, text, 0),
                None => run(&self.regex, text, 0),
            };
        }
        let Some(first) = &self.first else { return run(&self.regex, text, from) };
        if self.single {
            let i = first.scan(text, from)?;
            return Some(MatchResult { start: i, end: i + 1, captures: Vec::new() });
        }
        let Some(step) = self.step() else {
            let pos = first.scan(text, from)?;
            return run(&self.regex, text, pos);
        };
        let (mut pos, mut misses) = (from, 0usize);
        loop {
            pos = first.scan(text, pos)?;
            let m = search_raw(step, text, pos)?;
            debug_assert_eq!(m.range.start, pos);
            if m.range.end > pos {
                let n = m.captures.len();
                return Some(to_result(m, n));
            }
            pos += 1;
            misses += 1;
            // Each step call sets up a regress executor (allocations included),
            // which costs about what regress spends trying `STEP_COST`
            // positions itself. When the candidates that fail come closer than
            // that (a dense first set for this text: /agggtaaa|tttaccct/i on
            // DNA), regress searches the rest with one executor.
            if misses >= MIN_MISSES && pos - from < misses * STEP_COST {
                return run(&self.regex, text, pos);
            }
        }
    }

    /// The plain regress search (what [`Program::find`] must agree with).
    #[cfg(test)]
    fn find_plain(&self, text: Text<'_>, from: usize) -> Option<MatchResult> {
        if from > text.len() {
            return None;
        }
        run(&self.regex, text, from)
    }
}

/// The subject of a match, borrowed where the string stores it.
#[derive(Clone, Copy)]
pub enum Text<'a> {
    /// ASCII bytes (a Latin-1 string with no unit above 0x7F).
    Ascii(&'a [u8]),
    /// UTF-16 code units.
    Wide(&'a [u16]),
}

impl<'a> Text<'a> {
    /// Length in code units.
    pub fn len(&self) -> usize {
        match self {
            Text::Ascii(b) => b.len(),
            Text::Wide(u) => u.len(),
        }
    }
    /// Is it empty?
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The units `start..end`.
    pub fn slice(&self, start: usize, end: usize) -> Chars<'a> {
        match *self {
            Text::Ascii(b) => Chars::Latin1(&b[start..end]),
            Text::Wide(u) => Chars::Utf16(&u[start..end]),
        }
    }
    /// All of it.
    pub fn chars(&self) -> Chars<'a> {
        self.slice(0, self.len())
    }
}

/// One regress search from `at`.
fn search_raw(re: &regress::Regex, text: Text<'_>, at: usize) -> Option<regress::Match> {
    match text {
        Text::Ascii(b) => {
            // SAFETY: ASCII bytes are valid UTF-8.
            let s = unsafe { core::str::from_utf8_unchecked(b) };
            re.find_from_ascii(s, at).next()
        }
        Text::Wide(u) => re.find_from_ucs2(u, at).next(),
    }
}

fn to_result(m: regress::Match, groups: usize) -> MatchResult {
    MatchResult { start: m.range.start, end: m.range.end, captures: m.captures.iter().take(groups).map(|c| c.as_ref().map(|r| (r.start, r.end))).collect() }
}

fn run(re: &regress::Regex, text: Text<'_>, at: usize) -> Option<MatchResult> {
    search_raw(re, text, at).map(|m| {
        let n = m.captures.len();
        to_result(m, n)
    })
}

/// Tries the probe at exactly `at`.
fn probe_at(probe: &regress::Regex, text: Text<'_>, at: usize) -> Option<MatchResult> {
    let m = search_raw(probe, text, at)?;
    debug_assert_eq!(m.range.start, at);
    let n = m.captures.len();
    if m.captures[n - 1].is_some() {
        return None;
    }
    Some(to_result(m, n - 1))
}

/// A set of code units a match can start with: exact below 0x100, and `wide`
/// when any unit from 0x100 up may start one.
#[derive(Clone, PartialEq, Debug)]
struct FirstUnits {
    bits: [u64; 4],
    wide: bool,
    /// The byte members when there are at most three (see [`FirstUnits::seal`]).
    few: Option<([u8; 3], u8)>,
}

impl FirstUnits {
    fn empty() -> FirstUnits {
        FirstUnits { bits: [0; 4], wide: false, few: None }
    }
    fn add(&mut self, u: u32) {
        if u < 0x100 {
            self.bits[(u >> 6) as usize] |= 1 << (u & 63);
        } else {
            self.wide = true;
        }
    }
    fn add_range(&mut self, lo: u32, hi: u32) {
        for u in lo..=hi.min(0xFF) {
            self.add(u);
        }
        if hi >= 0x100 {
            self.wide = true;
        }
    }
    fn has(&self, u: u16) -> bool {
        if u < 0x100 {
            self.bits[(u >> 6) as usize] & (1 << (u & 63)) != 0
        } else {
            self.wide
        }
    }
    fn union(&mut self, o: &FirstUnits) {
        for k in 0..4 {
            self.bits[k] |= o.bits[k];
        }
        self.wide |= o.wide;
    }
    fn is_full(&self) -> bool {
        self.wide && self.bits.iter().all(|b| *b == u64::MAX)
    }
    /// Notes the byte members if there are at most three of them (for `memchr`).
    fn seal(mut self) -> FirstUnits {
        let mut out = [0u8; 3];
        let mut n = 0;
        for u in 0..0x100u16 {
            if self.has(u) {
                if n == 3 {
                    return self;
                }
                out[n] = u as u8;
                n += 1;
            }
        }
        self.few = Some((out, n as u8));
        self
    }
    /// The first position at or after `from` holding a member.
    fn scan(&self, text: Text<'_>, from: usize) -> Option<usize> {
        match text {
            Text::Ascii(b) => {
                let hay = b.get(from..)?;
                let i = match self.few {
                    Some((_, 0)) => None,
                    Some((c, 1)) => memchr::memchr(c[0], hay),
                    Some((c, 2)) => memchr::memchr2(c[0], c[1], hay),
                    Some((c, _)) => memchr::memchr3(c[0], c[1], c[2], hay),
                    None => hay.iter().position(|x| self.has(*x as u16)),
                };
                i.map(|i| i + from)
            }
            Text::Wide(u) => u.get(from..)?.iter().position(|x| self.has(*x)).map(|i| i + from),
        }
    }
}

impl Literal {
    fn find(&self, text: Text<'_>, from: usize) -> Option<usize> {
        match text {
            Text::Ascii(b) => {
                let finder = self.ascii.as_ref()?;
                let hay = b.get(from..)?;
                let i = if self.units.len() == 1 { memchr::memchr(self.units[0] as u8, hay) } else { finder.find(hay) };
                i.map(|i| i + from)
            }
            Text::Wide(u) => Chars::Utf16(u).find(&Chars::Utf16(&self.units), from),
        }
    }
}

/// The units matched by a pattern that is one class or class escape, if it
/// matches exactly one unit from a known set below 0x100.
fn single_class(p: &[u16], icase: bool) -> Option<FirstUnits> {
    let (set, end) = match *p.first()? {
        0x5B => class_first(p, 0, icase)?,
        0x5C => {
            let (set, end) = escape_first(p, 0, icase, false)?;
            (set?, end)
        }
        _ => return None,
    };
    (end == p.len() && !set.wide).then_some(set)
}

/// The units of a pattern that only matches one fixed string (literal units and
/// single-unit escapes, nothing quantified), if it is one.
fn literal_units(p: &[u16]) -> Option<Vec<u16>> {
    let mut out = Vec::with_capacity(p.len());
    let mut i = 0;
    while i < p.len() {
        let (unit, next) = match p[i] {
            0x5C => {
                let e = *p.get(i + 1)?;
                match e {
                    0x6E => (10, i + 2),
                    0x72 => (13, i + 2),
                    0x74 => (9, i + 2),
                    0x76 => (11, i + 2),
                    0x66 => (12, i + 2),
                    0x30 if !p.get(i + 2).is_some_and(|d| (0x30..=0x39).contains(d)) => (0, i + 2),
                    0x78 => (hex_value(p, i + 2, 2)? as u16, i + 4),
                    0x75 => (hex_value(p, i + 2, 4)? as u16, i + 6),
                    c if c < 0x80 && !(c as u8).is_ascii_alphanumeric() && c != cu('_') => (c, i + 2),
                    _ => return None,
                }
            }
            0x5E | 0x24 | 0x2E | 0x2A | 0x2B | 0x3F | 0x28 | 0x29 | 0x5B | 0x5D | 0x7B | 0x7D | 0x7C => return None,
            c => (c, i + 1),
        };
        if matches!(p.get(next), Some(0x2A) | Some(0x2B) | Some(0x3F) | Some(0x7B)) {
            return None;
        }
        out.push(unit);
        i = next;
    }
    (!out.is_empty()).then_some(out)
}

const fn cu(c: char) -> u16 {
    c as u16
}

/// The index just past the group opening at `i` (`p[i] == '('`), or the end.
/// Iterative: nesting depth does not use the native stack.
fn skip_group(p: &[u16], i: usize) -> usize {
    let mut depth = 0usize;
    let mut j = i;
    while j < p.len() {
        match p[j] {
            0x5C => j += 1,
            0x5B => j = skip_class(p, j) - 1,
            0x28 => depth += 1,
            0x29 => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
        j += 1;
    }
    p.len()
}

/// The index just past the class opening at `i` (`p[i] == '['`), or the end.
fn skip_class(p: &[u16], i: usize) -> usize {
    let mut j = i + 1;
    while j < p.len() {
        match p[j] {
            0x5C => j += 1,
            0x5D => return j + 1,
            _ => {}
        }
        j += 1;
    }
    p.len()
}

/// The top-level alternatives of `p[a..b]`.
fn alternatives(p: &[u16], a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut start, mut j) = (a, a);
    while j < b {
        match p[j] {
            0x5C => j += 2,
            0x5B => j = skip_class(p, j),
            0x28 => j = skip_group(p, j),
            0x7C => {
                out.push((start, j));
                j += 1;
                start = j;
            }
            _ => j += 1,
        }
    }
    out.push((start, b.max(start)));
    out
}

/// The length of the group prefix at `i` (`(`, `(?:`, `(?<name>`), or `None` for
/// a lookaround.
fn group_prefix(p: &[u16], i: usize) -> Option<usize> {
    if p.get(i + 1) != Some(&cu('?')) {
        return Some(1);
    }
    match (p.get(i + 2).copied(), p.get(i + 3).copied()) {
        (Some(0x3A), _) => Some(3),
        (Some(0x3C), Some(c)) if c != cu('=') && c != cu('!') => {
            let close = p[i..].iter().position(|u| *u == cu('>'))?;
            Some(close + 1)
        }
        _ => None,
    }
}

/// Can the atom that ends just before `j` be repeated zero times?
fn optional_at(p: &[u16], j: usize) -> bool {
    match p.get(j).copied() {
        Some(0x3F) | Some(0x2A) => true,
        Some(0x7B) => p.get(j + 1) == Some(&cu('0')),
        _ => false,
    }
}

/// Does every alternative of `p[a..b]` start with `^` (or a group that does)?
fn anchored_disjunction(p: &[u16], a: usize, b: usize, depth: u32) -> bool {
    if depth > 16 {
        return false;
    }
    alternatives(p, a, b).into_iter().all(|(s, e)| {
        if s >= e {
            return false;
        }
        match p[s] {
            0x5E => true,
            0x28 => {
                let Some(n) = group_prefix(p, s) else { return false };
                let end = skip_group(p, s);
                end > s + n && p[end - 1] == cu(')') && end <= e && !optional_at(p, end) && anchored_disjunction(p, s + n, end - 1, depth + 1)
            }
            _ => false,
        }
    })
}

/// The units a match of `p[a..b]` can start with; `None` if unknown or if it may
/// match the empty string.
fn first_of_disjunction(p: &[u16], a: usize, b: usize, icase: bool, multiline: bool, depth: u32) -> Option<FirstUnits> {
    if depth > 16 {
        return None;
    }
    let mut set = FirstUnits::empty();
    for (s, e) in alternatives(p, a, b) {
        set.union(&first_of_alternative(p, s, e, icase, multiline, depth)?);
    }
    Some(set)
}

fn first_of_alternative(p: &[u16], a: usize, b: usize, icase: bool, multiline: bool, depth: u32) -> Option<FirstUnits> {
    let mut i = a;
    loop {
        if i >= b {
            return None;
        }
        let (set, end) = match p[i] {
            // Zero-width assertions: the first unit comes from what follows.
            0x5E if !multiline => {
                i += 1;
                continue;
            }
            0x5C if matches!(p.get(i + 1), Some(0x62) | Some(0x42)) => {
                i += 2;
                continue;
            }
            0x28 => {
                let end = skip_group(p, i);
                if end > b || p[end - 1] != cu(')') {
                    return None;
                }
                match group_prefix(p, i) {
                    None => {
                        if matches!(p.get(end), Some(0x3F) | Some(0x2A) | Some(0x2B) | Some(0x7B)) {
                            return None;
                        }
                        i = end;
                        continue;
                    }
                    Some(n) => (first_of_disjunction(p, i + n, end - 1, icase, multiline, depth + 1)?, end),
                }
            }
            0x5B => class_first(p, i, icase)?,
            0x5C => {
                let (set, end) = escape_first(p, i, icase, false)?;
                (set?, end)
            }
            0x2E | 0x24 | 0x2A | 0x2B | 0x3F | 0x7B | 0x7D | 0x7C | 0x29 | 0x5D | 0x5E => return None,
            c => (literal_set(c as u32, icase)?, i + 1),
        };
        if optional_at(p, end) {
            return None;
        }
        return Some(set);
    }
}

/// The set of one literal unit (with its other ASCII case under `i`).
fn literal_set(c: u32, icase: bool) -> Option<FirstUnits> {
    let mut s = FirstUnits::empty();
    if icase {
        if c >= 0x80 {
            return None;
        }
        add_icase_ascii(&mut s, c);
    } else {
        s.add(c);
    }
    Some(s)
}

/// Adds an ASCII unit and its other case. Case-insensitive sets also admit every
/// unit from 0x100 up: regress folds some of them to ASCII letters (U+017F, U+0131,
/// U+212A).
fn add_icase_ascii(s: &mut FirstUnits, c: u32) {
    s.add(c);
    if let Some(ch) = char::from_u32(c) {
        s.add(ch.to_ascii_lowercase() as u32);
        s.add(ch.to_ascii_uppercase() as u32);
    }
    s.wide = true;
}

fn hex_value(p: &[u16], i: usize, n: usize) -> Option<u32> {
    let mut v = 0u32;
    for k in 0..n {
        let u = *p.get(i + k)?;
        v = v * 16 + (u as u8 as char).to_digit(16).filter(|_| u < 0x80)?;
    }
    Some(v)
}

/// Adds the members of a class escape (`\d`, `\w`, `\s`); `false` for others.
fn add_class_escape(s: &mut FirstUnits, e: u16, icase: bool) -> bool {
    match e {
        0x64 => s.add_range(0x30, 0x39),
        0x77 => {
            s.add_range(0x30, 0x39);
            s.add_range(0x41, 0x5A);
            s.add_range(0x61, 0x7A);
            s.add(0x5F);
            if icase {
                s.wide = true;
            }
        }
        0x73 => {
            for u in [9, 10, 11, 12, 13, 32, 0xA0] {
                s.add(u);
            }
            s.wide = true;
        }
        _ => return false,
    }
    true
}

/// An escape at `i` (`p[i] == '\\'`): `Some((Some(set), end))` for one known
/// unit or class escape, `Some((None, end))` for an unknown one in a class
/// context... `None` when the escape cannot be summed up.
fn escape_first(p: &[u16], i: usize, icase: bool, in_class: bool) -> Option<(Option<FirstUnits>, usize)> {
    let e = *p.get(i + 1)?;
    let mut s = FirstUnits::empty();
    if add_class_escape(&mut s, e, icase) {
        return Some((Some(s), i + 2));
    }
    let (unit, end) = match e {
        0x6E => (10, i + 2),
        0x72 => (13, i + 2),
        0x74 => (9, i + 2),
        0x76 => (11, i + 2),
        0x66 => (12, i + 2),
        0x62 if in_class => (8, i + 2),
        0x30 if !p.get(i + 2).is_some_and(|d| (0x30..=0x39).contains(d)) => (0, i + 2),
        0x78 => (hex_value(p, i + 2, 2)?, i + 4),
        0x75 => (hex_value(p, i + 2, 4)?, i + 6),
        0x63 => {
            let l = *p.get(i + 2)?;
            if !(l as u8 as char).is_ascii_alphabetic() || l >= 0x80 {
                return None;
            }
            ((l % 32) as u32, i + 3)
        }
        // Identity escapes of ASCII punctuation.
        c if c < 0x80 && !(c as u8).is_ascii_alphanumeric() && c != cu('_') => (c as u32, i + 2),
        _ => return None,
    };
    Some((Some(literal_set(unit, icase)?), end))
}

/// A class at `i` (`p[i] == '['`): its members (without `i`, negated classes too).
fn class_first(p: &[u16], i: usize, icase: bool) -> Option<(FirstUnits, usize)> {
    let negated = p.get(i + 1) == Some(&cu('^'));
    if negated && icase {
        return None;
    }
    let mut s = FirstUnits::empty();
    let mut j = i + 1 + negated as usize;
    // One class atom: a unit (`Ok`) or a class escape set (`Err`).
    let atom = |j: usize| -> Option<(Result<u32, FirstUnits>, usize)> {
        let u = *p.get(j)?;
        if u != cu('\\') {
            return Some((Ok(u as u32), j + 1));
        }
        let e = *p.get(j + 1)?;
        let mut cls = FirstUnits::empty();
        if add_class_escape(&mut cls, e, icase) {
            return Some((Err(cls), j + 2));
        }
        let (set, end) = escape_first(p, j, false, true)?;
        let set = set?;
        // A single unit: recover it from the (non-`i`) set.
        let unit = (0..0x100u32).find(|u| set.has(*u as u16))?;
        if set.wide {
            return None;
        }
        Some((Ok(unit), end))
    };
    loop {
        let u = *p.get(j)?;
        if u == cu(']') {
            j += 1;
            break;
        }
        let (a, next) = atom(j)?;
        if p.get(next) == Some(&cu('-')) && p.get(next + 1).is_some_and(|c| *c != cu(']')) {
            let (b, next2) = atom(next + 1)?;
            let (Ok(lo), Ok(hi)) = (a, b) else { return None };
            if lo > hi {
                return None;
            }
            if icase {
                if hi >= 0x80 {
                    return None;
                }
                for c in lo..=hi {
                    add_icase_ascii(&mut s, c);
                }
            } else {
                s.add_range(lo, hi);
            }
            j = next2;
            continue;
        }
        match a {
            Ok(c) if icase => {
                if c >= 0x80 {
                    return None;
                }
                add_icase_ascii(&mut s, c);
            }
            Ok(c) => s.add(c),
            Err(cls) => s.union(&cls),
        }
        j = next;
    }
    if negated {
        for k in 0..4 {
            s.bits[k] = !s.bits[k];
        }
        s.wide = true;
    }
    Some((s, j))
}

/// Is there a decimal escape `\N` with `N` above `groups` (an Annex B octal or
/// identity escape, not a back reference)?
fn has_decimal_escape_above(p: &[u16], groups: usize) -> bool {
    let mut i = 0;
    while i < p.len() {
        if p[i] == cu('\\') {
            let mut j = i + 1;
            let mut n = 0usize;
            while j < p.len() && (0x30..=0x39).contains(&p[j]) && n < 100_000 {
                n = n * 10 + (p[j] - 0x30) as usize;
                j += 1;
            }
            if j > i + 1 && p[i + 1] != cu('0') && n > groups {
                return true;
            }
            i += 2;
            continue;
        }
        i += 1;
    }
    false
}

fn hash_key(units: &[u16], flags: u8) -> u32 {
    string::hash_units(units.iter().copied()) ^ ((flags as u32) << 24)
}

/// Engine-wide cache of compiled patterns by (source, flags), least recently used
/// out first.
#[derive(Default)]
pub struct Cache {
    entries: Vec<(u64, SharedRegex)>,
    tick: u64,
}

/// Entries of [`Cache`].
pub const CACHE_SIZE: usize = 64;

impl Cache {
    fn get(&mut self, units: &[u16], flags: u8, hash: u32) -> Option<SharedRegex> {
        self.tick += 1;
        let t = self.tick;
        let e = self.entries.iter_mut().find(|(_, p)| p.hash == hash && p.flags == flags && *p.source == *units)?;
        e.0 = t;
        Some(e.1.clone())
    }
    fn put(&mut self, p: SharedRegex) {
        self.tick += 1;
        if self.entries.len() < CACHE_SIZE {
            self.entries.push((self.tick, p));
        } else if let Some(e) = self.entries.iter_mut().min_by_key(|e| e.0) {
            *e = (self.tick, p);
        }
    }
}

/// The program for `source` with flag bits `flags`, from the engine cache or
/// compiled now (a SyntaxError if the pattern is invalid).
fn program_for(vm: &mut Vm, source: Gc<JsString>, flags: u8) -> JsResult<SharedRegex> {
    let units = source.chars().to_vec();
    let hash = hash_key(&units, flags);
    if let Some(p) = vm.regexp_cache.get(&units, flags, hash) {
        return Ok(p);
    }
    match Program::new(&units, flags) {
        Ok(p) => {
            let p = Rc::new(p);
            vm.regexp_cache.put(p.clone());
            Ok(p)
        }
        Err(e) => {
            let t = source.chars().to_string_lossy();
            Err(vm.syntax_error(&alloc::format!("Invalid regular expression: /{t}/: {e}")))
        }
    }
}

/// Makes a RegExp object for a (flat) source and its program.
fn new_regexp_object(vm: &mut Vm, source: Gc<JsString>, program: SharedRegex) -> JsResult<Gc<JsObject>> {
    let proto = vm.realm.regexp_prototype;
    let flags = program.flags;
    let o = new_object_of_class(vm, Some(proto), ObjectClass::RegExp, ObjectData::RegExp(Box::new(RegExpData { source, flags, regex: program })))?;
    vm.roots.push(Value::object(o));
    let li = vm.names.last_index;
    ops::add_named(vm, o, li, Value::int(0), attrs::WRITABLE)?;
    vm.roots.pop();
    Ok(o)
}

/// Evaluates a regexp literal: a new object each time (ES5 §7.8.5), sharing the
/// program compiled on the literal's first evaluation (kept in the code cell by
/// pattern and flags constant indices).
pub fn literal(vm: &mut Vm, code: Gc<Code>, pattern: u32, flags: u32) -> JsResult<Gc<JsObject>> {
    let p = code.info.constants[pattern as usize];
    let Some(ps) = p.as_string() else { return regexp_create(vm, p, code.info.constants[flags as usize]) };
    let source = string::flatten(vm, ps)?;
    let cached = code.regexps().iter().find(|e| e.0 == pattern && e.1 == flags).map(|e| e.2.clone());
    let program = match cached {
        Some(prog) => prog,
        None => {
            let f = code.info.constants[flags as usize];
            let Some(fs) = f.as_string() else { return regexp_create(vm, p, f) };
            let fs = string::flatten(vm, fs)?;
            let Some(bits) = parse_flags(&fs.chars().to_vec()) else { return regexp_create(vm, p, f) };
            let prog = program_for(vm, source, bits)?;
            code.regexps().push((pattern, flags, prog.clone()));
            prog
        }
    };
    new_regexp_object(vm, source, program)
}

/// Replaces `\uXXXX` escapes of surrogate code units by the units themselves.
/// regress joins an escaped pair `\uD83D\uDE00` into one code point even without
/// the `u` flag, and a code point above U+FFFF never matches UCS-2 input; as raw
/// units they match (and form class members or ranges) unit by unit, as ES5 says.
/// Surrogates are not syntax characters, so the replacement keeps the meaning.
fn unescape_surrogates(p: &[u16]) -> Option<Vec<u16>> {
    let hex = |u: u16| (u as u8 as char).to_digit(16).filter(|_| u < 0x80);
    let surrogate_at = |i: usize| -> Option<u16> {
        if p.get(i + 1) != Some(&(b'u' as u16)) || i + 6 > p.len() {
            return None;
        }
        let mut v = 0u32;
        for &u in &p[i + 2..i + 6] {
            v = v * 16 + hex(u)?;
        }
        (0xD800..=0xDFFF).contains(&v).then_some(v as u16)
    };
    let mut out: Option<Vec<u16>> = None;
    let mut i = 0;
    while i < p.len() {
        if p[i] == b'\\' as u16 {
            if let Some(u) = surrogate_at(i) {
                out.get_or_insert_with(|| p[..i].to_vec()).push(u);
                i += 6;
                continue;
            }
            // Any other escape: copy it whole so `\\uD800` stays literal text.
            let n = if i + 1 < p.len() { 2 } else { 1 };
            if let Some(o) = out.as_mut() {
                o.extend_from_slice(&p[i..i + n]);
            }
            i += n;
            continue;
        }
        if let Some(o) = out.as_mut() {
            o.push(p[i]);
        }
        i += 1;
    }
    out
}

/// Creates a RegExp object (`new RegExp(pattern, flags)` semantics for strings).
pub fn regexp_create(vm: &mut Vm, pattern: Value, flags: Value) -> JsResult<Gc<JsObject>> {
    let p = if pattern.is_undefined() { vm.names.empty } else { vm.to_string(pattern)? };
    vm.roots.push(Value::string(p));
    let f = if flags.is_undefined() { vm.names.empty } else { vm.to_string(flags)? };
    vm.roots.push(Value::string(f));
    let pf = string::flatten(vm, p)?;
    vm.roots.push(Value::string(pf));
    let ff = string::flatten(vm, f)?;
    let Some(bits) = parse_flags(&ff.chars().to_vec()) else {
        let t = ff.chars().to_string_lossy();
        return Err(vm.syntax_error(&alloc::format!("Invalid regular expression flags '{t}'")));
    };
    let program = program_for(vm, pf, bits)?;
    let o = new_regexp_object(vm, pf, program)?;
    vm.roots.truncate(vm.roots.len() - 3);
    Ok(o)
}

/// The program of a RegExp object.
pub fn program_of(re: Gc<JsObject>) -> Option<SharedRegex> {
    match re.data() {
        ObjectData::RegExp(d) => Some(d.regex.clone()),
        _ => None,
    }
}

fn this_regexp(vm: &mut Vm, v: Value, what: &str) -> JsResult<Gc<JsObject>> {
    match v.as_object().filter(|o| matches!(o.data(), ObjectData::RegExp(_))) {
        Some(o) => Ok(o),
        None => Err(vm.type_error(&alloc::format!("RegExp.prototype.{what} requires that 'this' be a RegExp object"))),
    }
}

/// One match: start, end and capture ranges (code-unit offsets).
pub struct MatchResult {
    /// Match start.
    pub start: usize,
    /// Match end.
    pub end: usize,
    /// Capture groups 1..n.
    pub captures: Vec<Option<(usize, usize)>>,
}

/// Runs the regexp of `re` on `text` from `from` (a search; `lastIndex` is not
/// involved).
pub fn match_at(re: Gc<JsObject>, text: Text<'_>, from: usize) -> Option<MatchResult> {
    let ObjectData::RegExp(data) = re.data() else { return None };
    data.regex.find(text, from)
}

/// Number of capture groups of a regexp object.
pub fn capture_count(re: Gc<JsObject>) -> usize {
    match re.data() {
        ObjectData::RegExp(d) => d.regex.groups,
        _ => 0,
    }
}

/// Counts capturing groups: `(` not followed by `?`, and named groups `(?<name>`,
/// outside classes and escapes.
fn count_groups(c: &[u16]) -> usize {
    let (mut n, mut i, mut in_class) = (0, 0, false);
    while i < c.len() {
        match c[i] {
            0x5C => i += 1,
            0x5B => in_class = true,
            0x5D => in_class = false,
            0x28 if !in_class => {
                let named = c.get(i + 1) == Some(&0x3F) && c.get(i + 2) == Some(&0x3C) && !matches!(c.get(i + 3), Some(0x3D) | Some(0x21));
                if c.get(i + 1) != Some(&0x3F) || named {
                    n += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    n
}

/// The flag bits of a regexp object.
pub fn flags_of(re: Gc<JsObject>) -> u8 {
    match re.data() {
        ObjectData::RegExp(d) => d.flags,
        _ => 0,
    }
}

fn get_last_index(vm: &mut Vm, re: Gc<JsObject>) -> JsResult<f64> {
    let li = PropertyKey::Atom(vm.names.last_index);
    let v = ops::get(vm, re, li, Value::object(re))?;
    if let Some(i) = v.as_int() {
        return Ok(i as f64);
    }
    vm.to_integer(v)
}

fn set_last_index(vm: &mut Vm, re: Gc<JsObject>, v: f64) -> JsResult<()> {
    let li = PropertyKey::Atom(vm.names.last_index);
    if !ops::put(vm, re, li, Value::number(v), Value::object(re))? {
        return Err(vm.type_error("Cannot assign to read only property 'lastIndex' of object"));
    }
    Ok(())
}

/// Builds the exec result array for a match.
pub fn match_to_array(vm: &mut Vm, m: &MatchResult, text: Text<'_>, input: Value) -> JsResult<Gc<JsObject>> {
    let mark = vm.roots.len();
    let mut vals = Vec::with_capacity(1 + m.captures.len());
    let whole = JsString::from_chars(vm, text.slice(m.start, m.end))?;
    vm.roots.push(Value::string(whole));
    vals.push(Value::string(whole));
    for c in &m.captures {
        let v = match c {
            Some((s, e)) => Value::string(JsString::from_chars(vm, text.slice(*s, *e))?),
            None => Value::UNDEFINED,
        };
        vm.roots.push(v);
        vals.push(v);
    }
    vm.roots.push(input);
    let a = super::array::array_from(vm, &vals)?;
    vm.roots.push(Value::object(a));
    // A fresh array: the properties are added, not defined.
    let (index, inp, groups) = (vm.names.index, vm.names.input, vm.names.groups);
    ops::add_named(vm, a, index, Value::int(m.start as i32), attrs::DEFAULT)?;
    ops::add_named(vm, a, inp, input, attrs::DEFAULT)?;
    // ES2018 named groups: V8 always adds `groups` (undefined without names).
    ops::add_named(vm, a, groups, Value::UNDEFINED, attrs::DEFAULT)?;
    vm.roots.truncate(mark);
    Ok(a)
}

/// `RegExp.prototype.exec` core: returns the match (updating `lastIndex`).
pub fn exec_raw(vm: &mut Vm, re: Gc<JsObject>, text: Text<'_>) -> JsResult<Option<MatchResult>> {
    let global = flags_of(re) & FLAG_GLOBAL != 0;
    // ES2015 ToLength: a negative lastIndex counts as 0 (as in V8). It is read
    // (and converted, which may run valueOf) without the global flag too.
    let last = get_last_index(vm, re)?;
    let i = if global { last.max(0.0) } else { 0.0 };
    if i > text.len() as f64 {
        set_last_index(vm, re, 0.0)?;
        return Ok(None);
    }
    match match_at(re, text, i as usize) {
        None => {
            if global {
                set_last_index(vm, re, 0.0)?;
            }
            Ok(None)
        }
        Some(m) => {
            if global {
                set_last_index(vm, re, m.end as f64)?;
            }
            Ok(Some(m))
        }
    }
}

/// Runs `body` on the text of the flat string `f` (which the caller keeps
/// rooted). Two-byte and ASCII strings are passed as stored; a Latin-1 string
/// with units above 0x7F is widened, and the copy (or the finding that the
/// string is ASCII) is kept for the next call on the same string, since
/// matching loops call exec and test on one long string over and over.
pub fn with_text<R>(vm: &mut Vm, f: Gc<JsString>, body: impl FnOnce(&mut Vm, Text<'_>) -> R) -> R {
    let b = match f.chars() {
        Chars::Utf16(u) => return body(vm, Text::Wide(u)),
        Chars::Latin1(b) => b,
    };
    // The cached entry: an empty vector means "ASCII, use the bytes".
    let wide = match vm.regexp_text.take() {
        Some((s, t)) if s == f => t,
        _ if b.is_ascii() => Vec::new(),
        _ => b.iter().map(|x| *x as u16).collect(),
    };
    let r = if wide.is_empty() { body(vm, Text::Ascii(b)) } else { body(vm, Text::Wide(&wide)) };
    vm.regexp_text = Some((f, wide));
    r
}

fn exec(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let re = this_regexp(vm, args.this, "exec")?;
    let s = vm.to_string(args.get(0))?;
    vm.roots.push(Value::string(s));
    let f = string::flatten(vm, s)?;
    with_text(vm, f, |vm, text| match exec_raw(vm, re, text)? {
        Some(m) => Ok(Value::object(match_to_array(vm, &m, text, Value::string(s))?)),
        None => Ok(Value::NULL),
    })
}

fn test(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let re = this_regexp(vm, args.this, "test")?;
    let s = vm.to_string(args.get(0))?;
    vm.roots.push(Value::string(s));
    let f = string::flatten(vm, s)?;
    with_text(vm, f, |vm, text| Ok(Value::bool(exec_raw(vm, re, text)?.is_some())))
}

fn to_string(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let Some(o) = args.this.as_object() else {
        return Err(vm.type_error("RegExp.prototype.toString requires that 'this' be an Object"));
    };
    let src = super::get_str(vm, o, "source")?;
    let src = vm.to_string(src)?;
    vm.roots.push(Value::string(src));
    let mut b = StrBuilder::new();
    b.push(b'/' as u16);
    let f = string::flatten(vm, src)?;
    b.push_chars(f.chars());
    b.push(b'/' as u16);
    for (bit, name, ch) in [(FLAG_GLOBAL, "global", 'g'), (FLAG_IGNORE_CASE, "ignoreCase", 'i'), (FLAG_MULTILINE, "multiline", 'm')] {
        let _ = bit;
        if super::get_str(vm, o, name)?.truthy() {
            b.push_char(ch);
        }
    }
    b.finish_value(vm)
}

fn source_getter(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    if args.this.as_object() == Some(vm.realm.regexp_prototype) {
        return vm.str_value("(?:)");
    }
    let re = this_regexp(vm, args.this, "source")?;
    let ObjectData::RegExp(d) = re.data() else { return Ok(Value::UNDEFINED) };
    let src = d.source;
    if src.is_empty() {
        return vm.str_value("(?:)");
    }
    // Escape line terminators and unescaped slashes so toString round-trips.
    let f = string::flatten(vm, src)?;
    let c = f.chars();
    let needs = c.iter().any(|u| matches!(u, 0x2F | 0x0A | 0x0D | 0x2028 | 0x2029));
    if !needs {
        return Ok(Value::string(src));
    }
    let mut b = StrBuilder::new();
    let mut in_class = false;
    let mut i = 0;
    while i < c.len() {
        let u = c.at(i);
        match u {
            0x5C => {
                b.push(u);
                if let Some(n) = c.get(i + 1) {
                    b.push(n);
                    i += 1;
                }
            }
            0x5B => {
                in_class = true;
                b.push(u);
            }
            0x5D => {
                in_class = false;
                b.push(u);
            }
            0x2F if !in_class => b.push_str("\\/"),
            0x0A => b.push_str("\\n"),
            0x0D => b.push_str("\\r"),
            0x2028 => b.push_str("\\u2028"),
            0x2029 => b.push_str("\\u2029"),
            _ => b.push(u),
        }
        i += 1;
    }
    b.finish_value(vm)
}

fn flag_getter(vm: &mut Vm, args: &CallArgs, bit: u8, name: &str) -> JsResult<Value> {
    if args.this.as_object() == Some(vm.realm.regexp_prototype) {
        return Ok(Value::UNDEFINED);
    }
    let re = this_regexp(vm, args.this, name)?;
    Ok(Value::bool(flags_of(re) & bit != 0))
}
fn global_getter(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    flag_getter(vm, args, FLAG_GLOBAL, "global")
}
fn ignore_case_getter(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    flag_getter(vm, args, FLAG_IGNORE_CASE, "ignoreCase")
}
fn multiline_getter(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    flag_getter(vm, args, FLAG_MULTILINE, "multiline")
}
fn flags_getter(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let Some(o) = args.this.as_object() else {
        return Err(vm.type_error("RegExp.prototype.flags getter called on non-object"));
    };
    let mut s = String::new();
    for (name, ch) in [("global", 'g'), ("ignoreCase", 'i'), ("multiline", 'm')] {
        if super::get_str(vm, o, name)?.truthy() {
            s.push(ch);
        }
    }
    vm.str_value(&s)
}

fn regexp_ctor(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let (p, f) = (args.get(0), args.get(1));
    if let Some(src) = p.as_object().filter(|o| matches!(o.data(), ObjectData::RegExp(_))) {
        let ObjectData::RegExp(d) = src.data() else { unreachable!() };
        if f.is_undefined() {
            // RegExp(re) returns `re` itself when re.constructor is RegExp.
            if !args.is_construct {
                let c = ops::get(vm, src, PropertyKey::Atom(vm.names.constructor), p)?;
                if c == Value::object(args.callee) {
                    return Ok(p);
                }
            }
            let ObjectData::RegExp(d) = src.data() else { unreachable!() };
            // Same source and flags: share the program.
            let (source, program) = (d.source, d.regex.clone());
            return Ok(Value::object(new_regexp_object(vm, source, program)?));
        }
        let source = Value::string(d.source);
        return Ok(Value::object(regexp_create(vm, source, f)?));
    }
    Ok(Value::object(regexp_create(vm, p, f)?))
}

/// Installs `RegExp`.
pub fn init(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.regexp_prototype;
    install_constructor(vm, "RegExp", regexp_ctor, 2, proto)?;
    super::define_traced(vm, proto, "exec", exec, 1, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "test", test, 1, 0, NativeTrace::Pure)?;
    define_method(vm, proto, "toString", to_string, 0)?;
    define_accessor(vm, proto, "source", source_getter, None)?;
    define_accessor(vm, proto, "global", global_getter, None)?;
    define_accessor(vm, proto, "ignoreCase", ignore_case_getter, None)?;
    define_accessor(vm, proto, "multiline", multiline_getter, None)?;
    define_accessor(vm, proto, "flags", flags_getter, None)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    //! [`Program::find`] (literal, single-class, anchored, first-unit and probe
    //! paths, ASCII and UTF-16 subjects) must agree with regress's own search.
    use super::*;

    fn units(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    fn check(pattern: &[u16], flags: u8, texts: &[Vec<u16>]) -> usize {
        let Ok(prog) = Program::new(pattern, flags) else { return 0 };
        let mut n = 0;
        for t in texts {
            let bytes: Option<Vec<u8>> = t.iter().all(|u| *u < 0x80).then(|| t.iter().map(|u| *u as u8).collect());
            for from in 0..=t.len() + 1 {
                let want = prog.find_plain(Text::Wide(t), from).map(|m| (m.start, m.end, m.captures));
                let got = prog.find(Text::Wide(t), from).map(|m| (m.start, m.end, m.captures));
                let p = String::from_utf16_lossy(pattern);
                assert_eq!(got, want, "/{p}/ flags {flags} on {:?} from {from}", String::from_utf16_lossy(t));
                if let Some(b) = &bytes {
                    let got = prog.find(Text::Ascii(b), from).map(|m| (m.start, m.end, m.captures));
                    assert_eq!(got, want, "/{p}/ flags {flags} on ASCII {:?} from {from}", String::from_utf16_lossy(t));
                }
                n += 1;
            }
        }
        n
    }

    fn texts() -> Vec<Vec<u16>> {
        let mut v: Vec<Vec<u16>> = [
            "",
            "a",
            "abc",
            "xxabcxx aab ba b",
            "hello world, foo bar baz.\nSome more words go here.",
            "  12 + 3.25 = x_1 ; 'str' \"q\" ($y)",
            "AbC aBc ABC abc _9",
            "line1\nline2\r\nline3\u{2028}b",
            "s\u{17F}k\u{212A}i\u{131}I\u{130}",
            "caf\u{e9} CAF\u{c9} \u{e0}\u{ff}\u{178} \u{a0}\u{b5}\u{df}",
            "x\u{1F600}y",
            "\u{0}\u{1}\u{2}\t\u{b}\u{c} ",
            "aaaaaaaaab",
            "abababab",
            "a-b]c\\d/e",
        ]
        .iter()
        .map(|s| units(s))
        .collect();
        v.push(alloc::vec![0x78, 0xD83D, 0x7A, 0xDE00, 0x61]);
        // DNA-like: candidates for /ab|ba/-style patterns at most positions, so
        // the search hands over to regress after a few failed steps.
        let mut seed = 42u32;
        let dna: Vec<u16> = (0..120)
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                b"acgtaAbcTG"[(seed >> 16) as usize % 10] as u16
            })
            .collect();
        v.push(dna);
        let mut all = Vec::new();
        for u in 0..0x180u16 {
            all.push(u);
        }
        v.push(all);
        v
    }

    const PATTERNS: &[&str] = &[
        "a", "abc", "o", "b+", "ab|ba", "^a", "^b", "^a|^b", "^a|b", "(^a|^b)c", "(?:^a)", "(^a)?b", "^", "$", "a$", "^$", "^\\d+", "\\d+",
        "^[A-Za-z_$][\\w$]*", "^'[^']*'|^\"[^\"]*\"", "[aeiou]", "[^aeiou]", "[a-c]+", "[\\d.]+", "[\\]\\\\-]+", "[-a]", "\\s+", "\\S+",
        "\\w+", "\\W", "\\bfoo\\b", "\\b\\w", "\\Boo", "(?=b)\\w", "(?!a)\\w", "(?<=a)b", "(?<!a)b", "(a)\\1", "(a)\\2", "\\1(a)", "a\\0",
        "\\x41", "\\u0041", "\\u00e9", "\\cJ", "\\n", "\\.", "\\/", "a{0}b", "a{0,2}b", "a{2}", "x{", "a*", "a?b", "(a|)+", "a||b", "[]", "[^]",
        "[]a", ".", ".+", "(.)(.)", "(a)|(b)", "((a)|(b))+", "(?<n>a)\\k<n>", "s", "k", "i", "[a-z]+", "[A-z]", "caf\\u00e9", "\\u00e9",
        "[\\u0100-\\uffff]", "[\\ud800-\\udbff][\\udc00-\\udfff]", "\\ud83d", "\\ud83d\\ude00", "y\\ud83d", "[ ]", "[\\s\\S]", "\\t\\v\\f",
        "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\11", "(x)\\10", "[\\b]", "\\-", "a\\b", "\\bx", "(?:ab)+c", "(a+)+b", "(?:a|b)*c", "(a*)b", "[,;]",
        "1", "\\$", "[$]", "[\\w-]", "[\\d-z]", "(?=\\w)", "(?=a)+b", "[^\\s]+", "[^\\d\\w]", "\\u0130", "\\u017f", "[\\u017f]",
        "agggtaaa|tttaccct", "[cgt]gggtaaa|tttaccc[acg]", "ag[act]gt|t[acg]t", "(a|t)(c|g)t", "a[^a]c",
    ];

    #[test]
    fn find_agrees_with_regress() {
        let texts = texts();
        let mut n = 0;
        for p in PATTERNS {
            for flags in [0, FLAG_IGNORE_CASE, FLAG_MULTILINE, FLAG_IGNORE_CASE | FLAG_MULTILINE] {
                n += check(&units(p), flags, &texts);
            }
        }
        assert!(n > 10_000, "{n}");
    }

    /// Random concatenations and alternations of pattern pieces.
    #[test]
    fn find_agrees_with_regress_random() {
        let pieces = [
            "a", "b", "c", "^", "$", "\\d", "\\w", "\\s", "[a-c]", "[^ab]", "(", ")", "|", "+", "*", "?", "{0,1}", "{2}", ".", "\\b", "(?:", "(?=", "(?!",
            "x", "A", "\\u00e9", "[\\u00e0-\\u00ff]", "\\n", "[,.]", "o", " ", "\\1", "\\2", "\\0",
        ];
        let texts = texts();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut compiled = 0;
        for _ in 0..3000 {
            let len = 1 + (next() % 6) as usize;
            let mut p = String::new();
            for _ in 0..len {
                p.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            }
            let flags = (next() % 8) as u8 & (FLAG_IGNORE_CASE | FLAG_MULTILINE);
            if check(&units(&p), flags, &texts) > 0 {
                compiled += 1;
            }
        }
        assert!(compiled > 500, "{compiled}");
    }

    #[test]
    fn pattern_facts() {
        let prog = |p: &str, f: u8| Program::new(&units(p), f).unwrap();
        assert!(prog("^\\d+", 0).anchored);
        assert!(prog("^a|^b", 0).anchored);
        assert!(prog("(^a|^b)c", 0).anchored);
        assert!(!prog("^a|b", 0).anchored);
        assert!(!prog("^a", FLAG_MULTILINE).anchored);
        assert!(!prog("(^a)?b", 0).anchored);
        assert!(prog("o", 0).literal.is_some());
        assert!(prog("a\\.b", 0).literal.is_some());
        assert!(prog("o", FLAG_IGNORE_CASE).literal.is_none());
        assert!(prog("ab+", 0).literal.is_none());
        assert!(prog("[aeiou]", 0).single);
        assert!(prog("\\d", 0).single);
        assert!(!prog("\\s", 0).single);
        assert!(!prog("[aeiou]", FLAG_IGNORE_CASE).single);
        assert!(prog("wor(l)d", 0).first.is_some());
        assert!(prog("a*", 0).first.is_none());
        assert!(prog("(a)\\2", 0).probe().is_none());
        assert!(prog("(a)\\1", 0).probe().is_some());
        assert_eq!(prog("(a)(?<n>b)(?:c)(?=(d))", 0).groups, 3);
    }
}
