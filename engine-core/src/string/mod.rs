//! JavaScript strings.
//!
//! Strings are sequences of UTF-16 code units. A flat string stores its units inline
//! after a 16-byte prefix, as one byte each when every unit is below 0x100
//! ("Latin-1") and as two bytes otherwise; the representation is canonical (a string
//! is Latin-1 exactly when it can be), so equal strings have equal representations.
//!
//! Concatenation of longer strings builds a *rope* node (left, right) in O(1), which
//! keeps `s += x` loops linear. A rope is flattened once, iteratively, the first time
//! its characters are needed; the rope cell then becomes an *indirect* string that
//! forwards to the flat copy.
//!
//! Interned strings (*atoms*, see [`atoms`]) serve as property names and compare by
//! pointer.

pub mod atoms;
mod convert;

pub use convert::{push_utf8_lossy, utf16_from_str, StrBuilder};

use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

use crate::gc::{CellKind, Gc, Header, Heap, Tracer};
use crate::interp::Vm;
use crate::value::Value;

/// Units are 16 bits wide (otherwise one byte).
pub const FLAG_TWO_BYTE: u8 = 1;
/// The cell is a rope node.
pub const FLAG_ROPE: u8 = 2;
/// The cell is a flattened rope that forwards to a flat string.
pub const FLAG_INDIRECT: u8 = 4;
/// The string is interned in the atom table.
pub const FLAG_ATOM: u8 = 8;
/// The atom is never collected (well-known names).
pub const FLAG_PERMANENT: u8 = 16;
/// The string is known not to spell an array index (set on atoms when interned),
/// so it can be used as a named property key without checking.
pub const FLAG_NOT_INDEX: u8 = 32;

/// Longest string, in code units (as in V8).
pub const MAX_LENGTH: usize = (1 << 29) - 24;
/// Concatenations shorter than this copy instead of building a rope.
const MIN_ROPE_LENGTH: usize = 24;

/// A string cell. The header's `aux` holds the length in code units.
#[repr(C)]
pub struct JsString {
    header: Header,
    hash: Cell<u32>,
    _pad: u32,
    /// Rope children (or, when indirect, the flat target in `left`). Flat strings
    /// store their characters from this offset instead.
    left: Cell<*const JsString>,
    right: Cell<*const JsString>,
}

/// Offset of the characters of a flat string.
pub const CHARS_OFFSET: usize = 16;
const _: () = assert!(core::mem::offset_of!(JsString, left) == CHARS_OFFSET);

