//! x86-64 instruction encodings.
//!
//! Every encoder appends the bytes of exactly **one** instruction to an [`Emit`] sink and
//! returns nothing. The code generator emits backwards (LuaJIT-style): it encodes one
//! instruction into a [`Code`] (a 16-byte stack buffer), then copies it in front of what it
//! has already emitted. Where the instruction has a relative displacement (branches,
//! RIP-relative memory operands) the value passed in is the raw field, relative to the
//! *end* of the instruction, which is what the backward emitter knows.
//!
//! Naming: `op_<operands>` where the operand letters are `r` (general-purpose register),
//! `m` ([`Mem`]), `i` (immediate) and `x` ([`Xmm`]), destination first, e.g. [`alu_rm`]
//! is `op reg, [mem]` and [`mov_mr`] is `mov [mem], reg`. Functions that exist in several
//! integer widths take a [`Size`]; 8-bit register operands always mean the low byte of the
//! register (`spl`/`bpl`/`sil`/`dil` get the REX prefix they need; `ah`..`bh` are never
//! produced).
//!
//! The encoders pick the shortest encoding where x86 has several with identical
//! semantics (sign-extended imm8 forms, the `rax`/`eax` short forms, `mov r32, imm32` for
//! constants that zero-extend, `shl r, 1`), but never substitute a different operation
//! (`xor r, r` for `mov r, 0` is the caller's choice since it clobbers the flags).
//!
//! Unsupported operand combinations (e.g. an 8-bit `imul`, `rsp` as an index register)
//! panic: they are code-generator bugs, and with constant arguments the checks fold away.

use alloc::vec::Vec;

/// General-purpose registers, numbered by their hardware encoding.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reg {
    /// `rax` (accumulator; implicit in `cdq`/`cqo`/`div`/`idiv`).
    Rax = 0,
    /// `rcx` (implicit shift count `cl`).
    Rcx,
    /// `rdx` (implicit in `cdq`/`cqo`/`div`/`idiv`).
    Rdx,
    /// `rbx`.
    Rbx,
    /// `rsp` (stack pointer; as a base it needs a SIB byte, it cannot be an index).
    Rsp,
    /// `rbp` (as a base it always needs a displacement).
    Rbp,
    /// `rsi`.
    Rsi,
    /// `rdi`.
    Rdi,
    /// `r8`.
    R8,
    /// `r9`.
    R9,
    /// `r10`.
    R10,
    /// `r11`.
    R11,
    /// `r12` (as a base it needs a SIB byte, like `rsp`).
    R12,
    /// `r13` (as a base it always needs a displacement, like `rbp`).
    R13,
    /// `r14`.
    R14,
    /// `r15`.
    R15,
}

impl Reg {
    /// All sixteen registers in encoding order.
    pub const ALL: [Reg; 16] = [
        Reg::Rax,
        Reg::Rcx,
        Reg::Rdx,
        Reg::Rbx,
        Reg::Rsp,
        Reg::Rbp,
        Reg::Rsi,
        Reg::Rdi,
        Reg::R8,
        Reg::R9,
        Reg::R10,
        Reg::R11,
        Reg::R12,
        Reg::R13,
        Reg::R14,
        Reg::R15,
    ];

    /// The register with hardware number `n`.
    ///
    /// # Panics
    /// If `n > 15`.
    #[inline]
    pub const fn from_index(n: u8) -> Reg {
        Reg::ALL[n as usize]
    }

    /// The hardware number (0..=15).
    #[inline]
    pub const fn index(self) -> u8 {
        self as u8
    }
}

/// XMM registers 0..15.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Xmm {
    /// `xmm0`.
    Xmm0 = 0,
    /// `xmm1`.
    Xmm1,
    /// `xmm2`.
    Xmm2,
    /// `xmm3`.
    Xmm3,
    /// `xmm4`.
    Xmm4,
    /// `xmm5`.
    Xmm5,
    /// `xmm6`.
    Xmm6,
    /// `xmm7`.
    Xmm7,
    /// `xmm8`.
    Xmm8,
    /// `xmm9`.
    Xmm9,
    /// `xmm10`.
    Xmm10,
    /// `xmm11`.
    Xmm11,
    /// `xmm12`.
    Xmm12,
    /// `xmm13`.
    Xmm13,
    /// `xmm14`.
    Xmm14,
    /// `xmm15`.
    Xmm15,
}

impl Xmm {
    /// All sixteen XMM registers in encoding order.
    pub const ALL: [Xmm; 16] = [
        Xmm::Xmm0,
        Xmm::Xmm1,
        Xmm::Xmm2,
        Xmm::Xmm3,
        Xmm::Xmm4,
        Xmm::Xmm5,
        Xmm::Xmm6,
        Xmm::Xmm7,
        Xmm::Xmm8,
        Xmm::Xmm9,
        Xmm::Xmm10,
        Xmm::Xmm11,
        Xmm::Xmm12,
        Xmm::Xmm13,
        Xmm::Xmm14,
        Xmm::Xmm15,
    ];

    /// The XMM register with number `n`.
    ///
    /// # Panics
    /// If `n > 15`.
    #[inline]
    pub const fn from_index(n: u8) -> Xmm {
        Xmm::ALL[n as usize]
    }

    /// The hardware number (0..=15).
    #[inline]
    pub const fn index(self) -> u8 {
        self as u8
    }
}

/// Condition codes with their hardware encoding (the low nibble of `jcc`/`setcc`/`cmovcc`).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cond {
    /// Overflow (OF=1).
    O = 0,
    /// No overflow (OF=0).
    No,
    /// Below, unsigned `<` (CF=1); also "carry".
    B,
    /// Above or equal, unsigned `>=` (CF=0); also "no carry".
    Ae,
    /// Equal / zero (ZF=1).
    E,
    /// Not equal / not zero (ZF=0).
    Ne,
    /// Below or equal, unsigned `<=` (CF=1 or ZF=1).
    Be,
    /// Above, unsigned `>` (CF=0 and ZF=0).
    A,
    /// Sign (SF=1).
    S,
    /// No sign (SF=0).
    Ns,
    /// Parity (PF=1); after `ucomisd`: unordered (a NaN operand).
    P,
    /// No parity (PF=0); after `ucomisd`: ordered.
    Np,
    /// Less, signed `<` (SF!=OF).
    L,
    /// Greater or equal, signed `>=` (SF=OF).
    Ge,
    /// Less or equal, signed `<=` (ZF=1 or SF!=OF).
    Le,
    /// Greater, signed `>` (ZF=0 and SF=OF).
    G,
}

