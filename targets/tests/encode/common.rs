//! Shared helpers: decoding, formatting and register mapping.

use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter, Register};
use targets::x64::encode::{Reg, Size, Xmm};

/// Decodes `bytes` (at ip 0) as exactly one valid instruction that uses all of them.
pub fn decode_one(bytes: &[u8]) -> Result<Instruction, String> {
    let mut d = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
    let i = d.decode();
    if i.is_invalid() {
        return Err(format!("iced: invalid instruction {}", hex(bytes)));
    }
    if i.len() != bytes.len() {
        return Err(format!(
            "iced: decoded length {} != {} for {}",
            i.len(),
            bytes.len(),
            hex(bytes)
        ));
    }
    Ok(i)
}

/// The one Intel-syntax formatter configuration used by every table row: lowercase,
/// `0x` hex (0..9 in decimal), signed immediates, `, ` separators, memory sizes always
/// shown, RIP-relative operands as `[rip+disp]`, no `short` on branches. iced prints
/// `imul r, r, imm` with equal registers as `imul r, imm`.
pub fn formatter() -> IntelFormatter {
    let mut f = IntelFormatter::new();
    let o = f.options_mut();
    o.set_uppercase_all(false);
    o.set_uppercase_hex(false);
    o.set_hex_prefix("0x");
    o.set_hex_suffix("");
    o.set_space_after_operand_separator(true);
    o.set_memory_size_options(iced_x86::MemorySizeOptions::Always);
    o.set_rip_relative_addresses(true);
    o.set_branch_leading_zeros(false);
    o.set_show_branch_size(false);
    o.set_signed_immediate_operands(true);
    f
}

/// Formats one instruction.
pub fn format(f: &mut IntelFormatter, i: &Instruction) -> String {
    let mut s = String::new();
    f.format(i, &mut s);
    s
}

/// Lowercase hex with spaces between bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[rustfmt::skip]
const R8: [Register; 16] = [
    Register::AL, Register::CL, Register::DL, Register::BL,
    Register::SPL, Register::BPL, Register::SIL, Register::DIL,
    Register::R8L, Register::R9L, Register::R10L, Register::R11L,
    Register::R12L, Register::R13L, Register::R14L, Register::R15L,
];
#[rustfmt::skip]
const R16: [Register; 16] = [
    Register::AX, Register::CX, Register::DX, Register::BX,
    Register::SP, Register::BP, Register::SI, Register::DI,
    Register::R8W, Register::R9W, Register::R10W, Register::R11W,
    Register::R12W, Register::R13W, Register::R14W, Register::R15W,
];
#[rustfmt::skip]
const R32: [Register; 16] = [
    Register::EAX, Register::ECX, Register::EDX, Register::EBX,
    Register::ESP, Register::EBP, Register::ESI, Register::EDI,
    Register::R8D, Register::R9D, Register::R10D, Register::R11D,
    Register::R12D, Register::R13D, Register::R14D, Register::R15D,
];
#[rustfmt::skip]
const R64: [Register; 16] = [
    Register::RAX, Register::RCX, Register::RDX, Register::RBX,
    Register::RSP, Register::RBP, Register::RSI, Register::RDI,
    Register::R8, Register::R9, Register::R10, Register::R11,
    Register::R12, Register::R13, Register::R14, Register::R15,
];
#[rustfmt::skip]
const XMM: [Register; 16] = [
    Register::XMM0, Register::XMM1, Register::XMM2, Register::XMM3,
    Register::XMM4, Register::XMM5, Register::XMM6, Register::XMM7,
    Register::XMM8, Register::XMM9, Register::XMM10, Register::XMM11,
    Register::XMM12, Register::XMM13, Register::XMM14, Register::XMM15,
];

/// iced's name for `r` used at width `s`.
pub fn gpr(r: Reg, s: Size) -> Register {
    let t = match s {
        Size::S8 => &R8,
        Size::S16 => &R16,
        Size::S32 => &R32,
        Size::S64 => &R64,
    };
    t[r as usize]
}

/// iced's name for an XMM register.
pub fn xmm(x: Xmm) -> Register {
    XMM[x as usize]
}
