//! AArch64 (A64) instruction encodings.
//!
//! Every encoder returns the 32-bit word of exactly **one** instruction (write it
//! little-endian); there is no emission sink. The one exception is [`mov_imm`], which
//! returns the short sequence of words that materializes a constant, in execution order.
//!
//! Conventions:
//! - Registers are plain numbers: [`R`] for general registers (0..=30, and 31) and [`V`] for
//!   SIMD&FP registers used as doubles (`d0`..`d31`). What register number 31 means depends
//!   on the operand and is documented per function: it is `sp` for the base of a memory
//!   access, the operands of the immediate add/sub forms (except a flag-setting `rd`) and the
//!   destination of the non-flag-setting logical-immediate forms; it is `xzr`/`wzr`
//!   everywhere else.
//! - [`W`] selects the 32-bit (`w` registers, `sf = 0`) or 64-bit (`x` registers, `sf = 1`)
//!   form. 32-bit operations zero the upper half of the destination.
//! - Branch offsets are counted in **words** (instructions), relative to the address of the
//!   branch itself (`b(0)` is an infinite loop, `b(1)` falls through). [`patch_branch`]
//!   rewrites the offset of an existing branch word.
//! - Memory offsets are in bytes.
//! - Immediates that a code generator reasonably tries and falls back from (bitmask
//!   immediates, scaled load/store offsets) return `Option`; every other unsupported operand
//!   (an out-of-range shift, offset or register number) panics: it is a code-generator bug.
//!
//! Field names in comments follow the Arm Architecture Reference Manual (ARM ARM).

use arrayvec::ArrayVec;

/// A general register number 0..=30, or 31, which is `sp` or `xzr`/`wzr` depending on the
/// instruction (documented per function).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct R(pub u8);

impl R {
    /// Register 31 where it means the stack pointer.
    pub const SP: R = R(31);
    /// Register 31 where it means the zero register.
    pub const ZR: R = R(31);
    /// The link register `x30`.
    pub const LR: R = R(30);
    /// The frame pointer `x29`.
    pub const FP: R = R(29);

    /// The register number (0..=31).
    #[inline]
    pub const fn index(self) -> u8 {
        self.0
    }
}

/// A SIMD&FP register `d0`..`d31` (used as a double or a 64-bit scalar).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct V(pub u8);

impl V {
    /// The register number (0..=31).
    #[inline]
    pub const fn index(self) -> u8 {
        self.0
    }
}

/// Operand width of an integer instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum W {
    /// 32 bits (`w` registers, `sf = 0`; the upper half of the destination is zeroed).
    W32,
    /// 64 bits (`x` registers, `sf = 1`).
    X64,
}

impl W {
    /// The width in bits (32 or 64).
    #[inline]
    pub const fn bits(self) -> u32 {
        match self {
            W::W32 => 32,
            W::X64 => 64,
        }
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
    /// Overflow (V=1); after `fcmp`: unordered (a NaN operand).
    Vs,
    /// No overflow (V=0); after `fcmp`: ordered.
    Vc,
    /// Unsigned higher, `>` (C=1 and Z=0).
    Hi,
    /// Unsigned lower or same, `<=` (C=0 or Z=1).
    Ls,
    /// Signed `>=` (N=V).
    Ge,
    /// Signed `<` (N!=V); after `fcmp`: less than or unordered.
    Lt,
    /// Signed `>` (Z=0 and N=V).
    Gt,
    /// Signed `<=` (Z=1 or N!=V); after `fcmp`: less, equal or unordered.
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
    /// For [`Cond::Al`] (its flip, `nv`, also means "always").
    #[inline]
    pub const fn invert(self) -> Cond {
        assert!(!matches!(self, Cond::Al), "Cond::Al has no inverse");
        Cond::ALL[(self as u8 ^ 1) as usize]
    }
}

/// Shift applied to the second register of the data-processing (shifted register) forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    /// Logical shift left.
    Lsl = 0,
    /// Logical shift right.
    Lsr,
    /// Arithmetic shift right.
    Asr,
    /// Rotate right (logical instructions only).
    Ror,
}

/// Memory access size of a load or store of a general register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    /// 1 byte (`ldrb`/`strb`; loads zero-extend into a `w` register).
    B = 0,
    /// 2 bytes (`ldrh`/`strh`; loads zero-extend into a `w` register).
    H,
    /// 4 bytes (`ldr`/`str` of a `w` register; loads zero the upper half).
    W,
    /// 8 bytes (`ldr`/`str` of an `x` register).
    X,
}

impl Size {
    /// The access width in bytes (1, 2, 4 or 8).
    #[inline]
    pub const fn bytes(self) -> u32 {
        1 << self as u32
    }
}

/// How the index register of a register-offset address is extended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extend {
    /// A `w` index, zero-extended (`option = 010`).
    Uxtw,
    /// An `x` index (`option = 011`).
    Lsl,
    /// A `w` index, sign-extended (`option = 110`).
    Sxtw,
}

// ---------------------------------------------------------------------------------------
// Field packing.
// ---------------------------------------------------------------------------------------

/// A register field value (0..=31).
#[inline]
fn reg(r: R) -> u32 {
    assert!(r.0 < 32, "general register number {} out of range", r.0);
    r.0 as u32
}

/// A SIMD&FP register field value (0..=31).
#[inline]
fn vreg(v: V) -> u32 {
    assert!(v.0 < 32, "SIMD&FP register number {} out of range", v.0);
    v.0 as u32
}

/// The `sf` bit (bit 31).
#[inline]
const fn sf(w: W) -> u32 {
    match w {
        W::W32 => 0,
        W::X64 => 1 << 31,
    }
}

/// `imm` as an unsigned field of `bits` bits.
#[inline]
fn ufield(imm: u32, bits: u32, what: &str) -> u32 {
    assert!(
        imm < 1 << bits,
        "{what}: immediate {imm:#x} does not fit in {bits} bits"
    );
    imm
}

/// `v` as a two's-complement field of `bits` bits.
#[inline]
fn sfield(v: i32, bits: u32, what: &str) -> u32 {
    assert!(
        fits_signed(v, bits),
        "{what}: offset {v} does not fit in {bits} signed bits"
    );
    (v as u32) & ((1 << bits) - 1)
}

/// Whether `v` fits a two's-complement field of `bits` bits.
#[inline]
const fn fits_signed(v: i32, bits: u32) -> bool {
    let lim = 1i64 << (bits - 1);
    (v as i64) >= -lim && (v as i64) < lim
}

/// `base | sf | Rm << 16 | Rn << 5 | Rd`: the common three-register layout.
#[inline]
fn rrr(base: u32, w: W, rd: R, rn: R, rm: R) -> u32 {
    base | sf(w) | reg(rm) << 16 | reg(rn) << 5 | reg(rd)
}

