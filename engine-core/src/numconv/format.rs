//! `Number.prototype.toFixed`, `toExponential` and `toPrecision`.
//!
//! All three work from the *exact* decimal expansion of the binary double
//! (not from its shortest representation), rounding ties away from zero —
//! the spec's "if there are two such n, pick the larger n" applied to `|x|`.
//! That is what V8's `DoubleToFixedCString`, `DoubleToExponentialCString`
//! and `DoubleToPrecisionCString` produce, so `(1.005).toFixed(2)` is
//! `"1.00"` (1.005 is really 1.00499999999999989…) while `(0.5).toFixed(0)`
//! is `"1"` and `(2.5).toFixed(0)` is `"3"`.

use alloc::string::String;

use super::bignum::Big;
use super::tostring::{number_to_string, shortest_digits, write_u64_digits};

/// The largest `fractionDigits` / precision argument the spec allows (100).
pub const MAX_FRACTION_DIGITS: u32 = 100;

/// Capacity for generated digits: up to 21 integer digits plus 100 fraction
/// digits for `toFixed`, plus one for a rounding carry.
const DIGITS_CAP: usize = 128;

/// Decimal digits of a double: `value = 0.d[0..len] × 10^point`.
struct Digits {
    d: [u8; DIGITS_CAP],
    len: usize,
    point: i32,
}

impl Digits {
    fn zero(point: i32) -> Digits {
        Digits {
            d: [b'0'; DIGITS_CAP],
            len: 0,
            point,
        }
    }

    /// The digit at index `i` (`'0'` beyond the generated ones).
    #[inline]
    fn at(&self, i: i32) -> u8 {
        if i >= 0 && (i as usize) < self.len {
            self.d[i as usize]
        } else {
            b'0'
        }
    }
}

/// Rounding target for [`exact_digits`].
#[derive(Clone, Copy)]
enum Mode {
    /// `p` significant digits (1..=100).
    Precision(u32),
    /// Digits down to the 10^-f position (f in 0..=100).
    Fixed(u32),
}

/// Splits a finite positive double into `(m, e)` with `v = m · 2^e`.
#[inline]
fn decompose(v: f64) -> (u64, i32) {
    let bits = v.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    }
}

