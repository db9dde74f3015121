//! Randomized structural round trips: thousands of random operand combinations per
//! encoder family, decoded with capstone and compared with the instruction the inputs
//! describe (mnemonic with its `s`/condition/data type, registers, shifts, immediates,
//! memory operands, writeback), plus whether the narrow (16-bit) or wide encoding was
//! chosen, against the rules restated here: the narrow one whenever an encoding with the
//! same semantics exists (the 16-bit data-processing forms only for the flag-setting
//! functions). Functions returning `Option` are checked to return `None` exactly when no
//! encoding takes the immediate or offset.

use crate::common::{Dec, Op, Rng, Sh, cond_name, decode, text};
use crate::imm::encodable;
use std::collections::HashSet;
use targets::thumb2::encode::*;

/// Iterations per encoder family.
const ITERS: usize = 3000;

/// What an instruction should decode to.
#[derive(Clone, Debug)]
struct Want {
    name: String,
    ops: Vec<Op>,
    /// Wide (32-bit) or narrow, if it matters.
    wide: Option<bool>,
    wb: bool,
    /// The two source operands (`ops[1]`, `ops[2]`) may come swapped.
    commutes: bool,
}

fn want(name: &str, ops: Vec<Op>) -> Want {
    Want {
        name: name.to_string(),
        ops,
        wide: None,
        wb: false,
        commutes: false,
    }
}

impl Want {
    fn wide(mut self, wide: bool) -> Want {
        self.wide = Some(wide);
        self
    }
    fn wb(mut self) -> Want {
        self.wb = true;
        self
    }
    fn commutes(mut self, c: bool) -> Want {
        self.commutes = c;
        self
    }
    fn matches(&self, d: &Dec) -> bool {
        let ops_ok = d.ops == self.ops || {
            let mut swapped = self.ops.clone();
            self.commutes && swapped.len() >= 3 && {
                swapped.swap(1, 2);
                d.ops == swapped
            }
        };
        d.name == self.name && ops_ok && d.wb == self.wb && self.wide.is_none_or(|w| w == d.wide)
    }
}

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

    /// Decodes `ins` and compares it with `want`.
    fn expect(&mut self, ctx: impl FnOnce() -> String, ins: Ins, want: Want) {
        self.checks += 1;
        match decode(ins) {
            Err(e) => self.fail(format!("{}: {e}", ctx())),
            Ok(got) if !want.matches(&got) => {
                let t = text(&ins.bytes()).unwrap_or_default();
                self.fail(format!(
                    "{}: {ins:?} decodes to {got:?} (`{t}`), want {want:?}",
                    ctx()
                ))
            }
            Ok(_) => {}
        }
    }

    /// Compares an `Option` result: `None` exactly when `encodable` is false.
    fn expect_opt(
        &mut self,
        ctx: impl Fn() -> String,
        got: Option<Ins>,
        encodable: bool,
        want: impl FnOnce() -> Want,
    ) {
        match (got, encodable) {
            (Some(ins), true) => self.expect(ctx, ins, want()),
            (None, false) => self.checks += 1,
            (Some(ins), false) => self.fail(format!("{}: should not encode, got {ins:?}", ctx())),
            (None, true) => self.fail(format!("{}: returned None", ctx())),
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
        let shown: Vec<&str> = self
            .failures
            .iter()
            .filter(|s| !s.is_empty())
            .map(|s| s.as_str())
            .collect();
        assert!(
            self.failures.is_empty(),
            "{}: {} of {} checks failed:\n{}",
            self.name,
            self.failures.len(),
            self.checks,
            shown.join("\n")
        );
        assert!(
            self.checks >= ITERS,
            "{}: only {} checks",
            self.name,
            self.checks
        );
    }
}

fn reg(r: R) -> Op {
    Op::R(r.0)
}

fn imm(v: u32) -> Op {
    Op::Imm(v as i32)
}

fn dreg(d: D) -> Op {
    Op::D(d.0)
}

fn sreg(s: S) -> Op {
    Op::S(s.0)
}

fn mem(base: R, disp: i32) -> Op {
    Op::Mem {
        base: base.0,
        index: None,
        disp,
        lsl: 0,
    }
}

fn low(rs: &[R]) -> bool {
    rs.iter().all(|r| r.0 < 8)
}

/// A random shift: none a fifth of the time, else any kind with an amount in its range.
fn shift(r: &mut Rng) -> (Shift, u8) {
    match r.below(5) {
        0 => (r.pick(&[Shift::Lsl, Shift::Lsr, Shift::Asr, Shift::Ror]), 0),
        1 => (Shift::Lsl, r.range(1, 31) as u8),
        2 => (Shift::Lsr, r.range(1, 32) as u8),
        3 => (Shift::Asr, r.range(1, 32) as u8),
        _ => (Shift::Ror, r.range(1, 31) as u8),
    }
}

/// The shifted register operand.
fn shifted(rm: R, sh: Shift, amount: u8) -> Op {
    if amount == 0 {
        return reg(rm);
    }
    let k = match sh {
        Shift::Lsl => Sh::Lsl,
        Shift::Lsr => Sh::Lsr,
        Shift::Asr => Sh::Asr,
        Shift::Ror => Sh::Ror,
    };
    Op::Shifted(rm.0, k, amount as u32)
}

/// A register list's operands, ascending.
fn list(mask: u16) -> Vec<Op> {
    (0..16).filter(|i| mask >> i & 1 == 1).map(Op::R).collect()
}

/// A random register list from `allowed` (non-empty; often only low registers).
fn mask(r: &mut Rng, allowed: u16) -> u16 {
    loop {
        let m = match r.below(4) {
            0 => 1 << r.below(16),
            1 => r.next() as u16 & 0xff,
            _ => r.next() as u16,
        } & allowed;
        if m != 0 {
            return m;
        }
    }
}

// ---------------------------------------------------------------------------------------
// Moves.
// ---------------------------------------------------------------------------------------

