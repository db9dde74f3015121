//! NaN-boxed JavaScript values.
//!
//! Every value is one `u64`. Doubles are stored as themselves; everything else lives in
//! the negative quiet-NaN space, selected by the top 16 bits (the *tag*):
//!
//! | bits 63..48 | bits 47..0                  | meaning                                         |
//! |-------------|-----------------------------|-------------------------------------------------|
//! | `..=0xFFF8` | (`0xFFF8` only with 0)      | IEEE-754 double; NaN is canonical `0x7FF8_0…0`  |
//! | `0xFFF8`    | nonzero                     | never produced (NaNs are canonicalized)         |
//! | `0xFFF9`    | low 32 bits: `i32`          | int32                                           |
//! | `0xFFFA`    | 0 or 1                      | boolean                                         |
//! | `0xFFFB`    | 0                           | undefined                                       |
//! | `0xFFFB`    | nonzero                     | magic: array hole, uninitialized binding (internal) |
//! | `0xFFFC`    | 0                           | null                                            |
//! | `0xFFFD`    | cell pointer                | internal GC cell (environments, iterators), never seen by scripts |
//! | `0xFFFE`    | [`JsString`] pointer        | string                                          |
//! | `0xFFFF`    | [`JsObject`] pointer        | object                                          |
//!
//! Consequences the interpreter and the JIT rely on:
//! - "is a double" is one unsigned compare: `bits <= 0xFFF8_0000_0000_0000`;
//! - "is a number" (double or int32) is one unsigned compare: `bits < 0xFFFA << 48`;
//! - "is an int32" / "is an object" … is one compare of the tag (`bits >> 48`);
//! - "is a GC pointer" is `bits >= 0xFFFD << 48`;
//! - int32 and double are distinct representations of numbers, so traces can
//!   specialize on them; [`Value::number`] picks int32 when the double is integral.
//!
//! Pointers use the low 48 bits, which holds every user-space address on x86-64 and
//! AArch64 and every address on 32-bit targets (Thumb-2 boards). The heap checks each
//! chunk it acquires against [`PAYLOAD_MASK`].

use core::fmt;

use crate::gc::{Gc, Header};
use crate::object::JsObject;
use crate::string::JsString;

/// Number of bits the tag is shifted by.
pub const TAG_SHIFT: u32 = 48;
/// Mask selecting the 48-bit payload.
pub const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;

/// Tag of magic (internal, non-pointer) values: the undefined tag with a nonzero
/// payload.
pub const TAG_MAGIC: u64 = 0xFFFB;
/// Tag of int32 values.
pub const TAG_INT: u64 = 0xFFF9;
/// Tag of booleans.
pub const TAG_BOOL: u64 = 0xFFFA;
/// Tag of `undefined`.
pub const TAG_UNDEFINED: u64 = 0xFFFB;
/// Tag of `null`.
pub const TAG_NULL: u64 = 0xFFFC;
/// Tag of internal cell pointers.
pub const TAG_CELL: u64 = 0xFFFD;
/// Tag of string pointers.
pub const TAG_STRING: u64 = 0xFFFE;
/// Tag of object pointers.
pub const TAG_OBJECT: u64 = 0xFFFF;

/// Largest bit pattern that is a double (`0xFFF8_0000_0000_0000`, the x86 default NaN).
pub const MAX_DOUBLE_BITS: u64 = 0xFFF8 << TAG_SHIFT;
/// Every number (double or int32) is below this bit pattern.
pub const NUMBER_LIMIT_BITS: u64 = (TAG_INT + 1) << TAG_SHIFT;
/// The canonical NaN every NaN is boxed as.
pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;
/// Smallest bit pattern that holds a GC pointer.
pub const MIN_POINTER_BITS: u64 = TAG_CELL << TAG_SHIFT;

