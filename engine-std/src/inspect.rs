//! A node-style `util.inspect` and `util.format` for `console.log` and the
//! REPL: the same text as node for the values an ES5 engine has (a port of
//! node's `lib/internal/util/inspect.js`, its default options: depth 2, break
//! length 80, compact 3, at most 100 array items).
//!
//! Plain data runs no script code: properties are read as they are stored
//! (accessors show as `[Getter]`, `[Setter]`, `[Getter/Setter]`), constructor
//! names come from `constructor` data properties, and nothing is called. Only
//! the format specifiers that convert by definition (`%s` of an object with its
//! own `toString`, `%d`, `%i`, `%f`, `%j`) call into the script, as in node.

use std::collections::HashMap;

use engine_core::gc::Gc;
use engine_core::object::ops::{self, OwnProperty};
use engine_core::object::{attrs, FunctionKind, JsObject, ObjectClass, ObjectData, PropertyKey};
use engine_core::string::{self, JsString};
use engine_core::{numconv, JsResult, Value, Vm};

const BREAK_LENGTH: i64 = 80;
const COMPACT: i64 = 3;
const MAX_ARRAY_LENGTH: usize = 100;
const MAX_STRING_LENGTH: usize = 10_000;
const MIN_LINE_LENGTH: usize = 16;

/// What to show.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Levels of nesting shown before objects are abbreviated to `[Object]`
    /// (`None`: all).
    pub depth: Option<i64>,
    /// Non-enumerable properties too, as `[name]: value` (`%o`).
    pub show_hidden: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { depth: Some(2), show_hidden: false }
    }
}

/// node's `kObjectType`, `kArrayType`, `kArrayExtrasType`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Object,
    Array,
    ArrayExtras,
}

/// `util.inspect(v, opts)`.
pub fn inspect(vm: &mut Vm, v: Value, opts: Options) -> JsResult<String> {
    Ctx::new(vm, opts).format_value(v, 0)
}

/// `util.format(...args)` (what `console.log` prints): `%s %d %i %f %j %o %O %c %%`
/// in a first string argument, the other arguments inspected and joined by spaces
/// (strings as they are).
pub fn format_args(vm: &mut Vm, args: &[Value]) -> JsResult<String> {
    let mut out = String::new();
    let mut a = 0;
    let mut join = "";
    if let Some(first) = args.first().and_then(|v| v.as_string()) {
        let first = units_of(vm, first)?;
        if args.len() == 1 {
            return Ok(lossy(&first));
        }
        let mut last_pos = 0;
        let mut i = 0;
        while i + 1 < first.len() {
            if first[i] == u16::from(b'%') {
                i += 1;
                let next = first[i];
                if a + 1 != args.len() {
                    let temp = match u8::try_from(next).unwrap_or(0) {
                        b's' => {
                            a += 1;
                            format_s(vm, args[a])?
                        }
                        b'j' => {
                            a += 1;
                            stringify(vm, args[a])?
                        }
                        b'd' => {
                            a += 1;
                            format_number(vm.to_number(args[a])?)
                        }
                        b'O' => {
                            a += 1;
                            inspect(vm, args[a], Options::default())?
                        }
                        b'o' => {
                            a += 1;
                            inspect(vm, args[a], Options { depth: Some(4), show_hidden: true })?
                        }
                        b'i' => {
                            a += 1;
                            let s = vm.to_string(args[a])?;
                            let u = units_of(vm, s)?;
                            format_number(numconv::parse_int(&u, 0))
                        }
                        b'f' => {
                            a += 1;
                            let s = vm.to_string(args[a])?;
                            let u = units_of(vm, s)?;
                            format_number(numconv::parse_float(&u))
                        }
                        b'c' => {
                            a += 1;
                            String::new()
                        }
                        b'%' => {
                            out.push_str(&lossy(&first[last_pos..i]));
                            last_pos = i + 1;
                            i += 1;
                            continue;
                        }
                        _ => {
                            i += 1;
                            continue;
                        }
                    };
                    if last_pos != i - 1 {
                        out.push_str(&lossy(&first[last_pos..i - 1]));
                    }
                    out.push_str(&temp);
                    last_pos = i + 1;
                } else if next == u16::from(b'%') {
                    out.push_str(&lossy(&first[last_pos..i]));
                    last_pos = i + 1;
                }
            }
            i += 1;
        }
        if last_pos != 0 {
            a += 1;
            join = " ";
            if last_pos < first.len() {
                out.push_str(&lossy(&first[last_pos..]));
            }
        }
    }
    while a < args.len() {
        let v = args[a];
        out.push_str(join);
        match v.as_string() {
            Some(s) => {
                let u = units_of(vm, s)?;
                out.push_str(&lossy(&u));
            }
            None => out.push_str(&inspect(vm, v, Options::default())?),
        }
        join = " ";
        a += 1;
    }
    Ok(out)
}

/// `%s`: numbers as inspect shows them, objects with the builtin `toString`
/// inspected one level deep, anything else through `String(v)`.
fn format_s(vm: &mut Vm, v: Value) -> JsResult<String> {
    if let Some(n) = v.as_number() {
        return Ok(format_number(n));
    }
    if let Some(o) = v.as_object() {
        if !o.is_callable() && has_builtin_to_string(vm, o)? {
            return inspect(vm, v, Options { depth: Some(0), show_hidden: false });
        }
    }
    let s = vm.to_string(v)?;
    let u = units_of(vm, s)?;
    Ok(lossy(&u))
}

