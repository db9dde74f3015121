//! `String` and `String.prototype` (ES5 §15.5), including the regexp methods.

use crate::jit::natives::NativeTrace;
use alloc::string::String;
use alloc::vec::Vec;

use super::regexp::{self, MatchResult, Text, FLAG_GLOBAL};
use super::install_constructor;
use crate::gc::Gc;
use crate::interp::{CallArgs, Vm};
use crate::object::ops::JsResult;
use crate::object::{JsObject, ObjectData};
use crate::string::{self, Chars, JsString, StrBuilder};
use crate::value::Value;

pub use super::regexp::regexp_create;

/// `this` coerced to a flat string (TypeError for undefined/null).
fn this_str(vm: &mut Vm, args: &CallArgs, name: &str) -> JsResult<Gc<JsString>> {
    if args.this.is_nullish() {
        return Err(vm.type_error(&alloc::format!("String.prototype.{name} called on null or undefined")));
    }
    let s = vm.to_string(args.this)?;
    vm.roots.push(Value::string(s));
    let f = string::flatten(vm, s)?;
    vm.roots.push(Value::string(f));
    Ok(f)
}

fn arg_str(vm: &mut Vm, v: Value) -> JsResult<Gc<JsString>> {
    let s = vm.to_string(v)?;
    vm.roots.push(Value::string(s));
    let f = string::flatten(vm, s)?;
    vm.roots.push(Value::string(f));
    Ok(f)
}

fn sub(vm: &mut Vm, s: Gc<JsString>, start: usize, end: usize) -> JsResult<Value> {
    if start == 0 && end == s.len() {
        return Ok(Value::string(s));
    }
    if end == start + 1 {
        return vm.unit_string(s.chars().at(start));
    }
    Ok(Value::string(JsString::from_chars(vm, s.chars().slice(start, end))?))
}

fn string_ctor(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = if args.is_empty() { vm.names.empty } else { vm.to_string(args.get(0))? };
    if args.is_construct {
        return Ok(Value::object(super::wrap_primitive(vm, Value::string(s))?));
    }
    Ok(Value::string(s))
}

fn from_char_code(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    if args.len() == 1 {
        let c = vm.to_uint16(args.get(0))?;
        return vm.unit_string(c);
    }
    let mut units = Vec::with_capacity(args.len());
    for i in 0..args.len() {
        units.push(vm.to_uint16(args.get(i))?);
    }
    Ok(Value::string(JsString::from_units(vm, &units)?))
}

fn this_string_value(vm: &mut Vm, args: &CallArgs, name: &str) -> JsResult<Value> {
    if args.this.is_string() {
        return Ok(args.this);
    }
    if let Some(o) = args.this.as_object() {
        if let ObjectData::String(s) = o.data() {
            return Ok(Value::string(*s));
        }
    }
    Err(vm.type_error(&alloc::format!("String.prototype.{name} requires that 'this' be a String")))
}

fn to_string(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    this_string_value(vm, args, "toString")
}

fn value_of(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    this_string_value(vm, args, "valueOf")
}

fn char_at(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = this_str(vm, args, "charAt")?;
    let p = vm.to_integer(args.get(0))?;
    if p < 0.0 || p >= s.len() as f64 {
        return Ok(Value::string(vm.names.empty));
    }
    vm.unit_string(s.chars().at(p as usize))
}

fn char_code_at(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = this_str(vm, args, "charCodeAt")?;
    let p = vm.to_integer(args.get(0))?;
    if p < 0.0 || p >= s.len() as f64 {
        return Ok(Value::NAN);
    }
    Ok(Value::int(s.chars().at(p as usize) as i32))
}

/// The native of `String.prototype.charCodeAt` (recognized by the recorder).
pub fn char_code_at_fn() -> crate::interp::NativeFn {
    char_code_at
}
/// The native of `String.prototype.charAt` (the JIT recognizes it).
pub fn char_at_fn() -> crate::interp::NativeFn {
    char_at
}
/// The native of `String.fromCharCode` (the JIT recognizes it).
pub fn from_char_code_fn() -> crate::interp::NativeFn {
    from_char_code
}