/// 10^0 ..= 10^19.
const POW10_U64: [u64; 20] = {
    let mut t = [1u64; 20];
    let mut i = 1;
    while i < 20 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// `(floor(num / den), 2·rem >= den)` for `num/den = m · 2^e · 10^s`, when
/// everything fits in u128 and the quotient fits in u64; `None` otherwise.
fn ratio_round(m: u64, e: i32, s: i32) -> Option<(u64, bool)> {
    let m = u128::from(m);
    let (q, round) = if s >= 0 {
        if s > 38 {
            return None;
        }
        let num = m.checked_mul(10u128.pow(s as u32))?;
        if e >= 0 {
            if num.leading_zeros() <= e as u32 {
                return None;
            }
            (num << e, false)
        } else {
            let k = (-e) as u32;
            if k >= 128 {
                return None;
            }
            (num >> k, (num >> (k - 1)) & 1 != 0)
        }
    } else {
        let t = (-s) as u32;
        if t > 38 {
            return None;
        }
        let pow = 10u128.pow(t);
        let (num, den) = if e >= 0 {
            if m.leading_zeros() <= e as u32 {
                return None;
            }
            (m << e, pow)
        } else {
            let k = (-e) as u32;
            if pow.leading_zeros() <= k {
                return None;
            }
            (m, pow << k)
        };
        let q = num / den;
        let r = num - q * den;
        (q, r >= den - r)
    };
    let q = u64::try_from(q).ok()?;
    Some((q, round))
}

/// Fast path of [`exact_digits`] for `Mode::Precision(p)` with `p <= 19`
/// when the scaled value fits in 128-bit integers (nearly every double of
/// moderate magnitude).
fn precision_fast(v: f64, p: u32) -> Option<Digits> {
    if p == 0 || p > 19 {
        return None;
    }
    let (m, e) = decompose(v);
    let e2 = e + (63 - m.leading_zeros() as i32);
    let mut k = ((i64::from(e2) * 78_913) >> 18) as i32;
    let hi = POW10_U64[p as usize];
    let lo = POW10_U64[p as usize - 1];
    for _ in 0..3 {
        // q ≈ v · 10^(p-1-k) should land in [10^(p-1), 10^p).
        let (q, round) = ratio_round(m, e, p as i32 - 1 - k)?;
        if q >= hi {
            k += 1;
            continue;
        }
        if q < lo {
            k -= 1;
            continue;
        }
        let mut q = q + u64::from(round);
        let mut point = k + 1;
        if q == hi {
            q /= 10;
            point += 1;
        }
        let mut ds = Digits::zero(point);
        let mut i = p as usize;
        while i > 0 {
            i -= 1;
            ds.d[i] = b'0' + (q % 10) as u8;
            q /= 10;
        }
        ds.len = p as usize;
        return Some(ds);
    }
    None
}

/// Exact decimal digits of a finite `v > 0`, rounded half-up (ties away from
/// zero) at the position selected by `mode`.
fn exact_digits(v: f64, mode: Mode) -> Digits {
    if let Mode::Precision(p) = mode
        && let Some(ds) = precision_fast(v, p)
    {
        return ds;
    }
    let (m, e) = decompose(v);
    // 2^e2 <= v < 2^(e2+1)
    let e2 = e + (63 - m.leading_zeros() as i32);
    // floor(e2 · log10(2)) via fixed point; k_est <= floor(log10 v) <= k_est + 1.
    let mut k = ((i64::from(e2) * 78_913) >> 18) as i32;

    // num / den = v / 10^k
    let mut num = Big::from_u64(m);
    let mut den = Big::from_u64(1);
    if e > 0 {
        num.shl(e as u32);
    } else {
        den.shl((-e) as u32);
    }
    if k > 0 {
        den.mul_pow10(k as u32);
    } else {
        num.mul_pow10((-k) as u32);
    }
    // Fix the estimate so that 1 <= num/den < 10.
    let mut den10 = den;
    den10.mul_small(10);
    if num.cmp(&den10) != core::cmp::Ordering::Less {
        den = den10;
        k += 1;
    }
    while num.cmp(&den) == core::cmp::Ordering::Less {
        // Not reachable with a correct estimate; kept for robustness.
        num.mul_small(10);
        k -= 1;
    }
    let point = k + 1;

    let count: i32 = match mode {
        Mode::Precision(p) => p as i32,
        Mode::Fixed(f) => point + f as i32,
    };
    let mut out = Digits::zero(point);
    if count < 0 {
        // v < 10^point <= 10^-(f+1): rounds to zero.
        return out;
    }
    let count = (count as usize).min(DIGITS_CAP - 1);

    if count == 0 {
        // The rounding position is 10^point itself: v rounds up to 10^point
        // iff v >= 0.5 · 10^point, i.e. num/den >= 5.
        let mut den5 = den;
        den5.mul_small(5);
        if num.cmp(&den5) != core::cmp::Ordering::Less {
            out.d[0] = b'1';
            out.len = 1;
            out.point = point + 1;
        }
        return out;
    }

    for i in 0..count {
        if i > 0 {
            num.mul_small(10);
        }
        let digit = num.div_rem_digit(&den).min(9);
        out.d[i] = b'0' + digit as u8;
    }
    out.len = count;
    // Remainder num/den is the fraction of one unit in the last place.
    if num.cmp_twice(&den) != core::cmp::Ordering::Less {
        round_up(&mut out);
    }
    out
}

/// Adds one unit in the last place of `digits` (carrying into a new leading
/// `1` when all digits are 9).
fn round_up(digits: &mut Digits) {
    let mut i = digits.len;
    while i > 0 {
        i -= 1;
        if digits.d[i] == b'9' {
            digits.d[i] = b'0';
        } else {
            digits.d[i] += 1;
            return;
        }
    }
    // All nines: 999 -> 1000, one more integer digit.
    if digits.len < DIGITS_CAP {
        digits.d.copy_within(0..digits.len, 1);
        digits.d[0] = b'1';
        digits.len += 1;
    } else {
        digits.d[0] = b'1';
    }
    digits.point += 1;
}

fn non_finite(x: f64) -> &'static str {
    if x.is_nan() {
        "NaN"
    } else if x > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
}

