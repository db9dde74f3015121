//! Helpers that native code calls with the VM at hand.
//!
//! They run while a trace is on the native stack, so they follow its rules: no
//! script code runs, and no collection happens (allocation raises `gc_inhibit`;
//! a collection that falls due sets the trace's `gc_requested`, and the trace
//! leaves at its next loop edge so the VM collects with every slot written back).
//! A helper that cannot do its job without those things returns a failure value,
//! and the trace leaves through a guard so the interpreter redoes the operation.

use super::runtime::{unpack_tree_id, TraceFn, TraceState};
use crate::gc::Gc;
use crate::interp::Vm;
use crate::object::{JsObject, ObjectClass, ObjectData, Shape, OBJ_LENGTH_READONLY, OBJ_SPARSE};
use crate::value::Value;

/// Runs `f` with collection held off; a collection that fell due is handed to the
/// trace (it leaves at its next loop edge).
///
/// # Safety
/// `state` is the live state of the calling trace, whose `vm` is not otherwise
/// borrowed while native code runs.
unsafe fn no_gc<T>(state: *mut TraceState, f: impl FnOnce(&mut Vm) -> T) -> T {
    // SAFETY: per the contract above.
    unsafe {
        let vm = &mut *(*state).vm;
        vm.gc_inhibit += 1;
        let r = f(vm);
        vm.gc_inhibit -= 1;
        if vm.gc_deferred {
            (*state).gc_requested = 1;
        }
        r
    }
}

/// A string value's cell (callers pass boxed strings).
fn string_of(v: u64) -> Option<Gc<crate::string::JsString>> {
    Value(v).as_string()
}

/// A new ordinary object with the root shape `shape`; the boxed object, or 0 when
/// out of memory (the interpreter then redoes the allocation and reports it).
///
/// # Safety
/// `state` is the live state of the calling trace; `shape` is a live shape.
pub(crate) unsafe extern "C" fn h_new_object(state: *mut TraceState, shape: usize) -> u64 {
    // SAFETY: the trace keeps the shape alive (it is in the tree's keepalive list).
    let shape: Gc<Shape> = unsafe { Gc::from_addr(shape) };
    // SAFETY: per the function contract.
    unsafe { no_gc(state, |vm| JsObject::new(vm, shape, ObjectClass::Object, ObjectData::Ordinary).map_or(0, |o| Value::object(o).0)) }
}

/// A new empty array of length `len`; boxed, or 0 when out of memory.
///
/// # Safety
/// `state` is the live state of the calling trace.
pub(crate) unsafe extern "C" fn h_new_array(state: *mut TraceState, len: i32) -> u64 {
    // SAFETY: per the function contract.
    unsafe { no_gc(state, |vm| crate::builtins::array::new_array(vm, len.max(0) as u32).map_or(0, |o| Value::object(o).0)) }
}

/// A regexp literal's new object (the literal site's compiled program is shared):
/// boxed, or 0 when the pattern does not compile or memory runs out (the
/// interpreter then evaluates the literal again and throws).
///
/// # Safety
/// `state` is the live state of the calling trace; `code` is a live code cell
/// (the trace keeps it alive) and `pattern`/`flags` are its constant indices.
pub(crate) unsafe extern "C" fn h_new_regexp(state: *mut TraceState, code: usize, pattern: i32, flags: i32) -> u64 {
    // SAFETY: the trace keeps the code cell alive (its keepalive list).
    let code: Gc<crate::bytecode::Code> = unsafe { Gc::from_addr(code) };
    // SAFETY: per the function contract.
    unsafe { no_gc(state, |vm| crate::builtins::regexp::literal(vm, code, pattern as u32, flags as u32).map_or(0, |o| Value::object(o).0)) }
}

