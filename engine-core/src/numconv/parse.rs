//! String → number: `StringToNumber`, `parseInt`, `parseFloat`.

use alloc::vec::Vec;

/// ES WhiteSpace or LineTerminator code unit: TAB, LF, VT, FF, CR, SP, NBSP,
/// U+1680, U+2000..=U+200A, LS, PS, U+202F, U+205F, U+3000, ZWNBSP (BOM).
/// (U+180E, U+200B and U+0085 are *not* whitespace.)
#[inline]
#[must_use]
pub fn is_js_whitespace(c: u16) -> bool {
    match c {
        0x09..=0x0D | 0x20 | 0xA0 => true,
        0..=0xFF => false,
        0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF => true,
        _ => false,
    }
}

#[inline]
fn is_ascii_digit(c: u16) -> bool {
    c.wrapping_sub(b'0' as u16) < 10
}

/// Value of `c` as a digit in `radix` (2..=36), case-insensitive.
#[inline]
fn digit_in_radix(c: u16, radix: u32) -> Option<u32> {
    let v = match c {
        0x30..=0x39 => u32::from(c - 0x30),
        0x61..=0x7A => u32::from(c - 0x61) + 10,
        0x41..=0x5A => u32::from(c - 0x41) + 10,
        _ => return None,
    };
    if v < radix { Some(v) } else { None }
}

fn trim_start(s: &[u16]) -> &[u16] {
    let i = s
        .iter()
        .position(|&c| !is_js_whitespace(c))
        .unwrap_or(s.len());
    &s[i..]
}

fn trim(s: &[u16]) -> &[u16] {
    let s = trim_start(s);
    let j = s
        .iter()
        .rposition(|&c| !is_js_whitespace(c))
        .map_or(0, |j| j + 1);
    &s[..j]
}

const INFINITY_UTF16: [u16; 8] = [0x49, 0x6E, 0x66, 0x69, 0x6E, 0x69, 0x74, 0x79]; // "Infinity"

/// Length of the longest prefix of `s` that is an unsigned
/// StrUnsignedDecimalLiteral (without `Infinity`): `digits [. digits?]
/// [exp]` or `. digits [exp]`, where an exponent only counts when complete.
/// Returns 0 when there is no such prefix.
fn decimal_prefix_len(s: &[u16]) -> usize {
    let mut i = 0;
    let n = s.len();
    let mut int_digits = 0;
    while i < n && is_ascii_digit(s[i]) {
        i += 1;
        int_digits += 1;
    }
    let mut frac_digits = 0;
    if i < n && s[i] == u16::from(b'.') {
        let mut j = i + 1;
        while j < n && is_ascii_digit(s[j]) {
            j += 1;
            frac_digits += 1;
        }
        if int_digits == 0 && frac_digits == 0 {
            return 0; // lone "."
        }
        i = j;
    } else if int_digits == 0 {
        return 0;
    }
    // Optional exponent, only if it has at least one digit.
    if i < n && (s[i] == u16::from(b'e') || s[i] == u16::from(b'E')) {
        let mut j = i + 1;
        if j < n && (s[j] == u16::from(b'+') || s[j] == u16::from(b'-')) {
            j += 1;
        }
        let start = j;
        while j < n && is_ascii_digit(s[j]) {
            j += 1;
        }
        if j > start {
            i = j;
        }
    }
    i
}

/// Correctly rounded value of an unsigned decimal literal that
/// [`decimal_prefix_len`] accepted in full (ASCII digits, '.', 'e', sign).
fn parse_decimal_ascii(s: &[u16]) -> f64 {
    // Fast path: up to 15 plain digits are exact in a u64 and in an f64.
    if s.len() <= 15 && s.iter().all(|&c| is_ascii_digit(c)) {
        let mut v: u64 = 0;
        for &c in s {
            v = v * 10 + u64::from(c - 0x30);
        }
        return v as f64;
    }
    let mut stack = [0u8; 64];
    let mut heap: Vec<u8>;
    let bytes: &[u8] = if s.len() <= stack.len() {
        for (d, &c) in stack.iter_mut().zip(s) {
            *d = c as u8;
        }
        &stack[..s.len()]
    } else {
        heap = Vec::with_capacity(s.len());
        heap.extend(s.iter().map(|&c| c as u8));
        &heap
    };
    // Every byte is ASCII, so this is valid UTF-8; core's parser is correctly
    // rounded for any length and saturates huge exponents.
    match core::str::from_utf8(bytes) {
        Ok(t) => t.parse::<f64>().unwrap_or(f64::NAN),
        Err(_) => f64::NAN,
    }
}

