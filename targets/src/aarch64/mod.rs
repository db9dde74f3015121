//! The AArch64 backend, file for file like `x64`: `regs` (register roles and
//! AAPCS64), `encode` (A64 instruction words), `emit` (instruction selection over
//! the shared register allocator).

pub mod cache;
pub mod emit;
pub mod encode;
pub mod regs;

pub use emit::compile;
pub use regs::A64;

impl crate::Backend for A64 {
    const NAME: &'static str = "aarch64";
    const AVAILABLE: bool = true;
    /// `brk #0`, so a stray jump into the padding traps.
    const CODE_PAD: &'static [u8] = &encode::brk(0).to_le_bytes();
    fn compile(job: &engine_core::jit::runtime::CompileJob) -> Result<crate::Assembled, alloc::string::String> {
        emit::compile(job)
    }
    unsafe fn flush_icache(ptr: *const u8, len: usize) {
        // SAFETY: the caller's range is mapped and readable (this function's contract).
        unsafe { cache::flush_icache(ptr, len) }
    }
    fn sync_before_entry() {
        cache::sync_before_entry();
    }
}
