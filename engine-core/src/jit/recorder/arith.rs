//! Numbers: conversions, arithmetic (int32 under overflow guards, or doubles),
//! comparisons and constants.

use super::*;

impl Recorder {
    pub(super) fn to_double(&mut self, v: Tv) -> Result<Ref, Abort> {
        match v.k {
            Kind::Double => Ok(v.r),
            Kind::Int => Ok(self.w.op1(LOp::I2D, v.r)),
            _ => abort("non-number in arithmetic"),
        }
    }

    /// ToNumber of a boolean, `null` or `undefined` (other kinds unchanged): 0
    /// or 1, 0, NaN.
    pub(super) fn prim_to_number(&mut self, v: Tv) -> Tv {
        match v.k {
            Kind::Bool => {
                // The same 0/1 bits, typed as an int32 (so exits box a number).
                let z = self.w.kint(0);
                Tv { r: self.w.ins(Insn { op: LOp::OrI, ty: Ty::I32, a: v.r, b: z, imm: 0 }), k: Kind::Int }
            }
            Kind::Null => Tv { r: self.w.kint(0), k: Kind::Int },
            Kind::Undefined => Tv { r: self.w.kdbl(f64::NAN), k: Kind::Double },
            _ => v,
        }
    }

    pub(super) fn to_int32(&mut self, v: Tv) -> Result<Ref, Abort> {
        match v.k {
            Kind::Int => Ok(v.r),
            Kind::Double => Ok(self.helper(Helper::DoubleToInt32, &[v.r])),
            Kind::Bool => Ok(v.r),
            Kind::Undefined | Kind::Null => Ok(self.w.kint(0)),
            _ => abort("ToInt32 of a non-number"),
        }
    }

    /// Truthiness as a `Bool` ref.
    pub(super) fn truthy(&mut self, v: Tv) -> Result<Ref, Abort> {
        Ok(match v.k {
            Kind::Bool => v.r,
            Kind::Int => {
                let z = self.w.kint(0);
                self.w.ins(Insn { op: LOp::NeI, ty: Ty::Bool, a: v.r, b: z, imm: 0 })
            }
            Kind::Double => {
                let z = self.w.kdbl(0.0);
                let ne0 = self.w.op2(LOp::NeD, v.r, z);
                let not_nan = self.w.op2(LOp::EqD, v.r, v.r);
                self.w.ins(Insn { op: LOp::AndI, ty: Ty::Bool, a: ne0, b: not_nan, imm: 0 })
            }
            Kind::Object => self.w.kbool(true),
            Kind::Undefined | Kind::Null => self.w.kbool(false),
            Kind::String => {
                let p = self.w.op1(LOp::UnboxP, v.r);
                let len = self.w.load(LOp::Ld32, Ty::I32, p, 4);
                let z = self.w.kint(0);
                self.w.ins(Insn { op: LOp::NeI, ty: Ty::Bool, a: len, b: z, imm: 0 })
            }
        })
    }

