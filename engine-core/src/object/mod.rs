//! Objects: shape + slots for named properties, dense elements for indexed ones.
//!
//! Layout of a [`JsObject`] cell (fixed offsets the JIT loads from):
//!
//! | offset | field        | meaning                                               |
//! |--------|--------------|-------------------------------------------------------|
//! | 0      | header       | `aux` = [`ObjectClass`], `flags` = `OBJ_*` bits        |
//! | 8      | shape        | [`Shape`]: named-property layout and prototype         |
//! | 16     | slots        | [`ValueArray`] of named-property values (or null)      |
//! | 24     | elements     | [`ValueArray`] of dense indexed values (or null)       |
//! | 32     | length       | array `length` (arrays and arguments objects)          |
//! | 40     | root_shape   | cached root shape for objects having this as prototype |
//! | 48     | sparse       | sparse/attributed indexed properties (rare)            |
//! | 56     | data         | class-specific data ([`ObjectData`])                  |
//!
//! A named-property read is "guard shape, load `slots[k]`"; an indexed read on an
//! object without sparse storage is "load `elements`, bounds-check, load, guard not
//! hole".

pub mod ops;
mod shape;

pub use shape::{attrs, purge_transitions, PropEntry, PropTable, Shape, MAX_TRANSITION_PROPERTIES, SHAPE_HAS_SPECIAL};

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use core::cell::{Cell, UnsafeCell};

use crate::bytecode::Code;
use crate::gc::{CellKind, Gc, Header, Heap, Tracer};
use crate::interp::{Env, NativeFn, Vm};
use crate::string::JsString;
use crate::value::Value;

/// A property name: an interned string or a canonical array index.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum PropertyKey {
    /// A name that is not an array index.
    Atom(Gc<JsString>),
    /// An array index, `0 ..= 2^32 - 2`.
    Index(u32),
}

/// The `[[Class]]` of an object.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum ObjectClass {
    /// A plain object.
    Object = 0,
    /// An array (exotic `length`).
    Array = 1,
    /// A function (callable).
    Function = 2,
    /// An Error instance.
    Error = 3,
    /// A Boolean wrapper.
    Boolean = 4,
    /// A Number wrapper.
    Number = 5,
    /// A String wrapper (exotic indices and `length`).
    String = 6,
    /// A Date.
    Date = 7,
    /// A RegExp.
    RegExp = 8,
    /// An arguments object.
    Arguments = 9,
    /// The Math object.
    Math = 10,
    /// The JSON object.
    Json = 11,
}

impl ObjectClass {
    fn from_u8(b: u8) -> ObjectClass {
        use ObjectClass::*;
        [Object, Array, Function, Error, Boolean, Number, String, Date, RegExp, Arguments, Math, Json]
            .get(b as usize)
            .copied()
            .unwrap_or(Object)
    }
    /// The name `Object.prototype.toString` reports.
    pub fn name(self) -> &'static str {
        use ObjectClass::*;
        match self {
            Object => "Object",
            Array => "Array",
            Function => "Function",
            Error => "Error",
            Boolean => "Boolean",
            Number => "Number",
            String => "String",
            Date => "Date",
            RegExp => "RegExp",
            Arguments => "Arguments",
            Math => "Math",
            Json => "JSON",
        }
    }
}

/// Object flag: an array whose `length` is read-only.
pub const OBJ_LENGTH_READONLY: u8 = 1;
/// Object flag: indexed properties live in the sparse map (dense storage unused).
pub const OBJ_SPARSE: u8 = 2;
/// Object flag: a function that may be called with `new`.
pub const OBJ_CONSTRUCTOR: u8 = 4;
/// Object flag: a strict-mode function (or builtin): `caller`/`arguments` poison.
pub const OBJ_STRICT: u8 = 8;

