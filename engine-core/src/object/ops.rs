//! The object internal methods of ES5 §8.12 (and the array, string-wrapper and
//! arguments-object variants of §15.4.5, §15.5.5, §10.6).
//!
//! Every function here that takes a `Gc<JsObject>` expects it to be rooted by the
//! caller (they may allocate and may call getters and setters).

use alloc::vec::Vec;

use super::{
    accessor_of, attrs, Accessor, JsObject, ObjectClass, ObjectData, PropertyKey, Shape, SparseElement, ValueArray,
    MAX_TRANSITION_PROPERTIES, OBJ_LENGTH_READONLY, OBJ_SPARSE,
};
use crate::gc::Gc;
use crate::interp::Vm;
use crate::string::JsString;
use crate::value::Value;

/// Result type of operations that may throw.
pub type JsResult<T> = Result<T, Value>;

/// An own property as found by [`get_own_property`].
#[derive(Clone, Copy, Debug)]
pub enum OwnProperty {
    /// A data property.
    Data {
        /// Its value.
        value: Value,
        /// Attribute bits.
        attrs: u8,
    },
    /// An accessor property.
    Accessor {
        /// Getter (or undefined).
        getter: Value,
        /// Setter (or undefined).
        setter: Value,
        /// Attribute bits (ACCESSOR included).
        attrs: u8,
    },
}

impl OwnProperty {
    /// Attribute bits.
    pub fn attrs(&self) -> u8 {
        match self {
            OwnProperty::Data { attrs, .. } | OwnProperty::Accessor { attrs, .. } => *attrs,
        }
    }
    /// Is it enumerable?
    pub fn enumerable(&self) -> bool {
        self.attrs() & attrs::ENUMERABLE != 0
    }
    fn from_slot(v: Value, a: u8) -> OwnProperty {
        if a & attrs::ACCESSOR != 0 {
            match accessor_of(v) {
                Some(acc) => OwnProperty::Accessor { getter: acc.getter.get(), setter: acc.setter.get(), attrs: a },
                None => OwnProperty::Accessor { getter: Value::UNDEFINED, setter: Value::UNDEFINED, attrs: a },
            }
        } else {
            OwnProperty::Data { value: v, attrs: a }
        }
    }
}

/// A property descriptor with optional fields (for `defineProperty`).
#[derive(Clone, Copy, Debug, Default)]
pub struct PropertyDescriptor {
    /// `[[Value]]`.
    pub value: Option<Value>,
    /// `[[Get]]`.
    pub get: Option<Value>,
    /// `[[Set]]`.
    pub set: Option<Value>,
    /// `[[Writable]]`.
    pub writable: Option<bool>,
    /// `[[Enumerable]]`.
    pub enumerable: Option<bool>,
    /// `[[Configurable]]`.
    pub configurable: Option<bool>,
}

impl PropertyDescriptor {
    /// A plain data descriptor with the given attribute bits.
    pub fn data(value: Value, a: u8) -> PropertyDescriptor {
        PropertyDescriptor {
            value: Some(value),
            writable: Some(a & attrs::WRITABLE != 0),
            enumerable: Some(a & attrs::ENUMERABLE != 0),
            configurable: Some(a & attrs::CONFIGURABLE != 0),
            ..Default::default()
        }
    }
    /// Is it an accessor descriptor?
    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    /// Is it a data descriptor?
    pub fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
    /// Is it generic (neither)?
    pub fn is_generic(&self) -> bool {
        !self.is_accessor() && !self.is_data()
    }
}

fn bit(on: bool, b: u8) -> u8 {
    if on { b } else { 0 }
}

// ---------------------------------------------------------------------------
// [[GetOwnProperty]]

/// Own property lookup, including exotic indices and `length`.
pub fn get_own_property(vm: &mut Vm, obj: Gc<JsObject>, key: PropertyKey) -> JsResult<Option<OwnProperty>> {
    match key {
        PropertyKey::Atom(name) => {
            if let Some((slot, a)) = Shape::lookup(obj.shape(), name) {
                return Ok(Some(OwnProperty::from_slot(obj.slot(slot), a)));
            }
            if name == vm.names.length {
                match obj.class() {
                    ObjectClass::Array => {
                        let w = bit(obj.flags() & OBJ_LENGTH_READONLY == 0, attrs::WRITABLE);
                        return Ok(Some(OwnProperty::Data { value: Value::number(obj.length() as f64), attrs: w }));
                    }
                    ObjectClass::String => {
                        if let ObjectData::String(s) = obj.data() {
                            return Ok(Some(OwnProperty::Data { value: Value::int(s.len() as i32), attrs: 0 }));
                        }
                    }
                    _ => {}
                }
            }
            Ok(None)
        }
        PropertyKey::Index(i) => get_own_element(vm, obj, i),
    }
}

