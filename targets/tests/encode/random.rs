//! Randomized structural test: thousands of random operand combinations per encoder,
//! decoded with iced and compared field by field (mnemonic, registers, memory base /
//! index / scale / displacement and its encoded width, immediates and whether the imm8
//! form was used, branch targets, memory operand size, length), plus a check that no REX
//! bit or bare REX prefix is superfluous.

use crate::common::{decode_one, format, formatter, gpr, hex, xmm};
use iced_x86::{Instruction, IntelFormatter, MemorySize, Mnemonic, OpKind, Register};
use targets::x64::encode::*;

/// Iterations per encoder.
const ITERS: usize = 3000;

/// xorshift64* generator (deterministic, no dependencies).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }

    fn reg(&mut self) -> Reg {
        Reg::from_index(self.below(16) as u8)
    }

    fn xmm(&mut self) -> Xmm {
        Xmm::from_index(self.below(16) as u8)
    }

    fn cond(&mut self) -> Cond {
        self.pick(&Cond::ALL)
    }

    fn size(&mut self) -> Size {
        self.pick(&[Size::S8, Size::S16, Size::S32, Size::S64])
    }

    fn size_no8(&mut self) -> Size {
        self.pick(&[Size::S16, Size::S32, Size::S64])
    }

    fn size_w(&mut self) -> Size {
        self.pick(&[Size::S32, Size::S64])
    }

    /// A displacement: boundary values, small values or anything.
    fn disp(&mut self) -> i32 {
        match self.below(3) {
            0 => self.pick(&[
                0,
                1,
                -1,
                8,
                127,
                128,
                -128,
                -129,
                255,
                256,
                0x7fff_ffff,
                i32::MIN,
            ]),
            1 => self.below(512) as i32 - 256,
            _ => self.next() as i32,
        }
    }

    fn mem(&mut self) -> Mem {
        match self.below(5) {
            0 | 1 => Mem::base_disp(self.reg(), self.disp()),
            2 | 3 => {
                let index = loop {
                    let r = self.reg();
                    if r != Reg::Rsp {
                        break r;
                    }
                };
                Mem::base_index(self.reg(), index, self.pick(&[1, 2, 4, 8]), self.disp())
            }
            _ => Mem::rip(self.disp()),
        }
    }

    /// An immediate representable at `size` (signed or unsigned for 8/16 bits).
    fn imm(&mut self, size: Size) -> i32 {
        let v = match self.below(3) {
            0 => self.pick(&[
                0,
                1,
                -1,
                127,
                128,
                -128,
                -129,
                255,
                256,
                0x7fff,
                0x8000,
                -0x8000,
                0xffff,
                0x7fff_ffff,
                i32::MIN,
            ]),
            1 => self.below(512) as i32 - 256,
            _ => self.next() as i32,
        };
        match size {
            Size::S8 => (v & 0xff) - if self.below(2) == 0 { 128 } else { 0 },
            Size::S16 => (v & 0xffff) - if self.below(2) == 0 { 0x8000 } else { 0 },
            _ => v,
        }
    }
}

/// An expected operand.
enum Ex {
    /// A register.
    R(Register),
    /// A memory operand with its size in bytes (0 for `lea`).
    M(Mem, usize),
    /// An immediate compared at the given width; `Some(short)` also checks whether the
    /// sign-extended imm8 form was chosen.
    I(u64, Size, Option<bool>),
    /// A near branch target (decoded at ip 0).
    B(u64),
}
use Ex::*;

fn mask(s: Size) -> u64 {
    match s {
        Size::S8 => 0xff,
        Size::S16 => 0xffff,
        Size::S32 => 0xffff_ffff,
        Size::S64 => u64::MAX,
    }
}

/// The value the CPU sees for an immediate at `size` (8/16-bit values wrap).
fn narrowed(size: Size, imm: i32) -> i32 {
    match size {
        Size::S8 => imm as i8 as i32,
        Size::S16 => imm as i16 as i32,
        _ => imm,
    }
}

/// Size in bytes of the memory operand kinds these encoders produce (`usize::MAX` for
/// anything else, which then fails the comparison).
fn mem_bytes(m: MemorySize) -> usize {
    match m {
        MemorySize::Unknown => 0,
        MemorySize::UInt8 | MemorySize::Int8 => 1,
        MemorySize::UInt16 | MemorySize::Int16 => 2,
        MemorySize::UInt32 | MemorySize::Int32 => 4,
        MemorySize::UInt64 | MemorySize::Int64 | MemorySize::Float64 | MemorySize::QwordOffset => 8,
        MemorySize::Packed128_Float64 | MemorySize::UInt128 => 16,
        _ => usize::MAX,
    }
}