/// Adds a property by moving the object to `shape` (a transition of its current
/// shape that gives the new property slot `slot`) and storing `val`. 1 when done,
/// 0 when out of memory (nothing changed).
///
/// # Safety
/// `state` is the live state of the calling trace; `obj` is a live object whose
/// shape is the parent of `shape` (the trace guarded it).
pub(crate) unsafe extern "C" fn h_add_prop(state: *mut TraceState, obj: u64, shape: usize, slot: i32, val: u64) -> i32 {
    let Some(o) = Value(obj).as_object() else { return 0 };
    // SAFETY: the tree keeps the shape alive.
    let shape: Gc<Shape> = unsafe { Gc::from_addr(shape) };
    // SAFETY: per the function contract.
    unsafe {
        no_gc(state, |vm| {
            if JsObject::ensure_slots(vm, o, shape.slot_span()).is_err() {
                return 0;
            }
            o.set_slot(slot as u32, Value(val));
            o.set_shape(shape);
            1
        })
    }
}

/// `a + b` where one operand is a string and neither is an object: the
/// concatenation of their ToStrings, or 0 when out of memory.
///
/// # Safety
/// `state` is the live state of the calling trace; the operands are live
/// primitives.
pub(crate) unsafe extern "C" fn h_add_str(state: *mut TraceState, a: u64, b: u64) -> u64 {
    // SAFETY: per the function contract.
    unsafe {
        no_gc(state, |vm| {
            let (a, b) = (Value(a), Value(b));
            if a.is_object() || b.is_object() {
                return 0;
            }
            vm.roots.push(b);
            let sa = vm.to_string_value(a);
            vm.roots.pop();
            let Ok(sa) = sa else { return 0 };
            vm.roots.push(sa);
            let sb = vm.to_string_value(b);
            vm.roots.pop();
            let Ok(sb) = sb else { return 0 };
            match (sa.as_string(), sb.as_string()) {
                (Some(x), Some(y)) => crate::string::concat(vm, x, y).map_or(0, |s| Value::string(s).0),
                _ => 0,
            }
        })
    }
}

/// ToString of a primitive; 0 when out of memory.
///
/// # Safety
/// As [`h_add_str`].
pub(crate) unsafe extern "C" fn h_to_str(state: *mut TraceState, v: u64) -> u64 {
    // SAFETY: per the function contract.
    unsafe {
        no_gc(state, |vm| {
            let v = Value(v);
            if v.is_object() {
                return 0;
            }
            vm.to_string_value(v).map_or(0, |s| s.0)
        })
    }
}

/// Equality of two strings' contents: 1 or 0, or -1 when out of memory.
///
/// # Safety
/// As [`h_add_str`], with two strings.
pub(crate) unsafe extern "C" fn h_str_eq(state: *mut TraceState, a: u64, b: u64) -> i32 {
    let (Some(x), Some(y)) = (string_of(a), string_of(b)) else { return -1 };
    // SAFETY: per the function contract.
    unsafe { no_gc(state, |vm| crate::string::equals(vm, x, y).map_or(-1, |e| e as i32)) }
}

/// `a < b` for two strings (code-unit order): 1 or 0, or -1 when out of memory.
///
/// # Safety
/// As [`h_str_eq`].
pub(crate) unsafe extern "C" fn h_str_lt(state: *mut TraceState, a: u64, b: u64) -> i32 {
    if string_of(a).is_none() || string_of(b).is_none() {
        return -1;
    }
    // SAFETY: per the function contract.
    unsafe { no_gc(state, |vm| vm.less_than(Value(a), Value(b), true).map_or(-1, |r| (r == Some(true)) as i32)) }
}

/// The one-unit string at `i` of string `s`, or 0 when `i` is out of range or
/// memory ran out.
///
/// # Safety
/// As [`h_add_str`], with a string.
pub(crate) unsafe extern "C" fn h_char_at(state: *mut TraceState, s: u64, i: i32) -> u64 {
    let Some(st) = string_of(s) else { return 0 };
    if i < 0 || i as usize >= st.len() {
        return 0;
    }
    // SAFETY: per the function contract.
    unsafe { no_gc(state, |vm| vm.char_at(st, i as usize).map_or(0, |v| v.0)) }
}

