//! `Date` (ES5.1 §15.9) over the pure time functions of [`crate::date`].
//!
//! A Date object is an object of class [`ObjectClass::Date`] whose
//! [`ObjectData::Date`] holds the time value (ms since the epoch, NaN when
//! invalid). The local time zone comes from the host through
//! [`HostTimeZone`]. `Date.prototype` itself is an ordinary object, as in V8
//! and ES2015+ (its methods throw on it).
//!
//! Observable choices, where ES5.1 leaves room or newer editions/V8 differ:
//! * `new Date(dateObject)` copies the time value (ES2015+, V8) instead of
//!   going through the date's string form;
//! * `Date.UTC` with a single argument uses month 0 (ES2017+, V8);
//! * the `set*` methods read the time value first and then apply `ToNumber`
//!   to every argument present, left to right, even when the date is invalid
//!   (the spec's order; V8 converts only the first argument of an invalid
//!   date and reads the time value after converting it).

use alloc::string::String;

use crate::jit::natives::NativeTrace;
use super::{define_method, define_method_magic, define_value, install_constructor, new_object_of_class};
use crate::date::{self as dt, FieldUpdate, LocalTimeZone};
use crate::gc::Gc;
use crate::host::HostTimeZone;
use crate::interp::convert::Hint;
use crate::interp::{CallArgs, Vm};
use crate::object::ops::JsResult;
use crate::object::{attrs, JsObject, ObjectClass, ObjectData};
use crate::string::{self, Chars};
use crate::value::Value;

/// Message of the TypeError for a `this` that is not a Date.
const NOT_A_DATE: &str = "this is not a Date object.";

/// The current time as a time value (whole ms, clipped).
fn now(vm: &Vm) -> f64 {
    dt::time_clip(libm::floor(vm.host.now_ms()))
}

/// The time value of a Date `this`, or the TypeError.
#[inline]
fn this_time(vm: &mut Vm, this: Value) -> JsResult<f64> {
    if let Some(o) = this.as_object()
        && let ObjectData::Date(t) = o.data()
    {
        return Ok(*t);
    }
    Err(vm.type_error(NOT_A_DATE))
}

/// The Date object `this` and its time value, or the TypeError.
fn this_date(vm: &mut Vm, this: Value) -> JsResult<(Gc<JsObject>, f64)> {
    if let Some(o) = this.as_object()
        && let ObjectData::Date(t) = o.data()
    {
        return Ok((o, *t));
    }
    Err(vm.type_error(NOT_A_DATE))
}

/// Stores a new time value in a Date object and returns it as a value.
fn store(o: Gc<JsObject>, t: f64) -> Value {
    o.set_data(ObjectData::Date(t));
    Value::number(t)
}

/// A string value from formatted Rust text.
fn string_result(vm: &mut Vm, s: String) -> JsResult<Value> {
    vm.str_value(&s)
}

/// Parses a (rooted) JS string as a date.
fn parse_string(vm: &mut Vm, s: Gc<crate::string::JsString>) -> JsResult<f64> {
    let flat = string::flatten(vm, s)?;
    let tz = HostTimeZone(&*vm.host);
    Ok(match flat.chars() {
        Chars::Latin1(b) => match core::str::from_utf8(b) {
            Ok(text) if b.is_ascii() => dt::parse(text, &tz),
            _ => {
                let units: alloc::vec::Vec<u16> = b.iter().map(|&c| u16::from(c)).collect();
                dt::parse_utf16(&units, &tz)
            }
        },
        Chars::Utf16(u) => dt::parse_utf16(u, &tz),
    })
}

/// `ToNumber` on the first `min(args.len(), 7)` arguments, in order.
fn numeric_fields(vm: &mut Vm, args: &CallArgs) -> JsResult<([f64; 7], usize)> {
    let n = args.len().min(7);
    let mut out = [0.0; 7];
    for (i, slot) in out.iter_mut().enumerate().take(n) {
        *slot = vm.to_number(args.get(i))?;
    }
    Ok((out, n))
}

// ---------------------------------------------------------------------------
// The constructor and its properties.