/// Borrowed characters of a flat string.
#[derive(Clone, Copy)]
pub enum Chars<'a> {
    /// One byte per code unit.
    Latin1(&'a [u8]),
    /// Two bytes per code unit.
    Utf16(&'a [u16]),
}

impl<'a> Chars<'a> {
    /// Number of code units.
    #[inline]
    pub fn len(&self) -> usize {
        match self {
            Chars::Latin1(b) => b.len(),
            Chars::Utf16(u) => u.len(),
        }
    }
    /// Is it empty?
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The code unit at `i` (must be in bounds).
    #[inline]
    pub fn at(&self, i: usize) -> u16 {
        match self {
            Chars::Latin1(b) => b[i] as u16,
            Chars::Utf16(u) => u[i],
        }
    }
    /// The code unit at `i`, if in bounds.
    #[inline]
    pub fn get(&self, i: usize) -> Option<u16> {
        match self {
            Chars::Latin1(b) => b.get(i).map(|c| *c as u16),
            Chars::Utf16(u) => u.get(i).copied(),
        }
    }
    /// Iterates over code units.
    pub fn iter(&self) -> impl Iterator<Item = u16> + 'a {
        let (l, u): (&'a [u8], &'a [u16]) = match *self {
            Chars::Latin1(b) => (b, &[]),
            Chars::Utf16(u) => (&[], u),
        };
        l.iter().map(|c| *c as u16).chain(u.iter().copied())
    }
    /// Copies the units into a vector.
    pub fn to_vec(&self) -> Vec<u16> {
        self.iter().collect()
    }
    /// Appends the units to `out`.
    pub fn push_to(&self, out: &mut Vec<u16>) {
        match self {
            Chars::Latin1(b) => out.extend(b.iter().map(|c| *c as u16)),
            Chars::Utf16(u) => out.extend_from_slice(u),
        }
    }
    /// A sub-range.
    pub fn slice(&self, start: usize, end: usize) -> Chars<'a> {
        match *self {
            Chars::Latin1(b) => Chars::Latin1(&b[start..end]),
            Chars::Utf16(u) => Chars::Utf16(&u[start..end]),
        }
    }
    /// Code-unit-wise equality.
    pub fn eq_units(&self, other: &Chars<'_>) -> bool {
        match (self, other) {
            (Chars::Latin1(a), Chars::Latin1(b)) => a == b,
            (Chars::Utf16(a), Chars::Utf16(b)) => a == b,
            _ => self.len() == other.len() && self.iter().eq(other.iter()),
        }
    }
    /// Equality with an ASCII/Rust string (compared as UTF-16).
    pub fn eq_str(&self, s: &str) -> bool {
        match self {
            Chars::Latin1(b) if s.is_ascii() => *b == s.as_bytes(),
            _ => self.iter().eq(s.encode_utf16()),
        }
    }
    /// Lexicographic comparison by code unit (the JS `<` on strings).
    pub fn cmp_units(&self, other: &Chars<'_>) -> core::cmp::Ordering {
        match (self, other) {
            (Chars::Latin1(a), Chars::Latin1(b)) => a.cmp(b),
            (Chars::Utf16(a), Chars::Utf16(b)) => a.cmp(b),
            _ => self.iter().cmp(other.iter()),
        }
    }
    /// Finds `needle` at or after `from`.
    pub fn find(&self, needle: &Chars<'_>, from: usize) -> Option<usize> {
        let (n, m) = (self.len(), needle.len());
        if from > n {
            return None;
        }
        if m == 0 {
            return Some(from);
        }
        if m > n - from {
            return None;
        }
        let found = match (*self, *needle) {
            (Chars::Latin1(h), Chars::Latin1(nd)) => {
                let hay = &h[from..];
                if m == 1 { memchr::memchr(nd[0], hay) } else { memchr::memmem::find(hay, nd) }
            }
            (Chars::Utf16(h), nd) => find_units(&h[from..], nd),
            (Chars::Latin1(h), nd) => {
                // A two-byte needle: only one of Latin-1 units can occur.
                let (hay, first) = (&h[from..], u8::try_from(nd.at(0)).ok()?);
                let mut i = 0;
                loop {
                    i += memchr::memchr(first, &hay[i..=hay.len() - m])?;
                    if (1..m).all(|k| hay[i + k] as u16 == nd.at(k)) {
                        break Some(i);
                    }
                    i += 1;
                    if i > hay.len() - m {
                        break None;
                    }
                }
            }
        };
        found.map(|i| i + from)
    }
    /// Finds the last `needle` starting at or before `from`.
    pub fn rfind(&self, needle: &Chars<'_>, from: usize) -> Option<usize> {
        let (n, m) = (self.len(), needle.len());
        if m > n {
            return None;
        }
        if let (Chars::Latin1(h), Chars::Latin1(nd)) = (*self, *needle) {
            // A match starting at or before `from` ends by `from + m`.
            let hay = &h[..from.min(n - m) + m];
            return if m == 1 { memchr::memrchr(nd[0], hay) } else { memchr::memmem::rfind(hay, nd) };
        }
        let mut i = from.min(n - m);
        loop {
            if (0..m).all(|k| self.at(i + k) == needle.at(k)) {
                return Some(i);
            }
            if i == 0 {
                return None;
            }
            i -= 1;
        }
    }
    /// Converts to a Rust string, replacing lone surrogates with U+FFFD.
    pub fn to_string_lossy(&self) -> String {
        let mut s = String::with_capacity(self.len());
        push_utf8_lossy(&mut s, self.iter());
        s
    }
}