fn get_own_element(vm: &mut Vm, obj: Gc<JsObject>, i: u32) -> JsResult<Option<OwnProperty>> {
    match obj.data() {
        ObjectData::String(s) => {
            if (i as usize) < s.len() {
                let s = *s;
                let c = vm.char_at(s, i as usize)?;
                return Ok(Some(OwnProperty::Data { value: c, attrs: attrs::ENUMERABLE }));
            }
        }
        ObjectData::MappedArguments { env, map } => {
            if let Some(&slot) = map.get(i as usize) {
                if slot != u32::MAX {
                    let v = env.get(slot as usize);
                    let a = element_attrs(obj, i).unwrap_or(attrs::DEFAULT);
                    return Ok(Some(OwnProperty::Data { value: v, attrs: a }));
                }
            }
        }
        _ => {}
    }
    Ok(own_element_raw(obj, i))
}

/// An own element without exotic behaviour (dense or sparse storage).
pub fn own_element_raw(obj: Gc<JsObject>, i: u32) -> Option<OwnProperty> {
    if obj.flags() & OBJ_SPARSE != 0 {
        return obj.sparse().and_then(|m| m.get(&i)).map(|e| OwnProperty::from_slot(e.value, e.attrs));
    }
    let el = obj.elements()?;
    if (i as usize) < el.len() {
        let v = el.get(i as usize);
        if !v.is_hole() {
            return Some(OwnProperty::Data { value: v, attrs: attrs::DEFAULT });
        }
    }
    None
}

fn element_attrs(obj: Gc<JsObject>, i: u32) -> Option<u8> {
    own_element_raw(obj, i).map(|p| p.attrs())
}

// ---------------------------------------------------------------------------
// [[Get]]

/// `[[Get]]` on an object with `receiver` as `this` for getters.
pub fn get(vm: &mut Vm, obj: Gc<JsObject>, key: PropertyKey, receiver: Value) -> JsResult<Value> {
    let mut o = obj;
    loop {
        // Fast paths that cannot involve exotic behaviour.
        match key {
            PropertyKey::Atom(name) => {
                if let Some((slot, a)) = Shape::lookup(o.shape(), name) {
                    let v = o.slot(slot);
                    if a & attrs::ACCESSOR == 0 {
                        return Ok(v);
                    }
                    return call_getter(vm, v, receiver);
                }
                if name == vm.names.length && matches!(o.class(), ObjectClass::Array | ObjectClass::String) {
                    if let Some(p) = get_own_property(vm, o, key)? {
                        return property_value(vm, p, receiver);
                    }
                }
            }
            PropertyKey::Index(i) => {
                if o.flags() & OBJ_SPARSE == 0 && matches!(o.class(), ObjectClass::Object | ObjectClass::Array) {
                    if let Some(el) = o.elements() {
                        if (i as usize) < el.len() {
                            let v = el.get(i as usize);
                            if !v.is_hole() {
                                return Ok(v);
                            }
                        }
                    }
                } else if let Some(p) = get_own_element(vm, o, i)? {
                    return property_value(vm, p, receiver);
                }
            }
        }
        match o.proto() {
            Some(p) => o = p,
            None => return Ok(Value::UNDEFINED),
        }
    }
}

fn property_value(vm: &mut Vm, p: OwnProperty, receiver: Value) -> JsResult<Value> {
    match p {
        OwnProperty::Data { value, .. } => Ok(value),
        OwnProperty::Accessor { getter, .. } => {
            if getter.is_undefined() {
                Ok(Value::UNDEFINED)
            } else {
                vm.call(getter, receiver, &[])
            }
        }
    }
}

fn call_getter(vm: &mut Vm, slot_value: Value, receiver: Value) -> JsResult<Value> {
    let getter = accessor_of(slot_value).map_or(Value::UNDEFINED, |a| a.getter.get());
    if getter.is_undefined() { Ok(Value::UNDEFINED) } else { vm.call(getter, receiver, &[]) }
}

/// Finds a property along the prototype chain (no getter calls).
pub fn get_property(vm: &mut Vm, obj: Gc<JsObject>, key: PropertyKey) -> JsResult<Option<OwnProperty>> {
    let mut o = obj;
    loop {
        if let Some(p) = get_own_property(vm, o, key)? {
            return Ok(Some(p));
        }
        match o.proto() {
            Some(p) => o = p,
            None => return Ok(None),
        }
    }
}

/// `[[HasProperty]]`.
pub fn has_property(vm: &mut Vm, obj: Gc<JsObject>, key: PropertyKey) -> JsResult<bool> {
    Ok(get_property(vm, obj, key)?.is_some())
}

/// Has an own property with this key?
pub fn has_own_property(vm: &mut Vm, obj: Gc<JsObject>, key: PropertyKey) -> JsResult<bool> {
    Ok(get_own_property(vm, obj, key)?.is_some())
}

// ---------------------------------------------------------------------------
// [[Put]]

