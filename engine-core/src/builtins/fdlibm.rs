//! `Math.sin`, `cos`, `tan`, `exp`, `log`, `atan` and `atan2`, and the ES2015
//! `sinh`, `cosh`, `tanh`, `asinh`, `acosh`, `atanh`, `log1p`, `log10` and `cbrt`,
//! computed exactly as V8 computes them.
//!
//! V8 (as in node 20) implements these in `src/base/ieee754.cc`, a port of Sun's
//! fdlibm 5.3 (Copyright (C) 1993 by Sun Microsystems, Inc. "Permission to use,
//! copy, modify, and distribute this software is freely granted, provided that
//! this notice is preserved."). The `libm` crate follows FreeBSD's and musl's
//! later revisions of the same code, which evaluate the sin and cos polynomials
//! in another order, use a newer tan kernel, reduce arguments differently, group
//! the last additions of `log` differently and take other shortcuts in `atan2`,
//! so up to about one result in a hundred differs from V8's in the last bit. This
//! module follows fdlibm 5.3 as V8 does, operation for operation (f64 arithmetic
//! is IEEE round-to-nearest and never contracted into fused multiply-adds in
//! Rust, as in V8's x64 build), including the reduction of huge arguments with
//! 64-bit precision (`prec` 2) and V8's own change: `exp(1)` is exactly `Math.E`.
//! (Later V8 versions compute sin, cos, tan and log with LLVM's libc instead.)
//!
//! The constants (polynomial coefficients, the bits of 2/pi and pi/2) are
//! fdlibm's, written as their IEEE bit patterns.

use libm::{floor, scalbn};

/// High 32 bits of `x`.
#[inline]
fn high(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32
}

/// Low 32 bits of `x`.
#[inline]
fn low(x: f64) -> u32 {
    x.to_bits() as u32
}

/// The double whose high and low words are `hi` and `lo`.
#[inline]
fn from_words(hi: u32, lo: u32) -> f64 {
    f64::from_bits(((hi as u64) << 32) | lo as u64)
}

/// `x` with its high word replaced.
#[inline]
fn with_high(x: f64, hi: u32) -> f64 {
    from_words(hi, low(x))
}

/// `x` with its low word replaced.
#[inline]
fn with_low(x: f64, lo: u32) -> f64 {
    from_words(high(x), lo)
}

const fn c(bits: u64) -> f64 {
    f64::from_bits(bits)
}

// ---------------------------------------------------------------------------
// Argument reduction.

/// 2/pi in 24-bit pieces: `TWO_OVER_PI[i]` is bits 24i+1 to 24i+24 after the
/// binary point (396 hex digits).
const TWO_OVER_PI: [i32; 66] = [
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7,
    0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C,
    0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11,
    0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7,
    0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E,
    0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
];

/// High words of n*pi/2 for n = 1..=32 (a quick test for cancellation).
const NPIO2_HW: [u32; 32] = [
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB, 0x402C463A,
    0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
    0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C, 0x4043A28C, 0x40446B9C, 0x404534AC,
    0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
];

const TWO24: f64 = c(0x4170_0000_0000_0000); // 2^24
const TWON24: f64 = c(0x3E70_0000_0000_0000); // 2^-24
const INVPIO2: f64 = c(0x3FE4_5F30_6DC9_C883); // 53 bits of 2/pi
const PIO2_1: f64 = c(0x3FF9_21FB_5440_0000); // first 33 bits of pi/2
const PIO2_1T: f64 = c(0x3DD0_B461_1A62_6331); // pi/2 - PIO2_1
const PIO2_2: f64 = c(0x3DD0_B461_1A60_0000); // second 33 bits of pi/2
const PIO2_2T: f64 = c(0x3BA3_198A_2E03_7073); // pi/2 - (PIO2_1 + PIO2_2)
const PIO2_3: f64 = c(0x3BA3_198A_2E00_0000); // third 33 bits of pi/2
const PIO2_3T: f64 = c(0x397B_839A_2520_49C1); // pi/2 - (PIO2_1 + PIO2_2 + PIO2_3)

