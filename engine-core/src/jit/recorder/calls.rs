//! Calls: helpers, inlined script calls, natives the recorder knows, and nested
//! trees called from the trace.

use super::natives::CallSite;
use crate::jit::natives::NativeTrace;
use super::*;

impl Recorder {
    /// A call of `h` with `args`, typed and marked pure by the helper table.
    pub(super) fn helper(&mut self, h: Helper, args: &[Ref]) -> Ref {
        self.w.call(h as u32, h.ret(), args, h.is_pure())
    }

    /// Stores boxed `v` at `ptr + off` (an object, environment or element slot);
    /// in checking mode, logs the old value first so a replay can undo it.
    pub(super) fn store64(&mut self, ptr: Ref, v: Ref, off: i32) {
        if self.check {
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            let o = self.w.kint(off);
            self.helper(Helper::CheckLog, &[st, ptr, o]);
        }
        self.w.store(LOp::St64, ptr, v, off);
    }

    /// Checking mode: can a run of this fragment be undone and replayed by the
    /// interpreter? Not when a helper wrote the heap (the undo log only covers the
    /// trace's own stores) or a native with state of its own was called.
    pub fn replayable(&self) -> bool {
        // (A nested tree's own stores are logged; one that cannot be replayed
        // says so when it is called.)
        let unlogged = |i: &Insn| i.op == LOp::Call && i.imm != Helper::CallTree as i64 && crate::jit::runtime::helper_writes_heap(i.imm as u32);
        self.replay_ok && !self.w.lir.insns.iter().any(unlogged)
    }

    /// A call or `new` at `c`: a guard on the callee, then the native's hook or
    /// the callee inlined as a new virtual frame.
    fn record_call(&mut self, vm: &Vm, c: &CallSite) -> Result<(), Abort> {
        if c.op == Op::CallUndef {
            // The interpreter writes `this` first, whatever the callee.
            let u = self.w.kval(Value::UNDEFINED.0);
            self.set(c.this(), Tv { r: u, k: Kind::Undefined });
        }
        let callee = self.get(vm, c.wslot)?;
        if callee.k != Kind::Object {
            return abort("calling a non-object");
        }
        let fv = self.stack_value(vm, c.wslot);
        let fo = fv.as_object().expect("object");
        if let Some(shifted) = self.shift_function_call(vm, callee, fv, c)? {
            return self.record_call_shifted(vm, &shifted);
        }
        self.guard_callee(vm, callee, fv, c)?;
        match fo.data() {
            ObjectData::Function(FunctionKind::Native { trace: NativeTrace::Constructor, .. }) if c.op == Op::New => {
                self.construct_native(vm, callee, c)?;
                self.clear_window(c.wslot..c.arg(c.argc), c.dst);
                Ok(())
            }
            ObjectData::Function(FunctionKind::Native { trace, .. }) => {
                self.record_native(vm, *trace, c)?;
                // The interpreter clears the call window (but the result) after a
                // native call.
                self.clear_window(c.wslot..c.arg(c.argc), c.dst);
                Ok(())
            }
            ObjectData::Function(FunctionKind::Closure { code, .. }) => {
                let code = *code;
                if c.op == Op::New {
                    self.record_construct_this(vm, fo, c.wslot, c.pc)?;
                }
                self.inline_call(vm, code, c)
            }
            _ => abort("bound function"),
        }
    }

    /// `new C(a0, a1, a2)` of a native constructor (`NativeTrace::Constructor`),
    /// through the `ConstructNative` helper.
    fn construct_native(&mut self, vm: &Vm, callee: Tv, c: &CallSite) -> Result<(), Abort> {
        if c.argc > 3 {
            return abort("new of a native with more than three arguments");
        }
        // `new Date()` reads the clock: a checking replay could not repeat it.
        self.replay_ok = false;
        let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
        let u = self.w.kval(Value::UNDEFINED.0);
        let mut a = [u, u, u];
        for (k, slot_a) in a.iter_mut().enumerate().take(c.argc as usize) {
            let v = self.get(vm, c.arg(k as u32))?;
            *slot_a = self.boxed(v);
        }
        let n = self.w.kint(c.argc as i32);
        let r = self.helper(Helper::ConstructNative, &[st, callee.r, n, a[0], a[1], a[2]]);
        self.guard_nonzero(vm, r, c.pc);
        self.set(c.dst, Tv { r, k: Kind::Object });
        Ok(())
    }