/// `[[Put]]` (ES5 §8.12.5) with a separate receiver (the object on which a new
/// property is created and which setters see as `this`). Returns `false` when the
/// assignment was rejected (the caller throws in strict code).
pub fn put(vm: &mut Vm, obj: Gc<JsObject>, key: PropertyKey, value: Value, receiver: Value) -> JsResult<bool> {
    // Own data property fast path: write in place.
    if receiver == Value::object(obj) {
        match key {
            PropertyKey::Atom(name) => {
                if let Some((slot, a)) = Shape::lookup(obj.shape(), name) {
                    if a & (attrs::ACCESSOR | attrs::WRITABLE) == attrs::WRITABLE {
                        obj.set_slot(slot, value);
                        return Ok(true);
                    }
                }
            }
            PropertyKey::Index(i) => {
                if obj.flags() & OBJ_SPARSE == 0 && obj.class() == ObjectClass::Object {
                    if let Some(el) = obj.elements() {
                        if (i as usize) < el.len() && !el.get(i as usize).is_hole() {
                            el.set(i as usize, value);
                            return Ok(true);
                        }
                    }
                }
            }
        }
    }
    // Find the property on the chain.
    let mut o = obj;
    let found = loop {
        if let Some(p) = get_own_property(vm, o, key)? {
            break Some((o, p));
        }
        match o.proto() {
            Some(p) => o = p,
            None => break None,
        }
    };
    match found {
        Some((_, OwnProperty::Accessor { setter, .. })) => {
            if setter.is_undefined() {
                return Ok(false);
            }
            vm.call(setter, receiver, &[value])?;
            Ok(true)
        }
        Some((holder, OwnProperty::Data { attrs: a, .. })) => {
            if a & attrs::WRITABLE == 0 {
                return Ok(false);
            }
            let Some(recv) = receiver.as_object() else {
                // Primitive receiver: the temporary wrapper would get the property.
                return Ok(false);
            };
            if holder == recv {
                let desc = PropertyDescriptor { value: Some(value), ..Default::default() };
                return define_own_property(vm, recv, key, &desc);
            }
            create_data_property(vm, recv, key, value)
        }
        None => {
            let Some(recv) = receiver.as_object() else { return Ok(false) };
            create_data_property(vm, recv, key, value)
        }
    }
}

/// Adds (or overwrites) an own enumerable, writable, configurable data property,
/// as assignment does for a missing property. Returns `false` if the object is not
/// extensible or an existing own property forbids it.
pub fn create_data_property(vm: &mut Vm, obj: Gc<JsObject>, key: PropertyKey, value: Value) -> JsResult<bool> {
    match key {
        PropertyKey::Atom(name) => {
            if let Some((slot, a)) = Shape::lookup(obj.shape(), name) {
                if a & (attrs::ACCESSOR | attrs::WRITABLE) == attrs::WRITABLE {
                    obj.set_slot(slot, value);
                    return Ok(true);
                }
                let desc = PropertyDescriptor::data(value, attrs::DEFAULT);
                return define_own_property(vm, obj, key, &desc);
            }
            if name == vm.names.length && matches!(obj.class(), ObjectClass::Array | ObjectClass::String) {
                let desc = PropertyDescriptor { value: Some(value), ..Default::default() };
                return define_own_property(vm, obj, key, &desc);
            }
            if !obj.is_extensible() {
                return Ok(false);
            }
            add_named(vm, obj, name, value, attrs::DEFAULT)?;
            Ok(true)
        }
        PropertyKey::Index(i) => set_element(vm, obj, i, value),
    }
}

/// Adds a new named property (absent and object extensible: checked by caller).
pub fn add_named(vm: &mut Vm, obj: Gc<JsObject>, name: Gc<JsString>, value: Value, a: u8) -> JsResult<()> {
    let shape = obj.shape();
    if !shape.is_dictionary() && shape.count() >= MAX_TRANSITION_PROPERTIES {
        to_dictionary(vm, obj)?;
    }
    let shape = obj.shape();
    let (ns, slot) = Shape::add(vm, shape, name, a)?;
    vm.roots.push(Value::cell(ns.header()));
    let r = JsObject::ensure_slots(vm, obj, ns.slot_span());
    vm.roots.pop();
    r?;
    obj.set_slot(slot, value);
    obj.set_shape(ns);
    Ok(())
}

/// Switches an object to dictionary mode.
pub fn to_dictionary(vm: &mut Vm, obj: Gc<JsObject>) -> JsResult<()> {
    let shape = obj.shape();
    if !shape.is_dictionary() {
        let ds = Shape::to_dictionary(vm, shape)?;
        obj.set_shape(ds);
    }
    Ok(())
}

/// Can an assignment to a missing index of `obj` simply create an own data
/// element? Yes unless a prototype has indexed properties that are not plain
/// writable data: accessors or read-only ones (sparse storage holds those), or the
/// read-only characters of a String object.
pub fn protos_accept_index_stores(obj: Gc<JsObject>) -> bool {
    let mut p = obj.proto();
    while let Some(o) = p {
        if o.flags() & OBJ_SPARSE != 0 || o.class() == ObjectClass::String {
            return false;
        }
        p = o.proto();
    }
    true
}

