//! A desktop host: stdout output (through [`crate::stdio`]), the system clock,
//! the local time zone (`TZ`, else the system's), and machine code from the
//! compiler crate (on the script thread or from a shared pool of compiler
//! threads).

use std::sync::{Arc, OnceLock};

use compiler_thread::{CompilerPool, SyncService};
use engine_core::jit::runtime::CodeService;
use engine_core::date::LocalTimeZone;
use engine_core::Host;

use crate::tz::Zone;

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

/// Prints to stdout (line-buffered on a terminal, block-buffered otherwise;
/// see [`crate::stdio`]), reads the system clock and the local time zone.
pub struct StdHost {
    compiler: Compiler,
    zone: Zone,
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
    /// A host writing to stdout whose engine compiles with `compiler`; local
    /// time is the system's (`TZ`, else `/etc/localtime`, else UTC).
    pub fn with_compiler(compiler: Compiler) -> StdHost {
        StdHost { compiler, zone: Zone::system() }
    }
    /// The same host with another local time zone.
    pub fn with_zone(mut self, zone: Zone) -> StdHost {
        self.zone = zone;
        self
    }
}

impl Host for StdHost {
    fn print(&mut self, line: &str) {
        crate::stdio::write_line(line);
    }
    fn code_service(&mut self) -> Option<Box<dyn CodeService>> {
        self.compiler.service()
    }
    fn monotonic_ns(&self) -> u64 {
        // The compiler threads' clock, so install latencies compare.
        compiler_thread::clock::now_ns()
    }
    fn diag(&mut self, line: &str) {
        crate::stdio::error_line(line);
    }
    fn now_ms(&self) -> f64 {
        match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => d.as_millis() as f64,
            Err(_) => 0.0,
        }
    }
    fn tz_offset_ms(&self, utc_ms: f64) -> f64 {
        self.zone.offset_ms(utc_ms)
    }
    fn tz_offset_for_local_ms(&self, local_ms: f64) -> f64 {
        self.zone.offset_for_local_ms(local_ms)
    }
    fn tz_name(&self, utc_ms: f64) -> String {
        self.zone.name(utc_ms)
    }
    fn native_stack(&self) -> Option<std::ops::Range<usize>> {
        current_thread_stack()
    }
}

/// The calling thread's stack, lowest to highest address (as the thread
/// library reports it; for the main thread, up to its resource limit).
#[cfg(any(target_os = "linux", target_os = "android"))]
pub fn current_thread_stack() -> Option<std::ops::Range<usize>> {
    let mut attr = std::mem::MaybeUninit::<libc::pthread_attr_t>::uninit();
    // SAFETY: pthread_getattr_np initializes `attr` for the calling thread when
    // it returns 0; only then is it read and destroyed.
    unsafe {
        if libc::pthread_getattr_np(libc::pthread_self(), attr.as_mut_ptr()) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let r = libc::pthread_attr_getstack(attr.as_ptr(), &mut addr, &mut size);
        libc::pthread_attr_destroy(attr.as_mut_ptr());
        (r == 0 && !addr.is_null()).then(|| addr as usize..addr as usize + size)
    }
}

/// The calling thread's stack, lowest to highest address.
#[cfg(target_os = "macos")]
pub fn current_thread_stack() -> Option<std::ops::Range<usize>> {
    // SAFETY: both calls only read the calling thread's descriptor; the
    // address returned is the stack's top (it grows down).
    let (top, size) = unsafe {
        let me = libc::pthread_self();
        (libc::pthread_get_stackaddr_np(me) as usize, libc::pthread_get_stacksize_np(me))
    };
    (top > size).then(|| top - size..top)
}

/// Unknown on this system: the engine counts native re-entries instead.
#[cfg(not(any(target_os = "linux", target_os = "android", target_os = "macos")))]
pub fn current_thread_stack() -> Option<std::ops::Range<usize>> {
    None
}

impl Drop for StdHost {
    fn drop(&mut self) {
        crate::stdio::flush();
    }
}
