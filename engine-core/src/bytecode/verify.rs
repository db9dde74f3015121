//! Bytecode verification.
//!
//! Every function is verified once when its [`Code`](super::Code) cell is created.
//! The interpreter then decodes operands without bounds checks: the verifier has
//! established that every instruction is complete, every register operand is inside
//! the frame, every table index is inside its table, every jump lands on an
//! instruction boundary, and execution cannot run off the end.

use alloc::format;
use alloc::string::String;
use alloc::vec;

use super::{CodeInfo, OperandKind, Op};

fn operand(code: &[u8], at: usize, kind: OperandKind) -> i64 {
    let b = &code[at..at + kind.size()];
    match kind {
        OperandKind::Dst | OperandKind::Src | OperandKind::Base | OperandKind::Count => u16::from_le_bytes([b[0], b[1]]) as i64,
        OperandKind::Idx => u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64,
        OperandKind::Imm | OperandKind::Jump => i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64,
    }
}

/// The target of the jump instruction at `pc` of verified bytecode, if it jumps.
pub fn jump_target(code: &[u8], pc: usize) -> Option<usize> {
    let op = Op::from_byte(*code.get(pc)?)?;
    let mut at = pc + 1;
    for kind in op.operands() {
        if *kind == OperandKind::Jump {
            return Some((pc as i64 + operand(code, at, *kind)) as usize);
        }
        at += kind.size();
    }
    None
}

/// Checks the invariants the interpreter relies on.
pub fn verify(info: &CodeInfo) -> Result<(), String> {
    let code = &info.bytecode;
    let regs = info.register_count as i64;
    let mut starts = vec![false; code.len() + 1];
    let mut jumps = alloc::vec::Vec::new();
    let mut pc = 0usize;
    let mut last_op = None;
    while pc < code.len() {
        let op = Op::from_byte(code[pc]).ok_or_else(|| format!("bad opcode {} at {pc}", code[pc]))?;
        if pc + op.size() > code.len() {
            return Err(format!("truncated {} at {pc}", op.name()));
        }
        starts[pc] = true;
        let mut at = pc + 1;
        let names = op.operand_names();
        let mut vals = [0i64; 8];
        for (i, kind) in op.operands().iter().enumerate() {
            let v = operand(code, at, *kind);
            vals[i] = v;
            at += kind.size();
            match kind {
                OperandKind::Dst | OperandKind::Src | OperandKind::Base => {
                    if v >= regs {
                        return Err(format!("register r{v} out of frame ({regs}) in {} at {pc}", op.name()));
                    }
                }
                OperandKind::Jump => jumps.push((pc, pc as i64 + v)),
                OperandKind::Idx => {
                    let limit = match names[i] {
                        "k" | "name" | "pattern" | "flags" | "msg" | "func" => info.constants.len() as i64,
                        "ic" => info.ic_count as i64,
                        "counter" => info.loop_count as i64,
                        "scope" => info.scopes.len() as i64,
                        _ => i64::MAX,
                    };
                    if v >= limit {
                        return Err(format!("index {}={v} out of range in {} at {pc}", names[i], op.name()));
                    }
                    let strings = matches!(names[i], "name" | "pattern" | "flags" | "msg");
                    if strings && !info.constants[v as usize].is_string() {
                        return Err(format!("{} operand is not a string in {} at {pc}", names[i], op.name()));
                    }
                    if names[i] == "func" && info.constants[v as usize].as_cell().is_none_or(|c| c.kind() != crate::gc::CellKind::Code) {
                        return Err(format!("closure operand is not code at {pc}"));
                    }
                }
                OperandKind::Imm | OperandKind::Count => {}
            }
        }
        // Call windows: callee, this and the arguments must all be in the frame.
        if matches!(op, Op::Call | Op::CallUndef | Op::CallEval | Op::New) && vals[1] + 2 + vals[2] > regs {
            return Err(format!("call window beyond the frame at {pc}"));
        }
        if op == Op::GetNameForCall && vals[0] + 2 > regs {
            return Err(format!("call window beyond the frame at {pc}"));
        }
        last_op = Some(op);
        pc += op.size();
    }
    if last_op.is_none_or(|op| op.flags() & super::opcodes::flags::TERMINATOR == 0) {
        return Err(String::from("code can run off its end"));
    }
    for (from, to) in jumps {
        if to < 0 || to as usize >= code.len() || !starts[to as usize] {
            return Err(format!("jump at {from} to {to} is not an instruction"));
        }
    }
    for h in &info.handlers {
        if !starts.get(h.target as usize).copied().unwrap_or(false) || h.exc_reg as i64 >= regs || h.start > h.end {
            return Err(format!("bad handler {h:?}"));
        }
    }
    if info.arguments_reg as i64 >= regs.max(1) && info.flags & super::CODE_NEEDS_ARGUMENTS != 0 {
        return Err(String::from("arguments register out of frame"));
    }
    if regs < 2 + info.param_count as i64 {
        return Err(String::from("frame smaller than its parameters"));
    }
    Ok(())
}
