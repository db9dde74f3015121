//! The recording pipeline: every instruction the recorder writes passes through
//! constant folding and algebraic simplification, then common-subexpression
//! elimination (including loads, up to the next store or call), before it is
//! appended. So traces are small before they leave the script thread.

use hashbrown::HashMap;

use super::{flags, Insn, LOp, Lir, Ref, Ty, NONE};

/// Which filters run (both by default; tests switch them off to compare).
#[derive(Clone, Copy, Debug)]
pub struct Filters {
    /// Constant folding and algebraic simplification.
    pub fold: bool,
    /// Common-subexpression elimination.
    pub cse: bool,
}

impl Default for Filters {
    fn default() -> Self {
        Filters { fold: true, cse: true }
    }
}

/// Appends instructions through the filter chain.
pub struct Writer {
    /// The trace written so far.
    pub lir: Lir,
    filters: Filters,
    /// Pure instructions by content.
    pure: HashMap<Insn, Ref>,
    /// Memory loads by content, forgotten at every store and call.
    loads: HashMap<Insn, Ref>,
    /// Slot loads by slot, forgotten when the slot is stored.
    slots: HashMap<i64, Ref>,
}

/// What a filter decided.
enum Folded {
    /// Use this existing ref instead.
    Ref(Ref),
    /// Emit this (possibly rewritten) instruction.
    Insn(Insn),
    /// Emit nothing (a guard that always passes).
    Nothing,
}

fn i32_of(v: i64) -> i32 {
    v as i32
}

impl Writer {
    /// An empty trace with the given filters.
    pub fn new(filters: Filters) -> Writer {
        Writer { lir: Lir::default(), filters, pure: HashMap::new(), loads: HashMap::new(), slots: HashMap::new() }
    }

    /// Writes an instruction; returns its ref (or the ref that replaces it; `NONE`
    /// for a guard that was folded away).
    pub fn ins(&mut self, insn: Insn) -> Ref {
        let insn = if self.filters.fold {
            match self.fold(insn) {
                Folded::Ref(r) => return r,
                Folded::Nothing => return NONE,
                Folded::Insn(i) => i,
            }
        } else {
            insn
        };
        let op = insn.op;
        if self.filters.cse {
            // Guards compute a fact; the same fact need not be checked twice, whatever
            // exit the first check names.
            let key = if op.has(flags::GUARD) { Insn { imm: 0, ..insn } } else { insn };
            if op.has(flags::CSE) || op.has(flags::GUARD) {
                if let Some(&r) = self.pure.get(&key) {
                    return r;
                }
            } else if op == LOp::LdSlot {
                if let Some(&r) = self.slots.get(&insn.imm) {
                    return r;
                }
            } else if op.has(flags::LOAD) && op != LOp::LdFlag {
                if let Some(&r) = self.loads.get(&insn) {
                    return r;
                }
            }
        }
        let r = self.push(insn);
        if self.filters.cse {
            if op.has(flags::CSE) {
                self.pure.insert(insn, r);
            } else if op.has(flags::GUARD) {
                self.pure.insert(Insn { imm: 0, ..insn }, r);
            } else if op == LOp::LdSlot {
                self.slots.insert(insn.imm, r);
            } else if op.has(flags::LOAD) && op != LOp::LdFlag {
                self.loads.insert(insn, r);
            }
        }
        if op == LOp::StSlot {
            self.slots.insert(insn.imm, r);
            // A later load of this slot reads the stored value: forward it.
            self.slots.insert(insn.imm, insn.a);
        } else if op.has(flags::STORE) || (op == LOp::Call && crate::jit::runtime::helper_writes_heap(insn.imm as u32)) {
            self.loads.clear();
        }
        if op == LOp::Call && crate::jit::runtime::helper_touches_slots(insn.imm as u32) {
            self.slots.clear();
        }
        r
    }

    fn push(&mut self, insn: Insn) -> Ref {
        self.lir.insns.push(insn);
        (self.lir.insns.len() - 1) as Ref
    }

    /// Forgets every remembered memory load (their values may have changed).
    pub fn forget_loads(&mut self) {
        self.loads.clear();
    }

    /// Forgets what slot `slot` holds (it must be loaded again).
    pub fn forget_slot(&mut self, slot: i64) {
        self.slots.remove(&slot);
    }