/// `Date(...)` / `new Date(...)` (ES5.1 §15.9.2, §15.9.3).
fn date_ctor(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    if !args.is_construct {
        // Called as a function: the arguments are ignored entirely.
        let t = now(vm);
        let s = dt::to_string(t, &HostTimeZone(&*vm.host));
        return string_result(vm, s);
    }
    let t = match args.len() {
        0 => now(vm),
        1 => {
            let v = args.get(0);
            let date_value = v.as_object().and_then(|o| match o.data() {
                ObjectData::Date(t) => Some(*t),
                _ => None,
            });
            match date_value {
                Some(t) => dt::time_clip(t),
                None => {
                    let p = vm.to_primitive(v, Hint::Default)?;
                    match p.as_string() {
                        Some(s) => {
                            vm.roots.push(p);
                            let t = parse_string(vm, s)?;
                            vm.roots.pop();
                            t
                        }
                        None => dt::time_clip(vm.to_number(p)?),
                    }
                }
            }
        }
        _ => {
            let (fields, n) = numeric_fields(vm, args)?;
            dt::date_from_local_args(&fields[..n], &HostTimeZone(&*vm.host))
        }
    };
    let proto = vm.realm.date_prototype;
    let o = new_object_of_class(vm, Some(proto), ObjectClass::Date, ObjectData::Date(t))?;
    Ok(Value::object(o))
}

/// `Date.parse(string)`.
fn date_parse(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = vm.to_string(args.get(0))?;
    vm.roots.push(Value::string(s));
    let t = parse_string(vm, s)?;
    Ok(Value::number(t))
}

/// `Date.UTC(year, month[, date[, hours[, minutes[, seconds[, ms]]]]])`.
fn date_utc(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let (fields, n) = numeric_fields(vm, args)?;
    Ok(Value::number(dt::date_utc(&fields[..n])))
}

/// `Date.now()`.
fn date_now(vm: &mut Vm, _args: &CallArgs) -> JsResult<Value> {
    Ok(Value::number(now(vm)))
}

// ---------------------------------------------------------------------------
// Conversions to strings and numbers.

const FMT_STRING: u32 = 0;
const FMT_DATE: u32 = 1;
const FMT_TIME: u32 = 2;
const FMT_LOCALE: u32 = 3;
const FMT_LOCALE_DATE: u32 = 4;
const FMT_LOCALE_TIME: u32 = 5;
const FMT_UTC: u32 = 6;

/// `toString`, `toDateString`, `toTimeString`, the `toLocale*String`
/// methods and `toUTCString`, selected by magic.
fn format(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let t = this_time(vm, args.this)?;
    let tz = HostTimeZone(&*vm.host);
    let s = match args.magic() {
        FMT_STRING => dt::to_string(t, &tz),
        FMT_DATE => dt::to_date_string(t, &tz),
        FMT_TIME => dt::to_time_string(t, &tz),
        FMT_LOCALE => dt::to_locale_string(t, &tz),
        FMT_LOCALE_DATE => dt::to_locale_date_string(t, &tz),
        FMT_LOCALE_TIME => dt::to_locale_time_string(t, &tz),
        _ => dt::to_utc_string(t),
    };
    string_result(vm, s)
}

/// `Date.prototype.toISOString`.
fn to_iso_string(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let t = this_time(vm, args.this)?;
    match dt::to_iso_string(t) {
        Some(s) => string_result(vm, s),
        None => Err(vm.range_error("Invalid time value")),
    }
}

/// `Date.prototype.toJSON(key)` (generic).
fn to_json(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    let ov = Value::object(o);
    vm.roots.push(ov);
    let tv = vm.to_primitive(ov, Hint::Number)?;
    if tv.as_number().is_some_and(|n| !n.is_finite()) {
        return Ok(Value::NULL);
    }
    let f = super::get_str(vm, o, "toISOString")?;
    if !vm.is_callable(f) {
        return Err(vm.type_error("toISOString is not a function"));
    }
    vm.roots.push(f);
    vm.call(f, ov, &[])
}

/// `valueOf` and `getTime`.
fn get_time(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    Ok(Value::number(this_time(vm, args.this)?))
}

// ---------------------------------------------------------------------------
// Getters.

const FIELD_YEAR: u32 = 0;
const FIELD_MONTH: u32 = 1;
const FIELD_DATE: u32 = 2;
const FIELD_DAY: u32 = 3;
const FIELD_HOURS: u32 = 4;
const FIELD_MINUTES: u32 = 5;
const FIELD_SECONDS: u32 = 6;
const FIELD_MS: u32 = 7;
/// Magic bit: the UTC variant of a getter or setter.
const UTC: u32 = 0x100;

