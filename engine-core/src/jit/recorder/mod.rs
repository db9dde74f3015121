//! The trace recorder.
//!
//! While recording, the interpreter calls [`Recorder::step`] before executing each
//! instruction. The recorder looks at the instruction and the live values it is
//! about to operate on and writes LIR that does the same thing specialized to
//! those values' types and shapes, with a guard for every assumption. Loads whose
//! result type only shows after the instruction ran leave a *pending* result that
//! the next step types (guard + unbox) from the value the interpreter produced.
//!
//! Interpreter registers are *slots*: slot `k` is stack index `base + k`, where
//! `base` is register 0 of the frame the trace starts in. Inlined calls push
//! virtual frames whose registers are further slots. The tracker maps slots to
//! the LIR values they hold; each guard's exit map (snapshot) lists the slots
//! written so far, so an exit can restore the exact interpreter state.
//!
//! The recorder by family: this module holds its state and [`Recorder::step`],
//! which dispatches on the opcode; `slots` (the tracker, exits and their type
//! maps, pending results), `arith` (numbers and comparisons), `props`
//! (properties, globals, shape guards), `elements` (dense elements), `calls`
//! (helpers, inlined calls, natives, nested trees, returns) and `control`
//! (branch guards, loop exits, closing the loop). `tests/recorder` has a golden
//! per family: what a construct records to.

mod arith;
mod calls;
mod control;
mod elements;
mod natives;
mod props;
mod slots;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use hashbrown::HashMap;

use super::lir::writer::{Filters, Writer};
use super::lir::{Exit, ExitKind, InlineFrame, Insn, LOp, Ref, Ty, NONE};
use super::monitor::SlotType;
use super::runtime::{Helper, STATE_ENV, STATE_GC, STATE_INTERRUPT};
use crate::bytecode::{insn, Code, Op, CODE_HAS_FUNCTION_ENV, CODE_NEEDS_ARGUMENTS, CODE_STRICT, CODE_USES_THIS};
use crate::gc::Gc;
use crate::interp::{Vm, ENV_PARENT_OFFSET, ENV_SLOTS_OFFSET};
use crate::object::{attrs, FunctionKind, JsObject, ObjectClass, ObjectData, Shape, OBJ_SPARSE, OFFSET_ELEMENTS, OFFSET_LENGTH, OFFSET_SHAPE, OFFSET_SLOTS, VALUE_ARRAY_DATA_OFFSET, VALUE_ARRAY_LEN_OFFSET};
use crate::value::{Value, TAG_OBJECT, TAG_STRING};

/// The type of a traced value (the one vocabulary of `jit::types`).
type Kind = SlotType;

/// A traced value: its LIR ref and JS type.
#[derive(Clone, Copy, Debug)]
struct Tv {
    r: Ref,
    k: Kind,
}

/// What the recorder knows of a slot it has read or written.
#[derive(Clone, Copy, Debug)]
struct SlotState {
    /// The traced value.
    v: Tv,
    /// Written by the trace: exits restore it from `v`.
    dirty: bool,
    /// While clean: the type tag the slot holds in memory, which may differ from
    /// `v.k` (an int32 in memory traced as a double) and which exits report.
    mem: Option<SlotType>,
}

/// A virtual (inlined) frame.
#[derive(Clone, Debug)]
struct VFrame {
    code: Gc<Code>,
    base: u32,
    argc: u32,
    call_pc: u32,
    ret_slot: u32,
    flags: u8,
}

/// A branch that extends a nested-tree exit: it is valid only when the inner tree
/// left through the same exit as when it was recorded.
#[derive(Clone, Debug)]
pub struct NestedEntry {
    /// The exit map of the extended (nested) exit.
    pub exit: Exit,
    /// Its slot types.
    pub types: super::ExitTypes,
    /// The inner tree's exit the branch was recorded after.
    pub inner_exit: u32,
}

