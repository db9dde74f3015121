//! Calls: helpers, inlined script calls, natives the recorder knows, and nested
//! trees called from the trace.

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

    #[allow(clippy::too_many_arguments)]
    pub(super) fn record_call(&mut self, vm: &Vm, op: Op, dst: u16, wbase: u16, argc: u16, _code: Gc<Code>, pc: u32) -> Result<(), Abort> {
        let fb = self.frame_base(vm);
        let wslot = fb + wbase as u32;
        if op == Op::CallUndef {
            // The interpreter writes `this` first, whatever the callee.
            let u = self.w.kval(Value::UNDEFINED.0);
            self.set(wslot + 1, Tv { r: u, k: Kind::Undefined });
        }
        let callee = self.get(vm, wslot)?;
        if callee.k != Kind::Object {
            return abort("calling a non-object");
        }
        let fv = self.stack_value(vm, wslot);
        let fo = fv.as_object().expect("object");
        match fo.data() {
            ObjectData::Function(FunctionKind::Closure { code, .. }) if op != Op::New => {
                // Inlining specializes on the code, not the function object: every
                // closure of this code takes the trace (callbacks made per call).
                // The environment is loaded from the callee where needed.
                let (code_off, _) = crate::object::closure_field_offsets();
                let p = self.w.op1(LOp::UnboxP, callee.r);
                let cls = self.w.load(LOp::Ld32, Ty::I32, p, 4);
                let want = self.w.kint(ObjectClass::Function as i32);
                let is_fn = self.w.op2(LOp::EqI, cls, want);
                self.guard_now(vm, is_fn, true, pc);
                let c = self.w.load(LOp::Ld64, Ty::Ptr, p, code_off as i32);
                self.guard_eq_ptr(vm, c, code.addr() as u64, pc);
            }
            _ => {
                // Natives, bound functions and constructors: this very function.
                let kf = self.w.kval(fv.0);
                let same = self.w.op2(LOp::EqP, callee.r, kf);
                self.guard_now(vm, same, true, pc);
                self.keep(fv);
            }
        }
        if op == Op::New && !matches!(fo.data(), ObjectData::Function(FunctionKind::Closure { .. })) {
            return abort("new of a native or bound function");
        }
        match fo.data() {
            ObjectData::Function(FunctionKind::Native { f, magic }) => {
                self.record_native(vm, *f, *magic, dst, wslot, argc, fb, pc)?;
                // The interpreter clears the call window (but the result) after a
                // native call.
                self.clear_window(wslot..wslot + 2 + argc as u32, fb + dst as u32);
                Ok(())
            }
            ObjectData::Function(FunctionKind::Closure { code, env }) => {
                let (code, env) = (*code, *env);
                if op == Op::New {
                    self.record_construct_this(vm, fo, wslot, pc)?;
                }
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
                let nparams = code.info.param_count as u32;
                if self.base + (wslot + nregs.max(2 + argc as u32)) as usize + 16 > self.stack_len {
                    return abort("inlined frame beyond the stack");
                }
                // `this`: undefined for CallUndef; sloppy callees using it see the global.
                if op == Op::CallUndef {
                    let u = self.w.kval(Value::UNDEFINED.0);
                    self.set(wslot + 1, Tv { r: u, k: Kind::Undefined });
                }
                if f & (CODE_STRICT | CODE_USES_THIS) == CODE_USES_THIS {
                    let this = self.get(vm, wslot + 1)?;
                    match this.k {
                        Kind::Undefined | Kind::Null => {
                            let g = Value::object(vm.realm.global);
                            self.keep(g);
                            let r = self.w.kval(g.0);
                            self.set(wslot + 1, Tv { r, k: Kind::Object });
                        }
                        Kind::Object => {}
                        _ => return abort("primitive this for a sloppy callee"),
                    }
                }
                // Parameters beyond the arguments, and all locals, start undefined.
                let u = self.w.kval(Value::UNDEFINED.0);
                for r in 2 + argc as u32..nregs {
                    self.set(wslot + r, Tv { r: u, k: Kind::Undefined });
                }
                if argc as u32 > nparams {
                    for r in 2 + nparams..2 + argc as u32 {
                        if r < nregs {
                            self.set(wslot + r, Tv { r: u, k: Kind::Undefined });
                        }
                    }
                }
                // Make sure the arguments are traced values (they become the callee's).
                for r in 0..2 + argc as u32 {
                    let v = self.get(vm, wslot + r)?;
                    // Mark as written so exits inside the callee restore them (an
                    // int32 in memory traced as a double is stored as one).
                    if let Some(s) = self.slots.get_mut(&(wslot + r)) {
                        if s.mem == Some(v.k) {
                            s.dirty = true;
                            s.mem = None;
                        } else {
                            self.set(wslot + r, v);
                        }
                    }
                }
                self.max_slot = self.max_slot.max(wslot + nregs.max(2 + argc as u32));
                let _ = env;
                self.keep(Value::cell(code.header()));
                let flags = if op == Op::New { crate::interp::FRAME_CONSTRUCT } else { 0 };
                self.frames.push(VFrame { code, base: wslot, argc: argc as u32, call_pc: pc, ret_slot: fb + dst as u32, flags });
                self.max_inline = self.max_inline.max(self.frames.len() as u32);
                Ok(())
            }
            _ => abort("bound function"),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn record_native(&mut self, vm: &Vm, f: crate::interp::NativeFn, magic: u32, dst: u16, wslot: u32, argc: u16, fb: u32, pc: u32) -> Result<(), Abort> {
        let dst = fb + dst as u32;
        let arg = |i: u32| wslot + 2 + i;
        let math_unary = crate::builtins::math::unary_fn();
        if f as usize == math_unary as usize && argc >= 1 {
            let a = self.get(vm, arg(0))?;
            if !a.k.is_number() {
                return abort("Math function of a non-number");
            }
            // floor/ceil/round/trunc/abs of an int32 is the int32 itself (or its abs).
            if a.k == Kind::Int && matches!(magic, 4 | 7 | 9 | 13) {
                self.set(dst, a);
                return Ok(());
            }
            let x = self.to_double(a)?;
            let r = match magic {
                0 => self.w.op1(LOp::AbsD, x),
                4 => self.w.op1(LOp::CeilD, x),
                7 => self.w.op1(LOp::FloorD, x),
                11 => self.w.op1(LOp::SqrtD, x),
                1 => self.helper(Helper::Acos, &[x]),
                2 => self.helper(Helper::Asin, &[x]),
                3 => self.helper(Helper::Atan, &[x]),
                5 => self.helper(Helper::Cos, &[x]),
                6 => self.helper(Helper::Exp, &[x]),
                8 => self.helper(Helper::Log, &[x]),
                9 => self.helper(Helper::Round, &[x]),
                10 => self.helper(Helper::Sin, &[x]),
                12 => self.helper(Helper::Tan, &[x]),
                _ => return abort("Math function"),
            };
            // floor/ceil/round/abs on a double: the interpreter makes an int32 when it can.
            if matches!(magic, 0 | 4 | 7 | 9) {
                self.pending = Some(Pending::Number { slot: dst, dbl: r, pc: pc + insn::Call::SIZE as u32 });
            } else {
                self.set(dst, Tv { r, k: Kind::Double });
            }
            return Ok(());
        }
        if f as usize == crate::builtins::math::pow_fn() as usize && argc >= 2 {
            let (a, b) = (self.get(vm, arg(0))?, self.get(vm, arg(1))?);
            let (x, y) = (self.to_double(a)?, self.to_double(b)?);
            let r = self.helper(Helper::Pow, &[x, y]);
            if a.k == Kind::Int && b.k == Kind::Int {
                // The interpreter gives an int32 for exact integer powers.
                self.pending = Some(Pending::Number { slot: dst, dbl: r, pc: pc + insn::Call::SIZE as u32 });
            } else {
                self.set(dst, Tv { r, k: Kind::Double });
            }
            return Ok(());
        }
        if f as usize == crate::builtins::math::atan2_fn() as usize && argc >= 2 {
            let (a, b) = (self.get(vm, arg(0))?, self.get(vm, arg(1))?);
            let (x, y) = (self.to_double(a)?, self.to_double(b)?);
            let r = self.helper(Helper::Atan2, &[x, y]);
            self.set(dst, Tv { r, k: Kind::Double });
            return Ok(());
        }
        if f as usize == crate::builtins::string::char_code_at_fn() as usize {
            let this = self.get(vm, wslot + 1)?;
            if this.k != Kind::String {
                return abort("charCodeAt on a non-string");
            }
            let idx = if argc >= 1 { self.get(vm, arg(0))? } else { Tv { r: self.w.kint(0), k: Kind::Int } };
            let idx = if argc >= 1 { self.int_key(vm, idx, arg(0), pc)? } else { idx };
            if idx.k != Kind::Int {
                return abort("charCodeAt index not int32");
            }
            let s = self.stack_value(vm, wslot + 1).as_string().expect("string");
            let now = if argc >= 1 { self.stack_value(vm, arg(0)).as_number().map_or(-1, |d| d as i32) } else { 0 };
            if now < 0 || now as usize >= s.len() {
                // NaN, not an int: the trace could not give it.
                return abort("charCodeAt out of range");
            }
            if !s.is_flat() {
                // A rope: the helper flattens it (once; later calls see it flat).
                let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
                let r = self.helper(Helper::CharCodeAt, &[st, this.r, idx.r]);
                self.guard_int_result(vm, r, LOp::GeI, pc);
                self.set(dst, Tv { r, k: Kind::Int });
                return Ok(());
            }
            let two = s.flags() & crate::string::FLAG_TWO_BYTE != 0;
            let p = self.w.op1(LOp::UnboxP, this.r);
            let flags = self.w.load(LOp::Ld8, Ty::I32, p, 2);
            let mask = self.w.kint((crate::string::FLAG_ROPE | crate::string::FLAG_INDIRECT | crate::string::FLAG_TWO_BYTE) as i32);
            let fl = self.w.op2(LOp::AndI, flags, mask);
            let want = self.w.kint(if two { crate::string::FLAG_TWO_BYTE as i32 } else { 0 });
            let ok = self.w.op2(LOp::EqI, fl, want);
            self.guard_now(vm, ok, true, pc);
            let len = self.w.load(LOp::Ld32, Ty::I32, p, 4);
            let inb = self.w.op2(LOp::LtU, idx.r, len);
            self.guard_now(vm, inb, true, pc);
            let op = if two { LOp::Ld16I } else { LOp::Ld8I };
            let r = self.w.ins(Insn { op, ty: Ty::I32, a: p, b: idx.r, imm: crate::string::CHARS_OFFSET as i64 });
            self.set(dst, Tv { r, k: Kind::Int });
            return Ok(());
        }
        if f as usize == crate::builtins::string::char_at_fn() as usize && argc >= 1 {
            let this = self.get(vm, wslot + 1)?;
            let idx = self.get(vm, arg(0))?;
            let idx = self.int_key(vm, idx, arg(0), pc)?;
            if this.k != Kind::String || idx.k != Kind::Int {
                return abort("charAt of a non-string or a non-int index");
            }
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            let r = self.helper(Helper::CharAt, &[st, this.r, idx.r]);
            self.guard_nonzero(vm, r, pc);
            self.set(dst, Tv { r, k: Kind::String });
            return Ok(());
        }
        if f as usize == crate::builtins::string::from_char_code_fn() as usize && argc == 1 {
            let c = self.get(vm, arg(0))?;
            if c.k != Kind::Int {
                return abort("fromCharCode of a non-int");
            }
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            let r = self.helper(Helper::FromCharCode, &[st, c.r]);
            self.guard_nonzero(vm, r, pc);
            self.set(dst, Tv { r, k: Kind::String });
            return Ok(());
        }
        if f as usize == crate::builtins::array::push_fn() as usize && argc == 1 {
            let this = self.get(vm, wslot + 1)?;
            let v = self.get(vm, arg(0))?;
            let Some(o) = self.stack_value(vm, wslot + 1).as_object() else { return abort("push on a non-object") };
            if o.class() != ObjectClass::Array || o.length() >= i32::MAX as u32 {
                return abort("push on a non-array");
            }
            let p = self.w.op1(LOp::UnboxP, this.r);
            let cls = self.w.load(LOp::Ld32, Ty::I32, p, 4);
            let want = self.w.kint(ObjectClass::Array as i32);
            let c = self.w.op2(LOp::EqI, cls, want);
            self.guard_now(vm, c, true, pc);
            let len = self.w.load(LOp::Ld32, Ty::I32, p, OFFSET_LENGTH as i32);
            let z = self.w.kint(0);
            let fits = self.w.op2(LOp::GeI, len, z);
            self.guard_now(vm, fits, true, pc);
            self.call_set_elem(vm, this, len, v, pc);
            let one = self.w.kint(1);
            let n = self.w.op2(LOp::AddI, len, one);
            self.set(dst, Tv { r: n, k: Kind::Int });
            return Ok(());
        }
        if f as usize == crate::builtins::array::push_fn() as usize && (2..=3).contains(&argc) {
            // Several values: one helper call appends all of them or none, so an
            // exit never follows a partial push.
            let this = self.get(vm, wslot + 1)?;
            let Some(o) = self.stack_value(vm, wslot + 1).as_object() else { return abort("push on a non-object") };
            if o.class() != ObjectClass::Array {
                return abort("push on a non-array");
            }
            let u = self.w.kval(Value::UNDEFINED.0);
            let mut a = [u, u, u];
            for (k, slot_a) in a.iter_mut().enumerate().take(argc as usize) {
                let v = self.get(vm, arg(k as u32))?;
                *slot_a = self.boxed(v);
            }
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            let n = self.w.kint(argc as i32);
            let r = self.helper(Helper::PushN, &[st, this.r, n, a[0], a[1], a[2]]);
            self.guard_int_result(vm, r, LOp::GeI, pc);
            self.set(dst, Tv { r, k: Kind::Int });
            return Ok(());
        }
        if f as usize == crate::builtins::array::pop_fn() as usize {
            let this = self.get(vm, wslot + 1)?;
            let Some(o) = self.stack_value(vm, wslot + 1).as_object() else { return abort("pop on a non-object") };
            if o.class() != ObjectClass::Array {
                return abort("pop on a non-array");
            }
            // The helper pops from dense storage and refuses anything else (holes,
            // sparse or read-only arrays); the interpreter then makes the call.
            let r = self.helper(Helper::ArrayPop, &[this.r]);
            self.guard_nonzero(vm, r, pc);
            self.pending = Some(Pending::Load { slot: dst, boxed: r, pc: pc + insn::Call::SIZE as u32 });
            return Ok(());
        }
        if vm.jit.pure_natives.contains(&(f as usize)) && argc <= 2 {
            // Any other side-effect-free builtin: called as is, its result typed
            // after the call.
            let this = self.get(vm, wslot + 1)?;
            // (Methods of objects may keep state: a regexp's lastIndex, the
            // random generator; a checking replay could not repeat them.)
            self.replay_ok &= this.k != Kind::Object;
            let callee = self.get(vm, wslot)?;
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            let u = self.w.kval(Value::UNDEFINED.0);
            let mut a = [u, u];
            for (k, slot_a) in a.iter_mut().enumerate().take(argc as usize) {
                let v = self.get(vm, arg(k as u32))?;
                *slot_a = self.boxed(v);
            }
            let this_b = self.boxed(this);
            let n = self.w.kint(argc as i32);
            let r = self.helper(Helper::CallNative, &[st, callee.r, this_b, n, a[0], a[1]]);
            self.guard_nonzero(vm, r, pc);
            self.pending = Some(Pending::Load { slot: dst, boxed: r, pc: pc + insn::Call::SIZE as u32 });
            return Ok(());
        }
        abort("unsupported native function")
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
}
