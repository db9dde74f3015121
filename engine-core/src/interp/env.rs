//! Closure environments and for-in iterators (internal cells).

use alloc::rc::Rc;
use core::cell::{Cell, UnsafeCell};

use crate::bytecode::{Code, ScopeInfo};
use crate::gc::{CellKind, Gc, Header, Heap, Tracer};
use crate::interp::Vm;
use crate::object::{JsObject, PropertyKey, Shape};
use crate::value::Value;

/// Environment flag: an object environment created by `with`; slot 0 holds the object.
pub const ENV_WITH: u8 = 1;

/// A closure environment: a parent link plus a fixed number of slots.
///
/// Variables captured by inner functions (and all variables of functions that use
/// `with` or direct `eval`) live here instead of in registers. The owning code and
/// scope index name the slots for dynamic lookup. The header's `aux` holds the
/// slot count. Aligned to 8 so the slots that follow are aligned on 32-bit targets.
#[repr(C, align(8))]
pub struct Env {
    header: Header,
    parent: Cell<*const Env>,
    code: Cell<*const Code>,
    scope_index: u32,
    _pad: u32,
    /// Variables added at run time by sloppy direct `eval` (a plain object), or null.
    extra: Cell<*const JsObject>,
}

/// Offset of the parent pointer.
pub const ENV_PARENT_OFFSET: usize = core::mem::offset_of!(Env, parent);
/// Offset of the first slot.
pub const ENV_SLOTS_OFFSET: usize = core::mem::size_of::<Env>();
const _: () = assert!(ENV_SLOTS_OFFSET % 8 == 0);

impl Env {
    /// Allocates an environment with `n` slots set to `fill`.
    pub fn new(vm: &mut Vm, parent: Option<Gc<Env>>, code: Option<Gc<Code>>, scope_index: u32, n: usize, fill: Value) -> Result<Gc<Env>, Value> {
        let (cell, class) = vm.alloc_cell(ENV_SLOTS_OFFSET + n * 8)?;
        let header = Header::new(CellKind::Env);
        header.aux.set(n as u32);
        // SAFETY: a fresh cell with room for the prefix and `n` slots.
        let env = unsafe {
            Heap::init(
                cell,
                class,
                Env {
                    header,
                    parent: Cell::new(parent.map_or(core::ptr::null(), |p| p.as_ptr())),
                    code: Cell::new(code.map_or(core::ptr::null(), |c| c.as_ptr())),
                    scope_index,
                    _pad: 0,
                    extra: Cell::new(core::ptr::null()),
                },
            )
        };
        for i in 0..n {
            env.set(i, fill);
        }
        Ok(env)
    }

    /// Allocates an environment for scope `scope_index` of `code`, with `let`/`const`
    /// slots in their temporal dead zone.
    pub fn for_scope(vm: &mut Vm, parent: Option<Gc<Env>>, code: Gc<Code>, scope_index: u32) -> Result<Gc<Env>, Value> {
        let info: &ScopeInfo = &code.info.scopes[scope_index as usize];
        let n = info.names.len();
        let env = Env::new(vm, parent, Some(code), scope_index, n, Value::UNDEFINED)?;
        for (i, k) in code.info.scopes[scope_index as usize].kinds.iter().enumerate() {
            if matches!(k, crate::bytecode::BindingKind::Let | crate::bytecode::BindingKind::Const) {
                env.set(i, Value::UNINITIALIZED);
            }
        }
        Ok(env)
    }

    /// A `with` environment over `obj`.
    pub fn new_with(vm: &mut Vm, parent: Option<Gc<Env>>, obj: Gc<JsObject>) -> Result<Gc<Env>, Value> {
        let env = Env::new(vm, parent, None, 0, 1, Value::object(obj))?;
        env.header.flags.set(ENV_WITH);
        Ok(env)
    }

