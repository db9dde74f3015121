//! Constants: `thumb_expand_imm` against the ARM ARM's `ThumbExpandImm` for every 12-bit
//! encoding (both ways), and `mov_imm` sequences run on a small evaluator of the decoded
//! instructions, with their length checked against the shortest possible.

use crate::common::{Dec, Op, Rng, decode, r};
use std::collections::HashSet;
use targets::thumb2::encode::*;

/// `ThumbExpandImm(imm12)` (ARM ARM, shared pseudocode), or `None` for the UNPREDICTABLE
/// encodings (a zero byte in the replicated forms).
pub fn thumb_expand(imm12: u16) -> Option<u32> {
    assert!(imm12 < 1 << 12);
    let imm8 = (imm12 & 0xff) as u32;
    if imm12 >> 10 == 0 {
        match imm12 >> 8 & 3 {
            0 => Some(imm8),
            _ if imm8 == 0 => None,
            1 => Some(imm8 << 16 | imm8),
            2 => Some(imm8 << 24 | imm8 << 8),
            _ => Some(imm8 << 24 | imm8 << 16 | imm8 << 8 | imm8),
        }
    } else {
        let unrotated = 0x80 | (imm12 as u32 & 0x7f);
        Some(unrotated.rotate_right((imm12 >> 7) as u32))
    }
}

/// Every value `ThumbExpandImm` produces.
pub fn encodable() -> HashSet<u32> {
    (0..4096u16).filter_map(thumb_expand).collect()
}

#[test]
fn thumb_expand_imm_all_encodings() {
    let mut n = 0;
    for imm12 in 0..4096u16 {
        let Some(v) = thumb_expand(imm12) else {
            continue;
        };
        n += 1;
        // Each value has exactly one encoding, so encoding it gives back the same field.
        assert_eq!(
            thumb_expand_imm(v),
            Some(imm12),
            "{v:#010x} (from {imm12:#05x})"
        );
    }
    let set = encodable();
    assert_eq!(set.len(), n, "some value has two encodings");
    println!("thumb_expand_imm: {n} encodable values");
}

#[test]
fn thumb_expand_imm_rejects_the_rest() {
    let set = encodable();
    let mut rng = Rng(0x7e57_1234);
    let check = |v: u32| {
        assert_eq!(thumb_expand_imm(v).is_some(), set.contains(&v), "{v:#010x}");
        if let Some(f) = thumb_expand_imm(v) {
            assert_eq!(thumb_expand(f), Some(v), "{v:#010x} -> {f:#05x}");
        }
    };
    // Neighbours of every encodable value, and random values.
    for &v in &set {
        for w in [
            v ^ 1,
            v.wrapping_add(1),
            v.wrapping_sub(1),
            v << 1,
            v >> 1,
            !v,
            v.rotate_right(1),
            v | 0x8000_0000,
            v.swap_bytes(),
        ] {
            check(w);
        }
    }
    for _ in 0..200_000 {
        let v = rng.imm32();
        check(v);
        check(rng.next() as u32);
    }
}

/// Every encodable constant decodes back from `mov.w` (capstone's view of the field).
#[test]
fn modified_immediates_decode() {
    let mut vals: Vec<u32> = encodable().into_iter().collect();
    vals.sort();
    for v in vals {
        let ins = mov_imm_w(r(3), v).unwrap();
        let dec = decode(ins).unwrap();
        assert_eq!(dec.name, "mov", "{v:#010x}: {dec:?}");
        assert_eq!(dec.ops, vec![Op::R(3), Op::Imm(v as i32)], "{v:#010x}");
    }
}

/// Runs `seq` (decoded by capstone) on register `rd` (starting as `start`).
fn run(seq: &[Ins], rd: R, start: u32) -> Result<u32, String> {
    let mut reg = start;
    for &ins in seq {
        let dec = decode(ins)?;
        if !ins.is_wide() {
            return Err(format!("{ins:?}: a 16-bit move sets the flags"));
        }
        reg = match (&dec, dec.ops.as_slice()) {
            (Dec { name, .. }, [Op::R(d), Op::Imm(v)]) if *d == rd.0 => match name.as_str() {
                "mov" => *v as u32,
                "mvn" => !*v as u32,
                "movt" => reg & 0xffff | (*v as u32) << 16,
                _ => return Err(format!("{ins:?}: `{dec:?}` is not a constant move")),
            },
            _ => {
                return Err(format!(
                    "{ins:?}: `{dec:?}` is not a constant move into {rd:?}"
                ));
            }
        };
    }
    Ok(reg)
}

fn check_mov_imm(set: &HashSet<u32>, rd: R, v: u32) {
    let seq = mov_imm(rd, v);
    let got = run(&seq, rd, 0x5a5a_5a5a).unwrap_or_else(|e| panic!("mov_imm({rd:?}, {v:#x}): {e}"));
    assert_eq!(got, v, "mov_imm({rd:?}, {v:#x}) = {seq:?}");
    let single = set.contains(&v) || set.contains(&!v) || v <= 0xffff;
    assert_eq!(
        seq.len(),
        if single { 1 } else { 2 },
        "mov_imm({rd:?}, {v:#x}) = {seq:?}"
    );
}

#[test]
fn mov_imm_evaluates_and_is_shortest() {
    let set = encodable();
    let mut rng = Rng(0xc0ff_ee00);
    let mut n = 0;
    for _ in 0..20_000 {
        let rd = rng.gpr();
        check_mov_imm(&set, rd, rng.imm32());
        n += 1;
    }
    for &v in &set {
        check_mov_imm(&set, r(0), v);
        check_mov_imm(&set, r(12), !v);
        n += 2;
    }
    for v in (0..=0xffffu32).step_by(7) {
        check_mov_imm(&set, r(5), v);
        check_mov_imm(&set, r(6), v << 16 | 0x1234);
        n += 2;
    }
    println!("mov_imm: {n} constants");
}
