//! A desktop host: stdout output, the system clock, UTC time zone by default,
//! and machine code from the compiler crate (on the script thread or from a
//! shared pool of compiler threads).

use std::io::Write;
use std::sync::{Arc, OnceLock};

use compiler_thread::{CompilerPool, SyncService};
use engine_core::jit::runtime::CodeService;
use engine_core::Host;

/// Where a host's engine gets its machine code.
#[derive(Clone)]
pub enum Compiler {
    /// No JIT backend.
    None,
    /// Compile on the script thread.
    Sync,
    /// Compile on this shared pool's threads.
    Pool(Arc<CompilerPool>),
}

impl Compiler {
    /// The service for one engine.
    pub fn service(&self) -> Option<Box<dyn CodeService>> {
        if !compiler_thread::backend::AVAILABLE {
            return None;
        }
        match self {
            Compiler::None => None,
            Compiler::Sync => Some(Box::new(SyncService::new())),
            Compiler::Pool(p) => Some(Box::new(p.service())),
        }
    }
}

/// The process-wide compiler pool (created on first use with `workers` threads,
/// 0 meaning the default: the available cores minus one, at least one).
pub fn shared_pool(workers: usize) -> Arc<CompilerPool> {
    static POOL: OnceLock<Arc<CompilerPool>> = OnceLock::new();
    POOL.get_or_init(|| Arc::new(if workers == 0 { CompilerPool::with_default_workers() } else { CompilerPool::new(workers) })).clone()
}

/// Prints to stdout (buffered, flushed at exit) and reads the system clock.
pub struct StdHost {
    out: Option<std::io::BufWriter<std::io::Stdout>>,
    compiler: Compiler,
}

impl Default for StdHost {
    fn default() -> Self {
        StdHost::new()
    }
}

impl StdHost {
    /// A host writing to stdout.
    pub fn new() -> StdHost {
        StdHost::with_compiler(Compiler::Sync)
    }
    /// A host writing to stdout whose engine compiles with `compiler`.
    pub fn with_compiler(compiler: Compiler) -> StdHost {
        StdHost { out: Some(std::io::BufWriter::new(std::io::stdout())), compiler }
    }
}

impl Host for StdHost {
    fn print(&mut self, line: &str) {
        if let Some(out) = self.out.as_mut() {
            let _ = out.write_all(line.as_bytes());
            let _ = out.write_all(b"\n");
        }
    }
    fn code_service(&mut self) -> Option<Box<dyn CodeService>> {
        self.compiler.service()
    }
    fn monotonic_ns(&self) -> u64 {
        // The compiler threads' clock, so install latencies compare.
        compiler_thread::clock::now_ns()
    }
    fn diag(&mut self, line: &str) {
        if let Some(out) = self.out.as_mut() {
            let _ = out.flush();
        }
        eprintln!("{line}");
    }
    fn now_ms(&self) -> f64 {
        match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => d.as_millis() as f64,
            Err(_) => 0.0,
        }
    }
}

impl Drop for StdHost {
    fn drop(&mut self) {
        if let Some(out) = self.out.as_mut() {
            let _ = out.flush();
        }
    }
}
