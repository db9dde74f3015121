//! `Object` and `Object.prototype` (ES5 §15.2).

use crate::jit::natives::NativeTrace;
use alloc::vec::Vec;

use super::{define_accessor, define_method, install_constructor, new_object, new_plain_object_with_proto};
use crate::gc::Gc;
use crate::interp::{CallArgs, Vm};
use crate::object::ops::{self, Integrity, JsResult, OwnProperty, PropertyDescriptor};
use crate::object::{attrs, JsObject, ObjectClass, ObjectData, PropertyKey, Shape};
use crate::value::Value;

fn object_arg(vm: &mut Vm, v: Value, fname: &str) -> JsResult<Gc<JsObject>> {
    match v.as_object() {
        Some(o) => Ok(o),
        None => Err(vm.type_error(&alloc::format!("Object.{fname} called on non-object"))),
    }
}

/// `Object(value)` / `new Object(value)`.
fn object_ctor(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let v = args.get(0);
    if v.is_nullish() {
        return Ok(Value::object(new_object(vm)?));
    }
    Ok(Value::object(vm.to_object(v)?))
}

/// Converts a descriptor object to a [`PropertyDescriptor`] (ES5 §8.10.5).
pub fn to_property_descriptor(vm: &mut Vm, v: Value) -> JsResult<PropertyDescriptor> {
    let Some(o) = v.as_object() else {
        return Err(vm.type_error("Property description must be an object"));
    };
    let mut d = PropertyDescriptor::default();
    let names = [vm.names.enumerable, vm.names.configurable, vm.names.value, vm.names.writable, vm.names.get, vm.names.set];
    for (i, n) in names.iter().enumerate() {
        let key = PropertyKey::Atom(*n);
        if !ops::has_property(vm, o, key)? {
            continue;
        }
        let x = ops::get(vm, o, key, v)?;
        match i {
            0 => d.enumerable = Some(x.truthy()),
            1 => d.configurable = Some(x.truthy()),
            2 => d.value = Some(x),
            3 => d.writable = Some(x.truthy()),
            4 | 5 => {
                if !x.is_undefined() && !x.as_object().is_some_and(|f| f.is_callable()) {
                    let which = if i == 4 { "Getter" } else { "Setter" };
                    let d = vm.describe_value(x);
                    return Err(vm.type_error(&alloc::format!("{which} must be a function: {d}")));
                }
                if i == 4 {
                    d.get = Some(x);
                } else {
                    d.set = Some(x);
                }
            }
            _ => {}
        }
    }
    if d.is_accessor() && d.is_data() {
        return Err(vm.type_error("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute"));
    }
    Ok(d)
}

/// Builds the descriptor object for an own property (ES5 §8.10.4).
pub fn from_property(vm: &mut Vm, p: OwnProperty) -> JsResult<Value> {
    let o = new_object(vm)?;
    vm.roots.push(Value::object(o));
    let r = (|| {
        let a = p.attrs();
        match p {
            OwnProperty::Data { value, .. } => {
                super::define_value(vm, o, "value", value, attrs::DEFAULT)?;
                super::define_value(vm, o, "writable", Value::bool(a & attrs::WRITABLE != 0), attrs::DEFAULT)?;
            }
            OwnProperty::Accessor { getter, setter, .. } => {
                super::define_value(vm, o, "get", getter, attrs::DEFAULT)?;
                super::define_value(vm, o, "set", setter, attrs::DEFAULT)?;
            }
        }
        super::define_value(vm, o, "enumerable", Value::bool(a & attrs::ENUMERABLE != 0), attrs::DEFAULT)?;
        super::define_value(vm, o, "configurable", Value::bool(a & attrs::CONFIGURABLE != 0), attrs::DEFAULT)?;
        Ok(Value::object(o))
    })();
    vm.roots.pop();
    r
}

fn get_prototype_of(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.get(0))?;
    Ok(o.proto().map_or(Value::NULL, Value::object))
}