/// `get{,UTC}{FullYear,Month,Date,Day,Hours,Minutes,Seconds,Milliseconds}`,
/// selected by magic (a `FIELD_*` constant, plus [`UTC`]). Allocates nothing.
fn get_field(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let t = this_time(vm, args.this)?;
    let magic = args.magic();
    let fields = if magic & UTC != 0 { dt::utc_fields(t) } else { dt::local_fields(t, &HostTimeZone(&*vm.host)) };
    let Some(f) = fields else { return Ok(Value::NAN) };
    let v = match magic & !UTC {
        FIELD_YEAR => return Ok(Value::number(f.year as f64)),
        FIELD_MONTH => f.month,
        FIELD_DATE => f.date,
        FIELD_DAY => f.weekday,
        FIELD_HOURS => f.hours,
        FIELD_MINUTES => f.minutes,
        FIELD_SECONDS => f.seconds,
        _ => f.ms,
    };
    Ok(Value::int(v as i32))
}

/// `Date.prototype.getTimezoneOffset`.
fn get_timezone_offset(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let t = this_time(vm, args.this)?;
    Ok(Value::number(dt::timezone_offset(t, &HostTimeZone(&*vm.host))))
}

/// Annex B `Date.prototype.getYear`.
fn get_year(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let t = this_time(vm, args.this)?;
    Ok(Value::number(dt::get_year(t, &HostTimeZone(&*vm.host))))
}

// ---------------------------------------------------------------------------
// Setters.

/// Setter magic: the first field set (index into year, month, date, hours,
/// minutes, seconds, ms), how many fields it may set, and [`UTC`].
const fn setter(first: u32, count: u32, utc: bool) -> u32 {
    first | (count << 4) | if utc { UTC } else { 0 }
}

/// `set{,UTC}{Milliseconds,Seconds,Minutes,Hours,Date,Month,FullYear}`,
/// selected by magic (see [`setter`]).
///
/// Reads the time value, then applies `ToNumber` to the first argument
/// (present or not) and to each further argument actually passed, up to the
/// method's field count, in order; then recombines the fields and stores the
/// clipped result, which it returns.
fn set_fields(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let (o, t) = this_date(vm, args.this)?;
    let magic = args.magic();
    let first = (magic & 0xF) as usize;
    let count = ((magic >> 4) & 0xF) as usize;
    let given = args.len().clamp(1, count);
    let mut values: [Option<f64>; 7] = [None; 7];
    for i in 0..given {
        values[first + i] = Some(vm.to_number(args.get(i))?);
    }
    let update = FieldUpdate {
        year: values[0],
        month: values[1],
        date: values[2],
        hours: values[3],
        minutes: values[4],
        seconds: values[5],
        ms: values[6],
    };
    let new = if magic & UTC != 0 {
        dt::set_fields(t, &update, None)
    } else {
        let tz = HostTimeZone(&*vm.host);
        dt::set_fields(t, &update, Some(&tz as &dyn LocalTimeZone))
    };
    Ok(store(o, new))
}

/// `Date.prototype.setTime(time)`.
fn set_time(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let (o, _) = this_date(vm, args.this)?;
    let t = dt::time_clip(vm.to_number(args.get(0))?);
    Ok(store(o, t))
}

/// Annex B `Date.prototype.setYear(year)`.
fn set_year(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let (o, t) = this_date(vm, args.this)?;
    let year = vm.to_number(args.get(0))?;
    let new = dt::set_year(t, year, &HostTimeZone(&*vm.host));
    Ok(store(o, new))
}

// ---------------------------------------------------------------------------

