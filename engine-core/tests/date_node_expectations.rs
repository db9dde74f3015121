//! Checks every line of `tests/data/date_node_expectations.txt.gz` (generated from
//! node by `tools/gen_node_expectations.js`) against `datetime::date`.

use engine_core::date::{self, FixedOffset, LocalTimeZone, Utc};

/// The expectation table (gzipped in the repository).
fn data() -> String {
    use std::io::Read;
    let raw = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/date_node_expectations.txt.gz")).expect("read table");
    let mut s = String::new();
    flate2::read::GzDecoder::new(&raw[..]).read_to_string(&mut s).expect("gunzip table");
    s
}

fn zone(label: &str) -> Box<dyn LocalTimeZone> {
    match label {
        "utc" => Box::new(Utc),
        "p60" => Box::new(FixedOffset::with_gmt_name(60)),
        "m300" => Box::new(FixedOffset::with_gmt_name(-300)),
        "p840" => Box::new(FixedOffset::with_gmt_name(840)),
        "berlin" => Box::new(Berlin),
        "monrovia" => Box::new(Monrovia),
        other => panic!("unknown zone label {other}"),
    }
}

/// Europe/Berlin under the EU rules (valid from 1996 on, which is all the
/// generator asks it about): CET (+1), CEST (+2) from the last Sunday of
/// March 01:00 UTC to the last Sunday of October 01:00 UTC. Wall-clock times
/// in a gap or overlap resolve to the offset in effect before the
/// transition, the contract `LocalTimeZone::offset_for_local_ms` documents.
struct Berlin;

impl Berlin {
    fn last_sunday_1am_utc(year: f64, month: f64) -> f64 {
        // Day after the month's last day, minus 1, minus its weekday.
        let last = date::make_day(year, month + 1.0, 0.0);
        let sunday = last - date::week_day(last * 864e5);
        date::make_date(sunday, 3_600_000.0)
    }
}

impl LocalTimeZone for Berlin {
    fn offset_ms(&self, utc_ms: f64) -> f64 {
        let y = date::year_from_time(utc_ms);
        let start = Self::last_sunday_1am_utc(y, 2.0);
        let end = Self::last_sunday_1am_utc(y, 9.0);
        if start <= utc_ms && utc_ms < end { 7_200_000.0 } else { 3_600_000.0 }
    }

    fn offset_for_local_ms(&self, local_ms: f64) -> f64 {
        let valid = |o: f64| self.offset_ms(local_ms - o) == o;
        match (valid(3_600_000.0), valid(7_200_000.0)) {
            (true, false) => 3_600_000.0,
            (false, true) => 7_200_000.0,
            // Overlap: the earlier instant (the offset before the change).
            (true, true) => 7_200_000.0,
            // Gap: the offset before the change.
            (false, false) => self.offset_ms(local_ms - 86_400_000.0),
        }
    }

    fn name(&self, utc_ms: f64) -> String {
        if self.offset_ms(utc_ms) == 7_200_000.0 {
            "Central European Summer Time".into()
        } else {
            "Central European Standard Time".into()
        }
    }
}

/// Africa/Monrovia between 1919 and 1972: a constant UTC-00:44:30, which is
/// not a whole number of minutes (the generator only asks about that era).
struct Monrovia;

impl LocalTimeZone for Monrovia {
    fn offset_ms(&self, _utc_ms: f64) -> f64 {
        -2_670_000.0
    }
    fn offset_for_local_ms(&self, _local_ms: f64) -> f64 {
        -2_670_000.0
    }
    fn name(&self, _utc_ms: f64) -> String {
        "Greenwich Mean Time".into()
    }
}

/// Parses a number as JavaScript's `String(x)` prints it (plus "-0").
fn num(s: &str) -> f64 {
    match s {
        "NaN" => f64::NAN,
        "Infinity" => f64::INFINITY,
        "-Infinity" => f64::NEG_INFINITY,
        _ => s.parse().unwrap_or_else(|_| panic!("bad number {s:?}")),
    }
}

/// Decodes a JSON string literal (or `null`).
fn json_str(s: &str) -> Option<String> {
    if s == "null" {
        return None;
    }
    let inner = s.strip_prefix('"').and_then(|x| x.strip_suffix('"')).expect("json string");
    let mut units: Vec<u16> = Vec::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u16; 2];
            units.extend_from_slice(c.encode_utf16(&mut buf));
            continue;
        }
        let e = chars.next().expect("escape");
        let u = match e {
            '"' => '"' as u16,
            '\\' => '\\' as u16,
            '/' => '/' as u16,
            'b' => 8,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'u' => {
                let hex: String = (0..4).map(|_| chars.next().expect("hex")).collect();
                u16::from_str_radix(&hex, 16).expect("hex")
            }
            other => panic!("bad escape {other}"),
        };
        units.push(u);
    }
    Some(String::from_utf16(&units).expect("valid utf-16 in expectation strings"))
}