/// The first occurrence of the non-empty `needle` in `hay`: a scan for its
/// first unit, then a compare of the rest in place.
fn find_units(hay: &[u16], needle: Chars<'_>) -> Option<usize> {
    let m = needle.len();
    let first = needle.at(0);
    let last = hay.len().checked_sub(m)?;
    let mut i = 0;
    while i <= last {
        i += hay[i..=last].iter().position(|c| *c == first)?;
        if (1..m).all(|k| hay[i + k] == needle.at(k)) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Hash of a sequence of code units (FNV-1a over units; never 0 so 0 means "not
/// computed yet").
#[inline]
pub fn hash_units(units: impl Iterator<Item = u16>) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for u in units {
        h ^= u as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    if h == 0 { 1 } else { h }
}

impl JsString {
    /// Length in code units.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.header.aux.get() as usize
    }
    /// Is it the empty string?
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The representation flags.
    #[inline(always)]
    pub fn flags(&self) -> u8 {
        self.header.flags.get()
    }
    /// Is this an interned atom?
    #[inline(always)]
    pub fn is_atom(&self) -> bool {
        self.flags() & FLAG_ATOM != 0
    }
    /// Is this a flat string (characters stored inline)?
    #[inline(always)]
    pub fn is_flat(&self) -> bool {
        self.flags() & (FLAG_ROPE | FLAG_INDIRECT) == 0
    }
    /// Is this a rope that has not been flattened?
    #[inline(always)]
    pub fn is_rope(&self) -> bool {
        self.flags() & FLAG_ROPE != 0
    }

    /// The flat string with this content, if available without flattening.
    #[inline]
    pub fn flat_ref(this: Gc<JsString>) -> Option<Gc<JsString>> {
        let f = this.flags();
        if f & (FLAG_ROPE | FLAG_INDIRECT) == 0 {
            Some(this)
        } else if f & FLAG_INDIRECT != 0 {
            // SAFETY: an indirect string's `left` is its live flat target, kept
            // alive by tracing.
            Some(unsafe { Gc::from_addr(this.left.get() as usize) })
        } else {
            None
        }
    }

    /// The characters of a flat string.
    ///
    /// The string must be flat (see [`JsString::flat_ref`] / [`flatten`]).
    #[inline]
    pub fn chars(&self) -> Chars<'_> {
        debug_assert!(self.is_flat());
        let base = (self as *const JsString as *const u8).wrapping_add(CHARS_OFFSET);
        // SAFETY: a flat string's cell holds `len` units of the flagged width right
        // after the 16-byte prefix (see `alloc_flat`); the borrow lives no longer
        // than `self`.
        unsafe {
            if self.flags() & FLAG_TWO_BYTE != 0 {
                Chars::Utf16(core::slice::from_raw_parts(base as *const u16, self.len()))
            } else {
                Chars::Latin1(core::slice::from_raw_parts(base, self.len()))
            }
        }
    }

    /// The hash of the contents (computed on first use). The string must be flat.
    pub fn hash(&self) -> u32 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = hash_units(self.chars().iter());
        self.hash.set(h);
        h
    }

    /// Visits children during marking.
    pub(crate) fn trace(this: Gc<JsString>, t: &mut Tracer<'_>) {
        let f = this.flags();
        if f & FLAG_ROPE != 0 {
            // SAFETY: a rope's children are live string cells.
            unsafe {
                t.cell(Gc::<JsString>::from_addr(this.left.get() as usize));
                t.cell(Gc::<JsString>::from_addr(this.right.get() as usize));
            }
        } else if f & FLAG_INDIRECT != 0 {
            // SAFETY: an indirect string's target is a live flat string.
            t.cell(unsafe { Gc::<JsString>::from_addr(this.left.get() as usize) });
        }
    }

    /// Allocates an uninitialized flat string of `len` units; the caller fills it.
    fn alloc_flat(vm: &mut Vm, len: usize, two_byte: bool) -> Result<Gc<JsString>, Value> {
        if len > MAX_LENGTH {
            return Err(vm.range_error("Invalid string length"));
        }
        let bytes = CHARS_OFFSET + if two_byte { len * 2 } else { len };
        let (cell, class) = vm.alloc_cell(bytes.max(core::mem::size_of::<JsString>()))?;
        let mut header = Header::new(CellKind::String);
        header.aux = Cell::new(len as u32);
        header.flags = Cell::new(if two_byte { FLAG_TWO_BYTE } else { 0 });
        // SAFETY: the cell has room for the prefix plus `len` units; the prefix is
        // a JsString with a String header.
        let s = unsafe {
            Heap::init(
                cell,
                class,
                JsString { header, hash: Cell::new(0), _pad: 0, left: Cell::new(core::ptr::null()), right: Cell::new(core::ptr::null()) },
            )
        };
        Ok(s)
    }

    /// Mutable access to the units of a string just allocated by `alloc_flat`.
    ///
    /// # Safety
    /// `s` must be a fresh flat string no one else has seen yet, with the given width.
    unsafe fn fill_latin1<'a>(s: Gc<JsString>) -> &'a mut [u8] {
        // SAFETY: per the contract the cell has `len` bytes after the prefix and no
        // other reference to them exists.
        unsafe { core::slice::from_raw_parts_mut((s.as_ptr() as *mut u8).add(CHARS_OFFSET), s.len()) }
    }
    /// See [`JsString::fill_latin1`].
    ///
    /// # Safety
    /// As for `fill_latin1`, for a two-byte string.
    unsafe fn fill_utf16<'a>(s: Gc<JsString>) -> &'a mut [u16] {
        // SAFETY: as above, with `len` u16 units (the prefix keeps 2-byte alignment).
        unsafe { core::slice::from_raw_parts_mut((s.as_ptr() as *mut u8).add(CHARS_OFFSET) as *mut u16, s.len()) }
    }

    /// A new flat string from Latin-1 bytes.
    pub fn from_latin1(vm: &mut Vm, bytes: &[u8]) -> Result<Gc<JsString>, Value> {
        let s = Self::alloc_flat(vm, bytes.len(), false)?;
        // SAFETY: `s` is fresh and one byte wide.
        unsafe { Self::fill_latin1(s) }.copy_from_slice(bytes);
        Ok(s)
    }

    /// A new flat string from UTF-16 units (stored as Latin-1 when possible).
    pub fn from_units(vm: &mut Vm, units: &[u16]) -> Result<Gc<JsString>, Value> {
        if units.iter().all(|u| *u < 0x100) {
            let s = Self::alloc_flat(vm, units.len(), false)?;
            // SAFETY: `s` is fresh and one byte wide.
            let dst = unsafe { Self::fill_latin1(s) };
            for (d, u) in dst.iter_mut().zip(units) {
                *d = *u as u8;
            }
            Ok(s)
        } else {
            let s = Self::alloc_flat(vm, units.len(), true)?;
            // SAFETY: `s` is fresh and two bytes wide.
            unsafe { Self::fill_utf16(s) }.copy_from_slice(units);
            Ok(s)
        }
    }

    /// A new flat string from a Rust string.
    pub fn from_str(vm: &mut Vm, s: &str) -> Result<Gc<JsString>, Value> {
        if s.is_ascii() {
            Self::from_latin1(vm, s.as_bytes())
        } else {
            let units = utf16_from_str(s);
            Self::from_units(vm, &units)
        }
    }

    /// A new flat string copying a sub-range of flat characters.
    pub fn from_chars(vm: &mut Vm, chars: Chars<'_>) -> Result<Gc<JsString>, Value> {
        match chars {
            Chars::Latin1(b) => Self::from_latin1(vm, b),
            Chars::Utf16(u) => Self::from_units(vm, u),
        }
    }
}

