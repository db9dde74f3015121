//! Machine-code backends for Tarsier's trace compiler.
//!
//! This crate is `no_std` and has no OS dependencies: it turns optimized LIR into
//! bytes. Per target it holds the same files, as in LuaJIT's backend and Cranelift's
//! `isa/*`: `regs` (register roles, calling convention, and the [`ralloc::Isa`]
//! description), `encode` (instruction encodings), `emit` (LIR-to-instruction
//! selection over the shared backward register allocator, [`ralloc`]) and `mod`
//! (the [`Backend`] impl). x86-64 and AArch64 are complete; ARMv7 Thumb-2 has its
//! encoder.
//!
//! Executable memory and W^X protection are *not* done here: the host (see
//! `compiler-thread`) owns memory; this crate fills buffers, reports where absolute
//! addresses must be patched, and provides the instruction-cache maintenance a
//! target needs before its code may run ([`Backend::flush_icache`]).
#![no_std]

extern crate alloc;

use alloc::vec::Vec;

pub mod ralloc;
pub mod aarch64;
pub mod thumb2;
pub mod x64;

/// What a target provides, beside its register file for the shared allocator
/// ([`ralloc::Isa`]): its encoder and emitter behind [`Backend::compile`], the
/// padding between fragments, and the cache maintenance that makes written code
/// runnable. Exit stubs and patchable jumps are described by the [`Assembled`]
/// they return; a disassembler for diagnostics lives with the std host
/// (`compiler-thread`), which can use std-only decoders.
///
/// A new target is a sibling module (`regs`, `encode`, `emit`) implementing this
/// trait, and one line choosing it as [`Native`] for its architecture.
pub trait Backend {
    /// The target's name in diagnostics.
    const NAME: &'static str;
    /// Does it compile code? (The stand-in for architectures without a backend
    /// does not: the engine interprets.)
    const AVAILABLE: bool;
    /// What fills the space between fragments of a tree (an instruction that
    /// traps).
    const CODE_PAD: &'static [u8];
    /// Compiles one fragment.
    fn compile(job: &engine_core::jit::runtime::CompileJob) -> Result<Assembled, alloc::string::String>;
    /// Makes instruction fetch see the code just written at `ptr..ptr + len`:
    /// run after the code was made executable and before its address is
    /// published (with Release ordering).
    ///
    /// # Safety
    /// The range must be mapped and readable.
    unsafe fn flush_icache(ptr: *const u8, len: usize);
    /// Run by a thread before it first enters code another core wrote (after
    /// its Acquire load of the address).
    fn sync_before_entry();
}

/// The backend of the machine this crate is built for. Hosts choose their
/// backend here and nowhere else.
#[cfg(target_arch = "x86_64")]
pub type Native = x64::X64;

/// The backend of the machine this crate is built for.
#[cfg(target_arch = "aarch64")]
pub type Native = aarch64::A64;

/// The backend of the machine this crate is built for: none yet.
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
pub type Native = NoBackend;

/// The stand-in for architectures without a backend: every fragment is refused
/// and the engine runs in its interpreter.
pub struct NoBackend;

impl Backend for NoBackend {
    const NAME: &'static str = "none";
    const AVAILABLE: bool = false;
    const CODE_PAD: &'static [u8] = &[0];
    fn compile(_job: &engine_core::jit::runtime::CompileJob) -> Result<Assembled, alloc::string::String> {
        Err(alloc::string::String::from("no backend for this architecture"))
    }
    unsafe fn flush_icache(_ptr: *const u8, _len: usize) {}
    fn sync_before_entry() {}
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
