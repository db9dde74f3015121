//! Runs `tests/tz/local.js` under hosts with fixed non-UTC time zones and
//! compares with node's output for the matching `Etc/GMT±N` zone
//! (`tests/tz/local.<zone>.expected`, `/` written `_` and `+` written `p`).
//! Regenerate a golden from `tests/tz` with
//! `TZ=Etc/GMT-1 node -e 'require(process.argv[1]); require("vm").runInThisContext(require("fs").readFileSync(process.argv[2], "utf8"))' ../tools/node-prelude.js local.js > local.Etc_GMT-1.expected`.

use std::path::Path;
use std::sync::{Arc, Mutex};

use engine_core::date::{FixedOffset, LocalTimeZone};
use engine_core::{Config, Engine, Error, Host};

/// Captures output; local time is a fixed offset from UTC.
#[derive(Clone)]
struct ZoneHost {
    out: Arc<Mutex<String>>,
    zone: FixedOffset,
}

impl Host for ZoneHost {
    fn print(&mut self, line: &str) {
        let mut s = self.out.lock().expect("lock");
        s.push_str(line);
        s.push('\n');
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
}

fn run_in_zone(minutes: i32, expected_file: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tz");
    let source = std::fs::read_to_string(dir.join("local.js")).expect("local.js");
    let expected = std::fs::read_to_string(dir.join(expected_file)).expect("expected file");
    for config in [Config::default(), Config { gc_stress_interval: 97, ..Config::default() }] {
        let host = ZoneHost { out: Arc::default(), zone: FixedOffset::with_gmt_name(minutes) };
        let mut engine = Engine::new(config, Box::new(host.clone())).expect("engine");
        let result = engine.eval(&source, "local.js");
        let mut out = host.out.lock().expect("lock").clone();
        if let Err(e) = result {
            match e {
                Error::Exception { message, .. } => out.push_str(&format!("Uncaught {message}\n")),
                other => out.push_str(&format!("Uncaught {other}\n")),
            }
        }
        assert_eq!(out, expected, "zone {minutes} min: {}", tests::first_difference(&expected, &out));
    }
}

#[test]
fn date_local_time_utc_plus_1() {
    run_in_zone(60, "local.Etc_GMT-1.expected");
}

#[test]
fn date_local_time_utc_minus_5() {
    run_in_zone(-300, "local.Etc_GMTp5.expected");
}