    /// Number of slots.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.header.aux.get() as usize
    }
    /// Has no slots?
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Is this a `with` environment?
    #[inline(always)]
    pub fn is_with(&self) -> bool {
        self.header.flags.get() & ENV_WITH != 0
    }
    /// The enclosing environment.
    #[inline(always)]
    pub fn parent(&self) -> Option<Gc<Env>> {
        let p = self.parent.get();
        // SAFETY: a non-null parent is a live Env kept alive by tracing.
        if p.is_null() { None } else { Some(unsafe { Gc::from_addr(p as usize) }) }
    }
    /// The code whose scope describes the slots.
    pub fn code(&self) -> Option<Gc<Code>> {
        let p = self.code.get();
        // SAFETY: a non-null code pointer is a live Code cell kept alive by tracing.
        if p.is_null() { None } else { Some(unsafe { Gc::from_addr(p as usize) }) }
    }
    /// The scope description, if any.
    pub fn scope(&self) -> Option<(Gc<Code>, u32)> {
        self.code().map(|c| (c, self.scope_index))
    }
    /// Variables added by direct eval.
    pub fn extra(&self) -> Option<Gc<JsObject>> {
        let p = self.extra.get();
        // SAFETY: a non-null extra pointer is a live object kept alive by tracing.
        if p.is_null() { None } else { Some(unsafe { Gc::from_addr(p as usize) }) }
    }
    /// Sets the eval-variables object.
    pub fn set_extra(&self, o: Gc<JsObject>) {
        self.extra.set(o.as_ptr());
    }
    #[inline(always)]
    fn slot_ptr(&self, i: usize) -> *mut Value {
        (self as *const Env as *mut u8).wrapping_add(ENV_SLOTS_OFFSET + i * 8) as *mut Value
    }
    /// Slot `i`.
    #[inline(always)]
    pub fn get(&self, i: usize) -> Value {
        assert!(i < self.len());
        // SAFETY: `i` is in bounds, so the slot lies inside the cell.
        unsafe { self.slot_ptr(i).read() }
    }
    /// Sets slot `i`.
    #[inline(always)]
    pub fn set(&self, i: usize, v: Value) {
        assert!(i < self.len());
        // SAFETY: `i` is in bounds, so the slot lies inside the cell.
        unsafe { self.slot_ptr(i).write(v) }
    }
    /// The `with` object (slot 0 of a with environment).
    pub fn with_object(&self) -> Option<Gc<JsObject>> {
        if self.is_with() { self.get(0).as_object() } else { None }
    }
    /// Visits parent, code, extra object and slots.
    pub(crate) fn trace(this: Gc<Env>, t: &mut Tracer<'_>) {
        t.opt(this.parent());
        t.opt(this.code());
        t.opt(this.extra());
        for i in 0..this.len() {
            t.value(this.get(i));
        }
    }
}

/// The state of a `for-in` loop: the keys collected at the start and the position.
#[repr(C)]
pub struct ForInIter {
    header: Header,
    /// The object being enumerated (keys are re-checked against it).
    pub object: Cell<Value>,
    keys: UnsafeCell<Rc<[PropertyKey]>>,
    /// Next key index.
    pub pos: Cell<u32>,
    /// When the keys are the enumeration cache of the object's shape: that shape.
    /// While the object still has it, every remaining key is still there.
    pub shape: Cell<Option<Gc<Shape>>>,
}

impl ForInIter {
    /// Allocates an iterator.
    pub fn new(vm: &mut Vm, object: Value, keys: Rc<[PropertyKey]>, shape: Option<Gc<Shape>>) -> Result<Gc<ForInIter>, Value> {
        // Root the key atoms while allocating (they are only in the Rust vector),
        // unless they are a shape's enumeration cache (the shape holds them and the
        // caller holds the object that has the shape).
        let mark = vm.roots.len();
        for k in keys.iter().filter(|_| shape.is_none()) {
            if let PropertyKey::Atom(a) = k {
                vm.roots.push(Value::string(*a));
            }
        }
        let r = vm.alloc_cell(core::mem::size_of::<ForInIter>());
        vm.roots.truncate(mark);
        let (cell, class) = r?;
        // SAFETY: fresh cell of sufficient size.
        Ok(unsafe {
            Heap::init(
                cell,
                class,
                ForInIter { header: Header::new(CellKind::ForIn), object: Cell::new(object), keys: UnsafeCell::new(keys), pos: Cell::new(0), shape: Cell::new(shape) },
            )
        })
    }
    /// The collected keys.
    pub fn keys(&self) -> &[PropertyKey] {
        // SAFETY: the key vector is never mutated after construction.
        unsafe { &*self.keys.get() }
    }
    /// Visits the object, the cached shape and the key atoms.
    pub(crate) fn trace(this: Gc<ForInIter>, t: &mut Tracer<'_>) {
        t.value(this.object.get());
        if let Some(s) = this.shape.get() {
            t.cell(s);
        }
        for k in this.keys() {
            if let PropertyKey::Atom(a) = k {
                t.cell(*a);
            }
        }
    }
}