/// Exact (round-half-even) value of the digit string `digits` in radix
/// `2^log2` (1..=5). All code units must be valid digits. Overflow gives
/// `+Infinity`. This is how V8 parses `0x…`/`0o…`/`0b…` literals and
/// `parseInt` with radix 2, 4, 8, 16, 32.
fn parse_pow2_digits(digits: &[u16], log2: u32) -> f64 {
    let radix = 1u32 << log2;
    let mut i = 0;
    while i < digits.len() && digits[i] == u16::from(b'0') {
        i += 1;
    }
    let mut mant: u64 = 0;
    let mut exp: i64 = 0;
    let mut sticky = false;
    for &c in &digits[i..] {
        let d = u64::from(digit_in_radix(c, radix).unwrap_or(0));
        if mant >> (64 - log2) == 0 {
            mant = (mant << log2) | d;
        } else {
            exp += i64::from(log2);
            sticky |= d != 0;
        }
    }
    if mant == 0 {
        return 0.0;
    }
    let bitlen = 64 - mant.leading_zeros();
    if bitlen > 53 {
        let shift = bitlen - 53;
        let round = (mant >> (shift - 1)) & 1 != 0;
        let rest = mant & ((1u64 << (shift - 1)) - 1) != 0 || sticky;
        mant >>= shift;
        exp += i64::from(shift);
        if round && (rest || mant & 1 != 0) {
            mant += 1;
            if mant == 1u64 << 53 {
                mant >>= 1;
                exp += 1;
            }
        }
    }
    // mant < 2^53 is exact; scalbn is exact unless it overflows to infinity.
    libm::scalbn(mant as f64, exp.min(4096) as i32)
}

/// ES `StringToNumber(s)` (`Number(s)`, unary `+`) exactly as V8 computes
/// it.
///
/// * Leading/trailing WhiteSpace and LineTerminators are trimmed; an empty
///   or all-whitespace string is `0`.
/// * `Infinity`, `+Infinity`, `-Infinity` (case-sensitive).
/// * Decimal literals with optional sign, fraction and exponent (`.5`, `5.`,
///   `-1e-7`; not `.`, `1e`, `1_0`), correctly rounded for any length.
/// * `0x`/`0X`, `0o`/`0O`, `0b`/`0B` integers (no sign allowed, at least one
///   digit), correctly rounded beyond 2^53.
/// * Anything else is `NaN`.
#[must_use]
pub fn string_to_number(s: &[u16]) -> f64 {
    let s = trim(s);
    if s.is_empty() {
        return 0.0;
    }
    // Non-decimal prefixes must come first (no sign).
    if s.len() >= 2 && s[0] == u16::from(b'0') {
        let log2 = match s[1] {
            0x78 | 0x58 => Some(4), // x X
            0x6F | 0x4F => Some(3), // o O
            0x62 | 0x42 => Some(1), // b B
            _ => None,
        };
        if let Some(log2) = log2 {
            let digits = &s[2..];
            if digits.is_empty()
                || !digits
                    .iter()
                    .all(|&c| digit_in_radix(c, 1 << log2).is_some())
            {
                return f64::NAN;
            }
            return parse_pow2_digits(digits, log2);
        }
    }
    let (negative, rest) = match s[0] {
        0x2B => (false, &s[1..]),
        0x2D => (true, &s[1..]),
        _ => (false, s),
    };
    let magnitude = if rest == INFINITY_UTF16 {
        f64::INFINITY
    } else {
        let len = decimal_prefix_len(rest);
        if len == 0 || len != rest.len() {
            return f64::NAN;
        }
        parse_decimal_ascii(rest)
    };
    if negative { -magnitude } else { magnitude }
}

/// Global `parseFloat(s)` exactly as V8 computes it: skips leading
/// whitespace, then takes the longest prefix that is a StrDecimalLiteral
/// (optional sign, `Infinity`, or a decimal literal whose exponent counts
/// only when complete), ignoring the rest. No hex. `"1e"` → 1,
/// `"-.5"` → -0.5, `"-0"` → -0, `".e1"` → NaN, `"0x10"` → 0.
#[must_use]
pub fn parse_float(s: &[u16]) -> f64 {
    let s = trim_start(s);
    let (negative, rest) = match s.first() {
        Some(0x2B) => (false, &s[1..]),
        Some(0x2D) => (true, &s[1..]),
        _ => (false, s),
    };
    let magnitude = if rest.starts_with(&INFINITY_UTF16) {
        f64::INFINITY
    } else {
        let len = decimal_prefix_len(rest);
        if len == 0 {
            return f64::NAN;
        }
        parse_decimal_ascii(&rest[..len])
    };
    if negative { -magnitude } else { magnitude }
}