    #[allow(clippy::too_many_arguments)]
    /// `src`: the slots `a` and `b` were read from (`None` for immediates).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn arith(&mut self, vm: &Vm, op: Op, a: Tv, b: Tv, src: (Option<u32>, Option<u32>), dst: u32, code: Gc<Code>, pc: u32) -> Result<(), Abort> {
        if op == Op::Add && (a.k == Kind::String || b.k == Kind::String) && a.k != Kind::Object && b.k != Kind::Object {
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            let (x, y) = (self.boxed(a), self.boxed(b));
            let r = self.helper(Helper::AddStr, &[st, x, y]);
            self.guard_nonzero(vm, r, pc);
            self.set(dst, Tv { r, k: Kind::String });
            return Ok(());
        }
        let (a, b) = (self.prim_to_number(a), self.prim_to_number(b));
        if !a.k.is_number() || !b.k.is_number() {
            return abort("arithmetic on non-numbers");
        }
        let next = pc + code.info.bytecode.get(pc as usize).and_then(|b| Op::from_byte(*b)).map_or(1, |o| o.size()) as u32;
        let force_double = self.double_insns.contains(&(code.addr(), pc));
        if a.k == Kind::Int && b.k == Kind::Int && !force_double {
            match op {
                Op::Add | Op::Sub | Op::Mul => {
                    let lop = match op {
                        Op::Add => LOp::AddOvI,
                        Op::Sub => LOp::SubOvI,
                        _ => LOp::MulOvI,
                    };
                    // Predict from the runtime values: if this iteration overflows, the
                    // trace computes in doubles.
                    let (x, y) = (self.peek_int(vm, a, src.0), self.peek_int(vm, b, src.1));
                    let fits = match (x, y) {
                        (Some(x), Some(y)) => match op {
                            Op::Add => x.checked_add(y).is_some(),
                            Op::Sub => x.checked_sub(y).is_some(),
                            _ => x.checked_mul(y).is_some_and(|p| p != 0 || (x >= 0 && y >= 0)),
                        },
                        _ => true,
                    };
                    if fits {
                        let e = self.snapshot_exit(vm, pc, ExitKind::Overflow);
                        let r = self.w.ins(Insn::new(lop, a.r, b.r, e as i64));
                        self.set(dst, Tv { r, k: Kind::Int });
                        self.pending = Some(Pending::Int { slot: dst });
                        return Ok(());
                    }
                }
                Op::Mod => {
                    let (x, y) = (self.peek_int(vm, a, src.0), self.peek_int(vm, b, src.1));
                    if matches!((x, y), (Some(x), Some(y)) if x >= 0 && y > 0) {
                        let z = self.w.kint(0);
                        let c1 = self.w.op2(LOp::GeI, a.r, z);
                        self.guard_now(vm, c1, true, pc);
                        let c2 = self.w.op2(LOp::GtI, b.r, z);
                        self.guard_now(vm, c2, true, pc);
                        let r = self.w.op2(LOp::ModI, a.r, b.r);
                        self.set(dst, Tv { r, k: Kind::Int });
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let (x, y) = (self.to_double(a)?, self.to_double(b)?);
        let r = match op {
            Op::Add => self.w.op2(LOp::AddD, x, y),
            Op::Sub => self.w.op2(LOp::SubD, x, y),
            Op::Mul => self.w.op2(LOp::MulD, x, y),
            Op::Div => self.w.op2(LOp::DivD, x, y),
            _ => self.helper(Helper::Fmod, &[x, y]),
        };
        // Div and Mod of two int32s give an int32 result when it is exact (as the
        // interpreter does); everything else stays double.
        if a.k == Kind::Int && b.k == Kind::Int && matches!(op, Op::Div | Op::Mod) && !force_double {
            self.pending = Some(Pending::Number { slot: dst, dbl: r, pc: next });
        } else {
            self.set(dst, Tv { r, k: Kind::Double });
        }
        Ok(())
    }

    /// An index or key held as a double (`seed % n` after an overflow, `x / 2`)
    /// as an int32 under an exit for values that are not exactly one (fractions,
    /// NaN, -0); the value in `slot` must be one now, so the exit is not taken at
    /// once. Ints pass through.
    pub(super) fn int_key(&mut self, vm: &Vm, v: Tv, slot: u32, pc: u32) -> Result<Tv, Abort> {
        match v.k {
            Kind::Int => Ok(v),
            Kind::Double => {
                let d = self.stack_value(vm, slot).as_number().unwrap_or(f64::NAN);
                if d != d as i32 as f64 || (d == 0.0 && d.is_sign_negative()) {
                    return abort("index that is not an int32");
                }
                let e = self.snapshot_exit(vm, pc, ExitKind::Side);
                let r = self.w.ins(Insn::new(LOp::D2IX, v.r, NONE, e as i64));
                Ok(Tv { r, k: Kind::Int })
            }
            _ => Ok(v),
        }
    }

    /// The int32 that traced value `v`, read from `slot` (`None`: an immediate),
    /// holds in this iteration.
    pub(super) fn peek_int(&self, vm: &Vm, v: Tv, slot: Option<u32>) -> Option<i32> {
        if let Some(k) = self.w.lir.kint(v.r) {
            return Some(k);
        }
        let v = self.stack_value(vm, slot?);
        // (A boolean operand counts as 0 or 1, as ToNumber makes it.)
        v.as_int().or_else(|| v.as_bool().map(i32::from))
    }

    /// A comparison producing a `Bool` ref.
    pub(super) fn compare(&mut self, vm: &Vm, op: Op, a: Tv, b: Tv, pc: u32) -> Result<Ref, Abort> {
        let strict = matches!(op, Op::StrictEq | Op::StrictNe);
        let eq = matches!(op, Op::StrictEq | Op::StrictNe | Op::Eq | Op::Ne);
        let negate = matches!(op, Op::StrictNe | Op::Ne);
        if a.k.is_number() && b.k.is_number() {
            let r = if a.k == Kind::Int && b.k == Kind::Int {
                let lop = match op {
                    Op::Lt => LOp::LtI,
                    Op::Le => LOp::LeI,
                    Op::Gt => LOp::GtI,
                    Op::Ge => LOp::GeI,
                    _ => LOp::EqI,
                };
                self.w.ins(Insn { op: lop, ty: Ty::Bool, a: a.r, b: b.r, imm: 0 })
            } else {
                let (x, y) = (self.to_double(a)?, self.to_double(b)?);
                let lop = match op {
                    Op::Lt => LOp::LtD,
                    Op::Le => LOp::LeD,
                    Op::Gt => LOp::GtD,
                    Op::Ge => LOp::GeD,
                    _ => LOp::EqD,
                };
                self.w.op2(lop, x, y)
            };
            return Ok(if negate { self.w.op1(LOp::NotB, r) } else { r });
        }
        if a.k == Kind::String && b.k == Kind::String {
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            // a < b, a > b = b < a, a <= b = !(b < a), a >= b = !(a < b).
            let (helper, x, y, neg) = match op {
                Op::Lt => (Helper::StrLt, a.r, b.r, false),
                Op::Gt => (Helper::StrLt, b.r, a.r, false),
                Op::Le => (Helper::StrLt, b.r, a.r, true),
                Op::Ge => (Helper::StrLt, a.r, b.r, true),
                _ => (Helper::StrEq, a.r, b.r, negate),
            };
            let r = self.helper(helper, &[st, x, y]);
            self.guard_int_result(vm, r, LOp::GeI, pc);
            let one = self.w.kint(1);
            let t = self.w.ins(Insn { op: LOp::EqI, ty: Ty::Bool, a: r, b: one, imm: 0 });
            return Ok(if neg { self.w.op1(LOp::NotB, t) } else { t });
        }
        if !eq {
            return abort("relational comparison of non-numbers");
        }
        let same = a.k == b.k;
        let r = match (a.k, b.k) {
            (Kind::Bool, Kind::Bool) => self.w.ins(Insn { op: LOp::EqI, ty: Ty::Bool, a: a.r, b: b.r, imm: 0 }),
            (Kind::Object, Kind::Object) => self.w.op2(LOp::EqP, a.r, b.r),
            (Kind::Undefined | Kind::Null, Kind::Undefined | Kind::Null) => self.w.kbool(same || !strict),
            // `null` and `undefined` are loosely equal only to each other: no
            // conversion (so no user code) happens against anything else.
            (Kind::Undefined | Kind::Null, _) | (_, Kind::Undefined | Kind::Null) => self.w.kbool(false),
            (Kind::Object, _) | (_, Kind::Object) if !strict => return abort("loose equality with an object"),
            (Kind::String, _) | (_, Kind::String) if !strict => return abort("loose equality with a string"),
            (Kind::Bool, _) | (_, Kind::Bool) if !strict => return abort("loose equality with a boolean"),
            _ => self.w.kbool(false),
        };
        Ok(if negate { self.w.op1(LOp::NotB, r) } else { r })
    }

    pub(super) fn constant(&mut self, c: Value) -> Result<Tv, Abort> {
        Ok(if c.is_int() {
            Tv { r: self.w.kint(c.as_int_unchecked()), k: Kind::Int }
        } else if c.is_double() {
            Tv { r: self.w.kdbl(c.as_double_unchecked()), k: Kind::Double }
        } else if c.is_string() {
            self.keep(c);
            Tv { r: self.w.kval(c.0), k: Kind::String }
        } else {
            return abort("unusual constant");
        })
    }

    /// `-x`.
    pub(super) fn rec_neg(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at) = (here.pc, here.bc(), here.at());
        let slot = here.slots();
        let i = insn::Neg::decode(bc, at);
        let a = self.get(vm, slot(i.src))?;
        let dst = slot(i.dst);
        match a.k {
            Kind::Int => {
                let x = self.stack_value(vm, slot(i.src)).as_int_unchecked();
                if x != 0 && x != i32::MIN {
                    let z = self.w.kint(0);
                    let nz = self.w.op2(LOp::NeI, a.r, z);
                    self.guard_now(vm, nz, true, pc);
                    let m = self.w.kint(i32::MIN);
                    let nm = self.w.op2(LOp::NeI, a.r, m);
                    self.guard_now(vm, nm, true, pc);
                    let r = self.w.op1(LOp::NegI, a.r);
                    self.set(dst, Tv { r, k: Kind::Int });
                } else {
                    let d = self.w.op1(LOp::I2D, a.r);
                    let r = self.w.op1(LOp::NegD, d);
                    self.set(dst, Tv { r, k: Kind::Double });
                }
            }
            Kind::Double => {
                let r = self.w.op1(LOp::NegD, a.r);
                self.set(dst, Tv { r, k: Kind::Double });
            }
            _ => return abort("negation of a non-number"),
        }
        Ok(StepResult::Continue)
    }

    /// Bit operations and shifts.
    pub(super) fn rec_bitop(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, op, bc, at) = (here.pc, here.op, here.bc(), here.at());
        let slot = here.slots();
        let i = insn::BitAnd::decode(bc, at);
        let a = self.get(vm, slot(i.a))?;
        let b = self.get(vm, slot(i.b))?;
        let (x, y) = (self.to_int32(a)?, self.to_int32(b)?);
        let lop = match op {
            Op::BitAnd => LOp::AndI,
            Op::BitOr => LOp::OrI,
            Op::BitXor => LOp::XorI,
            Op::Shl => LOp::ShlI,
            Op::Shr => LOp::SarI,
            _ => LOp::ShrI,
        };
        let r = self.w.op2(lop, x, y);
        if op == Op::Ushr {
            self.pending = Some(Pending::Uint { slot: slot(i.dst), bits: r, pc: pc + op.size() as u32 });
        } else {
            self.set(slot(i.dst), Tv { r, k: Kind::Int });
        }
        Ok(StepResult::Continue)
    }

    /// `typeof x`.
    pub(super) fn rec_typeof(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at) = (here.pc, here.bc(), here.at());
        let slot = here.slots();
        let i = insn::TypeOf::decode(bc, at);
        let a = self.get(vm, slot(i.src))?;
        let v = self.stack_value(vm, slot(i.src));
        if let (Kind::Object, Some(o)) = (a.k, v.as_object()) {
            // Callable means class Function: guard the class word being
            // Function or not, as it is now.
            let p = self.w.op1(LOp::UnboxP, a.r);
            let cls = self.w.load(LOp::Ld32, Ty::I32, p, 4);
            let f = self.w.kint(ObjectClass::Function as i32);
            let is_fn = self.w.op2(LOp::EqI, cls, f);
            self.guard_now(vm, is_fn, o.is_callable(), pc);
        }
        let s = vm.type_of(v);
        let r = self.w.kval(Value::string(s).0);
        self.set(slot(i.dst), Tv { r, k: Kind::String });
        Ok(StepResult::Continue)
    }

