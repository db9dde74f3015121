//! The AArch64 backend, file for file like `x64`: `regs` (register roles and
//! AAPCS64), `encode` (A64 instruction words), `emit` (instruction selection over
//! the shared register allocator).

pub mod emit;
pub mod encode;
pub mod regs;

pub use emit::compile;

/// The target's name in diagnostics.
pub const NAME: &str = "aarch64";

/// This backend compiles code.
pub const AVAILABLE: bool = true;

/// What fills the space between fragments of a tree: `brk #0`, so a stray jump
/// into it traps.
pub const CODE_PAD: &[u8] = &[0x00, 0x00, 0x20, 0xD4];
const _: () = assert!(u32::from_le_bytes([CODE_PAD[0], CODE_PAD[1], CODE_PAD[2], CODE_PAD[3]]) == 0xD420_0000);
