//! Conversions between Rust and JavaScript values.
//!
//! [`FromJs`] is strict: a number converts to `i32` only if it is an integer
//! in range, a string only from a JS string; a mismatch is a
//! [`JsError::Type`] (a `TypeError` when it happens in a host function).
//! Coercions that may run script code are explicit ([`Context::coerce_string`],
//! [`Context::coerce_number`]).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::context::Context;
use super::error::JsError;
use super::value::JsValue;
use crate::interp::Vm;
use crate::object::PropertyKey;
use crate::object::ops::JsResult;

/// Rust values that convert into JavaScript values.
pub trait IntoJs {
    /// Makes the JS value (strings and arrays allocate, so this can fail).
    fn into_js(self, cx: &mut Context) -> Result<JsValue, JsError>;
}

/// Rust values that JavaScript values convert into.
pub trait FromJs: Sized {
    /// Converts `v`, or says why not.
    fn from_js(cx: &mut Context, v: &JsValue) -> Result<Self, JsError>;
}

fn mismatch(expected: &str, v: &JsValue) -> JsError {
    JsError::Type(format!("expected {expected}, got {}", v.kind()))
}

impl IntoJs for JsValue {
    fn into_js(self, _cx: &mut Context) -> Result<JsValue, JsError> {
        Ok(self)
    }
}
impl IntoJs for &JsValue {
    fn into_js(self, _cx: &mut Context) -> Result<JsValue, JsError> {
        Ok(self.clone())
    }
}
impl FromJs for JsValue {
    fn from_js(cx: &mut Context, v: &JsValue) -> Result<Self, JsError> {
        cx.raw(v)?;
        Ok(v.clone())
    }
}

macro_rules! primitive_into_js {
    ($($t:ty),*) => {$(
        impl IntoJs for $t {
            fn into_js(self, _cx: &mut Context) -> Result<JsValue, JsError> {
                Ok(JsValue::from(self))
            }
        }
    )*};
}
primitive_into_js!(f64, i32, u32, bool);

impl FromJs for f64 {
    fn from_js(_cx: &mut Context, v: &JsValue) -> Result<Self, JsError> {
        v.as_f64().ok_or_else(|| mismatch("a number", v))
    }
}

/// An integral number in `lo..=hi`.
fn integer_in(v: &JsValue, lo: f64, hi: f64, what: &str) -> Result<f64, JsError> {
    let n = v.as_f64().ok_or_else(|| mismatch(what, v))?;
    if libm::trunc(n) == n && n >= lo && n <= hi {
        Ok(n)
    } else {
        Err(JsError::Type(format!("expected {what}, got {n}")))
    }
}

impl FromJs for i32 {
    fn from_js(_cx: &mut Context, v: &JsValue) -> Result<Self, JsError> {
        integer_in(v, i32::MIN as f64, i32::MAX as f64, "a 32-bit integer").map(|n| n as i32)
    }
}
impl FromJs for u32 {
    fn from_js(_cx: &mut Context, v: &JsValue) -> Result<Self, JsError> {
        integer_in(v, 0.0, u32::MAX as f64, "an unsigned 32-bit integer").map(|n| n as u32)
    }
}
impl FromJs for bool {
    fn from_js(_cx: &mut Context, v: &JsValue) -> Result<Self, JsError> {
        v.as_bool().ok_or_else(|| mismatch("a boolean", v))
    }
}

impl IntoJs for &str {
    fn into_js(self, cx: &mut Context) -> Result<JsValue, JsError> {
        cx.new_string(self)
    }
}
impl IntoJs for String {
    fn into_js(self, cx: &mut Context) -> Result<JsValue, JsError> {
        cx.new_string(&self)
    }
}
impl IntoJs for &String {
    fn into_js(self, cx: &mut Context) -> Result<JsValue, JsError> {
        cx.new_string(self)
    }
}
impl FromJs for String {
    fn from_js(cx: &mut Context, v: &JsValue) -> Result<Self, JsError> {
        let s = cx.raw(v)?.as_string().ok_or_else(|| mismatch("a string", v))?;
        let r = cx.vm().string_to_rust(s);
        r.map_err(|e| cx.thrown(e))
    }
}

