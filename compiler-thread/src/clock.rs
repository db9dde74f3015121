//! One monotonic clock for the process, so that times taken by compiler threads
//! and by engines (for install latency) compare.

use std::sync::OnceLock;
use std::time::Instant;

static START: OnceLock<Instant> = OnceLock::new();

/// Nanoseconds since the first use of the clock in this process.
pub fn now_ns() -> u64 {
    START.get_or_init(Instant::now).elapsed().as_nanos() as u64
}
