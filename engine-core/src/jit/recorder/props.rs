//! Properties: shape guards, environment and global slots, named property loads,
//! property adds through shape transitions, and objects made on trace.

use super::*;

impl Recorder {
    /// The environment `depth` levels out from the current frame's.
    pub(super) fn env_ref(&mut self, vm: &Vm, depth: u16) -> Result<Ref, Abort> {
        let mut e = match self.frames.last() {
            Some(f) => {
                // The callee (register 0 of the inlined frame) holds the environment.
                let fbase = f.base;
                let callee = self.get(vm, fbase)?;
                if callee.k != Kind::Object {
                    return abort("inlined frame without its callee");
                }
                let (_, env_off) = crate::object::closure_field_offsets();
                let p = self.w.op1(LOp::UnboxP, callee.r);
                self.w.load(LOp::LdP, Ty::Ptr, p, env_off as i32)
            }
            None => {
                let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
                self.w.load(LOp::LdP, Ty::Ptr, st, STATE_ENV)
            }
        };
        for _ in 0..depth {
            e = self.w.load(LOp::LdP, Ty::Ptr, e, ENV_PARENT_OFFSET as i32);
        }
        Ok(e)
    }

    /// Finds a global's holder (global object or script scope) and slot, guarding
    /// the shapes that make the lookup valid.
    pub(super) fn global_slot(&mut self, vm: &Vm, name: Gc<crate::string::JsString>, pc: u32) -> Result<(Gc<JsObject>, u32), Abort> {
        let scope = vm.realm.script_scope;
        let global = vm.realm.global;
        let sp = self.w.kptr(scope.addr() as u64);
        self.guard_shape(vm, sp, scope.shape(), pc);
        if let Some((k, a)) = Shape::lookup(scope.shape(), name) {
            if a & attrs::ACCESSOR != 0 {
                return abort("accessor global");
            }
            return Ok((scope, k));
        }
        let gp = self.w.kptr(global.addr() as u64);
        self.guard_shape(vm, gp, global.shape(), pc);
        match Shape::lookup(global.shape(), name) {
            Some((k, a)) if a & attrs::ACCESSOR == 0 => Ok((global, k)),
            _ => abort("global not a plain own data property"),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn record_get_prop(&mut self, vm: &Vm, recv: Tv, obj_slot: u32, dst: u32, name: Gc<crate::string::JsString>, pc: u32, next: u32) -> Result<(), Abort> {
        let o = self.stack_value(vm, obj_slot).as_object();
        let Some(o) = o else { return abort("receiver vanished") };
        let p = self.w.op1(LOp::UnboxP, recv.r);
        if name == vm.names.length && o.class() == ObjectClass::Array {
            let cls = self.w.load(LOp::Ld32, Ty::I32, p, 4);
            let want = self.w.kint(ObjectClass::Array as i32);
            let c = self.w.op2(LOp::EqI, cls, want);
            self.guard_now(vm, c, true, pc);
            let len = self.w.load(LOp::Ld32, Ty::I32, p, OFFSET_LENGTH as i32);
            if o.length() > i32::MAX as u32 {
                return abort("huge array length");
            }
            let z = self.w.kint(0);
            let fits = self.w.op2(LOp::GeI, len, z);
            self.guard_now(vm, fits, true, pc);
            self.set(dst, Tv { r: len, k: Kind::Int });
            return Ok(());
        }
        if name == vm.names.length && o.class() == ObjectClass::String {
            return abort("length of a String object");
        }
        let shape = o.shape();
        self.guard_shape(vm, p, shape, pc);
        if let Some((k, a)) = Shape::lookup(shape, name) {
            if a & attrs::ACCESSOR != 0 {
                return abort("getter");
            }
            let slots = self.w.load(LOp::LdP, Ty::Ptr, p, OFFSET_SLOTS as i32);
            let boxed = self.w.load(LOp::Ld64, Ty::Val, slots, (VALUE_ARRAY_DATA_OFFSET + 8 * k as usize) as i32);
            self.pending = Some(Pending::Load { slot: dst, boxed, pc: next });
            return Ok(());
        }
        // Along the prototype chain: each prototype is a constant under its shape.
        let mut holder = o.proto();
        let mut depth = 0;
        while let Some(h) = holder {
            depth += 1;
            if depth > 8 {
                return abort("long prototype chain");
            }
            if matches!(h.class(), ObjectClass::Array | ObjectClass::String) && name == vm.names.length {
                return abort("exotic length on the prototype chain");
            }
            let hp = self.w.kptr(h.addr() as u64);
            self.guard_shape(vm, hp, h.shape(), pc);
            self.keep(Value::object(h));
            self.keep(Value::cell(h.shape().header()));
            if let Some((k, a)) = Shape::lookup(h.shape(), name) {
                if a & attrs::ACCESSOR != 0 {
                    return abort("getter on the prototype");
                }
                let slots = self.w.load(LOp::LdP, Ty::Ptr, hp, OFFSET_SLOTS as i32);
                let boxed = self.w.load(LOp::Ld64, Ty::Val, slots, (VALUE_ARRAY_DATA_OFFSET + 8 * k as usize) as i32);
                self.pending = Some(Pending::Load { slot: dst, boxed, pc: next });
                return Ok(());
            }
            holder = h.proto();
        }
        let r = self.w.kval(Value::UNDEFINED.0);
        self.set(dst, Tv { r, k: Kind::Undefined });
        Ok(())
    }

    /// An assignment that adds a property: guards the receiver's shape and the
    /// prototypes' (no setter or read-only property of that name may appear), and
    /// leaves the transition to be typed once the interpreter made it.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn record_prop_add(&mut self, vm: &Vm, recv: Tv, (v, v_slot): (Tv, u32), obj_slot: u32, o: Gc<JsObject>, name: Gc<crate::string::JsString>, pc: u32) -> Result<StepResult, Abort> {
        if name == vm.names.length && o.class() == ObjectClass::Array && v.k == Kind::Int {
            // Truncating or extending an array: a helper, as the interpreter does it.
            let n = self.peek_int(vm, v, Some(v_slot));
            if n.is_none_or(|n| n < 0) || o.flags() & (OBJ_SPARSE | crate::object::OBJ_LENGTH_READONLY) != 0 {
                return abort("array length store the interpreter must do");
            }
            let done = self.helper(Helper::SetLength, &[recv.r, v.r]);
            self.guard_int_result(vm, done, LOp::NeI, pc);
            return Ok(StepResult::Continue);
        }
        let shape = o.shape();
        if shape.is_dictionary() || !o.is_extensible() {
            return abort("property add to a dictionary or non-extensible object");
        }
        if name == vm.names.length && matches!(o.class(), ObjectClass::Array | ObjectClass::String | ObjectClass::Function) {
            return abort("exotic length");
        }
        if matches!(o.class(), ObjectClass::Function) && name == vm.names.prototype {
            return abort("function prototype");
        }
        let p = self.w.op1(LOp::UnboxP, recv.r);
        self.guard_shape(vm, p, shape, pc);
        let mut holder = o.proto();
        let mut depth = 0;
        while let Some(h) = holder {
            depth += 1;
            if depth > 8 {
                return abort("long prototype chain");
            }
            if let Some((_, a)) = Shape::lookup(h.shape(), name) {
                if a & (attrs::ACCESSOR | attrs::WRITABLE) != attrs::WRITABLE {
                    return abort("setter or read-only property on the prototype chain");
                }
            }
            let hp = self.w.kptr(h.addr() as u64);
            self.guard_shape(vm, hp, h.shape(), pc);
            self.keep(Value::object(h));
            self.keep(Value::cell(h.shape().header()));
            holder = h.proto();
        }
        self.pending = Some(Pending::AddProp { obj_slot, obj: recv.r, old: shape.addr(), name, val: v, pc });
        Ok(StepResult::Continue)
    }

    /// Guards that the object `obj` points to has shape `shape` (kept alive by
    /// the tree); exits to `pc` otherwise.
    pub(super) fn guard_shape(&mut self, vm: &Vm, obj: Ref, shape: Gc<Shape>, pc: u32) {
        let sh = self.w.load(LOp::LdP, Ty::Ptr, obj, OFFSET_SHAPE as i32);
        self.guard_eq_ptr(vm, sh, shape.addr() as u64, pc);
        self.keep(Value::cell(shape.header()));
    }

    pub(super) fn guard_eq_ptr(&mut self, vm: &Vm, r: Ref, addr: u64, pc: u32) {
        let k = self.w.kptr(addr);
        let c = self.w.op2(LOp::EqP, r, k);
        self.guard_now(vm, c, true, pc);
    }

    /// A new object of `shape` (a root shape) from a helper.
    pub(super) fn new_object(&mut self, vm: &Vm, shape: Gc<Shape>, pc: u32) -> Result<Ref, Abort> {
        self.keep(Value::cell(shape.header()));
        let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
        let sr = self.w.kptr(shape.addr() as u64);
        let r = self.helper(Helper::NewObject, &[st, sr]);
        self.guard_nonzero(vm, r, pc);
        Ok(r)
    }

    /// `new F(...)` of a closure: the object `this` made the way the interpreter
    /// makes it (root shape of `F.prototype`), under guards on `F.prototype`.
    pub(super) fn record_construct_this(&mut self, vm: &Vm, fo: Gc<JsObject>, wslot: u32, pc: u32) -> Result<(), Abort> {
        if fo.flags() & crate::object::OBJ_CONSTRUCTOR == 0 {
            return abort("not a constructor");
        }
        let Some((k, a)) = Shape::lookup(fo.shape(), vm.names.prototype) else { return abort("constructor without prototype") };
        if a & attrs::ACCESSOR != 0 {
            return abort("prototype accessor");
        }
        let pv = fo.slots().map_or(Value::UNDEFINED, |s| s.get(k as usize));
        let fp = self.w.kptr(fo.addr() as u64);
        self.guard_shape(vm, fp, fo.shape(), pc);
        let slots = self.w.load(LOp::LdP, Ty::Ptr, fp, OFFSET_SLOTS as i32);
        let loaded = self.w.load(LOp::Ld64, Ty::Val, slots, (VALUE_ARRAY_DATA_OFFSET + 8 * k as usize) as i32);
        let shape = match pv.as_object() {
            Some(proto) => {
                let kp = self.w.kval(pv.0);
                let same = self.w.op2(LOp::EqP, loaded, kp);
                self.guard_now(vm, same, true, pc);
                self.keep(pv);
                match proto.cached_root_shape() {
                    Some(s) => s,
                    None => {
                        // Made by the interpreter when it runs this `new`.
                        self.retry_soon = true;
                        return abort("first instance of a constructor");
                    }
                }
            }
            None => {
                let is_obj = self.w.ins(Insn::new(LOp::IsTag, loaded, NONE, TAG_OBJECT as i64));
                self.guard_now(vm, is_obj, false, pc);
                vm.realm.object_shape
            }
        };
        let this = self.new_object(vm, shape, pc)?;
        self.set(wslot + 1, Tv { r: this, k: Kind::Object });
        Ok(())
    }

    /// `o.name`.
    pub(super) fn rec_get_prop(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (code, pc, op, bc, at) = (here.code, here.pc, here.op, here.bc(), here.at());
        let slot = here.slots();
        let i = insn::GetProp::decode(bc, at);
        let name = code.info.constants[i.name as usize].as_string().expect("name");
        let recv = self.get(vm, slot(i.obj))?;
        let next = pc + op.size() as u32;
        match recv.k {
            Kind::Object => self.record_get_prop(vm, recv, slot(i.obj), slot(i.dst), name, pc, next)?,
            Kind::String if name == vm.names.length => {
                let p = self.w.op1(LOp::UnboxP, recv.r);
                let len = self.w.load(LOp::Ld32, Ty::I32, p, 4);
                self.set(slot(i.dst), Tv { r: len, k: Kind::Int });
            }
            Kind::String | Kind::Int | Kind::Double | Kind::Bool => {
                // Methods of String.prototype, Number.prototype or
                // Boolean.prototype (the call that follows is what is traced);
                // the load itself is a constant under a shape guard.
                let proto = match recv.k {
                    Kind::String => vm.realm.string_prototype,
                    Kind::Bool => vm.realm.boolean_prototype,
                    _ => vm.realm.number_prototype,
                };
                let Some((k, a)) = Shape::lookup(proto.shape(), name) else { return abort("string property not on the prototype") };
                if a & attrs::ACCESSOR != 0 {
                    return abort("accessor");
                }
                let pp = self.w.kptr(proto.addr() as u64);
                self.guard_shape(vm, pp, proto.shape(), pc);
                let slots = self.w.load(LOp::LdP, Ty::Ptr, pp, OFFSET_SLOTS as i32);
                let boxed = self.w.load(LOp::Ld64, Ty::Val, slots, (VALUE_ARRAY_DATA_OFFSET + 8 * k as usize) as i32);
                self.pending = Some(Pending::Load { slot: slot(i.dst), boxed, pc: next });
            }
            _ => return abort("property of a primitive"),
        }
        Ok(StepResult::Continue)
    }

    /// `o.name = v`: an own data property, or an add through a transition.
    pub(super) fn rec_set_prop(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (code, pc, bc, at) = (here.code, here.pc, here.bc(), here.at());
        let slot = here.slots();
        let i = insn::SetProp::decode(bc, at);
        let name = code.info.constants[i.name as usize].as_string().expect("name");
        let recv = self.get(vm, slot(i.obj))?;
        let v = self.get(vm, slot(i.src))?;
        if recv.k != Kind::Object {
            return abort("store to a primitive");
        }
        let o = self.stack_value(vm, slot(i.obj)).as_object().expect("object");
        let shape = o.shape();
        let Some((k, a)) = Shape::lookup(shape, name) else {
            return self.record_prop_add(vm, recv, (v, slot(i.src)), slot(i.obj), o, name, pc);
        };
        if a & (attrs::ACCESSOR | attrs::WRITABLE) != attrs::WRITABLE {
            return abort("store to an accessor or read-only property");
        }
        let p = self.w.op1(LOp::UnboxP, recv.r);
        self.guard_shape(vm, p, shape, pc);
        let slots = self.w.load(LOp::LdP, Ty::Ptr, p, OFFSET_SLOTS as i32);
        let boxed = self.boxed(v);
        self.store64(slots, boxed, (VALUE_ARRAY_DATA_OFFSET + 8 * k as usize) as i32);
        Ok(StepResult::Continue)
    }

    /// A global variable read.
    pub(super) fn rec_get_global(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (code, pc, op, bc, at) = (here.code, here.pc, here.op, here.bc(), here.at());
        let slot = here.slots();
        let i = insn::GetGlobal::decode(bc, at);
        let name = code.info.constants[i.name as usize].as_string().expect("name");
        let (holder, k) = self.global_slot(vm, name, pc)?;
        let hp = self.w.kptr(holder.addr() as u64);
        let slots = self.w.load(LOp::LdP, Ty::Ptr, hp, OFFSET_SLOTS as i32);
        let boxed = self.w.load(LOp::Ld64, Ty::Val, slots, (VALUE_ARRAY_DATA_OFFSET + 8 * k as usize) as i32);
        if holder == vm.realm.script_scope {
            let un = self.w.kval(Value::UNINITIALIZED.0);
            let c = self.w.op2(LOp::NeP, boxed, un);
            self.guard_now(vm, c, true, pc);
        }
        self.pending = Some(Pending::Load { slot: slot(i.dst), boxed, pc: pc + op.size() as u32 });
        Ok(StepResult::Continue)
    }

    /// A global variable write.
    pub(super) fn rec_set_global(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (code, pc, bc, at) = (here.code, here.pc, here.bc(), here.at());
        let slot = here.slots();
        let i = insn::SetGlobal::decode(bc, at);
        let name = code.info.constants[i.name as usize].as_string().expect("name");
        let v = self.get(vm, slot(i.src))?;
        let (holder, k) = self.global_slot(vm, name, pc)?;
        if holder != vm.realm.global {
            return abort("assignment to a top-level lexical binding");
        }
        let Some((_, a)) = Shape::lookup(holder.shape(), name) else { return abort("global vanished") };
        if a & attrs::WRITABLE == 0 {
            return abort("read-only global");
        }
        let hp = self.w.kptr(holder.addr() as u64);
        let slots = self.w.load(LOp::LdP, Ty::Ptr, hp, OFFSET_SLOTS as i32);
        let boxed = self.boxed(v);
        self.store64(slots, boxed, (VALUE_ARRAY_DATA_OFFSET + 8 * k as usize) as i32);
        Ok(StepResult::Continue)
    }

    /// A read of a closure variable: the slot, typed once loaded.
    pub(super) fn rec_get_env(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at, op) = (here.pc, here.bc(), here.at(), here.op);
        let slot = here.slots();
        let i = insn::GetEnv::decode(bc, at);
        let env = self.env_ref(vm, i.depth)?;
        let boxed = self.w.load(LOp::Ld64, Ty::Val, env, (ENV_SLOTS_OFFSET + 8 * i.slot as usize) as i32);
        if op == Op::GetEnvChecked {
            let un = self.w.kval(Value::UNINITIALIZED.0);
            let c = self.w.op2(LOp::NeP, boxed, un);
            self.guard_now(vm, c, true, pc);
        }
        self.pending = Some(Pending::Load { slot: slot(i.dst), boxed, pc: pc + op.size() as u32 });
        Ok(StepResult::Continue)
    }