    /// ToString.
    pub(super) fn rec_to_str(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at) = (here.pc, here.bc(), here.at());
        let slot = here.slots();
        let i = insn::ToStr::decode(bc, at);
        let v = self.get(vm, slot(i.src))?;
        let r = match v.k {
            Kind::String => v,
            Kind::Object => return abort("ToString of an object"),
            _ => {
                let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
                let boxed = self.boxed(v);
                let r = self.helper(Helper::ToStr, &[st, boxed]);
                self.guard_nonzero(vm, r, pc);
                Tv { r, k: Kind::String }
            }
        };
        self.set(slot(i.dst), r);
        Ok(StepResult::Continue)
    }

    /// `+ - * / %` of two registers.
    pub(super) fn rec_binary(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at, code, op) = (here.pc, here.bc(), here.at(), here.code, here.op);
        let slot = here.slots();
        let i = insn::Add::decode(bc, at);
        let a = self.get(vm, slot(i.a))?;
        let b = self.get(vm, slot(i.b))?;
        self.arith(vm, op, a, b, (Some(slot(i.a)), Some(slot(i.b))), slot(i.dst), code, pc)?;
        Ok(StepResult::Continue)
    }

    /// `+`/`-` of a register and an immediate.
    pub(super) fn rec_add_int(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at, code, op) = (here.pc, here.bc(), here.at(), here.code, here.op);
        let slot = here.slots();
        let i = insn::AddInt::decode(bc, at);
        let a = self.get(vm, slot(i.a))?;
        let b = Tv { r: self.w.kint(i.imm), k: Kind::Int };
        let aop = if op == Op::AddInt { Op::Add } else { Op::Sub };
        self.arith(vm, aop, a, b, (Some(slot(i.a)), None), slot(i.dst), code, pc)?;
        Ok(StepResult::Continue)
    }

    /// `++`/`--` of a number.
    pub(super) fn rec_inc(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at, code, op) = (here.pc, here.bc(), here.at(), here.code, here.op);
        let slot = here.slots();
        let i = insn::Inc::decode(bc, at);
        let a = self.get(vm, slot(i.src))?;
        if !a.k.is_number() {
            return abort("increment of a non-number");
        }
        let b = Tv { r: self.w.kint(1), k: Kind::Int };
        let aop = if op == Op::Inc { Op::Add } else { Op::Sub };
        self.arith(vm, aop, a, b, (Some(slot(i.src)), None), slot(i.dst), code, pc)?;
        Ok(StepResult::Continue)
    }

    /// Unary `+` of a number (the identity).
    pub(super) fn rec_to_number(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (bc, at) = (here.bc(), here.at());
        let slot = here.slots();
        let i = insn::ToNumber::decode(bc, at);
        let a = self.get(vm, slot(i.src))?;
        if !a.k.is_number() {
            return abort("ToNumber of a non-number");
        }
        self.set(slot(i.dst), a);
        Ok(StepResult::Continue)
    }

    /// `~`.
    pub(super) fn rec_bit_not(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (bc, at) = (here.bc(), here.at());
        let slot = here.slots();
        let i = insn::BitNot::decode(bc, at);
        let a = self.get(vm, slot(i.src))?;
        let x = self.to_int32(a)?;
        let r = self.w.op1(LOp::NotI, x);
        self.set(slot(i.dst), Tv { r, k: Kind::Int });
        Ok(StepResult::Continue)
    }

    /// `!`.
    pub(super) fn rec_not(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (bc, at) = (here.bc(), here.at());
        let slot = here.slots();
        let i = insn::Not::decode(bc, at);
        let a = self.get(vm, slot(i.src))?;
        let t = self.truthy(a)?;
        let r = self.w.op1(LOp::NotB, t);
        self.set(slot(i.dst), Tv { r, k: Kind::Bool });
        Ok(StepResult::Continue)
    }

    /// Comparisons that produce a boolean.
    pub(super) fn rec_compare(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at, op) = (here.pc, here.bc(), here.at(), here.op);
        let slot = here.slots();
        let i = insn::Lt::decode(bc, at);
        let a = self.get(vm, slot(i.a))?;
        let b = self.get(vm, slot(i.b))?;
        let r = self.compare(vm, op, a, b, pc)?;
        self.set(slot(i.dst), Tv { r, k: Kind::Bool });
        Ok(StepResult::Continue)
    }
}
