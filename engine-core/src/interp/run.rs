//! The interpreter loop.
//!
//! One `match` over the opcode byte; registers are addressed through a raw pointer
//! to the current frame's base on the register stack. Fast paths (int32 arithmetic,
//! cached property access) are inline; everything else calls out to helpers.
//! Script-to-script calls and returns switch frames without recursion; natives that
//! call back into script re-enter `run` (bounded by the native stack left, see `Vm::check_native_reentry`).

use super::{Frame, Vm, FRAME_CONSTRUCT, FRAME_ENTRY};
use crate::bytecode::{insn, Code, Op};
use crate::gc::Gc;
use crate::object::ops::{self, JsResult};
use crate::object::{FunctionKind, JsObject, ObjectClass, ObjectData, PropertyKey, OBJ_CONSTRUCTOR, OBJ_SPARSE};
use crate::string::JsString;
use crate::value::{Magic, Value};

/// Every instruction that pushes a frame has this size, so returning resumes at
/// `call_pc + CALL_SIZE`.
const CALL_SIZE: usize = insn::Call::SIZE;
const _: () = assert!(insn::New::SIZE == CALL_SIZE && insn::CallEval::SIZE == CALL_SIZE && insn::CallUndef::SIZE == CALL_SIZE);

/// The error value that unwinds through every handler (host interrupt).
pub const TERMINATE: Value = Value::magic(Magic::Empty);

#[inline(always)]
fn name_at(code: &Code, k: u32) -> Gc<JsString> {
    match code.info.constants[k as usize].as_string() {
        Some(s) => s,
        None => unreachable!("name operands index string constants"),
    }
}

