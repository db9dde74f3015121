//! Control flow: guards on branches, loop exits, and closing the loop.

use super::*;

impl Recorder {
    /// Guards that `cond` keeps the value it has now; exits to `pc` otherwise.
    pub(super) fn guard_now(&mut self, vm: &Vm, cond: Ref, now: bool, pc: u32) {
        if self.w.lir.kint(cond).is_some() {
            return;
        }
        let e = self.snapshot_exit(vm, pc, ExitKind::Side);
        self.w.guard(cond, now, e);
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn fused_branch(&mut self, vm: &Vm, op: Op, a: Tv, b: Tv, av: Value, bv: Value, pc: u32) -> Result<(), Abort> {
        let strings = a.k == Kind::String && b.k == Kind::String;
        if !strings && (!a.k.is_number() || !b.k.is_number()) {
            return abort("comparison of non-numbers");
        }
        let (cmp, want) = match op {
            Op::JumpIfLt => (Op::Lt, true),
            Op::JumpIfLe => (Op::Le, true),
            Op::JumpIfGt => (Op::Gt, true),
            Op::JumpIfGe => (Op::Ge, true),
            Op::JumpIfNotLt => (Op::Lt, false),
            Op::JumpIfNotLe => (Op::Le, false),
            Op::JumpIfNotGt => (Op::Gt, false),
            _ => (Op::Ge, false),
        };
        let c = self.compare(vm, cmp, a, b, pc)?;
        let res = if strings {
            // Decide the recorded direction from the strings themselves.
            let (Some(x), Some(y)) = (av.as_string(), bv.as_string()) else { return abort("string vanished") };
            let (Some(fx), Some(fy)) = (crate::string::JsString::flat_ref(x), crate::string::JsString::flat_ref(y)) else { return abort("comparison of ropes") };
            let o = fx.chars().cmp_units(&fy.chars());
            match cmp {
                Op::Lt => o.is_lt(),
                Op::Le => o.is_le(),
                Op::Gt => o.is_gt(),
                _ => o.is_ge(),
            }
        } else {
            let (x, y) = (av.as_number_unchecked(), bv.as_number_unchecked());
            match cmp {
                Op::Lt => x < y,
                Op::Le => x <= y,
                Op::Gt => x > y,
                _ => x >= y,
            }
        };
        let frame_code = vm.frames.last().map(|f| f.code).ok_or_else(|| Abort(String::from("no frame")))?;
        let kind = self.branch_exit_kind(frame_code, pc, res == want);
        self.guard_branch(vm, c, res, pc, kind);
        Ok(())
    }

    /// A branch guard's exit kind: leaving the anchor loop through its back edge's
    /// condition is a loop exit (the nested-tree protocol relies on it).
    pub(super) fn branch_exit_kind(&self, code: Gc<Code>, pc: u32, jumps_now: bool) -> ExitKind {
        let back_edge = self.frames.is_empty()
            && code.addr() == self.anchor_code
            && crate::bytecode::verify::jump_target(&code.info.bytecode, pc as usize) == Some(self.anchor_pc as usize);
        if back_edge && jumps_now {
            ExitKind::LoopExit
        } else {
            ExitKind::Side
        }
    }

    pub(super) fn guard_branch(&mut self, vm: &Vm, cond: Ref, now: bool, pc: u32, kind: ExitKind) {
        if self.w.lir.kint(cond).is_some() {
            return;
        }
        let e = self.snapshot_exit(vm, pc, kind);
        self.w.guard(cond, now, e);
    }

    /// Ends a branch trace that left the loop with an exit to the interpreter.
    pub(super) fn end_with_loop_exit(&mut self, vm: &Vm, pc: u32) -> Result<StepResult, Abort> {
        let e = self.snapshot_exit(vm, pc, ExitKind::LoopExit);
        self.w.raw(Insn::new(LOp::Exit, NONE, NONE, e as i64));
        Ok(StepResult::Done)
    }

    /// Closes the loop at the anchor (or ends the trace if types differ).
    pub(super) fn close_loop(&mut self, vm: &Vm, pc: u32) -> Result<(), Abort> {
        // Checking mode: count the loop edge first: every exit from here on (type
        // checks, an unstable end, interrupts) is at the loop header, one
        // iteration on. A branch that starts at the header (from such an exit)
        // adds no edge of its own.
        if self.check && self.steps > 1 {
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            self.helper(Helper::CheckTick, &[st]);
        }
        // Types on the loop edge must match what the loop top assumes.
        let required: Vec<(u32, SlotType)> = match self.kind {
            RecordKind::Trunk => self.entry_types.clone(),
            RecordKind::Branch { .. } => self.tree_types.clone(),
        };
        let mut stable = true;
        for (slot, t) in &required {
            // Untracked slots of a branch load with the types known on its entry.
            let cur = self.get(vm, *slot)?;
            match (*t, cur.k) {
                (SlotType::Double, Kind::Int) => {
                    let d = self.w.op1(LOp::I2D, cur.r);
                    self.set(*slot, Tv { r: d, k: Kind::Double });
                }
                (t, k) if t == k => self.store_if_mem_differs(*slot, cur),
                _ => {
                    stable = false;
                    if cur.k == Kind::Double && *t == SlotType::Int {
                        self.unstable_slots.push(*slot);
                    }
                }
            }
        }
        let state = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
        if !stable {
            let e = self.snapshot_exit(vm, pc, ExitKind::Unstable);
            self.w.raw(Insn::new(LOp::Exit, NONE, NONE, e as i64));
            return Ok(());
        }
        // Interrupt and pending-collection checks on the loop edge.
        let flag_ptr = self.w.load(LOp::LdP, Ty::Ptr, state, STATE_INTERRUPT);
        let flag = self.w.load(LOp::LdFlag, Ty::I32, flag_ptr, 0);
        let z = self.w.kint(0);
        let quiet = self.w.op2(LOp::EqI, flag, z);
        let e = self.snapshot_exit(vm, pc, ExitKind::Interrupt);
        self.w.guard(quiet, true, e);
        let gc = self.w.load(LOp::LdFlag, Ty::I32, state, STATE_GC);
        let no_gc = self.w.op2(LOp::EqI, gc, z);
        let e2 = self.snapshot_exit(vm, pc, ExitKind::Interrupt);
        self.w.guard(no_gc, true, e2);
        self.w.raw(Insn::new(LOp::Loop, NONE, NONE, 0));
        Ok(())
    }

    /// A conditional jump on truthiness: a guard on the way taken.
    pub(super) fn rec_jump_if(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at, code, op) = (here.pc, here.bc(), here.at(), here.code, here.op);
        let slot = here.slots();
        let i = insn::JumpIfTrue::decode(bc, at);
        let a = self.get(vm, slot(i.cond))?;
        let t = self.truthy(a)?;
        let now = self.stack_value(vm, slot(i.cond)).truthy();
        let jumps = now == (op == Op::JumpIfTrue);
        let kind = self.branch_exit_kind(code, pc, jumps);
        self.guard_branch(vm, t, now, pc, kind);
        Ok(StepResult::Continue)
    }

