//! Table test: every row is an encoder call, the halfwords GNU `as` assembles for the same
//! instruction (`arm-linux-gnueabihf-as -mthumb -march=armv7-a -mfpu=vfpv3` with `.syntax
//! unified`, written by hand and assembled once while writing the table; the tests never
//! run `as`; every row without `d16`..`d31` also assembles to the same halfwords with
//! `-march=armv7e-m -mfpu=fpv5-d16`), and capstone's text for them. Branch rows were
//! written `b.w .+N` with N = offset + 4. capstone prints branch targets as addresses from
//! 0 (offset + 4), immediates in hex from 10 on (signed for `mov.w`-style constants), and
//! `nop` with a trailing space that is trimmed here.

use crate::common::{bytes_of, d, r, s, text};
use targets::thumb2::encode::Cond::*;
use targets::thumb2::encode::*;

const SP: R = R::SP;
const LR: R = R::LR;
const PC: R = R::PC;

/// One row: the call (for messages), the encoder's instructions, GNU's halfwords (objdump
/// order, space-separated) and capstone's text.
type Row = (&'static str, Vec<Ins>, &'static str, &'static str);

/// The instructions an encoder call produced.
trait Encoded {
    fn encoded(self, call: &str) -> Vec<Ins>;
}

impl Encoded for Ins {
    fn encoded(self, _: &str) -> Vec<Ins> {
        vec![self]
    }
}

impl Encoded for Option<Ins> {
    fn encoded(self, call: &str) -> Vec<Ins> {
        vec![self.unwrap_or_else(|| panic!("{call} returned None"))]
    }
}

impl Encoded for arrayvec::ArrayVec<Ins, 2> {
    fn encoded(self, _: &str) -> Vec<Ins> {
        self.to_vec()
    }
}

/// All rows.
#[rustfmt::skip]
fn rows() -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    macro_rules! row {
        ($call:expr, $hw:expr, $asm:expr) => {
            rows.push((stringify!($call), Encoded::encoded($call, stringify!($call)), $hw, $asm))
        };
    }

    // ---- constants ----
    row!(movw(r(0), 0), "f240 0000", "movw r0, #0");
    row!(movw(r(12), 0xffff), "f64f 7cff", "movw r12, #0xffff");
    row!(movw(LR, 0x1234), "f241 2e34", "movw lr, #0x1234");
    row!(movt(r(1), 0xabcd), "f6ca 31cd", "movt r1, #0xabcd");
    row!(movt(r(9), 0x8000), "f2c8 0900", "movt r9, #0x8000");
    row!(mov_imm(r(0), 0), "f04f 0000", "mov.w r0, #0");
    row!(mov_imm(r(1), 0xff), "f04f 01ff", "mov.w r1, #0xff");
    row!(mov_imm(r(8), 0x00ab00ab), "f04f 18ab", "mov.w r8, #0xab00ab");
    row!(mov_imm(r(2), 0xab00ab00), "f04f 22ab", "mov.w r2, #-0x54ff5500");
    row!(mov_imm(r(3), 0xabababab), "f04f 33ab", "mov.w r3, #-0x54545455");
    row!(mov_imm(r(4), 0x3fc), "f44f 747f", "mov.w r4, #0x3fc");
    row!(mov_imm(r(5), 0x8000_0000), "f04f 4500", "mov.w r5, #-0x80000000");
    row!(mov_imm(r(6), 0xff00_0000), "f04f 467f", "mov.w r6, #-0x1000000");
    row!(mov_imm(r(7), 0xffff_ffff), "f04f 37ff", "mov.w r7, #-1");
    row!(mov_imm(r(10), 0xffff_fffe), "f06f 0a01", "mvn r10, #1");
    row!(mov_imm(r(11), 0x00ff_ffff), "f06f 4b7f", "mvn r11, #0xff000000");
    row!(mov_imm(r(0), 0x1234), "f241 2034", "movw r0, #0x1234");
    row!(mov_imm(LR, 0xffff), "f64f 7eff", "movw lr, #0xffff");
    row!(mov_imm(r(1), 0x1234_5678), "f245 6178 f2c1 2134", "movw r1, #0x5678 | movt r1, #0x1234");
    row!(mov_imm(r(2), 0x1234_0000), "f240 0200 f2c1 2234", "movw r2, #0 | movt r2, #0x1234");
    row!(mov_imm(r(3), 0xdead_beef), "f64b 63ef f6cd 63ad", "movw r3, #0xbeef | movt r3, #0xdead");
    row!(mov_imm(r(4), 0xffff_1234), "f241 2434 f6cf 74ff", "movw r4, #0x1234 | movt r4, #0xffff");
    row!(mov_imm_w(r(9), 0x0010_0000), "f44f 1980", "mov.w r9, #0x100000");
    row!(movs_imm(r(0), 0), "2000", "movs r0, #0");
    row!(movs_imm(r(7), 255), "27ff", "movs r7, #0xff");
    row!(movs_imm(r(8), 1), "f05f 0801", "movs.w r8, #1");
    row!(movs_imm(r(1), 0x100), "f45f 7180", "movs.w r1, #0x100");
    row!(mvn_imm(r(2), 0xff), "f06f 02ff", "mvn r2, #0xff");
    row!(mov_reg(r(0), r(1)), "4608", "mov r0, r1");
    row!(mov_reg(r(8), r(9)), "46c8", "mov r8, r9");
    row!(mov_reg(SP, r(7)), "46bd", "mov sp, r7");
    row!(mov_reg(r(7), SP), "466f", "mov r7, sp");
    row!(mov_reg(LR, r(0)), "4686", "mov lr, r0");
    row!(movs_reg(r(2), r(3)), "001a", "movs r2, r3");
    row!(movs_reg(r(10), r(3)), "ea5f 0a03", "movs.w r10, r3");
    row!(adr(r(0), 0), "a000", "adr r0, #0");
    row!(adr(r(7), 1020), "a7ff", "adr r7, #0x3fc");
    row!(adr(r(1), 2), "f20f 0102", "addw r1, pc, #2");
    row!(adr(r(8), 4095), "f60f 78ff", "addw r8, pc, #0xfff");
    row!(adr(r(2), -4), "f2af 0204", "subw r2, pc, #4");
    row!(adr(r(3), -4095), "f6af 73ff", "subw r3, pc, #0xfff");

    // ---- add/sub register ----
    row!(add_reg(r(0), r(0), r(1), Shift::Lsl, 0), "4408", "add r0, r1");
    row!(add_reg(r(0), r(1), r(0), Shift::Lsl, 0), "4408", "add r0, r1");
    row!(add_reg(r(8), r(8), r(12), Shift::Lsl, 0), "44e0", "add r8, r12");
    row!(add_reg(SP, SP, r(4), Shift::Lsl, 0), "44a5", "add sp, r4");
    row!(add_reg(r(3), r(3), SP, Shift::Lsl, 0), "446b", "add r3, sp, r3");
    row!(add_reg(r(0), r(1), r(2), Shift::Lsl, 0), "eb01 0002", "add.w r0, r1, r2");
    row!(add_reg(r(0), r(0), r(1), Shift::Lsl, 2), "eb00 0081", "add.w r0, r0, r1, lsl #2");
    row!(add_reg(r(9), r(10), r(11), Shift::Lsr, 32), "eb0a 091b", "add.w r9, r10, r11, lsr #32");
    row!(add_reg(r(1), r(2), r(3), Shift::Asr, 1), "eb02 0163", "add.w r1, r2, r3, asr #1");
    row!(add_reg(r(1), r(2), r(3), Shift::Ror, 31), "eb02 71f3", "add.w r1, r2, r3, ror #31");
    row!(add_reg(r(1), SP, r(3), Shift::Lsl, 0), "eb0d 0103", "add.w r1, sp, r3");
    row!(add_reg(r(1), r(3), SP, Shift::Lsl, 0), "eb0d 0103", "add.w r1, sp, r3");
    row!(add_reg(SP, SP, r(3), Shift::Lsl, 3), "eb0d 0dc3", "add.w sp, sp, r3, lsl #3");
    row!(adds_reg(r(0), r(1), r(2), Shift::Lsl, 0), "1888", "adds r0, r1, r2");
    row!(adds_reg(r(0), r(1), r(8), Shift::Lsl, 0), "eb11 0008", "adds.w r0, r1, r8");
    row!(adds_reg(r(0), r(1), r(2), Shift::Asr, 31), "eb11 70e2", "adds.w r0, r1, r2, asr #31");
    row!(adds_reg(r(4), SP, r(5), Shift::Lsl, 0), "eb1d 0405", "adds.w r4, sp, r5");
    row!(sub_reg(r(0), r(1), r(2), Shift::Lsl, 0), "eba1 0002", "sub.w r0, r1, r2");
    row!(sub_reg(r(12), r(14), r(11), Shift::Lsl, 5), "ebae 1c4b", "sub.w r12, lr, r11, lsl #5");
    row!(sub_reg(SP, SP, r(2), Shift::Lsl, 2), "ebad 0d82", "sub.w sp, sp, r2, lsl #2");
    row!(sub_reg(r(0), SP, r(2), Shift::Lsl, 0), "ebad 0002", "sub.w r0, sp, r2");
    row!(subs_reg(r(5), r(6), r(7), Shift::Lsl, 0), "1bf5", "subs r5, r6, r7");
    row!(subs_reg(r(5), r(6), r(7), Shift::Lsr, 1), "ebb6 0557", "subs.w r5, r6, r7, lsr #1");
    row!(subs_reg(r(9), r(6), r(7), Shift::Lsl, 0), "ebb6 0907", "subs.w r9, r6, r7");
    row!(adc_reg(r(0), r(0), r(1), Shift::Lsl, 0), "eb40 0001", "adc.w r0, r0, r1");
    row!(adcs_reg(r(0), r(0), r(1), Shift::Lsl, 0), "4148", "adcs r0, r1");
    row!(adcs_reg(r(1), r(0), r(1), Shift::Lsl, 0), "4141", "adcs r1, r0");
    row!(adcs_reg(r(2), r(0), r(1), Shift::Lsl, 0), "eb50 0201", "adcs.w r2, r0, r1");
    row!(adcs_reg(r(8), r(8), r(1), Shift::Lsl, 4), "eb58 1801", "adcs.w r8, r8, r1, lsl #4");
    row!(sbc_reg(r(3), r(4), r(5), Shift::Asr, 2), "eb64 03a5", "sbc.w r3, r4, r5, asr #2");
    row!(sbcs_reg(r(3), r(3), r(5), Shift::Lsl, 0), "41ab", "sbcs r3, r5");
    row!(sbcs_reg(r(5), r(3), r(5), Shift::Lsl, 0), "eb73 0505", "sbcs.w r5, r3, r5");

    // ---- add/sub immediate ----
    row!(add_imm(r(0), r(1), 1), "f101 0001", "add.w r0, r1, #1");
    row!(add_imm(r(0), r(0), 255), "f100 00ff", "add.w r0, r0, #0xff");
    row!(add_imm(r(8), r(9), 0xff00), "f509 487f", "add.w r8, r9, #0xff00");
    row!(add_imm(r(0), r(1), 0xfff), "f601 70ff", "addw r0, r1, #0xfff");
    row!(add_imm(r(2), r(3), 257), "f203 1201", "addw r2, r3, #0x101");
    row!(add_imm(r(0), SP, 0), "a800", "add r0, sp, #0");
    row!(add_imm(r(7), SP, 1020), "afff", "add r7, sp, #0x3fc");
    row!(add_imm(SP, SP, 508), "b07f", "add sp, #0x1fc");
    row!(add_imm(SP, SP, 4), "b001", "add sp, #4");
    row!(add_imm(SP, SP, 512), "f50d 7d00", "add.w sp, sp, #0x200");
    row!(add_imm(r(8), SP, 8), "f10d 0808", "add.w r8, sp, #8");
    row!(add_imm(r(1), SP, 1022), "f20d 31fe", "addw r1, sp, #0x3fe");
    row!(add_imm(SP, SP, 4095), "f60d 7dff", "addw sp, sp, #0xfff");
    row!(add_imm(r(4), SP, 0x10000), "f50d 3480", "add.w r4, sp, #0x10000");
    row!(sub_imm(SP, SP, 8), "b082", "sub sp, #8");
    row!(sub_imm(SP, SP, 508), "b0ff", "sub sp, #0x1fc");
    row!(sub_imm(SP, SP, 1024), "f5ad 6d80", "sub.w sp, sp, #0x400");
    row!(sub_imm(r(0), r(1), 1), "f1a1 0001", "sub.w r0, r1, #1");
    row!(sub_imm(r(10), r(11), 0xabc), "f6ab 2abc", "subw r10, r11, #0xabc");
    row!(sub_imm(r(0), SP, 4), "f1ad 0004", "sub.w r0, sp, #4");
    row!(adds_imm(r(0), r(1), 0), "1c08", "adds r0, r1, #0");
    row!(adds_imm(r(0), r(1), 7), "1dc8", "adds r0, r1, #7");
    row!(adds_imm(r(2), r(2), 8), "3208", "adds r2, #8");
    row!(adds_imm(r(2), r(2), 255), "32ff", "adds r2, #0xff");
    row!(adds_imm(r(2), r(3), 8), "f113 0208", "adds.w r2, r3, #8");
    row!(adds_imm(r(9), r(9), 1), "f119 0901", "adds.w r9, r9, #1");
    row!(adds_imm(r(2), r(2), 256), "f512 7280", "adds.w r2, r2, #0x100");
    row!(adds_imm(r(0), SP, 4), "f11d 0004", "adds.w r0, sp, #4");
    row!(subs_imm(r(0), r(1), 1), "1e48", "subs r0, r1, #1");
    row!(subs_imm(r(6), r(6), 200), "3ec8", "subs r6, #0xc8");
    row!(subs_imm(r(12), r(6), 1), "f1b6 0c01", "subs.w r12, r6, #1");
    row!(subs_imm(r(1), r(1), 0xff000000), "f1b1 417f", "subs.w r1, r1, #-0x1000000");
    row!(rsb_imm(r(0), r(1), 0), "f1c1 0000", "rsb.w r0, r1, #0");
    row!(rsb_imm(r(8), r(9), 0x55555555), "f1c9 3855", "rsb.w r8, r9, #0x55555555");
    row!(rsbs_imm(r(0), r(1), 0), "4248", "rsbs r0, r1, #0");
    row!(rsbs_imm(r(0), r(1), 1), "f1d1 0001", "rsbs.w r0, r1, #1");
    row!(rsbs_imm(r(8), r(1), 0), "f1d1 0800", "rsbs.w r8, r1, #0");
    row!(neg(r(0), r(1)), "f1c1 0000", "rsb.w r0, r1, #0");
    row!(neg(r(11), r(11)), "f1cb 0b00", "rsb.w r11, r11, #0");
    row!(negs(r(2), r(3)), "425a", "rsbs r2, r3, #0");
    row!(negs(r(2), r(12)), "f1dc 0200", "rsbs.w r2, r12, #0");

    // ---- compare and test ----
    row!(cmp_reg(r(0), r(1)), "4288", "cmp r0, r1");
    row!(cmp_reg(r(8), r(1)), "4588", "cmp r8, r1");
    row!(cmp_reg(r(1), r(8)), "4541", "cmp r1, r8");
    row!(cmp_reg(SP, r(12)), "45e5", "cmp sp, r12");
    row!(cmp_reg(r(14), r(12)), "45e6", "cmp lr, r12");
    row!(cmn_reg(r(0), r(7)), "42f8", "cmn r0, r7");
    row!(cmn_reg(r(8), r(7)), "eb18 0f07", "cmn.w r8, r7");
    row!(cmn_reg(SP, r(7)), "eb1d 0f07", "cmn.w sp, r7");
    row!(cmn_reg(r(3), SP), "eb1d 0f03", "cmn.w sp, r3");
    row!(tst_reg(r(0), r(7)), "4238", "tst r0, r7");
    row!(tst_reg(r(0), r(9)), "ea10 0f09", "tst.w r0, r9");
    row!(teq_reg(r(0), r(7)), "ea90 0f07", "teq.w r0, r7");
    row!(teq_reg(r(12), r(14)), "ea9c 0f0e", "teq.w r12, lr");
    row!(cmp_imm(r(0), 0), "2800", "cmp r0, #0");
    row!(cmp_imm(r(7), 255), "2fff", "cmp r7, #0xff");
    row!(cmp_imm(r(7), 256), "f5b7 7f80", "cmp.w r7, #0x100");
    row!(cmp_imm(r(8), 1), "f1b8 0f01", "cmp.w r8, #1");
    row!(cmp_imm(SP, 16), "f1bd 0f10", "cmp.w sp, #0x10");
    row!(cmp_imm(r(1), 0xff00ff00), "f1b1 2fff", "cmp.w r1, #-0xff0100");
    row!(cmn_imm(r(0), 1), "f110 0f01", "cmn.w r0, #1");
    row!(cmn_imm(r(9), 0x80000000), "f119 4f00", "cmn.w r9, #-0x80000000");
    row!(tst_imm(r(0), 1), "f010 0f01", "tst.w r0, #1");
    row!(tst_imm(r(12), 0xc0000000), "f01c 4f40", "tst.w r12, #-0x40000000");
    row!(teq_imm(r(3), 0x01010101), "f093 3f01", "teq.w r3, #0x1010101");

    // ---- logical register ----
    row!(and_reg(r(0), r(0), r(1), Shift::Lsl, 0), "ea00 0001", "and.w r0, r0, r1");
    row!(and_reg(r(8), r(9), r(10), Shift::Ror, 8), "ea09 283a", "and.w r8, r9, r10, ror #8");
    row!(ands_reg(r(0), r(0), r(1), Shift::Lsl, 0), "4008", "ands r0, r1");
    row!(ands_reg(r(1), r(0), r(1), Shift::Lsl, 0), "4001", "ands r1, r0");
    row!(ands_reg(r(2), r(0), r(1), Shift::Lsl, 0), "ea10 0201", "ands.w r2, r0, r1");
    row!(ands_reg(r(0), r(0), r(1), Shift::Lsr, 3), "ea10 00d1", "ands.w r0, r0, r1, lsr #3");
    row!(orr_reg(r(0), r(1), r(2), Shift::Lsl, 0), "ea41 0002", "orr.w r0, r1, r2");
    row!(orr_reg(r(0), r(1), r(2), Shift::Lsl, 16), "ea41 4002", "orr.w r0, r1, r2, lsl #16");
    row!(orrs_reg(r(7), r(7), r(6), Shift::Lsl, 0), "4337", "orrs r7, r6");
    row!(orrs_reg(r(7), r(8), r(7), Shift::Lsl, 0), "ea58 0707", "orrs.w r7, r8, r7");
    row!(eor_reg(r(4), r(5), r(6), Shift::Asr, 32), "ea85 0426", "eor.w r4, r5, r6, asr #32");
    row!(eors_reg(r(4), r(4), r(6), Shift::Lsl, 0), "4074", "eors r4, r6");
    row!(eors_reg(r(10), r(10), r(6), Shift::Lsl, 0), "ea9a 0a06", "eors.w r10, r10, r6");
    row!(bic_reg(r(0), r(1), r(2), Shift::Lsl, 0), "ea21 0002", "bic.w r0, r1, r2");
    row!(bics_reg(r(0), r(0), r(2), Shift::Lsl, 0), "4390", "bics r0, r2");
    row!(bics_reg(r(2), r(0), r(2), Shift::Lsl, 0), "ea30 0202", "bics.w r2, r0, r2");
    row!(orn_reg(r(0), r(1), r(2), Shift::Lsl, 0), "ea61 0002", "orn r0, r1, r2");
    row!(orn_reg(r(0), r(1), r(2), Shift::Lsr, 1), "ea61 0052", "orn r0, r1, r2, lsr #1");
    row!(mvn_reg(r(0), r(1)), "ea6f 0001", "mvn.w r0, r1");
    row!(mvn_reg(r(10), r(11)), "ea6f 0a0b", "mvn.w r10, r11");
    row!(mvns_reg(r(0), r(1)), "43c8", "mvns r0, r1");
    row!(mvns_reg(r(0), r(9)), "ea7f 0009", "mvns.w r0, r9");

    // ---- logical immediate ----
    row!(and_imm(r(0), r(1), 0xff), "f001 00ff", "and r0, r1, #0xff");
    row!(ands_imm(r(0), r(1), 1), "f011 0001", "ands r0, r1, #1");
    row!(orr_imm(r(2), r(3), 0x80000000), "f043 4200", "orr r2, r3, #0x80000000");
    row!(orrs_imm(r(2), r(3), 0x00010001), "f053 1201", "orrs r2, r3, #0x10001");
    row!(eor_imm(r(4), r(5), 0xffffffff), "f085 34ff", "eor r4, r5, #0xffffffff");
    row!(eors_imm(r(4), r(5), 0x100), "f495 7480", "eors r4, r5, #0x100");
    row!(bic_imm(r(6), r(7), 0xff00), "f427 467f", "bic r6, r7, #0xff00");
    row!(orn_imm(r(6), r(7), 0x3), "f067 0603", "orn r6, r7, #3");

    // ---- shifts ----
    row!(lsl_imm(r(0), r(1), 0), "ea4f 0001", "mov.w r0, r1");
    row!(lsl_imm(r(0), r(1), 1), "ea4f 0041", "lsl.w r0, r1, #1");
    row!(lsl_imm(r(8), r(9), 31), "ea4f 78c9", "lsl.w r8, r9, #0x1f");
    row!(lsls_imm(r(0), r(1), 0), "0008", "movs r0, r1");
    row!(lsls_imm(r(0), r(1), 5), "0148", "lsls r0, r1, #5");
    row!(lsls_imm(r(0), r(8), 5), "ea5f 1048", "lsls.w r0, r8, #5");
    row!(lsr_imm(r(2), r(3), 1), "ea4f 0253", "lsr.w r2, r3, #1");
    row!(lsr_imm(r(2), r(3), 32), "ea4f 0213", "lsr.w r2, r3, #0x20");
    row!(lsrs_imm(r(2), r(3), 32), "081a", "lsrs r2, r3, #0x20");
    row!(lsrs_imm(r(2), r(3), 7), "09da", "lsrs r2, r3, #7");
    row!(lsrs_imm(r(12), r(3), 7), "ea5f 1cd3", "lsrs.w r12, r3, #7");
    row!(asr_imm(r(4), r(5), 31), "ea4f 74e5", "asr.w r4, r5, #0x1f");
    row!(asr_imm(r(4), r(5), 32), "ea4f 0425", "asr.w r4, r5, #0x20");
    row!(asrs_imm(r(4), r(5), 32), "102c", "asrs r4, r5, #0x20");
    row!(asrs_imm(r(14), r(5), 2), "ea5f 0ea5", "asrs.w lr, r5, #2");
    row!(ror_imm(r(6), r(7), 1), "ea4f 0677", "ror.w r6, r7, #1");
    row!(ror_imm(r(6), r(7), 31), "ea4f 76f7", "ror.w r6, r7, #0x1f");
    row!(rors_imm(r(6), r(7), 16), "ea5f 4637", "rors.w r6, r7, #0x10");
    row!(lsl_reg(r(0), r(0), r(1)), "fa00 f001", "lsl.w r0, r0, r1");
    row!(lsl_reg(r(8), r(9), r(10)), "fa09 f80a", "lsl.w r8, r9, r10");
    row!(lsls_reg(r(0), r(0), r(1)), "4088", "lsls r0, r1");
    row!(lsls_reg(r(0), r(2), r(1)), "fa12 f001", "lsls.w r0, r2, r1");
    row!(lsr_reg(r(3), r(4), r(5)), "fa24 f305", "lsr.w r3, r4, r5");
    row!(lsrs_reg(r(3), r(3), r(5)), "40eb", "lsrs r3, r5");
    row!(lsrs_reg(r(9), r(9), r(5)), "fa39 f905", "lsrs.w r9, r9, r5");
    row!(asr_reg(r(6), r(7), r(0)), "fa47 f600", "asr.w r6, r7, r0");
    row!(asrs_reg(r(6), r(6), r(0)), "4106", "asrs r6, r0");
    row!(asrs_reg(r(6), r(6), r(12)), "fa56 f60c", "asrs.w r6, r6, r12");
    row!(ror_reg(r(1), r(2), r(3)), "fa62 f103", "ror.w r1, r2, r3");
    row!(rors_reg(r(1), r(1), r(3)), "41d9", "rors r1, r3");
    row!(rors_reg(r(1), r(2), r(3)), "fa72 f103", "rors.w r1, r2, r3");

    // ---- multiply and divide ----
    row!(mul(r(0), r(1), r(2)), "fb01 f002", "mul r0, r1, r2");
    row!(mul(r(0), r(0), r(2)), "fb00 f002", "mul r0, r0, r2");
    row!(mul(r(12), r(11), r(10)), "fb0b fc0a", "mul r12, r11, r10");
    row!(muls(r(0), r(1), r(0)), "4348", "muls r0, r1, r0");
    row!(muls(r(0), r(0), r(1)), "4348", "muls r0, r1, r0");
    row!(mla(r(0), r(1), r(2), r(3)), "fb01 3002", "mla r0, r1, r2, r3");
    row!(mls(r(8), r(9), r(10), r(11)), "fb09 b81a", "mls r8, r9, r10, r11");
    row!(smull(r(0), r(1), r(2), r(3)), "fb82 0103", "smull r0, r1, r2, r3");
    row!(smull(r(12), r(14), r(0), r(0)), "fb80 ce00", "smull r12, lr, r0, r0");
    row!(umull(r(4), r(5), r(6), r(7)), "fba6 4507", "umull r4, r5, r6, r7");
    row!(sdiv(r(0), r(1), r(2)), "fb91 f0f2", "sdiv r0, r1, r2");
    row!(udiv(r(12), r(11), r(10)), "fbbb fcfa", "udiv r12, r11, r10");

    // ---- bitfields and extends ----
    row!(ubfx(r(0), r(1), 0, 1), "f3c1 0000", "ubfx r0, r1, #0, #1");
    row!(ubfx(r(0), r(1), 31, 1), "f3c1 70c0", "ubfx r0, r1, #0x1f, #1");
    row!(ubfx(r(8), r(9), 0, 32), "f3c9 081f", "ubfx r8, r9, #0, #0x20");
    row!(ubfx(r(2), r(3), 5, 10), "f3c3 1249", "ubfx r2, r3, #5, #0xa");
    row!(sbfx(r(2), r(3), 8, 24), "f343 2217", "sbfx r2, r3, #8, #0x18");
    row!(sbfx(r(4), r(5), 0, 8), "f345 0407", "sbfx r4, r5, #0, #8");
    row!(bfi(r(0), r(1), 0, 32), "f361 001f", "bfi r0, r1, #0, #0x20");
    row!(bfi(r(6), r(7), 3, 4), "f367 06c6", "bfi r6, r7, #3, #4");
    row!(bfi(r(6), r(7), 31, 1), "f367 76df", "bfi r6, r7, #0x1f, #1");
    row!(bfc(r(8), 16, 16), "f36f 481f", "bfc r8, #0x10, #0x10");
    row!(bfc(r(1), 0, 1), "f36f 0100", "bfc r1, #0, #1");
    row!(uxtb(r(0), r(1)), "b2c8", "uxtb r0, r1");
    row!(uxtb(r(8), r(1)), "fa5f f881", "uxtb.w r8, r1");
    row!(uxth(r(2), r(3)), "b29a", "uxth r2, r3");
    row!(uxth(r(2), r(10)), "fa1f f28a", "uxth.w r2, r10");
    row!(sxtb(r(4), r(5)), "b26c", "sxtb r4, r5");
    row!(sxtb(r(14), r(5)), "fa4f fe85", "sxtb.w lr, r5");
    row!(sxth(r(6), r(7)), "b23e", "sxth r6, r7");
    row!(sxth(r(6), r(12)), "fa0f f68c", "sxth.w r6, r12");
    row!(clz(r(0), r(1)), "fab1 f081", "clz r0, r1");
    row!(clz(r(12), r(12)), "fabc fc8c", "clz r12, r12");

    // ---- loads and stores, immediate offset ----
    row!(ldr_imm(r(0), r(1), 0), "6808", "ldr r0, [r1]");
    row!(ldr_imm(r(0), r(1), 4), "6848", "ldr r0, [r1, #4]");
    row!(ldr_imm(r(7), r(7), 124), "6fff", "ldr r7, [r7, #0x7c]");
    row!(ldr_imm(r(7), r(7), 128), "f8d7 7080", "ldr.w r7, [r7, #0x80]");
    row!(ldr_imm(r(0), r(1), 2), "f8d1 0002", "ldr.w r0, [r1, #2]");
    row!(ldr_imm(r(0), r(1), 4095), "f8d1 0fff", "ldr.w r0, [r1, #0xfff]");
    row!(ldr_imm(r(0), r(1), -4), "f851 0c04", "ldr r0, [r1, #-0x4]");
    row!(ldr_imm(r(0), r(1), -255), "f851 0cff", "ldr r0, [r1, #-0xff]");
    row!(ldr_imm(r(8), r(1), 0), "f8d1 8000", "ldr.w r8, [r1]");
    row!(ldr_imm(r(0), r(8), 0), "f8d8 0000", "ldr.w r0, [r8]");
    row!(ldr_imm(r(3), SP, 0), "9b00", "ldr r3, [sp]");
    row!(ldr_imm(r(3), SP, 1020), "9bff", "ldr r3, [sp, #0x3fc]");
    row!(ldr_imm(r(3), SP, 1024), "f8dd 3400", "ldr.w r3, [sp, #0x400]");
    row!(ldr_imm(r(3), SP, 2), "f8dd 3002", "ldr.w r3, [sp, #2]");
    row!(ldr_imm(r(9), SP, 8), "f8dd 9008", "ldr.w r9, [sp, #8]");
    row!(ldr_imm(SP, r(0), 8), "f8d0 d008", "ldr.w sp, [r0, #8]");
    row!(ldr_imm(PC, SP, -4), "f85d fc04", "ldr pc, [sp, #-0x4]");
    row!(ldr_imm(r(3), SP, -8), "f85d 3c08", "ldr r3, [sp, #-0x8]");
    row!(str_imm(r(0), r(1), 0), "6008", "str r0, [r1]");
    row!(str_imm(r(0), r(1), 124), "67c8", "str r0, [r1, #0x7c]");
    row!(str_imm(r(0), r(1), 3), "f8c1 0003", "str.w r0, [r1, #3]");
    row!(str_imm(r(2), SP, 1020), "92ff", "str r2, [sp, #0x3fc]");
    row!(str_imm(LR, SP, 4), "f8cd e004", "str.w lr, [sp, #4]");
    row!(str_imm(r(2), r(12), -255), "f84c 2cff", "str r2, [r12, #-0xff]");
    row!(str_imm(SP, r(0), 0), "f8c0 d000", "str.w sp, [r0]");
    row!(ldrb_imm(r(0), r(1), 31), "7fc8", "ldrb r0, [r1, #0x1f]");
    row!(ldrb_imm(r(0), r(1), 32), "f891 0020", "ldrb.w r0, [r1, #0x20]");
    row!(ldrb_imm(r(0), SP, 0), "f89d 0000", "ldrb.w r0, [sp]");
    row!(ldrb_imm(r(10), r(1), -1), "f811 ac01", "ldrb r10, [r1, #-0x1]");
    row!(strb_imm(r(0), r(1), 0), "7008", "strb r0, [r1]");
    row!(strb_imm(r(0), r(1), 31), "77c8", "strb r0, [r1, #0x1f]");
    row!(strb_imm(r(0), r(1), 4095), "f881 0fff", "strb.w r0, [r1, #0xfff]");
    row!(strb_imm(r(0), r(1), -128), "f801 0c80", "strb r0, [r1, #-0x80]");
    row!(ldrh_imm(r(0), r(1), 62), "8fc8", "ldrh r0, [r1, #0x3e]");
    row!(ldrh_imm(r(0), r(1), 1), "f8b1 0001", "ldrh.w r0, [r1, #1]");
    row!(ldrh_imm(r(0), r(1), 64), "f8b1 0040", "ldrh.w r0, [r1, #0x40]");
    row!(ldrh_imm(r(0), r(9), -2), "f839 0c02", "ldrh r0, [r9, #-0x2]");
    row!(strh_imm(r(6), r(7), 2), "807e", "strh r6, [r7, #2]");
    row!(strh_imm(r(6), r(7), 100), "f8a7 6064", "strh.w r6, [r7, #0x64]");
    row!(strh_imm(r(6), r(7), -100), "f827 6c64", "strh r6, [r7, #-0x64]");
    row!(ldrsb_imm(r(0), r(1), 0), "f991 0000", "ldrsb.w r0, [r1]");
    row!(ldrsb_imm(r(0), r(1), 4095), "f991 0fff", "ldrsb.w r0, [r1, #0xfff]");
    row!(ldrsb_imm(r(0), r(1), -255), "f911 0cff", "ldrsb r0, [r1, #-0xff]");
    row!(ldrsh_imm(r(2), SP, 2), "f9bd 2002", "ldrsh.w r2, [sp, #2]");
    row!(ldrsh_imm(r(2), r(3), -2), "f933 2c02", "ldrsh r2, [r3, #-0x2]");

    // ---- loads and stores, register offset ----
    row!(ldr_reg(r(0), r(1), r(2), 0), "5888", "ldr r0, [r1, r2]");
    row!(ldr_reg(r(0), r(1), r(2), 2), "f851 0022", "ldr.w r0, [r1, r2, lsl #2]");
    row!(ldr_reg(r(8), r(1), r(2), 0), "f851 8002", "ldr.w r8, [r1, r2]");
    row!(ldr_reg(r(0), SP, r(2), 3), "f85d 0032", "ldr.w r0, [sp, r2, lsl #3]");
    row!(str_reg(r(3), r(4), r(5), 0), "5163", "str r3, [r4, r5]");
    row!(str_reg(r(3), r(4), r(12), 1), "f844 301c", "str.w r3, [r4, r12, lsl #1]");
    row!(ldrb_reg(r(6), r(7), r(0), 0), "5c3e", "ldrb r6, [r7, r0]");
    row!(ldrb_reg(r(6), r(7), r(8), 0), "f817 6008", "ldrb.w r6, [r7, r8]");
    row!(strb_reg(r(1), r(2), r(3), 0), "54d1", "strb r1, [r2, r3]");
    row!(strb_reg(r(1), r(2), r(3), 3), "f802 1033", "strb.w r1, [r2, r3, lsl #3]");
    row!(ldrh_reg(r(1), r(2), r(3), 0), "5ad1", "ldrh r1, [r2, r3]");
    row!(ldrh_reg(r(1), r(2), r(3), 1), "f832 1013", "ldrh.w r1, [r2, r3, lsl #1]");
    row!(strh_reg(r(4), r(5), r(6), 0), "53ac", "strh r4, [r5, r6]");
    row!(strh_reg(r(9), r(5), r(6), 1), "f825 9016", "strh.w r9, [r5, r6, lsl #1]");
    row!(ldrsb_reg(r(0), r(1), r(2), 0), "5688", "ldrsb r0, [r1, r2]");
    row!(ldrsb_reg(r(0), r(1), r(2), 1), "f911 0012", "ldrsb.w r0, [r1, r2, lsl #1]");
    row!(ldrsh_reg(r(0), r(1), r(2), 0), "5e88", "ldrsh r0, [r1, r2]");
    row!(ldrsh_reg(r(0), r(11), r(2), 0), "f93b 0002", "ldrsh.w r0, [r11, r2]");
    row!(ldrd_imm(r(0), r(1), r(2), 0), "e9d2 0100", "ldrd r0, r1, [r2]");
    row!(ldrd_imm(r(0), r(1), r(2), 1020), "e9d2 01ff", "ldrd r0, r1, [r2, #0x3fc]");
    row!(ldrd_imm(r(3), r(2), SP, -1020), "e95d 32ff", "ldrd r3, r2, [sp, #-0x3fc]");
    row!(ldrd_imm(r(12), r(14), r(2), -8), "e952 ce02", "ldrd r12, lr, [r2, #-0x8]");
    row!(strd_imm(r(0), r(1), SP, 8), "e9cd 0102", "strd r0, r1, [sp, #8]");
    row!(strd_imm(r(4), r(4), r(5), -4), "e945 4401", "strd r4, r4, [r5, #-0x4]");
    row!(ldr_lit(r(0), 0), "4800", "ldr r0, [pc, #0]");
    row!(ldr_lit(r(7), 1020), "4fff", "ldr r7, [pc, #0x3fc]");
    row!(ldr_lit(r(7), 1024), "f8df 7400", "ldr.w r7, [pc, #0x400]");
    row!(ldr_lit(r(0), 2), "f8df 0002", "ldr.w r0, [pc, #2]");
    row!(ldr_lit(r(8), 4), "f8df 8004", "ldr.w r8, [pc, #4]");
    row!(ldr_lit(r(1), -4), "f85f 1004", "ldr.w r1, [pc, #-0x4]");
    row!(ldr_lit(r(1), -4095), "f85f 1fff", "ldr.w r1, [pc, #-0xfff]");
    row!(ldr_lit(PC, 4092), "f8df fffc", "ldr.w pc, [pc, #0xffc]");

    // ---- push, pop, ldm, stm ----
    row!(push(1 << 14), "b500", "push {lr}");
    row!(push(0x40f0), "b5f0", "push {r4, r5, r6, r7, lr}");
    row!(push(0x00ff), "b4ff", "push {r0, r1, r2, r3, r4, r5, r6, r7}");
    row!(push(0x0100), "f84d 8d04", "str r8, [sp, #-0x4]!");
    row!(push(1 << 14 | 1 << 12), "e92d 5000", "push.w {r12, lr}");
    row!(push(0x5ff0), "e92d 5ff0", "push.w {r4, r5, r6, r7, r8, r9, r10, r11, r12, lr}");
    row!(push(0x1fff), "e92d 1fff", "push.w {r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12}");
    row!(pop(1 << 15), "bd00", "pop {pc}");
    row!(pop(0x80f0), "bdf0", "pop {r4, r5, r6, r7, pc}");
    row!(pop(0x0001), "bc01", "pop {r0}");
    row!(pop(0x4000), "f85d eb04", "ldr lr, [sp], #4");
    row!(pop(0x0800), "f85d bb04", "ldr r11, [sp], #4");
    row!(pop(0x8ff0), "e8bd 8ff0", "pop.w {r4, r5, r6, r7, r8, r9, r10, r11, pc}");
    row!(pop(0x4010), "e8bd 4010", "pop.w {r4, lr}");
    row!(ldm(r(0), 0x00fe, true), "c8fe", "ldm r0!, {r1, r2, r3, r4, r5, r6, r7}");
    row!(ldm(r(0), 0x0003, false), "c803", "ldm r0, {r0, r1}");
    row!(ldm(r(0), 0x0006, false), "e890 0006", "ldm.w r0, {r1, r2}");
    row!(ldm(r(8), 0x0006, true), "e8b8 0006", "ldm.w r8!, {r1, r2}");
    row!(ldm(r(1), 0x4001, true), "e8b1 4001", "ldm.w r1!, {r0, lr}");
    row!(ldm(r(1), 0x8001, false), "e891 8001", "ldm.w r1, {r0, pc}");
    row!(ldm(r(1), 0x0004, true), "c904", "ldm r1!, {r2}");
    row!(ldm(r(1), 0x0004, false), "680a", "ldr r2, [r1]");
    row!(ldm(r(9), 0x0001, true), "f859 0b04", "ldr r0, [r9], #4");
    row!(stm(r(0), 0x00fe, true), "c0fe", "stm r0!, {r1, r2, r3, r4, r5, r6, r7}");
    row!(stm(r(0), 0x0003, false), "e880 0003", "stm.w r0, {r0, r1}");
    row!(stm(r(10), 0x4003, true), "e8aa 4003", "stm.w r10!, {r0, r1, lr}");
    row!(stm(r(2), 0x0100, true), "f842 8b04", "str r8, [r2], #4");
    row!(stm(r(2), 0x0008, false), "6013", "str r3, [r2]");

    // ---- branches and control ----
    row!(b(-4), "f7ff bffe", "b.w #0");
    row!(b(0), "f000 b800", "b.w #4");
    row!(b(2), "f000 b801", "b.w #6");
    row!(b(0x00ff_fffe), "f3ff 97ff", "b.w #0x1000002");
    row!(b(-0x0100_0000), "f400 9000", "b.w #0xff000004");
    row!(b(0x0040_0000), "f000 b000", "b.w #0x400004");
    row!(b(-0x0040_0000), "f400 b800", "b.w #0xffc00004");
    row!(b(0x0080_0000), "f000 9800", "b.w #0x800004");
    row!(b(-0x0080_0002), "f7ff 9fff", "b.w #0xff800002");
    row!(b_narrow(-4), "e7fe", "b #0");
    row!(b_narrow(2046), "e3ff", "b #0x802");
    row!(b_narrow(-2048), "e400", "b #0xfffff804");
    row!(bl(0), "f000 f800", "bl #4");
    row!(bl(-0x0100_0000), "f400 d000", "bl #0xff000004");
    row!(bl(0x00ff_fffe), "f3ff d7ff", "bl #0x1000002");
    row!(bl(0x1234), "f001 f91a", "bl #0x1238");
    row!(b_cond(Eq, 0), "f000 8000", "beq.w #4");
    row!(b_cond(Ne, -4), "f47f affe", "bne.w #0");
    row!(b_cond(Hs, 0x000f_fffe), "f0bf afff", "bhs.w #0x100002");
    row!(b_cond(Lo, -0x0010_0000), "f4c0 8000", "blo.w #0xfff00004");
    row!(b_cond(Mi, 0x0004_0000), "f100 a000", "bmi.w #0x40004");
    row!(b_cond(Pl, 0x0008_0000), "f140 8800", "bpl.w #0x80004");
    row!(b_cond(Vs, -0x0004_0000), "f580 a800", "bvs.w #0xfffc0004");
    row!(b_cond(Vc, 2), "f1c0 8001", "bvc.w #6");
    row!(b_cond(Hi, 100), "f200 8032", "bhi.w #0x68");
    row!(b_cond(Ls, -100), "f67f afce", "bls.w #0xffffffa0");
    row!(b_cond(Ge, 256), "f280 8080", "bge.w #0x104");
    row!(b_cond(Lt, -258), "f6ff af7f", "blt.w #0xffffff02");
    row!(b_cond(Gt, 4096), "f301 8000", "bgt.w #0x1004");
    row!(b_cond(Le, -4096), "f77f a800", "ble.w #0xfffff004");
    row!(b_cond_narrow(Eq, 0), "d000", "beq #4");
    row!(b_cond_narrow(Ne, -4), "d1fe", "bne #0");
    row!(b_cond_narrow(Hs, 254), "d27f", "bhs #0x102");
    row!(b_cond_narrow(Lo, -256), "d380", "blo #0xffffff04");
    row!(b_cond_narrow(Mi, 2), "d401", "bmi #6");
    row!(b_cond_narrow(Pl, 8), "d504", "bpl #0xc");
    row!(b_cond_narrow(Vs, 10), "d605", "bvs #0xe");
    row!(b_cond_narrow(Vc, -10), "d7fb", "bvc #0xfffffffa");
    row!(b_cond_narrow(Hi, 12), "d806", "bhi #0x10");
    row!(b_cond_narrow(Ls, 14), "d907", "bls #0x12");
    row!(b_cond_narrow(Ge, 16), "da08", "bge #0x14");
    row!(b_cond_narrow(Lt, 18), "db09", "blt #0x16");
    row!(b_cond_narrow(Gt, 20), "dc0a", "bgt #0x18");
    row!(b_cond_narrow(Le, 22), "dd0b", "ble #0x1a");
    row!(cbz(r(0), 0), "b100", "cbz r0, #4");
    row!(cbz(r(7), 126), "b3ff", "cbz r7, #0x82");
    row!(cbz(r(3), 64), "b303", "cbz r3, #0x44");
    row!(cbnz(r(1), 2), "b909", "cbnz r1, #6");
    row!(cbnz(r(6), 62), "b9fe", "cbnz r6, #0x42");
    row!(blx_reg(r(0)), "4780", "blx r0");
    row!(blx_reg(r(12)), "47e0", "blx r12");
    row!(blx_reg(LR), "47f0", "blx lr");
    row!(bx(LR), "4770", "bx lr");
    row!(bx(r(3)), "4718", "bx r3");
    row!(it(Eq, ""), "bf08", "it eq");
    row!(it(Ne, ""), "bf18", "it ne");
    row!(it(Eq, "t"), "bf04", "itt eq");
    row!(it(Eq, "e"), "bf0c", "ite eq");
    row!(it(Ne, "t"), "bf1c", "itt ne");
    row!(it(Ne, "e"), "bf14", "ite ne");
    row!(it(Gt, "tt"), "bfc2", "ittt gt");
    row!(it(Gt, "te"), "bfc6", "itte gt");
    row!(it(Le, "et"), "bfd6", "itet le");
    row!(it(Hs, "eee"), "bf2f", "iteee hs");
    row!(it(Lo, "ttt"), "bf3f", "itttt lo");
    row!(it(Mi, "tet"), "bf45", "ittet mi");
    row!(it(Al, ""), "bfe8", "it al");
    row!(it(Al, "tt"), "bfe2", "ittt al");
    row!(udf(0), "de00", "udf #0");
    row!(udf(255), "deff", "udf #0xff");
    row!(udf_w(0x1234), "f7f1 a234", "udf.w #0x1234");
    row!(bkpt(0), "be00", "bkpt #0");
    row!(bkpt(0xab), "beab", "bkpt #0xab");
    row!(nop(), "bf00", "nop");
    row!(nop_w(), "f3af 8000", "nop.w");

    // ---- barriers ----
    row!(dmb_ish(), "f3bf 8f5b", "dmb ish");
    row!(dmb_sy(), "f3bf 8f5f", "dmb sy");
    row!(dsb_ish(), "f3bf 8f4b", "dsb ish");
    row!(dsb_sy(), "f3bf 8f4f", "dsb sy");
    row!(isb(), "f3bf 8f6f", "isb sy");

    // ---- VFP ----
    row!(vadd_f64(d(0), d(1), d(2)), "ee31 0b02", "vadd.f64 d0, d1, d2");
    row!(vadd_f64(d(31), d(16), d(15)), "ee70 fb8f", "vadd.f64 d31, d16, d15");
    row!(vsub_f64(d(3), d(4), d(5)), "ee34 3b45", "vsub.f64 d3, d4, d5");
    row!(vsub_f64(d(17), d(18), d(19)), "ee72 1be3", "vsub.f64 d17, d18, d19");
    row!(vmul_f64(d(6), d(7), d(8)), "ee27 6b08", "vmul.f64 d6, d7, d8");
    row!(vmul_f64(d(15), d(31), d(0)), "ee2f fb80", "vmul.f64 d15, d31, d0");
    row!(vdiv_f64(d(9), d(10), d(11)), "ee8a 9b0b", "vdiv.f64 d9, d10, d11");
    row!(vdiv_f64(d(0), d(0), d(31)), "ee80 0b2f", "vdiv.f64 d0, d0, d31");
    row!(vsqrt_f64(d(0), d(1)), "eeb1 0bc1", "vsqrt.f64 d0, d1");
    row!(vsqrt_f64(d(20), d(21)), "eef1 4be5", "vsqrt.f64 d20, d21");
    row!(vneg_f64(d(2), d(3)), "eeb1 2b43", "vneg.f64 d2, d3");
    row!(vneg_f64(d(16), d(3)), "eef1 0b43", "vneg.f64 d16, d3");
    row!(vabs_f64(d(4), d(5)), "eeb0 4bc5", "vabs.f64 d4, d5");
    row!(vabs_f64(d(4), d(30)), "eeb0 4bee", "vabs.f64 d4, d30");
    row!(vmov_f64(d(6), d(7)), "eeb0 6b47", "vmov.f64 d6, d7");
    row!(vmov_f64(d(31), d(31)), "eef0 fb6f", "vmov.f64 d31, d31");
    row!(vmov_imm_f64(d(0), 1.0), "eeb7 0b00", "vmov.f64 d0, #1.000000e+00");
    row!(vmov_imm_f64(d(1), -2.0), "eeb8 1b00", "vmov.f64 d1, #-2.000000e+00");
    row!(vmov_imm_f64(d(2), 0.125), "eeb4 2b00", "vmov.f64 d2, #1.250000e-01");
    row!(vmov_imm_f64(d(3), 31.0), "eeb3 3b0f", "vmov.f64 d3, #3.100000e+01");
    row!(vmov_imm_f64(d(20), 0.5), "eef6 4b00", "vmov.f64 d20, #5.000000e-01");
    row!(vmov_imm_f64(d(4), -1.9375), "eebf 4b0f", "vmov.f64 d4, #-1.937500e+00");
    row!(vmov_imm_f64(d(5), 10.0), "eeb2 5b04", "vmov.f64 d5, #1.000000e+01");
    row!(vmov_d_from_rr(d(0), r(0), r(1)), "ec41 0b10", "vmov d0, r0, r1");
    row!(vmov_d_from_rr(d(31), r(12), r(14)), "ec4e cb3f", "vmov d31, r12, lr");
    row!(vmov_d_from_rr(d(5), r(2), r(2)), "ec42 2b15", "vmov d5, r2, r2");
    row!(vmov_rr_from_d(r(2), r(3), d(4)), "ec53 2b14", "vmov r2, r3, d4");
    row!(vmov_rr_from_d(r(10), r(11), d(17)), "ec5b ab31", "vmov r10, r11, d17");
    row!(vmov_s_from_r(s(0), r(0)), "ee00 0a10", "vmov s0, r0");
    row!(vmov_s_from_r(s(31), r(12)), "ee0f ca90", "vmov s31, r12");
    row!(vmov_s_from_r(s(14), r(7)), "ee07 7a10", "vmov s14, r7");
    row!(vmov_r_from_s(r(1), s(1)), "ee10 1a90", "vmov r1, s1");
    row!(vmov_r_from_s(LR, s(30)), "ee1f ea10", "vmov lr, s30");
    row!(vcmp_f64(d(0), d(1)), "eeb4 0b41", "vcmp.f64 d0, d1");
    row!(vcmp_f64(d(16), d(31)), "eef4 0b6f", "vcmp.f64 d16, d31");
    row!(vcmpe_f64(d(2), d(3)), "eeb4 2bc3", "vcmpe.f64 d2, d3");
    row!(vcmp_zero_f64(d(4)), "eeb5 4b40", "vcmp.f64 d4, #0");
    row!(vcmp_zero_f64(d(24)), "eef5 8b40", "vcmp.f64 d24, #0");
    row!(vcmpe_zero_f64(d(5)), "eeb5 5bc0", "vcmpe.f64 d5, #0");
    row!(vmrs_apsr(), "eef1 fa10", "vmrs apsr_nzcv, fpscr");
    row!(vcvt_f64_s32(d(0), s(0)), "eeb8 0bc0", "vcvt.f64.s32 d0, s0");
    row!(vcvt_f64_s32(d(17), s(31)), "eef8 1bef", "vcvt.f64.s32 d17, s31");
    row!(vcvt_f64_u32(d(2), s(5)), "eeb8 2b62", "vcvt.f64.u32 d2, s5");
    row!(vcvt_s32_f64(s(0), d(0)), "eebd 0bc0", "vcvt.s32.f64 s0, d0");
    row!(vcvt_s32_f64(s(31), d(31)), "eefd fbef", "vcvt.s32.f64 s31, d31");
    row!(vcvtr_s32_f64(s(3), d(7)), "eefd 1b47", "vcvtr.s32.f64 s3, d7");
    row!(vcvt_u32_f64(s(4), d(18)), "eebc 2be2", "vcvt.u32.f64 s4, d18");
    row!(vldr_f64(d(0), r(0), 0), "ed90 0b00", "vldr d0, [r0]");
    row!(vldr_f64(d(1), r(1), 1020), "ed91 1bff", "vldr d1, [r1, #0x3fc]");
    row!(vldr_f64(d(16), SP, -1020), "ed5d 0bff", "vldr d16, [sp, #-0x3fc]");
    row!(vldr_f64(d(2), PC, 8), "ed9f 2b02", "vldr d2, [pc, #8]");
    row!(vldr_f64(d(3), r(12), -8), "ed1c 3b02", "vldr d3, [r12, #-8]");
    row!(vstr_f64(d(4), r(5), 16), "ed85 4b04", "vstr d4, [r5, #0x10]");
    row!(vstr_f64(d(31), SP, -4), "ed4d fb01", "vstr d31, [sp, #-4]");
    row!(vpush(d(8), 8), "ed2d 8b10", "vpush {d8, d9, d10, d11, d12, d13, d14, d15}");
    row!(vpush(d(0), 1), "ed2d 0b02", "vpush {d0}");
    row!(vpush(d(16), 16), "ed6d 0b20", "vpush {d16, d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31}");
    row!(vpop(d(8), 8), "ecbd 8b10", "vpop {d8, d9, d10, d11, d12, d13, d14, d15}");
    row!(vpop(d(31), 1), "ecfd fb02", "vpop {d31}");

    // ---- late additions ----
    row!(mov_imm(r(7), 0xffff_ff00), "f06f 07ff", "mvn r7, #0xff");
    rows
}