    /// `f.call(this, args...)` of a script function `f`: guards that the callee is
    /// `Function.prototype.call`, shifts the traced window as the interpreter
    /// does (`Vm::shift_call_window`) and returns the plain call of `f` it
    /// becomes; `None` for any other callee.
    fn shift_function_call(&mut self, vm: &Vm, callee: Tv, fv: Value, c: &CallSite) -> Result<Option<CallSite>, Abort> {
        let is_call = fv.as_object().is_some_and(|o| matches!(o.data(), ObjectData::Function(FunctionKind::Native { trace: NativeTrace::FunctionCall, .. })));
        let target = self.stack_value(vm, c.this());
        let closure = target.as_object().is_some_and(|o| matches!(o.data(), ObjectData::Function(FunctionKind::Closure { .. })));
        if !is_call || !closure || c.op == Op::New {
            return Ok(None);
        }
        let kf = self.w.kval(fv.0);
        let same = self.w.op2(LOp::EqP, callee.r, kf);
        self.guard_now(vm, same, true, c.pc);
        self.keep(fv);
        // Guard the target before the window is shifted: an exit from here on
        // would resume at the call with the interpreter's window as it is.
        let t = self.get(vm, c.this())?;
        if t.k != Kind::Object {
            return abort("Function.prototype.call of a non-object");
        }
        self.guard_callee(vm, t, target, c)?;
        let args = (0..c.argc).map(|k| self.get(vm, c.arg(k))).collect::<Result<Vec<_>, _>>()?;
        let undef = Tv { r: self.w.kval(Value::UNDEFINED.0), k: Kind::Undefined };
        self.set(c.wslot, t);
        self.set(c.this(), args.first().copied().unwrap_or(undef));
        for k in 1..c.argc {
            self.set(c.arg(k - 1), args[k as usize]);
        }
        if c.argc > 0 {
            self.set(c.arg(c.argc - 1), undef);
        }
        Ok(Some(CallSite { op: Op::Call, argc: c.argc.saturating_sub(1), ..*c }))
    }

    /// The plain call a shifted `f.call(...)` became: `f` (a script function,
    /// guarded already; the window's callee in the trace but still `this` in the
    /// interpreter's registers until it runs the instruction) inlined.
    fn record_call_shifted(&mut self, vm: &Vm, c: &CallSite) -> Result<(), Abort> {
        let fv = self.stack_value(vm, c.this());
        let Some(fo) = fv.as_object() else { return abort("Function.prototype.call of a non-object") };
        let ObjectData::Function(FunctionKind::Closure { code, .. }) = fo.data() else {
            return abort("Function.prototype.call of a native or bound function");
        };
        let code = *code;
        self.inline_call(vm, code, c)
    }

    /// The guard that the callee at `c` is what it is now: for a closure its
    /// code (every closure of that code takes the trace: callbacks made per
    /// call), for anything else this very function object.
    fn guard_callee(&mut self, vm: &Vm, callee: Tv, fv: Value, c: &CallSite) -> Result<(), Abort> {
        let fo = fv.as_object().expect("object");
        match fo.data() {
            ObjectData::Function(FunctionKind::Closure { code, .. }) if c.op != Op::New => {
                // The environment is loaded from the callee where needed.
                let (code_off, _) = crate::object::closure_field_offsets();
                let p = self.w.op1(LOp::UnboxP, callee.r);
                let cls = self.w.load(LOp::Ld32, Ty::I32, p, 4);
                let want = self.w.kint(ObjectClass::Function as i32);
                let is_fn = self.w.op2(LOp::EqI, cls, want);
                self.guard_now(vm, is_fn, true, c.pc);
                let code_ptr = self.w.load(LOp::LdP, Ty::Ptr, p, code_off as i32);
                self.guard_eq_ptr(vm, code_ptr, code.addr() as u64, c.pc);
            }
            _ => {
                // Natives, bound functions and constructors: this very function.
                let kf = self.w.kval(fv.0);
                let same = self.w.op2(LOp::EqP, callee.r, kf);
                self.guard_now(vm, same, true, c.pc);
                self.keep(fv);
            }
        }
        let native_ctor = matches!(fo.data(), ObjectData::Function(FunctionKind::Native { trace: NativeTrace::Constructor, .. }));
        if c.op == Op::New && !native_ctor && !matches!(fo.data(), ObjectData::Function(FunctionKind::Closure { .. })) {
            return abort("new of a native or bound function");
        }
        Ok(())
    }

