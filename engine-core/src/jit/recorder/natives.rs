//! Calls of builtins: one recording hook per `NativeTrace` entry (see
//! `jit/natives.rs` for the table of what each records to).

use super::*;
use crate::builtins::math::MathFn;
use crate::jit::natives::NativeTrace;

/// A call being recorded: its opcode, and where its window and result live.
pub(super) struct CallSite {
    /// `Call`, `CallUndef` or `New`.
    pub op: Op,
    /// The absolute slot of the result.
    pub dst: u32,
    /// The absolute slot of the call window (callee, `this`, arguments).
    pub wslot: u32,
    /// The number of arguments.
    pub argc: u32,
    /// The call instruction's pc.
    pub pc: u32,
}

impl CallSite {
    /// The slot of argument `i`.
    pub fn arg(&self, i: u32) -> u32 {
        self.wslot + 2 + i
    }
    /// The slot of `this`.
    pub fn this(&self) -> u32 {
        self.wslot + 1
    }
    /// The pc after the call, where a pending result is typed.
    fn next_pc(&self) -> u32 {
        self.pc + insn::Call::SIZE as u32
    }
}

impl Recorder {
    /// Records a call of a builtin marked `trace` (its call window already
    /// guarded to hold this very function).
    pub(super) fn record_native(&mut self, vm: &Vm, trace: NativeTrace, c: &CallSite) -> Result<(), Abort> {
        match trace {
            NativeTrace::Opaque => abort("unsupported native function"),
            NativeTrace::FunctionCall => abort("Function.prototype.call of a native or bound function"),
            NativeTrace::Math(f) if c.argc >= 1 => self.native_math(vm, f, c),
            NativeTrace::Pow if c.argc >= 2 => self.native_pow(vm, c),
            NativeTrace::Atan2 if c.argc >= 2 => self.native_atan2(vm, c),
            NativeTrace::CharCodeAt => self.native_char_code_at(vm, c),
            NativeTrace::CharAt if c.argc >= 1 => self.native_string_helper(vm, Helper::CharAt, c),
            NativeTrace::FromCharCode if c.argc == 1 => self.native_string_helper(vm, Helper::FromCharCode, c),
            NativeTrace::Push if c.argc == 1 => self.native_push1(vm, c),
            NativeTrace::Push if (2..=3).contains(&c.argc) => self.native_push_n(vm, c),
            NativeTrace::Push => abort("push of more than three values"),
            NativeTrace::Pop => self.native_pop(vm, c),
            // The special cases' other arities are plain calls.
            _ if c.argc <= 2 => self.native_pure(vm, c),
            _ => abort("native call with more than two arguments"),
        }
    }

    /// A one-argument `Math` function: a LIR op or a libm helper.
    fn native_math(&mut self, vm: &Vm, f: MathFn, c: &CallSite) -> Result<(), Abort> {
        let a = self.get(vm, c.arg(0))?;
        if !a.k.is_number() {
            return abort("Math function of a non-number");
        }
        // floor/ceil/round/trunc of an int32 is the int32 itself.
        if a.k == Kind::Int && f.keeps_int() {
            self.set(c.dst, a);
            return Ok(());
        }
        let x = self.to_double(a)?;
        let r = match f {
            MathFn::Abs => self.w.op1(LOp::AbsD, x),
            MathFn::Ceil => self.w.op1(LOp::CeilD, x),
            MathFn::Floor => self.w.op1(LOp::FloorD, x),
            MathFn::Sqrt => self.w.op1(LOp::SqrtD, x),
            MathFn::Acos => self.helper(Helper::Acos, &[x]),
            MathFn::Asin => self.helper(Helper::Asin, &[x]),
            MathFn::Atan => self.helper(Helper::Atan, &[x]),
            MathFn::Cos => self.helper(Helper::Cos, &[x]),
            MathFn::Exp => self.helper(Helper::Exp, &[x]),
            MathFn::Log => self.helper(Helper::Log, &[x]),
            MathFn::Round => self.helper(Helper::Round, &[x]),
            MathFn::Sin => self.helper(Helper::Sin, &[x]),
            MathFn::Tan => self.helper(Helper::Tan, &[x]),
            MathFn::Trunc | MathFn::Sign | MathFn::Clz32 => return abort("Math function"),
            _ => {
                let magic = MathFn::ALL.iter().position(|e| e.0 == f).unwrap_or(0);
                let m = self.w.kint(magic as i32);
                self.helper(Helper::MathUnary, &[x, m])
            }
        };
        // abs/ceil/floor/round of a double: the interpreter makes an int32 when it can.
        if matches!(f, MathFn::Abs | MathFn::Ceil | MathFn::Floor | MathFn::Round) {
            self.pending = Some(Pending::Number { slot: c.dst, dbl: r, pc: c.next_pc() });
        } else {
            self.set(c.dst, Tv { r, k: Kind::Double });
        }
        Ok(())
    }

