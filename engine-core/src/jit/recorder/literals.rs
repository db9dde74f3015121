//! Literals: object and array literals and closures (the allocating bytecodes).

use super::*;

impl Recorder {
    /// `{}`: an object of the realm's empty shape.
    pub(super) fn rec_new_object(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at) = (here.pc, here.bc(), here.at());
        let slot = here.slots();
        let dst = insn::NewObject::decode(bc, at).dst;
        let shape = vm.realm.object_shape;
        let r = self.new_object(vm, shape, pc)?;
        self.set(slot(dst), Tv { r, k: Kind::Object });
        Ok(StepResult::Continue)
    }

    /// An array literal's array, through the `NewArray` helper.
    pub(super) fn rec_new_array(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at) = (here.pc, here.bc(), here.at());
        let slot = here.slots();
        let i = insn::NewArray::decode(bc, at);
        let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
        let len = self.w.kint(i.len as i32);
        let r = self.helper(Helper::NewArray, &[st, len]);
        self.guard_nonzero(vm, r, pc);
        self.set(slot(i.dst), Tv { r, k: Kind::Object });
        Ok(StepResult::Continue)
    }

    /// A regexp literal's new object, through the `NewRegExp` helper (the pattern
    /// is compiled once per literal site).
    pub(super) fn rec_new_regexp(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at) = (here.pc, here.bc(), here.at());
        let slot = here.slots();
        let i = insn::NewRegExp::decode(bc, at);
        self.keep(Value::cell(here.code.header()));
        let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
        let code = self.w.kptr(here.code.addr() as u64);
        let pattern = self.w.kint(i.pattern as i32);
        let flags = self.w.kint(i.flags as i32);
        let r = self.helper(Helper::NewRegExp, &[st, code, pattern, flags]);
        self.guard_nonzero(vm, r, pc);
        self.set(slot(i.dst), Tv { r, k: Kind::Object });
        Ok(StepResult::Continue)
    }

    /// An array literal's element.
    pub(super) fn rec_init_elem(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at) = (here.pc, here.bc(), here.at());
        let slot = here.slots();
        let i = insn::InitElem::decode(bc, at);
        let arr = self.get(vm, slot(i.arr))?;
        let v = self.get(vm, slot(i.src))?;
        if arr.k != Kind::Object || i.index > i32::MAX as u32 {
            return abort("unusual array literal");
        }
        let idx = self.w.kint(i.index as i32);
        self.call_set_elem(vm, arr, idx, v, pc);
        Ok(StepResult::Continue)
    }

    /// An object literal's property: a shape guard now, the add once the interpreter shows the new shape.
    pub(super) fn rec_init_prop(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at, code) = (here.pc, here.bc(), here.at(), here.code);
        let slot = here.slots();
        let i = insn::InitProp::decode(bc, at);
        let name = code.info.constants[i.name as usize].as_string().expect("name");
        let obj = self.get(vm, slot(i.obj))?;
        let v = self.get(vm, slot(i.src))?;
        let o = self.stack_value(vm, slot(i.obj)).as_object().expect("literal object");
        let shape = o.shape();
        if shape.is_dictionary() || Shape::lookup(shape, name).is_some() {
            return abort("unusual object literal");
        }
        let p = self.w.op1(LOp::UnboxP, obj.r);
        self.guard_shape(vm, p, shape, pc);
        self.pending = Some(Pending::AddProp { obj_slot: slot(i.obj), obj: obj.r, old: shape.addr(), name, val: v, pc });
        Ok(StepResult::Continue)
    }

    /// A function expression: a new closure over the current environment.
    pub(super) fn rec_closure(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at, code) = (here.pc, here.bc(), here.at(), here.code);
        let slot = here.slots();
        let i = insn::Closure::decode(bc, at);
        let Some(c) = code.info.constants[i.func as usize].as_cell() else { return abort("bad function constant") };
        self.keep(Value::cell(c));
        let env = self.env_ref(vm, 0)?;
        let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
        let cr = self.w.kptr(c.addr() as u64);
        let r = self.helper(Helper::Closure, &[st, cr, env]);
        self.guard_nonzero(vm, r, pc);
        self.set(slot(i.dst), Tv { r, k: Kind::Object });
        Ok(StepResult::Continue)
    }
}
