//! The virtual machine: register stack, frames, calls, and the interpreter loop.

mod call;
pub mod convert;
mod env;
mod ic;
pub mod names;
pub mod realm;
pub mod run;
pub mod scope;

pub use call::CallArgs;
pub use env::{Env, ForInIter, ENV_PARENT_OFFSET, ENV_SLOTS_OFFSET, ENV_WITH};
pub use names::Names;
pub use realm::Realm;

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::ptr::NonNull;

use crate::bytecode::Code;
use crate::gc::{Gc, Header, Heap};
use crate::host::{Config, Host};
use crate::object::ops::JsResult;
use crate::object::{purge_transitions, JsObject, Shape};
use crate::string::atoms::AtomTable;
use crate::string::JsString;
use crate::value::Value;

/// A native (Rust) function callable from script.
pub type NativeFn = fn(&mut Vm, &CallArgs) -> JsResult<Value>;

/// Frame flag: a `new` call (a non-object return value is replaced by `this`).
pub const FRAME_CONSTRUCT: u8 = 1;
/// Frame flag: returning from this frame returns to the Rust caller of `run`.
pub const FRAME_ENTRY: u8 = 2;

/// An activation of a script function.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    /// The running function.
    pub code: Gc<Code>,
    /// Offset of the current (or, for callers, the calling) instruction.
    pub pc: u32,
    /// Stack index of register 0.
    pub base: u32,
    /// Innermost environment.
    pub env: Option<Gc<Env>>,
    /// Environments pushed since entry (for unwinding to handlers).
    pub env_depth: u16,
    /// `FRAME_*` bits.
    pub flags: u8,
    /// Stack index the return value goes to (in the caller's frame).
    pub ret_slot: u32,
    /// Number of arguments actually passed.
    pub argc: u32,
}

/// The engine state of one script thread.
pub struct Vm {
    /// The cell heap.
    pub heap: Heap,
    /// Interned strings.
    pub atoms: AtomTable,
    /// Atoms that are never collected (well-known names).
    pub(crate) permanent_atoms: Vec<Gc<JsString>>,
    /// Well-known atoms.
    pub names: Names,
    /// Intrinsics.
    pub realm: Realm,
    /// Limits and modes.
    pub config: Config,
    /// Platform services.
    pub host: Box<dyn Host>,
    stack: NonNull<Value>,
    stack_len: usize,
    /// First unused stack index.
    pub sp: usize,
    /// Active frames, innermost last.
    pub frames: Vec<Frame>,
    /// Temporary roots held by native code (truncated when a native returns).
    pub roots: Vec<Value>,
    /// Values handed to the host, kept alive until released.
    pub(crate) handles: Vec<Value>,
    pub(crate) free_handles: Vec<u32>,
    /// Values held by the safe embedding API's handles ([`crate::api::JsValue`]),
    /// shared with the handles so they can release their slot on drop.
    pub(crate) host_roots: alloc::rc::Rc<crate::api::RootSet>,
    /// Shapes with outgoing transitions (purged of dead children by the collector).
    pub shapes_with_transitions: Vec<Gc<Shape>>,
    /// Current nesting of native re-entries into the interpreter.
    pub native_depth: usize,
    /// Native re-entry throws a RangeError when the stack pointer is below this
    /// address (0: the host gave no stack bounds; `max_native_depth` counts).
    pub(crate) native_stack_limit: usize,
    /// While non-zero, allocation never collects (bootstrap and compilation).
    pub gc_inhibit: u32,
    /// A collection was due while `gc_inhibit` held it off.
    pub gc_deferred: bool,
    /// Pre-allocated error thrown when the heap is exhausted.
    pub(crate) oom_error: Value,
    /// Single-character strings for units below 256.
    pub(crate) char_strings: Vec<Gc<JsString>>,
    /// The UTF-16 text of the string regexps last matched against (a root), so a
    /// `while (re.exec(s))` loop does not copy `s` on every call.
    pub(crate) regexp_text: Option<(Gc<JsString>, Vec<u16>)>,
    /// Compiled regexp patterns by (source, flags), for `new RegExp` and the
    /// string methods that make regexps from strings.
    pub(crate) regexp_cache: crate::builtins::regexp::Cache,
    /// Strings of small integers 0..256.
    pub(crate) int_strings: Vec<Gc<JsString>>,
    /// Arrays currently being joined (cycle detection for `join`/`toString`).
    pub(crate) join_stack: Vec<Gc<JsObject>>,
    /// State of `Math.random`.
    pub(crate) random_state: u64,
    /// The tracing JIT's monitor.
    pub jit: crate::jit::monitor::Monitor,
    /// Set by the host (possibly from another thread) to stop the running script.
    pub interrupt: alloc::sync::Arc<core::sync::atomic::AtomicBool>,
}