// The layout promises above, checked at compile time.
const _: () = {
    assert!(core::mem::size_of::<Value>() == 8);
    assert!(core::mem::size_of::<usize>() <= 8);
    // Infinities and the canonical NaN are plain doubles.
    assert!(f64::INFINITY.to_bits() <= MAX_DOUBLE_BITS);
    assert!(f64::NEG_INFINITY.to_bits() <= MAX_DOUBLE_BITS);
    assert!(CANONICAL_NAN <= MAX_DOUBLE_BITS);
    assert!((-0.0f64).to_bits() <= MAX_DOUBLE_BITS);
    // int32 follows the doubles, so numbers are one range.
    assert!(TAG_INT == (MAX_DOUBLE_BITS >> TAG_SHIFT) + 1);
    assert!(Value::HOLE.0 != Value::UNDEFINED.0 && Value::HOLE.tag() == TAG_UNDEFINED);
    // Tags are ordered so that pointer kinds come last and are contiguous.
    assert!(TAG_CELL < TAG_STRING && TAG_STRING < TAG_OBJECT && TAG_OBJECT == 0xFFFF);
    assert!(TAG_UNDEFINED + 1 == TAG_NULL);
    // int32 boxing keeps all 32 bits.
    assert!(Value::int(-1).0 == (TAG_INT << TAG_SHIFT) | 0xFFFF_FFFF);
    assert!(Value::int(i32::MIN).as_int_unchecked() == i32::MIN);
};

/// Internal magic payloads (tag [`TAG_MAGIC`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u32)]
pub enum Magic {
    /// A missing element in dense array storage.
    Hole = 1,
    /// A `let`/`const` binding before its declaration ran (temporal dead zone).
    Uninitialized = 2,
    /// Marks an unused register or slot (debugging aid).
    Empty = 3,
}

/// A JavaScript value (NaN-boxed). See the module documentation for the layout.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub u64);

impl Value {
    /// `undefined`.
    pub const UNDEFINED: Value = Value(TAG_UNDEFINED << TAG_SHIFT);
    /// `null`.
    pub const NULL: Value = Value(TAG_NULL << TAG_SHIFT);
    /// `true`.
    pub const TRUE: Value = Value((TAG_BOOL << TAG_SHIFT) | 1);
    /// `false`.
    pub const FALSE: Value = Value(TAG_BOOL << TAG_SHIFT);
    /// The canonical NaN.
    pub const NAN: Value = Value(CANONICAL_NAN);
    /// The array-hole marker.
    pub const HOLE: Value = Value::magic(Magic::Hole);
    /// The temporal-dead-zone marker.
    pub const UNINITIALIZED: Value = Value::magic(Magic::Uninitialized);

    /// Boxes an int32.
    #[inline(always)]
    pub const fn int(i: i32) -> Value {
        Value((TAG_INT << TAG_SHIFT) | (i as u32 as u64))
    }

    /// Boxes a double exactly as given (canonicalizing NaN): `-0.0` and integral
    /// doubles stay doubles.
    #[inline(always)]
    pub fn double(d: f64) -> Value {
        if d.is_nan() { Value::NAN } else { Value(d.to_bits()) }
    }

    /// Boxes a number, preferring the int32 representation when `d` is an integral
    /// value in range and not `-0`.
    #[inline(always)]
    pub fn number(d: f64) -> Value {
        let i = d as i32;
        if i as f64 == d && (i != 0 || !d.is_sign_negative()) {
            Value::int(i)
        } else {
            Value::double(d)
        }
    }