/// `x` reduced by a multiple n of pi/2: returns (n, y0, y1) with
/// y0 + y1 = x - n*pi/2 and |y0 + y1| <= pi/4 (roughly). fdlibm's
/// `__ieee754_rem_pio2`.
pub fn rem_pio2(x: f64) -> (i32, f64, f64) {
    let hx = high(x) as i32;
    let ix = (hx & 0x7fff_ffff) as u32;
    if ix <= 0x3fe9_21fb {
        // |x| ~<= pi/4: nothing to do.
        return (0, x, 0.0);
    }
    if ix < 0x4002_d97c {
        // |x| < 3pi/4: n is +-1.
        if hx > 0 {
            let mut z = x - PIO2_1;
            let (y0, y1);
            if ix != 0x3ff9_21fb {
                // 33+53 bits of pi are enough.
                y0 = z - PIO2_1T;
                y1 = (z - y0) - PIO2_1T;
            } else {
                // Near pi/2: 33+33+53 bits.
                z -= PIO2_2;
                y0 = z - PIO2_2T;
                y1 = (z - y0) - PIO2_2T;
            }
            return (1, y0, y1);
        } else {
            let mut z = x + PIO2_1;
            let (y0, y1);
            if ix != 0x3ff9_21fb {
                y0 = z + PIO2_1T;
                y1 = (z - y0) + PIO2_1T;
            } else {
                z += PIO2_2;
                y0 = z + PIO2_2T;
                y1 = (z - y0) + PIO2_2T;
            }
            return (-1, y0, y1);
        }
    }
    if ix <= 0x4139_21fb {
        // |x| ~<= 2^19*(pi/2): medium size.
        let t = x.abs();
        let n = (t * INVPIO2 + 0.5) as i32;
        let fn_ = n as f64;
        let mut r = t - fn_ * PIO2_1;
        let mut w = fn_ * PIO2_1T; // first round, good to 85 bits
        let mut y0;
        if n < 32 && ix != NPIO2_HW[(n - 1) as usize] {
            y0 = r - w; // quick check: no cancellation
        } else {
            let j = (ix >> 20) as i32;
            y0 = r - w;
            let mut i = j - ((high(y0) >> 20) & 0x7ff) as i32;
            if i > 16 {
                // Second iteration, good to 118 bits.
                let t = r;
                w = fn_ * PIO2_2;
                r = t - w;
                w = fn_ * PIO2_2T - ((t - r) - w);
                y0 = r - w;
                i = j - ((high(y0) >> 20) & 0x7ff) as i32;
                if i > 49 {
                    // Third iteration, 151 bits: covers every case.
                    let t = r;
                    w = fn_ * PIO2_3;
                    r = t - w;
                    w = fn_ * PIO2_3T - ((t - r) - w);
                    y0 = r - w;
                }
            }
        }
        let y1 = (r - y0) - w;
        return if hx < 0 { (-n, -y0, -y1) } else { (n, y0, y1) };
    }
    if ix >= 0x7ff0_0000 {
        // Infinity or NaN.
        return (0, f64::NAN, f64::NAN);
    }
    // Large arguments: z = scalbn(|x|, -e0) with e0 = ilogb(x) - 23, cut into
    // three 24-bit pieces.
    let e0 = (ix >> 20) as i32 - 1046;
    let mut z = from_words(ix.wrapping_sub((e0 << 20) as u32), low(x));
    let mut tx = [0.0f64; 3];
    for t in tx.iter_mut().take(2) {
        *t = (z as i32) as f64;
        z = (z - *t) * TWO24;
    }
    tx[2] = z;
    let mut nx = 3;
    while tx[nx - 1] == 0.0 {
        nx -= 1;
    }
    let (n, y) = kernel_rem_pio2(&tx[..nx], e0, 2);
    if hx < 0 { (-n, -y[0], -y[1]) } else { (n, y[0], y[1]) }
}

/// Initial number of terms of 2/pi (minus one) per precision.
const INIT_JK: [usize; 4] = [2, 3, 4, 6];

/// pi/2 in 24-bit pieces.
const PIO2: [f64; 8] = [
    c(0x3FF9_21FB_4000_0000),
    c(0x3E74_442D_0000_0000),
    c(0x3CF8_4698_8000_0000),
    c(0x3B78_CC51_6000_0000),
    c(0x39F0_1B83_8000_0000),
    c(0x387A_2520_4000_0000),
    c(0x36E3_8222_8000_0000),
    c(0x3569_F31D_0000_0000),
];

