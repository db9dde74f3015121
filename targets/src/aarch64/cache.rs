//! Instruction-cache maintenance on AArch64, for hosts and boards alike.
//!
//! The data and instruction caches are not coherent with each other: code just
//! written is cleaned from the data cache to the point of unification (`dc cvau`
//! over every data-cache line of the range), that is waited for (`dsb ish`), the
//! instruction cache is invalidated over the range (`ic ivau`, broadcast to the
//! inner-shareable domain, so every core), that is waited for (`dsb ish`), and
//! this core's pipeline is refetched (`isb`). Line sizes come from CTR_EL0.
//! Another core that runs the code still needs an `isb` of its own before it
//! jumps there: [`sync_before_entry`].
//!
//! Built for another architecture (the backend also compiles on x86-64 hosts,
//! for its tests), both functions do nothing: code for this target never runs
//! there.

/// Makes instruction fetch on every core see the code at `ptr..ptr + len`.
///
/// # Safety
/// The range must be mapped and readable (cache maintenance by address on
/// unmapped memory faults). It may be executable and not writable: EL0 may
/// issue `dc cvau` and `ic ivau` on Linux, and a board runs at EL1.
pub unsafe fn flush_icache(ptr: *const u8, len: usize) {
    #[cfg(target_arch = "aarch64")]
    {
        use core::arch::asm;
        if len == 0 {
            return;
        }
        let ctr: u64;
        // SAFETY: reading CTR_EL0 only reads an ID register; Linux lets user space
        // read it (directly, or by trapping and emulating the read).
        unsafe { asm!("mrs {}, ctr_el0", out(reg) ctr, options(nomem, nostack, preserves_flags)) };
        // DminLine (bits 19:16) and IminLine (bits 3:0): log2 of the line sizes
        // in 4-byte words.
        let dline = 4usize << ((ctr >> 16) & 0xF);
        let iline = 4usize << (ctr & 0xF);
        let (start, end) = (ptr as usize, ptr as usize + len);
        let mut line = start & !(dline - 1);
        while line < end {
            // SAFETY: cleans the data-cache line holding `line`, which overlaps the
            // caller's mapped, readable range; no memory contents change. Not
            // `nomem`: the code's stores must be emitted before it.
            unsafe { asm!("dc cvau, {}", in(reg) line, options(nostack, preserves_flags)) };
            line += dline;
        }
        // SAFETY: a barrier: waits for the cleans above to complete.
        unsafe { asm!("dsb ish", options(nostack, preserves_flags)) };
        let mut line = start & !(iline - 1);
        while line < end {
            // SAFETY: invalidates the instruction-cache line holding `line` (in the
            // caller's readable range) on every core of the inner-shareable domain.
            unsafe { asm!("ic ivau, {}", in(reg) line, options(nostack, preserves_flags)) };
            line += iline;
        }
        // SAFETY: barriers only: wait for the invalidations, then discard whatever
        // this core fetched ahead of them.
        unsafe { asm!("dsb ish", "isb", options(nostack, preserves_flags)) };
    }
    #[cfg(not(target_arch = "aarch64"))]
    let _ = (ptr, len);
}

/// Run by a thread that will execute code another core wrote, after it loaded
/// the code's address (Acquire) and before it jumps there: an `isb`, so this
/// core fetches again instead of running instructions it fetched earlier.
pub fn sync_before_entry() {
    #[cfg(target_arch = "aarch64")]
    // SAFETY: `isb` only flushes this core's pipeline; no memory or register effects.
    unsafe {
        core::arch::asm!("isb", options(nostack, preserves_flags))
    };
}