/// The code unit at `i` of string `s` (flattening a rope), or -1 when `i` is out of
/// range or memory ran out.
///
/// # Safety
/// As [`h_char_at`].
pub(crate) unsafe extern "C" fn h_char_code_at(state: *mut TraceState, s: u64, i: i32) -> i32 {
    let Some(st) = string_of(s) else { return -1 };
    if i < 0 || i as usize >= st.len() {
        return -1;
    }
    // SAFETY: per the function contract.
    unsafe { no_gc(state, |vm| crate::string::flatten(vm, st).map_or(-1, |f| f.chars().at(i as usize) as i32)) }
}

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
        let vmr = &mut *vm;
        if vmr.jit.config.check && !vmr.jit.anchors[anchor as usize].trees[tree as usize].replayable {
            // Checking mode: this run can no longer be undone and replayed.
            vmr.jit.check_log_full = true;
        }
        // Pinned (again: the caller's run already is) while the inner code runs.
        let guard = (*vm).jit.local.pin();
        let Some(entry) = (*vm).jit.tree_entry(anchor, tree, &guard) else {
            // Cannot happen (trees are never removed); report a mismatch that
            // leaves through the caller's exit without an inner exit to apply.
            return u32::MAX;
        };
        let mut child = TraceState::new((*state).base.add(off as usize), vm, (*state).interrupt, env);
        child.stack_top = (*state).stack_top;
        let f: TraceFn = core::mem::transmute::<usize, TraceFn>(entry);
        let exit = f(&mut child);
        if child.gc_requested != 0 {
            (*state).gc_requested = 1;
        }
        // Callers compare identities: a peeled tree has two copies of each exit.
        // (The version that ran may be newer than the monitor has seen.)
        let vmr = &mut *vm;
        if vmr.jit.anchors[anchor as usize].trees[tree as usize].exit(exit).is_none() {
            vmr.adopt(anchor as usize, tree as usize);
        }
        let canon = vmr.jit.exit_canon(anchor, tree, exit);
        (*state).inner_exit = canon;
        if canon != expected {
            (*vm).jit.nested.push((anchor, tree, exit));
        }
        canon
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

/// `String.fromCharCode(c)` for one int32 code: the one-unit string, or 0 when
/// out of memory.
///
/// # Safety
/// `state` is the live state of the calling trace.
pub(crate) unsafe extern "C" fn h_from_char_code(state: *mut TraceState, c: i32) -> u64 {
    // SAFETY: per the function contract.
    unsafe { no_gc(state, |vm| vm.unit_string(c as u16).map_or(0, |v| v.0)) }
}

/// `obj[idx]` for a dense array or plain object where the element may be missing:
/// the element, or `undefined` for a hole or an index past the end when no
/// prototype has indexed properties; 0 when the interpreter must look (getters,
/// sparse storage, elements on prototypes). Reads only; no allocation.
pub(crate) extern "C" fn h_get_elem(obj: u64, idx: i32) -> u64 {
    let Some(o) = Value(obj).as_object() else { return 0 };
    if idx < 0 || o.flags() & OBJ_SPARSE != 0 || !matches!(o.class(), ObjectClass::Array | ObjectClass::Object) {
        return 0;
    }
    if let Some(v) = o.elements().and_then(|e| ((idx as usize) < e.len()).then(|| e.get(idx as usize))) {
        if !v.is_hole() {
            return loaded(v);
        }
    }
    if crate::object::ops::protos_have_no_elements(o) {
        Value::UNDEFINED.0
    } else {
        0
    }
}

/// A new closure of `code` over the environment `env` (null for none), as the
/// `Closure` instruction makes it; boxed, or 0 when out of memory.
///
/// # Safety
/// `state` is the live state of the calling trace; `code` is a live `Code` cell
/// and `env` a live `Env` cell or null.
pub(crate) unsafe extern "C" fn h_closure(state: *mut TraceState, code: usize, env: usize) -> u64 {
    // SAFETY: the caller passes live cells (kept alive by the tree and the frame).
    let (code, env) = unsafe { (Gc::from_addr(code), if env == 0 { None } else { Some(Gc::from_addr(env)) }) };
    // SAFETY: per the function contract.
    unsafe { no_gc(state, |vm| crate::builtins::function::new_closure(vm, code, env).map_or(0, |f| Value::object(f).0)) }
}