#[test]
fn moves() {
    let mut c = Checker::new("moves");
    let mut r = Rng(0x3001);
    let set = encodable();
    for _ in 0..ITERS {
        let (rd, rm) = (r.gpr(), r.gpr());
        let v16 = r.next() as u16;
        let v = r.imm32();
        c.expect(
            || format!("movw {rd:?} {v16:#x}"),
            movw(rd, v16),
            want("mov", vec![reg(rd), imm(v16 as u32)]).wide(true),
        );
        c.expect(
            || format!("movt {rd:?} {v16:#x}"),
            movt(rd, v16),
            want("movt", vec![reg(rd), imm(v16 as u32)]).wide(true),
        );
        c.expect_opt(
            || format!("mov_imm_w {rd:?} {v:#x}"),
            mov_imm_w(rd, v),
            set.contains(&v),
            || want("mov", vec![reg(rd), imm(v)]).wide(true),
        );
        c.expect_opt(
            || format!("mvn_imm {rd:?} {v:#x}"),
            mvn_imm(rd, v),
            set.contains(&v),
            || want("mvn", vec![reg(rd), imm(v)]).wide(true),
        );
        let narrow = low(&[rd]) && v < 256;
        c.expect_opt(
            || format!("movs_imm {rd:?} {v:#x}"),
            movs_imm(rd, v),
            narrow || set.contains(&v),
            || want("movs", vec![reg(rd), imm(v)]).wide(!narrow),
        );
        let (a, b) = (r.gpr_or_sp(), r.gpr_or_sp());
        c.expect(
            || format!("mov_reg {a:?} {b:?}"),
            mov_reg(a, b),
            want("mov", vec![reg(a), reg(b)]).wide(false),
        );
        c.expect(
            || format!("movs_reg {rd:?} {rm:?}"),
            movs_reg(rd, rm),
            want("movs", vec![reg(rd), reg(rm)]).wide(!low(&[rd, rm])),
        );
        let off = if r.bool() {
            r.range(0, 255) as i32 * 4
        } else {
            r.range(-4095, 4095) as i32
        };
        let ins = adr(rd, off);
        let w = if low(&[rd]) && (0..=1020).contains(&off) && off % 4 == 0 {
            want("adr", vec![reg(rd), imm(off as u32)]).wide(false)
        } else if off >= 0 {
            want("add", vec![reg(rd), reg(R::PC), imm(off as u32)]).wide(true)
        } else {
            want("sub", vec![reg(rd), reg(R::PC), imm(off.unsigned_abs())]).wide(true)
        };
        c.expect(|| format!("adr {rd:?} {off}"), ins, w);
    }
}

// ---------------------------------------------------------------------------------------
// Arithmetic.
// ---------------------------------------------------------------------------------------

#[test]
fn add_sub_register() {
    let mut c = Checker::new("add_sub_register");
    let mut r = Rng(0x3002);
    for _ in 0..ITERS {
        let (sh, amount) = shift(&mut r);
        // Non-flag add/sub: rn may be sp, rd may be sp with rn = sp and at most lsl #3.
        let rn = r.gpr_or_sp();
        let small = amount == 0 || (sh == Shift::Lsl && amount <= 3);
        let rd = if rn == R::SP && small && r.bool() {
            R::SP
        } else if rn != R::SP && r.below(3) == 0 {
            rn
        } else {
            r.gpr()
        };
        let rm = if rd != R::SP && r.below(3) == 0 {
            rd
        } else {
            r.gpr()
        };
        let ctx = |f: &str| format!("{f} {rd:?} {rn:?} {rm:?} {sh:?} #{amount}");
        let narrow = amount == 0 && (rd == rn || rd == rm);
        c.expect(
            || ctx("add_reg"),
            add_reg(rd, rn, rm, sh, amount),
            want("add", vec![reg(rd), reg(rn), shifted(rm, sh, amount)])
                .wide(!narrow)
                .commutes(amount == 0),
        );
        // add with rm = sp and no shift (operands swapped).
        if amount == 0 && rd != R::SP {
            c.expect(
                || ctx("add_reg sp"),
                add_reg(rd, rm, R::SP, Shift::Lsl, 0),
                want("add", vec![reg(rd), reg(rm), reg(R::SP)])
                    .wide(rd != rm)
                    .commutes(true),
            );
        }
        c.expect(
            || ctx("sub_reg"),
            sub_reg(rd, rn, rm, sh, amount),
            want("sub", vec![reg(rd), reg(rn), shifted(rm, sh, amount)]).wide(true),
        );
        // Flag-setting: rd not sp.
        let rd = if rd == R::SP { r.gpr() } else { rd };
        let narrow = amount == 0 && low(&[rd, rn, rm]);
        c.expect(
            || ctx("adds_reg"),
            adds_reg(rd, rn, rm, sh, amount),
            want("adds", vec![reg(rd), reg(rn), shifted(rm, sh, amount)]).wide(!narrow),
        );
        c.expect(
            || ctx("subs_reg"),
            subs_reg(rd, rn, rm, sh, amount),
            want("subs", vec![reg(rd), reg(rn), shifted(rm, sh, amount)]).wide(!narrow),
        );
        // adc/sbc: no sp at all.
        let rn = if rn == R::SP { r.gpr() } else { rn };
        let ops = vec![reg(rd), reg(rn), shifted(rm, sh, amount)];
        let narrow_adc = amount == 0 && low(&[rd, rn, rm]) && (rd == rn || rd == rm);
        let narrow_sbc = amount == 0 && low(&[rd, rn, rm]) && rd == rn;
        c.expect(
            || ctx("adc_reg"),
            adc_reg(rd, rn, rm, sh, amount),
            want("adc", ops.clone()).wide(true),
        );
        c.expect(
            || ctx("adcs_reg"),
            adcs_reg(rd, rn, rm, sh, amount),
            want("adcs", ops.clone())
                .wide(!narrow_adc)
                .commutes(narrow_adc),
        );
        c.expect(
            || ctx("sbc_reg"),
            sbc_reg(rd, rn, rm, sh, amount),
            want("sbc", ops.clone()).wide(true),
        );
        c.expect(
            || ctx("sbcs_reg"),
            sbcs_reg(rd, rn, rm, sh, amount),
            want("sbcs", ops).wide(!narrow_sbc),
        );
    }
}

/// A constant for the add/sub immediate forms: random, small, or a multiple of 4.
fn addsub_constant(r: &mut Rng) -> u32 {
    match r.below(4) {
        0 => r.below(16) as u32,
        1 => r.below(300) as u32 * 4,
        2 => r.below(5000) as u32,
        _ => r.imm32(),
    }
}