/// What is being recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    /// A new tree's trunk.
    Trunk,
    /// A branch from exit `exit` of tree `tree` of the anchor.
    Branch {
        /// Tree index among the anchor's peers.
        tree: u32,
        /// Global exit number.
        exit: u32,
    },
}

/// Why recording stopped early.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Abort(pub String);

fn abort<T>(why: &str) -> Result<T, Abort> {
    Err(Abort(String::from(why)))
}

/// What a finished step means for the monitor.
#[derive(Debug, PartialEq, Eq)]
pub enum StepResult {
    /// Keep recording.
    Continue,
    /// The trace is complete (looped or ended); compile it.
    Done,
}

/// A value whose type is known only once the instruction has run.
#[derive(Clone, Copy, Debug)]
enum Pending {
    /// A boxed value loaded into `slot`: guard its type and unbox.
    Load { slot: u32, boxed: Ref, pc: u32 },
    /// A number computed as a double: int32 if the interpreter produced one.
    Number { slot: u32, dbl: Ref, pc: u32 },
    /// A uint32 computed in an int register: int32 if it fits.
    Uint { slot: u32, bits: Ref, pc: u32 },
    /// An int32 result under an overflow guard: the interpreter must have made
    /// an int32 too, or the trace would go on from a guard that fails at once.
    Int { slot: u32 },
    /// A property added to the object in `obj_slot` (shape `old`): the new shape
    /// is known once the interpreter made the transition.
    AddProp { obj_slot: u32, obj: Ref, old: usize, name: Gc<crate::string::JsString>, val: Tv, pc: u32 },
}

/// Where the instruction being recorded is (for the families' recording
/// functions).
#[derive(Clone, Copy)]
pub(super) struct At {
    /// Its code.
    code: Gc<Code>,
    /// Its offset.
    pc: u32,
    /// The slot of its frame's register 0.
    fb: u32,
    /// Its opcode.
    op: Op,
}

impl At {
    /// The bytecode it is in.
    fn bc(&self) -> &[u8] {
        &self.code.info.bytecode
    }
    /// Its offset, for the decoders.
    fn at(&self) -> usize {
        self.pc as usize
    }
    /// The slot of each register of its frame.
    fn slots(&self) -> impl Fn(u16) -> u32 {
        let fb = self.fb;
        move |r| fb + r as u32
    }
}

