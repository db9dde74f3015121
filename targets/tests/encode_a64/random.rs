//! Randomized structural round trips: thousands of random operand combinations per
//! encoder family, decoded with yaxpeax-arm and compared with the instruction the inputs
//! describe (opcode, registers and whether 31 is `sp` or `zr`, immediates, offsets).
//! Aliases built on bitfield moves are checked by running the decoded `ubfm`/`sbfm`/`bfm`
//! on random values (ARM ARM pseudocode) against the operation the alias stands for.

use crate::common::{Rng, decode, decode_bit_masks, ror};
use targets::aarch64::encode::*;
use yaxpeax_arm::armv8::a64::{Instruction, Opcode, Operand, SIMDSizeCode, ShiftStyle, SizeCode};

/// Iterations per encoder family.
const ITERS: usize = 3000;

/// Collects mismatches and reports them together.
struct Checker {
    name: &'static str,
    checks: usize,
    failures: Vec<String>,
}

impl Checker {
    fn new(name: &'static str) -> Self {
        Checker {
            name,
            checks: 0,
            failures: Vec::new(),
        }
    }

    /// Decodes `word` and compares it with `want`.
    fn expect(&mut self, ctx: impl FnOnce() -> String, word: u32, want: Instruction) {
        self.checks += 1;
        match decode(word) {
            Err(e) => self.fail(format!("{}: {e}", ctx())),
            Ok(got) if got != want => self.fail(format!(
                "{}: {word:#010x} decodes to {got:?} (`{got}`), want {want:?}",
                ctx()
            )),
            Ok(_) => {}
        }
    }

    /// Records a failure (keeping the first few).
    fn fail(&mut self, msg: String) {
        if self.failures.len() < 20 {
            self.failures.push(msg);
        } else {
            self.failures.push(String::new());
        }
    }

    /// Records a boolean check.
    fn check(&mut self, ok: bool, ctx: impl FnOnce() -> String) {
        self.checks += 1;
        if !ok {
            self.fail(ctx());
        }
    }
}

impl Drop for Checker {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        println!(
            "{}: {} checks, {} failures",
            self.name,
            self.checks,
            self.failures.len()
        );
        let shown: Vec<&String> = self.failures.iter().filter(|s| !s.is_empty()).collect();
        assert!(
            self.failures.is_empty(),
            "{}: {} of {} checks failed:\n{}",
            self.name,
            self.failures.len(),
            self.checks,
            shown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        );
        assert!(
            self.checks >= ITERS,
            "{}: only {} checks",
            self.name,
            self.checks
        );
    }
}

/// An instruction with the given operands (the rest `Nothing`).
fn ins(opcode: Opcode, ops: &[Operand]) -> Instruction {
    let mut operands = [Operand::Nothing; 4];
    operands[..ops.len()].copy_from_slice(ops);
    Instruction { opcode, operands }
}

fn size(w: W) -> SizeCode {
    match w {
        W::W32 => SizeCode::W,
        W::X64 => SizeCode::X,
    }
}

/// A general register where 31 is `zr`.
fn gz(w: W, r: R) -> Operand {
    Operand::Register(size(w), r.0 as u16)
}

/// A general register where 31 is `sp`.
fn gs(w: W, r: R) -> Operand {
    Operand::RegisterOrSP(size(w), r.0 as u16)
}

/// A d register.
fn dv(v: V) -> Operand {
    Operand::SIMDRegister(SIMDSizeCode::D, v.0 as u16)
}

fn style(sh: Shift) -> ShiftStyle {
    match sh {
        Shift::Lsl => ShiftStyle::LSL,
        Shift::Lsr => ShiftStyle::LSR,
        Shift::Asr => ShiftStyle::ASR,
        Shift::Ror => ShiftStyle::ROR,
    }
}

fn width(r: &mut Rng) -> W {
    r.pick(&[W::W32, W::X64])
}

fn mask(w: W) -> u64 {
    match w {
        W::W32 => 0xffff_ffff,
        W::X64 => !0,
    }
}

// ---------------------------------------------------------------------------------------
// Moves and arithmetic.
// ---------------------------------------------------------------------------------------

#[test]
fn move_wide() {
    let mut c = Checker::new("move_wide");
    let mut r = Rng(0x1234_5678);
    type Enc = fn(W, R, u16, u8) -> u32;
    let fams: [(Enc, Opcode); 3] = [
        (movz, Opcode::MOVZ),
        (movk, Opcode::MOVK),
        (movn, Opcode::MOVN),
    ];
    for _ in 0..ITERS {
        for (f, op) in fams {
            let (w, rd, imm) = (width(&mut r), r.reg(), r.next() as u16);
            let hw = r.below(w.bits() as u64 / 16) as u8;
            let want = ins(op, &[gz(w, rd), Operand::ImmShift(imm, hw * 16)]);
            c.expect(
                || format!("{op:?}({w:?}, {rd:?}, {imm:#x}, {hw})"),
                f(w, rd, imm, hw),
                want,
            );
        }
    }
}

#[test]
fn register_moves() {
    let mut c = Checker::new("register_moves");
    let mut r = Rng(77);
    for _ in 0..ITERS {
        let (w, rd, rm) = (width(&mut r), r.reg(), r.reg());
        let want = ins(
            Opcode::ORR,
            &[
                gz(w, rd),
                gz(w, R::ZR),
                Operand::RegShift(ShiftStyle::LSL, 0, size(w), rm.0 as u16),
            ],
        );
        c.expect(
            || format!("mov_reg({w:?}, {rd:?}, {rm:?})"),
            mov_reg(w, rd, rm),
            want,
        );
        let want = ins(
            Opcode::ADD,
            &[gs(W::X64, rd), gs(W::X64, rm), Operand::Immediate(0)],
        );
        c.expect(|| format!("mov_sp({rd:?}, {rm:?})"), mov_sp(rd, rm), want);
        let bytes = r.range(-(1 << 20), (1 << 20) - 1) as i32;
        let want = ins(
            Opcode::ADR,
            &[gz(W::X64, rd), Operand::PCOffset(bytes as i64)],
        );
        c.expect(|| format!("adr({rd:?}, {bytes})"), adr(rd, bytes), want);
    }
}

