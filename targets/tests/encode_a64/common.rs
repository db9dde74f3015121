//! Shared helpers: decoding with yaxpeax-arm, register shorthands and a deterministic
//! random generator.

use targets::aarch64::encode::{Cond, R, V};
use yaxpeax_arch::{Decoder, U8Reader};
use yaxpeax_arm::armv8::a64::{InstDecoder, Instruction};

/// Decodes one instruction word (little-endian in memory).
pub fn decode(word: u32) -> Result<Instruction, String> {
    let bytes = word.to_le_bytes();
    let mut reader = U8Reader::new(&bytes[..]);
    InstDecoder::default()
        .decode(&mut reader)
        .map_err(|e| format!("yaxpeax: {word:#010x} does not decode: {e:?}"))
}

/// yaxpeax-arm's text for one word.
pub fn text(word: u32) -> Result<String, String> {
    decode(word).map(|i| i.to_string())
}

/// General register `n`.
pub fn x(n: u8) -> R {
    R(n)
}

/// SIMD&FP register `n`.
pub fn d(n: u8) -> V {
    V(n)
}

/// xorshift64* generator (deterministic, no dependencies).
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// One of `xs`.
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }

    /// A coin flip.
    pub fn bool(&mut self) -> bool {
        self.next() & 1 == 1
    }

    /// Any general register number, 31 included (a quarter of the time, to exercise it).
    pub fn reg(&mut self) -> R {
        if self.below(4) == 0 {
            R(31)
        } else {
            R(self.below(32) as u8)
        }
    }

    /// A SIMD&FP register.
    pub fn vreg(&mut self) -> V {
        V(self.below(32) as u8)
    }

    /// Any condition but `al`.
    pub fn cond(&mut self) -> Cond {
        Cond::ALL[self.below(14) as usize]
    }
}

/// `DecodeBitMasks(immN, imms, immr, immediate, M)` from the ARM ARM (shared
/// pseudocode): `(wmask, tmask)` for an `M`-bit register, or `None` for a reserved
/// encoding.
pub fn decode_bit_masks(
    n: u32,
    imms: u32,
    immr: u32,
    immediate: bool,
    m: u32,
) -> Option<(u64, u64)> {
    // len = HighestSetBit(immN:NOT(imms))
    let combined = (n << 6) | (!imms & 0x3f);
    if combined == 0 {
        return None;
    }
    let len = 31 - combined.leading_zeros();
    if len < 1 || (1 << len) > m {
        return None;
    }
    let levels = (1u32 << len) - 1;
    if immediate && imms & levels == levels {
        return None;
    }
    let s = imms & levels;
    let r = immr & levels;
    let diff = s.wrapping_sub(r) & 0x3f;
    let esize = 1u32 << len;
    let d = diff & levels;
    let ones = |k: u32| if k >= 64 { !0u64 } else { (1u64 << k) - 1 };
    let welem = ones(s + 1);
    let telem = ones(d + 1);
    let wmask = replicate(ror(welem, r, esize), esize, m);
    let tmask = replicate(telem, esize, m);
    Some((wmask, tmask))
}

/// Rotates the low `size` bits of `x` right by `r`.
pub fn ror(x: u64, r: u32, size: u32) -> u64 {
    let mask = if size == 64 { !0 } else { (1u64 << size) - 1 };
    let x = x & mask;
    if r == 0 {
        return x;
    }
    ((x >> r) | (x << (size - r))) & mask
}

/// Replicates the low `esize` bits of `x` to fill `m` bits.
pub fn replicate(x: u64, esize: u32, m: u32) -> u64 {
    let mut out = 0u64;
    let mut pos = 0;
    while pos < m {
        out |= x << pos;
        pos += esize;
    }
    out
}