/// `%j`: `JSON.stringify(v)`, `[Circular]` for cyclic data.
fn stringify(vm: &mut Vm, v: Value) -> JsResult<String> {
    let g = vm.realm.global;
    let json_key = vm.key_from_str("JSON")?;
    let json = ops::get(vm, g, json_key, Value::object(g))?;
    let Some(json) = json.as_object() else { return Ok(String::from("undefined")) };
    let key = vm.key_from_str("stringify")?;
    let f = ops::get(vm, json, key, Value::object(json))?;
    match vm.call(f, Value::object(json), &[v]) {
        Ok(r) if r.is_undefined() => Ok(String::from("undefined")),
        Ok(r) => {
            let s = vm.to_string(r)?;
            let u = units_of(vm, s)?;
            Ok(lossy(&u))
        }
        Err(e) => {
            if let Some(o) = e.as_object() {
                if o.proto() == Some(vm.realm.type_error_prototype) {
                    if let Some(m) = data_property(vm, o, "message")?.and_then(|m| m.as_string()) {
                        let m = units_of(vm, m)?;
                        if lossy(&m).starts_with("Converting circular structure to JSON") {
                            return Ok(String::from("[Circular]"));
                        }
                    }
                }
            }
            Err(e)
        }
    }
}

/// node's `hasBuiltInToString`: is the `toString` an object would use one of
/// the builtin constructors' prototypes' own?
fn has_builtin_to_string(vm: &mut Vm, o: Gc<JsObject>) -> JsResult<bool> {
    let to_string = lookup_data(vm, o, "toString")?;
    if !to_string.is_some_and(|f| f.as_object().is_some_and(|f| f.is_callable())) {
        return Ok(true);
    }
    if own(vm, o, "toString")?.is_some() {
        return Ok(false);
    }
    let mut p = o.proto();
    while let Some(x) = p {
        if own(vm, x, "toString")?.is_some() {
            break;
        }
        p = x.proto();
    }
    let Some(holder) = p else { return Ok(true) };
    let ctor = match own(vm, holder, "constructor")? {
        Some(OwnProperty::Data { value, .. }) => value,
        _ => return Ok(false),
    };
    match ctor.as_object().filter(|f| f.is_callable()) {
        Some(f) => {
            let name = function_name(vm, f)?;
            Ok(BUILTIN_CONSTRUCTORS.contains(&name.as_str()))
        }
        None => Ok(false),
    }
}

/// The global constructors node counts as builtin (those this engine has).
const BUILTIN_CONSTRUCTORS: &[&str] = &[
    "Object",
    "Function",
    "Array",
    "String",
    "Number",
    "Boolean",
    "Date",
    "RegExp",
    "Error",
    "TypeError",
    "RangeError",
    "ReferenceError",
    "SyntaxError",
    "EvalError",
    "URIError",
];

// ---------------------------------------------------------------------------
// Text helpers

fn units_of(vm: &mut Vm, s: Gc<JsString>) -> JsResult<Vec<u16>> {
    vm.roots.push(Value::string(s));
    let f = string::flatten(vm, s);
    vm.roots.pop();
    Ok(f?.chars().to_vec())
}

fn lossy(u: &[u16]) -> String {
    let mut s = String::with_capacity(u.len());
    string::push_utf8_lossy(&mut s, u.iter().copied());
    s
}

/// JavaScript's `.length` of Rust text (UTF-16 units).
fn len16(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

fn spaces(n: i64) -> String {
    " ".repeat(n.max(0) as usize)
}

/// `-0` as `-0`, other numbers as `String(n)`.
pub fn format_number(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        return String::from("-0");
    }
    numconv::number_to_string(n)
}

/// node's `meta` table: escapes of the C0 controls, `'`, `\` and C1 controls.
fn meta(c: u16) -> Option<String> {
    Some(match c {
        0x08 => String::from("\\b"),
        0x09 => String::from("\\t"),
        0x0A => String::from("\\n"),
        0x0C => String::from("\\f"),
        0x0D => String::from("\\r"),
        0x27 => String::from("\\'"),
        0x5C => String::from("\\\\"),
        0x00..=0x1F | 0x7F..=0x9F => format!("\\x{c:02X}"),
        _ => return None,
    })
}

fn is_high(c: u16) -> bool {
    (0xD800..=0xDBFF).contains(&c)
}
fn is_low(c: u16) -> bool {
    (0xDC00..=0xDFFF).contains(&c)
}

/// node's `strEscape`: the string quoted with `'` (or `"` when it contains `'`
/// but no `"`, or `` ` `` when it contains both but no backtick or `${`), with
/// control characters, the quote, backslashes and lone surrogates escaped.
pub fn str_escape(s: &[u16]) -> String {
    let has = |c: u8| s.contains(&u16::from(c));
    let mut quote = b'\'';
    if has(b'\'') {
        if !has(b'"') {
            quote = b'"';
        } else if !has(b'`') && !s.windows(2).any(|w| w == [u16::from(b'$'), u16::from(b'{')]) {
            quote = b'`';
        }
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote as char);
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if (c == 0x27 && quote == b'\'') || c == 0x5C || c < 0x20 || (0x7F..0xA0).contains(&c) {
            out.push_str(&meta(c).unwrap_or_default());
        } else if is_high(c) && i + 1 < s.len() && is_low(s[i + 1]) {
            string::push_utf8_lossy(&mut out, s[i..i + 2].iter().copied());
            i += 1;
        } else if is_high(c) || is_low(c) {
            out.push_str(&format!("\\u{c:x}"));
        } else {
            string::push_utf8_lossy(&mut out, std::iter::once(c));
        }
        i += 1;
    }
    out.push(quote as char);
    out
}

