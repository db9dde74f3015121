//! `Math` (ES5 §15.8, and ES2015's additions) in pure Rust, so results do not
//! depend on the platform's C library: `sin`, `cos`, `tan`, `atan`, `atan2`, `exp`,
//! `log` and the hyperbolic and logarithmic ES2015 functions through
//! [`fdlibm`](super::fdlibm) (bit for bit what V8 returns), `pow` through V8's own
//! port, the rest through libm (`asin` and `acos` there agree with V8's bit for
//! bit; the others are exact). `hypot` follows V8's builtin. Every function is
//! checked against node's results in `tests/fdlibm.rs`.

use super::{define_traced, define_value, fdlibm, new_object_of_class};
use crate::jit::natives::NativeTrace;
use crate::interp::{CallArgs, Vm};
use crate::object::ops::JsResult;
use crate::object::{attrs, ObjectClass, ObjectData};
use crate::value::Value;

/// The one-argument `Math` functions, sharing one native (`unary`) whose
/// `magic` is the function's index here. The recorder sees them as
/// `NativeTrace::Math(f)`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[allow(missing_docs)]
pub enum MathFn {
    Abs, Acos, Asin, Atan, Ceil, Cos, Exp, Floor, Log, Round, Sin, Sqrt, Tan, Trunc, Sign,
    Sinh, Cosh, Tanh, Asinh, Acosh, Atanh, Expm1, Log1p, Log10, Log2, Cbrt, Fround, Clz32,
}

impl MathFn {
    /// Every function with its property name, in `magic` order.
    pub const ALL: [(MathFn, &'static str); 28] = [
        (MathFn::Abs, "abs"), (MathFn::Acos, "acos"), (MathFn::Asin, "asin"), (MathFn::Atan, "atan"), (MathFn::Ceil, "ceil"),
        (MathFn::Cos, "cos"), (MathFn::Exp, "exp"), (MathFn::Floor, "floor"), (MathFn::Log, "log"), (MathFn::Round, "round"),
        (MathFn::Sin, "sin"), (MathFn::Sqrt, "sqrt"), (MathFn::Tan, "tan"), (MathFn::Trunc, "trunc"), (MathFn::Sign, "sign"),
        (MathFn::Sinh, "sinh"), (MathFn::Cosh, "cosh"), (MathFn::Tanh, "tanh"), (MathFn::Asinh, "asinh"),
        (MathFn::Acosh, "acosh"), (MathFn::Atanh, "atanh"), (MathFn::Expm1, "expm1"), (MathFn::Log1p, "log1p"),
        (MathFn::Log10, "log10"), (MathFn::Log2, "log2"), (MathFn::Cbrt, "cbrt"), (MathFn::Fround, "fround"),
        (MathFn::Clz32, "clz32"),
    ];

    /// The function whose `magic` is `m`.
    pub fn from_magic(m: u32) -> MathFn {
        Self::ALL.get(m as usize).map_or(MathFn::Sign, |e| e.0)
    }

    /// Does an int32 argument come back unchanged (the rounding functions)?
    pub fn keeps_int(self) -> bool {
        matches!(self, MathFn::Ceil | MathFn::Floor | MathFn::Round | MathFn::Trunc)
    }

    /// Is the result integral, so the interpreter makes it an int32 when it fits?
    pub fn integral(self) -> bool {
        self.keeps_int() || matches!(self, MathFn::Sign | MathFn::Clz32)
    }

    /// The function on a number.
    pub fn eval(self, x: f64) -> f64 {
        match self {
            MathFn::Abs => x.abs(),
            MathFn::Acos => libm::acos(x),
            MathFn::Asin => libm::asin(x),
            MathFn::Atan => fdlibm::atan(x),
            MathFn::Ceil => libm::ceil(x),
            MathFn::Cos => fdlibm::cos(x),
            MathFn::Exp => fdlibm::exp(x),
            MathFn::Floor => libm::floor(x),
            MathFn::Log => fdlibm::log(x),
            MathFn::Round => js_round(x),
            MathFn::Sin => fdlibm::sin(x),
            MathFn::Sqrt => libm::sqrt(x),
            MathFn::Tan => fdlibm::tan(x),
            MathFn::Trunc => libm::trunc(x),
            MathFn::Sign => {
                if x.is_nan() || x == 0.0 { x } else if x > 0.0 { 1.0 } else { -1.0 }
            }
            MathFn::Sinh => fdlibm::sinh(x),
            MathFn::Cosh => fdlibm::cosh(x),
            MathFn::Tanh => fdlibm::tanh(x),
            MathFn::Asinh => fdlibm::asinh(x),
            MathFn::Acosh => fdlibm::acosh(x),
            MathFn::Atanh => fdlibm::atanh(x),
            MathFn::Expm1 => fdlibm::expm1(x),
            MathFn::Log1p => fdlibm::log1p(x),
            MathFn::Log10 => fdlibm::log10(x),
            MathFn::Log2 => libm::log2(x),
            MathFn::Cbrt => fdlibm::cbrt(x),
            // Rounds to the nearest float (ties to even), as Rust's `as` does.
            MathFn::Fround => x as f32 as f64,
            MathFn::Clz32 => crate::numconv::f64_to_uint32(x).leading_zeros() as f64,
        }
    }
}

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
    let f = MathFn::from_magic(args.magic());
    // Integer inputs of floor/ceil/round/abs/trunc stay integers.
    if let Some(i) = a.as_int() {
        if f == MathFn::Abs && i != i32::MIN {
            return Ok(Value::int(i.abs()));
        }
        if f.keeps_int() {
            return Ok(a);
        }
    }
    let r = f.eval(vm.to_number(a)?);
    // Integral results (floor, ceil, round...) come back as int32 when they fit.
    Ok(if f.integral() { Value::number(r) } else { Value::double(r) })
}

