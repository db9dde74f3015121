//! Segregated-fit cell allocator with mark-sweep reclamation.
//!
//! Small cells (up to [`LARGE_OBJECT_THRESHOLD`] bytes) live in [`PAGE_SIZE`] pages,
//! each page holding cells of one size class, with a free list per class. Bigger
//! cells get a chunk of their own. Every byte comes from the [`MemorySource`], and
//! the total acquired never exceeds the configured limit.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::ptr::{self, NonNull};

use super::{finalize_cell, trace_cell, CellKind, Gc, Header, MemorySource, Tracer};

/// Size and alignment of a page.
pub const PAGE_SIZE: usize = 16 * 1024;
/// Cells larger than this get a chunk of their own.
pub const LARGE_OBJECT_THRESHOLD: usize = 2048;
/// `Header::class` of cells in their own chunk.
pub(crate) const LARGE_CLASS: u8 = 0xFF;
/// Cell alignment.
const GRANULE: usize = 16;
/// Cell sizes per class (multiples of the granule, geometric-ish spacing).
const CLASS_SIZES: [u16; 24] = [
    16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896, 1024, 1280, 1536,
    1792, 2048,
];
const NUM_CLASSES: usize = CLASS_SIZES.len();
const _: () = assert!(CLASS_SIZES[NUM_CLASSES - 1] as usize == LARGE_OBJECT_THRESHOLD);

/// Maps `(size + 15) / 16` to a class index, for sizes up to the threshold.
const CLASS_OF_GRANULES: [u8; LARGE_OBJECT_THRESHOLD / GRANULE + 1] = {
    let mut table = [0u8; LARGE_OBJECT_THRESHOLD / GRANULE + 1];
    let mut g = 0;
    while g < table.len() {
        let mut c = 0;
        while (CLASS_SIZES[c] as usize) < g * GRANULE {
            c += 1;
        }
        table[g] = c as u8;
        g += 1;
    }
    table
};

/// The start of every page.
#[repr(C, align(16))]
struct PageHeader {
    next: *mut PageHeader,
    class: u8,
    cell_size: u32,
    cell_count: u32,
}
const PAGE_HEADER_SIZE: usize = core::mem::size_of::<PageHeader>().next_multiple_of(GRANULE);

/// The start of every large-cell chunk; the cell follows.
#[repr(C, align(16))]
struct LargeHeader {
    next: *mut LargeHeader,
    size: usize,
}
const LARGE_HEADER_SIZE: usize = core::mem::size_of::<LargeHeader>().next_multiple_of(GRANULE);

/// A cell on a free list.
#[repr(C)]
struct FreeCell {
    header: Header,
    next: *mut FreeCell,
}

/// Counters describing the heap.
#[derive(Clone, Copy, Default, Debug)]
pub struct HeapStats {
    /// Bytes currently obtained from the memory source.
    pub acquired_bytes: usize,
    /// Bytes in live cells after the last collection.
    pub live_bytes_after_gc: usize,
    /// Completed collections.
    pub collections: u64,
    /// Cells allocated in total.
    pub cells_allocated: u64,
    /// Bytes of cells allocated in total (size classes, not requested sizes).
    pub bytes_allocated: u64,
    /// Cells freed in total.
    pub cells_freed: u64,
}

/// The cell heap.
pub struct Heap {
    source: Box<dyn MemorySource>,
    limit: usize,
    free: [*mut FreeCell; NUM_CLASSES],
    pages: *mut PageHeader,
    large: *mut LargeHeader,
    /// Acquiring beyond this many bytes first asks for a collection.
    next_gc: usize,
    min_growth: usize,
    stress_interval: u32,
    stress_countdown: u32,
    mark_stack: Vec<Gc<Header>>,
    stats: HeapStats,
}

