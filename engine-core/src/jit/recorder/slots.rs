//! Slots: what the trace knows of each register, reading and writing them, exit
//! snapshots and their type maps, and typing results once the interpreter made them.

use super::*;

impl Recorder {
    pub(super) fn stack_value(&self, vm: &Vm, slot: u32) -> Value {
        vm.stack_get(self.base + slot as usize)
    }

    /// The type tag a slot the trace does not track holds in memory when native
    /// code gets here, if the recording knows it: a trunk's entry types (checked
    /// and converted on entry), a branch's types at the exit it starts from.
    /// Slots written by a nested tree or left behind by an inlined return are
    /// unknown.
    pub(super) fn base_type(&self, slot: u32) -> Option<SlotType> {
        if slot >= self.guard_floor {
            return None;
        }
        match self.kind {
            RecordKind::Trunk => self.entry_types.iter().find(|(s, _)| *s == slot).map(|(_, t)| *t),
            RecordKind::Branch { .. } => self.known.get(&slot).copied(),
        }
    }

    /// The traced value of a slot, loading it if the trace has not seen it.
    pub(super) fn get(&mut self, vm: &Vm, slot: u32) -> Result<Tv, Abort> {
        if let Some(s) = self.slots.get(&slot) {
            return Ok(s.v);
        }
        let v = self.stack_value(vm, slot);
        let Some(vk) = Kind::of(v) else { return abort("slot holds an internal value") };
        let demoted = vk == Kind::Int && self.demote.contains(&slot);
        // A trunk's first read of a slot makes it an entry slot: its type is
        // checked on entry, where a double entry type converts an int32.
        let entry_slot = self.kind == RecordKind::Trunk && slot < self.guard_floor && self.base_type(slot).is_none();
        // The tag native code finds in memory, and whether the trace must check it.
        let (mem, needs_guard) = if entry_slot {
            (if demoted { Kind::Double } else { vk }, false)
        } else {
            match self.base_type(slot) {
                Some(t) if t == vk => (vk, false),
                _ => (vk, true),
            }
        };
        let tv = match mem {
            Kind::Undefined | Kind::Null => {
                if needs_guard {
                    let boxed = self.w.ins(Insn::new(LOp::LdSlot, NONE, NONE, slot as i64));
                    let e = self.snapshot_exit(vm, self.current_pc(vm), ExitKind::Side);
                    self.guard_kind(boxed, mem, e);
                }
                Tv { r: self.w.kval(v.0), k: mem }
            }
            _ => {
                let boxed = self.w.ins(Insn::new(LOp::LdSlot, NONE, NONE, slot as i64));
                if needs_guard {
                    let e = self.snapshot_exit(vm, self.current_pc(vm), ExitKind::Side);
                    self.guard_kind(boxed, mem, e);
                }
                self.unbox(boxed, mem)
            }
        };
        // The oracle keeps this slot a double: an int32 the trace finds in memory
        // (outside a trunk's entry, which converts) is widened here.
        let tv = if demoted && mem == Kind::Int { Tv { r: self.w.op1(LOp::I2D, tv.r), k: Kind::Double } } else { tv };
        if entry_slot {
            self.entry_types.push((slot, mem));
        }
        self.slots.insert(slot, SlotState { v: tv, dirty: false, mem: Some(mem) });
        Ok(tv)
    }

    pub(super) fn unbox(&mut self, boxed: Ref, k: Kind) -> Tv {
        let r = match k {
            Kind::Int => self.w.op1(LOp::UnboxI, boxed),
            Kind::Double => self.w.op1(LOp::UnboxD, boxed),
            Kind::Bool => {
                let i = self.w.op1(LOp::UnboxI, boxed);
                let z = self.w.kint(0);
                self.w.ins(Insn { op: LOp::NeI, ty: Ty::Bool, a: i, b: z, imm: 0 })
            }
            _ => boxed,
        };
        Tv { r, k }
    }