/// `Number.prototype.toFixed(digits)` exactly as V8 prints it.
///
/// * `digits` must be in `0..=100` ([`MAX_FRACTION_DIGITS`]); the caller
///   throws the spec's `RangeError` for anything else (ToIntegerOrInfinity,
///   then the range check, *before* looking at `x`). Larger values are
///   clamped to 100 here rather than panicking.
/// * Non-finite `x` gives `"NaN"`, `"Infinity"`, `"-Infinity"`;
///   `|x| >= 1e21` gives `Number::toString(x)`.
/// * Otherwise the exact binary value is rounded to `digits` decimals with
///   ties away from zero; a `-` is printed for every `x < 0` (so
///   `(-1.5e-10).toFixed(2)` is `"-0.00"`) but not for `-0`.
#[must_use]
pub fn to_fixed(x: f64, digits: u32) -> String {
    let f = digits.min(MAX_FRACTION_DIGITS);
    if !x.is_finite() {
        return String::from(non_finite(x));
    }
    let negative = x < 0.0;
    let v = if negative { -x } else { x };
    if v >= 1e21 {
        return number_to_string(x);
    }
    let mut out = String::with_capacity(24 + f as usize);
    if negative {
        out.push('-');
    }
    if fixed_fast(v, f, &mut out) {
        return out;
    }
    let ds = if v == 0.0 {
        Digits::zero(1)
    } else {
        exact_digits(v, Mode::Fixed(f))
    };
    // Integer part: digits at indices 0..point ("0" if point <= 0).
    if ds.point <= 0 {
        out.push('0');
    } else {
        for i in 0..ds.point {
            out.push(ds.at(i) as char);
        }
    }
    if f > 0 {
        out.push('.');
        for i in 0..f as i32 {
            out.push(ds.at(ds.point + i) as char);
        }
    }
    out
}