impl Heap {
    /// A heap that takes memory from `source` and never holds more than `limit`
    /// bytes. `stress_interval`, if non-zero, requests a collection every that many
    /// allocations (a testing aid).
    pub fn new(source: Box<dyn MemorySource>, limit: usize, stress_interval: u32) -> Heap {
        let min_growth = (limit / 4).clamp(PAGE_SIZE * 4, 4 << 20);
        Heap {
            source,
            limit,
            free: [ptr::null_mut(); NUM_CLASSES],
            pages: ptr::null_mut(),
            large: ptr::null_mut(),
            next_gc: min_growth,
            min_growth,
            stress_interval,
            stress_countdown: stress_interval,
            mark_stack: Vec::new(),
            stats: HeapStats::default(),
        }
    }

    /// Current counters.
    pub fn stats(&self) -> HeapStats {
        self.stats
    }

    /// The hard byte limit.
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// Allocates a cell of `size` bytes without growing past the collection
    /// trigger. `None` means "collect first, then call [`Heap::alloc_growing`]".
    #[inline]
    pub fn try_alloc(&mut self, size: usize) -> Option<(NonNull<Header>, u8)> {
        if self.stress_interval != 0 {
            self.stress_countdown -= 1;
            if self.stress_countdown == 0 {
                self.stress_countdown = self.stress_interval;
                return None;
            }
        }
        if size <= LARGE_OBJECT_THRESHOLD {
            let class = CLASS_OF_GRANULES[size.div_ceil(GRANULE)] as usize;
            let head = self.free[class];
            if !head.is_null() {
                // SAFETY: free-list entries are free cells of this class inside pages
                // we own; the `next` link was written when the cell was freed.
                self.free[class] = unsafe { (*head).next };
                self.stats.cells_allocated += 1;
                self.stats.bytes_allocated += CLASS_SIZES[class] as u64;
                // SAFETY: `head` is non-null (checked above).
                return Some((unsafe { NonNull::new_unchecked(head.cast()) }, class as u8));
            }
        }
        self.alloc_slow(size, false)
    }

    /// Allocates after a collection, growing up to the hard limit.
    pub fn alloc_growing(&mut self, size: usize) -> Option<(NonNull<Header>, u8)> {
        self.alloc_slow(size, true)
    }

    fn alloc_slow(&mut self, size: usize, may_grow: bool) -> Option<(NonNull<Header>, u8)> {
        if size > LARGE_OBJECT_THRESHOLD {
            return self.alloc_large(size, may_grow);
        }
        let class = CLASS_OF_GRANULES[size.div_ceil(GRANULE)] as usize;
        if self.free[class].is_null() && !self.add_page(class, may_grow) {
            return None;
        }
        let head = self.free[class];
        // SAFETY: `add_page` succeeded or the list was non-empty, so `head` is a free
        // cell of this class.
        self.free[class] = unsafe { (*head).next };
        self.stats.cells_allocated += 1;
        self.stats.bytes_allocated += CLASS_SIZES[class] as u64;
        // SAFETY: `head` is non-null.
        Some((unsafe { NonNull::new_unchecked(head.cast()) }, class as u8))
    }

    /// Can `bytes` more be acquired, given the trigger (unless growing) and the limit?
    fn may_acquire(&self, bytes: usize, may_grow: bool) -> bool {
        let after = self.stats.acquired_bytes.saturating_add(bytes);
        after <= self.limit && (may_grow || after <= self.next_gc)
    }

    fn add_page(&mut self, class: usize, may_grow: bool) -> bool {
        if !self.may_acquire(PAGE_SIZE, may_grow) {
            return false;
        }
        let Some(mem) = self.acquire_checked(PAGE_SIZE, PAGE_SIZE) else { return false };
        let cell_size = CLASS_SIZES[class] as usize;
        let cell_count = (PAGE_SIZE - PAGE_HEADER_SIZE) / cell_size;
        let page = mem.as_ptr().cast::<PageHeader>();
        // SAFETY: `mem` is a fresh, exclusively owned, page-aligned chunk of
        // PAGE_SIZE bytes; the header and all cells lie within it.
        unsafe {
            page.write(PageHeader { next: self.pages, class: class as u8, cell_size: cell_size as u32, cell_count: cell_count as u32 });
            self.pages = page;
            // Thread the cells onto the free list, lowest address first.
            for i in (0..cell_count).rev() {
                let cell = mem.as_ptr().add(PAGE_HEADER_SIZE + i * cell_size).cast::<FreeCell>();
                cell.write(FreeCell { header: Header::new(CellKind::Free), next: self.free[class] });
                self.free[class] = cell;
            }
        }
        true
    }

