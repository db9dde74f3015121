//! The opcode table.
//!
//! Tarsier's bytecode is register-based: each function has a frame of registers
//! (`r0` = callee, `r1` = `this`, then parameters, locals and temporaries), and
//! instructions name their operands. Instructions are a one-byte opcode followed by
//! fixed-width little-endian operands, so a function's code is compact and decoding
//! is a handful of loads.
//!
//! The single table below drives everything: the [`Op`] enum, one struct per
//! instruction in [`insn`] with `encode`/`decode`, the operand-kind lists the
//! disassembler and the trace recorder read, the instruction sizes and the flags.
//!
//! Operand kinds:
//! - `Dst`: register written; `Src`: register read; `Base`: first register of a call
//!   window (callee, this, arguments);
//! - `Imm`: signed 32-bit immediate; `Idx`: 32-bit index into the constant pool, the
//!   name table, the inline-cache table or similar; `Count`: 16-bit count;
//! - `Jump`: signed 32-bit offset relative to the start of the instruction.

/// Width and meaning of an operand.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum OperandKind {
    /// A register that the instruction writes.
    Dst,
    /// A register that the instruction reads.
    Src,
    /// The first register of a call window.
    Base,
    /// A signed 32-bit immediate.
    Imm,
    /// A 32-bit table index.
    Idx,
    /// A 16-bit count.
    Count,
    /// A signed 32-bit jump offset, relative to the instruction start.
    Jump,
}

impl OperandKind {
    /// Encoded size in bytes.
    pub const fn size(self) -> usize {
        match self {
            OperandKind::Dst | OperandKind::Src | OperandKind::Base | OperandKind::Count => 2,
            OperandKind::Imm | OperandKind::Idx | OperandKind::Jump => 4,
        }
    }
}

/// Instruction flags.
pub mod flags {
    /// Has a jump operand.
    pub const JUMP: u8 = 1;
    /// Never falls through (unconditional jump, return, throw).
    pub const TERMINATOR: u8 = 2;
    /// Calls into script or native code.
    pub const CALL: u8 = 4;
    /// A loop header: the trace monitor's anchor.
    pub const LOOP: u8 = 8;
    /// Cannot throw (pure register work).
    pub const NOTHROW: u8 = 16;
}

