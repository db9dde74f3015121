//! Type conversions and the abstract operations of ES5 §9 and §11.
//!
//! Values passed in must be rooted by the caller: conversions may call `valueOf` /
//! `toString` and allocate.

use super::Vm;
use crate::gc::Gc;
use crate::numconv;
use crate::object::ops::{self, JsResult};
use crate::object::{JsObject, ObjectClass, ObjectData, PropertyKey};
use crate::string::{self, atoms, JsString};
use crate::value::Value;

/// The preferred type for ToPrimitive.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Hint {
    /// No preference (Date objects then prefer strings).
    Default,
    /// Prefer a number (`valueOf` first).
    Number,
    /// Prefer a string (`toString` first).
    String,
}

impl Vm {
    /// ToPrimitive (ES5 §9.1, with `[[DefaultValue]]` §8.12.8).
    pub fn to_primitive(&mut self, v: Value, hint: Hint) -> JsResult<Value> {
        let Some(o) = v.as_object() else { return Ok(v) };
        let hint = match hint {
            Hint::Default if o.class() == ObjectClass::Date => Hint::String,
            Hint::Default => Hint::Number,
            h => h,
        };
        let order = if hint == Hint::String {
            [self.names.to_string, self.names.value_of]
        } else {
            [self.names.value_of, self.names.to_string]
        };
        for name in order {
            let f = ops::get(self, o, PropertyKey::Atom(name), v)?;
            if f.as_object().is_some_and(|fo| fo.is_callable()) {
                self.roots.push(f);
                let r = self.call(f, v, &[]);
                self.roots.pop();
                let r = r?;
                if !r.is_object() {
                    return Ok(r);
                }
            }
        }
        Err(self.type_error("Cannot convert object to primitive value"))
    }

    /// ToNumber (ES5 §9.3).
    pub fn to_number(&mut self, v: Value) -> JsResult<f64> {
        if let Some(n) = v.as_number() {
            return Ok(n);
        }
        Ok(match v.tag() {
            crate::value::TAG_BOOL => v.0 as u32 as f64,
            crate::value::TAG_UNDEFINED => f64::NAN,
            crate::value::TAG_NULL => 0.0,
            crate::value::TAG_STRING => {
                let s = v.as_string().expect("string tag");
                self.string_to_number(s)?
            }
            crate::value::TAG_OBJECT => {
                let p = self.to_primitive(v, Hint::Number)?;
                return self.to_number(p);
            }
            _ => f64::NAN,
        })
    }

    /// ToNumber, keeping int32 values as they are.
    #[inline]
    pub fn to_numeric(&mut self, v: Value) -> JsResult<Value> {
        if v.is_number() { Ok(v) } else { Ok(Value::number(self.to_number(v)?)) }
    }

    /// StringToNumber.
    pub fn string_to_number(&mut self, s: Gc<JsString>) -> JsResult<f64> {
        let flat = string::flatten(self, s)?;
        Ok(match flat.chars() {
            string::Chars::Latin1(b) => {
                // Fast path for short decimal integers.
                if !b.is_empty() && b.len() <= 9 && b.iter().all(|c| c.is_ascii_digit()) && (b[0] != b'0' || b.len() == 1) {
                    b.iter().fold(0.0, |acc, c| acc * 10.0 + (c - b'0') as f64)
                } else {
                    let units: alloc::vec::Vec<u16> = b.iter().map(|c| *c as u16).collect();
                    numconv::string_to_number(&units)
                }
            }
            string::Chars::Utf16(u) => numconv::string_to_number(u),
        })
    }

    /// ToInteger (ES5 §9.4), as a double.
    pub fn to_integer(&mut self, v: Value) -> JsResult<f64> {
        if let Some(i) = v.as_int() {
            return Ok(i as f64);
        }
        let n = self.to_number(v)?;
        Ok(if n.is_nan() { 0.0 } else if n.is_infinite() { n } else { libm::trunc(n) + 0.0 })
    }

