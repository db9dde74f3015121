//! Rooted value handles: [`JsValue`] and the root set the collector scans.

use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::RefCell;
use core::fmt;

use super::error::Exception;
use crate::gc::Tracer;
use crate::value::Value;

/// The values held by [`JsValue`] handles of one engine.
///
/// The VM and every rooted handle share it through an `Rc`, so a handle can
/// release its slot when dropped without a `&mut Engine`, and outliving the
/// engine is harmless: the slots are then never scanned or read again.
#[derive(Default)]
pub struct RootSet {
    slots: RefCell<Vec<Value>>,
    free: RefCell<Vec<u32>>,
    /// The exception behind the last [`super::JsError::Exception`] the API
    /// returned, so a host closure that passes that error on (`?`) rethrows
    /// the very value that was thrown.
    pub(crate) last_thrown: RefCell<Option<(Exception, Value)>>,
}

impl RootSet {
    /// Keeps `v` alive; returns its slot.
    fn add(&self, v: Value) -> u32 {
        let mut slots = self.slots.borrow_mut();
        if let Some(i) = self.free.borrow_mut().pop() {
            slots[i as usize] = v;
            return i;
        }
        slots.push(v);
        (slots.len() - 1) as u32
    }

    fn release(&self, slot: u32) {
        if let Some(s) = self.slots.borrow_mut().get_mut(slot as usize) {
            *s = Value::UNDEFINED;
            self.free.borrow_mut().push(slot);
        }
    }

    /// Slots in use (for tests: every handle dropped means zero).
    pub fn live(&self) -> usize {
        self.slots.borrow().len() - self.free.borrow().len()
    }

    /// Marks every held value (called by the collector).
    pub(crate) fn trace(&self, t: &mut Tracer<'_>) {
        t.values(&self.slots.borrow());
        if let Some((_, v)) = &*self.last_thrown.borrow() {
            t.value(*v);
        }
    }
}

/// A JavaScript value held by the host.
///
/// Strings and objects are rooted: while the `JsValue` exists, the collector
/// keeps the value alive, and dropping it releases the root. Numbers,
/// booleans, `undefined` and `null` need no root and can be made without an
/// engine (`JsValue::from(1.5)`, [`JsValue::UNDEFINED`]).
///
/// A `JsValue` belongs to the engine that made it; passing it to another
/// engine gives an error, never a wrong value. Cloning adds a root. Do not
/// store a `JsValue` inside a host object or a host closure that the value
/// itself reaches: like any strong root, such a cycle is never collected
/// (it is freed when the engine is dropped).
pub struct JsValue {
    raw: Value,
    root: Option<Root>,
}

struct Root {
    set: Rc<RootSet>,
    slot: u32,
}

impl Drop for Root {
    fn drop(&mut self) {
        self.set.release(self.slot);
    }
}

impl JsValue {
    /// `undefined`.
    pub const UNDEFINED: JsValue = JsValue { raw: Value::UNDEFINED, root: None };
    /// `null`.
    pub const NULL: JsValue = JsValue { raw: Value::NULL, root: None };

    /// Roots `raw` in `set` if it points into the heap.
    pub(crate) fn rooted(set: &Rc<RootSet>, raw: Value) -> JsValue {
        let root = raw.is_gc_pointer().then(|| Root { set: set.clone(), slot: set.add(raw) });
        JsValue { raw, root }
    }

    /// The raw value if it may be used with the engine owning `set`.
    pub(crate) fn raw_in(&self, set: &Rc<RootSet>) -> Option<Value> {
        match &self.root {
            Some(r) if !Rc::ptr_eq(&r.set, set) => None,
            _ => Some(self.raw),
        }
    }

    /// The raw NaN-boxed value (the low-level API). It stays valid while this
    /// handle lives.
    pub fn raw(&self) -> Value {
        self.raw
    }
    /// Is it `undefined`?
    pub fn is_undefined(&self) -> bool {
        self.raw.is_undefined()
    }
    /// Is it `null`?
    pub fn is_null(&self) -> bool {
        self.raw.is_null()
    }
    /// Is it `undefined` or `null`?
    pub fn is_nullish(&self) -> bool {
        self.raw.is_nullish()
    }
    /// Is it a number?
    pub fn is_number(&self) -> bool {
        self.raw.is_number()
    }
    /// Is it a boolean?
    pub fn is_bool(&self) -> bool {
        self.raw.is_bool()
    }
    /// Is it a string?
    pub fn is_string(&self) -> bool {
        self.raw.is_string()
    }
    /// Is it an object (functions and arrays included)?
    pub fn is_object(&self) -> bool {
        self.raw.is_object()
    }
    /// The number, if it is one.
    pub fn as_f64(&self) -> Option<f64> {
        self.raw.as_number()
    }
    /// The boolean, if it is one.
    pub fn as_bool(&self) -> Option<bool> {
        self.raw.as_bool()
    }
    /// The JS type name, as `typeof` says it except that functions are
    /// `"object"` here (use [`super::Context::is_function`]).
    pub fn kind(&self) -> &'static str {
        match self.raw {
            v if v.is_undefined() => "undefined",
            v if v.is_null() => "null",
            v if v.is_bool() => "boolean",
            v if v.is_number() => "number",
            v if v.is_string() => "string",
            _ => "object",
        }
    }
}

impl Clone for JsValue {
    fn clone(&self) -> JsValue {
        match &self.root {
            Some(r) => JsValue::rooted(&r.set, self.raw),
            None => JsValue { raw: self.raw, root: None },
        }
    }
}

/// Identity: the same primitive bits or the same heap cell (as `===` for
/// objects; strings compare by cell, not by text).
impl PartialEq for JsValue {
    fn eq(&self, other: &JsValue) -> bool {
        self.raw.bits_eq(other.raw)
    }
}

impl fmt::Debug for JsValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Only the tag is read: the cell may belong to an engine already gone.
        match self.raw.as_number() {
            Some(n) => write!(f, "JsValue({n})"),
            None => match self.raw.as_bool() {
                Some(b) => write!(f, "JsValue({b})"),
                None => write!(f, "JsValue({})", self.kind()),
            },
        }
    }
}

impl From<f64> for JsValue {
    fn from(n: f64) -> JsValue {
        JsValue { raw: Value::number(n), root: None }
    }
}
impl From<i32> for JsValue {
    fn from(n: i32) -> JsValue {
        JsValue { raw: Value::int(n), root: None }
    }
}
impl From<u32> for JsValue {
    fn from(n: u32) -> JsValue {
        JsValue { raw: Value::number(n as f64), root: None }
    }
}
impl From<bool> for JsValue {
    fn from(b: bool) -> JsValue {
        JsValue { raw: Value::bool(b), root: None }
    }
}
