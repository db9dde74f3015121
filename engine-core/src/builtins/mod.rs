//! The standard library: realm bootstrap plus one module per builtin.
//!
//! Conventions: a native is `fn(&mut Vm, &CallArgs) -> JsResult<Value>`; objects it
//! creates and keeps across further allocation go on `vm.roots` (truncated when
//! the native returns). Helpers here define methods and values with the attribute
//! defaults the spec uses for builtins (writable, configurable, not enumerable).

pub mod array;
pub mod boolean;
mod collation;
pub mod date;
pub mod error;
pub mod fdlibm;
pub mod function;
pub mod global;
pub mod json;
pub mod math;
pub mod number;
pub mod object;
pub mod regexp;
pub mod string;
mod v8_pow;

use crate::gc::Gc;
use crate::interp::{NativeFn, Vm};
use crate::jit::natives::NativeTrace;
use crate::object::ops::{self, JsResult, PropertyDescriptor};
use crate::object::{attrs, FunctionKind, JsObject, ObjectClass, ObjectData, PropertyKey, Shape, OBJ_CONSTRUCTOR};
use crate::string::JsString;
use crate::value::Value;

/// A new ordinary object with `Object.prototype` as prototype.
pub fn new_object(vm: &mut Vm) -> JsResult<Gc<JsObject>> {
    let shape = vm.realm.object_shape;
    JsObject::new(vm, shape, ObjectClass::Object, ObjectData::Ordinary)
}

/// A new ordinary object with the given prototype.
pub fn new_plain_object_with_proto(vm: &mut Vm, proto: Option<Gc<JsObject>>) -> JsResult<Gc<JsObject>> {
    new_object_of_class(vm, proto, ObjectClass::Object, ObjectData::Ordinary)
}

/// A new object of a class with the given prototype.
pub fn new_object_of_class(vm: &mut Vm, proto: Option<Gc<JsObject>>, class: ObjectClass, data: ObjectData) -> JsResult<Gc<JsObject>> {
    let shape = match proto {
        Some(p) => JsObject::root_shape_for_children(vm, p)?,
        None => Shape::new_root(vm, None)?,
    };
    vm.roots.push(Value::cell(shape.header()));
    let o = JsObject::new(vm, shape, class, data);
    vm.roots.pop();
    o
}

/// A native function object with `length` and `name`.
pub fn new_native_function(vm: &mut Vm, name: Gc<JsString>, f: NativeFn, length: u32, magic: u32, constructor: bool) -> JsResult<Gc<JsObject>> {
    let shape = vm.realm.function_root_shape;
    vm.roots.push(Value::string(name));
    let r = (|| {
        let fo = JsObject::new(vm, shape, ObjectClass::Function, ObjectData::Function(FunctionKind::Native { f, magic, trace: NativeTrace::Opaque, host: None }))?;
        vm.roots.push(Value::object(fo));
        if constructor {
            fo.set_flag(OBJ_CONSTRUCTOR, true);
        }
        let len_name = vm.names.length;
        ops::add_named(vm, fo, len_name, Value::int(length as i32), attrs::CONFIGURABLE)?;
        let name_name = vm.names.name;
        ops::add_named(vm, fo, name_name, Value::string(name), attrs::CONFIGURABLE)?;
        vm.roots.pop();
        Ok(fo)
    })();
    vm.roots.pop();
    r
}

/// Defines a builtin method `obj[name] = f` (writable, configurable, hidden).
pub fn define_method(vm: &mut Vm, obj: Gc<JsObject>, name: &str, f: NativeFn, length: u32) -> JsResult<Gc<JsObject>> {
    define_method_magic(vm, obj, name, f, length, 0)
}

/// Like [`define_method`] with a `magic` constant for shared implementations.
pub fn define_method_magic(vm: &mut Vm, obj: Gc<JsObject>, name: &str, f: NativeFn, length: u32, magic: u32) -> JsResult<Gc<JsObject>> {
    define_traced(vm, obj, name, f, length, magic, NativeTrace::Opaque)
}