/// The recorder state.
pub struct Recorder {
    /// The LIR under construction.
    pub w: Writer,
    /// The anchor being recorded (index in the monitor).
    pub anchor: u32,
    /// Code and pc of the anchor loop header.
    pub anchor_code: usize,
    /// Offset of the anchor loop header.
    pub anchor_pc: u32,
    /// Index of the trace's entry frame in `vm.frames`.
    pub entry_depth: usize,
    /// Stack index of slot 0.
    pub base: usize,
    /// Trunk or branch.
    pub kind: RecordKind,
    /// First global exit number of this fragment.
    pub exit_base: u32,
    slots: HashMap<u32, SlotState>,
    /// Trunk: slots read before written and their types.
    pub entry_types: Vec<(u32, SlotType)>,
    /// Branch: slot types known on entry (no guard needed).
    known: HashMap<u32, SlotType>,
    /// The same, sorted by slot (exit type maps merge it).
    known_sorted: Vec<(u32, SlotType)>,
    /// For branches: the tree's entry types it must match to loop.
    pub tree_types: Vec<(u32, SlotType)>,
    frames: Vec<VFrame>,
    /// Values the code will refer to (kept alive by the tree).
    pub keepalive: Vec<Value>,
    pending: Option<Pending>,
    /// Highest slot any exit may write.
    pub max_slot: u32,
    /// Deepest inline nesting.
    pub max_inline: u32,
    /// Slots the oracle says to keep as doubles.
    demote: Vec<u32>,
    /// (code, pc) of instructions the oracle says to compute in doubles.
    double_insns: hashbrown::HashSet<(usize, u32)>,
    /// Slot demotions to report if the loop turns out type-unstable.
    pub unstable_slots: Vec<u32>,
    /// Slot types at each exit (parallel to the exits).
    pub exit_types: Vec<super::ExitTypes>,
    /// A trunk's exits: the guard floor and the slot being type-checked when the
    /// exit was taken (see `complete_exit_types`).
    exit_unknowns: Vec<(u32, Option<u32>)>,
    max_len: u32,
    max_inline_depth: u32,
    steps: u32,
    /// Stack length of the VM (bounds for inlined frames).
    stack_len: usize,
    /// Offset of the anchor loop's last back edge (the loop body is the bytecode
    /// between the header and it).
    loop_end: u32,
    /// Untracked slots at or above this hold what the trace does not know (a
    /// nested tree wrote them, or an inlined callee that returned): reading them
    /// guards, and exit type maps leave them out (`u32::MAX`: none yet).
    guard_floor: u32,
    /// A slot holding a loaded value whose type is being checked (its exit types
    /// must not claim one).
    untyped: Option<u32>,
    /// The abort was not the loop's fault (an inner loop is not compiled yet): the
    /// monitor retries soon without counting towards the blacklist.
    pub retry_soon: bool,
    /// Checking mode (see `jit::check`): stores are logged and loop edges counted.
    check: bool,
    /// Checking mode: no native with state of its own was called (see
    /// `replayable`).
    replay_ok: bool,
    /// Checking mode, branches: the frame depth and pc the interpreter resumes
    /// at after the exit, which must be the first instruction recorded.
    pub first_at: Option<(usize, u32)>,
    /// The abort waits for this inner tree's code (anchor, tree; see
    /// `Anchor::waiting_on`).
    pub waiting_for: Option<(u32, u32)>,
}

/// How many activations of one function an inlined call stack may hold.
const MAX_RECURSIVE_INLINE: usize = 3;

/// The offset of the last jump back to the loop header at `header`.
fn loop_end_of(code: Gc<Code>, header: u32) -> u32 {
    let bc = &code.info.bytecode;
    let mut pc = 0usize;
    let mut end = header;
    while pc < bc.len() {
        let Some(op) = Op::from_byte(bc[pc]) else { break };
        if crate::bytecode::verify::jump_target(bc, pc) == Some(header as usize) && pc as u32 > end {
            end = pc as u32;
        }
        pc += op.size();
    }
    end
}

