//! Branch patching (`patch_branch`, `branch_in_range`), a small program assembled the way a
//! code generator would (forward and backward branches patched after the fact), and the
//! panics for operands that cannot be encoded.

use crate::common::{Rng, text, x};
use targets::aarch64::encode::*;

/// A patchable branch kind: its name, a constructor from an offset (the other fields
/// fixed) and the offset field's width.
type Kind = (String, Box<dyn Fn(i32) -> u32>, u32);

/// Each patchable branch kind, with random other fields.
fn kinds(r: &mut Rng) -> Vec<Kind> {
    let cond = r.pick(&Cond::ALL);
    let w = r.pick(&[W::W32, W::X64]);
    let rt = r.reg();
    let bit = r.below(64) as u8;
    vec![
        ("b".into(), Box::new(b), 26),
        ("bl".into(), Box::new(bl), 26),
        (
            format!("b.{cond:?}"),
            Box::new(move |o| b_cond(cond, o)),
            19,
        ),
        (
            format!("cbz {w:?} {rt:?}"),
            Box::new(move |o| cbz(w, rt, o)),
            19,
        ),
        (
            format!("cbnz {w:?} {rt:?}"),
            Box::new(move |o| cbnz(w, rt, o)),
            19,
        ),
        (
            format!("tbz {rt:?} #{bit}"),
            Box::new(move |o| tbz(rt, bit, o)),
            14,
        ),
        (
            format!("tbnz {rt:?} #{bit}"),
            Box::new(move |o| tbnz(rt, bit, o)),
            14,
        ),
    ]
}

/// An offset that fits `bits` signed bits (boundaries a quarter of the time).
fn offset(r: &mut Rng, bits: u32) -> i32 {
    let lim = 1i64 << (bits - 1);
    if r.below(4) == 0 {
        r.pick(&[-lim, -lim + 1, -1, 0, 1, lim - 2, lim - 1]) as i32
    } else {
        r.range(-lim, lim - 1) as i32
    }
}

#[test]
fn patch_round_trips() {
    let mut r = Rng(0xb4a9c4);
    let mut n = 0;
    for _ in 0..3000 {
        for (name, make, bits) in kinds(&mut r) {
            let (from, to) = (offset(&mut r, bits), offset(&mut r, bits));
            let word = make(from);
            assert!(
                branch_in_range(word, to),
                "{name}: {to} should fit {bits} bits"
            );
            assert_eq!(
                patch_branch(word, to),
                make(to),
                "{name}: patch {from} -> {to}"
            );
            assert_eq!(
                patch_branch(patch_branch(word, to), from),
                word,
                "{name}: patch back"
            );
            n += 1;
        }
    }
    println!("patch_branch: {n} round trips");
}

#[test]
fn branch_ranges() {
    let mut r = Rng(3);
    for (name, make, bits) in kinds(&mut r) {
        let lim = 1i64 << (bits - 1);
        let word = make(0);
        for (o, fits) in [
            (-lim, true),
            (lim - 1, true),
            (-lim - 1, false),
            (lim, false),
            (0, true),
        ] {
            let o = o as i32;
            assert_eq!(branch_in_range(word, o), fits, "{name}: {o} in {bits} bits");
        }
        assert!(!branch_in_range(word, i32::MIN) && !branch_in_range(word, i32::MAX));
    }
}

#[test]
#[should_panic(expected = "not a pc-relative branch")]
fn patch_rejects_non_branches() {
    patch_branch(br(x(0)), 1);
}

#[test]
#[should_panic(expected = "not a pc-relative branch")]
fn range_rejects_non_branches() {
    branch_in_range(nop(), 1);
}

#[test]
#[should_panic(expected = "does not fit in 14 signed bits")]
fn patch_rejects_out_of_range() {
    patch_branch(tbz(x(0), 3, 0), 1 << 13);
}