/// Like [`define_method_magic`] for a builtin the JIT traces: `trace` says how
/// (the recorder knows natives by this mark, see `jit::natives`).
pub fn define_traced(vm: &mut Vm, obj: Gc<JsObject>, name: &str, f: NativeFn, length: u32, magic: u32, trace: NativeTrace) -> JsResult<Gc<JsObject>> {
    let atom = vm.atom(name)?;
    let fo = new_native_function(vm, atom, f, length, magic, false)?;
    mark_traced(fo, trace);
    vm.roots.push(Value::object(fo));
    let r = define_value(vm, obj, name, Value::object(fo), attrs::HIDDEN);
    vm.roots.pop();
    r?;
    Ok(fo)
}

/// Marks the native function `fo` (a constructor, say) as traced by `trace`.
pub fn mark_traced(fo: Gc<JsObject>, trace: NativeTrace) {
    // Builtins only: a host function's closure (`host`) is not carried over.
    if let ObjectData::Function(FunctionKind::Native { f, magic, host: None, .. }) = fo.data() {
        let (f, magic) = (*f, *magic);
        fo.set_data(ObjectData::Function(FunctionKind::Native { f, magic, trace, host: None }));
    }
}

/// Defines a data property on a builtin object.
pub fn define_value(vm: &mut Vm, obj: Gc<JsObject>, name: &str, v: Value, a: u8) -> JsResult<()> {
    vm.roots.push(v);
    let key = vm.key_from_str(name);
    let r = key.and_then(|key| {
        let desc = PropertyDescriptor::data(v, a);
        ops::define_own_property(vm, obj, key, &desc).map(|_| ())
    });
    vm.roots.pop();
    r
}

/// Defines an accessor property with native getter (and optional setter).
pub fn define_accessor(vm: &mut Vm, obj: Gc<JsObject>, name: &str, getter: NativeFn, setter: Option<NativeFn>) -> JsResult<()> {
    let gname = vm.atom(&alloc::format!("get {name}"))?;
    let g = new_native_function(vm, gname, getter, 0, 0, false)?;
    vm.roots.push(Value::object(g));
    let s = match setter {
        Some(sf) => {
            let sname = vm.atom(&alloc::format!("set {name}"))?;
            Value::object(new_native_function(vm, sname, sf, 1, 0, false)?)
        }
        None => Value::UNDEFINED,
    };
    vm.roots.push(s);
    let key = vm.key_from_str(name)?;
    let desc = PropertyDescriptor { get: Some(Value::object(g)), set: Some(s), enumerable: Some(false), configurable: Some(true), ..Default::default() };
    let r = ops::define_own_property(vm, obj, key, &desc);
    vm.roots.truncate(vm.roots.len() - 2);
    r.map(|_| ())
}

/// Creates a constructor function and its prototype link: `ctor.prototype = proto`
/// (non-writable) and `proto.constructor = ctor`; installs it on the global object.
pub fn install_constructor(vm: &mut Vm, name: &str, f: NativeFn, length: u32, proto: Gc<JsObject>) -> JsResult<Gc<JsObject>> {
    let atom = vm.atom(name)?;
    let ctor = new_native_function(vm, atom, f, length, 0, true)?;
    vm.roots.push(Value::object(ctor));
    let r = (|| {
        define_value(vm, ctor, "prototype", Value::object(proto), 0)?;
        define_value(vm, proto, "constructor", Value::object(ctor), attrs::HIDDEN)?;
        let g = vm.realm.global;
        define_value(vm, g, name, Value::object(ctor), attrs::HIDDEN)
    })();
    vm.roots.pop();
    r?;
    Ok(ctor)
}

