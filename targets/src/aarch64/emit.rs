//! LIR → AArch64: instruction selection over the shared backward register
//! allocator ([`crate::ralloc`]), mirroring `x64/emit.rs`.
//!
//! Code is emitted backwards, one 32-bit word at a time. Guards branch (`b.cond`,
//! `cbz`, `cbnz`: ±1 MiB) to *exit stubs* placed after the fragment's main code;
//! a stub boxes the snapshot values into the interpreter's slots, then jumps
//! through a patchable literal (`ldr x17, #8; br x17; .quad target`) to its own
//! return path (`mov w0, #exit; b epilogue`) or, once a branch fragment is
//! attached, to that branch. A branch fragment's loop edge jumps through the
//! same kind of literal to the trunk's loop top. Literals are 8-byte aligned:
//! fragments start 16-byte aligned, main code is padded at its start to a
//! multiple of 8 bytes, and stubs align their literals.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use engine_core::jit::lir::{flags, Exit, Insn, LOp, Lir, Ref, Ty};
use engine_core::jit::runtime::{CompileJob, STATE_BASE};
use engine_core::value::{MAX_DOUBLE_BITS, NUMBER_LIMIT_BITS, PAYLOAD_MASK, TAG_BOOL, TAG_INT, TAG_SHIFT};

use super::encode::*;
use super::regs::*;
use crate::ralloc::{self, Class, Loc, PReg, PhiHome, PhiMoves, Ralloc, Src};
use crate::Assembled;

/// Where a branch goes, resolved when the fragment is assembled.
#[derive(Clone, Copy, Debug)]
enum Target {
    Stub(u32),
    LoopTop,
    LoopHead,
}

/// One instruction of a forward sequence, possibly a branch needing a fixup.
enum Item {
    Word(u32),
    Jump(u32, Target),
}

/// A short forward instruction sequence, emitted as one block.
#[derive(Default)]
struct Seq {
    items: Vec<Item>,
}

impl Seq {
    fn w(&mut self, word: u32) {
        self.items.push(Item::Word(word));
    }
    fn ws(&mut self, words: impl IntoIterator<Item = u32>) {
        for w in words {
            self.w(w);
        }
    }
    fn jump(&mut self, word: u32, t: Target) {
        self.items.push(Item::Jump(word, t));
    }
}

/// What a memory access does.
#[derive(Clone, Copy)]
enum Acc {
    Ld(Size),
    St(Size),
    LdD,
    StD,
}

/// Appends one access of register number `rt` at `[base + off]`: the scaled
/// 12-bit form when it fits, else the unscaled 9-bit one, else through `x16`.
fn access(out: &mut Vec<u32>, acc: Acc, rt: u8, base: R, off: i64) {
    let scaled = match acc {
        Acc::Ld(sz) => u32::try_from(off).ok().and_then(|o| ldr_imm(sz, R(rt), base, o)),
        Acc::St(sz) => u32::try_from(off).ok().and_then(|o| str_imm(sz, R(rt), base, o)),
        Acc::LdD => u32::try_from(off).ok().and_then(|o| ldr_d_imm(V(rt), base, o)),
        Acc::StD => u32::try_from(off).ok().and_then(|o| str_d_imm(V(rt), base, o)),
    };
    if let Some(w) = scaled {
        out.push(w);
    } else if (-256..256).contains(&off) {
        out.push(match acc {
            Acc::Ld(sz) => ldur(sz, R(rt), base, off as i32),
            Acc::St(sz) => stur(sz, R(rt), base, off as i32),
            Acc::LdD => ldur_d(V(rt), base, off as i32),
            Acc::StD => stur_d(V(rt), base, off as i32),
        });
    } else {
        out.extend(mov_imm(W::X64, SCRATCH, off as u64));
        out.push(match acc {
            Acc::Ld(sz) => ldr_reg(sz, R(rt), base, SCRATCH, Extend::Lsl, false),
            Acc::St(sz) => str_reg(sz, R(rt), base, SCRATCH, Extend::Lsl, false),
            Acc::LdD => ldr_d_reg(V(rt), base, SCRATCH, Extend::Lsl, false),
            Acc::StD => str_d_reg(V(rt), base, SCRATCH, Extend::Lsl, false),
        });
    }
}

fn acc_words(acc: Acc, rt: u8, base: R, off: i64) -> Vec<u32> {
    let mut v = Vec::new();
    access(&mut v, acc, rt, base, off);
    v
}

/// `rd = rn + imm` for any 64-bit `imm` (`x16` when it does not fit an immediate).
fn add_const(out: &mut Vec<u32>, rd: R, rn: R, imm: i64) {
    if (0..4096).contains(&imm) {
        out.push(add_imm(W::X64, rd, rn, imm as u32, false));
    } else if (-4095..0).contains(&imm) {
        out.push(sub_imm(W::X64, rd, rn, (-imm) as u32, false));
    } else {
        out.extend(mov_imm(W::X64, SCRATCH, imm as u64));
        out.push(add_reg(W::X64, rd, rn, SCRATCH, Shift::Lsl, 0));
    }
}

fn gr(p: PReg) -> R {
    R(p.hw)
}

fn vr(p: PReg) -> V {
    V(p.hw)
}