impl Cond {
    /// All sixteen conditions in encoding order.
    pub const ALL: [Cond; 16] = [
        Cond::O,
        Cond::No,
        Cond::B,
        Cond::Ae,
        Cond::E,
        Cond::Ne,
        Cond::Be,
        Cond::A,
        Cond::S,
        Cond::Ns,
        Cond::P,
        Cond::Np,
        Cond::L,
        Cond::Ge,
        Cond::Le,
        Cond::G,
    ];

    /// The negated condition: flipping the low bit of the encoding (`c ^ 1`).
    #[inline]
    pub const fn invert(self) -> Cond {
        Cond::ALL[(self as u8 ^ 1) as usize]
    }
}

/// Operand size of an integer instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Size {
    /// 8 bits (byte registers `al`..`r15b`).
    S8,
    /// 16 bits (operand-size prefix `0x66`).
    S16,
    /// 32 bits (writing a 32-bit register zero-extends into the full 64-bit register).
    S32,
    /// 64 bits (REX.W).
    S64,
}

impl Size {
    /// The width in bytes (1, 2, 4 or 8).
    #[inline]
    pub const fn bytes(self) -> u32 {
        match self {
            Size::S8 => 1,
            Size::S16 => 2,
            Size::S32 => 4,
            Size::S64 => 8,
        }
    }
}

/// Base value marking a RIP-relative operand.
const RIP: u8 = 0x10;
/// Index value marking "no index register".
const NO_INDEX: u8 = 0xFF;

/// A memory operand `[base + index*scale + disp]`, or `[rip + disp]`.
///
/// Any register may be the base (`rsp`/`r12` get a SIB byte, `rbp`/`r13` a zero
/// displacement byte when `disp` is 0); any register but `rsp` may be the index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mem {
    /// Base register number, or [`RIP`].
    base: u8,
    /// Index register number, or [`NO_INDEX`].
    index: u8,
    /// log2 of the scale (0..=3).
    scale_log2: u8,
    /// Displacement.
    disp: i32,
}

impl Mem {
    /// `[base + disp]`.
    #[inline]
    pub const fn base_disp(base: Reg, disp: i32) -> Mem {
        Mem {
            base: base as u8,
            index: NO_INDEX,
            scale_log2: 0,
            disp,
        }
    }

    /// `[base + index*scale + disp]`.
    ///
    /// # Panics
    /// If `index` is `Rsp` (not encodable) or `scale` is not 1, 2, 4 or 8.
    #[inline]
    pub const fn base_index(base: Reg, index: Reg, scale: u8, disp: i32) -> Mem {
        assert!(
            !matches!(index, Reg::Rsp),
            "rsp cannot be an index register"
        );
        let scale_log2 = match scale {
            1 => 0,
            2 => 1,
            4 => 2,
            8 => 3,
            _ => panic!("scale must be 1, 2, 4 or 8"),
        };
        Mem {
            base: base as u8,
            index: index as u8,
            scale_log2,
            disp,
        }
    }

    /// `[rip + disp]`: `disp` is relative to the end of the instruction that uses the
    /// operand (the raw disp32 field; immediates are part of the instruction).
    #[inline]
    pub const fn rip(disp: i32) -> Mem {
        Mem {
            base: RIP,
            index: NO_INDEX,
            scale_log2: 0,
            disp,
        }
    }

    /// The base register (`None` for RIP-relative operands).
    #[inline]
    pub const fn base(&self) -> Option<Reg> {
        if self.base == RIP {
            None
        } else {
            Some(Reg::from_index(self.base))
        }
    }

    /// The index register and scale (1, 2, 4 or 8), if any.
    #[inline]
    pub const fn index(&self) -> Option<(Reg, u8)> {
        if self.index == NO_INDEX {
            None
        } else {
            Some((Reg::from_index(self.index), 1 << self.scale_log2))
        }
    }

    /// The displacement.
    #[inline]
    pub const fn disp(&self) -> i32 {
        self.disp
    }

    /// Whether this is a `[rip + disp]` operand.
    #[inline]
    pub const fn is_rip(&self) -> bool {
        self.base == RIP
    }
}

/// A byte sink the encoders append to.
pub trait Emit {
    /// Appends one byte.
    fn put(&mut self, b: u8);

    /// Appends several bytes.
    #[inline]
    fn put_slice(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.put(b);
        }
    }
}

impl Emit for Vec<u8> {
    #[inline]
    fn put(&mut self, b: u8) {
        self.push(b);
    }

    #[inline]
    fn put_slice(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

/// A buffer holding one encoded instruction (x86 instructions are at most 15 bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Code {
    /// The bytes; only `..len` are meaningful.
    bytes: [u8; 16],
    /// Number of bytes written.
    len: u8,
}

impl Code {
    /// An empty buffer.
    #[inline]
    pub const fn new() -> Code {
        Code {
            bytes: [0; 16],
            len: 0,
        }
    }

    /// The encoded bytes.
    #[inline]
    pub fn as_slice(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }

    /// The encoded bytes, mutable (e.g. for [`patch_rel32`]).
    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [u8] {
        &mut self.bytes[..self.len as usize]
    }

    /// Number of bytes encoded.
    #[inline]
    pub const fn len(&self) -> usize {
        self.len as usize
    }

