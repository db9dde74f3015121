//! A tiny fixed-capacity unsigned big integer, just enough for exact
//! decimal digit generation of doubles (`toFixed`, `toExponential`,
//! `toPrecision`).
//!
//! Capacity: the largest value ever held is `m · 10^324` with `m < 2^53`
//! (about 1130 bits) or `10 · 2^1074`; 40 limbs (1280 bits) cover both with
//! margin. Operations never panic: a carry out of the top limb (which the
//! callers' bounds rule out) is dropped.

use core::cmp::Ordering;

const LIMBS: usize = 40;

#[derive(Clone, Copy)]
pub(crate) struct Big {
    /// Number of significant limbs (no leading zero limbs; 0 for zero).
    len: usize,
    /// Little-endian base-2^32 limbs.
    d: [u32; LIMBS],
}

impl Big {
    pub(crate) fn from_u64(v: u64) -> Big {
        let mut b = Big {
            len: 0,
            d: [0; LIMBS],
        };
        b.d[0] = v as u32;
        b.d[1] = (v >> 32) as u32;
        b.len = 2;
        b.trim();
        b
    }

    fn trim(&mut self) {
        while self.len > 0 && self.d[self.len - 1] == 0 {
            self.len -= 1;
        }
    }

    /// `self *= m`.
    pub(crate) fn mul_small(&mut self, m: u32) {
        let mut carry: u64 = 0;
        for limb in self.d.iter_mut().take(self.len) {
            let p = u64::from(*limb) * u64::from(m) + carry;
            *limb = p as u32;
            carry = p >> 32;
        }
        if carry != 0 && self.len < LIMBS {
            self.d[self.len] = carry as u32;
            self.len += 1;
        }
        self.trim();
    }

    /// `self *= 10^n`.
    pub(crate) fn mul_pow10(&mut self, mut n: u32) {
        while n >= 9 {
            self.mul_small(1_000_000_000);
            n -= 9;
        }
        const SMALL: [u32; 9] = [
            1,
            10,
            100,
            1000,
            10_000,
            100_000,
            1_000_000,
            10_000_000,
            100_000_000,
        ];
        if n > 0 {
            self.mul_small(SMALL[n as usize]);
        }
    }

    /// `self <<= n`.
    pub(crate) fn shl(&mut self, n: u32) {
        if self.len == 0 {
            return;
        }
        let limbs = (n / 32) as usize;
        let bits = n % 32;
        // Shift within the capacity; anything beyond is dropped (unreachable
        // for the callers' magnitudes).
        let new_len = (self.len + limbs + 1).min(LIMBS);
        let mut i = new_len;
        while i > 0 {
            i -= 1;
            let src_hi = i.checked_sub(limbs);
            let hi = match src_hi {
                Some(j) if j < self.len => self.d[j],
                _ => 0,
            };
            let lo = match src_hi.and_then(|j| j.checked_sub(1)) {
                Some(j) if j < self.len => self.d[j],
                _ => 0,
            };
            self.d[i] = if bits == 0 {
                hi
            } else {
                (hi << bits) | (lo >> (32 - bits))
            };
        }
        self.len = new_len;
        self.trim();
    }

    pub(crate) fn cmp(&self, other: &Big) -> Ordering {
        if self.len != other.len {
            return self.len.cmp(&other.len);
        }
        let mut i = self.len;
        while i > 0 {
            i -= 1;
            match self.d[i].cmp(&other.d[i]) {
                Ordering::Equal => {}
                o => return o,
            }
        }
        Ordering::Equal
    }

    /// `self -= other`; requires `self >= other` (otherwise the result wraps
    /// and is meaningless, but nothing panics).
    pub(crate) fn sub(&mut self, other: &Big) {
        let mut borrow: i64 = 0;
        for i in 0..self.len {
            let o = if i < other.len {
                i64::from(other.d[i])
            } else {
                0
            };
            let mut v = i64::from(self.d[i]) - o - borrow;
            if v < 0 {
                v += 1 << 32;
                borrow = 1;
            } else {
                borrow = 0;
            }
            self.d[i] = v as u32;
        }
        self.trim();
    }

    /// Compares `2 * self` with `other`.
    pub(crate) fn cmp_twice(&self, other: &Big) -> Ordering {
        let mut t = *self;
        t.shl(1);
        t.cmp(other)
    }

    /// `floor(self / den)` for a quotient known to be below 16 (a decimal
    /// digit, or 10 right after a mis-estimated scale); leaves the remainder
    /// in `self`.
    pub(crate) fn div_rem_digit(&mut self, den: &Big) -> u32 {
        let mut q = 0;
        while q < 16 && self.cmp(den) != Ordering::Less {
            self.sub(den);
            q += 1;
        }
        q
    }
}