/// The halfwords of `ins`, space-separated as objdump prints them.
fn hex(ins: &[Ins]) -> String {
    ins.iter()
        .flat_map(|i| i.halfwords())
        .map(|h| format!("{h:04x}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn table() {
    let rows = rows();
    let mut failures = Vec::new();
    for (call, ins, gnu, asm) in &rows {
        let got = hex(ins);
        if got != *gnu {
            failures.push(format!(
                "{call}: encodes {got}, GNU as gives {gnu} (`{asm}`)"
            ));
            continue;
        }
        // Memory order: each halfword little-endian, first halfword first.
        let want_bytes: Vec<u8> = gnu
            .split(' ')
            .flat_map(|h| u16::from_str_radix(h, 16).unwrap().to_le_bytes())
            .collect();
        let bytes = bytes_of(ins);
        if bytes != want_bytes {
            failures.push(format!(
                "{call}: bytes {bytes:02x?}, want {want_bytes:02x?}"
            ));
        }
        for i in ins {
            let wide = i.halfwords().len() == 2;
            if i.is_wide() != wide
                || i.len() != if wide { 4 } else { 2 }
                || i.bytes().len() != i.len()
            {
                failures.push(format!("{call}: inconsistent lengths for {i:?}"));
            }
        }
        match text(&bytes) {
            Ok(t) if t == *asm => {}
            Ok(t) => failures.push(format!("{call}: capstone prints `{t}`, want `{asm}`")),
            Err(e) => failures.push(format!("{call}: {e}")),
        }
    }
    println!("table: {} rows, {} failures", rows.len(), failures.len());
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

/// Calls whose immediate or offset has no encoding return `None`.
#[test]
#[rustfmt::skip]
fn unencodable() {
    let r0 = r(0);
    let cases: Vec<(&str, Option<Ins>)> = vec![
        ("mov_imm_w 0x101", mov_imm_w(r0, 0x101)),
        ("mov_imm_w 0x12345678", mov_imm_w(r0, 0x1234_5678)),
        ("mvn_imm 0x1ff", mvn_imm(r0, 0x1ff)),
        ("movs_imm 0x1234", movs_imm(r0, 0x1234)),
        ("add_imm 4097", add_imm(r0, r(1), 4097)),
        ("add_imm 0x101 << 4", add_imm(r0, r(1), 0x1010)),
        ("add_imm -2", add_imm(r0, r(1), 0xffff_fffe)),
        ("add_imm sp 0x1001", add_imm(SP, SP, 0x1001)),
        ("sub_imm 0x1001", sub_imm(r0, r(1), 0x1001)),
        ("adds_imm 257", adds_imm(r0, r0, 257)),
        ("adds_imm 0xfff", adds_imm(r0, r(1), 0xfff)),
        ("subs_imm 0x1234", subs_imm(r0, r(1), 0x1234)),
        ("rsb_imm 0x101", rsb_imm(r0, r(1), 0x101)),
        ("rsbs_imm 0x101", rsbs_imm(r0, r(1), 0x101)),
        ("cmp_imm -2", cmp_imm(r0, 0xffff_fffe)),
        ("cmp_imm 0x1ff", cmp_imm(r(8), 0x1ff)),
        ("cmp_imm 0xffffff00", cmp_imm(r(1), 0xffff_ff00)),
        ("cmn_imm 0x101", cmn_imm(r0, 0x101)),
        ("tst_imm 0x7fffffff", tst_imm(r0, 0x7fff_ffff)),
        ("teq_imm 0x12345678", teq_imm(r0, 0x1234_5678)),
        ("and_imm 0x7fffffff", and_imm(r0, r(1), 0x7fff_ffff)),
        ("ands_imm 0x1ff", ands_imm(r0, r(1), 0x1ff)),
        ("orr_imm 0x00ff00fe", orr_imm(r0, r(1), 0x00ff_00fe)),
        ("orrs_imm 0x1001", orrs_imm(r0, r(1), 0x1001)),
        ("eor_imm 0xffff", eor_imm(r0, r(1), 0xffff)),
        ("eors_imm 0x10002000", eors_imm(r0, r(1), 0x1000_2000)),
        ("bic_imm 0x80000001", bic_imm(r0, r(1), 0x8000_0001)),
        ("orn_imm 0x30000003", orn_imm(r0, r(1), 0x3000_0003)),
        ("ldr_imm 4096", ldr_imm(r0, r(1), 4096)),
        ("ldr_imm -256", ldr_imm(r0, r(1), -256)),
        ("str_imm -1000", str_imm(r0, SP, -1000)),
        ("ldrb_imm 5000", ldrb_imm(r0, r(1), 5000)),
        ("strb_imm -256", strb_imm(r0, r(1), -256)),
        ("ldrh_imm 4096", ldrh_imm(r0, r(1), 4096)),
        ("strh_imm -300", strh_imm(r0, r(1), -300)),
        ("ldrsb_imm -256", ldrsb_imm(r0, r(1), -256)),
        ("ldrsh_imm 4096", ldrsh_imm(r0, r(1), 4096)),
        ("ldrd_imm 2", ldrd_imm(r0, r(1), r(2), 2)),
        ("ldrd_imm 1024", ldrd_imm(r0, r(1), r(2), 1024)),
        ("strd_imm -1024", strd_imm(r0, r(1), r(2), -1024)),
        ("vmov_imm_f64 0", vmov_imm_f64(d(0), 0.0)),
        ("vmov_imm_f64 -0", vmov_imm_f64(d(0), -0.0)),
        ("vmov_imm_f64 0.1", vmov_imm_f64(d(0), 0.1)),
        ("vmov_imm_f64 32", vmov_imm_f64(d(0), 32.0)),
        ("vmov_imm_f64 1/16", vmov_imm_f64(d(0), 0.0625)),
        ("vmov_imm_f64 inf", vmov_imm_f64(d(0), f64::INFINITY)),
        ("vmov_imm_f64 nan", vmov_imm_f64(d(0), f64::NAN)),
        ("vmov_imm_f64 1+2^-5", vmov_imm_f64(d(0), 1.03125)),
        ("vldr_f64 2", vldr_f64(d(0), r0, 2)),
        ("vldr_f64 1024", vldr_f64(d(0), r0, 1024)),
        ("vstr_f64 -1024", vstr_f64(d(0), r0, -1024)),
    ];
    for (what, got) in cases {
        assert_eq!(got, None, "{what} should not encode");
    }
}

#[test]
fn ins_api() {
    let n = Ins::narrow(0x4608);
    assert_eq!((n.len(), n.is_wide()), (2, false));
    assert_eq!(n.halfwords().as_slice(), &[0x4608]);
    assert_eq!(n.bytes().as_slice(), &[0x08, 0x46]);
    let w = Ins::wide(0xf04f, 0x0001);
    assert_eq!((w.len(), w.is_wide()), (4, true));
    assert_eq!(w.halfwords().as_slice(), &[0xf04f, 0x0001]);
    assert_eq!(w.bytes().as_slice(), &[0x4f, 0xf0, 0x01, 0x00]);
    assert_eq!(Ins::from_bytes(&[0x08, 0x46, 0xff, 0xff]), Some(n));
    assert_eq!(Ins::from_bytes(&[0x4f, 0xf0, 0x01, 0x00]), Some(w));
    assert_eq!(Ins::from_bytes(&[0x4f, 0xf0, 0x01]), None);
    assert_eq!(Ins::from_bytes(&[0x4f]), None);
    for hw in 0..=u16::MAX {
        assert_eq!(is_wide_prefix(hw), hw >= 0xe800, "{hw:#06x}");
    }
    assert!(std::panic::catch_unwind(|| Ins::narrow(0xf04f)).is_err());
    assert!(std::panic::catch_unwind(|| Ins::wide(0x4608, 0)).is_err());
    for c in Cond::ALL {
        if c != Al {
            assert_eq!(c.invert().invert(), c);
            assert_eq!(c.invert() as u8, c as u8 ^ 1);
        }
    }
    assert!(std::panic::catch_unwind(|| Al.invert()).is_err());
    assert_eq!((PC.index(), SP.index(), LR.index()), (15, 13, 14));
    assert!(r(7).is_low() && !r(8).is_low() && !SP.is_low());
    assert_eq!((d(31).index(), s(30).index()), (31, 30));
}
