//! `Date.prototype.to*String` formatting, byte-for-byte as V8/node print it
//! (the locale forms as node prints them with its default `en-US` locale).

use alloc::string::String;
use core::fmt::Write;

use super::{DateFields, LocalTimeZone, MAX_TIME_MS, offset_at, within};

const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

const INVALID: &str = "Invalid Date";

/// The integral time value, or `None` if `t` is not a valid time value.
fn valid(t: f64) -> Option<f64> {
    if within(t, MAX_TIME_MS) { Some(libm::trunc(t)) } else { None }
}

/// Local fields plus the V8 display offset in whole minutes.
struct Local {
    fields: DateFields,
    offset_minutes: i64,
}

fn local(t: f64, tz: &dyn LocalTimeZone) -> Option<Local> {
    let offset = offset_at(tz, t);
    let fields = DateFields::from_time(t + offset)?;
    // V8: (time_ms - local_ms) / kMsPerMin in integer arithmetic, negated.
    let offset_minutes = (offset as i64) / 60_000;
    Some(Local {
        fields,
        offset_minutes,
    })
}

/// Year as V8's date strings print it: at least four digits, with a leading
/// '-' for negative years ("0000", "-0001", "275760", "-271821").
fn push_year(out: &mut String, year: i64) {
    if year < 0 {
        let _ = write!(out, "-{:04}", year.unsigned_abs());
    } else {
        let _ = write!(out, "{:04}", year);
    }
}

fn push_date_part(out: &mut String, f: &DateFields) {
    let _ = write!(
        out,
        "{} {} {:02} ",
        WEEKDAYS[f.weekday as usize % 7],
        MONTHS[f.month as usize % 12],
        f.date
    );
    push_year(out, f.year);
}

fn push_time_part(out: &mut String, l: &Local, name: &str) {
    let f = &l.fields;
    let sign = if l.offset_minutes < 0 { '-' } else { '+' };
    let abs = l.offset_minutes.unsigned_abs();
    let _ = write!(
        out,
        "{:02}:{:02}:{:02} GMT{}{:02}{:02} ({})",
        f.hours,
        f.minutes,
        f.seconds,
        sign,
        abs / 60,
        abs % 60,
        name
    );
}

/// `Date.prototype.toString`: `"Tue Nov 22 2026 14:03:05 GMT+0100 (Central
/// European Standard Time)"`; `"Invalid Date"` for NaN (or any value that is
/// not a valid time value).
pub fn to_string(t: f64, tz: &dyn LocalTimeZone) -> String {
    let Some(t) = valid(t) else { return String::from(INVALID) };
    let Some(l) = local(t, tz) else { return String::from(INVALID) };
    let mut out = String::with_capacity(64);
    push_date_part(&mut out, &l.fields);
    out.push(' ');
    push_time_part(&mut out, &l, &tz.name(t));
    out
}

/// `Date.prototype.toDateString`: `"Tue Nov 22 2026"`; `"Invalid Date"` for
/// NaN.
pub fn to_date_string(t: f64, tz: &dyn LocalTimeZone) -> String {
    let Some(t) = valid(t) else { return String::from(INVALID) };
    let Some(l) = local(t, tz) else { return String::from(INVALID) };
    let mut out = String::with_capacity(16);
    push_date_part(&mut out, &l.fields);
    out
}

/// `Date.prototype.toTimeString`: `"14:03:05 GMT+0100 (Central European
/// Standard Time)"`; `"Invalid Date"` for NaN.
pub fn to_time_string(t: f64, tz: &dyn LocalTimeZone) -> String {
    let Some(t) = valid(t) else { return String::from(INVALID) };
    let Some(l) = local(t, tz) else { return String::from(INVALID) };
    let mut out = String::with_capacity(48);
    push_time_part(&mut out, &l, &tz.name(t));
    out
}

