//! The contract between compiled traces and the VM.
//!
//! A compiled fragment is entered as `extern "C" fn(*mut TraceState) -> u32` and
//! returns the number of the exit it left through. While it runs, boxed slot values
//! live in the VM's register stack at `TraceState::base` (slot `k` at `base[k]`),
//! so an exit only needs to write the values its snapshot lists; the VM then
//! rebuilds frames of inlined calls and resumes interpreting.
//!
//! Native code never triggers a collection: helpers allocate without collecting
//! and report failure instead, and the loop edge checks a flag the allocator sets
//! when a collection is due, so the trace leaves and the interpreter collects.

use alloc::boxed::Box;
use alloc::sync::Arc;
use alloc::string::String;
use alloc::vec::Vec;
use core::sync::atomic::AtomicBool;

use super::lir::{Exit, Lir, Ty};
use crate::value::Value;

/// Execution state shared with native code. Offsets are part of the ABI.
#[repr(C)]
pub struct TraceState {
    /// Slot 0 of the trace (register 0 of the frame that entered it).
    pub base: *mut Value,
    /// The VM (for helpers).
    pub vm: *mut crate::interp::Vm,
    /// The host's interrupt flag.
    pub interrupt: *const AtomicBool,
    /// Non-zero when a collection is due (native code leaves at the loop edge).
    pub gc_requested: u8,
    _pad: [u8; 3],
    /// The exit the last nested tree call left through.
    pub inner_exit: u32,
    /// The environment of the frame that entered the trace.
    pub env: *const crate::interp::Env,
    /// Scratch for helpers that return two results.
    pub scratch: u64,
    /// One past the highest slot the running trees may use: natives called from
    /// native code keep their own stack use above it.
    pub stack_top: *mut Value,
    /// Checking mode: loop edges taken since entry (see `jit::check`).
    pub iterations: u32,
}

/// Offset of `TraceState::base`.
pub const STATE_BASE: i32 = core::mem::offset_of!(TraceState, base) as i32;
/// Offset of `TraceState::interrupt`.
pub const STATE_INTERRUPT: i32 = core::mem::offset_of!(TraceState, interrupt) as i32;
/// Offset of `TraceState::gc_requested`.
pub const STATE_GC: i32 = core::mem::offset_of!(TraceState, gc_requested) as i32;
/// Offset of `TraceState::inner_exit`.
pub const STATE_INNER_EXIT: i32 = core::mem::offset_of!(TraceState, inner_exit) as i32;
/// Offset of `TraceState::env`.
pub const STATE_ENV: i32 = core::mem::offset_of!(TraceState, env) as i32;

impl TraceState {
    /// A state for entering a trace.
    pub fn new(base: *mut Value, vm: *mut crate::interp::Vm, interrupt: *const AtomicBool, env: *const crate::interp::Env) -> TraceState {
        TraceState { base, vm, interrupt, gc_requested: 0, _pad: [0; 3], inner_exit: 0, env, scratch: 0, stack_top: base, iterations: 0 }
    }
}

/// The signature of compiled code.
pub type TraceFn = unsafe extern "C" fn(*mut TraceState) -> u32;

/// What a helper looks like to the code generator.
#[derive(Clone, Debug, PartialEq)]
pub struct HelperSig {
    /// Function address.
    pub addr: usize,
    /// Argument types (ints and pointers in integer registers, f64 in XMM).
    pub args: Vec<Ty>,
    /// Result type.
    pub ret: Ty,
}

/// Everything the code generator needs to compile one fragment (LIR after the
/// passes). Plain data, so it can move to a compiler thread.
#[derive(Clone, Debug)]
pub struct CompileJob {
    /// The optimized trace.
    pub lir: Lir,
    /// Helper signatures, indexed by the `imm` of call instructions.
    pub helpers: Vec<HelperSig>,
    /// A branch fragment: its `loop` jumps to the trunk's loop top, an address
    /// filled in when the tree is linked (see [`FragmentCode::loop_patch`]).
    pub branch: bool,
    /// Name for diagnostics.
    pub name: String,
    /// Global number of the fragment's first exit (the code returns
    /// `exit_base + local exit index`).
    pub exit_base: u32,
}

