//! Machine-code backends for Tarsier's trace compiler.
//!
//! This crate is `no_std` and has no OS dependencies: it turns optimized LIR into
//! bytes. Per target it holds three files with the same names, as in LuaJIT's backend:
//! `regs` (register file and calling convention), `encode` (instruction encodings) and
//! `emit` (LIR-to-instruction selection driven by a single backward register-allocation
//! pass). x86-64 is implemented; AArch64 and ARMv7 Thumb-2 follow the same layout.
//!
//! Executable memory, W^X protection and instruction-cache maintenance are *not* done
//! here: the host (see `compiler-thread` and `engine-std`) owns memory, this crate only
//! fills buffers it is given and reports where absolute addresses must be patched.
#![no_std]

extern crate alloc;

use alloc::vec::Vec;

pub mod ralloc;
pub mod aarch64;
pub mod x64;

/// The backend for the machine this crate is built for: `compile`, `NAME` and
/// `CODE_PAD` of one of the target modules. Hosts choose their backend here
/// and nowhere else.
#[cfg(target_arch = "x86_64")]
pub use x64 as native;

/// The backend for the machine this crate is built for.
#[cfg(target_arch = "aarch64")]
pub use aarch64 as native;

/// No backend for this architecture (yet): every fragment is refused and the
/// engine runs in its interpreter.
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
pub mod native {
    use alloc::string::String;

    /// The target's name in diagnostics.
    pub const NAME: &str = "none";
    /// Does this host have a backend? (No: the engine interprets.)
    pub const AVAILABLE: bool = false;
    /// Padding between fragments (never placed: nothing compiles).
    pub const CODE_PAD: &[u8] = &[0];
    /// Refuses every fragment.
    pub fn compile(_job: &engine_core::jit::runtime::CompileJob) -> Result<crate::Assembled, String> {
        Err(String::from("no backend for this architecture"))
    }
}

/// The result of compiling one fragment, on any target: position-independent
/// bytes plus the places that need absolute addresses once the code is placed.
/// Every patch site and relocation is an 8-byte little-endian absolute address
/// inside the code (an immediate operand on x86-64, a literal word on ARM).
#[derive(Debug, Clone)]
pub struct Assembled {
    /// The machine code (main body, then exit stubs).
    pub code: Vec<u8>,
    /// Offset of the entry point.
    pub entry: u32,
    /// Offset of the loop top (trunks).
    pub loop_top: u32,
    /// Offset of the 8-byte address a branch's loop edge jumps through.
    pub loop_patch: Option<u32>,
    /// Per local exit: offset of the 8-byte address to patch to attach a branch.
    pub exit_patch: Vec<u32>,
    /// `(offset of an 8-byte address, code offset whose absolute address it holds)`.
    pub relocs: Vec<(u32, u32)>,
    /// Spill slots used.
    pub spill_slots: u32,
}
