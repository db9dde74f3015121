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
    /// Slots at or above this were written by a nested tree call: their types are
    /// unknown, so reading them guards (`u32::MAX`: no nested call yet).
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

    fn stack_value(&self, vm: &Vm, slot: u32) -> Value {
        vm.stack_get(self.base + slot as usize)
    }

    /// The type tag a slot the trace does not track holds in memory when native
    /// code gets here, if the recording knows it: a trunk's entry types (checked
    /// and converted on entry), a branch's types at the exit it starts from.
    /// Slots written by a nested tree or left behind by an inlined return are
    /// unknown.
    fn base_type(&self, slot: u32) -> Option<SlotType> {
        if slot >= self.guard_floor {
            return None;
        }
        match self.kind {
            RecordKind::Trunk => self.entry_types.iter().find(|(s, _)| *s == slot).map(|(_, t)| *t),
            RecordKind::Branch { .. } => self.known.get(&slot).copied(),
        }
    }

    /// The traced value of a slot, loading it if the trace has not seen it.
    fn get(&mut self, vm: &Vm, slot: u32) -> Result<Tv, Abort> {
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

    fn unbox(&mut self, boxed: Ref, k: Kind) -> Tv {
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

    fn guard_kind(&mut self, boxed: Ref, k: Kind, exit: u32) {
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
    fn set(&mut self, slot: u32, v: Tv) {
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

    /// A call of `h` with `args`, typed and marked pure by the helper table.
    fn helper(&mut self, h: Helper, args: &[Ref]) -> Ref {
        self.w.call(h as u32, h.ret(), args, h.is_pure())
    }

    /// Stores boxed `v` at `ptr + off` (an object, environment or element slot);
    /// in checking mode, logs the old value first so a replay can undo it.
    fn store64(&mut self, ptr: Ref, v: Ref, off: i32) {
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
        let unlogged = |i: &Insn| i.op == LOp::Call && i.imm != Helper::CallTree as i64 && super::runtime::helper_writes_heap(i.imm as u32);
        self.replay_ok && !self.w.lir.insns.iter().any(unlogged)
    }

    /// Makes memory hold `v`, the slot's traced value, with its traced type, for
    /// code that reads the slot from memory (a loop top, a nested tree): a clean
    /// slot may hold an int32 that the trace widened.
    fn store_if_mem_differs(&mut self, slot: u32, v: Tv) {
        if self.slots.get(&slot).is_some_and(|s| !s.dirty && s.mem != Some(v.k)) {
            self.set(slot, v);
        }
    }

    /// Mirrors the interpreter clearing a native call's window (but the result
    /// in `keep`): the slots hold `undefined`, so exits restore exactly what the
    /// interpreter has, and no stale value is believed to be there.
    fn clear_window(&mut self, range: core::ops::Range<u32>, keep: u32) {
        let u = self.w.kval(Value::UNDEFINED.0);
        for s in range.filter(|s| *s != keep) {
            self.set(s, Tv { r: u, k: Kind::Undefined });
        }
    }

    /// Checking mode: every tracked slot holds a value of its traced type in the
    /// interpreter (numbers may differ in representation only).
    fn check_tracked_slots(&self, vm: &mut Vm) -> Result<(), Abort> {
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
        vm.jit_check_record_failed(self.anchor, slot, &format!("{k:?}"), v, pc, super::lir::text::to_text(&self.w.lir));
        abort("checking mode: a traced slot differs from the interpreter")
    }

    /// The boxed form of a traced value.
    fn boxed(&mut self, v: Tv) -> Ref {
        match v.k {
            Kind::Int => self.w.op1(LOp::BoxI, v.r),
            Kind::Double => self.w.op1(LOp::BoxD, v.r),
            Kind::Bool => self.w.op1(LOp::BoxB, v.r),
            _ => v.r,
        }
    }

    fn frame_base(&self, vm: &Vm) -> u32 {
        vm.frames.last().map_or(0, |f| f.base) - self.base as u32
    }

    fn current_pc(&self, vm: &Vm) -> u32 {
        vm.frames.last().map_or(0, |f| f.pc)
    }

    /// Records an exit map for resuming at `pc` in the innermost frame.
    fn snapshot_exit(&mut self, _vm: &Vm, pc: u32, kind: ExitKind) -> u32 {
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
    fn exit_type_map(&self) -> super::ExitTypes {
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

    fn keep(&mut self, v: Value) {
        if v.is_gc_pointer() && !self.keepalive.contains(&v) {
            self.keepalive.push(v);
        }
    }

    // ------------------------------------------------------------------
    // Number helpers

    fn to_double(&mut self, v: Tv) -> Result<Ref, Abort> {
        match v.k {
            Kind::Double => Ok(v.r),
            Kind::Int => Ok(self.w.op1(LOp::I2D, v.r)),
            _ => abort("non-number in arithmetic"),
        }
    }

    /// ToNumber of a boolean, `null` or `undefined` (other kinds unchanged): 0
    /// or 1, 0, NaN.
    fn prim_to_number(&mut self, v: Tv) -> Tv {
        match v.k {
            Kind::Bool => {
                // The same 0/1 bits, typed as an int32 (so exits box a number).
                let z = self.w.kint(0);
                Tv { r: self.w.ins(Insn { op: LOp::OrI, ty: Ty::I32, a: v.r, b: z, imm: 0 }), k: Kind::Int }
            }
            Kind::Null => Tv { r: self.w.kint(0), k: Kind::Int },
            Kind::Undefined => Tv { r: self.w.kdbl(f64::NAN), k: Kind::Double },
            _ => v,
        }
    }

    fn to_int32(&mut self, v: Tv) -> Result<Ref, Abort> {
        match v.k {
            Kind::Int => Ok(v.r),
            Kind::Double => Ok(self.helper(Helper::DoubleToInt32, &[v.r])),
            Kind::Bool => Ok(v.r),
            Kind::Undefined | Kind::Null => Ok(self.w.kint(0)),
            _ => abort("ToInt32 of a non-number"),
        }
    }

    /// Truthiness as a `Bool` ref.
    fn truthy(&mut self, v: Tv) -> Result<Ref, Abort> {
        Ok(match v.k {
            Kind::Bool => v.r,
            Kind::Int => {
                let z = self.w.kint(0);
                self.w.ins(Insn { op: LOp::NeI, ty: Ty::Bool, a: v.r, b: z, imm: 0 })
            }
            Kind::Double => {
                let z = self.w.kdbl(0.0);
                let ne0 = self.w.op2(LOp::NeD, v.r, z);
                let not_nan = self.w.op2(LOp::EqD, v.r, v.r);
                self.w.ins(Insn { op: LOp::AndI, ty: Ty::Bool, a: ne0, b: not_nan, imm: 0 })
            }
            Kind::Object => self.w.kbool(true),
            Kind::Undefined | Kind::Null => self.w.kbool(false),
            Kind::String => {
                let p = self.w.op1(LOp::UnboxP, v.r);
                let len = self.w.load(LOp::Ld32, Ty::I32, p, 4);
                let z = self.w.kint(0);
                self.w.ins(Insn { op: LOp::NeI, ty: Ty::Bool, a: len, b: z, imm: 0 })
            }
        })
    }

    /// Guards that `cond` keeps the value it has now; exits to `pc` otherwise.
    fn guard_now(&mut self, vm: &Vm, cond: Ref, now: bool, pc: u32) {
        if self.w.lir.kint(cond).is_some() {
            return;
        }
        let e = self.snapshot_exit(vm, pc, ExitKind::Side);
        self.w.guard(cond, now, e);
    }

    /// Guards that the object `obj` points to has shape `shape` (kept alive by
    /// the tree); exits to `pc` otherwise.
    fn guard_shape(&mut self, vm: &Vm, obj: Ref, shape: Gc<Shape>, pc: u32) {
        let sh = self.w.load(LOp::Ld64, Ty::Ptr, obj, OFFSET_SHAPE as i32);
        self.guard_eq_ptr(vm, sh, shape.addr() as u64, pc);
        self.keep(Value::cell(shape.header()));
    }

    fn guard_eq_ptr(&mut self, vm: &Vm, r: Ref, addr: u64, pc: u32) {
        let k = self.w.kptr(addr);
        let c = self.w.op2(LOp::EqP, r, k);
        self.guard_now(vm, c, true, pc);
    }

    // ------------------------------------------------------------------

    /// Types the result of the previous instruction, if pending.
    fn resolve_pending(&mut self, vm: &Vm) -> Result<(), Abort> {
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
                if !self.stack_value(vm, slot).is_int() {
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

    /// Records the instruction at the current pc of the top frame (about to run).
    pub fn step(&mut self, vm: &mut Vm) -> Result<StepResult, Abort> {
        self.resolve_pending(vm)?;
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
            Op::ToStr => {
                let i = insn::ToStr::decode(bc, at);
                let v = self.get(vm, slot(i.src))?;
                let r = match v.k {
                    Kind::String => v,
                    Kind::Object => return abort("ToString of an object"),
                    _ => {
                        let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
                        let boxed = self.boxed(v);
                        let r = self.helper(Helper::ToStr, &[st, boxed]);
                        self.guard_nonzero(vm, r, pc);
                        Tv { r, k: Kind::String }
                    }
                };
                self.set(slot(i.dst), r);
            }
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
            Op::GetGlobal | Op::GetGlobalOrUndef => {
                let i = insn::GetGlobal::decode(bc, at);
                let name = code.info.constants[i.name as usize].as_string().expect("name");
                let (holder, k) = self.global_slot(vm, name, pc)?;
                let hp = self.w.kptr(holder.addr() as u64);
                let slots = self.w.load(LOp::Ld64, Ty::Ptr, hp, OFFSET_SLOTS as i32);
                let boxed = self.w.load(LOp::Ld64, Ty::Val, slots, (VALUE_ARRAY_DATA_OFFSET + 8 * k as usize) as i32);
                if holder == vm.realm.script_scope {
                    let un = self.w.kval(Value::UNINITIALIZED.0);
                    let c = self.w.op2(LOp::NeP, boxed, un);
                    self.guard_now(vm, c, true, pc);
                }
                self.pending = Some(Pending::Load { slot: slot(i.dst), boxed, pc: pc + op.size() as u32 });
            }
            Op::SetGlobal => {
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
                let slots = self.w.load(LOp::Ld64, Ty::Ptr, hp, OFFSET_SLOTS as i32);
                let boxed = self.boxed(v);
                self.store64(slots, boxed, (VALUE_ARRAY_DATA_OFFSET + 8 * k as usize) as i32);
            }
            Op::GetProp => {
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
                        let slots = self.w.load(LOp::Ld64, Ty::Ptr, pp, OFFSET_SLOTS as i32);
                        let boxed = self.w.load(LOp::Ld64, Ty::Val, slots, (VALUE_ARRAY_DATA_OFFSET + 8 * k as usize) as i32);
                        self.pending = Some(Pending::Load { slot: slot(i.dst), boxed, pc: next });
                    }
                    _ => return abort("property of a primitive"),
                }
            }
            Op::SetProp => {
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
                let slots = self.w.load(LOp::Ld64, Ty::Ptr, p, OFFSET_SLOTS as i32);
                let boxed = self.boxed(v);
                self.store64(slots, boxed, (VALUE_ARRAY_DATA_OFFSET + 8 * k as usize) as i32);
            }
            Op::GetElem => {
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
                    if super::helpers::get_named_fast(vm, o, s).is_none() {
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
            }
            Op::SetElem => {
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
                    if super::helpers::named_own_writable_slot(vm, o, s).is_none() {
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
            }
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
            Op::Neg => {
                let i = insn::Neg::decode(bc, at);
                let a = self.get(vm, slot(i.src))?;
                let dst = slot(i.dst);
                match a.k {
                    Kind::Int => {
                        let x = self.stack_value(vm, slot(i.src)).as_int_unchecked();
                        if x != 0 && x != i32::MIN {
                            let z = self.w.kint(0);
                            let nz = self.w.op2(LOp::NeI, a.r, z);
                            self.guard_now(vm, nz, true, pc);
                            let m = self.w.kint(i32::MIN);
                            let nm = self.w.op2(LOp::NeI, a.r, m);
                            self.guard_now(vm, nm, true, pc);
                            let r = self.w.op1(LOp::NegI, a.r);
                            self.set(dst, Tv { r, k: Kind::Int });
                        } else {
                            let d = self.w.op1(LOp::I2D, a.r);
                            let r = self.w.op1(LOp::NegD, d);
                            self.set(dst, Tv { r, k: Kind::Double });
                        }
                    }
                    Kind::Double => {
                        let r = self.w.op1(LOp::NegD, a.r);
                        self.set(dst, Tv { r, k: Kind::Double });
                    }
                    _ => return abort("negation of a non-number"),
                }
            }
            Op::ToNumber => {
                let i = insn::ToNumber::decode(bc, at);
                let a = self.get(vm, slot(i.src))?;
                if !a.k.is_number() {
                    return abort("ToNumber of a non-number");
                }
                self.set(slot(i.dst), a);
            }
            Op::BitAnd | Op::BitOr | Op::BitXor | Op::Shl | Op::Shr | Op::Ushr => {
                let i = insn::BitAnd::decode(bc, at);
                let a = self.get(vm, slot(i.a))?;
                let b = self.get(vm, slot(i.b))?;
                let (x, y) = (self.to_int32(a)?, self.to_int32(b)?);
                let lop = match op {
                    Op::BitAnd => LOp::AndI,
                    Op::BitOr => LOp::OrI,
                    Op::BitXor => LOp::XorI,
                    Op::Shl => LOp::ShlI,
                    Op::Shr => LOp::SarI,
                    _ => LOp::ShrI,
                };
                let r = self.w.op2(lop, x, y);
                if op == Op::Ushr {
                    self.pending = Some(Pending::Uint { slot: slot(i.dst), bits: r, pc: pc + op.size() as u32 });
                } else {
                    self.set(slot(i.dst), Tv { r, k: Kind::Int });
                }
            }
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
            Op::TypeOf => {
                let i = insn::TypeOf::decode(bc, at);
                let a = self.get(vm, slot(i.src))?;
                let v = self.stack_value(vm, slot(i.src));
                if let (Kind::Object, Some(o)) = (a.k, v.as_object()) {
                    // Callable means class Function: guard the class word being
                    // Function or not, as it is now.
                    let p = self.w.op1(LOp::UnboxP, a.r);
                    let cls = self.w.load(LOp::Ld32, Ty::I32, p, 4);
                    let f = self.w.kint(ObjectClass::Function as i32);
                    let is_fn = self.w.op2(LOp::EqI, cls, f);
                    self.guard_now(vm, is_fn, o.is_callable(), pc);
                }
                let s = vm.type_of(v);
                let r = self.w.kval(Value::string(s).0);
                self.set(slot(i.dst), Tv { r, k: Kind::String });
            }
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
            Op::Return | Op::ReturnUndef => {
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
                // The callee's registers are dead. The interpreter clears those
                // inside the caller's frame (its call window): so does the trace.
                // Memory of the others is unknown from now on (stores there may be
                // dead).
                let cb = vf.base;
                let caller = vm.frames[vm.frames.len() - 2];
                let caller_top = caller.base - self.base as u32 + caller.code.info.register_count as u32;
                let callee_top = cb + (code.info.register_count as u32).max(2 + vf.argc);
                self.slots.retain(|s, _| *s < cb);
                self.guard_floor = self.guard_floor.min(cb);
                self.clear_window(cb..callee_top.min(caller_top), vf.ret_slot);
                self.set(vf.ret_slot, v);
            }
            _ => return abort(&format!("unsupported {}", op.name())),
        }
        Ok(StepResult::Continue)
    }

    fn constant(&mut self, c: Value) -> Result<Tv, Abort> {
        Ok(if c.is_int() {
            Tv { r: self.w.kint(c.as_int_unchecked()), k: Kind::Int }
        } else if c.is_double() {
            Tv { r: self.w.kdbl(c.as_double_unchecked()), k: Kind::Double }
        } else if c.is_string() {
            self.keep(c);
            Tv { r: self.w.kval(c.0), k: Kind::String }
        } else {
            return abort("unusual constant");
        })
    }

    /// The environment `depth` levels out from the current frame's.
    fn env_ref(&mut self, vm: &Vm, depth: u16) -> Result<Ref, Abort> {
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
                self.w.load(LOp::Ld64, Ty::Ptr, p, env_off as i32)
            }
            None => {
                let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
                self.w.load(LOp::Ld64, Ty::Ptr, st, STATE_ENV)
            }
        };
        for _ in 0..depth {
            e = self.w.load(LOp::Ld64, Ty::Ptr, e, ENV_PARENT_OFFSET as i32);
        }
        Ok(e)
    }

    /// Finds a global's holder (global object or script scope) and slot, guarding
    /// the shapes that make the lookup valid.
    fn global_slot(&mut self, vm: &Vm, name: Gc<crate::string::JsString>, pc: u32) -> Result<(Gc<JsObject>, u32), Abort> {
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
    fn record_get_prop(&mut self, vm: &Vm, recv: Tv, obj_slot: u32, dst: u32, name: Gc<crate::string::JsString>, pc: u32, next: u32) -> Result<(), Abort> {
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
            let slots = self.w.load(LOp::Ld64, Ty::Ptr, p, OFFSET_SLOTS as i32);
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
                let slots = self.w.load(LOp::Ld64, Ty::Ptr, hp, OFFSET_SLOTS as i32);
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

    /// Guards that the object in `obj_slot` has dense elements; returns them.
    /// Is the element of `o` at the int32 key in `key_slot` in dense storage now
    /// (not a hole, not past the end)?
    fn dense_element_present(&self, vm: &Vm, o: Gc<JsObject>, key_slot: u32) -> bool {
        let kv = self.stack_value(vm, key_slot).as_number().map_or(-1, |d| d as i32);
        kv >= 0 && o.flags() & OBJ_SPARSE == 0 && o.elements().is_some_and(|e| (kv as usize) < e.len() && !e.get(kv as usize).is_hole())
    }

    /// The address of element `idx` (an int32 ref) of the object in `obj_slot`
    /// and its current (boxed) value, under guards that the storage is dense,
    /// the index in bounds and the element not a hole.
    fn dense_element(&mut self, vm: &Vm, recv: Tv, obj_slot: u32, idx: Ref, pc: u32) -> Result<(Ref, Ref), Abort> {
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

    fn dense_elements(&mut self, vm: &Vm, recv: Tv, obj_slot: u32, pc: u32) -> Result<Ref, Abort> {
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
        let el = self.w.load(LOp::Ld64, Ty::Ptr, p, OFFSET_ELEMENTS as i32);
        let null = self.w.kptr(0);
        let has = self.w.op2(LOp::NeP, el, null);
        self.guard_now(vm, has, true, pc);
        Ok(el)
    }

    #[allow(clippy::too_many_arguments)]
    /// `src`: the slots `a` and `b` were read from (`None` for immediates).
    #[allow(clippy::too_many_arguments)]
    fn arith(&mut self, vm: &Vm, op: Op, a: Tv, b: Tv, src: (Option<u32>, Option<u32>), dst: u32, code: Gc<Code>, pc: u32) -> Result<(), Abort> {
        if op == Op::Add && (a.k == Kind::String || b.k == Kind::String) && a.k != Kind::Object && b.k != Kind::Object {
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            let (x, y) = (self.boxed(a), self.boxed(b));
            let r = self.helper(Helper::AddStr, &[st, x, y]);
            self.guard_nonzero(vm, r, pc);
            self.set(dst, Tv { r, k: Kind::String });
            return Ok(());
        }
        let (a, b) = (self.prim_to_number(a), self.prim_to_number(b));
        if !a.k.is_number() || !b.k.is_number() {
            return abort("arithmetic on non-numbers");
        }
        let next = pc + code.info.bytecode.get(pc as usize).and_then(|b| Op::from_byte(*b)).map_or(1, |o| o.size()) as u32;
        let force_double = self.double_insns.contains(&(code.addr(), pc));
        if a.k == Kind::Int && b.k == Kind::Int && !force_double {
            match op {
                Op::Add | Op::Sub | Op::Mul => {
                    let lop = match op {
                        Op::Add => LOp::AddOvI,
                        Op::Sub => LOp::SubOvI,
                        _ => LOp::MulOvI,
                    };
                    // Predict from the runtime values: if this iteration overflows, the
                    // trace computes in doubles.
                    let (x, y) = (self.peek_int(vm, a, src.0), self.peek_int(vm, b, src.1));
                    let fits = match (x, y) {
                        (Some(x), Some(y)) => match op {
                            Op::Add => x.checked_add(y).is_some(),
                            Op::Sub => x.checked_sub(y).is_some(),
                            _ => x.checked_mul(y).is_some_and(|p| p != 0 || (x >= 0 && y >= 0)),
                        },
                        _ => true,
                    };
                    if fits {
                        let e = self.snapshot_exit(vm, pc, ExitKind::Overflow);
                        let r = self.w.ins(Insn::new(lop, a.r, b.r, e as i64));
                        self.set(dst, Tv { r, k: Kind::Int });
                        self.pending = Some(Pending::Int { slot: dst });
                        return Ok(());
                    }
                }
                Op::Mod => {
                    let (x, y) = (self.peek_int(vm, a, src.0), self.peek_int(vm, b, src.1));
                    if matches!((x, y), (Some(x), Some(y)) if x >= 0 && y > 0) {
                        let z = self.w.kint(0);
                        let c1 = self.w.op2(LOp::GeI, a.r, z);
                        self.guard_now(vm, c1, true, pc);
                        let c2 = self.w.op2(LOp::GtI, b.r, z);
                        self.guard_now(vm, c2, true, pc);
                        let r = self.w.op2(LOp::ModI, a.r, b.r);
                        self.set(dst, Tv { r, k: Kind::Int });
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let (x, y) = (self.to_double(a)?, self.to_double(b)?);
        let r = match op {
            Op::Add => self.w.op2(LOp::AddD, x, y),
            Op::Sub => self.w.op2(LOp::SubD, x, y),
            Op::Mul => self.w.op2(LOp::MulD, x, y),
            Op::Div => self.w.op2(LOp::DivD, x, y),
            _ => self.helper(Helper::Fmod, &[x, y]),
        };
        // Div and Mod of two int32s give an int32 result when it is exact (as the
        // interpreter does); everything else stays double.
        if a.k == Kind::Int && b.k == Kind::Int && matches!(op, Op::Div | Op::Mod) && !force_double {
            self.pending = Some(Pending::Number { slot: dst, dbl: r, pc: next });
        } else {
            self.set(dst, Tv { r, k: Kind::Double });
        }
        Ok(())
    }

    /// An index or key held as a double (`seed % n` after an overflow, `x / 2`)
    /// as an int32 under an exit for values that are not exactly one (fractions,
    /// NaN, -0); the value in `slot` must be one now, so the exit is not taken at
    /// once. Ints pass through.
    fn int_key(&mut self, vm: &Vm, v: Tv, slot: u32, pc: u32) -> Result<Tv, Abort> {
        match v.k {
            Kind::Int => Ok(v),
            Kind::Double => {
                let d = self.stack_value(vm, slot).as_number().unwrap_or(f64::NAN);
                if d != d as i32 as f64 || (d == 0.0 && d.is_sign_negative()) {
                    return abort("index that is not an int32");
                }
                let e = self.snapshot_exit(vm, pc, ExitKind::Side);
                let r = self.w.ins(Insn::new(LOp::D2IX, v.r, NONE, e as i64));
                Ok(Tv { r, k: Kind::Int })
            }
            _ => Ok(v),
        }
    }

    /// The int32 that traced value `v`, read from `slot` (`None`: an immediate),
    /// holds in this iteration.
    fn peek_int(&self, vm: &Vm, v: Tv, slot: Option<u32>) -> Option<i32> {
        if let Some(k) = self.w.lir.kint(v.r) {
            return Some(k);
        }
        let v = self.stack_value(vm, slot?);
        // (A boolean operand counts as 0 or 1, as ToNumber makes it.)
        v.as_int().or_else(|| v.as_bool().map(i32::from))
    }

    /// A comparison producing a `Bool` ref.
    fn compare(&mut self, vm: &Vm, op: Op, a: Tv, b: Tv, pc: u32) -> Result<Ref, Abort> {
        let strict = matches!(op, Op::StrictEq | Op::StrictNe);
        let eq = matches!(op, Op::StrictEq | Op::StrictNe | Op::Eq | Op::Ne);
        let negate = matches!(op, Op::StrictNe | Op::Ne);
        if a.k.is_number() && b.k.is_number() {
            let r = if a.k == Kind::Int && b.k == Kind::Int {
                let lop = match op {
                    Op::Lt => LOp::LtI,
                    Op::Le => LOp::LeI,
                    Op::Gt => LOp::GtI,
                    Op::Ge => LOp::GeI,
                    _ => LOp::EqI,
                };
                self.w.ins(Insn { op: lop, ty: Ty::Bool, a: a.r, b: b.r, imm: 0 })
            } else {
                let (x, y) = (self.to_double(a)?, self.to_double(b)?);
                let lop = match op {
                    Op::Lt => LOp::LtD,
                    Op::Le => LOp::LeD,
                    Op::Gt => LOp::GtD,
                    Op::Ge => LOp::GeD,
                    _ => LOp::EqD,
                };
                self.w.op2(lop, x, y)
            };
            return Ok(if negate { self.w.op1(LOp::NotB, r) } else { r });
        }
        if a.k == Kind::String && b.k == Kind::String {
            let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
            // a < b, a > b = b < a, a <= b = !(b < a), a >= b = !(a < b).
            let (helper, x, y, neg) = match op {
                Op::Lt => (Helper::StrLt, a.r, b.r, false),
                Op::Gt => (Helper::StrLt, b.r, a.r, false),
                Op::Le => (Helper::StrLt, b.r, a.r, true),
                Op::Ge => (Helper::StrLt, a.r, b.r, true),
                _ => (Helper::StrEq, a.r, b.r, negate),
            };
            let r = self.helper(helper, &[st, x, y]);
            self.guard_int_result(vm, r, LOp::GeI, pc);
            let one = self.w.kint(1);
            let t = self.w.ins(Insn { op: LOp::EqI, ty: Ty::Bool, a: r, b: one, imm: 0 });
            return Ok(if neg { self.w.op1(LOp::NotB, t) } else { t });
        }
        if !eq {
            return abort("relational comparison of non-numbers");
        }
        let same = a.k == b.k;
        let r = match (a.k, b.k) {
            (Kind::Bool, Kind::Bool) => self.w.ins(Insn { op: LOp::EqI, ty: Ty::Bool, a: a.r, b: b.r, imm: 0 }),
            (Kind::Object, Kind::Object) => self.w.op2(LOp::EqP, a.r, b.r),
            (Kind::Undefined | Kind::Null, Kind::Undefined | Kind::Null) => self.w.kbool(same || !strict),
            (Kind::Object, _) | (_, Kind::Object) if !strict => return abort("loose equality with an object"),
            (Kind::String, _) | (_, Kind::String) if !strict => return abort("loose equality with a string"),
            (Kind::Bool, _) | (_, Kind::Bool) if !strict => return abort("loose equality with a boolean"),
            (Kind::Undefined | Kind::Null, _) | (_, Kind::Undefined | Kind::Null) => self.w.kbool(false),
            _ => self.w.kbool(false),
        };
        Ok(if negate { self.w.op1(LOp::NotB, r) } else { r })
    }

    #[allow(clippy::too_many_arguments)]
    fn fused_branch(&mut self, vm: &Vm, op: Op, a: Tv, b: Tv, av: Value, bv: Value, pc: u32) -> Result<(), Abort> {
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
    fn branch_exit_kind(&self, code: Gc<Code>, pc: u32, jumps_now: bool) -> ExitKind {
        let back_edge = self.frames.is_empty()
            && code.addr() == self.anchor_code
            && crate::bytecode::verify::jump_target(&code.info.bytecode, pc as usize) == Some(self.anchor_pc as usize);
        if back_edge && jumps_now {
            ExitKind::LoopExit
        } else {
            ExitKind::Side
        }
    }

    fn guard_branch(&mut self, vm: &Vm, cond: Ref, now: bool, pc: u32, kind: ExitKind) {
        if self.w.lir.kint(cond).is_some() {
            return;
        }
        let e = self.snapshot_exit(vm, pc, kind);
        self.w.guard(cond, now, e);
    }

    /// Ends a branch trace that left the loop with an exit to the interpreter.
    fn end_with_loop_exit(&mut self, vm: &Vm, pc: u32) -> Result<StepResult, Abort> {
        let e = self.snapshot_exit(vm, pc, ExitKind::LoopExit);
        self.w.raw(Insn::new(LOp::Exit, NONE, NONE, e as i64));
        Ok(StepResult::Done)
    }

    /// An inner loop inside the recorded one: call its tree from the trace (a nested
    /// tree) and run it now, so the interpreter continues after the inner loop.
    fn record_nested(&mut self, vm: &mut Vm, code: Gc<Code>, pc: u32) -> Result<(), Abort> {
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
            if let Some(counter) = super::find_counter(code, pc) {
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
        let id = self.w.kint(super::runtime::pack_tree_id(ia, ti as u32));
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

    #[allow(clippy::too_many_arguments)]
    fn record_call(&mut self, vm: &Vm, op: Op, dst: u16, wbase: u16, argc: u16, _code: Gc<Code>, pc: u32) -> Result<(), Abort> {
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
    fn record_native(&mut self, vm: &Vm, f: crate::interp::NativeFn, magic: u32, dst: u16, wslot: u32, argc: u16, fb: u32, pc: u32) -> Result<(), Abort> {
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
    fn guard_int_result(&mut self, vm: &Vm, r: Ref, op: LOp, pc: u32) {
        let z = self.w.kint(0);
        let ok = self.w.op2(op, r, z);
        self.guard_now(vm, ok, true, pc);
    }

    /// A helper answering 1, 0, or -1 for "the interpreter must answer" (`in`,
    /// `instanceof`): the guard on its answer, and the answer as a `Bool`.
    fn call_tristate(&mut self, vm: &Vm, helper: Helper, a: Ref, b: Ref, pc: u32) -> Ref {
        let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
        let r = self.helper(helper, &[st, a, b]);
        self.guard_int_result(vm, r, LOp::GeI, pc);
        let z = self.w.kint(0);
        self.w.ins(Insn { op: LOp::NeI, ty: Ty::Bool, a: r, b: z, imm: 0 })
    }

    /// A guard that a helper's boxed result is not 0 (its failure value).
    fn guard_nonzero(&mut self, vm: &Vm, r: Ref, pc: u32) {
        let z = self.w.kval(0);
        let ok = self.w.op2(LOp::NeP, r, z);
        self.guard_now(vm, ok, true, pc);
    }

    /// A new object of `shape` (a root shape) from a helper.
    fn new_object(&mut self, vm: &Vm, shape: Gc<Shape>, pc: u32) -> Result<Ref, Abort> {
        self.keep(Value::cell(shape.header()));
        let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
        let sr = self.w.kptr(shape.addr() as u64);
        let r = self.helper(Helper::NewObject, &[st, sr]);
        self.guard_nonzero(vm, r, pc);
        Ok(r)
    }

    /// `obj[idx] = v` through the element-store helper (holes, appends, growth).
    fn call_set_elem(&mut self, vm: &Vm, obj: Tv, idx: Ref, v: Tv, pc: u32) {
        let st = self.w.ins(Insn::new(LOp::State, NONE, NONE, 0));
        let boxed = self.boxed(v);
        let done = self.helper(Helper::SetElem, &[st, obj.r, idx, boxed]);
        self.guard_int_result(vm, done, LOp::NeI, pc);
    }

    /// An assignment that adds a property: guards the receiver's shape and the
    /// prototypes' (no setter or read-only property of that name may appear), and
    /// leaves the transition to be typed once the interpreter made it.
    #[allow(clippy::too_many_arguments)]
    fn record_prop_add(&mut self, vm: &Vm, recv: Tv, (v, v_slot): (Tv, u32), obj_slot: u32, o: Gc<JsObject>, name: Gc<crate::string::JsString>, pc: u32) -> Result<StepResult, Abort> {
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

    /// `new F(...)` of a closure: the object `this` made the way the interpreter
    /// makes it (root shape of `F.prototype`), under guards on `F.prototype`.
    fn record_construct_this(&mut self, vm: &Vm, fo: Gc<JsObject>, wslot: u32, pc: u32) -> Result<(), Abort> {
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
        let slots = self.w.load(LOp::Ld64, Ty::Ptr, fp, OFFSET_SLOTS as i32);
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

    /// Closes the loop at the anchor (or ends the trace if types differ).
    fn close_loop(&mut self, vm: &Vm, pc: u32) -> Result<(), Abort> {
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
        let flag_ptr = self.w.load(LOp::Ld64, Ty::Ptr, state, STATE_INTERRUPT);
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
}
