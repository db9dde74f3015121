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
use alloc::string::String;
use alloc::vec::Vec;
use core::sync::atomic::AtomicBool;

use super::lir::{Lir, Ty};
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
        TraceState { base, vm, interrupt, gc_requested: 0, _pad: [0; 3], inner_exit: 0, env, scratch: 0, stack_top: base }
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

/// Everything the code generator needs to compile one fragment; `Send`, so it can
/// be handed to a compiler thread.
#[derive(Clone, Debug)]
pub struct CompileJob {
    /// The optimized trace.
    pub lir: Lir,
    /// Helper signatures, indexed by the `imm` of call instructions.
    pub helpers: Vec<HelperSig>,
    /// Where `loop` jumps for a branch fragment (the tree's loop top), or 0 when the
    /// fragment's own `looptop` is the target.
    pub loop_target: usize,
    /// Name for diagnostics.
    pub name: String,
    /// Global number of the fragment's first exit (the code returns
    /// `exit_base + local exit index`).
    pub exit_base: u32,
}

/// Compiled machine code for one fragment.
pub struct CompiledCode {
    /// Entry point.
    pub entry: usize,
    /// Address of the fragment's loop top (where branch fragments jump back to).
    pub loop_top: usize,
    /// Code size in bytes.
    pub size: usize,
    /// Disassembly or listing, when the service was asked for it.
    pub listing: Option<String>,
    /// Opaque ownership token for the service (frees the memory).
    pub handle: Box<dyn core::any::Any + Send>,
}

impl core::fmt::Debug for CompiledCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "CompiledCode({:#x}, {} bytes)", self.entry, self.size)
    }
}

/// The host's machine-code service: compiles jobs into executable memory that is
/// never writable and executable at once, and patches exits to branch fragments.
pub trait CodeService {
    /// Compiles a fragment.
    fn compile(&mut self, job: &CompileJob, want_listing: bool) -> Result<CompiledCode, String>;
    /// Redirects exit `exit` of `code` to jump to `target` (a branch fragment).
    fn patch_exit(&mut self, code: &CompiledCode, exit: u32, target: usize) -> Result<(), String>;
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
}

/// Does the (non-pure) helper `id` write memory that traced loads read: object
/// shapes, slots, elements? Calls to the others (allocators, string helpers) do
/// not end load CSE.
pub fn helper_writes_heap(id: u32) -> bool {
    id == Helper::SetElem as u32 || id == Helper::AddProp as u32 || id == Helper::CallTree as u32
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
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helper_table_follows_the_enum() {
        let t = helper_table();
        assert_eq!(t.len(), Helper::CallNative as usize + 1);
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