    /// ToInt32.
    #[inline]
    pub fn to_int32(&mut self, v: Value) -> JsResult<i32> {
        if let Some(i) = v.as_int() {
            return Ok(i);
        }
        Ok(numconv::f64_to_int32(self.to_number(v)?))
    }

    /// ToUint32.
    #[inline]
    pub fn to_uint32(&mut self, v: Value) -> JsResult<u32> {
        if let Some(i) = v.as_int() {
            return Ok(i as u32);
        }
        Ok(numconv::f64_to_uint32(self.to_number(v)?))
    }

    /// ToUint16.
    pub fn to_uint16(&mut self, v: Value) -> JsResult<u16> {
        if let Some(i) = v.as_int() {
            return Ok(i as u16);
        }
        Ok(numconv::f64_to_uint16(self.to_number(v)?))
    }

    /// The array length a value denotes (RangeError unless it is a uint32).
    pub fn to_array_length(&mut self, v: Value) -> JsResult<u32> {
        if let Some(i) = v.as_int() {
            if i >= 0 {
                return Ok(i as u32);
            }
        }
        let n = self.to_number(v)?;
        let u = numconv::f64_to_uint32(n);
        if u as f64 != n {
            return Err(self.range_error("Invalid array length"));
        }
        Ok(u)
    }

    /// ToString (ES5 §9.8).
    pub fn to_string(&mut self, v: Value) -> JsResult<Gc<JsString>> {
        if let Some(s) = v.as_string() {
            return Ok(s);
        }
        if let Some(i) = v.as_int() {
            return self.int_to_string(i);
        }
        if v.is_double() {
            return self.number_to_string(v.as_double_unchecked());
        }
        Ok(match v.tag() {
            crate::value::TAG_BOOL => {
                if v.truthy() { self.names.true_ } else { self.names.false_ }
            }
            crate::value::TAG_UNDEFINED => self.names.undefined,
            crate::value::TAG_NULL => self.names.null,
            crate::value::TAG_OBJECT => {
                let p = self.to_primitive(v, Hint::String)?;
                return self.to_string(p);
            }
            _ => self.names.empty,
        })
    }

    /// ToString as a value.
    #[inline]
    pub fn to_string_value(&mut self, v: Value) -> JsResult<Value> {
        if v.is_string() { Ok(v) } else { Ok(Value::string(self.to_string(v)?)) }
    }

    /// The string of an int32 (cached for small values).
    pub fn int_to_string(&mut self, i: i32) -> JsResult<Gc<JsString>> {
        if (0..self.int_strings.len() as i32).contains(&i) {
            return Ok(self.int_strings[i as usize]);
        }
        let mut buf = itoa_buf(i);
        let s = buf.as_str();
        JsString::from_latin1(self, s.as_bytes())
    }

    /// Number::toString(10).
    pub fn number_to_string(&mut self, n: f64) -> JsResult<Gc<JsString>> {
        let i = n as i32;
        if i as f64 == n && !(i == 0 && n.is_sign_negative()) {
            return self.int_to_string(i);
        }
        if n.is_nan() {
            return Ok(self.names.nan);
        }
        let mut buf = numconv::NumberToStringBuffer::new();
        let s = buf.format(n);
        JsString::from_latin1(self, s.as_bytes())
    }

    /// ToObject (ES5 §9.9): TypeError for undefined and null.
    pub fn to_object(&mut self, v: Value) -> JsResult<Gc<JsObject>> {
        if let Some(o) = v.as_object() {
            return Ok(o);
        }
        if v.is_nullish() {
            return Err(self.type_error("Cannot convert undefined or null to object"));
        }
        crate::builtins::wrap_primitive(self, v)
    }