impl Recorder {
    /// Starts recording at the current top frame of `vm`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vm: &Vm,
        anchor: u32,
        anchor_code: usize,
        anchor_pc: u32,
        entry_depth: usize,
        kind: RecordKind,
        exit_base: u32,
        known: HashMap<u32, SlotType>,
        tree_types: Vec<(u32, SlotType)>,
        demote: Vec<u32>,
        double_insns: hashbrown::HashSet<(usize, u32)>,
    ) -> Recorder {
        let base = vm.frames[entry_depth].base as usize;
        let mut w = Writer::new(Filters::default());
        w.raw(Insn::new(LOp::Base, NONE, NONE, 0));
        w.raw(Insn::new(LOp::State, NONE, NONE, 0));
        w.raw(Insn::new(LOp::LoopTop, NONE, NONE, 0));
        let mut r = Recorder {
            w,
            anchor,
            anchor_code,
            anchor_pc,
            entry_depth,
            base,
            kind,
            exit_base,
            slots: HashMap::new(),
            entry_types: Vec::new(),
            known_sorted: {
                let mut k: Vec<(u32, SlotType)> = known.iter().map(|(s, t)| (*s, *t)).collect();
                k.sort_unstable_by_key(|e| e.0);
                k
            },
            known,
            tree_types,
            frames: Vec::new(),
            keepalive: Vec::new(),
            pending: None,
            max_slot: 0,
            max_inline: 0,
            demote,
            double_insns,
            unstable_slots: Vec::new(),
            exit_types: Vec::new(),
            exit_unknowns: Vec::new(),
            max_len: vm.jit.config.max_trace_len,
            max_inline_depth: vm.jit.config.max_inline_depth,
            steps: 0,
            stack_len: vm.stack_len(),
            loop_end: anchor_pc,
            guard_floor: u32::MAX,
            untyped: None,
            retry_soon: false,
            check: vm.jit.config.check,
            replay_ok: true,
            first_at: None,
            waiting_for: None,
        };
        // SAFETY: the anchor's code is the code of a frame on the VM's stack.
        let acode: Gc<Code> = unsafe { Gc::from_addr(anchor_code) };
        r.loop_end = loop_end_of(acode, anchor_pc);
        // The tree's code refers to the loop's code (its anchor key): keep it.
        r.keepalive.push(Value::cell(acode.header()));
        // A branch starts inside whatever inlined frames the exit rebuilt.
        for f in &vm.frames[entry_depth + 1..] {
            r.frames.push(VFrame {
                code: f.code,
                base: f.base - base as u32,
                argc: f.argc,
                call_pc: 0,
                ret_slot: f.ret_slot - base as u32,
                flags: f.flags,
            });
        }
        // Call pcs: each frame's caller pc is the pc saved in the caller frame.
        for i in 0..r.frames.len() {
            r.frames[i].call_pc = vm.frames[entry_depth + i].pc;
            r.keepalive.push(Value::cell(vm.frames[entry_depth + 1 + i].code.header()));
        }
        r
    }

    /// Starts a branch of a nested exit with a check that the inner tree left
    /// through the exit the branch is recorded after; otherwise the branch leaves
    /// at once through a copy of the nested exit (which may grow its own branch).
    pub fn guard_inner_exit(&mut self, n: NestedEntry) {
        let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
        let got = self.w.load(LOp::Ld32, Ty::I32, st, super::runtime::STATE_INNER_EXIT);
        let want = self.w.kint(n.inner_exit as i32);
        let same = self.w.op2(LOp::EqI, got, want);
        self.w.lir.exits.push(Exit { pc: n.exit.pc, frames: n.exit.frames, slots: Vec::new(), kind: ExitKind::Nested });
        self.exit_types.push(n.types);
        self.exit_unknowns.push((0, None));
        let e = (self.w.lir.exits.len() - 1) as u32;
        self.w.guard(same, true, e);
    }

    /// Values the recording refers to (GC roots while recording).
    pub fn for_each_root(&self, f: &mut impl FnMut(Value)) {
        for v in &self.keepalive {
            f(*v);
        }
        for fr in &self.frames {
            f(Value::cell(fr.code.header()));
        }
    }

    // ------------------------------------------------------------------
    // Slots

    // ------------------------------------------------------------------
    // Number helpers

    // ------------------------------------------------------------------

    /// Records the instruction at the current pc of the top frame (about to run).
    pub fn step(&mut self, vm: &mut Vm) -> Result<StepResult, Abort> {
        self.resolve_pending(vm)?;
        self.steps += 1;
        if self.w.lir.insns.len() as u32 > self.max_len {
            return abort("trace too long");
        }
        if vm.frames.len() < self.entry_depth + 1 {
            return abort("returned from the loop's frame");
        }
        if vm.frames.len() != self.entry_depth + 1 + self.frames.len() {
            return abort("frame stack changed unexpectedly");
        }
        // (After those: a native the recording called may run script code,
        // whose steps end the recording before the interpreter has cleared the
        // native's window.)
        if vm.jit.config.check {
            if let Some((depth, pc)) = self.first_at.take() {
                let now = (vm.frames.len(), self.current_pc(vm));
                if now != (depth, pc) {
                    let what = format!("a branch's first recorded instruction is at depth {} pc {}, but its exit resumes at depth {depth} pc {pc}", now.0, now.1);
                    vm.jit_check_failed(&what);
                    return abort("checking mode: the branch starts elsewhere than its exit");
                }
            }
            self.check_tracked_slots(vm)?;
        }
        let frame = *vm.frames.last().expect("frame");
        let code = frame.code;
        let pc = frame.pc;
        let bc = &code.info.bytecode;
        let fb = self.frame_base(vm);
        let Some(op) = Op::from_byte(bc[pc as usize]) else { return abort("bad opcode") };
        let at = pc as usize;
        if self.frames.is_empty() && (pc < self.anchor_pc || pc > self.loop_end) {
            // The path left the loop (a `break`, or the loop condition failed).
            return match self.kind {
                RecordKind::Trunk => {
                    self.retry_soon = true;
                    abort("the loop ended while recording")
                }
                RecordKind::Branch { .. } => self.end_with_loop_exit(vm, pc),
            };
        }
        let slot = |r: u16| fb + r as u32;
        let here = At { code, pc, fb, op };
        match op {
            Op::Nop | Op::Debugger | Op::Arguments => {}
            Op::LoadUndef | Op::LoadNull | Op::LoadTrue | Op::LoadFalse | Op::LoadHole | Op::LoadGlobalObj => {
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
            }
            Op::NewObject => {
                let dst = insn::NewObject::decode(bc, at).dst;
                let shape = vm.realm.object_shape;
                let r = self.new_object(vm, shape, pc)?;
                self.set(slot(dst), Tv { r, k: Kind::Object });
            }
            Op::NewArray => {
                let i = insn::NewArray::decode(bc, at);
                let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
                let len = self.w.kint(i.len as i32);
                let r = self.helper(Helper::NewArray, &[st, len]);
                self.guard_nonzero(vm, r, pc);
                self.set(slot(i.dst), Tv { r, k: Kind::Object });
            }
            Op::InitElem => {
                let i = insn::InitElem::decode(bc, at);
                let arr = self.get(vm, slot(i.arr))?;
                let v = self.get(vm, slot(i.src))?;
                if arr.k != Kind::Object || i.index > i32::MAX as u32 {
                    return abort("unusual array literal");
                }
                let idx = self.w.kint(i.index as i32);
                self.call_set_elem(vm, arr, idx, v, pc);
            }
            Op::InitProp => {
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
            }
            Op::Closure => {
                let i = insn::Closure::decode(bc, at);
                let Some(c) = code.info.constants[i.func as usize].as_cell() else { return abort("bad function constant") };
                self.keep(Value::cell(c));
                let env = self.env_ref(vm, 0)?;
                let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
                let cr = self.w.kptr(c.addr() as u64);
                let r = self.helper(Helper::Closure, &[st, cr, env]);
                self.guard_nonzero(vm, r, pc);
                self.set(slot(i.dst), Tv { r, k: Kind::Object });
            }
            Op::ToStr => return self.rec_to_str(vm, here),
            Op::LoadInt => {
                let i = insn::LoadInt::decode(bc, at);
                let r = self.w.kint(i.imm);
                self.set(slot(i.dst), Tv { r, k: Kind::Int });
            }
            Op::LoadConst => {
                let i = insn::LoadConst::decode(bc, at);
                let c = code.info.constants[i.k as usize];
                let tv = self.constant(c)?;
                self.set(slot(i.dst), tv);
            }
            Op::Move => {
                let i = insn::Move::decode(bc, at);
                let v = self.get(vm, slot(i.src))?;
                self.set(slot(i.dst), v);
            }
            Op::CheckInit => {
                let i = insn::CheckInit::decode(bc, at);
                // Kinds never include the TDZ marker, so a traced value is initialized.
                self.get(vm, slot(i.src))?;
            }
            Op::GetEnv | Op::GetEnvChecked => {
                let i = insn::GetEnv::decode(bc, at);
                let env = self.env_ref(vm, i.depth)?;
                let boxed = self.w.load(LOp::Ld64, Ty::Val, env, (ENV_SLOTS_OFFSET + 8 * i.slot as usize) as i32);
                if op == Op::GetEnvChecked {
                    let un = self.w.kval(Value::UNINITIALIZED.0);
                    let c = self.w.op2(LOp::NeP, boxed, un);
                    self.guard_now(vm, c, true, pc);
                }
                self.pending = Some(Pending::Load { slot: slot(i.dst), boxed, pc: pc + op.size() as u32 });
            }
            Op::SetEnv => {
                let i = insn::SetEnv::decode(bc, at);
                let v = self.get(vm, slot(i.src))?;
                let env = self.env_ref(vm, i.depth)?;
                let boxed = self.boxed(v);
                self.store64(env, boxed, (ENV_SLOTS_OFFSET + 8 * i.slot as usize) as i32);
            }
            Op::GetGlobal | Op::GetGlobalOrUndef => return self.rec_get_global(vm, here),
            Op::SetGlobal => return self.rec_set_global(vm, here),
            Op::GetProp => return self.rec_get_prop(vm, here),
            Op::SetProp => return self.rec_set_prop(vm, here),
            Op::GetElem => return self.rec_get_elem(vm, here),
            Op::SetElem => return self.rec_set_elem(vm, here),
            Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Mod => {
                let i = insn::Add::decode(bc, at);
                let a = self.get(vm, slot(i.a))?;
                let b = self.get(vm, slot(i.b))?;
                self.arith(vm, op, a, b, (Some(slot(i.a)), Some(slot(i.b))), slot(i.dst), code, pc)?;
            }
            Op::AddInt | Op::SubInt => {
                let i = insn::AddInt::decode(bc, at);
                let a = self.get(vm, slot(i.a))?;
                let b = Tv { r: self.w.kint(i.imm), k: Kind::Int };
                let aop = if op == Op::AddInt { Op::Add } else { Op::Sub };
                self.arith(vm, aop, a, b, (Some(slot(i.a)), None), slot(i.dst), code, pc)?;
            }
            Op::Inc | Op::Dec => {
                let i = insn::Inc::decode(bc, at);
                let a = self.get(vm, slot(i.src))?;
                if !a.k.is_number() {
                    return abort("increment of a non-number");
                }
                let b = Tv { r: self.w.kint(1), k: Kind::Int };
                let aop = if op == Op::Inc { Op::Add } else { Op::Sub };
                self.arith(vm, aop, a, b, (Some(slot(i.src)), None), slot(i.dst), code, pc)?;
            }
            Op::Neg => return self.rec_neg(vm, here),
            Op::ToNumber => {
                let i = insn::ToNumber::decode(bc, at);
                let a = self.get(vm, slot(i.src))?;
                if !a.k.is_number() {
                    return abort("ToNumber of a non-number");
                }
                self.set(slot(i.dst), a);
            }
            Op::BitAnd | Op::BitOr | Op::BitXor | Op::Shl | Op::Shr | Op::Ushr => return self.rec_bitop(vm, here),
            Op::BitNot => {
                let i = insn::BitNot::decode(bc, at);
                let a = self.get(vm, slot(i.src))?;
                let x = self.to_int32(a)?;
                let r = self.w.op1(LOp::NotI, x);
                self.set(slot(i.dst), Tv { r, k: Kind::Int });
            }
            Op::Not => {
                let i = insn::Not::decode(bc, at);
                let a = self.get(vm, slot(i.src))?;
                let t = self.truthy(a)?;
                let r = self.w.op1(LOp::NotB, t);
                self.set(slot(i.dst), Tv { r, k: Kind::Bool });
            }
            Op::In => {
                let i = insn::In::decode(bc, at);
                let obj = self.get(vm, slot(i.obj))?;
                let key = self.get(vm, slot(i.key))?;
                let Some(o) = self.stack_value(vm, slot(i.obj)).as_object() else { return abort("in of a non-object") };
                if obj.k != Kind::Object || !matches!(key.k, Kind::Int | Kind::String) || super::helpers::has_fast(vm, o, self.stack_value(vm, slot(i.key))).is_none() {
                    return abort("in that the interpreter must answer");
                }
                let kb = self.boxed(key);
                let b = self.call_tristate(vm, Helper::Has, obj.r, kb, pc);
                self.set(slot(i.dst), Tv { r: b, k: Kind::Bool });
            }
            Op::InstanceOf => {
                let i = insn::InstanceOf::decode(bc, at);
                let a = self.get(vm, slot(i.a))?;
                let b = self.get(vm, slot(i.b))?;
                if b.k != Kind::Object || super::helpers::instance_of_fast(vm, self.stack_value(vm, slot(i.a)), self.stack_value(vm, slot(i.b))).is_none() {
                    return abort("instanceof that the interpreter must answer");
                }
                let ab = self.boxed(a);
                let t = self.call_tristate(vm, Helper::InstanceOf, ab, b.r, pc);
                self.set(slot(i.dst), Tv { r: t, k: Kind::Bool });
            }
            Op::TypeOf => return self.rec_typeof(vm, here),
            Op::StrictEq | Op::StrictNe | Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge => {
                let i = insn::Lt::decode(bc, at);
                let a = self.get(vm, slot(i.a))?;
                let b = self.get(vm, slot(i.b))?;
                let r = self.compare(vm, op, a, b, pc)?;
                self.set(slot(i.dst), Tv { r, k: Kind::Bool });
            }
            Op::Jump => {}
            Op::JumpIfTrue | Op::JumpIfFalse => {
                let i = insn::JumpIfTrue::decode(bc, at);
                let a = self.get(vm, slot(i.cond))?;
                let t = self.truthy(a)?;
                let now = self.stack_value(vm, slot(i.cond)).truthy();
                let jumps = now == (op == Op::JumpIfTrue);
                let kind = self.branch_exit_kind(code, pc, jumps);
                self.guard_branch(vm, t, now, pc, kind);
            }
            Op::JumpIfNullish => {
                let i = insn::JumpIfNullish::decode(bc, at);
                self.get(vm, slot(i.a))?;
            }
            Op::JumpIfLt | Op::JumpIfLe | Op::JumpIfGt | Op::JumpIfGe | Op::JumpIfNotLt | Op::JumpIfNotLe | Op::JumpIfNotGt | Op::JumpIfNotGe => {
                let i = insn::JumpIfLt::decode(bc, at);
                let a = self.get(vm, slot(i.a))?;
                let b = self.get(vm, slot(i.b))?;
                self.fused_branch(vm, op, a, b, self.stack_value(vm, slot(i.a)), self.stack_value(vm, slot(i.b)), pc)?;
            }
            Op::JumpIfLtI | Op::JumpIfLeI | Op::JumpIfGtI | Op::JumpIfGeI | Op::JumpIfNotLtI | Op::JumpIfNotLeI | Op::JumpIfNotGtI | Op::JumpIfNotGeI => {
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
            }
            Op::LoopHeader => {
                let is_anchor = code.addr() == self.anchor_code && pc == self.anchor_pc && self.frames.is_empty();
                if is_anchor {
                    if self.steps == 1 && self.kind == RecordKind::Trunk {
                        return Ok(StepResult::Continue);
                    }
                    self.close_loop(vm, pc)?;
                    return Ok(StepResult::Done);
                }
                self.record_nested(vm, code, pc)?;
            }
            Op::Call | Op::CallUndef | Op::New => {
                let i = insn::Call::decode(bc, at);
                self.record_call(vm, op, i.dst, i.base, i.argc, code, pc)?;
            }
            Op::Return | Op::ReturnUndef => return self.rec_return(vm, here),
            _ => return abort(&format!("unsupported {}", op.name())),
        }
        Ok(StepResult::Continue)
    }

}
