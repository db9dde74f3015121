//! A desktop host: stdout output, the system clock, UTC time zone by default.

use std::io::Write;

use engine_core::Host;

/// Prints to stdout (buffered, flushed at exit) and reads the system clock.
pub struct StdHost {
    out: Option<std::io::BufWriter<std::io::Stdout>>,
    start: std::time::Instant,
}

impl Default for StdHost {
    fn default() -> Self {
        StdHost::new()
    }
}

impl StdHost {
    /// A host writing to stdout.
    pub fn new() -> StdHost {
        StdHost { out: Some(std::io::BufWriter::new(std::io::stdout())), start: std::time::Instant::now() }
    }
}

impl Host for StdHost {
    fn print(&mut self, line: &str) {
        if let Some(out) = self.out.as_mut() {
            let _ = out.write_all(line.as_bytes());
            let _ = out.write_all(b"\n");
        }
    }
    fn code_service(&mut self) -> Option<Box<dyn engine_core::jit::runtime::CodeService>> {
        if cfg!(target_arch = "x86_64") { Some(Box::new(crate::codemem::SyncCodeService)) } else { None }
    }
    fn monotonic_ns(&self) -> u64 {
        self.start.elapsed().as_nanos() as u64
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