/// Exit numbers are `fragment << EXIT_FRAGMENT_SHIFT | local`: stable whatever
/// the passes do to a fragment, and known before it is compiled.
pub const EXIT_FRAGMENT_SHIFT: u32 = 16;

/// The global number of local exit `local` of fragment `frag`.
pub fn exit_id(frag: usize, local: usize) -> u32 {
    ((frag as u32) << EXIT_FRAGMENT_SHIFT) | local as u32
}

/// The fragment and local index of an exit number.
pub fn exit_parts(id: u32) -> (usize, usize) {
    ((id >> EXIT_FRAGMENT_SHIFT) as usize, (id & ((1 << EXIT_FRAGMENT_SHIFT) - 1)) as usize)
}

/// One recorded fragment to compile: the LIR as recorded (folded and CSE'd) and
/// what the passes after recording need. The passes run where the code is
/// generated (a compiler thread in background mode).
#[derive(Clone, Debug)]
pub struct FragmentJob {
    /// The recorded LIR.
    pub lir: Lir,
    /// Slot types at each recorded exit.
    pub exit_types: Vec<super::ExitTypes>,
    /// The tree's entry types (types of loop-carried slots in a peeled trunk).
    pub entry_types: Vec<(u32, super::monitor::SlotType)>,
    /// Global number of the fragment's first exit.
    pub exit_base: u32,
    /// The trunk (fragment 0) rather than a branch.
    pub trunk: bool,
    /// Peel the trunk's loop (see `lir::peel`).
    pub peel: bool,
    /// Keep the LIR text before and after the passes (diagnostics).
    pub want_lir: bool,
}

/// A compiled fragment: position-independent machine code plus what linking a
/// tree and taking its exits need.
#[derive(Debug)]
pub struct FragmentCode {
    /// Machine code (main part, then exit stubs).
    pub code: Vec<u8>,
    /// Offset of the entry point.
    pub entry: u32,
    /// Offset of the loop top (trunk).
    pub loop_top: u32,
    /// Offset of the 8-byte immediate a branch's loop edge jumps through (the
    /// trunk's loop top goes there).
    pub loop_patch: Option<u32>,
    /// Per local exit: offset of the 8-byte immediate its stub jumps through
    /// (a branch attached to the exit goes there).
    pub exit_patch: Vec<u32>,
    /// `(offset of an 8-byte immediate, code offset whose address it holds)`.
    pub relocs: Vec<(u32, u32)>,
    /// The exits after the passes (a peeled trunk has two copies of most).
    pub exits: Vec<Exit>,
    /// Slot types at each exit.
    pub exit_types: Vec<super::ExitTypes>,
    /// For each exit, the first exit that is a copy of the same recorded guard.
    pub exit_first_copy: Vec<u32>,
    /// LIR instructions as recorded and after the passes.
    pub lir_sizes: (u32, u32),
    /// LIR text as recorded and after the passes, when asked for.
    pub lir_text: Option<(String, String)>,
    /// Machine code bytes.
    pub size: u32,
}

/// Where a fragment of a tree job comes from.
#[derive(Clone, Debug)]
pub enum FragmentSource {
    /// Already compiled for an earlier version of the tree.
    Compiled(Arc<FragmentCode>),
    /// New since the last version.
    New(Arc<FragmentJob>),
}

/// A whole tree to compile and link: its fragments and which exit each branch
/// extends. Every growth of a tree compiles a new version (earlier fragments are
/// reused as compiled), so published code is never patched.
#[derive(Clone, Debug)]
pub struct TreeJob {
    /// Fragment 0 is the trunk.
    pub frags: Vec<FragmentSource>,
    /// `(exit number, fragment)`: the exit's stub jumps to the fragment.
    pub links: Vec<(u32, u32)>,
    /// Helper signatures.
    pub helpers: Arc<Vec<HelperSig>>,
    /// The version number (from the tree's slot).
    pub version: u32,
    /// Name for diagnostics.
    pub name: String,
    /// Produce a disassembly.
    pub want_listing: bool,
    /// Host clock when the loop became hot (latency statistics).
    pub hot_ns: u64,
}

