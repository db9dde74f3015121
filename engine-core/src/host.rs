//! What the embedder supplies: configuration and platform services.
//!
//! The core has no OS. Output, the clock, the local time zone and the heap's memory
//! come from the host through these traits; the std host (`engine-std`) implements
//! them for desktop systems, and a board implements them over its peripherals.

use alloc::boxed::Box;
use alloc::string::String;

use crate::gc::{GlobalAllocSource, MemorySource};

/// Engine limits and modes.
#[derive(Clone, Debug)]
pub struct Config {
    /// Hard cap on heap bytes; exceeding it throws a catchable RangeError.
    pub heap_limit: usize,
    /// Register-stack size in values (frames of script functions live here).
    pub stack_slots: usize,
    /// Maximum nesting of script calls (frames); deeper recursion throws RangeError.
    pub max_call_depth: usize,
    /// Maximum nesting of native re-entries (getters, callbacks, `toString` calls)
    /// when the host does not tell where its stack is ([`Host::native_stack`]):
    /// a conservative count; deeper nesting throws RangeError. With the stack's
    /// bounds, the stack space left decides instead.
    pub max_native_depth: usize,
    /// Bytes of the native stack kept free below the deepest native re-entry
    /// (at most half the stack): room for the work that runs between two
    /// checks, such as parsing and compiling `eval` code at `max_parse_depth`.
    pub native_stack_reserve: usize,
    /// Maximum syntactic nesting accepted by the parser.
    pub max_parse_depth: u32,
    /// Collect every this many allocations (0 = off). A testing aid.
    pub gc_stress_interval: u32,
    /// The tracing JIT's settings.
    pub jit: crate::jit::monitor::JitConfig,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            heap_limit: 1 << 30,
            stack_slots: 1 << 20,
            max_call_depth: 20_000,
            max_native_depth: 400,
            native_stack_reserve: 8 << 20,
            max_parse_depth: 1000,
            gc_stress_interval: 0,
            jit: crate::jit::monitor::JitConfig::default(),
        }
    }
}

/// Platform services for one engine.
pub trait Host {
    /// Writes program output (`print`): one call per line, without the newline.
    fn print(&mut self, line: &str);

    /// Milliseconds since the Unix epoch (for `Date.now()` and `new Date()`).
    /// Hosts without a clock return 0.
    fn now_ms(&self) -> f64 {
        0.0
    }

    /// Offset of local time from UTC, in milliseconds, at a UTC instant.
    fn tz_offset_ms(&self, _utc_ms: f64) -> f64 {
        0.0
    }

    /// Offset to apply when interpreting `local_ms` as local wall-clock time.
    fn tz_offset_for_local_ms(&self, local_ms: f64) -> f64 {
        self.tz_offset_ms(local_ms)
    }

    /// Display name of the local time zone at an instant.
    fn tz_name(&self, _utc_ms: f64) -> String {
        String::from("Coordinated Universal Time")
    }

    /// The native stack the engine runs on, as the address range from its
    /// lowest to its highest byte (called once when the engine is created, on
    /// the thread that runs it; stacks grow down). Natives that call back into
    /// script nest on it, and the engine throws a RangeError before it runs
    /// out. `None` (unknown) bounds that nesting by
    /// [`Config::max_native_depth`] instead. A board returns its stack region.
    fn native_stack(&self) -> Option<core::ops::Range<usize>> {
        None
    }

    /// Where the heap gets its memory (called once when the engine is created).
    fn memory_source(&mut self) -> Box<dyn MemorySource> {
        Box::new(GlobalAllocSource)
    }

    /// The machine-code service for the JIT (called once when the engine is
    /// created). Hosts without a backend or executable memory return `None`.
    fn code_service(&mut self) -> Option<Box<dyn crate::jit::runtime::CodeService>> {
        None
    }

    /// A monotonic clock in nanoseconds (for JIT statistics); 0 if there is none.
    fn monotonic_ns(&self) -> u64 {
        0
    }

    /// Writes a diagnostic line (JIT tracing flags). Default: discard.
    fn diag(&mut self, _line: &str) {}
}

/// A host that discards output and uses UTC and the global allocator.
#[derive(Default, Debug)]
pub struct NullHost;

impl Host for NullHost {
    fn print(&mut self, _line: &str) {}
}

/// Adapts a [`Host`] to the date module's time-zone trait.
pub struct HostTimeZone<'a>(pub &'a dyn Host);

impl crate::date::LocalTimeZone for HostTimeZone<'_> {
    fn offset_ms(&self, utc_ms: f64) -> f64 {
        self.0.tz_offset_ms(utc_ms)
    }
    fn offset_for_local_ms(&self, local_ms: f64) -> f64 {
        self.0.tz_offset_for_local_ms(local_ms)
    }
    fn name(&self, utc_ms: f64) -> String {
        self.0.tz_name(utc_ms)
    }
}