/// Calls the builtin `callee` (a native function object the trace guarded) with
/// `this` and the first `argc` (at most 2) of `a0`, `a1`, as the interpreter would;
/// the result, or 0 when the builtin threw or needed to run script code (the
/// trace then leaves and the interpreter makes the call). Only builtins without
/// side effects on existing objects are called this way, so a failed call can be
/// made again.
///
/// # Safety
/// `state` is the live state of the calling trace; the values are live.
pub(crate) unsafe extern "C" fn h_call_native(state: *mut TraceState, callee: u64, this: u64, argc: i32, a0: u64, a1: u64) -> u64 {
    let Some(fo) = Value(callee).as_object() else { return 0 };
    let Some(crate::object::FunctionKind::Native { f, .. }) = fo.function() else { return 0 };
    let f = *f;
    let args = [Value(a0), Value(a1)];
    // SAFETY: per the function contract; `stack_top` lies inside the VM's stack.
    unsafe {
        let top = (*state).stack_top;
        no_gc(state, |vm| {
            let saved_sp = vm.sp;
            let top_index = top.offset_from(vm.stack_ptr()) as usize;
            vm.sp = vm.sp.max(top_index);
            let roots = vm.roots.len();
            vm.jit.no_reentry += 1;
            let call = crate::interp::CallArgs { this: Value(this), callee: fo, is_construct: false, args: args.as_ptr(), argc: argc.clamp(0, 2) as usize };
            let r = f(vm, &call);
            vm.jit.no_reentry -= 1;
            vm.roots.truncate(roots);
            vm.sp = saved_sp;
            match r {
                Ok(v) => loaded(v),
                Err(_) => 0,
            }
        })
    }
}

/// [`h_call_native`] on an object receiver, under its own name: the helper table
/// marks this one as writing the heap (the method may change its receiver, e.g.
/// a regexp's `lastIndex`), so traces do not reuse loads across it.
///
/// # Safety
/// As for [`h_call_native`].
pub(crate) unsafe extern "C" fn h_call_native_method(state: *mut TraceState, callee: u64, this: u64, argc: i32, a0: u64, a1: u64) -> u64 {
    // SAFETY: the same contract.
    unsafe { h_call_native(state, callee, this, argc, a0, a1) }
}

/// `new C(a0, a1, a2)` of a native constructor that makes a new object and changes no
/// existing one (`NativeTrace::Constructor`): the object, or 0 when the call
/// failed (the interpreter then makes it again and throws).
///
/// # Safety
/// `state` is the live state of the calling trace; the values are live.
pub(crate) unsafe extern "C" fn h_construct_native(state: *mut TraceState, callee: u64, argc: i32, a0: u64, a1: u64, a2: u64) -> u64 {
    let Some(fo) = Value(callee).as_object() else { return 0 };
    let Some(crate::object::FunctionKind::Native { f, .. }) = fo.function() else { return 0 };
    let f = *f;
    let args = [Value(a0), Value(a1), Value(a2)];
    // SAFETY: per the function contract; `stack_top` lies inside the VM's stack.
    unsafe {
        let top = (*state).stack_top;
        no_gc(state, |vm| {
            let saved_sp = vm.sp;
            let top_index = top.offset_from(vm.stack_ptr()) as usize;
            vm.sp = vm.sp.max(top_index);
            let roots = vm.roots.len();
            vm.jit.no_reentry += 1;
            let call = crate::interp::CallArgs { this: Value::UNDEFINED, callee: fo, is_construct: true, args: args.as_ptr(), argc: argc.clamp(0, 3) as usize };
            let r = f(vm, &call);
            vm.jit.no_reentry -= 1;
            vm.roots.truncate(roots);
            vm.sp = saved_sp;
            match r {
                Ok(v) if v.is_object() => v.0,
                _ => 0,
            }
        })
    }
}