#[test]
fn add_sub_immediate() {
    let mut c = Checker::new("add_sub_immediate");
    let mut r = Rng(0x3003);
    let set = encodable();
    for _ in 0..ITERS {
        let v = addsub_constant(&mut r);
        let rn = r.gpr_or_sp();
        let rd = if rn == R::SP && r.bool() {
            R::SP
        } else if r.below(3) == 0 && rn != R::SP {
            rn
        } else {
            r.gpr()
        };
        let ctx = |f: &str| format!("{f} {rd:?} {rn:?} {v:#x}");
        let ops = || vec![reg(rd), reg(rn), imm(v)];
        let sp = rn == R::SP;
        let narrow =
            sp && v.is_multiple_of(4) && ((low(&[rd]) && v <= 1020) || (rd == R::SP && v <= 508));
        c.expect_opt(
            || ctx("add_imm"),
            add_imm(rd, rn, v),
            narrow || set.contains(&v) || v < 4096,
            || want("add", ops()).wide(!narrow),
        );
        let narrow = sp && rd == R::SP && v.is_multiple_of(4) && v <= 508;
        c.expect_opt(
            || ctx("sub_imm"),
            sub_imm(rd, rn, v),
            narrow || set.contains(&v) || v < 4096,
            || want("sub", ops()).wide(!narrow),
        );
        let rd = if rd == R::SP { r.gpr() } else { rd };
        let ctx = |f: &str| format!("{f} {rd:?} {rn:?} {v:#x}");
        let ops = || vec![reg(rd), reg(rn), imm(v)];
        let narrow = low(&[rd, rn]) && (v < 8 || (rd == rn && v < 256));
        c.expect_opt(
            || ctx("adds_imm"),
            adds_imm(rd, rn, v),
            narrow || set.contains(&v),
            || want("adds", ops()).wide(!narrow),
        );
        c.expect_opt(
            || ctx("subs_imm"),
            subs_imm(rd, rn, v),
            narrow || set.contains(&v),
            || want("subs", ops()).wide(!narrow),
        );
        let rn = if rn == R::SP { r.gpr() } else { rn };
        let ctx = |f: &str| format!("{f} {rd:?} {rn:?} {v:#x}");
        let ops = || vec![reg(rd), reg(rn), imm(v)];
        c.expect_opt(
            || ctx("rsb_imm"),
            rsb_imm(rd, rn, v),
            set.contains(&v),
            || want("rsb", ops()).wide(true),
        );
        let narrow = v == 0 && low(&[rd, rn]);
        c.expect_opt(
            || ctx("rsbs_imm"),
            rsbs_imm(rd, rn, v),
            set.contains(&v),
            || want("rsbs", ops()).wide(!narrow),
        );
        c.expect(
            || ctx("neg"),
            neg(rd, rn),
            want("rsb", vec![reg(rd), reg(rn), imm(0)]).wide(true),
        );
        c.expect(
            || ctx("negs"),
            negs(rd, rn),
            want("rsbs", vec![reg(rd), reg(rn), imm(0)]).wide(!low(&[rd, rn])),
        );
    }
}

#[test]
fn compare() {
    let mut c = Checker::new("compare");
    let mut r = Rng(0x3004);
    let set = encodable();
    for _ in 0..ITERS {
        let (rn, rm) = (r.gpr_or_sp(), r.gpr_or_sp());
        c.expect(
            || format!("cmp_reg {rn:?} {rm:?}"),
            cmp_reg(rn, rm),
            want("cmp", vec![reg(rn), reg(rm)]).wide(false),
        );
        let rm2 = if rn == R::SP && rm == R::SP {
            r.gpr()
        } else {
            rm
        };
        c.expect(|| format!("cmn_reg {rn:?} {rm2:?}"), cmn_reg(rn, rm2), {
            // cmn is commutative: sp goes first.
            let (a, b) = if rm2 == R::SP { (rm2, rn) } else { (rn, rm2) };
            want("cmn", vec![reg(a), reg(b)]).wide(!low(&[rn, rm2]))
        });
        let (a, b) = (r.gpr(), r.gpr());
        c.expect(
            || format!("tst_reg {a:?} {b:?}"),
            tst_reg(a, b),
            want("tst", vec![reg(a), reg(b)]).wide(!low(&[a, b])),
        );
        c.expect(
            || format!("teq_reg {a:?} {b:?}"),
            teq_reg(a, b),
            want("teq", vec![reg(a), reg(b)]).wide(true),
        );
        let v = r.imm32();
        let v = if r.bool() { v & 0x1ff } else { v };
        let narrow = low(&[rn]) && v < 256;
        c.expect_opt(
            || format!("cmp_imm {rn:?} {v:#x}"),
            cmp_imm(rn, v),
            narrow || set.contains(&v),
            || want("cmp", vec![reg(rn), imm(v)]).wide(!narrow),
        );
        c.expect_opt(
            || format!("cmn_imm {rn:?} {v:#x}"),
            cmn_imm(rn, v),
            set.contains(&v),
            || want("cmn", vec![reg(rn), imm(v)]).wide(true),
        );
        c.expect_opt(
            || format!("tst_imm {a:?} {v:#x}"),
            tst_imm(a, v),
            set.contains(&v),
            || want("tst", vec![reg(a), imm(v)]).wide(true),
        );
        c.expect_opt(
            || format!("teq_imm {a:?} {v:#x}"),
            teq_imm(a, v),
            set.contains(&v),
            || want("teq", vec![reg(a), imm(v)]).wide(true),
        );
    }
}

// ---------------------------------------------------------------------------------------
// Logical and shifts.
// ---------------------------------------------------------------------------------------

type RegFn = fn(R, R, R, Shift, u8) -> Ins;