/// node's `strEscapeSequencesReplacer` with `escapeFn` (keys shown as `[key]`).
fn escape_all(s: &[u16]) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if let (Some(m), true) = (meta(c), c == 0x27 || c == 0x5C || c < 0x20 || (0x7F..0xA0).contains(&c)) {
            out.push_str(&m);
        } else if is_high(c) && i + 1 < s.len() && is_low(s[i + 1]) {
            string::push_utf8_lossy(&mut out, s[i..i + 2].iter().copied());
            i += 1;
        } else if is_high(c) || is_low(c) {
            out.push_str(&format!("\\u{c:x}"));
        } else {
            string::push_utf8_lossy(&mut out, std::iter::once(c));
        }
        i += 1;
    }
    out
}

/// `/^[a-zA-Z_][a-zA-Z_0-9]*$/`.
fn is_identifier_key(s: &[u16]) -> bool {
    let ok = |c: u16, first: bool| c < 128 && ((c as u8).is_ascii_alphabetic() || c == u16::from(b'_') || (!first && (c as u8).is_ascii_digit()));
    !s.is_empty() && ok(s[0], true) && s[1..].iter().all(|&c| ok(c, false))
}

/// node's `getStringWidth` (without ICU: East Asian wide and full-width
/// characters count 2, zero-width ones 0).
fn string_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let code = c as u32;
            if is_full_width(code) {
                2
            } else if is_zero_width(code) {
                0
            } else {
                1
            }
        })
        .sum()
}

fn is_full_width(code: u32) -> bool {
    code >= 0x1100
        && (code <= 0x115f
            || code == 0x2329
            || code == 0x232a
            || (0x2e80..=0x3247).contains(&code) && code != 0x303f
            || (0x3250..=0x4dbf).contains(&code)
            || (0x4e00..=0xa4c6).contains(&code)
            || (0xa960..=0xa97c).contains(&code)
            || (0xac00..=0xd7a3).contains(&code)
            || (0xf900..=0xfaff).contains(&code)
            || (0xfe10..=0xfe19).contains(&code)
            || (0xfe30..=0xfe6b).contains(&code)
            || (0xff01..=0xff60).contains(&code)
            || (0xffe0..=0xffe6).contains(&code)
            || (0x1b000..=0x1b001).contains(&code)
            || (0x1f200..=0x1f251).contains(&code)
            || (0x1f300..=0x1f64f).contains(&code)
            || (0x20000..=0x3fffd).contains(&code))
}

fn is_zero_width(code: u32) -> bool {
    code <= 0x1F
        || (0x7F..=0x9F).contains(&code)
        || (0x300..=0x36F).contains(&code)
        || (0x200B..=0x200F).contains(&code)
        || (0x20D0..=0x20FF).contains(&code)
        || (0xFE00..=0xFE0F).contains(&code)
        || (0xFE20..=0xFE2F).contains(&code)
        || (0xE0100..=0xE01EF).contains(&code)
}

fn pad_start(s: &str, width: usize) -> String {
    let n = len16(s);
    if n >= width { s.to_string() } else { format!("{}{s}", " ".repeat(width - n)) }
}

fn pad_end(s: &str, width: usize) -> String {
    let n = len16(s);
    if n >= width { s.to_string() } else { format!("{s}{}", " ".repeat(width - n)) }
}

fn plural(n: usize) -> &'static str {
    if n > 1 { "s" } else { "" }
}

fn remaining_text(n: usize) -> String {
    format!("... {n} more item{}", plural(n))
}

// ---------------------------------------------------------------------------
// Property access without running script code

fn own(vm: &mut Vm, o: Gc<JsObject>, name: &str) -> JsResult<Option<OwnProperty>> {
    let k = vm.key_from_str(name)?;
    ops::get_own_property(vm, o, k)
}

/// An own data property's value (`None` when absent or an accessor).
fn data_property(vm: &mut Vm, o: Gc<JsObject>, name: &str) -> JsResult<Option<Value>> {
    Ok(match own(vm, o, name)? {
        Some(OwnProperty::Data { value, .. }) => Some(value),
        _ => None,
    })
}

/// `o[name]` when every object on the way stores it as data: `None` when it is
/// absent or the first one found is an accessor (whose getter is not run).
fn lookup_data(vm: &mut Vm, o: Gc<JsObject>, name: &str) -> JsResult<Option<Value>> {
    let k = vm.key_from_str(name)?;
    let mut p = Some(o);
    while let Some(x) = p {
        match ops::get_own_property(vm, x, k)? {
            Some(OwnProperty::Data { value, .. }) => return Ok(Some(value)),
            Some(OwnProperty::Accessor { .. }) => return Ok(None),
            None => p = x.proto(),
        }
    }
    Ok(None)
}

/// A function's `name` (data properties only), or "".
fn function_name(vm: &mut Vm, f: Gc<JsObject>) -> JsResult<String> {
    match lookup_data(vm, f, "name")?.and_then(|v| v.as_string()) {
        Some(s) => Ok(lossy(&units_of(vm, s)?)),
        None => Ok(String::new()),
    }
}

fn in_chain(o: Gc<JsObject>, proto: Gc<JsObject>) -> bool {
    let mut p = o.proto();
    while let Some(x) = p {
        if x == proto {
            return true;
        }
        p = x.proto();
    }
    false
}