    pub(super) fn guard_kind(&mut self, boxed: Ref, k: Kind, exit: u32) {
        let test = match k {
            Kind::Int => self.w.op1(LOp::IsInt, boxed),
            Kind::Double => self.w.op1(LOp::IsDbl, boxed),
            Kind::Bool => self.w.ins(Insn::new(LOp::IsTag, boxed, NONE, crate::value::TAG_BOOL as i64)),
            Kind::Object => self.w.ins(Insn::new(LOp::IsTag, boxed, NONE, TAG_OBJECT as i64)),
            Kind::String => self.w.ins(Insn::new(LOp::IsTag, boxed, NONE, TAG_STRING as i64)),
            Kind::Undefined | Kind::Null => {
                let bits = if k == Kind::Undefined { Value::UNDEFINED.0 } else { Value::NULL.0 };
                let kv = self.w.kval(bits);
                self.w.op2(LOp::EqP, boxed, kv)
            }
        };
        self.w.guard(test, true, exit);
    }

    /// Writes a traced value into a slot.
    pub(super) fn set(&mut self, slot: u32, v: Tv) {
        // A traced number or boolean is held in a LIR value of the same type; exits and
        // phis box by the LIR type, so a mismatch would change the value's JS type.
        debug_assert!(
            !matches!(v.k, Kind::Int | Kind::Double | Kind::Bool) || self.w.lir.insns.get(v.r as usize).is_none_or(|i| i.ty == v.k.lir()),
            "traced {:?} held in {:?}",
            v.k,
            self.w.lir.insns.get(v.r as usize)
        );
        self.slots.insert(slot, SlotState { v, dirty: true, mem: None });
        self.max_slot = self.max_slot.max(slot);
        let boxed = self.boxed(v);
        self.w.ins(Insn::new(LOp::StSlot, boxed, NONE, slot as i64));
    }

    /// The boxed form of a traced value.
    pub(super) fn boxed(&mut self, v: Tv) -> Ref {
        match v.k {
            Kind::Int => self.w.op1(LOp::BoxI, v.r),
            Kind::Double => self.w.op1(LOp::BoxD, v.r),
            Kind::Bool => self.w.op1(LOp::BoxB, v.r),
            _ => v.r,
        }
    }

    pub(super) fn frame_base(&self, vm: &Vm) -> u32 {
        vm.frames.last().map_or(0, |f| f.base) - self.base as u32
    }

    pub(super) fn current_pc(&self, vm: &Vm) -> u32 {
        vm.frames.last().map_or(0, |f| f.pc)
    }

    /// Records an exit map for resuming at `pc` in the innermost frame.
    pub(super) fn snapshot_exit(&mut self, _vm: &Vm, pc: u32, kind: ExitKind) -> u32 {
        let mut slots: Vec<(u32, Ref)> = self.slots.iter().filter(|(_, s)| s.dirty).map(|(k, s)| (*k, s.v.r)).collect();
        slots.sort_unstable_by_key(|e| e.0);
        let frames = self
            .frames
            .iter()
            .map(|f| InlineFrame { code: f.code.addr() as u64, base: f.base, argc: f.argc, call_pc: f.call_pc, ret_slot: f.ret_slot, flags: f.flags })
            .collect();
        let types = self.exit_type_map();
        self.exit_types.push(types);
        self.exit_unknowns.push((self.guard_floor, self.untyped));
        self.w.lir.exits.push(Exit { pc, frames, slots, kind });
        (self.w.lir.exits.len() - 1) as u32
    }

