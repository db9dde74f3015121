//! `RegExp` (ES5 §15.10) on top of the `regress` engine.
//!
//! Patterns are parsed as UTF-16 code units (non-Unicode mode, as ES5 requires)
//! and matched with regress's UCS-2 executor, so indices are code-unit offsets.
//! `lastIndex` is an own data property; `source`, `global`, `ignoreCase` and
//! `multiline` are accessors on the prototype (ES2015 layout, as V8 has it).

use crate::jit::natives::NativeTrace;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use super::{define_accessor, define_method, install_constructor, new_object_of_class};
use crate::gc::Gc;
use crate::interp::{CallArgs, Vm};
use crate::object::ops::{self, JsResult};
use crate::object::{attrs, JsObject, ObjectClass, ObjectData, PropertyKey, RegExpData};
use crate::string::{self, JsString, StrBuilder};
use crate::value::Value;

/// Flag bit: `g`.
pub const FLAG_GLOBAL: u8 = 1;
/// Flag bit: `i`.
pub const FLAG_IGNORE_CASE: u8 = 2;
/// Flag bit: `m`.
pub const FLAG_MULTILINE: u8 = 4;

/// Parses a flags string; `None` if invalid.
pub fn parse_flags(units: &[u16]) -> Option<u8> {
    let mut f = 0u8;
    for u in units {
        let bit = match *u {
            0x67 => FLAG_GLOBAL,
            0x69 => FLAG_IGNORE_CASE,
            0x6D => FLAG_MULTILINE,
            _ => return None,
        };
        if f & bit != 0 {
            return None;
        }
        f |= bit;
    }
    Some(f)
}

/// Compiles a pattern (UTF-16 units) with flag bits.
pub fn compile(pattern: &[u16], flags: u8) -> Result<regress::Regex, String> {
    let rf = regress::Flags { icase: flags & FLAG_IGNORE_CASE != 0, multiline: flags & FLAG_MULTILINE != 0, ..Default::default() };
    let units = unescape_surrogates(pattern);
    let p = units.as_deref().unwrap_or(pattern);
    regress::Regex::from_unicode(p.iter().map(|u| *u as u32), rf).map_err(|e| alloc::format!("{e}"))
}

/// Replaces `\uXXXX` escapes of surrogate code units by the units themselves.
/// regress joins an escaped pair `\uD83D\uDE00` into one code point even without
/// the `u` flag, and a code point above U+FFFF never matches UCS-2 input; as raw
/// units they match (and form class members or ranges) unit by unit, as ES5 says.
/// Surrogates are not syntax characters, so the replacement keeps the meaning.
fn unescape_surrogates(p: &[u16]) -> Option<Vec<u16>> {
    let hex = |u: u16| (u as u8 as char).to_digit(16).filter(|_| u < 0x80);
    let surrogate_at = |i: usize| -> Option<u16> {
        if p.get(i + 1) != Some(&(b'u' as u16)) || i + 6 > p.len() {
            return None;
        }
        let mut v = 0u32;
        for &u in &p[i + 2..i + 6] {
            v = v * 16 + hex(u)?;
        }
        (0xD800..=0xDFFF).contains(&v).then_some(v as u16)
    };
    let mut out: Option<Vec<u16>> = None;
    let mut i = 0;
    while i < p.len() {
        if p[i] == b'\\' as u16 {
            if let Some(u) = surrogate_at(i) {
                out.get_or_insert_with(|| p[..i].to_vec()).push(u);
                i += 6;
                continue;
            }
            // Any other escape: copy it whole so `\\uD800` stays literal text.
            let n = if i + 1 < p.len() { 2 } else { 1 };
            if let Some(o) = out.as_mut() {
                o.extend_from_slice(&p[i..i + n]);
            }
            i += n;
            continue;
        }
        if let Some(o) = out.as_mut() {
            o.push(p[i]);
        }
        i += 1;
    }
    out
}