#[test]
fn add_sub_immediate() {
    let mut c = Checker::new("add_sub_immediate");
    let mut r = Rng(99);
    type Enc = fn(W, R, R, u32, bool) -> u32;
    // (encoder, opcode, whether rd 31 is sp)
    let fams: [(Enc, Opcode, bool); 4] = [
        (add_imm, Opcode::ADD, true),
        (sub_imm, Opcode::SUB, true),
        (adds_imm, Opcode::ADDS, false),
        (subs_imm, Opcode::SUBS, false),
    ];
    for i in 0..ITERS {
        let (w, rd, rn, lsl12) = (width(&mut r), r.reg(), r.reg(), r.bool());
        let imm = if i % 8 == 0 {
            r.pick(&[0, 1, 4095])
        } else {
            r.below(4096) as u32
        };
        let immop = if lsl12 {
            Operand::ImmShift(imm as u16, 12)
        } else {
            Operand::Immediate(imm)
        };
        for (f, op, sp) in fams {
            let d = if sp { gs(w, rd) } else { gz(w, rd) };
            let want = ins(op, &[d, gs(w, rn), immop]);
            c.expect(
                || format!("{op:?}({w:?}, {rd:?}, {rn:?}, {imm}, {lsl12})"),
                f(w, rd, rn, imm, lsl12),
                want,
            );
        }
        let want = ins(Opcode::SUBS, &[gz(w, R::ZR), gs(w, rn), immop]);
        c.expect(
            || format!("cmp_imm({w:?}, {rn:?}, {imm}, {lsl12})"),
            cmp_imm(w, rn, imm, lsl12),
            want,
        );
        let want = ins(Opcode::ADDS, &[gz(w, R::ZR), gs(w, rn), immop]);
        c.expect(
            || format!("cmn_imm({w:?}, {rn:?}, {imm}, {lsl12})"),
            cmn_imm(w, rn, imm, lsl12),
            want,
        );
    }
}