/// `o instanceof f` through data properties only (false if `f.prototype` is an
/// accessor).
fn instance_of(vm: &mut Vm, o: Gc<JsObject>, f: Gc<JsObject>) -> JsResult<bool> {
    let mut target = f;
    while let ObjectData::Function(FunctionKind::Bound(b)) = target.data() {
        target = b.target;
    }
    match data_property(vm, target, "prototype")?.and_then(|p| p.as_object()) {
        Some(p) => Ok(in_chain(o, p)),
        None => Ok(false),
    }
}

/// A value as text without calling script code (`String(v)` for primitives).
fn primitive_text(vm: &mut Vm, v: Value) -> JsResult<Option<String>> {
    if let Some(s) = v.as_string() {
        return Ok(Some(lossy(&units_of(vm, s)?)));
    }
    if let Some(n) = v.as_number() {
        return Ok(Some(numconv::number_to_string(n)));
    }
    if let Some(b) = v.as_bool() {
        return Ok(Some(b.to_string()));
    }
    if v.is_undefined() {
        return Ok(Some(String::from("undefined")));
    }
    if v.is_null() {
        return Ok(Some(String::from("null")));
    }
    Ok(None)
}

fn key_units(vm: &mut Vm, k: PropertyKey) -> JsResult<Vec<u16>> {
    match k {
        PropertyKey::Index(i) => Ok(i.to_string().encode_utf16().collect()),
        PropertyKey::Atom(s) => units_of(vm, s),
    }
}

/// V8's internal constructor name of an object without a prototype chain to
/// ask.
fn class_name(o: Gc<JsObject>) -> &'static str {
    match o.class() {
        ObjectClass::Array => "Array",
        ObjectClass::Function => "Function",
        ObjectClass::Error => "Error",
        ObjectClass::Boolean => "Boolean",
        ObjectClass::Number => "Number",
        ObjectClass::String => "String",
        ObjectClass::Date => "Date",
        ObjectClass::RegExp => "RegExp",
        _ => "Object",
    }
}

/// node's `getPrefix`.
fn get_prefix(constructor: Option<&str>, tag: &str, fallback: &str, size: &str) -> String {
    match constructor {
        None => {
            if !tag.is_empty() && fallback != tag {
                format!("[{fallback}{size}: null prototype] [{tag}] ")
            } else {
                format!("[{fallback}{size}: null prototype] ")
            }
        }
        Some(c) => {
            if !tag.is_empty() && c != tag {
                format!("{c}{size} [{tag}] ")
            } else {
                format!("{c}{size} ")
            }
        }
    }
}

fn without_last_char(mut s: String) -> String {
    s.pop();
    s
}

// ---------------------------------------------------------------------------
// The formatter

struct Ctx<'v> {
    vm: &'v mut Vm,
    opts: Options,
    seen: Vec<Gc<JsObject>>,
    /// Objects met again while inside themselves; `[Circular *n]` is position + 1.
    circular: Vec<Gc<JsObject>>,
    indentation_lvl: i64,
    current_depth: i64,
    budget: HashMap<i64, usize>,
}