/// What a function object runs.
pub enum FunctionKind {
    /// Compiled script code with its closure environment.
    Closure {
        /// The function's bytecode.
        code: Gc<Code>,
        /// The environment it closes over.
        env: Option<Gc<Env>>,
    },
    /// A builtin or host function.
    Native {
        /// The Rust function.
        f: NativeFn,
        /// A per-function constant the native can read (e.g. which Error type).
        magic: u32,
        /// How the JIT's recorder traces a call of it.
        trace: crate::jit::natives::NativeTrace,
        /// The Rust closure of a host function made through the embedding API
        /// (`f` is then the API's trampoline); dropped with the function object.
        host: Option<Box<HostFunction>>,
    },
    /// A bound function (`Function.prototype.bind`).
    Bound(Box<BoundFunction>),
}

/// The signature of a host closure as the engine sees it (the embedding API
/// adapts its safe closures to this).
pub type HostCallback = dyn FnMut(&mut Vm, &crate::interp::CallArgs) -> Result<Value, Value>;

/// A Rust closure owned by a native function object.
pub struct HostFunction {
    /// The closure. Taken out while it runs, so a re-entrant call finds `None`
    /// instead of a second `&mut` to the same closure.
    pub callback: Cell<Option<Box<HostCallback>>>,
}

/// Target and bound arguments of a bound function.
pub struct BoundFunction {
    /// The function being bound.
    pub target: Gc<JsObject>,
    /// The bound `this`.
    pub this: Value,
    /// The bound leading arguments.
    pub args: alloc::vec::Vec<Value>,
}

/// Compiled regular expression state.
pub struct RegExpData {
    /// The pattern source text.
    pub source: Gc<JsString>,
    /// Flag bits: 1 = global, 2 = ignoreCase, 4 = multiline.
    pub flags: u8,
    /// The compiled matcher (shared by regexps with the same source and flags).
    pub regex: crate::builtins::regexp::SharedRegex,
}

/// Class-specific data.
pub enum ObjectData {
    /// No extra data.
    Ordinary,
    /// A function.
    Function(FunctionKind),
    /// `[[PrimitiveValue]]` of a Boolean wrapper.
    Boolean(bool),
    /// `[[PrimitiveValue]]` of a Number wrapper.
    Number(f64),
    /// `[[PrimitiveValue]]` of a String wrapper.
    String(Gc<JsString>),
    /// A Date's time value.
    Date(f64),
    /// A RegExp.
    RegExp(Box<RegExpData>),
    /// A host object: a Rust value owned by the object, dropped when the
    /// collector frees the object or when the engine is dropped.
    Host(HostValue),
    /// A mapped (sloppy-mode) arguments object: index `i < map.len()` aliases
    /// environment slot `map[i]` while `map[i] != u32::MAX`.
    MappedArguments {
        /// The function's environment holding the parameters.
        env: Gc<Env>,
        /// Environment slot per argument index.
        map: Box<[u32]>,
    },
}

/// The Rust value of a host object. Mutable access goes through the embedding
/// API, which hands out `&mut` only while it holds the engine exclusively.
pub struct HostValue(UnsafeCell<Box<dyn core::any::Any>>);

impl HostValue {
    /// Wraps a Rust value.
    pub fn new(value: Box<dyn core::any::Any>) -> HostValue {
        HostValue(UnsafeCell::new(value))
    }
    /// The value, shared.
    pub fn get(&self) -> &dyn core::any::Any {
        // SAFETY: the only `&mut` comes from `get_mut`, whose callers hold the
        // engine exclusively (so no `&` from here is alive at the same time).
        unsafe { &**self.0.get() }
    }
    /// The value, mutable.
    ///
    /// # Safety
    /// No other reference to the value may be alive while the result is used.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn get_mut(&self) -> &mut dyn core::any::Any {
        // SAFETY: the caller guarantees exclusivity.
        unsafe { &mut **self.0.get() }
    }
}

