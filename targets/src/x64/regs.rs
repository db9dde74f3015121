//! x86-64 register roles and the calling convention traces use.
//!
//! | register | role |
//! |----------|------|
//! | `rbx`    | slot base (`TraceState::base`): slot `k` is `[rbx + 8k]` |
//! | `r15`    | the `TraceState` pointer |
//! | `rsp`    | native frame; spill slot `k` is `[rsp + 8k]` |
//! | `r10`, `r11`, `xmm15` | scratch for instruction sequences and exit stubs |
//! | everything else | allocatable |
//!
//! Compiled fragments follow the SysV ABI as a function `fn(*mut TraceState) -> u32`
//! and call helpers with it; `rax`, `rcx`, `rdx`, `rsi`, `rdi`, `r8`–`r11` and all XMM
//! registers are clobbered by a call.

use super::encode::{mov_mr, mov_rm, movsd_mx, movsd_xm, Mem, Reg, Size, Xmm};

/// The slot base register.
pub const BASE: Reg = Reg::Rbx;
/// The state register.
pub const STATE: Reg = Reg::R15;
/// Scratch registers (never allocated).
pub const SCRATCH: Reg = Reg::R10;
/// Second scratch register.
pub const SCRATCH2: Reg = Reg::R11;
/// Scratch XMM register.
pub const XSCRATCH: Xmm = Xmm::Xmm15;

/// Allocatable general-purpose registers, callee-saved ones last so short-lived
/// values prefer the caller-saved ones.
pub const GPRS: [Reg; 11] = [Reg::Rax, Reg::Rcx, Reg::Rdx, Reg::Rsi, Reg::Rdi, Reg::R8, Reg::R9, Reg::R12, Reg::R13, Reg::R14, Reg::Rbp];

/// Allocatable XMM registers.
pub const XMMS: [Xmm; 15] = [
    Xmm::Xmm0,
    Xmm::Xmm1,
    Xmm::Xmm2,
    Xmm::Xmm3,
    Xmm::Xmm4,
    Xmm::Xmm5,
    Xmm::Xmm6,
    Xmm::Xmm7,
    Xmm::Xmm8,
    Xmm::Xmm9,
    Xmm::Xmm10,
    Xmm::Xmm11,
    Xmm::Xmm12,
    Xmm::Xmm13,
    Xmm::Xmm14,
];

/// Is the register clobbered by a helper call?
pub const fn caller_saved(r: Reg) -> bool {
    matches!(r, Reg::Rax | Reg::Rcx | Reg::Rdx | Reg::Rsi | Reg::Rdi | Reg::R8 | Reg::R9 | Reg::R10 | Reg::R11)
}

/// Integer argument registers of the SysV ABI.
pub const INT_ARGS: [Reg; 6] = [Reg::Rdi, Reg::Rsi, Reg::Rdx, Reg::Rcx, Reg::R8, Reg::R9];

/// Floating-point argument registers of the SysV ABI (`xmm0`..`xmm7`).
pub const FP_ARGS: [u8; 8] = [0, 1, 2, 3, 4, 5, 6, 7];

/// Registers the prologue saves (and the epilogue restores), in push order.
pub const SAVED: [Reg; 6] = [Reg::Rbp, Reg::Rbx, Reg::R12, Reg::R13, Reg::R14, Reg::R15];

/// Spill slots in the native frame (shared by all fragments of a tree).
pub const SPILL_SLOTS: u32 = 128;

/// Bytes the prologue subtracts from `rsp`: the spill area plus padding that keeps
/// `rsp` 16-byte aligned at helper calls (6 pushes + return address = 56 bytes).
pub const FRAME_BYTES: i32 = (SPILL_SLOTS as i32) * 8 + 8;
const _: () = assert!((FRAME_BYTES + 56) % 16 == 0);

/// The x86-64 register file as the shared allocator sees it.
pub struct X64;

impl crate::ralloc::Isa for X64 {
    const GPRS: &'static [u8] = &gpr_numbers(GPRS);
    const FPRS: &'static [u8] = &xmm_numbers(XMMS);
    /// Calls clobber `rdi`..`r9` and every XMM register: phis of a loop that calls
    /// take callee-saved GPRs, and XMM registers other than the first two (the
    /// argument and result registers of the helpers traces call).
    const PHI_POOL_WITH_CALLS: [&'static [u8]; 2] = [&[12, 13, 14, 5], &xmm_numbers_from::<13>(XMMS, 2)];
    const CALLER_SAVED: [u32; 2] = [caller_saved_mask(), 0xFFFF];
    const BASE: u8 = BASE.index();
    const STATE: u8 = STATE.index();
    const SPILL_SLOTS: u32 = SPILL_SLOTS;
    fn reload(out: &mut alloc::vec::Vec<u8>, reg: crate::ralloc::PReg, slot: u32) {
        let m = Mem::base_disp(Reg::Rsp, (slot * 8) as i32);
        match reg.class {
            crate::ralloc::Class::Int => mov_rm(out, Size::S64, Reg::from_index(reg.hw), m),
            crate::ralloc::Class::Float => movsd_xm(out, Xmm::from_index(reg.hw), m),
        }
    }
    fn store(out: &mut alloc::vec::Vec<u8>, reg: crate::ralloc::PReg, slot: u32) {
        let m = Mem::base_disp(Reg::Rsp, (slot * 8) as i32);
        match reg.class {
            crate::ralloc::Class::Int => mov_mr(out, Size::S64, m, Reg::from_index(reg.hw)),
            crate::ralloc::Class::Float => movsd_mx(out, m, Xmm::from_index(reg.hw)),
        }
    }
}

/// The hardware numbers of `regs`.
pub const fn gpr_numbers<const N: usize>(regs: [Reg; N]) -> [u8; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        out[i] = regs[i].index();
        i += 1;
    }
    out
}

const fn xmm_numbers(regs: [Xmm; 15]) -> [u8; 15] {
    xmm_numbers_from::<15>(regs, 0)
}

const fn xmm_numbers_from<const M: usize>(regs: [Xmm; 15], skip: usize) -> [u8; M] {
    let mut out = [0; M];
    let mut i = 0;
    while i < M {
        out[i] = regs[i + skip].index();
        i += 1;
    }
    out
}

const fn caller_saved_mask() -> u32 {
    let mut m = 0;
    let mut i = 0;
    while i < 16 {
        if caller_saved(Reg::from_index(i)) {
            m |= 1 << i;
        }
        i += 1;
    }
    m
}
