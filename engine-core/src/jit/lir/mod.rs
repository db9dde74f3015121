//! LIR: the trace IR.
//!
//! A trace is a linear SSA sequence of [`Insn`]s; an instruction's [`Ref`] is its
//! index. One table (below) defines every opcode: its operand count, its result
//! type and its flags (guard, CSE-able, load, store, call, commutative). The table
//! drives the [`LOp`] enum, the printer and parser ([`text`]), the recording
//! filters ([`writer`]: constant folding and CSE) and the passes ([`opt`]).
//!
//! Operand conventions: `a` and `b` are refs; `imm` is an immediate whose meaning
//! the opcode's documentation gives (a constant's bits, a slot number, a memory
//! offset, an exit number, a helper number). Opposite comparisons and the two guard
//! polarities are one XOR apart (`op ^ 1`), which the folder uses to invert
//! branches.

pub mod opt;
pub mod peel;
pub mod text;
pub mod validate;
pub mod writer;

use alloc::vec::Vec;

/// A reference to an instruction (its index).
pub type Ref = u32;

/// "No operand".
pub const NONE: Ref = u32::MAX;

/// The type of an instruction's result.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
#[repr(u8)]
pub enum Ty {
    /// No result.
    Void,
    /// A 32-bit integer.
    I32,
    /// A boolean (0 or 1 in a 32-bit register).
    Bool,
    /// A double.
    F64,
    /// A boxed JS value (64 bits).
    Val,
    /// A native pointer.
    Ptr,
}

impl Ty {
    /// The type's name in the text form.
    pub fn name(self) -> &'static str {
        match self {
            Ty::Void => "void",
            Ty::I32 => "i32",
            Ty::Bool => "bool",
            Ty::F64 => "f64",
            Ty::Val => "val",
            Ty::Ptr => "ptr",
        }
    }
    /// Parses a type name.
    pub fn from_name(s: &str) -> Option<Ty> {
        Some(match s {
            "void" => Ty::Void,
            "i32" => Ty::I32,
            "bool" => Ty::Bool,
            "f64" => Ty::F64,
            "val" => Ty::Val,
            "ptr" => Ty::Ptr,
            _ => return None,
        })
    }
    /// Held in a floating-point register?
    pub fn is_float(self) -> bool {
        self == Ty::F64
    }
}

/// Opcode flags.
pub mod flags {
    /// A guard: leaves the trace through exit `imm` when its condition fails.
    pub const GUARD: u16 = 1;
    /// Pure: equal instructions compute equal values (candidate for CSE and DCE).
    pub const CSE: u16 = 2;
    /// Reads memory (CSE-able until a store or call intervenes).
    pub const LOAD: u16 = 4;
    /// Writes memory.
    pub const STORE: u16 = 8;
    /// Calls a helper (ends load CSE).
    pub const CALL: u16 = 16;
    /// Operands may be swapped.
    pub const COMM: u16 = 32;
    /// A constant (value in `imm`).
    pub const CONST: u16 = 64;
    /// Ends the trace.
    pub const END: u16 = 128;
    /// Has an immediate that the text form prints.
    pub const IMM: u16 = 256;
}