/// Does reading a missing index of `obj` give `undefined` without looking
/// further? Yes when no prototype has indexed properties at all (conservatively:
/// no sparse storage, no dense elements, not a String object).
pub fn protos_have_no_elements(obj: Gc<JsObject>) -> bool {
    let mut p = obj.proto();
    while let Some(o) = p {
        if o.flags() & OBJ_SPARSE != 0 || o.class() == ObjectClass::String || o.elements().is_some_and(|e| !e.is_empty()) {
            return false;
        }
        p = o.proto();
    }
    true
}

/// Sets an indexed own property as assignment would (creating it if absent).
/// Elements of plain objects and arrays stay dense unless the index is far away.
pub fn set_element(vm: &mut Vm, obj: Gc<JsObject>, i: u32, value: Value) -> JsResult<bool> {
    let class = obj.class();
    if obj.flags() & OBJ_SPARSE == 0 && matches!(class, ObjectClass::Object | ObjectClass::Array | ObjectClass::Arguments | ObjectClass::Function | ObjectClass::Error | ObjectClass::Date | ObjectClass::RegExp | ObjectClass::Boolean | ObjectClass::Number | ObjectClass::Math | ObjectClass::Json) && !matches!(obj.data(), ObjectData::MappedArguments { .. }) {
        if let Some(el) = obj.elements() {
            if (i as usize) < el.len() {
                let old = el.get(i as usize);
                if !old.is_hole() {
                    el.set(i as usize, value);
                    return Ok(true);
                }
            }
        }
        // A new element.
        if !obj.is_extensible() {
            return Ok(false);
        }
        if class == ObjectClass::Array && i >= obj.length() && obj.flags() & OBJ_LENGTH_READONLY != 0 {
            return Ok(false);
        }
        if dense_store(vm, obj, i, value)? {
            if class == ObjectClass::Array && i >= obj.length() {
                obj.set_length_field(i + 1);
            }
            return Ok(true);
        }
        to_sparse(vm, obj)?;
    }
    let desc = PropertyDescriptor::data(value, attrs::DEFAULT);
    match own_element_raw(obj, i) {
        Some(_) => {
            let d = PropertyDescriptor { value: Some(value), ..Default::default() };
            define_own_property(vm, obj, PropertyKey::Index(i), &d)
        }
        None => define_own_property(vm, obj, PropertyKey::Index(i), &desc),
    }
}

/// Stores into dense storage, growing it if the index is close enough; `false`
/// means the index is too far out and the object should go sparse.
fn dense_store(vm: &mut Vm, obj: Gc<JsObject>, i: u32, value: Value) -> JsResult<bool> {
    let (len, cap) = obj.elements().map_or((0, 0), |e| (e.len() as u32, e.capacity()));
    if i < cap {
        let el = obj.elements().expect("capacity implies storage");
        if i as usize >= el.len() {
            el.set_len(i as usize + 1);
        }
        el.set(i as usize, value);
        return Ok(true);
    }
    // Grow when the new index keeps the storage at least 1/8 full.
    let needed = i as u64 + 1;
    if needed > 1024 && needed > (len as u64 + 1) * 8 {
        return Ok(false);
    }
    // A store past a gap counts the elements present: `a[2^k - 2] = ...` for
    // growing k doubles the length each time but holds k elements. (Only when the
    // storage must grow, so appends stay amortized O(1).)
    if needed > 1024 && i > len {
        let present = obj.elements().map_or(0, |e| (0..e.len()).filter(|&k| !e.get(k).is_hole()).count() as u64);
        if (present + 1) * 8 < needed {
            return Ok(false);
        }
    }
    let new_cap = (needed.max(cap as u64 * 2).max(4)).min(super::MAX_VALUE_ARRAY as u64) as u32;
    if new_cap < needed as u32 {
        return Ok(false);
    }
    grow_elements(vm, obj, new_cap)?;
    let el = obj.elements().expect("just grown");
    el.set_len(i as usize + 1);
    el.set(i as usize, value);
    Ok(true)
}

/// Replaces the dense storage with one of capacity `cap` (keeping contents).
pub fn grow_elements(vm: &mut Vm, obj: Gc<JsObject>, cap: u32) -> JsResult<()> {
    let old = obj.elements();
    let len = old.map_or(0, |e| e.len() as u32);
    let a = ValueArray::new(vm, len, cap.max(len), Value::HOLE)?;
    if let Some(old) = old {
        for k in 0..len as usize {
            a.set(k, old.get(k));
        }
    }
    obj.set_elements(Some(a));
    Ok(())
}

/// Moves all dense elements into the sparse map.
pub fn to_sparse(_vm: &mut Vm, obj: Gc<JsObject>) -> JsResult<()> {
    if obj.flags() & OBJ_SPARSE != 0 {
        return Ok(());
    }
    let map = obj.sparse_mut();
    if let Some(el) = obj.elements() {
        for (k, v) in el.as_slice().iter().enumerate() {
            if !v.is_hole() {
                map.insert(k as u32, SparseElement { value: *v, attrs: attrs::DEFAULT });
            }
        }
    }
    obj.set_elements(None);
    obj.set_flag(OBJ_SPARSE, true);
    Ok(())
}