/// Byte offsets, from the start of a [`JsObject`], of a closure's `code` and `env`
/// fields (the trace JIT loads them to inline calls by code rather than by
/// function object). Only meaningful for objects holding a closure.
pub fn closure_field_offsets() -> (usize, usize) {
    // SAFETY: a dangling but aligned, non-null address; the value is only used for
    // its layout and never dereferenced or dropped as a live cell.
    let fake: Gc<crate::bytecode::Code> = unsafe { Gc::from_addr(core::mem::align_of::<usize>()) };
    let d = ObjectData::Function(FunctionKind::Closure { code: fake, env: None });
    let base = &d as *const ObjectData as usize;
    let r = match &d {
        ObjectData::Function(FunctionKind::Closure { code, env }) => (code as *const _ as usize - base, env as *const _ as usize - base),
        _ => (0, 0),
    };
    let data = core::mem::offset_of!(JsObject, data);
    core::mem::forget(d);
    (data + r.0, data + r.1)
}

/// An indexed property that does not fit dense storage.
#[derive(Clone, Copy, Debug)]
pub struct SparseElement {
    /// The value, or an [`Accessor`] cell when `attrs` has `ACCESSOR`.
    pub value: Value,
    /// Attribute bits.
    pub attrs: u8,
}

/// An object cell. See the module docs for the layout.
#[repr(C)]
pub struct JsObject {
    header: Header,
    shape: Cell<Gc<Shape>>,
    slots: Cell<*mut ValueArray>,
    elements: Cell<*mut ValueArray>,
    length: Cell<u32>,
    _pad: u32,
    root_shape: Cell<*const Shape>,
    sparse: UnsafeCell<Option<Box<BTreeMap<u32, SparseElement>>>>,
    data: UnsafeCell<ObjectData>,
}

/// Offset of the shape pointer.
pub const OFFSET_SHAPE: usize = core::mem::offset_of!(JsObject, shape);
/// Offset of the slot array pointer.
pub const OFFSET_SLOTS: usize = core::mem::offset_of!(JsObject, slots);
/// Offset of the element array pointer.
pub const OFFSET_ELEMENTS: usize = core::mem::offset_of!(JsObject, elements);
/// Offset of the array length.
pub const OFFSET_LENGTH: usize = core::mem::offset_of!(JsObject, length);
const _: () = {
    assert!(OFFSET_SHAPE == 8);
    assert!(OFFSET_SLOTS == 8 + core::mem::size_of::<usize>());
};

impl JsObject {
    /// Allocates an object with the given shape and class.
    pub fn new(vm: &mut Vm, shape: Gc<Shape>, class: ObjectClass, data: ObjectData) -> Result<Gc<JsObject>, Value> {
        // Allocate the slot array first so a failure leaves nothing half-built; the
        // shape is reachable from the caller (rooted) during both allocations.
        let span = shape.slot_span();
        let slots = if span > 0 {
            let a = ValueArray::new(vm, span.max(4), span.max(4), Value::UNDEFINED)?;
            vm.roots.push(Value::cell(a.header()));
            Some(a)
        } else {
            None
        };
        let cell = vm.alloc_cell(core::mem::size_of::<JsObject>());
        if slots.is_some() {
            vm.roots.pop();
        }
        let (cell, class_idx) = cell?;
        let header = Header::new(CellKind::Object);
        header.aux.set(class as u32);
        // SAFETY: a fresh cell large enough for a JsObject.
        let obj = unsafe {
            Heap::init(
                cell,
                class_idx,
                JsObject {
                    header,
                    shape: Cell::new(shape),
                    slots: Cell::new(slots.map_or(core::ptr::null_mut(), |s| s.as_ptr())),
                    elements: Cell::new(core::ptr::null_mut()),
                    length: Cell::new(0),
                    _pad: 0,
                    root_shape: Cell::new(core::ptr::null()),
                    sparse: UnsafeCell::new(None),
                    data: UnsafeCell::new(data),
                },
            )
        };
        Ok(obj)
    }

