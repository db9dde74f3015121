//! Constants: `mov_imm` sequences run on a small evaluator of the decoded words, and
//! `logical_imm` checked against the ARM ARM's `DecodeBitMasks` for every encoding.

use crate::common::{Rng, decode, decode_bit_masks};
use crate::random::random_bitmask;
use std::collections::{HashMap, HashSet};
use targets::aarch64::encode::*;
use yaxpeax_arm::armv8::a64::{Opcode, Operand, SizeCode};

fn mask(w: W) -> u64 {
    match w {
        W::W32 => 0xffff_ffff,
        W::X64 => !0,
    }
}

/// Runs `words` (as decoded by yaxpeax) on a register that starts as `start`; each word
/// must write register `rd` at width `w`. Returns the final 64-bit register value.
fn run(words: &[u32], w: W, rd: R, start: u64) -> Result<u64, String> {
    let sz = if w == W::X64 {
        SizeCode::X
    } else {
        SizeCode::W
    };
    let m = mask(w);
    let mut reg = start;
    for &word in words {
        let i = decode(word)?;
        let [dst, a, b, _] = i.operands;
        reg = match (i.opcode, dst, a, b) {
            (Opcode::MOVZ, Operand::Register(s, r), Operand::ImmShift(imm, sh), _)
                if s == sz && r == rd.0 as u16 =>
            {
                ((imm as u64) << sh) & m
            }
            (Opcode::MOVN, Operand::Register(s, r), Operand::ImmShift(imm, sh), _)
                if s == sz && r == rd.0 as u16 =>
            {
                !((imm as u64) << sh) & m
            }
            (Opcode::MOVK, Operand::Register(s, r), Operand::ImmShift(imm, sh), _)
                if s == sz && r == rd.0 as u16 =>
            {
                ((reg & !(0xffff << sh)) | (imm as u64) << sh) & m
            }
            (Opcode::ORR, Operand::RegisterOrSP(s, r), Operand::Register(s2, 31), imm)
                if s == sz && s2 == sz && r == rd.0 as u16 =>
            {
                match imm {
                    Operand::Imm64(v) => v & m,
                    Operand::Immediate(v) => v as u64 & m,
                    _ => return Err(format!("{word:#010x}: `{i}` has an unexpected operand")),
                }
            }
            _ => {
                return Err(format!(
                    "{word:#010x}: `{i}` is not a constant move into {rd:?} at {w:?}"
                ));
            }
        };
    }
    Ok(reg)
}

/// Half-words of `imm` (width `w`) that differ from `fill`.
fn halves_not(w: W, imm: u64, fill: u16) -> usize {
    (0..w.bits() / 16)
        .filter(|&i| (imm >> (16 * i)) as u16 != fill)
        .count()
}

#[test]
fn mov_imm_minimal_cases() {
    use W::*;
    let cases: [(W, u64, usize); 16] = [
        (X64, 0, 1),
        (X64, 1, 1),
        (X64, u64::MAX, 1),
        (W32, 0xffff_ffff, 1),
        (W32, 0, 1),
        (X64, 0xffff_0000, 1),
        (X64, 0xffff_ffff_0000_ffff, 1),
        (X64, 0x1234_5678_9abc_def0, 4),
        (X64, 0x5555_5555_5555_5555, 1),
        (X64, 0x0000_ffff_ffff_0000, 1),
        (W32, 0x1234_5678, 2),
        (W32, 0x8000_0000, 1),
        (X64, 0x8000_0000_0000_0000, 1),
        (X64, 0x7ff8_0000_0000_0000, 1),
        (X64, 0xffff_1234_ffff_5678, 2),
        (X64, 0x1234_5555_5555_5555, 2),
    ];
    for (w, imm, len) in cases {
        let words = mov_imm(w, R(3), imm);
        assert_eq!(words.len(), len, "mov_imm({w:?}, {imm:#x}) = {words:08x?}");
        let got = run(&words, w, R(3), 0xdead_beef_dead_beef).unwrap();
        assert_eq!(
            got,
            imm & mask(w),
            "mov_imm({w:?}, {imm:#x}) = {words:08x?}"
        );
    }
}

/// A random constant: random half-words drawn from 0, 0xffff and anything, bitmasks,
/// bitmasks with one half-word changed, small positive and negative numbers.
fn random_constant(r: &mut Rng, w: W) -> u64 {
    match r.below(6) {
        0 => r.next(),
        1 => (0..4).fold(0, |acc, i| {
            let any = r.next() & 0xffff;
            acc | (r.pick(&[0u64, 0xffff, any]) << (16 * i))
        }),
        2 => random_bitmask(r, w),
        3 => {
            let i = r.below(w.bits() as u64 / 16) * 16;
            (random_bitmask(r, w) & !(0xffff << i)) | (r.next() & 0xffff) << i
        }
        4 => r.below(70000),
        _ => r.below(70000).wrapping_neg(),
    }
}

