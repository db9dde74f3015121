//! Elements: dense storage with bounds and hole guards, and the helpers for the
//! cases the trace leaves to them.

use super::*;

impl Recorder {
    /// Guards that the object in `obj_slot` has dense elements; returns them.
    /// Is the element of `o` at the int32 key in `key_slot` in dense storage now
    /// (not a hole, not past the end)?
    pub(super) fn dense_element_present(&self, vm: &Vm, o: Gc<JsObject>, key_slot: u32) -> bool {
        let kv = self.stack_value(vm, key_slot).as_number().map_or(-1, |d| d as i32);
        kv >= 0 && o.flags() & OBJ_SPARSE == 0 && o.elements().is_some_and(|e| (kv as usize) < e.len() && !e.get(kv as usize).is_hole())
    }

    /// The address of element `idx` (an int32 ref) of the object in `obj_slot`
    /// and its current (boxed) value, under guards that the storage is dense,
    /// the index in bounds and the element not a hole.
    pub(super) fn dense_element(&mut self, vm: &Vm, recv: Tv, obj_slot: u32, idx: Ref, pc: u32) -> Result<(Ref, Ref), Abort> {
        let el = self.dense_elements(vm, recv, obj_slot, pc)?;
        let len = self.w.load(LOp::Ld32, Ty::I32, el, VALUE_ARRAY_LEN_OFFSET as i32);
        let inb = self.w.op2(LOp::LtU, idx, len);
        self.guard_now(vm, inb, true, pc);
        let addr = self.w.ins(Insn::new(LOp::Lea8, el, idx, VALUE_ARRAY_DATA_OFFSET as i64));
        let boxed = self.w.load(LOp::Ld64, Ty::Val, addr, 0);
        let hole = self.w.kval(Value::HOLE.0);
        let nh = self.w.op2(LOp::NeP, boxed, hole);
        self.guard_now(vm, nh, true, pc);
        Ok((addr, boxed))
    }

    pub(super) fn dense_elements(&mut self, vm: &Vm, recv: Tv, obj_slot: u32, pc: u32) -> Result<Ref, Abort> {
        let o = self.stack_value(vm, obj_slot).as_object().expect("object");
        if !matches!(o.class(), ObjectClass::Array | ObjectClass::Object) || o.flags() & OBJ_SPARSE != 0 || o.elements().is_none() {
            return abort("not dense elements");
        }
        if matches!(o.data(), ObjectData::MappedArguments { .. }) {
            return abort("arguments elements");
        }
        let p = self.w.op1(LOp::UnboxP, recv.r);
        let cls = self.w.load(LOp::Ld32, Ty::I32, p, 4);
        let want = self.w.kint(o.class() as i32);
        let c = self.w.op2(LOp::EqI, cls, want);
        self.guard_now(vm, c, true, pc);
        let flags = self.w.load(LOp::Ld8, Ty::I32, p, 2);
        let sparse = self.w.kint(OBJ_SPARSE as i32);
        let bits = self.w.op2(LOp::AndI, flags, sparse);
        let z = self.w.kint(0);
        let not_sparse = self.w.op2(LOp::EqI, bits, z);
        self.guard_now(vm, not_sparse, true, pc);
        let el = self.w.load(LOp::LdP, Ty::Ptr, p, OFFSET_ELEMENTS as i32);
        let null = self.w.kptr(0);
        let has = self.w.op2(LOp::NeP, el, null);
        self.guard_now(vm, has, true, pc);
        Ok(el)
    }

    /// `obj[idx] = v` through the element-store helper (holes, appends, growth).
    pub(super) fn call_set_elem(&mut self, vm: &Vm, obj: Tv, idx: Ref, v: Tv, pc: u32) {
        let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
        let boxed = self.boxed(v);
        let done = self.helper(Helper::SetElem, &[st, obj.r, idx, boxed]);
        self.guard_int_result(vm, done, LOp::NeI, pc);
    }