    /// The object's class.
    #[inline(always)]
    pub fn class(&self) -> ObjectClass {
        ObjectClass::from_u8(self.header.aux.get() as u8)
    }
    /// Object flag bits (`OBJ_*`).
    #[inline(always)]
    pub fn flags(&self) -> u8 {
        self.header.flags.get()
    }
    /// Sets flag bits.
    #[inline(always)]
    pub fn set_flag(&self, f: u8, on: bool) {
        let old = self.header.flags.get();
        self.header.flags.set(if on { old | f } else { old & !f });
    }
    /// Is this an array?
    #[inline(always)]
    pub fn is_array(&self) -> bool {
        self.class() == ObjectClass::Array
    }
    /// Is this callable?
    #[inline(always)]
    pub fn is_callable(&self) -> bool {
        self.class() == ObjectClass::Function
    }
    /// The current shape.
    #[inline(always)]
    pub fn shape(&self) -> Gc<Shape> {
        self.shape.get()
    }
    /// Replaces the shape (the slot array must already fit it).
    #[inline(always)]
    pub fn set_shape(&self, s: Gc<Shape>) {
        self.shape.set(s)
    }
    /// The prototype.
    #[inline(always)]
    pub fn proto(&self) -> Option<Gc<JsObject>> {
        self.shape.get().proto()
    }
    /// Can properties be added?
    #[inline(always)]
    pub fn is_extensible(&self) -> bool {
        self.shape.get().is_extensible()
    }
    /// The array length field.
    #[inline(always)]
    pub fn length(&self) -> u32 {
        self.length.get()
    }
    /// Sets the array length field (no element adjustment).
    #[inline(always)]
    pub fn set_length_field(&self, n: u32) {
        self.length.set(n)
    }

    /// The class data.
    #[inline(always)]
    pub fn data(&self) -> &ObjectData {
        // SAFETY: the data is only replaced through `set_data`, and no caller keeps
        // a borrow across such a call (single-threaded mutator).
        unsafe { &*self.data.get() }
    }
    /// Replaces the class data.
    pub fn set_data(&self, d: ObjectData) {
        // SAFETY: see `data`; the old value is dropped here, with no outstanding borrow.
        unsafe { *self.data.get() = d }
    }

    /// The slot array.
    #[inline(always)]
    pub fn slots(&self) -> Option<Gc<ValueArray>> {
        let p = self.slots.get();
        // SAFETY: a non-null slots pointer is a live ValueArray owned by this object.
        if p.is_null() { None } else { Some(unsafe { Gc::from_addr(p as usize) }) }
    }
    /// Reads slot `k` (which the shape says exists).
    #[inline(always)]
    pub fn slot(&self, k: u32) -> Value {
        match self.slots() {
            Some(s) => s.get(k as usize),
            None => Value::UNDEFINED,
        }
    }
    /// Writes slot `k` (which must be within the slot array).
    #[inline(always)]
    pub fn set_slot(&self, k: u32, v: Value) {
        if let Some(s) = self.slots() {
            s.set(k as usize, v);
        }
    }
    /// Makes sure the slot array holds `span` slots. `this` must be rooted.
    pub fn ensure_slots(vm: &mut Vm, this: Gc<JsObject>, span: u32) -> Result<(), Value> {
        let cap = this.slots().map_or(0, |s| s.capacity());
        if span <= cap {
            return Ok(());
        }
        let new_cap = span.max(cap * 2).max(4);
        let a = ValueArray::new(vm, new_cap, new_cap, Value::UNDEFINED)?;
        if let Some(old) = this.slots() {
            for i in 0..old.len() {
                a.set(i, old.get(i));
            }
        }
        this.slots.set(a.as_ptr());
        Ok(())
    }

    /// The dense element array.
    #[inline(always)]
    pub fn elements(&self) -> Option<Gc<ValueArray>> {
        let p = self.elements.get();
        // SAFETY: a non-null elements pointer is a live ValueArray owned by this object.
        if p.is_null() { None } else { Some(unsafe { Gc::from_addr(p as usize) }) }
    }
    /// Replaces the dense element array.
    pub fn set_elements(&self, a: Option<Gc<ValueArray>>) {
        self.elements.set(a.map_or(core::ptr::null_mut(), |a| a.as_ptr()));
    }
    /// The sparse element map, if the object is in sparse mode.
    pub fn sparse(&self) -> Option<&BTreeMap<u32, SparseElement>> {
        // SAFETY: single-threaded; mutation happens only through `sparse_mut`, whose
        // borrows never overlap with these.
        unsafe { (*self.sparse.get()).as_deref() }
    }
    /// Mutable sparse element map (created on demand).
    #[allow(clippy::mut_from_ref)]
    pub fn sparse_mut(&self) -> &mut BTreeMap<u32, SparseElement> {
        // SAFETY: see `sparse`.
        unsafe { (*self.sparse.get()).get_or_insert_with(Default::default) }
    }

