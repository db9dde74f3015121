//! Backend golden tests in the spirit of nanojit's lirasm: LIR text goes through
//! the x86-64 code generator and the result, disassembled by iced-x86, must match
//! a checked-in listing. `cases/NAME.lir` holds the trace, `cases/NAME.asm` the
//! expected listing. Set `UPDATE_GOLDEN=1` to rewrite the listings after a
//! deliberate change to the backend (and review the diff).

use std::path::{Path, PathBuf};

use engine_core::jit::lir::{text, Ty};
use engine_core::jit::runtime::{CompileJob, HelperSig};
use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter};

/// Helpers at fixed fake addresses, so listings do not depend on the build.
fn fake_helpers() -> Vec<HelperSig> {
    engine_core::jit::runtime::helper_table().into_iter().enumerate().map(|(i, h)| HelperSig { addr: 0x7100_0000 + i * 0x100, ..h }).collect()
}

/// Compiles `lir` and returns the listing (code placed at 0x10000, relocations
/// left as zeros so the text is stable).
fn listing(lir_text: &str) -> String {
    let lir = text::parse(lir_text).unwrap_or_else(|e| panic!("bad LIR: {e:?}"));
    let job = CompileJob { lir, helpers: fake_helpers(), branch: false, name: "golden".into(), exit_base: 0 };
    let asm = match targets::x64::compile(&job) {
        Ok(a) => a,
        Err(e) => return format!("compile error: {e}\n"),
    };
    let mut out = String::new();
    out.push_str(&format!("; entry {:#x} loop_top {:#x} exits {} spill slots {}\n", asm.entry, asm.loop_top, asm.exit_patch.len(), asm.spill_slots));
    let base = 0x10000u64;
    let mut dec = Decoder::with_ip(64, &asm.code, base, DecoderOptions::NONE);
    let mut fmt = IntelFormatter::new();
    let mut line = String::new();
    for ins in &mut dec {
        line.clear();
        fmt.format(&ins, &mut line);
        out.push_str(&format!("{:5x}  {}\n", ins.ip() - base, line));
    }
    out
}

fn cases() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lir_golden/cases");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir).expect("cases dir").flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "lir")).collect();
    v.sort();
    v
}

#[test]
fn backend_listings_match_goldens() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    let all = cases();
    assert!(!all.is_empty(), "no golden cases found");
    for case in all {
        let src = std::fs::read_to_string(&case).expect("read case");
        let got = listing(&src);
        let golden = case.with_extension("asm");
        if update {
            std::fs::write(&golden, &got).expect("write golden");
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if want != got {
            failures.push(format!("{}:\n--- expected\n{want}--- got\n{got}", case.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_case_compiles() {
    for case in cases() {
        let src = std::fs::read_to_string(&case).expect("read case");
        let l = listing(&src);
        assert!(!l.starts_with("compile error"), "{}: {l}", case.display());
        let _ = Ty::I32;
    }
}