/// ToObject for primitives: a Boolean, Number or String wrapper.
pub fn wrap_primitive(vm: &mut Vm, v: Value) -> JsResult<Gc<JsObject>> {
    if let Some(b) = v.as_bool() {
        let p = vm.realm.boolean_prototype;
        return new_object_of_class(vm, Some(p), ObjectClass::Boolean, ObjectData::Boolean(b));
    }
    if let Some(n) = v.as_number() {
        let p = vm.realm.number_prototype;
        return new_object_of_class(vm, Some(p), ObjectClass::Number, ObjectData::Number(n));
    }
    if let Some(s) = v.as_string() {
        let p = vm.realm.string_prototype;
        return new_object_of_class(vm, Some(p), ObjectClass::String, ObjectData::String(s));
    }
    Err(vm.type_error("Cannot convert undefined or null to object"))
}

/// `new RegExp(pattern, flags)` for regexp literals and the constructor.
pub fn regexp_new(vm: &mut Vm, pattern: Value, flags: Value) -> JsResult<Gc<JsObject>> {
    crate::builtins::string::regexp_create(vm, pattern, flags)
}

/// Makes an object (used as a prototype) a dictionary, since builtin prototypes
/// get many properties and are rarely shared layouts.
fn dictionary_object(vm: &mut Vm, proto: Option<Gc<JsObject>>, class: ObjectClass, data: ObjectData) -> JsResult<Gc<JsObject>> {
    let o = new_object_of_class(vm, proto, class, data)?;
    vm.roots.push(Value::object(o));
    let r = ops::to_dictionary(vm, o);
    vm.roots.pop();
    r?;
    Ok(o)
}

/// Builds the realm: intrinsic objects, shapes and the global object.
pub fn init_realm(vm: &mut Vm) -> JsResult<()> {
    // Collection is inhibited during bootstrap (see `Vm::new`), so no rooting here.
    let object_prototype = dictionary_object(vm, None, ObjectClass::Object, ObjectData::Ordinary)?;
    vm.realm.object_prototype = object_prototype;
    let function_prototype = dictionary_object(
        vm,
        Some(object_prototype),
        ObjectClass::Function,
        ObjectData::Function(FunctionKind::Native { f: function::function_prototype_call, magic: 0, trace: NativeTrace::Opaque, host: None }),
    )?;
    vm.realm.function_prototype = function_prototype;
    vm.realm.function_root_shape = Shape::new_root(vm, Some(function_prototype))?;
    vm.realm.object_shape = JsObject::root_shape_for_children(vm, object_prototype)?;

    let global = dictionary_object(vm, Some(object_prototype), ObjectClass::Object, ObjectData::Ordinary)?;
    vm.realm.global = global;
    vm.realm.script_scope = dictionary_object(vm, None, ObjectClass::Object, ObjectData::Ordinary)?;

    // Shapes of script functions.
    let (length, name, prototype) = (vm.names.length, vm.names.name, vm.names.prototype);
    let root = vm.realm.function_root_shape;
    let (s1, _) = Shape::add(vm, root, length, attrs::CONFIGURABLE)?;
    let (s2, _) = Shape::add(vm, s1, name, attrs::CONFIGURABLE)?;
    vm.realm.method_function_shape = s2;
    let (s3, _) = Shape::add(vm, s2, prototype, attrs::WRITABLE)?;
    vm.realm.constructor_function_shape = s3;
    let (arguments, caller) = (vm.atom("arguments")?, vm.names.caller);
    let (t1, _) = Shape::add(vm, s2, arguments, 0)?;
    let (t2, _) = Shape::add(vm, t1, caller, 0)?;
    let (t3, _) = Shape::add(vm, t2, prototype, attrs::WRITABLE)?;
    vm.realm.sloppy_function_shape = t3;

    // Prototypes of the other classes.
    let mk = |vm: &mut Vm, class: ObjectClass, data: ObjectData| dictionary_object(vm, Some(object_prototype), class, data);
    vm.realm.array_prototype = mk(vm, ObjectClass::Array, ObjectData::Ordinary)?;
    vm.realm.string_prototype = mk(vm, ObjectClass::String, ObjectData::String(vm.names.empty))?;
    vm.realm.number_prototype = mk(vm, ObjectClass::Number, ObjectData::Number(0.0))?;
    vm.realm.boolean_prototype = mk(vm, ObjectClass::Boolean, ObjectData::Boolean(false))?;
    vm.realm.error_prototype = mk(vm, ObjectClass::Object, ObjectData::Ordinary)?;
    vm.realm.date_prototype = mk(vm, ObjectClass::Object, ObjectData::Ordinary)?;
    vm.realm.regexp_prototype = mk(vm, ObjectClass::Object, ObjectData::Ordinary)?;
    let ep = vm.realm.error_prototype;
    let mke = |vm: &mut Vm| dictionary_object(vm, Some(ep), ObjectClass::Object, ObjectData::Ordinary);
    vm.realm.type_error_prototype = mke(vm)?;
    vm.realm.range_error_prototype = mke(vm)?;
    vm.realm.reference_error_prototype = mke(vm)?;
    vm.realm.syntax_error_prototype = mke(vm)?;
    vm.realm.eval_error_prototype = mke(vm)?;
    vm.realm.uri_error_prototype = mke(vm)?;
    let array_proto = vm.realm.array_prototype;
    array_proto.set_length_field(0);
    vm.realm.array_shape = Shape::new_root(vm, Some(array_proto))?;

    // Arguments objects: `length`, `callee` (hidden, writable, configurable).
    let callee = vm.names.callee;
    let object_shape = vm.realm.object_shape;
    let (a1, _) = Shape::add(vm, object_shape, length, attrs::HIDDEN)?;
    let (a2, _) = Shape::add(vm, a1, callee, attrs::HIDDEN)?;
    vm.realm.arguments_shape = a2;
    let thrower_name = vm.names.empty;
    let thrower = new_native_function(vm, thrower_name, function::throw_type_error, 0, 0, false)?;
    crate::object::ops::set_integrity(vm, thrower, crate::object::ops::Integrity::Frozen)?;
    vm.realm.throw_type_error = thrower;
    let (s1, _) = Shape::add(vm, object_shape, length, attrs::HIDDEN)?;
    let (s2, _) = Shape::add(vm, s1, callee, attrs::ACCESSOR)?;
    vm.realm.strict_arguments_shape = s2;

    // The pre-allocated out-of-memory error.
    let oom = error::make_error_object(vm, error::ErrorKind::Range, "Out of memory")?;
    vm.oom_error = Value::object(oom);

    object::init(vm)?;
    function::init(vm)?;
    array::init(vm)?;
    string::init(vm)?;
    number::init(vm)?;
    boolean::init(vm)?;
    date::init(vm)?;
    error::init(vm)?;
    math::init(vm)?;
    json::init(vm)?;
    global::init(vm)?;
    Ok(())
}

