//! AArch64 register roles and the calling convention traces use (AAPCS64).
//!
//! | register | role |
//! |----------|------|
//! | `x19`    | slot base (`TraceState::base`): slot `k` is `[x19 + 8k]` |
//! | `x20`    | the `TraceState` pointer |
//! | `sp`     | native frame; spill slot `k` is `[sp + 8k]` |
//! | `x16`, `x17`, `d31` | scratch for instruction sequences and exit stubs (`x16`/`x17` are the ABI's intra-procedure-call registers) |
//! | `x18`    | never touched: the platform register on some systems |
//! | `x29`, `x30` | frame pointer and link register |
//! | everything else | allocatable |
//!
//! Compiled fragments follow AAPCS64 as a function `fn(*mut TraceState) -> u32`
//! and call helpers with it: `x0`–`x17` and `d0`–`d7`, `d16`–`d31` are clobbered
//! by a call; `x19`–`x28` and the low halves of `d8`–`d15` are preserved.

use super::encode::{ldr_imm, ldr_d_imm, str_d_imm, str_imm, Size, R, V};
use crate::ralloc::{Class, Isa, PReg};

/// The slot base register.
pub const BASE: R = R(19);
/// The state register.
pub const STATE: R = R(20);
/// Scratch register (never allocated): addresses and constants inside one
/// instruction sequence.
pub const SCRATCH: R = R(16);
/// Second scratch register: values inside a sequence, exit stubs' boxing, the
/// patchable jumps' target.
pub const SCRATCH2: R = R(17);
/// Scratch floating-point register.
pub const DSCRATCH: V = V(31);

/// Allocatable general registers: caller-saved ones first, so short-lived values
/// prefer them.
pub const GPRS: [u8; 24] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 21, 22, 23, 24, 25, 26, 27, 28];

/// Allocatable floating-point registers: caller-saved ones first.
pub const FPRS: [u8; 31] = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 8, 9, 10, 11, 12, 13, 14, 15];

/// Integer argument registers.
pub const INT_ARGS: [R; 8] = [R(0), R(1), R(2), R(3), R(4), R(5), R(6), R(7)];

/// Floating-point argument registers.
pub const FP_ARGS: [V; 8] = [V(0), V(1), V(2), V(3), V(4), V(5), V(6), V(7)];

/// General registers the prologue saves in pairs (after `x29`/`x30`).
pub const SAVED_PAIRS: [(R, R); 5] = [(R(19), R(20)), (R(21), R(22)), (R(23), R(24)), (R(25), R(26)), (R(27), R(28))];

/// Floating-point registers the prologue saves in pairs.
pub const SAVED_D_PAIRS: [(V, V); 4] = [(V(8), V(9)), (V(10), V(11)), (V(12), V(13)), (V(14), V(15))];

/// Spill slots in the native frame (shared by all fragments of a tree).
pub const SPILL_SLOTS: u32 = 128;

/// Bytes of the spill area below the saved registers; `sp` stays 16-byte aligned.
pub const FRAME_BYTES: u32 = SPILL_SLOTS * 8;
const _: () = assert!(FRAME_BYTES % 16 == 0 && FRAME_BYTES < 4096);

/// The AArch64 register file as the shared allocator sees it.
pub struct A64;

impl Isa for A64 {
    const GPRS: &'static [u8] = &GPRS;
    const FPRS: &'static [u8] = &FPRS;
    const PHI_POOL_WITH_CALLS: [&'static [u8]; 2] = [&[21, 22, 23, 24, 25, 26, 27, 28], &[8, 9, 10, 11, 12, 13, 14, 15]];
    const CALLER_SAVED: [u32; 2] = [0x3_FFFF, 0xFFFF_00FF];
    const BASE: u8 = BASE.0;
    const STATE: u8 = STATE.0;
    const SPILL_SLOTS: u32 = SPILL_SLOTS;
    fn reload(out: &mut alloc::vec::Vec<u8>, reg: PReg, slot: u32) {
        let w = match reg.class {
            Class::Int => ldr_imm(Size::X, R(reg.hw), R::SP, slot * 8),
            Class::Float => ldr_d_imm(V(reg.hw), R::SP, slot * 8),
        };
        out.extend_from_slice(&w.expect("spill slot in range").to_le_bytes());
    }
    fn store(out: &mut alloc::vec::Vec<u8>, reg: PReg, slot: u32) {
        let w = match reg.class {
            Class::Int => str_imm(Size::X, R(reg.hw), R::SP, slot * 8),
            Class::Float => str_d_imm(V(reg.hw), R::SP, slot * 8),
        };
        out.extend_from_slice(&w.expect("spill slot in range").to_le_bytes());
    }
}
