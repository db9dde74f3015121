//! Monomorphic inline caches for named property access and globals.
//!
//! An entry is valid while the receiver has the cached shape and every prototype in
//! `chain` still has its cached shape. Since a shape fixes both the layout and the
//! prototype, that is enough to replay "load slot k of holder" without a lookup —
//! the same facts a trace guards on.

use crate::bytecode::{Code, IcKind, PropIc};
use crate::gc::Gc;
use crate::object::ops::{self, JsResult};
use crate::object::{attrs, JsObject, ObjectClass, PropertyKey, Shape};
use crate::string::JsString;
use crate::value::Value;

use super::Vm;

/// Misses after which an IC stops refilling.
const MAX_MISSES: u8 = 16;

#[inline(always)]
fn chain_valid(ic: &PropIc) -> bool {
    for (o, s) in &ic.chain[..ic.chain_len as usize] {
        // SAFETY: cached chain objects are kept alive by the code's tracing.
        let o: Gc<JsObject> = unsafe { Gc::from_addr(*o as usize) };
        if o.shape().as_ptr() as *const Shape != *s {
            return false;
        }
    }
    true
}

#[inline(always)]
fn holder_of(ic: &PropIc) -> Gc<JsObject> {
    // SAFETY: `Proto` entries always have at least one chain link, the holder last,
    // kept alive by the code's tracing.
    unsafe { Gc::from_addr(ic.chain[ic.chain_len as usize - 1].0 as usize) }
}

/// Tries the cache for `obj.name`.
#[inline(always)]
pub(crate) fn get_prop_cached(ic: &PropIc, v: Value) -> Option<Value> {
    if let Some(o) = v.as_object() {
        if o.shape().as_ptr() as *const Shape == ic.shape {
            match ic.kind {
                IcKind::Own => return Some(o.slot(ic.slot)),
                IcKind::Proto if chain_valid(ic) => return Some(holder_of(ic).slot(ic.slot)),
                _ => {}
            }
        }
    } else if v.is_string() && ic.shape.is_null() && ic.kind == IcKind::Proto && chain_valid(ic) {
        return Some(holder_of(ic).slot(ic.slot));
    }
    None
}

/// Records where a property was found, walking at most three prototypes.
fn fill_get(vm: &Vm, ic: &mut PropIc, receiver_shape: *const Shape, start: Option<Gc<JsObject>>, name: Gc<JsString>) {
    let mut chain = [(core::ptr::null(), core::ptr::null()); 3];
    let mut n = 0usize;
    let mut p = start;
    while let Some(o) = p {
        if n == 3 || !plain_named(vm, o, name) {
            return;
        }
        chain[n] = (o.as_ptr() as *const JsObject, o.shape().as_ptr() as *const Shape);
        n += 1;
        if let Some((slot, a)) = Shape::lookup(o.shape(), name) {
            if a & attrs::ACCESSOR != 0 {
                return;
            }
            *ic = PropIc { kind: IcKind::Proto, shape: receiver_shape, slot, chain, chain_len: n as u8, misses: ic.misses, ..PropIc::default() };
            return;
        }
        p = o.proto();
    }
}

/// Is `name` on `o` an ordinary shape property (no exotic `length`)?
fn plain_named(vm: &Vm, o: Gc<JsObject>, name: Gc<JsString>) -> bool {
    !(name == vm.names.length && matches!(o.class(), ObjectClass::Array | ObjectClass::String))
}

impl Vm {
    /// `obj.name` with cache refill (the slow path of `GetProp`).
    pub(crate) fn get_prop_slow(&mut self, code: Gc<Code>, ic_index: u32, v: Value, name: Gc<JsString>) -> JsResult<Value> {
        let key = PropertyKey::Atom(name);
        if let Some(o) = v.as_object() {
            let ic = &mut code.ics()[ic_index as usize];
            if ic.kind != IcKind::Megamorphic {
                ic.misses = ic.misses.saturating_add(1);
                if ic.misses > MAX_MISSES {
                    ic.kind = IcKind::Megamorphic;
                } else if plain_named(self, o, name) {
                    let shape = o.shape();
                    match Shape::lookup(shape, name) {
                        Some((slot, a)) if a & attrs::ACCESSOR == 0 => {
                            *ic = PropIc { kind: IcKind::Own, shape: shape.as_ptr(), slot, misses: ic.misses, ..PropIc::default() };
                        }
                        Some(_) => {}
                        None => fill_get(self, ic, shape.as_ptr(), o.proto(), name),
                    }
                }
            }
            return ops::get(self, o, key, v);
        }
        if let Some(s) = v.as_string() {
            if name == self.names.length {
                return Ok(Value::int(s.len() as i32));
            }
            let ic = &mut code.ics()[ic_index as usize];
            if ic.kind != IcKind::Megamorphic {
                ic.misses = ic.misses.saturating_add(1);
                fill_get(self, ic, core::ptr::null(), Some(self.realm.string_prototype), name);
            }
        }
        self.get_value(v, key)
    }