// ---------------------------------------------------------------------------
// [[DefineOwnProperty]]

/// `[[DefineOwnProperty]]` (ES5 §8.12.9, with §15.4.5.1 for arrays). Returns
/// `false` on rejection; callers that must throw do so.
pub fn define_own_property(vm: &mut Vm, obj: Gc<JsObject>, key: PropertyKey, desc: &PropertyDescriptor) -> JsResult<bool> {
    if obj.class() == ObjectClass::Array {
        match key {
            PropertyKey::Atom(name) if name == vm.names.length => return define_array_length(vm, obj, desc),
            PropertyKey::Index(i) => {
                if i >= obj.length() && obj.flags() & OBJ_LENGTH_READONLY != 0 {
                    return Ok(false);
                }
                if !define_ordinary(vm, obj, key, desc)? {
                    return Ok(false);
                }
                if i >= obj.length() {
                    obj.set_length_field(i + 1);
                }
                return Ok(true);
            }
            _ => {}
        }
    }
    if let (PropertyKey::Index(i), ObjectData::MappedArguments { env, map }) = (key, obj.data()) {
        if let Some(&slot) = map.get(i as usize) {
            if slot != u32::MAX {
                let env = *env;
                // Materialize the current value so the generic algorithm sees it.
                let cur = env.get(slot as usize);
                if own_element_raw(obj, i).is_none() {
                    to_sparse(vm, obj)?;
                }
                if obj.flags() & OBJ_SPARSE != 0 {
                    if let Some(e) = obj.sparse_mut().get_mut(&i) {
                        if e.attrs & attrs::ACCESSOR == 0 {
                            e.value = cur;
                        }
                    }
                }
                if !define_ordinary(vm, obj, key, desc)? {
                    return Ok(false);
                }
                let unmap = desc.is_accessor() || (desc.value.is_none() && desc.writable == Some(false));
                if let Some(v) = desc.value {
                    env.set(slot as usize, v);
                }
                if unmap || desc.writable == Some(false) {
                    unmap_argument(obj, i);
                }
                return Ok(true);
            }
        }
    }
    define_ordinary(vm, obj, key, desc)
}

fn unmap_argument(obj: Gc<JsObject>, i: u32) {
    if let ObjectData::MappedArguments { env, map } = obj.data() {
        let mut m: Vec<u32> = map.to_vec();
        if let Some(s) = m.get_mut(i as usize) {
            *s = u32::MAX;
        }
        let env = *env;
        obj.set_data(ObjectData::MappedArguments { env, map: m.into_boxed_slice() });
    }
}

