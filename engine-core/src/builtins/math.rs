//! `Math` (ES5 §15.8) through libm, so results do not depend on the platform's C
//! library.

use super::{define_method_magic, define_value, new_object_of_class};
use crate::interp::{CallArgs, Vm};
use crate::object::ops::JsResult;
use crate::object::{attrs, ObjectClass, ObjectData};
use crate::value::Value;

const UNARY: [&str; 15] = ["abs", "acos", "asin", "atan", "ceil", "cos", "exp", "floor", "log", "round", "sin", "sqrt", "tan", "trunc", "sign"];

/// Rounds half up toward +Infinity, keeping -0 for (-0.5, -0].
pub fn js_round(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if x > 0.0 && x < 0.5 {
        return 0.0;
    }
    if (-0.5..0.0).contains(&x) {
        return -0.0;
    }
    let f = libm::floor(x);
    if x - f >= 0.5 { f + 1.0 } else { f }
}

fn unary(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let a = args.get(0);
    let m = args.magic();
    // Integer inputs of floor/ceil/round/abs/trunc stay integers.
    if let Some(i) = a.as_int() {
        match m {
            0 if i != i32::MIN => return Ok(Value::int(i.abs())),
            4 | 7 | 9 | 13 => return Ok(a),
            _ => {}
        }
    }
    let x = vm.to_number(a)?;
    let r = match m {
        0 => x.abs(),
        1 => libm::acos(x),
        2 => libm::asin(x),
        3 => libm::atan(x),
        4 => libm::ceil(x),
        5 => libm::cos(x),
        6 => libm::exp(x),
        7 => libm::floor(x),
        8 => libm::log(x),
        9 => js_round(x),
        10 => libm::sin(x),
        11 => libm::sqrt(x),
        12 => libm::tan(x),
        13 => libm::trunc(x),
        _ => {
            if x.is_nan() || x == 0.0 { x } else if x > 0.0 { 1.0 } else { -1.0 }
        }
    };
    // Integral results (floor, ceil, round...) come back as int32 when they fit.
    Ok(if matches!(m, 4 | 7 | 9 | 13 | 14) { Value::number(r) } else { Value::double(r) })
}

fn atan2(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let y = vm.to_number(args.get(0))?;
    let x = vm.to_number(args.get(1))?;
    Ok(Value::double(libm::atan2(y, x)))
}

/// `Math.pow` with the ES rules that differ from C's `pow`.
pub fn js_pow(x: f64, y: f64) -> f64 {
    if y.is_nan() {
        return f64::NAN;
    }
    if y == 0.0 {
        return 1.0;
    }
    if (x == 1.0 || x == -1.0) && y.is_infinite() {
        return f64::NAN;
    }
    super::v8_pow::pow(x, y)
}

fn pow(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let (a, b) = (args.get(0), args.get(1));
    if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
        if (0..=64).contains(&y) {
            if let Some(p) = (x as i64).checked_pow(y as u32) {
                if (i32::MIN as i64..=i32::MAX as i64).contains(&p) {
                    return Ok(Value::int(p as i32));
                }
            }
        }
    }
    let x = vm.to_number(a)?;
    let y = vm.to_number(b)?;
    Ok(Value::double(js_pow(x, y)))
}

/// max (`magic` 0) and min (1).
fn max_min(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let is_min = args.magic() == 1;
    if args.len() == 2 {
        if let (Some(x), Some(y)) = (args.get(0).as_int(), args.get(1).as_int()) {
            return Ok(Value::int(if is_min { x.min(y) } else { x.max(y) }));
        }
    }
    let mut r = if is_min { f64::INFINITY } else { f64::NEG_INFINITY };
    let mut nan = false;
    for i in 0..args.len() {
        let x = vm.to_number(args.get(i))?;
        if x.is_nan() {
            nan = true;
        } else if is_min {
            if x < r || (x == 0.0 && r == 0.0 && x.is_sign_negative()) {
                r = x;
            }
        } else if x > r || (x == 0.0 && r == 0.0 && r.is_sign_negative()) {
            r = x;
        }
    }
    Ok(if nan { Value::NAN } else { Value::number(r) })
}

fn random(vm: &mut Vm, _args: &CallArgs) -> JsResult<Value> {
    // xorshift64*; seeded per engine from the host clock.
    let mut s = vm.random_state;
    if s == 0 {
        s = (vm.host.now_ms() as u64) ^ 0x9E37_79B9_7F4A_7C15;
        if s == 0 {
            s = 0x2545_F491_4F6C_DD1D;
        }
    }
    s ^= s >> 12;
    s ^= s << 25;
    s ^= s >> 27;
    vm.random_state = s;
    let r = s.wrapping_mul(0x2545_F491_4F6C_DD1D);
    Ok(Value::double((r >> 11) as f64 / (1u64 << 53) as f64))
}

/// The shared native behind the one-argument `Math` functions (the recorder
/// recognizes calls to it; `magic` selects the function, see `UNARY`).
pub fn unary_fn() -> crate::interp::NativeFn {
    unary
}
/// The native of `Math.pow`.
pub fn pow_fn() -> crate::interp::NativeFn {
    pow
}
/// The native of `Math.atan2`.
pub fn atan2_fn() -> crate::interp::NativeFn {
    atan2
}

/// Installs `Math`.
pub fn init(vm: &mut Vm) -> JsResult<()> {
    let op = vm.realm.object_prototype;
    let math = new_object_of_class(vm, Some(op), ObjectClass::Math, ObjectData::Ordinary)?;
    let g = vm.realm.global;
    define_value(vm, g, "Math", Value::object(math), attrs::HIDDEN)?;
    for (name, v) in [
        ("E", core::f64::consts::E),
        ("LN10", core::f64::consts::LN_10),
        ("LN2", core::f64::consts::LN_2),
        ("LOG2E", core::f64::consts::LOG2_E),
        ("LOG10E", core::f64::consts::LOG10_E),
        ("PI", core::f64::consts::PI),
        ("SQRT1_2", core::f64::consts::FRAC_1_SQRT_2),
        ("SQRT2", core::f64::consts::SQRT_2),
    ] {
        define_value(vm, math, name, Value::double(v), 0)?;
    }
    for (i, name) in UNARY.iter().enumerate() {
        define_method_magic(vm, math, name, unary, 1, i as u32)?;
    }
    define_method_magic(vm, math, "atan2", atan2, 2, 0)?;
    define_method_magic(vm, math, "pow", pow, 2, 0)?;
    define_method_magic(vm, math, "max", max_min, 2, 0)?;
    define_method_magic(vm, math, "min", max_min, 2, 1)?;
    define_method_magic(vm, math, "random", random, 0, 0)?;
    Ok(())
}