/// The address of the current stack frame (roughly the stack pointer).
#[inline(always)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    core::hint::black_box(core::ptr::addr_of!(marker)) as usize
}

impl Vm {
    /// Fails with a RangeError when a native may not re-enter the interpreter:
    /// too little native stack left (or, without stack bounds from the host,
    /// `max_native_depth` re-entries already active).
    pub(crate) fn check_native_reentry(&mut self) -> JsResult<()> {
        let exhausted = if self.native_stack_limit != 0 {
            stack_pointer() < self.native_stack_limit
        } else {
            self.native_depth >= self.config.max_native_depth
        };
        if exhausted {
            return Err(self.stack_overflow_error());
        }
        Ok(())
    }

    /// Creates a VM with an initialized realm.
    pub fn new(config: Config, mut host: Box<dyn Host>) -> Result<Box<Vm>, String> {
        let source = host.memory_source();
        let native_stack_limit = match host.native_stack() {
            Some(r) => r.start.saturating_add(config.native_stack_reserve.min(r.len() / 2)),
            None => 0,
        };
        let service = if config.jit.enabled { host.code_service() } else { None };
        let mut jit = crate::jit::monitor::Monitor::new(config.jit.clone(), service);
        jit.start_ns = host.monotonic_ns();
        if let Some(tl) = jit.timeline.as_mut() {
            **tl = crate::jit::timeline::Timeline::new(jit.start_ns);
        }
        let heap = Heap::new(source, config.heap_limit, config.gc_stress_interval);
        let stack_len = config.stack_slots.max(1024);
        // Zeroed, not filled: all-zero bits are a valid value (+0), registers are
        // always written before `sp` covers them, and on a host with virtual memory
        // a large zeroed block is mapped lazily, so only the stack a script really
        // uses costs memory (an empty script no longer touches 8 MiB).
        let layout = core::alloc::Layout::array::<Value>(stack_len).map_err(|_| String::from("register stack too large"))?;
        // SAFETY: the layout has a non-zero size (`stack_len >= 1024`).
        let raw = unsafe { alloc::alloc::alloc_zeroed(layout) } as *mut Value;
        // Ownership moves to the VM, which frees it in `Drop` with the same layout.
        let stack = NonNull::new(raw).ok_or_else(|| String::from("out of memory for the register stack"))?;
        let mut vm = Box::new(Vm {
            heap,
            atoms: AtomTable::default(),
            permanent_atoms: Vec::new(),
            names: Names::placeholder(),
            realm: Realm::placeholder(),
            config,
            host,
            stack,
            stack_len,
            sp: 0,
            frames: Vec::with_capacity(64),
            roots: Vec::with_capacity(64),
            handles: Vec::new(),
            free_handles: Vec::new(),
            host_roots: Default::default(),
            shapes_with_transitions: Vec::new(),
            native_depth: 0,
            native_stack_limit,
            gc_inhibit: 1,
            gc_deferred: false,
            oom_error: Value::UNDEFINED,
            char_strings: Vec::new(),
            regexp_text: None,
            regexp_cache: Default::default(),
            int_strings: Vec::new(),
            join_stack: Vec::new(),
            jit,
            random_state: 0,
            interrupt: alloc::sync::Arc::new(core::sync::atomic::AtomicBool::new(false)),
        });
        let r = vm.bootstrap();
        vm.gc_inhibit = 0;
        match r {
            Ok(()) => Ok(vm),
            Err(_) => Err(String::from("the heap limit is too small to create the engine")),
        }
    }