fn fits_i8(v: i32) -> bool {
    (-128..=127).contains(&v)
}

/// An immediate operand of an integer instruction at `size`, with an imm8 form.
fn imm_ex(size: Size, imm: i32) -> Ex {
    let short = if size == Size::S8 {
        None
    } else {
        Some(fits_i8(narrowed(size, imm)))
    };
    I(imm as i64 as u64, size, short)
}

/// An immediate operand without an imm8 alternative.
fn imm_plain(size: Size, imm: i32) -> Ex {
    I(imm as i64 as u64, size, None)
}

fn enc(f: impl FnOnce(&mut Code)) -> Code {
    let mut c = Code::new();
    f(&mut c);
    c
}

#[rustfmt::skip]
const ALU_MN: [Mnemonic; 8] = [
    Mnemonic::Add, Mnemonic::Or, Mnemonic::Adc, Mnemonic::Sbb,
    Mnemonic::And, Mnemonic::Sub, Mnemonic::Xor, Mnemonic::Cmp,
];
#[rustfmt::skip]
const JCC_MN: [Mnemonic; 16] = [
    Mnemonic::Jo, Mnemonic::Jno, Mnemonic::Jb, Mnemonic::Jae, Mnemonic::Je, Mnemonic::Jne, Mnemonic::Jbe, Mnemonic::Ja,
    Mnemonic::Js, Mnemonic::Jns, Mnemonic::Jp, Mnemonic::Jnp, Mnemonic::Jl, Mnemonic::Jge, Mnemonic::Jle, Mnemonic::Jg,
];
#[rustfmt::skip]
const SETCC_MN: [Mnemonic; 16] = [
    Mnemonic::Seto, Mnemonic::Setno, Mnemonic::Setb, Mnemonic::Setae,
    Mnemonic::Sete, Mnemonic::Setne, Mnemonic::Setbe, Mnemonic::Seta,
    Mnemonic::Sets, Mnemonic::Setns, Mnemonic::Setp, Mnemonic::Setnp,
    Mnemonic::Setl, Mnemonic::Setge, Mnemonic::Setle, Mnemonic::Setg,
];
#[rustfmt::skip]
const CMOV_MN: [Mnemonic; 16] = [
    Mnemonic::Cmovo, Mnemonic::Cmovno, Mnemonic::Cmovb, Mnemonic::Cmovae,
    Mnemonic::Cmove, Mnemonic::Cmovne, Mnemonic::Cmovbe, Mnemonic::Cmova,
    Mnemonic::Cmovs, Mnemonic::Cmovns, Mnemonic::Cmovp, Mnemonic::Cmovnp,
    Mnemonic::Cmovl, Mnemonic::Cmovge, Mnemonic::Cmovle, Mnemonic::Cmovg,
];

fn shift_mn(op: Shift) -> Mnemonic {
    match op {
        Shift::Rol => Mnemonic::Rol,
        Shift::Ror => Mnemonic::Ror,
        Shift::Shl => Mnemonic::Shl,
        Shift::Shr => Mnemonic::Shr,
        Shift::Sar => Mnemonic::Sar,
    }
}

fn sd_mn(op: Sd) -> Mnemonic {
    match op {
        Sd::Sqrt => Mnemonic::Sqrtsd,
        Sd::Add => Mnemonic::Addsd,
        Sd::Mul => Mnemonic::Mulsd,
        Sd::Sub => Mnemonic::Subsd,
        Sd::Min => Mnemonic::Minsd,
        Sd::Div => Mnemonic::Divsd,
        Sd::Max => Mnemonic::Maxsd,
    }
}

fn pd_mn(op: Pd) -> Mnemonic {
    match op {
        Pd::And => Mnemonic::Andpd,
        Pd::Andn => Mnemonic::Andnpd,
        Pd::Or => Mnemonic::Orpd,
        Pd::Xor => Mnemonic::Xorpd,
    }
}

/// The checker: holds the formatter used for the REX-minimality comparison.
struct Ck {
    fmt: IntelFormatter,
    checked: usize,
}

impl Ck {
    fn fail(&self, bytes: &[u8], i: &Instruction, what: String) -> String {
        let mut f = formatter();
        format!("{} (`{}`): {what}", hex(bytes), format(&mut f, i))
    }