macro_rules! lir_ops {
    ($( $(#[doc = $doc:literal])* $name:ident, $text:literal, $nargs:literal, $ty:ident, $flags:expr; )*) => {
        /// Every LIR opcode (see the module documentation).
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        #[repr(u8)]
        pub enum LOp {
            $( $(#[doc = $doc])* $name, )*
        }

        impl LOp {
            /// All opcodes, in encoding order.
            pub const ALL: &'static [LOp] = &[$(LOp::$name),*];
            /// The mnemonic of the text form.
            pub const fn text(self) -> &'static str {
                match self { $(LOp::$name => $text,)* }
            }
            /// Number of ref operands (0, 1 or 2).
            pub const fn nargs(self) -> u8 {
                match self { $(LOp::$name => $nargs,)* }
            }
            /// Result type (`Void` for instructions without a result; `Val` for
            /// loads whose type is given per instruction).
            pub const fn result(self) -> Ty {
                match self { $(LOp::$name => Ty::$ty,)* }
            }
            /// Flag bits (see [`flags`]).
            pub const fn flags(self) -> u16 {
                match self { $(LOp::$name => $flags,)* }
            }
            /// Parses a mnemonic.
            pub fn from_text(s: &str) -> Option<LOp> {
                match s { $($text => Some(LOp::$name),)* _ => None }
            }
        }
    };
}

use flags::*;

lir_ops! {
    /// Int32 constant (`imm`).
    KInt, "kint", 0, I32, CONST | CSE | IMM;
    /// Double constant (`imm` = bits).
    KDbl, "kdbl", 0, F64, CONST | CSE | IMM;
    /// Boxed value constant (`imm` = bits).
    KVal, "kval", 0, Val, CONST | CSE | IMM;
    /// Pointer constant (`imm` = address).
    KPtr, "kptr", 0, Ptr, CONST | CSE | IMM;
    /// The base pointer of the trace's slots (register 0 of the entry frame).
    Base, "base", 0, Ptr, CSE;
    /// The `TraceState` pointer.
    State, "state", 0, Ptr, CSE;

    /// Loads boxed slot `imm` (relative to `base`).
    LdSlot, "ldslot", 0, Val, LOAD | IMM;
    /// Stores boxed `a` into slot `imm`.
    StSlot, "stslot", 1, Void, STORE | IMM;

    /// Loads 64 bits from `a + imm`: a boxed value (native pointers use `ldp`).
    Ld64, "ld64", 1, Val, LOAD | IMM;
    /// Loads a zero-extended 32-bit word from `a + imm`.
    Ld32, "ld32", 1, I32, LOAD | IMM;
    /// Loads a zero-extended 16-bit word from `a + imm`.
    Ld16, "ld16", 1, I32, LOAD | IMM;
    /// Loads a zero-extended byte from `a + imm`.
    Ld8, "ld8", 1, I32, LOAD | IMM;
    /// Stores 64-bit `b` at `a + imm`.
    St64, "st64", 2, Void, STORE | IMM;
    /// Stores the 32-bit `b` at `a + imm`.
    St32, "st32", 2, Void, STORE | IMM;
    /// Loads a pointer-width word (a native pointer: 64 bits on 64-bit targets, 32
    /// on 32-bit ones) from `a + imm`. The recorder uses it for every pointer it
    /// follows, so its LIR is the same for every target.
    LdP, "ldp", 1, Ptr, LOAD | IMM;
    /// Stores the pointer-width `b` at `a + imm`.
    StP, "stp", 2, Void, STORE | IMM;
    /// Address arithmetic: `a + b * 8 + imm` (pointer + int32 index).
    Lea8, "lea8", 2, Ptr, CSE | IMM;
    /// Loads the zero-extended byte at `a + b + imm` (`b` an int32 index).
    Ld8I, "ld8i", 2, I32, LOAD | IMM;
    /// Loads the zero-extended 16-bit word at `a + b * 2 + imm`.
    Ld16I, "ld16i", 2, I32, LOAD | IMM;

    /// Unboxes an int32 (low 32 bits).
    UnboxI, "unboxi", 1, I32, CSE;
    /// Unboxes a double.
    UnboxD, "unboxd", 1, F64, CSE;
    /// Unboxes a pointer (low 48 bits).
    UnboxP, "unboxp", 1, Ptr, CSE;
    /// Boxes an int32.
    BoxI, "boxi", 1, Val, CSE;
    /// Boxes a double (the bits as they are).
    BoxD, "boxd", 1, Val, CSE;
    /// Boxes a boolean.
    BoxB, "boxb", 1, Val, CSE;
    /// Boxes a pointer with tag `imm`.
    BoxP, "boxp", 1, Val, CSE | IMM;

    /// Is `a` an int32?
    IsInt, "isint", 1, Bool, CSE;
    /// Is `a` a double?
    IsDbl, "isdbl", 1, Bool, CSE;
    /// Is `a` a number (int32 or double)?
    IsNum, "isnum", 1, Bool, CSE;
    /// Does `a` have tag `imm`?
    IsTag, "istag", 1, Bool, CSE | IMM;

    /// `a + b` (wrapping).
    AddI, "addi", 2, I32, CSE | COMM;
    /// `a - b` (wrapping).
    SubI, "subi", 2, I32, CSE;
    /// `a * b` (wrapping).
    MulI, "muli", 2, I32, CSE | COMM;
    /// `a & b`.
    AndI, "andi", 2, I32, CSE | COMM;
    /// `a | b`.
    OrI, "ori", 2, I32, CSE | COMM;
    /// `a ^ b`.
    XorI, "xori", 2, I32, CSE | COMM;
    /// `a << (b & 31)`.
    ShlI, "shli", 2, I32, CSE;
    /// `a >> (b & 31)` (arithmetic).
    SarI, "sari", 2, I32, CSE;
    /// `a >>> (b & 31)` (logical; the result is the bits of a uint32).
    ShrI, "shri", 2, I32, CSE;
    /// `-a` (wrapping).
    NegI, "negi", 1, I32, CSE;
    /// `~a`.
    NotI, "noti", 1, I32, CSE;
    /// `a + b`, exit `imm` on overflow.
    AddOvI, "addovi", 2, I32, GUARD | COMM | IMM;
    /// `a - b`, exit `imm` on overflow.
    SubOvI, "subovi", 2, I32, GUARD | IMM;
    /// `a * b`, exit `imm` on overflow or a negative zero result.
    MulOvI, "mulovi", 2, I32, GUARD | COMM | IMM;
    /// `a % b` for `a >= 0`, `b > 0` (the recorder guards that), exact.
    ModI, "modi", 2, I32, CSE;

    /// `a + b`.
    AddD, "addd", 2, F64, CSE | COMM;
    /// `a - b`.
    SubD, "subd", 2, F64, CSE;
    /// `a * b`.
    MulD, "muld", 2, F64, CSE | COMM;
    /// `a / b`.
    DivD, "divd", 2, F64, CSE;
    /// `-a`.
    NegD, "negd", 1, F64, CSE;
    /// `|a|`.
    AbsD, "absd", 1, F64, CSE;
    /// `sqrt(a)`.
    SqrtD, "sqrtd", 1, F64, CSE;
    /// `floor(a)`.
    FloorD, "floord", 1, F64, CSE;
    /// `ceil(a)`.
    CeilD, "ceild", 1, F64, CSE;
    /// Int32 to double.
    I2D, "i2d", 1, F64, CSE;
    /// Uint32 (the bits of `a`) to double.
    U2D, "u2d", 1, F64, CSE;
    /// Double to int32 when exact (not -0, integral, in range); exit `imm` otherwise.
    D2IX, "d2ix", 1, I32, GUARD | IMM;
    /// ToInt32 of a double (ES modulo semantics).
    D2I32, "d2i32", 1, I32, CSE;

    /// `a == b` (int32).
    EqI, "eqi", 2, Bool, CSE | COMM;
    /// `a != b` (int32).
    NeI, "nei", 2, Bool, CSE | COMM;
    /// `a < b` (signed).
    LtI, "lti", 2, Bool, CSE;
    /// `a >= b` (signed).
    GeI, "gei", 2, Bool, CSE;
    /// `a <= b` (signed).
    LeI, "lei", 2, Bool, CSE;
    /// `a > b` (signed).
    GtI, "gti", 2, Bool, CSE;
    /// `a < b` (unsigned: bounds checks).
    LtU, "ltu", 2, Bool, CSE;
    /// `a >= b` (unsigned).
    GeU, "geu", 2, Bool, CSE;
    /// `a == b` (64-bit: pointers and boxed values).
    EqP, "eqp", 2, Bool, CSE | COMM;
    /// `a != b` (64-bit).
    NeP, "nep", 2, Bool, CSE | COMM;
    /// `a == b` (double; false for NaN).
    EqD, "eqd", 2, Bool, CSE | COMM;
    /// `a != b` (double; true for NaN).
    NeD, "ned", 2, Bool, CSE | COMM;
    /// `a < b` (double; false for NaN).
    LtD, "ltd", 2, Bool, CSE;
    /// `a <= b` (double; false for NaN).
    LeD, "led", 2, Bool, CSE;
    /// `a > b` (double; false for NaN).
    GtD, "gtd", 2, Bool, CSE;
    /// `a >= b` (double; false for NaN).
    GeD, "ged", 2, Bool, CSE;
    /// Logical not of a boolean.
    NotB, "notb", 1, Bool, CSE;
    /// Does nothing (also keeps the guards' XOR pairing aligned).
    Nop, "nop", 0, Void, 0;

    /// Exit `imm` unless `a` is true.
    GuardT, "guardt", 1, Void, GUARD | IMM;
    /// Exit `imm` unless `a` is false.
    GuardF, "guardf", 1, Void, GUARD | IMM;

    /// Calls helper `imm` with the arguments in call list `a` (result type per insn).
    Call, "call", 0, Val, CALL | IMM;
    /// Calls pure helper `imm` (CSE-able; no side effects, cannot fail).
    CallPure, "callpure", 0, Val, CSE | IMM;

    /// Loads a flag byte at `a + imm` that others may set at any time (interrupt,
    /// pending collection): never reused by CSE.
    LdFlag, "ldflag", 1, I32, LOAD | IMM;

    /// Start of the loop body: the loop edge jumps here (branch fragments jump here
    /// even when the trunk has a peeled loop).
    LoopTop, "looptop", 0, Void, 0;
    /// Start of the steady-state loop after a peeled iteration (see `peel`): the
    /// trunk's loop edge jumps here when present.
    LoopHead, "loophead", 0, Void, 0;
    /// A loop-carried value at `loophead`: `a` on entry from the peeled iteration,
    /// `b` (defined later in the loop) on the loop edge; `imm` is its slot.
    Phi, "phi", 2, Val, IMM;
    /// Closes the loop (jumps to `loophead`, or `looptop` without one).
    Loop, "loop", 0, Void, END;
    /// Leaves the trace through exit `imm`.
    Exit, "exit", 0, Void, END | IMM;
}

const _: () = assert!(LOp::ALL.len() <= 256);
// Opposite conditions one XOR apart.
const _: () = {
    assert!(LOp::EqI as u8 ^ 1 == LOp::NeI as u8);
    assert!(LOp::LtI as u8 ^ 1 == LOp::GeI as u8);
    assert!(LOp::LeI as u8 ^ 1 == LOp::GtI as u8);
    assert!(LOp::LtU as u8 ^ 1 == LOp::GeU as u8);
    assert!(LOp::EqP as u8 ^ 1 == LOp::NeP as u8);
    assert!(LOp::EqD as u8 ^ 1 == LOp::NeD as u8);
    assert!(LOp::GuardT as u8 ^ 1 == LOp::GuardF as u8);
};

impl LOp {
    /// The opcode with the XOR-1 partner (inverted condition or guard polarity),
    /// for opcodes where that partner is an exact negation.
    pub fn inverse(self) -> Option<LOp> {
        use LOp::*;
        match self {
            EqI | NeI | LtI | GeI | LeI | GtI | LtU | GeU | EqP | NeP | EqD | NeD | GuardT | GuardF => {
                LOp::ALL.get((self as u8 ^ 1) as usize).copied()
            }
            _ => None,
        }
    }
    /// The comparison with swapped operands (`a < b` ≡ `b > a`).
    pub fn swapped(self) -> Option<LOp> {
        use LOp::*;
        Some(match self {
            EqI | NeI | EqP | NeP | EqD | NeD => self,
            LtI => GtI,
            GtI => LtI,
            LeI => GeI,
            GeI => LeI,
            LtD => GtD,
            GtD => LtD,
            LeD => GeD,
            GeD => LeD,
            _ => return None,
        })
    }
    /// Does this opcode have flag `f`?
    #[inline]
    pub fn has(self, f: u16) -> bool {
        self.flags() & f != 0
    }
}

/// One LIR instruction.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct Insn {
    /// The opcode.
    pub op: LOp,
    /// Result type.
    pub ty: Ty,
    /// First operand.
    pub a: Ref,
    /// Second operand.
    pub b: Ref,
    /// Immediate (see the opcode).
    pub imm: i64,
}

impl Insn {
    /// An instruction with the opcode's default result type.
    pub fn new(op: LOp, a: Ref, b: Ref, imm: i64) -> Insn {
        Insn { op, ty: op.result(), a, b, imm }
    }
    /// The ref operands in use.
    pub fn args(&self) -> impl Iterator<Item = Ref> + '_ {
        [self.a, self.b].into_iter().take(self.op.nargs() as usize)
    }
}

/// How an inlined call's frame is rebuilt on exit. (Its environment is the
/// callee's, found in the frame's register 0.)
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InlineFrame {
    /// The callee's code (a `Code` cell address, kept alive by the tree).
    pub code: u64,
    /// Slot of the callee's register 0 (its call window), relative to the base.
    pub base: u32,
    /// Arguments passed.
    pub argc: u32,
    /// Bytecode offset of the call instruction in the caller.
    pub call_pc: u32,
    /// Slot receiving the result in the caller.
    pub ret_slot: u32,
    /// Frame flags (`FRAME_CONSTRUCT`).
    pub flags: u8,
}

/// A side exit: where the interpreter resumes and which slots to restore.
#[derive(Clone, Debug, PartialEq)]
pub struct Exit {
    /// Bytecode offset to resume at, in the innermost frame.
    pub pc: u32,
    /// Inlined frames at the exit, outermost first.
    pub frames: Vec<InlineFrame>,
    /// Slots to write before resuming: `(slot, value)`; the value's LIR type says
    /// how to box it.
    pub slots: Vec<(u32, Ref)>,
    /// What kind of exit this is.
    pub kind: ExitKind,
}

/// Exit kinds (for diagnostics and the monitor's decisions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitKind {
    /// A guard failed (type, shape, branch, bounds...).
    Side,
    /// The loop condition failed: the loop is done.
    LoopExit,
    /// Overflow out of int32.
    Overflow,
    /// The interrupt flag was set.
    Interrupt,
    /// The trace ended without closing the loop (type-unstable loop edge).
    Unstable,
    /// A nested tree call left through an exit other than the one the trace
    /// expects; the VM applies that inner exit after this one.
    Nested,
}