    /// Boxes a boolean.
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value((TAG_BOOL << TAG_SHIFT) | b as u64)
    }

    /// Boxes a magic marker.
    #[inline(always)]
    pub const fn magic(m: Magic) -> Value {
        Value((TAG_MAGIC << TAG_SHIFT) | m as u32 as u64)
    }

    /// Boxes an object pointer.
    #[inline(always)]
    pub fn object(o: Gc<JsObject>) -> Value {
        Value((TAG_OBJECT << TAG_SHIFT) | o.addr() as u64)
    }

    /// Boxes a string pointer.
    #[inline(always)]
    pub fn string(s: Gc<JsString>) -> Value {
        Value((TAG_STRING << TAG_SHIFT) | s.addr() as u64)
    }

    /// Boxes an internal cell pointer (never exposed to scripts).
    #[inline(always)]
    pub fn cell(h: Gc<Header>) -> Value {
        Value((TAG_CELL << TAG_SHIFT) | h.addr() as u64)
    }

    /// The tag (top 16 bits); meaningful only when [`is_double`](Self::is_double) is false.
    #[inline(always)]
    pub const fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    /// Is this a double (including NaN and the infinities)?
    #[inline(always)]
    pub const fn is_double(self) -> bool {
        self.0 <= MAX_DOUBLE_BITS
    }
    /// Is this an int32?
    #[inline(always)]
    pub const fn is_int(self) -> bool {
        self.tag() == TAG_INT
    }
    /// Is this a number of either representation?
    #[inline(always)]
    pub const fn is_number(self) -> bool {
        self.0 < NUMBER_LIMIT_BITS
    }
    /// Is this `undefined`?
    #[inline(always)]
    pub const fn is_undefined(self) -> bool {
        self.0 == Self::UNDEFINED.0
    }
    /// Is this `null`?
    #[inline(always)]
    pub const fn is_null(self) -> bool {
        self.0 == Self::NULL.0
    }
    /// Is this `undefined` or `null`?
    #[inline(always)]
    pub const fn is_nullish(self) -> bool {
        self.0 == Self::UNDEFINED.0 || self.0 == Self::NULL.0
    }
    /// Is this a boolean?
    #[inline(always)]
    pub const fn is_bool(self) -> bool {
        self.tag() == TAG_BOOL && !self.is_double()
    }
    /// Is this a string?
    #[inline(always)]
    pub const fn is_string(self) -> bool {
        self.tag() == TAG_STRING
    }
    /// Is this an object?
    #[inline(always)]
    pub const fn is_object(self) -> bool {
        self.tag() == TAG_OBJECT
    }
    /// Is this a magic marker?
    #[inline(always)]
    pub const fn is_magic(self) -> bool {
        self.tag() == TAG_MAGIC && self.0 != Self::UNDEFINED.0
    }
    /// Is this the array-hole marker?
    #[inline(always)]
    pub const fn is_hole(self) -> bool {
        self.0 == Self::HOLE.0
    }
    /// Is this the temporal-dead-zone marker?
    #[inline(always)]
    pub const fn is_uninitialized(self) -> bool {
        self.0 == Self::UNINITIALIZED.0
    }
    /// Does this value hold a pointer to a GC cell?
    #[inline(always)]
    pub const fn is_gc_pointer(self) -> bool {
        self.0 >= MIN_POINTER_BITS
    }
    /// Is this a primitive (not an object)?
    #[inline(always)]
    pub const fn is_primitive(self) -> bool {
        !self.is_object()
    }

    /// The int32 payload; the value must be an int32.
    #[inline(always)]
    pub const fn as_int_unchecked(self) -> i32 {
        self.0 as u32 as i32
    }
    /// The int32 payload, if this is an int32.
    #[inline(always)]
    pub const fn as_int(self) -> Option<i32> {
        if self.is_int() { Some(self.as_int_unchecked()) } else { None }
    }
    /// The double payload; the value must be a double.
    #[inline(always)]
    pub const fn as_double_unchecked(self) -> f64 {
        f64::from_bits(self.0)
    }
    /// The numeric value of a number of either representation.
    #[inline(always)]
    pub fn as_number(self) -> Option<f64> {
        if self.is_int() {
            Some(self.as_int_unchecked() as f64)
        } else if self.is_double() {
            Some(self.as_double_unchecked())
        } else {
            None
        }
    }
    /// The numeric value of a value known to be a number.
    #[inline(always)]
    pub fn as_number_unchecked(self) -> f64 {
        if self.is_int() { self.as_int_unchecked() as f64 } else { self.as_double_unchecked() }
    }
    /// The boolean payload, if this is a boolean.
    #[inline(always)]
    pub const fn as_bool(self) -> Option<bool> {
        if self.is_bool() { Some(self.0 & 1 != 0) } else { None }
    }
    #[inline(always)]
    fn pointer_bits(self) -> usize {
        (self.0 & PAYLOAD_MASK) as usize
    }
    /// The object pointer, if this is an object.
    #[inline(always)]
    pub fn as_object(self) -> Option<Gc<JsObject>> {
        if self.is_object() {
            // SAFETY: an object-tagged value is only ever built by `Value::object` from
            // a live, non-null object cell pointer.
            Some(unsafe { Gc::from_addr(self.pointer_bits()) })
        } else {
            None
        }
    }
    /// The string pointer, if this is a string.
    #[inline(always)]
    pub fn as_string(self) -> Option<Gc<JsString>> {
        if self.is_string() {
            // SAFETY: a string-tagged value is only built by `Value::string` from a
            // live string cell pointer.
            Some(unsafe { Gc::from_addr(self.pointer_bits()) })
        } else {
            None
        }
    }
    /// The internal cell pointer, if this is one.
    #[inline(always)]
    pub fn as_cell(self) -> Option<Gc<Header>> {
        if self.tag() == TAG_CELL {
            // SAFETY: cell-tagged values are only built by `Value::cell`.
            Some(unsafe { Gc::from_addr(self.pointer_bits()) })
        } else {
            None
        }
    }
    /// The header of whatever GC cell this value points to.
    #[inline(always)]
    pub fn as_gc_header(self) -> Option<Gc<Header>> {
        if self.is_gc_pointer() {
            // SAFETY: every pointer-tagged value points at a cell, and every cell
            // starts with a `Header`.
            Some(unsafe { Gc::from_addr(self.pointer_bits()) })
        } else {
            None
        }
    }

    /// ToBoolean for everything but strings' contents (which needs the length).
    #[inline]
    pub fn truthy(self) -> bool {
        if self.is_int() {
            return self.as_int_unchecked() != 0;
        }
        if self.is_double() {
            let d = self.as_double_unchecked();
            return !(d == 0.0 || d.is_nan());
        }
        match self.tag() {
            TAG_BOOL => self.0 & 1 != 0,
            TAG_STRING => match self.as_string() {
                Some(s) => s.len() != 0,
                None => false,
            },
            TAG_OBJECT => true,
            _ => false,
        }
    }

    /// SameValue-free identity check used by `===` for non-numbers and non-strings.
    #[inline(always)]
    pub fn bits_eq(self, other: Value) -> bool {
        self.0 == other.0
    }
}

