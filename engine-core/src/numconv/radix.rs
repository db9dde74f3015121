//! `Number.prototype.toString(radix)` for radix 2..=36, a faithful port of
//! V8's `DoubleToRadixCString` (src/numbers/conversions.cc).

use alloc::string::String;
use alloc::vec::Vec;

use super::tostring::{as_int32, number_to_string};

const CHARS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// V8's `Double::NextDouble` for a non-negative finite value.
#[inline]
fn next_double(v: f64) -> f64 {
    // v >= +0 here; +0 → smallest subnormal, MAX → +Infinity.
    f64::from_bits(v.to_bits() + 1)
}

/// V8's `Double::Exponent()`: `v = significand · 2^exponent` with a 53-bit
/// significand (denormals report -1074).
#[inline]
fn double_exponent(v: f64) -> i32 {
    let biased = ((v.to_bits() >> 52) & 0x7ff) as i32;
    if biased == 0 { -1074 } else { biased - 1075 }
}

#[inline]
fn digit_char(d: i64) -> u8 {
    // Digits are always in 0..radix; clamp defensively instead of indexing
    // out of bounds.
    CHARS[d.clamp(0, 35) as usize]
}

#[inline]
fn digit_value(c: u8) -> i64 {
    if c > b'9' {
        i64::from(c - b'a') + 10
    } else {
        i64::from(c.wrapping_sub(b'0'))
    }
}

/// `Number.prototype.toString(radix)` exactly as V8 prints it.
///
/// * `radix` must be in `2..=36` (the caller throws the spec's `RangeError`
///   after ToIntegerOrInfinity); values outside are clamped into that range.
///   Radix 10 is `Number::toString(x)` ([`number_to_string`]), as in V8.
/// * `NaN`, `Infinity`, `-Infinity` print as such; `-0` prints `"0"`.
/// * Otherwise: integer digits (exact up to 2^53, then V8's zero fill for
///   the unrepresentable low digits), and fraction digits generated until
///   they pin down the double, using a delta of half the distance to the
///   next double and round-half-even on the last digit — e.g.
///   `(0.5).toString(2)` = `"0.1"`, `(255.5).toString(16)` = `"ff.8"`,
///   `Math.PI.toString(7)` = `"3.066365143203613411"`.
#[must_use]
pub fn number_to_string_radix(x: f64, radix: u32) -> String {
    let radix = radix.clamp(2, 36);
    if radix == 10 {
        return number_to_string(x);
    }
    if x.is_nan() {
        return String::from("NaN");
    }
    if x.is_infinite() {
        return String::from(if x > 0.0 { "Infinity" } else { "-Infinity" });
    }
    // Fast integer path (exact, same digits as the generic algorithm).
    if let Some(i) = as_int32(x) {
        return int_to_radix(i, radix);
    }
    double_to_radix(x, radix)
}

fn int_to_radix(i: i32, radix: u32) -> String {
    let mut buf = [0u8; 33];
    let mut pos = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = CHARS[(n % radix) as usize];
        n /= radix;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    let mut s = String::with_capacity(buf.len() - pos);
    for &c in &buf[pos..] {
        s.push(c as char);
    }
    s
}

/// Port of V8's `DoubleToRadixCString` for finite `value`.
fn double_to_radix(value: f64, radix: u32) -> String {
    let radix_f = f64::from(radix);
    let negative = value < 0.0;
    let value = if negative { -value } else { value };

    // Split the value into an integer part and a fractional part.
    let mut integer = libm::floor(value);
    let mut fraction = value - integer;
    // We only compute fractional digits up to the input double's precision.
    let mut delta = 0.5 * (next_double(value) - value);
    let min_delta = f64::from_bits(1); // Double(0.0).NextDouble()
    // std::max(a, b) == (a < b) ? b : a
    delta = if min_delta < delta { delta } else { min_delta };

    // Fraction part, written left to right ('.' first when present).
    let mut frac: Vec<u8> = Vec::new();
    if fraction >= delta {
        frac.reserve(64);
        frac.push(b'.');
        loop {
            // Shift up by one digit.
            fraction *= radix_f;
            delta *= radix_f;
            // Write digit.
            let digit = fraction as i64; // trunc, like static_cast<int>
            frac.push(digit_char(digit));
            // Calculate remainder.
            fraction -= digit as f64;
            // Round to even.
            if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0)) && fraction + delta > 1.0 {
                // We need to back trace already written digits in case of
                // carry-over.
                // Drop the last written character, repeatedly.
                while let Some(c) = frac.pop() {
                    if frac.is_empty() {
                        // That was the '.': carry over to the integer part.
                        integer += 1.0;
                        break;
                    }
                    let d = digit_value(c);
                    if d + 1 < i64::from(radix) {
                        frac.push(digit_char(d + 1));
                        break;
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }

    // Integer part, written right to left. Fill unrepresented digits with
    // zero.
    let mut int_rev: Vec<u8> = Vec::with_capacity(64);
    while double_exponent(integer / radix_f) > 0 {
        integer /= radix_f;
        int_rev.push(b'0');
    }
    loop {
        let remainder = libm::fmod(integer, radix_f);
        int_rev.push(digit_char(remainder as i64));
        integer = (integer - remainder) / radix_f;
        // `while (integer > 0)`; integer is never NaN here.
        if integer <= 0.0 {
            break;
        }
    }

    let mut out = String::with_capacity(int_rev.len() + frac.len() + 1);
    if negative {
        out.push('-');
    }
    for &c in int_rev.iter().rev() {
        out.push(c as char);
    }
    for &c in &frac {
        out.push(c as char);
    }
    out
}
