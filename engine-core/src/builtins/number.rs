//! `Number` (ES5 §15.7), formatting through [`crate::numconv`].

use crate::jit::natives::NativeTrace;
use super::{define_method, define_value, install_constructor};
use crate::interp::{CallArgs, Vm};
use crate::numconv;
use crate::object::ops::JsResult;
use crate::object::ObjectData;
use crate::value::Value;

fn number_ctor(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let n = if args.is_empty() { Value::int(0) } else { vm.to_numeric(args.get(0))? };
    if args.is_construct {
        return Ok(Value::object(super::wrap_primitive(vm, n)?));
    }
    Ok(n)
}

fn this_number(vm: &mut Vm, v: Value, name: &str) -> JsResult<f64> {
    if let Some(n) = v.as_number() {
        return Ok(n);
    }
    if let Some(o) = v.as_object() {
        if let ObjectData::Number(n) = o.data() {
            return Ok(*n);
        }
    }
    Err(vm.type_error(&alloc::format!("Number.prototype.{name} requires that 'this' be a Number")))
}

fn to_string(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let x = this_number(vm, args.this, "toString")?;
    let radix = if args.get(0).is_undefined() { 10.0 } else { vm.to_integer(args.get(0))? };
    if !(2.0..=36.0).contains(&radix) {
        return Err(vm.range_error("toString() radix must be between 2 and 36"));
    }
    if radix == 10.0 {
        return Ok(Value::string(vm.number_to_string(x)?));
    }
    let s = numconv::number_to_string_radix(x, radix as u32);
    vm.str_value(&s)
}

fn to_locale_string(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let x = this_number(vm, args.this, "toLocaleString")?;
    Ok(Value::string(vm.number_to_string(x)?))
}

fn value_of(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let x = this_number(vm, args.this, "valueOf")?;
    Ok(Value::number(x))
}

fn digits_arg(vm: &mut Vm, v: Value, lo: f64, hi: f64, what: &str) -> JsResult<f64> {
    let d = vm.to_integer(v)?;
    if d < lo || d > hi {
        return Err(vm.range_error(&alloc::format!("{what} argument must be between {lo} and {hi}")));
    }
    Ok(d)
}

fn to_fixed(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let x = this_number(vm, args.this, "toFixed")?;
    let f = digits_arg(vm, args.get(0), 0.0, 100.0, "toFixed() digits")?;
    if !x.is_finite() {
        return Ok(Value::string(vm.number_to_string(x)?));
    }
    let s = numconv::to_fixed(x, f as u32);
    vm.str_value(&s)
}

fn to_exponential(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let x = this_number(vm, args.this, "toExponential")?;
    let fv = args.get(0);
    let f = vm.to_integer(fv)?;
    if !x.is_finite() {
        return Ok(Value::string(vm.number_to_string(x)?));
    }
    if !(0.0..=100.0).contains(&f) {
        return Err(vm.range_error("toExponential() argument must be between 0 and 100"));
    }
    let s = numconv::to_exponential(x, if fv.is_undefined() { None } else { Some(f as u32) });
    vm.str_value(&s)
}

fn to_precision(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let x = this_number(vm, args.this, "toPrecision")?;
    if args.get(0).is_undefined() {
        return Ok(Value::string(vm.number_to_string(x)?));
    }
    let p = vm.to_integer(args.get(0))?;
    if !x.is_finite() {
        return Ok(Value::string(vm.number_to_string(x)?));
    }
    if !(1.0..=100.0).contains(&p) {
        return Err(vm.range_error("toPrecision() argument must be between 1 and 100"));
    }
    let s = numconv::to_precision(x, p as u32);
    vm.str_value(&s)
}

/// Installs `Number`.
pub fn init(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.number_prototype;
    let ctor = install_constructor(vm, "Number", number_ctor, 1, proto)?;
    // Called as a function, it converts and changes nothing.
    super::mark_traced(ctor, NativeTrace::Pure);
    define_value(vm, ctor, "MAX_VALUE", Value::double(f64::MAX), 0)?;
    define_value(vm, ctor, "MIN_VALUE", Value::double(5e-324), 0)?;
    define_value(vm, ctor, "NaN", Value::NAN, 0)?;
    define_value(vm, ctor, "NEGATIVE_INFINITY", Value::double(f64::NEG_INFINITY), 0)?;
    define_value(vm, ctor, "POSITIVE_INFINITY", Value::double(f64::INFINITY), 0)?;
    super::define_traced(vm, proto, "toString", to_string, 1, 0, NativeTrace::Pure)?;
    define_method(vm, proto, "toLocaleString", to_locale_string, 0)?;
    super::define_traced(vm, proto, "valueOf", value_of, 0, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "toFixed", to_fixed, 1, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "toExponential", to_exponential, 1, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "toPrecision", to_precision, 1, 0, NativeTrace::Pure)?;
    Ok(())
}