    /// Whether nothing has been encoded.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Forgets the contents, to encode the next instruction.
    #[inline]
    pub fn clear(&mut self) {
        self.len = 0;
    }
}

impl Emit for Code {
    /// Appends one byte.
    ///
    /// # Panics
    /// If the buffer already holds 16 bytes (more than one instruction was encoded).
    #[inline]
    fn put(&mut self, b: u8) {
        self.bytes[self.len as usize] = b;
        self.len += 1;
    }
}

/// Writes `rel` into the 4 bytes just before `end`: `end` is the offset in `buf` of the
/// end of a `jmp`/`jcc`/`call` with a rel32 field (which always comes last), and `rel`
/// is the target's offset relative to `end`.
///
/// # Panics
/// If `end < 4` or `end > buf.len()`.
#[inline]
pub fn patch_rel32(buf: &mut [u8], end: usize, rel: i32) {
    buf[end - 4..end].copy_from_slice(&rel.to_le_bytes());
}

/// Writes `rel` into the byte just before `end` (the rel8 field of a short `jmp`/`jcc`
/// that ends at offset `end` in `buf`).
///
/// # Panics
/// If `end == 0` or `end > buf.len()`.
#[inline]
pub fn patch_rel8(buf: &mut [u8], end: usize, rel: i8) {
    buf[end - 1] = rel as u8;
}

/// Reads the rel32 field of a `jmp`/`jcc`/`call` ending at offset `end` in `buf`.
///
/// # Panics
/// If `end < 4` or `end > buf.len()`.
#[inline]
pub fn read_rel32(buf: &[u8], end: usize) -> i32 {
    i32::from_le_bytes([buf[end - 4], buf[end - 3], buf[end - 2], buf[end - 1]])
}

// ---------------------------------------------------------------------------------------
// Core encoding helpers.
// ---------------------------------------------------------------------------------------

/// Integer operand-size attributes: (legacy prefix or 0, REX.W, byte form).
#[inline]
const fn isz(size: Size) -> (u8, bool, bool) {
    match size {
        Size::S8 => (0, false, true),
        Size::S16 => (0x66, false, false),
        Size::S32 => (0, false, false),
        Size::S64 => (0, true, false),
    }
}

/// Attributes for instructions without a byte form (16/32/64 only).
#[inline]
fn isz_no8(size: Size, what: &str) -> (u8, bool) {
    match size {
        Size::S8 => panic!("{} has no 8-bit form", what),
        Size::S16 => (0x66, false),
        Size::S32 => (0, false),
        Size::S64 => (0, true),
    }
}

/// REX.W for instructions that exist only in 32- and 64-bit forms.
#[inline]
fn w_32_64(size: Size, what: &str) -> bool {
    match size {
        Size::S32 => false,
        Size::S64 => true,
        _ => panic!("{} takes a 32- or 64-bit operand", what),
    }
}

/// Whether an 8-bit use of register number `r` needs a REX prefix (`spl`..`dil`).
#[inline]
const fn rex8(r: u8) -> bool {
    r >= 4 && r < 8
}

/// Whether `v` fits in a sign-extended imm8.
#[inline]
const fn fits_i8(v: i32) -> bool {
    v >= -128 && v <= 127
}

/// Emits an optional legacy/mandatory prefix, then a REX prefix if any bit is set or
/// `force` is true.
#[inline]
fn prefix_rex<E: Emit + ?Sized>(e: &mut E, pfx: u8, w: bool, r: u8, x: u8, b: u8, force: bool) {
    if pfx != 0 {
        e.put(pfx);
    }
    let rex = 0x40 | ((w as u8) << 3) | ((r >> 3) << 2) | ((x >> 3) << 1) | (b >> 3);
    if rex != 0x40 || force {
        e.put(rex);
    }
}

/// `[pfx] [REX] opcode ModRM(11, reg, rm)`.
#[inline]
fn op_rr<E: Emit + ?Sized>(e: &mut E, pfx: u8, w: bool, force: bool, opc: &[u8], reg: u8, rm: u8) {
    prefix_rex(e, pfx, w, reg, 0, rm, force);
    e.put_slice(opc);
    e.put(0xC0 | ((reg & 7) << 3) | (rm & 7));
}

/// `[pfx] [REX] opcode ModRM [SIB] [disp]` with a memory operand.
#[inline]
fn op_rm<E: Emit + ?Sized>(e: &mut E, pfx: u8, w: bool, force: bool, opc: &[u8], reg: u8, m: Mem) {
    let x = if m.index == NO_INDEX { 0 } else { m.index };
    let b = if m.base == RIP { 0 } else { m.base };
    prefix_rex(e, pfx, w, reg, x, b, force);
    e.put_slice(opc);
    modrm_mem(e, reg, m);
}

/// ModRM, SIB and displacement for a memory operand.
#[inline]
fn modrm_mem<E: Emit + ?Sized>(e: &mut E, reg: u8, m: Mem) {
    let r = (reg & 7) << 3;
    if m.base == RIP {
        e.put(0x05 | r);
        e.put_slice(&m.disp.to_le_bytes());
        return;
    }
    let base = m.base & 7;
    let md = if m.disp == 0 && base != 5 {
        0x00
    } else if fits_i8(m.disp) {
        0x40
    } else {
        0x80
    };
    if m.index == NO_INDEX && base != 4 {
        e.put(md | r | base);
    } else {
        e.put(md | r | 4);
        let idx = if m.index == NO_INDEX { 4 } else { m.index & 7 };
        e.put((m.scale_log2 << 6) | (idx << 3) | base);
    }
    match md {
        0x40 => e.put(m.disp as u8),
        0x80 => e.put_slice(&m.disp.to_le_bytes()),
        _ => {}
    }
}

/// Emits an immediate of the operand size (imm8, imm16 or imm32; 64-bit operations use a
/// sign-extended imm32).
#[inline]
fn imm_sized<E: Emit + ?Sized>(e: &mut E, size: Size, imm: i32) {
    match size {
        Size::S8 => e.put(imm as u8),
        Size::S16 => e.put_slice(&(imm as u16).to_le_bytes()),
        Size::S32 | Size::S64 => e.put_slice(&imm.to_le_bytes()),
    }
}

/// Reduces an immediate to the operand size, sign-extending it back to `i32` (so that the
/// imm8 test sees the value the CPU will see). Values must be representable in the width,
/// signed or unsigned.
#[inline]
fn narrow(size: Size, imm: i32) -> i32 {
    match size {
        Size::S8 => {
            debug_assert!((-128..=255).contains(&imm), "8-bit immediate out of range");
            imm as i8 as i32
        }
        Size::S16 => {
            debug_assert!(
                (-32768..=65535).contains(&imm),
                "16-bit immediate out of range"
            );
            imm as i16 as i32
        }
        Size::S32 | Size::S64 => imm,
    }
}

/// A group opcode (`/digit`) on a register: `[pfx] [REX] opc ModRM(11, digit, r)`, with the
/// byte form `opc - 1` for 8-bit operands.
#[inline]
fn group_r<E: Emit + ?Sized>(e: &mut E, size: Size, opc: u8, digit: u8, r: Reg) {
    let (p, w, b) = isz(size);
    let r = r as u8;
    op_rr(
        e,
        p,
        w,
        b && rex8(r),
        &[if b { opc - 1 } else { opc }],
        digit,
        r,
    );
}

/// A group opcode (`/digit`) on memory, with the byte form `opc - 1` for 8-bit operands.
#[inline]
fn group_m<E: Emit + ?Sized>(e: &mut E, size: Size, opc: u8, digit: u8, m: Mem) {
    let (p, w, b) = isz(size);
    op_rm(e, p, w, false, &[if b { opc - 1 } else { opc }], digit, m);
}

// ---------------------------------------------------------------------------------------
// Moves.
// ---------------------------------------------------------------------------------------

/// `mov dst, src` (`89 /r`; byte form `88`). A 32-bit move zero-extends into the upper half.
#[inline]
pub fn mov_rr<E: Emit + ?Sized>(e: &mut E, size: Size, dst: Reg, src: Reg) {
    let (p, w, b) = isz(size);
    let (d, s) = (dst as u8, src as u8);
    op_rr(
        e,
        p,
        w,
        b && (rex8(d) || rex8(s)),
        &[if b { 0x88 } else { 0x89 }],
        s,
        d,
    );
}

/// Loads a 64-bit constant into `dst` with the shortest encoding: `mov r32, imm32`
/// (zero-extending) for `0 <= imm < 2^32`, `mov r64, simm32` for other values that fit a
/// sign-extended 32-bit immediate, `movabs r64, imm64` otherwise. Flags are unchanged.
#[inline]
pub fn mov_ri64<E: Emit + ?Sized>(e: &mut E, dst: Reg, imm: i64) {
    let d = dst as u8;
    if (imm as u64) <= u32::MAX as u64 {
        prefix_rex(e, 0, false, 0, 0, d, false);
        e.put(0xB8 | (d & 7));
        e.put_slice(&(imm as u32).to_le_bytes());
    } else if let Ok(v) = i32::try_from(imm) {
        op_rr(e, 0, true, false, &[0xC7], 0, d);
        e.put_slice(&v.to_le_bytes());
    } else {
        prefix_rex(e, 0, true, 0, 0, d, false);
        e.put(0xB8 | (d & 7));
        e.put_slice(&imm.to_le_bytes());
    }
}

/// `mov r32, imm32` (`B8+r`): sets the low 32 bits to `imm` and zeroes the upper 32.
#[inline]
pub fn mov_ri32<E: Emit + ?Sized>(e: &mut E, dst: Reg, imm: i32) {
    let d = dst as u8;
    prefix_rex(e, 0, false, 0, 0, d, false);
    e.put(0xB8 | (d & 7));
    e.put_slice(&imm.to_le_bytes());
}

/// `mov dst, [m]` (`8B /r`; byte form `8A`). An 8- or 16-bit load leaves the rest of the
/// register unchanged; use [`movzx_rm`]/[`movsx_rm`] to widen.
#[inline]
pub fn mov_rm<E: Emit + ?Sized>(e: &mut E, size: Size, dst: Reg, m: Mem) {
    let (p, w, b) = isz(size);
    let d = dst as u8;
    op_rm(e, p, w, b && rex8(d), &[if b { 0x8A } else { 0x8B }], d, m);
}

/// `mov [m], src` (`89 /r`; byte form `88`), storing the low `size` bytes of `src`.
#[inline]
pub fn mov_mr<E: Emit + ?Sized>(e: &mut E, size: Size, m: Mem, src: Reg) {
    let (p, w, b) = isz(size);
    let s = src as u8;
    op_rm(e, p, w, b && rex8(s), &[if b { 0x88 } else { 0x89 }], s, m);
}

/// `mov [m], imm` (`C7 /0`; byte form `C6 /0`). For [`Size::S64`] the imm32 is
/// sign-extended to 64 bits; for 8/16-bit sizes `imm` must fit the width (signed or
/// unsigned) and is truncated.
#[inline]
pub fn mov_mi<E: Emit + ?Sized>(e: &mut E, size: Size, m: Mem, imm: i32) {
    let imm = narrow(size, imm);
    group_m(e, size, 0xC7, 0, m);
    imm_sized(e, size, imm);
}

/// `movzx r32, r8/r16` (`0F B6 /r` / `0F B7 /r`): zero-extends the low byte or word of
/// `src` into all 64 bits of `dst`.
///
/// # Panics
/// If `from` is not [`Size::S8`] or [`Size::S16`].
#[inline]
pub fn movzx_rr<E: Emit + ?Sized>(e: &mut E, from: Size, dst: Reg, src: Reg) {
    let (d, s) = (dst as u8, src as u8);
    match from {
        Size::S8 => op_rr(e, 0, false, rex8(s), &[0x0F, 0xB6], d, s),
        Size::S16 => op_rr(e, 0, false, false, &[0x0F, 0xB7], d, s),
        _ => panic!("movzx extends from 8 or 16 bits"),
    }
}

/// `movzx r32, byte/word [m]` (`0F B6 /r` / `0F B7 /r`): zero-extends into all 64 bits.
///
/// # Panics
/// If `from` is not [`Size::S8`] or [`Size::S16`].
#[inline]
pub fn movzx_rm<E: Emit + ?Sized>(e: &mut E, from: Size, dst: Reg, m: Mem) {
    let opc = match from {
        Size::S8 => 0xB6,
        Size::S16 => 0xB7,
        _ => panic!("movzx extends from 8 or 16 bits"),
    };
    op_rm(e, 0, false, false, &[0x0F, opc], dst as u8, m);
}

/// `movsx r64, r8/r16` (`REX.W 0F BE` / `0F BF`) or `movsxd r64, r32` (`REX.W 63`):
/// sign-extends the low `from` bits of `src` into all 64 bits of `dst` (whose low 32 bits
/// are then also the 32-bit sign extension).
///
/// # Panics
/// If `from` is [`Size::S64`].
#[inline]
pub fn movsx_rr<E: Emit + ?Sized>(e: &mut E, from: Size, dst: Reg, src: Reg) {
    let (d, s) = (dst as u8, src as u8);
    match from {
        Size::S8 => op_rr(e, 0, true, false, &[0x0F, 0xBE], d, s),
        Size::S16 => op_rr(e, 0, true, false, &[0x0F, 0xBF], d, s),
        Size::S32 => op_rr(e, 0, true, false, &[0x63], d, s),
        Size::S64 => panic!("movsx extends from 8, 16 or 32 bits"),
    }
}

/// `movsx r64, byte/word [m]` (`REX.W 0F BE` / `0F BF`) or `movsxd r64, dword [m]`
/// (`REX.W 63`): sign-extends into all 64 bits.
///
/// # Panics
/// If `from` is [`Size::S64`].
#[inline]
pub fn movsx_rm<E: Emit + ?Sized>(e: &mut E, from: Size, dst: Reg, m: Mem) {
    let d = dst as u8;
    match from {
        Size::S8 => op_rm(e, 0, true, false, &[0x0F, 0xBE], d, m),
        Size::S16 => op_rm(e, 0, true, false, &[0x0F, 0xBF], d, m),
        Size::S32 => op_rm(e, 0, true, false, &[0x63], d, m),
        Size::S64 => panic!("movsx extends from 8, 16 or 32 bits"),
    }
}

/// `lea dst, [m]` (`8D /r`), 64-bit or 32-bit (the 32-bit form truncates the address
/// arithmetic to 32 bits and zero-extends). Flags are unchanged.
///
/// # Panics
/// If `size` is not [`Size::S32`] or [`Size::S64`].
#[inline]
pub fn lea<E: Emit + ?Sized>(e: &mut E, size: Size, dst: Reg, m: Mem) {
    let w = w_32_64(size, "lea");
    op_rm(e, 0, w, false, &[0x8D], dst as u8, m);
}

// ---------------------------------------------------------------------------------------
// Integer ALU.
// ---------------------------------------------------------------------------------------

/// The eight classic two-operand ALU operations, numbered by their `/digit` (and the
/// `op << 3` opcode row).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Alu {
    /// `add`.
    Add = 0,
    /// `or`.
    Or = 1,
    /// `adc` (add with carry).
    Adc = 2,
    /// `sbb` (subtract with borrow).
    Sbb = 3,
    /// `and`.
    And = 4,
    /// `sub`.
    Sub = 5,
    /// `xor`.
    Xor = 6,
    /// `cmp` (a `sub` that only sets flags).
    Cmp = 7,
}