/// A compiled, linked and published tree.
pub struct TreeCode {
    /// Entry point (the trunk's).
    pub entry: usize,
    /// Code bytes.
    pub size: usize,
    /// The fragments, as compiled (reused by the next version).
    pub frags: Vec<Arc<FragmentCode>>,
    /// Disassembly, when asked for.
    pub listing: Option<String>,
    /// Time the compiler spent, in nanoseconds.
    pub compile_ns: u64,
    /// Host clock when the code was published.
    pub published_ns: u64,
    /// Owns the executable memory (dropping it frees the code).
    pub handle: Box<dyn core::any::Any + Send + Sync>,
}

impl core::fmt::Debug for TreeCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "TreeCode({:#x}, {} bytes, {} fragments)", self.entry, self.size, self.frags.len())
    }
}

/// A tree's publication slot.
pub type TreeSlot = super::publish::CodeSlot<TreeCode>;

/// Counters a code service keeps for the statistics.
#[derive(Clone, Copy, Debug, Default)]
pub struct ServiceCounters {
    /// Jobs handed over.
    pub submitted: u64,
    /// Jobs that published code.
    pub completed: u64,
    /// Jobs that failed (or panicked).
    pub failed: u64,
    /// Jobs skipped or discarded because a newer version was requested.
    pub superseded: u64,
}

/// The host's machine-code service. It compiles tree jobs into executable
/// memory that is never writable and executable at once, and publishes them
/// into the tree's slot (see [`super::publish`]), now or later.
pub trait CodeService {
    /// Hands `job` over; the code is published into `slot` (pinning through
    /// `collector`, the engine's epoch collector) when it is ready. `priority`
    /// orders waiting jobs (hotter first).
    fn submit(&mut self, job: TreeJob, slot: Arc<TreeSlot>, collector: &crossbeam_epoch::Collector, priority: u32);
    /// Compiles up to `budget` queued jobs on this thread, for hosts without
    /// compiler threads that pump compilation themselves; returns how many ran.
    fn run_pending(&mut self, budget: usize) -> usize {
        let _ = budget;
        0
    }
    /// Does `submit` compile before returning (synchronous mode)?
    fn is_synchronous(&self) -> bool;
    /// This engine's job counters.
    fn counters(&self) -> ServiceCounters {
        ServiceCounters::default()
    }
}

// ---------------------------------------------------------------------------
// Helpers callable from native code. Each is `extern "C"`; arguments and results
// are 64-bit integers, pointers or doubles. None of them collects garbage or
// runs script code.

/// Indices of the helpers (the `imm` of call instructions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Helper {
    /// `fmod` for `%` on doubles.
    Fmod = 0,
    /// ToInt32 of a double.
    DoubleToInt32 = 1,
    /// `Math.sin`.
    Sin = 2,
    /// `Math.cos`.
    Cos = 3,
    /// `Math.tan`.
    Tan = 4,
    /// `Math.atan`.
    Atan = 5,
    /// `Math.exp`.
    Exp = 6,
    /// `Math.log`.
    Log = 7,
    /// `Math.pow`.
    Pow = 8,
    /// `Math.atan2`.
    Atan2 = 9,
    /// `Math.round`.
    Round = 10,
    /// `Math.asin`.
    Asin = 11,
    /// `Math.acos`.
    Acos = 12,
    /// Runs a nested tree (see [`super::helpers::h_call_tree`]).
    CallTree = 13,
    /// Stores an element that is missing (see [`super::helpers::h_set_elem`]).
    SetElem = 14,
    /// [`super::helpers::h_new_object`].
    NewObject = 15,
    /// [`super::helpers::h_new_array`].
    NewArray = 16,
    /// [`super::helpers::h_add_prop`].
    AddProp = 17,
    /// [`super::helpers::h_add_str`].
    AddStr = 18,
    /// [`super::helpers::h_to_str`].
    ToStr = 19,
    /// [`super::helpers::h_str_eq`].
    StrEq = 20,
    /// [`super::helpers::h_str_lt`].
    StrLt = 21,
    /// [`super::helpers::h_char_at`].
    CharAt = 22,
    /// [`super::helpers::h_char_code_at`].
    CharCodeAt = 23,
    /// [`super::helpers::h_from_char_code`].
    FromCharCode = 24,
    /// [`super::helpers::h_get_elem`].
    GetElem = 25,
    /// [`super::helpers::h_closure`].
    Closure = 26,
    /// [`super::helpers::h_call_native`].
    CallNative = 27,
    /// [`super::helpers::h_array_pop`].
    ArrayPop = 28,
    /// [`super::helpers::h_get_named`].
    GetNamed = 29,
    /// [`super::helpers::h_set_named`].
    SetNamed = 30,
    /// [`super::helpers::h_has`].
    Has = 31,
    /// [`super::helpers::h_set_length`].
    SetLength = 32,
    /// [`super::helpers::h_push_n`].
    PushN = 33,
    /// [`super::helpers::h_instance_of`].
    InstanceOf = 34,
    /// [`super::helpers::h_check_log`] (checking mode).
    CheckLog = 35,
    /// [`super::helpers::h_check_tick`] (checking mode).
    CheckTick = 36,
}