fn json_units(s: &str) -> Vec<u16> {
    json_str(s).expect("string").encode_utf16().collect()
}

/// Same value, NaN equal to NaN, and +0 distinguished from -0.
fn same(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

struct Failures {
    list: Vec<String>,
    checked: usize,
}

impl Failures {
    fn num(&mut self, line: usize, what: &str, got: f64, want: f64) {
        self.checked += 1;
        if !same(got, want) {
            self.list.push(format!("line {line}: {what}: got {got:?}, want {want:?}"));
        }
    }

    fn text(&mut self, line: usize, what: &str, got: Option<&str>, want: Option<&str>) {
        self.checked += 1;
        if got != want {
            self.list.push(format!("line {line}: {what}: got {got:?}, want {want:?}"));
        }
    }
}

fn fields_of(s: &str) -> Vec<f64> {
    s.split(' ').filter(|x| !x.is_empty()).map(num).collect()
}

#[test]
fn node_expectations() {
    let mut f = Failures {
        list: Vec::new(),
        checked: 0,
    };
    let mut counts = std::collections::BTreeMap::<&str, usize>::new();
    let data = data();
    for (i, line) in data.lines().enumerate() {
        let n = i + 1;
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        *counts.entry(c[0]).or_default() += 1;
        match c[0] {
            "Z" => {
                let tz = zone(c[1]);
                f.text(n, "zone toString(0)", Some(&date::to_string(0.0, &*tz)), json_str(c[2]).as_deref());
            }
            "U" => {
                let x = num(c[1]);
                let tv = date::time_clip(x);
                f.num(n, &format!("TimeClip({x})"), tv, num(c[2]));
                f.num(n, "YearFromTime", date::year_from_time(tv), num(c[3]));
                f.num(n, "MonthFromTime", date::month_from_time(tv), num(c[4]));
                f.num(n, "DateFromTime", date::date_from_time(tv), num(c[5]));
                f.num(n, "WeekDay", date::week_day(tv), num(c[6]));
                f.num(n, "HourFromTime", date::hour_from_time(tv), num(c[7]));
                f.num(n, "MinFromTime", date::min_from_time(tv), num(c[8]));
                f.num(n, "SecFromTime", date::sec_from_time(tv), num(c[9]));
                f.num(n, "msFromTime", date::ms_from_time(tv), num(c[10]));
                f.text(n, "toUTCString", Some(&date::to_utc_string(tv)), json_str(c[11]).as_deref());
                f.text(n, "toISOString", date::to_iso_string(tv).as_deref(), json_str(c[12]).as_deref());
                f.num(n, "Day", date::day(tv), num(c[13]));
                f.num(n, "TimeWithinDay", date::time_within_day(tv), num(c[14]));
                if !tv.is_nan() {
                    let leap = date::days_in_year(date::year_from_time(tv)) == 366.0;
                    f.num(n, "InLeapYear", f64::from(u8::from(date::in_leap_year(tv))), f64::from(u8::from(leap)));
                    let fields = date::utc_fields(tv).expect("valid");
                    f.num(n, "utc_fields.year", fields.year as f64, num(c[3]));
                    f.num(n, "utc_fields.ms", f64::from(fields.ms), num(c[10]));
                }
            }
            "L" => {
                let tz = zone(c[1]);
                let tz = &*tz;
                let tv = date::time_clip(num(c[2]));
                let lt = date::local_time(tv, tz);
                f.num(n, "getFullYear", date::year_from_time(lt), num(c[3]));
                f.num(n, "getMonth", date::month_from_time(lt), num(c[4]));
                f.num(n, "getDate", date::date_from_time(lt), num(c[5]));
                f.num(n, "getDay", date::week_day(lt), num(c[6]));
                f.num(n, "getHours", date::hour_from_time(lt), num(c[7]));
                f.num(n, "getMinutes", date::min_from_time(lt), num(c[8]));
                f.num(n, "getSeconds", date::sec_from_time(lt), num(c[9]));
                f.num(n, "getMilliseconds", date::ms_from_time(lt), num(c[10]));
                f.num(n, "getTimezoneOffset", date::timezone_offset(tv, tz), num(c[11]));
                f.num(n, "getYear", date::get_year(tv, tz), num(c[12]));
                f.text(n, "toString", Some(&date::to_string(tv, tz)), json_str(c[13]).as_deref());
                f.text(n, "toDateString", Some(&date::to_date_string(tv, tz)), json_str(c[14]).as_deref());
                f.text(n, "toTimeString", Some(&date::to_time_string(tv, tz)), json_str(c[15]).as_deref());
                f.text(n, "toLocaleString", Some(&date::to_locale_string(tv, tz)), json_str(c[16]).as_deref());
                f.text(n, "toLocaleDateString", Some(&date::to_locale_date_string(tv, tz)), json_str(c[17]).as_deref());
                f.text(n, "toLocaleTimeString", Some(&date::to_locale_time_string(tv, tz)), json_str(c[18]).as_deref());
                if let Some(lf) = date::local_fields(tv, tz) {
                    f.num(n, "local_fields.year", lf.year as f64, num(c[3]));
                    f.num(n, "local_fields.hours", f64::from(lf.hours), num(c[7]));
                }
                // LocalTime and UTC are inverse for fixed zones (not in a
                // DST overlap, where UTC picks the earlier instant).
                if !tv.is_nan() && c[1] != "berlin" {
                    f.num(n, "UTC(LocalTime(t))", date::utc(lt, tz), tv);
                }
            }
            "Y" => {
                let y = num(c[1]);
                f.num(n, "DayFromYear", date::day_from_year(y), num(c[2]));
                f.num(n, "DaysInYear", date::days_in_year(y), num(c[3]));
                f.num(n, "TimeFromYear", date::time_from_year(y), num(c[2]) * 864e5);
                f.num(n, "YearFromTime(TimeFromYear)", date::year_from_time(date::time_from_year(y)), y);
            }
            "M" => {
                let args = fields_of(c[1]);
                f.num(n, &format!("Date.UTC({})", c[1]), date::date_utc(&args), num(c[2]));
            }
            "C" => {
                let tz = zone(c[1]);
                let args = fields_of(c[2]);
                f.num(n, &format!("new Date({}) [{}]", c[2], c[1]), date::date_from_local_args(&args, &*tz), num(c[3]));
            }
            "S" => {
                let tz = zone(c[1]);
                let (tv, y) = (num(c[2]), num(c[3]));
                let tv = date::time_clip(tv);
                f.num(n, &format!("setYear({y}) on {tv} [{}]", c[1]), date::set_year(tv, y, &*tz), num(c[4]));
                f.num(n, "getYear", date::get_year(tv, &*tz), num(c[5]));
            }
            "F" => {
                let tz = zone(c[1]);
                let method = c[2];
                let tv = date::time_clip(num(c[3]));
                let args = fields_of(c[4]);
                let a = |i: usize| args.get(i).copied();
                let plain = method.replace("UTC", "");
                let u = match plain.as_str() {
                    "setMilliseconds" => date::FieldUpdate { ms: a(0), ..Default::default() },
                    "setSeconds" => date::FieldUpdate { seconds: a(0), ms: a(1), ..Default::default() },
                    "setMinutes" => date::FieldUpdate { minutes: a(0), seconds: a(1), ms: a(2), ..Default::default() },
                    "setHours" => date::FieldUpdate { hours: a(0), minutes: a(1), seconds: a(2), ms: a(3), ..Default::default() },
                    "setDate" => date::FieldUpdate { date: a(0), ..Default::default() },
                    "setMonth" => date::FieldUpdate { month: a(0), date: a(1), ..Default::default() },
                    "setFullYear" => date::FieldUpdate { year: a(0), month: a(1), date: a(2), ..Default::default() },
                    other => panic!("unknown setter {other}"),
                };
                let zone_arg: Option<&dyn LocalTimeZone> = if method.contains("UTC") { None } else { Some(&*tz) };
                f.num(n, &format!("{method}({}) on {tv} [{}]", c[4], c[1]), date::set_fields(tv, &u, zone_arg), num(c[5]));
            }
            "P" => {
                let tz = zone(c[1]);
                let text = json_str(c[2]).expect("string");
                let want = num(c[3]);
                f.num(n, &format!("parse({:?}) [{}]", text, c[1]), date::parse(&text, &*tz), want);
                f.num(n, &format!("parse_utf16({:?}) [{}]", text, c[1]), date::parse_utf16(&json_units(c[2]), &*tz), want);
            }
            other => panic!("line {n}: unknown record kind {other}"),
        }
    }
    eprintln!("record counts: {counts:?}; {} values checked", f.checked);
    if !f.list.is_empty() {
        let shown: Vec<&String> = f.list.iter().take(60).collect();
        panic!("{} mismatches (first {}):\n{}", f.list.len(), shown.len(), shown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n"));
    }
}