fn concat(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let mut acc = this_str(vm, args, "concat")?;
    for i in 0..args.len() {
        let s = vm.to_string(args.get(i))?;
        vm.roots.push(Value::string(s));
        acc = string::concat(vm, acc, s)?;
        vm.roots.push(Value::string(acc));
    }
    Ok(Value::string(acc))
}

fn index_of(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = this_str(vm, args, "indexOf")?;
    let search = arg_str(vm, args.get(0))?;
    let pos = vm.to_integer(args.get(1))?;
    let start = pos.max(0.0).min(s.len() as f64) as usize;
    Ok(match s.chars().find(&search.chars(), start) {
        Some(i) => Value::int(i as i32),
        None => Value::int(-1),
    })
}

fn last_index_of(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = this_str(vm, args, "lastIndexOf")?;
    let search = arg_str(vm, args.get(0))?;
    let n = vm.to_number(args.get(1))?;
    let pos = if n.is_nan() { f64::INFINITY } else { libm::trunc(n) };
    let start = pos.max(0.0).min(s.len() as f64) as usize;
    Ok(match s.chars().rfind(&search.chars(), start) {
        Some(i) => Value::int(i as i32),
        None => Value::int(-1),
    })
}

fn locale_compare(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = this_str(vm, args, "localeCompare")?;
    let t = arg_str(vm, args.get(0))?;
    Ok(Value::int(match super::collation::compare(s.chars(), t.chars()) {
        core::cmp::Ordering::Less => -1,
        core::cmp::Ordering::Equal => 0,
        core::cmp::Ordering::Greater => 1,
    }))
}

fn slice(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = this_str(vm, args, "slice")?;
    let len = s.len() as f64;
    let rel = |x: f64| if x < 0.0 { (len + x).max(0.0) } else { x.min(len) };
    let start = rel(vm.to_integer(args.get(0))?);
    let end = if args.get(1).is_undefined() { len } else { rel(vm.to_integer(args.get(1))?) };
    if start >= end {
        return Ok(Value::string(vm.names.empty));
    }
    sub(vm, s, start as usize, end as usize)
}

fn substring(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = this_str(vm, args, "substring")?;
    let len = s.len() as f64;
    let a = vm.to_integer(args.get(0))?.max(0.0).min(len);
    let b = if args.get(1).is_undefined() { len } else { vm.to_integer(args.get(1))?.max(0.0).min(len) };
    let (from, to) = if a < b { (a, b) } else { (b, a) };
    if from == to {
        return Ok(Value::string(vm.names.empty));
    }
    sub(vm, s, from as usize, to as usize)
}

/// Annex B `substr`.
fn substr(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = this_str(vm, args, "substr")?;
    let len = s.len() as f64;
    let start = vm.to_integer(args.get(0))?;
    let start = if start < 0.0 { (len + start).max(0.0) } else { start.min(len) };
    let count = if args.get(1).is_undefined() { len } else { vm.to_integer(args.get(1))? };
    let count = count.max(0.0).min(len - start);
    if count <= 0.0 {
        return Ok(Value::string(vm.names.empty));
    }
    sub(vm, s, start as usize, (start + count) as usize)
}