impl<'v> Ctx<'v> {
    fn new(vm: &'v mut Vm, opts: Options) -> Ctx<'v> {
        Ctx { vm, opts, seen: Vec::new(), circular: Vec::new(), indentation_lvl: 0, current_depth: 0, budget: HashMap::new() }
    }

    fn too_deep(&self, recurse_times: i64) -> bool {
        matches!(self.opts.depth, Some(d) if recurse_times > d)
    }

    fn format_value(&mut self, v: Value, recurse_times: i64) -> JsResult<String> {
        let Some(o) = v.as_object() else {
            if v.is_null() {
                return Ok(String::from("null"));
            }
            return self.format_primitive(v);
        };
        if self.seen.contains(&o) {
            let index = match self.circular.iter().position(|c| *c == o) {
                Some(i) => i + 1,
                None => {
                    self.circular.push(o);
                    self.circular.len()
                }
            };
            return Ok(format!("[Circular *{index}]"));
        }
        self.format_raw(o, recurse_times)
    }

    fn format_primitive(&mut self, v: Value) -> JsResult<String> {
        if let Some(s) = v.as_string() {
            let mut u = units_of(self.vm, s)?;
            let mut trailer = String::new();
            if u.len() > MAX_STRING_LENGTH {
                let remaining = u.len() - MAX_STRING_LENGTH;
                u.truncate(MAX_STRING_LENGTH);
                trailer = format!("... {remaining} more character{}", plural(remaining));
            }
            if u.len() > MIN_LINE_LENGTH && (u.len() as i64) > BREAK_LENGTH - self.indentation_lvl - 4 {
                // Long strings with line breaks: one quoted piece per line.
                let mut pieces = Vec::new();
                let mut start = 0;
                for (i, &c) in u.iter().enumerate() {
                    if c == u16::from(b'\n') {
                        pieces.push(str_escape(&u[start..=i]));
                        start = i + 1;
                    }
                }
                if start < u.len() {
                    pieces.push(str_escape(&u[start..]));
                }
                return Ok(pieces.join(&format!(" +\n{}", spaces(self.indentation_lvl + 2))) + &trailer);
            }
            return Ok(str_escape(&u) + &trailer);
        }
        if let Some(n) = v.as_number() {
            return Ok(format_number(n));
        }
        if let Some(b) = v.as_bool() {
            return Ok(b.to_string());
        }
        Ok(String::from("undefined"))
    }

    /// node's `getConstructorName` (`None`: a null-prototype object).
    fn constructor_name(&mut self, o: Gc<JsObject>, recurse_times: i64) -> JsResult<Option<String>> {
        let (object_proto, function_proto) = (self.vm.realm.object_prototype, self.vm.realm.function_prototype);
        let mut cur = Some(o);
        let mut first_proto: Option<Option<Gc<JsObject>>> = None;
        while let Some(x) = cur {
            if x == object_proto && in_chain(o, object_proto) {
                return Ok(Some(String::from("Object")));
            }
            if x == function_proto && in_chain(o, function_proto) {
                return Ok(Some(String::from("Function")));
            }
            if let Some(OwnProperty::Data { value, .. }) = own(self.vm, x, "constructor")? {
                if let Some(f) = value.as_object().filter(|f| f.is_callable()) {
                    let name = function_name(self.vm, f)?;
                    if !name.is_empty() && instance_of(self.vm, o, f)? {
                        return Ok(Some(name));
                    }
                }
            }
            cur = x.proto();
            if first_proto.is_none() {
                first_proto = Some(cur);
            }
        }
        let Some(Some(first)) = first_proto else { return Ok(None) };
        let res = class_name(o);
        if self.too_deep(recurse_times) {
            return Ok(Some(format!("{res} <Complex prototype>")));
        }
        match self.constructor_name(first, recurse_times + 1)? {
            Some(c) => Ok(Some(format!("{res} <{c}>"))),
            None => {
                let opts = Options { depth: Some(-1), show_hidden: self.opts.show_hidden };
                let preview = Ctx::new(self.vm, opts).format_value(Value::object(first), 0)?;
                Ok(Some(format!("{res} <{preview}>")))
            }
        }
    }

    fn keys(&mut self, o: Gc<JsObject>) -> JsResult<Vec<PropertyKey>> {
        ops::own_keys(self.vm, o, !self.opts.show_hidden)
    }

    fn format_raw(&mut self, o: Gc<JsObject>, mut recurse_times: i64) -> JsResult<String> {
        let constructor = self.constructor_name(o, recurse_times)?;
        let ctor = constructor.as_deref();
        // Symbol.toStringTag of the builtin namespaces (node: `Object [Math] {}`).
        let tag = match o.class() {
            ObjectClass::Math => "Math",
            ObjectClass::Json => "JSON",
            _ => "",
        };
        let mut base = String::new();
        let mut braces = (String::from("{"), "}");
        let mut kind = Kind::Object;
        let mut is_array = false;
        let mut keys;
        if o.class() == ObjectClass::Array {
            let len = o.length();
            let prefix = if ctor != Some("Array") || !tag.is_empty() { get_prefix(ctor, tag, "Array", &format!("({len})")) } else { String::new() };
            keys = self.keys(o)?;
            keys.retain(|k| matches!(k, PropertyKey::Atom(_)));
            braces = (format!("{prefix}["), "]");
            if len == 0 && keys.is_empty() {
                return Ok(format!("{}]", braces.0));
            }
            kind = Kind::ArrayExtras;
            is_array = true;
        } else {
            keys = self.keys(o)?;
            if o.is_callable() {
                base = self.function_base(o, ctor, tag)?;
                if keys.is_empty() {
                    return Ok(base);
                }
            } else if ctor == Some("Object") {
                if o.class() == ObjectClass::Arguments {
                    braces.0 = String::from("[Arguments] {");
                } else if !tag.is_empty() {
                    braces.0 = format!("{}{{", get_prefix(ctor, tag, "Object", ""));
                }
                if keys.is_empty() {
                    return Ok(format!("{}}}", braces.0));
                }
            } else if let ObjectData::RegExp(re) = o.data() {
                let source = re.source;
                let flags = re.flags;
                let mut text = String::from("/");
                text.push_str(&lossy(&units_of(self.vm, source)?));
                text.push('/');
                for (bit, c) in [(1, 'g'), (2, 'i'), (4, 'm')] {
                    if flags & bit != 0 {
                        text.push(c);
                    }
                }
                let prefix = get_prefix(ctor, tag, "RegExp", "");
                base = if prefix != "RegExp " { format!("{prefix}{text}") } else { text };
                if keys.is_empty() || self.too_deep(recurse_times) {
                    return Ok(base);
                }
            } else if let ObjectData::Date(t) = o.data() {
                let text = engine_core::date::to_iso_string(*t).unwrap_or_else(|| String::from("Invalid Date"));
                let prefix = get_prefix(ctor, tag, "Date", "");
                base = if prefix != "Date " { format!("{prefix}{text}") } else { text };
                if keys.is_empty() {
                    return Ok(base);
                }
            } else if self.is_error(o) {
                base = self.format_error(o, ctor, tag, &mut keys)?;
                if keys.is_empty() {
                    return Ok(base);
                }
            } else if matches!(o.data(), ObjectData::Number(_) | ObjectData::String(_) | ObjectData::Boolean(_)) {
                base = self.boxed_base(o, ctor, tag, &mut keys)?;
                if keys.is_empty() {
                    return Ok(base);
                }
            } else {
                let style = self.ctx_style(o, ctor, tag);
                if keys.is_empty() {
                    return Ok(format!("{style}{{}}"));
                }
                braces.0 = format!("{style}{{");
            }
        }
        if self.too_deep(recurse_times) {
            let mut name = without_last_char(self.ctx_style(o, ctor, tag));
            if ctor.is_some() {
                name = format!("[{name}]");
            }
            return Ok(name);
        }
        recurse_times += 1;
        self.seen.push(o);
        self.current_depth = recurse_times;
        let mut output = if is_array { self.format_array(o, recurse_times)? } else { Vec::new() };
        for k in keys {
            let p = self.format_property(o, recurse_times, k, kind)?;
            output.push(p);
        }
        if let Some(i) = self.circular.iter().position(|c| *c == o) {
            let reference = format!("<ref *{}>", i + 1);
            base = if base.is_empty() { reference } else { format!("{reference} {base}") };
        }
        self.seen.pop();
        let res = self.reduce_to_single_string(output, &base, (&braces.0, braces.1), kind, recurse_times, if is_array { Some(o) } else { None })?;
        let budget = self.budget.entry(self.indentation_lvl).or_insert(0);
        *budget += res.len();
        if *budget > 1 << 27 {
            self.opts.depth = Some(-1);
        }
        Ok(res)
    }

    fn is_error(&self, o: Gc<JsObject>) -> bool {
        o.class() == ObjectClass::Error || in_chain(o, self.vm.realm.error_prototype)
    }

    /// node's `getCtxStyle`.
    fn ctx_style(&self, o: Gc<JsObject>, ctor: Option<&str>, tag: &str) -> String {
        let mut fallback = "";
        if ctor.is_none() {
            fallback = class_name(o);
            if fallback == tag {
                fallback = "Object";
            }
        }
        get_prefix(ctor, tag, fallback, "")
    }

    /// node's `getFunctionBase`: `[Function: name]`, `[Function (anonymous)]`.
    fn function_base(&mut self, f: Gc<JsObject>, ctor: Option<&str>, tag: &str) -> JsResult<String> {
        let mut base = String::from("[Function");
        if ctor.is_none() {
            base.push_str(" (null prototype)");
        }
        let name = function_name(self.vm, f)?;
        if name.is_empty() {
            base.push_str(" (anonymous)");
        } else {
            base.push_str(": ");
            base.push_str(&name);
        }
        base.push(']');
        if let Some(c) = ctor {
            if c != "Function" {
                base.push(' ');
                base.push_str(c);
            }
        }
        if !tag.is_empty() && ctor != Some(tag) {
            base.push_str(&format!(" [{tag}]"));
        }
        Ok(base)
    }

    /// node's `getBoxedBase`: `[Number: 3]`, `[String: 'ab']`, `[Boolean: true]`.
    fn boxed_base(&mut self, o: Gc<JsObject>, ctor: Option<&str>, tag: &str, keys: &mut Vec<PropertyKey>) -> JsResult<String> {
        let (ty, value) = match o.data() {
            ObjectData::Number(n) => ("Number", Value::number(*n)),
            ObjectData::String(s) => {
                // The index keys repeat the string.
                let len = s.len() as u32;
                keys.retain(|k| !matches!(k, PropertyKey::Index(i) if *i < len));
                ("String", Value::string(*s))
            }
            ObjectData::Boolean(b) => ("Boolean", Value::bool(*b)),
            _ => ("Object", Value::UNDEFINED),
        };
        let mut base = format!("[{ty}");
        if Some(ty) != ctor {
            match ctor {
                None => base.push_str(" (null prototype)"),
                Some(c) => base.push_str(&format!(" ({c})")),
            }
        }
        let saved = self.indentation_lvl;
        let text = self.format_primitive(value)?;
        self.indentation_lvl = saved;
        base.push_str(&format!(": {text}]"));
        if !tag.is_empty() && Some(tag) != ctor {
            base.push_str(&format!(" [{tag}]"));
        }
        Ok(base)
    }

    /// node's `formatError`: the stack (or `Name: message`), brackets when it has
    /// no frames, indented to the current level.
    fn format_error(&mut self, err: Gc<JsObject>, ctor: Option<&str>, tag: &str, keys: &mut Vec<PropertyKey>) -> JsResult<String> {
        let name_v = lookup_data(self.vm, err, "name")?;
        let name = match name_v {
            Some(v) if !v.is_nullish() => primitive_text(self.vm, v)?.unwrap_or_else(|| String::from("Error")),
            _ => String::from("Error"),
        };
        let message_v = lookup_data(self.vm, err, "message")?;
        let stack_v = lookup_data(self.vm, err, "stack")?;
        let mut stack = match stack_v {
            Some(v) if v.truthy() => match primitive_text(self.vm, v)? {
                Some(s) => s,
                None => self.error_to_string(name_v, message_v)?,
            },
            _ => self.error_to_string(name_v, message_v)?,
        };
        // Hide name, message and stack properties the stack already shows.
        if !self.opts.show_hidden && !keys.is_empty() {
            for field in ["name", "message", "stack"] {
                let key = self.vm.key_from_str(field)?;
                if let Some(pos) = keys.iter().position(|k| *k == key) {
                    let v = lookup_data(self.vm, err, field)?.unwrap_or(Value::UNDEFINED);
                    let text = primitive_text(self.vm, v)?.unwrap_or_else(|| String::from("[object Object]"));
                    if stack.contains(&text) {
                        keys.remove(pos);
                    }
                }
            }
        }
        stack = improve_stack(stack, ctor, &name, tag);
        // Ignore the message if the stack contains it (JS: `(msg && indexOf) || -1`).
        let message = match message_v {
            Some(v) if v.truthy() => primitive_text(self.vm, v)?,
            _ => None,
        };
        let mut pos: Option<usize> = None;
        if let Some(m) = &message {
            if let Some(p) = stack.find(m.as_str()) {
                if p != 0 {
                    pos = Some(p + m.len());
                }
            }
        }
        let from = pos.unwrap_or(0).min(stack.len());
        let stack_start = stack.get(from..).and_then(|s| s.find("\n    at")).map(|p| p + from);
        if stack_start.is_none() {
            stack = format!("[{stack}]");
        }
        if self.indentation_lvl != 0 {
            stack = stack.replace('\n', &format!("\n{}", spaces(self.indentation_lvl)));
        }
        Ok(stack)
    }

    /// `Error.prototype.toString` without calling anything.
    fn error_to_string(&mut self, name: Option<Value>, message: Option<Value>) -> JsResult<String> {
        let name = match name {
            Some(v) if !v.is_undefined() => primitive_text(self.vm, v)?.unwrap_or_else(|| String::from("Error")),
            _ => String::from("Error"),
        };
        let msg = match message {
            Some(v) if !v.is_undefined() => primitive_text(self.vm, v)?.unwrap_or_default(),
            _ => String::new(),
        };
        Ok(if name.is_empty() {
            msg
        } else if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        })
    }

