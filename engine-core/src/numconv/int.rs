//! Integer conversions (`ToInt32` & co.) and the array-index test.

/// If `s` is the canonical numeric string of an array index — an integer
/// in `0..=2^32-2` written in decimal without sign, leading zeros (except
/// `"0"` itself), fraction or exponent — returns that index.
///
/// `"0"` → `Some(0)`, `"4294967294"` → `Some(4294967294)`;
/// `"4294967295"`, `"01"`, `"-0"`, `"1.0"`, `""`, `"+1"` → `None`.
#[inline]
#[must_use]
pub fn is_array_index(s: &[u16]) -> Option<u32> {
    let (&first, rest) = s.split_first()?;
    if s.len() > 10 {
        return None;
    }
    let first = u64::from(first.wrapping_sub(u16::from(b'0')));
    if first > 9 || (first == 0 && !rest.is_empty()) {
        return None;
    }
    let mut v = first;
    for &c in rest {
        let d = u64::from(c.wrapping_sub(u16::from(b'0')));
        if d > 9 {
            return None;
        }
        v = v * 10 + d;
    }
    if v <= 0xFFFF_FFFE {
        Some(v as u32)
    } else {
        None
    }
}

/// `ToUint32(x)` as a raw 32-bit pattern: `trunc(x) mod 2^32`, exact for
/// every double; NaN, ±Infinity and ±0 give 0.
#[inline]
fn to_u32_bits(x: f64) -> u32 {
    // |x| < 2^63: the i64 conversion truncates exactly.
    if x.abs() < 9_223_372_036_854_775_808.0 {
        return (x as i64) as u32;
    }
    if !x.is_finite() {
        return 0;
    }
    // |x| >= 2^63: x = m · 2^e with e >= 11, an integer.
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32 - 1075;
    let m = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let low = if e >= 64 { 0 } else { (m << e) as u32 };
    if bits >> 63 != 0 {
        low.wrapping_neg()
    } else {
        low
    }
}

/// ES `ToInt32(x)`: truncate toward zero, wrap modulo 2^32 into
/// `-2^31..2^31`; NaN, ±Infinity, ±0 → 0. Exact for all doubles.
#[inline]
#[must_use]
pub fn f64_to_int32(x: f64) -> i32 {
    to_u32_bits(x) as i32
}

/// ES `ToUint32(x)`: truncate toward zero, wrap modulo 2^32;
/// NaN, ±Infinity, ±0 → 0. Exact for all doubles.
#[inline]
#[must_use]
pub fn f64_to_uint32(x: f64) -> u32 {
    to_u32_bits(x)
}

/// ES `ToUint16(x)`: truncate toward zero, wrap modulo 2^16;
/// NaN, ±Infinity, ±0 → 0. Exact for all doubles.
#[inline]
#[must_use]
pub fn f64_to_uint16(x: f64) -> u16 {
    to_u32_bits(x) as u16
}