impl Alu {
    /// All eight operations in encoding order.
    pub const ALL: [Alu; 8] = [
        Alu::Add,
        Alu::Or,
        Alu::Adc,
        Alu::Sbb,
        Alu::And,
        Alu::Sub,
        Alu::Xor,
        Alu::Cmp,
    ];
}

/// `op dst, src` (`op*8 + 1 /r`, i.e. `01`, `09`, ... `39`; byte form `op*8`).
#[inline]
pub fn alu_rr<E: Emit + ?Sized>(e: &mut E, op: Alu, size: Size, dst: Reg, src: Reg) {
    let (p, w, b) = isz(size);
    let (d, s) = (dst as u8, src as u8);
    let opc = ((op as u8) << 3) | if b { 0 } else { 1 };
    op_rr(e, p, w, b && (rex8(d) || rex8(s)), &[opc], s, d);
}

/// `op dst, [m]` (`op*8 + 3 /r`; byte form `op*8 + 2`).
#[inline]
pub fn alu_rm<E: Emit + ?Sized>(e: &mut E, op: Alu, size: Size, dst: Reg, m: Mem) {
    let (p, w, b) = isz(size);
    let d = dst as u8;
    let opc = ((op as u8) << 3) | if b { 2 } else { 3 };
    op_rm(e, p, w, b && rex8(d), &[opc], d, m);
}