#[test]
fn mov_imm_random() {
    let mut r = Rng(0xc0ffee);
    let mut lengths = [0usize; 5];
    for i in 0..20000 {
        let w = if i % 2 == 0 { W::X64 } else { W::W32 };
        let rd = R(r.below(31) as u8);
        let imm = random_constant(&mut r, w);
        let words = mov_imm(w, rd, imm);
        lengths[words.len()] += 1;
        let start = r.next();
        let got = run(&words, w, rd, start)
            .unwrap_or_else(|e| panic!("mov_imm({w:?}, {rd:?}, {imm:#x}): {e}"));
        assert_eq!(
            got,
            imm & mask(w),
            "mov_imm({w:?}, {rd:?}, {imm:#x}) = {words:08x?}"
        );
        // Never longer than movz/movn + movk, one word for a bitmask.
        let v = imm & mask(w);
        let bound = halves_not(w, v, 0).min(halves_not(w, v, 0xffff)).max(1);
        assert!(
            words.len() <= bound,
            "mov_imm({w:?}, {imm:#x}) = {words:08x?}, movz/movn needs {bound}"
        );
        if logical_imm(w, v).is_some() {
            assert_eq!(
                words.len(),
                1,
                "mov_imm({w:?}, {imm:#x}) = {words:08x?} for a bitmask"
            );
        }
    }
    println!(
        "mov_imm: 20000 constants, sequence lengths 1..=4: {:?}",
        &lengths[1..]
    );
    assert_eq!(lengths[0], 0);
}

/// Every valid `N:immr:imms` for a `m`-bit register and the value it decodes to.
fn all_bitmasks(m: u32) -> Vec<(u32, u64)> {
    let mut out = Vec::new();
    for n in 0..=(m / 64) {
        for immr in 0..m.min(64) {
            for imms in 0..64 {
                if let Some((wmask, _)) = decode_bit_masks(n, imms, immr, true, m) {
                    out.push((n << 12 | immr << 6 | imms, wmask));
                }
            }
        }
    }
    out
}

#[test]
fn logical_imm_exhaustive() {
    for (w, m, count) in [(W::X64, 64, 5334), (W::W32, 32, 1302)] {
        // Canonical encodings: immr below the element size (immr bits above it are ignored
        // by DecodeBitMasks, giving duplicates the encoder never produces).
        let all = all_bitmasks(m);
        let mut by_value: HashMap<u64, u32> = HashMap::new();
        for &(field, v) in &all {
            let immr = field >> 6 & 0x3f;
            let imms = field & 0x3f;
            let n = field >> 12;
            // esize = 1 << HighestSetBit(N:NOT(imms)).
            let esize = if n == 1 {
                64
            } else {
                1u32 << (31 - (!imms & 0x3f).leading_zeros())
            };
            if immr < esize {
                assert!(
                    by_value.insert(v, field).is_none(),
                    "{w:?}: two canonical encodings of {v:#x}"
                );
            }
        }
        assert_eq!(by_value.len(), count, "{w:?}: number of bitmask immediates");
        // Decode -> encode.
        for (&v, &field) in &by_value {
            assert_eq!(logical_imm(w, v), Some(field), "{w:?}: logical_imm({v:#x})");
        }
        // Encode -> decode, for the valid values and their neighbours.
        let valid: HashSet<u64> = by_value.keys().copied().collect();
        let mut r = Rng(42);
        let mut probes: Vec<u64> = Vec::new();
        for &v in &valid {
            probes.extend([
                v,
                v.wrapping_add(1),
                v.wrapping_sub(1),
                v ^ (1 << r.below(m as u64)),
                r.next(),
            ]);
        }
        for v in probes {
            let v = v & mask(w);
            match logical_imm(w, v) {
                Some(field) => {
                    assert!(
                        valid.contains(&v),
                        "{w:?}: logical_imm({v:#x}) = {field:#x} for a non-bitmask"
                    );
                    let (n, immr, imms) = (field >> 12, field >> 6 & 0x3f, field & 0x3f);
                    assert!(field < 1 << 13 && (w == W::X64 || n == 0));
                    let got = decode_bit_masks(n, imms, immr, true, m).map(|(wm, _)| wm);
                    assert_eq!(
                        got,
                        Some(v),
                        "{w:?}: logical_imm({v:#x}) = {field:#x} decodes to {got:x?}"
                    );
                }
                None => assert!(
                    !valid.contains(&v),
                    "{w:?}: logical_imm({v:#x}) refused a bitmask"
                ),
            }
        }
        // For W32 the upper half of the argument is ignored.
        if w == W::W32 {
            for (&v, &field) in by_value.iter().take(200) {
                assert_eq!(logical_imm(w, v | r.next() << 32), Some(field));
            }
        }
    }
}