    /// `Math.pow`: the helper; an int32 when both operands are (the
    /// interpreter gives one for exact integer powers).
    fn native_pow(&mut self, vm: &Vm, c: &CallSite) -> Result<(), Abort> {
        let (a, b) = (self.get(vm, c.arg(0))?, self.get(vm, c.arg(1))?);
        let (x, y) = (self.to_double(a)?, self.to_double(b)?);
        let r = self.helper(Helper::Pow, &[x, y]);
        if a.k == Kind::Int && b.k == Kind::Int {
            self.pending = Some(Pending::Number { slot: c.dst, dbl: r, pc: c.next_pc() });
        } else {
            self.set(c.dst, Tv { r, k: Kind::Double });
        }
        Ok(())
    }

    /// `Math.atan2`.
    fn native_atan2(&mut self, vm: &Vm, c: &CallSite) -> Result<(), Abort> {
        let (a, b) = (self.get(vm, c.arg(0))?, self.get(vm, c.arg(1))?);
        let (x, y) = (self.to_double(a)?, self.to_double(b)?);
        let r = self.helper(Helper::Atan2, &[x, y]);
        self.set(c.dst, Tv { r, k: Kind::Double });
        Ok(())
    }

    /// `charCodeAt`: an inline load from a flat string of the width seen now
    /// (guarded), the helper for a rope.
    fn native_char_code_at(&mut self, vm: &Vm, c: &CallSite) -> Result<(), Abort> {
        let this = self.get(vm, c.this())?;
        if this.k != Kind::String {
            return abort("charCodeAt on a non-string");
        }
        let idx = if c.argc >= 1 {
            let v = self.get(vm, c.arg(0))?;
            self.int_key(vm, v, c.arg(0), c.pc)?
        } else {
            Tv { r: self.w.kint(0), k: Kind::Int }
        };
        if idx.k != Kind::Int {
            return abort("charCodeAt index not int32");
        }
        let s = self.stack_value(vm, c.this()).as_string().expect("string");
        let now = if c.argc >= 1 { self.stack_value(vm, c.arg(0)).as_number().map_or(-1, |d| d as i32) } else { 0 };
        if now < 0 || now as usize >= s.len() {
            // NaN, not an int: the trace could not give it.
            return abort("charCodeAt out of range");
        }
        if !s.is_flat() {
            // A rope: the helper flattens it (once; later calls see it flat).
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            let r = self.helper(Helper::CharCodeAt, &[st, this.r, idx.r]);
            self.guard_int_result(vm, r, LOp::GeI, c.pc);
            self.set(c.dst, Tv { r, k: Kind::Int });
            return Ok(());
        }
        let two = s.flags() & crate::string::FLAG_TWO_BYTE != 0;
        let p = self.w.op1(LOp::UnboxP, this.r);
        let flags = self.w.load(LOp::Ld8, Ty::I32, p, 2);
        let mask = self.w.kint((crate::string::FLAG_ROPE | crate::string::FLAG_INDIRECT | crate::string::FLAG_TWO_BYTE) as i32);
        let fl = self.w.op2(LOp::AndI, flags, mask);
        let want = self.w.kint(if two { crate::string::FLAG_TWO_BYTE as i32 } else { 0 });
        let ok = self.w.op2(LOp::EqI, fl, want);
        self.guard_now(vm, ok, true, c.pc);
        let len = self.w.load(LOp::Ld32, Ty::I32, p, 4);
        let inb = self.w.op2(LOp::LtU, idx.r, len);
        self.guard_now(vm, inb, true, c.pc);
        let op = if two { LOp::Ld16I } else { LOp::Ld8I };
        let r = self.w.ins(Insn { op, ty: Ty::I32, a: p, b: idx.r, imm: crate::string::CHARS_OFFSET as i64 });
        self.set(c.dst, Tv { r, k: Kind::Int });
        Ok(())
    }

    /// `charAt(i)` and `String.fromCharCode(c)`: a helper from an int32 (and the
    /// string `this` for `charAt`) to a one-character string, 0 when it cannot.
    fn native_string_helper(&mut self, vm: &Vm, h: Helper, c: &CallSite) -> Result<(), Abort> {
        let r = if h == Helper::CharAt {
            let this = self.get(vm, c.this())?;
            let idx = self.get(vm, c.arg(0))?;
            let idx = self.int_key(vm, idx, c.arg(0), c.pc)?;
            if this.k != Kind::String || idx.k != Kind::Int {
                return abort("charAt of a non-string or a non-int index");
            }
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            self.helper(h, &[st, this.r, idx.r])
        } else {
            let code = self.get(vm, c.arg(0))?;
            if code.k != Kind::Int {
                return abort("fromCharCode of a non-int");
            }
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            self.helper(h, &[st, code.r])
        };
        self.guard_nonzero(vm, r, c.pc);
        self.set(c.dst, Tv { r, k: Kind::String });
        Ok(())
    }

