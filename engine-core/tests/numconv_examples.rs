//! Hand-picked examples (expected values taken from node v20) plus a
//! no-panic sweep over hostile inputs.

use engine_core::numconv::*;

fn u(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

fn same(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

#[test]
fn to_string_examples() {
    for (x, s) in [
        (1e21, "1e+21"),
        (1e-7, "1e-7"),
        (123e-20, "1.23e-18"),
        (-0.0, "0"),
        (f64::NAN, "NaN"),
        (f64::INFINITY, "Infinity"),
        (f64::NEG_INFINITY, "-Infinity"),
        (1e-6, "0.000001"),
        (999999999999999900000.0, "999999999999999900000"),
        (0.1 + 0.2, "0.30000000000000004"),
        (5e-324, "5e-324"),
        (f64::MAX, "1.7976931348623157e+308"),
        (2147483648.0, "2147483648"),
        (-2147483648.0, "-2147483648"),
        (9007199254740994.0, "9007199254740994"),
    ] {
        assert_eq!(number_to_string(x), s, "{x:?}");
        let mut out = String::from(">");
        write_number_to_string(x, &mut out);
        assert_eq!(&out[1..], s);
        assert_eq!(NumberToStringBuffer::new().format(x), s);
    }
}

#[test]
fn radix_examples() {
    for (x, r, s) in [
        (0.5, 2, "0.1"),
        (0.1, 3, "0.0022002200220022002200220022002201"),
        (255.5, 16, "ff.8"),
        (-255.0, 36, "-73"),
        (1e21, 36, "5v1j4f4ds7c000"),
        (
            2f64.powi(60),
            2,
            "1000000000000000000000000000000000000000000000000000000000000",
        ),
        (core::f64::consts::PI, 7, "3.066365143203613411"),
        (-0.0, 2, "0"),
        (f64::NAN, 16, "NaN"),
        (f64::NEG_INFINITY, 2, "-Infinity"),
        (0.1, 10, "0.1"),
        (1e21, 10, "1e+21"),
    ] {
        assert_eq!(number_to_string_radix(x, r), s, "{x:?} radix {r}");
    }
    let tiny = number_to_string_radix(5e-324, 2);
    assert_eq!(tiny.len(), 1076);
    assert!(tiny.starts_with("0.000") && tiny.ends_with("0001"));
}

#[test]
fn fixed_exp_prec_examples() {
    for (x, d, s) in [
        (1.005, 2, "1.00"),
        (1.45, 1, "1.4"),
        (0.5, 0, "1"),
        (2.5, 0, "3"),
        (-2.5, 0, "-3"),
        (-0.0, 2, "0.00"),
        (-1.5e-10, 2, "-0.00"),
        (1e21, 2, "1e+21"),
        (-1e21, 3, "-1e+21"),
        (123.456, 10, "123.4560000000"),
        (0.000001, 7, "0.0000010"),
        (
            1e-10,
            100,
            "0.0000000001000000000000000036432197315497741579165547065599639608990401029586791992187500000000000000",
        ),
    ] {
        assert_eq!(to_fixed(x, d), s, "{x:?}.toFixed({d})");
    }
    for (x, d, s) in [
        (123.456, None, "1.23456e+2"),
        (0.0, None, "0e+0"),
        (-0.0, Some(2), "0.00e+0"),
        (1.5, Some(0), "2e+0"),
        (2.5, Some(0), "3e+0"),
        (5e-324, None, "5e-324"),
        (5e-324, Some(3), "4.941e-324"),
        (1e21, None, "1e+21"),
        (12345.0, Some(2), "1.23e+4"),
    ] {
        assert_eq!(to_exponential(x, d), s, "{x:?}.toExponential({d:?})");
    }
    for (x, p, s) in [
        (0.000001234, 2, "0.0000012"),
        (123456.0, 2, "1.2e+5"),
        (0.0, 3, "0.00"),
        (-0.0, 1, "0"),
        (1e21, 3, "1.00e+21"),
        (123.456, 4, "123.5"),
        (0.00000123, 3, "0.00000123"),
        (99.99, 3, "100"),
    ] {
        assert_eq!(to_precision(x, p), s, "{x:?}.toPrecision({p})");
    }
}

#[test]
fn parse_examples() {
    for (s, r, v) in [
        ("9007199254740993", 0, 9007199254740992.0),
        ("0x1fffffffffffff1", 0, 144115188075855860.0),
        ("-0", 0, -0.0),
        ("  -0x1A", 0, -26.0),
        ("0x", 16, f64::NAN),
        ("12abc", 10, 12.0),
        ("zz", 36, 1295.0),
        ("1", 1, f64::NAN),
        ("1", 37, f64::NAN),
        ("08", 0, 8.0),
        ("-0.5", 0, -0.0),
    ] {
        assert!(same(parse_int(&u(s), r), v), "parseInt({s:?}, {r})");
    }
    for (s, v) in [
        ("0x1fffffffffffff1", 144115188075855860.0),
        ("-0x10", f64::NAN),
        ("  12  ", 12.0),
        ("", 0.0),
        ("1e", f64::NAN),
        ("5.", 5.0),
        (".5", 0.5),
        (".", f64::NAN),
        ("-0", -0.0),
        ("Infinity", f64::INFINITY),
        ("infinity", f64::NAN),
        ("0b101", 5.0),
        ("\u{180e}", f64::NAN),
        ("\u{feff}\u{3000}\u{2029}-1.5e3\u{a0}", -1500.0),
    ] {
        assert!(same(string_to_number(&u(s)), v), "Number({s:?})");
    }
    for (s, v) in [
        ("1e", 1.0),
        ("1e+", 1.0),
        (".e1", f64::NAN),
        ("-.5", -0.5),
        ("-0", -0.0),
        ("0x10", 0.0),
        ("Infinityx", f64::INFINITY),
        ("3.25abc", 3.25),
    ] {
        assert!(same(parse_float(&u(s)), v), "parseFloat({s:?})");
    }
}

#[test]
fn int_helpers() {
    assert_eq!(is_array_index(&u("0")), Some(0));
    assert_eq!(is_array_index(&u("4294967294")), Some(4294967294));
    assert_eq!(is_array_index(&u("4294967295")), None);
    assert_eq!(is_array_index(&u("01")), None);
    assert_eq!(is_array_index(&u("")), None);
    assert_eq!(f64_to_int32(4294967296.0 + 5.0), 5);
    assert_eq!(f64_to_int32(2147483648.0), -2147483648);
    assert_eq!(f64_to_uint32(-1.0), 4294967295);
    assert_eq!(f64_to_uint16(65537.9), 1);
    assert_eq!(f64_to_int32(1e300), 0);
    assert_eq!(
        f64_to_int32(-(2f64.powi(80)) - 2f64.powi(28) * 3.0),
        -805306368
    );
    assert_eq!(f64_to_int32(2f64.powi(62) + 2f64.powi(31)), -2147483648);
    for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -0.0] {
        assert_eq!(
            (f64_to_int32(x), f64_to_uint32(x), f64_to_uint16(x)),
            (0, 0, 0)
        );
    }
}

/// Hostile inputs must never panic (this test is meaningful in debug
/// builds, where arithmetic overflow panics).
#[test]
fn never_panics() {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut xs = vec![
        0.0,
        -0.0,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MAX,
        -f64::MAX,
        f64::MIN_POSITIVE,
        5e-324,
        -5e-324,
        1e21,
        -1e21,
        0.5,
        -0.5,
    ];
    for _ in 0..3000 {
        xs.push(f64::from_bits(next()));
    }
    for &x in &xs {
        let _ = number_to_string(x);
        for r in [0, 1, 2, 3, 10, 16, 35, 36, 37, u32::MAX] {
            let _ = number_to_string_radix(x, r);
        }
        for d in [0, 1, 20, 21, 22, 23, 99, 100, 101, u32::MAX] {
            let _ = to_fixed(x, d);
            let _ = to_exponential(x, Some(d));
            let _ = to_precision(x, d);
        }
        let _ = to_exponential(x, None);
        let _ = (f64_to_int32(x), f64_to_uint32(x), f64_to_uint16(x));
    }
    // Out-of-range digit arguments are clamped.
    assert_eq!(to_fixed(1.0, 1000), to_fixed(1.0, 100));
    assert_eq!(to_precision(1.0, 0), "1");
    assert_eq!(number_to_string_radix(5.0, 1), "101");

    let pieces: Vec<Vec<u16>> = [
        "", " ", "-", "+", "0", "00", "0x", "0X", "0b", "0o", "x", ".", "e", "E", "e+", "e-",
        "Infinity", "Inf", "9", "5", "1", "z", "Z", "\u{3000}", "\u{ffff}", "\u{0}", "1e400",
        "1e-400",
    ]
    .iter()
    .map(|s| u(s))
    .chain([vec![0xD800], vec![0xDC00, 0x31]])
    .collect();
    for _ in 0..20_000 {
        let mut s = Vec::new();
        for _ in 0..(next() % 8) {
            s.extend_from_slice(&pieces[(next() % pieces.len() as u64) as usize]);
        }
        let _ = string_to_number(&s);
        let _ = parse_float(&s);
        let _ = is_array_index(&s);
        for r in [i32::MIN, -1, 0, 1, 2, 7, 10, 16, 32, 36, 37, i32::MAX] {
            let _ = parse_int(&s, r);
        }
    }
    // Very long inputs.
    let long: Vec<u16> = std::iter::repeat_n(u16::from(b'7'), 100_000).collect();
    assert_eq!(string_to_number(&long), f64::INFINITY);
    assert_eq!(parse_int(&long, 0), f64::INFINITY);
    assert_eq!(parse_int(&long, 8), f64::INFINITY);
    assert_eq!(parse_int(&long, 9), f64::INFINITY);
    let mut tiny = u("0.");
    tiny.extend(std::iter::repeat_n(u16::from(b'0'), 100_000));
    tiny.push(u16::from(b'1'));
    assert_eq!(string_to_number(&tiny), 0.0);
    assert_eq!(parse_float(&tiny), 0.0);
}