    /// Cached root shape for objects whose prototype is this object.
    /// The cached root shape for objects having this one as prototype, if made.
    pub fn cached_root_shape(&self) -> Option<Gc<Shape>> {
        let p = self.root_shape.get();
        // SAFETY: the cache holds a live shape, kept alive by tracing.
        if p.is_null() { None } else { Some(unsafe { Gc::from_addr(p as usize) }) }
    }

    /// The root shape for objects having `this` as prototype (made on first use).
    pub fn root_shape_for_children(vm: &mut Vm, this: Gc<JsObject>) -> Result<Gc<Shape>, Value> {
        let p = this.root_shape.get();
        if !p.is_null() {
            // SAFETY: the cache holds a live shape, kept alive by tracing.
            return Ok(unsafe { Gc::from_addr(p as usize) });
        }
        let s = Shape::new_root(vm, Some(this))?;
        this.root_shape.set(s.as_ptr());
        Ok(s)
    }

    /// The function data, if this is a function.
    pub fn function(&self) -> Option<&FunctionKind> {
        match self.data() {
            ObjectData::Function(f) => Some(f),
            _ => None,
        }
    }

    /// Visits outgoing references.
    pub(crate) fn trace(this: Gc<JsObject>, t: &mut Tracer<'_>) {
        t.cell(this.shape());
        t.opt(this.slots());
        t.opt(this.elements());
        let rs = this.root_shape.get();
        if !rs.is_null() {
            // SAFETY: the cached root shape is a live shape cell.
            t.cell(unsafe { Gc::<Shape>::from_addr(rs as usize) });
        }
        if let Some(sp) = this.sparse() {
            for e in sp.values() {
                t.value(e.value);
            }
        }
        match this.data() {
            ObjectData::Function(FunctionKind::Closure { code, env }) => {
                t.cell(*code);
                t.opt(*env);
            }
            ObjectData::Function(FunctionKind::Bound(b)) => {
                t.cell(b.target);
                t.value(b.this);
                t.values(&b.args);
            }
            ObjectData::String(s) => t.cell(*s),
            ObjectData::RegExp(r) => t.cell(r.source),
            ObjectData::MappedArguments { env, .. } => t.cell(*env),
            ObjectData::Function(FunctionKind::Native { .. })
            | ObjectData::Ordinary
            | ObjectData::Host(_)
            | ObjectData::Boolean(_)
            | ObjectData::Number(_)
            | ObjectData::Date(_) => {}
        }
    }
}

/// A growable array of values: object slots, dense elements, argument lists.
/// The header's `aux` holds the capacity.
#[repr(C)]
pub struct ValueArray {
    header: Header,
    len: Cell<u32>,
    _pad: u32,
}

/// Offset of the first value in a [`ValueArray`].
pub const VALUE_ARRAY_DATA_OFFSET: usize = 16;
/// Offset of the length field in a [`ValueArray`].
pub const VALUE_ARRAY_LEN_OFFSET: usize = core::mem::offset_of!(ValueArray, len);
const _: () = assert!(core::mem::size_of::<ValueArray>() == VALUE_ARRAY_DATA_OFFSET);

/// Largest capacity of a value array (keeps byte sizes far from overflow).
pub const MAX_VALUE_ARRAY: u32 = 1 << 28;

