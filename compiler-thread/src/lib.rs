//! Tarsier's trace compiler.
//!
//! Script threads record LIR; this crate turns tree jobs into native code:
//! it runs the passes after recording (peeling, dead-code elimination), allocates
//! registers and emits machine code with the `targets` crate, links a tree's
//! fragments into one block of memory that is writable while it is written and
//! executable only afterwards (W^X, through `region`), and publishes the block
//! through the tree's crossbeam-epoch slot (see `engine_core::jit::publish`).
//!
//! Three code services share that pipeline:
//!
//! - [`SyncService`] compiles on the script thread when a trace is recorded
//!   (`--jit=sync`);
//! - [`CompilerPool`] runs worker threads that compile in the background, shared
//!   by any number of engines on any number of threads (`--jit=background`):
//!   a crossbeam-deque injector per priority level plus per-worker deques with
//!   stealing, hotter jobs first;
//! - [`PumpedService`] queues jobs until the embedder calls
//!   `Engine::run_pending_compiles` (hosts without threads do the same with their
//!   own service over the same publication protocol).

pub mod clock;
pub mod codemem;
pub mod compile;
pub mod pool;
pub mod pump;
pub mod sync;

pub use pool::{CompilerPool, PoolService};
pub use pump::PumpedService;
pub use sync::SyncService;

/// The backend this build compiles with (`targets::Native`): its name and
/// whether it exists on this architecture at all.
pub mod backend {
    /// The target's name in diagnostics (`"x86-64"`, `"none"`, ...).
    pub const NAME: &str = <targets::Native as targets::Backend>::NAME;
    /// Does this architecture have a backend? Without one, hosts run the
    /// interpreter only.
    pub const AVAILABLE: bool = <targets::Native as targets::Backend>::AVAILABLE;
}
