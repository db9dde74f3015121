//! Recorder goldens: JS in, LIR out. Each `tests/recorder/NAME.js` has one hot
//! loop; `NAME.lir` is the LIR its first trace records to (before the passes),
//! as `lir::text` prints it, with heap addresses masked. They are readable specs
//! of what each construct records to, and where a change of recording shows in
//! review. `UPDATE_GOLDEN=1` rewrites them.

use std::path::Path;
use std::sync::{Arc, Mutex};

use engine_core::jit::monitor::diag;
use engine_core::{Config, Engine, Host};
use engine_std::host::Compiler;

/// Collects the JIT's diagnostic lines.
struct DiagHost {
    lines: Arc<Mutex<Vec<String>>>,
}

impl Host for DiagHost {
    fn code_service(&mut self) -> Option<Box<dyn engine_core::jit::runtime::CodeService>> {
        Compiler::Sync.service()
    }
    fn print(&mut self, _line: &str) {}
    fn diag(&mut self, line: &str) {
        self.lines.lock().expect("lock").push(line.to_string());
    }
}

/// Masks the low 48 bits of hex constants that look like addresses (beyond 4
/// GiB), keeping NaN-box tags: heap addresses change from run to run.
fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at]);
        let digits: String = rest[at + 2..].chars().take_while(|c| c.is_ascii_hexdigit()).collect();
        let v = u64::from_str_radix(&digits, 16).unwrap_or(0);
        if digits.len() <= 16 && v & 0xFFFF_FFFF_FFFF >= 1 << 32 {
            out.push_str(&format!("0x{:04x}<addr>", v >> 48));
        } else {
            out.push_str("0x");
            out.push_str(&digits);
        }
        rest = &rest[at + 2 + digits.len()..];
    }
    out.push_str(rest);
    out
}

/// The LIR of the first trace `source` records.
fn recorded_lir(source: &str, name: &str) -> String {
    let lines = Arc::new(Mutex::new(Vec::new()));
    let mut config = Config::default();
    config.jit.enabled = true;
    config.jit.diag = diag::LIR;
    let mut engine = Engine::new(config, Box::new(DiagHost { lines: lines.clone() })).expect("engine");
    engine.eval(source, name).expect("the program runs");
    let lines = lines.lock().expect("lock");
    let first = lines.iter().find(|l| l.starts_with("LIR of tree") && l.contains("as recorded")).unwrap_or_else(|| panic!("{name}: no trace was recorded"));
    // The header line names the file and position; the LIR follows it.
    let body = first.split_once('\n').map_or("", |(_, b)| b);
    mask_addresses(body.trim_start())
}

#[test]
fn recordings_match_their_goldens() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("recorder");
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut cases: Vec<_> = std::fs::read_dir(&dir).expect("tests/recorder").flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "js")).collect();
    cases.sort();
    assert!(!cases.is_empty(), "no recorder goldens");
    let mut failures = Vec::new();
    for js in &cases {
        let name = js.file_name().and_then(|n| n.to_str()).unwrap_or("?").to_string();
        let got = recorded_lir(&std::fs::read_to_string(js).expect("source"), &name);
        let golden = js.with_extension("lir");
        if update {
            std::fs::write(&golden, &got).expect("write golden");
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if want != got {
            failures.push(format!("{name}: recorded LIR differs from {}\n{}", golden.display(), tests::first_difference(&want, &got)));
        }
    }
    assert!(failures.is_empty(), "{}\n(UPDATE_GOLDEN=1 rewrites the goldens)", failures.join("\n"));
}