fn set_prototype_of(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let (o, p) = (args.get(0), args.get(1));
    if o.is_nullish() {
        return Err(vm.type_error("Object.setPrototypeOf called on null or undefined"));
    }
    if !p.is_object() && !p.is_null() {
        return Err(vm.type_error("Object prototype may only be an Object or null"));
    }
    if let Some(obj) = o.as_object() {
        if !ops::set_prototype(vm, obj, p.as_object())? {
            return Err(vm.type_error("Cyclic __proto__ value or non-extensible object"));
        }
    }
    Ok(o)
}

fn get_own_property_descriptor(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.get(0))?;
    vm.roots.push(Value::object(o));
    let key = vm.to_property_key(args.get(1))?;
    match ops::get_own_property(vm, o, key)? {
        Some(p) => from_property(vm, p),
        None => Ok(Value::UNDEFINED),
    }
}

/// Builds an array of key strings.
fn keys_to_array(vm: &mut Vm, keys: Vec<PropertyKey>) -> JsResult<Value> {
    let arr = super::array::new_array(vm, 0)?;
    vm.roots.push(Value::object(arr));
    for (i, k) in keys.into_iter().enumerate() {
        let v = vm.key_to_value(k)?;
        ops::set_element(vm, arr, i as u32, v)?;
    }
    vm.roots.pop();
    Ok(Value::object(arr))
}

fn get_own_property_names(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.get(0))?;
    vm.roots.push(Value::object(o));
    let keys = ops::own_keys(vm, o, false)?;
    keys_to_array(vm, keys)
}

fn keys(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.get(0))?;
    vm.roots.push(Value::object(o));
    let keys = ops::own_keys(vm, o, true)?;
    keys_to_array(vm, keys)
}

fn define_property(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = object_arg(vm, args.get(0), "defineProperty")?;
    let key = vm.to_property_key(args.get(1))?;
    if let PropertyKey::Atom(a) = key {
        vm.roots.push(Value::string(a));
    }
    let desc = to_property_descriptor(vm, args.get(2))?;
    if !ops::define_own_property(vm, o, key, &desc)? {
        let k = vm.key_to_value(key)?;
        let ks = vm.to_string(k)?;
        let t = vm.string_to_rust(ks)?;
        return Err(vm.type_error(&alloc::format!("Cannot redefine property: {t}")));
    }
    Ok(args.get(0))
}

fn define_properties_from(vm: &mut Vm, o: Gc<JsObject>, props: Value) -> JsResult<()> {
    let p = vm.to_object(props)?;
    vm.roots.push(Value::object(p));
    let keys = ops::own_keys(vm, p, true)?;
    let mut descs = Vec::with_capacity(keys.len());
    for k in &keys {
        let v = ops::get(vm, p, *k, Value::object(p))?;
        vm.roots.push(v);
        let d = to_property_descriptor(vm, v)?;
        if let Some(v) = d.value {
            vm.roots.push(v);
        }
        descs.push((*k, d));
    }
    for (k, d) in descs {
        if !ops::define_own_property(vm, o, k, &d)? {
            return Err(vm.type_error("Cannot redefine property"));
        }
    }
    Ok(())
}

fn define_properties(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = object_arg(vm, args.get(0), "defineProperties")?;
    define_properties_from(vm, o, args.get(1))?;
    Ok(args.get(0))
}

fn create(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let p = args.get(0);
    if !p.is_object() && !p.is_null() {
        return Err(vm.type_error("Object prototype may only be an Object or null"));
    }
    let o = new_plain_object_with_proto(vm, p.as_object())?;
    vm.roots.push(Value::object(o));
    if !args.get(1).is_undefined() {
        define_properties_from(vm, o, args.get(1))?;
    }
    Ok(Value::object(o))
}

fn integrity(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let level = match args.magic() {
        0 => Integrity::PreventExtensions,
        1 => Integrity::Sealed,
        _ => Integrity::Frozen,
    };
    if let Some(o) = args.get(0).as_object() {
        ops::set_integrity(vm, o, level)?;
    }
    Ok(args.get(0))
}

