//! The garbage-collected heap.
//!
//! A precise, non-moving mark-sweep collector. Cells are carved out of pages that
//! come from a host-supplied [`MemorySource`] (one fixed region on a board, chunks
//! from the system allocator on a desktop), so the heap never touches memory the
//! host did not hand it, and its size is capped by a hard byte limit.
//!
//! # Rooting discipline
//! Any allocation may collect. A `Gc<T>` held in a Rust local is only guaranteed to
//! stay valid across an allocation (or a call into script code, which allocates) if
//! the cell is reachable from a root: the interpreter's register stack and frames,
//! the VM's temporary root stack (`Vm::roots`), the realm's builtins, the atom
//! table's permanent atoms, or a host handle. Native functions receive their
//! arguments on the register stack, so those are rooted; anything they allocate and
//! keep across further allocations they push onto the temporary root stack, which is
//! truncated automatically when the native returns. `Config::gc_stress_interval` collects at
//! a fixed allocation interval to flush out violations in tests.
//!
//! Because cells never move, compiled traces may embed cell addresses as constants
//! as long as the trace keeps those cells alive.

mod heap;
mod source;

pub use heap::{Heap, HeapStats, LARGE_OBJECT_THRESHOLD, PAGE_SIZE};
pub use source::{FixedRegionSource, GlobalAllocSource, MemorySource};

use core::cell::Cell;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;
use core::ops::Deref;
use core::ptr::NonNull;

use crate::value::Value;

/// What a heap cell holds; stored in its [`Header`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum CellKind {
    /// A free cell on a free list.
    Free = 0,
    /// A [`crate::string::JsString`].
    String = 1,
    /// A [`crate::object::JsObject`].
    Object = 2,
    /// A [`crate::object::Shape`].
    Shape = 3,
    /// A [`crate::object::ValueArray`] (slot and element storage).
    ValueArray = 4,
    /// A [`crate::interp::Env`] (a closure environment).
    Env = 5,
    /// A [`crate::object::Accessor`] (getter/setter pair).
    Accessor = 6,
    /// A [`crate::bytecode::Code`] (a compiled function).
    Code = 7,
    /// A [`crate::interp::ForInIter`] (for-in enumeration state).
    ForIn = 8,
}

impl CellKind {
    fn from_u8(b: u8) -> CellKind {
        match b {
            1 => CellKind::String,
            2 => CellKind::Object,
            3 => CellKind::Shape,
            4 => CellKind::ValueArray,
            5 => CellKind::Env,
            6 => CellKind::Accessor,
            7 => CellKind::Code,
            8 => CellKind::ForIn,
            _ => CellKind::Free,
        }
    }
}

/// The first eight bytes of every heap cell.
#[repr(C)]
pub struct Header {
    kind: Cell<u8>,
    mark: Cell<u8>,
    /// Kind-specific flag bits (for example string representation flags).
    pub flags: Cell<u8>,
    /// Size class of the cell, or [`heap::LARGE_CLASS`] for large objects.
    class: Cell<u8>,
    /// Kind-specific 32-bit field (string length, object class, array capacity...).
    pub aux: Cell<u32>,
}

const _: () = assert!(core::mem::size_of::<Header>() == 8);

impl Header {
    /// A header for a freshly allocated cell of `kind`.
    pub fn new(kind: CellKind) -> Header {
        Header { kind: Cell::new(kind as u8), mark: Cell::new(0), flags: Cell::new(0), class: Cell::new(0), aux: Cell::new(0) }
    }
    /// What the cell holds.
    #[inline(always)]
    pub fn kind(&self) -> CellKind {
        CellKind::from_u8(self.kind.get())
    }
    /// Whether the current collection has marked the cell.
    #[inline(always)]
    pub fn is_marked(&self) -> bool {
        self.mark.get() != 0
    }
}

/// A pointer to a live heap cell of type `T` (which starts with a [`Header`]).
///
/// `Gc` is `Copy` and dereferences to `&T`; cell types keep their mutable state in
/// `Cell`/`UnsafeCell` fields so shared references suffice. Validity rests on the
/// rooting discipline described in the module documentation.
#[repr(transparent)]
pub struct Gc<T> {
    ptr: NonNull<T>,
    _marker: PhantomData<*mut T>,
}