/// The high bits that box a payload with tag `tag`.
const fn tag_bits(tag: u64) -> u64 {
    tag << TAG_SHIFT
}

struct Cg<'a> {
    lir: &'a Lir,
    job: &'a CompileJob,
    ra: Ralloc<'a, A64>,
    /// Exit stubs, forward.
    stubs: Vec<u32>,
    /// Branches in the main code: (`rev.len()` before the word, target).
    fix_main: Vec<(usize, Target)>,
    stub_start: Vec<u32>,
    /// Word indices (in `stubs`) of the stubs' branches to the epilogue.
    stub_epi_jumps: Vec<u32>,
    /// Byte offsets (in the stubs) of each exit's patchable literal.
    exit_patch: Vec<u32>,
    relocs_stub: Vec<(u32, u32)>,
    looptop_pos: Option<usize>,
    loophead_pos: Option<usize>,
    /// `rev.len()` after a branch's loop jump (its literal ends 8 bytes in).
    loop_patch_pos: Option<usize>,
    phis: Vec<Ref>,
    loop_calls: bool,
    pending_inits: Vec<(PhiHome, Ref)>,
    epi_pos: usize,
}

impl<'a> Cg<'a> {
    fn new(job: &'a CompileJob) -> Cg<'a> {
        let lir = &job.lir;
        let (phis, loop_calls) = ralloc::loop_phis(lir);
        Cg {
            lir,
            job,
            ra: Ralloc::new(lir),
            stubs: Vec::with_capacity(1024),
            fix_main: Vec::new(),
            stub_start: vec![u32::MAX; lir.exits.len()],
            stub_epi_jumps: Vec::new(),
            exit_patch: vec![0; lir.exits.len()],
            relocs_stub: Vec::new(),
            looptop_pos: None,
            loophead_pos: None,
            loop_patch_pos: None,
            phis,
            loop_calls,
            pending_inits: Vec::new(),
            epi_pos: 0,
        }
    }

    fn fail(&mut self, why: &str) {
        self.ra.fail(why);
    }

    // ------------------------------------------------------------------
    // Emission

    fn put(&mut self, w: u32) {
        self.ra.put(&w.to_le_bytes());
    }

    /// Prepends a forward sequence.
    fn emit(&mut self, seq: Seq) {
        for item in seq.items.into_iter().rev() {
            match item {
                Item::Word(w) => self.put(w),
                Item::Jump(w, t) => {
                    self.fix_main.push((self.ra.rev.len(), t));
                    self.put(w);
                }
            }
        }
    }

    // ------------------------------------------------------------------
    // Registers (the shared allocator, in AArch64 terms)

    fn konst(&self, r: Ref) -> Option<(LOp, i64)> {
        self.lir.konst(r)
    }

    fn temp_g(&mut self) -> R {
        gr(self.ra.temp(Class::Int))
    }

    /// A general register holding `r` (constants materialized by `pre`).
    fn g(&mut self, r: Ref, pre: &mut Seq) -> R {
        let (reg, bits) = self.ra.use_reg(r, Class::Int);
        if let Some(bits) = bits {
            pre.ws(mov_imm(W::X64, gr(reg), bits));
        }
        gr(reg)
    }

    /// A floating-point register holding `r` (constants through `x16` in `pre`).
    fn x(&mut self, r: Ref, pre: &mut Seq) -> V {
        let (reg, bits) = self.ra.use_reg(r, Class::Float);
        if let Some(bits) = bits {
            load_double(pre, vr(reg), bits);
        }
        vr(reg)
    }

    fn def_g(&mut self, r: Ref) -> Option<R> {
        self.ra.def(r, Class::Int).map(gr)
    }

    fn def_x(&mut self, r: Ref) -> Option<V> {
        self.ra.def(r, Class::Float).map(vr)
    }

    /// The destination of an instruction that must run even when its result is
    /// unused (it guards).
    fn def_or_temp(&mut self, r: Ref) -> R {
        match self.def_g(r) {
            Some(d) => d,
            None => self.temp_g(),
        }
    }

    /// An int32 constant.
    fn int_const(&self, r: Ref) -> Option<i32> {
        match self.konst(r) {
            Some((LOp::KInt, v)) => Some(v as i32),
            _ => None,
        }
    }

    /// A slot load used only by the unboxing instruction being emitted: fold it
    /// into that instruction (returns the slot's byte offset from the base).
    fn fuse_slot_load(&mut self, r: Ref) -> Option<i64> {
        let l = *self.lir.get(r);
        if l.op != LOp::LdSlot || !self.ra.fusable(r) {
            return None;
        }
        self.ra.fuse(r);
        Some(l.imm * 8)
    }

    /// Stores the boxing of `v` at `[base + off]` without giving the boxed value
    /// a register, when the box has no other use. Returns whether it did.
    fn store_boxed(&mut self, v: Ref, base: R, off: i64, pre: &mut Seq, seq: &mut Seq) -> bool {
        let b = *self.lir.get(v);
        if !matches!(b.op, LOp::BoxI | LOp::BoxB | LOp::BoxD) || !self.ra.fusable(v) {
            return false;
        }
        self.ra.fuse(v);
        if b.op == LOp::BoxD {
            let x = self.x(b.a, pre);
            seq.ws(acc_words(Acc::StD, x.0, base, off));
            return true;
        }
        let tag = if b.op == LOp::BoxI { TAG_INT } else { TAG_BOOL };
        match self.int_const(b.a) {
            Some(k) => seq.ws(mov_imm(W::X64, SCRATCH2, tag_bits(tag) | k as u32 as u64)),
            None => {
                let a = self.g(b.a, pre);
                seq.ws(mov_imm(W::X64, SCRATCH2, tag_bits(tag)));
                seq.w(orr_reg(W::X64, SCRATCH2, SCRATCH2, a, Shift::Lsl, 0));
            }
        }
        seq.ws(acc_words(Acc::St(Size::X), SCRATCH2.0, base, off));
        true
    }


    fn parallel_moves(moves: Vec<(PReg, Src)>, seq: &mut Seq) {
        ralloc::parallel_moves(moves, [PReg::int(SCRATCH2.0), PReg::float(DSCRATCH.0)], |d, s| move_to(seq, d, s));
    }

    /// Stores into phis' memory homes, then the parallel copy into their registers.
    fn phi_transfers(t: PhiMoves, seq: &mut Seq) {
        for (slot, src) in t.stores {
            let off = slot as i64 * 8;
            match src {
                Src::Reg(PReg { class: Class::Int, hw }) => seq.ws(acc_words(Acc::St(Size::X), hw, R::SP, off)),
                Src::Reg(PReg { class: Class::Float, hw }) => seq.ws(acc_words(Acc::StD, hw, R::SP, off)),
                Src::Const(bits) => {
                    seq.ws(mov_imm(W::X64, SCRATCH2, bits));
                    seq.ws(acc_words(Acc::St(Size::X), SCRATCH2.0, R::SP, off));
                }
                Src::Spill(k) => {
                    seq.ws(acc_words(Acc::Ld(Size::X), SCRATCH2.0, R::SP, k as i64 * 8));
                    seq.ws(acc_words(Acc::St(Size::X), SCRATCH2.0, R::SP, off));
                }
            }
        }
        Self::parallel_moves(t.moves, seq);
    }

    // ------------------------------------------------------------------
    // Peeled loops

    /// The loop edge of a peeled loop: phis get registers held through the loop
    /// body and this iteration's values move into them.
    fn loop_edge(&mut self, seq: &mut Seq) {
        let phis = self.phis.clone();
        let transfers = self.ra.loop_edge_moves(&phis, self.loop_calls);
        Self::phi_transfers(transfers, seq);
    }

    /// The head of a peeled loop (see `Ralloc::reloads_at_loop_head`).
    fn loop_head(&mut self) {
        let reloads = self.ra.reloads_at_loop_head();
        self.ra.emit_reloads(&reloads);
        self.loophead_pos = Some(self.ra.rev.len());
        let transfers = self.ra.loop_entry_moves(core::mem::take(&mut self.pending_inits));
        let mut seq = Seq::default();
        Self::phi_transfers(transfers, &mut seq);
        self.emit(seq);
        self.ra.unpin_all();
    }

    // ------------------------------------------------------------------
    // Exit stubs

    /// Builds the stub of local exit `e` from the current locations of its values.
    fn stub(&mut self, e: u32) -> Target {
        if self.stub_start[e as usize] != u32::MAX {
            return Target::Stub(e);
        }
        let exit: &Exit = &self.lir.exits[e as usize];
        let plan = self.ra.plan_exit(exit);
        let start = self.stubs.len() as u32;
        self.stub_start[e as usize] = start;
        let mut out: Vec<u32> = Vec::new();
        for (slot, r, src) in plan {
            box_to_slot(&mut out, slot, self.lir.get(r).ty, src);
        }
        // The patchable jump: its literal 8-byte aligned.
        if (start as usize + out.len()) % 2 != 0 {
            out.push(nop());
        }
        out.push(ldr_lit(SCRATCH2, 2));
        out.push(br(SCRATCH2));
        let patch_at = (start + out.len() as u32) * 4;
        out.extend([0, 0]);
        let ret_at = (start + out.len() as u32) * 4;
        out.extend(mov_imm(W::W32, R(0), (self.job.exit_base + e) as u64));
        self.stub_epi_jumps.push(start + out.len() as u32);
        out.push(b(0));
        self.exit_patch[e as usize] = patch_at;
        self.relocs_stub.push((patch_at, ret_at));
        self.stubs.extend_from_slice(&out);
        Target::Stub(e)
    }

    fn guard_jump(&mut self, fail: Cond, exit: i64, seq: &mut Seq) {
        let t = self.stub(exit as u32);
        seq.jump(b_cond(fail, 0), t);
    }

    // ------------------------------------------------------------------
    // The fragment

    fn compile(&mut self) {
        let lir = self.lir;
        let mut epi = Seq::default();
        epi.w(add_imm(W::X64, R::SP, R::SP, FRAME_BYTES, false));
        for (a, b) in SAVED_D_PAIRS.iter().rev() {
            epi.w(ldp_d_post(*a, *b, R::SP, 16));
        }
        for (a, b) in SAVED_PAIRS.iter().rev() {
            epi.w(ldp_post(*a, *b, R::SP, 16));
        }
        epi.w(ldp_post(R::FP, R::LR, R::SP, 16));
        epi.w(ret());
        self.emit(epi);
        self.epi_pos = self.ra.rev.len();
        for i in (0..lir.insns.len()).rev() {
            if self.ra.error.is_some() {
                return;
            }
            let r = i as Ref;
            if !self.ra.fused[i] {
                self.insn(r);
            }
            self.ra.finish(r);
        }
        if !self.job.branch {
            let mut p = Seq::default();
            p.w(stp_pre(R::FP, R::LR, R::SP, -16));
            p.w(mov_sp(R::FP, R::SP));
            for (a, b) in SAVED_PAIRS {
                p.w(stp_pre(a, b, R::SP, -16));
            }
            for (a, b) in SAVED_D_PAIRS {
                p.w(stp_d_pre(a, b, R::SP, -16));
            }
            p.w(sub_imm(W::X64, R::SP, R::SP, FRAME_BYTES, false));
            p.w(mov_reg(W::X64, STATE, R(0)));
            p.ws(acc_words(Acc::Ld(Size::X), BASE.0, STATE, STATE_BASE as i64));
            self.emit(p);
        }
    }

    fn insn(&mut self, r: Ref) {
        let ins = *self.lir.get(r);
        let mut pre = Seq::default();
        let mut seq = Seq::default();
        use LOp::*;
        match ins.op {
            KInt | KDbl | KVal | KPtr | Base | State | Nop => return,
            LoopTop => {
                self.looptop_pos = Some(self.ra.rev.len());
                return;
            }
            LoopHead => {
                self.loop_head();
                return;
            }
            Phi => {
                let Some(home) = self.ra.phi_def(r) else { return };
                self.pending_inits.push((home, ins.a));
                return;
            }
            Loop => {
                if !self.phis.is_empty() && !self.job.branch {
                    self.loop_edge(&mut seq);
                    if self.ra.error.is_some() {
                        return;
                    }
                    seq.jump(b(0), Target::LoopHead);
                } else if !self.job.branch {
                    seq.jump(b(0), Target::LoopTop);
                } else {
                    // A branch rejoins the trunk's loop top through a literal the
                    // tree's linker fills in.
                    for w in [ldr_lit(SCRATCH2, 2), br(SCRATCH2), 0, 0] {
                        seq.w(w);
                    }
                    self.emit(seq);
                    self.loop_patch_pos = Some(self.ra.rev.len());
                    return;
                }
            }
            Exit => {
                let t = self.stub(ins.imm as u32);
                seq.jump(b(0), t);
            }
            LdSlot => {
                let Some(d) = self.def_g(r) else { return };
                seq.ws(acc_words(Acc::Ld(Size::X), d.0, BASE, ins.imm * 8));
            }
            StSlot => self.store(ins.a, BASE, ins.imm * 8, Size::X, &mut pre, &mut seq),
            Ld64 | LdP | Ld32 | Ld16 | Ld8 | LdFlag => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                let sz = match ins.op {
                    Ld64 | LdP => Size::X,
                    Ld32 => Size::W,
                    Ld16 => Size::H,
                    _ => Size::B,
                };
                seq.ws(acc_words(Acc::Ld(sz), d.0, a, ins.imm));
            }
            Ld8I | Ld16I => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                let i = self.g(ins.b, &mut pre);
                let mut base = a;
                if ins.imm != 0 {
                    let mut v = Vec::new();
                    add_const(&mut v, SCRATCH, a, ins.imm);
                    seq.ws(v);
                    base = SCRATCH;
                }
                let sz = if ins.op == Ld8I { Size::B } else { Size::H };
                seq.w(ldr_reg(sz, d, base, i, Extend::Lsl, ins.op == Ld16I));
            }
            St64 | St32 | StP => {
                let a = self.g(ins.a, &mut pre);
                let sz = if ins.op == St32 { Size::W } else { Size::X };
                self.store(ins.b, a, ins.imm, sz, &mut pre, &mut seq);
            }
            Lea8 => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                let i = self.g(ins.b, &mut pre);
                seq.w(add_reg(W::X64, d, a, i, Shift::Lsl, 3));
                if ins.imm != 0 {
                    let mut v = Vec::new();
                    add_const(&mut v, d, d, ins.imm);
                    seq.ws(v);
                }
            }
            UnboxI => {
                let Some(d) = self.def_g(r) else { return };
                if let Some(off) = self.fuse_slot_load(ins.a) {
                    // Just the payload half of the slot.
                    seq.ws(acc_words(Acc::Ld(Size::W), d.0, BASE, off));
                } else {
                    let a = self.g(ins.a, &mut pre);
                    seq.w(mov_reg(W::W32, d, a));
                }
            }
            UnboxD => {
                let Some(d) = self.def_x(r) else { return };
                if let Some(off) = self.fuse_slot_load(ins.a) {
                    seq.ws(acc_words(Acc::LdD, d.0, BASE, off));
                } else {
                    let a = self.g(ins.a, &mut pre);
                    seq.w(fmov_from_x(d, a));
                }
            }
            UnboxP => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                match and_imm(W::X64, d, a, PAYLOAD_MASK) {
                    Some(w) => seq.w(w),
                    None => self.fail("payload mask is not a bitmask immediate"),
                }
            }
            BoxI | BoxB | BoxP => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                let tag = match ins.op {
                    BoxI => TAG_INT,
                    BoxB => TAG_BOOL,
                    _ => ins.imm as u64,
                };
                seq.ws(mov_imm(W::X64, SCRATCH, tag_bits(tag)));
                seq.w(orr_reg(W::X64, d, SCRATCH, a, Shift::Lsl, 0));
            }
            BoxD => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.x(ins.a, &mut pre);
                seq.w(fmov_to_x(d, a));
            }
            IsInt | IsDbl | IsNum | IsTag | EqI | NeI | LtI | GeI | LeI | GtI | LtU | GeU | EqP | NeP | EqD | NeD | LtD | LeD | GtD | GeD => {
                let Some(d) = self.def_g(r) else { return };
                let cc = self.flags_for(ins, &mut pre, &mut seq);
                seq.w(cset(W::W32, d, cc));
            }
            NotB => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                seq.w(eor_imm(W::W32, d, a, 1).unwrap_or(0));
            }
            AddI | SubI | AndI | OrI | XorI | AddOvI | SubOvI => self.alu(r, ins, &mut pre, &mut seq),
            MulI | MulOvI => self.mul(r, ins, &mut pre, &mut seq),
            ShlI | SarI | ShrI => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                match self.int_const(ins.b) {
                    Some(v) => {
                        let sh = (v & 31) as u8;
                        seq.w(match ins.op {
                            ShlI => lsl_imm(W::W32, d, a, sh),
                            SarI => asr_imm(W::W32, d, a, sh),
                            _ => lsr_imm(W::W32, d, a, sh),
                        });
                    }
                    None => {
                        let b = self.g(ins.b, &mut pre);
                        seq.w(match ins.op {
                            ShlI => lslv(W::W32, d, a, b),
                            SarI => asrv(W::W32, d, a, b),
                            _ => lsrv(W::W32, d, a, b),
                        });
                    }
                }
            }
            NegI | NotI => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                seq.w(if ins.op == NegI { neg(W::W32, d, a) } else { mvn(W::W32, d, a) });
            }
            ModI => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                let b = self.g(ins.b, &mut pre);
                seq.w(sdiv(W::W32, SCRATCH, a, b));
                seq.w(msub(W::W32, d, SCRATCH, b, a));
            }
            AddD | SubD | MulD | DivD => {
                let Some(d) = self.def_x(r) else { return };
                let a = self.x(ins.a, &mut pre);
                let b = self.x(ins.b, &mut pre);
                seq.w(match ins.op {
                    AddD => fadd(d, a, b),
                    SubD => fsub(d, a, b),
                    MulD => fmul(d, a, b),
                    _ => fdiv(d, a, b),
                });
            }
            NegD | AbsD | SqrtD | FloorD | CeilD => {
                let Some(d) = self.def_x(r) else { return };
                let a = self.x(ins.a, &mut pre);
                seq.w(match ins.op {
                    NegD => fneg(d, a),
                    AbsD => fabs(d, a),
                    SqrtD => fsqrt(d, a),
                    FloorD => frintm(d, a),
                    _ => frintp(d, a),
                });
            }
            I2D | U2D => {
                let Some(d) = self.def_x(r) else { return };
                let a = self.g(ins.a, &mut pre);
                seq.w(if ins.op == I2D { scvtf(d, W::W32, a) } else { ucvtf(d, W::W32, a) });
            }
            D2IX => {
                let d = self.def_or_temp(r);
                let a = self.x(ins.a, &mut pre);
                // Exact int32: convert, convert back, compare (NaN compares unequal);
                // then reject -0: a zero result from a value with the sign bit set.
                seq.w(fcvtzs(W::W32, d, a));
                seq.w(scvtf(DSCRATCH, W::W32, d));
                seq.w(fcmp(DSCRATCH, a));
                self.guard_jump(Cond::Ne, ins.imm, &mut seq);
                seq.w(cbnz(W::W32, d, 4));
                seq.w(fmov_to_x(SCRATCH, a));
                seq.w(cmp_imm(W::X64, SCRATCH, 0, false));
                self.guard_jump(Cond::Lt, ins.imm, &mut seq);
            }
            D2I32 => {
                self.fail("d2i32 is lowered to a helper call");
                return;
            }
            GuardT | GuardF => self.guard(ins, &mut pre, &mut seq),
            Call | CallPure => {
                self.call(r, ins, &mut pre, &mut seq);
                if self.ra.error.is_some() {
                    return;
                }
            }
        }
        self.emit(seq);
        self.emit(pre);
    }

    /// Stores `v` (`sz` bytes) at `[base + off]`.
    fn store(&mut self, v: Ref, base: R, off: i64, sz: Size, pre: &mut Seq, seq: &mut Seq) {
        if sz == Size::X && self.store_boxed(v, base, off, pre, seq) {
            return;
        }
        let val = match self.konst(v) {
            Some((_, 0)) => R::ZR,
            _ => self.g(v, pre),
        };
        seq.ws(acc_words(Acc::St(sz), val.0, base, off));
    }

    /// Add, subtract and the logical operations, with an immediate when the
    /// constant encodes; the overflow-checked forms exit on `V`.
    fn alu(&mut self, r: Ref, ins: Insn, pre: &mut Seq, seq: &mut Seq) {
        use LOp::*;
        let guarded = ins.op.has(flags::GUARD);
        let d = if guarded { self.def_or_temp(r) } else {
            match self.def_g(r) {
                Some(d) => d,
                None => return,
            }
        };
        let a = self.g(ins.a, pre);
        let k = self.int_const(ins.b);
        let is_add = matches!(ins.op, AddI | AddOvI);
        let word = match (ins.op, k) {
            (AddI | AddOvI | SubI | SubOvI, Some(v)) if v.unsigned_abs() < 4096 => {
                // a - v is a + (-v): pick the form whose immediate is non-negative.
                let add = is_add == (v >= 0);
                let imm = v.unsigned_abs();
                Some(match (add, guarded) {
                    (true, false) => add_imm(W::W32, d, a, imm, false),
                    (true, true) => adds_imm(W::W32, d, a, imm, false),
                    (false, false) => sub_imm(W::W32, d, a, imm, false),
                    (false, true) => subs_imm(W::W32, d, a, imm, false),
                })
            }
            (AndI, Some(v)) => and_imm(W::W32, d, a, v as u32 as u64),
            (OrI, Some(v)) => orr_imm(W::W32, d, a, v as u32 as u64),
            (XorI, Some(v)) => eor_imm(W::W32, d, a, v as u32 as u64),
            _ => None,
        };
        match word {
            Some(w) => seq.w(w),
            None => {
                let b = self.g(ins.b, pre);
                seq.w(match ins.op {
                    AddI => add_reg(W::W32, d, a, b, Shift::Lsl, 0),
                    AddOvI => adds_reg(W::W32, d, a, b, Shift::Lsl, 0),
                    SubI => sub_reg(W::W32, d, a, b, Shift::Lsl, 0),
                    SubOvI => subs_reg(W::W32, d, a, b, Shift::Lsl, 0),
                    AndI => and_reg(W::W32, d, a, b, Shift::Lsl, 0),
                    OrI => orr_reg(W::W32, d, a, b, Shift::Lsl, 0),
                    _ => eor_reg(W::W32, d, a, b, Shift::Lsl, 0),
                });
            }
        }
        if guarded {
            self.guard_jump(Cond::Vs, ins.imm, seq);
        }
    }

    /// Multiplication; the checked form multiplies to 64 bits, exits when the
    /// product does not fit an int32, and exits on a zero product with a negative
    /// operand (-0).
    fn mul(&mut self, r: Ref, ins: Insn, pre: &mut Seq, seq: &mut Seq) {
        if ins.op == LOp::MulI {
            let Some(d) = self.def_g(r) else { return };
            let a = self.g(ins.a, pre);
            let b = self.g(ins.b, pre);
            seq.w(mul(W::W32, d, a, b));
            return;
        }
        let d = self.def_or_temp(r);
        let a = self.g(ins.a, pre);
        let b = self.g(ins.b, pre);
        seq.w(smull(d, a, b));
        seq.w(sxtw(SCRATCH, d));
        seq.w(cmp_reg(W::X64, SCRATCH, d));
        self.guard_jump(Cond::Ne, ins.imm, seq);
        seq.w(mov_reg(W::W32, d, d));
        seq.w(cbnz(W::W32, d, 4));
        seq.w(orr_reg(W::W32, SCRATCH, a, b, Shift::Lsl, 0));
        seq.w(cmp_imm(W::W32, SCRATCH, 0, false));
        self.guard_jump(Cond::Lt, ins.imm, seq);
    }

    fn guard(&mut self, ins: Insn, pre: &mut Seq, seq: &mut Seq) {
        use LOp::*;
        let expect = ins.op == GuardT;
        let cond = ins.a;
        let producer = *self.lir.get(cond);
        let fusable = self.ra.uses[cond as usize] == 1
            && matches!(producer.op, IsInt | IsDbl | IsNum | IsTag | EqI | NeI | LtI | GeI | LeI | GtI | LtU | GeU | EqP | NeP | EqD | NeD | LtD | LeD | GtD | GeD)
            && self.ra.loc(cond) == Loc::None;
        if fusable {
            self.ra.fuse(cond);
            let cc = self.flags_for(producer, pre, seq);
            let fail = if expect { cc.invert() } else { cc };
            self.guard_jump(fail, ins.imm, seq);
        } else if let Some((_, v)) = self.konst(cond) {
            if (v != 0) != expect {
                let t = self.stub(ins.imm as u32);
                seq.jump(b(0), t);
            }
        } else {
            let c = self.g(cond, pre);
            let t = self.stub(ins.imm as u32);
            seq.jump(if expect { cbz(W::W32, c, 0) } else { cbnz(W::W32, c, 0) }, t);
        }
    }

    /// Emits the flag-setting part of a comparison into `seq`; returns the
    /// condition that holds when the comparison does.
    fn flags_for(&mut self, p: Insn, pre: &mut Seq, seq: &mut Seq) -> Cond {
        use LOp::*;
        match p.op {
            IsInt | IsTag => {
                let a = self.g(p.a, pre);
                let tag = if p.op == IsInt { TAG_INT } else { p.imm as u64 };
                // Tags are the top 16 bits; shifted arithmetically, the high tags
                // are small negative numbers that `cmn` takes as an immediate.
                let neg = 0x1_0000 - tag as i64;
                if (1..4096).contains(&neg) {
                    seq.w(asr_imm(W::X64, SCRATCH, a, TAG_SHIFT as u8));
                    seq.w(cmn_imm(W::X64, SCRATCH, neg as u32, false));
                } else {
                    seq.w(lsr_imm(W::X64, SCRATCH, a, TAG_SHIFT as u8));
                    seq.ws(mov_imm(W::X64, SCRATCH2, tag));
                    seq.w(cmp_reg(W::X64, SCRATCH, SCRATCH2));
                }
                Cond::Eq
            }
            IsDbl | IsNum => {
                let a = self.g(p.a, pre);
                let limit = if p.op == IsDbl { MAX_DOUBLE_BITS } else { NUMBER_LIMIT_BITS };
                seq.ws(mov_imm(W::X64, SCRATCH, limit));
                seq.w(cmp_reg(W::X64, a, SCRATCH));
                if p.op == IsDbl { Cond::Ls } else { Cond::Lo }
            }
            EqI | NeI | LtI | GeI | LeI | GtI | LtU | GeU | EqP | NeP => {
                let wide = matches!(p.op, EqP | NeP);
                let w = if wide { W::X64 } else { W::W32 };
                let a = self.g(p.a, pre);
                let k = match self.konst(p.b) {
                    Some((LOp::KInt, v)) if !wide => Some(v as i32 as i64),
                    Some((LOp::KPtr | LOp::KVal, v)) if wide => Some(v),
                    _ => None,
                };
                match k {
                    Some(v) if (0..4096).contains(&v) => seq.w(cmp_imm(w, a, v as u32, false)),
                    Some(v) if (-4095..0).contains(&v) => seq.w(cmn_imm(w, a, (-v) as u32, false)),
                    _ => {
                        let b = self.g(p.b, pre);
                        seq.w(cmp_reg(w, a, b));
                    }
                }
                match p.op {
                    EqI | EqP => Cond::Eq,
                    NeI | NeP => Cond::Ne,
                    LtI => Cond::Lt,
                    GeI => Cond::Ge,
                    LeI => Cond::Le,
                    GtI => Cond::Gt,
                    LtU => Cond::Lo,
                    _ => Cond::Hs,
                }
            }
            EqD | NeD | LtD | LeD | GtD | GeD => {
                let a = self.x(p.a, pre);
                let b = self.x(p.b, pre);
                seq.w(fcmp(a, b));
                // After fcmp an unordered result is NZCV = 0011: these conditions
                // are all false for NaN except `ne`.
                match p.op {
                    EqD => Cond::Eq,
                    NeD => Cond::Ne,
                    LtD => Cond::Mi,
                    LeD => Cond::Ls,
                    GtD => Cond::Gt,
                    _ => Cond::Ge,
                }
            }
            _ => {
                self.fail("not a comparison");
                Cond::Eq
            }
        }
    }

    /// A helper call under AAPCS64.
    fn call(&mut self, r: Ref, ins: Insn, pre: &mut Seq, seq: &mut Seq) {
        let Some(sig) = self.job.helpers.get(ins.imm as usize).cloned() else {
            self.fail("unknown helper");
            return;
        };
        let args = self.lir.call_args.get(ins.a as usize).cloned().unwrap_or_default();
        let class = Class::of(ins.ty);
        let dest = self.ra.def(r, class);
        let saves = self.ra.clobber_for_call(r, dest);
        let mut save_words = Vec::new();
        for (reg, s) in saves {
            let acc = if reg.class == Class::Int { Acc::St(Size::X) } else { Acc::StD };
            access(&mut save_words, acc, reg.hw, R::SP, s as i64 * 8);
        }
        for (k, w) in save_words.into_iter().enumerate() {
            pre.items.insert(k, Item::Word(w));
        }
        match dest {
            Some(d) if class == Class::Int => {
                let w = if matches!(ins.ty, Ty::I32 | Ty::Bool) { W::W32 } else { W::X64 };
                self.put(mov_reg(w, gr(d), R(0)));
            }
            Some(d) => self.put(fmov(vr(d), V(0))),
            None => {}
        }
        self.ra.release(r);
        self.ra.unpin_all();
        let Some(moves) = self.ra.place_args(&args, &sig.args, &INT_ARGS.map(|r| r.0), &FP_ARGS.map(|v| v.0)) else { return };
        for (target, src) in moves {
            move_to(pre, target, src);
        }
        seq.ws(mov_imm(W::X64, SCRATCH, sig.addr as u64));
        seq.w(blr(SCRATCH));
    }

    fn assemble(mut self) -> Result<Assembled, String> {
        self.compile();
        if let Some(e) = self.ra.error.take() {
            return Err(e);
        }
        let mut main = core::mem::take(&mut self.ra.rev);
        // Main code a multiple of 8 bytes, so the stubs' literals align.
        if main.len() % 8 != 0 {
            main.extend(nop().to_le_bytes().iter().rev());
        }
        main.reverse();
        let main_len = main.len();
        let mut code = main;
        for w in &self.stubs {
            code.extend_from_slice(&w.to_le_bytes());
        }
        let from_end = |pos: usize| main_len - pos;
        let mut branches: Vec<(usize, usize)> = Vec::with_capacity(self.fix_main.len() + self.stub_epi_jumps.len());
        for (pos, t) in &self.fix_main {
            let at = from_end(*pos) - 4;
            let target = match t {
                Target::Stub(e) => main_len + self.stub_start[*e as usize] as usize * 4,
                Target::LoopTop => from_end(self.looptop_pos.ok_or("loop without a loop top")?),
                Target::LoopHead => from_end(self.loophead_pos.ok_or("loop without a loop head")?),
            };
            branches.push((at, target));
        }
        let epi = from_end(self.epi_pos);
        for s in &self.stub_epi_jumps {
            branches.push((main_len + *s as usize * 4, epi));
        }
        for (at, target) in branches {
            let word = u32::from_le_bytes([code[at], code[at + 1], code[at + 2], code[at + 3]]);
            let words = (target as i64 - at as i64) / 4;
            let Ok(words) = i32::try_from(words) else { return Err(String::from("branch out of range")) };
            if !branch_in_range(word, words) {
                return Err(String::from("branch out of range"));
            }
            code[at..at + 4].copy_from_slice(&patch_branch(word, words).to_le_bytes());
        }
        let relocs = self.relocs_stub.iter().map(|(at, to)| (main_len as u32 + at, main_len as u32 + to)).collect();
        let exit_patch = self.exit_patch.iter().map(|p| main_len as u32 + p).collect();
        let loop_top = self.looptop_pos.map_or(0, |p| from_end(p) as u32);
        let loop_patch = self.loop_patch_pos.map(|p| from_end(p) as u32 + 8);
        if loop_patch.is_some_and(|p| p % 8 != 0) {
            return Err(String::from("misaligned loop literal"));
        }
        Ok(Assembled { code, entry: 0, loop_top, loop_patch, exit_patch, relocs, spill_slots: self.ra.nspill })
    }
}

