//! Executable memory.
//!
//! Code is written into pages mapped read-write, relocated, then switched to
//! read-execute: memory is never writable and executable at once (W^X), and code
//! is never changed after that (a tree that grows is compiled again as a new
//! block).
//!
//! The order, for a block a compiler produces:
//!
//! 1. write the code and its relocations (pages read-write);
//! 2. protect the pages read-execute;
//! 3. make the instruction cache coherent with what was written
//!    ([`flush_icache`]: `dc cvau`/`ic ivau` and barriers on AArch64, nothing on
//!    x86-64, whose instruction fetch is coherent with stores). Cleaning after
//!    the protection change is fine: cache maintenance by address needs the
//!    page readable only, which read-execute is (on Linux user space may issue
//!    `dc cvau` and `ic ivau`);
//! 4. (the caller) publish the block's address with Release ordering
//!    (`engine_core::jit::publish`).
//!
//! Steps 1 to 3 are [`place`]. The thread that runs the code loads the address
//! with Acquire ordering and, the first time it enters that version, runs
//! [`sync_before_entry`] (an `isb` on AArch64) before jumping there.

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

/// Instruction-cache maintenance after writing code at `ptr..ptr+len` (and
/// making it executable), before it is published: the host backend's
/// ([`targets::Backend::flush_icache`]; `dc cvau`/`ic ivau` and barriers on
/// AArch64, nothing on x86-64).
///
/// # Safety
/// The range must be mapped and readable.
pub unsafe fn flush_icache(ptr: *const u8, len: usize) {
    // SAFETY: forwarded from the caller.
    unsafe { <targets::Native as targets::Backend>::flush_icache(ptr, len) }
}

/// A thread that will execute code another core wrote runs this first, after it
/// has loaded the code's address from the tree's slot (Acquire) and before it
/// jumps there: the host backend's [`targets::Backend::sync_before_entry`] (an
/// `isb` on AArch64, nothing on x86-64). The engine calls it through
/// `CodeService::sync_before_entry`, once per published version a script thread
/// is about to enter.
#[inline]
pub fn sync_before_entry() {
    <targets::Native as targets::Backend>::sync_before_entry();
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
    // SAFETY: the block is mapped and readable (it was just made read-execute).
    unsafe { flush_icache(base, len) };
    Ok(CodeBlock { alloc, len })
}

/// Disassembles this host's machine code for diagnostics (`--jit-diag=asm`):
/// one `  0x<address>  <instruction>` line per instruction.
#[cfg(target_arch = "x86_64")]
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

/// Disassembles this host's machine code for diagnostics (`--jit-diag=asm`):
/// one `  0x<address>  <instruction>` line per 4-byte word (a word that does
/// not decode shows as `.word`; data such as the 8-byte address literals exit
/// stubs jump through may also read as instructions).
#[cfg(target_arch = "aarch64")]
pub fn disassemble(bytes: &[u8], addr: u64) -> String {
    use yaxpeax_arch::{Decoder, U8Reader};
    use yaxpeax_arm::armv8::a64::InstDecoder;
    let dec = InstDecoder::default();
    let mut out = String::new();
    for (k, word) in bytes.chunks(4).enumerate() {
        let at = addr + 4 * k as u64;
        let text = match <[u8; 4]>::try_from(word) {
            Ok(w) => match dec.decode(&mut U8Reader::new(&w)) {
                Ok(ins) => ins.to_string(),
                Err(_) => format!(".word {:#010x}", u32::from_le_bytes(w)),
            },
            Err(_) => format!(".byte {}", word.iter().map(|b| format!("{b:#04x}")).collect::<Vec<_>>().join(", ")),
        };
        out.push_str(&format!("  {at:#014x}  {text}\n"));
    }
    out
}

/// Disassembles machine code for diagnostics: a hex dump on architectures
/// without a disassembler here (16 bytes a line).
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
pub fn disassemble(bytes: &[u8], addr: u64) -> String {
    let mut out = String::new();
    for (k, row) in bytes.chunks(16).enumerate() {
        let hex: Vec<String> = row.iter().map(|b| format!("{b:02x}")).collect();
        out.push_str(&format!("  {:#014x}  {}\n", addr + 16 * k as u64, hex.join(" ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `return 42` (`extern "C" fn() -> u32`) in this host's machine code.
    #[cfg(target_arch = "x86_64")]
    const RETURN_42: &[u8] = &[0xb8, 0x2a, 0x00, 0x00, 0x00, 0xc3]; // mov eax, 42; ret
    #[cfg(target_arch = "aarch64")]
    const RETURN_42: &[u8] = &[0x40, 0x05, 0x80, 0x52, 0xc0, 0x03, 0x5f, 0xd6]; // mov w0, #42; ret

    /// Code placed (written, protected, flushed) on one thread runs on another
    /// after `sync_before_entry`: the protocol compiler threads and script
    /// threads follow.
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    #[test]
    fn code_placed_on_another_thread_runs_here() {
        let block = std::thread::spawn(|| place(RETURN_42, &[]).expect("place")).join().expect("compiler thread");
        sync_before_entry();
        // SAFETY: the block holds a complete `extern "C" fn() -> u32` for this
        // architecture, placed read-execute and flushed; it lives across the call.
        let got = unsafe { core::mem::transmute::<*const u8, extern "C" fn() -> u32>(block.base())() };
        assert_eq!(got, 42);
    }

    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    #[test]
    fn disassembles_this_hosts_code() {
        let text = disassemble(RETURN_42, 0x1000);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        assert!(lines[0].starts_with("  0x000000001000  mov"), "{text}");
        assert!(lines[1].ends_with("ret"), "{text}");
    }
}