    /// The type tag of every slot whose tag the recording knows at this point, as
    /// memory holds it once the exit has written its slots: what a branch from
    /// the exit starts with. Complete, so that a branch never falls back on the
    /// tree's entry types for a slot the path has changed; a slot whose tag is
    /// being checked (`untyped`) is left out.
    pub(super) fn exit_type_map(&self) -> crate::jit::ExitTypes {
        // What the trace tracks (`None`: a tag it does not know), by slot.
        let mut tracked: Vec<(u32, Option<SlotType>)> = self
            .slots
            .iter()
            .map(|(slot, st)| (*slot, if st.dirty { Some(st.v.k).filter(|_| Some(*slot) != self.untyped) } else { st.mem }))
            .collect();
        tracked.sort_unstable_by_key(|e| e.0);
        // A trunk tracks every entry slot it has read (those it stopped tracking
        // are above the guard floor); a branch also knows its exit's map.
        let base: &[(u32, SlotType)] = match self.kind {
            RecordKind::Trunk => &[],
            RecordKind::Branch { .. } => &self.known_sorted,
        };
        let mut out = Vec::with_capacity(base.len() + tracked.len());
        let (mut i, mut j) = (0, 0);
        while i < base.len() || j < tracked.len() {
            let take_tracked = j < tracked.len() && (i == base.len() || tracked[j].0 <= base[i].0);
            if take_tracked {
                if i < base.len() && base[i].0 == tracked[j].0 {
                    i += 1;
                }
                if let (s, Some(t)) = tracked[j] {
                    out.push((s, t));
                }
                j += 1;
            } else {
                if base[i].0 < self.guard_floor {
                    out.push(base[i]);
                }
                i += 1;
            }
        }
        out
    }

    /// Completes a finished trunk's exit type maps with the entry slots found
    /// after each exit: the trace had not touched them there, so they hold their
    /// entry types (checked on entry), unless a nested tree or an inlined return
    /// had made them unknown.
    pub fn complete_exit_types(&mut self) {
        if self.kind != RecordKind::Trunk {
            return;
        }
        for (types, (floor, untyped)) in self.exit_types.iter_mut().zip(&self.exit_unknowns) {
            // (Each map is sorted by slot.)
            let n = types.len();
            for (slot, t) in &self.entry_types {
                if *slot < *floor && Some(*slot) != *untyped && types[..n].binary_search_by_key(slot, |e| e.0).is_err() {
                    types.push((*slot, *t));
                }
            }
            if types.len() > n {
                types.sort_unstable_by_key(|e| e.0);
            }
        }
    }

    pub(super) fn keep(&mut self, v: Value) {
        if v.is_gc_pointer() && !self.keepalive.contains(&v) {
            self.keepalive.push(v);
        }
    }

    /// Makes memory hold `v`, the slot's traced value, with its traced type, for
    /// code that reads the slot from memory (a loop top, a nested tree): a clean
    /// slot may hold an int32 that the trace widened.
    pub(super) fn store_if_mem_differs(&mut self, slot: u32, v: Tv) {
        if self.slots.get(&slot).is_some_and(|s| !s.dirty && s.mem != Some(v.k)) {
            self.set(slot, v);
        }
    }

    /// Mirrors the interpreter clearing a native call's window (but the result
    /// in `keep`): the slots hold `undefined`, so exits restore exactly what the
    /// interpreter has, and no stale value is believed to be there.
    pub(super) fn clear_window(&mut self, range: core::ops::Range<u32>, keep: u32) {
        let u = self.w.kval(Value::UNDEFINED.0);
        for s in range.filter(|s| *s != keep) {
            self.set(s, Tv { r: u, k: Kind::Undefined });
        }
    }

