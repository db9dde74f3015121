//! The x86-64 backend: `regs` (register roles and ABI), `encode` (instruction
//! encodings), `emit` (instruction selection with backward register allocation).

pub mod emit;
pub mod encode;
pub mod regs;

pub use emit::compile;

/// The target's name in diagnostics.
pub const NAME: &str = "x86-64";

/// This backend compiles code.
pub const AVAILABLE: bool = true;

/// What fills the space between fragments of a tree: `int3`, so a stray jump
/// into it traps.
pub const CODE_PAD: &[u8] = &[0xCC];