    fn bootstrap(&mut self) -> JsResult<()> {
        Names::intern_all(self)?;
        for c in 0..256u16 {
            let s = crate::string::atoms::intern_chars(self, crate::string::Chars::Latin1(&[c as u8]))?;
            self.char_strings.push(s);
        }
        for i in 0..256u32 {
            let mut buf = String::new();
            crate::numconv::write_number_to_string(i as f64, &mut buf);
            let s = crate::string::atoms::intern_permanent(self, &buf)?;
            self.int_strings.push(s);
        }
        crate::builtins::init_realm(self)?;
        Ok(())
    }

    // -----------------------------------------------------------------------
    // Stack access

    /// The register stack as a raw pointer (stable for the VM's lifetime).
    #[inline(always)]
    pub fn stack_ptr(&self) -> *mut Value {
        self.stack.as_ptr()
    }
    /// Capacity of the register stack.
    #[inline(always)]
    pub fn stack_len(&self) -> usize {
        self.stack_len
    }
    /// Reads stack slot `i` (`i < stack_len`).
    #[inline(always)]
    pub fn stack_get(&self, i: usize) -> Value {
        assert!(i < self.stack_len);
        // SAFETY: bounds checked; the stack is initialized at creation.
        unsafe { self.stack.as_ptr().add(i).read() }
    }
    /// Writes stack slot `i` (`i < stack_len`).
    #[inline(always)]
    pub fn stack_set(&mut self, i: usize, v: Value) {
        assert!(i < self.stack_len);
        // SAFETY: bounds checked.
        unsafe { self.stack.as_ptr().add(i).write(v) }
    }
    /// Sets stack slots `[from, to)` to undefined, except `keep` (a result slot).
    ///
    /// Popped frames and finished call windows are cleared so that stale values
    /// below `sp` cannot keep garbage alive.
    #[inline]
    pub fn clear_slots(&mut self, from: usize, to: usize, keep: usize) {
        let to = to.min(self.stack_len);
        let p = self.stack_ptr();
        for i in from..to {
            if i != keep {
                // SAFETY: `i < stack_len`.
                unsafe { p.add(i).write(Value::UNDEFINED) };
            }
        }
    }

    /// Reserves `n` slots at the top of the stack for a call from native code,
    /// returning their first index.
    pub fn stack_reserve(&mut self, n: usize) -> JsResult<usize> {
        let at = self.sp;
        if at + n + 8 > self.stack_len {
            return Err(self.stack_overflow_error());
        }
        self.sp += n;
        Ok(at)
    }

    // -----------------------------------------------------------------------
    // Allocation and collection

    /// Allocates `size` bytes of cell memory, collecting if needed. The caller
    /// initializes the cell with [`Heap::init`].
    #[inline]
    pub fn alloc_cell(&mut self, size: usize) -> JsResult<(NonNull<Header>, u8)> {
        if let Some(c) = self.heap.try_alloc(size) {
            return Ok(c);
        }
        self.alloc_cell_slow(size)
    }

    #[cold]
    fn alloc_cell_slow(&mut self, size: usize) -> JsResult<(NonNull<Header>, u8)> {
        if self.gc_inhibit == 0 {
            self.collect_garbage();
        } else {
            // Native code (or the compiler) cannot collect now: the heap grows and
            // the collection happens at the next safe point.
            self.gc_deferred = true;
        }
        if let Some(c) = self.heap.alloc_growing(size) {
            return Ok(c);
        }
        Err(self.oom_error)
    }