/// Does the (non-pure) helper `id` write memory that traced loads read: object
/// shapes, slots, elements? Calls to the others (allocators, string helpers) do
/// not end load CSE.
pub fn helper_writes_heap(id: u32) -> bool {
    id == Helper::SetElem as u32 || id == Helper::AddProp as u32 || id == Helper::CallTree as u32 || id == Helper::ArrayPop as u32 || id == Helper::SetNamed as u32 || id == Helper::SetLength as u32 || id == Helper::PushN as u32
}

/// Does the helper `id` read or write the interpreter's slots (so slot stores
/// before it must stay, and slot loads after it must reload)?
pub fn helper_touches_slots(id: u32) -> bool {
    id == Helper::CallTree as u32
}

/// Packs an anchor index and a tree index into one int32 helper argument.
pub fn pack_tree_id(anchor: u32, tree: u32) -> i32 {
    ((anchor << 8) | (tree & 0xFF)) as i32
}

/// Unpacks [`pack_tree_id`].
pub fn unpack_tree_id(id: u32) -> (u32, u32) {
    (id >> 8, id & 0xFF)
}

extern "C" fn h_fmod(a: f64, b: f64) -> f64 {
    libm::fmod(a, b)
}
extern "C" fn h_d2i32(a: f64) -> i64 {
    crate::numconv::f64_to_int32(a) as i64
}
extern "C" fn h_sin(a: f64) -> f64 {
    libm::sin(a)
}
extern "C" fn h_cos(a: f64) -> f64 {
    libm::cos(a)
}
extern "C" fn h_tan(a: f64) -> f64 {
    libm::tan(a)
}
extern "C" fn h_atan(a: f64) -> f64 {
    libm::atan(a)
}
extern "C" fn h_exp(a: f64) -> f64 {
    libm::exp(a)
}
extern "C" fn h_log(a: f64) -> f64 {
    libm::log(a)
}
extern "C" fn h_pow(a: f64, b: f64) -> f64 {
    crate::builtins::math::js_pow(a, b)
}
extern "C" fn h_atan2(a: f64, b: f64) -> f64 {
    libm::atan2(a, b)
}
extern "C" fn h_round(a: f64) -> f64 {
    crate::builtins::math::js_round(a)
}
extern "C" fn h_asin(a: f64) -> f64 {
    libm::asin(a)
}
extern "C" fn h_acos(a: f64) -> f64 {
    libm::acos(a)
}

