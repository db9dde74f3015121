//! Branch patching (`patch_branch`, `decode_branch`, `branch_in_range`), a small program
//! assembled the way a code generator would (forward and backward branches patched after
//! the fact), and the panics for operands that cannot be encoded.

use crate::common::{Rng, bytes_of, r, text};
use std::panic::{AssertUnwindSafe, catch_unwind};
use targets::thumb2::encode::*;

/// A patchable branch: its name, its kind and a constructor from an offset (the other
/// fields fixed).
type Kind = (String, Branch, Box<dyn Fn(i32) -> Ins>);

/// Each patchable branch kind, with random other fields.
fn kinds(r: &mut Rng) -> Vec<Kind> {
    let c = r.cond();
    let c2 = r.cond();
    let rn = r.low();
    vec![
        ("b".into(), Branch::B, Box::new(b)),
        ("b.n".into(), Branch::BNarrow, Box::new(b_narrow)),
        ("bl".into(), Branch::Bl, Box::new(bl)),
        (
            format!("b{c:?}.w"),
            Branch::BCond,
            Box::new(move |o| b_cond(c, o)),
        ),
        (
            format!("b{c2:?}.n"),
            Branch::BCondNarrow,
            Box::new(move |o| b_cond_narrow(c2, o)),
        ),
        (
            format!("cbz {rn:?}"),
            Branch::Cbz,
            Box::new(move |o| cbz(rn, o)),
        ),
        (
            format!("cbnz {rn:?}"),
            Branch::Cbz,
            Box::new(move |o| cbnz(rn, o)),
        ),
    ]
}

/// An even offset in `kind`'s range (its boundaries a quarter of the time).
fn offset(r: &mut Rng, kind: Branch) -> i32 {
    let (lo, hi) = kind.range();
    if r.below(4) == 0 {
        r.pick(&[lo, lo + 2, 0, 2, hi - 2, hi]).clamp(lo, hi)
    } else {
        (r.range(lo as i64 / 2, hi as i64 / 2) * 2) as i32
    }
}

#[test]
fn patch_round_trips() {
    let mut r = Rng(0xb4a9c4);
    let mut n = 0;
    for _ in 0..3000 {
        for (name, kind, make) in kinds(&mut r) {
            let (from, to) = (offset(&mut r, kind), offset(&mut r, kind));
            let ins = make(from);
            let mut bytes = ins.bytes().to_vec();
            assert_eq!(
                decode_branch(&bytes),
                Some((kind, from)),
                "{name}: decode {from}"
            );
            assert!(branch_in_range(kind, to), "{name}: {to} should be in range");
            patch_branch(&mut bytes, to);
            assert_eq!(
                bytes,
                make(to).bytes().as_slice(),
                "{name}: patch {from} -> {to}"
            );
            assert_eq!(
                decode_branch(&bytes),
                Some((kind, to)),
                "{name}: decode {to}"
            );
            patch_branch(&mut bytes, from);
            assert_eq!(bytes, ins.bytes().as_slice(), "{name}: patch back");
            // Patching only touches the branch's own bytes.
            let mut longer = [ins.bytes().as_slice(), &[0xaa, 0xbb, 0xcc, 0xdd]].concat();
            patch_branch(&mut longer, to);
            assert_eq!(&longer[ins.len()..ins.len() + 4], &[0xaa, 0xbb, 0xcc, 0xdd]);
            n += 1;
        }
    }
    println!("patch_branch: {n} round trips");
}

#[test]
fn branch_ranges() {
    let all = [
        Branch::B,
        Branch::BNarrow,
        Branch::BCond,
        Branch::BCondNarrow,
        Branch::Cbz,
        Branch::Bl,
    ];
    let want = [
        (-16_777_216, 16_777_214),
        (-2048, 2046),
        (-1_048_576, 1_048_574),
        (-256, 254),
        (0, 126),
        (-16_777_216, 16_777_214),
    ];
    for (kind, (lo, hi)) in all.into_iter().zip(want) {
        assert_eq!(kind.range(), (lo, hi), "{kind:?}");
        for (o, fits) in [
            (lo, true),
            (hi, true),
            (lo - 2, false),
            (hi + 2, false),
            (lo + 1, false),
            (hi - 1, false),
        ] {
            assert_eq!(branch_in_range(kind, o), fits, "{kind:?}: {o}");
        }
        assert!(!branch_in_range(kind, i32::MIN) && !branch_in_range(kind, i32::MAX - 1));
    }
    let mut r = Rng(5);
    for (name, kind, make) in kinds(&mut r) {
        let (lo, hi) = kind.range();
        for o in [lo - 2, hi + 2, hi - 1, 1] {
            if o == 1 || !branch_in_range(kind, o) {
                assert!(
                    catch_unwind(AssertUnwindSafe(|| make(o))).is_err(),
                    "{name}: {o} should panic"
                );
                let mut bytes = make(lo).bytes().to_vec();
                assert!(
                    catch_unwind(AssertUnwindSafe(|| patch_branch(&mut bytes, o))).is_err(),
                    "{name}: patching {o} should panic"
                );
            }
        }
    }
}