#[test]
fn add_sub_shifted_register() {
    let mut c = Checker::new("add_sub_shifted_register");
    let mut r = Rng(5);
    type Enc = fn(W, R, R, R, Shift, u8) -> u32;
    let fams: [(Enc, Opcode); 4] = [
        (add_reg, Opcode::ADD),
        (sub_reg, Opcode::SUB),
        (adds_reg, Opcode::ADDS),
        (subs_reg, Opcode::SUBS),
    ];
    for _ in 0..ITERS {
        let (w, rd, rn, rm) = (width(&mut r), r.reg(), r.reg(), r.reg());
        let sh = r.pick(&[Shift::Lsl, Shift::Lsr, Shift::Asr]);
        let amount = r.below(w.bits() as u64) as u8;
        let rmop = Operand::RegShift(style(sh), amount, size(w), rm.0 as u16);
        for (f, op) in fams {
            let want = ins(op, &[gz(w, rd), gz(w, rn), rmop]);
            c.expect(
                || format!("{op:?}({w:?}, {rd:?}, {rn:?}, {rm:?}, {sh:?}, {amount})"),
                f(w, rd, rn, rm, sh, amount),
                want,
            );
        }
        let plain = Operand::RegShift(ShiftStyle::LSL, 0, size(w), rm.0 as u16);
        type Enc2 = fn(W, R, R) -> u32;
        let two: [(Enc2, Opcode, bool, &str); 4] = [
            (cmp_reg, Opcode::SUBS, true, "cmp_reg"),
            (cmn_reg, Opcode::ADDS, true, "cmn_reg"),
            (neg, Opcode::SUB, false, "neg"),
            (negs, Opcode::SUBS, false, "negs"),
        ];
        for (f, op, compare, name) in two {
            // cmp/cmn: (rn, rm) into zr; neg/negs: (rd, rm) from zr.
            let want = if compare {
                ins(op, &[gz(w, R::ZR), gz(w, rn), plain])
            } else {
                ins(op, &[gz(w, rd), gz(w, R::ZR), plain])
            };
            let a = if compare { rn } else { rd };
            c.expect(
                || format!("{name}({w:?}, {a:?}, {rm:?})"),
                f(w, a, rm),
                want,
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Logical.
// ---------------------------------------------------------------------------------------

#[test]
fn logical_shifted_register() {
    let mut c = Checker::new("logical_shifted_register");
    let mut r = Rng(6);
    type Enc = fn(W, R, R, R, Shift, u8) -> u32;
    let fams: [(Enc, Opcode); 7] = [
        (and_reg, Opcode::AND),
        (bic_reg, Opcode::BIC),
        (orr_reg, Opcode::ORR),
        (orn_reg, Opcode::ORN),
        (eor_reg, Opcode::EOR),
        (eon_reg, Opcode::EON),
        (ands_reg, Opcode::ANDS),
    ];
    for _ in 0..ITERS {
        let (w, rd, rn, rm) = (width(&mut r), r.reg(), r.reg(), r.reg());
        let sh = r.pick(&[Shift::Lsl, Shift::Lsr, Shift::Asr, Shift::Ror]);
        let amount = r.below(w.bits() as u64) as u8;
        let rmop = Operand::RegShift(style(sh), amount, size(w), rm.0 as u16);
        for (f, op) in fams {
            let want = ins(op, &[gz(w, rd), gz(w, rn), rmop]);
            c.expect(
                || format!("{op:?}({w:?}, {rd:?}, {rn:?}, {rm:?}, {sh:?}, {amount})"),
                f(w, rd, rn, rm, sh, amount),
                want,
            );
        }
        let plain = Operand::RegShift(ShiftStyle::LSL, 0, size(w), rm.0 as u16);
        let want = ins(Opcode::ORN, &[gz(w, rd), gz(w, R::ZR), plain]);
        c.expect(
            || format!("mvn({w:?}, {rd:?}, {rm:?})"),
            mvn(w, rd, rm),
            want,
        );
        let want = ins(Opcode::ANDS, &[gz(w, R::ZR), gz(w, rn), plain]);
        c.expect(
            || format!("tst_reg({w:?}, {rn:?}, {rm:?})"),
            tst_reg(w, rn, rm),
            want,
        );
    }
}

/// A random bitmask immediate of width `w`: a run of ones in a 2..64-bit element, rotated
/// and replicated.
pub fn random_bitmask(r: &mut Rng, w: W) -> u64 {
    let sizes: &[u32] = if w == W::W32 {
        &[2, 4, 8, 16, 32]
    } else {
        &[2, 4, 8, 16, 32, 64]
    };
    let esize = r.pick(sizes);
    let ones = 1 + r.below(esize as u64 - 1) as u32;
    let rot = r.below(esize as u64) as u32;
    let elt = ror((1u64 << ones) - 1, rot, esize);
    let mut v = 0;
    let mut pos = 0;
    while pos < w.bits() {
        v |= elt << pos;
        pos += esize;
    }
    v
}

#[test]
fn logical_immediate() {
    let mut c = Checker::new("logical_immediate");
    let mut r = Rng(7);
    type Enc = fn(W, R, R, u64) -> Option<u32>;
    // (encoder, opcode, whether rd 31 is sp)
    let fams: [(Enc, Opcode, bool); 4] = [
        (and_imm, Opcode::AND, true),
        (orr_imm, Opcode::ORR, true),
        (eor_imm, Opcode::EOR, true),
        (ands_imm, Opcode::ANDS, false),
    ];
    for _ in 0..ITERS {
        let (w, rd, rn) = (width(&mut r), r.reg(), r.reg());
        let imm = random_bitmask(&mut r, w);
        // For W32 the upper half of the argument is ignored.
        let arg = if w == W::W32 {
            imm | (r.next() << 32)
        } else {
            imm
        };
        // yaxpeax reports a 32-bit bitmask as `Immediate`, a 64-bit one as `Imm64`.
        let immop = match w {
            W::W32 => Operand::Immediate(imm as u32),
            W::X64 => Operand::Imm64(imm),
        };
        for (f, op, sp) in fams {
            let d = if sp { gs(w, rd) } else { gz(w, rd) };
            let want = ins(op, &[d, gz(w, rn), immop]);
            match f(w, rd, rn, arg) {
                None => c.fail(format!(
                    "{op:?}({w:?}, {rd:?}, {rn:?}, {arg:#x}) refused a bitmask"
                )),
                Some(word) => c.expect(
                    || format!("{op:?}({w:?}, {rd:?}, {rn:?}, {arg:#x})"),
                    word,
                    want,
                ),
            }
        }
        let want = ins(Opcode::ANDS, &[gz(w, R::ZR), gz(w, rn), immop]);
        match tst_imm(w, rn, arg) {
            None => c.fail(format!(
                "tst_imm({w:?}, {rn:?}, {arg:#x}) refused a bitmask"
            )),
            Some(word) => c.expect(|| format!("tst_imm({w:?}, {rn:?}, {arg:#x})"), word, want),
        }
        // Not encodable: zero, all ones, two separate runs, no period.
        for bad in [
            0,
            mask(w),
            0b1011,
            0x0001_0001_0001_0003,
            0xf0f0_f0f0_f0f0_f0f1,
        ] {
            let bad = bad & mask(w);
            c.check(and_imm(w, rd, rn, bad).is_none(), || {
                format!("and_imm({w:?}, {bad:#x}) encoded")
            });
        }
    }
}

// ---------------------------------------------------------------------------------------
// Multiply and divide, variable shifts, conditional select.
// ---------------------------------------------------------------------------------------

#[test]
fn multiply_divide_shift() {
    let mut c = Checker::new("multiply_divide_shift");
    let mut r = Rng(8);
    type Enc3 = fn(W, R, R, R) -> u32;
    let fams: [(Enc3, Opcode); 6] = [
        (sdiv, Opcode::SDIV),
        (udiv, Opcode::UDIV),
        (lslv, Opcode::LSLV),
        (lsrv, Opcode::LSRV),
        (asrv, Opcode::ASRV),
        (rorv, Opcode::RORV),
    ];
    for _ in 0..ITERS {
        let (w, rd, rn, rm, ra) = (width(&mut r), r.reg(), r.reg(), r.reg(), r.reg());
        for (f, op) in fams {
            let want = ins(op, &[gz(w, rd), gz(w, rn), gz(w, rm)]);
            c.expect(
                || format!("{op:?}({w:?}, {rd:?}, {rn:?}, {rm:?})"),
                f(w, rd, rn, rm),
                want,
            );
        }
        let want = ins(Opcode::MADD, &[gz(w, rd), gz(w, rn), gz(w, rm), gz(w, ra)]);
        c.expect(
            || format!("madd({w:?}, {rd:?}, {rn:?}, {rm:?}, {ra:?})"),
            madd(w, rd, rn, rm, ra),
            want,
        );
        let want = ins(Opcode::MSUB, &[gz(w, rd), gz(w, rn), gz(w, rm), gz(w, ra)]);
        c.expect(
            || format!("msub({w:?}, {rd:?}, {rn:?}, {rm:?}, {ra:?})"),
            msub(w, rd, rn, rm, ra),
            want,
        );
        let want = ins(
            Opcode::MADD,
            &[gz(w, rd), gz(w, rn), gz(w, rm), gz(w, R::ZR)],
        );
        c.expect(
            || format!("mul({w:?}, {rd:?}, {rn:?}, {rm:?})"),
            mul(w, rd, rn, rm),
            want,
        );
        let (x, wr) = (W::X64, W::W32);
        let want = ins(
            Opcode::SMADDL,
            &[gz(x, rd), gz(wr, rn), gz(wr, rm), gz(x, R::ZR)],
        );
        c.expect(
            || format!("smull({rd:?}, {rn:?}, {rm:?})"),
            smull(rd, rn, rm),
            want,
        );
        let want = ins(
            Opcode::UMADDL,
            &[gz(x, rd), gz(wr, rn), gz(wr, rm), gz(x, R::ZR)],
        );
        c.expect(
            || format!("umull({rd:?}, {rn:?}, {rm:?})"),
            umull(rd, rn, rm),
            want,
        );
        let want = ins(Opcode::SMULH, &[gz(x, rd), gz(x, rn), gz(x, rm)]);
        c.expect(
            || format!("smulh({rd:?}, {rn:?}, {rm:?})"),
            smulh(rd, rn, rm),
            want,
        );
        let want = ins(Opcode::UMULH, &[gz(x, rd), gz(x, rn), gz(x, rm)]);
        c.expect(
            || format!("umulh({rd:?}, {rn:?}, {rm:?})"),
            umulh(rd, rn, rm),
            want,
        );
    }
}

#[test]
fn conditional_select() {
    let mut c = Checker::new("conditional_select");
    let mut r = Rng(9);
    type Enc = fn(W, R, R, R, Cond) -> u32;
    let fams: [(Enc, Opcode); 4] = [
        (csel, Opcode::CSEL),
        (csinc, Opcode::CSINC),
        (csinv, Opcode::CSINV),
        (csneg, Opcode::CSNEG),
    ];
    for _ in 0..ITERS {
        let (w, rd, rn, rm) = (width(&mut r), r.reg(), r.reg(), r.reg());
        let cond = r.pick(&Cond::ALL);
        for (f, op) in fams {
            let want = ins(
                op,
                &[
                    gz(w, rd),
                    gz(w, rn),
                    gz(w, rm),
                    Operand::ConditionCode(cond as u8),
                ],
            );
            c.expect(
                || format!("{op:?}({w:?}, {rd:?}, {rn:?}, {rm:?}, {cond:?})"),
                f(w, rd, rn, rm, cond),
                want,
            );
        }
        // cset rd, c = csinc rd, zr, zr, !c: rd = !c ? zr : zr + 1.
        let cond = r.cond();
        let inv = Operand::ConditionCode(cond as u8 ^ 1);
        let zr = gz(w, R::ZR);
        let want = ins(Opcode::CSINC, &[gz(w, rd), zr, zr, inv]);
        c.expect(
            || format!("cset({w:?}, {rd:?}, {cond:?})"),
            cset(w, rd, cond),
            want,
        );
        let want = ins(Opcode::CSINV, &[gz(w, rd), zr, zr, inv]);
        c.expect(
            || format!("csetm({w:?}, {rd:?}, {cond:?})"),
            csetm(w, rd, cond),
            want,
        );
    }
}

// ---------------------------------------------------------------------------------------
// Bitfields: the raw forms structurally, the aliases by evaluation.
// ---------------------------------------------------------------------------------------

/// Runs a decoded `ubfm`/`sbfm`/`bfm` (ARM ARM pseudocode) on `dst` and `src`.
fn run_bitfield(i: &Instruction, dst: u64, src: u64) -> Option<u64> {
    let (w, immr, imms) = match (i.operands[0], i.operands[2], i.operands[3]) {
        (Operand::Register(sz, _), Operand::Immediate(immr), Operand::Immediate(imms)) => {
            (if sz == SizeCode::X { W::X64 } else { W::W32 }, immr, imms)
        }
        _ => return None,
    };
    let m = w.bits();
    let n = (m == 64) as u32;
    let (wmask, tmask) = decode_bit_masks(n, imms, immr, false, m)?;
    let rot = ror(src, immr, m);
    let result = match i.opcode {
        Opcode::UBFM => rot & wmask & tmask,
        Opcode::SBFM => {
            let top = if src >> imms & 1 == 1 { mask(w) } else { 0 };
            (top & !tmask) | (rot & wmask & tmask)
        }
        Opcode::BFM => {
            let bot = (dst & !wmask) | (rot & wmask);
            (dst & !tmask) | (bot & tmask)
        }
        _ => return None,
    };
    Some(result & mask(w))
}

/// Sign-extends the low `bits` bits of `v` to 64 bits.
fn sext(v: u64, bits: u32) -> u64 {
    (((v << (64 - bits)) as i64) >> (64 - bits)) as u64
}

fn ones(n: u32) -> u64 {
    if n == 64 { !0 } else { (1 << n) - 1 }
}

#[test]
fn bitfield() {
    let mut c = Checker::new("bitfield");
    let mut r = Rng(10);
    type Enc = fn(W, R, R, u8, u8) -> u32;
    let fams: [(Enc, Opcode); 3] = [
        (ubfm, Opcode::UBFM),
        (sbfm, Opcode::SBFM),
        (bfm, Opcode::BFM),
    ];
    for _ in 0..ITERS {
        let (w, rd, rn) = (width(&mut r), r.reg(), r.reg());
        let bits = w.bits();
        let (immr, imms) = (r.below(bits as u64) as u8, r.below(bits as u64) as u8);
        for (f, op) in fams {
            let want = ins(
                op,
                &[
                    gz(w, rd),
                    gz(w, rn),
                    Operand::Immediate(immr as u32),
                    Operand::Immediate(imms as u32),
                ],
            );
            c.expect(
                || format!("{op:?}({w:?}, {rd:?}, {rn:?}, {immr}, {imms})"),
                f(w, rd, rn, immr, imms),
                want,
            );
        }
    }
}

#[test]
fn bitfield_aliases() {
    let mut c = Checker::new("bitfield_aliases");
    let mut r = Rng(11);
    for _ in 0..ITERS {
        let (w, rd, rn) = (width(&mut r), r.reg(), r.reg());
        let bits = w.bits();
        let m = mask(w);
        let (dst, src) = (r.next(), r.next());
        let sh = r.below(bits as u64) as u8;
        let lsb = r.below(bits as u64) as u8;
        let wid = 1 + r.below(bits as u64 - lsb as u64) as u8;
        let (l, wd) = (lsb as u32, wid as u32);
        let inserted = (dst & !(ones(wd) << l)) | ((src & ones(wd)) << l);
        let cases: Vec<(String, u32, W, u64)> = vec![
            (
                format!("lsl_imm({w:?}, #{sh})"),
                lsl_imm(w, rd, rn, sh),
                w,
                (src << sh) & m,
            ),
            (
                format!("lsr_imm({w:?}, #{sh})"),
                lsr_imm(w, rd, rn, sh),
                w,
                (src & m) >> sh,
            ),
            (
                format!("asr_imm({w:?}, #{sh})"),
                asr_imm(w, rd, rn, sh),
                w,
                (sext(src, bits) as i64 >> sh) as u64 & m,
            ),
            (
                format!("ubfx({w:?}, #{lsb}, #{wid})"),
                ubfx(w, rd, rn, lsb, wid),
                w,
                (src >> l) & ones(wd),
            ),
            (
                format!("sbfx({w:?}, #{lsb}, #{wid})"),
                sbfx(w, rd, rn, lsb, wid),
                w,
                sext((src >> l) & ones(wd), wd) & m,
            ),
            (
                format!("bfi({w:?}, #{lsb}, #{wid})"),
                bfi(w, rd, rn, lsb, wid),
                w,
                inserted & m,
            ),
            ("sxtw".into(), sxtw(rd, rn), W::X64, sext(src, 32)),
            (format!("sxtb({w:?})"), sxtb(w, rd, rn), w, sext(src, 8) & m),
            (
                format!("sxth({w:?})"),
                sxth(w, rd, rn),
                w,
                sext(src, 16) & m,
            ),
            ("uxtb".into(), uxtb(rd, rn), W::W32, src & 0xff),
            ("uxth".into(), uxth(rd, rn), W::W32, src & 0xffff),
        ];
        for (name, word, ww, want) in cases {
            c.checks += 1;
            let i = match decode(word) {
                Ok(i) => i,
                Err(e) => {
                    c.fail(format!("{name}: {e}"));
                    continue;
                }
            };
            if i.operands[0] != gz(ww, rd) || i.operands[1] != gz(ww, rn) {
                c.fail(format!("{name}: registers of {i:?}, want {rd:?} {rn:?}"));
            }
            let got = run_bitfield(&i, dst, src);
            c.check(got == Some(want), || {
                format!("{name}: `{i}` on dst {dst:#x} src {src:#x} gives {got:x?}, want {want:#x}")
            });
        }
    }
}

// ---------------------------------------------------------------------------------------
// Loads and stores.
// ---------------------------------------------------------------------------------------

const SIZES: [Size; 4] = [Size::B, Size::H, Size::W, Size::X];

/// The register operand a load/store of `sz` transfers.
fn rt_op(sz: Size, rt: R) -> Operand {
    gz(if sz == Size::X { W::X64 } else { W::W32 }, rt)
}

fn ls_opcode(sz: Size, load: bool, unscaled: bool) -> Opcode {
    use Opcode::*;
    match (sz, load, unscaled) {
        (Size::B, true, false) => LDRB,
        (Size::H, true, false) => LDRH,
        (Size::W | Size::X, true, false) => LDR,
        (Size::B, false, false) => STRB,
        (Size::H, false, false) => STRH,
        (Size::W | Size::X, false, false) => STR,
        (Size::B, true, true) => LDURB,
        (Size::H, true, true) => LDURH,
        (Size::W | Size::X, true, true) => LDUR,
        (Size::B, false, true) => STURB,
        (Size::H, false, true) => STURH,
        (Size::W | Size::X, false, true) => STUR,
    }
}

fn extend(r: &mut Rng) -> Extend {
    r.pick(&[Extend::Uxtw, Extend::Lsl, Extend::Sxtw])
}

/// The register-offset operand `[rn, rm, ext #amount]`.
fn reg_offset(rn: R, rm: R, ext: Extend, amount: u8) -> Operand {
    let (sz, st) = match ext {
        Extend::Uxtw => (SizeCode::W, ShiftStyle::UXTW),
        Extend::Lsl => (SizeCode::X, ShiftStyle::LSL),
        Extend::Sxtw => (SizeCode::W, ShiftStyle::SXTW),
    };
    Operand::RegRegOffset(rn.0 as u16, rm.0 as u16, sz, st, amount)
}

#[test]
fn loads_stores() {
    let mut c = Checker::new("loads_stores");
    let mut r = Rng(12);
    for _ in 0..ITERS {
        let (sz, rt, rn, rm) = (r.pick(&SIZES), r.reg(), r.reg(), r.reg());
        let scale = sz as u32;
        // Scaled unsigned offset.
        let offset = (r.below(4096) as u32) << scale;
        let mem = Operand::RegPreIndex(rn.0 as u16, offset as i32, false);
        for (f, load) in [
            (ldr_imm as fn(Size, R, R, u32) -> Option<u32>, true),
            (str_imm, false),
        ] {
            let want = ins(ls_opcode(sz, load, false), &[rt_op(sz, rt), mem]);
            match f(sz, rt, rn, offset) {
                None => c.fail(format!("{sz:?} load {load}: offset {offset} refused")),
                Some(word) => c.expect(
                    || format!("{sz:?} load {load} [{rn:?}, #{offset}]"),
                    word,
                    want,
                ),
            }
            // Misaligned or too far.
            let bad = if scale > 0 && r.bool() {
                offset | 1
            } else {
                (4096 << scale) + offset
            };
            c.check(f(sz, rt, rn, bad).is_none(), || {
                format!("{sz:?} load {load}: offset {bad} accepted")
            });
        }
        // Unscaled signed offset.
        let offset = r.range(-256, 255) as i32;
        let mem = Operand::RegPreIndex(rn.0 as u16, offset, false);
        let want = ins(ls_opcode(sz, true, true), &[rt_op(sz, rt), mem]);
        c.expect(
            || format!("ldur({sz:?}, {rt:?}, {rn:?}, {offset})"),
            ldur(sz, rt, rn, offset),
            want,
        );
        let want = ins(ls_opcode(sz, false, true), &[rt_op(sz, rt), mem]);
        c.expect(
            || format!("stur({sz:?}, {rt:?}, {rn:?}, {offset})"),
            stur(sz, rt, rn, offset),
            want,
        );
        // Register offset.
        let (ext, shift) = (extend(&mut r), r.bool());
        let amount = if shift { scale as u8 } else { 0 };
        let mem = reg_offset(rn, rm, ext, amount);
        let word = ldr_reg(sz, rt, rn, rm, ext, shift);
        let want = ins(ls_opcode(sz, true, false), &[rt_op(sz, rt), mem]);
        c.expect(
            || format!("ldr_reg({sz:?}, {rt:?}, {rn:?}, {rm:?}, {ext:?}, {shift})"),
            word,
            want,
        );
        // yaxpeax shows a byte access's S bit only as `#0` either way: check it directly.
        c.check((word >> 12 & 1 == 1) == shift, || {
            format!("ldr_reg {word:#010x}: S bit is not {shift}")
        });
        let want = ins(ls_opcode(sz, false, false), &[rt_op(sz, rt), mem]);
        c.expect(
            || format!("str_reg({sz:?}, {rt:?}, {rn:?}, {rm:?}, {ext:?}, {shift})"),
            str_reg(sz, rt, rn, rm, ext, shift),
            want,
        );
        // Literal.
        let words = r.range(-(1 << 18), (1 << 18) - 1) as i32;
        let want = ins(
            Opcode::LDR,
            &[gz(W::X64, rt), Operand::PCOffset(4 * words as i64)],
        );
        c.expect(
            || format!("ldr_lit({rt:?}, {words})"),
            ldr_lit(rt, words),
            want,
        );
        let v = r.vreg();
        let want = ins(Opcode::LDR, &[dv(v), Operand::PCOffset(4 * words as i64)]);
        c.expect(
            || format!("ldr_d_lit({v:?}, {words})"),
            ldr_d_lit(v, words),
            want,
        );
    }
}

#[test]
fn fp_loads_stores() {
    let mut c = Checker::new("fp_loads_stores");
    let mut r = Rng(13);
    for _ in 0..ITERS {
        let (vt, rn, rm) = (r.vreg(), r.reg(), r.reg());
        let offset = (r.below(4096) as u32) * 8;
        let mem = Operand::RegPreIndex(rn.0 as u16, offset as i32, false);
        match (ldr_d_imm(vt, rn, offset), str_d_imm(vt, rn, offset)) {
            (Some(l), Some(s)) => {
                c.expect(
                    || format!("ldr_d_imm({vt:?}, {rn:?}, {offset})"),
                    l,
                    ins(Opcode::LDR, &[dv(vt), mem]),
                );
                c.expect(
                    || format!("str_d_imm({vt:?}, {rn:?}, {offset})"),
                    s,
                    ins(Opcode::STR, &[dv(vt), mem]),
                );
            }
            _ => c.fail(format!("d offset {offset} refused")),
        }
        let bad = if r.bool() {
            offset + r.range(1, 7) as u32
        } else {
            offset + 32768
        };
        c.check(
            ldr_d_imm(vt, rn, bad).is_none() && str_d_imm(vt, rn, bad).is_none(),
            || format!("d offset {bad} accepted"),
        );
        let offset = r.range(-256, 255) as i32;
        let mem = Operand::RegPreIndex(rn.0 as u16, offset, false);
        c.expect(
            || format!("ldur_d({vt:?}, {rn:?}, {offset})"),
            ldur_d(vt, rn, offset),
            ins(Opcode::LDUR, &[dv(vt), mem]),
        );
        c.expect(
            || format!("stur_d({vt:?}, {rn:?}, {offset})"),
            stur_d(vt, rn, offset),
            ins(Opcode::STUR, &[dv(vt), mem]),
        );
        let (ext, shift) = (extend(&mut r), r.bool());
        let mem = reg_offset(rn, rm, ext, if shift { 3 } else { 0 });
        c.expect(
            || format!("ldr_d_reg({vt:?}, {rn:?}, {rm:?}, {ext:?}, {shift})"),
            ldr_d_reg(vt, rn, rm, ext, shift),
            ins(Opcode::LDR, &[dv(vt), mem]),
        );
        c.expect(
            || format!("str_d_reg({vt:?}, {rn:?}, {rm:?}, {ext:?}, {shift})"),
            str_d_reg(vt, rn, rm, ext, shift),
            ins(Opcode::STR, &[dv(vt), mem]),
        );
    }
}

#[test]
fn pairs() {
    let mut c = Checker::new("pairs");
    let mut r = Rng(14);
    let x = |r: R| gz(W::X64, r);
    for _ in 0..ITERS {
        let offset = r.range(-64, 63) as i32 * 8;
        let rn = r.reg();
        // Transfer registers distinct from each other and from the base (unless sp).
        let (rt, rt2) = loop {
            let (a, b) = (r.reg(), r.reg());
            if a != b && (rn.0 == 31 || (a != rn && b != rn)) {
                break (a, b);
            }
        };
        let pre = Operand::RegPreIndex(rn.0 as u16, offset, true);
        let post = Operand::RegPostIndex(rn.0 as u16, offset);
        let off = Operand::RegPreIndex(rn.0 as u16, offset, false);
        let ctx = |name: &str| format!("{name}({rt:?}, {rt2:?}, {rn:?}, {offset})");
        c.expect(
            || ctx("stp_pre"),
            stp_pre(rt, rt2, rn, offset),
            ins(Opcode::STP, &[x(rt), x(rt2), pre]),
        );
        c.expect(
            || ctx("stp_post"),
            stp_post(rt, rt2, rn, offset),
            ins(Opcode::STP, &[x(rt), x(rt2), post]),
        );
        c.expect(
            || ctx("stp_off"),
            stp_off(rt, rt2, rn, offset),
            ins(Opcode::STP, &[x(rt), x(rt2), off]),
        );
        c.expect(
            || ctx("ldp_pre"),
            ldp_pre(rt, rt2, rn, offset),
            ins(Opcode::LDP, &[x(rt), x(rt2), pre]),
        );
        c.expect(
            || ctx("ldp_post"),
            ldp_post(rt, rt2, rn, offset),
            ins(Opcode::LDP, &[x(rt), x(rt2), post]),
        );
        c.expect(
            || ctx("ldp_off"),
            ldp_off(rt, rt2, rn, offset),
            ins(Opcode::LDP, &[x(rt), x(rt2), off]),
        );
        let (vt, vt2) = (V(rt.0), V(rt2.0));
        let ctx = |name: &str| format!("{name}({vt:?}, {vt2:?}, {rn:?}, {offset})");
        c.expect(
            || ctx("stp_d_off"),
            stp_d_off(vt, vt2, rn, offset),
            ins(Opcode::STP, &[dv(vt), dv(vt2), off]),
        );
        c.expect(
            || ctx("ldp_d_off"),
            ldp_d_off(vt, vt2, rn, offset),
            ins(Opcode::LDP, &[dv(vt), dv(vt2), off]),
        );
        c.expect(
            || ctx("stp_d_pre"),
            stp_d_pre(vt, vt2, rn, offset),
            ins(Opcode::STP, &[dv(vt), dv(vt2), pre]),
        );
        c.expect(
            || ctx("ldp_d_post"),
            ldp_d_post(vt, vt2, rn, offset),
            ins(Opcode::LDP, &[dv(vt), dv(vt2), post]),
        );
    }
}

// ---------------------------------------------------------------------------------------
// Branches.
// ---------------------------------------------------------------------------------------

#[test]
fn branches() {
    let mut c = Checker::new("branches");
    let mut r = Rng(15);
    let pc = |words: i32| Operand::PCOffset(4 * words as i64);
    for _ in 0..ITERS {
        let w26 = r.range(-(1 << 25), (1 << 25) - 1) as i32;
        let w19 = r.range(-(1 << 18), (1 << 18) - 1) as i32;
        let w14 = r.range(-(1 << 13), (1 << 13) - 1) as i32;
        c.expect(|| format!("b({w26})"), b(w26), ins(Opcode::B, &[pc(w26)]));
        c.expect(
            || format!("bl({w26})"),
            bl(w26),
            ins(Opcode::BL, &[pc(w26)]),
        );
        let cond = r.pick(&Cond::ALL);
        c.expect(
            || format!("b_cond({cond:?}, {w19})"),
            b_cond(cond, w19),
            ins(Opcode::Bcc(cond as u8), &[pc(w19)]),
        );
        let (w, rt) = (width(&mut r), r.reg());
        c.expect(
            || format!("cbz({w:?}, {rt:?}, {w19})"),
            cbz(w, rt, w19),
            ins(Opcode::CBZ, &[gz(w, rt), pc(w19)]),
        );
        c.expect(
            || format!("cbnz({w:?}, {rt:?}, {w19})"),
            cbnz(w, rt, w19),
            ins(Opcode::CBNZ, &[gz(w, rt), pc(w19)]),
        );
        let bit = r.below(64) as u8;
        let tw = if bit < 32 { W::W32 } else { W::X64 };
        let want = ins(
            Opcode::TBZ,
            &[gz(tw, rt), Operand::Imm16(bit as u16), pc(w14)],
        );
        c.expect(
            || format!("tbz({rt:?}, {bit}, {w14})"),
            tbz(rt, bit, w14),
            want,
        );
        let want = ins(
            Opcode::TBNZ,
            &[gz(tw, rt), Operand::Imm16(bit as u16), pc(w14)],
        );
        c.expect(
            || format!("tbnz({rt:?}, {bit}, {w14})"),
            tbnz(rt, bit, w14),
            want,
        );
        c.expect(
            || format!("br({rt:?})"),
            br(rt),
            ins(Opcode::BR, &[gz(W::X64, rt)]),
        );
        c.expect(
            || format!("blr({rt:?})"),
            blr(rt),
            ins(Opcode::BLR, &[gz(W::X64, rt)]),
        );
        let imm = r.next() as u16;
        c.expect(
            || format!("brk({imm})"),
            brk(imm),
            ins(Opcode::BRK, &[Operand::Imm16(imm)]),
        );
    }
    c.expect(
        || "ret".into(),
        ret(),
        ins(Opcode::RET, &[gz(W::X64, R::LR)]),
    );
}

// ---------------------------------------------------------------------------------------
// Floating point.
// ---------------------------------------------------------------------------------------

/// `VFPExpandImm` for a double: the value of an 8-bit FP immediate.
fn expand_fp_imm(imm8: u8) -> f64 {
    let sign = (imm8 >> 7) as u64;
    let b = (imm8 >> 6 & 1) as u64;
    let cd = (imm8 >> 4 & 3) as u64;
    let efgh = (imm8 & 15) as u64;
    let exp = ((b ^ 1) << 10) | (if b == 1 { 0xff } else { 0 } << 2) | cd;
    f64::from_bits(sign << 63 | exp << 52 | efgh << 48)
}

#[test]
fn floating_point() {
    let mut c = Checker::new("floating_point");
    let mut r = Rng(16);
    type Fp2 = fn(V, V, V) -> u32;
    type Fp1 = fn(V, V) -> u32;
    let two: [(Fp2, Opcode); 6] = [
        (fadd, Opcode::FADD),
        (fsub, Opcode::FSUB),
        (fmul, Opcode::FMUL),
        (fdiv, Opcode::FDIV),
        (fmax, Opcode::FMAX),
        (fmin, Opcode::FMIN),
    ];
    let one: [(Fp1, Opcode); 9] = [
        (fsqrt, Opcode::FSQRT),
        (fneg, Opcode::FNEG),
        (fabs, Opcode::FABS),
        (fmov, Opcode::FMOV),
        (frintm, Opcode::FRINTM),
        (frintp, Opcode::FRINTP),
        (frintz, Opcode::FRINTZ),
        (frintn, Opcode::FRINTN),
        (frinta, Opcode::FRINTA),
    ];
    for _ in 0..ITERS {
        let (vd, vn, vm) = (r.vreg(), r.vreg(), r.vreg());
        for (f, op) in two {
            c.expect(
                || format!("{op:?}({vd:?}, {vn:?}, {vm:?})"),
                f(vd, vn, vm),
                ins(op, &[dv(vd), dv(vn), dv(vm)]),
            );
        }
        for (f, op) in one {
            c.expect(
                || format!("{op:?}({vd:?}, {vn:?})"),
                f(vd, vn),
                ins(op, &[dv(vd), dv(vn)]),
            );
        }
        c.expect(
            || format!("fcmp({vn:?}, {vm:?})"),
            fcmp(vn, vm),
            ins(Opcode::FCMP, &[dv(vn), dv(vm)]),
        );
        c.expect(
            || format!("fcmp_zero({vn:?})"),
            fcmp_zero(vn),
            ins(Opcode::FCMP, &[dv(vn), Operand::ImmediateDouble(0.0)]),
        );
        let (w, rg) = (width(&mut r), r.reg());
        let x = W::X64;
        c.expect(
            || format!("fmov_from_x({vd:?}, {rg:?})"),
            fmov_from_x(vd, rg),
            ins(Opcode::FMOV, &[dv(vd), gz(x, rg)]),
        );
        c.expect(
            || format!("fmov_to_x({rg:?}, {vn:?})"),
            fmov_to_x(rg, vn),
            ins(Opcode::FMOV, &[gz(x, rg), dv(vn)]),
        );
        c.expect(
            || format!("scvtf({vd:?}, {w:?}, {rg:?})"),
            scvtf(vd, w, rg),
            ins(Opcode::SCVTF, &[dv(vd), gz(w, rg)]),
        );
        c.expect(
            || format!("ucvtf({vd:?}, {w:?}, {rg:?})"),
            ucvtf(vd, w, rg),
            ins(Opcode::UCVTF, &[dv(vd), gz(w, rg)]),
        );
        c.expect(
            || format!("fcvtzs({w:?}, {rg:?}, {vn:?})"),
            fcvtzs(w, rg, vn),
            ins(Opcode::FCVTZS, &[gz(w, rg), dv(vn)]),
        );
        c.expect(
            || format!("fcvtzu({w:?}, {rg:?}, {vn:?})"),
            fcvtzu(w, rg, vn),
            ins(Opcode::FCVTZU, &[gz(w, rg), dv(vn)]),
        );
        c.expect(
            || format!("fjcvtzs({rg:?}, {vn:?})"),
            fjcvtzs(rg, vn),
            ins(Opcode::FJCVTZS, &[gz(W::W32, rg), dv(vn)]),
        );
        // fmov immediate: every 8-bit pattern's value encodes, nearby values do not.
        let imm8 = r.next() as u8;
        let v = expand_fp_imm(imm8);
        match fmov_imm(vd, v) {
            None => c.fail(format!("fmov_imm({v}) refused")),
            Some(word) => c.expect(
                || format!("fmov_imm({vd:?}, {v})"),
                word,
                ins(Opcode::FMOV, &[dv(vd), Operand::ImmediateDouble(v)]),
            ),
        }
        let near = f64::from_bits(v.to_bits() + 1 + (r.next() & 0xffff_ffff));
        c.check(fmov_imm(vd, near).is_none(), || {
            format!("fmov_imm({near:e}) encoded")
        });
        let bad = r.pick(&[
            0.0,
            -0.0,
            32.0,
            0.0625,
            1.0 / 3.0,
            f64::NAN,
            f64::INFINITY,
            1e300,
        ]);
        c.check(fmov_imm(vd, bad).is_none(), || {
            format!("fmov_imm({bad}) encoded")
        });
    }
}