/// Applies a Rust case mapping to UTF-16 text, keeping lone surrogates.
fn map_case(c: Chars<'_>, upper: bool) -> StrBuilder {
    let mut out = StrBuilder::with_capacity(c.len());
    if let Chars::Latin1(b) = c {
        if b.iter().all(|x| x.is_ascii()) {
            for x in b {
                out.push(if upper { x.to_ascii_uppercase() } else { x.to_ascii_lowercase() } as u16);
            }
            return out;
        }
    }
    // Decode to runs of valid text; map each run with the context-aware str API.
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut StrBuilder| {
        if !run.is_empty() {
            let mapped = if upper { run.to_uppercase() } else { run.to_lowercase() };
            out.push_str(&mapped);
            run.clear();
        }
    };
    for r in core::char::decode_utf16(c.iter()) {
        match r {
            Ok(ch) => run.push(ch),
            Err(e) => {
                flush(&mut run, &mut out);
                out.push(e.unpaired_surrogate());
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

fn to_lower_case(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = this_str(vm, args, "toLowerCase")?;
    let b = map_case(s.chars(), false);
    b.finish_value(vm)
}

fn to_upper_case(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = this_str(vm, args, "toUpperCase")?;
    let b = map_case(s.chars(), true);
    b.finish_value(vm)
}

/// WhiteSpace or LineTerminator (ES5 §7.2, §7.3).
pub fn is_space(u: u16) -> bool {
    crate::numconv::is_js_whitespace(u)
}

fn trim(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = this_str(vm, args, "trim")?;
    let c = s.chars();
    let mut a = 0;
    let mut b = c.len();
    let m = args.magic();
    if m != 2 {
        while a < b && is_space(c.at(a)) {
            a += 1;
        }
    }
    if m != 1 {
        while b > a && is_space(c.at(b - 1)) {
            b -= 1;
        }
    }
    if a == b {
        return Ok(Value::string(vm.names.empty));
    }
    sub(vm, s, a, b)
}

fn as_regexp(v: Value) -> Option<Gc<JsObject>> {
    v.as_object().filter(|o| matches!(o.data(), ObjectData::RegExp(_)))
}

fn split(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = this_str(vm, args, "split")?;
    let limit = if args.get(1).is_undefined() { u32::MAX } else { vm.to_uint32(args.get(1))? };
    let sep = args.get(0);
    let finish = |vm: &mut Vm, parts: &[Value]| -> JsResult<Value> { Ok(Value::object(super::array::array_from(vm, parts)?)) };
    // ES5 step 7: the separator is converted before the `lim = 0` check.
    let sep_s = if sep.is_undefined() || as_regexp(sep).is_some() { None } else { Some(arg_str(vm, sep)?) };
    if limit == 0 {
        return finish(vm, &[]);
    }
    if sep.is_undefined() {
        return finish(vm, &[Value::string(s)]);
    }
    if let Some(re) = as_regexp(sep) {
        let Some(prog) = regexp::program_of(re) else { return finish(vm, &[Value::string(s)]) };
        return regexp::with_text(vm, s, |vm, text| split_regexp(vm, s, &prog, text, limit));
    }
    let Some(sep_s) = sep_s else { return finish(vm, &[Value::string(s)]) };
    let mut parts: Vec<Value> = Vec::new();
    let mark = vm.roots.len();
    // `s` and `sep_s` are rooted flat strings: their characters stay put.
    let (c, sc) = (s.chars(), sep_s.chars());
    if sc.is_empty() {
        for i in 0..c.len() {
            if i as u32 == limit {
                break;
            }
            let v = vm.unit_string(c.at(i))?;
            vm.roots.push(v);
            parts.push(v);
        }
        let r = finish(vm, &parts);
        vm.roots.truncate(mark);
        return r;
    }
    let mut p = 0;
    while let Some(i) = c.find(&sc, p) {
        let piece = Value::string(JsString::from_chars(vm, c.slice(p, i))?);
        vm.roots.push(piece);
        parts.push(piece);
        if parts.len() as u32 == limit {
            let r = finish(vm, &parts);
            vm.roots.truncate(mark);
            return r;
        }
        p = i + sc.len();
    }
    let piece = Value::string(JsString::from_chars(vm, c.slice(p, c.len()))?);
    vm.roots.push(piece);
    parts.push(piece);
    let r = finish(vm, &parts);
    vm.roots.truncate(mark);
    r
}

/// `split` with a RegExp separator (ES5 §15.5.4.14). A forward search from q
/// finds the first position where SplitMatch would succeed, so q jumps there
/// directly.
fn split_regexp(vm: &mut Vm, s: Gc<JsString>, prog: &regexp::Program, text: regexp::Text<'_>, limit: u32) -> JsResult<Value> {
    let finish = |vm: &mut Vm, parts: &[Value]| -> JsResult<Value> { Ok(Value::object(super::array::array_from(vm, parts)?)) };
    let len = text.len();
    if len == 0 {
        return if prog.find(text, 0).is_some_and(|m| m.start == 0) { finish(vm, &[]) } else { finish(vm, &[Value::string(s)]) };
    }
    let mut parts: Vec<Value> = Vec::new();
    let mark = vm.roots.len();
    let (mut p, mut q) = (0usize, 0usize);
    while q < len {
        let Some(m) = prog.find(text, q) else { break };
        if m.start >= len {
            break;
        }
        q = m.start;
        let e = m.end;
        if e == p {
            q += 1;
            continue;
        }
        let piece = Value::string(JsString::from_chars(vm, text.slice(p, q))?);
        vm.roots.push(piece);
        parts.push(piece);
        if parts.len() as u32 == limit {
            let r = finish(vm, &parts);
            vm.roots.truncate(mark);
            return r;
        }
        p = e;
        for c in &m.captures {
            let v = match c {
                Some((a, b)) => Value::string(JsString::from_chars(vm, text.slice(*a, *b))?),
                None => Value::UNDEFINED,
            };
            vm.roots.push(v);
            parts.push(v);
            if parts.len() as u32 == limit {
                let r = finish(vm, &parts);
                vm.roots.truncate(mark);
                return r;
            }
        }
        q = p;
    }
    let piece = Value::string(JsString::from_chars(vm, text.slice(p.min(len), len))?);
    vm.roots.push(piece);
    parts.push(piece);
    let r = finish(vm, &parts);
    vm.roots.truncate(mark);
    r
}

/// Coerces a `match`/`search` argument to a RegExp object.
fn to_regexp(vm: &mut Vm, v: Value) -> JsResult<Gc<JsObject>> {
    if let Some(re) = as_regexp(v) {
        return Ok(re);
    }
    let re = regexp_create(vm, v, Value::UNDEFINED)?;
    vm.roots.push(Value::object(re));
    Ok(re)
}

fn match_(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = this_str(vm, args, "match")?;
    let re = to_regexp(vm, args.get(0))?;
    if regexp::flags_of(re) & FLAG_GLOBAL == 0 {
        return regexp::with_text(vm, s, |vm, text| match regexp::exec_raw(vm, re, text)? {
            Some(m) => Ok(Value::object(regexp::match_to_array(vm, &m, text, Value::string(s))?)),
            None => Ok(Value::NULL),
        });
    }
    super::define_value(vm, re, "lastIndex", Value::int(0), crate::object::attrs::WRITABLE)?;
    let Some(prog) = regexp::program_of(re) else { return Ok(Value::NULL) };
    let mark = vm.roots.len();
    let out = regexp::with_text(vm, s, |vm, text| -> JsResult<Vec<Value>> {
        let mut out: Vec<Value> = Vec::new();
        let mut from = 0usize;
        while from <= text.len() {
            let Some(m) = prog.find(text, from) else { break };
            let v = Value::string(JsString::from_chars(vm, text.slice(m.start, m.end))?);
            vm.roots.push(v);
            out.push(v);
            from = if m.end == m.start { m.end + 1 } else { m.end };
        }
        Ok(out)
    })?;
    let li = vm.names.last_index;
    crate::object::ops::put(vm, re, crate::object::PropertyKey::Atom(li), Value::int(0), Value::object(re))?;
    if out.is_empty() {
        vm.roots.truncate(mark);
        return Ok(Value::NULL);
    }
    let a = super::array::array_from(vm, &out)?;
    vm.roots.truncate(mark);
    Ok(Value::object(a))
}

fn search(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = this_str(vm, args, "search")?;
    let re = to_regexp(vm, args.get(0))?;
    let Some(prog) = regexp::program_of(re) else { return Ok(Value::int(-1)) };
    Ok(match regexp::with_text(vm, s, |_, text| prog.find(text, 0).map(|m| m.start)) {
        Some(i) => Value::int(i as i32),
        None => Value::int(-1),
    })
}

/// Expands `$` patterns of a replacement string (ES5 Table 22).
fn expand_replacement(out: &mut StrBuilder, repl: Chars<'_>, text: Text<'_>, m: &MatchResult) {
    let n = m.captures.len();
    let len = repl.len();
    let mut i = 0;
    while i < len {
        // Copy the run up to the next `$` at once.
        let run = match repl {
            Chars::Latin1(b) => memchr::memchr(b'$', &b[i..]),
            Chars::Utf16(u) => u[i..].iter().position(|c| *c == b'$' as u16),
        }
        .unwrap_or(len - i);
        if run > 0 {
            out.push_chars(repl.slice(i, i + run));
            i += run;
            continue;
        }
        let c = repl.at(i);
        if i + 1 >= len {
            out.push(c);
            i += 1;
            continue;
        }
        let d = repl.at(i + 1);
        match d {
            0x24 => {
                out.push(b'$' as u16);
                i += 2;
            }
            0x26 => {
                out.push_chars(text.slice(m.start, m.end));
                i += 2;
            }
            0x60 => {
                out.push_chars(text.slice(0, m.start));
                i += 2;
            }
            0x27 => {
                out.push_chars(text.slice(m.end.min(text.len()), text.len()));
                i += 2;
            }
            0x30..=0x39 => {
                let d1 = (d - 0x30) as usize;
                let two = repl.get(i + 2).filter(|x| (0x30..=0x39).contains(x)).map(|x| d1 * 10 + (x - 0x30) as usize);
                let (idx, len) = match two {
                    Some(k) if k >= 1 && k <= n => (k, 3),
                    _ if d1 >= 1 && d1 <= n => (d1, 2),
                    _ => (0, 0),
                };
                if len == 0 {
                    out.push(c);
                    i += 1;
                    continue;
                }
                if let Some((a, b)) = m.captures[idx - 1] {
                    out.push_chars(text.slice(a, b));
                }
                i += len;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
}

fn replace(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = this_str(vm, args, "replace")?;
    let (search_v, repl_v) = (args.get(0), args.get(1));
    let func = repl_v.as_object().filter(|o| o.is_callable()).map(Value::object);
    let re = as_regexp(search_v);
    // ES5 order: the pattern string is converted before the replacement.
    let pat = match re {
        Some(_) => None,
        None => Some(arg_str(vm, search_v)?),
    };
    // A rooted flat string: its characters stay put.
    let repl_s = match func {
        Some(_) => None,
        None => Some(arg_str(vm, repl_v)?),
    };
    let repl = repl_s.as_ref().map_or(Chars::Latin1(&[]), |r| r.chars());
    regexp::with_text(vm, s, |vm, text| {
        let mut matches: Vec<MatchResult> = Vec::new();
        if let Some(re) = re {
            if regexp::flags_of(re) & FLAG_GLOBAL != 0 {
                let li = vm.names.last_index;
                crate::object::ops::put(vm, re, crate::object::PropertyKey::Atom(li), Value::int(0), Value::object(re))?;
                let prog = regexp::program_of(re);
                if let (Some(prog), None) = (&prog, func) {
                    // A string replacement: expand each match as it is found.
                    let mut out = StrBuilder::with_capacity(text.len());
                    let (mut last, mut from, mut any) = (0, 0, false);
                    while from <= text.len() {
                        let Some(m) = prog.find(text, from) else { break };
                        from = if m.end == m.start { m.end + 1 } else { m.end };
                        out.push_chars(text.slice(last, m.start));
                        expand_replacement(&mut out, repl, text, &m);
                        last = m.end;
                        any = true;
                    }
                    if !any {
                        return Ok(Value::string(s));
                    }
                    out.push_chars(text.slice(last.min(text.len()), text.len()));
                    return out.finish_value(vm);
                }
                if let Some(prog) = prog {
                    let mut from = 0usize;
                    while from <= text.len() {
                        let Some(m) = prog.find(text, from) else { break };
                        from = if m.end == m.start { m.end + 1 } else { m.end };
                        matches.push(m);
                    }
                }
            } else if let Some(m) = regexp::exec_raw(vm, re, text)? {
                matches.push(m);
            }
        } else if let Some((pat, i)) = pat.and_then(|p| Some((p, text.chars().find(&p.chars(), 0)?))) {
            matches.push(MatchResult { start: i, end: i + pat.len(), captures: Vec::new() });
        }
        if matches.is_empty() {
            return Ok(Value::string(s));
        }
        let mut out = StrBuilder::with_capacity(text.len());
        let mut last = 0;
        for m in &matches {
            out.push_chars(text.slice(last, m.start));
            match func {
                Some(f) => {
                    let mark = vm.roots.len();
                    let mut call_args = Vec::with_capacity(m.captures.len() + 3);
                    let whole = Value::string(JsString::from_chars(vm, text.slice(m.start, m.end))?);
                    vm.roots.push(whole);
                    call_args.push(whole);
                    for c in &m.captures {
                        let v = match c {
                            Some((a, b)) => Value::string(JsString::from_chars(vm, text.slice(*a, *b))?),
                            None => Value::UNDEFINED,
                        };
                        vm.roots.push(v);
                        call_args.push(v);
                    }
                    call_args.push(Value::int(m.start as i32));
                    call_args.push(Value::string(s));
                    let r = vm.call(f, Value::UNDEFINED, &call_args)?;
                    let rs = vm.to_string(r)?;
                    vm.roots.push(Value::string(rs));
                    let rf = string::flatten(vm, rs)?;
                    out.push_chars(rf.chars());
                    vm.roots.truncate(mark);
                }
                None => expand_replacement(&mut out, repl, text, m),
            }
            last = m.end;
        }
        out.push_chars(text.slice(last.min(text.len()), text.len()));
        out.finish_value(vm)
    })
}

/// Annex B HTML methods: `"x".bold()` → `<b>x</b>` (`magic` indexes the table).
fn html(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    const TAGS: [(&str, &str); 13] = [
        ("a", "name"),
        ("big", ""),
        ("blink", ""),
        ("b", ""),
        ("tt", ""),
        ("font", "color"),
        ("font", "size"),
        ("i", ""),
        ("a", "href"),
        ("small", ""),
        ("strike", ""),
        ("sub", ""),
        ("sup", ""),
    ];
    let s = this_str(vm, args, "html method")?;
    let (tag, attr) = TAGS[args.magic() as usize];
    let mut out = StrBuilder::new();
    out.push(b'<' as u16);
    out.push_str(tag);
    if !attr.is_empty() {
        let v = arg_str(vm, args.get(0))?;
        out.push(b' ' as u16);
        out.push_str(attr);
        out.push_str("=\"");
        for u in v.chars().iter() {
            if u == b'"' as u16 {
                out.push_str("&quot;");
            } else {
                out.push(u);
            }
        }
        out.push(b'"' as u16);
    }
    out.push(b'>' as u16);
    out.push_chars(s.chars());
    out.push_str("</");
    out.push_str(tag);
    out.push(b'>' as u16);
    out.finish_value(vm)
}

/// Installs `String`.
pub fn init(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.string_prototype;
    let ctor = install_constructor(vm, "String", string_ctor, 1, proto)?;
    // Called as a function, it converts and changes nothing.
    super::mark_traced(ctor, NativeTrace::Pure);
    super::define_traced(vm, ctor, "fromCharCode", from_char_code, 1, 0, NativeTrace::FromCharCode)?;
    super::define_traced(vm, proto, "toString", to_string, 0, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "valueOf", value_of, 0, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "charAt", char_at, 1, 0, NativeTrace::CharAt)?;
    super::define_traced(vm, proto, "charCodeAt", char_code_at, 1, 0, NativeTrace::CharCodeAt)?;
    super::define_traced(vm, proto, "concat", concat, 1, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "indexOf", index_of, 1, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "lastIndexOf", last_index_of, 1, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "localeCompare", locale_compare, 1, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "match", match_, 1, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "replace", replace, 2, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "search", search, 1, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "slice", slice, 2, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "split", split, 2, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "substring", substring, 2, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "substr", substr, 2, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "toLowerCase", to_lower_case, 0, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "toLocaleLowerCase", to_lower_case, 0, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "toUpperCase", to_upper_case, 0, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "toLocaleUpperCase", to_upper_case, 0, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "trim", trim, 0, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "trimLeft", trim, 0, 1, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "trimRight", trim, 0, 2, NativeTrace::Pure)?;
    for (i, name) in ["anchor", "big", "blink", "bold", "fixed", "fontcolor", "fontsize", "italics", "link", "small", "strike", "sub", "sup"].iter().enumerate() {
        super::define_method_magic(vm, proto, name, html, if [0, 5, 6, 8].contains(&i) { 1 } else { 0 }, i as u32)?;
    }
    super::regexp::init(vm)?;
    Ok(())
}
