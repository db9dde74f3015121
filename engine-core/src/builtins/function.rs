//! Functions: closures, arguments objects, `Function` and `Function.prototype`.

use alloc::string::String;
use alloc::vec::Vec;

use super::{define_method, install_constructor, new_object_of_class};
use crate::bytecode::{Code, CODE_ARROW, CODE_NOT_CONSTRUCTOR, CODE_STRICT};
use crate::gc::Gc;
use crate::interp::{CallArgs, Env, Vm};
use crate::object::ops::{self, JsResult};
use crate::object::{attrs, BoundFunction, FunctionKind, JsObject, ObjectClass, ObjectData, PropertyKey, OBJ_CONSTRUCTOR, OBJ_STRICT};
use crate::value::Value;

/// `Function.prototype` itself: callable, returns undefined.
pub fn function_prototype_call(_vm: &mut Vm, _args: &CallArgs) -> JsResult<Value> {
    Ok(Value::UNDEFINED)
}

/// `%ThrowTypeError%`.
pub fn throw_type_error(vm: &mut Vm, _args: &CallArgs) -> JsResult<Value> {
    Err(vm.type_error("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them"))
}

/// Creates a closure of `code` over `env`.
pub fn new_closure(vm: &mut Vm, code: Gc<Code>, env: Option<Gc<Env>>) -> JsResult<Gc<JsObject>> {
    let f = code.info.flags;
    let constructor = f & (CODE_ARROW | CODE_NOT_CONSTRUCTOR) == 0;
    let sloppy = constructor && f & CODE_STRICT == 0;
    let shape = if sloppy {
        vm.realm.sloppy_function_shape
    } else if constructor {
        vm.realm.constructor_function_shape
    } else {
        vm.realm.method_function_shape
    };
    let fo = JsObject::new(vm, shape, ObjectClass::Function, ObjectData::Function(FunctionKind::Closure { code, env }))?;
    if f & CODE_STRICT != 0 {
        fo.set_flag(OBJ_STRICT, true);
    }
    fo.set_slot(0, Value::int(code.info.param_count as i32));
    let name = if code.info.name.is_string() { code.info.name } else { Value::string(vm.names.empty) };
    fo.set_slot(1, name);
    if constructor {
        fo.set_flag(OBJ_CONSTRUCTOR, true);
        vm.roots.push(Value::object(fo));
        let proto = super::new_object(vm);
        let proto = proto.and_then(|p| {
            vm.roots.push(Value::object(p));
            let ctor_name = vm.names.constructor;
            let r = ops::add_named(vm, p, ctor_name, Value::object(fo), attrs::HIDDEN);
            vm.roots.pop();
            r.map(|_| p)
        });
        vm.roots.pop();
        if sloppy {
            // Own `arguments` and `caller` of sloppy functions (null, read-only).
            fo.set_slot(2, Value::NULL);
            fo.set_slot(3, Value::NULL);
            fo.set_slot(4, Value::object(proto?));
        } else {
            fo.set_slot(2, Value::object(proto?));
        }
    }
    Ok(fo)
}

/// Creates an arguments object (ES5 §10.6).
pub fn new_arguments_object(vm: &mut Vm, callee: Value, values: &[Value], data: ObjectData, strict: bool) -> JsResult<Gc<JsObject>> {
    let shape = if strict { vm.realm.strict_arguments_shape } else { vm.realm.arguments_shape };
    let o = JsObject::new(vm, shape, ObjectClass::Arguments, data)?;
    o.set_slot(0, Value::int(values.len() as i32));
    if strict {
        let t = Value::object(vm.realm.throw_type_error);
        vm.roots.push(Value::object(o));
        let acc = crate::object::Accessor::new(vm, t, t);
        vm.roots.pop();
        o.set_slot(1, Value::cell(acc?.header()));
    } else {
        o.set_slot(1, callee);
    }
    if !values.is_empty() {
        vm.roots.push(Value::object(o));
        let r = ops::grow_elements(vm, o, values.len() as u32);
        vm.roots.pop();
        r?;
        let el = o.elements().expect("just allocated");
        el.set_len(values.len());
        for (i, v) in values.iter().enumerate() {
            el.set(i, *v);
        }
    }
    Ok(o)
}

/// `Function.prototype.call`.
fn call(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let f = args.this;
    if !f.as_object().is_some_and(|o| o.is_callable()) {
        return Err(vm.type_error("Function.prototype.call called on non-function"));
    }
    let rest: Vec<Value> = (1..args.len()).map(|i| args.get(i)).collect();
    vm.call(f, args.get(0), &rest)
}

/// Converts an array-like into an argument list (CreateListFromArrayLike).
pub fn list_from_array_like(vm: &mut Vm, v: Value) -> JsResult<Vec<Value>> {
    if v.is_nullish() {
        return Ok(Vec::new());
    }
    let Some(o) = v.as_object() else {
        return Err(vm.type_error("CreateListFromArrayLike called on non-object"));
    };
    let len = super::length_of(vm, o)?;
    if len as usize > vm.stack_len() {
        return Err(vm.stack_overflow_error());
    }
    let mut out = Vec::with_capacity(len as usize);
    for i in 0..len {
        out.push(super::get_index(vm, o, i)?);
    }
    Ok(out)
}