    /// Runs a full collection now.
    pub fn collect_garbage(&mut self) {
        self.gc_deferred = false;
        let sp = self.sp;
        let stack = self.stack.as_ptr();
        let frames = &self.frames;
        let roots = &self.roots;
        let handles = &self.handles;
        let host_roots = &self.host_roots;
        let realm = &self.realm;
        let names = &self.names;
        let permanent = &self.permanent_atoms;
        let oom = self.oom_error;
        let chars = &self.char_strings;
        let ints = &self.int_strings;
        let rtext = &self.regexp_text;
        let swt = &mut self.shapes_with_transitions;
        let jit = &self.jit;
        let atoms = &mut self.atoms;
        self.heap.collect(
            |t| {
                // SAFETY: `stack` holds `stack_len >= sp` initialized values.
                let live = unsafe { core::slice::from_raw_parts(stack, sp) };
                t.values(live);
                for f in frames {
                    t.cell(f.code);
                    t.opt(f.env);
                }
                t.values(roots);
                t.values(handles);
                host_roots.trace(t);
                t.value(oom);
                realm.trace(t);
                let _ = names;
                for a in permanent {
                    t.cell(*a);
                }
                for s in chars.iter().chain(ints.iter()) {
                    t.cell(*s);
                }
                if let Some((s, _)) = rtext {
                    t.cell(*s);
                }
                jit.for_each_root(|v| t.value(v));
            },
            || {
                purge_transitions(swt);
                atoms.purge_unmarked();
            },
        );
    }

    // -----------------------------------------------------------------------
    // Host handles

    /// Keeps `v` alive until [`Vm::release_handle`]; returns the handle index.
    pub fn new_handle(&mut self, v: Value) -> u32 {
        if let Some(i) = self.free_handles.pop() {
            self.handles[i as usize] = v;
            i
        } else {
            self.handles.push(v);
            (self.handles.len() - 1) as u32
        }
    }
    /// The value of a handle.
    pub fn handle_value(&self, h: u32) -> Value {
        self.handles.get(h as usize).copied().unwrap_or(Value::UNDEFINED)
    }
    /// Releases a handle.
    pub fn release_handle(&mut self, h: u32) {
        if let Some(slot) = self.handles.get_mut(h as usize) {
            *slot = Value::UNDEFINED;
            self.free_handles.push(h);
        }
    }

    // -----------------------------------------------------------------------
    // Small helpers used everywhere

    /// The string for a code unit (cached for units below 256).
    pub fn char_at(&mut self, s: Gc<JsString>, i: usize) -> JsResult<Value> {
        let flat = crate::string::flatten(self, s)?;
        let c = flat.chars().at(i);
        self.unit_string(c)
    }
    /// A one-unit string.
    pub fn unit_string(&mut self, c: u16) -> JsResult<Value> {
        if (c as usize) < self.char_strings.len() {
            return Ok(Value::string(self.char_strings[c as usize]));
        }
        Ok(Value::string(JsString::from_units(self, &[c])?))
    }
    /// A string value from Rust text.
    pub fn str_value(&mut self, s: &str) -> JsResult<Value> {
        Ok(Value::string(JsString::from_str(self, s)?))
    }
    /// An atom value from Rust text.
    pub fn atom(&mut self, s: &str) -> JsResult<Gc<JsString>> {
        crate::string::atoms::intern_str(self, s)
    }

    /// The prototype an object of `new_proto_of(ctor)` gets, or the fallback.
    pub fn global(&self) -> Gc<JsObject> {
        self.realm.global
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        if let Ok(layout) = core::alloc::Layout::array::<Value>(self.stack_len) {
            // SAFETY: the block `new` allocated with this same layout; `Value` needs
            // no drop.
            unsafe { alloc::alloc::dealloc(self.stack.as_ptr() as *mut u8, layout) };
        }
    }
}