    /// Decodes `code` and compares it with the expectation.
    fn check(&mut self, code: &Code, mn: Mnemonic, ex: &[Ex]) -> Result<Instruction, String> {
        self.checked += 1;
        let bytes = code.as_slice();
        let i = decode_one(bytes)?;
        if i.mnemonic() != mn {
            return Err(self.fail(
                bytes,
                &i,
                format!("mnemonic {:?}, want {mn:?}", i.mnemonic()),
            ));
        }
        if i.op_count() as usize != ex.len() {
            return Err(self.fail(
                bytes,
                &i,
                format!("{} operands, want {}", i.op_count(), ex.len()),
            ));
        }
        for (k, e) in ex.iter().enumerate() {
            let k = k as u32;
            let kind = i.op_kind(k);
            let bad = |what: String| Err(self.fail(bytes, &i, format!("operand {k}: {what}")));
            match *e {
                R(r) => {
                    if kind != OpKind::Register || i.op_register(k) != r {
                        return bad(format!(
                            "{kind:?} {:?}, want register {r:?}",
                            i.op_register(k)
                        ));
                    }
                }
                M(m, size) => {
                    if kind != OpKind::Memory {
                        return bad(format!("{kind:?}, want memory"));
                    }
                    if mem_bytes(i.memory_size()) != size {
                        return bad(format!(
                            "memory size {:?}, want {size} bytes",
                            i.memory_size()
                        ));
                    }
                    match m.index() {
                        None if i.memory_index() != Register::None => {
                            return bad(format!("index {:?}, want none", i.memory_index()));
                        }
                        Some((r, s))
                            if i.memory_index() != gpr(r, Size::S64)
                                || i.memory_index_scale() != s as u32 =>
                        {
                            return bad(format!(
                                "index {:?}*{}, want {r:?}*{s}",
                                i.memory_index(),
                                i.memory_index_scale()
                            ));
                        }
                        _ => {}
                    }
                    match m.base() {
                        None => {
                            let want = (bytes.len() as i64 + m.disp() as i64) as u64;
                            if i.memory_base() != Register::RIP || i.memory_displacement64() != want
                            {
                                return bad(format!(
                                    "{:?}+{:#x}, want rip-relative target {want:#x}",
                                    i.memory_base(),
                                    i.memory_displacement64()
                                ));
                            }
                        }
                        Some(b) => {
                            if i.memory_base() != gpr(b, Size::S64) {
                                return bad(format!("base {:?}, want {b:?}", i.memory_base()));
                            }
                            if i.memory_displacement64() != m.disp() as i64 as u64 {
                                return bad(format!(
                                    "disp {:#x}, want {:#x}",
                                    i.memory_displacement64(),
                                    m.disp()
                                ));
                            }
                            let want = if m.disp() == 0 && !matches!(b, Reg::Rbp | Reg::R13) {
                                0
                            } else if fits_i8(m.disp()) {
                                1
                            } else {
                                4
                            };
                            // iced reports a disp32 as 8 bytes (it is sign-extended to 64).
                            let got = if i.memory_displ_size() == 8 {
                                4
                            } else {
                                i.memory_displ_size()
                            };
                            if got != want {
                                return bad(format!(
                                    "displacement size {}, want {want}",
                                    i.memory_displ_size()
                                ));
                            }
                        }
                    }
                }
                I(v, size, short) => {
                    let is_imm8x = matches!(
                        kind,
                        OpKind::Immediate8to16 | OpKind::Immediate8to32 | OpKind::Immediate8to64
                    );
                    let is_imm = is_imm8x
                        || matches!(
                            kind,
                            OpKind::Immediate8
                                | OpKind::Immediate16
                                | OpKind::Immediate32
                                | OpKind::Immediate64
                                | OpKind::Immediate32to64
                        );
                    if !is_imm {
                        return bad(format!("{kind:?}, want immediate"));
                    }
                    if i.immediate(k) & mask(size) != v & mask(size) {
                        return bad(format!("immediate {:#x}, want {v:#x}", i.immediate(k)));
                    }
                    if let Some(s) = short
                        && s != is_imm8x
                    {
                        return bad(format!("immediate kind {kind:?}, want imm8 form: {s}"));
                    }
                }
                B(t) => {
                    if kind != OpKind::NearBranch64 || i.near_branch_target() != t {
                        return bad(format!(
                            "{kind:?} {:#x}, want branch to {t:#x}",
                            i.near_branch_target()
                        ));
                    }
                }
            }
        }
        self.rex_minimal(bytes, &i)?;
        Ok(i)
    }

