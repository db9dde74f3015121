//! Executable memory.
//!
//! Code is written into pages mapped read-write, relocated, then switched to
//! read-execute: memory is never writable and executable at once (W^X), and code
//! is never changed after that (a tree that grows is compiled again as a new
//! block). On ARM hosts the instruction cache must be made coherent after the
//! write and before the code is published; [`flush_icache`] is that hook (a no-op
//! on x86-64, whose instruction fetch is coherent with stores).

/// A block of executable memory holding one version of a tree; unmapped on drop.
pub struct CodeBlock {
    alloc: region::Allocation,
    len: usize,
}

// SAFETY: the mapping is owned exclusively by the block and never written after it
// was made executable; moving or sharing the handle shares read-only code.
unsafe impl Send for CodeBlock {}
// SAFETY: as above: after construction the block is immutable.
unsafe impl Sync for CodeBlock {}

impl CodeBlock {
    /// Address of the first byte.
    pub fn base(&self) -> *const u8 {
        self.alloc.as_ptr::<u8>()
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.len
    }
    /// Is the block empty?
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Instruction-cache maintenance after writing code at `ptr..ptr+len`, before it
/// is published.
#[inline]
pub fn flush_icache(ptr: *const u8, len: usize) {
    // x86-64 keeps instruction fetch coherent with stores. AArch64/ARMv7 hosts need
    // `dc cvau` / `ic ivau` / `dsb ish` / `isb` over the range here.
    let _ = (ptr, len);
}

/// Places `bytes` in fresh executable memory, applying `relocs`: each writes the
/// absolute address of a code offset into 8 bytes at another offset.
pub fn place(bytes: &[u8], relocs: &[(u32, u32)]) -> Result<CodeBlock, String> {
    let len = bytes.len().max(1);
    let mut alloc = region::alloc(len, region::Protection::READ_WRITE).map_err(|e| format!("code allocation failed: {e}"))?;
    let base = alloc.as_mut_ptr::<u8>();
    for (at, to) in relocs {
        if *at as usize + 8 > bytes.len() || *to as usize > bytes.len() {
            return Err(String::from("relocation outside the code"));
        }
    }
    // SAFETY: the allocation is at least `len` bytes, read-write and ours alone;
    // every relocation was checked to lie inside it.
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