/// fdlibm's `__kernel_rem_pio2`: reduces a large positive x, given as 24-bit
/// pieces `x[i]` (x[0] scaled by 2^e0), modulo pi/2. `prec` is 0 (24 bits),
/// 1 (53), 2 (64) or 3 (113); the result is n mod 8 and the remainder as the sum
/// of one (prec 0), two (1, 2) or three (3) doubles. `x` has 1 to 3 pieces.
pub fn kernel_rem_pio2(x: &[f64], e0: i32, prec: usize) -> (i32, [f64; 3]) {
    let jk = INIT_JK[prec];
    let jp = jk;
    let jx = x.len() - 1;
    // jv: index of the first useful piece of 2/pi; q0: exponent of q[0].
    let jv = ((e0 - 3) / 24).max(0) as usize;
    let mut q0 = e0 - 24 * (jv as i32 + 1);

    let mut f = [0.0f64; 20];
    let mut q = [0.0f64; 20];
    let mut fq = [0.0f64; 20];
    let mut iq = [0i32; 20];

    // f[0..=jx+jk] = TWO_OVER_PI[jv-jx..=jv+jk], zero where the index is negative.
    for (i, fi) in f.iter_mut().enumerate().take(jx + jk + 1) {
        let j = (jv + i) as isize - jx as isize;
        *fi = if j < 0 { 0.0 } else { TWO_OVER_PI[j as usize] as f64 };
    }
    // q[0..=jk].
    for i in 0..=jk {
        let mut fw = 0.0;
        for (j, xj) in x.iter().enumerate() {
            fw += xj * f[jx + i - j];
        }
        q[i] = fw;
    }

    let mut jz = jk;
    let (mut z, n, ih) = loop {
        // Distill q[] into iq[], reversed.
        let mut z = q[jz];
        let mut i = 0;
        let mut j = jz;
        while j > 0 {
            let fw = ((TWON24 * z) as i32) as f64;
            iq[i] = (z - TWO24 * fw) as i32;
            z = q[j - 1] + fw;
            i += 1;
            j -= 1;
        }

        // n: the integer part, mod 8.
        z = scalbn(z, q0);
        z -= 8.0 * floor(z * 0.125);
        let mut n = z as i32;
        z -= n as f64;
        let mut ih = 0;
        if q0 > 0 {
            // iq[jz-1] holds the low bits of n.
            let i = iq[jz - 1] >> (24 - q0);
            n += i;
            iq[jz - 1] -= i << (24 - q0);
            ih = iq[jz - 1] >> (23 - q0);
        } else if q0 == 0 {
            ih = iq[jz - 1] >> 23;
        } else if z >= 0.5 {
            ih = 2;
        }

        if ih > 0 {
            // The fraction is >= 0.5: take 1 - fraction instead.
            n += 1;
            let mut carry = 0;
            for v in iq.iter_mut().take(jz) {
                let j = *v;
                if carry == 0 {
                    if j != 0 {
                        carry = 1;
                        *v = 0x100_0000 - j;
                    }
                } else {
                    *v = 0xff_ffff - j;
                }
            }
            if q0 > 0 {
                // Rare: one chance in 12.
                match q0 {
                    1 => iq[jz - 1] &= 0x7f_ffff,
                    2 => iq[jz - 1] &= 0x3f_ffff,
                    _ => {}
                }
            }
            if ih == 2 {
                z = 1.0 - z;
                if carry != 0 {
                    z -= scalbn(1.0, q0);
                }
            }
        }

        // Recompute with more terms of 2/pi if everything cancelled.
        if z == 0.0 {
            let mut j = 0;
            for i in (jk..jz).rev() {
                j |= iq[i];
            }
            if j == 0 {
                // k: the number of extra terms needed.
                let mut k = 1;
                while jk >= k && iq[jk - k] == 0 {
                    k += 1;
                }
                for i in jz + 1..=jz + k {
                    f[jx + i] = TWO_OVER_PI[jv + i] as f64;
                    let mut fw = 0.0;
                    for (j, xj) in x.iter().enumerate() {
                        fw += xj * f[jx + i - j];
                    }
                    q[i] = fw;
                }
                jz += k;
                continue;
            }
        }
        break (z, n, ih);
    };

    // Chop off zero terms, or split z into 24-bit pieces.
    if z == 0.0 {
        jz -= 1;
        q0 -= 24;
        while iq[jz] == 0 {
            jz -= 1;
            q0 -= 24;
        }
    } else {
        z = scalbn(z, -q0);
        if z >= TWO24 {
            let fw = ((TWON24 * z) as i32) as f64;
            iq[jz] = (z - TWO24 * fw) as i32;
            jz += 1;
            q0 += 24;
            iq[jz] = fw as i32;
        } else {
            iq[jz] = z as i32;
        }
    }

    // The pieces back to floating point.
    let mut fw = scalbn(1.0, q0);
    for i in (0..=jz).rev() {
        q[i] = fw * iq[i] as f64;
        fw *= TWON24;
    }

    // fq[jz-i] = sum of PIO2[k] * q[i+k].
    for i in (0..=jz).rev() {
        let mut fw = 0.0;
        let mut k = 0;
        while k <= jp && k <= jz - i {
            fw += PIO2[k] * q[i + k];
            k += 1;
        }
        fq[jz - i] = fw;
    }

    // Compress fq[] into y[].
    let mut y = [0.0f64; 3];
    let neg = |v: f64| if ih == 0 { v } else { -v };
    match prec {
        0 => {
            let mut fw = 0.0;
            for i in (0..=jz).rev() {
                fw += fq[i];
            }
            y[0] = neg(fw);
        }
        1 | 2 => {
            let mut fw = 0.0;
            for i in (0..=jz).rev() {
                fw += fq[i];
            }
            y[0] = neg(fw);
            fw = fq[0] - fw;
            for v in fq.iter().take(jz + 1).skip(1) {
                fw += v;
            }
            y[1] = neg(fw);
        }
        _ => {
            for i in (1..=jz).rev() {
                let fw = fq[i - 1] + fq[i];
                fq[i] += fq[i - 1] - fw;
                fq[i - 1] = fw;
            }
            for i in (2..=jz).rev() {
                let fw = fq[i - 1] + fq[i];
                fq[i] += fq[i - 1] - fw;
                fq[i - 1] = fw;
            }
            let mut fw = 0.0;
            for i in (2..=jz).rev() {
                fw += fq[i];
            }
            y = [neg(fq[0]), neg(fq[1]), neg(fw)];
        }
    }
    (n & 7, y)
}

// ---------------------------------------------------------------------------
// Kernels on [-pi/4, pi/4].

const S1: f64 = c(0xBFC5_5555_5555_5549);
const S2: f64 = c(0x3F81_1111_1110_F8A6);
const S3: f64 = c(0xBF2A_01A0_19C1_61D5);
const S4: f64 = c(0x3EC7_1DE3_57B1_FE7D);
const S5: f64 = c(0xBE5A_E5E6_8A2B_9CEB);
const S6: f64 = c(0x3DE5_D93A_5ACF_D57C);

/// sin(x + y) for |x| <= ~pi/4, y the tail of x; `iy` is 0 when y is 0.
pub fn kernel_sin(x: f64, y: f64, iy: i32) -> f64 {
    let ix = high(x) & 0x7fff_ffff;
    if ix < 0x3e40_0000 && (x as i32) == 0 {
        // |x| < 2^-27
        return x;
    }
    let z = x * x;
    let v = z * x;
    let r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    if iy == 0 {
        x + v * (S1 + z * r)
    } else {
        x - ((z * (0.5 * y - v * r) - y) - v * S1)
    }
}

const C1: f64 = c(0x3FA5_5555_5555_554C);
const C2: f64 = c(0xBF56_C16C_16C1_5177);
const C3: f64 = c(0x3EFA_01A0_19CB_1590);
const C4: f64 = c(0xBE92_7E4F_809C_52AD);
const C5: f64 = c(0x3E21_EE9E_BDB4_B1C4);
const C6: f64 = c(0xBDA8_FAE9_BE88_38D4);

/// cos(x + y) for |x| <= ~pi/4, y the tail of x.
pub fn kernel_cos(x: f64, y: f64) -> f64 {
    let ix = high(x) & 0x7fff_ffff;
    if ix < 0x3e40_0000 && (x as i32) == 0 {
        // |x| < 2^-27
        return 1.0;
    }
    let z = x * x;
    let r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if ix < 0x3FD3_3333 {
        // |x| < 0.3
        1.0 - (0.5 * z - (z * r - x * y))
    } else {
        // qx = |x|/4 with the low word cleared, or 0.28125 above 0.78125: then
        // 1-qx and z/2-qx are exact.
        let qx = if ix > 0x3fe9_0000 { 0.28125 } else { from_words(ix - 0x0020_0000, 0) };
        let hz = 0.5 * z - qx;
        let a = 1.0 - qx;
        a - (hz - (z * r - x * y))
    }
}