    /// Inlines a call of `code` at `c`: its window becomes a virtual frame
    /// whose registers are further slots.
    fn inline_call(&mut self, vm: &Vm, code: Gc<Code>, c: &CallSite) -> Result<(), Abort> {
        let f = code.info.flags;
        if f & (CODE_HAS_FUNCTION_ENV | CODE_NEEDS_ARGUMENTS) != 0 {
            return abort("callee needs an environment or arguments");
        }
        if self.frames.len() as u32 >= self.max_inline_depth {
            return abort("inlining too deep");
        }
        // Recursion unrolls into exponentially many inlined calls: allow a
        // little (short recursive helpers), then give up.
        if self.frames.iter().filter(|f| f.code == code).count() >= MAX_RECURSIVE_INLINE {
            return abort("recursion (not traced)");
        }
        let nregs = code.info.register_count as u32;
        let window = nregs.max(2 + c.argc);
        if self.base + (c.wslot + window) as usize + 16 > self.stack_len {
            return abort("inlined frame beyond the stack");
        }
        self.inline_this(vm, f, c)?;
        self.inline_window(vm, code, c)?;
        self.max_slot = self.max_slot.max(c.wslot + window);
        self.keep(Value::cell(code.header()));
        let flags = if c.op == Op::New { crate::interp::FRAME_CONSTRUCT } else { 0 };
        self.frames.push(VFrame { code, base: c.wslot, argc: c.argc, call_pc: c.pc, ret_slot: c.dst, flags });
        self.max_inline = self.max_inline.max(self.frames.len() as u32);
        Ok(())
    }

    /// An inlined callee's `this`: undefined for `CallUndef`; a sloppy callee
    /// (code flags `f`) that uses it sees the global object instead.
    fn inline_this(&mut self, vm: &Vm, f: u16, c: &CallSite) -> Result<(), Abort> {
        if c.op == Op::CallUndef {
            let u = self.w.kval(Value::UNDEFINED.0);
            self.set(c.this(), Tv { r: u, k: Kind::Undefined });
        }
        if f & (CODE_STRICT | CODE_USES_THIS) == CODE_USES_THIS {
            let this = self.get(vm, c.this())?;
            match this.k {
                Kind::Undefined | Kind::Null => {
                    let g = Value::object(vm.realm.global);
                    self.keep(g);
                    let r = self.w.kval(g.0);
                    self.set(c.this(), Tv { r, k: Kind::Object });
                }
                Kind::Object => {}
                _ => return abort("primitive this for a sloppy callee"),
            }
        }
        Ok(())
    }

    /// An inlined callee's registers: parameters beyond the arguments and all
    /// locals start undefined; the arguments become traced values written in
    /// the callee's frame, so exits inside it restore them.
    fn inline_window(&mut self, vm: &Vm, code: Gc<Code>, c: &CallSite) -> Result<(), Abort> {
        let nregs = code.info.register_count as u32;
        let nparams = code.info.param_count as u32;
        let u = self.w.kval(Value::UNDEFINED.0);
        for r in 2 + c.argc..nregs {
            self.set(c.wslot + r, Tv { r: u, k: Kind::Undefined });
        }
        if c.argc > nparams {
            for r in 2 + nparams..2 + c.argc {
                if r < nregs {
                    self.set(c.wslot + r, Tv { r: u, k: Kind::Undefined });
                }
            }
        }
        for r in 0..2 + c.argc {
            let v = self.get(vm, c.wslot + r)?;
            // (An int32 in memory traced as a double is stored as one.)
            if let Some(s) = self.slots.get_mut(&(c.wslot + r)) {
                if s.mem == Some(v.k) {
                    s.dirty = true;
                    s.mem = None;
                } else {
                    self.set(c.wslot + r, v);
                }
            }
        }
        Ok(())
    }