    /// Writes an instruction without filtering (constants for tests, markers).
    pub fn raw(&mut self, insn: Insn) -> Ref {
        self.push(insn)
    }

    // -- constructors for common instructions --------------------------------

    /// An int32 constant.
    pub fn kint(&mut self, v: i32) -> Ref {
        self.ins(Insn::new(LOp::KInt, NONE, NONE, v as i64))
    }
    /// A boolean constant.
    pub fn kbool(&mut self, v: bool) -> Ref {
        self.ins(Insn { op: LOp::KInt, ty: Ty::Bool, a: NONE, b: NONE, imm: v as i64 })
    }
    /// A double constant.
    pub fn kdbl(&mut self, v: f64) -> Ref {
        self.ins(Insn::new(LOp::KDbl, NONE, NONE, v.to_bits() as i64))
    }
    /// A boxed value constant.
    pub fn kval(&mut self, bits: u64) -> Ref {
        self.ins(Insn::new(LOp::KVal, NONE, NONE, bits as i64))
    }
    /// A pointer constant.
    pub fn kptr(&mut self, addr: u64) -> Ref {
        self.ins(Insn::new(LOp::KPtr, NONE, NONE, addr as i64))
    }
    /// A one-operand instruction.
    pub fn op1(&mut self, op: LOp, a: Ref) -> Ref {
        self.ins(Insn::new(op, a, NONE, 0))
    }
    /// A two-operand instruction.
    pub fn op2(&mut self, op: LOp, a: Ref, b: Ref) -> Ref {
        self.ins(Insn::new(op, a, b, 0))
    }
    /// A guard: exit `exit` unless `cond` is `expect`.
    pub fn guard(&mut self, cond: Ref, expect: bool, exit: u32) -> Ref {
        let op = if expect { LOp::GuardT } else { LOp::GuardF };
        self.ins(Insn::new(op, cond, NONE, exit as i64))
    }
    /// A load of `ty` from `ptr + off`.
    pub fn load(&mut self, op: LOp, ty: Ty, ptr: Ref, off: i32) -> Ref {
        self.ins(Insn { op, ty, a: ptr, b: NONE, imm: off as i64 })
    }
    /// A store of `v` at `ptr + off`.
    pub fn store(&mut self, op: LOp, ptr: Ref, v: Ref, off: i32) -> Ref {
        self.ins(Insn::new(op, ptr, v, off as i64))
    }
    /// A helper call returning `ty`.
    pub fn call(&mut self, helper: u32, ty: Ty, args: &[Ref], pure: bool) -> Ref {
        let list = self.lir.call_args.len() as Ref;
        self.lir.call_args.push(args.to_vec());
        let op = if pure { LOp::CallPure } else { LOp::Call };
        if pure && self.filters.cse {
            // Look for an identical earlier pure call.
            for (r, i) in self.lir.insns.iter().enumerate() {
                if i.op == LOp::CallPure && i.imm == helper as i64 && i.ty == ty && self.lir.call_args[i.a as usize] == args {
                    self.lir.call_args.pop();
                    return r as Ref;
                }
            }
        }
        self.ins(Insn { op, ty, a: list, b: NONE, imm: helper as i64 })
    }

    // -- folding --------------------------------------------------------------