/// A recorded trace: instructions, call argument lists and exits.
#[derive(Clone, Debug, Default)]
pub struct Lir {
    /// The instructions.
    pub insns: Vec<Insn>,
    /// Argument lists of `call`/`callpure` instructions.
    pub call_args: Vec<Vec<Ref>>,
    /// Exits, indexed by the guards' `imm`.
    pub exits: Vec<Exit>,
}

impl Lir {
    /// The instruction a ref names.
    #[inline]
    pub fn get(&self, r: Ref) -> &Insn {
        &self.insns[r as usize]
    }
    /// The constant value of a ref, if it is a constant.
    pub fn konst(&self, r: Ref) -> Option<(LOp, i64)> {
        let i = self.insns.get(r as usize)?;
        if i.op.has(CONST) { Some((i.op, i.imm)) } else { None }
    }
    /// The int32 constant of a ref.
    pub fn kint(&self, r: Ref) -> Option<i32> {
        match self.konst(r) {
            Some((LOp::KInt, v)) => Some(v as i32),
            _ => None,
        }
    }
    /// The double constant of a ref.
    pub fn kdbl(&self, r: Ref) -> Option<f64> {
        match self.konst(r) {
            Some((LOp::KDbl, v)) => Some(f64::from_bits(v as u64)),
            _ => None,
        }
    }
    /// Use counts of every instruction (operands, call lists, exit slots).
    pub fn use_counts(&self) -> Vec<u32> {
        let mut uses = alloc::vec![0u32; self.insns.len()];
        for i in &self.insns {
            for a in i.args() {
                if let Some(u) = uses.get_mut(a as usize) {
                    *u += 1;
                }
            }
            if matches!(i.op, LOp::Call | LOp::CallPure) {
                if let Some(list) = self.call_args.get(i.a as usize) {
                    for a in list {
                        uses[*a as usize] += 1;
                    }
                }
            }
        }
        for e in &self.exits {
            for (_, r) in &e.slots {
                uses[*r as usize] += 1;
            }
        }
        uses
    }
}