/// Returns the flat form of `s`, flattening a rope in place (iteratively, so deep
/// ropes cannot overflow the native stack).
///
/// `s` must be rooted by the caller: flattening allocates.
pub fn flatten(vm: &mut Vm, s: Gc<JsString>) -> Result<Gc<JsString>, Value> {
    if let Some(f) = JsString::flat_ref(s) {
        return Ok(f);
    }
    let two_byte = s.flags() & FLAG_TWO_BYTE != 0;
    let flat = JsString::alloc_flat(vm, s.len(), two_byte)?;
    let mut pos = 0usize;
    let mut stack: Vec<*const JsString> = Vec::new();
    stack.push(s.as_ptr());
    // SAFETY: every pointer pushed is a live string reachable from `s` (which the
    // caller keeps rooted; no allocation happens in this loop). `flat` is fresh.
    unsafe {
        let (dst8, dst16): (&mut [u8], &mut [u16]) =
            if two_byte { (&mut [], JsString::fill_utf16(flat)) } else { (JsString::fill_latin1(flat), &mut []) };
        while let Some(p) = stack.pop() {
            let node = &*p;
            let f = node.flags();
            if f & FLAG_ROPE != 0 {
                stack.push(node.right.get());
                stack.push(node.left.get());
                continue;
            }
            let leaf = if f & FLAG_INDIRECT != 0 { &*node.left.get() } else { node };
            let chars = leaf.chars();
            let n = chars.len();
            match (two_byte, chars) {
                (false, Chars::Latin1(b)) => dst8[pos..pos + n].copy_from_slice(b),
                (true, Chars::Latin1(b)) => {
                    for (d, c) in dst16[pos..pos + n].iter_mut().zip(b) {
                        *d = *c as u16;
                    }
                }
                (true, Chars::Utf16(u)) => dst16[pos..pos + n].copy_from_slice(u),
                (false, Chars::Utf16(_)) => unreachable!("a Latin-1 rope has only Latin-1 leaves"),
            }
            pos += n;
        }
        debug_assert_eq!(pos, s.len());
    }
    // Turn the rope into a forwarder to its flat copy.
    s.left.set(flat.as_ptr());
    s.right.set(core::ptr::null());
    s.header.flags.set((s.flags() & !FLAG_ROPE) | FLAG_INDIRECT);
    Ok(flat)
}