    /// A guard that a helper's int32 result `r` passes `op` against 0 (`NeI`:
    /// 0 means failure; `GeI`: negative means failure).
    pub(super) fn guard_int_result(&mut self, vm: &Vm, r: Ref, op: LOp, pc: u32) {
        let z = self.w.kint(0);
        let ok = self.w.op2(op, r, z);
        self.guard_now(vm, ok, true, pc);
    }

    /// A helper answering 1, 0, or -1 for "the interpreter must answer" (`in`,
    /// `instanceof`): the guard on its answer, and the answer as a `Bool`.
    pub(super) fn call_tristate(&mut self, vm: &Vm, helper: Helper, a: Ref, b: Ref, pc: u32) -> Ref {
        let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
        let r = self.helper(helper, &[st, a, b]);
        self.guard_int_result(vm, r, LOp::GeI, pc);
        let z = self.w.kint(0);
        self.w.ins(Insn { op: LOp::NeI, ty: Ty::Bool, a: r, b: z, imm: 0 })
    }

    /// A guard that a helper's boxed result is not 0 (its failure value).
    pub(super) fn guard_nonzero(&mut self, vm: &Vm, r: Ref, pc: u32) {
        let z = self.w.kval(0);
        let ok = self.w.op2(LOp::NeP, r, z);
        self.guard_now(vm, ok, true, pc);
    }

    /// An inner loop inside the recorded one: call its tree from the trace (a nested
    /// tree) and run it now, so the interpreter continues after the inner loop.
    pub(super) fn record_nested(&mut self, vm: &mut Vm, code: Gc<Code>, pc: u32) -> Result<(), Abort> {
        let fb = self.frame_base(vm);
        let base = self.base + fb as usize;
        let inner = vm.jit.find_anchor(code.addr(), pc);
        let mut chosen = None;
        let mut any_tree = false;
        if let Some(ia) = inner {
            for (ti, t) in vm.jit.anchors[ia as usize].trees.iter().enumerate() {
                if t.disabled {
                    continue;
                }
                any_tree = true;
                let fits = t.entry_types.iter().all(|(s, ty)| {
                    let v = vm.stack_get(base + *s as usize);
                    let traced = self.slots.get(&(fb + *s)).map(|st| st.v.k);
                    ty.accepts(v)
                        && match traced {
                            None => true,
                            Some(k) => k == *ty || (*ty == SlotType::Double && k == Kind::Int),
                        }
                });
                if fits {
                    chosen = Some((ia, ti));
                    break;
                }
            }
        }
        if let Some((ia, ti)) = chosen {
            // In background mode the tree may exist before its code does.
            let guard = vm.jit.local.pin();
            let slot = &vm.jit.anchors[ia as usize].trees[ti].slot;
            if slot.load(&guard).is_none() {
                if slot.failed() {
                    return abort("inner tree failed to compile");
                }
                self.retry_soon = true;
                self.waiting_for = Some((ia, ti as u32));
                return abort("inner tree still compiling");
            }
        }
        let Some((ia, ti)) = chosen else {
            let blacklisted = inner.is_some_and(|ia| vm.jit.anchors[ia as usize].blacklisted);
            let peers_full = inner.is_some_and(|ia| vm.jit.anchors[ia as usize].trees.len() as u32 >= vm.jit.config.max_peers);
            if blacklisted || peers_full {
                return abort("inner loop cannot be traced");
            }
            // Let the inner loop record first (at its next crossing, just ahead).
            if let Some(counter) = crate::jit::find_counter(code, pc) {
                if let Some(c) = code.loop_counters().get_mut(counter as usize) {
                    *c = vm.jit.config.hot_loop.saturating_sub(1);
                }
            }
            self.retry_soon = true;
            let _ = any_tree;
            return abort("inner tree not ready");
        };
        // The inner tree reads its entry slots from memory with its types.
        let types = vm.jit.anchors[ia as usize].trees[ti].entry_types.clone();
        for (s, ty) in &types {
            let slot = fb + *s;
            let tv = self.get(vm, slot)?;
            if *ty == SlotType::Double && tv.k == Kind::Int {
                let d = self.w.op1(LOp::I2D, tv.r);
                self.set(slot, Tv { r: d, k: Kind::Double });
            } else if tv.k != *ty {
                return abort("nested tree entry type mismatch");
            } else {
                self.store_if_mem_differs(slot, tv);
            }
        }
        let (inner_slots, inner_inline) = {
            let t = &vm.jit.anchors[ia as usize].trees[ti];
            (t.max_slot, t.max_inline)
        };
        if base + inner_slots as usize + 64 > self.stack_len {
            return abort("nested tree beyond the stack");
        }
        // Run it now, as the interpreter would have.
        let Some(exit) = vm.jit_run_nested(ia, ti) else { return abort("no room to run the nested tree") };
        let ok_exit = vm.jit.anchors[ia as usize].trees[ti].exit(exit).is_some_and(|e| e.exit.kind == ExitKind::LoopExit && e.exit.frames.is_empty());
        if !ok_exit {
            // Its branch for this path gets recorded next; then try again.
            self.retry_soon = true;
            return abort("nested tree left through a side exit");
        }
        let state = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
        let env = self.env_ref(vm, 0)?;
        let id = self.w.kint(crate::jit::runtime::pack_tree_id(ia, ti as u32));
        let off = self.w.kint(fb as i32);
        let want = self.w.kint(vm.jit.exit_canon(ia, ti as u32, exit) as i32);
        let r = self.helper(Helper::CallTree, &[state, id, off, env, want]);
        // Everything from the inner loop's frame up is now whatever the tree left.
        self.slots.retain(|s, _| *s < fb);
        self.guard_floor = self.guard_floor.min(fb);
        self.max_slot = self.max_slot.max(fb + inner_slots);
        self.max_inline = self.max_inline.max(self.frames.len() as u32 + inner_inline);
        let same = self.w.op2(LOp::EqI, r, want);
        let e = self.snapshot_exit(vm, pc, ExitKind::Nested);
        self.w.guard(same, true, e);
        vm.jit.stats.nested_calls += 1;
        Ok(())
    }

