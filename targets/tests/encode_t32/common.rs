//! Shared helpers: decoding with capstone (text and a structural form), register
//! shorthands and a deterministic random generator.

use capstone::Capstone;
use capstone::arch::arm::{ArchMode, ArchSyntax, ArmOperandType, ArmShift};
use capstone::arch::{BuildsCapstone, BuildsCapstoneSyntax, DetailsArchInsn};
use targets::thumb2::encode::{Cond, D, Ins, R, S};

thread_local! {
    /// A Thumb decoder with details, printing `r9`..`r12` by number.
    static CS: Capstone = Capstone::new()
        .arm()
        .mode(ArchMode::Thumb)
        .syntax(ArchSyntax::NoRegName)
        .detail(true)
        .build()
        .expect("capstone");
}

/// The bytes of a sequence of instructions.
pub fn bytes_of(ins: &[Ins]) -> Vec<u8> {
    ins.iter().flat_map(|i| i.bytes()).collect()
}

/// capstone's text for every instruction in `bytes` (`mnemonic operands`, joined by
/// `" | "`); an error unless all of `bytes` decodes.
pub fn text(bytes: &[u8]) -> Result<String, String> {
    CS.with(|cs| {
        let insns = cs
            .disasm_all(bytes, 0)
            .map_err(|e| format!("capstone: {e}"))?;
        let mut texts = Vec::new();
        let mut len = 0;
        for i in insns.iter() {
            len += i.bytes().len();
            let t = format!(
                "{} {}",
                i.mnemonic().unwrap_or(""),
                i.op_str().unwrap_or("")
            );
            texts.push(t.trim().to_string());
        }
        if len != bytes.len() {
            return Err(format!(
                "capstone decodes {len} of {} bytes {bytes:02x?} ({texts:?})",
                bytes.len()
            ));
        }
        Ok(texts.join(" | "))
    })
}

/// A shift applied to a register operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sh {
    /// Logical shift left.
    Lsl,
    /// Logical shift right.
    Lsr,
    /// Arithmetic shift right.
    Asr,
    /// Rotate right.
    Ror,
}

/// A decoded operand.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// A general register.
    R(u8),
    /// A general register with an immediate shift.
    Shifted(u8, Sh, u32),
    /// A double register.
    D(u8),
    /// A single register.
    S(u8),
    /// Another register (`apsr_nzcv`, `fpscr`).
    Sys(String),
    /// An immediate (capstone's `i32`; branch targets are addresses from 0).
    Imm(i32),
    /// A floating-point immediate.
    Fp(f64),
    /// A memory operand `[base, #disp]` or `[base, index, lsl #lsl]`.
    Mem {
        /// Base register.
        base: u8,
        /// Index register.
        index: Option<u8>,
        /// Displacement (negative when subtracted).
        disp: i32,
        /// Left shift of the index.
        lsl: u32,
    },
}

/// A decoded instruction in a structural form.
#[derive(Clone, Debug, PartialEq)]
pub struct Dec {
    /// The mnemonic without a `.w`/`.n` qualifier (condition, `s` and data types included);
    /// `addw`, `subw` and `movw` are written `add`, `sub` and `mov` (same operation).
    pub name: String,
    /// 32-bit?
    pub wide: bool,
    /// Base register written back?
    pub wb: bool,
    /// Operands; the two-operand 16-bit forms `op rdn, x` are expanded to `op rdn, rdn, x`.
    pub ops: Vec<Op>,
}

/// A register number from capstone's name.
fn reg_op(name: &str) -> Op {
    let num = |s: &str| s.parse::<u8>().ok();
    match name {
        "sp" => Op::R(13),
        "lr" => Op::R(14),
        "pc" => Op::R(15),
        _ => match (&name[..1], num(&name[1..])) {
            ("r", Some(n)) => Op::R(n),
            ("d", Some(n)) => Op::D(n),
            ("s", Some(n)) => Op::S(n),
            _ => Op::Sys(name.to_string()),
        },
    }
}

fn reg_num(name: Option<String>) -> Option<u8> {
    match reg_op(&name?) {
        Op::R(n) => Some(n),
        _ => None,
    }
}