/// Creates a RegExp object (`new RegExp(pattern, flags)` semantics for strings).
pub fn regexp_create(vm: &mut Vm, pattern: Value, flags: Value) -> JsResult<Gc<JsObject>> {
    let p = if pattern.is_undefined() { vm.names.empty } else { vm.to_string(pattern)? };
    vm.roots.push(Value::string(p));
    let f = if flags.is_undefined() { vm.names.empty } else { vm.to_string(flags)? };
    vm.roots.push(Value::string(f));
    let pf = string::flatten(vm, p)?;
    vm.roots.push(Value::string(pf));
    let ff = string::flatten(vm, f)?;
    let Some(bits) = parse_flags(&ff.chars().to_vec()) else {
        let t = ff.chars().to_string_lossy();
        return Err(vm.syntax_error(&alloc::format!("Invalid regular expression flags '{t}'")));
    };
    let units = pf.chars().to_vec();
    let regex = match compile(&units, bits) {
        Ok(r) => r,
        Err(e) => {
            let t = pf.chars().to_string_lossy();
            return Err(vm.syntax_error(&alloc::format!("Invalid regular expression: /{t}/: {e}")));
        }
    };
    let proto = vm.realm.regexp_prototype;
    let o = new_object_of_class(vm, Some(proto), ObjectClass::RegExp, ObjectData::RegExp(Box::new(RegExpData { source: pf, flags: bits, regex })))?;
    vm.roots.push(Value::object(o));
    let li = vm.names.last_index;
    ops::add_named(vm, o, li, Value::int(0), attrs::WRITABLE)?;
    vm.roots.truncate(vm.roots.len() - 4);
    Ok(o)
}

fn this_regexp(vm: &mut Vm, v: Value, what: &str) -> JsResult<Gc<JsObject>> {
    match v.as_object().filter(|o| matches!(o.data(), ObjectData::RegExp(_))) {
        Some(o) => Ok(o),
        None => Err(vm.type_error(&alloc::format!("RegExp.prototype.{what} requires that 'this' be a RegExp object"))),
    }
}

/// One match: start, end and capture ranges (code-unit offsets).
pub struct MatchResult {
    /// Match start.
    pub start: usize,
    /// Match end.
    pub end: usize,
    /// Capture groups 1..n.
    pub captures: Vec<Option<(usize, usize)>>,
}

/// Runs the regexp of `re` on `text` starting at `from`.
pub fn match_at(re: Gc<JsObject>, text: &[u16], from: usize) -> Option<MatchResult> {
    let ObjectData::RegExp(data) = re.data() else { return None };
    if from > text.len() {
        return None;
    }
    let m = data.regex.find_from_ucs2(text, from).next()?;
    Some(MatchResult { start: m.range.start, end: m.range.end, captures: m.captures.iter().map(|c| c.as_ref().map(|r| (r.start, r.end))).collect() })
}

/// Number of capture groups of a regexp object.
pub fn capture_count(re: Gc<JsObject>) -> usize {
    match re.data() {
        ObjectData::RegExp(d) => match d.regex.find_from_ucs2(&[], 0).next() {
            Some(m) => m.captures.len(),
            None => count_groups(&d.source),
        },
        _ => 0,
    }
}

fn count_groups(source: &Gc<JsString>) -> usize {
    // Count '(' not followed by '?' outside classes and escapes.
    let Some(f) = JsString::flat_ref(*source) else { return 0 };
    let c = f.chars();
    let (mut n, mut i, mut in_class) = (0, 0, false);
    while i < c.len() {
        match c.at(i) {
            0x5C => i += 1,
            0x5B => in_class = true,
            0x5D => in_class = false,
            0x28 if !in_class && c.get(i + 1) != Some(0x3F) => n += 1,
            _ => {}
        }
        i += 1;
    }
    n
}

/// The flag bits of a regexp object.
pub fn flags_of(re: Gc<JsObject>) -> u8 {
    match re.data() {
        ObjectData::RegExp(d) => d.flags,
        _ => 0,
    }
}

fn get_last_index(vm: &mut Vm, re: Gc<JsObject>) -> JsResult<f64> {
    let li = PropertyKey::Atom(vm.names.last_index);
    let v = ops::get(vm, re, li, Value::object(re))?;
    vm.to_integer(v)
}

fn set_last_index(vm: &mut Vm, re: Gc<JsObject>, v: f64) -> JsResult<()> {
    let li = PropertyKey::Atom(vm.names.last_index);
    if !ops::put(vm, re, li, Value::number(v), Value::object(re))? {
        return Err(vm.type_error("Cannot assign to read only property 'lastIndex' of object"));
    }
    Ok(())
}