/// Coefficients T0..T12 of tan's odd polynomial.
const T: [f64; 13] = [
    c(0x3FD5_5555_5555_5563),
    c(0x3FC1_1111_1110_FE7A),
    c(0x3FAB_A1BA_1BB3_41FE),
    c(0x3F96_64F4_8406_D637),
    c(0x3F82_26E3_E96E_8493),
    c(0x3F6D_6D22_C956_0328),
    c(0x3F57_DBC8_FEE0_8315),
    c(0x3F43_44D8_F2F2_6501),
    c(0x3F30_26F7_1A8D_1068),
    c(0x3F14_7E88_A037_92A6),
    c(0x3F12_B80F_32F0_A7E9),
    c(0xBEF3_75CB_DB60_5373),
    c(0x3EFB_2A70_74BF_7AD4),
];
const PIO4: f64 = c(0x3FE9_21FB_5444_2D18);
const PIO4LO: f64 = c(0x3C81_A626_3314_5C07);

/// tan(x + y) (`iy` = 1) or -1/tan(x + y) (`iy` = -1) for |x| <= ~pi/4, y the
/// tail of x.
pub fn kernel_tan(mut x: f64, mut y: f64, iy: i32) -> f64 {
    let hx = high(x) as i32;
    let ix = (hx & 0x7fff_ffff) as u32;
    if ix < 0x3e30_0000 && (x as i32) == 0 {
        // |x| < 2^-28
        if (ix | low(x)) == 0 && iy == -1 {
            return 1.0 / x.abs();
        }
        if iy == 1 {
            return x;
        }
        // -1/(x+y), carefully.
        let w = x + y;
        let z = with_low(w, 0);
        let v = y - (z - x);
        let a = -1.0 / w;
        let t = with_low(a, 0);
        let s = 1.0 + t * z;
        return t + a * (s + t * v);
    }
    let big = ix >= 0x3FE5_9428; // |x| >= 0.6744
    if big {
        // tan(x) = tan(pi/4 - y') on [0.6744, pi/4].
        if hx < 0 {
            x = -x;
            y = -y;
        }
        let z = PIO4 - x;
        let w = PIO4LO - y;
        x = z + w;
        y = 0.0;
    }
    let z = x * x;
    let w = z * z;
    // x^5 (T1 + x^2 T2 + ...) split into odd and even terms.
    let r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
    let v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
    let s = z * x;
    let mut r = y + z * (s * (r + v) + y);
    r += T[0] * s;
    let w = x + r;
    if big {
        let v = iy as f64;
        let sign = (1 - ((hx >> 30) & 2)) as f64;
        return sign * (v - 2.0 * (x - (w * w / (w + v) - r)));
    }
    if iy == 1 {
        return w;
    }
    // -1/(x+r), accurately.
    let z = with_low(w, 0);
    let v = r - (z - x); // z + v = r + x
    let a = -1.0 / w;
    let t = with_low(a, 0);
    let s = 1.0 + t * z;
    t + a * (s + t * v)
}

// ---------------------------------------------------------------------------
// sin, cos, tan.

/// Sine, as V8.
pub fn sin(x: f64) -> f64 {
    let ix = high(x) & 0x7fff_ffff;
    if ix <= 0x3fe9_21fb {
        return kernel_sin(x, 0.0, 0);
    }
    if ix >= 0x7ff0_0000 {
        return f64::NAN; // of Infinity or NaN
    }
    let (n, y0, y1) = rem_pio2(x);
    match n & 3 {
        0 => kernel_sin(y0, y1, 1),
        1 => kernel_cos(y0, y1),
        2 => -kernel_sin(y0, y1, 1),
        _ => -kernel_cos(y0, y1),
    }
}

/// Cosine, as V8.
pub fn cos(x: f64) -> f64 {
    let ix = high(x) & 0x7fff_ffff;
    if ix <= 0x3fe9_21fb {
        return kernel_cos(x, 0.0);
    }
    if ix >= 0x7ff0_0000 {
        return f64::NAN;
    }
    let (n, y0, y1) = rem_pio2(x);
    match n & 3 {
        0 => kernel_cos(y0, y1),
        1 => -kernel_sin(y0, y1, 1),
        2 => -kernel_cos(y0, y1),
        _ => kernel_sin(y0, y1, 1),
    }
}

/// Tangent, as V8.
pub fn tan(x: f64) -> f64 {
    let ix = high(x) & 0x7fff_ffff;
    if ix <= 0x3fe9_21fb {
        return kernel_tan(x, 0.0, 1);
    }
    if ix >= 0x7ff0_0000 {
        return f64::NAN;
    }
    let (n, y0, y1) = rem_pio2(x);
    // 1 for even n, -1 for odd.
    kernel_tan(y0, y1, 1 - ((n & 1) << 1))
}

// ---------------------------------------------------------------------------
// exp and log.

const LN2_HI: f64 = c(0x3FE6_2E42_FEE0_0000);
const LN2_LO: f64 = c(0x3DEA_39EF_3579_3C76);
const INVLN2: f64 = c(0x3FF7_1547_652B_82FE);
const O_THRESHOLD: f64 = c(0x4086_2E42_FEFA_39EF); // 709.78...
const U_THRESHOLD: f64 = c(0xC087_4910_D52D_3051); // -745.13...
const P1: f64 = c(0x3FC5_5555_5555_553E);
const P2: f64 = c(0xBF66_C16C_16BE_BD93);
const P3: f64 = c(0x3F11_566A_AF25_DE2C);
const P4: f64 = c(0xBEBB_BD41_C5D2_6BF1);
const P5: f64 = c(0x3E66_3769_72BE_A4D0);
const HUGE: f64 = 1.0e300;
const TWOM1000: f64 = c(0x0170_0000_0000_0000); // 2^-1000
const TWO1023: f64 = c(0x7FE0_0000_0000_0000); // 2^1023