/// Shifted-register data processing: `rrr` plus `shift` (bits 22..23) and `imm6`.
#[inline]
fn shifted(base: u32, w: W, rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> u32 {
    assert!(
        (amount as u32) < w.bits(),
        "shift amount {amount} out of range for {w:?}"
    );
    rrr(base, w, rd, rn, rm) | (sh as u32) << 22 | (amount as u32) << 10
}

/// Add/subtract (shifted register): no `ror`.
#[inline]
fn addsub_reg(base: u32, w: W, rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> u32 {
    assert!(
        sh != Shift::Ror,
        "add/sub (shifted register): ror is not allowed"
    );
    shifted(base, w, rd, rn, rm, sh, amount)
}

/// Add/subtract (immediate): `imm12`, optionally shifted left by 12.
#[inline]
fn addsub_imm(base: u32, w: W, rd: R, rn: R, imm12: u32, lsl12: bool, what: &str) -> u32 {
    base | sf(w) | (lsl12 as u32) << 22 | ufield(imm12, 12, what) << 10 | reg(rn) << 5 | reg(rd)
}

/// Logical (immediate): `N:immr:imms` from [`logical_imm`].
#[inline]
fn logic_imm(base: u32, w: W, rd: R, rn: R, imm: u64) -> Option<u32> {
    let field = logical_imm(w, imm)?;
    Some(base | sf(w) | field << 10 | reg(rn) << 5 | reg(rd))
}

/// Bitfield (`sbfm`/`bfm`/`ubfm`): `N = sf`, `immr`, `imms`.
#[inline]
fn bitfield(base: u32, w: W, rd: R, rn: R, immr: u8, imms: u8, what: &str) -> u32 {
    let bits = w.bits();
    assert!(
        (immr as u32) < bits && (imms as u32) < bits,
        "{what}: immr {immr} / imms {imms} out of range"
    );
    let n = sf(w) >> 9; // bit 22
    base | sf(w) | n | (immr as u32) << 16 | (imms as u32) << 10 | reg(rn) << 5 | reg(rd)
}

/// Move wide: `hw` (bits 21..22) and `imm16`.
#[inline]
fn movw(base: u32, w: W, rd: R, imm16: u16, hw: u8) -> u32 {
    assert!(
        (hw as u32) * 16 < w.bits(),
        "move wide: hw {hw} out of range for {w:?}"
    );
    base | sf(w) | (hw as u32) << 21 | (imm16 as u32) << 5 | reg(rd)
}

/// Conditional select: `cond` at bits 12..15.
#[inline]
fn condsel(base: u32, w: W, rd: R, rn: R, rm: R, c: Cond) -> u32 {
    rrr(base, w, rd, rn, rm) | (c as u32) << 12
}

/// Load/store, unsigned scaled offset: `None` unless `offset` is a multiple of `1 << scale`
/// below `4096 << scale`.
#[inline]
fn ls_uimm(base: u32, scale: u32, rt: u32, rn: R, offset: u32) -> Option<u32> {
    if offset & ((1 << scale) - 1) != 0 || offset >> scale >= 4096 {
        return None;
    }
    Some(base | (offset >> scale) << 10 | reg(rn) << 5 | rt)
}

/// Load/store, unscaled signed 9-bit offset.
#[inline]
fn ls_simm9(base: u32, rt: u32, rn: R, offset: i32, what: &str) -> u32 {
    base | sfield(offset, 9, what) << 12 | reg(rn) << 5 | rt
}

/// Load/store, register offset: `option` (bits 13..15) and `S` (bit 12).
#[inline]
fn ls_reg(base: u32, rt: u32, rn: R, rm: R, ext: Extend, shift: bool) -> u32 {
    let option = match ext {
        Extend::Uxtw => 0b010,
        Extend::Lsl => 0b011,
        Extend::Sxtw => 0b110,
    };
    base | reg(rm) << 16 | option << 13 | (shift as u32) << 12 | reg(rn) << 5 | rt
}

/// Load/store pair of 8-byte registers: `imm7 = offset / 8`.
#[inline]
fn pair(base: u32, rt: u32, rt2: u32, rn: R, offset: i32, what: &str) -> u32 {
    assert!(
        offset % 8 == 0 && (-512..=504).contains(&offset),
        "{what}: offset {offset} is not a multiple of 8 in -512..=504"
    );
    base | ((offset / 8) as u32 & 0x7f) << 15 | rt2 << 10 | reg(rn) << 5 | rt
}

/// General-register pair with writeback: `rn` may not be one of the transfer registers.
#[inline]
fn pair_wb(base: u32, rt: R, rt2: R, rn: R, offset: i32, what: &str) -> u32 {
    assert!(
        rn.0 == 31 || (rn != rt && rn != rt2),
        "{what}: base register x{} is also transferred (unpredictable)",
        rn.0
    );
    pair(base, reg(rt), reg(rt2), rn, offset, what)
}

/// FP data processing, two sources, double precision.
#[inline]
fn fp2(base: u32, d: V, n: V, m: V) -> u32 {
    base | vreg(m) << 16 | vreg(n) << 5 | vreg(d)
}

/// FP data processing, one source, double precision.
#[inline]
fn fp1(base: u32, d: V, n: V) -> u32 {
    base | vreg(n) << 5 | vreg(d)
}

// ---------------------------------------------------------------------------------------
// Moves and constants.
// ---------------------------------------------------------------------------------------

/// `movz rd, #imm16, lsl #(16*hw)` (rd 31 = zr): `hw` is 0..=1 for `W32`, 0..=3 for `X64`.
pub fn movz(w: W, rd: R, imm16: u16, hw: u8) -> u32 {
    movw(0x5280_0000, w, rd, imm16, hw)
}

/// `movk rd, #imm16, lsl #(16*hw)` (keeps the other bits; rd 31 = zr).
pub fn movk(w: W, rd: R, imm16: u16, hw: u8) -> u32 {
    movw(0x7280_0000, w, rd, imm16, hw)
}

/// `movn rd, #imm16, lsl #(16*hw)`: rd = `!(imm16 << 16*hw)` (rd 31 = zr).
pub fn movn(w: W, rd: R, imm16: u16, hw: u8) -> u32 {
    movw(0x1280_0000, w, rd, imm16, hw)
}

/// A shortest sequence of the forms below (1..=4 words, in execution order) that puts `imm`
/// in `rd`. For `W32` only the low 32 bits of `imm` count (and the upper half of `rd` is
/// zeroed).
///
/// One `movz` or `movn` when all but one 16-bit half-word are zero or all ones, else a single
/// `orr rd, zr, #imm` when `imm` is a bitmask immediate, else `movz`/`movn` followed by
/// `movk`s for the remaining half-words (for `X64`, `orr` + `movk` is used when that is
/// shorter).
///
/// # Panics
/// If `rd` is 31 (neither `zr` nor `sp` is a useful destination).
pub fn mov_imm(w: W, rd: R, imm: u64) -> ArrayVec<u32, 4> {
    assert!(rd.0 != 31, "mov_imm: rd must not be register 31");
    let n = (w.bits() / 16) as u8;
    let imm = if w == W::W32 { imm & 0xffff_ffff } else { imm };
    let half = |v: u64, i: u8| (v >> (16 * i as u32)) as u16;
    let not_zero = (0..n).filter(|&i| half(imm, i) != 0).count();
    let not_ones = (0..n).filter(|&i| half(imm, i) != 0xffff).count();
    let mut out = ArrayVec::new();
    let by_movn = not_ones < not_zero;
    let best = not_zero.min(not_ones);
    if best > 1
        && let Some(word) = orr_imm(w, rd, R::ZR, imm)
    {
        out.push(word);
        return out;
    }
    if best > 2 && w == W::X64 {
        // orr of a bitmask that agrees with imm in all half-words but one, then a movk.
        for i in 0..n {
            let others = (0..n).filter(|&j| j != i).map(|j| half(imm, j));
            for fill in others.chain([0, 0xffff]) {
                let mask = 0xffffu64 << (16 * i as u32);
                let pattern = (imm & !mask) | ((fill as u64) << (16 * i as u32));
                if let Some(word) = orr_imm(w, rd, R::ZR, pattern) {
                    out.push(word);
                    out.push(movk(w, rd, half(imm, i), i));
                    return out;
                }
            }
        }
    }
    // movz (movn) of the lowest half-word that is not 0 (0xffff), then movk for the others.
    let fill: u16 = if by_movn { 0xffff } else { 0 };
    let first = (0..n).find(|&i| half(imm, i) != fill).unwrap_or(0);
    let h = half(imm, first);
    out.push(if by_movn {
        movn(w, rd, !h, first)
    } else {
        movz(w, rd, h, first)
    });
    for i in first + 1..n {
        if half(imm, i) != fill {
            out.push(movk(w, rd, half(imm, i), i));
        }
    }
    out
}

/// The `N:immr:imms` field (13 bits, `N` in bit 12) encoding `imm` as a bitmask immediate,
/// if it is one (for `W32` only the low 32 bits of `imm` are considered, and `N` is 0).
///
/// A bitmask immediate is a 2-, 4-, 8-, 16-, 32- or 64-bit element, replicated to the
/// register width, whose set bits are one contiguous run (possibly wrapping around the
/// element); all zeros and all ones are not encodable.
pub fn logical_imm(w: W, imm: u64) -> Option<u32> {
    let v = match w {
        W::W32 => (imm & 0xffff_ffff) | imm << 32,
        W::X64 => imm,
    };
    if v == 0 || v == !0 {
        return None;
    }
    // The smallest element size the value is a replication of.
    let mut size = 64u32;
    while size > 2 {
        let h = size / 2;
        let m = (1u64 << h) - 1;
        if v & m != (v >> h) & m {
            break;
        }
        size = h;
    }
    let mask = if size == 64 { !0 } else { (1u64 << size) - 1 };
    let elt = v & mask;
    let ones = elt.count_ones();
    // Where the run of ones starts: at the lowest set bit, or (if it wraps around) at the
    // first set bit above the lowest run of zeros.
    let start = if is_run(elt) {
        elt.trailing_zeros()
    } else {
        let inv = !elt & mask;
        if !is_run(inv) {
            return None;
        }
        inv.trailing_zeros() + inv.count_ones()
    };
    let immr = (size - start) % size;
    let imms = ((!(size - 1) << 1) | (ones - 1)) & 0x3f;
    let n = (size == 64) as u32;
    Some(n << 12 | immr << 6 | imms)
}

/// Whether `x` is one nonempty run of contiguous set bits.
#[inline]
const fn is_run(x: u64) -> bool {
    if x == 0 {
        return false;
    }
    let filled = x | (x - 1); // ones below the run filled in
    filled & filled.wrapping_add(1) == 0
}

/// `mov rd, rm` (`orr rd, zr, rm`; 31 = zr for both). Use [`mov_sp`] to move to or from `sp`.
pub fn mov_reg(w: W, rd: R, rm: R) -> u32 {
    orr_reg(w, rd, R::ZR, rm, Shift::Lsl, 0)
}

/// `mov xd, xn` as `add xd, xn, #0` (64-bit; 31 = sp for both): moves to or from `sp`.
pub fn mov_sp(rd: R, rn: R) -> u32 {
    add_imm(W::X64, rd, rn, 0, false)
}

/// `adr xd, #bytes`: xd = address of this instruction + `bytes` (signed 21 bits; rd 31 =
/// zr).
///
/// # Panics
/// If `bytes` is outside -1 MiB..1 MiB.
pub fn adr(rd: R, bytes: i32) -> u32 {
    let imm = sfield(bytes, 21, "adr");
    0x1000_0000 | (imm & 3) << 29 | (imm >> 2) << 5 | reg(rd)
}

// ---------------------------------------------------------------------------------------
// Arithmetic.
// ---------------------------------------------------------------------------------------

/// `add rd, rn, #imm12 {, lsl #12}` (31 = sp for rd and rn).
///
/// # Panics
/// If `imm12 >= 4096`.
pub fn add_imm(w: W, rd: R, rn: R, imm12: u32, lsl12: bool) -> u32 {
    addsub_imm(0x1100_0000, w, rd, rn, imm12, lsl12, "add_imm")
}

/// `sub rd, rn, #imm12 {, lsl #12}` (31 = sp for rd and rn).
///
/// # Panics
/// If `imm12 >= 4096`.
pub fn sub_imm(w: W, rd: R, rn: R, imm12: u32, lsl12: bool) -> u32 {
    addsub_imm(0x5100_0000, w, rd, rn, imm12, lsl12, "sub_imm")
}

/// `adds rd, rn, #imm12 {, lsl #12}` (rd 31 = zr, rn 31 = sp).
///
/// # Panics
/// If `imm12 >= 4096`.
pub fn adds_imm(w: W, rd: R, rn: R, imm12: u32, lsl12: bool) -> u32 {
    addsub_imm(0x3100_0000, w, rd, rn, imm12, lsl12, "adds_imm")
}

/// `subs rd, rn, #imm12 {, lsl #12}` (rd 31 = zr, rn 31 = sp).
///
/// # Panics
/// If `imm12 >= 4096`.
pub fn subs_imm(w: W, rd: R, rn: R, imm12: u32, lsl12: bool) -> u32 {
    addsub_imm(0x7100_0000, w, rd, rn, imm12, lsl12, "subs_imm")
}

/// `cmp rn, #imm12 {, lsl #12}` (`subs zr, rn, #imm`; rn 31 = sp).
///
/// # Panics
/// If `imm12 >= 4096`.
pub fn cmp_imm(w: W, rn: R, imm12: u32, lsl12: bool) -> u32 {
    subs_imm(w, R::ZR, rn, imm12, lsl12)
}

/// `cmn rn, #imm12 {, lsl #12}` (`adds zr, rn, #imm`; rn 31 = sp).
///
/// # Panics
/// If `imm12 >= 4096`.
pub fn cmn_imm(w: W, rn: R, imm12: u32, lsl12: bool) -> u32 {
    adds_imm(w, R::ZR, rn, imm12, lsl12)
}

/// `add rd, rn, rm {, sh #amount}` (31 = zr).
///
/// # Panics
/// If `sh` is `Ror` or `amount` is not below the register width.
pub fn add_reg(w: W, rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> u32 {
    addsub_reg(0x0b00_0000, w, rd, rn, rm, sh, amount)
}

/// `sub rd, rn, rm {, sh #amount}` (31 = zr).
///
/// # Panics
/// If `sh` is `Ror` or `amount` is not below the register width.
pub fn sub_reg(w: W, rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> u32 {
    addsub_reg(0x4b00_0000, w, rd, rn, rm, sh, amount)
}

/// `adds rd, rn, rm {, sh #amount}` (31 = zr).
///
/// # Panics
/// If `sh` is `Ror` or `amount` is not below the register width.
pub fn adds_reg(w: W, rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> u32 {
    addsub_reg(0x2b00_0000, w, rd, rn, rm, sh, amount)
}

/// `subs rd, rn, rm {, sh #amount}` (31 = zr).
///
/// # Panics
/// If `sh` is `Ror` or `amount` is not below the register width.
pub fn subs_reg(w: W, rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> u32 {
    addsub_reg(0x6b00_0000, w, rd, rn, rm, sh, amount)
}

/// `cmp rn, rm` (`subs zr, rn, rm`; 31 = zr).
pub fn cmp_reg(w: W, rn: R, rm: R) -> u32 {
    subs_reg(w, R::ZR, rn, rm, Shift::Lsl, 0)
}

/// `cmn rn, rm` (`adds zr, rn, rm`; 31 = zr).
pub fn cmn_reg(w: W, rn: R, rm: R) -> u32 {
    adds_reg(w, R::ZR, rn, rm, Shift::Lsl, 0)
}

/// `neg rd, rm` (`sub rd, zr, rm`; 31 = zr).
pub fn neg(w: W, rd: R, rm: R) -> u32 {
    sub_reg(w, rd, R::ZR, rm, Shift::Lsl, 0)
}

/// `negs rd, rm` (`subs rd, zr, rm`; 31 = zr).
pub fn negs(w: W, rd: R, rm: R) -> u32 {
    subs_reg(w, rd, R::ZR, rm, Shift::Lsl, 0)
}

// ---------------------------------------------------------------------------------------
// Logical.
// ---------------------------------------------------------------------------------------

/// `and rd, rn, rm {, sh #amount}` (31 = zr).
///
/// # Panics
/// If `amount` is not below the register width.
pub fn and_reg(w: W, rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> u32 {
    shifted(0x0a00_0000, w, rd, rn, rm, sh, amount)
}

/// `bic rd, rn, rm {, sh #amount}`: rd = rn & !rm (31 = zr).
///
/// # Panics
/// If `amount` is not below the register width.
pub fn bic_reg(w: W, rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> u32 {
    shifted(0x0a20_0000, w, rd, rn, rm, sh, amount)
}

/// `orr rd, rn, rm {, sh #amount}` (31 = zr).
///
/// # Panics
/// If `amount` is not below the register width.
pub fn orr_reg(w: W, rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> u32 {
    shifted(0x2a00_0000, w, rd, rn, rm, sh, amount)
}

/// `orn rd, rn, rm {, sh #amount}`: rd = rn | !rm (31 = zr).
///
/// # Panics
/// If `amount` is not below the register width.
pub fn orn_reg(w: W, rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> u32 {
    shifted(0x2a20_0000, w, rd, rn, rm, sh, amount)
}

/// `eor rd, rn, rm {, sh #amount}` (31 = zr).
///
/// # Panics
/// If `amount` is not below the register width.
pub fn eor_reg(w: W, rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> u32 {
    shifted(0x4a00_0000, w, rd, rn, rm, sh, amount)
}

/// `eon rd, rn, rm {, sh #amount}`: rd = rn ^ !rm (31 = zr).
///
/// # Panics
/// If `amount` is not below the register width.
pub fn eon_reg(w: W, rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> u32 {
    shifted(0x4a20_0000, w, rd, rn, rm, sh, amount)
}

/// `ands rd, rn, rm {, sh #amount}` (31 = zr; sets N and Z, clears C and V).
///
/// # Panics
/// If `amount` is not below the register width.
pub fn ands_reg(w: W, rd: R, rn: R, rm: R, sh: Shift, amount: u8) -> u32 {
    shifted(0x6a00_0000, w, rd, rn, rm, sh, amount)
}

/// `mvn rd, rm` (`orn rd, zr, rm`; 31 = zr).
pub fn mvn(w: W, rd: R, rm: R) -> u32 {
    orn_reg(w, rd, R::ZR, rm, Shift::Lsl, 0)
}

/// `tst rn, rm` (`ands zr, rn, rm`; 31 = zr).
pub fn tst_reg(w: W, rn: R, rm: R) -> u32 {
    ands_reg(w, R::ZR, rn, rm, Shift::Lsl, 0)
}

/// `and rd, rn, #imm` (rd 31 = sp, rn 31 = zr), or `None` if `imm` is not a bitmask
/// immediate (see [`logical_imm`]).
pub fn and_imm(w: W, rd: R, rn: R, imm: u64) -> Option<u32> {
    logic_imm(0x1200_0000, w, rd, rn, imm)
}

/// `orr rd, rn, #imm` (rd 31 = sp, rn 31 = zr), or `None` if `imm` is not a bitmask
/// immediate.
pub fn orr_imm(w: W, rd: R, rn: R, imm: u64) -> Option<u32> {
    logic_imm(0x3200_0000, w, rd, rn, imm)
}

/// `eor rd, rn, #imm` (rd 31 = sp, rn 31 = zr), or `None` if `imm` is not a bitmask
/// immediate.
pub fn eor_imm(w: W, rd: R, rn: R, imm: u64) -> Option<u32> {
    logic_imm(0x5200_0000, w, rd, rn, imm)
}

/// `ands rd, rn, #imm` (31 = zr), or `None` if `imm` is not a bitmask immediate.
pub fn ands_imm(w: W, rd: R, rn: R, imm: u64) -> Option<u32> {
    logic_imm(0x7200_0000, w, rd, rn, imm)
}

/// `tst rn, #imm` (`ands zr, rn, #imm`; rn 31 = zr), or `None` if `imm` is not a bitmask
/// immediate.
pub fn tst_imm(w: W, rn: R, imm: u64) -> Option<u32> {
    ands_imm(w, R::ZR, rn, imm)
}

// ---------------------------------------------------------------------------------------
// Multiply and divide.
// ---------------------------------------------------------------------------------------

/// `madd rd, rn, rm, ra`: rd = ra + rn * rm (31 = zr).
pub fn madd(w: W, rd: R, rn: R, rm: R, ra: R) -> u32 {
    rrr(0x1b00_0000, w, rd, rn, rm) | reg(ra) << 10
}

/// `msub rd, rn, rm, ra`: rd = ra - rn * rm (31 = zr).
pub fn msub(w: W, rd: R, rn: R, rm: R, ra: R) -> u32 {
    rrr(0x1b00_8000, w, rd, rn, rm) | reg(ra) << 10
}

/// `mul rd, rn, rm` (`madd rd, rn, rm, zr`; 31 = zr).
pub fn mul(w: W, rd: R, rn: R, rm: R) -> u32 {
    madd(w, rd, rn, rm, R::ZR)
}

/// `smull xd, wn, wm` (`smaddl xd, wn, wm, xzr`): the full 64-bit product of two signed
/// 32-bit values (31 = zr).
pub fn smull(rd: R, rn: R, rm: R) -> u32 {
    rrr(0x9b20_0000, W::W32, rd, rn, rm) | 31 << 10
}

/// `umull xd, wn, wm` (`umaddl xd, wn, wm, xzr`): the full 64-bit product of two unsigned
/// 32-bit values (31 = zr).
pub fn umull(rd: R, rn: R, rm: R) -> u32 {
    rrr(0x9ba0_0000, W::W32, rd, rn, rm) | 31 << 10
}

/// `smulh xd, xn, xm`: the high 64 bits of the signed 128-bit product (31 = zr).
pub fn smulh(rd: R, rn: R, rm: R) -> u32 {
    rrr(0x9b40_7c00, W::W32, rd, rn, rm)
}

/// `umulh xd, xn, xm`: the high 64 bits of the unsigned 128-bit product (31 = zr).
pub fn umulh(rd: R, rn: R, rm: R) -> u32 {
    rrr(0x9bc0_7c00, W::W32, rd, rn, rm)
}

/// `sdiv rd, rn, rm`: signed division rounding toward zero; x/0 = 0 and MIN/-1 = MIN, no
/// trap (31 = zr).
pub fn sdiv(w: W, rd: R, rn: R, rm: R) -> u32 {
    rrr(0x1ac0_0c00, w, rd, rn, rm)
}

/// `udiv rd, rn, rm`: unsigned division; x/0 = 0, no trap (31 = zr).
pub fn udiv(w: W, rd: R, rn: R, rm: R) -> u32 {
    rrr(0x1ac0_0800, w, rd, rn, rm)
}

// ---------------------------------------------------------------------------------------
// Shifts and bitfields.
// ---------------------------------------------------------------------------------------

/// `lsl rd, rn, rm` (`lslv`): the shift count is rm modulo the width (31 = zr).
pub fn lslv(w: W, rd: R, rn: R, rm: R) -> u32 {
    rrr(0x1ac0_2000, w, rd, rn, rm)
}

/// `lsr rd, rn, rm` (`lsrv`): the shift count is rm modulo the width (31 = zr).
pub fn lsrv(w: W, rd: R, rn: R, rm: R) -> u32 {
    rrr(0x1ac0_2400, w, rd, rn, rm)
}

/// `asr rd, rn, rm` (`asrv`): the shift count is rm modulo the width (31 = zr).
pub fn asrv(w: W, rd: R, rn: R, rm: R) -> u32 {
    rrr(0x1ac0_2800, w, rd, rn, rm)
}

/// `ror rd, rn, rm` (`rorv`): the rotate count is rm modulo the width (31 = zr).
pub fn rorv(w: W, rd: R, rn: R, rm: R) -> u32 {
    rrr(0x1ac0_2c00, w, rd, rn, rm)
}

/// `ubfm rd, rn, #immr, #imms` (31 = zr).
///
/// # Panics
/// If `immr` or `imms` is not below the register width.
pub fn ubfm(w: W, rd: R, rn: R, immr: u8, imms: u8) -> u32 {
    bitfield(0x5300_0000, w, rd, rn, immr, imms, "ubfm")
}

/// `sbfm rd, rn, #immr, #imms` (31 = zr).
///
/// # Panics
/// If `immr` or `imms` is not below the register width.
pub fn sbfm(w: W, rd: R, rn: R, immr: u8, imms: u8) -> u32 {
    bitfield(0x1300_0000, w, rd, rn, immr, imms, "sbfm")
}

/// `bfm rd, rn, #immr, #imms` (inserts into rd, keeping its other bits; 31 = zr).
///
/// # Panics
/// If `immr` or `imms` is not below the register width.
pub fn bfm(w: W, rd: R, rn: R, immr: u8, imms: u8) -> u32 {
    bitfield(0x3300_0000, w, rd, rn, immr, imms, "bfm")
}

/// `lsl rd, rn, #sh` (a `ubfm` alias; 31 = zr).
///
/// # Panics
/// If `sh` is not below the register width.
pub fn lsl_imm(w: W, rd: R, rn: R, sh: u8) -> u32 {
    let bits = w.bits() as u8;
    assert!(sh < bits, "lsl_imm: shift {sh} out of range");
    ubfm(w, rd, rn, (bits - sh) % bits, bits - 1 - sh)
}

/// `lsr rd, rn, #sh` (a `ubfm` alias; 31 = zr).
///
/// # Panics
/// If `sh` is not below the register width.
pub fn lsr_imm(w: W, rd: R, rn: R, sh: u8) -> u32 {
    ubfm(w, rd, rn, sh, w.bits() as u8 - 1)
}

/// `asr rd, rn, #sh` (an `sbfm` alias; 31 = zr).
///
/// # Panics
/// If `sh` is not below the register width.
pub fn asr_imm(w: W, rd: R, rn: R, sh: u8) -> u32 {
    sbfm(w, rd, rn, sh, w.bits() as u8 - 1)
}

/// `(immr, imms)` of a bitfield extract of `width` bits at `lsb`.
#[inline]
fn extract(w: W, lsb: u8, width: u8, what: &str) -> (u8, u8) {
    assert!(
        width >= 1 && (lsb as u32) + (width as u32) <= w.bits(),
        "{what}: field lsb {lsb} width {width} out of range"
    );
    (lsb, lsb + width - 1)
}

/// `ubfx rd, rn, #lsb, #width`: zero-extends bits `lsb..lsb+width` of rn (31 = zr).
///
/// # Panics
/// If `width` is 0 or `lsb + width` exceeds the register width.
pub fn ubfx(w: W, rd: R, rn: R, lsb: u8, width: u8) -> u32 {
    let (immr, imms) = extract(w, lsb, width, "ubfx");
    ubfm(w, rd, rn, immr, imms)
}

/// `sbfx rd, rn, #lsb, #width`: sign-extends bits `lsb..lsb+width` of rn (31 = zr).
///
/// # Panics
/// If `width` is 0 or `lsb + width` exceeds the register width.
pub fn sbfx(w: W, rd: R, rn: R, lsb: u8, width: u8) -> u32 {
    let (immr, imms) = extract(w, lsb, width, "sbfx");
    sbfm(w, rd, rn, immr, imms)
}

/// `bfi rd, rn, #lsb, #width`: inserts the low `width` bits of rn at `lsb` in rd (31 = zr).
///
/// # Panics
/// If `width` is 0 or `lsb + width` exceeds the register width.
pub fn bfi(w: W, rd: R, rn: R, lsb: u8, width: u8) -> u32 {
    let bits = w.bits() as u8;
    extract(w, lsb, width, "bfi");
    bfm(w, rd, rn, (bits - lsb) % bits, width - 1)
}

/// `sxtw xd, wn` (`sbfm xd, xn, #0, #31`; 31 = zr).
pub fn sxtw(rd: R, rn: R) -> u32 {
    sbfm(W::X64, rd, rn, 0, 31)
}

/// `sxtb rd, wn` (`sbfm rd, rn, #0, #7`; 31 = zr).
pub fn sxtb(w: W, rd: R, rn: R) -> u32 {
    sbfm(w, rd, rn, 0, 7)
}

/// `sxth rd, wn` (`sbfm rd, rn, #0, #15`; 31 = zr).
pub fn sxth(w: W, rd: R, rn: R) -> u32 {
    sbfm(w, rd, rn, 0, 15)
}

/// `uxtb wd, wn` (`ubfm wd, wn, #0, #7`; zero-extends into the whole x register; 31 = zr).
pub fn uxtb(rd: R, rn: R) -> u32 {
    ubfm(W::W32, rd, rn, 0, 7)
}

/// `uxth wd, wn` (`ubfm wd, wn, #0, #15`; zero-extends into the whole x register; 31 = zr).
pub fn uxth(rd: R, rn: R) -> u32 {
    ubfm(W::W32, rd, rn, 0, 15)
}

// ---------------------------------------------------------------------------------------
// Conditional select.
// ---------------------------------------------------------------------------------------

/// `csel rd, rn, rm, c`: rd = c ? rn : rm (31 = zr).
pub fn csel(w: W, rd: R, rn: R, rm: R, c: Cond) -> u32 {
    condsel(0x1a80_0000, w, rd, rn, rm, c)
}

/// `csinc rd, rn, rm, c`: rd = c ? rn : rm + 1 (31 = zr).
pub fn csinc(w: W, rd: R, rn: R, rm: R, c: Cond) -> u32 {
    condsel(0x1a80_0400, w, rd, rn, rm, c)
}

/// `csinv rd, rn, rm, c`: rd = c ? rn : !rm (31 = zr).
pub fn csinv(w: W, rd: R, rn: R, rm: R, c: Cond) -> u32 {
    condsel(0x5a80_0000, w, rd, rn, rm, c)
}

/// `csneg rd, rn, rm, c`: rd = c ? rn : -rm (31 = zr).
pub fn csneg(w: W, rd: R, rn: R, rm: R, c: Cond) -> u32 {
    condsel(0x5a80_0400, w, rd, rn, rm, c)
}

/// `cset rd, c`: rd = c ? 1 : 0 (`csinc rd, zr, zr, !c`; rd 31 = zr).
///
/// # Panics
/// If `c` is `Al`.
pub fn cset(w: W, rd: R, c: Cond) -> u32 {
    csinc(w, rd, R::ZR, R::ZR, c.invert())
}

/// `csetm rd, c`: rd = c ? -1 : 0 (`csinv rd, zr, zr, !c`; rd 31 = zr).
///
/// # Panics
/// If `c` is `Al`.
pub fn csetm(w: W, rd: R, c: Cond) -> u32 {
    csinv(w, rd, R::ZR, R::ZR, c.invert())
}

// ---------------------------------------------------------------------------------------
// Loads and stores of general registers.
// ---------------------------------------------------------------------------------------

/// `ldr{b,h} rt, [rn, #offset]` with an unsigned offset scaled by the access size (rn 31 =
/// sp, rt 31 = zr; byte, half-word and word loads zero-extend), or `None` unless `offset`
/// is a multiple of the size below `4096 * size`.
pub fn ldr_imm(sz: Size, rt: R, rn: R, offset: u32) -> Option<u32> {
    ls_uimm(
        0x3940_0000 | (sz as u32) << 30,
        sz as u32,
        reg(rt),
        rn,
        offset,
    )
}

/// `str{b,h} rt, [rn, #offset]` with an unsigned offset scaled by the access size (rn 31 =
/// sp, rt 31 = zr), or `None` unless `offset` is a multiple of the size below
/// `4096 * size`.
pub fn str_imm(sz: Size, rt: R, rn: R, offset: u32) -> Option<u32> {
    ls_uimm(
        0x3900_0000 | (sz as u32) << 30,
        sz as u32,
        reg(rt),
        rn,
        offset,
    )
}

/// `ldur{b,h} rt, [rn, #offset]` with an unscaled signed offset (rn 31 = sp, rt 31 = zr;
/// zero-extending).
///
/// # Panics
/// If `offset` is outside -256..=255.
pub fn ldur(sz: Size, rt: R, rn: R, offset: i32) -> u32 {
    ls_simm9(0x3840_0000 | (sz as u32) << 30, reg(rt), rn, offset, "ldur")
}

/// `stur{b,h} rt, [rn, #offset]` with an unscaled signed offset (rn 31 = sp, rt 31 = zr).
///
/// # Panics
/// If `offset` is outside -256..=255.
pub fn stur(sz: Size, rt: R, rn: R, offset: i32) -> u32 {
    ls_simm9(0x3800_0000 | (sz as u32) << 30, reg(rt), rn, offset, "stur")
}

/// `ldr{b,h} rt, [rn, rm, ext #(shift ? log2(size) : 0)]` (rn 31 = sp, rt and rm 31 = zr;
/// zero-extending). The index is `xm` for [`Extend::Lsl`], `wm` otherwise.
pub fn ldr_reg(sz: Size, rt: R, rn: R, rm: R, ext: Extend, shift: bool) -> u32 {
    ls_reg(0x3860_0800 | (sz as u32) << 30, reg(rt), rn, rm, ext, shift)
}

/// `str{b,h} rt, [rn, rm, ext #(shift ? log2(size) : 0)]` (rn 31 = sp, rt and rm 31 = zr).
/// The index is `xm` for [`Extend::Lsl`], `wm` otherwise.
pub fn str_reg(sz: Size, rt: R, rn: R, rm: R, ext: Extend, shift: bool) -> u32 {
    ls_reg(0x3820_0800 | (sz as u32) << 30, reg(rt), rn, rm, ext, shift)
}

/// `ldr xt, [pc + 4*words]`: loads a 64-bit literal (rt 31 = zr).
///
/// # Panics
/// If `words` does not fit in 19 signed bits.
pub fn ldr_lit(rt: R, words: i32) -> u32 {
    0x5800_0000 | sfield(words, 19, "ldr_lit") << 5 | reg(rt)
}

/// `ldr dt, [pc + 4*words]`: loads a 64-bit literal into a d register.
///
/// # Panics
/// If `words` does not fit in 19 signed bits.
pub fn ldr_d_lit(vt: V, words: i32) -> u32 {
    0x5c00_0000 | sfield(words, 19, "ldr_d_lit") << 5 | vreg(vt)
}

// ---------------------------------------------------------------------------------------
// Load/store pairs (64-bit general registers and d registers). Offsets are in bytes, a
// multiple of 8 in -512..=504; rn 31 = sp, rt/rt2 31 = xzr.
// ---------------------------------------------------------------------------------------

/// `stp xt, xt2, [rn, #offset]!` (pre-index: rn += offset, then store).
///
/// # Panics
/// If the offset is out of range, or rn (other than sp) is rt or rt2.
pub fn stp_pre(rt: R, rt2: R, rn: R, offset: i32) -> u32 {
    pair_wb(0xa980_0000, rt, rt2, rn, offset, "stp_pre")
}

/// `stp xt, xt2, [rn], #offset` (post-index: store, then rn += offset).
///
/// # Panics
/// If the offset is out of range, or rn (other than sp) is rt or rt2.
pub fn stp_post(rt: R, rt2: R, rn: R, offset: i32) -> u32 {
    pair_wb(0xa880_0000, rt, rt2, rn, offset, "stp_post")
}

/// `ldp xt, xt2, [rn, #offset]!` (pre-index: rn += offset, then load).
///
/// # Panics
/// If the offset is out of range, rt == rt2, or rn (other than sp) is rt or rt2.
pub fn ldp_pre(rt: R, rt2: R, rn: R, offset: i32) -> u32 {
    assert!(rt != rt2, "ldp_pre: rt == rt2 (unpredictable)");
    pair_wb(0xa9c0_0000, rt, rt2, rn, offset, "ldp_pre")
}

/// `ldp xt, xt2, [rn], #offset` (post-index: load, then rn += offset).
///
/// # Panics
/// If the offset is out of range, rt == rt2, or rn (other than sp) is rt or rt2.
pub fn ldp_post(rt: R, rt2: R, rn: R, offset: i32) -> u32 {
    assert!(rt != rt2, "ldp_post: rt == rt2 (unpredictable)");
    pair_wb(0xa8c0_0000, rt, rt2, rn, offset, "ldp_post")
}

/// `stp xt, xt2, [rn, #offset]` (no writeback).
///
/// # Panics
/// If the offset is out of range.
pub fn stp_off(rt: R, rt2: R, rn: R, offset: i32) -> u32 {
    pair(0xa900_0000, reg(rt), reg(rt2), rn, offset, "stp_off")
}

/// `ldp xt, xt2, [rn, #offset]` (no writeback).
///
/// # Panics
/// If the offset is out of range or rt == rt2.
pub fn ldp_off(rt: R, rt2: R, rn: R, offset: i32) -> u32 {
    assert!(rt != rt2, "ldp_off: rt == rt2 (unpredictable)");
    pair(0xa940_0000, reg(rt), reg(rt2), rn, offset, "ldp_off")
}

/// `stp dt, dt2, [rn, #offset]` (no writeback).
///
/// # Panics
/// If the offset is out of range.
pub fn stp_d_off(rt: V, rt2: V, rn: R, offset: i32) -> u32 {
    pair(0x6d00_0000, vreg(rt), vreg(rt2), rn, offset, "stp_d_off")
}

/// `ldp dt, dt2, [rn, #offset]` (no writeback).
///
/// # Panics
/// If the offset is out of range or rt == rt2.
pub fn ldp_d_off(rt: V, rt2: V, rn: R, offset: i32) -> u32 {
    assert!(rt != rt2, "ldp_d_off: rt == rt2 (unpredictable)");
    pair(0x6d40_0000, vreg(rt), vreg(rt2), rn, offset, "ldp_d_off")
}

/// `stp dt, dt2, [rn, #offset]!` (pre-index: rn += offset, then store).
///
/// # Panics
/// If the offset is out of range.
pub fn stp_d_pre(rt: V, rt2: V, rn: R, offset: i32) -> u32 {
    pair(0x6d80_0000, vreg(rt), vreg(rt2), rn, offset, "stp_d_pre")
}

/// `ldp dt, dt2, [rn], #offset` (post-index: load, then rn += offset).
///
/// # Panics
/// If the offset is out of range or rt == rt2.
pub fn ldp_d_post(rt: V, rt2: V, rn: R, offset: i32) -> u32 {
    assert!(rt != rt2, "ldp_d_post: rt == rt2 (unpredictable)");
    pair(0x6cc0_0000, vreg(rt), vreg(rt2), rn, offset, "ldp_d_post")
}

// ---------------------------------------------------------------------------------------
// FP loads and stores (64-bit d registers; rn 31 = sp).
// ---------------------------------------------------------------------------------------

/// `ldr dt, [rn, #offset]`, or `None` unless `offset` is a multiple of 8 below 32768.
pub fn ldr_d_imm(vt: V, rn: R, offset: u32) -> Option<u32> {
    ls_uimm(0xfd40_0000, 3, vreg(vt), rn, offset)
}

/// `str dt, [rn, #offset]`, or `None` unless `offset` is a multiple of 8 below 32768.
pub fn str_d_imm(vt: V, rn: R, offset: u32) -> Option<u32> {
    ls_uimm(0xfd00_0000, 3, vreg(vt), rn, offset)
}

/// `ldur dt, [rn, #offset]` with an unscaled signed offset.
///
/// # Panics
/// If `offset` is outside -256..=255.
pub fn ldur_d(vt: V, rn: R, offset: i32) -> u32 {
    ls_simm9(0xfc40_0000, vreg(vt), rn, offset, "ldur_d")
}

/// `stur dt, [rn, #offset]` with an unscaled signed offset.
///
/// # Panics
/// If `offset` is outside -256..=255.
pub fn stur_d(vt: V, rn: R, offset: i32) -> u32 {
    ls_simm9(0xfc00_0000, vreg(vt), rn, offset, "stur_d")
}

/// `ldr dt, [rn, rm, ext #(shift ? 3 : 0)]` (rm 31 = zr; `xm` for [`Extend::Lsl`], `wm`
/// otherwise).
pub fn ldr_d_reg(vt: V, rn: R, rm: R, ext: Extend, shift: bool) -> u32 {
    ls_reg(0xfc60_0800, vreg(vt), rn, rm, ext, shift)
}

/// `str dt, [rn, rm, ext #(shift ? 3 : 0)]` (rm 31 = zr; `xm` for [`Extend::Lsl`], `wm`
/// otherwise).
pub fn str_d_reg(vt: V, rn: R, rm: R, ext: Extend, shift: bool) -> u32 {
    ls_reg(0xfc20_0800, vreg(vt), rn, rm, ext, shift)
}

// ---------------------------------------------------------------------------------------
// Branches. Offsets are in words, relative to the branch instruction.
// ---------------------------------------------------------------------------------------

/// `b #(4*words)` (26-bit signed offset: ±128 MiB).
///
/// # Panics
/// If `words` does not fit in 26 signed bits.
pub fn b(words: i32) -> u32 {
    0x1400_0000 | sfield(words, 26, "b")
}

/// `bl #(4*words)` (26-bit signed offset; x30 = return address).
///
/// # Panics
/// If `words` does not fit in 26 signed bits.
pub fn bl(words: i32) -> u32 {
    0x9400_0000 | sfield(words, 26, "bl")
}

/// `b.c #(4*words)` (19-bit signed offset: ±1 MiB).
///
/// # Panics
/// If `words` does not fit in 19 signed bits.
pub fn b_cond(c: Cond, words: i32) -> u32 {
    0x5400_0000 | sfield(words, 19, "b_cond") << 5 | c as u32
}

/// `cbz rt, #(4*words)`: branch if rt is zero (19-bit signed offset; rt 31 = zr).
///
/// # Panics
/// If `words` does not fit in 19 signed bits.
pub fn cbz(w: W, rt: R, words: i32) -> u32 {
    0x3400_0000 | sf(w) | sfield(words, 19, "cbz") << 5 | reg(rt)
}

/// `cbnz rt, #(4*words)`: branch if rt is not zero (19-bit signed offset; rt 31 = zr).
///
/// # Panics
/// If `words` does not fit in 19 signed bits.
pub fn cbnz(w: W, rt: R, words: i32) -> u32 {
    0x3500_0000 | sf(w) | sfield(words, 19, "cbnz") << 5 | reg(rt)
}

/// `tb{n}z` with the bit number in `b5:b40` and a 14-bit offset.
#[inline]
fn test_branch(base: u32, rt: R, bit: u8, words: i32, what: &str) -> u32 {
    assert!(bit < 64, "{what}: bit {bit} out of range");
    let bit = bit as u32;
    base | (bit >> 5) << 31 | (bit & 31) << 19 | sfield(words, 14, what) << 5 | reg(rt)
}

/// `tbz rt, #bit, #(4*words)`: branch if bit `bit` (0..=63) of rt is zero (14-bit signed
/// offset: ±32 KiB; rt 31 = zr; disassembled with a `w` register for bits below 32).
///
/// # Panics
/// If `bit > 63` or `words` does not fit in 14 signed bits.
pub fn tbz(rt: R, bit: u8, words: i32) -> u32 {
    test_branch(0x3600_0000, rt, bit, words, "tbz")
}

/// `tbnz rt, #bit, #(4*words)`: branch if bit `bit` (0..=63) of rt is one (14-bit signed
/// offset; rt 31 = zr).
///
/// # Panics
/// If `bit > 63` or `words` does not fit in 14 signed bits.
pub fn tbnz(rt: R, bit: u8, words: i32) -> u32 {
    test_branch(0x3700_0000, rt, bit, words, "tbnz")
}

/// `br xn`: jump to the address in xn (31 = xzr).
pub fn br(rn: R) -> u32 {
    0xd61f_0000 | reg(rn) << 5
}

/// `blr xn`: call the address in xn (x30 = return address; 31 = xzr).
pub fn blr(rn: R) -> u32 {
    0xd63f_0000 | reg(rn) << 5
}

/// `ret` (returns to x30).
pub fn ret() -> u32 {
    0xd65f_03c0
}

/// `brk #imm16` (breakpoint exception).
pub const fn brk(imm16: u16) -> u32 {
    0xd420_0000 | (imm16 as u32) << 5
}

/// `nop`.
pub fn nop() -> u32 {
    0xd503_201f
}

/// The kinds of PC-relative branch [`patch_branch`] knows: (offset bit position, width).
#[inline]
fn branch_field(word: u32) -> Option<(u32, u32)> {
    if word & 0x7c00_0000 == 0x1400_0000 {
        Some((0, 26)) // b, bl
    } else if word & 0xff00_0010 == 0x5400_0000 || word & 0x7e00_0000 == 0x3400_0000 {
        Some((5, 19)) // b.cond, cbz, cbnz
    } else if word & 0x7e00_0000 == 0x3600_0000 {
        Some((5, 14)) // tbz, tbnz
    } else {
        None
    }
}

/// Rewrites the offset field of an existing branch word (`b`, `bl`, `b.cond`, `cbz`,
/// `cbnz`, `tbz`, `tbnz`) to `words`, keeping everything else.
///
/// # Panics
/// If `word` is not one of those branches or `words` does not fit its offset field.
pub fn patch_branch(word: u32, words: i32) -> u32 {
    let Some((pos, bits)) = branch_field(word) else {
        panic!("patch_branch: {word:#010x} is not a pc-relative branch");
    };
    let mask = ((1u32 << bits) - 1) << pos;
    (word & !mask) | sfield(words, bits, "patch_branch") << pos
}

/// Whether `words` fits the offset field of the branch `word` (26 bits for `b`/`bl`, 19 for
/// `b.cond`/`cbz`/`cbnz`, 14 for `tbz`/`tbnz`).
///
/// # Panics
/// If `word` is not one of those branches.
pub fn branch_in_range(word: u32, words: i32) -> bool {
    let Some((_, bits)) = branch_field(word) else {
        panic!("branch_in_range: {word:#010x} is not a pc-relative branch");
    };
    fits_signed(words, bits)
}

// ---------------------------------------------------------------------------------------
// Floating point, double precision.
// ---------------------------------------------------------------------------------------

/// `fadd dd, dn, dm`.
pub fn fadd(d: V, n: V, m: V) -> u32 {
    fp2(0x1e60_2800, d, n, m)
}

/// `fsub dd, dn, dm`.
pub fn fsub(d: V, n: V, m: V) -> u32 {
    fp2(0x1e60_3800, d, n, m)
}

/// `fmul dd, dn, dm`.
pub fn fmul(d: V, n: V, m: V) -> u32 {
    fp2(0x1e60_0800, d, n, m)
}

/// `fdiv dd, dn, dm`.
pub fn fdiv(d: V, n: V, m: V) -> u32 {
    fp2(0x1e60_1800, d, n, m)
}

/// `fmax dd, dn, dm` (NaN if either is NaN; +0 is above -0).
pub fn fmax(d: V, n: V, m: V) -> u32 {
    fp2(0x1e60_4800, d, n, m)
}

/// `fmin dd, dn, dm` (NaN if either is NaN; -0 is below +0).
pub fn fmin(d: V, n: V, m: V) -> u32 {
    fp2(0x1e60_5800, d, n, m)
}

/// `fsqrt dd, dn`.
pub fn fsqrt(d: V, n: V) -> u32 {
    fp1(0x1e61_c000, d, n)
}

/// `fneg dd, dn`.
pub fn fneg(d: V, n: V) -> u32 {
    fp1(0x1e61_4000, d, n)
}

/// `fabs dd, dn`.
pub fn fabs(d: V, n: V) -> u32 {
    fp1(0x1e60_c000, d, n)
}

/// `fmov dd, dn`.
pub fn fmov(d: V, n: V) -> u32 {
    fp1(0x1e60_4000, d, n)
}

/// `fmov dd, xn` (bit copy; n 31 = xzr, giving +0.0).
pub fn fmov_from_x(d: V, n: R) -> u32 {
    0x9e67_0000 | reg(n) << 5 | vreg(d)
}

/// `fmov xd, dn` (bit copy; d 31 = xzr).
pub fn fmov_to_x(d: R, n: V) -> u32 {
    0x9e66_0000 | vreg(n) << 5 | reg(d)
}

/// `fmov dd, #imm`, or `None` unless `imm` is ±(16..=31)/16 × 2^(-3..=4) (an 8-bit
/// floating-point immediate: ±0.125..=31.0 with 4 fraction bits; 0.0 is not one).
pub fn fmov_imm(d: V, imm: f64) -> Option<u32> {
    let bits = imm.to_bits();
    // a:NOT(b):b×8:cd:efgh:0×48
    if bits & 0xffff_ffff_ffff != 0 {
        return None;
    }
    let exp = (bits >> 52) & 0x7ff;
    let b = (exp >> 6) & 1;
    let expect_high = if b == 1 { 0b0_1111_1111 } else { 0b1_0000_0000 };
    if exp >> 2 != expect_high {
        return None;
    }
    let imm8 = ((bits >> 63) << 7) | (b << 6) | ((bits >> 48) & 0x3f);
    Some(0x1e60_1000 | (imm8 as u32) << 13 | vreg(d))
}

/// `fcmp dn, dm` (sets NZCV; unordered gives C=1 V=1).
pub fn fcmp(n: V, m: V) -> u32 {
    0x1e60_2000 | vreg(m) << 16 | vreg(n) << 5
}

/// `fcmp dn, #0.0`.
pub fn fcmp_zero(n: V) -> u32 {
    0x1e60_2008 | vreg(n) << 5
}

/// `frintm dd, dn`: round toward minus infinity (floor).
pub fn frintm(d: V, n: V) -> u32 {
    fp1(0x1e65_4000, d, n)
}

/// `frintp dd, dn`: round toward plus infinity (ceil).
pub fn frintp(d: V, n: V) -> u32 {
    fp1(0x1e64_c000, d, n)
}

/// `frintz dd, dn`: round toward zero (trunc).
pub fn frintz(d: V, n: V) -> u32 {
    fp1(0x1e65_c000, d, n)
}

/// `frintn dd, dn`: round to nearest, ties to even.
pub fn frintn(d: V, n: V) -> u32 {
    fp1(0x1e64_4000, d, n)
}

/// `frinta dd, dn`: round to nearest, ties away from zero.
pub fn frinta(d: V, n: V) -> u32 {
    fp1(0x1e66_4000, d, n)
}

/// `scvtf dd, {w,x}n`: converts a signed 32- or 64-bit integer (n 31 = zr).
pub fn scvtf(d: V, w: W, n: R) -> u32 {
    0x1e62_0000 | sf(w) | reg(n) << 5 | vreg(d)
}

/// `ucvtf dd, {w,x}n`: converts an unsigned 32- or 64-bit integer (n 31 = zr).
pub fn ucvtf(d: V, w: W, n: R) -> u32 {
    0x1e63_0000 | sf(w) | reg(n) << 5 | vreg(d)
}

/// `fcvtzs {w,x}d, dn`: to a signed 32- or 64-bit integer, rounding toward zero and
/// saturating (NaN gives 0; d 31 = zr).
pub fn fcvtzs(w: W, d: R, n: V) -> u32 {
    0x1e78_0000 | sf(w) | vreg(n) << 5 | reg(d)
}

/// `fcvtzu {w,x}d, dn`: to an unsigned 32- or 64-bit integer, rounding toward zero and
/// saturating (NaN and negatives give 0; d 31 = zr).
pub fn fcvtzu(w: W, d: R, n: V) -> u32 {
    0x1e79_0000 | sf(w) | vreg(n) << 5 | reg(d)
}

/// `fjcvtzs wd, dn`: JavaScript `ToInt32` (truncate, then modulo 2^32; Z set iff exact).
/// Needs FEAT_JSCVT (ARMv8.3); it is undefined on cores without it (d 31 = zr).
pub fn fjcvtzs(d: R, n: V) -> u32 {
    0x1e7e_0000 | vreg(n) << 5 | reg(d)
}

// ---------------------------------------------------------------------------------------
// System.
// ---------------------------------------------------------------------------------------

/// `dmb ish`: data memory barrier, inner shareable domain.
pub fn dmb_ish() -> u32 {
    0xd503_3bbf
}

/// `dsb ish`: data synchronization barrier, inner shareable domain.
pub fn dsb_ish() -> u32 {
    0xd503_3b9f
}

/// `isb`: instruction synchronization barrier.
pub fn isb() -> u32 {
    0xd503_3fdf
}

/// `dc cvau, xt`: clean the data cache line holding address xt to the point of
/// unification.
pub fn dc_cvau(rt: R) -> u32 {
    0xd50b_7b20 | reg(rt)
}

/// `ic ivau, xt`: invalidate the instruction cache line holding address xt to the point of
/// unification.
pub fn ic_ivau(rt: R) -> u32 {
    0xd50b_7520 | reg(rt)
}

/// `mrs xt, ctr_el0`: reads the cache type register (line sizes for cache maintenance).
pub fn mrs_ctr_el0(rt: R) -> u32 {
    0xd53b_0020 | reg(rt)
}
