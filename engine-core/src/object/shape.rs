//! Shapes (hidden classes).
//!
//! A shape describes the named properties of an object: which atom lives in which
//! slot with which attributes, plus the prototype and extensibility. Objects built
//! by adding the same properties in the same order from the same prototype share one
//! shape, found through the *transition tree* rooted at the prototype's root shape.
//! So "guard shape, load slot k" is a complete property read for the interpreter's
//! inline caches and for traces.
//!
//! Lookups walk the parent chain for small shapes and use a [`PropTable`] for larger
//! ones; the table is built lazily and handed down to the child on each new
//! transition, so building a long chain costs linear memory.
//!
//! Objects with many properties, deletions in the middle, attribute changes,
//! prototype changes or non-extensibility switch to *dictionary* mode: a shape that
//! belongs to one object and owns its table. Every change to a dictionary object
//! moves the table to a fresh shape cell, so a cached shape pointer still identifies
//! one exact layout.
//!
//! Integer-indexed properties never live in shapes (see `elements`).

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use hashbrown::HashTable;

use super::{JsObject, PropertyKey};
use crate::gc::{CellKind, Gc, Header, Heap, Tracer};
use crate::interp::Vm;
use crate::string::JsString;
use crate::value::Value;

/// Property attribute bits.
pub mod attrs {
    /// `[[Writable]]` (data properties).
    pub const WRITABLE: u8 = 1;
    /// `[[Enumerable]]`.
    pub const ENUMERABLE: u8 = 2;
    /// `[[Configurable]]`.
    pub const CONFIGURABLE: u8 = 4;
    /// The slot holds an [`Accessor`](crate::object::Accessor) cell.
    pub const ACCESSOR: u8 = 8;
    /// Writable, enumerable, configurable data: what assignment creates.
    pub const DEFAULT: u8 = WRITABLE | ENUMERABLE | CONFIGURABLE;
    /// Writable and configurable but hidden: builtin methods.
    pub const HIDDEN: u8 = WRITABLE | CONFIGURABLE;
    /// Marks a deleted dictionary entry.
    pub(crate) const DELETED: u8 = 0x80;
}

/// Shape flag: the shape is a dictionary owned by one object.
pub const SHAPE_DICTIONARY: u8 = 1;
/// Shape flag: objects with this shape are not extensible.
pub const SHAPE_NON_EXTENSIBLE: u8 = 2;
/// Shape flag: some property of this shape is an accessor or read-only (so a plain
/// store cannot assume a writable data slot without a lookup).
pub const SHAPE_HAS_SPECIAL: u8 = 4;

/// Named properties beyond which an object switches to dictionary mode.
pub const MAX_TRANSITION_PROPERTIES: u32 = 128;
/// Shapes with at most this many properties are searched by walking the chain.
const LINEAR_LOOKUP_LIMIT: u32 = 8;

/// One property of a table.
#[derive(Clone, Copy, Debug)]
pub struct PropEntry {
    /// The property name.
    pub key: Gc<JsString>,
    /// Slot index in the object's slot array.
    pub slot: u32,
    /// Attribute bits (see [`attrs`]).
    pub attrs: u8,
}

/// An insertion-ordered property table with a hash index.
#[derive(Default)]
pub struct PropTable {
    entries: Vec<PropEntry>,
    index: HashTable<u32>,
    deleted: u32,
    free_slots: Vec<u32>,
    /// Live entries, one past the highest slot ever used, and live entries that
    /// are accessors or read-only: kept as entries come and go, so a dictionary
    /// change costs O(1) and not a walk over every property.
    live: u32,
    span: u32,
    special: u32,
}

/// The table hash of an atom: its 32-bit hash in both halves, so hashbrown's tags
/// (the top bits) tell atoms apart (see `string::atoms`).
#[inline]
fn table_hash(key: Gc<JsString>) -> u64 {
    let h = key.hash() as u64;
    (h << 32) | h
}

fn is_special(a: u8) -> bool {
    a & (attrs::ACCESSOR | attrs::WRITABLE) != attrs::WRITABLE
}

