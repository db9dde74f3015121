//! The x86-64 backend: `regs` (register roles and ABI), `encode` (instruction
//! encodings), `emit` (instruction selection with backward register allocation).

pub mod emit;
pub mod encode;
pub mod regs;

pub use emit::{compile, Assembled};