    /// `??`: the operand is typed, so the way taken is known.
    pub(super) fn rec_jump_if_nullish(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (bc, at) = (here.bc(), here.at());
        let slot = here.slots();
        let i = insn::JumpIfNullish::decode(bc, at);
        self.get(vm, slot(i.a))?;
        Ok(StepResult::Continue)
    }

    /// A fused compare-and-jump of two registers.
    pub(super) fn rec_fused_jump(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at, op) = (here.pc, here.bc(), here.at(), here.op);
        let slot = here.slots();
        let i = insn::JumpIfLt::decode(bc, at);
        let a = self.get(vm, slot(i.a))?;
        let b = self.get(vm, slot(i.b))?;
        self.fused_branch(vm, op, a, b, self.stack_value(vm, slot(i.a)), self.stack_value(vm, slot(i.b)), pc)?;
        Ok(StepResult::Continue)
    }

    /// A fused compare-and-jump of a register and an immediate.
    pub(super) fn rec_fused_jump_imm(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at, op) = (here.pc, here.bc(), here.at(), here.op);
        let slot = here.slots();
        let i = insn::JumpIfLtI::decode(bc, at);
        let a = self.get(vm, slot(i.a))?;
        let b = Tv { r: self.w.kint(i.imm), k: Kind::Int };
        let base_op = match op {
            Op::JumpIfLtI => Op::JumpIfLt,
            Op::JumpIfLeI => Op::JumpIfLe,
            Op::JumpIfGtI => Op::JumpIfGt,
            Op::JumpIfGeI => Op::JumpIfGe,
            Op::JumpIfNotLtI => Op::JumpIfNotLt,
            Op::JumpIfNotLeI => Op::JumpIfNotLe,
            Op::JumpIfNotGtI => Op::JumpIfNotGt,
            _ => Op::JumpIfNotGe,
        };
        self.fused_branch(vm, base_op, a, b, self.stack_value(vm, slot(i.a)), Value::int(i.imm), pc)?;
        Ok(StepResult::Continue)
    }

    /// A loop header: the anchor closes the trace; any other calls or records an inner tree.
    pub(super) fn rec_loop_header(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, code) = (here.pc, here.code);
        let is_anchor = code.addr() == self.anchor_code && pc == self.anchor_pc && self.frames.is_empty();
        if is_anchor {
            if self.steps == 1 && self.kind == RecordKind::Trunk {
                return Ok(StepResult::Continue);
            }
            self.close_loop(vm, pc)?;
            return Ok(StepResult::Done);
        }
        self.record_nested(vm, code, pc)?;
        Ok(StepResult::Continue)
    }
}
