//! Compiling when the embedder says so: jobs wait in a queue until
//! `Engine::run_pending_compiles(budget)` runs some of them on the calling
//! thread. This is the shape a host without threads gives its own service (over
//! the `no_std` core); here it also lets tests drive the publication path by hand.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use engine_core::jit::runtime::{CodeService, CompileLog, ServiceCounters, TreeJob, TreeSlot};

use crate::compile::{run_job, take_log, JobContext};

/// Queues jobs until pumped.
#[derive(Default)]
pub struct PumpedService {
    queue: VecDeque<(TreeJob, Arc<TreeSlot>, crossbeam_epoch::Collector)>,
    counters: Mutex<ServiceCounters>,
    log: Mutex<CompileLog>,
}

impl PumpedService {
    /// An empty queue.
    pub fn new() -> PumpedService {
        PumpedService::default()
    }
}

impl CodeService for PumpedService {
    fn submit(&mut self, job: TreeJob, slot: Arc<TreeSlot>, collector: &crossbeam_epoch::Collector, _priority: u32) {
        if let Ok(mut c) = self.counters.lock() {
            c.submitted += 1;
        }
        self.queue.push_back((job, slot, collector.clone()));
    }
    fn run_pending(&mut self, budget: usize) -> usize {
        let mut n = 0;
        while n < budget {
            let Some((job, slot, collector)) = self.queue.pop_front() else { break };
            run_job(&job, &slot, &collector, &JobContext { counters: &self.counters, log: &self.log, thread: None });
            n += 1;
        }
        n
    }
    fn is_synchronous(&self) -> bool {
        false
    }
    fn counters(&self) -> ServiceCounters {
        self.counters.lock().map(|c| *c).unwrap_or_default()
    }
    fn take_compile_log(&mut self) -> CompileLog {
        take_log(&self.log)
    }
    fn sync_before_entry(&self) {
        // Pumped on whichever thread the embedder chose.
        crate::codemem::sync_before_entry();
    }
}