    /// `obj.name = v` with cache refill (the slow path of `SetProp`).
    pub(crate) fn set_prop_slow(&mut self, code: Gc<Code>, ic_index: u32, target: Value, name: Gc<JsString>, v: Value, strict: bool) -> JsResult<()> {
        let key = PropertyKey::Atom(name);
        let Some(o) = target.as_object() else {
            return self.put_value(target, key, v, strict);
        };
        let before = o.shape();
        let own = Shape::lookup(before, name);
        let ok = ops::put(self, o, key, v, target)?;
        if !ok {
            if strict {
                return Err(self.read_only_error(key));
            }
            return Ok(());
        }
        let ic = &mut code.ics()[ic_index as usize];
        if ic.kind == IcKind::Megamorphic || !plain_named(self, o, name) {
            return Ok(());
        }
        ic.misses = ic.misses.saturating_add(1);
        if ic.misses > MAX_MISSES {
            ic.kind = IcKind::Megamorphic;
            return Ok(());
        }
        match own {
            Some((slot, a)) => {
                if a & (attrs::ACCESSOR | attrs::WRITABLE) == attrs::WRITABLE && o.shape() == before {
                    *ic = PropIc { kind: IcKind::Own, shape: before.as_ptr(), slot, misses: ic.misses, ..PropIc::default() };
                }
            }
            None => {
                let after = o.shape();
                if before.is_dictionary() || after.is_dictionary() || after == before {
                    return Ok(());
                }
                let Some((slot, a)) = Shape::lookup(after, name) else { return Ok(()) };
                if a != attrs::DEFAULT {
                    return Ok(());
                }
                // The add is replayable if no prototype (up to three) can intercept:
                // record their shapes; a longer chain is not cached.
                let mut chain = [(core::ptr::null(), core::ptr::null()); 3];
                let mut n = 0usize;
                let mut p = before.proto();
                while let Some(po) = p {
                    if n == 3 {
                        return Ok(());
                    }
                    chain[n] = (po.as_ptr() as *const JsObject, po.shape().as_ptr() as *const Shape);
                    n += 1;
                    p = po.proto();
                }
                *ic = PropIc {
                    kind: IcKind::Add,
                    shape: before.as_ptr(),
                    slot,
                    new_shape: after.as_ptr(),
                    chain,
                    chain_len: n as u8,
                    misses: ic.misses,
                };
            }
        }
        Ok(())
    }