    fn format_array(&mut self, o: Gc<JsObject>, recurse_times: i64) -> JsResult<Vec<String>> {
        let val_len = o.length() as usize;
        let len = MAX_ARRAY_LENGTH.min(val_len);
        let remaining = val_len - len;
        let mut output = Vec::new();
        for i in 0..len {
            if ops::own_element_raw(o, i as u32).is_none() {
                return self.format_special_array(o, recurse_times, len, output, i);
            }
            let p = self.format_property(o, recurse_times, PropertyKey::Index(i as u32), Kind::Array)?;
            output.push(p);
        }
        if remaining > 0 {
            output.push(remaining_text(remaining));
        }
        Ok(output)
    }

    /// node's `formatSpecialArray`: holes as `<n empty items>`.
    fn format_special_array(&mut self, o: Gc<JsObject>, recurse_times: i64, max_length: usize, mut output: Vec<String>, start: usize) -> JsResult<Vec<String>> {
        let keys = ops::own_keys(self.vm, o, true)?;
        let mut index = start as u64;
        let mut i = start;
        while i < keys.len() && output.len() < max_length {
            let PropertyKey::Index(n) = keys[i] else { break };
            let n = u64::from(n);
            if n != index {
                let empty = (n - index) as usize;
                output.push(format!("<{empty} empty item{}>", plural(empty)));
                index = n;
                if output.len() == max_length {
                    break;
                }
            }
            let p = self.format_property(o, recurse_times, keys[i], Kind::Array)?;
            output.push(p);
            index += 1;
            i += 1;
        }
        let remaining = (u64::from(o.length())).saturating_sub(index) as usize;
        if output.len() != max_length {
            if remaining > 0 {
                output.push(format!("<{remaining} empty item{}>", plural(remaining)));
            }
        } else if remaining > 0 {
            output.push(remaining_text(remaining));
        }
        Ok(output)
    }

