//! Where heap memory comes from: the host decides.

use alloc::alloc::{alloc, dealloc, Layout};
use alloc::vec::Vec;
use core::ptr::NonNull;

/// A supplier of raw memory chunks for the heap.
///
/// The heap asks for page-sized, page-aligned chunks and for larger chunks holding
/// one big cell each. Implementations decide where the bytes come from; the heap
/// enforces its own byte limit on top.
pub trait MemorySource {
    /// Returns `size` bytes aligned to `align` (a power of two), or `None` when the
    /// source is exhausted.
    fn acquire(&mut self, size: usize, align: usize) -> Option<NonNull<u8>>;

    /// Gives a chunk back.
    ///
    /// # Safety
    /// `ptr`, `size` and `align` must be exactly those of an earlier successful
    /// `acquire` on this source, and the chunk must not be used afterwards.
    unsafe fn release(&mut self, ptr: NonNull<u8>, size: usize, align: usize);
}

/// Chunks from the global allocator (the system allocator on desktop hosts).
#[derive(Default, Debug)]
pub struct GlobalAllocSource;

impl MemorySource for GlobalAllocSource {
    fn acquire(&mut self, size: usize, align: usize) -> Option<NonNull<u8>> {
        let layout = Layout::from_size_align(size, align).ok()?;
        if layout.size() == 0 {
            return None;
        }
        // SAFETY: the layout has a non-zero size (checked above).
        NonNull::new(unsafe { alloc(layout) })
    }

    unsafe fn release(&mut self, ptr: NonNull<u8>, size: usize, align: usize) {
        // SAFETY: the caller passes back exactly what `acquire` returned, which was
        // allocated with this same (valid, non-zero) layout.
        unsafe { dealloc(ptr.as_ptr(), Layout::from_size_align_unchecked(size, align)) }
    }
}

/// Chunks carved out of one fixed memory region (a board's RAM set aside for the
/// heap). First fit over a sorted free list, coalescing on release.
pub struct FixedRegionSource {
    /// Free ranges `(start, len)`, sorted by address and never adjacent.
    free: Vec<(usize, usize)>,
}

impl FixedRegionSource {
    /// Manages `region` exclusively for the heap.
    pub fn new(region: &'static mut [u8]) -> FixedRegionSource {
        let start = region.as_mut_ptr() as usize;
        FixedRegionSource { free: alloc::vec![(start, region.len())] }
    }

    /// Bytes not currently handed out.
    pub fn free_bytes(&self) -> usize {
        self.free.iter().map(|r| r.1).sum()
    }
}

impl MemorySource for FixedRegionSource {
    fn acquire(&mut self, size: usize, align: usize) -> Option<NonNull<u8>> {
        if size == 0 || !align.is_power_of_two() {
            return None;
        }
        for i in 0..self.free.len() {
            let (start, len) = self.free[i];
            let aligned = start.checked_add(align - 1)? & !(align - 1);
            let pad = aligned - start;
            if pad.checked_add(size).is_none_or(|need| need > len) {
                continue;
            }
            let tail_start = aligned + size;
            let tail_len = start + len - tail_start;
            // Replace the range by its unused head and tail.
            self.free.remove(i);
            let mut at = i;
            if pad > 0 {
                self.free.insert(at, (start, pad));
                at += 1;
            }
            if tail_len > 0 {
                self.free.insert(at, (tail_start, tail_len));
            }
            return NonNull::new(aligned as *mut u8);
        }
        None
    }

    unsafe fn release(&mut self, ptr: NonNull<u8>, size: usize, _align: usize) {
        let start = ptr.as_ptr() as usize;
        let at = self.free.partition_point(|r| r.0 < start);
        self.free.insert(at, (start, size));
        // Merge with the following range, then with the preceding one.
        if at + 1 < self.free.len() && self.free[at].0 + self.free[at].1 == self.free[at + 1].0 {
            self.free[at].1 += self.free[at + 1].1;
            self.free.remove(at + 1);
        }
        if at > 0 && self.free[at - 1].0 + self.free[at - 1].1 == self.free[at].0 {
            self.free[at - 1].1 += self.free[at].1;
            self.free.remove(at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_region_first_fit_and_coalesce() {
        let region: &'static mut [u8] = alloc::boxed::Box::leak(alloc::vec![0u8; 1 << 16].into_boxed_slice());
        let mut src = FixedRegionSource::new(region);
        let total = src.free_bytes();
        let a = src.acquire(4096, 4096).unwrap();
        let b = src.acquire(100, 16).unwrap();
        let c = src.acquire(4096, 4096).unwrap();
        assert_eq!(a.as_ptr() as usize % 4096, 0);
        assert_eq!(c.as_ptr() as usize % 4096, 0);
        assert!(src.acquire(1 << 20, 16).is_none());
        // SAFETY: each chunk is released once with the size it was acquired with.
        unsafe {
            src.release(b, 100, 16);
            src.release(a, 4096, 4096);
            src.release(c, 4096, 4096);
        }
        assert_eq!(src.free_bytes(), total);
        assert_eq!(src.free.len(), 1);
    }
}