macro_rules! ty_of {
    (Dst) => { u16 };
    (Src) => { u16 };
    (Base) => { u16 };
    (Count) => { u16 };
    (Imm) => { i32 };
    (Idx) => { u32 };
    (Jump) => { i32 };
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident ( $( $field:ident : $kind:ident ),* ) $flags:expr ; )*) => {
        /// Every opcode (see the module documentation).
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        #[repr(u8)]
        pub enum Op {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Op {
            /// All opcodes in encoding order.
            pub const ALL: &'static [Op] = &[$(Op::$name),*];

            /// Decodes an opcode byte.
            #[inline(always)]
            pub fn from_byte(b: u8) -> Option<Op> {
                Op::ALL.get(b as usize).copied()
            }
            /// Decodes an opcode byte known to be valid.
            ///
            /// # Safety
            /// `b` must be below `Op::ALL.len()` (true for verified bytecode).
            #[inline(always)]
            pub unsafe fn from_byte_unchecked(b: u8) -> Op {
                debug_assert!((b as usize) < Op::ALL.len());
                // SAFETY: `Op` is `repr(u8)` with variants numbered from 0 without
                // gaps, and the caller guarantees `b` is in range.
                unsafe { core::mem::transmute::<u8, Op>(b) }
            }
            /// The mnemonic.
            pub const fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name),)* }
            }
            /// Operand kinds in encoding order.
            pub const fn operands(self) -> &'static [OperandKind] {
                match self { $(Op::$name => &[$(OperandKind::$kind),*],)* }
            }
            /// Operand names in encoding order.
            pub const fn operand_names(self) -> &'static [&'static str] {
                match self { $(Op::$name => &[$(stringify!($field)),*],)* }
            }
            /// Encoded size of the whole instruction.
            pub const fn size(self) -> usize {
                match self { $(Op::$name => 1 $(+ OperandKind::$kind.size())*,)* }
            }
            /// Flag bits (see [`flags`]).
            pub const fn flags(self) -> u8 {
                match self { $(Op::$name => $flags,)* }
            }
            /// One-line description.
            pub const fn doc(self) -> &'static str {
                match self { $(Op::$name => concat!($($doc),*),)* }
            }
        }

        /// One struct per instruction, with typed operands.
        #[allow(missing_docs)]
        pub mod insn {
            use super::*;
            $(
                $(#[doc = $doc])*
                #[derive(Clone, Copy, PartialEq, Eq, Debug)]
                pub struct $name { $(pub $field: ty_of!($kind)),* }

                impl $name {
                    /// The opcode.
                    pub const OP: Op = Op::$name;
                    /// Encoded size.
                    pub const SIZE: usize = Op::$name.size();

                    /// Appends the encoding to `out`.
                    #[inline]
                    pub fn encode(self, out: &mut alloc::vec::Vec<u8>) {
                        out.push(Op::$name as u8);
                        $( out.extend_from_slice(&self.$field.to_le_bytes()); )*
                    }

                    /// Decodes the operands of the instruction at `ip` without bounds
                    /// checks.
                    ///
                    /// # Safety
                    /// `ip` must point at a complete instruction of this opcode in
                    /// verified bytecode.
                    #[inline(always)]
                    #[allow(unused_mut, unused_variables, unused_assignments)]
                    pub unsafe fn read(ip: *const u8) -> $name {
                        let mut at = 1usize;
                        $(
                            let $field = {
                                const N: usize = core::mem::size_of::<ty_of!($kind)>();
                                // SAFETY: the caller guarantees the instruction's
                                // operand bytes are all inside the code.
                                let b: [u8; N] = unsafe { core::ptr::read_unaligned(ip.add(at) as *const [u8; N]) };
                                at += N;
                                <ty_of!($kind)>::from_le_bytes(b)
                            };
                        )*
                        $name { $($field),* }
                    }

                    /// Decodes the operands of the instruction at `pc` (whose opcode
                    /// byte is this op). `code` must hold the whole instruction.
                    #[inline(always)]
                    #[allow(unused_mut, unused_variables, unused_assignments)]
                    pub fn decode(code: &[u8], pc: usize) -> $name {
                        let mut at = pc + 1;
                        $(
                            let $field = {
                                const N: usize = core::mem::size_of::<ty_of!($kind)>();
                                let mut b = [0u8; N];
                                b.copy_from_slice(&code[at..at + N]);
                                at += N;
                                <ty_of!($kind)>::from_le_bytes(b)
                            };
                        )*
                        $name { $($field),* }
                    }
                }
            )*
        }
    };
}