/// Loads the double with bits `bits` into `d`: one `fmov` for zero and the
/// small constants `fmov` encodes (1.0, 0.5, 2.0, ...), else through `x16`.
fn load_double(seq: &mut Seq, d: V, bits: u64) {
    if bits == 0 {
        seq.w(fmov_from_x(d, R::ZR));
    } else if let Some(w) = fmov_imm(d, f64::from_bits(bits)) {
        seq.w(w);
    } else {
        seq.ws(mov_imm(W::X64, SCRATCH, bits));
        seq.w(fmov_from_x(d, SCRATCH));
    }
}

/// A move into register `d` (a parallel-copy step or a helper argument).
fn move_to(seq: &mut Seq, d: PReg, s: Src) {
    match (d.class, s) {
        (Class::Int, Src::Reg(r)) => seq.w(mov_reg(W::X64, gr(d), gr(r))),
        (Class::Int, Src::Const(b)) => seq.ws(mov_imm(W::X64, gr(d), b)),
        (Class::Int, Src::Spill(k)) => seq.ws(acc_words(Acc::Ld(Size::X), d.hw, R::SP, k as i64 * 8)),
        (Class::Float, Src::Reg(r)) => seq.w(fmov(vr(d), vr(r))),
        (Class::Float, Src::Const(b)) => load_double(seq, vr(d), b),
        (Class::Float, Src::Spill(k)) => seq.ws(acc_words(Acc::LdD, d.hw, R::SP, k as i64 * 8)),
    }
}