#[test]
fn logical() {
    let mut c = Checker::new("logical");
    let mut r = Rng(0x3005);
    let set = encodable();
    // (function, mnemonic, sets flags, 16-bit form commutes)
    let reg_fns: [(RegFn, &str, bool, bool); 9] = [
        (and_reg, "and", false, true),
        (ands_reg, "ands", true, true),
        (orr_reg, "orr", false, true),
        (orrs_reg, "orrs", true, true),
        (eor_reg, "eor", false, true),
        (eors_reg, "eors", true, true),
        (bic_reg, "bic", false, false),
        (bics_reg, "bics", true, false),
        (orn_reg, "orn", false, false),
    ];
    type ImmFn = fn(R, R, u32) -> Option<Ins>;
    let imm_fns: [(ImmFn, &str); 8] = [
        (and_imm, "and"),
        (ands_imm, "ands"),
        (orr_imm, "orr"),
        (orrs_imm, "orrs"),
        (eor_imm, "eor"),
        (eors_imm, "eors"),
        (bic_imm, "bic"),
        (orn_imm, "orn"),
    ];
    for _ in 0..ITERS {
        let (sh, amount) = shift(&mut r);
        let rd = r.gpr();
        let rn = if r.below(3) == 0 { rd } else { r.gpr() };
        let rm = if r.below(3) == 0 { rd } else { r.gpr() };
        let (f, name, s, commutes) = r.pick(&reg_fns);
        let narrow = s && amount == 0 && low(&[rd, rn, rm]) && (rd == rn || (commutes && rd == rm));
        c.expect(
            || format!("{name}_reg {rd:?} {rn:?} {rm:?} {sh:?} #{amount}"),
            f(rd, rn, rm, sh, amount),
            want(name, vec![reg(rd), reg(rn), shifted(rm, sh, amount)])
                .wide(!narrow)
                .commutes(narrow),
        );
        c.expect(
            || format!("mvn_reg {rd:?} {rm:?}"),
            mvn_reg(rd, rm),
            want("mvn", vec![reg(rd), reg(rm)]).wide(true),
        );
        c.expect(
            || format!("mvns_reg {rd:?} {rm:?}"),
            mvns_reg(rd, rm),
            want("mvns", vec![reg(rd), reg(rm)]).wide(!low(&[rd, rm])),
        );
        let v = r.imm32();
        let (f, name) = r.pick(&imm_fns);
        c.expect_opt(
            || format!("{name}_imm {rd:?} {rn:?} {v:#x}"),
            f(rd, rn, v),
            set.contains(&v),
            || want(name, vec![reg(rd), reg(rn), imm(v)]).wide(true),
        );
    }
}

#[test]
fn shifts() {
    let mut c = Checker::new("shifts");
    let mut r = Rng(0x3006);
    type ImmFn = fn(R, R, u8) -> Ins;
    // (function, mnemonic, kind, flags)
    let imm_fns: [(ImmFn, &str, Shift, bool); 8] = [
        (lsl_imm, "lsl", Shift::Lsl, false),
        (lsls_imm, "lsls", Shift::Lsl, true),
        (lsr_imm, "lsr", Shift::Lsr, false),
        (lsrs_imm, "lsrs", Shift::Lsr, true),
        (asr_imm, "asr", Shift::Asr, false),
        (asrs_imm, "asrs", Shift::Asr, true),
        (ror_imm, "ror", Shift::Ror, false),
        (rors_imm, "rors", Shift::Ror, true),
    ];
    type RegFn3 = fn(R, R, R) -> Ins;
    let reg_fns: [(RegFn3, &str, bool); 8] = [
        (lsl_reg, "lsl", false),
        (lsls_reg, "lsls", true),
        (lsr_reg, "lsr", false),
        (lsrs_reg, "lsrs", true),
        (asr_reg, "asr", false),
        (asrs_reg, "asrs", true),
        (ror_reg, "ror", false),
        (rors_reg, "rors", true),
    ];
    for _ in 0..ITERS {
        let (rd, rm) = (r.gpr(), r.gpr());
        for (f, name, kind, s) in imm_fns {
            let n = match kind {
                Shift::Lsl => r.range(0, 31),
                Shift::Ror => r.range(1, 31),
                _ => r.range(1, 32),
            } as u8;
            let narrow = s && kind != Shift::Ror && low(&[rd, rm]);
            let w = if n == 0 {
                want(if s { "movs" } else { "mov" }, vec![reg(rd), reg(rm)])
            } else {
                want(name, vec![reg(rd), reg(rm), imm(n as u32)])
            };
            c.expect(
                || format!("{name}_imm {rd:?} {rm:?} #{n}"),
                f(rd, rm, n),
                w.wide(!narrow),
            );
        }
        let rn = if r.bool() { rd } else { r.gpr() };
        let (f, name, s) = r.pick(&reg_fns);
        let narrow = s && rd == rn && low(&[rd, rm]);
        c.expect(
            || format!("{name}_reg {rd:?} {rn:?} {rm:?}"),
            f(rd, rn, rm),
            want(name, vec![reg(rd), reg(rn), reg(rm)]).wide(!narrow),
        );
    }
}

// ---------------------------------------------------------------------------------------
// Multiply, divide, bitfields, extends.
// ---------------------------------------------------------------------------------------

#[test]
fn multiply_divide() {
    let mut c = Checker::new("multiply_divide");
    let mut r = Rng(0x3007);
    for _ in 0..ITERS {
        let (rd, rn, rm, ra) = (r.gpr(), r.gpr(), r.gpr(), r.gpr());
        c.expect(
            || format!("mul {rd:?} {rn:?} {rm:?}"),
            mul(rd, rn, rm),
            want("mul", vec![reg(rd), reg(rn), reg(rm)]).wide(true),
        );
        c.expect(
            || format!("mla {rd:?} {rn:?} {rm:?} {ra:?}"),
            mla(rd, rn, rm, ra),
            want("mla", vec![reg(rd), reg(rn), reg(rm), reg(ra)]),
        );
        c.expect(
            || format!("mls {rd:?} {rn:?} {rm:?} {ra:?}"),
            mls(rd, rn, rm, ra),
            want("mls", vec![reg(rd), reg(rn), reg(rm), reg(ra)]),
        );
        c.expect(
            || format!("sdiv {rd:?} {rn:?} {rm:?}"),
            sdiv(rd, rn, rm),
            want("sdiv", vec![reg(rd), reg(rn), reg(rm)]),
        );
        c.expect(
            || format!("udiv {rd:?} {rn:?} {rm:?}"),
            udiv(rd, rn, rm),
            want("udiv", vec![reg(rd), reg(rn), reg(rm)]),
        );
        let hi = if ra == rd {
            R(if rd.0 == 0 { 1 } else { 0 })
        } else {
            ra
        };
        c.expect(
            || format!("smull {rd:?} {hi:?} {rn:?} {rm:?}"),
            smull(rd, hi, rn, rm),
            want("smull", vec![reg(rd), reg(hi), reg(rn), reg(rm)]),
        );
        c.expect(
            || format!("umull {rd:?} {hi:?} {rn:?} {rm:?}"),
            umull(rd, hi, rn, rm),
            want("umull", vec![reg(rd), reg(hi), reg(rn), reg(rm)]),
        );
        let (a, b) = (r.low(), r.low());
        let (rn, rm) = if r.bool() { (a, b) } else { (b, a) };
        c.expect(
            || format!("muls {a:?} {rn:?} {rm:?}"),
            muls(a, rn, rm),
            want("muls", vec![reg(a), reg(rn), reg(rm)])
                .wide(false)
                .commutes(true),
        );
    }
}

