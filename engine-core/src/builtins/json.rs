//! The `JSON` object (ES5 §15.12): `JSON.parse` and `JSON.stringify`.
//!
//! Both directions are iterative (explicit stacks instead of native recursion), so
//! deeply nested input cannot overflow the native stack:
//!
//! * `parse` reads a flat `&[u8]` / `&[u16]` slice with a cursor. Values under
//!   construction live on `vm.roots` (array elements are collected there and copied
//!   into one element store when the array closes); strings without escapes are
//!   copied straight from the source, object keys are interned once per member.
//! * The reviver walk (ES5 §15.12.2 `Walk`) keeps one frame per open object.
//! * `stringify` writes into one [`StrBuilder`]; each open object or array is a
//!   frame (cycle detection scans the frames, like V8's stack check). Nesting
//!   deeper than [`MAX_STRINGIFY_DEPTH`] throws a RangeError, as V8 does when its
//!   recursion exhausts the stack. String quoting follows ES2019 well-formed
//!   `JSON.stringify`: lone surrogates are written as `\udXXX` escapes.

use alloc::vec::Vec;

use super::{define_method, define_value, get_index, length_of, new_object, new_object_of_class};
use crate::gc::Gc;
use crate::interp::{CallArgs, Vm};
use crate::numconv;
use crate::object::ops::{self, JsResult, PropertyDescriptor};
use crate::object::{attrs, JsObject, ObjectClass, ObjectData, PropertyKey, ValueArray};
use crate::string::{self, atoms, Chars, JsString, StrBuilder};
use crate::value::Value;

/// Deepest nesting of objects and arrays `JSON.stringify` serializes before it
/// throws "Maximum call stack size exceeded".
pub const MAX_STRINGIFY_DEPTH: usize = 10_000;

/// Installs the `JSON` object on the global object.
pub fn init(vm: &mut Vm) -> JsResult<()> {
    let op = vm.realm.object_prototype;
    let json = new_object_of_class(vm, Some(op), ObjectClass::Json, ObjectData::Ordinary)?;
    let g = vm.realm.global;
    define_value(vm, g, "JSON", Value::object(json), attrs::HIDDEN)?;
    define_method(vm, json, "parse", json_parse, 2)?;
    define_method(vm, json, "stringify", json_stringify, 3)?;
    Ok(())
}

fn is_callable(v: Value) -> bool {
    v.as_object().is_some_and(|o| o.is_callable())
}

// ===========================================================================
// JSON.parse

/// `JSON.parse(text [, reviver])`.
fn json_parse(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let text = vm.to_string(args.get(0))?;
    vm.roots.push(Value::string(text));
    let flat = string::flatten(vm, text)?;
    vm.roots.push(Value::string(flat));
    let result = match flat.chars() {
        Chars::Latin1(b) => parse_text(vm, b)?,
        Chars::Utf16(u) => parse_text(vm, u)?,
    };
    let reviver = args.get(1);
    if !is_callable(reviver) {
        return Ok(result);
    }
    vm.roots.push(result);
    let root = new_object(vm)?;
    vm.roots.push(Value::object(root));
    let empty = PropertyKey::Atom(vm.names.empty);
    ops::create_data_property(vm, root, empty, result)?;
    walk(vm, reviver, root)
}

/// A code unit of source text: one byte (Latin-1) or two (UTF-16).
trait Unit: Copy {
    /// The unit as UTF-16.
    fn unit(self) -> u16;
    /// A slice of units as string characters.
    fn as_chars(s: &[Self]) -> Chars<'_>;
}

impl Unit for u8 {
    #[inline(always)]
    fn unit(self) -> u16 {
        self as u16
    }
    fn as_chars(s: &[u8]) -> Chars<'_> {
        Chars::Latin1(s)
    }
}

impl Unit for u16 {
    #[inline(always)]
    fn unit(self) -> u16 {
        self
    }
    fn as_chars(s: &[u16]) -> Chars<'_> {
        Chars::Utf16(s)
    }
}

/// Where the text of a just-scanned string is.
enum Scanned {
    /// `src[start..end]`: no escapes.
    Slice(usize, usize),
    /// In the parser's scratch buffer (escapes decoded).
    Buffer,
}