impl PropTable {
    fn find(&self, key: Gc<JsString>) -> Option<u32> {
        let entries = &self.entries;
        self.index.find(table_hash(key), |i| entries[*i as usize].key == key).copied()
    }
    fn push(&mut self, e: PropEntry) {
        self.live += 1;
        self.span = self.span.max(e.slot + 1);
        self.special += is_special(e.attrs) as u32;
        let i = self.entries.len() as u32;
        self.entries.push(e);
        let entries = &self.entries;
        self.index.insert_unique(table_hash(e.key), i, |j| table_hash(entries[*j as usize].key));
    }
    fn remove(&mut self, key: Gc<JsString>) -> Option<PropEntry> {
        let entries = &self.entries;
        let i = match self.index.find_entry(table_hash(key), |i| entries[*i as usize].key == key) {
            Ok(occupied) => occupied.remove().0,
            Err(_) => return None,
        };
        let e = self.entries[i as usize];
        self.live -= 1;
        self.special -= is_special(e.attrs) as u32;
        self.entries[i as usize].attrs = attrs::DELETED;
        self.deleted += 1;
        self.free_slots.push(e.slot);
        if self.deleted as usize > 16 && self.deleted as usize * 2 > self.entries.len() {
            self.compact();
        }
        Some(e)
    }
    fn compact(&mut self) {
        self.entries.retain(|e| e.attrs != attrs::DELETED);
        self.deleted = 0;
        self.index.clear();
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            self.index.insert_unique(table_hash(e.key), i as u32, |j| table_hash(entries[*j as usize].key));
        }
    }
    /// Sets the attributes of entry `i` (live), keeping the counts.
    fn set_attrs(&mut self, i: u32, a: u8) {
        let e = &mut self.entries[i as usize];
        self.special = self.special - is_special(e.attrs) as u32 + is_special(a) as u32;
        e.attrs = a;
    }
    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &PropEntry> {
        self.entries.iter().filter(|e| e.attrs != attrs::DELETED)
    }
}

enum Transitions {
    None,
    One(Gc<JsString>, u8, Gc<Shape>),
    Many(Vec<(Gc<JsString>, u8, Gc<Shape>)>),
}

/// A shape cell. The header's flags hold `SHAPE_*` bits.
#[repr(C)]
pub struct Shape {
    header: Header,
    proto: Option<Gc<JsObject>>,
    parent: Option<Gc<Shape>>,
    key: Option<Gc<JsString>>,
    slot: u32,
    attrs: u8,
    /// Number of named properties.
    count: u32,
    /// Slots an object of this shape needs.
    slot_span: u32,
    table: UnsafeCell<Option<Box<PropTable>>>,
    transitions: UnsafeCell<Transitions>,
    /// How many times this shape's table was stolen and rebuilt (heuristic input).
    rebuilds: Cell<u32>,
    /// The enumeration cache: the enumerable names of this shape in order, built
    /// on the first `for-in` over an object of this shape. Shapes never change
    /// (a dictionary object moves to a fresh shape cell on every change), so the
    /// list stays exact; its atoms are this shape's own keys, kept alive by it.
    enum_keys: UnsafeCell<Option<Rc<[PropertyKey]>>>,
}

impl Shape {
    /// The prototype of objects with this shape.
    #[inline(always)]
    pub fn proto(&self) -> Option<Gc<JsObject>> {
        self.proto
    }
    /// For a shape made by adding one property to another: `(parent, key,
    /// attributes)`.
    pub fn transition(&self) -> Option<(Gc<Shape>, Gc<JsString>, u8)> {
        if self.is_dictionary() {
            return None;
        }
        Some((self.parent?, self.key?, self.attrs))
    }
    /// Is this a dictionary shape?
    #[inline(always)]
    pub fn is_dictionary(&self) -> bool {
        self.header.flags.get() & SHAPE_DICTIONARY != 0
    }
    /// Can properties be added to objects of this shape?
    #[inline(always)]
    pub fn is_extensible(&self) -> bool {
        self.header.flags.get() & SHAPE_NON_EXTENSIBLE == 0
    }
    /// Does the shape contain accessors or read-only properties?
    #[inline(always)]
    pub fn has_special(&self) -> bool {
        self.header.flags.get() & SHAPE_HAS_SPECIAL != 0
    }
    /// Number of named properties.
    #[inline(always)]
    pub fn count(&self) -> u32 {
        self.count
    }
    /// Number of slots an object with this shape uses.
    #[inline(always)]
    pub fn slot_span(&self) -> u32 {
        self.slot_span
    }