fn define_ordinary(vm: &mut Vm, obj: Gc<JsObject>, key: PropertyKey, desc: &PropertyDescriptor) -> JsResult<bool> {
    let current = match key {
        PropertyKey::Atom(name) => Shape::lookup(obj.shape(), name).map(|(slot, a)| OwnProperty::from_slot(obj.slot(slot), a)),
        PropertyKey::Index(i) => match obj.data() {
            ObjectData::String(s) if (i as usize) < s.len() => {
                let s = *s;
                let c = vm.char_at(s, i as usize)?;
                Some(OwnProperty::Data { value: c, attrs: attrs::ENUMERABLE })
            }
            _ => own_element_raw(obj, i),
        },
    };
    let current = match (current, key) {
        (None, PropertyKey::Atom(name)) if name == vm.names.length && obj.class() == ObjectClass::String => {
            get_own_property(vm, obj, key)?
        }
        (c, _) => c,
    };
    let Some(current) = current else {
        if !obj.is_extensible() {
            return Ok(false);
        }
        let mut a = bit(desc.enumerable == Some(true), attrs::ENUMERABLE) | bit(desc.configurable == Some(true), attrs::CONFIGURABLE);
        let stored = if desc.is_accessor() {
            a |= attrs::ACCESSOR;
            let acc = Accessor::new(vm, desc.get.unwrap_or(Value::UNDEFINED), desc.set.unwrap_or(Value::UNDEFINED))?;
            Value::cell(acc.header())
        } else {
            a |= bit(desc.writable == Some(true), attrs::WRITABLE);
            desc.value.unwrap_or(Value::UNDEFINED)
        };
        vm.roots.push(stored);
        let r = store_new(vm, obj, key, stored, a);
        vm.roots.pop();
        r?;
        return Ok(true);
    };
    let cur_attrs = current.attrs();
    // Step 5/6: nothing to change?
    if desc.is_generic() && desc.enumerable.is_none() && desc.configurable.is_none() {
        return Ok(true);
    }
    let cur_config = cur_attrs & attrs::CONFIGURABLE != 0;
    if !cur_config {
        if desc.configurable == Some(true) {
            return Ok(false);
        }
        if let Some(e) = desc.enumerable {
            if e != (cur_attrs & attrs::ENUMERABLE != 0) {
                return Ok(false);
            }
        }
    }
    let cur_is_accessor = matches!(current, OwnProperty::Accessor { .. });
    let mut new_attrs = cur_attrs;
    if !desc.is_generic() {
        if cur_is_accessor != desc.is_accessor() {
            if !cur_config {
                return Ok(false);
            }
            // Convert, keeping configurable/enumerable, resetting the rest.
            new_attrs = cur_attrs & (attrs::CONFIGURABLE | attrs::ENUMERABLE);
            if desc.is_accessor() {
                new_attrs |= attrs::ACCESSOR;
            }
        } else if let OwnProperty::Data { value, attrs: a } = current {
            if !cur_config && a & attrs::WRITABLE == 0 {
                if desc.writable == Some(true) {
                    return Ok(false);
                }
                if let Some(v) = desc.value {
                    if !same_value(vm, v, value)? {
                        return Ok(false);
                    }
                }
            }
        } else if let OwnProperty::Accessor { getter, setter, .. } = current {
            if !cur_config {
                if desc.set.is_some_and(|s| s != setter) || desc.get.is_some_and(|g| g != getter) {
                    return Ok(false);
                }
            }
        }
    }
    if let Some(e) = desc.enumerable {
        new_attrs = (new_attrs & !attrs::ENUMERABLE) | bit(e, attrs::ENUMERABLE);
    }
    if let Some(c) = desc.configurable {
        new_attrs = (new_attrs & !attrs::CONFIGURABLE) | bit(c, attrs::CONFIGURABLE);
    }
    if let Some(w) = desc.writable {
        new_attrs = (new_attrs & !attrs::WRITABLE) | bit(w, attrs::WRITABLE);
    }
    // The new stored value.
    let stored = if new_attrs & attrs::ACCESSOR != 0 {
        let (g0, s0) = match current {
            OwnProperty::Accessor { getter, setter, .. } => (getter, setter),
            _ => (Value::UNDEFINED, Value::UNDEFINED),
        };
        let acc = Accessor::new(vm, desc.get.unwrap_or(g0), desc.set.unwrap_or(s0))?;
        Value::cell(acc.header())
    } else {
        match (desc.value, current) {
            (Some(v), _) => v,
            (None, OwnProperty::Data { value, .. }) => value,
            (None, OwnProperty::Accessor { .. }) => Value::UNDEFINED,
        }
    };
    if let (PropertyKey::Index(_), ObjectData::String(_)) = (key, obj.data()) {
        // String indices are immutable; a compatible redefinition is a no-op.
        return Ok(true);
    }
    if let PropertyKey::Atom(name) = key {
        if name == vm.names.length && obj.class() == ObjectClass::String {
            return Ok(true);
        }
    }
    vm.roots.push(stored);
    let r = store_existing(vm, obj, key, stored, cur_attrs, new_attrs);
    vm.roots.pop();
    r?;
    Ok(true)
}

fn store_new(vm: &mut Vm, obj: Gc<JsObject>, key: PropertyKey, v: Value, a: u8) -> JsResult<()> {
    match key {
        PropertyKey::Atom(name) => add_named(vm, obj, name, v, a),
        PropertyKey::Index(i) => {
            if a == attrs::DEFAULT && obj.flags() & OBJ_SPARSE == 0 && dense_store(vm, obj, i, v)? {
                return Ok(());
            }
            to_sparse(vm, obj)?;
            obj.sparse_mut().insert(i, SparseElement { value: v, attrs: a });
            Ok(())
        }
    }
}

fn store_existing(vm: &mut Vm, obj: Gc<JsObject>, key: PropertyKey, v: Value, old: u8, new: u8) -> JsResult<()> {
    match key {
        PropertyKey::Atom(name) => {
            if old != new {
                to_dictionary(vm, obj)?;
                let ns = Shape::dict_set_attrs(vm, obj.shape(), name, new)?;
                obj.set_shape(ns);
            }
            if let Some((slot, _)) = Shape::lookup(obj.shape(), name) {
                obj.set_slot(slot, v);
            }
            Ok(())
        }
        PropertyKey::Index(i) => {
            if new == attrs::DEFAULT && obj.flags() & OBJ_SPARSE == 0 {
                if let Some(el) = obj.elements() {
                    if (i as usize) < el.len() {
                        el.set(i as usize, v);
                        return Ok(());
                    }
                }
            }
            to_sparse(vm, obj)?;
            obj.sparse_mut().insert(i, SparseElement { value: v, attrs: new });
            Ok(())
        }
    }
}