/// The helper table (signatures and addresses), in `Helper` order.
pub fn helper_table() -> Vec<HelperSig> {
    use Ty::*;
    let d1 = |f: extern "C" fn(f64) -> f64| HelperSig { addr: f as usize, args: alloc::vec![F64], ret: F64 };
    let d2 = |f: extern "C" fn(f64, f64) -> f64| HelperSig { addr: f as usize, args: alloc::vec![F64, F64], ret: F64 };
    alloc::vec![
        d2(h_fmod),
        HelperSig { addr: h_d2i32 as *const () as usize, args: alloc::vec![F64], ret: I32 },
        d1(h_sin),
        d1(h_cos),
        d1(h_tan),
        d1(h_atan),
        d1(h_exp),
        d1(h_log),
        d2(h_pow),
        d2(h_atan2),
        d1(h_round),
        d1(h_asin),
        d1(h_acos),
        HelperSig { addr: super::helpers::h_call_tree as *const () as usize, args: alloc::vec![Ptr, I32, I32, Ptr, I32], ret: I32 },
        HelperSig { addr: super::helpers::h_set_elem as *const () as usize, args: alloc::vec![Ptr, Val, I32, Val], ret: I32 },
        HelperSig { addr: super::helpers::h_new_object as *const () as usize, args: alloc::vec![Ptr, Ptr], ret: Val },
        HelperSig { addr: super::helpers::h_new_array as *const () as usize, args: alloc::vec![Ptr, I32], ret: Val },
        HelperSig { addr: super::helpers::h_add_prop as *const () as usize, args: alloc::vec![Ptr, Val, Ptr, I32, Val], ret: I32 },
        HelperSig { addr: super::helpers::h_add_str as *const () as usize, args: alloc::vec![Ptr, Val, Val], ret: Val },
        HelperSig { addr: super::helpers::h_to_str as *const () as usize, args: alloc::vec![Ptr, Val], ret: Val },
        HelperSig { addr: super::helpers::h_str_eq as *const () as usize, args: alloc::vec![Ptr, Val, Val], ret: I32 },
        HelperSig { addr: super::helpers::h_str_lt as *const () as usize, args: alloc::vec![Ptr, Val, Val], ret: I32 },
        HelperSig { addr: super::helpers::h_char_at as *const () as usize, args: alloc::vec![Ptr, Val, I32], ret: Val },
        HelperSig { addr: super::helpers::h_char_code_at as *const () as usize, args: alloc::vec![Ptr, Val, I32], ret: I32 },
        HelperSig { addr: super::helpers::h_from_char_code as *const () as usize, args: alloc::vec![Ptr, I32], ret: Val },
        HelperSig { addr: super::helpers::h_get_elem as *const () as usize, args: alloc::vec![Val, I32], ret: Val },
        HelperSig { addr: super::helpers::h_closure as *const () as usize, args: alloc::vec![Ptr, Ptr, Ptr], ret: Val },
        HelperSig { addr: super::helpers::h_call_native as *const () as usize, args: alloc::vec![Ptr, Val, Val, I32, Val, Val], ret: Val },
        HelperSig { addr: super::helpers::h_array_pop as *const () as usize, args: alloc::vec![Val], ret: Val },
        HelperSig { addr: super::helpers::h_get_named as *const () as usize, args: alloc::vec![Ptr, Val, Val], ret: Val },
        HelperSig { addr: super::helpers::h_set_named as *const () as usize, args: alloc::vec![Ptr, Val, Val, Val], ret: I32 },
        HelperSig { addr: super::helpers::h_has as *const () as usize, args: alloc::vec![Ptr, Val, Val], ret: I32 },
        HelperSig { addr: super::helpers::h_set_length as *const () as usize, args: alloc::vec![Val, I32], ret: I32 },
        HelperSig { addr: super::helpers::h_push_n as *const () as usize, args: alloc::vec![Ptr, Val, I32, Val, Val, Val], ret: I32 },
        HelperSig { addr: super::helpers::h_instance_of as *const () as usize, args: alloc::vec![Ptr, Val, Val], ret: I32 },
        HelperSig { addr: super::helpers::h_check_log as *const () as usize, args: alloc::vec![Ptr, Ptr, I32], ret: I32 },
        HelperSig { addr: super::helpers::h_check_tick as *const () as usize, args: alloc::vec![Ptr], ret: I32 },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helper_table_follows_the_enum() {
        let t = helper_table();
        assert_eq!(t.len(), Helper::CheckTick as usize + 1);
        let mut addrs: Vec<usize> = t.iter().map(|h| h.addr).collect();
        addrs.sort_unstable();
        addrs.dedup();
        assert_eq!(addrs.len(), t.len(), "every helper has its own function");
    }

    #[test]
    fn tree_ids_round_trip() {
        assert_eq!(unpack_tree_id(pack_tree_id(70000, 5) as u32), (70000, 5));
    }
}