/// `()` is `undefined`; any JS value converts to `()` (a result to ignore).
impl IntoJs for () {
    fn into_js(self, _cx: &mut Context) -> Result<JsValue, JsError> {
        Ok(JsValue::UNDEFINED)
    }
}
impl FromJs for () {
    fn from_js(cx: &mut Context, v: &JsValue) -> Result<Self, JsError> {
        cx.raw(v).map(|_| ())
    }
}

/// `None` is `undefined`; `undefined` and `null` convert to `None`.
impl<T: IntoJs> IntoJs for Option<T> {
    fn into_js(self, cx: &mut Context) -> Result<JsValue, JsError> {
        match self {
            Some(t) => t.into_js(cx),
            None => Ok(JsValue::UNDEFINED),
        }
    }
}
impl<T: FromJs> FromJs for Option<T> {
    fn from_js(cx: &mut Context, v: &JsValue) -> Result<Self, JsError> {
        if v.is_nullish() { Ok(None) } else { T::from_js(cx, v).map(Some) }
    }
}

/// A `Vec` is a new array; an array converts element by element (holes read
/// as `undefined`).
impl<T: IntoJs> IntoJs for Vec<T> {
    fn into_js(self, cx: &mut Context) -> Result<JsValue, JsError> {
        let array = cx.new_array()?;
        for (i, item) in self.into_iter().enumerate() {
            cx.set(&array, i as u32, item)?;
        }
        Ok(array)
    }
}
impl<T: FromJs> FromJs for Vec<T> {
    fn from_js(cx: &mut Context, v: &JsValue) -> Result<Self, JsError> {
        if !cx.is_array(v) {
            return Err(mismatch("an array", v));
        }
        let len: u32 = cx.get(v, "length")?;
        let mut out = Vec::with_capacity(len.min(1 << 16) as usize);
        for i in 0..len {
            let item: JsValue = cx.get(v, i)?;
            out.push(T::from_js(cx, &item).map_err(|e| match e {
                JsError::Type(m) => JsError::Type(format!("element {i}: {m}")),
                e => e,
            })?);
        }
        Ok(out)
    }
}

/// Property names: text or an array index.
pub trait PropertyName {
    /// The engine's key for the name.
    fn to_key(self, vm: &mut Vm) -> JsResult<PropertyKey>;
}
impl PropertyName for &str {
    fn to_key(self, vm: &mut Vm) -> JsResult<PropertyKey> {
        vm.key_from_str(self)
    }
}
impl PropertyName for &String {
    fn to_key(self, vm: &mut Vm) -> JsResult<PropertyKey> {
        vm.key_from_str(self)
    }
}
impl PropertyName for u32 {
    fn to_key(self, vm: &mut Vm) -> JsResult<PropertyKey> {
        if self == u32::MAX {
            // 2^32 - 1 is not an array index: a named property.
            return vm.key_from_str("4294967295");
        }
        Ok(PropertyKey::Index(self))
    }
}

/// Argument lists: tuples of Rust values (up to six), `Vec<JsValue>` or
/// `&[JsValue]`.
pub trait IntoArgs {
    /// The arguments as rooted values.
    fn into_args(self, cx: &mut Context) -> Result<Vec<JsValue>, JsError>;
}
impl IntoArgs for Vec<JsValue> {
    fn into_args(self, _cx: &mut Context) -> Result<Vec<JsValue>, JsError> {
        Ok(self)
    }
}
impl IntoArgs for &[JsValue] {
    fn into_args(self, _cx: &mut Context) -> Result<Vec<JsValue>, JsError> {
        Ok(self.to_vec())
    }
}
macro_rules! tuple_args {
    ($($name:ident),*) => {
        impl<$($name: IntoJs),*> IntoArgs for ($($name,)*) {
            #[allow(non_snake_case, unused_variables)]
            fn into_args(self, cx: &mut Context) -> Result<Vec<JsValue>, JsError> {
                let ($($name,)*) = self;
                Ok(alloc::vec![$($name.into_js(cx)?),*])
            }
        }
    };
}
tuple_args!();
tuple_args!(A);
tuple_args!(A, B);
tuple_args!(A, B, C);
tuple_args!(A, B, C, D);
tuple_args!(A, B, C, D, E);
tuple_args!(A, B, C, D, E, F);