    /// Types the result of the previous instruction, if pending.
    pub(super) fn resolve_pending(&mut self, vm: &Vm) -> Result<(), Abort> {
        let Some(p) = self.pending.take() else { return Ok(()) };
        match p {
            Pending::Load { slot, boxed, pc } => {
                let v = self.stack_value(vm, slot);
                let Some(k) = Kind::of(v) else { return abort("loaded an internal value") };
                // The slot already holds the loaded value (boxed) for the exit, whose
                // type is not known yet (the guard below decides it).
                self.slots.insert(slot, SlotState { v: Tv { r: boxed, k: Kind::Object }, dirty: true, mem: None });
                self.untyped = Some(slot);
                let tv = match k {
                    Kind::Object | Kind::String => {
                        let e = self.snapshot_exit(vm, pc, ExitKind::Side);
                        self.guard_kind(boxed, k, e);
                        Tv { r: boxed, k }
                    }
                    Kind::Undefined | Kind::Null => {
                        let e = self.snapshot_exit(vm, pc, ExitKind::Side);
                        self.guard_kind(boxed, k, e);
                        Tv { r: self.w.kval(v.0), k }
                    }
                    _ => {
                        let e = self.snapshot_exit(vm, pc, ExitKind::Side);
                        self.guard_kind(boxed, k, e);
                        self.unbox(boxed, k)
                    }
                };
                self.untyped = None;
                self.set(slot, tv);
            }
            Pending::Number { slot, dbl, pc } => {
                let v = self.stack_value(vm, slot);
                if v.is_int() {
                    // The interpreter produced an int32: mirror it exactly.
                    self.slots.insert(slot, SlotState { v: Tv { r: dbl, k: Kind::Double }, dirty: true, mem: None });
                    let e = self.snapshot_exit(vm, pc, ExitKind::Side);
                    let i = self.w.ins(Insn::new(LOp::D2IX, dbl, NONE, e as i64));
                    self.set(slot, Tv { r: i, k: Kind::Int });
                } else {
                    self.set(slot, Tv { r: dbl, k: Kind::Double });
                }
            }
            Pending::AddProp { obj_slot, obj, old, name, val, pc } => {
                let Some(o) = self.stack_value(vm, obj_slot).as_object() else { return abort("receiver vanished") };
                let ns = o.shape();
                match ns.transition() {
                    Some((parent, key, _)) if parent.addr() == old && key == name => {}
                    _ => return abort("property add without a plain transition"),
                }
                let Some((k, _)) = Shape::lookup(ns, name) else { return abort("added property not found") };
                self.keep(Value::cell(ns.header()));
                let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
                let nsr = self.w.kptr(ns.addr() as u64);
                let kr = self.w.kint(k as i32);
                let boxed = self.boxed(val);
                let done = self.helper(Helper::AddProp, &[st, obj, nsr, kr, boxed]);
                self.guard_int_result(vm, done, LOp::NeI, pc);
            }
            Pending::Int { slot } => {
                // The same value as an int32 will do: the interpreter's slow path
                // (a boolean operand) may make a double of an integral result.
                let v = self.stack_value(vm, slot);
                let exact = v.is_int() || v.as_number().is_some_and(|d| d == (d as i32) as f64 && !(d == 0.0 && d.is_sign_negative()));
                if !exact {
                    return abort("int32 arithmetic overflowed while recording");
                }
            }
            Pending::Uint { slot, bits, pc } => {
                let v = self.stack_value(vm, slot);
                if v.is_int() {
                    // If it does not fit, the exit must still leave the right number
                    // (the uint32 as a double) in the slot.
                    let d = self.w.op1(LOp::U2D, bits);
                    self.slots.insert(slot, SlotState { v: Tv { r: d, k: Kind::Double }, dirty: true, mem: None });
                    let z = self.w.kint(0);
                    let c = self.w.op2(LOp::GeI, bits, z);
                    self.guard_now(vm, c, true, pc);
                    self.set(slot, Tv { r: bits, k: Kind::Int });
                } else {
                    let d = self.w.op1(LOp::U2D, bits);
                    self.set(slot, Tv { r: d, k: Kind::Double });
                }
            }
        }
        Ok(())
    }