    /// node's `formatProperty`: `key: value` (or just the value of an array
    /// element), accessors shown without being called.
    fn format_property(&mut self, o: Gc<JsObject>, recurse_times: i64, key: PropertyKey, kind: Kind) -> JsResult<String> {
        let desc = ops::get_own_property(self.vm, o, key)?;
        let text = match desc {
            Some(OwnProperty::Data { value, .. }) if !value.is_undefined() && !value.is_magic() => {
                self.indentation_lvl += 2;
                let s = self.format_value(value, recurse_times);
                self.indentation_lvl -= 2;
                s?
            }
            Some(OwnProperty::Accessor { getter, setter, .. }) if !getter.is_undefined() => {
                String::from(if setter.is_undefined() { "[Getter]" } else { "[Getter/Setter]" })
            }
            Some(OwnProperty::Accessor { setter, .. }) if !setter.is_undefined() => String::from("[Setter]"),
            _ => String::from("undefined"),
        };
        if kind == Kind::Array {
            return Ok(text);
        }
        let enumerable = desc.is_none_or(|d| d.attrs() & attrs::ENUMERABLE != 0);
        let k = key_units(self.vm, key)?;
        let name = if k == "__proto__".encode_utf16().collect::<Vec<_>>() {
            String::from("['__proto__']")
        } else if !enumerable {
            format!("[{}]", escape_all(&k))
        } else if is_identifier_key(&k) {
            lossy(&k)
        } else {
            str_escape(&k)
        };
        Ok(format!("{name}: {text}"))
    }

    /// node's `reduceToSingleString`: one line when it fits (and is not nested
    /// too deeply), else one entry per line; long arrays grouped in columns.
    fn reduce_to_single_string(&mut self, mut output: Vec<String>, base: &str, braces: (&str, &str), kind: Kind, recurse_times: i64, value: Option<Gc<JsObject>>) -> JsResult<String> {
        let entries = output.len();
        if kind == Kind::ArrayExtras && entries > 6 {
            output = self.group_array_elements(output, value)?;
        }
        if self.current_depth - recurse_times < COMPACT && entries == output.len() {
            let start = output.len() as i64 + self.indentation_lvl + len16(braces.0) as i64 + len16(base) as i64 + 10;
            if is_below_break_length(&output, start, base) {
                let joined = output.join(", ");
                if !joined.contains('\n') {
                    let b = if base.is_empty() { String::new() } else { format!("{base} ") };
                    return Ok(format!("{b}{} {joined} {}", braces.0, braces.1));
                }
            }
        }
        let indentation = format!("\n{}", spaces(self.indentation_lvl));
        let b = if base.is_empty() { String::new() } else { format!("{base} ") };
        Ok(format!("{b}{}{indentation}  {}{indentation}{}", braces.0, output.join(&format!(",{indentation}  ")), braces.1))
    }