    /// A return from an inlined call (or, in a branch, from the loop's frame: the trace ends).
    pub(super) fn rec_return(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, op, bc, at) = (here.pc, here.op, here.bc(), here.at());
        let slot = here.slots();
        let Some(vf) = self.frames.last().cloned() else {
            return match self.kind {
                RecordKind::Trunk => abort("return from the loop's frame"),
                RecordKind::Branch { .. } => self.end_with_loop_exit(vm, pc),
            };
        };
        let v = if op == Op::Return {
            let i = insn::Return::decode(bc, at);
            self.get(vm, slot(i.src))?
        } else {
            Tv { r: self.w.kval(Value::UNDEFINED.0), k: Kind::Undefined }
        };
        let v = if vf.flags & crate::interp::FRAME_CONSTRUCT != 0 && v.k != Kind::Object {
            // A constructor returning a non-object yields `this`.
            self.get(vm, vf.base + 1)?
        } else {
            v
        };
        self.frames.pop();
        // The callee's registers are dead: forget them. What memory holds there
        // is unknown from now on (stores to them may be dead). The interpreter
        // clears those inside the caller's frame (for the collector's sake); the
        // trace does not spend stores on that: bytecode writes a register before
        // it reads it, and exits do not restore forgotten slots.
        let cb = vf.base;
        self.slots.retain(|s, _| *s < cb);
        self.guard_floor = self.guard_floor.min(cb);
        self.set(vf.ret_slot, v);
        Ok(StepResult::Continue)
    }

    /// A call or `new`.
    pub(super) fn rec_call(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let i = insn::Call::decode(here.bc(), here.at());
        let fb = self.frame_base(vm);
        let c = CallSite { op: here.op, dst: fb + i.dst as u32, wslot: fb + i.base as u32, argc: i.argc as u32, pc: here.pc };
        self.record_call(vm, &c)?;
        Ok(StepResult::Continue)
    }
}