impl Default for Value {
    fn default() -> Self {
        Value::UNDEFINED
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_int() {
            write!(f, "Int({})", self.as_int_unchecked())
        } else if self.is_double() {
            write!(f, "Double({:?})", self.as_double_unchecked())
        } else {
            match self.tag() {
                TAG_MAGIC if self.is_magic() => write!(f, "Magic({})", self.0 as u32),
                TAG_BOOL => write!(f, "{}", self.0 & 1 != 0),
                TAG_UNDEFINED => f.write_str("undefined"),
                TAG_NULL => f.write_str("null"),
                TAG_CELL => write!(f, "Cell({:#x})", self.0 & PAYLOAD_MASK),
                TAG_STRING => write!(f, "String({:#x})", self.0 & PAYLOAD_MASK),
                _ => write!(f, "Object({:#x})", self.0 & PAYLOAD_MASK),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_choose_representation() {
        assert!(Value::number(3.0).is_int());
        assert!(Value::number(-0.0).is_double());
        assert!(Value::number(0.5).is_double());
        assert!(Value::number(2147483648.0).is_double());
        assert!(Value::number(-2147483648.0).is_int());
        assert!(Value::double(f64::NAN).is_double());
        assert_eq!(Value::double(f64::NAN).0, CANONICAL_NAN);
        assert!(Value::double(0.0 / 0.0).is_number());
        let x86_nan = Value(MAX_DOUBLE_BITS);
        assert!(x86_nan.is_double() && x86_nan.is_number() && !x86_nan.is_magic());
    }

    #[test]
    fn tags_are_disjoint() {
        let vals = [Value::UNDEFINED, Value::NULL, Value::TRUE, Value::FALSE, Value::HOLE, Value::int(7)];
        for v in vals {
            let kinds = [v.is_undefined(), v.is_null(), v.is_bool(), v.is_magic(), v.is_int(), v.is_double()];
            assert_eq!(kinds.iter().filter(|k| **k).count(), 1, "{v:?}");
            assert!(!v.is_gc_pointer());
        }
        assert!(Value::UNDEFINED.is_nullish() && Value::NULL.is_nullish());
        assert!(!Value::FALSE.is_nullish() && !Value::int(0).is_nullish());
        assert!(!Value::double(-1.5).is_nullish());
        assert!(!Value::HOLE.is_number());
    }
}
