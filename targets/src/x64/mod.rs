//! The x86-64 backend: `regs` (register roles and ABI), `encode` (instruction
//! encodings), `emit` (instruction selection with backward register allocation).

pub mod emit;
pub mod encode;
pub mod regs;

pub use emit::compile;
pub use regs::X64;

impl crate::Backend for X64 {
    const NAME: &'static str = "x86-64";
    const AVAILABLE: bool = true;
    /// `int3`, so a stray jump into the padding traps.
    const CODE_PAD: &'static [u8] = &[0xCC];
    fn compile(job: &engine_core::jit::runtime::CompileJob) -> Result<crate::Assembled, alloc::string::String> {
        emit::compile(job)
    }
    /// Nothing: x86-64 keeps instruction fetch coherent with stores, other
    /// cores' included (the executing thread sees them through its Acquire load
    /// of the code's address).
    unsafe fn flush_icache(_ptr: *const u8, _len: usize) {}
    /// Nothing, for the same reason.
    fn sync_before_entry() {}
}