#[test]
fn bitfields_extends() {
    let mut c = Checker::new("bitfields_extends");
    let mut r = Rng(0x3008);
    type ExtFn = fn(R, R) -> Ins;
    let exts: [(ExtFn, &str); 4] = [
        (uxtb, "uxtb"),
        (uxth, "uxth"),
        (sxtb, "sxtb"),
        (sxth, "sxth"),
    ];
    for _ in 0..ITERS {
        let (rd, rn) = (r.gpr(), r.gpr());
        let lsb = r.range(0, 31) as u8;
        let width = r.range(1, 32 - lsb as i64) as u8;
        let ops = || vec![reg(rd), reg(rn), imm(lsb as u32), imm(width as u32)];
        c.expect(
            || format!("ubfx {rd:?} {rn:?} {lsb} {width}"),
            ubfx(rd, rn, lsb, width),
            want("ubfx", ops()),
        );
        c.expect(
            || format!("sbfx {rd:?} {rn:?} {lsb} {width}"),
            sbfx(rd, rn, lsb, width),
            want("sbfx", ops()),
        );
        c.expect(
            || format!("bfi {rd:?} {rn:?} {lsb} {width}"),
            bfi(rd, rn, lsb, width),
            want("bfi", ops()),
        );
        c.expect(
            || format!("bfc {rd:?} {lsb} {width}"),
            bfc(rd, lsb, width),
            want("bfc", vec![reg(rd), imm(lsb as u32), imm(width as u32)]),
        );
        for (f, name) in exts {
            c.expect(
                || format!("{name} {rd:?} {rn:?}"),
                f(rd, rn),
                want(name, vec![reg(rd), reg(rn)]).wide(!low(&[rd, rn])),
            );
        }
        c.expect(
            || format!("clz {rd:?} {rn:?}"),
            clz(rd, rn),
            want("clz", vec![reg(rd), reg(rn)]).wide(true),
        );
    }
}

// ---------------------------------------------------------------------------------------
// Loads and stores.
// ---------------------------------------------------------------------------------------

/// An offset for the load/store forms: in range, at the edges, or outside.
fn ls_offset(r: &mut Rng) -> i32 {
    match r.below(6) {
        0 => r.range(0, 31) as i32 * r.pick(&[1, 2, 4]),
        1 => r.range(0, 255) as i32 * 4,
        2 => r.range(-255, -1) as i32,
        3 => r.pick(&[
            -256, -255, 0, 4095, 4096, 1020, 1024, 124, 128, 62, 64, 31, 32,
        ]),
        4 => r.range(-300, 4200) as i32,
        _ => r.range(-20000, 20000) as i32,
    }
}

#[test]
fn load_store() {
    let mut c = Checker::new("load_store");
    let mut r = Rng(0x3009);
    type ImmFn = fn(R, R, i32) -> Option<Ins>;
    // (function, mnemonic, 16-bit scale (log2), 16-bit sp form, rt may be sp/pc)
    let imm_fns: [(ImmFn, &str, Option<u32>, bool, bool); 8] = [
        (ldr_imm, "ldr", Some(2), true, true),
        (str_imm, "str", Some(2), true, true),
        (ldrb_imm, "ldrb", Some(0), false, false),
        (strb_imm, "strb", Some(0), false, false),
        (ldrh_imm, "ldrh", Some(1), false, false),
        (strh_imm, "strh", Some(1), false, false),
        (ldrsb_imm, "ldrsb", None, false, false),
        (ldrsh_imm, "ldrsh", None, false, false),
    ];
    type RegFn = fn(R, R, R, u8) -> Ins;
    let reg_fns: [(RegFn, &str, bool); 8] = [
        (ldr_reg, "ldr", true),
        (str_reg, "str", true),
        (ldrb_reg, "ldrb", false),
        (strb_reg, "strb", false),
        (ldrh_reg, "ldrh", false),
        (strh_reg, "strh", false),
        (ldrsb_reg, "ldrsb", false),
        (ldrsh_reg, "ldrsh", false),
    ];
    for _ in 0..ITERS {
        for (f, name, scale, sp_form, rt_sp) in imm_fns {
            let rn = r.gpr_or_sp();
            let rt = if rt_sp && r.below(8) == 0 {
                if name == "ldr" && r.bool() {
                    R::PC
                } else {
                    R::SP
                }
            } else {
                r.gpr()
            };
            let off = ls_offset(&mut r);
            let narrow = scale.is_some_and(|s| {
                low(&[rt, rn]) && off >= 0 && off % (1 << s) == 0 && off >> s < 32
            }) || (sp_form
                && rn == R::SP
                && low(&[rt])
                && off >= 0
                && off % 4 == 0
                && off <= 1020);
            c.expect_opt(
                || format!("{name}_imm {rt:?} {rn:?} {off}"),
                f(rt, rn, off),
                (-255..=4095).contains(&off),
                || want(name, vec![reg(rt), mem(rn, off)]).wide(!narrow),
            );
        }
        let (f, name, rt_sp) = r.pick(&reg_fns);
        let rt = if rt_sp && r.below(8) == 0 {
            R::SP
        } else {
            r.gpr()
        };
        let (rn, rm) = (r.gpr_or_sp(), r.gpr());
        let lsl = if r.bool() { 0 } else { r.below(4) as u8 };
        let w = want(
            name,
            vec![
                reg(rt),
                Op::Mem {
                    base: rn.0,
                    index: Some(rm.0),
                    disp: 0,
                    lsl: lsl as u32,
                },
            ],
        );
        c.expect(
            || format!("{name}_reg {rt:?} {rn:?} {rm:?} {lsl}"),
            f(rt, rn, rm, lsl),
            w.wide(!(lsl == 0 && low(&[rt, rn, rm]))),
        );
        // Dual.
        let (rt, rt2, rn) = (r.gpr(), r.gpr(), r.gpr_or_sp());
        let off = if r.bool() {
            r.range(-255, 255) as i32 * 4
        } else {
            ls_offset(&mut r)
        };
        let ok = off % 4 == 0 && (-1020..=1020).contains(&off);
        c.expect_opt(
            || format!("strd_imm {rt:?} {rt2:?} {rn:?} {off}"),
            strd_imm(rt, rt2, rn, off),
            ok,
            || want("strd", vec![reg(rt), reg(rt2), mem(rn, off)]),
        );
        if rt != rt2 {
            c.expect_opt(
                || format!("ldrd_imm {rt:?} {rt2:?} {rn:?} {off}"),
                ldrd_imm(rt, rt2, rn, off),
                ok,
                || want("ldrd", vec![reg(rt), reg(rt2), mem(rn, off)]),
            );
        }
        // Literal.
        let rt = if r.below(8) == 0 {
            R::PC
        } else {
            r.gpr_or_sp()
        };
        let off = if r.bool() {
            r.range(0, 255) as i32 * 4
        } else {
            r.range(-4095, 4095) as i32
        };
        let off = if rt == R::PC { off & !3 } else { off };
        let narrow = low(&[rt]) && (0..=1020).contains(&off) && off % 4 == 0;
        c.expect(
            || format!("ldr_lit {rt:?} {off}"),
            ldr_lit(rt, off),
            want("ldr", vec![reg(rt), mem(R::PC, off)]).wide(!narrow),
        );
    }
}