/// Installs `Date` and `Date.prototype`'s methods (in V8's property order).
pub fn init(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.date_prototype;
    let ctor = install_constructor(vm, "Date", date_ctor, 7, proto)?;
    super::mark_traced(ctor, crate::jit::natives::NativeTrace::Constructor);
    define_method(vm, ctor, "now", date_now, 0)?;
    define_method(vm, ctor, "parse", date_parse, 1)?;
    define_method(vm, ctor, "UTC", date_utc, 7)?;

    // The getters read the date and change nothing: traces call them as they are.
    let m = |vm: &mut Vm, name: &str, f: crate::interp::NativeFn, len: u32, magic: u32| {
        let getter = name.starts_with("get") || name == "valueOf";
        let trace = if getter { NativeTrace::Pure } else { NativeTrace::Opaque };
        super::define_traced(vm, proto, name, f, len, magic, trace).map(|_| ())
    };
    m(vm, "toString", format, 0, FMT_STRING)?;
    m(vm, "toDateString", format, 0, FMT_DATE)?;
    m(vm, "toTimeString", format, 0, FMT_TIME)?;
    m(vm, "toISOString", to_iso_string, 0, 0)?;
    let to_utc = define_method_magic(vm, proto, "toUTCString", format, 0, FMT_UTC)?;
    define_value(vm, proto, "toGMTString", Value::object(to_utc), attrs::HIDDEN)?;
    m(vm, "getDate", get_field, 0, FIELD_DATE)?;
    m(vm, "setDate", set_fields, 1, setter(2, 1, false))?;
    m(vm, "getDay", get_field, 0, FIELD_DAY)?;
    m(vm, "getFullYear", get_field, 0, FIELD_YEAR)?;
    m(vm, "setFullYear", set_fields, 3, setter(0, 3, false))?;
    m(vm, "getHours", get_field, 0, FIELD_HOURS)?;
    m(vm, "setHours", set_fields, 4, setter(3, 4, false))?;
    m(vm, "getMilliseconds", get_field, 0, FIELD_MS)?;
    m(vm, "setMilliseconds", set_fields, 1, setter(6, 1, false))?;
    m(vm, "getMinutes", get_field, 0, FIELD_MINUTES)?;
    m(vm, "setMinutes", set_fields, 3, setter(4, 3, false))?;
    m(vm, "getMonth", get_field, 0, FIELD_MONTH)?;
    m(vm, "setMonth", set_fields, 2, setter(1, 2, false))?;
    m(vm, "getSeconds", get_field, 0, FIELD_SECONDS)?;
    m(vm, "setSeconds", set_fields, 2, setter(5, 2, false))?;
    m(vm, "getTime", get_time, 0, 0)?;
    m(vm, "setTime", set_time, 1, 0)?;
    m(vm, "getTimezoneOffset", get_timezone_offset, 0, 0)?;
    m(vm, "getUTCDate", get_field, 0, FIELD_DATE | UTC)?;
    m(vm, "setUTCDate", set_fields, 1, setter(2, 1, true))?;
    m(vm, "getUTCDay", get_field, 0, FIELD_DAY | UTC)?;
    m(vm, "getUTCFullYear", get_field, 0, FIELD_YEAR | UTC)?;
    m(vm, "setUTCFullYear", set_fields, 3, setter(0, 3, true))?;
    m(vm, "getUTCHours", get_field, 0, FIELD_HOURS | UTC)?;
    m(vm, "setUTCHours", set_fields, 4, setter(3, 4, true))?;
    m(vm, "getUTCMilliseconds", get_field, 0, FIELD_MS | UTC)?;
    m(vm, "setUTCMilliseconds", set_fields, 1, setter(6, 1, true))?;
    m(vm, "getUTCMinutes", get_field, 0, FIELD_MINUTES | UTC)?;
    m(vm, "setUTCMinutes", set_fields, 3, setter(4, 3, true))?;
    m(vm, "getUTCMonth", get_field, 0, FIELD_MONTH | UTC)?;
    m(vm, "setUTCMonth", set_fields, 2, setter(1, 2, true))?;
    m(vm, "getUTCSeconds", get_field, 0, FIELD_SECONDS | UTC)?;
    m(vm, "setUTCSeconds", set_fields, 2, setter(5, 2, true))?;
    m(vm, "valueOf", get_time, 0, 0)?;
    m(vm, "getYear", get_year, 0, 0)?;
    m(vm, "setYear", set_year, 1, 0)?;
    m(vm, "toJSON", to_json, 1, 0)?;
    m(vm, "toLocaleString", format, 0, FMT_LOCALE)?;
    m(vm, "toLocaleDateString", format, 0, FMT_LOCALE_DATE)?;
    m(vm, "toLocaleTimeString", format, 0, FMT_LOCALE_TIME)?;
    Ok(())
}
