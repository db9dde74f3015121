//! How the trace compiler uses the encoder: instructions are encoded one at a time into a
//! `Code` and prepended to a buffer (backward emission), with branch displacements either
//! known at once (forward, to code already emitted) or patched later (backward loops).
//! Also covers the `Vec<u8>` and `dyn Emit` sinks.

use crate::common::{format, formatter, hex};
use iced_x86::{Decoder, DecoderOptions};
use targets::x64::encode::*;

/// A buffer filled from the end towards the start.
struct Backward {
    buf: Vec<u8>,
    pos: usize,
}

impl Backward {
    fn new(cap: usize) -> Self {
        Backward {
            buf: vec![0; cap],
            pos: cap,
        }
    }

    /// Prepends one instruction; returns the offset of its end.
    fn emit(&mut self, f: impl FnOnce(&mut Code)) -> usize {
        let end = self.pos;
        let mut c = Code::new();
        f(&mut c);
        self.pos -= c.len();
        self.buf[self.pos..end].copy_from_slice(c.as_slice());
        end
    }
}

#[test]
fn backward_emission_with_patched_loop() {
    let mut b = Backward::new(64);
    // Emitted last-to-first: the exit is known before the jumps to it.
    b.emit(ret);
    let exit = b.pos;
    let rel = exit as i32 - b.pos as i32; // the jmp will end where the code now starts
    b.emit(|c| jmp_rel32(c, rel));
    let jl_end = b.emit(|c| jcc_rel32(c, Cond::L, 0));
    b.emit(|c| alu_ri(c, Alu::Cmp, Size::S32, Reg::Rax, 100));
    b.emit(|c| alu_rr(c, Alu::Add, Size::S32, Reg::Rax, Reg::Rcx));
    let head = b.pos;
    patch_rel32(&mut b.buf, jl_end, head as i32 - jl_end as i32);
    assert_eq!(read_rel32(&b.buf, jl_end), head as i32 - jl_end as i32);

    let code = &b.buf[b.pos..];
    let mut d = Decoder::with_ip(64, code, b.pos as u64, DecoderOptions::NONE);
    let mut f = formatter();
    let listing: Vec<String> = d.iter().map(|i| format(&mut f, &i)).collect();
    let want = [
        "add eax, ecx".to_string(),
        "cmp eax, 0x64".to_string(),
        format!("jl {head:#x}"),
        format!("jmp {exit:#x}"),
        "ret".to_string(),
    ];
    assert_eq!(listing, want, "{}", hex(code));
}

#[test]
fn short_branch_patch() {
    let mut c = Code::new();
    jcc_rel8(&mut c, Cond::E.invert(), 0);
    let n = c.len();
    patch_rel8(c.as_mut_slice(), n, -2);
    assert_eq!(c.as_slice(), [0x75, 0xfe]);
    assert_eq!(Cond::Ne.invert(), Cond::E);
    assert_eq!(Cond::L.invert(), Cond::Ge);
    assert!(
        Cond::ALL
            .iter()
            .all(|&cc| cc.invert().invert() == cc && cc.invert() as u8 == cc as u8 ^ 1)
    );
}

#[test]
fn vec_and_dyn_sinks() {
    let mut v: Vec<u8> = Vec::new();
    push_r(&mut v, Reg::Rbp);
    mov_rr(&mut v, Size::S64, Reg::Rbp, Reg::Rsp);
    {
        let e: &mut dyn Emit = &mut v;
        pop_r(e, Reg::Rbp);
        ret(e);
    }
    assert_eq!(v, [0x55, 0x48, 0x89, 0xe5, 0x5d, 0xc3]);

    let mut c = Code::new();
    assert!(c.is_empty());
    mov_ri64(&mut c, Reg::R13, i64::MIN);
    assert_eq!(c.len(), 10);
    c.clear();
    assert!(c.is_empty());
}

#[test]
fn mem_accessors() {
    let m = Mem::base_index(Reg::R12, Reg::R13, 8, -4);
    assert_eq!(m.base(), Some(Reg::R12));
    assert_eq!(m.index(), Some((Reg::R13, 8)));
    assert_eq!(m.disp(), -4);
    assert!(!m.is_rip());
    let r = Mem::rip(16);
    assert!(r.is_rip() && r.base().is_none() && r.index().is_none());
    assert_eq!(Mem::base_disp(Reg::Rsp, 0).index(), None);
    assert_eq!(Reg::from_index(13), Reg::R13);
    assert_eq!(Xmm::from_index(9).index(), 9);
}

#[test]
#[should_panic(expected = "rsp cannot be an index")]
fn rsp_index_panics() {
    let _ = Mem::base_index(Reg::Rax, Reg::Rsp, 1, 0);
}

#[test]
#[should_panic(expected = "scale must be")]
fn bad_scale_panics() {
    let _ = Mem::base_index(Reg::Rax, Reg::Rcx, 3, 0);
}

#[test]
#[should_panic(expected = "no 8-bit form")]
fn imul8_panics() {
    imul_rr(&mut Code::new(), Size::S8, Reg::Rax, Reg::Rcx);
}

#[test]
#[should_panic(expected = "nop length")]
fn nop_len_panics() {
    nop(&mut Code::new(), 10);
}