impl Vm {
    /// Runs the innermost frame (and whatever it calls) until the innermost
    /// `FRAME_ENTRY` frame returns or throws.
    pub(crate) fn run(&mut self) -> JsResult<Value> {
        'reload: loop {
            let frame: Frame = match self.frames.last() {
                Some(f) => *f,
                None => return Ok(Value::UNDEFINED),
            };
            let code: Gc<Code> = frame.code;
            let bc: &[u8] = &code.info.bytecode;
            let base = frame.base as usize;
            let strict = code.is_strict();
            // SAFETY: `base + register_count <= stack_len` was checked when the frame
            // was entered; the stack never moves.
            let regs: *mut Value = unsafe { self.stack_ptr().add(base) };
            let mut pc = frame.pc as usize;

            macro_rules! r {
                ($i:expr) => {{
                    let idx = $i as usize;
                    // SAFETY: register operands are below the frame's register count
                    // (checked by the verifier), which fits the stack.
                    unsafe { *regs.add(idx) }
                }};
            }
            macro_rules! w {
                ($i:expr, $v:expr) => {{
                    let v = $v;
                    let idx = $i as usize;
                    // SAFETY: as for `r!`.
                    unsafe { *regs.add(idx) = v }
                }};
            }
            macro_rules! save_pc {
                () => {
                    if let Some(f) = self.frames.last_mut() {
                        f.pc = pc as u32;
                    }
                };
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(exc) => {
                            save_pc!();
                            match self.unwind(exc) {
                                Ok(()) => continue 'reload,
                                Err(e) => return Err(e),
                            }
                        }
                    }
                };
            }
            macro_rules! throw {
                ($e:expr) => {{
                    save_pc!();
                    let exc = $e;
                    match self.unwind(exc) {
                        Ok(()) => continue 'reload,
                        Err(e) => return Err(e),
                    }
                }};
            }
            let mut adv: usize;
            // Decodes the current instruction as `$t` and notes its size, so the
            // arm advances `pc` by a constant.
            macro_rules! dec {
                ($t:ident) => {{
                    #[allow(unused_assignments)]
                    {
                        adv = insn::$t::SIZE;
                    }
                    // SAFETY: verified bytecode: the instruction at `pc` is a
                    // complete `$t` (or an opcode with the same operands).
                    unsafe { insn::$t::read(bc.as_ptr().add(pc)) }
                }};
            }
            // A fused compare-and-branch arm: jump when `a $cmp b` equals `$want`.
            macro_rules! fused_jump {
                ($t:ident, $cmp:tt, $slow:ident, $want:expr) => {{
                    let i = dec!($t);
                    let (a, b) = (r!(i.a), r!(i.b));
                    let res = if a.is_int() && b.is_int() {
                        a.as_int_unchecked() $cmp b.as_int_unchecked()
                    } else if a.is_number() && b.is_number() {
                        a.as_number_unchecked() $cmp b.as_number_unchecked()
                    } else {
                        save_pc!();
                        tri!(self.compare(Some(Op::$slow), a, b))
                    };
                    if res == $want {
                        jump!(i.off);
                    }
                }};
            }
            // Compare with an immediate int32 and branch.
            macro_rules! fused_jump_imm {
                ($t:ident, $cmp:tt, $slow:ident, $want:expr) => {{
                    let i = dec!($t);
                    let a = r!(i.a);
                    let res = if a.is_int() {
                        a.as_int_unchecked() $cmp i.imm
                    } else if a.is_double() {
                        a.as_double_unchecked() $cmp i.imm as f64
                    } else {
                        save_pc!();
                        tri!(self.compare(Some(Op::$slow), a, Value::int(i.imm)))
                    };
                    if res == $want {
                        jump!(i.off);
                    }
                }};
            }
            macro_rules! jump {
                ($off:expr) => {{
                    pc = (pc as isize + $off as isize) as usize;
                    continue;
                }};
            }

            loop {
                if self.jit.stepping {
                    save_pc!();
                    if self.jit_record_step() {
                        continue 'reload;
                    }
                }
                // SAFETY: the code was verified (`Code::new`), so `pc` is at an
                // instruction boundary and the opcode byte is valid.
                let op = unsafe { Op::from_byte_unchecked(*bc.as_ptr().add(pc)) };
                // Most arms decode their operands, compute and fall through to advance.
                match op {
                    Op::Nop | Op::Debugger => adv = 1,
                    Op::LoadUndef => w!(dec!(LoadUndef).dst, Value::UNDEFINED),
                    Op::LoadNull => w!(dec!(LoadNull).dst, Value::NULL),
                    Op::LoadTrue => w!(dec!(LoadTrue).dst, Value::TRUE),
                    Op::LoadFalse => w!(dec!(LoadFalse).dst, Value::FALSE),
                    Op::LoadGlobalObj => w!(dec!(LoadGlobalObj).dst, Value::object(self.realm.global)),
                    Op::LoadHole => w!(dec!(LoadHole).dst, Value::UNINITIALIZED),
                    Op::LoadInt => {
                        let i = dec!(LoadInt);
                        w!(i.dst, Value::int(i.imm));
                    }
                    Op::LoadConst => {
                        let i = dec!(LoadConst);
                        w!(i.dst, code.info.constants[i.k as usize]);
                    }
                    Op::Move => {
                        let i = dec!(Move);
                        w!(i.dst, r!(i.src));
                    }
                    Op::CheckInit => {
                        let i = dec!(CheckInit);
                        if r!(i.src).is_uninitialized() {
                            throw!(self.tdz_error(name_at(&code, i.name)));
                        }
                    }

                    Op::GetEnv => {
                        let i = dec!(GetEnv);
                        let env = self.env_at(i.depth);
                        w!(i.dst, env.get(i.slot as usize));
                    }
                    Op::SetEnv => {
                        let i = dec!(SetEnv);
                        let env = self.env_at(i.depth);
                        env.set(i.slot as usize, r!(i.src));
                    }
                    Op::GetEnvChecked => {
                        let i = dec!(GetEnvChecked);
                        let v = self.env_at(i.depth).get(i.slot as usize);
                        if v.is_uninitialized() {
                            throw!(self.tdz_error(name_at(&code, i.name)));
                        }
                        w!(i.dst, v);
                    }
                    Op::SetEnvChecked => {
                        let i = dec!(SetEnvChecked);
                        let env = self.env_at(i.depth);
                        if env.get(i.slot as usize).is_uninitialized() {
                            throw!(self.tdz_error(name_at(&code, i.name)));
                        }
                        env.set(i.slot as usize, r!(i.src));
                    }
                    Op::PushEnv => {
                        let i = dec!(PushEnv);
                        save_pc!();
                        let parent = self.frames.last().and_then(|f| f.env);
                        let env = tri!(super::Env::for_scope(self, parent, code, i.scope));
                        if let Some(f) = self.frames.last_mut() {
                            f.env = Some(env);
                            f.env_depth += 1;
                        }
                    }
                    Op::PopEnv => {
                        adv = insn::PopEnv::SIZE;
                        if let Some(f) = self.frames.last_mut() {
                            f.env = f.env.and_then(|e| e.parent());
                            f.env_depth = f.env_depth.saturating_sub(1);
                        }
                    }
                    Op::CopyEnv => {
                        adv = insn::CopyEnv::SIZE;
                        save_pc!();
                        let cur = self.frames.last().and_then(|f| f.env);
                        if let Some(cur) = cur {
                            let copy = tri!(self.copy_env(cur));
                            if let Some(f) = self.frames.last_mut() {
                                f.env = Some(copy);
                            }
                        }
                    }
                    Op::PushWith => {
                        let i = dec!(PushWith);
                        save_pc!();
                        let o = tri!(self.to_object(r!(i.obj)));
                        let parent = self.frames.last().and_then(|f| f.env);
                        let env = tri!(super::Env::new_with(self, parent, o));
                        if let Some(f) = self.frames.last_mut() {
                            f.env = Some(env);
                            f.env_depth += 1;
                        }
                    }

                    Op::GetGlobal | Op::GetGlobalOrUndef => {
                        let i = dec!(GetGlobal);
                        let ic = &code.ics()[i.ic as usize];
                        let v = match self.get_global_cached(ic) {
                            Some(v) => v,
                            None => {
                                save_pc!();
                                let name = name_at(&code, i.name);
                                match tri!(self.get_global_slow(code, i.ic, name)) {
                                    Some(v) => v,
                                    None if op == Op::GetGlobalOrUndef => Value::UNDEFINED,
                                    None => throw!(self.not_defined_error(name)),
                                }
                            }
                        };
                        if v.is_uninitialized() {
                            throw!(self.tdz_error(name_at(&code, i.name)));
                        }
                        w!(i.dst, v);
                    }
                    Op::SetGlobal => {
                        let i = dec!(SetGlobal);
                        let v = r!(i.src);
                        if !self.set_global_cached(&code.ics()[i.ic as usize], v) {
                            save_pc!();
                            tri!(self.set_global_slow(code, i.ic, name_at(&code, i.name), v, strict));
                        }
                    }
                    Op::GetName | Op::GetNameOrUndef => {
                        let i = dec!(GetName);
                        save_pc!();
                        let name = name_at(&code, i.name);
                        let v = tri!(self.lookup_name(name));
                        match v {
                            Some((v, _)) => {
                                if v.is_uninitialized() {
                                    throw!(self.tdz_error(name));
                                }
                                w!(i.dst, v)
                            }
                            None if op == Op::GetNameOrUndef => w!(i.dst, Value::UNDEFINED),
                            None => throw!(self.not_defined_error(name)),
                        }
                    }
                    Op::GetNameForCall => {
                        let i = dec!(GetNameForCall);
                        save_pc!();
                        let name = name_at(&code, i.name);
                        match tri!(self.lookup_name(name)) {
                            Some((v, this)) => {
                                if v.is_uninitialized() {
                                    throw!(self.tdz_error(name));
                                }
                                w!(i.base, v);
                                w!(i.base + 1, this);
                            }
                            None => throw!(self.not_defined_error(name)),
                        }
                    }
                    Op::SetName => {
                        let i = dec!(SetName);
                        save_pc!();
                        tri!(self.assign_name(name_at(&code, i.name), r!(i.src), strict));
                    }
                    // References resolved before an assignment's right side (scope.rs).
                    Op::ResolveName => {
                        let i = dec!(ResolveName);
                        save_pc!();
                        w!(i.dst, tri!(self.resolve_name_ref(name_at(&code, i.name))));
                    }
                    Op::GetRef => {
                        let i = dec!(GetRef);
                        save_pc!();
                        w!(i.dst, tri!(self.get_ref(r!(i.base), name_at(&code, i.name))));
                    }
                    Op::SetRef => {
                        let i = dec!(SetRef);
                        save_pc!();
                        tri!(self.set_ref(r!(i.base), name_at(&code, i.name), r!(i.src), strict));
                    }
                    Op::ToKey => {
                        let i = dec!(ToKey);
                        let (o, k) = (r!(i.obj), r!(i.key));
                        if k.is_object() || o.is_nullish() {
                            save_pc!();
                            w!(i.dst, tri!(self.to_key_checked(o, k)));
                        } else {
                            w!(i.dst, k);
                        }
                    }
                    Op::DeleteName => {
                        let i = dec!(DeleteName);
                        save_pc!();
                        let b = tri!(self.delete_name(name_at(&code, i.name)));
                        w!(i.dst, Value::bool(b));
                    }
                    Op::DeclareGlobal => {
                        let i = dec!(DeclareGlobal);
                        save_pc!();
                        tri!(self.declare_global(name_at(&code, i.name), r!(i.src), i.is_fn, code.info.flags & crate::bytecode::CODE_EVAL != 0));
                    }
                    Op::DeclareLexical => {
                        let i = dec!(DeclareLexical);
                        save_pc!();
                        tri!(self.declare_lexical(name_at(&code, i.name), i.is_const));
                    }
                    Op::InitLexical => {
                        let i = dec!(InitLexical);
                        let name = name_at(&code, i.name);
                        let scope = self.realm.script_scope;
                        if let Some((slot, _)) = crate::object::Shape::lookup(scope.shape(), name) {
                            scope.set_slot(slot, r!(i.src));
                        }
                    }

                    Op::GetProp => {
                        let i = dec!(GetProp);
                        let obj = r!(i.obj);
                        let v = match super::ic::get_prop_cached(&code.ics()[i.ic as usize], obj) {
                            Some(v) => v,
                            None => {
                                save_pc!();
                                tri!(self.get_prop_slow(code, i.ic, obj, name_at(&code, i.name)))
                            }
                        };
                        w!(i.dst, v);
                    }
                    Op::SetProp => {
                        let i = dec!(SetProp);
                        let (obj, v) = (r!(i.obj), r!(i.src));
                        let ic = code.ics()[i.ic as usize];
                        save_pc!();
                        if !tri!(self.set_prop_cached(&ic, obj, v)) {
                            tri!(self.set_prop_slow(code, i.ic, obj, name_at(&code, i.name), v, strict));
                        }
                    }
                    Op::GetElem => {
                        let i = dec!(GetElem);
                        let (obj, key) = (r!(i.obj), r!(i.key));
                        // Dense array/object element with an int32 index.
                        if let (Some(o), Some(k)) = (obj.as_object(), key.as_int()) {
                            if k >= 0 && o.flags() & OBJ_SPARSE == 0 && matches!(o.class(), ObjectClass::Array | ObjectClass::Object) {
                                if let Some(el) = o.elements() {
                                    if (k as usize) < el.len() {
                                        let v = el.get(k as usize);
                                        if !v.is_hole() {
                                            w!(i.dst, v);
                                            pc += adv;
                                            continue;
                                        }
                                    }
                                }
                            }
                        }
                        save_pc!();
                        let v = tri!(self.get_elem_slow(obj, key));
                        w!(i.dst, v);
                    }
                    Op::SetElem => {
                        let i = dec!(SetElem);
                        let (obj, key, v) = (r!(i.obj), r!(i.key), r!(i.src));
                        if let (Some(o), Some(k)) = (obj.as_object(), key.as_int()) {
                            if k >= 0 && o.flags() & OBJ_SPARSE == 0 && matches!(o.class(), ObjectClass::Array | ObjectClass::Object) {
                                if let Some(el) = o.elements() {
                                    let k = k as usize;
                                    if k < el.len() && !el.get(k).is_hole() {
                                        el.set(k, v);
                                        pc += adv;
                                        continue;
                                    }
                                    // Appending at the end of an array within capacity.
                                    if k == el.len()
                                        && k < el.capacity() as usize
                                        && o.is_extensible()
                                        && (o.class() == ObjectClass::Object || (k as u32 >= o.length() && o.flags() & crate::object::OBJ_LENGTH_READONLY == 0) || (k as u32) < o.length())
                                        && crate::object::ops::protos_accept_index_stores(o)
                                    {
                                        el.set_len(k + 1);
                                        el.set(k, v);
                                        if o.class() == ObjectClass::Array && k as u32 >= o.length() {
                                            o.set_length_field(k as u32 + 1);
                                        }
                                        pc += adv;
                                        continue;
                                    }
                                }
                            }
                        }
                        save_pc!();
                        tri!(self.set_elem_slow(obj, key, v, strict));
                    }
                    Op::DeleteProp => {
                        let i = dec!(DeleteProp);
                        save_pc!();
                        let key = PropertyKey::Atom(name_at(&code, i.name));
                        let b = tri!(self.delete_property(r!(i.obj), key, strict));
                        w!(i.dst, Value::bool(b));
                    }
                    Op::DeleteElem => {
                        let i = dec!(DeleteElem);
                        save_pc!();
                        let obj = r!(i.obj);
                        if obj.is_nullish() {
                            throw!(self.type_error("Cannot convert undefined or null to object"));
                        }
                        let key = tri!(self.to_property_key(r!(i.key)));
                        let b = tri!(self.delete_property(obj, key, strict));
                        w!(i.dst, Value::bool(b));
                    }
                    Op::In => {
                        let i = dec!(In);
                        save_pc!();
                        let Some(o) = r!(i.obj).as_object() else {
                            throw!(self.type_error("Cannot use 'in' operator to search for a key in a non-object"));
                        };
                        let key = tri!(self.to_property_key(r!(i.key)));
                        let b = tri!(ops::has_property(self, o, key));
                        w!(i.dst, Value::bool(b));
                    }
                    Op::InstanceOf => {
                        let i = dec!(InstanceOf);
                        save_pc!();
                        let b = tri!(self.instance_of(r!(i.a), r!(i.b)));
                        w!(i.dst, Value::bool(b));
                    }

                    Op::NewObject => {
                        let i = dec!(NewObject);
                        save_pc!();
                        let shape = self.realm.object_shape;
                        let o = tri!(JsObject::new(self, shape, ObjectClass::Object, ObjectData::Ordinary));
                        w!(i.dst, Value::object(o));
                    }
                    Op::NewArray => {
                        let i = dec!(NewArray);
                        save_pc!();
                        let a = tri!(crate::builtins::array::new_array(self, i.len as u32));
                        w!(i.dst, Value::object(a));
                    }
                    Op::InitProp => {
                        let i = dec!(InitProp);
                        save_pc!();
                        let o = r!(i.obj).as_object().expect("literal object");
                        let desc = ops::PropertyDescriptor::data(r!(i.src), crate::object::attrs::DEFAULT);
                        tri!(ops::define_own_property(self, o, PropertyKey::Atom(name_at(&code, i.name)), &desc));
                    }
                    Op::InitGetter | Op::InitSetter => {
                        let i = dec!(InitGetter);
                        save_pc!();
                        let o = r!(i.obj).as_object().expect("literal object");
                        let f = r!(i.func);
                        let mut desc = ops::PropertyDescriptor { enumerable: Some(true), configurable: Some(true), ..Default::default() };
                        if op == Op::InitGetter {
                            desc.get = Some(f);
                        } else {
                            desc.set = Some(f);
                        }
                        let key = tri!(self.key_from_string(name_at(&code, i.name)));
                        tri!(ops::define_own_property(self, o, key, &desc));
                    }
                    Op::InitProto => {
                        let i = dec!(InitProto);
                        let o = r!(i.obj).as_object().expect("literal object");
                        let v = r!(i.src);
                        if v.is_object() || v.is_null() {
                            save_pc!();
                            // A fresh extensible object: it cannot be on v's chain.
                            tri!(ops::set_prototype(self, o, v.as_object()));
                        }
                    }
                    Op::InitElem => {
                        let i = dec!(InitElem);
                        save_pc!();
                        let o = r!(i.arr).as_object().expect("literal array");
                        tri!(ops::set_element(self, o, i.index, r!(i.src)));
                    }
                    Op::NewRegExp => {
                        let i = dec!(NewRegExp);
                        save_pc!();
                        let re = tri!(crate::builtins::regexp::literal(self, code, i.pattern, i.flags));
                        w!(i.dst, Value::object(re));
                    }
                    Op::Closure => {
                        let i = dec!(Closure);
                        save_pc!();
                        let f = tri!(self.make_closure(code, i.func));
                        w!(i.dst, Value::object(f));
                    }
                    Op::Arguments => {
                        // Created at entry; kept for disassembly clarity.
                        adv = insn::Arguments::SIZE;
                    }

                    Op::Add => {
                        let i = dec!(Add);
                        let (a, b) = (r!(i.a), r!(i.b));
                        let v = if a.is_int() && b.is_int() {
                            match a.as_int_unchecked().checked_add(b.as_int_unchecked()) {
                                Some(s) => Value::int(s),
                                None => Value::double(a.as_int_unchecked() as f64 + b.as_int_unchecked() as f64),
                            }
                        } else if a.is_number() && b.is_number() {
                            Value::double(a.as_number_unchecked() + b.as_number_unchecked())
                        } else {
                            save_pc!();
                            tri!(self.add_values(a, b))
                        };
                        w!(i.dst, v);
                    }
                    Op::Sub => {
                        let i = dec!(Sub);
                        let (a, b) = (r!(i.a), r!(i.b));
                        let v = if a.is_int() && b.is_int() {
                            match a.as_int_unchecked().checked_sub(b.as_int_unchecked()) {
                                Some(s) => Value::int(s),
                                None => Value::double(a.as_int_unchecked() as f64 - b.as_int_unchecked() as f64),
                            }
                        } else {
                            save_pc!();
                            let (x, y) = tri!(self.two_numbers(a, b));
                            Value::double(x - y)
                        };
                        w!(i.dst, v);
                    }
                    Op::Mul => {
                        let i = dec!(Mul);
                        let (a, b) = (r!(i.a), r!(i.b));
                        let v = if a.is_int() && b.is_int() {
                            let (x, y) = (a.as_int_unchecked(), b.as_int_unchecked());
                            match x.checked_mul(y) {
                                // 0 * negative is -0, which int32 cannot hold.
                                Some(0) if x < 0 || y < 0 => Value::double(-0.0),
                                Some(p) => Value::int(p),
                                None => Value::double(x as f64 * y as f64),
                            }
                        } else {
                            save_pc!();
                            let (x, y) = tri!(self.two_numbers(a, b));
                            Value::double(x * y)
                        };
                        w!(i.dst, v);
                    }
                    Op::Div => {
                        let i = dec!(Div);
                        let (a, b) = (r!(i.a), r!(i.b));
                        save_pc!();
                        let (x, y) = tri!(self.two_numbers(a, b));
                        let q = x / y;
                        // Exact integral quotients of int32 operands stay int32.
                        let v = if a.is_int() && b.is_int() { Value::number(q) } else { Value::double(q) };
                        w!(i.dst, v);
                    }
                    Op::Mod => {
                        let i = dec!(Mod);
                        let (a, b) = (r!(i.a), r!(i.b));
                        let v = if a.is_int() && b.is_int() && b.as_int_unchecked() > 0 && a.as_int_unchecked() >= 0 {
                            Value::int(a.as_int_unchecked() % b.as_int_unchecked())
                        } else {
                            save_pc!();
                            let (x, y) = tri!(self.two_numbers(a, b));
                            let m = x % y;
                            if a.is_int() && b.is_int() { Value::number(m) } else { Value::double(m) }
                        };
                        w!(i.dst, v);
                    }
                    Op::BitAnd | Op::BitOr | Op::BitXor | Op::Shl | Op::Shr | Op::Ushr => {
                        let i = dec!(BitAnd);
                        let (a, b) = (r!(i.a), r!(i.b));
                        let (x, y) = if a.is_int() && b.is_int() {
                            (a.as_int_unchecked(), b.as_int_unchecked())
                        } else {
                            save_pc!();
                            let x = tri!(self.to_int32(a));
                            let y = tri!(self.to_int32(b));
                            (x, y)
                        };
                        let v = match op {
                            Op::BitAnd => Value::int(x & y),
                            Op::BitOr => Value::int(x | y),
                            Op::BitXor => Value::int(x ^ y),
                            Op::Shl => Value::int(x.wrapping_shl(y as u32 & 31)),
                            Op::Shr => Value::int(x >> (y as u32 & 31)),
                            _ => Value::number(((x as u32) >> (y as u32 & 31)) as f64),
                        };
                        w!(i.dst, v);
                    }
                    Op::AddInt => {
                        let i = dec!(AddInt);
                        let a = r!(i.a);
                        let v = if let Some(x) = a.as_int() {
                            match x.checked_add(i.imm) {
                                Some(s) => Value::int(s),
                                None => Value::double(x as f64 + i.imm as f64),
                            }
                        } else if a.is_double() {
                            Value::double(a.as_double_unchecked() + i.imm as f64)
                        } else {
                            // Strings concatenate, objects go through ToPrimitive.
                            save_pc!();
                            tri!(self.add_values(a, Value::int(i.imm)))
                        };
                        w!(i.dst, v);
                    }
                    Op::SubInt => {
                        let i = dec!(SubInt);
                        let a = r!(i.a);
                        let v = if let Some(x) = a.as_int() {
                            match x.checked_sub(i.imm) {
                                Some(s) => Value::int(s),
                                None => Value::double(x as f64 - i.imm as f64),
                            }
                        } else if a.is_double() {
                            Value::double(a.as_double_unchecked() - i.imm as f64)
                        } else {
                            save_pc!();
                            let x = tri!(self.to_number(a));
                            Value::double(x - i.imm as f64)
                        };
                        w!(i.dst, v);
                    }
                    Op::Inc | Op::Dec => {
                        let i = dec!(Inc);
                        let a = r!(i.src);
                        let d: i32 = if op == Op::Inc { 1 } else { -1 };
                        let v = if let Some(x) = a.as_int() {
                            match x.checked_add(d) {
                                Some(s) => Value::int(s),
                                None => Value::double(x as f64 + d as f64),
                            }
                        } else {
                            save_pc!();
                            let x = tri!(self.to_number(a));
                            Value::double(x + d as f64)
                        };
                        w!(i.dst, v);
                    }
                    Op::Neg => {
                        let i = dec!(Neg);
                        let a = r!(i.src);
                        let v = match a.as_int() {
                            Some(x) if x != 0 && x != i32::MIN => Value::int(-x),
                            _ => {
                                save_pc!();
                                Value::double(-tri!(self.to_number(a)))
                            }
                        };
                        w!(i.dst, v);
                    }
                    Op::ToNumber => {
                        let i = dec!(ToNumber);
                        let a = r!(i.src);
                        let v = if a.is_number() {
                            a
                        } else {
                            save_pc!();
                            Value::number(tri!(self.to_number(a)))
                        };
                        w!(i.dst, v);
                    }
                    Op::BitNot => {
                        let i = dec!(BitNot);
                        let a = r!(i.src);
                        let x = match a.as_int() {
                            Some(x) => x,
                            None => {
                                save_pc!();
                                tri!(self.to_int32(a))
                            }
                        };
                        w!(i.dst, Value::int(!x));
                    }
                    Op::Not => {
                        let i = dec!(Not);
                        w!(i.dst, Value::bool(!r!(i.src).truthy()));
                    }
                    Op::TypeOf => {
                        let i = dec!(TypeOf);
                        let t = self.type_of(r!(i.src));
                        w!(i.dst, Value::string(t));
                    }
                    Op::ToStr => {
                        let i = dec!(ToStr);
                        save_pc!();
                        let v = tri!(self.to_string_value(r!(i.src)));
                        w!(i.dst, v);
                    }

                    Op::StrictEq | Op::StrictNe => {
                        let i = dec!(StrictEq);
                        let (a, b) = (r!(i.a), r!(i.b));
                        let eq = if a.is_int() && b.is_int() || a.is_object() || a.is_nullish() || a.is_bool() {
                            a == b
                        } else {
                            save_pc!();
                            tri!(self.strict_equals(a, b))
                        };
                        w!(i.dst, Value::bool(eq == (op == Op::StrictEq)));
                    }
                    Op::Eq | Op::Ne => {
                        let i = dec!(Eq);
                        let (a, b) = (r!(i.a), r!(i.b));
                        let eq = if a.is_int() && b.is_int() {
                            a == b
                        } else {
                            save_pc!();
                            tri!(self.loose_equals(a, b))
                        };
                        w!(i.dst, Value::bool(eq == (op == Op::Eq)));
                    }
                    Op::Lt | Op::Le | Op::Gt | Op::Ge => {
                        let i = dec!(Lt);
                        let (a, b) = (r!(i.a), r!(i.b));
                        let o = op;
                        let res = if a.is_int() && b.is_int() {
                            let (x, y) = (a.as_int_unchecked(), b.as_int_unchecked());
                            match o {
                                Op::Lt => x < y,
                                Op::Le => x <= y,
                                Op::Gt => x > y,
                                _ => x >= y,
                            }
                        } else {
                            save_pc!();
                            tri!(self.compare(Some(o), a, b))
                        };
                        w!(i.dst, Value::bool(res));
                    }

                    Op::Jump => {
                        let i = dec!(Jump);
                        jump!(i.off);
                    }
                    Op::JumpIfTrue => {
                        let i = dec!(JumpIfTrue);
                        if r!(i.cond).truthy() {
                            jump!(i.off);
                        }
                    }
                    Op::JumpIfFalse => {
                        let i = dec!(JumpIfFalse);
                        if !r!(i.cond).truthy() {
                            jump!(i.off);
                        }
                    }
                    Op::JumpIfNullish => {
                        let i = dec!(JumpIfNullish);
                        if r!(i.a).is_nullish() {
                            jump!(i.off);
                        }
                    }
                    Op::JumpIfLt => fused_jump!(JumpIfLt, <, Lt, true),
                    Op::JumpIfLe => fused_jump!(JumpIfLe, <=, Le, true),
                    Op::JumpIfGt => fused_jump!(JumpIfGt, >, Gt, true),
                    Op::JumpIfGe => fused_jump!(JumpIfGe, >=, Ge, true),
                    Op::JumpIfLtI => fused_jump_imm!(JumpIfLtI, <, Lt, true),
                    Op::JumpIfLeI => fused_jump_imm!(JumpIfLeI, <=, Le, true),
                    Op::JumpIfGtI => fused_jump_imm!(JumpIfGtI, >, Gt, true),
                    Op::JumpIfGeI => fused_jump_imm!(JumpIfGeI, >=, Ge, true),
                    Op::JumpIfNotLtI => fused_jump_imm!(JumpIfNotLtI, <, Lt, false),
                    Op::JumpIfNotLeI => fused_jump_imm!(JumpIfNotLeI, <=, Le, false),
                    Op::JumpIfNotGtI => fused_jump_imm!(JumpIfNotGtI, >, Gt, false),
                    Op::JumpIfNotGeI => fused_jump_imm!(JumpIfNotGeI, >=, Ge, false),
                    // Comparisons with NaN are false, so the Not forms jump then.
                    Op::JumpIfNotLt => fused_jump!(JumpIfNotLt, <, Lt, false),
                    Op::JumpIfNotLe => fused_jump!(JumpIfNotLe, <=, Le, false),
                    Op::JumpIfNotGt => fused_jump!(JumpIfNotGt, >, Gt, false),
                    Op::JumpIfNotGe => fused_jump!(JumpIfNotGe, >=, Ge, false),
                    Op::LoopHeader => {
                        let i = dec!(LoopHeader);
                        if self.interrupt.load(core::sync::atomic::Ordering::Relaxed) {
                            self.interrupt.store(false, core::sync::atomic::Ordering::Relaxed);
                            throw!(TERMINATE);
                        }
                        if self.jit.config.enabled {
                            // Count crossings; a hot loop enters (or records) a trace.
                            let c = &mut code.loop_counters()[i.counter as usize];
                            *c = c.wrapping_add(1);
                            if (*c as i32) >= self.jit.config.hot_loop as i32 {
                                save_pc!();
                                if self.jit_loop_header(code, pc as u32, i.counter) {
                                    continue 'reload;
                                }
                            }
                        }
                    }

                    Op::Call | Op::CallUndef | Op::CallEval | Op::New => {
                        let i = dec!(Call);
                        if op == Op::CallUndef {
                            w!(i.base + 1, Value::UNDEFINED);
                        }
                        let o = op;
                        let construct = o == Op::New;
                        let abs = base + i.base as usize;
                        let f = r!(i.base);
                        save_pc!();
                        if let Some(fo) = f.as_object() {
                            match fo.data() {
                                ObjectData::Function(FunctionKind::Closure { code: c, env }) if !construct || fo.flags() & OBJ_CONSTRUCTOR != 0 => {
                                    let (c, env) = (*c, *env);
                                    let mut flags = 0;
                                    if construct {
                                        let this = tri!(self.create_this(fo));
                                        w!(i.base + 1, Value::object(this));
                                        flags = FRAME_CONSTRUCT;
                                    }
                                    tri!(self.enter_closure(c, env, abs, i.argc as usize, flags, base + i.dst as usize));
                                    continue 'reload;
                                }
                                ObjectData::Function(FunctionKind::Native { f: native, trace, .. }) if !construct || fo.flags() & OBJ_CONSTRUCTOR != 0 => {
                                    if *trace == crate::jit::natives::NativeTrace::FunctionCall && !construct {
                                        if let Some((c, env, argc)) = self.shift_call_window(abs, i.argc as usize) {
                                            tri!(self.enter_closure(c, env, abs, argc, 0, base + i.dst as usize));
                                            continue 'reload;
                                        }
                                    }
                                    if o == Op::CallEval && fo == self.realm.eval_fn {
                                        let v = tri!(self.direct_eval(abs, i.argc as usize));
                                        w!(i.dst, v);
                                    } else {
                                        let native = *native;
                                        let roots = self.roots.len();
                                        let args = super::CallArgs {
                                            this: if construct { Value::UNDEFINED } else { r!(i.base + 1) },
                                            callee: fo,
                                            is_construct: construct,
                                            // SAFETY: the arguments are registers of this frame.
                                            args: unsafe { regs.add(i.base as usize + 2) },
                                            argc: i.argc as usize,
                                        };
                                        let r = native(self, &args);
                                        self.roots.truncate(roots);
                                        // The window (callee, this, arguments) is dead now.
                                        self.clear_slots(abs, abs + 2 + i.argc as usize, base + i.dst as usize);
                                        let v = tri!(r);
                                        w!(i.dst, v);
                                    }
                                }
                                _ => {
                                    // Bound functions and errors.
                                    let saved = self.sp;
                                    let r = self.check_native_reentry().and_then(|()| {
                                        self.native_depth += 1;
                                        let r = self.call_window(abs, i.argc as usize, construct);
                                        self.native_depth -= 1;
                                        r
                                    });
                                    self.sp = saved;
                                    let v = tri!(r);
                                    w!(i.dst, v);
                                }
                            }
                        } else {
                            throw!(self.not_callable_error(f, construct));
                        }
                    }
                    Op::Return | Op::ReturnUndef => {
                        let mut v = if op == Op::Return { r!(dec!(Return).src) } else { Value::UNDEFINED };
                        let done = self.frames.pop().expect("running frame");
                        if done.flags & FRAME_CONSTRUCT != 0 && !v.is_object() {
                            v = r!(1);
                        }
                        if done.flags & FRAME_ENTRY != 0 {
                            // The caller (Rust) clears and releases the window.
                            return Ok(v);
                        }
                        // The callee's registers are dead. Those inside the caller's
                        // frame (its call window and above) are cleared so they cannot
                        // keep garbage alive; the rest lie above `sp` from now on and
                        // are initialized before any frame uses them again.
                        let (db, dtop) = (done.base as usize, done.base as usize + (done.code.info.register_count as usize).max(2 + done.argc as usize));
                        if let Some(caller) = self.frames.last_mut() {
                            caller.pc += CALL_SIZE as u32;
                            let caller_top = caller.base as usize + caller.code.info.register_count as usize;
                            self.sp = caller_top;
                            self.clear_slots(db, dtop.min(caller_top), done.ret_slot as usize);
                        }
                        // SAFETY: the return slot is a register of the caller's frame.
                        unsafe { self.stack_ptr().add(done.ret_slot as usize).write(v) };
                        continue 'reload;
                    }
                    Op::Throw => {
                        let i = dec!(Throw);
                        throw!(r!(i.src));
                    }
                    Op::ThrowError => {
                        let i = dec!(ThrowError);
                        save_pc!();
                        let msg = code.info.constants[i.msg as usize];
                        let e = self.make_error_value(i.kind, msg);
                        throw!(e);
                    }

                    Op::ForInStart => {
                        let i = dec!(ForInStart);
                        save_pc!();
                        let it = tri!(self.for_in_start(r!(i.obj)));
                        w!(i.iter, it);
                    }
                    Op::ForInNext => {
                        let i = dec!(ForInNext);
                        save_pc!();
                        match tri!(self.for_in_next(r!(i.iter))) {
                            Some(k) => w!(i.dst, k),
                            None => jump!(i.off),
                        }
                    }
                }
                pc += adv;
            }
        }
    }

    /// Finds a handler for `exc`, popping frames up to the innermost entry frame.
    /// `Ok` means execution continues at a handler in the (new) top frame.
    pub(crate) fn unwind(&mut self, exc: Value) -> Result<(), Value> {
        if self.jit.stepping {
            self.jit_abort_if_recording("exception thrown");
        }
        let uncatchable = exc == TERMINATE;
        loop {
            let Some(frame) = self.frames.last().copied() else { return Err(exc) };
            if !uncatchable {
                let pc = frame.pc;
                if let Some(h) = frame.code.info.handlers.iter().find(|h| h.start <= pc && pc < h.end).copied() {
                    let f = self.frames.last_mut().expect("frame");
                    while f.env_depth > h.env_depth {
                        f.env = f.env.and_then(|e| e.parent());
                        f.env_depth -= 1;
                    }
                    f.pc = h.target;
                    let base = f.base as usize;
                    self.sp = base + frame.code.info.register_count as usize;
                    self.stack_set(base + h.exc_reg as usize, exc);
                    return Ok(());
                }
            }
            self.frames.pop();
            let top = frame.base as usize + (frame.code.info.register_count as usize).max(2 + frame.argc as usize);
            self.clear_slots(frame.base as usize + 1, top, usize::MAX);
            if frame.flags & FRAME_ENTRY != 0 {
                return Err(exc);
            }
            if let Some(caller) = self.frames.last() {
                self.sp = caller.base as usize + caller.code.info.register_count as usize;
            }
        }
    }

    /// The environment `depth` levels out from the current one.
    #[inline(always)]
    fn env_at(&self, depth: u16) -> Gc<super::Env> {
        let mut e = self.frames.last().and_then(|f| f.env).expect("compiler-resolved environment");
        for _ in 0..depth {
            e = e.parent().expect("compiler-resolved environment depth");
        }
        e
    }

    fn two_numbers(&mut self, a: Value, b: Value) -> JsResult<(f64, f64)> {
        if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
            return Ok((x, y));
        }
        self.roots.push(b);
        let x = self.to_number(a);
        self.roots.pop();
        let x = x?;
        let y = self.to_number(b)?;
        Ok((x, y))
    }

    fn compare(&mut self, o: Option<Op>, a: Value, b: Value) -> JsResult<bool> {
        Ok(match o {
            Some(Op::Lt) => self.less_than(a, b, true)? == Some(true),
            Some(Op::Gt) => self.less_than(b, a, false)? == Some(true),
            Some(Op::Le) => self.less_than(b, a, false)? == Some(false),
            _ => self.less_than(a, b, true)? == Some(false),
        })
    }

    fn get_elem_slow(&mut self, obj: Value, key: Value) -> JsResult<Value> {
        if obj.is_nullish() {
            return Err(self.nullish_base_error(obj, key, false));
        }
        if let (Some(s), Some(k)) = (obj.as_string(), key.as_int()) {
            if k >= 0 && (k as usize) < s.len() {
                return self.char_at(s, k as usize);
            }
        }
        self.roots.push(obj);
        let k = self.to_property_key(key);
        self.roots.pop();
        let k = k?;
        self.get_value(obj, k)
    }

    fn set_elem_slow(&mut self, obj: Value, key: Value, v: Value, strict: bool) -> JsResult<()> {
        if obj.is_nullish() {
            return Err(self.nullish_base_error(obj, key, true));
        }
        self.roots.push(obj);
        self.roots.push(v);
        let k = self.to_property_key(key);
        let r = k.and_then(|k| self.put_value(obj, k, v, strict));
        self.roots.truncate(self.roots.len() - 2);
        r
    }

    fn delete_property(&mut self, obj: Value, key: PropertyKey, strict: bool) -> JsResult<bool> {
        if obj.is_nullish() {
            return Err(self.type_error("Cannot convert undefined or null to object"));
        }
        let o = match obj.as_object() {
            Some(o) => o,
            None => {
                // Deleting from a primitive: only string indices/length are own.
                if let (Some(s), PropertyKey::Index(i)) = (obj.as_string(), key) {
                    if (i as usize) < s.len() {
                        if strict {
                            return Err(self.delete_error(key));
                        }
                        return Ok(false);
                    }
                }
                if obj.is_string() && key == PropertyKey::Atom(self.names.length) {
                    if strict {
                        return Err(self.delete_error(key));
                    }
                    return Ok(false);
                }
                return Ok(true);
            }
        };
        let ok = ops::delete(self, o, key)?;
        if !ok && strict {
            return Err(self.delete_error(key));
        }
        Ok(ok)
    }

    fn for_in_start(&mut self, v: Value) -> JsResult<Value> {
        if v.is_nullish() {
            let it = super::ForInIter::new(self, Value::UNDEFINED, alloc::rc::Rc::from([]), None)?;
            return Ok(Value::cell(it.header()));
        }
        let o = self.to_object(v)?;
        self.roots.push(Value::object(o));
        let r = (|| {
            if let Some(shape) = enum_cache_shape(o) {
                let keys = crate::object::Shape::enumerable_keys(shape);
                return super::ForInIter::new(self, Value::object(o), keys, Some(shape));
            }
            let mut keys = alloc::vec::Vec::new();
            let mut seen = hashbrown::HashSet::new();
            let mut cur = Some(o);
            let mut first = true;
            while let Some(c) = cur {
                let all = ops::own_keys(self, c, false)?;
                for k in all {
                    if !seen.insert(k) {
                        continue;
                    }
                    if let Some(p) = ops::get_own_property(self, c, k)? {
                        if p.enumerable() {
                            keys.push(k);
                        }
                    }
                }
                let _ = first;
                first = false;
                cur = c.proto();
            }
            super::ForInIter::new(self, Value::object(o), keys.into(), None)
        })();
        self.roots.pop();
        Ok(Value::cell(r?.header()))
    }

    /// `f.call(this, args...)` with a script function `f`: the call window
    /// `[call, f, this, a1 .. an]` at `abs` becomes `[f, this, a1 .. an, undefined]`,
    /// a plain call of `f` the caller's run loop enters directly (no native frame,
    /// no argument copy; the recorder mirrors the shift and inlines `f`). Returns
    /// `f`'s code, environment and the new argument count, or `None` (and leaves
    /// the window alone) when `f` is not a script function.
    fn shift_call_window(&mut self, abs: usize, argc: usize) -> Option<(Gc<crate::bytecode::Code>, Option<Gc<super::Env>>, usize)> {
        let target = self.stack_get(abs + 1);
        let t = target.as_object()?;
        let ObjectData::Function(FunctionKind::Closure { code, env }) = t.data() else { return None };
        let (code, env) = (*code, *env);
        self.stack_set(abs, target);
        if argc == 0 {
            self.stack_set(abs + 1, Value::UNDEFINED);
            return Some((code, env, 0));
        }
        for k in 0..argc {
            let v = self.stack_get(abs + 2 + k);
            self.stack_set(abs + 1 + k, v);
        }
        self.stack_set(abs + 1 + argc, Value::UNDEFINED);
        Some((code, env, argc - 1))
    }

    fn for_in_next(&mut self, it: Value) -> JsResult<Option<Value>> {
        let h = it.as_cell().expect("for-in iterator register");
        // SAFETY: the compiler only passes ForInStart's result here.
        let iter: Gc<super::ForInIter> = unsafe { h.cast() };
        let Some(o) = iter.object.get().as_object() else { return Ok(None) };
        loop {
            let pos = iter.pos.get() as usize;
            let Some(&k) = iter.keys().get(pos) else { return Ok(None) };
            iter.pos.set(pos as u32 + 1);
            // Keys deleted during the loop are skipped; while the object keeps the
            // shape the keys came from, none was.
            if iter.shape.get() == Some(o.shape()) || ops::has_property(self, o, k)? {
                return Ok(Some(self.key_to_value(k)?));
            }
        }
    }

    /// Creates a closure for nested function `index` of `code` in the current env.
    fn make_closure(&mut self, code: Gc<Code>, index: u32) -> JsResult<Gc<JsObject>> {
        let c = code.info.constants[index as usize].as_cell().expect("function constant");
        // SAFETY: the compiler stores Code cells at function constant indices.
        let fcode: Gc<Code> = unsafe { c.cast() };
        let env = self.frames.last().and_then(|f| f.env);
        crate::builtins::function::new_closure(self, fcode, env)
    }

    fn copy_env(&mut self, cur: Gc<super::Env>) -> JsResult<Gc<super::Env>> {
        let (code, idx) = cur.scope().expect("declarative environment");
        let copy = super::Env::for_scope(self, cur.parent(), code, idx)?;
        for i in 0..cur.len() {
            copy.set(i, cur.get(i));
        }
        Ok(copy)
    }
}

/// The shape whose enumeration cache is exactly what `for-in` over `o` visits:
/// when neither `o` nor its prototypes have indexed properties and no prototype
/// has an enumerable one, the loop visits `o`'s enumerable names in order.
fn enum_cache_shape(o: Gc<JsObject>) -> Option<Gc<crate::object::Shape>> {
    fn no_indexed(o: Gc<JsObject>) -> bool {
        !matches!(o.data(), crate::object::ObjectData::String(_)) && o.flags() & crate::object::OBJ_SPARSE == 0 && o.elements().is_none_or(|e| e.as_slice().is_empty())
    }
    if !no_indexed(o) {
        return None;
    }
    let mut p = o.proto();
    while let Some(q) = p {
        if !no_indexed(q) || !crate::object::Shape::enumerable_keys(q.shape()).is_empty() {
            return None;
        }
        p = q.proto();
    }
    Some(o.shape())
}