/// `array.pop()` on an array whose elements are all in dense storage: the last
/// element (the array shrinks by one), `undefined` for an empty array, or 0 when
/// the interpreter must make the call (holes, sparse storage, read-only length).
pub(crate) extern "C" fn h_array_pop(obj: u64) -> u64 {
    let Some(o) = Value(obj).as_object() else { return 0 };
    if o.class() != ObjectClass::Array || o.flags() & (OBJ_SPARSE | crate::object::OBJ_LENGTH_READONLY) != 0 {
        return 0;
    }
    let len = o.length() as usize;
    let Some(el) = o.elements() else {
        return if len == 0 { Value::UNDEFINED.0 } else { 0 };
    };
    if len == 0 && el.is_empty() {
        return Value::UNDEFINED.0;
    }
    if len == 0 || el.len() != len {
        return 0;
    }
    let v = el.get(len - 1);
    if v.is_hole() {
        return 0;
    }
    el.set(len - 1, Value::HOLE);
    el.set_len(len - 1);
    o.set_length_field(len as u32 - 1);
    loaded(v)
}

/// A value a helper hands back, never 0 (the failure value): +0.0, whose bits
/// are 0, is returned as the int32 0, the same JS value.
fn loaded(v: Value) -> u64 {
    if v.0 == 0 { Value::int(0).0 } else { v.0 }
}

/// The atom that the string key `s` names, for the named-key fast paths:
/// `None` when they must leave the access to the interpreter (a rope, an array
/// index, or `length`, which is exotic on arrays and strings); `Some(None)` when
/// no atom has these characters, so no object has such a property.
pub(crate) fn named_key(vm: &Vm, s: Gc<crate::string::JsString>) -> Option<Option<Gc<crate::string::JsString>>> {
    let atom = if s.is_atom() {
        s
    } else {
        if !s.is_flat() || crate::interp::convert::array_index_of(s).is_some() {
            return None;
        }
        match vm.atoms.lookup(s.chars()) {
            Some(a) => a,
            None => return Some(None),
        }
    };
    if atom.flags() & crate::string::FLAG_NOT_INDEX == 0 || atom == vm.names.length {
        return None;
    }
    Some(Some(atom))
}

/// `o[key]` for a named key without calling script code: the data property found
/// along the prototype chain, `undefined` when there is none, or `None` when a
/// getter (or a key [`named_key`] refuses) needs the interpreter.
pub(crate) fn get_named_fast(vm: &Vm, o: Gc<JsObject>, key: Gc<crate::string::JsString>) -> Option<Value> {
    let Some(atom) = named_key(vm, key)? else { return Some(Value::UNDEFINED) };
    match find_named(o, atom) {
        Some((h, k, a)) => (a & crate::object::attrs::ACCESSOR == 0).then(|| h.slot(k)),
        None => Some(Value::UNDEFINED),
    }
}

/// The object along `o`'s prototype chain whose shape has the atom `name`, with
/// the property's slot and attributes.
fn find_named(o: Gc<JsObject>, name: Gc<crate::string::JsString>) -> Option<(Gc<JsObject>, u32, u8)> {
    let mut holder = Some(o);
    while let Some(h) = holder {
        if let Some((k, a)) = Shape::lookup(h.shape(), name) {
            return Some((h, k, a));
        }
        holder = h.proto();
    }
    None
}

/// `o[key] = v` for a named key that is an own writable data property of `o`:
/// stores and says true; anything else (a new property, a setter, read-only)
/// is left to the interpreter.
pub(crate) fn set_named_fast(vm: &Vm, o: Gc<JsObject>, key: Gc<crate::string::JsString>, v: Value) -> bool {
    match named_own_writable_slot(vm, o, key) {
        Some(k) => {
            o.set_slot(k, v);
            true
        }
        None => false,
    }
}