    /// Converts a property name value to a key (ES5 §11.2.1 steps: ToString, but
    /// array indices become `Index`).
    pub fn to_property_key(&mut self, v: Value) -> JsResult<PropertyKey> {
        if let Some(i) = v.as_int() {
            if i >= 0 {
                return Ok(PropertyKey::Index(i as u32));
            }
        } else if v.is_double() {
            let d = v.as_double_unchecked();
            let u = d as u32;
            if u as f64 == d && u != u32::MAX && !(d == 0.0 && d.is_sign_negative()) {
                return Ok(PropertyKey::Index(u));
            }
        }
        if let Some(s) = v.as_string() {
            return self.key_from_string(s);
        }
        let p = self.to_primitive(v, Hint::String)?;
        let s = self.to_string(p)?;
        self.roots.push(Value::string(s));
        let k = self.key_from_string(s);
        self.roots.pop();
        k
    }

    /// A key from a string: an index if canonical, else the atom.
    pub fn key_from_string(&mut self, s: Gc<JsString>) -> JsResult<PropertyKey> {
        if s.flags() & string::FLAG_NOT_INDEX != 0 {
            return Ok(PropertyKey::Atom(s));
        }
        let flat = string::flatten(self, s)?;
        if let Some(i) = array_index_of(flat) {
            return Ok(PropertyKey::Index(i));
        }
        Ok(PropertyKey::Atom(atoms::intern_string(self, flat)?))
    }

    /// A key from Rust text.
    pub fn key_from_str(&mut self, s: &str) -> JsResult<PropertyKey> {
        let units: alloc::vec::Vec<u16> = s.encode_utf16().collect();
        if let Some(i) = numconv::is_array_index(&units) {
            return Ok(PropertyKey::Index(i));
        }
        Ok(PropertyKey::Atom(atoms::intern_str(self, s)?))
    }

    /// The string value of a key.
    pub fn key_to_value(&mut self, k: PropertyKey) -> JsResult<Value> {
        match k {
            PropertyKey::Atom(a) => Ok(Value::string(a)),
            PropertyKey::Index(i) => Ok(Value::string(self.number_to_string(i as f64)?)),
        }
    }

    /// `typeof v`.
    pub fn type_of(&self, v: Value) -> Gc<JsString> {
        if v.is_number() {
            return self.names.number;
        }
        match v.tag() {
            crate::value::TAG_BOOL => self.names.boolean,
            crate::value::TAG_UNDEFINED => self.names.undefined,
            crate::value::TAG_NULL => self.names.object,
            crate::value::TAG_STRING => self.names.string,
            crate::value::TAG_OBJECT => {
                if v.as_object().is_some_and(|o| o.is_callable()) {
                    self.names.function
                } else {
                    self.names.object
                }
            }
            _ => self.names.undefined,
        }
    }