/// `Date.prototype.toUTCString` (and `toGMTString`): `"Tue, 22 Nov 2026
/// 13:03:05 GMT"`; `"Invalid Date"` for NaN.
pub fn to_utc_string(t: f64) -> String {
    let Some(t) = valid(t) else { return String::from(INVALID) };
    let Some(f) = DateFields::from_time(t) else { return String::from(INVALID) };
    let mut out = String::with_capacity(32);
    let _ = write!(
        out,
        "{}, {:02} {} ",
        WEEKDAYS[f.weekday as usize % 7],
        f.date,
        MONTHS[f.month as usize % 12]
    );
    push_year(&mut out, f.year);
    let _ = write!(out, " {:02}:{:02}:{:02} GMT", f.hours, f.minutes, f.seconds);
    out
}

/// `Date.prototype.toISOString` (also the string `toJSON` returns):
/// `"2026-11-22T13:03:05.000Z"`, with the extended `±YYYYYY` form outside
/// years 0..=9999. `None` for NaN (or any non-time value): the caller throws
/// a `RangeError` ("Invalid time value").
pub fn to_iso_string(t: f64) -> Option<String> {
    let t = valid(t)?;
    let f = DateFields::from_time(t)?;
    let mut out = String::with_capacity(27);
    if (0..=9999).contains(&f.year) {
        let _ = write!(out, "{:04}", f.year);
    } else if f.year < 0 {
        let _ = write!(out, "-{:06}", f.year.unsigned_abs());
    } else {
        let _ = write!(out, "+{:06}", f.year);
    }
    let _ = write!(
        out,
        "-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        f.month + 1,
        f.date,
        f.hours,
        f.minutes,
        f.seconds,
        f.ms
    );
    Some(out)
}

/// en-US (ICU, proleptic Gregorian) date: `M/D/Y` where years up to 0 are
/// shown as era years without the era (year 0 → 1, -1 → 2).
fn push_locale_date(out: &mut String, f: &DateFields) {
    let year = if f.year <= 0 { 1 - f.year } else { f.year };
    let _ = write!(out, "{}/{}/{}", f.month + 1, f.date, year);
}

/// en-US time: `h:mm:ss AM`.
fn push_locale_time(out: &mut String, f: &DateFields) {
    let h12 = if f.hours.is_multiple_of(12) { 12 } else { f.hours % 12 };
    let ampm = if f.hours < 12 { "AM" } else { "PM" };
    let _ = write!(out, "{}:{:02}:{:02} {}", h12, f.minutes, f.seconds, ampm);
}

/// `Date.prototype.toLocaleString()` as node prints it with its default
/// en-US locale: `"11/22/2026, 2:03:05 PM"`; `"Invalid Date"` for NaN.
pub fn to_locale_string(t: f64, tz: &dyn LocalTimeZone) -> String {
    let Some(t) = valid(t) else { return String::from(INVALID) };
    let Some(l) = local(t, tz) else { return String::from(INVALID) };
    let mut out = String::with_capacity(24);
    push_locale_date(&mut out, &l.fields);
    out.push_str(", ");
    push_locale_time(&mut out, &l.fields);
    out
}

/// `Date.prototype.toLocaleDateString()` (en-US): `"11/22/2026"`;
/// `"Invalid Date"` for NaN.
pub fn to_locale_date_string(t: f64, tz: &dyn LocalTimeZone) -> String {
    let Some(t) = valid(t) else { return String::from(INVALID) };
    let Some(l) = local(t, tz) else { return String::from(INVALID) };
    let mut out = String::with_capacity(12);
    push_locale_date(&mut out, &l.fields);
    out
}

/// `Date.prototype.toLocaleTimeString()` (en-US): `"2:03:05 PM"`;
/// `"Invalid Date"` for NaN.
pub fn to_locale_time_string(t: f64, tz: &dyn LocalTimeZone) -> String {
    let Some(t) = valid(t) else { return String::from(INVALID) };
    let Some(l) = local(t, tz) else { return String::from(INVALID) };
    let mut out = String::with_capacity(12);
    push_locale_time(&mut out, &l.fields);
    out
}
