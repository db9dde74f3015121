//! Publication of compiled code: how a tree's machine code gets from a compiler
//! (a worker thread, or the script thread itself) to the script thread that runs
//! it, and how replaced code is freed only when nothing can still run it.
//!
//! Each tree owns a [`CodeSlot`]: a crossbeam-epoch `Atomic` pointer to the
//! current compiled version.
//!
//! - **Request.** Before handing a job over, the script thread takes a new
//!   version number from the slot ([`CodeSlot::request`]).
//! - **Publish.** The compiler makes the code executable first (and flushes the
//!   instruction cache where that matters), then swaps the new version in with
//!   Release ordering ([`CodeSlot::publish`]). An older version never replaces a
//!   newer one; a job whose version has been overtaken before it starts is
//!   skipped (superseded).
//! - **Enter.** The script thread pins its epoch handle, loads the slot with
//!   Acquire ordering and, if there is code, jumps into it. It stays pinned until
//!   the native code returns: that is how it tells the collector it may be using
//!   the code. Between native runs it is unpinned (a quiescent state).
//! - **Retire.** The replaced version is handed to the epoch collector with
//!   `defer_destroy`: it is dropped (its memory unmapped) only after every thread
//!   pinned at the time of the swap has unpinned, so never under a running trace.
//! - **Fail.** A compiler that cannot produce code marks the slot failed; the
//!   script thread then treats the tree like an aborted recording.
//!
//! This module uses only `core`, `alloc` and crossbeam-epoch (with an explicit
//! `Collector`), so boards without threads run the same protocol: their compiler
//! is simply called on the script thread. It is also compiled on its own into the
//! loom models (`compiler-thread/loom`), which is why it depends on nothing else in
//! the crate.

#[cfg(crossbeam_loom)]
use loom::sync::atomic::{AtomicBool, AtomicU32, Ordering};
#[cfg(not(crossbeam_loom))]
use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};

use crossbeam_epoch::{Atomic, Guard, Owned};

/// A published version: the payload and the version number it was compiled for.
pub struct Version<T> {
    /// The version number (from [`CodeSlot::request`]).
    pub number: u32,
    /// The compiled code (or, in the loom models, a stand-in).
    pub value: T,
}

/// Where the current version of a tree's code is published.
pub struct CodeSlot<T> {
    current: Atomic<Version<T>>,
    requested: AtomicU32,
    failed: AtomicBool,
}

impl<T> Default for CodeSlot<T> {
    fn default() -> Self {
        CodeSlot::new()
    }
}

impl<T> CodeSlot<T> {
    /// An empty slot (nothing compiled yet).
    pub fn new() -> CodeSlot<T> {
        CodeSlot { current: Atomic::null(), requested: AtomicU32::new(0), failed: AtomicBool::new(false) }
    }

    /// Takes the number of a new version about to be compiled.
    pub fn request(&self) -> u32 {
        self.requested.fetch_add(1, Ordering::AcqRel) + 1
    }

    /// The newest version requested so far.
    pub fn requested(&self) -> u32 {
        self.requested.load(Ordering::Acquire)
    }

    /// Has a newer version than `number` been requested (so compiling `number` is
    /// wasted work)?
    pub fn superseded(&self, number: u32) -> bool {
        self.requested() > number
    }

    /// Publishes `value` as version `number` unless a newer version is already
    /// published (then `value` is dropped and `false` returned). The replaced
    /// version is destroyed once no pinned thread can still be using it.
    pub fn publish(&self, number: u32, value: T, guard: &Guard) -> bool {
        let mut new = Owned::new(Version { number, value });
        loop {
            let cur = self.current.load(Ordering::Acquire, guard);
            // SAFETY: `cur` was loaded under `guard`, so it is not freed while the
            // guard lives.
            if let Some(c) = unsafe { cur.as_ref() } {
                if c.number >= number {
                    return false;
                }
            }
            match self.current.compare_exchange(cur, new, Ordering::Release, Ordering::Acquire, guard) {
                Ok(_) => {
                    if !cur.is_null() {
                        // SAFETY: `cur` is no longer reachable from the slot; threads
                        // that loaded it are pinned, and the collector waits for them.
                        unsafe { guard.defer_destroy(cur) };
                    }
                    return true;
                }
                Err(e) => new = e.new,
            }
        }
    }

    /// The current version, if any (valid while `guard` is pinned).
    pub fn load<'g>(&self, guard: &'g Guard) -> Option<&'g Version<T>> {
        // SAFETY: loaded under `guard`; versions are only freed through
        // `defer_destroy`, after every guard pinned at the time has been dropped.
        unsafe { self.current.load(Ordering::Acquire, guard).as_ref() }
    }

    /// Marks the slot failed (the compiler could not produce code).
    pub fn fail(&self) {
        self.failed.store(true, Ordering::Release);
    }

    /// Did compilation fail?
    pub fn failed(&self) -> bool {
        self.failed.load(Ordering::Acquire)
    }
}

impl<T> Drop for CodeSlot<T> {
    fn drop(&mut self) {
        // SAFETY: `&mut self`: no other thread can reach the slot any more, so the
        // current version is exclusively ours to free.
        unsafe {
            let g = crossbeam_epoch::unprotected();
            let cur = self.current.load(Ordering::Acquire, g);
            if !cur.is_null() {
                drop(cur.into_owned());
            }
        }
    }
}