/// `op [m], src` (`op*8 + 1 /r`; byte form `op*8`).
#[inline]
pub fn alu_mr<E: Emit + ?Sized>(e: &mut E, op: Alu, size: Size, m: Mem, src: Reg) {
    let (p, w, b) = isz(size);
    let s = src as u8;
    let opc = ((op as u8) << 3) | if b { 0 } else { 1 };
    op_rm(e, p, w, b && rex8(s), &[opc], s, m);
}

/// `op dst, imm`: `83 /op ib` when the immediate fits a sign-extended byte, else the
/// accumulator short form (`op*8 + 5`) for `rax`/`eax`/`ax`, else `81 /op imm`. Byte
/// operations use `op*8 + 4 ib` for `al` and `80 /op ib` otherwise. For [`Size::S64`]
/// the immediate is sign-extended; for 8/16-bit sizes it must fit the width (signed or
/// unsigned) and is truncated.
#[inline]
pub fn alu_ri<E: Emit + ?Sized>(e: &mut E, op: Alu, size: Size, dst: Reg, imm: i32) {
    let (p, w, b) = isz(size);
    let d = dst as u8;
    let o = op as u8;
    let imm = narrow(size, imm);
    if b {
        if d == 0 {
            e.put((o << 3) | 4);
        } else {
            op_rr(e, p, w, rex8(d), &[0x80], o, d);
        }
        e.put(imm as u8);
    } else if fits_i8(imm) {
        op_rr(e, p, w, false, &[0x83], o, d);
        e.put(imm as u8);
    } else {
        if d == 0 {
            prefix_rex(e, p, w, 0, 0, 0, false);
            e.put((o << 3) | 5);
        } else {
            op_rr(e, p, w, false, &[0x81], o, d);
        }
        imm_sized(e, size, imm);
    }
}

/// `op [m], imm`: `83 /op ib` when the immediate fits a sign-extended byte, else
/// `81 /op imm`; byte operations use `80 /op ib`. Immediates as in [`alu_ri`].
#[inline]
pub fn alu_mi<E: Emit + ?Sized>(e: &mut E, op: Alu, size: Size, m: Mem, imm: i32) {
    let (p, w, b) = isz(size);
    let o = op as u8;
    let imm = narrow(size, imm);
    if b {
        op_rm(e, p, w, false, &[0x80], o, m);
        e.put(imm as u8);
    } else if fits_i8(imm) {
        op_rm(e, p, w, false, &[0x83], o, m);
        e.put(imm as u8);
    } else {
        op_rm(e, p, w, false, &[0x81], o, m);
        imm_sized(e, size, imm);
    }
}

/// `test a, b` (`85 /r`; byte form `84`): sets flags from `a & b`.
#[inline]
pub fn test_rr<E: Emit + ?Sized>(e: &mut E, size: Size, a: Reg, b: Reg) {
    let (p, w, byte) = isz(size);
    let (a, b) = (a as u8, b as u8);
    op_rr(
        e,
        p,
        w,
        byte && (rex8(a) || rex8(b)),
        &[if byte { 0x84 } else { 0x85 }],
        b,
        a,
    );
}

/// `test r, imm` (`F7 /0 imm`, or the short `A9 imm` for the accumulator; byte forms
/// `F6 /0 ib` / `A8 ib`). The 64-bit form sign-extends the imm32. No narrower encoding is
/// substituted (it would change SF).
#[inline]
pub fn test_ri<E: Emit + ?Sized>(e: &mut E, size: Size, r: Reg, imm: i32) {
    let (p, w, b) = isz(size);
    let d = r as u8;
    let imm = narrow(size, imm);
    if d == 0 {
        prefix_rex(e, p, w, 0, 0, 0, false);
        e.put(if b { 0xA8 } else { 0xA9 });
    } else {
        op_rr(e, p, w, b && rex8(d), &[if b { 0xF6 } else { 0xF7 }], 0, d);
    }
    imm_sized(e, size, imm);
}