    /// Fails if clearing any set REX bit, or dropping a bare `0x40` REX, decodes to the
    /// same instruction text: such a bit or prefix would be superfluous.
    fn rex_minimal(&mut self, bytes: &[u8], i: &Instruction) -> Result<(), String> {
        let mut p = 0;
        while p < bytes.len() && matches!(bytes[p], 0x66 | 0xF2 | 0xF3) {
            p += 1;
        }
        if p >= bytes.len() || bytes[p] & 0xF0 != 0x40 {
            return Ok(());
        }
        let orig = format(&mut self.fmt, i);
        let same = |fmt: &mut IntelFormatter, alt: &[u8]| match decode_one(alt) {
            Ok(j) => format(fmt, &j) == orig,
            Err(_) => false,
        };
        let rex = bytes[p];
        if rex == 0x40 {
            let mut alt = bytes.to_vec();
            alt.remove(p);
            if same(&mut self.fmt, &alt) {
                return Err(format!("{}: superfluous REX prefix ({orig})", hex(bytes)));
            }
        }
        for bit in 0..4 {
            if rex & (1 << bit) != 0 {
                let mut alt = bytes.to_vec();
                alt[p] &= !(1 << bit);
                if same(&mut self.fmt, &alt) {
                    return Err(format!(
                        "{}: superfluous REX bit {bit} ({orig})",
                        hex(bytes)
                    ));
                }
            }
        }
        Ok(())
    }
}