fn test_integrity(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let Some(o) = args.get(0).as_object() else {
        // ES2015: primitives are frozen, sealed and non-extensible.
        return Ok(Value::bool(args.magic() != 0));
    };
    if args.magic() == 0 {
        return Ok(Value::bool(o.is_extensible()));
    }
    if o.is_extensible() {
        return Ok(Value::FALSE);
    }
    let frozen = args.magic() == 2;
    let keys = ops::own_keys(vm, o, false)?;
    for k in keys {
        if let Some(p) = ops::get_own_property(vm, o, k)? {
            let a = p.attrs();
            if a & attrs::CONFIGURABLE != 0 {
                return Ok(Value::FALSE);
            }
            if frozen && matches!(p, OwnProperty::Data { .. }) && a & attrs::WRITABLE != 0 {
                return Ok(Value::FALSE);
            }
        }
    }
    Ok(Value::TRUE)
}

// Object.prototype ---------------------------------------------------------

/// `Object.prototype.toString` (ES5 §15.2.4.2).
pub fn to_string(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let this = args.this;
    let tag = if this.is_undefined() {
        "Undefined"
    } else if this.is_null() {
        "Null"
    } else {
        let o = vm.to_object(this)?;
        match o.class() {
            // node's global object reports its `Symbol.toStringTag`, "global".
            _ if o == vm.realm.global => "global",
            ObjectClass::Arguments => "Arguments",
            c => c.name(),
        }
    };
    if tag == "Object" {
        return Ok(Value::string(vm.names.object_object));
    }
    vm.str_value(&alloc::format!("[object {tag}]"))
}

fn to_locale_string(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    // Invoke(this, "toString"): a getter sees the primitive `this` too.
    let o = vm.to_object(args.this)?;
    let k = vm.key_from_str("toString")?;
    let f = ops::get(vm, o, k, args.this)?;
    if !f.as_object().is_some_and(|f| f.is_callable()) {
        return Err(vm.type_error("toString is not a function"));
    }
    vm.call(f, args.this, &[])
}

fn value_of(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    Ok(Value::object(vm.to_object(args.this)?))
}

fn has_own_property(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let key = vm.to_property_key(args.get(0))?;
    if let PropertyKey::Atom(a) = key {
        vm.roots.push(Value::string(a));
    }
    let o = vm.to_object(args.this)?;
    Ok(Value::bool(ops::has_own_property(vm, o, key)?))
}

fn is_prototype_of(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let Some(mut v) = args.get(0).as_object() else { return Ok(Value::FALSE) };
    let o = vm.to_object(args.this)?;
    while let Some(p) = v.proto() {
        if p == o {
            return Ok(Value::TRUE);
        }
        v = p;
    }
    Ok(Value::FALSE)
}

fn property_is_enumerable(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let key = vm.to_property_key(args.get(0))?;
    if let PropertyKey::Atom(a) = key {
        vm.roots.push(Value::string(a));
    }
    let o = vm.to_object(args.this)?;
    Ok(Value::bool(ops::get_own_property(vm, o, key)?.is_some_and(|p| p.enumerable())))
}

/// Annex B `__proto__` getter.
fn proto_getter(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    Ok(o.proto().map_or(Value::NULL, Value::object))
}

/// Annex B `__proto__` setter.
fn proto_setter(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    if args.this.is_nullish() {
        return Err(vm.type_error("Object.prototype.__proto__ called on null or undefined"));
    }
    let p = args.get(0);
    let Some(o) = args.this.as_object() else { return Ok(Value::UNDEFINED) };
    if !p.is_object() && !p.is_null() {
        return Ok(Value::UNDEFINED);
    }
    if !ops::set_prototype(vm, o, p.as_object())? {
        return Err(vm.type_error("Cyclic __proto__ value"));
    }
    Ok(Value::UNDEFINED)
}