opcodes! {
    /// Does nothing.
    Nop() flags::NOTHROW;
    /// `dst = undefined`.
    LoadUndef(dst: Dst) flags::NOTHROW;
    /// `dst = null`.
    LoadNull(dst: Dst) flags::NOTHROW;
    /// `dst = true`.
    LoadTrue(dst: Dst) flags::NOTHROW;
    /// `dst = false`.
    LoadFalse(dst: Dst) flags::NOTHROW;
    /// `dst = imm` (an int32).
    LoadInt(dst: Dst, imm: Imm) flags::NOTHROW;
    /// `dst = constants[k]`.
    LoadConst(dst: Dst, k: Idx) flags::NOTHROW;
    /// `dst = src`.
    Move(dst: Dst, src: Src) flags::NOTHROW;
    /// `dst = ` the global object (`this` of top-level arrows).
    LoadGlobalObj(dst: Dst) flags::NOTHROW;
    /// `dst = ` the uninitialized (TDZ) marker.
    LoadHole(dst: Dst) flags::NOTHROW;
    /// Throws a ReferenceError naming `names[name]` if `src` is the TDZ marker.
    CheckInit(src: Src, name: Idx) 0;

    /// `dst = env(depth).slots[slot]`.
    GetEnv(dst: Dst, depth: Count, slot: Count) flags::NOTHROW;
    /// `env(depth).slots[slot] = src`.
    SetEnv(depth: Count, slot: Count, src: Src) flags::NOTHROW;
    /// Like `GetEnv`, but throws a ReferenceError for the TDZ marker.
    GetEnvChecked(dst: Dst, depth: Count, slot: Count, name: Idx) 0;
    /// Like `SetEnv`, but throws a ReferenceError when the binding is still in its TDZ.
    SetEnvChecked(depth: Count, slot: Count, src: Src, name: Idx) 0;
    /// Pushes a new declarative environment described by `scopes[scope]`.
    PushEnv(scope: Idx) 0;
    /// Pops the innermost environment.
    PopEnv() flags::NOTHROW;
    /// Replaces the innermost environment by a fresh copy (per-iteration `let`).
    CopyEnv() 0;
    /// Pushes an object environment for `with (obj)`.
    PushWith(obj: Src) 0;

    /// `dst = global[name]`, ReferenceError if absent.
    GetGlobal(dst: Dst, name: Idx, ic: Idx) 0;
    /// `dst = global[name]`, undefined if absent (for `typeof`).
    GetGlobalOrUndef(dst: Dst, name: Idx, ic: Idx) 0;
    /// `global[name] = src` (strict: ReferenceError if absent).
    SetGlobal(name: Idx, src: Src, ic: Idx) 0;
    /// `dst = ` the variable `names[name]` found by walking the scope chain.
    GetName(dst: Dst, name: Idx) 0;
    /// Like `GetName`, undefined if unresolvable.
    GetNameOrUndef(dst: Dst, name: Idx) 0;
    /// Assigns the variable `names[name]` found by walking the scope chain.
    SetName(name: Idx, src: Src) 0;
    /// Looks up `names[name]` for a call: `base` = function, `base+1` = this.
    GetNameForCall(base: Base, name: Idx) 0;
    /// `dst = delete name` (scope-chain delete).
    DeleteName(dst: Dst, name: Idx) 0;
    /// Defines a `var`/function binding of global or sloppy eval code in the variable
    /// environment (global object, or the caller's function scope for eval):
    /// `names[name]`, with `src` as the function value when `is_fn` is 1. With
    /// `is_fn` 2 (a var) or 3 (a function) it only checks that the declaration can
    /// be made, so that a script declares all its names or none.
    DeclareGlobal(name: Idx, src: Src, is_fn: Count) 0;
    /// Declares a top-level `let` (`is_const` 0) or `const` (1), uninitialized, in
    /// the script scope; 2 only checks that it can be declared.
    DeclareLexical(name: Idx, is_const: Count) 0;
    /// Initializes a top-level lexical binding.
    InitLexical(name: Idx, src: Src) 0;

    /// `dst = obj.name` through inline cache `ic`.
    GetProp(dst: Dst, obj: Src, name: Idx, ic: Idx) 0;
    /// `obj.name = src` through inline cache `ic`.
    SetProp(obj: Src, name: Idx, src: Src, ic: Idx) 0;
    /// `dst = obj[key]`.
    GetElem(dst: Dst, obj: Src, key: Src) 0;
    /// `obj[key] = src`.
    SetElem(obj: Src, key: Src, src: Src) 0;
    /// `dst = delete obj.name`.
    DeleteProp(dst: Dst, obj: Src, name: Idx) 0;
    /// `dst = delete obj[key]`.
    DeleteElem(dst: Dst, obj: Src, key: Src) 0;
    /// `dst = key in obj`.
    In(dst: Dst, key: Src, obj: Src) 0;
    /// `dst = a instanceof b`.
    InstanceOf(dst: Dst, a: Src, b: Src) 0;

    /// `dst = {}`.
    NewObject(dst: Dst) 0;
    /// `dst = new Array(len)` with `len` holes, for a literal.
    NewArray(dst: Dst, len: Count) 0;
    /// Defines `obj.name = src` as an own enumerable data property (object literal).
    InitProp(obj: Src, name: Idx, src: Src) 0;
    /// Defines a getter `obj.name` (object literal).
    InitGetter(obj: Src, name: Idx, func: Src) 0;
    /// Defines a setter `obj.name` (object literal).
    InitSetter(obj: Src, name: Idx, func: Src) 0;
    /// Annex B `{ __proto__: src }`: sets the literal's prototype when `src` is an
    /// object or null (directly, not through an inherited `__proto__` setter).
    InitProto(obj: Src, src: Src) 0;
    /// Defines element `index` of an array literal.
    InitElem(arr: Src, index: Idx, src: Src) 0;
    /// `dst = new RegExp(constants[pattern], constants[flags])`.
    NewRegExp(dst: Dst, pattern: Idx, flags: Idx) 0;
    /// `dst = ` a closure of `functions[func]` over the current environment.
    Closure(dst: Dst, func: Idx) 0;
    /// `dst = ` the arguments object of the current call.
    Arguments(dst: Dst) 0;

    /// `dst = a + b`.
    Add(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a - b`.
    Sub(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a * b`.
    Mul(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a / b`.
    Div(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a % b`.
    Mod(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a & b`.
    BitAnd(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a | b`.
    BitOr(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a ^ b`.
    BitXor(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a << b`.
    Shl(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a >> b`.
    Shr(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a >>> b`.
    Ushr(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a + imm` (`+` semantics: strings concatenate).
    AddInt(dst: Dst, a: Src, imm: Imm) 0;
    /// `dst = a - imm`.
    SubInt(dst: Dst, a: Src, imm: Imm) 0;
    /// `dst = -src`.
    Neg(dst: Dst, src: Src) 0;
    /// `dst = +src` (ToNumber).
    ToNumber(dst: Dst, src: Src) 0;
    /// `dst = ~src`.
    BitNot(dst: Dst, src: Src) 0;
    /// `dst = !src`.
    Not(dst: Dst, src: Src) flags::NOTHROW;
    /// `dst = typeof src`.
    TypeOf(dst: Dst, src: Src) flags::NOTHROW;
    /// `dst = ToNumber(src) + 1`.
    Inc(dst: Dst, src: Src) 0;
    /// `dst = ToNumber(src) - 1`.
    Dec(dst: Dst, src: Src) 0;
    /// `dst = ToPropertyKey-ready primitive of src` (ToPrimitive hint string for keys is
    /// done by the element ops; this converts `src` to a string value).
    ToStr(dst: Dst, src: Src) 0;

    /// `dst = a == b`.
    Eq(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a != b`.
    Ne(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a === b`.
    StrictEq(dst: Dst, a: Src, b: Src) flags::NOTHROW;
    /// `dst = a !== b`.
    StrictNe(dst: Dst, a: Src, b: Src) flags::NOTHROW;
    /// `dst = a < b`.
    Lt(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a <= b`.
    Le(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a > b`.
    Gt(dst: Dst, a: Src, b: Src) 0;
    /// `dst = a >= b`.
    Ge(dst: Dst, a: Src, b: Src) 0;

    /// Jumps by `off`.
    Jump(off: Jump) flags::JUMP | flags::TERMINATOR | flags::NOTHROW;
    /// Jumps by `off` if `cond` is truthy.
    JumpIfTrue(cond: Src, off: Jump) flags::JUMP | flags::NOTHROW;
    /// Jumps by `off` if `cond` is falsy.
    JumpIfFalse(cond: Src, off: Jump) flags::JUMP | flags::NOTHROW;
    /// Jumps by `off` if `a < b` (fused compare and branch).
    JumpIfLt(a: Src, b: Src, off: Jump) flags::JUMP;
    /// Jumps by `off` if `a <= b`.
    JumpIfLe(a: Src, b: Src, off: Jump) flags::JUMP;
    /// Jumps by `off` if `a > b`.
    JumpIfGt(a: Src, b: Src, off: Jump) flags::JUMP;
    /// Jumps by `off` if `a >= b`.
    JumpIfGe(a: Src, b: Src, off: Jump) flags::JUMP;
    /// Jumps by `off` if `a < imm`.
    JumpIfLtI(a: Src, imm: Imm, off: Jump) flags::JUMP;
    /// Jumps by `off` if `a <= imm`.
    JumpIfLeI(a: Src, imm: Imm, off: Jump) flags::JUMP;
    /// Jumps by `off` if `a > imm`.
    JumpIfGtI(a: Src, imm: Imm, off: Jump) flags::JUMP;
    /// Jumps by `off` if `a >= imm`.
    JumpIfGeI(a: Src, imm: Imm, off: Jump) flags::JUMP;
    /// Jumps by `off` unless `a < imm`.
    JumpIfNotLtI(a: Src, imm: Imm, off: Jump) flags::JUMP;
    /// Jumps by `off` unless `a <= imm`.
    JumpIfNotLeI(a: Src, imm: Imm, off: Jump) flags::JUMP;
    /// Jumps by `off` unless `a > imm`.
    JumpIfNotGtI(a: Src, imm: Imm, off: Jump) flags::JUMP;
    /// Jumps by `off` unless `a >= imm`.
    JumpIfNotGeI(a: Src, imm: Imm, off: Jump) flags::JUMP;
    /// Jumps by `off` unless `a < b` (also when a NaN is involved).
    JumpIfNotLt(a: Src, b: Src, off: Jump) flags::JUMP;
    /// Jumps by `off` unless `a <= b`.
    JumpIfNotLe(a: Src, b: Src, off: Jump) flags::JUMP;
    /// Jumps by `off` unless `a > b`.
    JumpIfNotGt(a: Src, b: Src, off: Jump) flags::JUMP;
    /// Jumps by `off` unless `a >= b`.
    JumpIfNotGe(a: Src, b: Src, off: Jump) flags::JUMP;
    /// Jumps by `off` if `a` is undefined or null.
    JumpIfNullish(a: Src, off: Jump) flags::JUMP | flags::NOTHROW;
    /// Loop header: counts crossings in `counters[counter]` for the trace monitor.
    LoopHeader(counter: Idx) flags::LOOP | flags::NOTHROW;

    /// Calls `base` with `this = base+1` and `argc` arguments from `base+2`; `dst = ` result.
    Call(dst: Dst, base: Base, argc: Count) flags::CALL;
    /// Like `Call` with `this = undefined` (written by the instruction itself).
    CallUndef(dst: Dst, base: Base, argc: Count) flags::CALL;
    /// Like `Call`, but a direct `eval` if the callee is the original `eval`.
    CallEval(dst: Dst, base: Base, argc: Count) flags::CALL;
    /// `dst = new base(args...)` with `argc` arguments from `base+2`.
    New(dst: Dst, base: Base, argc: Count) flags::CALL;
    /// Returns `src`.
    Return(src: Src) flags::TERMINATOR;
    /// Returns undefined (or `this` from a constructor frame).
    ReturnUndef() flags::TERMINATOR;
    /// Throws `src`.
    Throw(src: Src) flags::TERMINATOR;
    /// Throws a new error of type `kind` (0 TypeError, 1 ReferenceError, 2 SyntaxError,
    /// 3 RangeError) with message `constants[msg]`.
    ThrowError(kind: Count, msg: Idx) flags::TERMINATOR;

    /// `iter = ` a for-in iterator over `obj`'s enumerable keys.
    ForInStart(iter: Dst, obj: Src) 0;
    /// `dst = ` next key of `iter`, or jumps by `off` when done.
    ForInNext(dst: Dst, iter: Src, off: Jump) flags::JUMP;
    /// Debugger statement (no effect).
    Debugger() flags::NOTHROW;

    /// `dst = ` the base of the reference `names[name]` resolves to along the scope
    /// chain now (for an assignment that evaluates its right side afterwards): the
    /// object holding it (a `with` object, the global object, the script scope,
    /// eval's variables), `(hops << 16) | slot` of a declarative binding, or
    /// undefined when unresolvable.
    ResolveName(dst: Dst, name: Idx) 0;
    /// `dst = ` the value of the reference (`base` from `ResolveName`, `names[name]`).
    GetRef(dst: Dst, base: Src, name: Idx) 0;
    /// Assigns `src` to the reference (`base` from `ResolveName`, `names[name]`).
    SetRef(base: Src, name: Idx, src: Src) 0;
    /// `dst = key` converted for `obj[key]` once (ToPropertyKey of an object key),
    /// after a TypeError if `obj` is undefined or null: the key of a compound
    /// assignment or `++`/`--` on an element.
    ToKey(dst: Dst, obj: Src, key: Src) 0;
}

const _: () = assert!(Op::ALL.len() <= 256);
// Instructions that share an interpreter arm share their operand layout.
const _: () = {
    assert!(insn::CallUndef::SIZE == insn::Call::SIZE);
    assert!(insn::JumpIfLtI::SIZE == insn::JumpIfNotGeI::SIZE);
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_round_trip() {
        let mut buf = alloc::vec::Vec::new();
        insn::Add { dst: 3, a: 1, b: 65535 }.encode(&mut buf);
        insn::Jump { off: -12 }.encode(&mut buf);
        insn::GetProp { dst: 0, obj: 1, name: 70000, ic: 2 }.encode(&mut buf);
        assert_eq!(buf.len(), insn::Add::SIZE + insn::Jump::SIZE + insn::GetProp::SIZE);
        assert_eq!(Op::from_byte(buf[0]), Some(Op::Add));
        assert_eq!(insn::Add::decode(&buf, 0), insn::Add { dst: 3, a: 1, b: 65535 });
        let j = insn::Add::SIZE;
        assert_eq!(insn::Jump::decode(&buf, j).off, -12);
        let g = j + insn::Jump::SIZE;
        assert_eq!(insn::GetProp::decode(&buf, g), insn::GetProp { dst: 0, obj: 1, name: 70000, ic: 2 });
        for op in Op::ALL {
            assert_eq!(op.operands().len(), op.operand_names().len());
            assert_eq!(Op::from_byte(*op as u8), Some(*op));
        }
    }
}