type Case = (&'static str, fn(&mut Rng, &mut Ck) -> Result<(), String>);

fn cases() -> Vec<Case> {
    vec![
        ("mov_rr", |g, ck| {
            let (s, d, r) = (g.size(), g.reg(), g.reg());
            let c = enc(|c| mov_rr(c, s, d, r));
            ck.check(&c, Mnemonic::Mov, &[R(gpr(d, s)), R(gpr(r, s))])
                .map(drop)
        }),
        ("mov_ri64", |g, ck| {
            let d = g.reg();
            let v: i64 = match g.below(4) {
                0 => g.pick(&[
                    0,
                    1,
                    -1,
                    0xffff_ffff,
                    0x1_0000_0000,
                    0x7fff_ffff,
                    0x8000_0000,
                    -0x8000_0000,
                    -0x8000_0001,
                    i64::MIN,
                    i64::MAX,
                ]),
                1 => g.next() as u32 as i64,
                2 => g.next() as i32 as i64,
                _ => g.next() as i64,
            };
            let c = enc(|c| mov_ri64(c, d, v));
            let rex = (d as u8 >= 8) as usize;
            if (v as u64) <= u32::MAX as u64 {
                ck.check(
                    &c,
                    Mnemonic::Mov,
                    &[R(gpr(d, Size::S32)), I(v as u64, Size::S32, None)],
                )?;
                if c.len() != 5 + rex {
                    return Err(format!(
                        "{}: mov r32, imm32 should be {} bytes",
                        hex(c.as_slice()),
                        5 + rex
                    ));
                }
            } else if i32::try_from(v).is_ok() {
                ck.check(
                    &c,
                    Mnemonic::Mov,
                    &[R(gpr(d, Size::S64)), I(v as u64, Size::S64, None)],
                )?;
                if c.len() != 7 {
                    return Err(format!(
                        "{}: mov r64, simm32 should be 7 bytes",
                        hex(c.as_slice())
                    ));
                }
            } else {
                ck.check(
                    &c,
                    Mnemonic::Mov,
                    &[R(gpr(d, Size::S64)), I(v as u64, Size::S64, None)],
                )?;
                if c.len() != 10 {
                    return Err(format!("{}: movabs should be 10 bytes", hex(c.as_slice())));
                }
            }
            Ok(())
        }),
        ("mov_ri32", |g, ck| {
            let (d, v) = (g.reg(), g.imm(Size::S32));
            let c = enc(|c| mov_ri32(c, d, v));
            ck.check(
                &c,
                Mnemonic::Mov,
                &[R(gpr(d, Size::S32)), imm_plain(Size::S32, v)],
            )
            .map(drop)
        }),
        ("mov_rm", |g, ck| {
            let (s, d, m) = (g.size(), g.reg(), g.mem());
            let c = enc(|c| mov_rm(c, s, d, m));
            ck.check(&c, Mnemonic::Mov, &[R(gpr(d, s)), M(m, s.bytes() as usize)])
                .map(drop)
        }),
        ("mov_mr", |g, ck| {
            let (s, r, m) = (g.size(), g.reg(), g.mem());
            let c = enc(|c| mov_mr(c, s, m, r));
            ck.check(&c, Mnemonic::Mov, &[M(m, s.bytes() as usize), R(gpr(r, s))])
                .map(drop)
        }),
        ("mov_mi", |g, ck| {
            let (s, m) = (g.size(), g.mem());
            let v = g.imm(s);
            let c = enc(|c| mov_mi(c, s, m, v));
            ck.check(
                &c,
                Mnemonic::Mov,
                &[M(m, s.bytes() as usize), imm_plain(s, v)],
            )
            .map(drop)
        }),
        ("movzx_rr", |g, ck| {
            let (f, d, r) = (g.pick(&[Size::S8, Size::S16]), g.reg(), g.reg());
            let c = enc(|c| movzx_rr(c, f, d, r));
            ck.check(&c, Mnemonic::Movzx, &[R(gpr(d, Size::S32)), R(gpr(r, f))])
                .map(drop)
        }),
        ("movzx_rm", |g, ck| {
            let (f, d, m) = (g.pick(&[Size::S8, Size::S16]), g.reg(), g.mem());
            let c = enc(|c| movzx_rm(c, f, d, m));
            ck.check(
                &c,
                Mnemonic::Movzx,
                &[R(gpr(d, Size::S32)), M(m, f.bytes() as usize)],
            )
            .map(drop)
        }),
        ("movsx_rr", |g, ck| {
            let (f, d, r) = (g.pick(&[Size::S8, Size::S16, Size::S32]), g.reg(), g.reg());
            let c = enc(|c| movsx_rr(c, f, d, r));
            let mn = if f == Size::S32 {
                Mnemonic::Movsxd
            } else {
                Mnemonic::Movsx
            };
            ck.check(&c, mn, &[R(gpr(d, Size::S64)), R(gpr(r, f))])
                .map(drop)
        }),
        ("movsx_rm", |g, ck| {
            let (f, d, m) = (g.pick(&[Size::S8, Size::S16, Size::S32]), g.reg(), g.mem());
            let c = enc(|c| movsx_rm(c, f, d, m));
            let mn = if f == Size::S32 {
                Mnemonic::Movsxd
            } else {
                Mnemonic::Movsx
            };
            ck.check(&c, mn, &[R(gpr(d, Size::S64)), M(m, f.bytes() as usize)])
                .map(drop)
        }),
        ("lea", |g, ck| {
            let (s, d, m) = (g.size_w(), g.reg(), g.mem());
            let c = enc(|c| lea(c, s, d, m));
            ck.check(&c, Mnemonic::Lea, &[R(gpr(d, s)), M(m, 0)])
                .map(drop)
        }),
        ("alu_rr", |g, ck| {
            let (op, s, d, r) = (g.pick(&Alu::ALL), g.size(), g.reg(), g.reg());
            let c = enc(|c| alu_rr(c, op, s, d, r));
            ck.check(&c, ALU_MN[op as usize], &[R(gpr(d, s)), R(gpr(r, s))])
                .map(drop)
        }),
        ("alu_rm", |g, ck| {
            let (op, s, d, m) = (g.pick(&Alu::ALL), g.size(), g.reg(), g.mem());
            let c = enc(|c| alu_rm(c, op, s, d, m));
            ck.check(
                &c,
                ALU_MN[op as usize],
                &[R(gpr(d, s)), M(m, s.bytes() as usize)],
            )
            .map(drop)
        }),
        ("alu_mr", |g, ck| {
            let (op, s, r, m) = (g.pick(&Alu::ALL), g.size(), g.reg(), g.mem());
            let c = enc(|c| alu_mr(c, op, s, m, r));
            ck.check(
                &c,
                ALU_MN[op as usize],
                &[M(m, s.bytes() as usize), R(gpr(r, s))],
            )
            .map(drop)
        }),
        ("alu_ri", |g, ck| {
            let (op, s, d) = (g.pick(&Alu::ALL), g.size(), g.reg());
            let v = g.imm(s);
            let c = enc(|c| alu_ri(c, op, s, d, v));
            ck.check(&c, ALU_MN[op as usize], &[R(gpr(d, s)), imm_ex(s, v)])?;
            // The accumulator forms have no ModRM byte.
            if d == Reg::Rax && (s == Size::S8 || !fits_i8(narrowed(s, v))) {
                let want =
                    (s == Size::S16 || s == Size::S64) as usize + 1 + s.bytes().min(4) as usize;
                if c.len() != want {
                    return Err(format!(
                        "{}: accumulator form should be {want} bytes",
                        hex(c.as_slice())
                    ));
                }
            }
            Ok(())
        }),
        ("alu_mi", |g, ck| {
            let (op, s, m) = (g.pick(&Alu::ALL), g.size(), g.mem());
            let v = g.imm(s);
            let c = enc(|c| alu_mi(c, op, s, m, v));
            ck.check(
                &c,
                ALU_MN[op as usize],
                &[M(m, s.bytes() as usize), imm_ex(s, v)],
            )
            .map(drop)
        }),
        ("test_rr", |g, ck| {
            let (s, a, b) = (g.size(), g.reg(), g.reg());
            let c = enc(|c| test_rr(c, s, a, b));
            ck.check(&c, Mnemonic::Test, &[R(gpr(a, s)), R(gpr(b, s))])
                .map(drop)
        }),
        ("test_ri", |g, ck| {
            let (s, r) = (g.size(), g.reg());
            let v = g.imm(s);
            let c = enc(|c| test_ri(c, s, r, v));
            ck.check(&c, Mnemonic::Test, &[R(gpr(r, s)), imm_plain(s, v)])?;
            if r == Reg::Rax {
                let want =
                    (s == Size::S16 || s == Size::S64) as usize + 1 + s.bytes().min(4) as usize;
                if c.len() != want {
                    return Err(format!(
                        "{}: accumulator form should be {want} bytes",
                        hex(c.as_slice())
                    ));
                }
            }
            Ok(())
        }),
        ("test_mi", |g, ck| {
            let (s, m) = (g.size(), g.mem());
            let v = g.imm(s);
            let c = enc(|c| test_mi(c, s, m, v));
            ck.check(
                &c,
                Mnemonic::Test,
                &[M(m, s.bytes() as usize), imm_plain(s, v)],
            )
            .map(drop)
        }),
        ("imul_rr", |g, ck| {
            let (s, d, r) = (g.size_no8(), g.reg(), g.reg());
            let c = enc(|c| imul_rr(c, s, d, r));
            ck.check(&c, Mnemonic::Imul, &[R(gpr(d, s)), R(gpr(r, s))])
                .map(drop)
        }),
        ("imul_rm", |g, ck| {
            let (s, d, m) = (g.size_no8(), g.reg(), g.mem());
            let c = enc(|c| imul_rm(c, s, d, m));
            ck.check(
                &c,
                Mnemonic::Imul,
                &[R(gpr(d, s)), M(m, s.bytes() as usize)],
            )
            .map(drop)
        }),
        ("imul_rri", |g, ck| {
            let (s, d, r) = (g.size_no8(), g.reg(), g.reg());
            let v = g.imm(s);
            let c = enc(|c| imul_rri(c, s, d, r, v));
            ck.check(
                &c,
                Mnemonic::Imul,
                &[R(gpr(d, s)), R(gpr(r, s)), imm_ex(s, v)],
            )
            .map(drop)
        }),
        ("neg/not/div/idiv", |g, ck| {
            let (s, r) = (g.size(), g.reg());
            let (c, mn) = match g.below(4) {
                0 => (enc(|c| neg(c, s, r)), Mnemonic::Neg),
                1 => (enc(|c| not(c, s, r)), Mnemonic::Not),
                2 => (enc(|c| div(c, s, r)), Mnemonic::Div),
                _ => (enc(|c| idiv(c, s, r)), Mnemonic::Idiv),
            };
            ck.check(&c, mn, &[R(gpr(r, s))]).map(drop)
        }),
        ("shift_rcl", |g, ck| {
            let (op, s, r) = (g.pick(&Shift::ALL), g.size(), g.reg());
            let c = enc(|c| shift_rcl(c, op, s, r));
            ck.check(&c, shift_mn(op), &[R(gpr(r, s)), R(Register::CL)])
                .map(drop)
        }),
        ("shift_ri", |g, ck| {
            let (op, s, r) = (g.pick(&Shift::ALL), g.size(), g.reg());
            let n = g.below(s.bytes() as u64 * 8) as u8;
            let c = enc(|c| shift_ri(c, op, s, r, n));
            ck.check(
                &c,
                shift_mn(op),
                &[R(gpr(r, s)), I(n as u64, Size::S8, None)],
            )?;
            let rex =
                s == Size::S64 || (r as u8) >= 8 || (s == Size::S8 && (4..8).contains(&(r as u8)));
            let want = (s == Size::S16) as usize + rex as usize + 2 + (n != 1) as usize;
            if c.len() != want {
                return Err(format!(
                    "{}: shift should be {want} bytes",
                    hex(c.as_slice())
                ));
            }
            Ok(())
        }),
        ("setcc", |g, ck| {
            let (cc, r) = (g.cond(), g.reg());
            let c = enc(|c| setcc(c, cc, r));
            ck.check(&c, SETCC_MN[cc as usize], &[R(gpr(r, Size::S8))])
                .map(drop)
        }),
        ("cmov_rr", |g, ck| {
            let (cc, s, d, r) = (g.cond(), g.size_no8(), g.reg(), g.reg());
            let c = enc(|c| cmov_rr(c, cc, s, d, r));
            ck.check(&c, CMOV_MN[cc as usize], &[R(gpr(d, s)), R(gpr(r, s))])
                .map(drop)
        }),
        ("cmov_rm", |g, ck| {
            let (cc, s, d, m) = (g.cond(), g.size_no8(), g.reg(), g.mem());
            let c = enc(|c| cmov_rm(c, cc, s, d, m));
            ck.check(
                &c,
                CMOV_MN[cc as usize],
                &[R(gpr(d, s)), M(m, s.bytes() as usize)],
            )
            .map(drop)
        }),
        ("jcc_rel32", |g, ck| {
            let (cc, rel) = (g.cond(), g.disp());
            let c = enc(|c| jcc_rel32(c, cc, rel));
            ck.check(&c, JCC_MN[cc as usize], &[B((6 + rel as i64) as u64)])
                .map(drop)
        }),
        ("jcc_rel8", |g, ck| {
            let (cc, rel) = (g.cond(), g.next() as i8);
            let c = enc(|c| jcc_rel8(c, cc, rel));
            ck.check(&c, JCC_MN[cc as usize], &[B((2 + rel as i64) as u64)])
                .map(drop)
        }),
        ("jmp/call rel", |g, ck| {
            let rel = g.disp();
            match g.below(3) {
                0 => ck.check(
                    &enc(|c| jmp_rel32(c, rel)),
                    Mnemonic::Jmp,
                    &[B((5 + rel as i64) as u64)],
                ),
                1 => ck.check(
                    &enc(|c| call_rel32(c, rel)),
                    Mnemonic::Call,
                    &[B((5 + rel as i64) as u64)],
                ),
                _ => {
                    let r8 = rel as i8;
                    ck.check(
                        &enc(|c| jmp_rel8(c, r8)),
                        Mnemonic::Jmp,
                        &[B((2 + r8 as i64) as u64)],
                    )
                }
            }
            .map(drop)
        }),
        ("jmp/call r/m", |g, ck| {
            let (r, m) = (g.reg(), g.mem());
            match g.below(4) {
                0 => ck.check(
                    &enc(|c| jmp_r(c, r)),
                    Mnemonic::Jmp,
                    &[R(gpr(r, Size::S64))],
                ),
                1 => ck.check(
                    &enc(|c| call_r(c, r)),
                    Mnemonic::Call,
                    &[R(gpr(r, Size::S64))],
                ),
                2 => ck.check(&enc(|c| jmp_m(c, m)), Mnemonic::Jmp, &[M(m, 8)]),
                _ => ck.check(&enc(|c| call_m(c, m)), Mnemonic::Call, &[M(m, 8)]),
            }
            .map(drop)
        }),
        ("push/pop", |g, ck| {
            let r = g.reg();
            if g.below(2) == 0 {
                ck.check(
                    &enc(|c| push_r(c, r)),
                    Mnemonic::Push,
                    &[R(gpr(r, Size::S64))],
                )
            } else {
                ck.check(
                    &enc(|c| pop_r(c, r)),
                    Mnemonic::Pop,
                    &[R(gpr(r, Size::S64))],
                )
            }
            .map(drop)
        }),
        ("no-operand", |g, ck| {
            match g.below(5) {
                0 => ck.check(&enc(ret), Mnemonic::Ret, &[]),
                1 => ck.check(&enc(int3), Mnemonic::Int3, &[]),
                2 => ck.check(&enc(ud2), Mnemonic::Ud2, &[]),
                3 => ck.check(&enc(cdq), Mnemonic::Cdq, &[]),
                _ => ck.check(&enc(cqo), Mnemonic::Cqo, &[]),
            }
            .map(drop)
        }),
        ("nop", |g, ck| {
            let n = 1 + g.below(9) as usize;
            let c = enc(|c| nop(c, n));
            let i = decode_one(c.as_slice())?;
            ck.checked += 1;
            if c.len() != n || !matches!(i.mnemonic(), Mnemonic::Nop | Mnemonic::Xchg) {
                return Err(format!("nop({n}): {}", hex(c.as_slice())));
            }
            Ok(())
        }),
        ("movsd/movaps xx", |g, ck| {
            let (d, s) = (g.xmm(), g.xmm());
            if g.below(2) == 0 {
                ck.check(
                    &enc(|c| movsd_xx(c, d, s)),
                    Mnemonic::Movsd,
                    &[R(xmm(d)), R(xmm(s))],
                )
            } else {
                ck.check(
                    &enc(|c| movaps_xx(c, d, s)),
                    Mnemonic::Movaps,
                    &[R(xmm(d)), R(xmm(s))],
                )
            }
            .map(drop)
        }),
        ("movsd xm/mx", |g, ck| {
            let (x, m) = (g.xmm(), g.mem());
            if g.below(2) == 0 {
                ck.check(
                    &enc(|c| movsd_xm(c, x, m)),
                    Mnemonic::Movsd,
                    &[R(xmm(x)), M(m, 8)],
                )
            } else {
                ck.check(
                    &enc(|c| movsd_mx(c, m, x)),
                    Mnemonic::Movsd,
                    &[M(m, 8), R(xmm(x))],
                )
            }
            .map(drop)
        }),
        ("movq", |g, ck| {
            let (x, r) = (g.xmm(), g.reg());
            if g.below(2) == 0 {
                ck.check(
                    &enc(|c| movq_xr(c, x, r)),
                    Mnemonic::Movq,
                    &[R(xmm(x)), R(gpr(r, Size::S64))],
                )
            } else {
                ck.check(
                    &enc(|c| movq_rx(c, r, x)),
                    Mnemonic::Movq,
                    &[R(gpr(r, Size::S64)), R(xmm(x))],
                )
            }
            .map(drop)
        }),
        ("sd_xx", |g, ck| {
            let (op, d, s) = (g.pick(&Sd::ALL), g.xmm(), g.xmm());
            ck.check(
                &enc(|c| sd_xx(c, op, d, s)),
                sd_mn(op),
                &[R(xmm(d)), R(xmm(s))],
            )
            .map(drop)
        }),
        ("sd_xm", |g, ck| {
            let (op, d, m) = (g.pick(&Sd::ALL), g.xmm(), g.mem());
            ck.check(
                &enc(|c| sd_xm(c, op, d, m)),
                sd_mn(op),
                &[R(xmm(d)), M(m, 8)],
            )
            .map(drop)
        }),
        ("pd_xx", |g, ck| {
            let (op, d, s) = (g.pick(&Pd::ALL), g.xmm(), g.xmm());
            ck.check(
                &enc(|c| pd_xx(c, op, d, s)),
                pd_mn(op),
                &[R(xmm(d)), R(xmm(s))],
            )
            .map(drop)
        }),
        ("pd_xm", |g, ck| {
            let (op, d, m) = (g.pick(&Pd::ALL), g.xmm(), g.mem());
            ck.check(
                &enc(|c| pd_xm(c, op, d, m)),
                pd_mn(op),
                &[R(xmm(d)), M(m, 16)],
            )
            .map(drop)
        }),
        ("ucomisd", |g, ck| {
            let (a, b, m) = (g.xmm(), g.xmm(), g.mem());
            if g.below(2) == 0 {
                ck.check(
                    &enc(|c| ucomisd_xx(c, a, b)),
                    Mnemonic::Ucomisd,
                    &[R(xmm(a)), R(xmm(b))],
                )
            } else {
                ck.check(
                    &enc(|c| ucomisd_xm(c, a, m)),
                    Mnemonic::Ucomisd,
                    &[R(xmm(a)), M(m, 8)],
                )
            }
            .map(drop)
        }),
        ("cvtsi2sd/cvttsd2si", |g, ck| {
            let (s, x, r) = (g.size_w(), g.xmm(), g.reg());
            if g.below(2) == 0 {
                ck.check(
                    &enc(|c| cvtsi2sd_xr(c, s, x, r)),
                    Mnemonic::Cvtsi2sd,
                    &[R(xmm(x)), R(gpr(r, s))],
                )
            } else {
                ck.check(
                    &enc(|c| cvttsd2si_rx(c, s, r, x)),
                    Mnemonic::Cvttsd2si,
                    &[R(gpr(r, s)), R(xmm(x))],
                )
            }
            .map(drop)
        }),
        ("roundsd", |g, ck| {
            let (d, s) = (g.xmm(), g.xmm());
            let mode = g.pick(&[Round::Nearest, Round::Floor, Round::Ceil, Round::Trunc]);
            let c = enc(|c| roundsd(c, d, s, mode));
            ck.check(
                &c,
                Mnemonic::Roundsd,
                &[R(xmm(d)), R(xmm(s)), I(mode as u64, Size::S8, None)],
            )
            .map(drop)
        }),
    ]
}

#[test]
fn random() {
    let mut ck = Ck {
        fmt: formatter(),
        checked: 0,
    };
    let mut failures = Vec::new();
    let cases = cases();
    for (n, (name, f)) in cases.iter().enumerate() {
        let mut g = Rng(0x9E37_79B9_7F4A_7C15 ^ (n as u64 + 1).wrapping_mul(0xD1B5_4A32_D192_ED03));
        let mut bad = 0;
        for _ in 0..ITERS {
            if let Err(e) = f(&mut g, &mut ck) {
                bad += 1;
                if bad <= 5 {
                    failures.push(format!("{name}: {e}"));
                }
            }
        }
    }
    println!(
        "{} encoder groups, {} random instructions checked",
        cases.len(),
        ck.checked
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