/// Builds the exec result array for a match.
pub fn match_to_array(vm: &mut Vm, m: &MatchResult, text: &[u16], input: Value) -> JsResult<Gc<JsObject>> {
    let mut vals = Vec::with_capacity(1 + m.captures.len());
    let whole = JsString::from_units(vm, &text[m.start..m.end])?;
    vm.roots.push(Value::string(whole));
    vals.push(Value::string(whole));
    for c in &m.captures {
        let v = match c {
            Some((s, e)) => Value::string(JsString::from_units(vm, &text[*s..*e])?),
            None => Value::UNDEFINED,
        };
        vm.roots.push(v);
        vals.push(v);
    }
    let a = super::array::array_from(vm, &vals)?;
    vm.roots.push(Value::object(a));
    super::define_value(vm, a, "index", Value::int(m.start as i32), attrs::DEFAULT)?;
    super::define_value(vm, a, "input", input, attrs::DEFAULT)?;
    // ES2018 named groups: V8 always adds `groups` (undefined without names).
    super::define_value(vm, a, "groups", Value::UNDEFINED, attrs::DEFAULT)?;
    Ok(a)
}

/// `RegExp.prototype.exec` core: returns the match (updating `lastIndex`).
pub fn exec_raw(vm: &mut Vm, re: Gc<JsObject>, text: &[u16]) -> JsResult<Option<MatchResult>> {
    let global = flags_of(re) & FLAG_GLOBAL != 0;
    // ES2015 ToLength: a negative lastIndex counts as 0 (as in V8).
    let i = if global { get_last_index(vm, re)?.max(0.0) } else { 0.0 };
    if i > text.len() as f64 {
        set_last_index(vm, re, 0.0)?;
        return Ok(None);
    }
    match match_at(re, text, i as usize) {
        None => {
            if global {
                set_last_index(vm, re, 0.0)?;
            }
            Ok(None)
        }
        Some(m) => {
            if global {
                set_last_index(vm, re, m.end as f64)?;
            }
            Ok(Some(m))
        }
    }
}

/// Runs `body` on the UTF-16 text of the flat string `f`, reusing the copy made
/// for the previous call on the same string (matching loops call exec and test
/// on one long string over and over).
pub fn with_text<R>(vm: &mut Vm, f: Gc<JsString>, body: impl FnOnce(&mut Vm, &[u16]) -> R) -> R {
    let text = match vm.regexp_text.take() {
        Some((s, t)) if s == f => t,
        _ => f.chars().to_vec(),
    };
    let r = body(vm, &text);
    vm.regexp_text = Some((f, text));
    r
}

fn exec(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let re = this_regexp(vm, args.this, "exec")?;
    let s = vm.to_string(args.get(0))?;
    vm.roots.push(Value::string(s));
    let f = string::flatten(vm, s)?;
    with_text(vm, f, |vm, text| match exec_raw(vm, re, text)? {
        Some(m) => Ok(Value::object(match_to_array(vm, &m, text, Value::string(s))?)),
        None => Ok(Value::NULL),
    })
}

fn test(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let re = this_regexp(vm, args.this, "test")?;
    let s = vm.to_string(args.get(0))?;
    vm.roots.push(Value::string(s));
    let f = string::flatten(vm, s)?;
    with_text(vm, f, |vm, text| Ok(Value::bool(exec_raw(vm, re, text)?.is_some())))
}

fn to_string(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let Some(o) = args.this.as_object() else {
        return Err(vm.type_error("RegExp.prototype.toString requires that 'this' be an Object"));
    };
    let src = super::get_str(vm, o, "source")?;
    let src = vm.to_string(src)?;
    vm.roots.push(Value::string(src));
    let mut b = StrBuilder::new();
    b.push(b'/' as u16);
    let f = string::flatten(vm, src)?;
    b.push_chars(f.chars());
    b.push(b'/' as u16);
    for (bit, name, ch) in [(FLAG_GLOBAL, "global", 'g'), (FLAG_IGNORE_CASE, "ignoreCase", 'i'), (FLAG_MULTILINE, "multiline", 'm')] {
        let _ = bit;
        if super::get_str(vm, o, name)?.truthy() {
            b.push_char(ch);
        }
    }
    b.finish_value(vm)
}