#[test]
fn non_branches_are_not_patched() {
    let others = [
        nop(),
        nop_w(),
        udf(1),
        udf_w(2),
        bkpt(3),
        it(Cond::Eq, "t"),
        bx(R::LR),
        blx_reg(r(1)),
        mov_reg(r(0), r(1)),
        dmb_ish(),
        isb(),
        movw(r(0), 0xf000),
        ldr_lit(r(0), 8),
        push(0x4010),
        vmrs_apsr(),
        add_reg(r(0), r(1), r(2), Shift::Lsl, 0),
        Ins::narrow(0xdf01),       // svc #1
        Ins::wide(0xf3ef, 0x8000), // mrs r0, apsr
        Ins::wide(0xf000, 0xc000), // blx (immediate): not produced, not patched
    ];
    for ins in others {
        assert_eq!(
            decode_branch(&ins.bytes()),
            None,
            "{ins:?} ({})",
            text(&ins.bytes()).unwrap()
        );
        let mut bytes = ins.bytes().to_vec();
        let err = catch_unwind(AssertUnwindSafe(|| patch_branch(&mut bytes, 0)));
        assert!(err.is_err(), "{ins:?} was patched");
    }
    assert_eq!(decode_branch(&[]), None);
    assert_eq!(decode_branch(&b(0).bytes()[..2]), None);
}

/// A loop written forwards with branches patched once their targets are known, listed by
/// capstone (targets are addresses from 0).
#[test]
fn program_with_patched_branches() {
    let mut code: Vec<Ins> = Vec::new();
    let at = |code: &Vec<Ins>| code.iter().map(|i| i.len() as i32).sum::<i32>();
    code.push(push(0x4010));
    code.extend(mov_imm(r(4), 0));
    let top = at(&code);
    code.push(adds_imm(r(4), r(4), 1).unwrap());
    code.push(cmp_imm(r(4), 10).unwrap());
    let (back, back_at) = (code.len(), at(&code));
    code.push(b_cond_narrow(Cond::Ne, 0));
    let (fwd, fwd_at) = (code.len(), at(&code));
    code.push(cbz(r(4), 0));
    let (far, far_at) = (code.len(), at(&code));
    code.push(b_cond(Cond::Lt, 0));
    code.push(bl(0));
    let exit = at(&code);
    code.push(pop(0x8010));
    let mut bytes = bytes_of(&code);
    patch_branch(&mut bytes[back_at as usize..], top - (back_at + 4));
    patch_branch(&mut bytes[fwd_at as usize..], exit - (fwd_at + 4));
    patch_branch(&mut bytes[far_at as usize..], top - (far_at + 4));
    let _ = (back, fwd, far);
    assert_eq!(
        text(&bytes).unwrap(),
        [
            "push {r4, lr}",
            "mov.w r4, #0",
            "adds r4, r4, #1",
            "cmp r4, #0xa",
            "bne #6",
            "cbz r4, #0x16",
            "blt.w #6",
            "bl #0x16",
            "pop {r4, pc}",
        ]
        .join(" | ")
    );
    assert_eq!(&bytes[..2], &[0x10, 0xb5]); // push {r4, lr}, little-endian
}