/// An open container while parsing.
enum ParseFrame {
    /// An array whose elements so far are `vm.roots[start..]`.
    Array { start: usize },
    /// An object at `vm.roots[at]`; `vm.roots[at + 1]` roots the pending key.
    Object { at: usize, key: PropertyKey },
}

struct Parser<'a, T: Unit> {
    src: &'a [T],
    pos: usize,
    /// Decoded characters of a string with escapes (reused).
    buf: Vec<u16>,
}

const fn is_json_ws(c: u16) -> bool {
    matches!(c, 0x20 | 0x09 | 0x0A | 0x0D)
}

impl<'a, T: Unit> Parser<'a, T> {
    #[inline(always)]
    fn peek(&self) -> Option<u16> {
        self.src.get(self.pos).map(|c| c.unit())
    }

    #[inline(always)]
    fn skip_ws(&mut self) {
        while let Some(c) = self.src.get(self.pos) {
            if !is_json_ws(c.unit()) {
                break;
            }
            self.pos += 1;
        }
    }

    /// A SyntaxError for the unit at the cursor (or the end of input).
    fn error(&self, vm: &mut Vm) -> Value {
        match self.peek() {
            None => vm.syntax_error("Unexpected end of JSON input"),
            Some(c) => {
                let ch = char::from_u32(c as u32).unwrap_or(char::REPLACEMENT_CHARACTER);
                let msg = if c == u16::from(b'"') {
                    alloc::format!("Unexpected string in JSON at position {}", self.pos)
                } else if (u16::from(b'0')..=u16::from(b'9')).contains(&c) || c == u16::from(b'-') {
                    alloc::format!("Unexpected number in JSON at position {}", self.pos)
                } else {
                    alloc::format!("Unexpected token {ch} in JSON at position {}", self.pos)
                };
                vm.syntax_error(&msg)
            }
        }
    }