/// The slot of the own writable data property `key` of `o`, if it has one (and
/// [`named_key`] accepts the key).
pub(crate) fn named_own_writable_slot(vm: &Vm, o: Gc<JsObject>, key: Gc<crate::string::JsString>) -> Option<u32> {
    let atom = named_key(vm, key)??;
    use crate::object::attrs::{ACCESSOR, WRITABLE};
    match Shape::lookup(o.shape(), atom) {
        Some((k, a)) if a & (ACCESSOR | WRITABLE) == WRITABLE => Some(k),
        _ => None,
    }
}

/// `obj[key]` with a string key (see [`get_named_fast`]): the boxed value, or 0
/// when the interpreter must do the access.
///
/// # Safety
/// `state` is the live state of the calling trace; the values are live.
pub(crate) unsafe extern "C" fn h_get_named(state: *mut TraceState, obj: u64, key: u64) -> u64 {
    let (Some(o), Some(s)) = (Value(obj).as_object(), string_of(key)) else { return 0 };
    // SAFETY: per the function contract; the lookup reads the VM and allocates nothing.
    let vm = unsafe { &*(*state).vm };
    get_named_fast(vm, o, s).map_or(0, loaded)
}

/// `obj[key] = val` with a string key (see [`set_named_fast`]): 1 when stored, 0
/// when the interpreter must do the store.
///
/// # Safety
/// `state` is the live state of the calling trace; the values are live.
pub(crate) unsafe extern "C" fn h_set_named(state: *mut TraceState, obj: u64, key: u64, val: u64) -> i32 {
    let (Some(o), Some(s)) = (Value(obj).as_object(), string_of(key)) else { return 0 };
    // SAFETY: per the function contract; the store allocates nothing.
    let vm = unsafe { &*(*state).vm };
    set_named_fast(vm, o, s, Value(val)) as i32
}

/// `key in o` without script code or exotic objects: `Some(found)`, or `None`
/// when the interpreter must answer (an index-like or `length` string key, a
/// sparse, string or arguments object, a prototype with elements).
pub(crate) fn has_fast(vm: &Vm, o: Gc<JsObject>, key: Value) -> Option<bool> {
    if let Some(i) = key.as_int() {
        if i < 0 || o.flags() & OBJ_SPARSE != 0 || !matches!(o.class(), ObjectClass::Array | ObjectClass::Object) {
            return None;
        }
        if o.elements().is_some_and(|e| (i as usize) < e.len() && !e.get(i as usize).is_hole()) {
            return Some(true);
        }
        return crate::object::ops::protos_have_no_elements(o).then_some(false);
    }
    let atom = named_key(vm, key.as_string()?)?;
    Some(atom.is_some_and(|a| find_named(o, a).is_some()))
}

/// `key in obj` (see [`has_fast`]): 1 or 0, or -1 when the interpreter must
/// answer.
///
/// # Safety
/// `state` is the live state of the calling trace; the values are live.
pub(crate) unsafe extern "C" fn h_has(state: *mut TraceState, obj: u64, key: u64) -> i32 {
    let Some(o) = Value(obj).as_object() else { return -1 };
    // SAFETY: per the function contract; the lookup reads the VM and allocates nothing.
    let vm = unsafe { &*(*state).vm };
    has_fast(vm, o, Value(key)).map_or(-1, |b| b as i32)
}

/// `array.length = n` for an int32 `n >= 0` on an array with dense storage and
/// a writable length: 1 when done, 0 when the interpreter must do it.
pub(crate) extern "C" fn h_set_length(obj: u64, n: i32) -> i32 {
    let Some(o) = Value(obj).as_object() else { return 0 };
    if n < 0 || o.class() != ObjectClass::Array || o.flags() & (OBJ_SPARSE | OBJ_LENGTH_READONLY) != 0 {
        return 0;
    }
    crate::object::ops::set_array_length(o, n as u32) as i32
}

