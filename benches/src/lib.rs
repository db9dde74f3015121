//! Benchmark harness support for `tarsier-bench`.

/// Node script that defines `print` like the tarsier shell, runs the file named by
/// its first argument as a classic script, and prints `__ms <time> <peak RSS in KiB>`
/// last.
pub const NODE_TIMER: &str = r#"
(function () {
  globalThis.print = function () {
    var parts = [];
    for (var i = 0; i < arguments.length; i++) parts.push(String(arguments[i]));
    process.stdout.write(parts.join(" ") + "\n");
  };
  var source = require("fs").readFileSync(process.argv[1], "utf8");
  var t = process.hrtime.bigint();
  require("vm").runInThisContext(source, { filename: process.argv[1] });
  var ms = Number(process.hrtime.bigint() - t) / 1e6;
  process.stdout.write("__ms " + ms + " " + process.resourceUsage().maxRSS + "\n");
})();
"#;

/// Starts a new peak-RSS measurement for this process (Linux: `/proc/self/clear_refs`
/// resets the high-water mark); elsewhere nothing.
pub fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// This process's peak RSS in KiB since the last [`reset_peak_rss`] (Linux), if known.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The median of the samples (sorts them), if any.
pub fn median(v: &mut [f64]) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    Some(v[v.len() / 2])
}

#[cfg(test)]
mod tests {
    #[test]
    fn median_of_samples() {
        assert_eq!(super::median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(super::median(&mut []), None);
    }
}