impl ValueArray {
    /// Allocates an array of `capacity` values, the first `len` set to `fill` and the
    /// rest to holes.
    pub fn new(vm: &mut Vm, len: u32, capacity: u32, fill: Value) -> Result<Gc<ValueArray>, Value> {
        if capacity > MAX_VALUE_ARRAY {
            return Err(vm.range_error("Invalid array length"));
        }
        let bytes = VALUE_ARRAY_DATA_OFFSET + capacity as usize * 8;
        let (cell, class) = vm.alloc_cell(bytes)?;
        let header = Header::new(CellKind::ValueArray);
        header.aux.set(capacity);
        // SAFETY: fresh cell with room for the prefix and `capacity` values.
        let a = unsafe { Heap::init(cell, class, ValueArray { header, len: Cell::new(len), _pad: 0 }) };
        for i in 0..capacity as usize {
            a.raw_set(i, if i < len as usize { fill } else { Value::HOLE });
        }
        Ok(a)
    }
    #[inline(always)]
    fn data_ptr(&self) -> *mut Value {
        (self as *const ValueArray as *mut u8).wrapping_add(VALUE_ARRAY_DATA_OFFSET) as *mut Value
    }
    #[inline(always)]
    fn raw_set(&self, i: usize, v: Value) {
        debug_assert!(i < self.capacity() as usize);
        // SAFETY: `i` is below the capacity, so the write stays inside the cell.
        unsafe { self.data_ptr().add(i).write(v) }
    }
    /// Used length.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len.get() as usize
    }
    /// Is it empty?
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len.get() == 0
    }
    /// Capacity.
    #[inline(always)]
    pub fn capacity(&self) -> u32 {
        self.header.aux.get()
    }
    /// Sets the used length (within capacity); new positions read as holes.
    #[inline]
    pub fn set_len(&self, n: usize) {
        let n = n.min(self.capacity() as usize);
        for i in self.len()..n {
            self.raw_set(i, Value::HOLE);
        }
        self.len.set(n as u32);
    }
    /// Value at `i` (`i < capacity`).
    #[inline(always)]
    pub fn get(&self, i: usize) -> Value {
        assert!(i < self.capacity() as usize);
        // SAFETY: bounds checked against the capacity just above.
        unsafe { self.data_ptr().add(i).read() }
    }
    /// Writes `v` at `i` (`i < capacity`).
    #[inline(always)]
    pub fn set(&self, i: usize, v: Value) {
        assert!(i < self.capacity() as usize);
        self.raw_set(i, v)
    }
    /// The used values.
    #[inline(always)]
    pub fn as_slice(&self) -> &[Value] {
        // SAFETY: the first `len` values are initialized and inside the cell.
        unsafe { core::slice::from_raw_parts(self.data_ptr(), self.len()) }
    }
    /// Visits the used values.
    pub(crate) fn trace(this: Gc<ValueArray>, t: &mut Tracer<'_>) {
        // Slot arrays keep len == capacity; element arrays only use the prefix.
        t.values(this.as_slice());
    }
}

/// A getter/setter pair stored in an accessor property's slot.
#[repr(C)]
pub struct Accessor {
    header: Header,
    /// The getter function, or undefined.
    pub getter: Cell<Value>,
    /// The setter function, or undefined.
    pub setter: Cell<Value>,
}

impl Accessor {
    /// Allocates an accessor pair.
    pub fn new(vm: &mut Vm, getter: Value, setter: Value) -> Result<Gc<Accessor>, Value> {
        let (cell, class) = vm.alloc_cell(core::mem::size_of::<Accessor>())?;
        // SAFETY: fresh cell of sufficient size.
        Ok(unsafe {
            Heap::init(cell, class, Accessor { header: Header::new(CellKind::Accessor), getter: Cell::new(getter), setter: Cell::new(setter) })
        })
    }
    /// Visits both functions.
    pub(crate) fn trace(this: Gc<Accessor>, t: &mut Tracer<'_>) {
        t.value(this.getter.get());
        t.value(this.setter.get());
    }
}

/// Reads an accessor cell out of a slot value.
#[inline]
pub fn accessor_of(v: Value) -> Option<Gc<Accessor>> {
    let h = v.as_cell()?;
    if h.kind() == CellKind::Accessor {
        // SAFETY: the kind says this cell is an Accessor.
        Some(unsafe { h.cast() })
    } else {
        None
    }
}