    fn alloc_large(&mut self, size: usize, may_grow: bool) -> Option<(NonNull<Header>, u8)> {
        let total = size.checked_add(LARGE_HEADER_SIZE)?.next_multiple_of(GRANULE);
        if !self.may_acquire(total, may_grow) {
            return None;
        }
        let mem = self.acquire_checked(total, GRANULE)?;
        let lh = mem.as_ptr().cast::<LargeHeader>();
        // SAFETY: `mem` is a fresh chunk of `total` bytes; the large header and the
        // cell after it fit inside.
        unsafe {
            lh.write(LargeHeader { next: self.large, size: total });
            self.large = lh;
            self.stats.cells_allocated += 1;
            self.stats.bytes_allocated += total as u64;
            Some((NonNull::new_unchecked(mem.as_ptr().add(LARGE_HEADER_SIZE).cast()), LARGE_CLASS))
        }
    }

    /// Acquires a chunk and checks that its addresses fit a NaN-boxed payload.
    fn acquire_checked(&mut self, size: usize, align: usize) -> Option<NonNull<u8>> {
        let mem = self.source.acquire(size, align)?;
        let end = (mem.as_ptr() as usize).checked_add(size)?;
        if end as u64 > crate::value::PAYLOAD_MASK {
            // SAFETY: returning exactly the chunk just acquired.
            unsafe { self.source.release(mem, size, align) };
            return None;
        }
        self.stats.acquired_bytes += size;
        Some(mem)
    }

    /// Writes `value` (whose first field is a [`Header`]) into a freshly allocated
    /// cell and records the cell's size class.
    ///
    /// # Safety
    /// `cell` and `class` must come from one successful allocation of at least
    /// `size_of::<T>()` bytes, `T` must be `repr(C)` with a `Header` first, and the
    /// header's kind must match `T`.
    #[inline(always)]
    pub unsafe fn init<T>(cell: NonNull<Header>, class: u8, value: T) -> Gc<T> {
        // SAFETY: per the contract, the cell is large enough and exclusively ours.
        unsafe {
            cell.as_ptr().cast::<T>().write(value);
            (*cell.as_ptr()).class.set(class);
            Gc::from_ptr(cell.cast())
        }
    }

