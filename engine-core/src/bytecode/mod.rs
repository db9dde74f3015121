//! Compiled functions: bytecode plus the tables the interpreter needs.

pub mod disasm;
pub mod opcodes;
pub mod verify;

pub use opcodes::{insn, OperandKind, Op};

use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::UnsafeCell;

use crate::gc::{CellKind, Gc, Header, Heap, Tracer};
use crate::interp::Vm;
use crate::object::{JsObject, Shape};
use crate::string::JsString;
use crate::value::Value;

/// The function is strict-mode code.
pub const CODE_STRICT: u16 = 1;
/// An arrow function (lexical `this`/`arguments`, not a constructor).
pub const CODE_ARROW: u16 = 2;
/// Global (script) code.
pub const CODE_GLOBAL: u16 = 4;
/// Eval code.
pub const CODE_EVAL: u16 = 8;
/// Reads `this` (sloppy functions then coerce it at entry).
pub const CODE_USES_THIS: u16 = 16;
/// The function body creates an environment at entry (`scopes[0]`).
pub const CODE_HAS_FUNCTION_ENV: u16 = 32;
/// Creates an arguments object at entry into register `arguments_reg`.
pub const CODE_NEEDS_ARGUMENTS: u16 = 64;
/// The arguments object aliases parameters (sloppy, simple parameter list).
pub const CODE_MAPPED_ARGUMENTS: u16 = 128;
/// A getter, setter or method: not a constructor.
pub const CODE_NOT_CONSTRUCTOR: u16 = 256;
/// Contains direct eval or `with` (names may resolve dynamically).
pub const CODE_DYNAMIC_SCOPE: u16 = 512;

/// What a binding in an environment is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BindingKind {
    /// `var`, parameter or function declaration.
    Var,
    /// `let`.
    Let,
    /// `const`.
    Const,
    /// The name of a named function expression (read-only, silently in sloppy mode).
    Callee,
}

/// Describes one environment shape: its slot names (for dynamic lookup by `with`,
/// `eval` and debuggers) and binding kinds.
#[derive(Debug, Default)]
pub struct ScopeInfo {
    /// Names of slots, in slot order (atoms).
    pub names: Vec<Gc<JsString>>,
    /// Kind per slot.
    pub kinds: Vec<BindingKind>,
    /// Is this the function's top-level (var) scope? Direct eval adds vars here.
    pub is_function_scope: bool,
    /// Slot of each name, for scopes with many (small ones are searched).
    index: hashbrown::HashMap<Gc<JsString>, u32>,
}

impl ScopeInfo {
    /// Scopes with more names than this get a hash index.
    const SMALL: usize = 8;

    /// A scope description; the names are distinct atoms.
    pub fn new(names: Vec<Gc<JsString>>, kinds: Vec<BindingKind>, is_function_scope: bool) -> ScopeInfo {
        let mut index = hashbrown::HashMap::new();
        if names.len() > Self::SMALL {
            index.reserve(names.len());
            for (i, n) in names.iter().enumerate() {
                index.entry(*n).or_insert(i as u32);
            }
        }
        ScopeInfo { names, kinds, is_function_scope, index }
    }

    /// The slot named `name` (an atom), if any.
    #[inline]
    pub fn find(&self, name: Gc<JsString>) -> Option<usize> {
        if self.names.len() > Self::SMALL {
            self.index.get(&name).map(|&i| i as usize)
        } else {
            self.names.iter().position(|n| *n == name)
        }
    }
}

/// An exception handler: a throw in `[start, end)` jumps to `target` with the
/// exception in register `exc_reg`, after popping environments down to `env_depth`.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    /// First covered instruction offset.
    pub start: u32,
    /// End (exclusive) of the covered range.
    pub end: u32,
    /// Handler entry offset.
    pub target: u32,
    /// Register that receives the exception value.
    pub exc_reg: u16,
    /// Environment nesting depth (relative to the function's) at the try statement.
    pub env_depth: u16,
}

/// Source text shared by all functions of a script (for `Function.prototype.toString`
/// and error positions).
#[derive(Debug)]
pub struct Source {
    /// File name as given to `eval`.
    pub name: String,
    /// The whole text.
    pub text: String,
}

/// The kinds of monomorphic inline cache entries.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IcKind {
    /// Nothing cached yet.
    Empty,
    /// Own data property in `slot`.
    Own,
    /// Data property of the last object of `chain`, in `slot`.
    Proto,
    /// Adding a property: `shape` → `new_shape`, value into `slot`.
    Add,
    /// Too many misses: stop caching.
    Megamorphic,
}

/// A monomorphic property cache, validated by shape identity.
#[derive(Clone, Copy, Debug)]
pub struct PropIc {
    /// What is cached.
    pub kind: IcKind,
    /// Receiver shape (implies the receiver's prototype).
    pub shape: *const Shape,
    /// Slot index.
    pub slot: u32,
    /// Shape after an `Add`.
    pub new_shape: *const Shape,
    /// Prototype objects and the shapes they must still have (receiver's proto first).
    pub chain: [(*const JsObject, *const Shape); 3],
    /// Used entries of `chain`.
    pub chain_len: u8,
    /// Misses so far.
    pub misses: u8,
}

impl Default for PropIc {
    fn default() -> Self {
        PropIc {
            kind: IcKind::Empty,
            shape: core::ptr::null(),
            slot: 0,
            new_shape: core::ptr::null(),
            chain: [(core::ptr::null(), core::ptr::null()); 3],
            chain_len: 0,
            misses: 0,
        }
    }
}