fn source_getter(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    if args.this.as_object() == Some(vm.realm.regexp_prototype) {
        return vm.str_value("(?:)");
    }
    let re = this_regexp(vm, args.this, "source")?;
    let ObjectData::RegExp(d) = re.data() else { return Ok(Value::UNDEFINED) };
    let src = d.source;
    if src.is_empty() {
        return vm.str_value("(?:)");
    }
    // Escape line terminators and unescaped slashes so toString round-trips.
    let f = string::flatten(vm, src)?;
    let c = f.chars();
    let needs = c.iter().any(|u| matches!(u, 0x2F | 0x0A | 0x0D | 0x2028 | 0x2029));
    if !needs {
        return Ok(Value::string(src));
    }
    let mut b = StrBuilder::new();
    let mut in_class = false;
    let mut i = 0;
    while i < c.len() {
        let u = c.at(i);
        match u {
            0x5C => {
                b.push(u);
                if let Some(n) = c.get(i + 1) {
                    b.push(n);
                    i += 1;
                }
            }
            0x5B => {
                in_class = true;
                b.push(u);
            }
            0x5D => {
                in_class = false;
                b.push(u);
            }
            0x2F if !in_class => b.push_str("\\/"),
            0x0A => b.push_str("\\n"),
            0x0D => b.push_str("\\r"),
            0x2028 => b.push_str("\\u2028"),
            0x2029 => b.push_str("\\u2029"),
            _ => b.push(u),
        }
        i += 1;
    }
    b.finish_value(vm)
}

fn flag_getter(vm: &mut Vm, args: &CallArgs, bit: u8, name: &str) -> JsResult<Value> {
    if args.this.as_object() == Some(vm.realm.regexp_prototype) {
        return Ok(Value::UNDEFINED);
    }
    let re = this_regexp(vm, args.this, name)?;
    Ok(Value::bool(flags_of(re) & bit != 0))
}
fn global_getter(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    flag_getter(vm, args, FLAG_GLOBAL, "global")
}
fn ignore_case_getter(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    flag_getter(vm, args, FLAG_IGNORE_CASE, "ignoreCase")
}
fn multiline_getter(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    flag_getter(vm, args, FLAG_MULTILINE, "multiline")
}
fn flags_getter(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let Some(o) = args.this.as_object() else {
        return Err(vm.type_error("RegExp.prototype.flags getter called on non-object"));
    };
    let mut s = String::new();
    for (name, ch) in [("global", 'g'), ("ignoreCase", 'i'), ("multiline", 'm')] {
        if super::get_str(vm, o, name)?.truthy() {
            s.push(ch);
        }
    }
    vm.str_value(&s)
}

fn regexp_ctor(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let (p, f) = (args.get(0), args.get(1));
    if let Some(src) = p.as_object().filter(|o| matches!(o.data(), ObjectData::RegExp(_))) {
        if f.is_undefined() {
            if !args.is_construct {
                return Ok(p);
            }
            let ObjectData::RegExp(d) = src.data() else { unreachable!() };
            let (source, bits) = (d.source, d.flags);
            let mut fl = String::new();
            for (bit, ch) in [(FLAG_GLOBAL, 'g'), (FLAG_IGNORE_CASE, 'i'), (FLAG_MULTILINE, 'm')] {
                if bits & bit != 0 {
                    fl.push(ch);
                }
            }
            let fv = vm.str_value(&fl)?;
            vm.roots.push(fv);
            return Ok(Value::object(regexp_create(vm, Value::string(source), fv)?));
        }
        let ObjectData::RegExp(d) = src.data() else { unreachable!() };
        let source = Value::string(d.source);
        return Ok(Value::object(regexp_create(vm, source, f)?));
    }
    Ok(Value::object(regexp_create(vm, p, f)?))
}

/// Installs `RegExp`.
pub fn init(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.regexp_prototype;
    install_constructor(vm, "RegExp", regexp_ctor, 2, proto)?;
    super::define_traced(vm, proto, "exec", exec, 1, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "test", test, 1, 0, NativeTrace::Pure)?;
    define_method(vm, proto, "toString", to_string, 0)?;
    define_accessor(vm, proto, "source", source_getter, None)?;
    define_accessor(vm, proto, "global", global_getter, None)?;
    define_accessor(vm, proto, "ignoreCase", ignore_case_getter, None)?;
    define_accessor(vm, proto, "multiline", multiline_getter, None)?;
    define_accessor(vm, proto, "flags", flags_getter, None)?;
    Ok(())
}