    fn table(&self) -> Option<&PropTable> {
        // SAFETY: the table is only replaced through `&mut` access in this module's
        // functions, none of which is running while a `&PropTable` is alive (they
        // never call out while holding one).
        unsafe { (*self.table.get()).as_deref() }
    }
    #[allow(clippy::mut_from_ref)]
    fn table_slot(&self) -> &mut Option<Box<PropTable>> {
        // SAFETY: single-threaded mutator; callers hold no other reference to the
        // table while mutating it (see `table`).
        unsafe { &mut *self.table.get() }
    }

    /// Visits outgoing references (transitions are weak; see [`purge_transitions`]).
    pub(crate) fn trace(this: Gc<Shape>, t: &mut Tracer<'_>) {
        t.opt(this.proto);
        t.opt(this.parent);
        t.opt(this.key);
        if this.is_dictionary() {
            if let Some(table) = this.table() {
                for e in table.iter() {
                    t.cell(e.key);
                }
            }
        }
    }

    fn alloc(vm: &mut Vm, shape: Shape) -> Result<Gc<Shape>, Value> {
        let (cell, class) = vm.alloc_cell(core::mem::size_of::<Shape>())?;
        // SAFETY: fresh cell of sufficient size; Shape is repr(C) with a Shape header.
        Ok(unsafe { Heap::init(cell, class, shape) })
    }

    fn blank(flags: u8, proto: Option<Gc<JsObject>>) -> Shape {
        let header = Header::new(CellKind::Shape);
        header.flags.set(flags);
        Shape {
            header,
            proto,
            parent: None,
            key: None,
            slot: 0,
            attrs: 0,
            count: 0,
            slot_span: 0,
            table: UnsafeCell::new(None),
            transitions: UnsafeCell::new(Transitions::None),
            rebuilds: Cell::new(0),
            enum_keys: UnsafeCell::new(None),
        }
    }

    /// The enumerable names of objects of this shape, in insertion order
    /// (computed once per shape and shared by every `for-in` that uses it).
    pub fn enumerable_keys(this: Gc<Shape>) -> Rc<[PropertyKey]> {
        // SAFETY: single-threaded mutator; the cache is only written here, and no
        // reference into it is held across this function.
        let slot = unsafe { &mut *this.enum_keys.get() };
        if let Some(k) = slot {
            return k.clone();
        }
        let mut keys = Vec::with_capacity(this.count as usize);
        Self::for_each(this, |e| {
            if e.attrs & attrs::ENUMERABLE != 0 {
                keys.push(PropertyKey::Atom(e.key));
            }
        });
        let keys: Rc<[PropertyKey]> = keys.into();
        *slot = Some(keys.clone());
        keys
    }

    /// A new empty root shape for objects with prototype `proto`.
    pub fn new_root(vm: &mut Vm, proto: Option<Gc<JsObject>>) -> Result<Gc<Shape>, Value> {
        Self::alloc(vm, Self::blank(0, proto))
    }

    /// Finds a named property: `(slot, attrs)`.
    #[inline]
    pub fn lookup(this: Gc<Shape>, key: Gc<JsString>) -> Option<(u32, u8)> {
        if !this.is_dictionary() && this.count <= LINEAR_LOOKUP_LIMIT {
            let mut s = Some(this);
            while let Some(sh) = s {
                if sh.key == Some(key) {
                    return Some((sh.slot, sh.attrs));
                }
                s = sh.parent;
            }
            return None;
        }
        let table = Self::ensure_table(this);
        table.find(key).map(|i| {
            let e = &table.entries[i as usize];
            (e.slot, e.attrs)
        })
    }

    fn ensure_table<'a>(this: Gc<Shape>) -> &'a PropTable {
        if this.table().is_none() {
            let mut chain = Vec::with_capacity(this.count as usize);
            let mut s = Some(this);
            while let Some(sh) = s {
                if let Some(k) = sh.key {
                    chain.push(PropEntry { key: k, slot: sh.slot, attrs: sh.attrs });
                }
                s = sh.parent;
            }
            let mut table = PropTable::default();
            for e in chain.into_iter().rev() {
                table.push(e);
            }
            this.rebuilds.set(this.rebuilds.get() + 1);
            *this.table_slot() = Some(Box::new(table));
        }
        // SAFETY: the table was just ensured to exist; the returned borrow is used
        // only until the next shape mutation, which callers never interleave.
        unsafe { (*this.table.get()).as_deref().unwrap_unchecked() }
    }

