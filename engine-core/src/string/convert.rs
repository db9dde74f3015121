//! Conversions between Rust text and UTF-16 code units, and a string builder.

use alloc::string::String;
use alloc::vec::Vec;

use super::{Chars, JsString};
use crate::gc::Gc;
use crate::interp::Vm;
use crate::value::Value;

/// UTF-16 code units of a Rust string.
pub fn utf16_from_str(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

/// Appends UTF-16 units to a Rust string as UTF-8, turning lone surrogates into
/// U+FFFD (what a terminal shows for them).
pub fn push_utf8_lossy(out: &mut String, units: impl Iterator<Item = u16>) {
    for r in core::char::decode_utf16(units) {
        out.push(r.unwrap_or(core::char::REPLACEMENT_CHARACTER));
    }
}

/// Builds a string from pieces on the Rust heap, then allocates it once.
///
/// Stays one byte per unit until a unit above 0xFF arrives.
#[derive(Default, Debug, Clone)]
pub struct StrBuilder {
    latin1: Vec<u8>,
    wide: Option<Vec<u16>>,
}

impl StrBuilder {
    /// An empty builder.
    pub fn new() -> StrBuilder {
        StrBuilder::default()
    }
    /// An empty builder with room for `n` units.
    pub fn with_capacity(n: usize) -> StrBuilder {
        StrBuilder { latin1: Vec::with_capacity(n), wide: None }
    }
    /// Units so far.
    pub fn len(&self) -> usize {
        match &self.wide {
            Some(w) => w.len(),
            None => self.latin1.len(),
        }
    }
    /// Is it empty?
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn widen(&mut self) -> &mut Vec<u16> {
        if self.wide.is_none() {
            let mut w = Vec::with_capacity(self.latin1.len() * 2 + 16);
            w.extend(self.latin1.iter().map(|b| *b as u16));
            self.latin1 = Vec::new();
            self.wide = Some(w);
        }
        match &mut self.wide {
            Some(w) => w,
            None => unreachable!(),
        }
    }
    /// Appends one code unit.
    #[inline]
    pub fn push(&mut self, u: u16) {
        match &mut self.wide {
            Some(w) => w.push(u),
            None if u < 0x100 => self.latin1.push(u as u8),
            None => self.widen().push(u),
        }
    }
    /// Appends a character (as one or two units).
    pub fn push_char(&mut self, c: char) {
        let mut buf = [0u16; 2];
        for u in c.encode_utf16(&mut buf) {
            self.push(*u);
        }
    }
    /// Appends a Rust string.
    pub fn push_str(&mut self, s: &str) {
        if s.is_ascii() && self.wide.is_none() {
            self.latin1.extend_from_slice(s.as_bytes());
        } else {
            for u in s.encode_utf16() {
                self.push(u);
            }
        }
    }
    /// Appends flat characters.
    pub fn push_chars(&mut self, c: Chars<'_>) {
        match (c, &mut self.wide) {
            (Chars::Latin1(b), None) => self.latin1.extend_from_slice(b),
            (Chars::Latin1(b), Some(w)) => w.extend(b.iter().map(|x| *x as u16)),
            (Chars::Utf16(u), _) => {
                if u.iter().all(|x| *x < 0x100) && self.wide.is_none() {
                    self.latin1.extend(u.iter().map(|x| *x as u8));
                } else {
                    self.widen().extend_from_slice(u);
                }
            }
        }
    }
    /// Appends units.
    pub fn push_units(&mut self, u: &[u16]) {
        self.push_chars(Chars::Utf16(u));
    }
    /// The units so far, as borrowed characters.
    pub fn chars(&self) -> Chars<'_> {
        match &self.wide {
            Some(w) => Chars::Utf16(w),
            None => Chars::Latin1(&self.latin1),
        }
    }
    /// Drops the last `n` units.
    pub fn truncate(&mut self, n: usize) {
        match &mut self.wide {
            Some(w) => w.truncate(n),
            None => self.latin1.truncate(n),
        }
    }
    /// Allocates the string.
    pub fn finish(&self, vm: &mut Vm) -> Result<Gc<JsString>, Value> {
        JsString::from_chars(vm, self.chars())
    }
    /// Allocates the string and boxes it.
    pub fn finish_value(&self, vm: &mut Vm) -> Result<Value, Value> {
        Ok(Value::string(self.finish(vm)?))
    }
}
