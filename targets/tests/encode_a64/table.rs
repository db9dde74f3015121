//! Table test: every row is an encoder call, the word(s) GNU `as` assembles for the same
//! instruction (written by hand in GNU syntax, assembled once while writing the table; the
//! tests never run `as`), and the text yaxpeax-arm prints for the word. yaxpeax prints
//! immediates in hex, pc-relative targets as `$+0x..`, prefers aliases (`mov`, `cmp`,
//! `lsl`, `ubfx`, `cset`, ...) and writes `b.al`-style conditions as `b.<cond>`.

use crate::common::{d, text, x};
use targets::aarch64::encode::Cond::*;
use targets::aarch64::encode::W::*;
use targets::aarch64::encode::*;

/// One row: the call (for messages), the encoder's words, GNU's words and yaxpeax's texts.
type Row = (&'static str, Vec<u32>, Vec<u32>, Vec<&'static str>);

/// The words an encoder call produced.
trait Words {
    fn words(self) -> Vec<u32>;
}

impl Words for u32 {
    fn words(self) -> Vec<u32> {
        vec![self]
    }
}

impl Words for arrayvec::ArrayVec<u32, 4> {
    fn words(self) -> Vec<u32> {
        self.to_vec()
    }
}

/// All rows.
#[rustfmt::skip]
fn rows() -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    macro_rules! row {
        ($call:expr, $word:expr, $asm:expr) => {
            rows.push((stringify!($call), Words::words($call), vec![$word], vec![$asm]))
        };
    }
    macro_rules! seq {
        ($call:expr, [$($word:expr),+], [$($asm:expr),+]) => {
            rows.push((stringify!($call), Words::words($call), vec![$($word),+], vec![$($asm),+]))
        };
    }


    // ---- move wide ----
    row!(movz(X64, x(0), 0, 0), 0xd2800000, "mov x0, #0x0");
    row!(movz(X64, x(1), 0xffff, 3), 0xd2ffffe1, "mov x1, #0xffff000000000000");
    row!(movz(W32, x(2), 0x1234, 1), 0x52a24682, "mov w2, #0x12340000");
    row!(movz(X64, R::ZR, 5, 0), 0xd28000bf, "mov xzr, #0x5");
    row!(movk(X64, x(3), 0xbeef, 2), 0xf2d7dde3, "movk x3, #0xbeef, lsl #32");
    row!(movk(W32, x(30), 1, 0), 0x7280003e, "movk w30, #0x1");
    row!(movk(X64, x(4), 0xffff, 3), 0xf2ffffe4, "movk x4, #0xffff, lsl #48");
    row!(movn(X64, x(4), 0, 0), 0x92800004, "mov x4, #0xffffffffffffffff");
    row!(movn(W32, x(5), 0xffff, 1), 0x12bfffe5, "mov w5, #0xffff");
    row!(movn(X64, x(6), 0x1234, 2), 0x92c24686, "mov x6, #0xffffedcbffffffff");

    // ---- mov_imm ----
    row!(mov_imm(X64, x(0), 0), 0xd2800000, "mov x0, #0x0");
    row!(mov_imm(W32, x(0), 0), 0x52800000, "mov w0, #0x0");
    row!(mov_imm(X64, x(1), 1), 0xd2800021, "mov x1, #0x1");
    row!(mov_imm(X64, x(0), u64::MAX), 0x92800000, "mov x0, #0xffffffffffffffff");
    row!(mov_imm(W32, x(1), 0xffff_ffff), 0x12800001, "mov w1, #0xffffffff");
    row!(mov_imm(X64, x(1), 0xffff_ffff), 0xb2407fe1, "mov x1, #0xffffffff");
    row!(mov_imm(X64, x(2), 0xffff_0000), 0xd2bfffe2, "mov x2, #0xffff0000");
    seq!(mov_imm(X64, x(3), 0x1234_5678_9abc_def0), [0xd29bde03, 0xf2b35783, 0xf2cacf03, 0xf2e24683], ["mov x3, #0xdef0", "movk x3, #0x9abc, lsl #16", "movk x3, #0x5678, lsl #32", "movk x3, #0x1234, lsl #48"]);
    row!(mov_imm(X64, x(4), 0x5555_5555_5555_5555), 0xb200f3e4, "mov x4, #0x5555555555555555");
    row!(mov_imm(X64, x(5), 0xffff_ffff_ffff_1234), 0x929db965, "mov x5, #0xffffffffffff1234");
    seq!(mov_imm(X64, x(6), 0xffff_1234_ffff_5678), [0x929530e6, 0xf2c24686], ["mov x6, #0xffffffffffff5678", "movk x6, #0x1234, lsl #32"]);
    seq!(mov_imm(W32, x(7), 0x1234_5678), [0x528acf07, 0x72a24687], ["mov w7, #0x5678", "movk w7, #0x1234, lsl #16"]);
    row!(mov_imm(W32, x(8), 0x00ff_00ff), 0x32009fe8, "mov w8, #0xff00ff");
    row!(mov_imm(W32, x(9), 0xffff_fffe), 0x12800029, "mov w9, #0xfffffffe");
    row!(mov_imm(X64, x(9), 0x7ff8_0000_0000_0000), 0xd2efff09, "mov x9, #0x7ff8000000000000");
    row!(mov_imm(X64, x(10), 0x0000_0001_0000_0001), 0xb20003ea, "mov x10, #0x100000001");
    seq!(mov_imm(X64, x(11), 0x1234_5555_5555_5555), [0xb200f3eb, 0xf2e2468b], ["mov x11, #0x5555555555555555", "movk x11, #0x1234, lsl #48"]);
    row!(mov_imm(W32, x(12), 0xffff_ffff_0000_0001), 0x5280002c, "mov w12, #0x1");
    seq!(mov_imm(X64, x(13), 0x0000_1234_0000_5678), [0xd28acf0d, 0xf2c2468d], ["mov x13, #0x5678", "movk x13, #0x1234, lsl #32"]);

    // ---- register moves ----
    row!(mov_reg(X64, x(0), x(1)), 0xaa0103e0, "mov x0, x1");
    row!(mov_reg(W32, x(2), R::ZR), 0x2a1f03e2, "mov w2, wzr");
    row!(mov_reg(X64, x(30), x(29)), 0xaa1d03fe, "mov x30, x29");
    row!(mov_sp(R::SP, x(29)), 0x910003bf, "mov sp, x29");
    row!(mov_sp(x(29), R::SP), 0x910003fd, "mov x29, sp");
    row!(mov_sp(x(1), x(2)), 0x91000041, "add x1, x2, #0x0");
    row!(adr(x(0), 0), 0x10000000, "adr x0, $+0x0");
    row!(adr(x(1), -4), 0x10ffffe1, "adr x1, $-0x4");
    row!(adr(x(2), 0xfffff), 0x707fffe2, "adr x2, $+0xfffff");
    row!(adr(x(3), -0x100000), 0x10800003, "adr x3, $-0x100000");

    // ---- add/sub immediate ----
    row!(add_imm(X64, x(0), x(1), 1, false), 0x91000420, "add x0, x1, #0x1");
    row!(add_imm(X64, R::SP, R::SP, 16, false), 0x910043ff, "add sp, sp, #0x10");
    row!(add_imm(W32, x(3), x(4), 4095, true), 0x117ffc83, "add w3, w4, #0xfff, lsl #12");
    row!(add_imm(W32, R::SP, x(5), 7, false), 0x11001cbf, "add wsp, w5, #0x7");
    row!(sub_imm(X64, R::SP, R::SP, 0x20, false), 0xd10083ff, "sub sp, sp, #0x20");
    row!(sub_imm(W32, x(5), x(6), 0, false), 0x510000c5, "sub w5, w6, #0x0");
    row!(sub_imm(X64, x(7), x(8), 1, true), 0xd1400507, "sub x7, x8, #0x1, lsl #12");
    row!(adds_imm(X64, x(7), R::SP, 8, false), 0xb10023e7, "adds x7, sp, #0x8");
    row!(adds_imm(W32, R::ZR, x(8), 1, true), 0x3140051f, "cmn w8, #0x1, lsl #12");
    row!(subs_imm(X64, x(9), x(10), 100, false), 0xf1019149, "subs x9, x10, #0x64");
    row!(subs_imm(W32, x(9), x(10), 4095, false), 0x713ffd49, "subs w9, w10, #0xfff");
    row!(cmp_imm(X64, x(11), 0, false), 0xf100017f, "cmp x11, #0x0");
    row!(cmp_imm(W32, R::SP, 4095, false), 0x713fffff, "cmp wsp, #0xfff");
    row!(cmp_imm(X64, x(12), 2, true), 0xf140099f, "cmp x12, #0x2, lsl #12");
    row!(cmn_imm(X64, x(12), 1, false), 0xb100059f, "cmn x12, #0x1");
    row!(cmn_imm(W32, x(13), 4095, true), 0x317ffdbf, "cmn w13, #0xfff, lsl #12");

    // ---- add/sub shifted register ----
    row!(add_reg(X64, x(0), x(1), x(2), Shift::Lsl, 0), 0x8b020020, "add x0, x1, x2");
    row!(add_reg(X64, x(0), x(1), x(2), Shift::Lsl, 3), 0x8b020c20, "add x0, x1, x2, lsl #3");
    row!(add_reg(W32, x(3), x(4), x(5), Shift::Asr, 31), 0x0b857c83, "add w3, w4, w5, asr #31");
    row!(add_reg(X64, x(6), R::ZR, x(7), Shift::Lsr, 63), 0x8b47ffe6, "add x6, xzr, x7, lsr #63");
    row!(add_reg(X64, x(30), x(30), R::ZR, Shift::Lsl, 0), 0x8b1f03de, "add x30, x30, xzr");
    row!(sub_reg(X64, x(8), x(9), x(10), Shift::Lsl, 0), 0xcb0a0128, "sub x8, x9, x10");
    row!(sub_reg(W32, x(11), x(12), x(13), Shift::Lsr, 1), 0x4b4d058b, "sub w11, w12, w13, lsr #1");
    row!(adds_reg(X64, x(14), x(15), x(16), Shift::Lsl, 0), 0xab1001ee, "adds x14, x15, x16");
    row!(adds_reg(W32, x(17), x(18), x(19), Shift::Asr, 2), 0x2b930a51, "adds w17, w18, w19, asr #2");
    row!(subs_reg(X64, x(20), x(21), x(22), Shift::Lsl, 0), 0xeb1602b4, "subs x20, x21, x22");
    row!(subs_reg(W32, x(23), x(24), x(25), Shift::Lsl, 5), 0x6b191717, "subs w23, w24, w25, lsl #5");
    row!(cmp_reg(X64, x(0), x(1)), 0xeb01001f, "cmp x0, x1");
    row!(cmp_reg(W32, x(2), R::ZR), 0x6b1f005f, "cmp w2, wzr");
    row!(cmn_reg(X64, x(3), x(4)), 0xab04007f, "cmn x3, x4");
    row!(cmn_reg(W32, x(5), x(6)), 0x2b0600bf, "cmn w5, w6");
    row!(neg(X64, x(5), x(6)), 0xcb0603e5, "neg x5, x6");
    row!(neg(W32, x(7), x(8)), 0x4b0803e7, "neg w7, w8");
    row!(negs(X64, x(9), x(10)), 0xeb0a03e9, "negs x9, x10");
    row!(negs(W32, x(11), x(12)), 0x6b0c03eb, "negs w11, w12");

    // ---- logical shifted register ----
    row!(and_reg(X64, x(0), x(1), x(2), Shift::Lsl, 0), 0x8a020020, "and x0, x1, x2");
    row!(and_reg(W32, x(0), x(1), x(2), Shift::Ror, 7), 0x0ac21c20, "and w0, w1, w2, ror #7");
    row!(orr_reg(X64, x(3), x(4), x(5), Shift::Lsl, 4), 0xaa051083, "orr x3, x4, x5, lsl #4");
    row!(orr_reg(W32, x(3), x(4), x(5), Shift::Lsr, 31), 0x2a457c83, "orr w3, w4, w5, lsr #31");
    row!(eor_reg(X64, x(6), x(7), x(8), Shift::Lsl, 0), 0xca0800e6, "eor x6, x7, x8");
    row!(eor_reg(W32, x(9), x(10), x(11), Shift::Asr, 3), 0x4a8b0d49, "eor w9, w10, w11, asr #3");
    row!(ands_reg(X64, x(12), x(13), x(14), Shift::Lsl, 0), 0xea0e01ac, "ands x12, x13, x14");
    row!(ands_reg(W32, x(12), x(13), x(14), Shift::Ror, 1), 0x6ace05ac, "ands w12, w13, w14, ror #1");
    row!(bic_reg(X64, x(15), x(16), x(17), Shift::Lsl, 0), 0x8a31020f, "bic x15, x16, x17");
    row!(orn_reg(W32, x(18), x(19), x(20), Shift::Lsr, 2), 0x2a740a72, "orn w18, w19, w20, lsr #2");
    row!(eon_reg(X64, x(21), x(22), x(23), Shift::Lsl, 0), 0xca3702d5, "eon x21, x22, x23");
    row!(mvn(X64, x(0), x(1)), 0xaa2103e0, "mvn x0, x1");
    row!(mvn(W32, x(2), x(3)), 0x2a2303e2, "mvn w2, w3");
    row!(tst_reg(X64, x(4), x(5)), 0xea05009f, "tst x4, x5");
    row!(tst_reg(W32, x(6), x(7)), 0x6a0700df, "tst w6, w7");

    // ---- logical immediate ----
    row!(and_imm(X64, x(0), x(1), 0xff).unwrap(), 0x92401c20, "and x0, x1, #0xff");
    row!(and_imm(W32, x(2), x(3), 0xffff_fffe).unwrap(), 0x121f7862, "and w2, w3, #0xfffffffe");
    row!(and_imm(X64, R::SP, x(4), !0xf).unwrap(), 0x927cec9f, "and sp, x4, #0xfffffffffffffff0");
    row!(orr_imm(X64, x(5), x(6), 0x8000_0000_0000_0000).unwrap(), 0xb24100c5, "orr x5, x6, #0x8000000000000000");
    row!(orr_imm(W32, x(7), R::ZR, 0x0f0f_0f0f).unwrap(), 0x3200cfe7, "mov w7, #0xf0f0f0f");
    row!(eor_imm(X64, x(8), x(9), 1).unwrap(), 0xd2400128, "eor x8, x9, #0x1");
    row!(eor_imm(X64, x(10), x(11), 0x7fff_ffff_ffff_ffff).unwrap(), 0xd240f96a, "eor x10, x11, #0x7fffffffffffffff");
    row!(eor_imm(W32, x(10), x(11), 0xaaaa_aaaa).unwrap(), 0x5201f16a, "eor w10, w11, #0xaaaaaaaa");
    row!(ands_imm(W32, x(12), x(13), 0x8000_0001).unwrap(), 0x720105ac, "ands w12, w13, #0x80000001");
    row!(ands_imm(X64, x(12), x(13), 0xffff_0000_0000_ffff).unwrap(), 0xf2507dac, "ands x12, x13, #0xffff00000000ffff");
    row!(tst_imm(X64, x(14), 0x3).unwrap(), 0xf24005df, "tst x14, #0x3");
    row!(tst_imm(W32, x(15), 0x8000_0000).unwrap(), 0x720101ff, "tst w15, #0x80000000");

    // ---- multiply / divide ----
    row!(madd(X64, x(0), x(1), x(2), x(3)), 0x9b020c20, "madd x0, x1, x2, x3");
    row!(madd(W32, x(4), x(5), x(6), x(7)), 0x1b061ca4, "madd w4, w5, w6, w7");
    row!(msub(X64, x(8), x(9), x(10), x(11)), 0x9b0aad28, "msub x8, x9, x10, x11");
    row!(msub(W32, x(12), x(13), x(14), x(15)), 0x1b0ebdac, "msub w12, w13, w14, w15");
    row!(mul(X64, x(16), x(17), x(18)), 0x9b127e30, "mul x16, x17, x18");
    row!(mul(W32, x(19), x(20), x(21)), 0x1b157e93, "mul w19, w20, w21");
    row!(smull(x(0), x(1), x(2)), 0x9b227c20, "smull x0, w1, w2");
    row!(umull(x(3), x(4), x(5)), 0x9ba57c83, "umull x3, w4, w5");
    row!(smulh(x(6), x(7), x(8)), 0x9b487ce6, "smulh x6, x7, x8");
    row!(umulh(x(9), x(10), x(11)), 0x9bcb7d49, "umulh x9, x10, x11");
    row!(sdiv(X64, x(0), x(1), x(2)), 0x9ac20c20, "sdiv x0, x1, x2");
    row!(sdiv(W32, x(3), x(4), x(5)), 0x1ac50c83, "sdiv w3, w4, w5");
    row!(udiv(X64, x(6), x(7), x(8)), 0x9ac808e6, "udiv x6, x7, x8");
    row!(udiv(W32, x(9), x(10), x(11)), 0x1acb0949, "udiv w9, w10, w11");

    // ---- shifts and bitfields ----
    row!(lslv(X64, x(0), x(1), x(2)), 0x9ac22020, "lsl x0, x1, x2");
    row!(lslv(W32, x(0), x(1), x(2)), 0x1ac22020, "lsl w0, w1, w2");
    row!(lsrv(W32, x(3), x(4), x(5)), 0x1ac52483, "lsr w3, w4, w5");
    row!(lsrv(X64, x(3), x(4), x(5)), 0x9ac52483, "lsr x3, x4, x5");
    row!(asrv(X64, x(6), x(7), x(8)), 0x9ac828e6, "asr x6, x7, x8");
    row!(asrv(W32, x(6), x(7), x(8)), 0x1ac828e6, "asr w6, w7, w8");
    row!(rorv(W32, x(9), x(10), x(11)), 0x1acb2d49, "ror w9, w10, w11");
    row!(rorv(X64, x(9), x(10), x(11)), 0x9acb2d49, "ror x9, x10, x11");
    row!(lsl_imm(X64, x(0), x(1), 3), 0xd37df020, "lsl x0, x1, #0x3");
    row!(lsl_imm(W32, x(2), x(3), 31), 0x53010062, "lsl w2, w3, #0x1f");
    row!(lsl_imm(X64, x(2), x(3), 63), 0xd3410062, "lsl x2, x3, #0x3f");
    row!(lsl_imm(X64, x(4), x(5), 0), 0xd340fca4, "lsr x4, x5, #0x0");
    row!(lsr_imm(X64, x(6), x(7), 63), 0xd37ffce6, "lsr x6, x7, #0x3f");
    row!(lsr_imm(W32, x(8), x(9), 16), 0x53107d28, "lsr w8, w9, #0x10");
    row!(asr_imm(X64, x(10), x(11), 1), 0x9341fd6a, "asr x10, x11, #0x1");
    row!(asr_imm(W32, x(12), x(13), 31), 0x131f7dac, "asr w12, w13, #0x1f");
    row!(ubfm(X64, x(0), x(1), 4, 7), 0xd3441c20, "ubfx x0, x1, #0x4, #0x4");
    row!(ubfm(W32, x(2), x(3), 8, 4), 0x53081062, "ubfiz w2, w3, #0x18, #0x5");
    row!(sbfm(X64, x(4), x(5), 0, 7), 0x93401ca4, "sxtb x4, w5");
    row!(sbfm(W32, x(6), x(7), 3, 9), 0x130324e6, "sbfx w6, w7, #0x3, #0x7");
    row!(bfm(X64, x(2), x(3), 0, 15), 0xb3403c62, "bfxil x2, x3, #0x0, #0x10");
    row!(bfi(W32, x(0), x(1), 8, 8), 0x33181c20, "bfi w0, w1, #0x8, #0x8");
    row!(bfi(X64, x(0), x(1), 0, 64), 0xb340fc20, "bfxil x0, x1, #0x0, #0x40");
    row!(ubfx(X64, x(0), x(1), 32, 32), 0xd360fc20, "lsr x0, x1, #0x20");
    row!(ubfx(W32, x(2), x(3), 1, 3), 0x53010c62, "ubfx w2, w3, #0x1, #0x3");
    row!(ubfx(X64, x(2), x(3), 0, 1), 0xd3400062, "ubfx x2, x3, #0x0, #0x1");
    row!(sbfx(X64, x(4), x(5), 0, 1), 0x934000a4, "sbfx x4, x5, #0x0, #0x1");
    row!(sbfx(W32, x(6), x(7), 10, 20), 0x130a74e6, "sbfx w6, w7, #0xa, #0x14");
    row!(sxtw(x(0), x(1)), 0x93407c20, "sxtw x0, w1");
    row!(sxtb(W32, x(2), x(3)), 0x13001c62, "sxtb w2, w3");
    row!(sxtb(X64, x(2), x(3)), 0x93401c62, "sxtb x2, w3");
    row!(sxth(X64, x(4), x(5)), 0x93403ca4, "sxth x4, w5");
    row!(sxth(W32, x(4), x(5)), 0x13003ca4, "sxth w4, w5");
    row!(uxtb(x(6), x(7)), 0x53001ce6, "uxtb w6, w7");
    row!(uxth(x(8), x(9)), 0x53003d28, "uxth w8, w9");

    // ---- conditional select ----
    row!(csel(X64, x(0), x(1), x(2), Eq), 0x9a820020, "csel x0, x1, x2, eq");
    row!(csel(W32, x(3), x(4), x(5), Al), 0x1a85e083, "csel w3, w4, w5, al");
    row!(csel(X64, x(3), R::ZR, x(5), Ne), 0x9a8513e3, "csel x3, xzr, x5, ne");
    row!(csinc(X64, x(6), x(7), x(8), Lt), 0x9a88b4e6, "csinc x6, x7, x8, lt");
    row!(csinc(W32, x(9), x(10), x(10), Ge), 0x1a8aa549, "cinc w9, w10, lt");
    row!(csinv(X64, x(11), x(12), x(13), Hi), 0xda8d818b, "csinv x11, x12, x13, hi");
    row!(csinv(W32, x(11), x(12), x(13), Vc), 0x5a8d718b, "csinv w11, w12, w13, vc");
    row!(csneg(W32, x(14), x(15), x(16), Ls), 0x5a9095ee, "csneg w14, w15, w16, ls");
    row!(csneg(X64, x(14), x(15), x(15), Pl), 0xda8f55ee, "cneg x14, x15, mi");
    row!(cset(X64, x(0), Eq), 0x9a9f17e0, "cset x0, eq");
    row!(cset(W32, x(1), Lo), 0x1a9f27e1, "cset w1, lo");
    row!(cset(W32, x(1), Vs), 0x1a9f77e1, "cset w1, vs");
    row!(cset(X64, x(2), Hs), 0x9a9f37e2, "cset x2, hs");
    row!(csetm(X64, x(2), Gt), 0xda9fd3e2, "csetm x2, gt");
    row!(csetm(W32, x(3), Mi), 0x5a9f53e3, "csetm w3, mi");
    row!(csetm(W32, x(3), Le), 0x5a9fc3e3, "csetm w3, le");

    // ---- loads and stores ----
    row!(ldr_imm(Size::X, x(0), x(1), 0).unwrap(), 0xf9400020, "ldr x0, [x1]");
    row!(ldr_imm(Size::X, x(0), R::SP, 32760).unwrap(), 0xf97fffe0, "ldr x0, [sp, #0x7ff8]");
    row!(ldr_imm(Size::W, x(2), x(3), 16380).unwrap(), 0xb97ffc62, "ldr w2, [x3, #0x3ffc]");
    row!(ldr_imm(Size::H, x(4), x(5), 2).unwrap(), 0x794004a4, "ldrh w4, [x5, #0x2]");
    row!(ldr_imm(Size::B, x(6), x(7), 4095).unwrap(), 0x397ffce6, "ldrb w6, [x7, #0xfff]");
    row!(ldr_imm(Size::X, R::ZR, x(8), 8).unwrap(), 0xf940051f, "ldr xzr, [x8, #0x8]");
    row!(str_imm(Size::X, x(9), R::SP, 8).unwrap(), 0xf90007e9, "str x9, [sp, #0x8]");
    row!(str_imm(Size::W, R::ZR, x(10), 4).unwrap(), 0xb900055f, "str wzr, [x10, #0x4]");
    row!(str_imm(Size::H, x(11), x(12), 8190).unwrap(), 0x793ffd8b, "strh w11, [x12, #0x1ffe]");
    row!(str_imm(Size::B, x(13), x(14), 0).unwrap(), 0x390001cd, "strb w13, [x14]");
    row!(ldur(Size::X, x(0), x(1), -8), 0xf85f8020, "ldur x0, [x1, #-0x8]");
    row!(ldur(Size::W, x(2), R::SP, 255), 0xb84ff3e2, "ldur w2, [sp, #0xff]");
    row!(ldur(Size::H, x(3), x(4), -256), 0x78500083, "ldurh w3, [x4, #-0x100]");
    row!(ldur(Size::B, x(5), x(6), 1), 0x384010c5, "ldurb w5, [x6, #0x1]");
    row!(ldur(Size::X, x(5), x(6), 0), 0xf84000c5, "ldur x5, [x6]");
    row!(stur(Size::X, x(7), x(29), -16), 0xf81f03a7, "stur x7, [x29, #-0x10]");
    row!(stur(Size::W, x(8), x(9), 3), 0xb8003128, "stur w8, [x9, #0x3]");
    row!(stur(Size::H, R::ZR, x(10), -1), 0x781ff15f, "sturh wzr, [x10, #-0x1]");
    row!(stur(Size::B, x(11), R::SP, -256), 0x381003eb, "sturb w11, [sp, #-0x100]");
    row!(ldr_reg(Size::X, x(0), x(1), x(2), Extend::Lsl, true), 0xf8627820, "ldr x0, [x1, x2, lsl #3]");
    row!(ldr_reg(Size::X, x(0), x(1), x(2), Extend::Lsl, false), 0xf8626820, "ldr x0, [x1, x2]");
    row!(ldr_reg(Size::W, x(3), R::SP, x(4), Extend::Uxtw, true), 0xb8645be3, "ldr w3, [sp, w4, uxtw #2]");
    row!(ldr_reg(Size::H, x(5), x(6), x(7), Extend::Sxtw, false), 0x7867c8c5, "ldrh w5, [x6, w7, sxtw #0]");
    row!(ldr_reg(Size::H, x(5), x(6), x(7), Extend::Lsl, true), 0x786778c5, "ldrh w5, [x6, x7, lsl #1]");
    row!(ldr_reg(Size::B, x(8), x(9), x(10), Extend::Lsl, false), 0x386a6928, "ldrb w8, [x9, x10]");
    row!(ldr_reg(Size::B, x(8), x(9), x(10), Extend::Uxtw, true), 0x386a5928, "ldrb w8, [x9, w10, uxtw]");
    row!(ldr_reg(Size::W, x(8), x(9), R::ZR, Extend::Sxtw, false), 0xb87fc928, "ldr w8, [x9, wzr, sxtw #0]");
    row!(str_reg(Size::X, x(11), x(12), x(13), Extend::Sxtw, true), 0xf82dd98b, "str x11, [x12, w13, sxtw #3]");
    row!(str_reg(Size::W, x(14), x(15), x(16), Extend::Lsl, false), 0xb83069ee, "str w14, [x15, x16]");
    row!(str_reg(Size::H, x(17), x(18), x(19), Extend::Lsl, true), 0x78337a51, "strh w17, [x18, x19, lsl #1]");
    row!(str_reg(Size::B, x(20), x(21), x(22), Extend::Uxtw, false), 0x38364ab4, "strb w20, [x21, w22, uxtw]");
    row!(ldr_lit(x(0), 2), 0x58000040, "ldr x0, $+0x8");
    row!(ldr_lit(x(1), -1), 0x58ffffe1, "ldr x1, $-0x4");
    row!(ldr_lit(x(2), 0x3ffff), 0x587fffe2, "ldr x2, $+0xffffc");
    row!(ldr_lit(x(3), -0x40000), 0x58800003, "ldr x3, $-0x100000");
    row!(ldr_d_lit(d(4), 3), 0x5c000064, "ldr d4, $+0xc");
    row!(ldr_d_lit(d(31), -2), 0x5cffffdf, "ldr d31, $-0x8");

    // ---- pairs ----
    row!(stp_pre(R::FP, R::LR, R::SP, -16), 0xa9bf7bfd, "stp x29, x30, [sp, #-0x10]!");
    row!(stp_pre(x(19), x(20), R::SP, -512), 0xa9a053f3, "stp x19, x20, [sp, #-0x200]!");
    row!(stp_post(x(0), x(1), x(2), 504), 0xa89f8440, "stp x0, x1, [x2], #0x1f8");
    row!(ldp_post(R::FP, R::LR, R::SP, 16), 0xa8c17bfd, "ldp x29, x30, [sp], #0x10");
    row!(ldp_post(x(0), x(1), x(2), -512), 0xa8e00440, "ldp x0, x1, [x2], #-0x200");
    row!(ldp_pre(x(3), x(4), x(5), -8), 0xa9ff90a3, "ldp x3, x4, [x5, #-0x8]!");
    row!(stp_off(x(21), x(22), R::SP, 16), 0xa9015bf5, "stp x21, x22, [sp, #0x10]");
    row!(stp_off(R::ZR, R::ZR, x(0), 0), 0xa9007c1f, "stp xzr, xzr, [x0]");
    row!(ldp_off(x(23), x(24), R::SP, 504), 0xa95fe3f7, "ldp x23, x24, [sp, #0x1f8]");
    row!(ldp_off(x(0), x(1), x(2), -512), 0xa9600440, "ldp x0, x1, [x2, #-0x200]");
    row!(stp_d_off(d(8), d(9), R::SP, 32), 0x6d0227e8, "stp d8, d9, [sp, #0x20]");
    row!(stp_d_off(d(8), d(8), x(1), -8), 0x6d3fa028, "stp d8, d8, [x1, #-0x8]");
    row!(ldp_d_off(d(10), d(11), x(29), -64), 0x6d7c2faa, "ldp d10, d11, [x29, #-0x40]");
    row!(stp_d_pre(d(14), d(15), R::SP, -16), 0x6dbf3fee, "stp d14, d15, [sp, #-0x10]!");
    row!(ldp_d_post(d(14), d(15), R::SP, 16), 0x6cc13fee, "ldp d14, d15, [sp], #0x10");

    // ---- FP loads and stores ----
    row!(ldr_d_imm(d(0), x(1), 8).unwrap(), 0xfd400420, "ldr d0, [x1, #0x8]");
    row!(ldr_d_imm(d(31), R::SP, 32760).unwrap(), 0xfd7fffff, "ldr d31, [sp, #0x7ff8]");
    row!(str_d_imm(d(2), x(3), 0).unwrap(), 0xfd000062, "str d2, [x3]");
    row!(str_d_imm(d(2), R::SP, 16).unwrap(), 0xfd000be2, "str d2, [sp, #0x10]");
    row!(ldur_d(d(4), x(5), -8), 0xfc5f80a4, "ldur d4, [x5, #-0x8]");
    row!(stur_d(d(6), R::SP, 255), 0xfc0ff3e6, "stur d6, [sp, #0xff]");
    row!(ldr_d_reg(d(7), x(8), x(9), Extend::Lsl, true), 0xfc697907, "ldr d7, [x8, x9, lsl #3]");
    row!(ldr_d_reg(d(10), x(11), x(12), Extend::Sxtw, false), 0xfc6cc96a, "ldr d10, [x11, w12, sxtw #0]");
    row!(str_d_reg(d(13), x(14), x(15), Extend::Uxtw, true), 0xfc2f59cd, "str d13, [x14, w15, uxtw #3]");

    // ---- branches ----
    row!(b(0), 0x14000000, "b $+0x0");
    row!(b(1), 0x14000001, "b $+0x4");
    row!(b(-1), 0x17ffffff, "b $-0x4");
    row!(b(0x1ff_ffff), 0x15ffffff, "b $+0x7fffffc");
    row!(b(-0x200_0000), 0x16000000, "b $-0x8000000");
    row!(bl(100), 0x94000064, "bl $+0x190");
    row!(bl(-100), 0x97ffff9c, "bl $-0x190");
    row!(b_cond(Eq, 2), 0x54000040, "b.eq $+0x8");
    row!(b_cond(Ne, -3), 0x54ffffa1, "b.ne $-0xc");
    row!(b_cond(Al, 0x3ffff), 0x547fffee, "b.al $+0xffffc");
    row!(b_cond(Le, -0x40000), 0x5480000d, "b.le $-0x100000");
    row!(b_cond(Hs, 1), 0x54000022, "b.hs $+0x4");
    row!(b_cond(Lo, 1), 0x54000023, "b.lo $+0x4");
    row!(cbz(X64, x(0), 5), 0xb40000a0, "cbz x0, $+0x14");
    row!(cbz(W32, x(1), -5), 0x34ffff61, "cbz w1, $-0x14");
    row!(cbnz(X64, x(2), 0x3ffff), 0xb57fffe2, "cbnz x2, $+0xffffc");
    row!(cbnz(W32, R::ZR, 1), 0x3500003f, "cbnz wzr, $+0x4");
    row!(cbnz(X64, x(3), -0x40000), 0xb5800003, "cbnz x3, $-0x100000");
    row!(tbz(x(0), 0, 2), 0x36000040, "tbz w0, #0x0, $+0x8");
    row!(tbz(x(1), 63, -2), 0xb6ffffc1, "tbz x1, #0x3f, $-0x8");
    row!(tbnz(x(2), 31, 0x1fff), 0x37fbffe2, "tbnz w2, #0x1f, $+0x7ffc");
    row!(tbnz(x(3), 32, -0x2000), 0xb7040003, "tbnz x3, #0x20, $-0x8000");
    row!(br(x(16)), 0xd61f0200, "br x16");
    row!(blr(x(17)), 0xd63f0220, "blr x17");
    row!(blr(R::LR), 0xd63f03c0, "blr x30");
    row!(ret(), 0xd65f03c0, "ret");
    row!(brk(0), 0xd4200000, "brk #0x0");
    row!(brk(0xffff), 0xd43fffe0, "brk #0xffff");
    row!(nop(), 0xd503201f, "nop");
    row!(patch_branch(b(0), 10), 0x1400000a, "b $+0x28");
    row!(patch_branch(bl(5), -0x200_0000), 0x96000000, "bl $-0x8000000");
    row!(patch_branch(tbz(x(1), 40, 0), -1), 0xb647ffe1, "tbz x1, #0x28, $-0x4");
    row!(patch_branch(b_cond(Vs, 7), -7), 0x54ffff26, "b.vs $-0x1c");
    row!(patch_branch(cbnz(W32, x(9), 100), 0x3ffff), 0x357fffe9, "cbnz w9, $+0xffffc");

    // ---- floating point ----
    row!(fadd(d(0), d(1), d(2)), 0x1e622820, "fadd d0, d1, d2");
    row!(fsub(d(3), d(4), d(5)), 0x1e653883, "fsub d3, d4, d5");
    row!(fmul(d(31), d(30), d(29)), 0x1e7d0bdf, "fmul d31, d30, d29");
    row!(fdiv(d(6), d(7), d(8)), 0x1e6818e6, "fdiv d6, d7, d8");
    row!(fmax(d(9), d(10), d(11)), 0x1e6b4949, "fmax d9, d10, d11");
    row!(fmin(d(12), d(13), d(14)), 0x1e6e59ac, "fmin d12, d13, d14");
    row!(fsqrt(d(0), d(1)), 0x1e61c020, "fsqrt d0, d1");
    row!(fneg(d(2), d(3)), 0x1e614062, "fneg d2, d3");
    row!(fabs(d(4), d(5)), 0x1e60c0a4, "fabs d4, d5");
    row!(fmov(d(6), d(7)), 0x1e6040e6, "fmov d6, d7");
    row!(fmov_from_x(d(0), x(1)), 0x9e670020, "fmov d0, x1");
    row!(fmov_from_x(d(2), R::ZR), 0x9e6703e2, "fmov d2, xzr");
    row!(fmov_to_x(x(3), d(4)), 0x9e660083, "fmov x3, d4");
    row!(fmov_to_x(x(30), d(31)), 0x9e6603fe, "fmov x30, d31");
    row!(fmov_imm(d(0), 1.0).unwrap(), 0x1e6e1000, "fmov d0, #1.0");
    row!(fmov_imm(d(1), -0.125).unwrap(), 0x1e781001, "fmov d1, #-0.125");
    row!(fmov_imm(d(2), 31.0).unwrap(), 0x1e67f002, "fmov d2, #31.0");
    row!(fmov_imm(d(3), 0.5).unwrap(), 0x1e6c1003, "fmov d3, #0.5");
    row!(fmov_imm(d(4), -2.5).unwrap(), 0x1e709004, "fmov d4, #-2.5");
    row!(fcmp(d(0), d(1)), 0x1e612000, "fcmp d0, d1");
    row!(fcmp(d(31), d(15)), 0x1e6f23e0, "fcmp d31, d15");
    row!(fcmp_zero(d(2)), 0x1e602048, "fcmp d2, #0.0");
    row!(frintm(d(0), d(1)), 0x1e654020, "frintm d0, d1");
    row!(frintp(d(2), d(3)), 0x1e64c062, "frintp d2, d3");
    row!(frintz(d(4), d(5)), 0x1e65c0a4, "frintz d4, d5");
    row!(frintn(d(6), d(7)), 0x1e6440e6, "frintn d6, d7");
    row!(frinta(d(8), d(9)), 0x1e664128, "frinta d8, d9");
    row!(scvtf(d(0), W32, x(1)), 0x1e620020, "scvtf d0, w1");
    row!(scvtf(d(2), X64, x(3)), 0x9e620062, "scvtf d2, x3");
    row!(ucvtf(d(4), W32, x(5)), 0x1e6300a4, "ucvtf d4, w5");
    row!(ucvtf(d(6), X64, x(7)), 0x9e6300e6, "ucvtf d6, x7");
    row!(fcvtzs(W32, x(0), d(1)), 0x1e780020, "fcvtzs w0, d1");
    row!(fcvtzs(X64, x(2), d(3)), 0x9e780062, "fcvtzs x2, d3");
    row!(fcvtzu(W32, x(4), d(5)), 0x1e7900a4, "fcvtzu w4, d5");
    row!(fcvtzu(X64, x(6), d(7)), 0x9e7900e6, "fcvtzu x6, d7");
    row!(fjcvtzs(x(0), d(1)), 0x1e7e0020, "fjcvtzs w0, d1");
    row!(fjcvtzs(x(30), d(31)), 0x1e7e03fe, "fjcvtzs w30, d31");

    // ---- system ----
    row!(dmb_ish(), 0xd5033bbf, "dmb ish");
    row!(dsb_ish(), 0xd5033b9f, "dsb ish");
    row!(isb(), 0xd5033fdf, "isb");
    row!(dc_cvau(x(0)), 0xd50b7b20, "sys #0x3, c7, c11, #0x1, x0");
    row!(ic_ivau(x(1)), 0xd50b7521, "sys #0x3, c7, c5, #0x1, x1");
    row!(mrs_ctr_el0(x(2)), 0xd53b0022, "mrs x2, s3_3_c0_c0_1");

    rows
}

#[test]
fn table() {
    let rows = rows();
    let mut failures = Vec::new();
    for (call, got, want, asm) in &rows {
        if got != want {
            failures.push(format!(
                "{call}: words {got:08x?}, GNU as gives {want:08x?} ({asm:?})"
            ));
            continue;
        }
        for (w, a) in got.iter().zip(asm) {
            match text(*w) {
                Err(e) => failures.push(format!("{call}: {e} (want `{a}`)")),
                Ok(t) if t != *a => {
                    failures.push(format!("{call}: {w:#010x}: yaxpeax says `{t}`, want `{a}`"))
                }
                Ok(_) => {}
            }
        }
    }
    println!("{} table rows, {} failures", rows.len(), failures.len());
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
    assert!(rows.len() >= 300, "table shrank to {} rows", rows.len());
}
