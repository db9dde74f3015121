//! No input may make the date module panic (overflow checks are on in test
//! builds): random bit patterns for the numeric functions, random text for
//! the parser, and a few invariants that must hold over the whole range.

use engine_core::date::{self, FieldUpdate, FixedOffset, LocalTimeZone, Utc};

/// xorshift64*: deterministic, no dependencies.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn f64_any(&mut self) -> f64 {
        match self.below(4) {
            0 => f64::from_bits(self.next()),
            1 => (self.below(2 * 8_640_000_000_000_001) as f64) - 8.64e15,
            2 => [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -0.0, 0.0, f64::MAX, f64::MIN, 5e-324]
                [self.below(8) as usize],
            _ => (self.below(4_000_000) as f64 - 2_000_000.0) / [1.0, 7.0, 0.001][self.below(3) as usize],
        }
    }
}

/// A zone that answers garbage, to check the module never trusts it blindly.
struct Hostile;

impl LocalTimeZone for Hostile {
    fn offset_ms(&self, utc_ms: f64) -> f64 {
        if utc_ms.is_nan() { f64::NAN } else { utc_ms * 1e300 }
    }
    fn offset_for_local_ms(&self, local_ms: f64) -> f64 {
        -local_ms * 3.0
    }
    fn name(&self, _utc_ms: f64) -> String {
        "\u{0})(".into()
    }
}

#[test]
fn numeric_functions_never_panic() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let zones: [&dyn LocalTimeZone; 3] = [&Utc, &FixedOffset::with_gmt_name(-720), &Hostile];
    for _ in 0..200_000 {
        let (a, b, c, d) = (rng.f64_any(), rng.f64_any(), rng.f64_any(), rng.f64_any());
        let tz = zones[rng.below(3) as usize];
        let _ = date::day(a);
        let _ = date::time_within_day(a);
        let _ = date::days_in_year(a);
        let _ = date::day_from_year(a);
        let _ = date::time_from_year(a);
        let _ = date::year_from_time(a);
        let _ = date::in_leap_year(a);
        let _ = date::month_from_time(a);
        let _ = date::date_from_time(a);
        let _ = date::week_day(a);
        let _ = date::hour_from_time(a);
        let _ = date::min_from_time(a);
        let _ = date::sec_from_time(a);
        let _ = date::ms_from_time(a);
        let _ = date::make_time(a, b, c, d);
        let _ = date::make_day(a, b, c);
        let _ = date::make_date(a, b);
        let _ = date::time_clip(a);
        let _ = date::local_time(a, tz);
        let _ = date::utc(a, tz);
        let _ = date::local_to_time_value(a, tz);
        let _ = date::date_utc(&[a, b, c, d, a, b, c, d]);
        let _ = date::date_from_local_args(&[a, b, c], tz);
        let _ = date::timezone_offset(a, tz);
        let _ = date::get_year(a, tz);
        let _ = date::set_year(a, b, tz);
        let upd = FieldUpdate { year: Some(b), month: None, date: Some(c), hours: Some(d), ..Default::default() };
        let _ = date::set_fields(a, &upd, Some(tz));
        let _ = date::set_fields(a, &upd, None);
        let _ = date::to_string(a, tz);
        let _ = date::to_date_string(a, tz);
        let _ = date::to_time_string(a, tz);
        let _ = date::to_utc_string(a);
        let _ = date::to_iso_string(a);
        let _ = date::to_locale_string(a, tz);
        let _ = date::to_locale_date_string(a, tz);
        let _ = date::to_locale_time_string(a, tz);
    }
}

#[test]
fn parser_never_panics() {
    let mut rng = Rng(0xfeed_beef_0bad_f00d);
    let pieces: &[&str] = &[
        "0", "9", "00", "12", "31", "59", "99", "2020", "000000", "999999999", "99999999999999",
        "-", "+", ":", "::", ".", ",", "/", " ", "\t", "\u{a0}", "\u{2028}", "(", ")", "T", "Z", "z",
        "GMT", "UTC", "PST", "Jan", "December", "am", "PM", "x", "\u{0}", "é", "😀", "24", "60",
    ];
    let zones: [&dyn LocalTimeZone; 3] = [&Utc, &FixedOffset::with_gmt_name(330), &Hostile];
    for _ in 0..100_000 {
        let mut s = String::new();
        for _ in 0..rng.below(12) {
            s.push_str(pieces[rng.below(pieces.len() as u64) as usize]);
        }
        let tz = zones[rng.below(3) as usize];
        let v = date::parse(&s, tz);
        let units: Vec<u16> = s.encode_utf16().collect();
        let w = date::parse_utf16(&units, tz);
        assert!(v.to_bits() == w.to_bits() || (v.is_nan() && w.is_nan()), "{s:?}");
        assert!(v.is_nan() || v.abs() <= 8.64e15, "{s:?} -> {v}");
        // Raw code units, lone surrogates included.
        let raw: Vec<u16> = (0..rng.below(20)).map(|_| rng.next() as u16).collect();
        let _ = date::parse_utf16(&raw, tz);
    }
}

#[test]
fn formats_round_trip_through_parse() {
    // Every V8 output format that V8 itself can read back.
    let mut rng = Rng(42);
    let zones: [&dyn LocalTimeZone; 3] =
        [&Utc, &FixedOffset::with_gmt_name(60), &FixedOffset::with_gmt_name(-570)];
    for _ in 0..20_000 {
        // Years 100..=9999: V8 cannot read back negative years from the
        // legacy forms, and reads legacy years 0..=99 as 1950..=2049.
        let t = (rng.below(253_402_300_800_000 + 59_011_459_200_000) as f64) - 59_011_459_200_000.0;
        let tz = zones[rng.below(3) as usize];
        let whole_seconds = t - date::ms_from_time(t);
        assert_eq!(date::parse(&date::to_iso_string(t).unwrap(), tz), t);
        assert_eq!(date::parse(&date::to_utc_string(t), tz), whole_seconds);
        assert_eq!(date::parse(&date::to_string(t, tz), tz), whole_seconds);
        let midnight = date::parse(&date::to_date_string(t, tz), tz);
        assert_eq!(date::to_date_string(midnight, tz), date::to_date_string(t, tz));
    }
}

#[test]
fn calendar_invariants() {
    let mut rng = Rng(7);
    for _ in 0..200_000 {
        let t = (rng.below(2 * 8_640_000_000_000_001) as f64) - 8.64e15;
        let y = date::year_from_time(t);
        assert!(date::time_from_year(y) <= t && t < date::time_from_year(y + 1.0), "{t}");
        let m = date::month_from_time(t);
        let d = date::date_from_time(t);
        let rebuilt = date::make_date(date::make_day(y, m, d), date::time_within_day(t));
        assert_eq!(rebuilt, t);
        assert_eq!(date::day(t), libm_floor(t / 864e5));
        let f = date::utc_fields(t).unwrap();
        assert_eq!(
            date::make_time(f.hours.into(), f.minutes.into(), f.seconds.into(), f.ms.into()),
            date::time_within_day(t)
        );
    }
}

fn libm_floor(x: f64) -> f64 {
    x.floor()
}
