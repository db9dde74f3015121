//! Bytecode disassembler, driven by the opcode table's operand kinds.

use alloc::format;
use alloc::string::String;
use core::fmt::Write;

use super::{Code, OperandKind, Op};
use crate::gc::Gc;
use crate::value::Value;

/// Reads operand `k` (by kind) at byte offset `at`.
fn read_operand(code: &[u8], at: usize, kind: OperandKind) -> Option<i64> {
    let n = kind.size();
    let b = code.get(at..at + n)?;
    Some(match kind {
        OperandKind::Dst | OperandKind::Src | OperandKind::Base | OperandKind::Count => u16::from_le_bytes([b[0], b[1]]) as i64,
        OperandKind::Idx => u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64,
        OperandKind::Imm | OperandKind::Jump => i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64,
    })
}

/// Describes a constant for the listing.
fn describe_constant(v: Value) -> String {
    if let Some(s) = v.as_string() {
        match crate::string::JsString::flat_ref(s) {
            Some(f) => format!("{:?}", f.chars().to_string_lossy()),
            None => String::from("<rope>"),
        }
    } else if let Some(n) = v.as_number() {
        let mut out = String::new();
        crate::numconv::write_number_to_string(n, &mut out);
        out
    } else if v.as_cell().is_some() {
        String::from("<function>")
    } else {
        format!("{v:?}")
    }
}

/// Disassembles one instruction at `pc`, returning its text and size (or `None`
/// for a malformed stream).
pub fn disassemble_one(code: &Code, pc: usize) -> Option<(String, usize)> {
    let bytes = &code.info.bytecode;
    let op = Op::from_byte(*bytes.get(pc)?)?;
    let mut text = format!("{:5}: {:<16}", pc, op.name());
    let mut at = pc + 1;
    for (i, (kind, name)) in op.operands().iter().zip(op.operand_names()).enumerate() {
        let v = read_operand(bytes, at, *kind)?;
        at += kind.size();
        if i > 0 {
            text.push_str(", ");
        }
        match kind {
            OperandKind::Dst | OperandKind::Src | OperandKind::Base => {
                let _ = write!(text, "r{v}");
            }
            OperandKind::Jump => {
                let _ = write!(text, "-> {}", pc as i64 + v);
            }
            OperandKind::Idx if matches!(*name, "k" | "name" | "pattern" | "flags" | "msg") => {
                let c = code.info.constants.get(v as usize).copied().unwrap_or(Value::UNDEFINED);
                let _ = write!(text, "{}", describe_constant(c));
            }
            _ => {
                let _ = write!(text, "{name}={v}");
            }
        }
    }
    Some((text, op.size()))
}

/// Disassembles a function and, recursively, the functions it contains.
pub fn disassemble(code: Gc<Code>, out: &mut String) {
    let name = describe_constant(code.info.name);
    let _ = writeln!(
        out,
        "function {} (params {}, registers {}, flags {:#x})",
        if code.info.name.is_undefined() { "<anonymous>" } else { name.trim_matches('"') },
        code.info.param_count,
        code.info.register_count,
        code.info.flags
    );
    let mut pc = 0;
    while pc < code.info.bytecode.len() {
        match disassemble_one(&code, pc) {
            Some((text, size)) => {
                let (line, col) = code.position(pc as u32);
                let _ = writeln!(out, "{text:<60} ; {line}:{col}");
                pc += size;
            }
            None => {
                let _ = writeln!(out, "{pc:5}: <bad>");
                break;
            }
        }
    }
    for h in &code.info.handlers {
        let _ = writeln!(out, "  handler [{}, {}) -> {} exc r{} env depth {}", h.start, h.end, h.target, h.exc_reg, h.env_depth);
    }
    let _ = writeln!(out);
    for c in &code.info.constants {
        if let Some(h) = c.as_cell() {
            if h.kind() == crate::gc::CellKind::Code {
                // SAFETY: the kind says this constant is a Code cell.
                disassemble(unsafe { h.cast() }, out);
            }
        }
    }
}