impl<T> Gc<T> {
    /// Wraps a cell address.
    ///
    /// # Safety
    /// `addr` must be the non-null address of a live cell whose payload is a `T`.
    #[inline(always)]
    pub unsafe fn from_addr(addr: usize) -> Gc<T> {
        // SAFETY: the caller guarantees `addr` is a non-null cell address.
        Gc { ptr: unsafe { NonNull::new_unchecked(addr as *mut T) }, _marker: PhantomData }
    }
    /// A placeholder for fields filled during bootstrap; never dereferenced.
    pub(crate) fn dangling() -> Gc<T> {
        Gc { ptr: NonNull::dangling(), _marker: PhantomData }
    }
    /// Wraps a raw pointer to a cell.
    ///
    /// # Safety
    /// `ptr` must point at a live cell whose payload is a `T`.
    #[inline(always)]
    pub unsafe fn from_ptr(ptr: NonNull<T>) -> Gc<T> {
        Gc { ptr, _marker: PhantomData }
    }
    /// The cell's address.
    #[inline(always)]
    pub fn addr(self) -> usize {
        self.ptr.as_ptr() as usize
    }
    /// The raw pointer.
    #[inline(always)]
    pub fn as_ptr(self) -> *mut T {
        self.ptr.as_ptr()
    }
    /// The cell's header.
    #[inline(always)]
    pub fn header(self) -> Gc<Header> {
        Gc { ptr: self.ptr.cast(), _marker: PhantomData }
    }
    /// Reinterprets the cell as another cell type.
    ///
    /// # Safety
    /// The cell must actually hold a `U`.
    #[inline(always)]
    pub unsafe fn cast<U>(self) -> Gc<U> {
        Gc { ptr: self.ptr.cast(), _marker: PhantomData }
    }
    /// Pointer identity.
    #[inline(always)]
    pub fn ptr_eq(self, other: Gc<T>) -> bool {
        self.ptr == other.ptr
    }
}

impl<T> Clone for Gc<T> {
    #[inline(always)]
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Gc<T> {}
impl<T> PartialEq for Gc<T> {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        self.ptr == other.ptr
    }
}
impl<T> Eq for Gc<T> {}
impl<T> Hash for Gc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.addr().hash(state)
    }
}
impl<T> fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Gc({:#x})", self.addr())
    }
}

impl<T> Deref for Gc<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: a `Gc` only exists for a live cell (constructor contracts), and the
        // rooting discipline keeps it live while mutator code holds it. Cell types
        // only expose interior mutability, so shared references never alias a `&mut`.
        unsafe { self.ptr.as_ref() }
    }
}

/// Collects the children of cells during marking.
pub struct Tracer<'a> {
    stack: &'a mut alloc::vec::Vec<Gc<Header>>,
}

impl<'a> Tracer<'a> {
    /// Marks a cell and queues it for tracing if it was not marked yet.
    #[inline]
    pub fn header(&mut self, h: Gc<Header>) {
        if h.mark.get() == 0 {
            h.mark.set(1);
            self.stack.push(h);
        }
    }
    /// Marks the cell a value points to, if any.
    #[inline]
    pub fn value(&mut self, v: Value) {
        if let Some(h) = v.as_gc_header() {
            self.header(h);
        }
    }
    /// Marks a cell.
    #[inline]
    pub fn cell<T>(&mut self, g: Gc<T>) {
        self.header(g.header());
    }
    /// Marks an optional cell.
    #[inline]
    pub fn opt<T>(&mut self, g: Option<Gc<T>>) {
        if let Some(g) = g {
            self.cell(g);
        }
    }
    /// Marks every value of a slice.
    pub fn values(&mut self, vs: &[Value]) {
        for v in vs {
            self.value(*v);
        }
    }
}

/// Visits the outgoing references of a cell, by kind.
fn trace_cell(h: Gc<Header>, t: &mut Tracer<'_>) {
    // SAFETY (all casts below): the header's kind says which payload type the cell
    // holds; kinds are written once, when the cell is initialized.
    unsafe {
        match h.kind() {
            CellKind::Free => {}
            CellKind::String => crate::string::JsString::trace(h.cast(), t),
            CellKind::Object => crate::object::JsObject::trace(h.cast(), t),
            CellKind::Shape => crate::object::Shape::trace(h.cast(), t),
            CellKind::ValueArray => crate::object::ValueArray::trace(h.cast(), t),
            CellKind::Env => crate::interp::Env::trace(h.cast(), t),
            CellKind::Accessor => crate::object::Accessor::trace(h.cast(), t),
            CellKind::Code => crate::bytecode::Code::trace(h.cast(), t),
            CellKind::ForIn => crate::interp::ForInIter::trace(h.cast(), t),
        }
    }
}

/// Runs the destructor of a dead cell's payload, for kinds that own Rust memory.
fn finalize_cell(h: Gc<Header>) {
    // SAFETY: the cell is unreachable (unmarked after a full mark), so nothing will
    // use its payload again; its kind says which payload type to drop, and each cell
    // is finalized exactly once because sweep then marks it free.
    unsafe {
        match h.kind() {
            CellKind::Object => core::ptr::drop_in_place(h.cast::<crate::object::JsObject>().as_ptr()),
            CellKind::Shape => core::ptr::drop_in_place(h.cast::<crate::object::Shape>().as_ptr()),
            CellKind::Code => core::ptr::drop_in_place(h.cast::<crate::bytecode::Code>().as_ptr()),
            CellKind::ForIn => core::ptr::drop_in_place(h.cast::<crate::interp::ForInIter>().as_ptr()),
            CellKind::Free
            | CellKind::String
            | CellKind::ValueArray
            | CellKind::Env
            | CellKind::Accessor => {}
        }
    }
}