/// Concatenates two strings: a rope for long results, a copy for short ones.
///
/// The inputs are kept alive across the allocation (callers often hold one of them
/// only in a Rust local, such as a separator built on the spot).
pub fn concat(vm: &mut Vm, a: Gc<JsString>, b: Gc<JsString>) -> Result<Gc<JsString>, Value> {
    let depth = vm.roots.len();
    vm.roots.push(Value::string(a));
    vm.roots.push(Value::string(b));
    let r = concat_rooted(vm, a, b);
    vm.roots.truncate(depth);
    r
}

fn concat_rooted(vm: &mut Vm, a: Gc<JsString>, b: Gc<JsString>) -> Result<Gc<JsString>, Value> {
    let (la, lb) = (a.len(), b.len());
    if la == 0 {
        return Ok(b);
    }
    if lb == 0 {
        return Ok(a);
    }
    let len = la + lb;
    if len > MAX_LENGTH {
        return Err(vm.range_error("Invalid string length"));
    }
    let two_byte = (a.flags() | b.flags()) & FLAG_TWO_BYTE != 0;
    if len < MIN_ROPE_LENGTH {
        if let (Some(fa), Some(fb)) = (JsString::flat_ref(a), JsString::flat_ref(b)) {
            let s = JsString::alloc_flat(vm, len, two_byte)?;
            // SAFETY: `s` is fresh with the chosen width; `fa`/`fb` are live flat strings.
            unsafe {
                if two_byte {
                    let dst = JsString::fill_utf16(s);
                    for (d, c) in dst.iter_mut().zip(fa.chars().iter().chain(fb.chars().iter())) {
                        *d = c;
                    }
                } else {
                    let dst = JsString::fill_latin1(s);
                    for (d, c) in dst.iter_mut().zip(fa.chars().iter().chain(fb.chars().iter())) {
                        *d = c as u8;
                    }
                }
            }
            return Ok(s);
        }
    }
    let (cell, class) = vm.alloc_cell(core::mem::size_of::<JsString>())?;
    let mut header = Header::new(CellKind::String);
    header.aux = Cell::new(len as u32);
    header.flags = Cell::new(FLAG_ROPE | if two_byte { FLAG_TWO_BYTE } else { 0 });
    // SAFETY: a fresh cell big enough for a JsString.
    let rope = unsafe {
        Heap::init(
            cell,
            class,
            JsString { header, hash: Cell::new(0), _pad: 0, left: Cell::new(a.as_ptr()), right: Cell::new(b.as_ptr()) },
        )
    };
    Ok(rope)
}