/// Annex B `__defineGetter__` (`magic` 0) and `__defineSetter__` (1).
fn define_legacy_accessor(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let f = args.get(1);
    if !f.as_object().is_some_and(|f| f.is_callable()) {
        let what = if args.magic() == 0 { "getter" } else { "setter" };
        return Err(vm.type_error(&alloc::format!("Object.prototype.__define{}__: Expecting function", if what == "getter" { "Getter" } else { "Setter" })));
    }
    let key = vm.to_property_key(args.get(0))?;
    if let PropertyKey::Atom(a) = key {
        vm.roots.push(Value::string(a));
    }
    let mut desc = PropertyDescriptor { enumerable: Some(true), configurable: Some(true), ..Default::default() };
    if args.magic() == 0 {
        desc.get = Some(f);
    } else {
        desc.set = Some(f);
    }
    if !ops::define_own_property(vm, o, key, &desc)? {
        return Err(vm.type_error("Cannot redefine property"));
    }
    Ok(Value::UNDEFINED)
}

/// Annex B `__lookupGetter__` (`magic` 0) and `__lookupSetter__` (1).
fn lookup_legacy_accessor(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let key = vm.to_property_key(args.get(0))?;
    if let PropertyKey::Atom(a) = key {
        vm.roots.push(Value::string(a));
    }
    let mut cur = Some(o);
    while let Some(c) = cur {
        match ops::get_own_property(vm, c, key)? {
            Some(OwnProperty::Accessor { getter, setter, .. }) => return Ok(if args.magic() == 0 { getter } else { setter }),
            Some(OwnProperty::Data { .. }) => return Ok(Value::UNDEFINED),
            None => cur = c.proto(),
        }
    }
    Ok(Value::UNDEFINED)
}

/// Installs `Object`.
pub fn init(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.object_prototype;
    let ctor = install_constructor(vm, "Object", object_ctor, 1, proto)?;
    vm.realm.object_ctor = ctor;
    define_method(vm, ctor, "getPrototypeOf", get_prototype_of, 1)?;
    define_method(vm, ctor, "setPrototypeOf", set_prototype_of, 2)?;
    define_method(vm, ctor, "getOwnPropertyDescriptor", get_own_property_descriptor, 2)?;
    define_method(vm, ctor, "getOwnPropertyNames", get_own_property_names, 1)?;
    define_method(vm, ctor, "create", create, 2)?;
    define_method(vm, ctor, "defineProperty", define_property, 3)?;
    define_method(vm, ctor, "defineProperties", define_properties, 2)?;
    super::define_method_magic(vm, ctor, "preventExtensions", integrity, 1, 0)?;
    super::define_method_magic(vm, ctor, "seal", integrity, 1, 1)?;
    super::define_method_magic(vm, ctor, "freeze", integrity, 1, 2)?;
    super::define_method_magic(vm, ctor, "isExtensible", test_integrity, 1, 0)?;
    super::define_method_magic(vm, ctor, "isSealed", test_integrity, 1, 1)?;
    super::define_method_magic(vm, ctor, "isFrozen", test_integrity, 1, 2)?;
    define_method(vm, ctor, "keys", keys, 1)?;
    define_method(vm, proto, "toString", to_string, 0)?;
    define_method(vm, proto, "toLocaleString", to_locale_string, 0)?;
    define_method(vm, proto, "valueOf", value_of, 0)?;
    super::define_traced(vm, proto, "hasOwnProperty", has_own_property, 1, 0, NativeTrace::Pure)?;
    define_method(vm, proto, "isPrototypeOf", is_prototype_of, 1)?;
    define_method(vm, proto, "propertyIsEnumerable", property_is_enumerable, 1)?;
    define_accessor(vm, proto, "__proto__", proto_getter, Some(proto_setter))?;
    super::define_method_magic(vm, proto, "__defineGetter__", define_legacy_accessor, 2, 0)?;
    super::define_method_magic(vm, proto, "__defineSetter__", define_legacy_accessor, 2, 1)?;
    super::define_method_magic(vm, proto, "__lookupGetter__", lookup_legacy_accessor, 1, 0)?;
    super::define_method_magic(vm, proto, "__lookupSetter__", lookup_legacy_accessor, 1, 1)?;
    let _ = (Shape::lookup, ObjectData::Ordinary);
    Ok(())
}
