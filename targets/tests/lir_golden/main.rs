//! Backend golden tests in the spirit of nanojit's lirasm: LIR text goes through
//! every backend and each result, disassembled by an independent decoder
//! (iced-x86, yaxpeax-arm), must match a checked-in listing, so one trace reads
//! as a spec for every target. `cases/NAME.lir` holds the trace,
//! `cases/NAME.x64.asm` and `cases/NAME.a64.asm` the expected listings. Set
//! `UPDATE_GOLDEN=1` to rewrite the listings after a deliberate change to a
//! backend (and review the diff).

use std::path::{Path, PathBuf};

use engine_core::jit::lir::{text, Ty};
use engine_core::jit::runtime::{CompileJob, HelperSig};
use targets::Assembled;
use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter};

/// Helpers at fixed fake addresses, so listings do not depend on the build.
fn fake_helpers() -> Vec<HelperSig> {
    engine_core::jit::runtime::helper_table().into_iter().enumerate().map(|(i, h)| HelperSig { addr: 0x7100_0000 + i * 0x100, ..h }).collect()
}

/// A backend under test: its name in golden files, its compiler and its
/// disassembler.
struct Backend {
    ext: &'static str,
    compile: fn(&CompileJob) -> Result<Assembled, String>,
    disassemble: fn(&[u8]) -> String,
}

const BACKENDS: [Backend; 2] = [
    Backend { ext: "x64.asm", compile: targets::x64::compile, disassemble: disassemble_x64 },
    Backend { ext: "a64.asm", compile: targets::aarch64::compile, disassemble: disassemble_a64 },
];

/// Code placed at 0x10000, relocations left as zeros so the text is stable.
const BASE: u64 = 0x10000;

fn disassemble_x64(code: &[u8]) -> String {
    let mut out = String::new();
    let mut dec = Decoder::with_ip(64, code, BASE, DecoderOptions::NONE);
    let mut fmt = IntelFormatter::new();
    let mut line = String::new();
    for ins in &mut dec {
        line.clear();
        fmt.format(&ins, &mut line);
        out.push_str(&format!("{:5x}  {}\n", ins.ip() - BASE, line));
    }
    out
}

fn disassemble_a64(code: &[u8]) -> String {
    use yaxpeax_arch::{Decoder as _, U8Reader};
    let dec = yaxpeax_arm::armv8::a64::InstDecoder::default();
    let mut out = String::new();
    for (k, w) in code.chunks(4).enumerate() {
        let mut reader = U8Reader::new(w);
        let text = match dec.decode(&mut reader) {
            Ok(i) => i.to_string(),
            Err(_) => format!(".word {:#010x}", u32::from_le_bytes([w[0], w[1], w[2], w[3]])),
        };
        out.push_str(&format!("{:5x}  {}\n", k * 4, text));
    }
    out
}

/// Compiles `lir` with `backend` and returns the listing.
fn listing(lir_text: &str, backend: &Backend) -> String {
    let lir = text::parse(lir_text).unwrap_or_else(|e| panic!("bad LIR: {e:?}"));
    let job = CompileJob { lir, helpers: fake_helpers(), branch: false, name: "golden".into(), exit_base: 0 };
    let asm = match (backend.compile)(&job) {
        Ok(a) => a,
        Err(e) => return format!("compile error: {e}\n"),
    };
    let mut out = String::new();
    out.push_str(&format!("; entry {:#x} loop_top {:#x} exits {} spill slots {}\n", asm.entry, asm.loop_top, asm.exit_patch.len(), asm.spill_slots));
    out.push_str(&(backend.disassemble)(&asm.code));
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
        for backend in &BACKENDS {
            let got = listing(&src, backend);
            let golden = case.with_extension(backend.ext);
            if update {
                std::fs::write(&golden, &got).expect("write golden");
                continue;
            }
            let want = std::fs::read_to_string(&golden).unwrap_or_default();
            if want != got {
                failures.push(format!("{}:\n--- expected\n{want}--- got\n{got}", golden.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_case_compiles() {
    for case in cases() {
        let src = std::fs::read_to_string(&case).expect("read case");
        for backend in &BACKENDS {
            let l = listing(&src, backend);
            assert!(!l.starts_with("compile error"), "{} ({}): {l}", case.display(), backend.ext);
        }
        let _ = Ty::I32;
    }
}
