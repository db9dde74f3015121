//! Helpers that native code calls with the VM at hand.
//!
//! They run while a trace is on the native stack, so they follow its rules: no
//! script code runs, and no collection happens (allocation raises `gc_inhibit`;
//! a collection that falls due sets the trace's `gc_requested`, and the trace
//! leaves at its next loop edge so the VM collects with every slot written back).
//! A helper that cannot do its job without those things returns a failure value,
//! and the trace leaves through a guard so the interpreter redoes the operation.

use super::runtime::{unpack_tree_id, TraceFn, TraceState};
use crate::object::{ObjectClass, OBJ_LENGTH_READONLY, OBJ_SPARSE};
use crate::value::Value;

/// Runs tree `id` (packed anchor and tree) of the VM with its slot 0 at slot `off`
/// of the caller's trace and environment `env`; returns the exit it left through.
/// The exit is also left in the caller's `inner_exit`. An exit other than `expected`
/// is pushed on the VM's nested-exit chain, so that the caller's exit can be
/// followed by this one when the VM rebuilds its state. Records on the chain at
/// entry belong to calls whose mismatch a branch trace already handled: dropped.
///
/// # Safety
/// `state` is the live state of the calling trace; the tree exists (trees are never
/// removed) and its compiled code expects slot values of its entry types, which the
/// calling trace stored before the call.
pub(crate) unsafe extern "C" fn h_call_tree(state: *mut TraceState, id: u32, off: u32, env: *const crate::interp::Env, expected: u32) -> u32 {
    // SAFETY: the caller passes its own live state; `vm` points at the VM that
    // entered the outermost trace and is not otherwise in use while native code runs.
    unsafe {
        let vm = (*state).vm;
        (*vm).jit.nested.clear();
        let (anchor, tree) = unpack_tree_id(id);
        let Some(entry) = (*vm).jit.tree_entry(anchor, tree) else {
            // Cannot happen (trees are never removed); report a mismatch that
            // leaves through the caller's exit without an inner exit to apply.
            return u32::MAX;
        };
        let mut child = TraceState::new((*state).base.add(off as usize), vm, (*state).interrupt, env);
        let f: TraceFn = core::mem::transmute::<usize, TraceFn>(entry);
        let exit = f(&mut child);
        if child.gc_requested != 0 {
            (*state).gc_requested = 1;
        }
        (*state).inner_exit = exit;
        if exit != expected {
            (*vm).jit.nested.push((anchor, tree, exit));
        }
        exit
    }
}


/// Stores `val` at index `idx` of the object `obj` (boxed) where the element is a
/// hole or just past the end: what the interpreter does for such an assignment,
/// growing the storage if needed. Returns 1 when done, 0 when the interpreter must
/// do it (sparse storage, prototypes with special indexed properties, a
/// non-extensible object, a far index, or no memory) — having changed nothing.
///
/// # Safety
/// `state` is the live state of the calling trace.
pub(crate) unsafe extern "C" fn h_set_elem(state: *mut TraceState, obj: u64, idx: i32, val: u64) -> i32 {
    // SAFETY: see `h_call_tree`; the object is live (the trace holds it in a slot
    // or register and no collection runs while native code does).
    unsafe {
        let vm = &mut *(*state).vm;
        let Some(o) = Value(obj).as_object() else { return 0 };
        let v = Value(val);
        if idx < 0 || o.flags() & OBJ_SPARSE != 0 || !matches!(o.class(), ObjectClass::Array | ObjectClass::Object) {
            return 0;
        }
        let k = idx as usize;
        let (len, cap) = o.elements().map_or((0, 0), |e| (e.len(), e.capacity() as usize));
        if let Some(el) = o.elements() {
            if k < len && !el.get(k).is_hole() {
                el.set(k, v);
                return 1;
            }
        }
        let is_array = o.class() == ObjectClass::Array;
        if !o.is_extensible() || (is_array && k as u32 >= o.length() && o.flags() & OBJ_LENGTH_READONLY != 0) || !crate::object::ops::protos_accept_index_stores(o) {
            return 0;
        }
        if k >= cap {
            if k != len {
                return 0;
            }
            vm.gc_inhibit += 1;
            let grown = crate::object::ops::grow_elements(vm, o, (cap * 2).max(4) as u32);
            vm.gc_inhibit -= 1;
            if grown.is_err() {
                return 0;
            }
            if vm.gc_deferred {
                (*state).gc_requested = 1;
            }
        }
        let Some(el) = o.elements() else { return 0 };
        if k >= el.len() {
            el.set_len(k + 1);
        }
        el.set(k, v);
        if is_array && k as u32 >= o.length() {
            o.set_length_field(k as u32 + 1);
        }
        1
    }
}