/// `Function.prototype.apply`.
fn apply(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let f = args.this;
    if !f.as_object().is_some_and(|o| o.is_callable()) {
        return Err(vm.type_error("Function.prototype.apply was called on a non-function"));
    }
    let list = list_from_array_like(vm, args.get(1))?;
    // The list is only in Rust memory: `call` copies it onto the stack first.
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(&list);
    let r = vm.call(f, args.get(0), &list);
    vm.roots.truncate(mark);
    r
}

/// `Function.prototype.bind`.
fn bind(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let Some(target) = args.this.as_object().filter(|o| o.is_callable()) else {
        return Err(vm.type_error("Bind must be called on a function"));
    };
    let bound_args: Vec<Value> = (1..args.len()).map(|i| args.get(i)).collect();
    let data = ObjectData::Function(FunctionKind::Bound(alloc::boxed::Box::new(BoundFunction { target, this: args.get(0), args: bound_args.clone() })));
    let shape = vm.realm.function_root_shape;
    let fo = JsObject::new(vm, shape, ObjectClass::Function, data)?;
    vm.roots.push(Value::object(fo));
    if target.flags() & OBJ_CONSTRUCTOR != 0 {
        fo.set_flag(OBJ_CONSTRUCTOR, true);
    }
    // length = max(0, target.length - bound args); name = "bound " + target.name.
    let tl = super::get_str(vm, target, "length")?;
    let tl = if tl.is_number() { vm.to_integer(tl)? } else { 0.0 };
    let len = (tl - bound_args.len() as f64).max(0.0);
    let ln = vm.names.length;
    ops::add_named(vm, fo, ln, Value::number(len), attrs::CONFIGURABLE)?;
    let tn = super::get_str(vm, target, "name")?;
    let tn = if tn.is_string() { vm.string_to_rust(tn.as_string().expect("string"))? } else { String::new() };
    let name = vm.str_value(&alloc::format!("bound {tn}"))?;
    let nn = vm.names.name;
    ops::add_named(vm, fo, nn, name, attrs::CONFIGURABLE)?;
    Ok(Value::object(fo))
}

/// `Function.prototype.toString`.
fn to_string(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let Some(f) = args.this.as_object().filter(|o| o.is_callable()) else {
        return Err(vm.type_error("Function.prototype.toString requires that 'this' be a Function"));
    };
    match f.data() {
        ObjectData::Function(FunctionKind::Closure { code, .. }) => {
            let (s, e) = code.info.source_range;
            let text = code.info.source.text.get(s as usize..e as usize).unwrap_or("function () { [native code] }");
            let text = String::from(text);
            vm.str_value(&text)
        }
        _ => {
            let name = super::get_str(vm, f, "name")?;
            let n = match name.as_string() {
                Some(s) => vm.string_to_rust(s)?,
                None => String::new(),
            };
            vm.str_value(&alloc::format!("function {n}() {{ [native code] }}"))
        }
    }
}

/// The `Function` constructor: `new Function(p1, ..., body)`.
fn function_ctor(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let n = args.len();
    let mut params = String::new();
    for i in 0..n.saturating_sub(1) {
        if i > 0 {
            params.push(',');
        }
        let s = vm.to_string(args.get(i))?;
        params.push_str(&vm.string_to_rust(s)?);
    }
    let body = if n > 0 {
        let s = vm.to_string(args.get(n - 1))?;
        vm.string_to_rust(s)?
    } else {
        String::new()
    };
    let opts = crate::parser::ParseOptions { max_depth: vm.config.max_parse_depth, ..Default::default() };
    let f = match crate::parser::parse_function_parts(&params, &body, &opts) {
        Ok(f) => f,
        Err(e) => return Err(vm.syntax_error_at(&e.message, "anonymous", e.line, e.column)),
    };
    let mut template = match crate::compiler::compile_standalone_function(&f) {
        Ok(t) => t,
        Err(e) => return Err(vm.syntax_error(&e.0)),
    };
    template.name = Some(String::from("anonymous"));
    let text = crate::parser::dynamic_function_source(&params, &body);
    let source = alloc::rc::Rc::new(crate::bytecode::Source { name: String::from("anonymous"), text });
    let code = crate::compiler::materialize(vm, &template, &source)?;
    vm.roots.push(Value::cell(code.header()));
    let fo = new_closure(vm, code, None)?;
    Ok(Value::object(fo))
}

/// Installs `Function` and `Function.prototype`.
pub fn init(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.function_prototype;
    install_constructor(vm, "Function", function_ctor, 1, proto)?;
    let ln = vm.names.length;
    ops::add_named(vm, proto, ln, Value::int(0), attrs::CONFIGURABLE)?;
    let nn = vm.names.name;
    let empty = Value::string(vm.names.empty);
    ops::add_named(vm, proto, nn, empty, attrs::CONFIGURABLE)?;
    // `arguments` and `caller` poison pills (sloppy functions shadow them).
    let thrower = Value::object(vm.realm.throw_type_error);
    for name in ["arguments", "caller"] {
        let key = vm.key_from_str(name)?;
        let desc = ops::PropertyDescriptor { get: Some(thrower), set: Some(thrower), enumerable: Some(false), configurable: Some(true), ..Default::default() };
        ops::define_own_property(vm, proto, key, &desc)?;
    }
    super::define_traced(vm, proto, "call", call, 1, 0, crate::jit::natives::NativeTrace::FunctionCall)?;
    define_method(vm, proto, "apply", apply, 2)?;
    define_method(vm, proto, "bind", bind, 1)?;
    define_method(vm, proto, "toString", to_string, 0)?;
    let _ = (PropertyKey::Index(0), new_object_of_class);
    Ok(())
}
