//! `Number::toString(x)` (radix 10): shortest round-trip digits.

use alloc::string::String;
use alloc::vec::Vec;

/// Two ASCII digits for every value 0..=99, used by the integer fast path.
const DIGIT_PAIRS: &[u8; 200] = b"\
0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// Returns `Some(i)` when `x` is exactly an int32 value (`-0` maps to `0`,
/// which is also what `ToString(-0)` prints).
#[inline]
pub(crate) fn as_int32(x: f64) -> Option<i32> {
    // `as` saturates and maps NaN to 0; the round trip rejects all of those.
    let i = x as i32;
    if i as f64 == x { Some(i) } else { None }
}

/// Writes the decimal digits of `n` right-aligned into `buf` and returns the
/// index of the first digit.
#[inline]
pub(crate) fn write_u64_digits(mut n: u64, buf: &mut [u8; 20]) -> usize {
    let mut pos = buf.len();
    while n >= 100 {
        let pair = (n % 100) as usize * 2;
        n /= 100;
        pos -= 2;
        buf[pos] = DIGIT_PAIRS[pair];
        buf[pos + 1] = DIGIT_PAIRS[pair + 1];
    }
    if n >= 10 {
        let pair = n as usize * 2;
        pos -= 2;
        buf[pos] = DIGIT_PAIRS[pair];
        buf[pos + 1] = DIGIT_PAIRS[pair + 1];
    } else {
        pos -= 1;
        buf[pos] = b'0' + n as u8;
    }
    pos
}

/// Reusable stack buffer that formats numbers as `Number::toString(x)`
/// without any heap allocation: `buf.format(1e21)` is `"1e+21"`,
/// `buf.format(-42.0)` is `"-42"`.
#[derive(Clone, Copy)]
pub struct NumberToStringBuffer {
    ryu: ryu_js::Buffer,
    int: [u8; 20],
    int_start: usize,
}

impl Default for NumberToStringBuffer {
    fn default() -> Self {
        Self::new()
    }
}

impl core::fmt::Debug for NumberToStringBuffer {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("NumberToStringBuffer")
    }
}

impl NumberToStringBuffer {
    /// Creates an empty buffer (cheap: no initialization of the storage
    /// beyond a small integer scratch area).
    #[inline]
    #[must_use]
    pub fn new() -> Self {
        NumberToStringBuffer {
            ryu: ryu_js::Buffer::new(),
            int: [0; 20],
            int_start: 20,
        }
    }

    /// Formats `x` exactly like ES `Number::toString(x)` (and V8) and
    /// returns the text, which borrows this buffer. At most 25 bytes.
    #[inline]
    pub fn format(&mut self, x: f64) -> &str {
        if let Some(i) = as_int32(x) {
            return self.format_int(i);
        }
        // Handles NaN, Infinity, -Infinity itself; every finite non-int32
        // value gets ECMAScript shortest round-trip formatting.
        self.ryu.format(x)
    }

    #[inline]
    fn format_int(&mut self, i: i32) -> &str {
        let mut pos = write_u64_digits(i.unsigned_abs() as u64, &mut self.int);
        if i < 0 {
            pos -= 1;
            self.int[pos] = b'-';
        }
        self.int_start = pos;
        // The bytes written are ASCII digits and '-', always valid UTF-8.
        core::str::from_utf8(&self.int[self.int_start..]).unwrap_or("")
    }
}

/// ES `Number::toString(x)` with radix 10, identical to V8:
/// shortest round-trip digits, plain notation for `1e-7 < |x| < 1e21`,
/// exponent notation (`1e+21`, `1e-7`, `1.23e-18`) outside, `-0` → `"0"`,
/// `"NaN"`, `"Infinity"`, `"-Infinity"`. Int32-valued inputs take an
/// integer fast path. The only allocation is the returned string.
#[must_use]
pub fn number_to_string(x: f64) -> String {
    let mut buf = NumberToStringBuffer::new();
    let s = buf.format(x);
    let mut out = String::with_capacity(s.len());
    out.push_str(s);
    out
}

/// Appends `Number::toString(x)` (see [`number_to_string`]) to `out`
/// without any intermediate allocation.
pub fn write_number_to_string(x: f64, out: &mut String) {
    let mut buf = NumberToStringBuffer::new();
    out.push_str(buf.format(x));
}

/// Appends `Number::toString(x)` (see [`number_to_string`]) to a UTF-16
/// buffer (the output is ASCII, so each byte becomes one code unit).
pub fn push_number_to_utf16(x: f64, out: &mut Vec<u16>) {
    let mut buf = NumberToStringBuffer::new();
    let s = buf.format(x);
    out.extend(s.bytes().map(u16::from));
}

/// Shortest round-trip decimal digits of a finite, non-zero `|x|`:
/// fills `digits` with ASCII digits (no leading/trailing zeros) and returns
/// `(len, point)` such that `|x| ≈ 0.d₁d₂…d_len × 10^point`.
pub(crate) fn shortest_digits(x: f64, digits: &mut [u8; 20]) -> (usize, i32) {
    let mut buf = ryu_js::Buffer::new();
    let s = buf.format_finite(x).as_bytes();
    let mut len = 0usize;
    let mut int_digits: i32 = 0; // digits before '.' (including zeros)
    let mut seen_point = false;
    let mut exp: i32 = 0;
    let mut leading_zeros: i32 = 0; // zeros skipped before the first non-zero digit
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        match c {
            b'0'..=b'9' => {
                if len == 0 && c == b'0' {
                    if !seen_point {
                        int_digits += 1;
                    }
                    leading_zeros += 1;
                } else {
                    if len < digits.len() {
                        digits[len] = c;
                        len += 1;
                    }
                    if !seen_point {
                        int_digits += 1;
                    }
                }
            }
            b'.' => seen_point = true,
            b'e' => {
                let mut neg = false;
                let mut j = i + 1;
                if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
                    neg = s[j] == b'-';
                    j += 1;
                }
                while j < s.len() {
                    exp = exp * 10 + i32::from(s[j].wrapping_sub(b'0'));
                    j += 1;
                }
                if neg {
                    exp = -exp;
                }
                break;
            }
            _ => {} // '-' sign
        }
        i += 1;
    }
    // Leading zeros before the point don't count as integer digits; zeros
    // after the point shift the point left.
    let point = if int_digits > leading_zeros {
        int_digits
    } else {
        // "0.000123": int_digits = 1 ("0"), leading_zeros = 4.
        int_digits - leading_zeros
    };
    let mut point = point + exp;
    while len > 1 && digits[len - 1] == b'0' {
        len -= 1;
    }
    if len == 0 {
        digits[0] = b'0';
        len = 1;
        point = 1;
    }
    (len, point)
}