/// Equality of string contents (flattening as needed).
pub fn equals(vm: &mut Vm, a: Gc<JsString>, b: Gc<JsString>) -> Result<bool, Value> {
    if a == b {
        return Ok(true);
    }
    if a.len() != b.len() || (a.is_atom() && b.is_atom()) {
        return Ok(false);
    }
    let fa = flatten(vm, a)?;
    vm.roots.push(Value::string(fa));
    let fb = flatten(vm, b);
    vm.roots.pop();
    let fb = fb?;
    Ok(fa.chars().eq_units(&fb.chars()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `find` and `rfind` (memchr/memmem on Latin-1, unit scans otherwise) agree
    /// with a naive search for every representation pairing and position.
    #[test]
    fn find_agrees_with_naive() {
        let hays = ["", "a", "abc", "abcabcab", "aaaaab", "xyz\u{e9}a\u{e9}ab\u{e9}", "gattacagattaca"];
        let needles = ["", "a", "b", "ab", "abc", "ca", "aab", "\u{e9}a", "\u{e9}", "zz", "gattaca", "\u{100}", "a\u{100}"];
        let naive_find = |h: &[u16], n: &[u16], from: usize| (from..=h.len()).find(|&i| h[i..].starts_with(n));
        let naive_rfind = |h: &[u16], n: &[u16], from: usize| {
            if n.len() > h.len() {
                return None;
            }
            (0..=from.min(h.len() - n.len())).rev().find(|&i| h[i..].starts_with(n))
        };
        for h in hays {
            let hw: Vec<u16> = h.encode_utf16().collect();
            let hl: Option<Vec<u8>> = hw.iter().map(|u| u8::try_from(*u).ok()).collect();
            for n in needles {
                let nw: Vec<u16> = n.encode_utf16().collect();
                let nl: Option<Vec<u8>> = nw.iter().map(|u| u8::try_from(*u).ok()).collect();
                let mut hs = alloc::vec![Chars::Utf16(&hw)];
                if let Some(b) = &hl {
                    hs.push(Chars::Latin1(b));
                }
                let mut ns = alloc::vec![Chars::Utf16(&nw)];
                if let Some(b) = &nl {
                    ns.push(Chars::Latin1(b));
                }
                for hc in &hs {
                    for nc in &ns {
                        for from in 0..hw.len() + 2 {
                            assert_eq!(hc.find(nc, from), naive_find(&hw, &nw, from), "find {n:?} in {h:?} from {from}");
                            assert_eq!(hc.rfind(nc, from), naive_rfind(&hw, &nw, from), "rfind {n:?} in {h:?} from {from}");
                        }
                    }
                }
            }
        }
    }
}
