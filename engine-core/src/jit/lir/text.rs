//! The text form of LIR, for diagnostics and for tests that feed LIR to the
//! optimizer and the backends (as nanojit's lirasm did).
//!
//! ```text
//! v0: ptr = base
//! v1: val = ldslot #3
//! v2: i32 = unboxi v1
//! v3: i32 = kint #1
//! v4: i32 = addovi v2, v3 #0
//! v5: void = looptop
//! v6: void = call (v4, v3) #Pow    ; call lists in parentheses, the helper by name
//! exit 0: pc 17 slots [3=v4] frames []
//! ```
//! Immediates are written `#n` (decimal, or `0x...`); doubles `kdbl #1.5`.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Write;

use super::{flags, Exit, ExitKind, InlineFrame, Insn, LOp, Lir, Ref, Ty, NONE};

fn fmt_imm(i: &Insn) -> String {
    match i.op {
        LOp::KDbl => {
            let d = f64::from_bits(i.imm as u64);
            let mut s = String::new();
            crate::numconv::write_number_to_string(d, &mut s);
            s
        }
        LOp::KVal | LOp::KPtr => format!("{:#x}", i.imm as u64),
        // Calls name their helper.
        LOp::Call | LOp::CallPure => match crate::jit::runtime::Helper::from_id(i.imm as u32) {
            Some(h) => h.name().to_string(),
            None => format!("{}", i.imm),
        },
        _ => format!("{}", i.imm),
    }
}

/// Prints one instruction.
pub fn insn_to_string(lir: &Lir, r: Ref) -> String {
    let i = lir.get(r);
    let mut s = format!("v{r}: {} = {}", i.ty.name(), i.op.text());
    let mut args: Vec<String> = i.args().map(|a| format!("v{a}")).collect();
    if matches!(i.op, LOp::Call | LOp::CallPure) {
        let list = lir.call_args.get(i.a as usize).map(|l| l.iter().map(|a| format!("v{a}")).collect::<Vec<_>>().join(", ")).unwrap_or_default();
        args.push(format!("({list})"));
    }
    if !args.is_empty() {
        s.push(' ');
        s.push_str(&args.join(", "));
    }
    if i.op.has(flags::IMM) || i.op.has(flags::GUARD) {
        let _ = write!(s, " #{}", fmt_imm(i));
    }
    s
}

/// Prints a whole trace.
pub fn to_text(lir: &Lir) -> String {
    let mut out = String::new();
    for r in 0..lir.insns.len() as Ref {
        out.push_str(&insn_to_string(lir, r));
        out.push('\n');
    }
    for (n, e) in lir.exits.iter().enumerate() {
        let slots: Vec<String> = e.slots.iter().map(|(s, r)| format!("{s}=v{r}")).collect();
        let frames: Vec<String> = e
            .frames
            .iter()
            .map(|f| format!("{{code {:#x} base {} argc {} call {} ret {} flags {}}}", f.code, f.base, f.argc, f.call_pc, f.ret_slot, f.flags))
            .collect();
        let _ = writeln!(out, "exit {n}: {:?} pc {} slots [{}] frames [{}]", e.kind, e.pc, slots.join(" "), frames.join(" "));
    }
    out
}

/// A parse error with the line number.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    /// 1-based line.
    pub line: usize,
    /// What went wrong.
    pub message: String,
}

fn parse_ref(s: &str) -> Option<Ref> {
    s.trim().strip_prefix('v')?.parse().ok()
}

fn parse_imm(op: LOp, s: &str) -> Option<i64> {
    let s = s.trim();
    if op == LOp::KDbl {
        return s.parse::<f64>().ok().map(|d| d.to_bits() as i64);
    }
    if let Some(h) = s.strip_prefix("0x") {
        return u64::from_str_radix(h, 16).ok().map(|v| v as i64);
    }
    if matches!(op, LOp::Call | LOp::CallPure) && s.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return crate::jit::runtime::Helper::ALL.iter().find(|h| h.name() == s).map(|h| *h as i64);
    }
    s.parse().ok()
}

fn parse_exit(line: &str) -> Option<Exit> {
    // exit N: Kind pc P slots [s=vR ...] frames [{...} ...]
    let rest = line.split_once(':')?.1.trim();
    let (kind, rest) = rest.split_once(' ')?;
    let kind = match kind {
        "Side" => ExitKind::Side,
        "LoopExit" => ExitKind::LoopExit,
        "Overflow" => ExitKind::Overflow,
        "Interrupt" => ExitKind::Interrupt,
        "Unstable" => ExitKind::Unstable,
        "Nested" => ExitKind::Nested,
        _ => return None,
    };
    let rest = rest.trim().strip_prefix("pc ")?;
    let (pc, rest) = rest.split_once(' ')?;
    let pc = pc.parse().ok()?;
    let slots_txt = rest.split_once('[')?.1.split_once(']')?.0;
    let mut slots = Vec::new();
    for item in slots_txt.split_whitespace() {
        let (s, r) = item.split_once('=')?;
        slots.push((s.parse().ok()?, parse_ref(r)?));
    }
    let frames_txt = rest.split_once("frames [")?.1.rsplit_once(']')?.0;
    let mut frames = Vec::new();
    for f in frames_txt.split('{').skip(1) {
        let body = f.split('}').next()?;
        let words: Vec<&str> = body.split_whitespace().collect();
        let field = |name: &str| -> Option<u64> {
            let i = words.iter().position(|w| *w == name)?;
            let v = words.get(i + 1)?;
            match v.strip_prefix("0x") {
                Some(h) => u64::from_str_radix(h, 16).ok(),
                None => v.parse().ok(),
            }
        };
        frames.push(InlineFrame {
            code: field("code")?,
            base: field("base")? as u32,
            argc: field("argc")? as u32,
            call_pc: field("call")? as u32,
            ret_slot: field("ret")? as u32,
            flags: field("flags")? as u8,
        });
    }
    Some(Exit { pc, frames, slots, kind })
}