    /// `o[k]`: strings, named keys through a helper, dense elements.
    pub(super) fn rec_get_elem(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, op, bc, at) = (here.pc, here.op, here.bc(), here.at());
        let slot = here.slots();
        let i = insn::GetElem::decode(bc, at);
        let recv = self.get(vm, slot(i.obj))?;
        let key = self.get(vm, slot(i.key))?;
        let key = if matches!(recv.k, Kind::Object | Kind::String) { self.int_key(vm, key, slot(i.key), pc)? } else { key };
        if recv.k == Kind::String && key.k == Kind::Int {
            // Out of range, `s[i]` is undefined, not a string: the helper
            // refuses it, so it must not be what is recorded.
            let len = self.stack_value(vm, slot(i.obj)).as_string().map_or(0, |s| s.len());
            let now = self.stack_value(vm, slot(i.key)).as_number().map_or(-1.0, |d| d);
            if !(now >= 0.0 && now < len as f64) {
                return abort("string index out of range");
            }
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            let r = self.helper(Helper::CharAt, &[st, recv.r, key.r]);
            self.guard_nonzero(vm, r, pc);
            self.set(slot(i.dst), Tv { r, k: Kind::String });
            return Ok(StepResult::Continue);
        }
        if recv.k == Kind::Object && key.k == Kind::String {
            // `o[name]`: looked up by a helper (the shape is not known when
            // the key varies); a getter or an exotic key is left to the
            // interpreter, so refuse to record one now.
            let o = self.stack_value(vm, slot(i.obj)).as_object().expect("object");
            let s = self.stack_value(vm, slot(i.key)).as_string().expect("string");
            if crate::jit::helpers::get_named_fast(vm, o, s).is_none() {
                return abort("named element read through a getter or of an exotic key");
            }
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            let r = self.helper(Helper::GetNamed, &[st, recv.r, key.r]);
            self.guard_nonzero(vm, r, pc);
            self.pending = Some(Pending::Load { slot: slot(i.dst), boxed: r, pc: pc + op.size() as u32 });
            return Ok(StepResult::Continue);
        }
        if recv.k != Kind::Object || key.k != Kind::Int {
            return abort("element access other than object[int] or object[string]");
        }
        let o = self.stack_value(vm, slot(i.obj)).as_object().expect("object");
        if !self.dense_element_present(vm, o, slot(i.key)) {
            // A hole or past the end: the helper reads it (or says the
            // interpreter must), and the result's type is checked after.
            if !matches!(o.class(), ObjectClass::Array | ObjectClass::Object) {
                return abort("element read of an exotic object");
            }
            let r = self.helper(Helper::GetElem, &[recv.r, key.r]);
            self.guard_nonzero(vm, r, pc);
            self.pending = Some(Pending::Load { slot: slot(i.dst), boxed: r, pc: pc + op.size() as u32 });
            return Ok(StepResult::Continue);
        }
        let (_, boxed) = self.dense_element(vm, recv, slot(i.obj), key.r, pc)?;
        self.pending = Some(Pending::Load { slot: slot(i.dst), boxed, pc: pc + op.size() as u32 });
        Ok(StepResult::Continue)
    }

    /// `o[k] = v`: named keys through a helper, dense elements, holes and appends.
    pub(super) fn rec_set_elem(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at) = (here.pc, here.bc(), here.at());
        let slot = here.slots();
        let i = insn::SetElem::decode(bc, at);
        let recv = self.get(vm, slot(i.obj))?;
        let key = self.get(vm, slot(i.key))?;
        let key = if recv.k == Kind::Object { self.int_key(vm, key, slot(i.key), pc)? } else { key };
        let v = self.get(vm, slot(i.src))?;
        if recv.k == Kind::Object && key.k == Kind::String {
            // `o[name] = v` to an existing own writable data property, by a
            // helper; adding a property is left to the interpreter.
            let o = self.stack_value(vm, slot(i.obj)).as_object().expect("object");
            let s = self.stack_value(vm, slot(i.key)).as_string().expect("string");
            if crate::jit::helpers::named_own_writable_slot(vm, o, s).is_none() {
                return abort("named element store that adds a property or meets a setter");
            }
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            let boxed = self.boxed(v);
            let done = self.helper(Helper::SetNamed, &[st, recv.r, key.r, boxed]);
            self.guard_int_result(vm, done, LOp::NeI, pc);
            return Ok(StepResult::Continue);
        }
        if recv.k != Kind::Object || key.k != Kind::Int {
            return abort("element store other than object[int] or object[string]");
        }
        let o = self.stack_value(vm, slot(i.obj)).as_object().expect("object");
        if !self.dense_element_present(vm, o, slot(i.key)) {
            // Filling a hole or appending: a helper does what the
            // interpreter does (or reports that it cannot).
            if !matches!(o.class(), ObjectClass::Array | ObjectClass::Object) {
                return abort("element store to an exotic object");
            }
            self.call_set_elem(vm, recv, key.r, v, pc);
            return Ok(StepResult::Continue);
        }
        let (addr, _) = self.dense_element(vm, recv, slot(i.obj), key.r, pc)?;
        let boxed = self.boxed(v);
        self.store64(addr, boxed, 0);
        Ok(StepResult::Continue)
    }
}