/// u128 fast path for `toFixed`: `v = m·2^e < 1e21`, `f <= 22`, so
/// `m · 10^f < 2^127` and the rounding is a shift plus one bit test.
/// Returns false (writing nothing) when it does not apply.
fn fixed_fast(v: f64, f: u32, out: &mut String) -> bool {
    if f > 22 {
        return false;
    }
    let (m, e) = decompose(v);
    let pow = 10u128.pow(f);
    let scaled: u128 = if e >= 0 {
        // Integer below 1e21 < 2^70; times 10^f must stay below 2^128.
        if e > 70 || f > 17 {
            return false;
        }
        (u128::from(m) << e) * pow
    } else {
        let n = u128::from(m) * pow; // < 2^53 · 10^22 < 2^127
        let k = (-e) as u32;
        if k >= 128 {
            0 // v·10^f < 2^127 / 2^128 < 1/2: rounds to zero
        } else {
            let q = n >> k;
            let half = (n >> (k - 1)) & 1;
            q + half
        }
    };
    // Print `scaled` with at least f+1 digits, '.' before the last f.
    let mut buf = [0u8; 40];
    let mut pos = buf.len();
    let mut n = scaled;
    while n > 0 {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    let ndig = buf.len() - pos;
    let want = f as usize + 1;
    if ndig < want {
        for _ in 0..want - ndig {
            pos -= 1;
            buf[pos] = b'0';
        }
    }
    let s = &buf[pos..];
    let int_len = s.len() - f as usize;
    for &c in &s[..int_len] {
        out.push(c as char);
    }
    if f > 0 {
        out.push('.');
        for &c in &s[int_len..] {
            out.push(c as char);
        }
    }
    true
}

/// Appends `d₁[.d₂…]e±X` with `significant` digits (padding with zeros).
fn push_exponential(out: &mut String, ds: &Digits, significant: usize) {
    out.push(ds.at(0) as char);
    if significant > 1 {
        out.push('.');
        for i in 1..significant {
            out.push(ds.at(i as i32) as char);
        }
    }
    out.push('e');
    let exponent = ds.point - 1;
    out.push(if exponent < 0 { '-' } else { '+' });
    let mut buf = [0u8; 20];
    let pos = write_u64_digits(u64::from(exponent.unsigned_abs()), &mut buf);
    for &c in &buf[pos..] {
        out.push(c as char);
    }
}

/// `Number.prototype.toExponential(digits)` exactly as V8 prints it.
///
/// * `digits = None` (`fractionDigits` undefined): as many digits as needed
///   to round-trip (the shortest representation), e.g. `123.456` →
///   `"1.23456e+2"`.
/// * `digits = Some(f)`: `f + 1` significant digits of the exact value,
///   ties away from zero. `f` must be in `0..=100`; the caller throws the
///   `RangeError` (the spec checks the range only *after* handling
///   non-finite `x`). Larger values are clamped to 100.
/// * Non-finite `x` gives `"NaN"`, `"Infinity"`, `"-Infinity"`; `±0` gives
///   `"0e+0"` / `"0.00e+0"` (no sign for `-0`).
#[must_use]
pub fn to_exponential(x: f64, digits: Option<u32>) -> String {
    if !x.is_finite() {
        return String::from(non_finite(x));
    }
    let negative = x < 0.0;
    let v = if negative { -x } else { x };
    let mut out = String::with_capacity(32);
    if negative {
        out.push('-');
    }
    let (ds, significant) = match digits {
        None => {
            let ds = if v == 0.0 { zero_digits() } else { shortest(v) };
            let n = ds.len.max(1);
            (ds, n)
        }
        Some(f) => {
            let f = f.min(MAX_FRACTION_DIGITS);
            let ds = if v == 0.0 {
                zero_digits()
            } else {
                exact_digits(v, Mode::Precision(f + 1))
            };
            (ds, f as usize + 1)
        }
    };
    push_exponential(&mut out, &ds, significant);
    out
}

/// The digits of zero as V8's DoubleToAscii reports them: "0", point 1.
fn zero_digits() -> Digits {
    let mut ds = Digits::zero(1);
    ds.d[0] = b'0';
    ds.len = 1;
    ds
}

fn shortest(v: f64) -> Digits {
    let mut tmp = [0u8; 20];
    let (len, point) = shortest_digits(v, &mut tmp);
    let mut ds = Digits::zero(point);
    ds.d[..len].copy_from_slice(&tmp[..len]);
    ds.len = len;
    ds
}

/// `Number.prototype.toPrecision(p)` exactly as V8 prints it.
///
/// * `p` must be in `1..=100`; the caller handles `precision` undefined
///   (→ `Number::toString`) and throws the `RangeError` (after handling
///   non-finite `x`). Out-of-range values are clamped into `1..=100`.
/// * `p` significant digits of the exact value, ties away from zero;
///   exponent notation when the decimal exponent is `< -6` or `>= p`,
///   plain notation otherwise (`(0.000001234).toPrecision(2)` =
///   `"0.0000012"`, `(123456).toPrecision(2)` = `"1.2e+5"`).
/// * Non-finite `x` gives `"NaN"`, `"Infinity"`, `"-Infinity"`; `-0`
///   prints like `0`.
#[must_use]
pub fn to_precision(x: f64, p: u32) -> String {
    if !x.is_finite() {
        return String::from(non_finite(x));
    }
    let p = p.clamp(1, MAX_FRACTION_DIGITS);
    let negative = x < 0.0;
    let v = if negative { -x } else { x };
    let ds = if v == 0.0 {
        zero_digits()
    } else {
        exact_digits(v, Mode::Precision(p))
    };
    let exponent = ds.point - 1;
    let mut out = String::with_capacity(p as usize + 10);
    if negative {
        out.push('-');
    }
    if exponent < -6 || exponent >= p as i32 {
        push_exponential(&mut out, &ds, p as usize);
        return out;
    }
    if ds.point <= 0 {
        out.push_str("0.");
        for _ in 0..-ds.point {
            out.push('0');
        }
        for i in 0..p as i32 {
            out.push(ds.at(i) as char);
        }
    } else {
        for i in 0..ds.point {
            out.push(ds.at(i) as char);
        }
        if ds.point < p as i32 {
            out.push('.');
            for i in ds.point..p as i32 {
                out.push(ds.at(i) as char);
            }
        }
    }
    out
}