    /// Consumes `c` (after whitespace) or fails.
    fn expect(&mut self, vm: &mut Vm, c: u8) -> JsResult<()> {
        self.skip_ws();
        if self.peek() == Some(u16::from(c)) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(vm))
        }
    }

    /// Scans a string whose opening quote is at the cursor.
    fn scan_string(&mut self, vm: &mut Vm) -> JsResult<Scanned> {
        self.pos += 1;
        let start = self.pos;
        // Fast scan: no escapes.
        loop {
            let Some(c) = self.peek() else { return Err(self.error(vm)) };
            if c == u16::from(b'"') {
                let end = self.pos;
                self.pos += 1;
                return Ok(Scanned::Slice(start, end));
            }
            if c == u16::from(b'\\') {
                break;
            }
            if c < 0x20 {
                return Err(self.error(vm));
            }
            self.pos += 1;
        }
        self.buf.clear();
        self.buf.extend(self.src[start..self.pos].iter().map(|c| c.unit()));
        loop {
            let Some(c) = self.peek() else { return Err(self.error(vm)) };
            match c {
                0x22 => {
                    self.pos += 1;
                    return Ok(Scanned::Buffer);
                }
                0x5C => {
                    self.pos += 1;
                    let Some(e) = self.peek() else { return Err(self.error(vm)) };
                    let decoded = match e {
                        0x22 => 0x22,
                        0x5C => 0x5C,
                        0x2F => 0x2F,
                        0x62 => 0x08,
                        0x66 => 0x0C,
                        0x6E => 0x0A,
                        0x72 => 0x0D,
                        0x74 => 0x09,
                        0x75 => {
                            let mut v: u16 = 0;
                            for _ in 0..4 {
                                self.pos += 1;
                                let d = self.peek().and_then(|h| char::from_u32(h as u32)).and_then(|h| h.to_digit(16));
                                match d {
                                    Some(d) => v = (v << 4) | d as u16,
                                    None => return Err(self.error(vm)),
                                }
                            }
                            v
                        }
                        _ => return Err(self.error(vm)),
                    };
                    self.buf.push(decoded);
                    self.pos += 1;
                }
                c if c < 0x20 => return Err(self.error(vm)),
                c => {
                    self.buf.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    /// A string value from scanned text.
    fn string_value(&self, vm: &mut Vm, s: Scanned) -> JsResult<Value> {
        let chars = match s {
            Scanned::Slice(a, b) => T::as_chars(&self.src[a..b]),
            Scanned::Buffer => Chars::Utf16(&self.buf),
        };
        match chars.len() {
            0 => Ok(Value::string(vm.names.empty)),
            1 => vm.unit_string(chars.at(0)),
            _ => Ok(Value::string(JsString::from_chars(vm, chars)?)),
        }
    }

    /// Parses a member name (cursor after whitespace, at the opening quote),
    /// roots it on `vm.roots` and consumes the colon.
    fn member_key(&mut self, vm: &mut Vm) -> JsResult<PropertyKey> {
        if self.peek() != Some(u16::from(b'"')) {
            return Err(self.error(vm));
        }
        let s = self.scan_string(vm)?;
        let chars = match s {
            Scanned::Slice(a, b) => T::as_chars(&self.src[a..b]),
            Scanned::Buffer => Chars::Utf16(&self.buf),
        };
        let key = match array_index(chars) {
            Some(i) => {
                vm.roots.push(Value::UNDEFINED);
                PropertyKey::Index(i)
            }
            None => {
                let atom = atoms::intern_chars(vm, chars)?;
                vm.roots.push(Value::string(atom));
                PropertyKey::Atom(atom)
            }
        };
        self.expect(vm, b':')?;
        Ok(key)
    }

    /// Scans a number at the cursor (`-` or a digit).
    fn number(&mut self, vm: &mut Vm) -> JsResult<Value> {
        let start = self.pos;
        let neg = self.peek() == Some(u16::from(b'-'));
        if neg {
            self.pos += 1;
        }
        let digit = |c: Option<u16>| c.is_some_and(|c| (0x30..=0x39).contains(&c));
        let int_start = self.pos;
        match self.peek() {
            Some(0x30) => self.pos += 1,
            Some(c) if (0x31..=0x39).contains(&c) => {
                while digit(self.peek()) {
                    self.pos += 1;
                }
            }
            _ => return Err(self.error(vm)),
        }
        let int_end = self.pos;
        let mut simple = true;
        if self.peek() == Some(u16::from(b'.')) {
            simple = false;
            self.pos += 1;
            if !digit(self.peek()) {
                return Err(self.error(vm));
            }
            while digit(self.peek()) {
                self.pos += 1;
            }
        }
        if matches!(self.peek(), Some(0x65 | 0x45)) {
            simple = false;
            self.pos += 1;
            if matches!(self.peek(), Some(0x2B | 0x2D)) {
                self.pos += 1;
            }
            if !digit(self.peek()) {
                return Err(self.error(vm));
            }
            while digit(self.peek()) {
                self.pos += 1;
            }
        }
        if simple && int_end - int_start <= 15 {
            let mut n: i64 = 0;
            for c in &self.src[int_start..int_end] {
                n = n * 10 + i64::from(c.unit() - 0x30);
            }
            if neg {
                return Ok(if n == 0 { Value::double(-0.0) } else { Value::number(-(n as f64)) });
            }
            return Ok(Value::number(n as f64));
        }
        self.buf.clear();
        self.buf.extend(self.src[start..self.pos].iter().map(|c| c.unit()));
        Ok(Value::number(numconv::string_to_number(&self.buf)))
    }

    /// Consumes the literal `word` (its first letter is at the cursor).
    fn literal(&mut self, vm: &mut Vm, word: &[u8], v: Value) -> JsResult<Value> {
        for &w in word {
            if self.peek() != Some(u16::from(w)) {
                return Err(self.error(vm));
            }
            self.pos += 1;
        }
        Ok(v)
    }
}

/// The array index spelled by `chars`, if canonical.
fn array_index(chars: Chars<'_>) -> Option<u32> {
    let n = chars.len();
    if n == 0 || n > 10 {
        return None;
    }
    let first = chars.at(0);
    if !(0x30..=0x39).contains(&first) || (first == 0x30 && n > 1) {
        return None;
    }
    let mut v: u64 = 0;
    for c in chars.iter() {
        if !(0x30..=0x39).contains(&c) {
            return None;
        }
        v = v * 10 + u64::from(c - 0x30);
    }
    if v <= 0xFFFF_FFFE { Some(v as u32) } else { None }
}

/// An array holding `vm.roots[start..]` (which stay rooted until it is built).
fn array_from_roots(vm: &mut Vm, start: usize) -> JsResult<Value> {
    let n = vm.roots.len() - start;
    let a = super::array::new_array(vm, 0)?;
    if n > 0 {
        vm.roots.push(Value::object(a));
        let el = ValueArray::new(vm, n as u32, n as u32, Value::UNDEFINED)?;
        for i in 0..n {
            el.set(i, vm.roots[start + i]);
        }
        a.set_elements(Some(el));
        a.set_length_field(n as u32);
    }
    Ok(Value::object(a))
}

/// Parses a whole JSON text (ES5 §15.12.1), iteratively.
fn parse_text<T: Unit>(vm: &mut Vm, src: &[T]) -> JsResult<Value> {
    let mut p = Parser { src, pos: 0, buf: Vec::new() };
    let mut stack: Vec<ParseFrame> = Vec::new();
    let base = vm.roots.len();
    let r = (|| -> JsResult<Value> {
        'value: loop {
            p.skip_ws();
            let Some(c) = p.peek() else { return Err(p.error(vm)) };
            let mut v = match c {
                0x7B => {
                    // {
                    p.pos += 1;
                    let o = new_object(vm)?;
                    vm.roots.push(Value::object(o));
                    p.skip_ws();
                    if p.peek() == Some(u16::from(b'}')) {
                        p.pos += 1;
                        vm.roots.pop();
                        Value::object(o)
                    } else {
                        let at = vm.roots.len() - 1;
                        let key = p.member_key(vm)?;
                        stack.push(ParseFrame::Object { at, key });
                        continue 'value;
                    }
                }
                0x5B => {
                    // [
                    p.pos += 1;
                    p.skip_ws();
                    if p.peek() == Some(u16::from(b']')) {
                        p.pos += 1;
                        Value::object(super::array::new_array(vm, 0)?)
                    } else {
                        stack.push(ParseFrame::Array { start: vm.roots.len() });
                        continue 'value;
                    }
                }
                0x22 => {
                    let s = p.scan_string(vm)?;
                    p.string_value(vm, s)?
                }
                0x74 => p.literal(vm, b"true", Value::TRUE)?,
                0x66 => p.literal(vm, b"false", Value::FALSE)?,
                0x6E => p.literal(vm, b"null", Value::NULL)?,
                0x2D | 0x30..=0x39 => p.number(vm)?,
                _ => return Err(p.error(vm)),
            };
            // `v` is complete: hand it to the enclosing containers, closing those
            // that end here.
            loop {
                match stack.last_mut() {
                    None => {
                        p.skip_ws();
                        if p.pos != p.src.len() {
                            return Err(p.error(vm));
                        }
                        return Ok(v);
                    }
                    Some(ParseFrame::Array { start }) => {
                        let start = *start;
                        vm.roots.push(v);
                        p.skip_ws();
                        match p.peek() {
                            Some(0x2C) => {
                                p.pos += 1;
                                continue 'value;
                            }
                            Some(0x5D) => {
                                p.pos += 1;
                                v = array_from_roots(vm, start)?;
                                vm.roots.truncate(start);
                                stack.pop();
                            }
                            _ => return Err(p.error(vm)),
                        }
                    }
                    Some(ParseFrame::Object { at, key }) => {
                        let (at, k) = (*at, *key);
                        let o = vm.roots[at].as_object().expect("parse frame object");
                        vm.roots.push(v);
                        ops::create_data_property(vm, o, k, v)?;
                        vm.roots.truncate(at + 1);
                        p.skip_ws();
                        match p.peek() {
                            Some(0x2C) => {
                                p.pos += 1;
                                p.skip_ws();
                                let nk = p.member_key(vm)?;
                                if let Some(ParseFrame::Object { key, .. }) = stack.last_mut() {
                                    *key = nk;
                                }
                                continue 'value;
                            }
                            Some(0x7D) => {
                                p.pos += 1;
                                v = Value::object(o);
                                vm.roots.truncate(at);
                                stack.pop();
                            }
                            _ => return Err(p.error(vm)),
                        }
                    }
                }
            }
        }
    })();
    vm.roots.truncate(base);
    r
}

// ---------------------------------------------------------------------------
// The reviver walk

/// An object whose properties the reviver walk is visiting.
struct WalkFrame {
    /// The object holding `val` under `name`.
    holder: Gc<JsObject>,
    name: PropertyKey,
    val: Gc<JsObject>,
    /// Property names to visit (empty for arrays, which use `len`).
    keys: Vec<PropertyKey>,
    len: u32,
    is_array: bool,
    next: usize,
    /// `vm.roots` length before this frame rooted `val` and its keys.
    mark: usize,
}

/// Calls the reviver as `reviver.call(holder, name, val)`. `holder` and `val` must
/// be rooted.
fn call_reviver(vm: &mut Vm, reviver: Value, holder: Gc<JsObject>, name: PropertyKey, val: Value) -> JsResult<Value> {
    let k = vm.key_to_value(name)?;
    vm.roots.push(k);
    let r = vm.call(reviver, Value::object(holder), &[k, val]);
    vm.roots.pop();
    r
}

/// Stores the reviver's result for `holder[name]`: deletes the property when it is
/// undefined, else defines it as a plain data property (failures are ignored).
fn store_revived(vm: &mut Vm, holder: Gc<JsObject>, name: PropertyKey, v: Value) -> JsResult<()> {
    if v.is_undefined() {
        ops::delete(vm, holder, name)?;
    } else {
        vm.roots.push(v);
        let desc = PropertyDescriptor::data(v, attrs::DEFAULT);
        let r = ops::define_own_property(vm, holder, name, &desc);
        vm.roots.pop();
        r?;
    }
    Ok(())
}

/// ES5 §15.12.2 `Walk(root, "")`, iteratively. `root` must be rooted.
fn walk(vm: &mut Vm, reviver: Value, root: Gc<JsObject>) -> JsResult<Value> {
    let mut stack: Vec<WalkFrame> = Vec::new();
    let mut holder = root;
    let mut name = PropertyKey::Atom(vm.names.empty);
    loop {
        // Visit holder[name].
        let mark = vm.roots.len();
        let val = ops::get(vm, holder, name, Value::object(holder))?;
        vm.roots.push(val);
        if let Some(o) = val.as_object() {
            let (is_array, keys, len) = if o.is_array() {
                (true, Vec::new(), length_of(vm, o)?)
            } else {
                let keys = ops::own_keys(vm, o, true)?;
                for k in &keys {
                    if let PropertyKey::Atom(a) = k {
                        vm.roots.push(Value::string(*a));
                    }
                }
                (false, keys, 0)
            };
            stack.push(WalkFrame { holder, name, val: o, keys, len, is_array, next: 0, mark });
        } else {
            let r = call_reviver(vm, reviver, holder, name, val)?;
            vm.roots.truncate(mark);
            if stack.is_empty() {
                return Ok(r);
            }
            store_revived(vm, holder, name, r)?;
        }
        // Move to the next property to visit, finishing objects on the way.
        loop {
            let Some(top) = stack.last_mut() else { unreachable!("walk stack empty") };
            let count = if top.is_array { top.len as usize } else { top.keys.len() };
            if top.next < count {
                let i = top.next;
                top.next += 1;
                holder = top.val;
                name = if top.is_array { PropertyKey::Index(i as u32) } else { top.keys[i] };
                break;
            }
            let Some(f) = stack.pop() else { unreachable!() };
            let r = call_reviver(vm, reviver, f.holder, f.name, Value::object(f.val))?;
            vm.roots.truncate(f.mark);
            if stack.is_empty() {
                return Ok(r);
            }
            store_revived(vm, f.holder, f.name, r)?;
        }
    }
}

// ===========================================================================
// JSON.stringify

/// Which properties an open container serializes.
enum Members {
    /// Array elements `0..len`.
    Array(u32),
    /// The object's own enumerable keys.
    Own(Vec<PropertyKey>),
    /// The replacer array's property list.
    List,
}

/// An object or array being serialized.
struct SerFrame {
    obj: Gc<JsObject>,
    members: Members,
    next: usize,
    /// Whether a member has been written (for commas and the closing line).
    any: bool,
    /// `vm.roots` length before this frame rooted `obj` and its keys.
    mark: usize,
}

struct Serializer {
    out: StrBuilder,
    gap: Vec<u16>,
    replacer: Option<Value>,
    list: Option<Vec<PropertyKey>>,
    stack: Vec<SerFrame>,
}

/// Writes `s` as a JSON string literal (quotes included), escaping as V8 does.
fn quote(out: &mut StrBuilder, chars: Chars<'_>) {
    out.push(u16::from(b'"'));
    match chars {
        Chars::Latin1(b) => {
            let mut run = 0;
            for (i, &c) in b.iter().enumerate() {
                if c >= 0x20 && c != b'"' && c != b'\\' {
                    continue;
                }
                out.push_chars(Chars::Latin1(&b[run..i]));
                escape(out, u16::from(c));
                run = i + 1;
            }
            out.push_chars(Chars::Latin1(&b[run..]));
        }
        Chars::Utf16(u) => {
            let mut run = 0;
            let mut i = 0;
            while i < u.len() {
                let c = u[i];
                if c >= 0x20 && c != 0x22 && c != 0x5C && !(0xD800..0xE000).contains(&c) {
                    i += 1;
                    continue;
                }
                if (0xD800..0xDC00).contains(&c) && u.get(i + 1).is_some_and(|d| (0xDC00..0xE000).contains(d)) {
                    i += 2;
                    continue;
                }
                out.push_units(&u[run..i]);
                escape(out, c);
                i += 1;
                run = i;
            }
            out.push_units(&u[run..]);
        }
    }
    out.push(u16::from(b'"'));
}

/// Writes the escape for a unit that cannot appear raw in a JSON string.
fn escape(out: &mut StrBuilder, c: u16) {
    let short = match c {
        0x08 => "\\b",
        0x09 => "\\t",
        0x0A => "\\n",
        0x0C => "\\f",
        0x0D => "\\r",
        0x22 => "\\\"",
        0x5C => "\\\\",
        _ => "",
    };
    if !short.is_empty() {
        out.push_str(short);
        return;
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(u16::from(HEX[((c >> shift) & 0xF) as usize]));
    }
}

/// Writes a number as JSON: its ToString when finite, else `null`.
fn write_number(out: &mut StrBuilder, n: f64) {
    if n.is_finite() {
        let mut buf = numconv::NumberToStringBuffer::new();
        out.push_str(buf.format(n));
    } else {
        out.push_str("null");
    }
}

/// Writes an index key's decimal digits.
fn write_index(out: &mut StrBuilder, i: u32) {
    let mut buf = numconv::NumberToStringBuffer::new();
    out.push_str(buf.format(f64::from(i)));
}

/// Values serialized as nothing (object members) or `null` (array elements).
fn is_skipped(v: Value) -> bool {
    v.is_undefined() || is_callable(v)
}

impl Serializer {
    /// The value to serialize for `holder[key]` = `value` after `toJSON`, the
    /// replacer function and unwrapping of Number/String/Boolean objects (ES5
    /// `Str` steps 1-4). `holder` must be rooted.
    fn prepare(&self, vm: &mut Vm, holder: Gc<JsObject>, key: PropertyKey, mut value: Value) -> JsResult<Value> {
        let mark = vm.roots.len();
        vm.roots.push(value);
        let r = (|| {
            let mut key_value: Option<Value> = None;
            if let Some(o) = value.as_object() {
                let to_json = ops::get(vm, o, PropertyKey::Atom(vm.names.to_json), value)?;
                if is_callable(to_json) {
                    vm.roots.push(to_json);
                    let k = vm.key_to_value(key)?;
                    vm.roots.push(k);
                    key_value = Some(k);
                    value = vm.call(to_json, value, &[k])?;
                    vm.roots.push(value);
                }
            }
            if let Some(f) = self.replacer {
                let k = match key_value {
                    Some(k) => k,
                    None => {
                        let k = vm.key_to_value(key)?;
                        vm.roots.push(k);
                        k
                    }
                };
                value = vm.call(f, Value::object(holder), &[k, value])?;
                vm.roots.push(value);
            }
            if let Some(o) = value.as_object() {
                match o.class() {
                    ObjectClass::Number => value = Value::number(vm.to_number(value)?),
                    ObjectClass::String => value = Value::string(vm.to_string(value)?),
                    ObjectClass::Boolean => {
                        if let ObjectData::Boolean(b) = o.data() {
                            value = Value::bool(*b);
                        }
                    }
                    _ => {}
                }
            }
            Ok(value)
        })();
        vm.roots.truncate(mark);
        r
    }

    /// Writes indentation for a member at nesting `depth` (nothing without gap).
    fn newline(&mut self, depth: usize) {
        if self.gap.is_empty() {
            return;
        }
        self.out.push(u16::from(b'\n'));
        for _ in 0..depth {
            self.out.push_units(&self.gap);
        }
    }

    /// Writes a value that is not skipped: a primitive directly, an object or
    /// array by opening a frame for its members.
    fn emit(&mut self, vm: &mut Vm, v: Value) -> JsResult<()> {
        if let Some(i) = v.as_int() {
            let mut buf = crate::interp::convert::itoa_buf(i);
            self.out.push_str(buf.as_str());
        } else if let Some(n) = v.as_number() {
            write_number(&mut self.out, n);
        } else if let Some(s) = v.as_string() {
            vm.roots.push(v);
            let flat = string::flatten(vm, s);
            vm.roots.pop();
            quote(&mut self.out, flat?.chars());
        } else if v.is_null() {
            self.out.push_str("null");
        } else if let Some(b) = v.as_bool() {
            self.out.push_str(if b { "true" } else { "false" });
        } else if let Some(o) = v.as_object() {
            self.open(vm, o)?;
        } else {
            self.out.push_str("null");
        }
        Ok(())
    }

    /// Starts serializing an object or array.
    fn open(&mut self, vm: &mut Vm, o: Gc<JsObject>) -> JsResult<()> {
        if self.stack.iter().any(|f| f.obj == o) {
            return Err(vm.type_error("Converting circular structure to JSON"));
        }
        if self.stack.len() >= MAX_STRINGIFY_DEPTH {
            return Err(vm.stack_overflow_error());
        }
        let mark = vm.roots.len();
        vm.roots.push(Value::object(o));
        let members = if o.is_array() {
            self.out.push(u16::from(b'['));
            Members::Array(length_of(vm, o)?)
        } else {
            self.out.push(u16::from(b'{'));
            if self.list.is_some() {
                Members::List
            } else {
                let keys = ops::own_keys(vm, o, true)?;
                for k in &keys {
                    if let PropertyKey::Atom(a) = k {
                        vm.roots.push(Value::string(*a));
                    }
                }
                Members::Own(keys)
            }
        };
        self.stack.push(SerFrame { obj: o, members, next: 0, any: false, mark });
        Ok(())
    }

    /// Serializes the members of the open frames until all are closed.
    fn run(&mut self, vm: &mut Vm) -> JsResult<()> {
        loop {
            if self.out.len() > string::MAX_LENGTH {
                return Err(vm.range_error("Invalid string length"));
            }
            let depth = self.stack.len();
            let Some(top) = self.stack.last_mut() else { return Ok(()) };
            let obj = top.obj;
            let i = top.next;
            let key = match &top.members {
                Members::Array(len) => (i < *len as usize).then_some(PropertyKey::Index(i as u32)),
                Members::Own(keys) => keys.get(i).copied(),
                Members::List => self.list.as_ref().and_then(|l| l.get(i).copied()),
            };
            let is_array = matches!(top.members, Members::Array(_));
            let Some(key) = key else {
                // Close the container.
                let f = self.stack.pop().expect("open frame");
                if f.any {
                    self.newline(depth - 1);
                }
                self.out.push(u16::from(if is_array { b']' } else { b'}' }));
                vm.roots.truncate(f.mark);
                continue;
            };
            top.next += 1;
            let v = if is_array { get_index(vm, obj, i as u32)? } else { ops::get(vm, obj, key, Value::object(obj))? };
            let v = self.prepare(vm, obj, key, v)?;
            if is_array {
                if i > 0 {
                    self.out.push(u16::from(b','));
                }
                self.newline(depth);
                if let Some(f) = self.stack.last_mut() {
                    f.any = true;
                }
                if is_skipped(v) {
                    self.out.push_str("null");
                } else {
                    self.emit(vm, v)?;
                }
            } else {
                if is_skipped(v) {
                    continue;
                }
                let Some(f) = self.stack.last_mut() else { unreachable!() };
                if f.any {
                    self.out.push(u16::from(b','));
                }
                f.any = true;
                self.newline(depth);
                match key {
                    PropertyKey::Atom(a) => quote(&mut self.out, a.chars()),
                    PropertyKey::Index(n) => {
                        self.out.push(u16::from(b'"'));
                        write_index(&mut self.out, n);
                        self.out.push(u16::from(b'"'));
                    }
                }
                self.out.push(u16::from(b':'));
                if !self.gap.is_empty() {
                    self.out.push(u16::from(b' '));
                }
                self.emit(vm, v)?;
            }
        }
    }
}

/// The replacer array's property list (ES2015+ `JSON.stringify` step 4.b):
/// strings, numbers and String/Number objects, converted with ToString, without
/// duplicates, in order. Atom names are rooted on `vm.roots`.
fn property_list(vm: &mut Vm, arr: Gc<JsObject>) -> JsResult<Vec<PropertyKey>> {
    let len = length_of(vm, arr)?;
    let mut list: Vec<PropertyKey> = Vec::new();
    for i in 0..len {
        let v = get_index(vm, arr, i)?;
        let item = if v.is_string() || v.is_number() {
            v
        } else if v.as_object().is_some_and(|o| matches!(o.class(), ObjectClass::String | ObjectClass::Number)) {
            vm.roots.push(v);
            let s = vm.to_string(v);
            vm.roots.pop();
            Value::string(s?)
        } else {
            continue;
        };
        let mark = vm.roots.len();
        vm.roots.push(item);
        let s = vm.to_string(item)?;
        vm.roots.push(Value::string(s));
        let key = key_of_string(vm, s)?;
        vm.roots.truncate(mark);
        if !list.contains(&key) {
            if let PropertyKey::Atom(a) = key {
                vm.roots.push(Value::string(a));
            }
            list.push(key);
        }
    }
    Ok(list)
}

/// The property key a string names: an index when it is a canonical array index,
/// else its atom. (Checks the characters even when `s` is already an atom: the
/// cached strings of small integers are atoms too.) `s` must be rooted.
fn key_of_string(vm: &mut Vm, s: Gc<JsString>) -> JsResult<PropertyKey> {
    let flat = string::flatten(vm, s)?;
    if let Some(i) = array_index(flat.chars()) {
        return Ok(PropertyKey::Index(i));
    }
    Ok(PropertyKey::Atom(atoms::intern_string(vm, flat)?))
}

/// The indentation unit from the `space` argument.
fn gap_of(vm: &mut Vm, mut space: Value) -> JsResult<Vec<u16>> {
    if let Some(o) = space.as_object() {
        match o.class() {
            ObjectClass::Number => space = Value::number(vm.to_number(space)?),
            ObjectClass::String => space = Value::string(vm.to_string(space)?),
            _ => {}
        }
    }
    if space.is_number() {
        let n = vm.to_integer(space)?.min(10.0);
        let n = if n >= 1.0 { n as usize } else { 0 };
        return Ok(alloc::vec![u16::from(b' '); n]);
    }
    if let Some(s) = space.as_string() {
        vm.roots.push(space);
        let flat = string::flatten(vm, s)?;
        let c = flat.chars();
        return Ok(c.slice(0, c.len().min(10)).to_vec());
    }
    Ok(Vec::new())
}

/// `JSON.stringify(value [, replacer [, space]])`.
fn json_stringify(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let value = args.get(0);
    let replacer_arg = args.get(1);
    let mut replacer = None;
    let mut list = None;
    if let Some(r) = replacer_arg.as_object() {
        if r.is_callable() {
            replacer = Some(replacer_arg);
        } else if r.is_array() {
            list = Some(property_list(vm, r)?);
        }
    }
    let gap = gap_of(vm, args.get(2))?;
    let wrapper = new_object(vm)?;
    vm.roots.push(Value::object(wrapper));
    let empty = PropertyKey::Atom(vm.names.empty);
    ops::create_data_property(vm, wrapper, empty, value)?;
    let mut ser = Serializer { out: StrBuilder::new(), gap, replacer, list, stack: Vec::new() };
    let v = ser.prepare(vm, wrapper, empty, value)?;
    if is_skipped(v) {
        return Ok(Value::UNDEFINED);
    }
    ser.emit(vm, v)?;
    ser.run(vm)?;
    ser.out.finish_value(vm)
}
