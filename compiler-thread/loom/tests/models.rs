//! loom models of publishing compiled code (see `publish.rs` for the protocol).
//!
//! The payload stands in for a block of machine code: the compiler writes its
//! bytes (a `loom::cell::UnsafeCell`) before publishing, the script thread reads
//! them after loading the slot, and loom reports any read not ordered after the
//! write. Dropping a payload records that its memory was freed, so a read after a
//! free is caught too.

use loom::cell::UnsafeCell;
use loom::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering};
use loom::sync::Arc;
use loom::thread;

use publish_loom::publish::CodeSlot;

/// A stand-in for compiled code.
struct Code {
    bytes: UnsafeCell<u64>,
    freed: Arc<AtomicUsize>,
}

impl Code {
    /// "Compiles": writes the bytes while the code is still private.
    fn compile(value: u64, freed: &Arc<AtomicUsize>) -> Code {
        let c = Code { bytes: UnsafeCell::new(0), freed: freed.clone() };
        c.bytes.with_mut(|p| unsafe { *p = value });
        c
    }
    /// "Runs": reads the bytes.
    fn run(&self) -> u64 {
        self.bytes.with(|p| unsafe { *p })
    }
}

impl Drop for Code {
    fn drop(&mut self) {
        self.freed.fetch_add(1, Ordering::AcqRel);
    }
}

#[test]
fn submit_publish_enter() {
    loom::model(|| {
        let collector = crossbeam_epoch::Collector::new();
        let slot = Arc::new(CodeSlot::<Code>::new());
        let freed = Arc::new(AtomicUsize::new(0));
        let version = slot.request();
        let worker = {
            let (slot, collector, freed) = (slot.clone(), collector.clone(), freed.clone());
            thread::spawn(move || {
                let h = collector.register();
                let g = h.pin();
                assert!(slot.publish(version, Code::compile(42, &freed), &g));
            })
        };
        // The script thread: enters the code if it is there, otherwise interprets.
        let h = collector.register();
        {
            let g = h.pin();
            if let Some(v) = slot.load(&g) {
                assert_eq!(v.number, version);
                assert_eq!(v.value.run(), 42);
            }
        }
        worker.join().unwrap();
        let g = h.pin();
        assert_eq!(slot.load(&g).map(|v| v.value.run()), Some(42));
    });
}

#[test]
fn replace_while_the_old_code_runs() {
    loom::model(|| {
        let collector = crossbeam_epoch::Collector::new();
        let slot = Arc::new(CodeSlot::<Code>::new());
        let freed = Arc::new(AtomicUsize::new(0));
        let h = collector.register();
        let v1 = slot.request();
        slot.publish(v1, Code::compile(1, &freed), &h.pin());
        let v2 = slot.request();
        // The script thread is inside version 1 while a worker swaps in version 2.
        let g = h.pin();
        let running = slot.load(&g).expect("version 1");
        let worker = {
            let (slot, collector, freed) = (slot.clone(), collector.clone(), freed.clone());
            thread::spawn(move || {
                let h = collector.register();
                let g = h.pin();
                assert!(slot.publish(v2, Code::compile(2, &freed), &g));
                // Push the deferred free along as hard as possible.
                g.flush();
            })
        };
        // Still running version 1: its memory must not have been freed.
        assert_eq!(running.value.run(), 1);
        assert_eq!(freed.load(Ordering::Acquire), 0);
        drop(g);
        worker.join().unwrap();
        let g = h.pin();
        assert_eq!(slot.load(&g).map(|v| v.value.run()), Some(2));
    });
}

#[test]
fn retire_after_the_last_reader() {
    loom::model(|| {
        let collector = crossbeam_epoch::Collector::new();
        let freed = Arc::new(AtomicUsize::new(0));
        {
            let slot = Arc::new(CodeSlot::<Code>::new());
            let h = collector.register();
            let v1 = slot.request();
            slot.publish(v1, Code::compile(1, &freed), &h.pin());
            let v2 = slot.request();
            let reader = {
                let (slot, collector) = (slot.clone(), collector.clone());
                thread::spawn(move || {
                    let h = collector.register();
                    let g = h.pin();
                    if let Some(v) = slot.load(&g) {
                        let x = v.value.run();
                        assert!(x == 1 || x == 2);
                    }
                })
            };
            {
                let g = h.pin();
                assert!(slot.publish(v2, Code::compile(2, &freed), &g));
            }
            reader.join().unwrap();
            // A stale, older version never replaces a newer one.
            assert!(!slot.publish(v1, Code::compile(9, &freed), &h.pin()));
        }
        // Every version was freed exactly once (the rejected one too), once the
        // collector and its handles are gone.
        drop(collector);
        assert_eq!(freed.load(Ordering::Acquire), 3);
    });
}

#[test]
fn shutdown_with_pending_jobs() {
    loom::model(|| {
        let collector = crossbeam_epoch::Collector::new();
        let freed = Arc::new(AtomicUsize::new(0));
        let slot = Arc::new(CodeSlot::<Code>::new());
        let stop = Arc::new(AtomicBool::new(false));
        // Two queued jobs; the pool shuts down before the second one runs.
        let jobs = vec![(slot.request(), 1u64), (slot.request(), 2u64)];
        let worker = {
            let (slot, collector, freed, stop) = (slot.clone(), collector.clone(), freed.clone(), stop.clone());
            thread::spawn(move || {
                let h = collector.register();
                for (version, value) in jobs {
                    if stop.load(Ordering::Acquire) {
                        break; // dropped unpublished
                    }
                    if slot.superseded(version) {
                        continue;
                    }
                    slot.publish(version, Code::compile(value, &freed), &h.pin());
                }
            })
        };
        stop.store(true, Ordering::Release);
        worker.join().unwrap();
        let published = {
            let h = collector.register();
            let g = h.pin();
            slot.load(&g).map(|v| v.number)
        };
        // The first job was superseded by the second before it started, or the
        // worker stopped first: at most the newest version is ever published.
        assert!(published.is_none() || published == Some(2));
        drop(slot);
        drop(collector);
        let made = if published.is_some() { 1 } else { 0 };
        assert_eq!(freed.load(Ordering::Acquire), made, "everything published was freed, nothing twice");
    });
}

/// The protocol without its orderings: a pointer published with a Relaxed
/// store. loom must report the script thread's read of the code as a data race
/// (proof that these models can fail).
#[test]
#[should_panic(expected = "Causality violation")]
fn relaxed_publication_is_caught() {
    loom::model(|| {
        let freed = Arc::new(AtomicUsize::new(0));
        let slot = Arc::new(AtomicPtr::<Code>::new(std::ptr::null_mut()));
        let worker = {
            let (slot, freed) = (slot.clone(), freed.clone());
            thread::spawn(move || {
                let code = Box::into_raw(Box::new(Code::compile(7, &freed)));
                slot.store(code, Ordering::Relaxed);
            })
        };
        let p = slot.load(Ordering::Relaxed);
        if !p.is_null() {
            // SAFETY (model): the code is never freed while this test runs.
            let x = unsafe { (*p).run() };
            assert_eq!(x, 7);
        }
        worker.join().unwrap();
        let p = slot.load(Ordering::Relaxed);
        if !p.is_null() {
            // SAFETY (model): the worker is joined; nothing else owns the box.
            drop(unsafe { Box::from_raw(p) });
        }
    });
}