    /// Replays a cached store; `false` if the cache does not apply.
    #[inline(always)]
    pub(crate) fn set_prop_cached(&mut self, ic: &PropIc, target: Value, v: Value) -> JsResult<bool> {
        let Some(o) = target.as_object() else { return Ok(false) };
        if o.shape().as_ptr() as *const Shape != ic.shape {
            return Ok(false);
        }
        match ic.kind {
            IcKind::Own => {
                o.set_slot(ic.slot, v);
                Ok(true)
            }
            IcKind::Add if chain_valid(ic) => {
                // SAFETY: the new shape is kept alive by the code's tracing.
                let ns: Gc<Shape> = unsafe { Gc::from_addr(ic.new_shape as usize) };
                if o.slots().map_or(0, |s| s.capacity()) < ns.slot_span() {
                    // `o` and `v` are in registers (rooted); the shape is traced by the code.
                    JsObject::ensure_slots(self, o, ns.slot_span())?;
                }
                o.set_slot(ic.slot, v);
                o.set_shape(ns);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Reads a global variable through its cache; `None` on a miss.
    #[inline(always)]
    pub(crate) fn get_global_cached(&self, ic: &PropIc) -> Option<Value> {
        match ic.kind {
            IcKind::Own if self.realm.global.shape().as_ptr() as *const Shape == ic.shape && chain_valid(ic) => {
                Some(self.realm.global.slot(ic.slot))
            }
            IcKind::Proto if chain_valid(ic) => Some(holder_of(ic).slot(ic.slot)),
            _ => None,
        }
    }

    /// Global lookup with cache refill. `Ok(None)` means unresolvable.
    pub(crate) fn get_global_slow(&mut self, code: Gc<Code>, ic_index: u32, name: Gc<JsString>) -> JsResult<Option<Value>> {
        let key = PropertyKey::Atom(name);
        let scope = self.realm.script_scope;
        let global = self.realm.global;
        let ic = &mut code.ics()[ic_index as usize];
        let scope_link = (scope.as_ptr() as *const JsObject, scope.shape().as_ptr() as *const Shape);
        if let Some((slot, a)) = Shape::lookup(scope.shape(), name) {
            let v = scope.slot(slot);
            if a & attrs::ACCESSOR == 0 {
                let mut chain = [(core::ptr::null(), core::ptr::null()); 3];
                chain[0] = scope_link;
                *ic = PropIc { kind: IcKind::Proto, shape: core::ptr::null(), slot, chain, chain_len: 1, ..PropIc::default() };
            }
            return Ok(Some(v));
        }
        if let Some((slot, a)) = Shape::lookup(global.shape(), name) {
            if a & attrs::ACCESSOR == 0 {
                let mut chain = [(core::ptr::null(), core::ptr::null()); 3];
                chain[0] = scope_link;
                *ic = PropIc { kind: IcKind::Own, shape: global.shape().as_ptr(), slot, chain, chain_len: 1, ..PropIc::default() };
                return Ok(Some(global.slot(slot)));
            }
        }
        if ops::has_property(self, global, key)? {
            return Ok(Some(ops::get(self, global, key, Value::object(global))?));
        }
        Ok(None)
    }

    /// Assigns a global variable (the slow path of `SetGlobal`).
    pub(crate) fn set_global_slow(&mut self, code: Gc<Code>, ic_index: u32, name: Gc<JsString>, v: Value, strict: bool) -> JsResult<()> {
        let key = PropertyKey::Atom(name);
        let scope = self.realm.script_scope;
        if let Some((slot, a)) = Shape::lookup(scope.shape(), name) {
            if scope.slot(slot).is_uninitialized() {
                return Err(self.tdz_error(name));
            }
            if a & attrs::WRITABLE == 0 {
                return Err(self.type_error("Assignment to constant variable."));
            }
            scope.set_slot(slot, v);
            return Ok(());
        }
        let global = self.realm.global;
        if let Some((slot, a)) = Shape::lookup(global.shape(), name) {
            if a & (attrs::ACCESSOR | attrs::WRITABLE) == attrs::WRITABLE {
                global.set_slot(slot, v);
                let ic = &mut code.ics()[ic_index as usize];
                let mut chain = [(core::ptr::null(), core::ptr::null()); 3];
                chain[0] = (scope.as_ptr() as *const JsObject, scope.shape().as_ptr() as *const Shape);
                *ic = PropIc { kind: IcKind::Own, shape: global.shape().as_ptr(), slot, chain, chain_len: 1, ..PropIc::default() };
                return Ok(());
            }
        } else if strict && !ops::has_property(self, global, key)? {
            return Err(self.not_defined_error(name));
        }
        let ok = ops::put(self, global, key, v, Value::object(global))?;
        if !ok && strict {
            return Err(self.read_only_error(key));
        }
        Ok(())
    }

    /// Replays a cached global store; `false` on a miss.
    #[inline(always)]
    pub(crate) fn set_global_cached(&self, ic: &PropIc, v: Value) -> bool {
        if ic.kind == IcKind::Own && self.realm.global.shape().as_ptr() as *const Shape == ic.shape && chain_valid(ic) {
            self.realm.global.set_slot(ic.slot, v);
            true
        } else {
            false
        }
    }
}
