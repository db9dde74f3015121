//! ARMv7 Thumb-2 (T32) instruction encodings, for ARMv7-M (Cortex-M3/M4/M7) and ARMv7-A
//! (Cortex-A7/A15 and later) in Thumb state.
//!
//! Every encoder returns **one** instruction as an [`Ins`]: a 16-bit ("narrow") or a 32-bit
//! ("wide") encoding, written to memory as halfwords in order, each little-endian
//! ([`Ins::bytes`]). The one exception is [`mov_imm`], which returns the (one or two)
//! instructions that materialize a constant, in execution order. There is no emission sink.
//!
//! Conventions:
//! - Registers are plain numbers: [`R`] for `r0`..`r15` (`sp` = 13, `lr` = 14, `pc` = 15),
//!   [`D`] for VFP double registers `d0`..`d31` and [`S`] for single registers `s0`..`s31`
//!   (`s2n`/`s2n+1` are the halves of `dn`). `d16`..`d31` exist only with VFPv3-D32 / NEON
//!   (Cortex-A); ARMv7-M FPUs (FPv4-SP, FPv5-D16) and VFPv3-D16 have `d0`..`d15` only, and
//!   FPv4-SP (Cortex-M4) has no double-precision arithmetic at all.
//! - **Flags.** Functions whose name ends in `s` (`adds`, `subs`, `ands`, `lsls`, ...) set the
//!   condition flags; all others never do (`cmp`/`cmn`/`tst`/`teq` only set flags). Each
//!   function picks the *shortest* encoding with exactly those semantics **outside an IT
//!   block**: there the 16-bit data-processing encodings (`adds r0, r1, r2`, `movs r0, #1`,
//!   `ands r0, r1`, `lsls r0, r1, #2`, ...) set the flags, so they only serve the `s`
//!   functions; the non-flag functions use the 16-bit forms that never touch the flags (`add
//!   rd, rm` with any registers, `mov rd, rm`, `add/sub sp, #imm`, `add rd, sp, #imm`, loads,
//!   stores, `push`/`pop`, branches, extends) or a 32-bit form.
//! - **IT blocks.** Inside an IT block ([`it`]) the 16-bit data-processing encodings that
//!   set the flags outside one (`adds`, `subs`, `movs`, `ands`, `lsls`, `muls`, `negs`, ...)
//!   do *not* set them, so the choice above would be wrong there. This module does not track
//!   IT blocks. Inside one, use only the non-flag functions (`mov_reg`, `add_reg`, the
//!   constant moves, loads and stores, ...: their encodings mean the same in and out of an
//!   IT block, made conditional), and `cmp`/`cmn`/`tst`/`teq` (which set the flags either
//!   way); not the `s` functions. A branch ([`b`], [`b_narrow`], [`bl`], [`bx`],
//!   [`blx_reg`]) may only be the last instruction of a block; [`b_cond`],
//!   [`b_cond_narrow`], [`cbz`], [`cbnz`] and [`it`] are not allowed inside one.
//! - **Registers.** `pc` (15) is rejected by every data-processing function and as a base
//!   register (use [`ldr_lit`], [`vldr_f64`] with `pc` and [`adr`] for pc-relative
//!   addressing); it may only be loaded ([`ldr_imm`], [`ldr_lit`], [`pop`], [`ldm`]: a
//!   branch). `sp` (13) is accepted only where the architecture allows it, as documented per
//!   function: as the base of any load or store, as the transfer register of word
//!   loads/stores, as the first operand (and, in the non-flag `add`/`sub` forms, the
//!   destination) of the arithmetic instructions, in [`mov_reg`], [`cmp_reg`], [`cmn_reg`],
//!   [`cmp_imm`], [`cmn_imm`], [`bx`] and [`blx_reg`]. Everything else panics on `sp` and
//!   `pc` (the ARM ARM's `BadReg`). Most 16-bit encodings only name `r0`..`r7`: with a high
//!   register the functions fall back to a 32-bit form, except [`muls`] and [`cbz`]/[`cbnz`],
//!   which have none and panic.
//! - **Branch offsets** are in **bytes**, relative to the address of the branch + 4 (the
//!   value of `pc` a Thumb instruction reads), and must be even. A branch to itself has
//!   offset -4. [`patch_branch`] rewrites the offset of an encoded branch in place.
//!   pc-relative loads and [`adr`] use `Align(pc, 4)`, i.e. `(address + 4) & !3`.
//! - Memory offsets are in bytes.
//! - Immediates that a code generator reasonably tries and falls back from (modified
//!   immediate constants, load/store offsets, VFP constants) return `Option`; every other
//!   unsupported operand (a register where the architecture forbids it, an out-of-range shift
//!   or branch offset) panics: it is a code-generator bug.
//! - Register-controlled shifts ([`lsl_reg`] etc.) use the low **byte** of the shift
//!   register: amounts of 32..=255 give 0 (`lsl`, `lsr`) or the sign fill (`asr`); JavaScript's
//!   `<<`/`>>`/`>>>` need the amount masked with `& 31` first.
//! - [`sdiv`]/[`udiv`] exist on every ARMv7-M core and on ARMv7-A cores with the
//!   virtualization/division extension (Cortex-A7, A15, A17); Cortex-A8 and A9 lack them.
//!
//! Field names in comments follow the Arm Architecture Reference Manual (ARM ARM), ARMv7-A/R
//! and ARMv7-M editions.

use arrayvec::ArrayVec;

// ---------------------------------------------------------------------------------------
// Operands.
// ---------------------------------------------------------------------------------------

/// A general register `r0`..`r15`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct R(pub u8);

impl R {
    /// The stack pointer `r13`.
    pub const SP: R = R(13);
    /// The link register `r14`.
    pub const LR: R = R(14);
    /// The program counter `r15`.
    pub const PC: R = R(15);

    /// The register number (0..=15).
    #[inline]
    pub const fn index(self) -> u8 {
        self.0
    }

    /// Whether it is one of `r0`..`r7`, the registers most 16-bit encodings can name.
    #[inline]
    pub const fn is_low(self) -> bool {
        self.0 < 8
    }
}

/// A VFP double-precision register `d0`..`d31` (`d16`..`d31` need VFPv3-D32).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct D(pub u8);

impl D {
    /// The register number (0..=31).
    #[inline]
    pub const fn index(self) -> u8 {
        self.0
    }
}

/// A VFP single-precision register `s0`..`s31` (`s2n` is the low half of `dn`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct S(pub u8);

impl S {
    /// The register number (0..=31).
    #[inline]
    pub const fn index(self) -> u8 {
        self.0
    }
}

/// Condition codes, numbered by their hardware encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Cond {
    /// Equal (Z=1).
    Eq = 0,
    /// Not equal (Z=0).
    Ne,
    /// Unsigned higher or same, `>=` (C=1); also "carry set".
    Hs,
    /// Unsigned lower, `<` (C=0); also "carry clear".
    Lo,
    /// Minus, negative (N=1).
    Mi,
    /// Plus, positive or zero (N=0).
    Pl,
    /// Overflow (V=1); after `vcmp` + `vmrs`: unordered (a NaN operand).
    Vs,
    /// No overflow (V=0); after `vcmp` + `vmrs`: ordered.
    Vc,
    /// Unsigned higher, `>` (C=1 and Z=0).
    Hi,
    /// Unsigned lower or same, `<=` (C=0 or Z=1).
    Ls,
    /// Signed `>=` (N=V).
    Ge,
    /// Signed `<` (N!=V); after `vcmp` + `vmrs`: less than or unordered.
    Lt,
    /// Signed `>` (Z=0 and N=V).
    Gt,
    /// Signed `<=` (Z=1 or N!=V); after `vcmp` + `vmrs`: less, equal or unordered.
    Le,
    /// Always.
    Al,
}

impl Cond {
    /// All fifteen conditions in encoding order.
    pub const ALL: [Cond; 15] = [
        Cond::Eq,
        Cond::Ne,
        Cond::Hs,
        Cond::Lo,
        Cond::Mi,
        Cond::Pl,
        Cond::Vs,
        Cond::Vc,
        Cond::Hi,
        Cond::Ls,
        Cond::Ge,
        Cond::Lt,
        Cond::Gt,
        Cond::Le,
        Cond::Al,
    ];

    /// The negated condition: flipping bit 0 of the encoding.
    ///
    /// # Panics
    /// For [`Cond::Al`] (its flip, `0b1111`, does not mean "never").
    #[inline]
    pub const fn invert(self) -> Cond {
        assert!(!matches!(self, Cond::Al), "Cond::Al has no inverse");
        Cond::ALL[(self as u8 ^ 1) as usize]
    }
}

/// Shift applied to the last register of the data-processing (register) forms.
///
/// With an amount of 0 every kind means "no shift" (encoded as `lsl #0`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    /// Logical shift left by 0..=31.
    Lsl = 0,
    /// Logical shift right by 1..=32.
    Lsr,
    /// Arithmetic shift right by 1..=32.
    Asr,
    /// Rotate right by 1..=31.
    Ror,
}

/// One encoded instruction: a 16-bit or a 32-bit encoding.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ins {
    hw: [u16; 2],
    wide: bool,
}

impl core::fmt::Debug for Ins {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.wide {
            write!(f, "Ins({:04x} {:04x})", self.hw[0], self.hw[1])
        } else {
            write!(f, "Ins({:04x})", self.hw[0])
        }
    }
}

/// Whether `hw` is the first halfword of a 32-bit encoding (its top five bits are
/// `0b11101`, `0b11110` or `0b11111`).
#[inline]
pub const fn is_wide_prefix(hw: u16) -> bool {
    hw >> 11 >= 0b11101
}

impl Ins {
    /// A 16-bit instruction.
    ///
    /// # Panics
    /// If `hw` is the first halfword of a 32-bit encoding.
    #[inline]
    pub const fn narrow(hw: u16) -> Ins {
        assert!(!is_wide_prefix(hw), "narrow: halfword is a 32-bit prefix");
        Ins {
            hw: [hw, 0],
            wide: false,
        }
    }

    /// A 32-bit instruction from its two halfwords, in memory (and execution) order.
    ///
    /// # Panics
    /// If `hw1` is not the first halfword of a 32-bit encoding.
    #[inline]
    pub const fn wide(hw1: u16, hw2: u16) -> Ins {
        assert!(
            is_wide_prefix(hw1),
            "wide: first halfword is not a 32-bit prefix"
        );
        Ins {
            hw: [hw1, hw2],
            wide: true,
        }
    }

    /// A 32-bit instruction from the word `hw1 << 16 | hw2` (the ARM ARM's notation).
    #[inline]
    const fn word(w: u32) -> Ins {
        Ins::wide((w >> 16) as u16, w as u16)
    }

    /// The instruction at the start of `bytes` (memory order), if there are enough bytes.
    pub fn from_bytes(bytes: &[u8]) -> Option<Ins> {
        let hw1 = u16::from_le_bytes([*bytes.first()?, *bytes.get(1)?]);
        if is_wide_prefix(hw1) {
            let hw2 = u16::from_le_bytes([*bytes.get(2)?, *bytes.get(3)?]);
            Some(Ins::wide(hw1, hw2))
        } else {
            Some(Ins::narrow(hw1))
        }
    }

    /// Its length in bytes: 2 or 4.
    #[inline]
    #[allow(clippy::len_without_is_empty)]
    pub const fn len(&self) -> usize {
        if self.wide { 4 } else { 2 }
    }

    /// Whether it is a 32-bit encoding.
    #[inline]
    pub const fn is_wide(&self) -> bool {
        self.wide
    }

    /// Its halfwords in memory order (one or two).
    pub fn halfwords(&self) -> ArrayVec<u16, 2> {
        let mut out = ArrayVec::new();
        out.push(self.hw[0]);
        if self.wide {
            out.push(self.hw[1]);
        }
        out
    }

    /// Its bytes in memory order: each halfword little-endian, the first halfword first.
    pub fn bytes(&self) -> ArrayVec<u8, 4> {
        let mut out = ArrayVec::new();
        for hw in self.halfwords() {
            out.extend(hw.to_le_bytes());
        }
        out
    }
}

// ---------------------------------------------------------------------------------------
// Field packing and register checks.
// ---------------------------------------------------------------------------------------

/// A register field value (0..=15).
#[inline]
fn reg(r: R) -> u16 {
    assert!(r.0 < 16, "general register number {} out of range", r.0);
    r.0 as u16
}

/// A register that may be anything but `pc`.
#[inline]
fn npc(r: R, what: &str) -> u16 {
    assert!(reg(r) != 15, "{what}: pc is not allowed here");
    r.0 as u16
}