/// Reads argument `i` as an object or throws a TypeError naming `what`.
pub fn this_object(vm: &mut Vm, v: Value, what: &str) -> JsResult<Gc<JsObject>> {
    match v.as_object() {
        Some(o) => Ok(o),
        None => Err(vm.type_error(&alloc::format!("{what} called on non-object"))),
    }
}

/// Gets `o[name]` for a Rust name.
pub fn get_str(vm: &mut Vm, o: Gc<JsObject>, name: &str) -> JsResult<Value> {
    let k = vm.key_from_str(name)?;
    ops::get(vm, o, k, Value::object(o))
}

/// Gets an indexed property of an object.
pub fn get_index(vm: &mut Vm, o: Gc<JsObject>, i: u32) -> JsResult<Value> {
    ops::get(vm, o, PropertyKey::Index(i), Value::object(o))
}

/// Reads `length` of an array-like: ES2015 ToLength (what V8 does; ES5's ToUint32
/// turned -1 into 4294967295), clamped to the uint32 range indices live in.
pub fn length_of(vm: &mut Vm, o: Gc<JsObject>) -> JsResult<u32> {
    if o.is_array() {
        return Ok(o.length());
    }
    let len = ops::get(vm, o, PropertyKey::Atom(vm.names.length), Value::object(o))?;
    let n = vm.to_integer(len)?;
    Ok(if n <= 0.0 { 0 } else if n >= u32::MAX as f64 { u32::MAX } else { n as u32 })
}
