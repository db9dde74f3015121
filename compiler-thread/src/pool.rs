//! The background compiler: a pool of worker threads shared by any number of
//! engines.
//!
//! Jobs enter through one crossbeam-deque `Injector` per priority level; each
//! worker owns a deque, takes batches from the injectors (most urgent level
//! first), and steals from the other workers when it runs dry. A job compiles and
//! links its tree, then publishes it into the tree's slot (see
//! `engine_core::jit::publish`); the engine's script thread picks it up at its
//! next loop-header check and never waits. A job that fails, or whose compiler
//! panics, marks its tree's slot failed; the pool carries on.
//!
//! Engines hold a [`PoolService`]; dropping one makes its queued jobs skip. The
//! pool shuts down when [`CompilerPool`] is dropped: workers finish the job in
//! hand, queued jobs are dropped (their trees simply stay interpreted), and every
//! thread is joined.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use crossbeam_deque::{Injector, Steal, Stealer, Worker};
use engine_core::jit::runtime::{CodeService, CompileLog, ServiceCounters, TreeJob, TreeSlot};

use crate::compile::{run_job, take_log, JobContext};

/// Priority levels (0 is the most urgent).
const LEVELS: usize = 4;

/// A queued job.
struct Task {
    job: TreeJob,
    slot: Arc<TreeSlot>,
    collector: crossbeam_epoch::Collector,
    counters: Arc<Mutex<ServiceCounters>>,
    /// The engine's compile log (spans of jobs that ask for it).
    log: Arc<Mutex<CompileLog>>,
    /// Cleared when the engine that submitted the job goes away.
    alive: Arc<AtomicBool>,
}

struct Shared {
    injectors: Vec<Injector<Task>>,
    stealers: Mutex<Vec<Stealer<Task>>>,
    shutdown: AtomicBool,
    idle: Mutex<()>,
    wake: Condvar,
}

impl Shared {
    fn any_queued(&self) -> bool {
        self.injectors.iter().any(|i| !i.is_empty())
    }
}

/// A pool of compiler threads.
pub struct CompilerPool {
    shared: Arc<Shared>,
    threads: Vec<JoinHandle<()>>,
}

impl CompilerPool {
    /// A pool with `workers` threads (at least one).
    pub fn new(workers: usize) -> CompilerPool {
        let n = workers.max(1);
        let shared = Arc::new(Shared {
            injectors: (0..LEVELS).map(|_| Injector::new()).collect(),
            stealers: Mutex::new(Vec::new()),
            shutdown: AtomicBool::new(false),
            idle: Mutex::new(()),
            wake: Condvar::new(),
        });
        let locals: Vec<Worker<Task>> = (0..n).map(|_| Worker::new_fifo()).collect();
        if let Ok(mut s) = shared.stealers.lock() {
            *s = locals.iter().map(|w| w.stealer()).collect();
        }
        let threads = locals
            .into_iter()
            .enumerate()
            .filter_map(|(i, local)| {
                let shared = shared.clone();
                std::thread::Builder::new().name(format!("tarsier-compiler-{i}")).spawn(move || worker_loop(&shared, &local, i)).ok()
            })
            .collect();
        CompilerPool { shared, threads }
    }

    /// A pool with the default number of workers: the available cores minus one
    /// (the script thread's), at least one.
    pub fn with_default_workers() -> CompilerPool {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        CompilerPool::new(cores.saturating_sub(1).max(1))
    }

    /// Number of worker threads.
    pub fn workers(&self) -> usize {
        self.threads.len()
    }

    /// A code service for one engine, submitting to this pool.
    pub fn service(&self) -> PoolService {
        PoolService {
            shared: self.shared.clone(),
            counters: Arc::new(Mutex::new(ServiceCounters::default())),
            log: Arc::new(Mutex::new(CompileLog::default())),
            alive: Arc::new(AtomicBool::new(true)),
        }
    }
}

impl Drop for CompilerPool {
    fn drop(&mut self) {
        self.shared.shutdown.store(true, Ordering::Release);
        if let Ok(_g) = self.shared.idle.lock() {
            self.shared.wake.notify_all();
        }
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
        // Jobs still queued are dropped here with the injectors' last owner (or
        // with the engines' services): nothing was published for them.
    }
}

fn find_task(shared: &Shared, local: &Worker<Task>, me: usize) -> Option<Task> {
    if let Some(t) = local.pop() {
        return Some(t);
    }
    for inj in &shared.injectors {
        loop {
            match inj.steal_batch_and_pop(local) {
                Steal::Success(t) => return Some(t),
                Steal::Empty => break,
                Steal::Retry => continue,
            }
        }
    }
    let stealers = shared.stealers.lock().ok()?;
    for (i, s) in stealers.iter().enumerate() {
        if i == me {
            continue;
        }
        loop {
            match s.steal() {
                Steal::Success(t) => return Some(t),
                Steal::Empty => break,
                Steal::Retry => continue,
            }
        }
    }
    None
}

fn worker_loop(shared: &Shared, local: &Worker<Task>, me: usize) {
    loop {
        if shared.shutdown.load(Ordering::Acquire) {
            return;
        }
        match find_task(shared, local, me) {
            Some(task) => {
                if task.alive.load(Ordering::Acquire) {
                    // Worker numbers are small (the pool's size).
                    let cx = JobContext { counters: &task.counters, log: &task.log, thread: Some(me as u32) };
                    run_job(&task.job, &task.slot, &task.collector, &cx);
                } else if let Ok(mut c) = task.counters.lock() {
                    c.superseded += 1;
                }
            }
            None => {
                // Sleep until a submit wakes us (re-checking under the lock so a
                // wake-up between the search and the wait is not lost).
                let Ok(g) = shared.idle.lock() else { return };
                if shared.any_queued() || shared.shutdown.load(Ordering::Acquire) {
                    continue;
                }
                let _ = shared.wake.wait_timeout(g, Duration::from_millis(50));
            }
        }
    }
}

/// One engine's handle on a [`CompilerPool`].
pub struct PoolService {
    shared: Arc<Shared>,
    counters: Arc<Mutex<ServiceCounters>>,
    log: Arc<Mutex<CompileLog>>,
    alive: Arc<AtomicBool>,
}

impl CodeService for PoolService {
    fn submit(&mut self, job: TreeJob, slot: Arc<TreeSlot>, collector: &crossbeam_epoch::Collector, priority: u32) {
        if let Ok(mut c) = self.counters.lock() {
            c.submitted += 1;
        }
        // Hotter (larger priority) goes to a more urgent level: one level per
        // factor of 16.
        let level = (LEVELS - 1).saturating_sub((priority.max(1).ilog2() / 4) as usize);
        let task = Task { job, slot, collector: collector.clone(), counters: self.counters.clone(), log: self.log.clone(), alive: self.alive.clone() };
        self.shared.injectors[level].push(task);
        if let Ok(_g) = self.shared.idle.lock() {
            self.shared.wake.notify_one();
        }
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
        // The code was written and flushed on a worker thread, maybe another core.
        crate::codemem::sync_before_entry();
    }
}

impl Drop for PoolService {
    fn drop(&mut self) {
        // The engine is going away: its queued jobs need not be compiled.
        self.alive.store(false, Ordering::Release);
    }
}