    /// Calls `f` for each named property in insertion order.
    pub fn for_each(this: Gc<Shape>, mut f: impl FnMut(&PropEntry)) {
        let table = Self::ensure_table(this);
        for e in table.iter() {
            f(e);
        }
    }

    /// The named properties in insertion order.
    pub fn entries(this: Gc<Shape>) -> Vec<PropEntry> {
        let mut v = Vec::with_capacity(this.count as usize);
        Self::for_each(this, |e| v.push(*e));
        v
    }

    /// The shape after adding `key` with `attrs` (the key must not be present and
    /// the shape must be extensible). Returns the new shape and the key's slot.
    pub fn add(vm: &mut Vm, this: Gc<Shape>, key: Gc<JsString>, attrs_: u8) -> Result<(Gc<Shape>, u32), Value> {
        // The key may be an atom that only this call refers to (a computed name whose
        // last holder was a deleted entry): keep it alive across the allocation.
        vm.roots.push(Value::string(key));
        let r = Self::add_rooted(vm, this, key, attrs_);
        vm.roots.pop();
        r
    }

    fn add_rooted(vm: &mut Vm, this: Gc<Shape>, key: Gc<JsString>, attrs_: u8) -> Result<(Gc<Shape>, u32), Value> {
        if this.is_dictionary() {
            let span = this.slot_span;
            let mut slot = span;
            let flags = this.header.flags.get() | special_flag(attrs_);
            let ns = Self::dict_replace(vm, this, flags, this.proto, |t| {
                slot = t.free_slots.pop().unwrap_or(span);
                t.push(PropEntry { key, slot, attrs: attrs_ });
            })?;
            return Ok((ns, slot));
        }
        // An existing transition?
        // SAFETY: single-threaded access; no other reference to the transitions.
        match unsafe { &*this.transitions.get() } {
            Transitions::One(k, a, child) if *k == key && *a == attrs_ => return Ok((*child, child.slot)),
            Transitions::Many(v) => {
                if let Some((_, _, child)) = v.iter().find(|(k, a, _)| *k == key && *a == attrs_) {
                    return Ok((*child, child.slot));
                }
            }
            _ => {}
        }
        let mut s = Self::blank(this.header.flags.get() | special_flag(attrs_), this.proto);
        s.parent = Some(this);
        s.key = Some(key);
        s.slot = this.slot_span;
        s.attrs = attrs_;
        s.count = this.count + 1;
        s.slot_span = this.slot_span + 1;
        let child = Self::alloc(vm, s)?;
        // Hand the parent's table down instead of building a new one later.
        if let Some(mut table) = this.table_slot().take() {
            table.push(PropEntry { key, slot: child.slot, attrs: attrs_ });
            *child.table_slot() = Some(table);
        }
        // SAFETY: single-threaded access; no other reference to the transitions.
        let tr = unsafe { &mut *this.transitions.get() };
        let first = matches!(tr, Transitions::None);
        match tr {
            Transitions::None => *tr = Transitions::One(key, attrs_, child),
            Transitions::One(k, a, c) => *tr = Transitions::Many(alloc::vec![(*k, *a, *c), (key, attrs_, child)]),
            Transitions::Many(v) => v.push((key, attrs_, child)),
        }
        if first {
            vm.shapes_with_transitions.push(this);
        }
        Ok((child, child.slot))
    }

    /// A dictionary shape equivalent to `this` (which is left untouched).
    pub fn to_dictionary(vm: &mut Vm, this: Gc<Shape>) -> Result<Gc<Shape>, Value> {
        let mut table = PropTable::default();
        Self::for_each(this, |e| table.push(*e));
        let mut s = Self::blank((this.header.flags.get() & !SHAPE_DICTIONARY) | SHAPE_DICTIONARY, this.proto);
        s.count = this.count;
        s.slot_span = this.slot_span;
        *s.table.get_mut() = Some(Box::new(table));
        Self::alloc(vm, s)
    }