    /// node's `groupArrayElements`: short entries of long arrays in aligned
    /// columns (numbers right-aligned).
    fn group_array_elements(&mut self, output: Vec<String>, value: Option<Gc<JsObject>>) -> JsResult<Vec<String>> {
        let mut total_length = 0usize;
        let mut max_length = 0usize;
        let mut output_length = output.len();
        if MAX_ARRAY_LENGTH < output.len() {
            // The "... n more items" entry does not count.
            output_length -= 1;
        }
        let separator_space = 2;
        let data_len: Vec<usize> = output[..output_length].iter().map(|s| string_width(s)).collect();
        for &len in &data_len {
            total_length += len + separator_space;
            max_length = max_length.max(len);
        }
        let actual_max = max_length + separator_space;
        if (actual_max * 3) as i64 + self.indentation_lvl < BREAK_LENGTH && (total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6) {
            let approx_char_heights = 2.5;
            let average_bias = (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
            let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
            let columns = [
                js_round((approx_char_heights * biased_max * output_length as f64).sqrt() / biased_max),
                ((BREAK_LENGTH - self.indentation_lvl) as f64 / actual_max as f64).floor(),
                (COMPACT * 4) as f64,
                15.0,
            ]
            .into_iter()
            .fold(f64::INFINITY, f64::min);
            if columns.is_nan() || columns <= 1.0 {
                return Ok(output);
            }
            let columns = columns as usize;
            let mut max_line_length = Vec::with_capacity(columns);
            for i in 0..columns {
                let mut line_max = 0;
                let mut j = i;
                while j < output.len() {
                    if let Some(&d) = data_len.get(j) {
                        line_max = line_max.max(d);
                    }
                    j += columns;
                }
                max_line_length.push(line_max + separator_space);
            }
            // Right-align when every entry is a number.
            let mut numbers = value.is_some();
            if let Some(arr) = value {
                for i in 0..output.len() {
                    let is_number = matches!(ops::own_element_raw(arr, i as u32), Some(OwnProperty::Data { value, .. }) if value.is_number());
                    if !is_number {
                        numbers = false;
                        break;
                    }
                }
            }
            let mut tmp = Vec::new();
            let mut i = 0;
            while i < output_length {
                let max = (i + columns).min(output_length);
                let mut line = String::new();
                let mut j = i;
                while j + 1 < max {
                    let padding = max_line_length[j - i] + len16(&output[j]) - data_len[j];
                    let cell = format!("{}, ", output[j]);
                    line.push_str(&if numbers { pad_start(&cell, padding) } else { pad_end(&cell, padding) });
                    j += 1;
                }
                if numbers {
                    let padding = (max_line_length[j - i] + len16(&output[j])).saturating_sub(data_len[j] + separator_space);
                    line.push_str(&pad_start(&output[j], padding));
                } else {
                    line.push_str(&output[j]);
                }
                tmp.push(line);
                i += columns;
            }
            if MAX_ARRAY_LENGTH < output.len() {
                tmp.push(output[output_length].clone());
            }
            return Ok(tmp);
        }
        Ok(output)
    }
}

/// `Math.round` (halves up).
fn js_round(x: f64) -> f64 {
    (x + 0.5).floor()
}

/// node's `isBelowBreakLength`.
fn is_below_break_length(output: &[String], start: i64, base: &str) -> bool {
    let mut total = output.len() as i64 + start;
    if total + output.len() as i64 > BREAK_LENGTH {
        return false;
    }
    for o in output {
        total += len16(o) as i64;
        if total > BREAK_LENGTH {
            return false;
        }
    }
    base.is_empty() || !base.contains('\n')
}

/// node's `improveStack`: the constructor's name in front of a stack whose
/// first line names another error type.
fn improve_stack(stack: String, ctor: Option<&str>, name: &str, tag: &str) -> String {
    let mut len = name.len();
    let regular = name.ends_with("Error") && stack.starts_with(name) && matches!(stack.as_bytes().get(len), None | Some(b':' | b'\n'));
    if ctor.is_none() || regular {
        let mut fallback = String::from("Error");
        if ctor.is_none() {
            let found = null_proto_error_name(&stack);
            len = found.len();
            fallback = if found.is_empty() { String::from("Error") } else { found };
        }
        let prefix = without_last_char(get_prefix(ctor, tag, &fallback, ""));
        if name != prefix {
            let rest = stack.get(len..).unwrap_or("");
            return if prefix.contains(name) {
                if len == 0 { format!("{prefix}: {stack}") } else { format!("{prefix}{rest}") }
            } else {
                format!("{prefix} [{name}]{rest}")
            };
        }
    }
    stack
}

/// `/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/` or `/^([a-z_A-Z0-9-]*Error)$/`:
/// the error name a stack of a null-prototype error starts with.
fn null_proto_error_name(stack: &str) -> String {
    let b = stack.as_bytes();
    if b.first().is_some_and(|c| c.is_ascii_uppercase()) {
        let ok = |c: u8| c.is_ascii_alphanumeric() || b"_ []()-".contains(&c);
        let mut end = 1;
        while end < b.len() && ok(b[end]) {
            end += 1;
        }
        // Backtrack like the regex: the longest prefix followed by ':' or "\n    at".
        let mut e = end;
        while e > 1 {
            let rest = &stack[e..];
            if rest.starts_with(':') || rest.starts_with("\n    at") {
                return stack[..e].to_string();
            }
            e -= 1;
        }
    }
    let ok = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
    if stack.ends_with("Error") && b.iter().all(|&c| ok(c)) {
        return stack.to_string();
    }
    String::new()
}