/// `array.push(a, b[, c])` (`n` of them): appends all the values or none, and
/// returns the new length, or -1 when the interpreter must make the call (not a
/// plain extensible array with dense storage up to its length, a read-only
/// length, prototypes with indexed properties, or no memory to grow).
///
/// # Safety
/// `state` is the live state of the calling trace; the values are live.
pub(crate) unsafe extern "C" fn h_push_n(state: *mut TraceState, obj: u64, n: i32, a: u64, b: u64, c: u64) -> i32 {
    let Some(o) = Value(obj).as_object() else { return -1 };
    let n = n.clamp(0, 3) as usize;
    if o.class() != ObjectClass::Array || o.flags() & (OBJ_SPARSE | OBJ_LENGTH_READONLY) != 0 || !o.is_extensible() {
        return -1;
    }
    let len = o.length() as usize;
    if len + n > i32::MAX as usize || o.elements().map_or(0, |e| e.len()) != len || !crate::object::ops::protos_accept_index_stores(o) {
        return -1;
    }
    let cap = o.elements().map_or(0, |e| e.capacity() as usize);
    if len + n > cap {
        // SAFETY: per the function contract.
        let grown = unsafe { no_gc(state, |vm| crate::object::ops::grow_elements(vm, o, (cap * 2).max(len + n).max(4) as u32)) };
        if grown.is_err() {
            return -1;
        }
    }
    let Some(el) = o.elements() else { return -1 };
    if (el.capacity() as usize) < len + n {
        return -1;
    }
    el.set_len(len + n);
    for (k, v) in [a, b, c].into_iter().take(n).enumerate() {
        el.set(len + k, Value(v));
    }
    o.set_length_field((len + n) as u32);
    (len + n) as i32
}

/// `v instanceof f` without script code: `Some(answer)`, or `None` when the
/// interpreter must answer (it throws, or `prototype` is a getter).
pub(crate) fn instance_of_fast(vm: &Vm, v: Value, f: Value) -> Option<bool> {
    let mut target = f.as_object().filter(|o| o.is_callable())?;
    let mut depth = 0;
    while let ObjectData::Function(crate::object::FunctionKind::Bound(b)) = target.data() {
        target = b.target;
        depth += 1;
        if depth > 16 {
            return None;
        }
    }
    let Some(mut o) = v.as_object() else { return Some(false) };
    let proto = get_named_fast(vm, target, vm.names.prototype)?.as_object()?;
    while let Some(p) = o.proto() {
        if p == proto {
            return Some(true);
        }
        o = p;
    }
    Some(false)
}

/// `v instanceof f` (see [`instance_of_fast`]): 1 or 0, or -1 when the
/// interpreter must answer.
///
/// # Safety
/// `state` is the live state of the calling trace; the values are live.
pub(crate) unsafe extern "C" fn h_instance_of(state: *mut TraceState, v: u64, f: u64) -> i32 {
    // SAFETY: per the function contract; the walk reads the VM and allocates nothing.
    let vm = unsafe { &*(*state).vm };
    instance_of_fast(vm, Value(v), Value(f)).map_or(-1, |b| b as i32)
}

/// Checking mode: logs the 64-bit word at `ptr + off` before the trace stores
/// over it, so a replay can undo the trace's heap writes (see `jit::check`).
/// Returns 1.
///
/// # Safety
/// `state` is the live state of the calling trace; `ptr + off` is the address
/// of a live value the trace is about to store to.
pub(crate) unsafe extern "C" fn h_check_log(state: *mut TraceState, ptr: *mut u8, off: i32) -> i32 {
    // SAFETY: per the function contract.
    unsafe {
        let addr = ptr.offset(off as isize) as *mut u64;
        let vm = &mut *(*state).vm;
        if vm.jit.check_log.len() < super::check::CHECK_LOG_CAP {
            vm.jit.check_log.push((addr as usize, addr.read()));
        } else {
            vm.jit.check_log_full = true;
        }
    }
    1
}

/// Checking mode: counts a loop edge (see `jit::check`). Returns 1.
///
/// # Safety
/// `state` is the live state of the calling trace.
pub(crate) unsafe extern "C" fn h_check_tick(state: *mut TraceState) -> i32 {
    // SAFETY: per the function contract.
    unsafe { (*state).iterations += 1 };
    1
}
