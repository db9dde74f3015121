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
//! maps, pending results, loads and moves), `literals` (object and array
//! literals, closures), `arith` (numbers and comparisons), `props`
//! (properties, globals, closure variables, `in`, `instanceof`, shape guards),
//! `elements` (dense elements), `calls` (helpers, inlined calls, nested trees,
//! returns), `natives` (one hook per builtin the JIT knows) and `control`
//! (branch guards, loop headers and exits, closing the loop). `tests/recorder` has a golden
//! per family: what a construct records to.

mod arith;
mod calls;
mod control;
mod elements;
mod literals;
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

    /// What must hold before each step: the trace's size, the frames the
    /// recorder mirrors, and in checking mode the tracked slots and a branch's
    /// first instruction.
    fn check_step(&mut self, vm: &mut Vm) -> Result<(), Abort> {
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
        Ok(())
    }

    /// Records the instruction at the current pc of the top frame (about to run).
    /// Records the instruction the interpreter is about to execute, by handing
    /// it to its family's recording function (`literals`, `slots`, `arith`,
    /// `props`, `elements`, `calls`, `natives`, `control`).
    pub fn step(&mut self, vm: &mut Vm) -> Result<StepResult, Abort> {
        self.resolve_pending(vm)?;
        self.steps += 1;
        self.check_step(vm)?;
        let frame = *vm.frames.last().expect("frame");
        let (code, pc) = (frame.code, frame.pc);
        let fb = self.frame_base(vm);
        let Some(op) = Op::from_byte(code.info.bytecode[pc as usize]) else { return abort("bad opcode") };
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
        let here = At { code, pc, fb, op };
        match op {
            Op::Nop | Op::Debugger | Op::Arguments | Op::Jump => Ok(StepResult::Continue),
            Op::LoadUndef | Op::LoadNull | Op::LoadTrue | Op::LoadFalse | Op::LoadHole | Op::LoadGlobalObj => self.rec_literal(vm, here),
            Op::NewObject => self.rec_new_object(vm, here),
            Op::NewArray => self.rec_new_array(vm, here),
            Op::NewRegExp => self.rec_new_regexp(vm, here),
            Op::InitElem => self.rec_init_elem(vm, here),
            Op::InitProp => self.rec_init_prop(vm, here),
            Op::Closure => self.rec_closure(vm, here),
            Op::ToStr => self.rec_to_str(vm, here),
            Op::LoadInt => self.rec_load_int(vm, here),
            Op::LoadConst => self.rec_load_const(vm, here),
            Op::Move => self.rec_move(vm, here),
            Op::CheckInit => self.rec_check_init(vm, here),
            Op::GetEnv | Op::GetEnvChecked => self.rec_get_env(vm, here),
            Op::SetEnv => self.rec_set_env(vm, here),
            Op::GetGlobal | Op::GetGlobalOrUndef => self.rec_get_global(vm, here),
            Op::SetGlobal => self.rec_set_global(vm, here),
            Op::GetProp => self.rec_get_prop(vm, here),
            Op::SetProp => self.rec_set_prop(vm, here),
            Op::GetElem => self.rec_get_elem(vm, here),
            Op::SetElem => self.rec_set_elem(vm, here),
            Op::ToKey => self.rec_to_key(vm, here),
            Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Mod => self.rec_binary(vm, here),
            Op::AddInt | Op::SubInt => self.rec_add_int(vm, here),
            Op::Inc | Op::Dec => self.rec_inc(vm, here),
            Op::Neg => self.rec_neg(vm, here),
            Op::ToNumber => self.rec_to_number(vm, here),
            Op::BitAnd | Op::BitOr | Op::BitXor | Op::Shl | Op::Shr | Op::Ushr => self.rec_bitop(vm, here),
            Op::BitNot => self.rec_bit_not(vm, here),
            Op::Not => self.rec_not(vm, here),
            Op::In => self.rec_in(vm, here),
            Op::InstanceOf => self.rec_instance_of(vm, here),
            Op::TypeOf => self.rec_typeof(vm, here),
            Op::StrictEq | Op::StrictNe | Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge => self.rec_compare(vm, here),
            Op::JumpIfTrue | Op::JumpIfFalse => self.rec_jump_if(vm, here),
            Op::JumpIfNullish => self.rec_jump_if_nullish(vm, here),
            Op::JumpIfLt | Op::JumpIfLe | Op::JumpIfGt | Op::JumpIfGe | Op::JumpIfNotLt | Op::JumpIfNotLe | Op::JumpIfNotGt | Op::JumpIfNotGe => self.rec_fused_jump(vm, here),
            Op::JumpIfLtI | Op::JumpIfLeI | Op::JumpIfGtI | Op::JumpIfGeI | Op::JumpIfNotLtI | Op::JumpIfNotLeI | Op::JumpIfNotGtI | Op::JumpIfNotGeI => self.rec_fused_jump_imm(vm, here),
            Op::LoopHeader => self.rec_loop_header(vm, here),
            Op::Call | Op::CallUndef | Op::New => self.rec_call(vm, here),
            Op::Return | Op::ReturnUndef => self.rec_return(vm, here),
            _ => abort(&format!("unsupported {}", op.name())),
        }
    }
}