/// ES5 §15.4.5.1 for the `length` property of arrays.
fn define_array_length(vm: &mut Vm, obj: Gc<JsObject>, desc: &PropertyDescriptor) -> JsResult<bool> {
    let readonly = obj.flags() & OBJ_LENGTH_READONLY != 0;
    let Some(v) = desc.value else {
        if desc.configurable == Some(true) || desc.enumerable == Some(true) || desc.is_accessor() {
            return Ok(false);
        }
        if desc.writable == Some(true) && readonly {
            return Ok(false);
        }
        if desc.writable == Some(false) {
            obj.set_flag(OBJ_LENGTH_READONLY, true);
        }
        return Ok(true);
    };
    // The value is converted (a RangeError if it is no length) before the
    // descriptor is validated (ES2015 §9.4.2.4 ArraySetLength).
    let new_len = if v.is_object() {
        // §15.4.5.1 steps 3.c-d convert the value twice (ToUint32, ToNumber).
        let u = vm.to_uint32(v)?;
        let n = vm.to_number(v)?;
        if u as f64 != n {
            return Err(vm.range_error("Invalid array length"));
        }
        u
    } else {
        vm.to_array_length(v)?
    };
    if desc.configurable == Some(true) || desc.enumerable == Some(true) {
        return Ok(false);
    }
    let old_len = obj.length();
    if new_len == old_len {
        if desc.writable == Some(true) && readonly {
            return Ok(false);
        }
        if desc.writable == Some(false) {
            obj.set_flag(OBJ_LENGTH_READONLY, true);
        }
        return Ok(true);
    }
    if readonly {
        return Ok(false);
    }
    let ok = set_array_length(obj, new_len);
    if desc.writable == Some(false) {
        obj.set_flag(OBJ_LENGTH_READONLY, true);
    }
    Ok(ok)
}

/// Sets an array's length, deleting elements at or above it; stops at a
/// non-configurable element (returns `false` then, with length just above it).
pub fn set_array_length(obj: Gc<JsObject>, new_len: u32) -> bool {
    let old_len = obj.length();
    if new_len >= old_len {
        obj.set_length_field(new_len);
        return true;
    }
    if obj.flags() & OBJ_SPARSE != 0 {
        let map = obj.sparse_mut();
        let doomed: Vec<u32> = map.range(new_len..).map(|(k, _)| *k).collect();
        for k in doomed.into_iter().rev() {
            if let Some(e) = map.get(&k) {
                if e.attrs & attrs::CONFIGURABLE == 0 {
                    obj.set_length_field(k + 1);
                    return false;
                }
            }
            map.remove(&k);
        }
    } else if let Some(el) = obj.elements() {
        if (new_len as usize) < el.len() {
            // Clear the dropped tail so stale values are not kept alive.
            for k in new_len as usize..el.len() {
                el.set(k, Value::HOLE);
            }
            el.set_len(new_len as usize);
        }
    }
    obj.set_length_field(new_len);
    true
}

// ---------------------------------------------------------------------------
// [[Delete]]

/// `[[Delete]]`: `Ok(false)` when the property is non-configurable.
pub fn delete(vm: &mut Vm, obj: Gc<JsObject>, key: PropertyKey) -> JsResult<bool> {
    match key {
        PropertyKey::Atom(name) => {
            let Some((slot, a)) = Shape::lookup(obj.shape(), name) else {
                if name == vm.names.length && matches!(obj.class(), ObjectClass::Array | ObjectClass::String) {
                    return Ok(false);
                }
                return Ok(true);
            };
            if a & attrs::CONFIGURABLE == 0 {
                return Ok(false);
            }
            if let Some(parent) = Shape::parent_if_last(obj.shape(), name) {
                obj.set_slot(slot, Value::UNDEFINED);
                obj.set_shape(parent);
                return Ok(true);
            }
            to_dictionary(vm, obj)?;
            let (ns, freed) = Shape::dict_remove(vm, obj.shape(), name)?;
            if let Some(s) = freed {
                obj.set_slot(s, Value::UNDEFINED);
            }
            obj.set_shape(ns);
            Ok(true)
        }
        PropertyKey::Index(i) => {
            if let ObjectData::String(s) = obj.data() {
                if (i as usize) < s.len() {
                    return Ok(false);
                }
            }
            if obj.flags() & OBJ_SPARSE != 0 {
                let map = obj.sparse_mut();
                if let Some(e) = map.get(&i) {
                    if e.attrs & attrs::CONFIGURABLE == 0 {
                        return Ok(false);
                    }
                    map.remove(&i);
                }
            } else if let Some(el) = obj.elements() {
                if (i as usize) < el.len() {
                    el.set(i as usize, Value::HOLE);
                    if i as usize + 1 == el.len() {
                        // Trim trailing holes so the dense prefix stays tight.
                        let mut n = el.len();
                        while n > 0 && el.get(n - 1).is_hole() {
                            n -= 1;
                        }
                        el.set_len(n);
                    }
                }
            }
            unmap_argument(obj, i);
            Ok(true)
        }
    }
}

// ---------------------------------------------------------------------------
// Enumeration

