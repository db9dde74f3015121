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
    /// `(anchor, tree)` when the engine draws a timeline (`--jit-diag=timeline`):
    /// the service then logs the job's compile span for it (see
    /// [`CodeService::take_compile_log`]); `None` costs nothing.
    pub timeline: Option<(u32, u32)>,
}

/// How a logged compile job ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompileOutcome {
    /// The code was published into the tree's slot.
    Published,
    /// Compiled, but a newer version had been published meanwhile.
    Superseded,
    /// The compiler could not produce code (the reason).
    Failed(String),
}

/// One compile job as a code service ran it (for the timeline). Times are on
/// the host's clock ([`crate::Host::monotonic_ns`]).
#[derive(Clone, Debug)]
pub struct CompileSpan {
    /// The anchor of the tree (from [`TreeJob::timeline`]).
    pub anchor: u32,
    /// The tree among the anchor's peers.
    pub tree: u32,
    /// The version compiled.
    pub version: u32,
    /// The compiler thread that ran it (`None`: the thread that submitted or
    /// pumped it, i.e. the script thread).
    pub thread: Option<u32>,
    /// When the compiler started on it.
    pub start_ns: u64,
    /// When it was published (or given up).
    pub end_ns: u64,
    /// How it ended.
    pub outcome: CompileOutcome,
}

/// Compile spans a code service collected since the engine last took them.
#[derive(Clone, Debug, Default)]
pub struct CompileLog {
    /// The spans, in the order the jobs finished.
    pub spans: Vec<CompileSpan>,
    /// Spans not kept because the log was full.
    pub dropped: u64,
}

impl CompileLog {
    /// Most spans a service keeps between two takes (the engine takes them
    /// whenever it installs code, so this is only reached by a flood of jobs).
    pub const CAP: usize = 4096;

    /// Keeps `span` unless the log is full (then counts it as dropped).
    pub fn push(&mut self, span: CompileSpan) {
        if self.spans.len() < Self::CAP {
            self.spans.push(span);
        } else {
            self.dropped += 1;
        }
    }
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
    /// Called on the script thread before it first enters a newly published
    /// version of a tree (after loading it from the slot with Acquire ordering,
    /// before jumping to it): a thread that will execute code another core
    /// wrote runs this first. Where instruction fetch is not coherent with
    /// other cores' stores, the service does what the architecture asks of the
    /// executing core (an `isb` on AArch64); by default, nothing.
    fn sync_before_entry(&self) {}
    /// The compile spans of jobs submitted with [`TreeJob::timeline`] set, since
    /// the last call (a service that keeps none returns an empty log).
    fn take_compile_log(&mut self) -> CompileLog {
        CompileLog::default()
    }
}

// ---------------------------------------------------------------------------
// Helpers callable from native code. Each is `extern "C"`; arguments and results
// are 32- or 64-bit integers, pointers or doubles. None of them collects garbage
// or runs script code.

/// What a helper may do besides computing its result (the passes and the
/// recorder read these).
pub mod effects {
    /// No side effects and cannot fail: calls are CSE-able (`callpure`).
    pub const PURE: u8 = 0;
    /// Allocates (strings, objects, closures); never collects (no-GC helpers).
    pub const ALLOCATES: u8 = 1;
    /// Writes memory that traced loads read (object shapes, slots, elements),
    /// so load CSE ends at the call.
    pub const WRITES_HEAP: u8 = 2;
    /// Reads or writes the interpreter's slots (so slot stores before it stay and
    /// slot loads after it reload).
    pub const TOUCHES_SLOTS: u8 = 4;
    /// Reads mutable heap state (a later call may answer differently).
    pub const READS_HEAP: u8 = 8;
    /// Has an effect of its own (checking-mode bookkeeping): never merged or
    /// dropped.
    pub const OTHER: u8 = 16;
}

/// A Rust type a helper takes or returns, as the code generator sees it.
pub trait AbiTy {
    /// The LIR type of values of this Rust type.
    const TY: Ty;
}
impl AbiTy for f64 {
    const TY: Ty = Ty::F64;
}
impl AbiTy for i32 {
    const TY: Ty = Ty::I32;
}
impl AbiTy for u32 {
    const TY: Ty = Ty::I32;
}
/// Boxed values travel as their 64 bits.
impl AbiTy for u64 {
    const TY: Ty = Ty::Val;
}
impl AbiTy for usize {
    const TY: Ty = Ty::Ptr;
}
impl<T> AbiTy for *mut T {
    const TY: Ty = Ty::Ptr;
}
impl<T> AbiTy for *const T {
    const TY: Ty = Ty::Ptr;
}

