//! Compiling on the script thread (`--jit=sync`): the job is compiled and
//! published before `submit` returns, through the same publication path as the
//! background pool.

use std::sync::{Arc, Mutex};

use engine_core::jit::runtime::{CodeService, CompileLog, ServiceCounters, TreeJob, TreeSlot};

use crate::compile::{run_job, take_log, JobContext};

/// Compiles on the calling thread.
#[derive(Default)]
pub struct SyncService {
    counters: Mutex<ServiceCounters>,
    log: Mutex<CompileLog>,
}

impl SyncService {
    /// A synchronous service.
    pub fn new() -> SyncService {
        SyncService::default()
    }
}

impl CodeService for SyncService {
    fn submit(&mut self, job: TreeJob, slot: Arc<TreeSlot>, collector: &crossbeam_epoch::Collector, _priority: u32) {
        if let Ok(mut c) = self.counters.lock() {
            c.submitted += 1;
        }
        run_job(&job, &slot, collector, &JobContext { counters: &self.counters, log: &self.log, thread: None });
    }
    fn is_synchronous(&self) -> bool {
        true
    }
    fn counters(&self) -> ServiceCounters {
        self.counters.lock().map(|c| *c).unwrap_or_default()
    }
    fn take_compile_log(&mut self) -> CompileLog {
        take_log(&self.log)
    }
    fn sync_before_entry(&self) {
        // Compiled on this thread, whose `flush_icache` already ended with an
        // `isb` (and a move to another core goes through the kernel, which
        // synchronizes too): not needed, but one `isb` per version costs nothing
        // and keeps the three services alike.
        crate::codemem::sync_before_entry();
    }
}