    /// Strict equality (`===`).
    #[inline]
    pub fn strict_equals(&mut self, a: Value, b: Value) -> JsResult<bool> {
        if a.is_int() && b.is_int() {
            return Ok(a == b);
        }
        if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
            return Ok(x == y);
        }
        if let (Some(x), Some(y)) = (a.as_string(), b.as_string()) {
            return string::equals(self, x, y);
        }
        Ok(a == b)
    }

    /// Abstract equality (`==`, ES5 §11.9.3).
    pub fn loose_equals(&mut self, a: Value, b: Value) -> JsResult<bool> {
        let (mut x, mut y) = (a, b);
        loop {
            if let (Some(p), Some(q)) = (x.as_number(), y.as_number()) {
                return Ok(p == q);
            }
            if let (Some(p), Some(q)) = (x.as_string(), y.as_string()) {
                return string::equals(self, p, q);
            }
            if x.is_nullish() || y.is_nullish() {
                return Ok(x.is_nullish() && y.is_nullish());
            }
            if x.is_bool() && y.is_bool() || x.is_object() && y.is_object() {
                return Ok(x == y);
            }
            // Mixed types: convert toward numbers (objects via ToPrimitive first).
            if x.is_bool() {
                x = Value::int(x.truthy() as i32);
                continue;
            }
            if y.is_bool() {
                y = Value::int(y.truthy() as i32);
                continue;
            }
            if x.is_number() && y.is_string() {
                y = Value::number(self.to_number(y)?);
                continue;
            }
            if x.is_string() && y.is_number() {
                x = Value::number(self.to_number(x)?);
                continue;
            }
            if y.is_object() && (x.is_number() || x.is_string()) {
                self.roots.push(x);
                let p = self.to_primitive(y, Hint::Default);
                self.roots.pop();
                y = p?;
                continue;
            }
            if x.is_object() && (y.is_number() || y.is_string()) {
                self.roots.push(y);
                let p = self.to_primitive(x, Hint::Default);
                self.roots.pop();
                x = p?;
                continue;
            }
            return Ok(false);
        }
    }

    /// The abstract relational comparison `a < b` (ES5 §11.8.5). `None` means
    /// undefined (a NaN was involved). `left_first` controls conversion order.
    pub fn less_than(&mut self, a: Value, b: Value, left_first: bool) -> JsResult<Option<bool>> {
        if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
            return Ok(if x.is_nan() || y.is_nan() { None } else { Some(x < y) });
        }
        let (px, py) = if left_first {
            self.roots.push(b);
            let px = self.to_primitive(a, Hint::Number);
            self.roots.pop();
            let px = px?;
            self.roots.push(px);
            let py = self.to_primitive(b, Hint::Number);
            self.roots.pop();
            (px, py?)
        } else {
            self.roots.push(a);
            let py = self.to_primitive(b, Hint::Number);
            self.roots.pop();
            let py = py?;
            self.roots.push(py);
            let px = self.to_primitive(a, Hint::Number);
            self.roots.pop();
            (px?, py)
        };
        if let (Some(sx), Some(sy)) = (px.as_string(), py.as_string()) {
            self.roots.push(px);
            self.roots.push(py);
            let fx = string::flatten(self, sx);
            let fy = fx.and_then(|fx| string::flatten(self, sy).map(|fy| (fx, fy)));
            self.roots.truncate(self.roots.len() - 2);
            let (fx, fy) = fy?;
            return Ok(Some(fx.chars().cmp_units(&fy.chars()) == core::cmp::Ordering::Less));
        }
        self.roots.push(px);
        self.roots.push(py);
        let nx = self.to_number(px);
        let ny = nx.and_then(|nx| self.to_number(py).map(|ny| (nx, ny)));
        self.roots.truncate(self.roots.len() - 2);
        let (nx, ny) = ny?;
        Ok(if nx.is_nan() || ny.is_nan() { None } else { Some(nx < ny) })
    }

    /// The `+` operator's general case (ES5 §11.6.1).
    pub fn add_values(&mut self, a: Value, b: Value) -> JsResult<Value> {
        if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
            return Ok(Value::double(x + y));
        }
        if let (Some(x), Some(y)) = (a.as_string(), b.as_string()) {
            return Ok(Value::string(string::concat(self, x, y)?));
        }
        self.roots.push(b);
        let pa = self.to_primitive(a, Hint::Default);
        self.roots.pop();
        let pa = pa?;
        self.roots.push(pa);
        let pb = self.to_primitive(b, Hint::Default);
        let pb = match pb {
            Ok(v) => v,
            Err(e) => {
                self.roots.pop();
                return Err(e);
            }
        };
        self.roots.push(pb);
        let r = (|| {
            if pa.is_string() || pb.is_string() {
                let sa = self.to_string(pa)?;
                self.roots.push(Value::string(sa));
                let sb = self.to_string(pb)?;
                self.roots.push(Value::string(sb));
                let r = string::concat(self, sa, sb);
                self.roots.truncate(self.roots.len() - 2);
                return Ok(Value::string(r?));
            }
            let x = self.to_number(pa)?;
            let y = self.to_number(pb)?;
            Ok(Value::double(x + y))
        })();
        self.roots.truncate(self.roots.len() - 2);
        r
    }

    /// `v instanceof f` (ES5 §11.8.6 with §15.3.5.3).
    pub fn instance_of(&mut self, v: Value, f: Value) -> JsResult<bool> {
        let Some(fo) = f.as_object().filter(|o| o.is_callable()) else {
            return Err(self.type_error("Right-hand side of 'instanceof' is not callable"));
        };
        let mut target = fo;
        while let ObjectData::Function(crate::object::FunctionKind::Bound(b)) = target.data() {
            target = b.target;
        }
        let Some(mut o) = v.as_object() else { return Ok(false) };
        let proto = ops::get(self, target, PropertyKey::Atom(self.names.prototype), Value::object(target))?;
        let Some(proto) = proto.as_object() else {
            return Err(self.type_error("Function has non-object prototype in instanceof check"));
        };
        while let Some(p) = o.proto() {
            if p == proto {
                return Ok(true);
            }
            o = p;
        }
        Ok(false)
    }

    /// `[[Get]]` on any value (primitives use their prototype; ES5 §8.7.1).
    pub fn get_value(&mut self, base: Value, key: PropertyKey) -> JsResult<Value> {
        if let Some(o) = base.as_object() {
            return ops::get(self, o, key, base);
        }
        if let Some(s) = base.as_string() {
            match key {
                PropertyKey::Atom(a) if a == self.names.length => return Ok(Value::int(s.len() as i32)),
                PropertyKey::Index(i) if (i as usize) < s.len() => return self.char_at(s, i as usize),
                _ => {}
            }
            let proto = self.realm.string_prototype;
            return ops::get(self, proto, key, base);
        }
        let proto = if base.is_number() {
            self.realm.number_prototype
        } else if base.is_bool() {
            self.realm.boolean_prototype
        } else {
            return Err(self.property_of_nullish_error(base, key));
        };
        ops::get(self, proto, key, base)
    }

    /// `[[Put]]` through a reference (ES5 §8.7.2); throws in strict code when the
    /// assignment is rejected.
    pub fn put_value(&mut self, base: Value, key: PropertyKey, v: Value, strict: bool) -> JsResult<()> {
        let ok = if let Some(o) = base.as_object() {
            ops::put(self, o, key, v, base)?
        } else if base.is_nullish() {
            return Err(self.set_property_of_nullish_error(base, key));
        } else {
            let proto = if base.is_string() {
                if let (Some(s), PropertyKey::Index(i)) = (base.as_string(), key) {
                    if (i as usize) < s.len() {
                        return if strict { Err(self.read_only_error(key)) } else { Ok(()) };
                    }
                }
                self.realm.string_prototype
            } else if base.is_number() {
                self.realm.number_prototype
            } else {
                self.realm.boolean_prototype
            };
            ops::put(self, proto, key, v, base)?
        };
        if !ok && strict {
            return Err(self.read_only_error(key));
        }
        Ok(())
    }
}