/// `test [m], imm` (`F7 /0 imm`; byte form `F6 /0 ib`).
#[inline]
pub fn test_mi<E: Emit + ?Sized>(e: &mut E, size: Size, m: Mem, imm: i32) {
    let imm = narrow(size, imm);
    group_m(e, size, 0xF7, 0, m);
    imm_sized(e, size, imm);
}

/// `imul dst, src` (`0F AF /r`): `dst = dst * src` (truncated; OF/CF on signed overflow).
///
/// # Panics
/// If `size` is [`Size::S8`].
#[inline]
pub fn imul_rr<E: Emit + ?Sized>(e: &mut E, size: Size, dst: Reg, src: Reg) {
    let (p, w) = isz_no8(size, "imul");
    op_rr(e, p, w, false, &[0x0F, 0xAF], dst as u8, src as u8);
}

/// `imul dst, [m]` (`0F AF /r`).
///
/// # Panics
/// If `size` is [`Size::S8`].
#[inline]
pub fn imul_rm<E: Emit + ?Sized>(e: &mut E, size: Size, dst: Reg, m: Mem) {
    let (p, w) = isz_no8(size, "imul");
    op_rm(e, p, w, false, &[0x0F, 0xAF], dst as u8, m);
}

/// `imul dst, src, imm` (`6B /r ib` when the immediate fits a sign-extended byte, else
/// `69 /r imm`): `dst = src * imm`.
///
/// # Panics
/// If `size` is [`Size::S8`].
#[inline]
pub fn imul_rri<E: Emit + ?Sized>(e: &mut E, size: Size, dst: Reg, src: Reg, imm: i32) {
    let (p, w) = isz_no8(size, "imul");
    let imm = narrow(size, imm);
    if fits_i8(imm) {
        op_rr(e, p, w, false, &[0x6B], dst as u8, src as u8);
        e.put(imm as u8);
    } else {
        op_rr(e, p, w, false, &[0x69], dst as u8, src as u8);
        imm_sized(e, size, imm);
    }
}

/// `neg r` (`F7 /3`; byte form `F6 /3`): two's-complement negation.
#[inline]
pub fn neg<E: Emit + ?Sized>(e: &mut E, size: Size, r: Reg) {
    group_r(e, size, 0xF7, 3, r);
}

/// `not r` (`F7 /2`; byte form `F6 /2`): bitwise complement (flags unchanged).
#[inline]
pub fn not<E: Emit + ?Sized>(e: &mut E, size: Size, r: Reg) {
    group_r(e, size, 0xF7, 2, r);
}

/// `div r` (`F7 /6`): unsigned divide of `rdx:rax` (`edx:eax`, ...) by `r`; quotient in
/// `rax`, remainder in `rdx`. The byte form `F6 /6` divides `ax`, leaving `al`/`ah`.
#[inline]
pub fn div<E: Emit + ?Sized>(e: &mut E, size: Size, r: Reg) {
    group_r(e, size, 0xF7, 6, r);
}

/// `idiv r` (`F7 /7`): signed divide of `rdx:rax` (`edx:eax`, ...) by `r`; quotient in
/// `rax`, remainder in `rdx`. Sign-extend the dividend first with [`cdq`]/[`cqo`].
#[inline]
pub fn idiv<E: Emit + ?Sized>(e: &mut E, size: Size, r: Reg) {
    group_r(e, size, 0xF7, 7, r);
}

/// `cdq` (`99`): sign-extends `eax` into `edx:eax`.
#[inline]
pub fn cdq<E: Emit + ?Sized>(e: &mut E) {
    e.put(0x99);
}

/// `cqo` (`48 99`): sign-extends `rax` into `rdx:rax`.
#[inline]
pub fn cqo<E: Emit + ?Sized>(e: &mut E) {
    e.put_slice(&[0x48, 0x99]);
}

/// Shift and rotate operations, numbered by their `/digit`.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shift {
    /// `rol` (rotate left).
    Rol = 0,
    /// `ror` (rotate right).
    Ror = 1,
    /// `shl` (shift left).
    Shl = 4,
    /// `shr` (logical shift right).
    Shr = 5,
    /// `sar` (arithmetic shift right).
    Sar = 7,
}

impl Shift {
    /// All five operations.
    pub const ALL: [Shift; 5] = [Shift::Rol, Shift::Ror, Shift::Shl, Shift::Shr, Shift::Sar];
}

/// `op r, cl` (`D3 /op`; byte form `D2 /op`). The CPU masks the count to 5 bits (6 for
/// 64-bit operands).
#[inline]
pub fn shift_rcl<E: Emit + ?Sized>(e: &mut E, op: Shift, size: Size, r: Reg) {
    group_r(e, size, 0xD3, op as u8, r);
}

/// `op r, imm8` (`C1 /op ib`, or the shorter `D1 /op` when `imm == 1`; byte forms `C0`,
/// `D0`). The CPU masks the count to 5 bits (6 for 64-bit operands).
#[inline]
pub fn shift_ri<E: Emit + ?Sized>(e: &mut E, op: Shift, size: Size, r: Reg, imm: u8) {
    if imm == 1 {
        group_r(e, size, 0xD1, op as u8, r);
    } else {
        group_r(e, size, 0xC1, op as u8, r);
        e.put(imm);
    }
}

/// `setcc r8` (`0F 90+cc /0`): sets the low byte of `r` to 0 or 1 (the rest is unchanged;
/// zero the register first or follow with [`movzx_rr`]).
#[inline]
pub fn setcc<E: Emit + ?Sized>(e: &mut E, cc: Cond, r: Reg) {
    let d = r as u8;
    op_rr(e, 0, false, rex8(d), &[0x0F, 0x90 | cc as u8], 0, d);
}

/// `cmovcc dst, src` (`0F 40+cc /r`). The 32-bit form zero-extends `dst` even when the
/// condition is false.
///
/// # Panics
/// If `size` is [`Size::S8`].
#[inline]
pub fn cmov_rr<E: Emit + ?Sized>(e: &mut E, cc: Cond, size: Size, dst: Reg, src: Reg) {
    let (p, w) = isz_no8(size, "cmov");
    op_rr(
        e,
        p,
        w,
        false,
        &[0x0F, 0x40 | cc as u8],
        dst as u8,
        src as u8,
    );
}

/// `cmovcc dst, [m]` (`0F 40+cc /r`). The load happens (and may fault) whatever the
/// condition.
///
/// # Panics
/// If `size` is [`Size::S8`].
#[inline]
pub fn cmov_rm<E: Emit + ?Sized>(e: &mut E, cc: Cond, size: Size, dst: Reg, m: Mem) {
    let (p, w) = isz_no8(size, "cmov");
    op_rm(e, p, w, false, &[0x0F, 0x40 | cc as u8], dst as u8, m);
}