/// e^x, as V8 (fdlibm, and `exp(1)` is `Math.E`).
pub fn exp(mut x: f64) -> f64 {
    let hx0 = high(x);
    let xsb = (hx0 >> 31) as usize; // sign bit
    let hx = hx0 & 0x7fff_ffff; // high word of |x|

    // Non-finite, overflowing and underflowing arguments.
    if hx >= 0x4086_2E42 {
        if hx >= 0x7ff0_0000 {
            if ((hx & 0xf_ffff) | low(x)) != 0 {
                return x + x; // NaN
            }
            return if xsb == 0 { x } else { 0.0 };
        }
        if x > O_THRESHOLD {
            return HUGE * HUGE;
        }
        if x < U_THRESHOLD {
            return TWOM1000 * TWOM1000;
        }
    }

    // Reduce x to hi - lo = x - k*ln2, |hi - lo| <= ln2/2.
    let (hi, lo, k) = if hx > 0x3fd6_2e42 {
        // |x| > ln2/2
        if hx < 0x3FF0_A2B2 {
            // |x| < 1.5 ln2
            if x == 1.0 {
                return core::f64::consts::E; // V8: the formula is 1 ulp low here
            }
            if xsb == 0 { (x - LN2_HI, LN2_LO, 1) } else { (x + LN2_HI, -LN2_LO, -1) }
        } else {
            let k = (INVLN2 * x + if xsb == 0 { 0.5 } else { -0.5 }) as i32;
            let t = k as f64;
            (x - t * LN2_HI, t * LN2_LO, k) // t*LN2_HI is exact
        }
    } else if hx < 0x3e30_0000 {
        // |x| < 2^-28
        return 1.0 + x;
    } else {
        (x, 0.0, 0)
    };
    if k != 0 {
        x = hi - lo;
    }

    let t = x * x;
    let twopk = if k >= -1021 {
        from_words(0x3ff0_0000u32.wrapping_add((k as u32) << 20), 0)
    } else {
        from_words(0x3ff0_0000u32.wrapping_add(((k + 1000) as u32) << 20), 0)
    };
    let c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    if k == 0 {
        return 1.0 - ((x * c) / (c - 2.0) - x);
    }
    let y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
    if k >= -1021 {
        if k == 1024 {
            return y * 2.0 * TWO1023;
        }
        y * twopk
    } else {
        y * twopk * TWOM1000
    }
}

const TWO54: f64 = c(0x4350_0000_0000_0000);
const ONE_THIRD: f64 = c(0x3FD5_5555_5555_5555); // fdlibm's 0.33333333333333333
const LG1: f64 = c(0x3FE5_5555_5555_5593);
const LG2: f64 = c(0x3FD9_9999_9997_FA04);
const LG3: f64 = c(0x3FD2_4924_9422_9359);
const LG4: f64 = c(0x3FCC_71C5_1D8E_78AF);
const LG5: f64 = c(0x3FC7_4664_96CB_03DE);
const LG6: f64 = c(0x3FC3_9A09_D078_C69F);
const LG7: f64 = c(0x3FC2_F112_DF3E_5244);

/// Natural logarithm, as V8 (fdlibm).
pub fn log(mut x: f64) -> f64 {
    let mut hx = high(x) as i32;
    let lx = low(x);
    let mut k: i32 = 0;
    if hx < 0x0010_0000 {
        // x < 2^-1022: zero, negative or subnormal.
        if ((hx & 0x7fff_ffff) as u32 | lx) == 0 {
            return f64::NEG_INFINITY;
        }
        if hx < 0 {
            return f64::NAN;
        }
        k -= 54;
        x *= TWO54; // scale the subnormal up
        hx = high(x) as i32;
    }
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    k += (hx >> 20) - 1023;
    hx &= 0x000f_ffff;
    let i = (hx + 0x95f64) & 0x10_0000;
    x = with_high(x, (hx | (i ^ 0x3ff0_0000)) as u32); // x or x/2 in [sqrt(2)/2, sqrt(2)]
    k += i >> 20;
    let f = x - 1.0;
    if (0x000f_ffff & (2 + hx)) < 3 {
        // -2^-20 <= f < 2^-20
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            let dk = k as f64;
            return dk * LN2_HI + dk * LN2_LO;
        }
        let r = f * f * (0.5 - ONE_THIRD * f);
        if k == 0 {
            return f - r;
        }
        let dk = k as f64;
        return dk * LN2_HI - ((r - dk * LN2_LO) - f);
    }
    let s = f / (2.0 + f);
    let dk = k as f64;
    let z = s * s;
    let mut i = hx - 0x6147a;
    let w = z * z;
    let j = 0x6b851 - hx;
    let t1 = w * (LG2 + w * (LG4 + w * LG6));
    let t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    i |= j;
    let r = t2 + t1;
    if i > 0 {
        let hfsq = 0.5 * f * f;
        if k == 0 {
            f - (hfsq - s * (hfsq + r))
        } else {
            dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f)
        }
    } else if k == 0 {
        f - s * (f - r)
    } else {
        dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)
    }
}

// ---------------------------------------------------------------------------
// atan and atan2.

/// atan(0.5), atan(1), atan(1.5), atan(inf): high parts.
const ATANHI: [f64; 4] = [
    c(0x3FDD_AC67_0561_BB4F),
    c(0x3FE9_21FB_5444_2D18),
    c(0x3FEF_730B_D281_F69B),
    c(0x3FF9_21FB_5444_2D18),
];
/// ... and low parts.
const ATANLO: [f64; 4] = [
    c(0x3C7A_2B7F_222F_65E2),
    c(0x3C81_A626_3314_5C07),
    c(0x3C70_0788_7AF0_CBBD),
    c(0x3C91_A626_3314_5C07),
];
const AT: [f64; 11] = [
    c(0x3FD5_5555_5555_550D),
    c(0xBFC9_9999_9998_EBC4),
    c(0x3FC2_4924_9200_83FF),
    c(0xBFBC_71C6_FE23_1671),
    c(0x3FB7_45CD_C54C_206E),
    c(0xBFB3_B0F2_AF74_9A6D),
    c(0x3FB1_0D66_A0D0_3D51),
    c(0xBFAD_DE2D_52DE_FD9A),
    c(0x3FA9_7B4B_2476_0DEB),
    c(0xBFA2_B444_2C6A_6C2F),
    c(0x3F90_AD3A_E322_DA11),
];