/// A loop written forwards with branches patched once their targets are known, listed by
/// yaxpeax.
#[test]
fn program_with_patched_branches() {
    let mut code: Vec<u32> = Vec::new();
    code.extend(mov_imm(W::X64, x(0), 0));
    let top = code.len();
    code.push(add_imm(W::X64, x(0), x(0), 1, false));
    code.push(cmp_imm(W::X64, x(0), 10, false));
    let back = code.len();
    code.push(b_cond(Cond::Ne, 0));
    let fwd = code.len();
    code.push(cbz(W::X64, x(0), 0));
    code.push(nop());
    let exit = code.len();
    code.push(ret());
    code[back] = patch_branch(code[back], top as i32 - back as i32);
    code[fwd] = patch_branch(code[fwd], exit as i32 - fwd as i32);
    let listing: Vec<String> = code.iter().map(|&w| text(w).unwrap()).collect();
    assert_eq!(
        listing,
        [
            "mov x0, #0x0",
            "add x0, x0, #0x1",
            "cmp x0, #0xa",
            "b.ne $-0x8",
            "cbz x0, $+0x8",
            "nop",
            "ret",
        ]
    );
    let bytes: Vec<u8> = code.iter().flat_map(|w| w.to_le_bytes()).collect();
    assert_eq!(&bytes[..4], &[0x00, 0x00, 0x80, 0xd2]); // movz x0, #0, little-endian
}

// ---- operands that cannot be encoded panic ----

#[test]
#[should_panic(expected = "does not fit in 12 bits")]
fn add_imm_too_large() {
    add_imm(W::X64, x(0), x(1), 4096, false);
}

#[test]
#[should_panic(expected = "ror is not allowed")]
fn add_reg_ror() {
    add_reg(W::X64, x(0), x(1), x(2), Shift::Ror, 1);
}

#[test]
#[should_panic(expected = "shift amount 32 out of range")]
fn shift_amount_w32() {
    orr_reg(W::W32, x(0), x(1), x(2), Shift::Lsl, 32);
}

#[test]
#[should_panic(expected = "hw 2 out of range")]
fn movz_hw_w32() {
    movz(W::W32, x(0), 1, 2);
}

#[test]
#[should_panic(expected = "shift 32 out of range")]
fn lsl_imm_w32() {
    lsl_imm(W::W32, x(0), x(1), 32);
}

#[test]
#[should_panic(expected = "out of range")]
fn ubfx_past_the_end() {
    ubfx(W::X64, x(0), x(1), 60, 5);
}

#[test]
#[should_panic(expected = "does not fit in 9 signed bits")]
fn ldur_offset() {
    ldur(Size::X, x(0), x(1), 256);
}

#[test]
#[should_panic(expected = "not a multiple of 8")]
fn stp_misaligned() {
    stp_off(x(0), x(1), R::SP, 4);
}

#[test]
#[should_panic(expected = "-512..=504")]
fn ldp_too_far() {
    ldp_off(x(0), x(1), R::SP, 512);
}

#[test]
#[should_panic(expected = "rt == rt2")]
fn ldp_same_register() {
    ldp_off(x(3), x(3), R::SP, 0);
}

#[test]
#[should_panic(expected = "also transferred")]
fn stp_writeback_base() {
    stp_pre(x(0), x(1), x(1), -16);
}

#[test]
#[should_panic(expected = "does not fit in 26 signed bits")]
fn b_too_far() {
    b(1 << 25);
}

#[test]
#[should_panic(expected = "bit 64 out of range")]
fn tbz_bit() {
    tbz(x(0), 64, 0);
}

#[test]
#[should_panic(expected = "no inverse")]
fn cset_always() {
    cset(W::X64, x(0), Cond::Al);
}

#[test]
#[should_panic(expected = "register number 32 out of range")]
fn register_32() {
    add_reg(W::X64, R(32), x(0), x(1), Shift::Lsl, 0);
}

#[test]
#[should_panic(expected = "rd must not be register 31")]
fn mov_imm_zr() {
    mov_imm(W::X64, R::ZR, 5);
}