/// Global `parseInt(s, radix)` exactly as V8 computes it.
///
/// `radix` is the already-ToInt32'd argument: `0` means "absent" (radix 10,
/// or 16 with a `0x`/`0X` prefix); otherwise it must be in `2..=36` or the
/// result is `NaN`. Leading whitespace and one sign are skipped, a `0x`
/// prefix is stripped for radix 0 and 16, and the longest prefix of valid
/// digits is converted (at least one digit, else `NaN`; `-0…` gives `-0`).
/// Radix 10 is correctly rounded (the digits are parsed like a decimal
/// literal); radix 2, 4, 8, 16, 32 are exact with round-half-even; other
/// radices reproduce V8's 32-bit-chunked double accumulation bit for bit.
#[must_use]
pub fn parse_int(s: &[u16], radix: i32) -> f64 {
    let s = trim_start(s);
    let n = s.len();
    if n == 0 {
        return f64::NAN;
    }
    let mut i = 0;
    let mut negative = false;
    if s[0] == u16::from(b'+') || s[0] == u16::from(b'-') {
        negative = s[0] == u16::from(b'-');
        i = 1;
        if i == n {
            return f64::NAN;
        }
    }
    let signed_zero = if negative { -0.0 } else { 0.0 };
    if radix != 0 && !(2..=36).contains(&radix) {
        return f64::NAN;
    }
    let mut radix = radix as u32;
    let mut leading_zero = false;
    if radix == 0 || radix == 16 {
        let detect = radix == 0;
        if detect {
            radix = 10;
        }
        if s[i] == u16::from(b'0') {
            i += 1;
            if i == n {
                return signed_zero;
            }
            if s[i] == u16::from(b'x') || s[i] == u16::from(b'X') {
                radix = 16;
                i += 1;
                if i == n {
                    return f64::NAN;
                }
            } else {
                leading_zero = true;
            }
        }
    }
    // Skip leading zeros.
    while s[i] == u16::from(b'0') {
        leading_zero = true;
        i += 1;
        if i == n {
            return signed_zero;
        }
    }
    let digits_end = s[i..]
        .iter()
        .position(|&c| digit_in_radix(c, radix).is_none())
        .map_or(n, |p| i + p);
    let digits = &s[i..digits_end];
    if digits.is_empty() {
        return if leading_zero { signed_zero } else { f64::NAN };
    }
    let magnitude = match radix {
        10 => parse_int_decimal(digits),
        2 => parse_pow2_digits(digits, 1),
        4 => parse_pow2_digits(digits, 2),
        8 => parse_pow2_digits(digits, 3),
        16 => parse_pow2_digits(digits, 4),
        32 => parse_pow2_digits(digits, 5),
        _ => parse_int_generic(digits, radix),
    };
    if negative { -magnitude } else { magnitude }
}

/// Radix-10 `parseInt` digits (no leading zeros): correctly rounded; 310 or
/// more digits are at least 1e309 and hence `Infinity` (V8 truncates its
/// buffer there with the same effect).
fn parse_int_decimal(digits: &[u16]) -> f64 {
    if digits.len() > 309 {
        return f64::INFINITY;
    }
    parse_decimal_ascii(digits)
}

/// V8's `NumberParseIntHelper::HandleGenericCase`: accumulate chunks whose
/// multiplier stays within 32 bits, folding each chunk in with one double
/// multiply and one double add (separately rounded, no FMA).
fn parse_int_generic(digits: &[u16], radix: u32) -> f64 {
    const MAXIMUM_MULTIPLIER: u32 = 0xFFFF_FFFF / 36;
    let mut result = 0.0f64;
    let mut i = 0;
    let n = digits.len();
    let mut done = false;
    while !done {
        let mut part: u32 = 0;
        let mut multiplier: u32 = 1;
        loop {
            if i == n {
                done = true;
                break;
            }
            let d = digit_in_radix(digits[i], radix).unwrap_or(0);
            let m = multiplier.wrapping_mul(radix);
            if m > MAXIMUM_MULTIPLIER {
                break;
            }
            part = part.wrapping_mul(radix).wrapping_add(d);
            multiplier = m;
            i += 1;
        }
        let product = result * f64::from(multiplier);
        result = product + f64::from(part);
    }
    result
}
