//! Executable memory and the synchronous code service.
//!
//! Code is written into pages mapped read-write, relocated, then switched to
//! read-execute: memory is never writable and executable at once (W^X). Patching
//! an exit (to attach a branch fragment) switches the affected pages back to
//! read-write, writes, and returns them to read-execute. On ARM hosts the
//! instruction cache must be flushed after each write and before the code is
//! published; `flush_icache` is the hook (a no-op on x86-64, whose caches are
//! coherent).

use std::any::Any;

use engine_core::jit::runtime::{CodeService, CompileJob, CompiledCode};

/// Machine code owned by the service: its memory mapping.
pub struct CodeBlock {
    alloc: region::Allocation,
    len: usize,
}

// SAFETY: the mapping is owned exclusively by the block; moving the handle to
// another thread moves that ownership, nothing is shared.
unsafe impl Send for CodeBlock {}

impl CodeBlock {
    fn base(&self) -> *const u8 {
        self.alloc.as_ptr::<u8>()
    }
}

/// Instruction-cache maintenance after writing code at `ptr..ptr+len`.
#[inline]
pub fn flush_icache(ptr: *const u8, len: usize) {
    // x86-64 keeps instruction fetch coherent with stores. AArch64/ARMv7 hosts need
    // `dc cvau` / `ic ivau` / `dsb ish` / `isb` over the range here.
    let _ = (ptr, len);
}

/// Places `bytes` in fresh executable memory, applying `relocs` (8-byte absolute
/// addresses of code offsets). Returns the block.
pub fn place(bytes: &[u8], relocs: &[(u32, u32)]) -> Result<CodeBlock, String> {
    let len = bytes.len().max(1);
    let mut alloc = region::alloc(len, region::Protection::READ_WRITE).map_err(|e| format!("code allocation failed: {e}"))?;
    let base = alloc.as_mut_ptr::<u8>();
    // SAFETY: the allocation is at least `len` bytes, read-write and ours alone.
    unsafe {
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), base, bytes.len());
        for (at, to) in relocs {
            let addr = base.add(*to as usize) as u64;
            std::ptr::copy_nonoverlapping(addr.to_le_bytes().as_ptr(), base.add(*at as usize), 8);
        }
        region::protect(base, len, region::Protection::READ_EXECUTE).map_err(|e| format!("protect failed: {e}"))?;
    }
    flush_icache(base, len);
    Ok(CodeBlock { alloc, len })
}

/// Overwrites 8 bytes at `offset` of a block (temporarily read-write).
pub fn patch_u64(block: &CodeBlock, offset: usize, value: u64) -> Result<(), String> {
    let base = block.base() as *mut u8;
    if offset + 8 > block.len {
        return Err(String::from("patch outside the block"));
    }
    // SAFETY: the range is inside the block; during the patch the pages are
    // read-write and not executable, and no thread executes this code meanwhile
    // (only the engine's script thread runs it, and it is the one patching).
    unsafe {
        region::protect(base, block.len, region::Protection::READ_WRITE).map_err(|e| format!("protect failed: {e}"))?;
        std::ptr::copy_nonoverlapping(value.to_le_bytes().as_ptr(), base.add(offset), 8);
        region::protect(base, block.len, region::Protection::READ_EXECUTE).map_err(|e| format!("protect failed: {e}"))?;
    }
    flush_icache(base, block.len);
    Ok(())
}

/// What the service keeps per compiled fragment.
struct Fragment {
    block: CodeBlock,
    exit_patch: Vec<u32>,
}

/// Compiles on the calling thread with the host's backend.
#[derive(Default)]
pub struct SyncCodeService;

/// Disassembles x86-64 code for diagnostics.
pub fn disassemble(bytes: &[u8], addr: u64) -> String {
    use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter};
    let mut out = String::new();
    let mut dec = Decoder::with_ip(64, bytes, addr, DecoderOptions::NONE);
    let mut fmt = IntelFormatter::new();
    let mut text = String::new();
    while dec.can_decode() {
        let ins = dec.decode();
        text.clear();
        fmt.format(&ins, &mut text);
        out.push_str(&format!("  {:#014x}  {}\n", ins.ip(), text));
    }
    out
}

impl CodeService for SyncCodeService {
    fn compile(&mut self, job: &CompileJob, want_listing: bool) -> Result<CompiledCode, String> {
        #[cfg(target_arch = "x86_64")]
        {
            let asm = targets::x64::compile(job)?;
            let block = place(&asm.code, &asm.relocs)?;
            let base = block.base() as usize;
            let listing = if want_listing { Some(disassemble(&asm.code, base as u64)) } else { None };
            let size = asm.code.len();
            let frag = Fragment { block, exit_patch: asm.exit_patch };
            Ok(CompiledCode {
                entry: base + asm.entry as usize,
                loop_top: base + asm.loop_top as usize,
                size,
                listing,
                handle: Box::new(frag) as Box<dyn Any + Send>,
            })
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            let _ = (job, want_listing);
            Err(String::from("no backend for this architecture yet"))
        }
    }

    fn patch_exit(&mut self, code: &CompiledCode, exit: u32, target: usize) -> Result<(), String> {
        let frag = code.handle.downcast_ref::<Fragment>().ok_or("foreign code handle")?;
        let at = *frag.exit_patch.get(exit as usize).ok_or("no such exit")? as usize;
        patch_u64(&frag.block, at, target as u64)
    }
}

// SAFETY: `Fragment` only holds its `CodeBlock` (Send, see above) and offsets.
unsafe impl Send for Fragment {}