// ---------------------------------------------------------------------------------------
// Control flow and miscellaneous.
// ---------------------------------------------------------------------------------------

/// `jcc rel32` (`0F 80+cc cd`, 6 bytes); `rel` is relative to the end of the instruction.
#[inline]
pub fn jcc_rel32<E: Emit + ?Sized>(e: &mut E, cc: Cond, rel: i32) {
    e.put_slice(&[0x0F, 0x80 | cc as u8]);
    e.put_slice(&rel.to_le_bytes());
}

/// `jcc rel8` (`70+cc cb`, 2 bytes); `rel` is relative to the end of the instruction.
#[inline]
pub fn jcc_rel8<E: Emit + ?Sized>(e: &mut E, cc: Cond, rel: i8) {
    e.put_slice(&[0x70 | cc as u8, rel as u8]);
}

/// `jmp rel32` (`E9 cd`, 5 bytes); `rel` is relative to the end of the instruction.
#[inline]
pub fn jmp_rel32<E: Emit + ?Sized>(e: &mut E, rel: i32) {
    e.put(0xE9);
    e.put_slice(&rel.to_le_bytes());
}

/// `jmp rel8` (`EB cb`, 2 bytes); `rel` is relative to the end of the instruction.
#[inline]
pub fn jmp_rel8<E: Emit + ?Sized>(e: &mut E, rel: i8) {
    e.put_slice(&[0xEB, rel as u8]);
}

/// `jmp r64` (`FF /4`).
#[inline]
pub fn jmp_r<E: Emit + ?Sized>(e: &mut E, r: Reg) {
    op_rr(e, 0, false, false, &[0xFF], 4, r as u8);
}

/// `jmp qword [m]` (`FF /4`).
#[inline]
pub fn jmp_m<E: Emit + ?Sized>(e: &mut E, m: Mem) {
    op_rm(e, 0, false, false, &[0xFF], 4, m);
}

/// `call rel32` (`E8 cd`, 5 bytes); `rel` is relative to the end of the instruction.
#[inline]
pub fn call_rel32<E: Emit + ?Sized>(e: &mut E, rel: i32) {
    e.put(0xE8);
    e.put_slice(&rel.to_le_bytes());
}

/// `call r64` (`FF /2`).
#[inline]
pub fn call_r<E: Emit + ?Sized>(e: &mut E, r: Reg) {
    op_rr(e, 0, false, false, &[0xFF], 2, r as u8);
}

/// `call qword [m]` (`FF /2`).
#[inline]
pub fn call_m<E: Emit + ?Sized>(e: &mut E, m: Mem) {
    op_rm(e, 0, false, false, &[0xFF], 2, m);
}

/// `ret` (`C3`).
#[inline]
pub fn ret<E: Emit + ?Sized>(e: &mut E) {
    e.put(0xC3);
}

/// `push r64` (`50+r`).
#[inline]
pub fn push_r<E: Emit + ?Sized>(e: &mut E, r: Reg) {
    let r = r as u8;
    prefix_rex(e, 0, false, 0, 0, r, false);
    e.put(0x50 | (r & 7));
}

/// `pop r64` (`58+r`).
#[inline]
pub fn pop_r<E: Emit + ?Sized>(e: &mut E, r: Reg) {
    let r = r as u8;
    prefix_rex(e, 0, false, 0, 0, r, false);
    e.put(0x58 | (r & 7));
}

/// `int3` (`CC`).
#[inline]
pub fn int3<E: Emit + ?Sized>(e: &mut E) {
    e.put(0xCC);
}

/// `ud2` (`0F 0B`).
#[inline]
pub fn ud2<E: Emit + ?Sized>(e: &mut E) {
    e.put_slice(&[0x0F, 0x0B]);
}

/// A single no-op instruction of `len` bytes (the sequences recommended by the Intel
/// manual: `90`, `66 90`, `0F 1F /0` with growing ModRM/SIB/displacement).
///
/// # Panics
/// If `len` is not in `1..=9`.
#[inline]
pub fn nop<E: Emit + ?Sized>(e: &mut E, len: usize) {
    let bytes: &[u8] = match len {
        1 => &[0x90],
        2 => &[0x66, 0x90],
        3 => &[0x0F, 0x1F, 0x00],
        4 => &[0x0F, 0x1F, 0x40, 0x00],
        5 => &[0x0F, 0x1F, 0x44, 0x00, 0x00],
        6 => &[0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00],
        7 => &[0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00],
        8 => &[0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
        9 => &[0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
        _ => panic!("nop length must be 1..=9"),
    };
    e.put_slice(bytes);
}

// ---------------------------------------------------------------------------------------
// SSE2 / SSE4.1 scalar double.
// ---------------------------------------------------------------------------------------

/// `movsd dst, src` (`F2 0F 10 /r`): copies the low double, keeping the upper lane of
/// `dst` (a dependency on its old value; [`movaps_xx`] avoids it).
#[inline]
pub fn movsd_xx<E: Emit + ?Sized>(e: &mut E, dst: Xmm, src: Xmm) {
    op_rr(e, 0xF2, false, false, &[0x0F, 0x10], dst as u8, src as u8);
}

/// `movaps dst, src` (`0F 28 /r`): copies the whole register; the usual register-to-register
/// move for doubles (one byte shorter than `movsd` and without a false dependency).
#[inline]
pub fn movaps_xx<E: Emit + ?Sized>(e: &mut E, dst: Xmm, src: Xmm) {
    op_rr(e, 0, false, false, &[0x0F, 0x28], dst as u8, src as u8);
}

/// `movsd dst, qword [m]` (`F2 0F 10 /r`): loads a double and zeroes the upper lane.
#[inline]
pub fn movsd_xm<E: Emit + ?Sized>(e: &mut E, dst: Xmm, m: Mem) {
    op_rm(e, 0xF2, false, false, &[0x0F, 0x10], dst as u8, m);
}

/// `movsd qword [m], src` (`F2 0F 11 /r`): stores the low double.
#[inline]
pub fn movsd_mx<E: Emit + ?Sized>(e: &mut E, m: Mem, src: Xmm) {
    op_rm(e, 0xF2, false, false, &[0x0F, 0x11], src as u8, m);
}

/// `movq xmm, r64` (`66 REX.W 0F 6E /r`): moves the bits of `src` into the low lane,
/// zeroing the upper lane.
#[inline]
pub fn movq_xr<E: Emit + ?Sized>(e: &mut E, dst: Xmm, src: Reg) {
    op_rr(e, 0x66, true, false, &[0x0F, 0x6E], dst as u8, src as u8);
}

/// `movq r64, xmm` (`66 REX.W 0F 7E /r`): moves the bits of the low lane into `dst`.
#[inline]
pub fn movq_rx<E: Emit + ?Sized>(e: &mut E, dst: Reg, src: Xmm) {
    op_rr(e, 0x66, true, false, &[0x0F, 0x7E], src as u8, dst as u8);
}

/// Scalar-double arithmetic (`F2 0F op`), numbered by the opcode byte.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sd {
    /// `sqrtsd` (`dst = sqrt(src)`).
    Sqrt = 0x51,
    /// `addsd`.
    Add = 0x58,
    /// `mulsd`.
    Mul = 0x59,
    /// `subsd`.
    Sub = 0x5C,
    /// `minsd` (returns the *second* operand if either is NaN or both are zero).
    Min = 0x5D,
    /// `divsd`.
    Div = 0x5E,
    /// `maxsd` (returns the *second* operand if either is NaN or both are zero).
    Max = 0x5F,
}

impl Sd {
    /// All seven operations.
    pub const ALL: [Sd; 7] = [
        Sd::Sqrt,
        Sd::Add,
        Sd::Mul,
        Sd::Sub,
        Sd::Min,
        Sd::Div,
        Sd::Max,
    ];
}

/// `op dst, src` on scalar doubles (`F2 0F op /r`), e.g. `addsd xmm0, xmm1`.
#[inline]
pub fn sd_xx<E: Emit + ?Sized>(e: &mut E, op: Sd, dst: Xmm, src: Xmm) {
    op_rr(
        e,
        0xF2,
        false,
        false,
        &[0x0F, op as u8],
        dst as u8,
        src as u8,
    );
}

/// `op dst, qword [m]` on scalar doubles (`F2 0F op /r`).
#[inline]
pub fn sd_xm<E: Emit + ?Sized>(e: &mut E, op: Sd, dst: Xmm, m: Mem) {
    op_rm(e, 0xF2, false, false, &[0x0F, op as u8], dst as u8, m);
}

/// Packed-double bitwise operations (`66 0F op`), numbered by the opcode byte; used with
/// sign-bit masks for `abs`/`neg` and with `xorpd x, x` to zero a register.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pd {
    /// `andpd`.
    And = 0x54,
    /// `andnpd` (`dst = !dst & src`).
    Andn = 0x55,
    /// `orpd`.
    Or = 0x56,
    /// `xorpd`.
    Xor = 0x57,
}

