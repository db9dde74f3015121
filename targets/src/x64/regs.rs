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

use super::encode::{Reg, Xmm};

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

/// Registers the prologue saves (and the epilogue restores), in push order.
pub const SAVED: [Reg; 6] = [Reg::Rbp, Reg::Rbx, Reg::R12, Reg::R13, Reg::R14, Reg::R15];

/// Spill slots in the native frame (shared by all fragments of a tree).
pub const SPILL_SLOTS: u32 = 128;

/// Bytes the prologue subtracts from `rsp`: the spill area plus padding that keeps
/// `rsp` 16-byte aligned at helper calls (6 pushes + return address = 56 bytes).
pub const FRAME_BYTES: i32 = (SPILL_SLOTS as i32) * 8 + 8;
const _: () = assert!((FRAME_BYTES + 56) % 16 == 0);