/// Everything about a compiled function except its mutable caches.
pub struct CodeInfo {
    /// Function name (a string value, or undefined).
    pub name: Value,
    /// The instructions.
    pub bytecode: Vec<u8>,
    /// Constant pool: numbers, strings and atoms, nested `Code` cells.
    pub constants: Vec<Value>,
    /// Declared parameter count.
    pub param_count: u16,
    /// Registers in the frame.
    pub register_count: u16,
    /// `CODE_*` flags.
    pub flags: u16,
    /// Register that holds the arguments object when `CODE_NEEDS_ARGUMENTS`.
    pub arguments_reg: u16,
    /// Exception handlers, innermost first for nested ranges.
    pub handlers: Vec<Handler>,
    /// `(pc, line, column)` for the first instruction of each source position change.
    pub lines: Vec<(u32, u32, u32)>,
    /// Environment shapes used by `PushEnv` (and `scopes[0]` for the function env).
    pub scopes: Vec<ScopeInfo>,
    /// Parameter index → environment slot for captured parameters (`u16::MAX` if
    /// the parameter stays in its register).
    pub param_env_slots: Vec<u16>,
    /// Number of inline caches.
    pub ic_count: u32,
    /// Number of loop headers.
    pub loop_count: u32,
    /// Source of the script this function comes from.
    pub source: Rc<Source>,
    /// Byte range of this function's text within the source.
    pub source_range: (u32, u32),
}

/// A compiled function cell.
#[repr(C)]
pub struct Code {
    header: Header,
    /// The immutable part.
    pub info: CodeInfo,
    ics: UnsafeCell<Vec<PropIc>>,
    loop_counters: UnsafeCell<Vec<u32>>,
    /// Compiled programs of the regexp literals, by (pattern, flags) constant
    /// index, made on first evaluation.
    regexps: UnsafeCell<Vec<(u32, u32, crate::builtins::regexp::SharedRegex)>>,
}

impl Code {
    /// Allocates a code cell.
    pub fn new(vm: &mut Vm, info: CodeInfo) -> Result<Gc<Code>, Value> {
        if let Err(e) = verify::verify(&info) {
            return Err(vm.syntax_error(&alloc::format!("internal compiler error: {e}")));
        }
        let ics = alloc::vec![PropIc::default(); info.ic_count as usize];
        let counters = alloc::vec![0u32; info.loop_count as usize];
        let (cell, class) = vm.alloc_cell(core::mem::size_of::<Code>())?;
        // SAFETY: fresh cell of sufficient size.
        Ok(unsafe {
            Heap::init(
                cell,
                class,
                Code { header: Header::new(CellKind::Code), info, ics: UnsafeCell::new(ics), loop_counters: UnsafeCell::new(counters), regexps: UnsafeCell::new(Vec::new()) },
            )
        })
    }

    /// The inline cache table.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub fn ics(&self) -> &mut [PropIc] {
        // SAFETY: single-threaded mutator; callers take an entry, update it and
        // drop the borrow before anything else can reach this table.
        unsafe { &mut *self.ics.get() }
    }

    /// Loop-header crossing counters.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub fn loop_counters(&self) -> &mut [u32] {
        // SAFETY: as for `ics`.
        unsafe { &mut *self.loop_counters.get() }
    }

    /// The compiled regexp literals (see `builtins::regexp::literal`).
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub(crate) fn regexps(&self) -> &mut Vec<(u32, u32, crate::builtins::regexp::SharedRegex)> {
        // SAFETY: as for `ics`; no caller keeps the borrow across a call that
        // could reach this table again.
        unsafe { &mut *self.regexps.get() }
    }

    /// Is the function strict?
    #[inline(always)]
    pub fn is_strict(&self) -> bool {
        self.info.flags & CODE_STRICT != 0
    }

    /// The source line and column of the instruction at `pc`.
    pub fn position(&self, pc: u32) -> (u32, u32) {
        let i = self.info.lines.partition_point(|e| e.0 <= pc);
        if i == 0 {
            self.info.lines.first().map_or((0, 0), |e| (e.1, e.2))
        } else {
            let e = self.info.lines[i - 1];
            (e.1, e.2)
        }
    }

    /// Visits constants, names and cached shapes.
    pub(crate) fn trace(this: Gc<Code>, t: &mut Tracer<'_>) {
        t.value(this.info.name);
        t.values(&this.info.constants);
        for s in &this.info.scopes {
            for n in &s.names {
                t.cell(*n);
            }
        }
        for ic in this.ics().iter() {
            if ic.kind == IcKind::Empty || ic.kind == IcKind::Megamorphic {
                continue;
            }
            // SAFETY (all three): an IC only stores pointers to cells that were
            // live when cached; marking them here keeps them live.
            unsafe {
                if !ic.shape.is_null() {
                    t.cell(Gc::<Shape>::from_addr(ic.shape as usize));
                }
                if !ic.new_shape.is_null() {
                    t.cell(Gc::<Shape>::from_addr(ic.new_shape as usize));
                }
                for (o, s) in &ic.chain[..ic.chain_len as usize] {
                    t.cell(Gc::<JsObject>::from_addr(*o as usize));
                    t.cell(Gc::<Shape>::from_addr(*s as usize));
                }
            }
        }
    }
}