/// Decodes exactly one instruction.
pub fn decode(ins: Ins) -> Result<Dec, String> {
    let bytes = ins.bytes();
    CS.with(|cs| {
        let insns = cs
            .disasm_all(&bytes, 0)
            .map_err(|e| format!("capstone: {e}"))?;
        let i = match insns.iter().next() {
            Some(i) if i.bytes().len() == bytes.len() => i,
            _ => return Err(format!("{ins:?} does not decode as one instruction")),
        };
        let detail = cs.insn_detail(i).map_err(|e| format!("capstone: {e}"))?;
        let arch = detail.arch_detail();
        let arm = arch.arm().ok_or("not an ARM instruction")?;
        let mut ops = Vec::new();
        for op in arm.operands() {
            let o = match op.op_type {
                ArmOperandType::Reg(r) => {
                    let o = reg_op(&cs.reg_name(r).unwrap_or_default());
                    match (o, op.shift) {
                        (Op::R(n), ArmShift::Lsl(a)) => Op::Shifted(n, Sh::Lsl, a),
                        (Op::R(n), ArmShift::Lsr(a)) => Op::Shifted(n, Sh::Lsr, a),
                        (Op::R(n), ArmShift::Asr(a)) => Op::Shifted(n, Sh::Asr, a),
                        (Op::R(n), ArmShift::Ror(a)) => Op::Shifted(n, Sh::Ror, a),
                        (o, ArmShift::Invalid) => o,
                        (o, sh) => return Err(format!("{ins:?}: operand {o:?} shifted by {sh:?}")),
                    }
                }
                ArmOperandType::Imm(v) => Op::Imm(v),
                ArmOperandType::Fp(v) => Op::Fp(v),
                ArmOperandType::Mem(m) => {
                    let lsl = match op.shift {
                        ArmShift::Invalid => 0,
                        ArmShift::Lsl(a) => a,
                        sh => return Err(format!("{ins:?}: memory operand shifted by {sh:?}")),
                    };
                    Op::Mem {
                        base: reg_num(cs.reg_name(m.base()))
                            .ok_or("memory operand without base")?,
                        index: reg_num(cs.reg_name(m.index())),
                        disp: if op.subtracted { -m.disp() } else { m.disp() },
                        lsl,
                    }
                }
                other => return Err(format!("{ins:?}: unexpected operand {other:?}")),
            };
            ops.push(o);
        }
        let id = cs.insn_name(i.id()).unwrap_or_default();
        let two_operand = matches!(
            id.as_str(),
            "add"
                | "sub"
                | "adc"
                | "sbc"
                | "and"
                | "orr"
                | "eor"
                | "bic"
                | "lsl"
                | "lsr"
                | "asr"
                | "ror"
                | "mul"
        );
        if two_operand && ops.len() == 2 && matches!(ops[0], Op::R(_)) {
            ops.insert(1, ops[0].clone());
        }
        let mnemonic = i.mnemonic().unwrap_or_default();
        let mut name = mnemonic
            .strip_suffix(".w")
            .or_else(|| mnemonic.strip_suffix(".n"))
            .unwrap_or(mnemonic)
            .to_string();
        for (from, to) in [("addw", "add"), ("subw", "sub"), ("movw", "mov")] {
            if name == from {
                name = to.to_string();
            }
        }
        Ok(Dec {
            name,
            wide: i.bytes().len() == 4,
            wb: arm.writeback(),
            ops,
        })
    })
}

/// General register `n`.
pub fn r(n: u8) -> R {
    R(n)
}

/// Double register `n`.
pub fn d(n: u8) -> D {
    D(n)
}

/// Single register `n`.
pub fn s(n: u8) -> S {
    S(n)
}

/// The condition's suffix in assembly.
pub fn cond_name(c: Cond) -> &'static str {
    [
        "eq", "ne", "hs", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "",
    ][c as usize]
}

/// xorshift64* generator (deterministic, no dependencies).
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// One of `xs`.
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }

    /// A coin flip.
    pub fn bool(&mut self) -> bool {
        self.next() & 1 == 1
    }

    /// A low register half of the time, else any of r0..r12 and lr (neither sp nor pc).
    pub fn gpr(&mut self) -> R {
        if self.bool() {
            R(self.below(8) as u8)
        } else {
            self.pick(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14].map(R))
        }
    }

    /// As [`Rng::gpr`], or `sp` a quarter of the time.
    pub fn gpr_or_sp(&mut self) -> R {
        if self.below(4) == 0 {
            R::SP
        } else {
            self.gpr()
        }
    }

    /// A low register.
    pub fn low(&mut self) -> R {
        R(self.below(8) as u8)
    }

    /// A 32-bit constant: small, a shifted byte, a replicated byte, its complement or
    /// negation, or random bits.
    pub fn imm32(&mut self) -> u32 {
        let b = self.below(256) as u32;
        let v = match self.below(7) {
            0 => b,
            1 => b << self.below(25),
            2 => b * self.pick(&[0x0001_0001, 0x0100_0100, 0x0101_0101]),
            3 => self.below(4096) as u32,
            4 => self.below(0x1_0000) as u32,
            _ => self.next() as u32,
        };
        match self.below(4) {
            0 => !v,
            1 => v.wrapping_neg(),
            _ => v,
        }
    }

    /// Any condition but `al`.
    pub fn cond(&mut self) -> Cond {
        Cond::ALL[self.below(14) as usize]
    }

    /// A double register (d0..d31).
    pub fn dreg(&mut self) -> D {
        D(self.below(32) as u8)
    }

    /// A single register (s0..s31).
    pub fn sreg(&mut self) -> S {
        S(self.below(32) as u8)
    }
}