    /// The array `this` of `push`/`pop`, or an abort.
    fn native_array_this(&mut self, vm: &Vm, c: &CallSite) -> Result<(Tv, Gc<JsObject>), Abort> {
        let this = self.get(vm, c.this())?;
        match self.stack_value(vm, c.this()).as_object() {
            Some(o) if o.class() == ObjectClass::Array => Ok((this, o)),
            _ => abort("push or pop on a non-array"),
        }
    }

    /// `push(v)`: an inline store at `length` (the element path's guards).
    fn native_push1(&mut self, vm: &Vm, c: &CallSite) -> Result<(), Abort> {
        let (this, o) = self.native_array_this(vm, c)?;
        let v = self.get(vm, c.arg(0))?;
        if o.length() >= i32::MAX as u32 {
            return abort("push on a huge array");
        }
        let p = self.w.op1(LOp::UnboxP, this.r);
        let cls = self.w.load(LOp::Ld32, Ty::I32, p, 4);
        let want = self.w.kint(ObjectClass::Array as i32);
        let is_array = self.w.op2(LOp::EqI, cls, want);
        self.guard_now(vm, is_array, true, c.pc);
        let len = self.w.load(LOp::Ld32, Ty::I32, p, OFFSET_LENGTH as i32);
        let z = self.w.kint(0);
        let fits = self.w.op2(LOp::GeI, len, z);
        self.guard_now(vm, fits, true, c.pc);
        self.call_set_elem(vm, this, len, v, c.pc);
        let one = self.w.kint(1);
        let n = self.w.op2(LOp::AddI, len, one);
        self.set(c.dst, Tv { r: n, k: Kind::Int });
        Ok(())
    }

    /// `push(a, b[, c])`: one helper call appends all of them or none, so an
    /// exit never follows a partial push.
    fn native_push_n(&mut self, vm: &Vm, c: &CallSite) -> Result<(), Abort> {
        let (this, _) = self.native_array_this(vm, c)?;
        let u = self.w.kval(Value::UNDEFINED.0);
        let mut a = [u, u, u];
        for (k, slot_a) in a.iter_mut().enumerate().take(c.argc as usize) {
            let v = self.get(vm, c.arg(k as u32))?;
            *slot_a = self.boxed(v);
        }
        let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
        let n = self.w.kint(c.argc as i32);
        let r = self.helper(Helper::PushN, &[st, this.r, n, a[0], a[1], a[2]]);
        self.guard_int_result(vm, r, LOp::GeI, c.pc);
        self.set(c.dst, Tv { r, k: Kind::Int });
        Ok(())
    }

    /// `pop()`: the helper pops from dense storage and refuses anything else
    /// (holes, sparse or read-only arrays); the interpreter then makes the call.
    fn native_pop(&mut self, vm: &Vm, c: &CallSite) -> Result<(), Abort> {
        let (this, _) = self.native_array_this(vm, c)?;
        let r = self.helper(Helper::ArrayPop, &[this.r]);
        self.guard_nonzero(vm, r, c.pc);
        self.pending = Some(Pending::Load { slot: c.dst, boxed: r, pc: c.next_pc() });
        Ok(())
    }

    /// Any side-effect-free builtin: called as is through `CallNative`, its
    /// result typed after the call.
    fn native_pure(&mut self, vm: &Vm, c: &CallSite) -> Result<(), Abort> {
        let this = self.get(vm, c.this())?;
        // (Methods of objects may keep state: a regexp's lastIndex, the
        // random generator; a checking replay could not repeat them.)
        self.replay_ok &= this.k != Kind::Object;
        let callee = self.get(vm, c.wslot)?;
        let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
        let u = self.w.kval(Value::UNDEFINED.0);
        let mut a = [u, u];
        for (k, slot_a) in a.iter_mut().enumerate().take(c.argc as usize) {
            let v = self.get(vm, c.arg(k as u32))?;
            *slot_a = self.boxed(v);
        }
        let this_b = self.boxed(this);
        let n = self.w.kint(c.argc as i32);
        let helper = if this.k == Kind::Object { Helper::CallNativeMethod } else { Helper::CallNative };
        let r = self.helper(helper, &[st, callee.r, this_b, n, a[0], a[1]]);
        self.guard_nonzero(vm, r, c.pc);
        self.pending = Some(Pending::Load { slot: c.dst, boxed: r, pc: c.next_pc() });
        Ok(())
    }
}