impl Pd {
    /// All four operations.
    pub const ALL: [Pd; 4] = [Pd::And, Pd::Andn, Pd::Or, Pd::Xor];
}

/// `op dst, src` on packed doubles (`66 0F op /r`), e.g. `xorpd xmm0, xmm0`.
#[inline]
pub fn pd_xx<E: Emit + ?Sized>(e: &mut E, op: Pd, dst: Xmm, src: Xmm) {
    op_rr(
        e,
        0x66,
        false,
        false,
        &[0x0F, op as u8],
        dst as u8,
        src as u8,
    );
}

/// `op dst, xmmword [m]` on packed doubles (`66 0F op /r`). The operand is 16 bytes and
/// must be 16-byte aligned.
#[inline]
pub fn pd_xm<E: Emit + ?Sized>(e: &mut E, op: Pd, dst: Xmm, m: Mem) {
    op_rm(e, 0x66, false, false, &[0x0F, op as u8], dst as u8, m);
}

/// `ucomisd a, b` (`66 0F 2E /r`): unordered compare setting ZF/PF/CF (PF=1 if either is
/// NaN); test with the unsigned conditions ([`Cond::A`], [`Cond::B`], ...).
#[inline]
pub fn ucomisd_xx<E: Emit + ?Sized>(e: &mut E, a: Xmm, b: Xmm) {
    op_rr(e, 0x66, false, false, &[0x0F, 0x2E], a as u8, b as u8);
}

/// `ucomisd a, qword [m]` (`66 0F 2E /r`).
#[inline]
pub fn ucomisd_xm<E: Emit + ?Sized>(e: &mut E, a: Xmm, m: Mem) {
    op_rm(e, 0x66, false, false, &[0x0F, 0x2E], a as u8, m);
}

/// `cvtsi2sd dst, r32/r64` (`F2 [REX.W] 0F 2A /r`): converts a signed integer. It keeps the
/// upper lane of `dst` (a false dependency the caller may break with `xorpd`).
///
/// # Panics
/// If `size` is not [`Size::S32`] or [`Size::S64`].
#[inline]
pub fn cvtsi2sd_xr<E: Emit + ?Sized>(e: &mut E, size: Size, dst: Xmm, src: Reg) {
    let w = w_32_64(size, "cvtsi2sd");
    op_rr(e, 0xF2, w, false, &[0x0F, 0x2A], dst as u8, src as u8);
}

/// `cvttsd2si r32/r64, src` (`F2 [REX.W] 0F 2C /r`): converts with truncation; NaN and
/// out-of-range values give the "integer indefinite" `0x80000000` (`0x8000000000000000`).
///
/// # Panics
/// If `size` is not [`Size::S32`] or [`Size::S64`].
#[inline]
pub fn cvttsd2si_rx<E: Emit + ?Sized>(e: &mut E, size: Size, dst: Reg, src: Xmm) {
    let w = w_32_64(size, "cvttsd2si");
    op_rr(e, 0xF2, w, false, &[0x0F, 0x2C], dst as u8, src as u8);
}

/// Rounding-mode immediates for [`roundsd`] (all with the precision exception suppressed).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Round {
    /// Round to nearest, ties to even (`0x08`).
    Nearest = 0x08,
    /// Round toward negative infinity (`0x09`).
    Floor = 0x09,
    /// Round toward positive infinity (`0x0A`).
    Ceil = 0x0A,
    /// Round toward zero (`0x0B`).
    Trunc = 0x0B,
}

/// `roundsd dst, src, mode` (SSE4.1, `66 0F 3A 0B /r ib`). Keeps the upper lane of `dst`.
#[inline]
pub fn roundsd<E: Emit + ?Sized>(e: &mut E, dst: Xmm, src: Xmm, mode: Round) {
    op_rr(
        e,
        0x66,
        false,
        false,
        &[0x0F, 0x3A, 0x0B],
        dst as u8,
        src as u8,
    );
    e.put(mode as u8);
}