/// A register that may be neither `sp` nor `pc` (ARM's `BadReg`).
#[inline]
fn gp(r: R, what: &str) -> u16 {
    assert!(
        reg(r) != 13 && r.0 != 15,
        "{what}: {} is not allowed here (sp and pc are not)",
        if r.0 == 13 { "sp" } else { "pc" }
    );
    r.0 as u16
}

/// A low register (r0..=r7).
#[inline]
fn low(r: R) -> bool {
    r.0 < 8
}

/// All low.
#[inline]
fn lows(rs: &[R]) -> bool {
    rs.iter().all(|&r| low(r))
}

/// A double register's `D:Vd` split as used in a 32-bit word: `(Vd, D)`.
#[inline]
fn dreg(d: D) -> (u32, u32) {
    assert!(d.0 < 32, "double register number {} out of range", d.0);
    (d.0 as u32 & 0xf, d.0 as u32 >> 4)
}

/// A single register's `Vd:D` split: `(Vd, D)`.
#[inline]
fn sreg(s: S) -> (u32, u32) {
    assert!(s.0 < 32, "single register number {} out of range", s.0);
    (s.0 as u32 >> 1, s.0 as u32 & 1)
}

/// The `imm3:imm2:type` bits of the second halfword for a shifted register operand.
fn shift_bits(sh: Shift, amount: u8, what: &str) -> u16 {
    let (t, imm5) = match (sh, amount) {
        (_, 0) => (0, 0),
        (Shift::Lsl, 1..=31) => (0, amount),
        (Shift::Lsr, 1..=32) => (1, amount & 31),
        (Shift::Asr, 1..=32) => (2, amount & 31),
        (Shift::Ror, 1..=31) => (3, amount),
        _ => panic!("{what}: shift {sh:?} #{amount} out of range"),
    };
    let imm5 = imm5 as u16;
    (imm5 >> 2) << 12 | (imm5 & 3) << 6 | t << 4
}

/// Data processing (shifted register): `hw1 = base | S | Rn`, `hw2 = shift | Rd | Rm`.
#[inline]
fn dp_reg(base: u16, s: bool, rd: u16, rn: u16, rm: u16, shift: u16) -> Ins {
    Ins::wide(base | (s as u16) << 4 | rn, shift | rd << 8 | rm)
}

/// Data processing (modified immediate or plain 12-bit immediate): `imm12 = i:imm3:imm8`.
#[inline]
fn dp_imm(base: u16, s: bool, rd: u16, rn: u16, imm12: u16) -> Ins {
    debug_assert!(imm12 < 1 << 12);
    Ins::wide(
        base | (imm12 >> 11) << 10 | (s as u16) << 4 | rn,
        (imm12 >> 8 & 7) << 12 | rd << 8 | (imm12 & 0xff),
    )
}

// ---------------------------------------------------------------------------------------
// Constants.
// ---------------------------------------------------------------------------------------

/// The 12-bit `i:imm3:imm8` field encoding `imm32` as a Thumb modified immediate constant
/// (ARM ARM `ThumbExpandImm`), if it is one:
/// - `0x000000XY`, `0x00XY00XY`, `0xXY00XY00`, `0xXYXYXYXY` for any byte `XY` (not 0 for the
///   replicated forms: 0 uses the first), or
/// - an 8-bit value with its top bit set, rotated right by 8..=31 (i.e. shifted left by
///   0..=24), e.g. `0xff000000`, `0x3fc`, `0x80000000`.
pub fn thumb_expand_imm(imm32: u32) -> Option<u16> {
    let b = imm32 & 0xff;
    if imm32 < 0x100 {
        return Some(b as u16);
    }
    if imm32 == b * 0x0001_0001 {
        return Some(0x100 | b as u16);
    }
    let b1 = imm32 >> 8 & 0xff;
    if imm32 == b1 * 0x0100_0100 {
        return Some(0x200 | b1 as u16);
    }
    if imm32 == b * 0x0101_0101 {
        return Some(0x300 | b as u16);
    }
    // imm32 = ('1':bcdefgh) ROR rot, rot in 8..=31: the top set bit is at 39 - rot.
    let lz = imm32.leading_zeros();
    let rot = 8 + lz; // imm32 >= 0x100, so lz <= 23 and rot <= 31
    let unrotated = imm32.rotate_left(rot);
    if unrotated < 0x100 {
        debug_assert!(unrotated & 0x80 != 0);
        Some((rot << 7 | (unrotated & 0x7f)) as u16)
    } else {
        None
    }
}

/// `movw rd, #imm16`: rd = imm16 (zero-extended; 32-bit).
///
/// # Panics
/// If `rd` is `sp` or `pc`.
pub fn movw(rd: R, imm16: u16) -> Ins {
    let rd = gp(rd, "movw");
    let i = imm16 as u32;
    Ins::wide(
        0xf240 | ((i >> 11 & 1) << 10 | i >> 12) as u16,
        ((i >> 8 & 7) << 12) as u16 | rd << 8 | (i & 0xff) as u16,
    )
}

/// `movt rd, #imm16`: the top half of rd = imm16 (the bottom half is kept; 32-bit).
///
/// # Panics
/// If `rd` is `sp` or `pc`.
pub fn movt(rd: R, imm16: u16) -> Ins {
    let rd = gp(rd, "movt");
    let i = imm16 as u32;
    Ins::wide(
        0xf2c0 | ((i >> 11 & 1) << 10 | i >> 12) as u16,
        ((i >> 8 & 7) << 12) as u16 | rd << 8 | (i & 0xff) as u16,
    )
}

/// A shortest sequence that puts `imm32` in `rd` without touching the flags, in execution
/// order: one `mov.w rd, #imm32` (modified immediate), else one `mvn rd, #!imm32`, else one
/// `movw` (when the top half is 0), else `movw` + `movt` (each 4 bytes). The 16-bit `movs`
/// is never used: it sets the flags (see [`movs_imm`]).
///
/// # Panics
/// If `rd` is `sp` or `pc`.
pub fn mov_imm(rd: R, imm32: u32) -> ArrayVec<Ins, 2> {
    let mut out = ArrayVec::new();
    if let Some(i) = mov_imm_w(rd, imm32) {
        out.push(i);
    } else if let Some(i) = mvn_imm(rd, !imm32) {
        out.push(i);
    } else {
        out.push(movw(rd, imm32 as u16));
        if imm32 >> 16 != 0 {
            out.push(movt(rd, (imm32 >> 16) as u16));
        }
    }
    out
}

/// `mov.w rd, #imm32` (32-bit, flags untouched) if `imm32` is a modified immediate.
///
/// # Panics
/// If `rd` is `sp` or `pc`.
pub fn mov_imm_w(rd: R, imm32: u32) -> Option<Ins> {
    let rd = gp(rd, "mov_imm_w");
    Some(dp_imm(0xf04f, false, rd, 0, thumb_expand_imm(imm32)?))
}

/// `movs rd, #imm32`: 16-bit for a low `rd` and `imm32 <= 255`, else `movs.w` with a
/// modified immediate. Sets N and Z (and C from a rotated constant's top bit; see
/// [`ands_imm`]).
///
/// # Panics
/// If `rd` is `sp` or `pc`.
pub fn movs_imm(rd: R, imm32: u32) -> Option<Ins> {
    let d = gp(rd, "movs_imm");
    if low(rd) && imm32 < 0x100 {
        return Some(Ins::narrow(0x2000 | d << 8 | imm32 as u16));
    }
    Some(dp_imm(0xf04f, true, d, 0, thumb_expand_imm(imm32)?))
}

/// `mvn rd, #imm32`: rd = !imm32 (32-bit, flags untouched), if `imm32` is a modified
/// immediate.
///
/// # Panics
/// If `rd` is `sp` or `pc`.
pub fn mvn_imm(rd: R, imm32: u32) -> Option<Ins> {
    let rd = gp(rd, "mvn_imm");
    Some(dp_imm(0xf06f, false, rd, 0, thumb_expand_imm(imm32)?))
}

/// `mov rd, rm` (16-bit, any registers but `pc`; flags untouched).
///
/// # Panics
/// If `rd` or `rm` is `pc`.
pub fn mov_reg(rd: R, rm: R) -> Ins {
    let d = npc(rd, "mov_reg");
    let m = npc(rm, "mov_reg");
    Ins::narrow(0x4600 | (d >> 3) << 7 | m << 3 | (d & 7))
}

/// `movs rd, rm` (sets N and Z): 16-bit for low registers, else `movs.w`.
///
/// # Panics
/// If `rd` or `rm` is `sp` or `pc`.
pub fn movs_reg(rd: R, rm: R) -> Ins {
    let d = gp(rd, "movs_reg");
    let m = gp(rm, "movs_reg");
    if lows(&[rd, rm]) {
        Ins::narrow(m << 3 | d)
    } else {
        dp_reg(0xea4f, true, d, 0, m, 0)
    }
}

/// `adr rd, #offset`: rd = `Align(pc, 4) + offset` where `pc` is the address of this
/// instruction + 4. 16-bit for a low `rd` and `offset` a multiple of 4 in 0..=1020, else
/// `adr.w` (`addw`/`subw rd, pc, #imm12`, offset -4095..=4095).
///
/// # Panics
/// If `rd` is `sp` or `pc` or `offset` is out of range.
pub fn adr(rd: R, offset: i32) -> Ins {
    let d = gp(rd, "adr");
    assert!(
        (-4095..=4095).contains(&offset),
        "adr: offset {offset} out of range -4095..=4095"
    );
    if low(rd) && (0..=1020).contains(&offset) && offset % 4 == 0 {
        return Ins::narrow(0xa000 | d << 8 | (offset / 4) as u16);
    }
    if offset >= 0 {
        dp_imm(0xf200, false, d, 15, offset as u16)
    } else {
        dp_imm(0xf2a0, false, d, 15, (-offset) as u16)
    }
}

// ---------------------------------------------------------------------------------------
// Add and subtract.
// ---------------------------------------------------------------------------------------