#[test]
fn multiple() {
    let mut c = Checker::new("multiple");
    let mut r = Rng(0x300a);
    for _ in 0..ITERS {
        // push: r0..r12, lr.
        let m = mask(&mut r, 0x5fff);
        let w = if m & !0x40ff == 0 {
            want("push", list(m)).wide(false)
        } else if m.count_ones() == 1 {
            want("str", vec![Op::R(m.trailing_zeros() as u8), mem(R::SP, -4)])
                .wide(true)
                .wb()
        } else {
            want("push", list(m)).wide(true)
        };
        c.expect(|| format!("push {m:#06x}"), push(m), w);
        // pop: r0..r12, lr or pc.
        let allowed = if r.bool() { 0x5fff } else { 0x9fff };
        let m = mask(&mut r, allowed);
        let w = if m & !0x80ff == 0 {
            want("pop", list(m)).wide(false)
        } else if m.count_ones() == 1 {
            want(
                "ldr",
                vec![Op::R(m.trailing_zeros() as u8), mem(R::SP, 0), Op::Imm(4)],
            )
            .wide(true)
            .wb()
        } else {
            want("pop", list(m)).wide(true)
        };
        c.expect(|| format!("pop {m:#06x}"), pop(m), w);
        // ldm/stm.
        let rn = r.gpr();
        let wb = r.bool();
        let not_rn = if wb { !(1u16 << rn.0) } else { !0 };
        let allowed = if r.bool() { 0x5fff } else { 0x9fff };
        let m = mask(&mut r, allowed & not_rn);
        let has_n = m >> rn.0 & 1 == 1;
        let one = m.count_ones() == 1;
        let rt = R(m.trailing_zeros() as u8);
        let w = if low(&[rn]) && m & !0xff == 0 && wb != has_n {
            let mut ops = vec![reg(rn)];
            ops.extend(list(m));
            let w = want("ldm", ops).wide(false);
            if wb { w.wb() } else { w }
        } else if one && wb {
            want("ldr", vec![reg(rt), mem(rn, 0), Op::Imm(4)])
                .wide(true)
                .wb()
        } else if one {
            want("ldr", vec![reg(rt), mem(rn, 0)]).wide(!low(&[rt, rn]))
        } else {
            let mut ops = vec![reg(rn)];
            ops.extend(list(m));
            let w = want("ldm", ops).wide(true);
            if wb { w.wb() } else { w }
        };
        c.expect(|| format!("ldm {rn:?} {m:#06x} {wb}"), ldm(rn, m, wb), w);
        let m = m & 0x5fff;
        if m != 0 {
            let one = m.count_ones() == 1;
            let rt = R(m.trailing_zeros() as u8);
            let w = if low(&[rn]) && m & !0xff == 0 && wb {
                let mut ops = vec![reg(rn)];
                ops.extend(list(m));
                want("stm", ops).wide(false).wb()
            } else if one && wb {
                want("str", vec![reg(rt), mem(rn, 0), Op::Imm(4)])
                    .wide(true)
                    .wb()
            } else if one {
                want("str", vec![reg(rt), mem(rn, 0)]).wide(!low(&[rt, rn]))
            } else {
                let mut ops = vec![reg(rn)];
                ops.extend(list(m));
                let w = want("stm", ops).wide(true);
                if wb { w.wb() } else { w }
            };
            c.expect(|| format!("stm {rn:?} {m:#06x} {wb}"), stm(rn, m, wb), w);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Branches and control.
// ---------------------------------------------------------------------------------------

/// An even offset in `lo..=hi`, the bounds a quarter of the time.
fn even(r: &mut Rng, lo: i32, hi: i32) -> i32 {
    if r.below(4) == 0 {
        r.pick(&[lo, hi, 0, -2, 2].map(|o| o.clamp(lo, hi)))
    } else {
        r.range(lo as i64 / 2, hi as i64 / 2) as i32 * 2
    }
}

#[test]
fn branches() {
    let mut c = Checker::new("branches");
    let mut r = Rng(0x300b);
    for _ in 0..ITERS {
        let target = |o: i32| vec![Op::Imm(o + 4)];
        let o = even(&mut r, -(1 << 24), (1 << 24) - 2);
        c.expect(|| format!("b {o}"), b(o), want("b", target(o)).wide(true));
        c.expect(
            || format!("bl {o}"),
            bl(o),
            want("bl", target(o)).wide(true),
        );
        let o = even(&mut r, -2048, 2046);
        c.expect(
            || format!("b_narrow {o}"),
            b_narrow(o),
            want("b", target(o)).wide(false),
        );
        let cond = r.cond();
        let name = format!("b{}", cond_name(cond));
        let o = even(&mut r, -(1 << 20), (1 << 20) - 2);
        c.expect(
            || format!("b_cond {cond:?} {o}"),
            b_cond(cond, o),
            want(&name, target(o)).wide(true),
        );
        let o = even(&mut r, -256, 254);
        c.expect(
            || format!("b_cond_narrow {cond:?} {o}"),
            b_cond_narrow(cond, o),
            want(&name, target(o)).wide(false),
        );
        let rn = r.low();
        let o = even(&mut r, 0, 126);
        c.expect(
            || format!("cbz {rn:?} {o}"),
            cbz(rn, o),
            want("cbz", vec![reg(rn), Op::Imm(o + 4)]).wide(false),
        );
        c.expect(
            || format!("cbnz {rn:?} {o}"),
            cbnz(rn, o),
            want("cbnz", vec![reg(rn), Op::Imm(o + 4)]).wide(false),
        );
        let rm = r.gpr_or_sp();
        c.expect(
            || format!("bx {rm:?}"),
            bx(rm),
            want("bx", vec![reg(rm)]).wide(false),
        );
        c.expect(
            || format!("blx_reg {rm:?}"),
            blx_reg(rm),
            want("blx", vec![reg(rm)]).wide(false),
        );
        let v = r.next() as u8;
        // capstone (LLVM) prints 0xdefe as `trap` and does not decode 0xdef9; both are
        // `udf` in the ARM ARM.
        if v == 0xfe || v == 0xf9 {
            assert_eq!(udf(v).halfwords().as_slice(), &[0xde00 | v as u16]);
        } else {
            c.expect(
                || format!("udf {v}"),
                udf(v),
                want("udf", vec![Op::Imm(v as i32)]).wide(false),
            );
        }
        c.expect(
            || format!("bkpt {v}"),
            bkpt(v),
            want("bkpt", vec![Op::Imm(v as i32)]).wide(false),
        );
        let v = r.next() as u16;
        c.expect(
            || format!("udf_w {v}"),
            udf_w(v),
            want("udf", vec![Op::Imm(v as i32)]).wide(true),
        );
    }
}

/// Every `it` block shape for every condition, by capstone's text.
#[test]
fn it_blocks() {
    let mut n = 0;
    for cond in Cond::ALL {
        for pattern in [
            "", "t", "e", "tt", "te", "et", "ee", "ttt", "tte", "tet", "tee", "ett", "ete", "eet",
            "eee",
        ] {
            if cond == Cond::Al && pattern.contains('e') {
                continue;
            }
            let ins = it(cond, pattern);
            let c = if cond == Cond::Al {
                "al"
            } else {
                cond_name(cond)
            };
            assert_eq!(
                text(&ins.bytes()).unwrap(),
                format!("it{pattern} {c}"),
                "it({cond:?}, {pattern:?})"
            );
            // The block is as long as the pattern says: capstone conditions what follows.
            let mut block = ins.bytes().to_vec();
            for _ in 0..=pattern.len() {
                block.extend(mov_reg(R(1), R(2)).bytes());
            }
            block.extend(mov_reg(R(3), R(4)).bytes());
            let listing = text(&block).unwrap();
            let lines: Vec<&str> = listing.split(" | ").collect();
            let inv = if cond == Cond::Al {
                "al"
            } else {
                cond_name(cond.invert())
            };
            for (i, line) in lines[1..=pattern.len() + 1].iter().enumerate() {
                let cc = if i == 0 || pattern.as_bytes()[i - 1] == b't' {
                    c
                } else {
                    inv
                };
                let want = if cond == Cond::Al {
                    "mov r1, r2".to_string()
                } else {
                    format!("mov{cc} r1, r2")
                };
                assert_eq!(*line, want, "it({cond:?}, {pattern:?}) line {i}");
            }
            assert_eq!(
                *lines.last().unwrap(),
                "mov r3, r4",
                "it({cond:?}, {pattern:?}) ends"
            );
            n += 1;
        }
    }
    println!("it_blocks: {n} blocks");
}

// ---------------------------------------------------------------------------------------
// VFP.
// ---------------------------------------------------------------------------------------

/// `VFPExpandImm(imm8)` for 64 bits (ARM ARM).
fn vfp_expand(imm8: u8) -> f64 {
    let imm8 = imm8 as u64;
    let a = imm8 >> 7;
    let b = imm8 >> 6 & 1;
    let exp = (!b & 1) << 10 | (if b == 1 { 0xff } else { 0 }) << 2 | (imm8 >> 4 & 3);
    let frac = (imm8 & 0xf) << 48;
    f64::from_bits(a << 63 | exp << 52 | frac)
}

#[test]
fn vfp() {
    let mut c = Checker::new("vfp");
    let mut r = Rng(0x300c);
    type D3 = fn(D, D, D) -> Ins;
    type D2 = fn(D, D) -> Ins;
    let d3: [(D3, &str); 4] = [
        (vadd_f64, "vadd.f64"),
        (vsub_f64, "vsub.f64"),
        (vmul_f64, "vmul.f64"),
        (vdiv_f64, "vdiv.f64"),
    ];
    let d2: [(D2, &str); 6] = [
        (vsqrt_f64, "vsqrt.f64"),
        (vneg_f64, "vneg.f64"),
        (vabs_f64, "vabs.f64"),
        (vmov_f64, "vmov.f64"),
        (vcmp_f64, "vcmp.f64"),
        (vcmpe_f64, "vcmpe.f64"),
    ];
    let imms: HashSet<u64> = (0..=255u8).map(|i| vfp_expand(i).to_bits()).collect();
    for _ in 0..ITERS {
        let (dd, dn, dm) = (r.dreg(), r.dreg(), r.dreg());
        let (f, name) = r.pick(&d3);
        c.expect(
            || format!("{name} {dd:?} {dn:?} {dm:?}"),
            f(dd, dn, dm),
            want(name, vec![dreg(dd), dreg(dn), dreg(dm)]).wide(true),
        );
        let (f, name) = r.pick(&d2);
        c.expect(
            || format!("{name} {dd:?} {dm:?}"),
            f(dd, dm),
            want(name, vec![dreg(dd), dreg(dm)]).wide(true),
        );
        c.expect(
            || format!("vcmp_zero_f64 {dd:?}"),
            vcmp_zero_f64(dd),
            want("vcmp.f64", vec![dreg(dd), Op::Imm(0)]),
        );
        c.expect(
            || format!("vcmpe_zero_f64 {dd:?}"),
            vcmpe_zero_f64(dd),
            want("vcmpe.f64", vec![dreg(dd), Op::Imm(0)]),
        );
        // Constants: every imm8, and random doubles that are not one.
        let i8 = r.next() as u8;
        let v = vfp_expand(i8);
        c.expect(
            || format!("vmov_imm_f64 {dd:?} {v}"),
            vmov_imm_f64(dd, v).unwrap(),
            want("vmov.f64", vec![dreg(dd), Op::Fp(v)]),
        );
        let bits = r.next();
        let eighths = r.range(-40, 40) as f64 / 8.0;
        let x = match r.below(3) {
            0 => f64::from_bits(bits),
            1 => eighths,
            _ => v * 2.0,
        };
        c.expect_opt(
            || format!("vmov_imm_f64 {dd:?} {x}"),
            vmov_imm_f64(dd, x),
            imms.contains(&x.to_bits()),
            || want("vmov.f64", vec![dreg(dd), Op::Fp(x)]),
        );
        // Core register moves.
        let (rt, rt2) = (r.gpr(), r.gpr());
        c.expect(
            || format!("vmov_d_from_rr {dm:?} {rt:?} {rt2:?}"),
            vmov_d_from_rr(dm, rt, rt2),
            want("vmov", vec![dreg(dm), reg(rt), reg(rt2)]),
        );
        if rt != rt2 {
            c.expect(
                || format!("vmov_rr_from_d {rt:?} {rt2:?} {dm:?}"),
                vmov_rr_from_d(rt, rt2, dm),
                want("vmov", vec![reg(rt), reg(rt2), dreg(dm)]),
            );
        }
        let (sn, sm) = (r.sreg(), r.sreg());
        c.expect(
            || format!("vmov_s_from_r {sn:?} {rt:?}"),
            vmov_s_from_r(sn, rt),
            want("vmov", vec![sreg(sn), reg(rt)]),
        );
        c.expect(
            || format!("vmov_r_from_s {rt:?} {sn:?}"),
            vmov_r_from_s(rt, sn),
            want("vmov", vec![reg(rt), sreg(sn)]),
        );
        // Conversions.
        c.expect(
            || format!("vcvt_f64_s32 {dd:?} {sm:?}"),
            vcvt_f64_s32(dd, sm),
            want("vcvt.f64.s32", vec![dreg(dd), sreg(sm)]),
        );
        c.expect(
            || format!("vcvt_f64_u32 {dd:?} {sm:?}"),
            vcvt_f64_u32(dd, sm),
            want("vcvt.f64.u32", vec![dreg(dd), sreg(sm)]),
        );
        c.expect(
            || format!("vcvt_s32_f64 {sn:?} {dm:?}"),
            vcvt_s32_f64(sn, dm),
            want("vcvt.s32.f64", vec![sreg(sn), dreg(dm)]),
        );
        c.expect(
            || format!("vcvtr_s32_f64 {sn:?} {dm:?}"),
            vcvtr_s32_f64(sn, dm),
            want("vcvtr.s32.f64", vec![sreg(sn), dreg(dm)]),
        );
        c.expect(
            || format!("vcvt_u32_f64 {sn:?} {dm:?}"),
            vcvt_u32_f64(sn, dm),
            want("vcvt.u32.f64", vec![sreg(sn), dreg(dm)]),
        );
        // Loads and stores.
        let rn = r.gpr_or_sp();
        let off = if r.bool() {
            r.range(-255, 255) as i32 * 4
        } else {
            ls_offset(&mut r)
        };
        let ok = off % 4 == 0 && (-1020..=1020).contains(&off);
        c.expect_opt(
            || format!("vstr_f64 {dd:?} {rn:?} {off}"),
            vstr_f64(dd, rn, off),
            ok,
            || want("vstr", vec![dreg(dd), mem(rn, off)]),
        );
        let rn = if r.below(8) == 0 { R::PC } else { rn };
        c.expect_opt(
            || format!("vldr_f64 {dd:?} {rn:?} {off}"),
            vldr_f64(dd, rn, off),
            ok,
            || want("vldr", vec![dreg(dd), mem(rn, off)]),
        );
        let first = r.below(32) as u8;
        let most = 16.min(32 - first as i64);
        let count = r.range(1, most) as u8;
        let regs: Vec<Op> = (first..first + count).map(Op::D).collect();
        c.expect(
            || format!("vpush {first} {count}"),
            vpush(D(first), count),
            want("vpush", regs.clone()),
        );
        c.expect(
            || format!("vpop {first} {count}"),
            vpop(D(first), count),
            want("vpop", regs),
        );
    }
    c.expect(
        || "vmrs_apsr".into(),
        vmrs_apsr(),
        want(
            "vmrs",
            vec![Op::Sys("apsr_nzcv".into()), Op::Sys("fpscr".into())],
        ),
    );
}

/// The fixed encodings.
#[test]
fn fixed() {
    for (ins, t) in [
        (nop(), "nop"),
        (nop_w(), "nop.w"),
        (dmb_ish(), "dmb ish"),
        (dmb_sy(), "dmb sy"),
        (dsb_ish(), "dsb ish"),
        (dsb_sy(), "dsb sy"),
        (isb(), "isb sy"),
        (vmrs_apsr(), "vmrs apsr_nzcv, fpscr"),
    ] {
        assert_eq!(text(&ins.bytes()).unwrap(), t);
    }
}