/// Arctangent, as V8 (fdlibm).
pub fn atan(mut x: f64) -> f64 {
    let hx = high(x) as i32;
    let ix = (hx & 0x7fff_ffff) as u32;
    if ix >= 0x4410_0000 {
        // |x| >= 2^66, or NaN.
        if ix > 0x7ff0_0000 || (ix == 0x7ff0_0000 && low(x) != 0) {
            return x + x;
        }
        return if hx > 0 { ATANHI[3] + ATANLO[3] } else { -ATANHI[3] - ATANLO[3] };
    }
    let id: i32;
    if ix < 0x3fdc_0000 {
        // |x| < 0.4375
        if ix < 0x3e40_0000 {
            // |x| < 2^-27
            return x;
        }
        id = -1;
    } else {
        x = x.abs();
        if ix < 0x3ff3_0000 {
            // |x| < 1.1875
            if ix < 0x3fe6_0000 {
                // 7/16 <= |x| < 11/16
                id = 0;
                x = (2.0 * x - 1.0) / (2.0 + x);
            } else {
                // 11/16 <= |x| < 19/16
                id = 1;
                x = (x - 1.0) / (x + 1.0);
            }
        } else if ix < 0x4003_8000 {
            // |x| < 2.4375
            id = 2;
            x = (x - 1.5) / (1.0 + 1.5 * x);
        } else {
            // 2.4375 <= |x| < 2^66
            id = 3;
            x = -1.0 / x;
        }
    }
    let z = x * x;
    let w = z * z;
    // The odd and even halves of the sum of AT[i] z^(i+1).
    let s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
    let s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
    if id < 0 {
        return x - x * (s1 + s2);
    }
    let id = id as usize;
    let z = ATANHI[id] - ((x * (s1 + s2) - ATANLO[id]) - x);
    if hx < 0 { -z } else { z }
}

const PI: f64 = c(0x4009_21FB_5444_2D18);
const PI_O_2: f64 = c(0x3FF9_21FB_5444_2D18);
const PI_O_4: f64 = c(0x3FE9_21FB_5444_2D18);
const PI_LO: f64 = c(0x3CA1_A626_3314_5C07);
const TINY: f64 = 1.0e-300;

/// The angle of (x, y), as V8 (fdlibm).
pub fn atan2(y: f64, x: f64) -> f64 {
    let hx = high(x) as i32;
    let lx = low(x);
    let ix = hx & 0x7fff_ffff;
    let hy = high(y) as i32;
    let ly = low(y);
    let iy = hy & 0x7fff_ffff;
    // ix | (lx != 0) > 0x7ff00000 is "x is NaN".
    let nan = |i: i32, l: u32| (i as u32 | ((l | l.wrapping_neg()) >> 31)) > 0x7ff0_0000;
    if nan(ix, lx) || nan(iy, ly) {
        return x + y;
    }
    if (hx.wrapping_sub(0x3ff0_0000) as u32 | lx) == 0 {
        return atan(y); // x = 1
    }
    let mut m = ((hy >> 31) & 1) | ((hx >> 30) & 2); // 2*sign(x) + sign(y)

    if (iy as u32 | ly) == 0 {
        // y = 0
        return match m {
            0 | 1 => y,
            2 => PI + TINY,
            _ => -PI - TINY,
        };
    }
    if (ix as u32 | lx) == 0 {
        // x = 0
        return if hy < 0 { -PI_O_2 - TINY } else { PI_O_2 + TINY };
    }
    if ix == 0x7ff0_0000 {
        // x is infinite
        return if iy == 0x7ff0_0000 {
            match m {
                0 => PI_O_4 + TINY,
                1 => -PI_O_4 - TINY,
                2 => 3.0 * PI_O_4 + TINY,
                _ => -3.0 * PI_O_4 - TINY,
            }
        } else {
            match m {
                0 => 0.0,
                1 => -0.0,
                2 => PI + TINY,
                _ => -PI - TINY,
            }
        };
    }
    if iy == 0x7ff0_0000 {
        // y is infinite
        return if hy < 0 { -PI_O_2 - TINY } else { PI_O_2 + TINY };
    }

    let k = (iy - ix) >> 20;
    let z = if k > 60 {
        // |y/x| > 2^60
        m &= 1;
        PI_O_2 + 0.5 * PI_LO
    } else if hx < 0 && k < -60 {
        // 0 > |y|/x > -2^-60
        0.0
    } else {
        atan((y / x).abs())
    };
    match m {
        0 => z,
        1 => -z,
        2 => PI - (z - PI_LO),
        _ => (z - PI_LO) - PI,
    }
}

// ---------------------------------------------------------------------------
// The ES2015 functions V8 takes from fdlibm (and `cbrt` from FreeBSD's
// s_cbrt.c). `expm1` comes from libm, whose fdlibm revision agrees with V8's
// bit for bit (checked by the node table); these build on it and on `log`
// and `exp` above, as V8's do.

const LN2: f64 = c(0x3FE6_2E42_FEFA_39EF);