/// The helper table: one row per helper, the single place that names it, binds
/// its function, declares its signature (checked against the function by the
/// compiler) and its effects. It generates [`Helper`], [`helper_table`] (the
/// signatures the code generator uses, derived from the Rust types) and the
/// effect predicates.
macro_rules! helpers {
    ($( $(#[doc = $doc:literal])* $name:ident = $f:path : fn($($arg:ty),*) -> $ret:ty, $eff:expr; )*) => {
        /// Indices of the helpers (the `imm` of call instructions), in table order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u32)]
        pub enum Helper {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Helper {
            /// Every helper, in table order.
            pub const ALL: &'static [Helper] = &[$(Helper::$name),*];
            /// The helper with call number `id`.
            pub fn from_id(id: u32) -> Option<Helper> {
                Helper::ALL.get(id as usize).copied()
            }
            /// Its name (diagnostics).
            pub const fn name(self) -> &'static str {
                match self { $(Helper::$name => stringify!($name),)* }
            }
            /// Its effects (see [`effects`]).
            pub const fn effects(self) -> u8 {
                match self { $(Helper::$name => $eff,)* }
            }
            /// The LIR type of its result.
            pub const fn ret(self) -> Ty {
                match self { $(Helper::$name => <$ret as AbiTy>::TY,)* }
            }
            /// Without effects: calls may be merged (CSE) or dropped when unused.
            pub const fn is_pure(self) -> bool {
                self.effects() == PURE
            }
        }

        /// The helper signatures and addresses, in [`Helper`] order.
        pub fn helper_table() -> Vec<HelperSig> {
            alloc::vec![$({
                // A row whose signature does not match its function does not compile.
                let f: unsafe extern "C" fn($($arg),*) -> $ret = $f;
                HelperSig { addr: f as usize, args: alloc::vec![$(<$arg as AbiTy>::TY),*], ret: <$ret as AbiTy>::TY }
            },)*]
        }
    };
}

use super::helpers as hs;
use effects::*;
type St = *mut TraceState;

helpers! {
    /// `fmod` for `%` on doubles.
    Fmod = h_fmod: fn(f64, f64) -> f64, PURE;
    /// ToInt32 of a double.
    DoubleToInt32 = h_d2i32: fn(f64) -> i32, PURE;
    /// `Math.sin`.
    Sin = h_sin: fn(f64) -> f64, PURE;
    /// `Math.cos`.
    Cos = h_cos: fn(f64) -> f64, PURE;
    /// `Math.tan`.
    Tan = h_tan: fn(f64) -> f64, PURE;
    /// `Math.atan`.
    Atan = h_atan: fn(f64) -> f64, PURE;
    /// `Math.exp`.
    Exp = h_exp: fn(f64) -> f64, PURE;
    /// `Math.log`.
    Log = h_log: fn(f64) -> f64, PURE;
    /// `Math.pow`.
    Pow = h_pow: fn(f64, f64) -> f64, PURE;
    /// `Math.atan2`.
    Atan2 = h_atan2: fn(f64, f64) -> f64, PURE;
    /// `Math.round`.
    Round = h_round: fn(f64) -> f64, PURE;
    /// `Math.asin`.
    Asin = h_asin: fn(f64) -> f64, PURE;
    /// `Math.acos`.
    Acos = h_acos: fn(f64) -> f64, PURE;
    /// The other one-argument `Math` functions: `MathFn::eval` of the function
    /// whose `magic` (index in `MathFn::ALL`) is the second argument.
    MathUnary = h_math_unary: fn(f64, i32) -> f64, PURE;
    /// Runs a nested tree (see [`super::helpers::h_call_tree`]).
    CallTree = hs::h_call_tree: fn(St, u32, u32, *const crate::interp::Env, u32) -> u32, WRITES_HEAP | TOUCHES_SLOTS | ALLOCATES;
    /// Stores an element that is missing (see [`super::helpers::h_set_elem`]).
    SetElem = hs::h_set_elem: fn(St, u64, i32, u64) -> i32, WRITES_HEAP | ALLOCATES;
    /// [`super::helpers::h_new_object`].
    NewObject = hs::h_new_object: fn(St, usize) -> u64, ALLOCATES;
    /// [`super::helpers::h_new_array`].
    NewArray = hs::h_new_array: fn(St, i32) -> u64, ALLOCATES;
    /// [`super::helpers::h_new_regexp`].
    NewRegExp = hs::h_new_regexp: fn(St, usize, i32, i32) -> u64, ALLOCATES;
    /// [`super::helpers::h_add_prop`].
    AddProp = hs::h_add_prop: fn(St, u64, usize, i32, u64) -> i32, WRITES_HEAP | ALLOCATES;
    /// [`super::helpers::h_add_str`].
    AddStr = hs::h_add_str: fn(St, u64, u64) -> u64, ALLOCATES;
    /// [`super::helpers::h_to_str`].
    ToStr = hs::h_to_str: fn(St, u64) -> u64, ALLOCATES;
    /// [`super::helpers::h_str_eq`].
    StrEq = hs::h_str_eq: fn(St, u64, u64) -> i32, ALLOCATES;
    /// [`super::helpers::h_str_lt`].
    StrLt = hs::h_str_lt: fn(St, u64, u64) -> i32, ALLOCATES;
    /// [`super::helpers::h_char_at`].
    CharAt = hs::h_char_at: fn(St, u64, i32) -> u64, ALLOCATES;
    /// [`super::helpers::h_char_code_at`].
    CharCodeAt = hs::h_char_code_at: fn(St, u64, i32) -> i32, ALLOCATES;
    /// [`super::helpers::h_from_char_code`].
    FromCharCode = hs::h_from_char_code: fn(St, i32) -> u64, ALLOCATES;
    /// [`super::helpers::h_get_elem`].
    GetElem = hs::h_get_elem: fn(u64, i32) -> u64, READS_HEAP;
    /// [`super::helpers::h_closure`].
    Closure = hs::h_closure: fn(St, usize, usize) -> u64, ALLOCATES;
    /// [`super::helpers::h_call_native`].
    CallNative = hs::h_call_native: fn(St, u64, u64, i32, u64, u64) -> u64, ALLOCATES | READS_HEAP;
    /// [`super::helpers::h_construct_native`].
    ConstructNative = hs::h_construct_native: fn(St, u64, i32, u64, u64, u64) -> u64, ALLOCATES | READS_HEAP;
    /// [`super::helpers::h_call_native_method`]: a native on an object receiver; it may
    /// change its receiver (a regexp's `lastIndex`), so loads are not reused
    /// across it.
    CallNativeMethod = hs::h_call_native_method: fn(St, u64, u64, i32, u64, u64) -> u64, ALLOCATES | READS_HEAP | WRITES_HEAP;
    /// [`super::helpers::h_array_pop`].
    ArrayPop = hs::h_array_pop: fn(u64) -> u64, WRITES_HEAP;
    /// [`super::helpers::h_get_named`].
    GetNamed = hs::h_get_named: fn(St, u64, u64) -> u64, READS_HEAP;
    /// [`super::helpers::h_set_named`].
    SetNamed = hs::h_set_named: fn(St, u64, u64, u64) -> i32, WRITES_HEAP | ALLOCATES;
    /// [`super::helpers::h_has`].
    Has = hs::h_has: fn(St, u64, u64) -> i32, READS_HEAP;
    /// [`super::helpers::h_set_length`].
    SetLength = hs::h_set_length: fn(u64, i32) -> i32, WRITES_HEAP;
    /// [`super::helpers::h_push_n`].
    PushN = hs::h_push_n: fn(St, u64, i32, u64, u64, u64) -> i32, WRITES_HEAP | ALLOCATES;
    /// [`super::helpers::h_instance_of`].
    InstanceOf = hs::h_instance_of: fn(St, u64, u64) -> i32, READS_HEAP;
    /// [`super::helpers::h_check_log`] (checking mode).
    CheckLog = hs::h_check_log: fn(St, *mut u8, i32) -> i32, READS_HEAP | OTHER;
    /// [`super::helpers::h_check_tick`] (checking mode).
    CheckTick = hs::h_check_tick: fn(St) -> i32, OTHER;
}

/// Does the (non-pure) helper `id` write memory that traced loads read: object
/// shapes, slots, elements? Calls to the others (allocators, string helpers) do
/// not end load CSE.
pub fn helper_writes_heap(id: u32) -> bool {
    Helper::from_id(id).is_some_and(|h| h.effects() & WRITES_HEAP != 0)
}

/// Does the helper `id` read or write the interpreter's slots (so slot stores
/// before it must stay, and slot loads after it must reload)?
pub fn helper_touches_slots(id: u32) -> bool {
    Helper::from_id(id).is_some_and(|h| h.effects() & TOUCHES_SLOTS != 0)
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
extern "C" fn h_d2i32(a: f64) -> i32 {
    crate::numconv::f64_to_int32(a)
}
extern "C" fn h_sin(a: f64) -> f64 {
    crate::builtins::math::MathFn::Sin.eval(a)
}
extern "C" fn h_cos(a: f64) -> f64 {
    crate::builtins::math::MathFn::Cos.eval(a)
}
extern "C" fn h_tan(a: f64) -> f64 {
    crate::builtins::math::MathFn::Tan.eval(a)
}
extern "C" fn h_atan(a: f64) -> f64 {
    crate::builtins::math::MathFn::Atan.eval(a)
}
extern "C" fn h_exp(a: f64) -> f64 {
    crate::builtins::math::MathFn::Exp.eval(a)
}
extern "C" fn h_log(a: f64) -> f64 {
    crate::builtins::math::MathFn::Log.eval(a)
}
extern "C" fn h_pow(a: f64, b: f64) -> f64 {
    crate::builtins::math::js_pow(a, b)
}
extern "C" fn h_atan2(a: f64, b: f64) -> f64 {
    crate::builtins::math::js_atan2(a, b)
}
extern "C" fn h_round(a: f64) -> f64 {
    crate::builtins::math::js_round(a)
}
extern "C" fn h_asin(a: f64) -> f64 {
    crate::builtins::math::MathFn::Asin.eval(a)
}
extern "C" fn h_acos(a: f64) -> f64 {
    crate::builtins::math::MathFn::Acos.eval(a)
}
extern "C" fn h_math_unary(a: f64, magic: i32) -> f64 {
    crate::builtins::math::MathFn::from_magic(magic as u32).eval(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helper_table_follows_the_enum() {
        let t = helper_table();
        assert_eq!(t.len(), Helper::ALL.len());
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