    /// Runs a full collection: `mark_roots` marks the roots through the tracer,
    /// `before_sweep` lets weak tables drop entries for unmarked cells.
    pub fn collect(&mut self, mark_roots: impl FnOnce(&mut Tracer<'_>), before_sweep: impl FnOnce()) {
        let mut stack = core::mem::take(&mut self.mark_stack);
        {
            let mut tracer = Tracer { stack: &mut stack };
            mark_roots(&mut tracer);
            while let Some(h) = tracer.stack.pop() {
                trace_cell(h, &mut tracer);
            }
        }
        stack.clear();
        self.mark_stack = stack;
        before_sweep();
        self.sweep();
    }

    fn sweep(&mut self) {
        self.free = [ptr::null_mut(); NUM_CLASSES];
        let mut live_bytes = 0usize;
        let mut freed = 0u64;
        let mut kept: *mut PageHeader = ptr::null_mut();
        let mut page = self.pages;
        while !page.is_null() {
            // SAFETY: `page` is one of our pages: its header and its `cell_count`
            // cells of `cell_size` bytes lie inside the PAGE_SIZE chunk.
            unsafe {
                let next = (*page).next;
                let class = (*page).class as usize;
                let cell_size = (*page).cell_size as usize;
                let count = (*page).cell_count as usize;
                let base = page.cast::<u8>().add(PAGE_HEADER_SIZE);
                let list_before = self.free[class];
                let mut live = 0usize;
                for i in 0..count {
                    let cell = base.add(i * cell_size).cast::<FreeCell>();
                    let h = Gc::<Header>::from_ptr(NonNull::new_unchecked(cell.cast()));
                    if h.kind() != CellKind::Free {
                        if h.is_marked() {
                            h.mark.set(0);
                            live += 1;
                            continue;
                        }
                        finalize_cell(h);
                        poison(cell.cast(), cell_size);
                        freed += 1;
                    }
                    cell.write(FreeCell { header: Header::new(CellKind::Free), next: self.free[class] });
                    self.free[class] = cell;
                }
                if live == 0 {
                    // The whole page is free: undo its free-list entries and return it.
                    self.free[class] = list_before;
                    self.source.release(NonNull::new_unchecked(page.cast()), PAGE_SIZE, PAGE_SIZE);
                    self.stats.acquired_bytes -= PAGE_SIZE;
                } else {
                    live_bytes += live * cell_size;
                    (*page).next = kept;
                    kept = page;
                }
                page = next;
            }
        }
        self.pages = kept;

        let mut kept_large: *mut LargeHeader = ptr::null_mut();
        let mut lh = self.large;
        while !lh.is_null() {
            // SAFETY: `lh` is one of our large chunks, its cell right after the header.
            unsafe {
                let next = (*lh).next;
                let size = (*lh).size;
                let h = Gc::<Header>::from_ptr(NonNull::new_unchecked(lh.cast::<u8>().add(LARGE_HEADER_SIZE).cast()));
                if h.is_marked() {
                    h.mark.set(0);
                    live_bytes += size;
                    (*lh).next = kept_large;
                    kept_large = lh;
                } else {
                    finalize_cell(h);
                    freed += 1;
                    self.source.release(NonNull::new_unchecked(lh.cast()), size, GRANULE);
                    self.stats.acquired_bytes -= size;
                }
                lh = next;
            }
        }
        self.large = kept_large;

        self.stats.cells_freed += freed;
        self.stats.collections += 1;
        self.stats.live_bytes_after_gc = live_bytes;
        let growth = live_bytes.max(self.min_growth);
        self.next_gc = self.stats.acquired_bytes.saturating_add(growth).min(self.limit);
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // Finalize everything and hand all memory back: a collection with no roots.
        self.collect(|_| {}, || {});
    }
}

/// Overwrites a dead cell's payload so stale pointers fail loudly in debug builds.
#[inline(always)]
unsafe fn poison(cell: *mut u8, size: usize) {
    if cfg!(debug_assertions) {
        // SAFETY: the caller passes a dead cell of `size` bytes that nothing uses.
        unsafe { ptr::write_bytes(cell.add(8), 0xDB, size - 8) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gc::GlobalAllocSource;

    #[test]
    fn class_table_is_tight() {
        for g in 1..CLASS_OF_GRANULES.len() {
            let c = CLASS_OF_GRANULES[g] as usize;
            assert!(CLASS_SIZES[c] as usize >= g * GRANULE);
            assert!(c == 0 || (CLASS_SIZES[c - 1] as usize) < g * GRANULE);
        }
    }

    #[test]
    fn unmarked_cells_are_reclaimed_and_pages_returned() {
        let mut heap = Heap::new(Box::new(GlobalAllocSource), 1 << 20, 0);
        for _ in 0..10_000 {
            let (cell, class) = match heap.try_alloc(40) {
                Some(c) => c,
                None => {
                    heap.collect(|_| {}, || {});
                    heap.alloc_growing(40).expect("room after collecting")
                }
            };
            // SAFETY: a fresh 48-byte cell; the payload is a plain header.
            unsafe { Heap::init(cell, class, Header::new(CellKind::Accessor)) };
        }
        heap.collect(|_| {}, || {});
        assert_eq!(heap.stats().acquired_bytes, 0);
        assert!(heap.stats().collections >= 1);
    }
}