/// Appends the stub code that boxes a value of type `ty` from `src` into
/// interpreter slot `slot` (through `x16`/`x17`).
fn box_to_slot(out: &mut Vec<u32>, slot: u32, ty: Ty, src: Src) {
    let off = slot as i64 * 8;
    let tag = match ty {
        Ty::I32 => Some(TAG_INT),
        Ty::Bool => Some(TAG_BOOL),
        _ => None,
    };
    match src {
        Src::Const(bits) => {
            out.extend(mov_imm(W::X64, SCRATCH2, bits));
            access(out, Acc::St(Size::X), SCRATCH2.0, BASE, off);
        }
        Src::Reg(PReg { class: Class::Float, hw }) => access(out, Acc::StD, hw, BASE, off),
        Src::Reg(g) => match tag {
            Some(t) => {
                out.extend(mov_imm(W::X64, SCRATCH2, tag_bits(t)));
                out.push(orr_reg(W::X64, SCRATCH2, SCRATCH2, gr(g), Shift::Lsl, 0));
                access(out, Acc::St(Size::X), SCRATCH2.0, BASE, off);
            }
            None => access(out, Acc::St(Size::X), g.hw, BASE, off),
        },
        Src::Spill(s) => {
            // An int32 or boolean's spill slot holds it zero-extended: its low word.
            let size = if tag.is_some() { Size::W } else { Size::X };
            access(out, Acc::Ld(size), SCRATCH2.0, R::SP, s as i64 * 8);
            if let Some(t) = tag {
                out.extend(mov_imm(W::X64, SCRATCH, tag_bits(t)));
                out.push(orr_reg(W::X64, SCRATCH2, SCRATCH2, SCRATCH, Shift::Lsl, 0));
            }
            access(out, Acc::St(Size::X), SCRATCH2.0, BASE, off);
        }
    }
}

/// Compiles one fragment.
pub fn compile(job: &CompileJob) -> Result<Assembled, String> {
    if job.lir.insns.is_empty() {
        return Err(String::from("empty trace"));
    }
    let cg = Cg::new(job);
    cg.assemble().map_err(|e| format!("{}: {e}", job.name))
}