/// The array index a flat string spells, if canonical.
pub fn array_index_of(flat: Gc<JsString>) -> Option<u32> {
    match flat.chars() {
        string::Chars::Latin1(b) => {
            if b.is_empty() || b.len() > 10 || !b[0].is_ascii_digit() || (b[0] == b'0' && b.len() > 1) {
                return None;
            }
            let mut n: u64 = 0;
            for c in b {
                if !c.is_ascii_digit() {
                    return None;
                }
                n = n * 10 + (c - b'0') as u64;
            }
            if n < u32::MAX as u64 { Some(n as u32) } else { None }
        }
        string::Chars::Utf16(_) => None,
    }
}

/// A small stack buffer holding the decimal text of an `i32`.
pub struct ItoaBuf {
    buf: [u8; 12],
    start: usize,
}
impl ItoaBuf {
    /// The text.
    pub fn as_str(&mut self) -> &str {
        core::str::from_utf8(&self.buf[self.start..]).unwrap_or("")
    }
}
/// Formats an `i32` without allocating.
pub fn itoa_buf(i: i32) -> ItoaBuf {
    let mut buf = [0u8; 12];
    let mut pos = 12;
    let neg = i < 0;
    let mut n = (i as i64).unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if neg {
        pos -= 1;
        buf[pos] = b'-';
    }
    ItoaBuf { buf, start: pos }
}