/// Operands that cannot be encoded panic, with a message naming the problem.
#[test]
#[rustfmt::skip]
fn bad_operands_panic() {
    let (r0, r1, r2, r8) = (r(0), r(1), r(2), r(8));
    let (sp, pc) = (R::SP, R::PC);
    type Case = (&'static str, Box<dyn Fn()>);
    let cases: Vec<Case> = vec![
        ("sp and pc are not", Box::new(move || { movw(sp, 1); })),
        ("sp and pc are not", Box::new(move || { movt(pc, 1); })),
        ("sp and pc are not", Box::new(move || { mov_imm(sp, 1); })),
        ("pc is not allowed", Box::new(move || { mov_reg(pc, r0); })),
        ("pc is not allowed", Box::new(move || { mov_reg(r0, pc); })),
        ("sp and pc are not", Box::new(move || { movs_reg(sp, r0); })),
        ("pc is not allowed", Box::new(move || { add_reg(pc, pc, r0, Shift::Lsl, 0); })),
        ("pc is not allowed", Box::new(move || { add_reg(r0, r0, pc, Shift::Lsl, 0); })),
        ("rd = sp needs rn = sp", Box::new(move || { add_reg(sp, r0, r1, Shift::Lsl, 0); })),
        ("rd = sp needs rn = sp", Box::new(move || { add_reg(sp, sp, r1, Shift::Lsl, 4); })),
        ("rd = sp needs rn = sp", Box::new(move || { sub_reg(sp, sp, r1, Shift::Lsr, 1); })),
        ("sp and pc are not", Box::new(move || { add_reg(r0, r1, sp, Shift::Lsl, 1); })),
        ("sp and pc are not", Box::new(move || { adds_reg(sp, sp, r1, Shift::Lsl, 0); })),
        ("sp and pc are not", Box::new(move || { subs_reg(r0, r1, sp, Shift::Lsl, 0); })),
        ("shift Lsl #32 out of range", Box::new(move || { add_reg(r0, r1, r2, Shift::Lsl, 32); })),
        ("shift Ror #32 out of range", Box::new(move || { and_reg(r0, r1, r2, Shift::Ror, 32); })),
        ("shift Asr #33 out of range", Box::new(move || { sub_reg(r0, r1, r2, Shift::Asr, 33); })),
        ("sp and pc are not", Box::new(move || { adc_reg(r0, sp, r2, Shift::Lsl, 0); })),
        ("sp and pc are not", Box::new(move || { add_imm(sp, r0, 4); })),
        ("pc is not allowed", Box::new(move || { add_imm(r0, pc, 4); })),
        ("sp and pc are not", Box::new(move || { adds_imm(sp, sp, 4); })),
        ("sp and pc are not", Box::new(move || { rsb_imm(r0, sp, 0); })),
        ("sp and pc are not", Box::new(move || { neg(sp, r0); })),
        ("pc is not allowed", Box::new(move || { cmp_reg(pc, r0); })),
        ("pc is not allowed", Box::new(move || { cmp_imm(pc, 0); })),
        ("sp and pc are not", Box::new(move || { cmn_reg(sp, sp); })),
        ("sp and pc are not", Box::new(move || { tst_reg(sp, r0); })),
        ("sp and pc are not", Box::new(move || { tst_imm(sp, 1); })),
        ("sp and pc are not", Box::new(move || { and_imm(r0, sp, 1); })),
        ("sp and pc are not", Box::new(move || { orr_reg(r0, r1, pc, Shift::Lsl, 0); })),
        ("sp and pc are not", Box::new(move || { mvn_reg(sp, r1); })),
        ("shift amount 32 out of range", Box::new(move || { lsl_imm(r0, r1, 32); })),
        ("shift amount 0 out of range", Box::new(move || { lsr_imm(r0, r1, 0); })),
        ("shift amount 33 out of range", Box::new(move || { asrs_imm(r0, r1, 33); })),
        ("shift amount 32 out of range", Box::new(move || { ror_imm(r0, r1, 32); })),
        ("shift amount 0 out of range", Box::new(move || { rors_imm(r0, r1, 0); })),
        ("sp and pc are not", Box::new(move || { lsl_reg(r0, r1, sp); })),
        ("sp and pc are not", Box::new(move || { mul(r0, sp, r1); })),
        ("muls: needs low registers", Box::new(move || { muls(r0, r1, r2); })),
        ("muls: needs low registers", Box::new(move || { muls(r8, r8, r1); })),
        ("rdlo and rdhi must differ", Box::new(move || { smull(r0, r0, r1, r2); })),
        ("sp and pc are not", Box::new(move || { sdiv(r0, r1, pc); })),
        ("sp and pc are not", Box::new(move || { mla(r0, r1, r2, sp); })),
        ("bitfield lsb 31 width 2 out of range", Box::new(move || { ubfx(r0, r1, 31, 2); })),
        ("bitfield lsb 0 width 0 out of range", Box::new(move || { sbfx(r0, r1, 0, 0); })),
        ("bitfield lsb 32 width 1 out of range", Box::new(move || { bfc(r0, 32, 1); })),
        ("sp and pc are not", Box::new(move || { uxtb(sp, r0); })),
        ("sp and pc are not", Box::new(move || { clz(r0, pc); })),
        ("pc is not allowed", Box::new(move || { ldr_imm(r0, pc, 0); })),
        ("rt = pc is not allowed", Box::new(move || { str_imm(pc, r0, 0); })),
        ("rt = sp is not allowed", Box::new(move || { ldrb_imm(sp, r0, 0); })),
        ("rt = pc is not allowed", Box::new(move || { ldrh_imm(pc, r0, 0); })),
        ("sp and pc are not", Box::new(move || { ldr_reg(r0, r1, sp, 0); })),
        ("lsl #4 out of range", Box::new(move || { str_reg(r0, r1, r2, 4); })),
        ("sp and pc are not", Box::new(move || { ldrb_reg(pc, r1, r2, 0); })),
        ("rt and rt2 must differ", Box::new(move || { ldrd_imm(r0, r0, r1, 0); })),
        ("sp and pc are not", Box::new(move || { strd_imm(r0, sp, r1, 0); })),
        ("pc is not allowed", Box::new(move || { strd_imm(r0, r1, pc, 0); })),
        ("out of range -4095..=4095", Box::new(move || { ldr_lit(r0, 4096); })),
        ("out of range -4095..=4095", Box::new(move || { adr(r0, -4096); })),
        ("push: empty register list", Box::new(move || { push(0); })),
        ("push: sp and pc cannot be pushed", Box::new(move || { push(0x8001); })),
        ("pop: sp cannot be popped", Box::new(move || { pop(0x2001); })),
        ("pop: lr and pc cannot both be popped", Box::new(move || { pop(0xc000); })),
        ("ldm: rn is loaded and written back", Box::new(move || { ldm(r0, 0x3, true); })),
        ("ldm: sp cannot be loaded", Box::new(move || { ldm(r0, 0x2002, false); })),
        ("stm: sp and pc cannot be stored", Box::new(move || { stm(r0, 0x8002, true); })),
        ("stm: rn is stored and written back", Box::new(move || { stm(r1, 0x3, true); })),
        ("use b for an unconditional branch", Box::new(move || { b_cond(Cond::Al, 0); })),
        ("use b_narrow for an unconditional", Box::new(move || { b_cond_narrow(Cond::Al, 0); })),
        ("cbz: rn must be r0..r7", Box::new(move || { cbz(r8, 0); })),
        ("Cbz: branch offset -2 is odd or out of range", Box::new(move || { cbnz(r0, -2); })),
        ("B: branch offset 3 is odd or out of range", Box::new(move || { b(3); })),
        ("pc is not allowed", Box::new(move || { bx(pc); })),
        ("it: pattern \"tttt\" is longer than 3", Box::new(move || { it(Cond::Eq, "tttt"); })),
        ("it: pattern \"tx\" may only have", Box::new(move || { it(Cond::Eq, "tx"); })),
        ("it: al cannot have an else", Box::new(move || { it(Cond::Al, "e"); })),
        ("double register number 32 out of range", Box::new(move || { vadd_f64(D(32), D(0), D(0)); })),
        ("single register number 32 out of range", Box::new(move || { vmov_s_from_r(S(32), r0); })),
        ("sp and pc are not", Box::new(move || { vmov_d_from_rr(D(0), sp, r0); })),
        ("rt_lo and rt_hi must differ", Box::new(move || { vmov_rr_from_d(r0, r0, D(0)); })),
        ("pc is not allowed as the base", Box::new(move || { vstr_f64(D(0), pc, 0); })),
        ("vpush: d0..+0 out of range", Box::new(move || { vpush(D(0), 0); })),
        ("vpush: d0..+17 out of range", Box::new(move || { vpush(D(0), 17); })),
        ("vpop: d30..+3 out of range", Box::new(move || { vpop(D(30), 3); })),
        ("general register number 16 out of range", Box::new(move || { mov_reg(R(16), r0); })),
        ("no inverse", Box::new(move || { Cond::Al.invert(); })),
    ];
    let mut failures = Vec::new();
    for (i, (want, f)) in cases.iter().enumerate() {
        match catch_unwind(AssertUnwindSafe(f)) {
            Ok(()) => failures.push(format!("case {i} ({want:?}) did not panic")),
            Err(e) => {
                let msg = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                if !msg.contains(want) {
                    failures.push(format!("case {i}: panicked with {msg:?}, want {want:?}"));
                }
            }
        }
    }
    println!("bad_operands_panic: {} cases", cases.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