/// Parses the text form back into a trace. Refs must be numbered in order.
pub fn parse(text: &str) -> Result<Lir, ParseError> {
    let mut lir = Lir::default();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split(';').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let err = |m: &str| ParseError { line: n + 1, message: m.to_string() };
        if line.starts_with("exit ") {
            let e = parse_exit(line).ok_or_else(|| err("bad exit line"))?;
            lir.exits.push(e);
            continue;
        }
        let (lhs, rhs) = line.split_once('=').ok_or_else(|| err("expected 'vN: ty = op ...'"))?;
        let (vref, ty) = lhs.split_once(':').ok_or_else(|| err("expected 'vN: ty'"))?;
        let r = parse_ref(vref).ok_or_else(|| err("bad ref"))?;
        if r as usize != lir.insns.len() {
            return Err(err("refs must be numbered in order"));
        }
        let ty = Ty::from_name(ty.trim()).ok_or_else(|| err("unknown type"))?;
        let rhs = rhs.trim();
        let (opname, mut rest) = match rhs.split_once(' ') {
            Some((o, r)) => (o, r.trim()),
            None => (rhs, ""),
        };
        let op = LOp::from_text(opname).ok_or_else(|| err("unknown opcode"))?;
        let mut imm = 0i64;
        if let Some(i) = rest.rfind('#') {
            imm = parse_imm(op, &rest[i + 1..]).ok_or_else(|| err("bad immediate"))?;
            rest = rest[..i].trim();
        }
        let mut a = NONE;
        let mut b = NONE;
        if matches!(op, LOp::Call | LOp::CallPure) {
            let inner = rest.split_once('(').and_then(|x| x.1.rsplit_once(')')).map(|x| x.0).ok_or_else(|| err("call needs (args)"))?;
            let mut list = Vec::new();
            for p in inner.split(',').filter(|p| !p.trim().is_empty()) {
                list.push(parse_ref(p).ok_or_else(|| err("bad call argument"))?);
            }
            a = lir.call_args.len() as Ref;
            lir.call_args.push(list);
        } else {
            let refs: Vec<&str> = rest.split(',').map(|x| x.trim()).filter(|x| !x.is_empty()).collect();
            if refs.len() != op.nargs() as usize {
                return Err(err("wrong operand count"));
            }
            if let Some(x) = refs.first() {
                a = parse_ref(x).ok_or_else(|| err("bad operand"))?;
            }
            if let Some(x) = refs.get(1) {
                b = parse_ref(x).ok_or_else(|| err("bad operand"))?;
            }
            // (A phi's second operand is the loop's back value, defined later.)
            if a != NONE && a >= r || b != NONE && b >= r && op != LOp::Phi {
                return Err(err("operands must refer to earlier instructions"));
            }
        }
        lir.insns.push(Insn { op, ty, a, b, imm });
    }
    Ok(lir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let text = "v0: ptr = base\n\
                    v1: val = ldslot #3\n\
                    v2: i32 = unboxi v1\n\
                    v3: i32 = kint #1\n\
                    v4: i32 = addovi v2, v3 #0\n\
                    v5: f64 = kdbl #1.5\n\
                    v6: f64 = i2d v4\n\
                    v7: f64 = addd v6, v5\n\
                    v8: f64 = callpure (v7) #Sin\n\
                    v9: void = looptop\n\
                    v10: void = loop\n\
                    exit 0: Overflow pc 17 slots [3=v2 4=v7] frames [{code 0x10 base 6 argc 1 call 9 ret 4 flags 0}]\n";
        let lir = parse(text).unwrap();
        assert_eq!(lir.insns.len(), 11);
        assert_eq!(lir.exits.len(), 1);
        assert_eq!(to_text(&lir), text);
        // A helper may also be given by number.
        assert_eq!(parse("v0: f64 = kdbl #1\nv1: f64 = callpure (v0) #3").unwrap().insns[1].imm, 3);
        assert!(parse("v1: i32 = kint #1").is_err());
        assert!(parse("v0: i32 = addi v1, v2").is_err());
    }
}