    fn fold(&mut self, mut i: Insn) -> Folded {
        use LOp::*;
        let lir = &self.lir;
        // Canonical order: constants second for commutative operations.
        if i.op.has(flags::COMM) && lir.konst(i.a).is_some() && lir.konst(i.b).is_none() {
            core::mem::swap(&mut i.a, &mut i.b);
        }
        let (ka, kb) = (lir.konst(i.a).map(|k| k.1), lir.konst(i.b).map(|k| k.1));
        let int = |v: i32| Folded::Insn(Insn::new(KInt, NONE, NONE, v as i64));
        let dbl = |v: f64| Folded::Insn(Insn::new(KDbl, NONE, NONE, v.to_bits() as i64));
        let boolean = |v: bool| Folded::Insn(Insn { op: KInt, ty: Ty::Bool, a: NONE, b: NONE, imm: v as i64 });
        let a_ins = lir.insns.get(i.a as usize).copied();
        let same_ty = a_ins.is_some_and(|a| a.ty == i.ty);
        match (i.op, ka, kb) {
            (AddI, Some(x), Some(y)) => return int(i32_of(x).wrapping_add(i32_of(y))),
            (SubI, Some(x), Some(y)) => return int(i32_of(x).wrapping_sub(i32_of(y))),
            (MulI, Some(x), Some(y)) => return int(i32_of(x).wrapping_mul(i32_of(y))),
            (AndI, Some(x), Some(y)) => return int(i32_of(x) & i32_of(y)),
            (OrI, Some(x), Some(y)) => return int(i32_of(x) | i32_of(y)),
            (XorI, Some(x), Some(y)) => return int(i32_of(x) ^ i32_of(y)),
            (ShlI, Some(x), Some(y)) => return int(i32_of(x).wrapping_shl(y as u32 & 31)),
            (SarI, Some(x), Some(y)) => return int(i32_of(x) >> (y as u32 & 31)),
            (ShrI, Some(x), Some(y)) => return int(((x as u32) >> (y as u32 & 31)) as i32),
            (AddOvI, Some(x), Some(y)) => {
                if let Some(v) = i32_of(x).checked_add(i32_of(y)) {
                    return int(v);
                }
            }
            (SubOvI, Some(x), Some(y)) => {
                if let Some(v) = i32_of(x).checked_sub(i32_of(y)) {
                    return int(v);
                }
            }
            (MulOvI, Some(x), Some(y)) => {
                if let Some(v) = i32_of(x).checked_mul(i32_of(y)) {
                    if v != 0 || (x >= 0 && y >= 0) {
                        return int(v);
                    }
                }
            }
            // Identities return the operand itself, so only when it already has the
            // result's type: `b | 0` of a Bool `b` is an int, and an exit must box it
            // as one.
            (AddI | SubI | OrI | XorI | ShlI | SarI | ShrI | AddOvI | SubOvI, _, Some(0)) if same_ty => {
                return Folded::Ref(i.a);
            }
            (MulI | MulOvI, _, Some(1)) if same_ty => return Folded::Ref(i.a),
            (AndI, _, Some(-1)) if same_ty => return Folded::Ref(i.a),
            (NegI, Some(x), _) => return int(i32_of(x).wrapping_neg()),
            (NotI, Some(x), _) => return int(!i32_of(x)),
            (AddD | SubD | MulD | DivD, Some(x), Some(y)) => {
                let (x, y) = (f64::from_bits(x as u64), f64::from_bits(y as u64));
                return dbl(match i.op {
                    AddD => x + y,
                    SubD => x - y,
                    MulD => x * y,
                    _ => x / y,
                });
            }
            (MulD | DivD, _, Some(b)) if same_ty && f64::from_bits(b as u64) == 1.0 => return Folded::Ref(i.a),
            (NegD, Some(x), _) => return dbl(-f64::from_bits(x as u64)),
            (I2D, Some(x), _) => return dbl(i32_of(x) as f64),
            (U2D, Some(x), _) => return dbl(x as u32 as f64),
            (EqI | NeI | LtI | GeI | LeI | GtI | LtU | GeU, Some(x), Some(y)) => {
                let (x, y) = (i32_of(x), i32_of(y));
                return boolean(match i.op {
                    EqI => x == y,
                    NeI => x != y,
                    LtI => x < y,
                    GeI => x >= y,
                    LeI => x <= y,
                    GtI => x > y,
                    LtU => (x as u32) < (y as u32),
                    _ => (x as u32) >= (y as u32),
                });
            }
            (EqP | NeP, Some(x), Some(y)) => return boolean((x == y) == (i.op == EqP)),
            (EqP | EqI, _, _) if i.a == i.b => return boolean(true),
            (NeP | NeI, _, _) if i.a == i.b => return boolean(false),
            (NotB, Some(x), _) => return boolean(x == 0),
            (GuardT | GuardF, Some(x), _) => {
                if (x != 0) == (i.op == GuardT) {
                    return Folded::Nothing;
                }
            }
            _ => {}
        }
        // Box/unbox and test identities.
        if let Some(ai) = a_ins {
            match (i.op, ai.op) {
                (UnboxI, BoxI) | (UnboxD, BoxD) | (UnboxI, BoxB) => return Folded::Ref(ai.a),
                (IsTag, BoxB) => return boolean(i.imm == crate::value::TAG_BOOL as i64),
                (IsTag, BoxI | BoxD) => return boolean(false),
                // A boolean compared with 0 is itself.
                (NeI, _) if ai.ty == Ty::Bool && kb == Some(0) => return Folded::Ref(i.a),
                (UnboxI, KVal) => return int(ai.imm as i32),
                (UnboxD, KVal) => return dbl(f64::from_bits(ai.imm as u64)),
                (BoxI, KInt) => return Folded::Insn(Insn::new(KVal, NONE, NONE, crate::value::Value::int(ai.imm as i32).0 as i64)),
                (BoxD, KDbl) => return Folded::Insn(Insn::new(KVal, NONE, NONE, ai.imm)),
                (IsInt, BoxI) | (IsDbl, BoxD) | (IsNum, BoxI) | (IsNum, BoxD) => return boolean(true),
                (IsInt, BoxD) | (IsDbl, BoxI) => return boolean(false),
                (IsInt | IsDbl | IsNum, KVal) => {
                    let v = crate::value::Value(ai.imm as u64);
                    return boolean(match i.op {
                        IsInt => v.is_int(),
                        IsDbl => v.is_double(),
                        _ => v.is_number(),
                    });
                }
                (IsTag, KVal) => return boolean(crate::value::Value(ai.imm as u64).tag() as i64 == i.imm),
                (NotB, NotB) => return Folded::Ref(ai.a),
                (NotB, _) => {
                    if let Some(inv) = ai.op.inverse() {
                        if ai.ty == Ty::Bool && !ai.op.has(flags::GUARD) {
                            return Folded::Insn(Insn { op: inv, ..ai });
                        }
                    }
                }
                (GuardT | GuardF, NotB) => {
                    let flipped = if i.op == GuardT { GuardF } else { GuardT };
                    return Folded::Insn(Insn { op: flipped, a: ai.a, ..i });
                }
                (NegD, NegD) => return Folded::Ref(ai.a),
                _ => {}
            }
        }
        Folded::Insn(i)
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::to_text;
    use super::*;

    #[test]
    fn folds_and_cses() {
        let mut w = Writer::new(Filters::default());
        let base = w.ins(Insn::new(LOp::Base, NONE, NONE, 0));
        let _ = base;
        let a = w.ins(Insn::new(LOp::LdSlot, NONE, NONE, 2));
        let a2 = w.ins(Insn::new(LOp::LdSlot, NONE, NONE, 2));
        assert_eq!(a, a2, "slot loads are CSE'd");
        let i = w.op1(LOp::UnboxI, a);
        let one = w.kint(1);
        let two = w.kint(2);
        let three = w.op2(LOp::AddI, one, two);
        assert_eq!(w.lir.kint(three), Some(3));
        let x = w.op2(LOp::AddI, i, three);
        let y = w.op2(LOp::AddI, three, i);
        assert_eq!(x, y, "same computation CSE'd");
        let zero = w.kint(0);
        assert_eq!(w.op2(LOp::AddI, i, zero), i);
        let boxed = w.op1(LOp::BoxI, i);
        assert_eq!(w.op1(LOp::UnboxI, boxed), i);
        let t = w.op1(LOp::IsInt, boxed);
        assert_eq!(w.lir.kint(t), Some(1));
        assert_eq!(w.guard(t, true, 0), NONE, "always-true guard vanishes");
        let c = w.op2(LOp::LtI, i, three);
        let g1 = w.guard(c, true, 0);
        let g2 = w.guard(c, true, 5);
        assert_eq!(g1, g2, "repeated guards are dropped");
        let nc = w.op1(LOp::NotB, c);
        assert_eq!(w.lir.get(nc).op, LOp::GeI, "not(lt) is ge");
        let text = to_text(&w.lir);
        assert!(text.contains("lti"), "{text}");
    }

    #[test]
    fn stores_end_load_cse() {
        let mut w = Writer::new(Filters::default());
        let p = w.kptr(0x1000);
        let l1 = w.load(LOp::Ld64, Ty::Val, p, 8);
        assert_eq!(w.load(LOp::Ld64, Ty::Val, p, 8), l1);
        let v = w.kval(7);
        w.store(LOp::St64, p, v, 16);
        assert_ne!(w.load(LOp::Ld64, Ty::Val, p, 8), l1);
        let s = w.ins(Insn::new(LOp::StSlot, v, NONE, 4));
        let _ = s;
        assert_eq!(w.ins(Insn::new(LOp::LdSlot, NONE, NONE, 4)), v, "slot store forwards to loads");
    }
}
