//! `Boolean` (ES5 §15.6).

use crate::jit::natives::NativeTrace;
use super::install_constructor;
use crate::interp::{CallArgs, Vm};
use crate::object::ops::JsResult;
use crate::object::ObjectData;
use crate::value::Value;

fn boolean_ctor(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let b = Value::bool(args.get(0).truthy());
    if args.is_construct {
        return Ok(Value::object(super::wrap_primitive(vm, b)?));
    }
    Ok(b)
}

fn this_bool(vm: &mut Vm, v: Value, name: &str) -> JsResult<bool> {
    if let Some(b) = v.as_bool() {
        return Ok(b);
    }
    if let Some(o) = v.as_object() {
        if let ObjectData::Boolean(b) = o.data() {
            return Ok(*b);
        }
    }
    Err(vm.type_error(&alloc::format!("Boolean.prototype.{name} requires that 'this' be a Boolean")))
}

fn to_string(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let b = this_bool(vm, args.this, "toString")?;
    Ok(Value::string(if b { vm.names.true_ } else { vm.names.false_ }))
}

fn value_of(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    Ok(Value::bool(this_bool(vm, args.this, "valueOf")?))
}

/// Installs `Boolean`.
pub fn init(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.boolean_prototype;
    install_constructor(vm, "Boolean", boolean_ctor, 1, proto)?;
    super::define_traced(vm, proto, "toString", to_string, 0, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "valueOf", value_of, 0, 0, NativeTrace::Pure)?;
    Ok(())
}