/// `log(1 + x)`, accurate for small `x` (fdlibm s_log1p.c).
pub fn log1p(x: f64) -> f64 {
    const LP: [f64; 7] = [
        c(0x3FE5_5555_5555_5593),
        c(0x3FD9_9999_9997_FA04),
        c(0x3FD2_4924_9422_9359),
        c(0x3FCC_71C5_1D8E_78AF),
        c(0x3FC7_4664_96CB_03DE),
        c(0x3FC3_9A09_D078_C69F),
        c(0x3FC2_F112_DF3E_5244),
    ];
    let hx = high(x) as i32;
    let ax = hx & 0x7FFF_FFFF;
    let mut k = 1i32;
    let mut f = 0.0;
    let mut hu = 0i32;
    let mut c_ = 0.0;
    if hx < 0x3FDA_827A {
        // 1 + x < sqrt(2)+
        if ax >= 0x3FF0_0000 {
            // x <= -1
            return if x == -1.0 { f64::NEG_INFINITY } else { f64::NAN };
        }
        if ax < 0x3E20_0000 {
            // |x| < 2^-29
            return if ax < 0x3C90_0000 { x } else { x - x * x * 0.5 };
        }
        if hx > 0 || hx <= 0xBFD2_BEC4u32 as i32 {
            // sqrt(2)/2- <= 1 + x < sqrt(2)+
            k = 0;
            f = x;
            hu = 1;
        }
    }
    if hx >= 0x7FF0_0000 {
        return x + x;
    }
    if k != 0 {
        let mut u;
        if hx < 0x4340_0000 {
            u = 1.0 + x;
            hu = high(u) as i32;
            k = (hu >> 20) - 1023;
            // The rounding error of 1 + x, corrected for below.
            c_ = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c_ /= u;
        } else {
            u = x;
            hu = high(u) as i32;
            k = (hu >> 20) - 1023;
            c_ = 0.0;
        }
        hu &= 0x000F_FFFF;
        if hu < 0x6A09E {
            u = with_high(u, (hu | 0x3FF0_0000) as u32); // normalize u
        } else {
            k += 1;
            u = with_high(u, (hu | 0x3FE0_0000) as u32); // normalize u/2
            hu = (0x0010_0000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let kf = k as f64;
    if hu == 0 {
        // |f| < 2^-20
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c_ += kf * LN2_LO;
            return kf * LN2_HI + c_;
        }
        let r = hfsq * (1.0 - 0.666_666_666_666_666_66 * f);
        return if k == 0 { f - r } else { kf * LN2_HI - ((r - (kf * LN2_LO + c_)) - f) };
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * (LP[0] + z * (LP[1] + z * (LP[2] + z * (LP[3] + z * (LP[4] + z * (LP[5] + z * LP[6]))))));
    if k == 0 {
        f - (hfsq - s * (hfsq + r))
    } else {
        kf * LN2_HI - ((hfsq - (s * (hfsq + r) + (kf * LN2_LO + c_))) - f)
    }
}

/// `e^x - 1` (fdlibm s_expm1.c through libm; see above).
pub fn expm1(x: f64) -> f64 {
    libm::expm1(x)
}

/// Inverse hyperbolic sine (fdlibm s_asinh.c).
pub fn asinh(x: f64) -> f64 {
    let hx = high(x) as i32;
    let ix = hx & 0x7FFF_FFFF;
    if ix >= 0x7FF0_0000 {
        return x + x; // inf or NaN
    }
    if ix < 0x3E30_0000 {
        return x; // |x| < 2^-28
    }
    let w = if ix > 0x41B0_0000 {
        // |x| > 2^28
        log(x.abs()) + LN2
    } else if ix > 0x4000_0000 {
        // 2^28 > |x| > 2
        let t = x.abs();
        log(2.0 * t + 1.0 / (libm::sqrt(x * x + 1.0) + t))
    } else {
        // 2 > |x| > 2^-28
        let t = x * x;
        log1p(x.abs() + t / (1.0 + libm::sqrt(1.0 + t)))
    };
    if hx > 0 { w } else { -w }
}

/// Inverse hyperbolic cosine (fdlibm e_acosh.c).
pub fn acosh(x: f64) -> f64 {
    let hx = high(x) as i32;
    let lx = low(x);
    if hx < 0x3FF0_0000 {
        f64::NAN // x < 1
    } else if hx >= 0x41B0_0000 {
        // x > 2^28
        if hx >= 0x7FF0_0000 { x + x } else { log(x) + LN2 }
    } else if (hx - 0x3FF0_0000) as u32 | lx == 0 {
        0.0 // acosh(1) = 0
    } else if hx > 0x4000_0000 {
        // 2^28 > x > 2
        let t = x * x;
        log(2.0 * x - 1.0 / (x + libm::sqrt(t - 1.0)))
    } else {
        // 1 < x < 2
        let t = x - 1.0;
        log1p(t + libm::sqrt(2.0 * t + t * t))
    }
}

/// Inverse hyperbolic tangent (fdlibm e_atanh.c).
pub fn atanh(x: f64) -> f64 {
    let hx = high(x) as i32;
    let lx = low(x);
    let ix = hx & 0x7FFF_FFFF;
    if (ix as u32 | ((lx | lx.wrapping_neg()) >> 31)) > 0x3FF0_0000 {
        return f64::NAN; // |x| > 1 or NaN
    }
    if ix == 0x3FF0_0000 {
        return if hx > 0 { f64::INFINITY } else { f64::NEG_INFINITY };
    }
    if ix < 0x3E30_0000 {
        return x; // |x| < 2^-28
    }
    let a = with_high(x, ix as u32); // |x|
    let t = if ix < 0x3FE0_0000 {
        // |x| < 0.5
        let t = a + a;
        0.5 * log1p(t + t * a / (1.0 - a))
    } else {
        0.5 * log1p((a + a) / (1.0 - a))
    };
    if hx >= 0 { t } else { -t }
}

/// Hyperbolic sine (V8's revision of fdlibm e_sinh.c).
pub fn sinh(x: f64) -> f64 {
    const OVERFLOW: f64 = 710.475_860_073_943_9;
    const TWO_M28: f64 = c(0x3E30_0000_0000_0000);
    const LOG_MAXD: f64 = 709.782_226_562_5;
    let h = if x < 0.0 { -0.5 } else { 0.5 };
    let ax = x.abs();
    if ax < 22.0 {
        if ax < TWO_M28 {
            return x;
        }
        let t = expm1(ax);
        if ax < 1.0 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if ax < LOG_MAXD {
        return h * exp(ax);
    }
    if ax <= OVERFLOW {
        // h * exp(ax) would overflow in exp: square half of it.
        let w = exp(0.5 * ax);
        let t = h * w;
        return t * w;
    }
    x * 1.0e307 // NaN, or overflow to +-Infinity
}

/// Hyperbolic cosine (V8's revision of fdlibm e_cosh.c).
pub fn cosh(x: f64) -> f64 {
    const OVERFLOW: f64 = 710.475_860_073_943_9;
    let ix = high(x) & 0x7FFF_FFFF;
    let ax = x.abs();
    if ix < 0x3FD6_2E43 {
        // |x| in [0, 0.5*ln2]: 1 + expm1(|x|)^2 / (2*exp(|x|))
        let t = expm1(ax);
        let w = 1.0 + t;
        if ix < 0x3C80_0000 {
            return w; // cosh(tiny) = 1
        }
        return 1.0 + (t * t) / (w + w);
    }
    if ix < 0x4036_0000 {
        // |x| in [0.5*ln2, 22]: (exp(|x|) + 1/exp(|x|)) / 2
        let t = exp(ax);
        return 0.5 * t + 0.5 / t;
    }
    if ix < 0x4086_2E42 {
        return 0.5 * exp(ax); // |x| in [22, log(maxdouble)]
    }
    if ax <= OVERFLOW {
        let w = exp(0.5 * ax);
        let t = 0.5 * w;
        return t * w;
    }
    if ix >= 0x7FF0_0000 {
        return x * x; // Infinity or NaN
    }
    f64::INFINITY
}

/// Hyperbolic tangent (fdlibm s_tanh.c).
pub fn tanh(x: f64) -> f64 {
    let jx = high(x) as i32;
    let ix = jx & 0x7FFF_FFFF;
    if ix >= 0x7FF0_0000 {
        // tanh(+-inf) = +-1, tanh(NaN) = NaN
        return if jx >= 0 { 1.0 / x + 1.0 } else { 1.0 / x - 1.0 };
    }
    let z = if ix < 0x4036_0000 {
        // |x| < 22
        if ix < 0x3E30_0000 {
            return x; // |x| < 2^-28
        }
        if ix >= 0x3FF0_0000 {
            // |x| >= 1
            let t = expm1(2.0 * x.abs());
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = expm1(-2.0 * x.abs());
            -t / (t + 2.0)
        }
    } else {
        1.0 // |x| >= 22: +-1
    };
    if jx >= 0 { z } else { -z }
}

/// Base-10 logarithm (fdlibm e_log10.c).
pub fn log10(x: f64) -> f64 {
    const IVLN10: f64 = c(0x3FDB_CB7B_1526_E50E);
    const LOG10_2HI: f64 = c(0x3FD3_4413_509F_6000);
    const LOG10_2LO: f64 = c(0x3D59_FEF3_11F1_2B36);
    let mut x = x;
    let mut hx = high(x) as i32;
    let lx = low(x);
    let mut k = 0i32;
    if hx < 0x0010_0000 {
        // x < 2^-1022
        if ((hx & 0x7FFF_FFFF) as u32 | lx) == 0 {
            return f64::NEG_INFINITY; // log10(+-0)
        }
        if hx < 0 {
            return f64::NAN; // log10(negative)
        }
        k -= 54;
        x *= TWO54; // subnormal: scale up
        hx = high(x) as i32;
    }
    if hx >= 0x7FF0_0000 {
        return x + x;
    }
    if hx == 0x3FF0_0000 && low(x) == 0 {
        return 0.0;
    }
    k += (hx >> 20) - 1023;
    let i = ((k as u32) & 0x8000_0000) >> 31;
    hx = (hx & 0x000F_FFFF) | ((0x3FF - i as i32) << 20);
    let y = (k + i as i32) as f64;
    let x = with_high(x, hx as u32);
    let z = y * LOG10_2LO + IVLN10 * log(x);
    z + y * LOG10_2HI
}

/// Cube root (FreeBSD s_cbrt.c, as V8 has it).
pub fn cbrt(x: f64) -> f64 {
    const B1: u32 = 715_094_163; // (1023 - 1023/3 - 0.03306235651) * 2^20
    const B2: u32 = 696_219_795; // (1023 - 1023/3 - 54/3 - 0.03306235651) * 2^20
    const P0: f64 = c(0x3FFE_03E6_0F61_E692);
    const P1: f64 = c(0xBFFE_28E0_92F0_2420);
    const P2: f64 = c(0x3FF9_F160_4A49_D6C2);
    const P3: f64 = c(0xBFE8_44CB_BEE7_51D9);
    const P4: f64 = c(0x3FC2_B000_D4E4_EDD7);
    let mut hx = high(x);
    let lx = low(x);
    let sign = hx & 0x8000_0000;
    hx ^= sign;
    if hx >= 0x7FF0_0000 {
        return x + x; // NaN, +-Infinity
    }
    // A rough cube root to 5 bits from the exponent.
    let mut t = if hx < 0x0010_0000 {
        if (hx | lx) == 0 {
            return x; // +-0
        }
        let t = TWO54 * x; // subnormal: scale up
        from_words(sign | ((high(t) & 0x7FFF_FFFF) / 3 + B2), 0)
    } else {
        from_words(sign | (hx / 3 + B1), 0)
    };
    // To 23 bits with a polynomial in t^3/x.
    let r = (t * t) * (t / x);
    t *= (P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4);
    // Round away from zero to 23 bits, then one Newton step to 53 bits.
    t = f64::from_bits((t.to_bits().wrapping_add(0x8000_0000)) & 0xFFFF_FFFF_C000_0000);
    let s = t * t;
    let mut r = x / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t + t * r
}