/// Register checks of the 32-bit add/sub (register) forms; returns `(rd, rn, rm)` fields.
fn addsub_regs(what: &str, s: bool, rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> (u16, u16, u16) {
    let n = npc(rn, what);
    let m = gp(rm, what);
    let d = if s { gp(rd, what) } else { npc(rd, what) };
    if d == 13 {
        assert!(
            n == 13 && (amount == 0 || (sh == Shift::Lsl && amount <= 3)),
            "{what}: rd = sp needs rn = sp and at most lsl #3"
        );
    }
    (d, n, m)
}

/// `add rd, rn, rm {, sh #amount}` (flags untouched). The 16-bit `add rd, rm` (any registers)
/// when there is no shift and `rd` is `rn` or `rm`, else `add.w`.
///
/// `rn` may be `sp`; so may `rm` when there is no shift (the operands are swapped); `rd` may
/// be `sp` when `rn` is `sp` and the shift is at most `lsl #3`.
///
/// # Panics
/// On `pc` anywhere, on `sp` elsewhere than above, or if the shift is out of range.
pub fn add_reg(rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> Ins {
    let (rn, rm) = if amount == 0 && rm == R::SP {
        (rm, rn)
    } else {
        (rn, rm)
    };
    if amount == 0 && reg(rd) != 15 && reg(rn) != 15 && reg(rm) != 15 && (rd == rn || rd == rm) {
        let other = if rd == rn { rm } else { rn };
        let d = rd.0 as u16;
        return Ins::narrow(0x4400 | (d >> 3) << 7 | (other.0 as u16) << 3 | (d & 7));
    }
    let (d, n, m) = addsub_regs("add_reg", false, rd, rn, rm, sh, amount);
    dp_reg(0xeb00, false, d, n, m, shift_bits(sh, amount, "add_reg"))
}

/// `adds rd, rn, rm {, sh #amount}`: 16-bit for low registers and no shift, else `adds.w`.
/// `rn` may be `sp`.
///
/// # Panics
/// On `pc` anywhere, on `sp` as `rd` or `rm`, or if the shift is out of range.
pub fn adds_reg(rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> Ins {
    let (d, n, m) = addsub_regs("adds_reg", true, rd, rn, rm, sh, amount);
    if amount == 0 && lows(&[rd, rn, rm]) {
        return Ins::narrow(0x1800 | m << 6 | n << 3 | d);
    }
    dp_reg(0xeb00, true, d, n, m, shift_bits(sh, amount, "adds_reg"))
}

/// `sub rd, rn, rm {, sh #amount}` (32-bit; flags untouched). `rn` may be `sp`; `rd` may be
/// `sp` when `rn` is `sp` and the shift is at most `lsl #3`.
///
/// # Panics
/// On `pc` anywhere, on `sp` elsewhere than above, or if the shift is out of range.
pub fn sub_reg(rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> Ins {
    let (d, n, m) = addsub_regs("sub_reg", false, rd, rn, rm, sh, amount);
    dp_reg(0xeba0, false, d, n, m, shift_bits(sh, amount, "sub_reg"))
}

/// `subs rd, rn, rm {, sh #amount}`: 16-bit for low registers and no shift, else `subs.w`.
/// `rn` may be `sp`.
///
/// # Panics
/// On `pc` anywhere, on `sp` as `rd` or `rm`, or if the shift is out of range.
pub fn subs_reg(rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> Ins {
    let (d, n, m) = addsub_regs("subs_reg", true, rd, rn, rm, sh, amount);
    if amount == 0 && lows(&[rd, rn, rm]) {
        return Ins::narrow(0x1a00 | m << 6 | n << 3 | d);
    }
    dp_reg(0xeba0, true, d, n, m, shift_bits(sh, amount, "subs_reg"))
}

/// Shared by adc/sbc (register): 32-bit `base`, 16-bit `narrow` (flag-setting, `rd == rn`, or
/// `rd == rm` when `commutes`).
#[allow(clippy::too_many_arguments)]
fn carry_op(
    what: &str,
    base: u16,
    narrow: u16,
    commutes: bool,
    s: bool,
    rd: R,
    rn: R,
    rm: R,
    sh: Shift,
    amount: u8,
) -> Ins {
    let (d, n, m) = (gp(rd, what), gp(rn, what), gp(rm, what));
    if s && amount == 0 && lows(&[rd, rn, rm]) && (rd == rn || (commutes && rd == rm)) {
        let other = if rd == rn { m } else { n };
        return Ins::narrow(narrow | other << 3 | d);
    }
    dp_reg(base, s, d, n, m, shift_bits(sh, amount, what))
}

/// `adc rd, rn, rm {, sh #amount}`: rd = rn + rm + C (32-bit; flags untouched).
///
/// # Panics
/// On `sp` or `pc`, or if the shift is out of range.
pub fn adc_reg(rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> Ins {
    carry_op(
        "adc_reg", 0xeb40, 0x4140, true, false, rd, rn, rm, sh, amount,
    )
}

/// `adcs rd, rn, rm {, sh #amount}`: 16-bit `adcs rd, rm` for low registers, no shift and `rd`
/// one of the sources, else `adcs.w`.
///
/// # Panics
/// On `sp` or `pc`, or if the shift is out of range.
pub fn adcs_reg(rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> Ins {
    carry_op(
        "adcs_reg", 0xeb40, 0x4140, true, true, rd, rn, rm, sh, amount,
    )
}

/// `sbc rd, rn, rm {, sh #amount}`: rd = rn - rm - !C (32-bit; flags untouched).
///
/// # Panics
/// On `sp` or `pc`, or if the shift is out of range.
pub fn sbc_reg(rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> Ins {
    carry_op(
        "sbc_reg", 0xeb60, 0x4180, false, false, rd, rn, rm, sh, amount,
    )
}

/// `sbcs rd, rn, rm {, sh #amount}`: 16-bit `sbcs rd, rm` for low registers, no shift and
/// `rd == rn`, else `sbcs.w`.
///
/// # Panics
/// On `sp` or `pc`, or if the shift is out of range.
pub fn sbcs_reg(rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> Ins {
    carry_op(
        "sbcs_reg", 0xeb60, 0x4180, false, true, rd, rn, rm, sh, amount,
    )
}

/// Register checks of the add/sub (immediate) forms.
fn addsub_imm_regs(what: &str, s: bool, rd: R, rn: R) -> (u16, u16) {
    let n = npc(rn, what);
    let d = if s || n != 13 {
        gp(rd, what)
    } else {
        npc(rd, what)
    };
    (d, n)
}

/// `add rd, rn, #imm32` (flags untouched), if some encoding takes `imm32`:
/// 16-bit `add rd, sp, #imm` (low `rd`, `imm32` a multiple of 4 up to 1020) or `add sp, sp,
/// #imm` (a multiple of 4 up to 508), else `add.w` with a modified immediate, else `addw`
/// with a 12-bit immediate (0..=4095). `rn` may be `sp`, and `rd` may be `sp` when `rn` is.
/// For a negative constant use [`sub_imm`] with its negation.
///
/// # Panics
/// On `pc`, or `rd = sp` with another `rn`.
pub fn add_imm(rd: R, rn: R, imm32: u32) -> Option<Ins> {
    let (d, n) = addsub_imm_regs("add_imm", false, rd, rn);
    if n == 13 && imm32.is_multiple_of(4) {
        if low(rd) && imm32 <= 1020 {
            return Some(Ins::narrow(0xa800 | d << 8 | (imm32 / 4) as u16));
        }
        if d == 13 && imm32 <= 508 {
            return Some(Ins::narrow(0xb000 | (imm32 / 4) as u16));
        }
    }
    if let Some(imm12) = thumb_expand_imm(imm32) {
        return Some(dp_imm(0xf100, false, d, n, imm12));
    }
    (imm32 < 4096).then(|| dp_imm(0xf200, false, d, n, imm32 as u16))
}

/// `sub rd, rn, #imm32` (flags untouched), if some encoding takes `imm32`: 16-bit `sub sp,
/// sp, #imm` (a multiple of 4 up to 508), else `sub.w` with a modified immediate, else `subw`
/// with a 12-bit immediate (0..=4095). `rn` may be `sp`, and `rd` may be `sp` when `rn` is.
///
/// # Panics
/// On `pc`, or `rd = sp` with another `rn`.
pub fn sub_imm(rd: R, rn: R, imm32: u32) -> Option<Ins> {
    let (d, n) = addsub_imm_regs("sub_imm", false, rd, rn);
    if n == 13 && d == 13 && imm32.is_multiple_of(4) && imm32 <= 508 {
        return Some(Ins::narrow(0xb080 | (imm32 / 4) as u16));
    }
    if let Some(imm12) = thumb_expand_imm(imm32) {
        return Some(dp_imm(0xf1a0, false, d, n, imm12));
    }
    (imm32 < 4096).then(|| dp_imm(0xf2a0, false, d, n, imm32 as u16))
}

/// `adds rd, rn, #imm32`, if some encoding takes `imm32`: 16-bit `adds rd, rn, #imm3` (low
/// registers, 0..=7) or `adds rd, #imm8` (low `rd == rn`, 0..=255), else `adds.w` with a
/// modified immediate. `rn` may be `sp`.
///
/// # Panics
/// On `pc`, or `rd = sp`.
pub fn adds_imm(rd: R, rn: R, imm32: u32) -> Option<Ins> {
    let (d, n) = addsub_imm_regs("adds_imm", true, rd, rn);
    if lows(&[rd, rn]) {
        if imm32 < 8 {
            return Some(Ins::narrow(0x1c00 | (imm32 as u16) << 6 | n << 3 | d));
        }
        if d == n && imm32 < 256 {
            return Some(Ins::narrow(0x3000 | d << 8 | imm32 as u16));
        }
    }
    Some(dp_imm(0xf100, true, d, n, thumb_expand_imm(imm32)?))
}

/// `subs rd, rn, #imm32`, if some encoding takes `imm32`: 16-bit `subs rd, rn, #imm3` (low
/// registers, 0..=7) or `subs rd, #imm8` (low `rd == rn`, 0..=255), else `subs.w` with a
/// modified immediate. `rn` may be `sp`.
///
/// # Panics
/// On `pc`, or `rd = sp`.
pub fn subs_imm(rd: R, rn: R, imm32: u32) -> Option<Ins> {
    let (d, n) = addsub_imm_regs("subs_imm", true, rd, rn);
    if lows(&[rd, rn]) {
        if imm32 < 8 {
            return Some(Ins::narrow(0x1e00 | (imm32 as u16) << 6 | n << 3 | d));
        }
        if d == n && imm32 < 256 {
            return Some(Ins::narrow(0x3800 | d << 8 | imm32 as u16));
        }
    }
    Some(dp_imm(0xf1a0, true, d, n, thumb_expand_imm(imm32)?))
}

/// `rsb rd, rn, #imm32`: rd = imm32 - rn (32-bit; flags untouched), if `imm32` is a modified
/// immediate.
///
/// # Panics
/// On `sp` or `pc`.
pub fn rsb_imm(rd: R, rn: R, imm32: u32) -> Option<Ins> {
    let (d, n) = (gp(rd, "rsb_imm"), gp(rn, "rsb_imm"));
    Some(dp_imm(0xf1c0, false, d, n, thumb_expand_imm(imm32)?))
}

/// `rsbs rd, rn, #imm32`: 16-bit `rsbs rd, rn, #0` for low registers and 0, else `rsbs.w`
/// with a modified immediate.
///
/// # Panics
/// On `sp` or `pc`.
pub fn rsbs_imm(rd: R, rn: R, imm32: u32) -> Option<Ins> {
    let (d, n) = (gp(rd, "rsbs_imm"), gp(rn, "rsbs_imm"));
    if imm32 == 0 && lows(&[rd, rn]) {
        return Some(Ins::narrow(0x4240 | n << 3 | d));
    }
    Some(dp_imm(0xf1c0, true, d, n, thumb_expand_imm(imm32)?))
}

/// `neg rd, rm` (`rsb rd, rm, #0`; 32-bit, flags untouched).
///
/// # Panics
/// On `sp` or `pc`.
pub fn neg(rd: R, rm: R) -> Ins {
    rsb_imm(rd, rm, 0).unwrap()
}

/// `negs rd, rm` (`rsbs rd, rm, #0`): 16-bit for low registers.
///
/// # Panics
/// On `sp` or `pc`.
pub fn negs(rd: R, rm: R) -> Ins {
    rsbs_imm(rd, rm, 0).unwrap()
}

// ---------------------------------------------------------------------------------------
// Compare and test.
// ---------------------------------------------------------------------------------------

/// `cmp rn, rm` (16-bit: the low-register form, or the form for any registers but `pc`;
/// either may be `sp`).
///
/// # Panics
/// On `pc`.
pub fn cmp_reg(rn: R, rm: R) -> Ins {
    let (n, m) = (npc(rn, "cmp_reg"), npc(rm, "cmp_reg"));
    if lows(&[rn, rm]) {
        Ins::narrow(0x4280 | m << 3 | n)
    } else {
        Ins::narrow(0x4500 | (n >> 3) << 7 | m << 3 | (n & 7))
    }
}

/// `cmn rn, rm` (flags of rn + rm): 16-bit for low registers, else `cmn.w`. `rn` may be
/// `sp` (or `rm`, the operands are then swapped).
///
/// # Panics
/// On `pc`, or both `sp`.
pub fn cmn_reg(rn: R, rm: R) -> Ins {
    let (rn, rm) = if rm == R::SP { (rm, rn) } else { (rn, rm) };
    let (n, m) = (npc(rn, "cmn_reg"), gp(rm, "cmn_reg"));
    if lows(&[rn, rm]) {
        Ins::narrow(0x42c0 | m << 3 | n)
    } else {
        dp_reg(0xeb10, false, 0xf, n, m, 0)
    }
}

/// `tst rn, rm` (flags of rn & rm): 16-bit for low registers, else `tst.w`.
///
/// # Panics
/// On `sp` or `pc`.
pub fn tst_reg(rn: R, rm: R) -> Ins {
    let (n, m) = (gp(rn, "tst_reg"), gp(rm, "tst_reg"));
    if lows(&[rn, rm]) {
        Ins::narrow(0x4200 | m << 3 | n)
    } else {
        dp_reg(0xea10, false, 0xf, n, m, 0)
    }
}

/// `teq rn, rm` (flags of rn ^ rm; 32-bit).
///
/// # Panics
/// On `sp` or `pc`.
pub fn teq_reg(rn: R, rm: R) -> Ins {
    let (n, m) = (gp(rn, "teq_reg"), gp(rm, "teq_reg"));
    dp_reg(0xea90, false, 0xf, n, m, 0)
}

/// `cmp rn, #imm32`, if some encoding takes `imm32`: 16-bit for a low `rn` and 0..=255, else
/// `cmp.w` with a modified immediate. `rn` may be `sp`. For a negative constant try
/// [`cmn_imm`] with its negation.
///
/// # Panics
/// On `pc`.
pub fn cmp_imm(rn: R, imm32: u32) -> Option<Ins> {
    let n = npc(rn, "cmp_imm");
    if low(rn) && imm32 < 256 {
        return Some(Ins::narrow(0x2800 | n << 8 | imm32 as u16));
    }
    Some(dp_imm(0xf1b0, false, 0xf, n, thumb_expand_imm(imm32)?))
}

/// `cmn rn, #imm32` (32-bit), if `imm32` is a modified immediate. `rn` may be `sp`.
///
/// # Panics
/// On `pc`.
pub fn cmn_imm(rn: R, imm32: u32) -> Option<Ins> {
    let n = npc(rn, "cmn_imm");
    Some(dp_imm(0xf110, false, 0xf, n, thumb_expand_imm(imm32)?))
}

/// `tst rn, #imm32` (32-bit), if `imm32` is a modified immediate. C is set from a rotated
/// constant's top bit (see [`ands_imm`]).
///
/// # Panics
/// On `sp` or `pc`.
pub fn tst_imm(rn: R, imm32: u32) -> Option<Ins> {
    let n = gp(rn, "tst_imm");
    Some(dp_imm(0xf010, false, 0xf, n, thumb_expand_imm(imm32)?))
}

/// `teq rn, #imm32` (32-bit), if `imm32` is a modified immediate.
///
/// # Panics
/// On `sp` or `pc`.
pub fn teq_imm(rn: R, imm32: u32) -> Option<Ins> {
    let n = gp(rn, "teq_imm");
    Some(dp_imm(0xf090, false, 0xf, n, thumb_expand_imm(imm32)?))
}

// ---------------------------------------------------------------------------------------
// Logical.
// ---------------------------------------------------------------------------------------

/// A logical (register) operation: 32-bit `base`, and when flag-setting a 16-bit `narrow`
/// form `op rd, rm` with `rd == rn` (or `rd == rm` when it `commutes`).
#[allow(clippy::too_many_arguments)]
fn logic_reg(
    what: &str,
    base: u16,
    narrow: Option<(u16, bool)>,
    s: bool,
    rd: R,
    rn: R,
    rm: R,
    sh: Shift,
    amount: u8,
) -> Ins {
    let (d, n, m) = (gp(rd, what), gp(rn, what), gp(rm, what));
    if let Some((op, commutes)) = narrow
        && s
        && amount == 0
        && lows(&[rd, rn, rm])
        && (rd == rn || (commutes && rd == rm))
    {
        let other = if rd == rn { m } else { n };
        return Ins::narrow(op | other << 3 | d);
    }
    dp_reg(base, s, d, n, m, shift_bits(sh, amount, what))
}

macro_rules! logic_reg_fns {
    ($($(#[$doc:meta])* $name:ident = $what:literal, $base:expr, $narrow:expr, $s:expr;)*) => {$(
        $(#[$doc])*
        ///
        /// # Panics
        /// On `sp` or `pc`, or if the shift is out of range.
        pub fn $name(rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> Ins {
            logic_reg($what, $base, $narrow, $s, rd, rn, rm, sh, amount)
        }
    )*};
}

logic_reg_fns! {
    /// `and rd, rn, rm {, sh #amount}` (32-bit; flags untouched).
    and_reg = "and_reg", 0xea00, None, false;
    /// `ands rd, rn, rm {, sh #amount}`: 16-bit `ands rd, rm` for low registers, no shift and
    /// `rd` one of the sources, else `ands.w`. Sets N and Z, and C from the shifter (the
    /// last bit shifted out; unchanged without a shift); V is unchanged.
    ands_reg = "ands_reg", 0xea00, Some((0x4000, true)), true;
    /// `orr rd, rn, rm {, sh #amount}` (32-bit; flags untouched).
    orr_reg = "orr_reg", 0xea40, None, false;
    /// `orrs rd, rn, rm {, sh #amount}`: 16-bit `orrs rd, rm` for low registers, no shift and
    /// `rd` one of the sources, else `orrs.w` (flags as [`ands_reg`]).
    orrs_reg = "orrs_reg", 0xea40, Some((0x4300, true)), true;
    /// `eor rd, rn, rm {, sh #amount}` (32-bit; flags untouched).
    eor_reg = "eor_reg", 0xea80, None, false;
    /// `eors rd, rn, rm {, sh #amount}`: 16-bit `eors rd, rm` for low registers, no shift and
    /// `rd` one of the sources, else `eors.w` (flags as [`ands_reg`]).
    eors_reg = "eors_reg", 0xea80, Some((0x4040, true)), true;
    /// `bic rd, rn, rm {, sh #amount}`: rd = rn & !rm (32-bit; flags untouched).
    bic_reg = "bic_reg", 0xea20, None, false;
    /// `bics rd, rn, rm {, sh #amount}`: 16-bit `bics rd, rm` for low registers, no shift and
    /// `rd == rn`, else `bics.w` (flags as [`ands_reg`]).
    bics_reg = "bics_reg", 0xea20, Some((0x4380, false)), true;
    /// `orn rd, rn, rm {, sh #amount}`: rd = rn | !rm (32-bit; flags untouched).
    orn_reg = "orn_reg", 0xea60, None, false;
}

/// `mvn rd, rm`: rd = !rm (32-bit; flags untouched).
///
/// # Panics
/// On `sp` or `pc`.
pub fn mvn_reg(rd: R, rm: R) -> Ins {
    let (d, m) = (gp(rd, "mvn_reg"), gp(rm, "mvn_reg"));
    dp_reg(0xea6f, false, d, 0, m, 0)
}

/// `mvns rd, rm`: 16-bit for low registers, else `mvns.w` (sets N and Z).
///
/// # Panics
/// On `sp` or `pc`.
pub fn mvns_reg(rd: R, rm: R) -> Ins {
    let (d, m) = (gp(rd, "mvns_reg"), gp(rm, "mvns_reg"));
    if lows(&[rd, rm]) {
        Ins::narrow(0x43c0 | m << 3 | d)
    } else {
        dp_reg(0xea6f, true, d, 0, m, 0)
    }
}

macro_rules! logic_imm_fns {
    ($($(#[$doc:meta])* $name:ident = $what:literal, $base:expr, $s:expr;)*) => {$(
        $(#[$doc])*
        ///
        /// # Panics
        /// On `sp` or `pc`.
        pub fn $name(rd: R, rn: R, imm32: u32) -> Option<Ins> {
            let (d, n) = (gp(rd, $what), gp(rn, $what));
            Some(dp_imm($base, $s, d, n, thumb_expand_imm(imm32)?))
        }
    )*};
}

logic_imm_fns! {
    /// `and rd, rn, #imm32` (32-bit; flags untouched), if `imm32` is a modified immediate
    /// (else try [`bic_imm`] with `!imm32`).
    and_imm = "and_imm", 0xf000, false;
    /// `ands rd, rn, #imm32` (32-bit), if `imm32` is a modified immediate. Sets N and Z; C
    /// becomes bit 31 of `imm32` when the constant is a rotated one (`thumb_expand_imm(imm32)`
    /// has its top two bits not both 0, i.e. `imm32` is not of the forms `0x000000XY`,
    /// `0x00XY00XY`, `0xXY00XY00`, `0xXYXYXYXY`) and is unchanged otherwise; V is unchanged.
    ands_imm = "ands_imm", 0xf000, true;
    /// `orr rd, rn, #imm32` (32-bit; flags untouched), if `imm32` is a modified immediate
    /// (else try [`orn_imm`] with `!imm32`).
    orr_imm = "orr_imm", 0xf040, false;
    /// `orrs rd, rn, #imm32` (32-bit), if `imm32` is a modified immediate (flags as
    /// [`ands_imm`]).
    orrs_imm = "orrs_imm", 0xf040, true;
    /// `eor rd, rn, #imm32` (32-bit; flags untouched), if `imm32` is a modified immediate.
    eor_imm = "eor_imm", 0xf080, false;
    /// `eors rd, rn, #imm32` (32-bit), if `imm32` is a modified immediate (flags as
    /// [`ands_imm`]).
    eors_imm = "eors_imm", 0xf080, true;
    /// `bic rd, rn, #imm32`: rd = rn & !imm32 (32-bit; flags untouched), if `imm32` is a
    /// modified immediate.
    bic_imm = "bic_imm", 0xf020, false;
    /// `orn rd, rn, #imm32`: rd = rn | !imm32 (32-bit; flags untouched), if `imm32` is a
    /// modified immediate.
    orn_imm = "orn_imm", 0xf060, false;
}

// ---------------------------------------------------------------------------------------
// Shifts.
// ---------------------------------------------------------------------------------------

/// Shift by an immediate: 16-bit (`narrow` opcode, flag-setting, low registers, not `ror`)
/// or 32-bit `mov{s}.w rd, rm, sh #n`.
fn shift_imm(what: &str, sh: Shift, s: bool, rd: R, rm: R, n: u8) -> Ins {
    let (d, m) = (gp(rd, what), gp(rm, what));
    let ok = match sh {
        Shift::Lsl => n <= 31,
        Shift::Lsr | Shift::Asr => (1..=32).contains(&n),
        Shift::Ror => (1..=31).contains(&n),
    };
    assert!(ok, "{what}: shift amount {n} out of range");
    if s && sh != Shift::Ror && lows(&[rd, rm]) {
        return Ins::narrow((sh as u16) << 11 | ((n & 31) as u16) << 6 | m << 3 | d);
    }
    dp_reg(0xea4f, s, d, 0, m, shift_bits(sh, n, what))
}

/// `lsl rd, rm, #n`, n in 0..=31 (32-bit; flags untouched; n = 0 is `mov.w rd, rm`).
///
/// # Panics
/// On `sp` or `pc`, or `n` out of range.
pub fn lsl_imm(rd: R, rm: R, n: u8) -> Ins {
    shift_imm("lsl_imm", Shift::Lsl, false, rd, rm, n)
}

/// `lsls rd, rm, #n`, n in 0..=31: 16-bit for low registers (n = 0 is `movs rd, rm`).
///
/// # Panics
/// On `sp` or `pc`, or `n` out of range.
pub fn lsls_imm(rd: R, rm: R, n: u8) -> Ins {
    shift_imm("lsls_imm", Shift::Lsl, true, rd, rm, n)
}

/// `lsr rd, rm, #n`, n in 1..=32 (32-bit; flags untouched).
///
/// # Panics
/// On `sp` or `pc`, or `n` out of range.
pub fn lsr_imm(rd: R, rm: R, n: u8) -> Ins {
    shift_imm("lsr_imm", Shift::Lsr, false, rd, rm, n)
}

/// `lsrs rd, rm, #n`, n in 1..=32: 16-bit for low registers.
///
/// # Panics
/// On `sp` or `pc`, or `n` out of range.
pub fn lsrs_imm(rd: R, rm: R, n: u8) -> Ins {
    shift_imm("lsrs_imm", Shift::Lsr, true, rd, rm, n)
}

/// `asr rd, rm, #n`, n in 1..=32 (32-bit; flags untouched).
///
/// # Panics
/// On `sp` or `pc`, or `n` out of range.
pub fn asr_imm(rd: R, rm: R, n: u8) -> Ins {
    shift_imm("asr_imm", Shift::Asr, false, rd, rm, n)
}

/// `asrs rd, rm, #n`, n in 1..=32: 16-bit for low registers.
///
/// # Panics
/// On `sp` or `pc`, or `n` out of range.
pub fn asrs_imm(rd: R, rm: R, n: u8) -> Ins {
    shift_imm("asrs_imm", Shift::Asr, true, rd, rm, n)
}

/// `ror rd, rm, #n`, n in 1..=31 (32-bit; flags untouched).
///
/// # Panics
/// On `sp` or `pc`, or `n` out of range.
pub fn ror_imm(rd: R, rm: R, n: u8) -> Ins {
    shift_imm("ror_imm", Shift::Ror, false, rd, rm, n)
}

/// `rors rd, rm, #n`, n in 1..=31 (32-bit: there is no 16-bit form).
///
/// # Panics
/// On `sp` or `pc`, or `n` out of range.
pub fn rors_imm(rd: R, rm: R, n: u8) -> Ins {
    shift_imm("rors_imm", Shift::Ror, true, rd, rm, n)
}

/// Shift by a register: 16-bit `narrow rd, rm` (flag-setting, low registers, `rd == rn`) or
/// 32-bit `base`.
fn shift_reg(what: &str, base: u16, narrow: u16, s: bool, rd: R, rn: R, rm: R) -> Ins {
    let (d, n, m) = (gp(rd, what), gp(rn, what), gp(rm, what));
    if s && rd == rn && lows(&[rd, rm]) {
        return Ins::narrow(narrow | m << 3 | d);
    }
    Ins::wide(base | (s as u16) << 4 | n, 0xf000 | d << 8 | m)
}

macro_rules! shift_reg_fns {
    ($($(#[$doc:meta])* $name:ident = $what:literal, $base:expr, $narrow:expr, $s:expr;)*) => {$(
        $(#[$doc])*
        ///
        /// The amount is the low byte of `rm` (see the module documentation).
        ///
        /// # Panics
        /// On `sp` or `pc`.
        pub fn $name(rd: R, rn: R, rm: R) -> Ins {
            shift_reg($what, $base, $narrow, $s, rd, rn, rm)
        }
    )*};
}

shift_reg_fns! {
    /// `lsl rd, rn, rm` (32-bit; flags untouched): amounts 32..=255 give 0.
    lsl_reg = "lsl_reg", 0xfa00, 0x4080, false;
    /// `lsls rd, rn, rm`: 16-bit `lsls rd, rm` for low registers and `rd == rn`, else `lsls.w`.
    lsls_reg = "lsls_reg", 0xfa00, 0x4080, true;
    /// `lsr rd, rn, rm` (32-bit; flags untouched): amounts 32..=255 give 0.
    lsr_reg = "lsr_reg", 0xfa20, 0x40c0, false;
    /// `lsrs rd, rn, rm`: 16-bit `lsrs rd, rm` for low registers and `rd == rn`, else `lsrs.w`.
    lsrs_reg = "lsrs_reg", 0xfa20, 0x40c0, true;
    /// `asr rd, rn, rm` (32-bit; flags untouched): amounts 32..=255 fill with the sign bit.
    asr_reg = "asr_reg", 0xfa40, 0x4100, false;
    /// `asrs rd, rn, rm`: 16-bit `asrs rd, rm` for low registers and `rd == rn`, else `asrs.w`.
    asrs_reg = "asrs_reg", 0xfa40, 0x4100, true;
    /// `ror rd, rn, rm` (32-bit; flags untouched): rotates by the amount modulo 32.
    ror_reg = "ror_reg", 0xfa60, 0x41c0, false;
    /// `rors rd, rn, rm`: 16-bit `rors rd, rm` for low registers and `rd == rn`, else `rors.w`.
    rors_reg = "rors_reg", 0xfa60, 0x41c0, true;
}

// ---------------------------------------------------------------------------------------
// Multiply and divide.
// ---------------------------------------------------------------------------------------

/// `mul rd, rn, rm`: the low 32 bits of rn * rm (32-bit; flags untouched).
///
/// # Panics
/// On `sp` or `pc`.
pub fn mul(rd: R, rn: R, rm: R) -> Ins {
    let (d, n, m) = (gp(rd, "mul"), gp(rn, "mul"), gp(rm, "mul"));
    Ins::wide(0xfb00 | n, 0xf000 | d << 8 | m)
}

/// `muls rd, rn, rm`: the 16-bit `muls rd, rn, rd` (sets N and Z; inside an IT block it is
/// a plain `mul`). Thumb-2 has no 32-bit flag-setting multiply: all registers must be low
/// and `rd` must be `rn` or `rm`.
///
/// # Panics
/// Otherwise.
pub fn muls(rd: R, rn: R, rm: R) -> Ins {
    assert!(
        lows(&[rd, rn, rm]) && (rd == rn || rd == rm),
        "muls: needs low registers with rd = rn or rd = rm (got {rd:?}, {rn:?}, {rm:?})"
    );
    let other = if rd == rm { rn } else { rm };
    Ins::narrow(0x4340 | (other.0 as u16) << 3 | rd.0 as u16)
}

/// `mla rd, rn, rm, ra`: rd = ra + rn * rm (32-bit).
///
/// # Panics
/// On `sp` or `pc`.
pub fn mla(rd: R, rn: R, rm: R, ra: R) -> Ins {
    let (d, n, m, a) = (gp(rd, "mla"), gp(rn, "mla"), gp(rm, "mla"), gp(ra, "mla"));
    Ins::wide(0xfb00 | n, a << 12 | d << 8 | m)
}

/// `mls rd, rn, rm, ra`: rd = ra - rn * rm (32-bit).
///
/// # Panics
/// On `sp` or `pc`.
pub fn mls(rd: R, rn: R, rm: R, ra: R) -> Ins {
    let (d, n, m, a) = (gp(rd, "mls"), gp(rn, "mls"), gp(rm, "mls"), gp(ra, "mls"));
    Ins::wide(0xfb00 | n, a << 12 | d << 8 | 0x10 | m)
}

/// A long multiply: `rdlo`, `rdhi` = rn * rm.
fn mul_long(what: &str, base: u16, rdlo: R, rdhi: R, rn: R, rm: R) -> Ins {
    let (lo, hi, n, m) = (gp(rdlo, what), gp(rdhi, what), gp(rn, what), gp(rm, what));
    assert!(lo != hi, "{what}: rdlo and rdhi must differ");
    Ins::wide(base | n, lo << 12 | hi << 8 | m)
}

/// `smull rdlo, rdhi, rn, rm`: the signed 64-bit product (32-bit; flags untouched).
///
/// # Panics
/// On `sp` or `pc`, or `rdlo == rdhi`.
pub fn smull(rdlo: R, rdhi: R, rn: R, rm: R) -> Ins {
    mul_long("smull", 0xfb80, rdlo, rdhi, rn, rm)
}

/// `umull rdlo, rdhi, rn, rm`: the unsigned 64-bit product (32-bit; flags untouched).
///
/// # Panics
/// On `sp` or `pc`, or `rdlo == rdhi`.
pub fn umull(rdlo: R, rdhi: R, rn: R, rm: R) -> Ins {
    mul_long("umull", 0xfba0, rdlo, rdhi, rn, rm)
}

/// `sdiv rd, rn, rm`: signed rn / rm rounded toward zero; x / 0 = 0 (unless the divide-by-zero
/// trap is enabled on ARMv7-M), and `i32::MIN / -1 = i32::MIN`. ARMv7-M, and ARMv7-A with the
/// division extension only (not Cortex-A8/A9).
///
/// # Panics
/// On `sp` or `pc`.
pub fn sdiv(rd: R, rn: R, rm: R) -> Ins {
    let (d, n, m) = (gp(rd, "sdiv"), gp(rn, "sdiv"), gp(rm, "sdiv"));
    Ins::wide(0xfb90 | n, 0xf0f0 | d << 8 | m)
}

/// `udiv rd, rn, rm`: unsigned rn / rm; x / 0 = 0 (see [`sdiv`] for availability).
///
/// # Panics
/// On `sp` or `pc`.
pub fn udiv(rd: R, rn: R, rm: R) -> Ins {
    let (d, n, m) = (gp(rd, "udiv"), gp(rn, "udiv"), gp(rm, "udiv"));
    Ins::wide(0xfbb0 | n, 0xf0f0 | d << 8 | m)
}

// ---------------------------------------------------------------------------------------
// Bitfields and extends.
// ---------------------------------------------------------------------------------------

/// The `imm3:rd:imm2:field5` second halfword of the bitfield instructions.
fn bitfield(what: &str, base: u16, rd: R, rn: u16, lsb: u8, last5: u16) -> Ins {
    let d = gp(rd, what);
    let lsb = lsb as u16;
    Ins::wide(
        base | rn,
        (lsb >> 2) << 12 | d << 8 | (lsb & 3) << 6 | last5,
    )
}

/// Checks `lsb`, `width` of a bitfield.
fn field(what: &str, lsb: u8, width: u8) {
    assert!(
        width >= 1 && lsb <= 31 && lsb as u32 + width as u32 <= 32,
        "{what}: bitfield lsb {lsb} width {width} out of range"
    );
}

/// `ubfx rd, rn, #lsb, #width`: rd = bits `lsb..lsb + width` of rn, zero-extended.
///
/// # Panics
/// On `sp` or `pc`, `width` 0, or `lsb + width > 32`.
pub fn ubfx(rd: R, rn: R, lsb: u8, width: u8) -> Ins {
    field("ubfx", lsb, width);
    bitfield("ubfx", 0xf3c0, rd, gp(rn, "ubfx"), lsb, width as u16 - 1)
}

/// `sbfx rd, rn, #lsb, #width`: rd = bits `lsb..lsb + width` of rn, sign-extended.
///
/// # Panics
/// On `sp` or `pc`, `width` 0, or `lsb + width > 32`.
pub fn sbfx(rd: R, rn: R, lsb: u8, width: u8) -> Ins {
    field("sbfx", lsb, width);
    bitfield("sbfx", 0xf340, rd, gp(rn, "sbfx"), lsb, width as u16 - 1)
}

/// `bfi rd, rn, #lsb, #width`: bits `lsb..lsb + width` of rd = the low `width` bits of rn.
///
/// # Panics
/// On `sp` or `pc`, `width` 0, or `lsb + width > 32`.
pub fn bfi(rd: R, rn: R, lsb: u8, width: u8) -> Ins {
    field("bfi", lsb, width);
    bitfield(
        "bfi",
        0xf360,
        rd,
        gp(rn, "bfi"),
        lsb,
        (lsb + width - 1) as u16,
    )
}

/// `bfc rd, #lsb, #width`: clears bits `lsb..lsb + width` of rd.
///
/// # Panics
/// On `sp` or `pc`, `width` 0, or `lsb + width > 32`.
pub fn bfc(rd: R, lsb: u8, width: u8) -> Ins {
    field("bfc", lsb, width);
    bitfield("bfc", 0xf360, rd, 0xf, lsb, (lsb + width - 1) as u16)
}

/// An extend: 16-bit for low registers, else 32-bit (no rotation).
fn extend(what: &str, narrow: u16, wide: u16, rd: R, rm: R) -> Ins {
    let (d, m) = (gp(rd, what), gp(rm, what));
    if lows(&[rd, rm]) {
        Ins::narrow(narrow | m << 3 | d)
    } else {
        Ins::wide(wide, 0xf080 | d << 8 | m)
    }
}

/// `uxtb rd, rm`: rd = rm & 0xff (16-bit for low registers; flags untouched).
///
/// # Panics
/// On `sp` or `pc`.
pub fn uxtb(rd: R, rm: R) -> Ins {
    extend("uxtb", 0xb2c0, 0xfa5f, rd, rm)
}

/// `uxth rd, rm`: rd = rm & 0xffff (16-bit for low registers; flags untouched).
///
/// # Panics
/// On `sp` or `pc`.
pub fn uxth(rd: R, rm: R) -> Ins {
    extend("uxth", 0xb280, 0xfa1f, rd, rm)
}

/// `sxtb rd, rm`: rd = the low byte of rm, sign-extended (16-bit for low registers).
///
/// # Panics
/// On `sp` or `pc`.
pub fn sxtb(rd: R, rm: R) -> Ins {
    extend("sxtb", 0xb240, 0xfa4f, rd, rm)
}

/// `sxth rd, rm`: rd = the low halfword of rm, sign-extended (16-bit for low registers).
///
/// # Panics
/// On `sp` or `pc`.
pub fn sxth(rd: R, rm: R) -> Ins {
    extend("sxth", 0xb200, 0xfa0f, rd, rm)
}

/// `clz rd, rm`: the number of leading zero bits of rm (32 for 0).
///
/// # Panics
/// On `sp` or `pc`.
pub fn clz(rd: R, rm: R) -> Ins {
    let (d, m) = (gp(rd, "clz"), gp(rm, "clz"));
    Ins::wide(0xfab0 | m, 0xf080 | d << 8 | m)
}

// ---------------------------------------------------------------------------------------
// Loads and stores.
// ---------------------------------------------------------------------------------------

/// A load/store (immediate) kind: 16-bit opcode and scale (if any), 16-bit sp-relative
/// opcode (words only), and the 32-bit first halfword base.
struct LsImm {
    what: &'static str,
    narrow: Option<(u16, u32)>,
    narrow_sp: Option<u16>,
    wide: u16,
    /// May the transfer register be `sp` (`pc` too for `ldr`)?
    rt_sp: bool,
    rt_pc: bool,
}

fn ls_imm(k: LsImm, rt: R, rn: R, offset: i32) -> Option<Ins> {
    let n = npc(rn, k.what);
    let t = reg(rt);
    assert!(
        (t != 13 || k.rt_sp) && (t != 15 || k.rt_pc),
        "{}: rt = {} is not allowed",
        k.what,
        if t == 13 { "sp" } else { "pc" }
    );
    if let Some((op, scale)) = k.narrow
        && lows(&[rt, rn])
        && offset >= 0
        && (offset as u32).is_multiple_of(1 << scale)
        && (offset as u32 >> scale) < 32
    {
        return Some(Ins::narrow(
            op | ((offset as u32 >> scale) as u16) << 6 | n << 3 | t,
        ));
    }
    if let Some(op) = k.narrow_sp
        && n == 13
        && low(rt)
        && offset >= 0
        && offset % 4 == 0
        && offset <= 1020
    {
        return Some(Ins::narrow(op | t << 8 | (offset / 4) as u16));
    }
    if (0..4096).contains(&offset) {
        // T3: imm12 (the "1" at bit 7 of the first halfword selects it).
        return Some(Ins::wide(k.wide | 0x80 | n, t << 12 | offset as u16));
    }
    if (-255..0).contains(&offset) {
        // T4: P = 1, U = 0, W = 0, imm8.
        return Some(Ins::wide(k.wide | n, t << 12 | 0xc00 | (-offset) as u16));
    }
    None
}

macro_rules! ls_imm_fns {
    ($($(#[$doc:meta])* $name:ident = $narrow:expr, $narrow_sp:expr, $wide:expr, $rt_sp:expr, $rt_pc:expr;)*) => {$(
        $(#[$doc])*
        ///
        /// Returns `None` when `offset` is outside -255..=4095. `rn` may be `sp`.
        ///
        /// # Panics
        /// If `rn` is `pc` (use [`ldr_lit`]) or `rt` is a register documented as not allowed.
        pub fn $name(rt: R, rn: R, offset: i32) -> Option<Ins> {
            ls_imm(
                LsImm {
                    what: stringify!($name),
                    narrow: $narrow,
                    narrow_sp: $narrow_sp,
                    wide: $wide,
                    rt_sp: $rt_sp,
                    rt_pc: $rt_pc,
                },
                rt,
                rn,
                offset,
            )
        }
    )*};
}

ls_imm_fns! {
    /// `ldr rt, [rn, #offset]`: 16-bit for low registers and a multiple of 4 in 0..=124 (or
    /// 0..=1020 from `sp`), else `ldr.w` with 0..=4095 or -255..=-1. `rt` may be `sp`, or
    /// `pc` (a branch, interworking on bit 0).
    ldr_imm = Some((0x6800, 2)), Some(0x9800), 0xf850, true, true;
    /// `str rt, [rn, #offset]`: 16-bit for low registers and a multiple of 4 in 0..=124 (or
    /// 0..=1020 to `sp`), else `str.w` with 0..=4095 or -255..=-1. `rt` may be `sp`, not `pc`.
    str_imm = Some((0x6000, 2)), Some(0x9000), 0xf840, true, false;
    /// `ldrb rt, [rn, #offset]` (zero-extends): 16-bit for low registers and 0..=31, else
    /// `ldrb.w` with 0..=4095 or -255..=-1. `rt` may not be `sp` or `pc`.
    ldrb_imm = Some((0x7800, 0)), None, 0xf810, false, false;
    /// `strb rt, [rn, #offset]`: 16-bit for low registers and 0..=31, else `strb.w` with
    /// 0..=4095 or -255..=-1. `rt` may not be `sp` or `pc`.
    strb_imm = Some((0x7000, 0)), None, 0xf800, false, false;
    /// `ldrh rt, [rn, #offset]` (zero-extends): 16-bit for low registers and an even 0..=62,
    /// else `ldrh.w` with 0..=4095 or -255..=-1. `rt` may not be `sp` or `pc`.
    ldrh_imm = Some((0x8800, 1)), None, 0xf830, false, false;
    /// `strh rt, [rn, #offset]`: 16-bit for low registers and an even 0..=62, else `strh.w`
    /// with 0..=4095 or -255..=-1. `rt` may not be `sp` or `pc`.
    strh_imm = Some((0x8000, 1)), None, 0xf820, false, false;
    /// `ldrsb rt, [rn, #offset]` (sign-extends; 32-bit: 0..=4095 or -255..=-1). `rt` may not
    /// be `sp` or `pc`.
    ldrsb_imm = None, None, 0xf910, false, false;
    /// `ldrsh rt, [rn, #offset]` (sign-extends; 32-bit: 0..=4095 or -255..=-1). `rt` may not
    /// be `sp` or `pc`.
    ldrsh_imm = None, None, 0xf930, false, false;
}

/// A load/store (register): 16-bit `narrow` for low registers and no shift, else 32-bit.
#[allow(clippy::too_many_arguments)]
fn ls_reg(what: &str, narrow: u16, wide: u16, rt_sp: bool, rt: R, rn: R, rm: R, lsl: u8) -> Ins {
    let n = npc(rn, what);
    let m = gp(rm, what);
    let t = if rt_sp { npc(rt, what) } else { gp(rt, what) };
    assert!(lsl <= 3, "{what}: lsl #{lsl} out of range 0..=3");
    if lsl == 0 && lows(&[rt, rn, rm]) {
        return Ins::narrow(narrow | m << 6 | n << 3 | t);
    }
    Ins::wide(wide | n, t << 12 | (lsl as u16) << 4 | m)
}

macro_rules! ls_reg_fns {
    ($($(#[$doc:meta])* $name:ident = $narrow:expr, $wide:expr, $rt_sp:expr;)*) => {$(
        $(#[$doc])*
        ///
        /// The address is `rn + (rm << lsl)`, `lsl` in 0..=3: 16-bit for low registers and
        /// `lsl` 0, else 32-bit. `rn` may be `sp`; `rm` may not be `sp` or `pc`.
        ///
        /// # Panics
        /// On `pc` as `rn` or `rt`, `sp` or `pc` as `rm`, or `lsl > 3`.
        pub fn $name(rt: R, rn: R, rm: R, lsl: u8) -> Ins {
            ls_reg(stringify!($name), $narrow, $wide, $rt_sp, rt, rn, rm, lsl)
        }
    )*};
}

ls_reg_fns! {
    /// `ldr rt, [rn, rm, lsl #lsl]` (`rt` may be `sp`).
    ldr_reg = 0x5800, 0xf850, true;
    /// `str rt, [rn, rm, lsl #lsl]` (`rt` may be `sp`).
    str_reg = 0x5000, 0xf840, true;
    /// `ldrb rt, [rn, rm, lsl #lsl]` (zero-extends; `rt` may not be `sp`).
    ldrb_reg = 0x5c00, 0xf810, false;
    /// `strb rt, [rn, rm, lsl #lsl]` (`rt` may not be `sp`).
    strb_reg = 0x5400, 0xf800, false;
    /// `ldrh rt, [rn, rm, lsl #lsl]` (zero-extends; `rt` may not be `sp`).
    ldrh_reg = 0x5a00, 0xf830, false;
    /// `strh rt, [rn, rm, lsl #lsl]` (`rt` may not be `sp`).
    strh_reg = 0x5200, 0xf820, false;
    /// `ldrsb rt, [rn, rm, lsl #lsl]` (sign-extends; `rt` may not be `sp`).
    ldrsb_reg = 0x5600, 0xf910, false;
    /// `ldrsh rt, [rn, rm, lsl #lsl]` (sign-extends; `rt` may not be `sp`).
    ldrsh_reg = 0x5e00, 0xf930, false;
}

/// `ldrd`/`strd` (immediate, offset addressing).
fn ls_dual(what: &str, load: bool, rt: R, rt2: R, rn: R, offset: i32) -> Option<Ins> {
    let (t, t2, n) = (gp(rt, what), gp(rt2, what), npc(rn, what));
    assert!(!load || t != t2, "{what}: rt and rt2 must differ");
    if offset % 4 != 0 || !(-1020..=1020).contains(&offset) {
        return None;
    }
    let u = (offset >= 0) as u16;
    let hw1 = 0xe940 | u << 7 | (load as u16) << 4 | n;
    Some(Ins::wide(
        hw1,
        t << 12 | t2 << 8 | (offset.unsigned_abs() / 4) as u16,
    ))
}

/// `ldrd rt, rt2, [rn, #offset]` (32-bit): `rt` from the lower address. Returns `None` unless
/// `offset` is a multiple of 4 in -1020..=1020. `rn` may be `sp`. The registers need not be
/// an even/odd pair (unlike ARM state).
///
/// # Panics
/// On `sp` or `pc` as `rt`/`rt2`, `rt == rt2`, or `pc` as `rn`.
pub fn ldrd_imm(rt: R, rt2: R, rn: R, offset: i32) -> Option<Ins> {
    ls_dual("ldrd_imm", true, rt, rt2, rn, offset)
}

/// `strd rt, rt2, [rn, #offset]` (32-bit): `rt` to the lower address. Returns `None` unless
/// `offset` is a multiple of 4 in -1020..=1020. `rn` may be `sp`.
///
/// # Panics
/// On `sp` or `pc` as `rt`/`rt2`, or `pc` as `rn`.
pub fn strd_imm(rt: R, rt2: R, rn: R, offset: i32) -> Option<Ins> {
    ls_dual("strd_imm", false, rt, rt2, rn, offset)
}

/// `ldr rt, [pc, #offset]`: loads the word at `Align(pc, 4) + offset`, where `pc` is the
/// address of this instruction + 4. 16-bit for a low `rt` and a multiple of 4 in 0..=1020,
/// else `ldr.w` with -4095..=4095. `rt` may be `sp` or `pc`.
///
/// # Panics
/// If `offset` is outside -4095..=4095.
pub fn ldr_lit(rt: R, offset: i32) -> Ins {
    let t = reg(rt);
    assert!(
        (-4095..=4095).contains(&offset),
        "ldr_lit: offset {offset} out of range -4095..=4095"
    );
    if low(rt) && (0..=1020).contains(&offset) && offset % 4 == 0 {
        return Ins::narrow(0x4800 | t << 8 | (offset / 4) as u16);
    }
    let u = (offset >= 0) as u16;
    Ins::wide(0xf85f | u << 7, t << 12 | offset.unsigned_abs() as u16)
}

/// `push {mask}` (bit n = rn): the 16-bit form for `r0`..`r7` and `lr`, else `push.w` (`stmdb
/// sp!`; at least two registers) or, for a single high register, `str.w rt, [sp, #-4]!`.
/// Registers are stored in ascending order at ascending addresses.
///
/// # Panics
/// If `mask` is empty or contains `sp` or `pc`.
pub fn push(mask: u16) -> Ins {
    assert!(mask != 0, "push: empty register list");
    assert!(mask & 0xa000 == 0, "push: sp and pc cannot be pushed");
    if mask & !0x40ff == 0 {
        return Ins::narrow(0xb400 | (mask >> 14 & 1) << 8 | (mask & 0xff));
    }
    if mask.count_ones() == 1 {
        return Ins::wide(0xf84d, (mask.trailing_zeros() as u16) << 12 | 0xd04);
    }
    Ins::wide(0xe92d, mask)
}

/// `pop {mask}` (bit n = rn): the 16-bit form for `r0`..`r7` and `pc`, else `pop.w` (`ldmia
/// sp!`; at least two registers) or, for a single register, `ldr.w rt, [sp], #4`. Popping
/// `pc` is a return (interworking on bit 0).
///
/// # Panics
/// If `mask` is empty, contains `sp`, or both `lr` and `pc`.
pub fn pop(mask: u16) -> Ins {
    assert!(mask != 0, "pop: empty register list");
    assert!(mask & 0x2000 == 0, "pop: sp cannot be popped");
    assert!(
        mask & 0xc000 != 0xc000,
        "pop: lr and pc cannot both be popped"
    );
    if mask & !0x80ff == 0 {
        return Ins::narrow(0xbc00 | (mask >> 15 & 1) << 8 | (mask & 0xff));
    }
    if mask.count_ones() == 1 {
        return Ins::wide(0xf85d, (mask.trailing_zeros() as u16) << 12 | 0xb04);
    }
    Ins::wide(0xe8bd, mask)
}

/// `ldm rn{!}, {mask}` (increment after; `!` = `writeback`: rn += 4 * count): 16-bit for a low
/// `rn` and low registers when the 16-bit form's writeback rule (writeback exactly when `rn`
/// is not loaded) matches, else `ldm.w`; one register is loaded with `ldr` (post-indexed with
/// writeback). `rn` may be `sp` (then prefer [`pop`]).
///
/// # Panics
/// If `mask` is empty or contains `sp`, both `lr` and `pc`, or `rn` with writeback; or `rn`
/// is `pc`.
pub fn ldm(rn: R, mask: u16, writeback: bool) -> Ins {
    let n = npc(rn, "ldm");
    assert!(mask != 0, "ldm: empty register list");
    assert!(mask & 0x2000 == 0, "ldm: sp cannot be loaded");
    assert!(
        mask & 0xc000 != 0xc000,
        "ldm: lr and pc cannot both be loaded"
    );
    let has_n = mask >> n & 1 == 1;
    assert!(!(writeback && has_n), "ldm: rn is loaded and written back");
    if low(rn) && mask & !0xff == 0 && writeback != has_n {
        return Ins::narrow(0xc800 | n << 8 | mask);
    }
    if mask.count_ones() == 1 {
        let t = mask.trailing_zeros() as u16;
        return if writeback {
            Ins::wide(0xf850 | n, t << 12 | 0xb04)
        } else {
            ldr_imm(R(t as u8), rn, 0).unwrap()
        };
    }
    Ins::wide(0xe890 | (writeback as u16) << 5 | n, mask)
}

/// `stm rn{!}, {mask}` (increment after; `!` = `writeback`): 16-bit for a low `rn`, low
/// registers and writeback, else `stm.w`; one register is stored with `str` (post-indexed
/// with writeback).
///
/// # Panics
/// If `mask` is empty or contains `sp` or `pc`, or `rn` with writeback; or `rn` is `pc`.
pub fn stm(rn: R, mask: u16, writeback: bool) -> Ins {
    let n = npc(rn, "stm");
    assert!(mask != 0, "stm: empty register list");
    assert!(mask & 0xa000 == 0, "stm: sp and pc cannot be stored");
    assert!(
        !(writeback && mask >> n & 1 == 1),
        "stm: rn is stored and written back"
    );
    if low(rn) && mask & !0xff == 0 && writeback {
        return Ins::narrow(0xc000 | n << 8 | mask);
    }
    if mask.count_ones() == 1 {
        let t = mask.trailing_zeros() as u16;
        return if writeback {
            Ins::wide(0xf840 | n, t << 12 | 0xb04)
        } else {
            str_imm(R(t as u8), rn, 0).unwrap()
        };
    }
    Ins::wide(0xe880 | (writeback as u16) << 5 | n, mask)
}

// ---------------------------------------------------------------------------------------
// Branches and control.
// ---------------------------------------------------------------------------------------

/// The patchable pc-relative branch encodings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Branch {
    /// `b.w` (T4): even offsets in -16 MiB..16 MiB.
    B,
    /// `b.n` (T2): even offsets in -2048..=2046.
    BNarrow,
    /// `b<cond>.w` (T3): even offsets in -1 MiB..1 MiB.
    BCond,
    /// `b<cond>.n` (T1): even offsets in -256..=254.
    BCondNarrow,
    /// `cbz`/`cbnz`: even offsets in 0..=126 (forward only).
    Cbz,
    /// `bl` (T1): even offsets in -16 MiB..16 MiB.
    Bl,
}

impl Branch {
    /// The offsets it can encode: `(min, max)` (all even offsets in between).
    pub const fn range(self) -> (i32, i32) {
        match self {
            Branch::B | Branch::Bl => (-(1 << 24), (1 << 24) - 2),
            Branch::BNarrow => (-2048, 2046),
            Branch::BCond => (-(1 << 20), (1 << 20) - 2),
            Branch::BCondNarrow => (-256, 254),
            Branch::Cbz => (0, 126),
        }
    }
}

/// Whether a branch of `kind` can encode `offset` (even and within its range).
pub const fn branch_in_range(kind: Branch, offset: i32) -> bool {
    let (lo, hi) = kind.range();
    offset % 2 == 0 && offset >= lo && offset <= hi
}

/// Asserts [`branch_in_range`].
fn check_branch(kind: Branch, offset: i32) {
    assert!(
        branch_in_range(kind, offset),
        "{kind:?}: branch offset {offset} is odd or out of range"
    );
}

/// The `S:imm10`, `J1:J2:imm11` fields of `b.w` / `bl`.
fn b_t4_fields(offset: i32) -> (u16, u16) {
    let o = offset as u32;
    let s = o >> 24 & 1;
    let j1 = !(o >> 23 ^ s) & 1;
    let j2 = !(o >> 22 ^ s) & 1;
    (
        (s << 10 | (o >> 12 & 0x3ff)) as u16,
        (j1 << 13 | j2 << 11 | (o >> 1 & 0x7ff)) as u16,
    )
}

/// `b.w #offset` (T4; bytes from this instruction + 4, even, within ±16 MiB).
///
/// # Panics
/// If `offset` is odd or out of range.
pub fn b(offset: i32) -> Ins {
    check_branch(Branch::B, offset);
    let (h1, h2) = b_t4_fields(offset);
    Ins::wide(0xf000 | h1, 0x9000 | h2)
}

/// `b.n #offset` (T2; even, -2048..=2046).
///
/// # Panics
/// If `offset` is odd or out of range.
pub fn b_narrow(offset: i32) -> Ins {
    check_branch(Branch::BNarrow, offset);
    Ins::narrow(0xe000 | (offset as u16 >> 1 & 0x7ff))
}

/// `bl #offset` (T1; even, within ±16 MiB): calls, `lr` = the next instruction's address | 1.
///
/// # Panics
/// If `offset` is odd or out of range.
pub fn bl(offset: i32) -> Ins {
    check_branch(Branch::Bl, offset);
    let (h1, h2) = b_t4_fields(offset);
    Ins::wide(0xf000 | h1, 0xd000 | h2)
}

/// `b<c>.w #offset` (T3; even, within ±1 MiB).
///
/// # Panics
/// If `c` is [`Cond::Al`] (use [`b`]) or `offset` is odd or out of range.
pub fn b_cond(c: Cond, offset: i32) -> Ins {
    assert!(c != Cond::Al, "b_cond: use b for an unconditional branch");
    check_branch(Branch::BCond, offset);
    let o = offset as u32;
    let hw1 = (o >> 20 & 1) << 10 | (c as u32) << 6 | (o >> 12 & 0x3f);
    let hw2 = (o >> 18 & 1) << 13 | (o >> 19 & 1) << 11 | (o >> 1 & 0x7ff);
    Ins::wide(0xf000 | hw1 as u16, 0x8000 | hw2 as u16)
}

/// `b<c>.n #offset` (T1; even, -256..=254).
///
/// # Panics
/// If `c` is [`Cond::Al`] (use [`b_narrow`]) or `offset` is odd or out of range.
pub fn b_cond_narrow(c: Cond, offset: i32) -> Ins {
    assert!(
        c != Cond::Al,
        "b_cond_narrow: use b_narrow for an unconditional branch"
    );
    check_branch(Branch::BCondNarrow, offset);
    Ins::narrow(0xd000 | (c as u16) << 8 | (offset as u16 >> 1 & 0xff))
}

/// `cbz`/`cbnz`.
fn cb(what: &str, base: u16, rn: R, offset: i32) -> Ins {
    assert!(low(rn), "{what}: rn must be r0..r7");
    check_branch(Branch::Cbz, offset);
    let o = offset as u16 >> 1;
    Ins::narrow(base | (o >> 5) << 9 | (o & 0x1f) << 3 | rn.0 as u16)
}

/// `cbz rn, #offset`: branches if rn is 0 (16-bit; `rn` low; forward only, even, 0..=126;
/// flags untouched; not inside an IT block).
///
/// # Panics
/// If `rn` is high or `offset` is odd or out of range.
pub fn cbz(rn: R, offset: i32) -> Ins {
    cb("cbz", 0xb100, rn, offset)
}

/// `cbnz rn, #offset`: branches if rn is not 0 (as [`cbz`]).
///
/// # Panics
/// If `rn` is high or `offset` is odd or out of range.
pub fn cbnz(rn: R, offset: i32) -> Ins {
    cb("cbnz", 0xb900, rn, offset)
}

/// `blx rm`: calls the address in rm (bit 0 must be 1 to stay in Thumb state; 16-bit).
///
/// # Panics
/// If `rm` is `pc`.
pub fn blx_reg(rm: R) -> Ins {
    Ins::narrow(0x4780 | npc(rm, "blx_reg") << 3)
}

/// `bx rm`: jumps to the address in rm (bit 0 selects Thumb state; `bx lr` returns; 16-bit).
///
/// # Panics
/// If `rm` is `pc`.
pub fn bx(rm: R) -> Ins {
    Ins::narrow(0x4700 | npc(rm, "bx") << 3)
}

/// `it{x{y{z}}} firstcond`: makes the next 1..=4 instructions conditional, the first on
/// `firstcond` and each further one on `firstcond` (`'t'` in `pattern`) or its inverse
/// (`'e'`); `pattern` is `""`, `"t"`, `"e"`, `"tt"`, ... up to three letters.
///
/// Inside the block the 16-bit data-processing encodings do not set the flags (see the
/// module documentation), a branch may only be the last instruction, and `cbz`, `cbnz` and
/// `it` are not allowed.
///
/// # Panics
/// If `pattern` is longer than 3 or has letters other than `t` and `e`, or `firstcond` is
/// [`Cond::Al`] with an `e`.
pub fn it(firstcond: Cond, pattern: &str) -> Ins {
    assert!(
        pattern.len() <= 3,
        "it: pattern {pattern:?} is longer than 3"
    );
    let fc = firstcond as u16;
    let mut mask = 0u16;
    for (i, ch) in pattern.bytes().enumerate() {
        let bit = match ch {
            b't' => fc & 1,
            b'e' => {
                assert!(firstcond != Cond::Al, "it: al cannot have an else");
                !fc & 1
            }
            _ => panic!("it: pattern {pattern:?} may only have 't' and 'e'"),
        };
        mask |= bit << (3 - i);
    }
    mask |= 1 << (3 - pattern.len());
    Ins::narrow(0xbf00 | fc << 4 | mask)
}

/// `udf #imm8`: permanently undefined (traps; 16-bit).
pub fn udf(imm8: u8) -> Ins {
    Ins::narrow(0xde00 | imm8 as u16)
}

/// `udf.w #imm16`: permanently undefined (traps; 32-bit).
pub fn udf_w(imm16: u16) -> Ins {
    Ins::wide(0xf7f0 | imm16 >> 12, 0xa000 | (imm16 & 0xfff))
}

/// `bkpt #imm8`: a breakpoint (debug exception; 16-bit).
pub fn bkpt(imm8: u8) -> Ins {
    Ins::narrow(0xbe00 | imm8 as u16)
}

/// `nop` (16-bit).
pub fn nop() -> Ins {
    Ins::narrow(0xbf00)
}

/// `nop.w` (32-bit).
pub fn nop_w() -> Ins {
    Ins::wide(0xf3af, 0x8000)
}

/// The kind and offset of the pc-relative branch at the start of `bytes`, if it is one of
/// [`Branch`]'s encodings.
pub fn decode_branch(bytes: &[u8]) -> Option<(Branch, i32)> {
    let ins = Ins::from_bytes(bytes)?;
    let [h1, h2] = ins.hw;
    let sext = |v: u32, bits: u32| ((v << (32 - bits)) as i32) >> (32 - bits);
    if !ins.wide {
        return match h1 >> 11 {
            0b11100 => Some((Branch::BNarrow, sext((h1 as u32 & 0x7ff) << 1, 12))),
            0b11010 | 0b11011 if (h1 >> 9 & 7) != 0b111 => {
                Some((Branch::BCondNarrow, sext((h1 as u32 & 0xff) << 1, 9)))
            }
            0b10110 | 0b10111 if h1 & 0x500 == 0x100 => Some((
                Branch::Cbz,
                ((h1 as i32 >> 9 & 1) << 6) | ((h1 as i32 >> 3 & 0x1f) << 1),
            )),
            _ => None,
        };
    }
    if h1 >> 11 != 0b11110 || h2 >> 15 != 1 {
        return None;
    }
    let (h1, h2) = (h1 as u32, h2 as u32);
    let s = h1 >> 10 & 1;
    let (j1, j2) = (h2 >> 13 & 1, h2 >> 11 & 1);
    let imm11 = h2 & 0x7ff;
    let t4 = |kind| {
        let (i1, i2) = (!(j1 ^ s) & 1, !(j2 ^ s) & 1);
        let v = s << 24 | i1 << 23 | i2 << 22 | (h1 & 0x3ff) << 12 | imm11 << 1;
        Some((kind, sext(v, 25)))
    };
    match h2 >> 12 & 5 {
        0b001 => t4(Branch::B),
        0b101 => t4(Branch::Bl),
        0b000 if (h1 >> 7 & 7) != 0b111 => {
            let v = s << 20 | j2 << 19 | j1 << 18 | (h1 & 0x3f) << 12 | imm11 << 1;
            Some((Branch::BCond, sext(v, 21)))
        }
        _ => None,
    }
}

/// Rewrites, in place, the offset of the branch at the start of `ins_bytes` (any
/// [`Branch`] kind, found by [`decode_branch`]), keeping its other fields.
///
/// # Panics
/// If the bytes are not such a branch, or `offset` does not fit it.
pub fn patch_branch(ins_bytes: &mut [u8], offset: i32) {
    let (kind, _) = decode_branch(ins_bytes).expect("patch_branch: not a patchable branch");
    let hw1 = u16::from_le_bytes([ins_bytes[0], ins_bytes[1]]);
    let cond = || Cond::ALL[(hw1 >> 6 & 0xf) as usize];
    let new = match kind {
        Branch::B => b(offset),
        Branch::Bl => bl(offset),
        Branch::BNarrow => b_narrow(offset),
        Branch::BCond => b_cond(cond(), offset),
        Branch::BCondNarrow => b_cond_narrow(Cond::ALL[(hw1 >> 8 & 0xf) as usize], offset),
        Branch::Cbz => cb("patch_branch", hw1 & 0xb900, R((hw1 & 7) as u8), offset),
    };
    ins_bytes[..new.len()].copy_from_slice(&new.bytes());
}

// ---------------------------------------------------------------------------------------
// VFP (double precision).
// ---------------------------------------------------------------------------------------

/// `base | D | Vn | Vd | N | M | Vm` for double registers.
#[inline]
fn vfp3(base: u32, d: D, n: D, m: D) -> Ins {
    let ((vd, dd), (vn, nn), (vm, mm)) = (dreg(d), dreg(n), dreg(m));
    Ins::word(base | dd << 22 | vn << 16 | vd << 12 | nn << 7 | mm << 5 | vm)
}

/// `base | D | Vd | M | Vm` for double registers.
#[inline]
fn vfp2(base: u32, d: D, m: D) -> Ins {
    let ((vd, dd), (vm, mm)) = (dreg(d), dreg(m));
    Ins::word(base | dd << 22 | vd << 12 | mm << 5 | vm)
}

/// `vadd.f64 dd, dn, dm`.
pub fn vadd_f64(dd: D, dn: D, dm: D) -> Ins {
    vfp3(0xee30_0b00, dd, dn, dm)
}

/// `vsub.f64 dd, dn, dm`.
pub fn vsub_f64(dd: D, dn: D, dm: D) -> Ins {
    vfp3(0xee30_0b40, dd, dn, dm)
}

/// `vmul.f64 dd, dn, dm`.
pub fn vmul_f64(dd: D, dn: D, dm: D) -> Ins {
    vfp3(0xee20_0b00, dd, dn, dm)
}

/// `vdiv.f64 dd, dn, dm`.
pub fn vdiv_f64(dd: D, dn: D, dm: D) -> Ins {
    vfp3(0xee80_0b00, dd, dn, dm)
}

/// `vsqrt.f64 dd, dm`.
pub fn vsqrt_f64(dd: D, dm: D) -> Ins {
    vfp2(0xeeb1_0bc0, dd, dm)
}

/// `vneg.f64 dd, dm` (flips the sign bit, NaNs included).
pub fn vneg_f64(dd: D, dm: D) -> Ins {
    vfp2(0xeeb1_0b40, dd, dm)
}

/// `vabs.f64 dd, dm` (clears the sign bit).
pub fn vabs_f64(dd: D, dm: D) -> Ins {
    vfp2(0xeeb0_0bc0, dd, dm)
}

/// `vmov.f64 dd, dm`.
pub fn vmov_f64(dd: D, dm: D) -> Ins {
    vfp2(0xeeb0_0b40, dd, dm)
}

/// `vmov.f64 dd, #imm` (VFPv3), if `imm` is ±(16..=31)/16 · 2^(-3..=4): `VFPExpandImm` of an
/// 8-bit `a:b:cdefgh` = sign, exponent `NOT(b):bbbbbbbb:cd`, fraction `efgh` then zeros.
/// Zero is not encodable.
pub fn vmov_imm_f64(dd: D, imm: f64) -> Option<Ins> {
    let bits = imm.to_bits();
    if bits & 0xffff_ffff_ffff != 0 {
        return None;
    }
    let b = bits >> 54 & 1;
    let rep = bits >> 54 & 0xff;
    if rep != if b == 1 { 0xff } else { 0 } || bits >> 62 & 1 == b {
        return None;
    }
    let imm8 = ((bits >> 63) << 7 | b << 6 | (bits >> 48 & 0x3f)) as u32;
    let (vd, d) = dreg(dd);
    Some(Ins::word(
        0xeeb0_0b00 | d << 22 | (imm8 >> 4) << 16 | vd << 12 | (imm8 & 0xf),
    ))
}

/// `vmov dm, rt_lo, rt_hi`: the double's low word from `rt_lo`, high word from `rt_hi`.
///
/// # Panics
/// On `sp` or `pc`.
pub fn vmov_d_from_rr(dm: D, rt_lo: R, rt_hi: R) -> Ins {
    let (t, t2) = (gp(rt_lo, "vmov_d_from_rr"), gp(rt_hi, "vmov_d_from_rr"));
    let (vm, m) = dreg(dm);
    Ins::word(0xec40_0b10 | (t2 as u32) << 16 | (t as u32) << 12 | m << 5 | vm)
}

/// `vmov rt_lo, rt_hi, dm`: the double's low word to `rt_lo`, high word to `rt_hi`.
///
/// # Panics
/// On `sp` or `pc`, or `rt_lo == rt_hi`.
pub fn vmov_rr_from_d(rt_lo: R, rt_hi: R, dm: D) -> Ins {
    let (t, t2) = (gp(rt_lo, "vmov_rr_from_d"), gp(rt_hi, "vmov_rr_from_d"));
    assert!(t != t2, "vmov_rr_from_d: rt_lo and rt_hi must differ");
    let (vm, m) = dreg(dm);
    Ins::word(0xec50_0b10 | (t2 as u32) << 16 | (t as u32) << 12 | m << 5 | vm)
}

/// `vmov sn, rt` (raw bits).
///
/// # Panics
/// On `sp` or `pc`.
pub fn vmov_s_from_r(sn: S, rt: R) -> Ins {
    let t = gp(rt, "vmov_s_from_r") as u32;
    let (vn, n) = sreg(sn);
    Ins::word(0xee00_0a10 | vn << 16 | t << 12 | n << 7)
}

/// `vmov rt, sn` (raw bits).
///
/// # Panics
/// On `sp` or `pc`.
pub fn vmov_r_from_s(rt: R, sn: S) -> Ins {
    let t = gp(rt, "vmov_r_from_s") as u32;
    let (vn, n) = sreg(sn);
    Ins::word(0xee10_0a10 | vn << 16 | t << 12 | n << 7)
}

/// `vcmp.f64 dd, dm`: sets the FPSCR flags (quiet: only signaling NaNs raise Invalid); read
/// them with [`vmrs_apsr`]. Unordered gives `C` and `V` set (N=0, Z=0).
pub fn vcmp_f64(dd: D, dm: D) -> Ins {
    vfp2(0xeeb4_0b40, dd, dm)
}

/// `vcmpe.f64 dd, dm` (as [`vcmp_f64`] but any NaN raises Invalid).
pub fn vcmpe_f64(dd: D, dm: D) -> Ins {
    vfp2(0xeeb4_0bc0, dd, dm)
}

/// `vcmp.f64 dd, #0`.
pub fn vcmp_zero_f64(dd: D) -> Ins {
    vfp2(0xeeb5_0b40, dd, D(0))
}

/// `vcmpe.f64 dd, #0`.
pub fn vcmpe_zero_f64(dd: D) -> Ins {
    vfp2(0xeeb5_0bc0, dd, D(0))
}

/// `vmrs APSR_nzcv, fpscr`: copies the FPSCR flags (of the last `vcmp`) to the APSR.
pub fn vmrs_apsr() -> Ins {
    Ins::word(0xeef1_fa10)
}

/// `base | D:Vd (double) | Vm:M (single)`.
fn vcvt_to_f64(base: u32, dd: D, sm: S) -> Ins {
    let ((vd, d), (vm, m)) = (dreg(dd), sreg(sm));
    Ins::word(base | d << 22 | vd << 12 | m << 5 | vm)
}

/// `base | Vd:D (single) | M:Vm (double)`.
fn vcvt_from_f64(base: u32, sd: S, dm: D) -> Ins {
    let ((vd, d), (vm, m)) = (sreg(sd), dreg(dm));
    Ins::word(base | d << 22 | vd << 12 | m << 5 | vm)
}

/// `vcvt.f64.s32 dd, sm`: the signed integer in sm, as a double (exact).
pub fn vcvt_f64_s32(dd: D, sm: S) -> Ins {
    vcvt_to_f64(0xeeb8_0bc0, dd, sm)
}

/// `vcvt.f64.u32 dd, sm`: the unsigned integer in sm, as a double (exact).
pub fn vcvt_f64_u32(dd: D, sm: S) -> Ins {
    vcvt_to_f64(0xeeb8_0b40, dd, sm)
}

/// `vcvt.s32.f64 sd, dm`: rounds toward zero, saturating (NaN gives 0).
pub fn vcvt_s32_f64(sd: S, dm: D) -> Ins {
    vcvt_from_f64(0xeebd_0bc0, sd, dm)
}

/// `vcvtr.s32.f64 sd, dm`: rounds per the FPSCR rounding mode (nearest-even by default),
/// saturating.
pub fn vcvtr_s32_f64(sd: S, dm: D) -> Ins {
    vcvt_from_f64(0xeebd_0b40, sd, dm)
}

/// `vcvt.u32.f64 sd, dm`: rounds toward zero, saturating (negative values and NaN give 0).
pub fn vcvt_u32_f64(sd: S, dm: D) -> Ins {
    vcvt_from_f64(0xeebc_0bc0, sd, dm)
}

/// `vldr`/`vstr` of a double.
fn vls(what: &str, load: bool, dd: D, rn: R, offset: i32) -> Option<Ins> {
    let n = reg(rn) as u32;
    assert!(load || n != 15, "{what}: pc is not allowed as the base");
    if offset % 4 != 0 || !(-1020..=1020).contains(&offset) {
        return None;
    }
    let (vd, d) = dreg(dd);
    let u = (offset >= 0) as u32;
    let base = if load { 0xed10_0b00 } else { 0xed00_0b00 };
    Some(Ins::word(
        base | u << 23 | d << 22 | n << 16 | vd << 12 | (offset.unsigned_abs() / 4),
    ))
}

/// `vldr dd, [rn, #offset]`: returns `None` unless `offset` is a multiple of 4 in
/// -1020..=1020. `rn` may be `sp`, or `pc` (a literal: the base is `Align(pc, 4)`, as in
/// [`ldr_lit`]).
pub fn vldr_f64(dd: D, rn: R, offset: i32) -> Option<Ins> {
    vls("vldr_f64", true, dd, rn, offset)
}

/// `vstr dd, [rn, #offset]`: returns `None` unless `offset` is a multiple of 4 in
/// -1020..=1020. `rn` may be `sp`.
///
/// # Panics
/// If `rn` is `pc`.
pub fn vstr_f64(dd: D, rn: R, offset: i32) -> Option<Ins> {
    vls("vstr_f64", false, dd, rn, offset)
}

/// `vpush`/`vpop` of `count` consecutive doubles.
fn vpushpop(what: &str, base: u32, first: D, count: u8) -> Ins {
    assert!(
        (1..=16).contains(&count) && first.0 as u32 + count as u32 <= 32,
        "{what}: d{}..+{count} out of range (1..=16 registers within d0..d31)",
        first.0
    );
    let (vd, d) = dreg(first);
    Ins::word(base | d << 22 | vd << 12 | (2 * count as u32))
}

/// `vpush {first..first+count-1}` (`vstmdb sp!`; 1..=16 registers).
///
/// # Panics
/// If `count` is 0 or above 16, or the list passes `d31`.
pub fn vpush(first: D, count: u8) -> Ins {
    vpushpop("vpush", 0xed2d_0b00, first, count)
}

/// `vpop {first..first+count-1}` (`vldmia sp!`; 1..=16 registers).
///
/// # Panics
/// If `count` is 0 or above 16, or the list passes `d31`.
pub fn vpop(first: D, count: u8) -> Ins {
    vpushpop("vpop", 0xecbd_0b00, first, count)
}

// ---------------------------------------------------------------------------------------
// Barriers.
// ---------------------------------------------------------------------------------------

/// `dmb ish` (inner-shareable data memory barrier). ARMv7-M implements only the full-system
/// option and treats the others as it: prefer [`dmb_sy`] there.
pub fn dmb_ish() -> Ins {
    Ins::wide(0xf3bf, 0x8f5b)
}

/// `dmb sy` (full-system data memory barrier).
pub fn dmb_sy() -> Ins {
    Ins::wide(0xf3bf, 0x8f5f)
}

/// `dsb ish` (inner-shareable data synchronization barrier; see [`dmb_ish`] for ARMv7-M).
pub fn dsb_ish() -> Ins {
    Ins::wide(0xf3bf, 0x8f4b)
}

/// `dsb sy` (full-system data synchronization barrier).
pub fn dsb_sy() -> Ins {
    Ins::wide(0xf3bf, 0x8f4f)
}

/// `isb sy` (instruction synchronization barrier: refetches what follows).
pub fn isb() -> Ins {
    Ins::wide(0xf3bf, 0x8f6f)
}