/// `Math.atan2(y, x)` on numbers (V8's result, bit for bit).
pub fn js_atan2(y: f64, x: f64) -> f64 {
    fdlibm::atan2(y, x)
}

fn atan2(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let y = vm.to_number(args.get(0))?;
    let x = vm.to_number(args.get(1))?;
    Ok(Value::double(js_atan2(y, x)))
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

/// `Math.hypot` on numbers as V8 computes it: scaled by the largest magnitude
/// (no overflow or underflow in the squares) and summed with Kahan's
/// compensation, so results agree bit for bit.
pub fn js_hypot(xs: &[f64]) -> f64 {
    let max = xs.iter().filter(|x| !x.is_nan()).fold(0.0f64, |m, x| m.max(x.abs()));
    if max == f64::INFINITY {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 {
        return 0.0;
    }
    let (mut sum, mut compensation) = (0.0f64, 0.0f64);
    for x in xs {
        let n = x.abs() / max;
        let summand = n * n - compensation;
        let preliminary = sum + summand;
        compensation = (preliminary - sum) - summand;
        sum = preliminary;
    }
    libm::sqrt(sum) * max
}

fn hypot(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    // Every argument is converted (in order, for their side effects) first.
    let mut xs = alloc::vec::Vec::with_capacity(args.len());
    for i in 0..args.len() {
        xs.push(vm.to_number(args.get(i))?);
    }
    Ok(Value::number(js_hypot(&xs)))
}

/// `Math.imul(a, b)` on numbers: the low 32 bits of the product, signed.
pub fn js_imul(a: f64, b: f64) -> i32 {
    crate::numconv::f64_to_int32(a).wrapping_mul(crate::numconv::f64_to_int32(b))
}

fn imul(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let a = vm.to_number(args.get(0))?;
    let b = vm.to_number(args.get(1))?;
    Ok(Value::int(js_imul(a, b)))
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
    for (i, (f, name)) in MathFn::ALL.iter().enumerate() {
        define_traced(vm, math, name, unary, 1, i as u32, NativeTrace::Math(*f))?;
    }
    define_traced(vm, math, "atan2", atan2, 2, 0, NativeTrace::Atan2)?;
    define_traced(vm, math, "pow", pow, 2, 0, NativeTrace::Pow)?;
    define_traced(vm, math, "max", max_min, 2, 0, NativeTrace::Pure)?;
    define_traced(vm, math, "min", max_min, 2, 1, NativeTrace::Pure)?;
    define_traced(vm, math, "random", random, 0, 0, NativeTrace::Pure)?;
    define_traced(vm, math, "hypot", hypot, 2, 0, NativeTrace::Pure)?;
    define_traced(vm, math, "imul", imul, 2, 0, NativeTrace::Pure)?;
    Ok(())
}