/// Own property keys in the order ES2015+ engines use: indices ascending, then
/// names in insertion order. With `only_enumerable`, non-enumerable ones are skipped.
pub fn own_keys(vm: &mut Vm, obj: Gc<JsObject>, only_enumerable: bool) -> JsResult<Vec<PropertyKey>> {
    let mut keys = Vec::new();
    if let ObjectData::String(s) = obj.data() {
        for i in 0..s.len() as u32 {
            keys.push(PropertyKey::Index(i));
        }
    }
    if obj.flags() & OBJ_SPARSE != 0 {
        if let Some(m) = obj.sparse() {
            for (k, e) in m.iter() {
                if !only_enumerable || e.attrs & attrs::ENUMERABLE != 0 {
                    keys.push(PropertyKey::Index(*k));
                }
            }
        }
    } else if let Some(el) = obj.elements() {
        for (k, v) in el.as_slice().iter().enumerate() {
            if !v.is_hole() {
                keys.push(PropertyKey::Index(k as u32));
            }
        }
    }
    if let ObjectData::MappedArguments { map, .. } = obj.data() {
        // Mapped parameters always exist as elements too (kept in storage).
        let _ = map;
    }
    if !only_enumerable && matches!(obj.class(), ObjectClass::Array | ObjectClass::String) {
        keys.push(PropertyKey::Atom(vm.names.length));
    }
    Shape::for_each(obj.shape(), |e| {
        if !only_enumerable || e.attrs & attrs::ENUMERABLE != 0 {
            keys.push(PropertyKey::Atom(e.key));
        }
    });
    Ok(keys)
}

/// SameValue (ES5 §9.12).
pub fn same_value(vm: &mut Vm, a: Value, b: Value) -> JsResult<bool> {
    if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
        if x.is_nan() && y.is_nan() {
            return Ok(true);
        }
        return Ok(x == y && x.is_sign_negative() == y.is_sign_negative());
    }
    if let (Some(x), Some(y)) = (a.as_string(), b.as_string()) {
        return crate::string::equals(vm, x, y);
    }
    Ok(a == b)
}

/// Makes an object non-extensible, optionally sealing or freezing its properties.
pub fn set_integrity(vm: &mut Vm, obj: Gc<JsObject>, level: Integrity) -> JsResult<()> {
    let has_elements = obj.elements().is_some_and(|e| !e.is_empty()) || obj.flags() & OBJ_SPARSE != 0;
    if has_elements && level != Integrity::PreventExtensions {
        to_sparse(vm, obj)?;
    }
    to_dictionary(vm, obj)?;
    let f = move |a: u8| -> u8 {
        match level {
            Integrity::PreventExtensions => a,
            Integrity::Sealed => a & !attrs::CONFIGURABLE,
            Integrity::Frozen => {
                if a & attrs::ACCESSOR != 0 {
                    a & !attrs::CONFIGURABLE
                } else {
                    a & !(attrs::CONFIGURABLE | attrs::WRITABLE)
                }
            }
        }
    };
    let ns = Shape::dict_map_attrs(vm, obj.shape(), true, f)?;
    obj.set_shape(ns);
    if level == Integrity::Frozen {
        // Read-only mapped arguments stop aliasing their parameters (§10.6
        // [[DefineOwnProperty]] step 5.b.ii): keep the current values.
        if let ObjectData::MappedArguments { env, map } = obj.data() {
            let env = *env;
            let mapped: Vec<(u32, u32)> = map.iter().enumerate().filter(|(_, s)| **s != u32::MAX).map(|(i, s)| (i as u32, *s)).collect();
            for (i, slot) in mapped {
                if let Some(e) = obj.sparse_mut().get_mut(&i) {
                    if e.attrs & attrs::ACCESSOR == 0 {
                        e.value = env.get(slot as usize);
                    }
                }
                unmap_argument(obj, i);
            }
        }
    }
    if level != Integrity::PreventExtensions {
        if let Some(m) = obj.sparse() {
            let _ = m;
            for e in obj.sparse_mut().values_mut() {
                e.attrs = f(e.attrs);
            }
        }
        if level == Integrity::Frozen && obj.is_array() {
            obj.set_flag(OBJ_LENGTH_READONLY, true);
        }
    }
    Ok(())
}

/// The three integrity levels of `preventExtensions`/`seal`/`freeze`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Integrity {
    /// No new properties.
    PreventExtensions,
    /// No new properties, none configurable.
    Sealed,
    /// Sealed and no data property writable.
    Frozen,
}

/// Changes an object's prototype (used by `__proto__`-style setters and by
/// builtins that build objects). Goes through dictionary mode.
pub fn set_prototype(vm: &mut Vm, obj: Gc<JsObject>, proto: Option<Gc<JsObject>>) -> JsResult<bool> {
    if obj.proto() == proto {
        return Ok(true);
    }
    if !obj.is_extensible() {
        return Ok(false);
    }
    // Refuse cycles.
    let mut p = proto;
    while let Some(o) = p {
        if o == obj {
            return Ok(false);
        }
        p = o.proto();
    }
    if obj.shape().count() == 0 && !obj.shape().is_dictionary() {
        let root = match proto {
            Some(p) => JsObject::root_shape_for_children(vm, p)?,
            None => Shape::new_root(vm, None)?,
        };
        obj.set_shape(root);
        return Ok(true);
    }
    to_dictionary(vm, obj)?;
    let ns = Shape::dict_set_proto(vm, obj.shape(), proto)?;
    obj.set_shape(ns);
    Ok(true)
}