    /// A write of a closure variable.
    pub(super) fn rec_set_env(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (bc, at) = (here.bc(), here.at());
        let slot = here.slots();
        let i = insn::SetEnv::decode(bc, at);
        let v = self.get(vm, slot(i.src))?;
        let env = self.env_ref(vm, i.depth)?;
        let boxed = self.boxed(v);
        self.store64(env, boxed, (ENV_SLOTS_OFFSET + 8 * i.slot as usize) as i32);
        Ok(StepResult::Continue)
    }

    /// `in`, through the `Has` helper when it can answer.
    pub(super) fn rec_in(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at) = (here.pc, here.bc(), here.at());
        let slot = here.slots();
        let i = insn::In::decode(bc, at);
        let obj = self.get(vm, slot(i.obj))?;
        let key = self.get(vm, slot(i.key))?;
        let Some(o) = self.stack_value(vm, slot(i.obj)).as_object() else { return abort("in of a non-object") };
        if obj.k != Kind::Object || !matches!(key.k, Kind::Int | Kind::String) || crate::jit::helpers::has_fast(vm, o, self.stack_value(vm, slot(i.key))).is_none() {
            return abort("in that the interpreter must answer");
        }
        let kb = self.boxed(key);
        let b = self.call_tristate(vm, Helper::Has, obj.r, kb, pc);
        self.set(slot(i.dst), Tv { r: b, k: Kind::Bool });
        Ok(StepResult::Continue)
    }

    /// `instanceof`, through its helper when it can answer.
    pub(super) fn rec_instance_of(&mut self, vm: &mut Vm, here: At) -> Result<StepResult, Abort> {
        let (pc, bc, at) = (here.pc, here.bc(), here.at());
        let slot = here.slots();
        let i = insn::InstanceOf::decode(bc, at);
        let a = self.get(vm, slot(i.a))?;
        let b = self.get(vm, slot(i.b))?;
        if b.k != Kind::Object || crate::jit::helpers::instance_of_fast(vm, self.stack_value(vm, slot(i.a)), self.stack_value(vm, slot(i.b))).is_none() {
            return abort("instanceof that the interpreter must answer");
        }
        let ab = self.boxed(a);
        let t = self.call_tristate(vm, Helper::InstanceOf, ab, b.r, pc);
        self.set(slot(i.dst), Tv { r: t, k: Kind::Bool });
        Ok(StepResult::Continue)
    }
}