    /// Checking mode: every tracked slot holds a value of its traced type in the
    /// interpreter (numbers may differ in representation only).
    pub(super) fn check_tracked_slots(&self, vm: &mut Vm) -> Result<(), Abort> {
        let mut bad = None;
        for (slot, st) in &self.slots {
            let v = self.stack_value(vm, *slot);
            let ok = match Kind::of(v) {
                Some(k) if k.is_number() => st.v.k.is_number(),
                Some(k) => k == st.v.k,
                None => false,
            };
            if !ok && bad.is_none_or(|(s, _, _)| *slot < s) {
                bad = Some((*slot, st.v.k, v));
            }
        }
        let Some((slot, k, v)) = bad else { return Ok(()) };
        let pc = self.current_pc(vm);
        vm.jit_check_record_failed(self.anchor, slot, &format!("{k:?}"), v, pc, crate::jit::lir::text::to_text(&self.w.lir));
        abort("checking mode: a traced slot differs from the interpreter")
    }

    /// `undefined`, `null`, booleans, the TDZ marker and the global object.
    pub(super) fn rec_literal(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (bc, at, op) = (here.bc(), here.at(), here.op);
        let slot = here.slots();
        let dst = insn::LoadUndef::decode(bc, at).dst;
        let tv = match op {
            Op::LoadUndef => Tv { r: self.w.kval(Value::UNDEFINED.0), k: Kind::Undefined },
            Op::LoadNull => Tv { r: self.w.kval(Value::NULL.0), k: Kind::Null },
            Op::LoadTrue => Tv { r: self.w.kbool(true), k: Kind::Bool },
            Op::LoadFalse => Tv { r: self.w.kbool(false), k: Kind::Bool },
            Op::LoadGlobalObj => {
                let g = Value::object(vm.realm.global);
                self.keep(g);
                Tv { r: self.w.kval(g.0), k: Kind::Object }
            }
            _ => return abort("TDZ marker"),
        };
        self.set(slot(dst), tv);
        Ok(StepResult::Continue)
    }

    /// An int32 immediate.
    pub(super) fn rec_load_int(&mut self, _vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (bc, at) = (here.bc(), here.at());
        let slot = here.slots();
        let i = insn::LoadInt::decode(bc, at);
        let r = self.w.kint(i.imm);
        self.set(slot(i.dst), Tv { r, k: Kind::Int });
        Ok(StepResult::Continue)
    }

    /// A constant of the code.
    pub(super) fn rec_load_const(&mut self, _vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (bc, at, code) = (here.bc(), here.at(), here.code);
        let slot = here.slots();
        let i = insn::LoadConst::decode(bc, at);
        let c = code.info.constants[i.k as usize];
        let tv = self.constant(c)?;
        self.set(slot(i.dst), tv);
        Ok(StepResult::Continue)
    }

    /// A register copy.
    pub(super) fn rec_move(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (bc, at) = (here.bc(), here.at());
        let slot = here.slots();
        let i = insn::Move::decode(bc, at);
        let v = self.get(vm, slot(i.src))?;
        self.set(slot(i.dst), v);
        Ok(StepResult::Continue)
    }

    /// The key of a compound assignment to an element: a primitive key on an
    /// object or primitive base is used as it is (the element operations convert
    /// it without side effects).
    pub(super) fn rec_to_key(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (bc, at) = (here.bc(), here.at());
        let slot = here.slots();
        let i = insn::ToKey::decode(bc, at);
        let o = self.get(vm, slot(i.obj))?;
        let k = self.get(vm, slot(i.key))?;
        if matches!(o.k, Kind::Undefined | Kind::Null) || k.k == Kind::Object {
            return abort("ToKey of an object key or on a null base");
        }
        self.set(slot(i.dst), k);
        Ok(StepResult::Continue)
    }

    /// A TDZ check: a traced value is always initialized.
    pub(super) fn rec_check_init(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (bc, at) = (here.bc(), here.at());
        let slot = here.slots();
        let i = insn::CheckInit::decode(bc, at);
        // Kinds never include the TDZ marker, so a traced value is initialized.
        self.get(vm, slot(i.src))?;
        Ok(StepResult::Continue)
    }
}