    /// Moves a dictionary's table into a fresh shape cell after `edit` changed it.
    /// (Allocates first so a failure leaves `this` intact.)
    fn dict_replace(
        vm: &mut Vm,
        this: Gc<Shape>,
        flags: u8,
        proto: Option<Gc<JsObject>>,
        edit: impl FnOnce(&mut PropTable),
    ) -> Result<Gc<Shape>, Value> {
        debug_assert!(this.is_dictionary());
        let ns = Self::alloc(vm, Self::blank((flags & !SHAPE_HAS_SPECIAL) | SHAPE_DICTIONARY, proto))?;
        let mut table = this.table_slot().take().unwrap_or_default();
        edit(&mut table);
        let (count, special) = (table.live, table.special > 0);
        let span = table.span.max(this.slot_span);
        // SAFETY: `ns` is fresh; nothing else refers to it yet. Its plain fields are
        // written once here, before the shape is published to any object.
        unsafe {
            let p = ns.as_ptr();
            (*p).count = count;
            (*p).slot_span = span;
            if special {
                (*p).header.flags.set((*p).header.flags.get() | SHAPE_HAS_SPECIAL);
            }
        }
        *ns.table_slot() = Some(table);
        Ok(ns)
    }

    /// Dictionary shape without `key`; returns the new shape and the freed slot.
    pub fn dict_remove(vm: &mut Vm, this: Gc<Shape>, key: Gc<JsString>) -> Result<(Gc<Shape>, Option<u32>), Value> {
        let mut freed = None;
        let flags = this.header.flags.get();
        let ns = Self::dict_replace(vm, this, flags, this.proto, |t| {
            freed = t.remove(key).map(|e| e.slot);
        })?;
        Ok((ns, freed))
    }

    /// Dictionary shape with `key`'s attributes changed.
    pub fn dict_set_attrs(vm: &mut Vm, this: Gc<Shape>, key: Gc<JsString>, new_attrs: u8) -> Result<Gc<Shape>, Value> {
        let flags = this.header.flags.get();
        Self::dict_replace(vm, this, flags, this.proto, |t| {
            if let Some(i) = t.find(key) {
                t.set_attrs(i, new_attrs);
            }
        })
    }

    /// Dictionary shape with every property's attributes mapped through `f`
    /// (freeze/seal), optionally made non-extensible.
    pub fn dict_map_attrs(vm: &mut Vm, this: Gc<Shape>, non_extensible: bool, f: impl Fn(u8) -> u8) -> Result<Gc<Shape>, Value> {
        let mut flags = this.header.flags.get();
        if non_extensible {
            flags |= SHAPE_NON_EXTENSIBLE;
        }
        Self::dict_replace(vm, this, flags, this.proto, |t| {
            for i in 0..t.entries.len() as u32 {
                let a = t.entries[i as usize].attrs;
                if a != attrs::DELETED {
                    t.set_attrs(i, f(a));
                }
            }
        })
    }

    /// Dictionary shape with another prototype.
    pub fn dict_set_proto(vm: &mut Vm, this: Gc<Shape>, proto: Option<Gc<JsObject>>) -> Result<Gc<Shape>, Value> {
        let flags = this.header.flags.get();
        Self::dict_replace(vm, this, flags, proto, |_| {})
    }

    /// The parent shape if `key` was the last property added (so deleting it can
    /// step back instead of going to dictionary mode).
    pub fn parent_if_last(this: Gc<Shape>, key: Gc<JsString>) -> Option<Gc<Shape>> {
        if !this.is_dictionary() && this.key == Some(key) { this.parent } else { None }
    }
}

fn special_flag(a: u8) -> u8 {
    if is_special(a) { SHAPE_HAS_SPECIAL } else { 0 }
}

/// Drops transitions to shapes the collector did not mark, and forgets dead parents
/// (call between mark and sweep).
pub fn purge_transitions(list: &mut Vec<Gc<Shape>>) {
    list.retain(|s| {
        if !s.header.is_marked() {
            return false;
        }
        // SAFETY: marking is over and no mutator code runs during this phase.
        let tr = unsafe { &mut *s.transitions.get() };
        match tr {
            Transitions::One(_, _, c) if !c.header.is_marked() => *tr = Transitions::None,
            Transitions::Many(v) => {
                v.retain(|(_, _, c)| c.header.is_marked());
                if v.is_empty() {
                    *tr = Transitions::None;
                }
            }
            _ => {}
        }
        !matches!(tr, Transitions::None)
    });
}
