//! LIR → x86-64: instruction selection over the shared backward register
//! allocator ([`crate::ralloc`]).
//!
//! As in nanojit and LuaJIT, the trace is processed from its last instruction to
//! its first and machine code is emitted backwards; the allocator gives a value
//! a register at its last use and frees it at its definition (see its module doc).
//! A helper call evicts the values live across it from caller-saved registers.
//!
//! Guards branch to *exit stubs* generated on the spot from the allocator's view
//! of where every snapshot value lives at that guard (register, spill slot or
//! constant); a stub boxes those values into the interpreter's slots and returns the
//! exit number, or, once a branch fragment is attached, jumps there instead (the
//! stub's `mov r11, imm64; jmp r11` is the patch site).

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use engine_core::jit::lir::{flags, Exit, LOp, Lir, Ref, Ty};
use engine_core::jit::runtime::{CompileJob, STATE_BASE};
use crate::ralloc::{self, Class, Loc, PReg, PhiHome, PhiMoves, Ralloc, Src};
use crate::Assembled;
use engine_core::value::{MAX_DOUBLE_BITS, NUMBER_LIMIT_BITS, TAG_BOOL, TAG_INT, TAG_SHIFT};

use super::encode::*;
use super::regs::*;

#[derive(Clone, Copy, Debug)]
enum Target {
    Stub(u32),
    LoopTop,
    LoopHead,
}

/// One instruction of a forward sequence, possibly a jump needing a fixup.
enum Item {
    Bytes(Code),
    Jump(Code, Target),
}

/// A short forward instruction sequence, emitted as one block.
struct Seq {
    items: Vec<Item>,
}

impl Seq {
    fn new() -> Seq {
        Seq { items: Vec::new() }
    }
    fn op(&mut self, f: impl FnOnce(&mut Code)) {
        let mut c = Code::new();
        f(&mut c);
        self.items.push(Item::Bytes(c));
    }
    fn jcc(&mut self, cc: Cond, t: Target) {
        let mut c = Code::new();
        jcc_rel32(&mut c, cc, 0);
        self.items.push(Item::Jump(c, t));
    }
    fn jmp(&mut self, t: Target) {
        let mut c = Code::new();
        jmp_rel32(&mut c, 0);
        self.items.push(Item::Jump(c, t));
    }
}

struct Cg<'a> {
    lir: &'a Lir,
    job: &'a CompileJob,
    ra: Ralloc<'a, X64>,
    stubs: Vec<u8>,
    fix_main: Vec<(usize, Target)>,
    stub_start: Vec<u32>,
    stub_epi_jumps: Vec<u32>,
    exit_patch: Vec<u32>,
    relocs_stub: Vec<(u32, u32)>,
    looptop_pos: Option<usize>,
    loophead_pos: Option<usize>,
    /// Position (as `rev.len()` after emitting it) of a branch's loop jump.
    loop_patch_pos: Option<usize>,
    /// Phis of a peeled loop (in order) and whether its body calls helpers.
    phis: Vec<Ref>,
    loop_calls: bool,
    /// Phi registers and the values entering them from the peeled iteration.
    pending_inits: Vec<(PhiHome, Ref)>,
    epi_pos: usize,
}

fn c1(f: impl FnOnce(&mut Code)) -> Code {
    let mut c = Code::new();
    f(&mut c);
    c
}

fn gpr(p: PReg) -> Reg {
    Reg::from_index(p.hw)
}

fn xmm(p: PReg) -> Xmm {
    Xmm::from_index(p.hw)
}

impl<'a> Cg<'a> {
    fn new(job: &'a CompileJob) -> Cg<'a> {
        let lir = &job.lir;
        let (phis, loop_calls) = ralloc::loop_phis(lir);
        Cg {
            lir,
            job,
            ra: Ralloc::new(lir),
            stubs: Vec::with_capacity(4096),
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

    fn put(&mut self, c: &Code) {
        self.ra.put(c.as_slice());
    }

    /// Prepends a forward sequence.
    fn emit(&mut self, seq: Seq) {
        for item in seq.items.into_iter().rev() {
            match item {
                Item::Bytes(c) => self.put(&c),
                Item::Jump(c, t) => {
                    self.fix_main.push((self.ra.rev.len(), t));
                    self.put(&c);
                }
            }
        }
    }

    // ------------------------------------------------------------------
    // Registers (the shared allocator, in x86-64 terms)

    fn konst(&self, r: Ref) -> Option<(LOp, i64)> {
        self.lir.konst(r)
    }

    fn spill_mem(s: u32) -> Mem {
        Mem::base_disp(Reg::Rsp, (s * 8) as i32)
    }

    /// A scratch general register for this instruction.
    fn temp_g(&mut self) -> Reg {
        gpr(self.ra.temp(Class::Int))
    }

    /// A GPR holding `r` for the instruction being emitted. Constants are loaded
    /// into a temporary by `pre`, which the caller emits before the instruction.
    fn g(&mut self, r: Ref, pre: &mut Seq) -> Reg {
        let (reg, bits) = self.ra.use_reg(r, Class::Int);
        let reg = gpr(reg);
        if let Some(bits) = bits {
            pre.op(|c| mov_ri64(c, reg, bits as i64));
        }
        reg
    }

    /// An XMM register holding `r` (constants loaded through `r10` in `pre`).
    fn x(&mut self, r: Ref, pre: &mut Seq) -> Xmm {
        let (reg, bits) = self.ra.use_reg(r, Class::Float);
        let reg = xmm(reg);
        if let Some(bits) = bits {
            pre.op(|c| mov_ri64(c, SCRATCH, bits as i64));
            pre.op(|c| movq_xr(c, reg, SCRATCH));
        }
        reg
    }

    /// The register the definition of `r` must produce; `None` if `r` is unused.
    fn def_g(&mut self, r: Ref) -> Option<Reg> {
        self.ra.def(r, Class::Int).map(gpr)
    }

    fn def_x(&mut self, r: Ref) -> Option<Xmm> {
        self.ra.def(r, Class::Float).map(xmm)
    }

    fn imm32(&self, r: Ref) -> Option<i32> {
        match self.konst(r) {
            Some((LOp::KInt, v)) => Some(v as i32),
            Some((LOp::KPtr | LOp::KVal, v)) if v == (v as i32) as i64 => Some(v as i32),
            _ => None,
        }
    }

    /// A slot load used only by the unboxing instruction being emitted: fold it
    /// into that instruction (returns the slot's memory operand).
    fn fuse_slot_load(&mut self, r: Ref) -> Option<Mem> {
        let l = *self.lir.get(r);
        if l.op != LOp::LdSlot || !self.ra.fusable(r) {
            return None;
        }
        self.ra.fuse(r);
        Some(Mem::base_disp(BASE, (l.imm * 8) as i32))
    }

    /// Stores the boxing of `v` at `[base + off]` without materializing the boxed
    /// value, when the box has no other use: an int32 or boolean as payload and tag
    /// halves, a double straight from its XMM register. Returns whether it did.
    fn store_boxed(&mut self, v: Ref, base: Reg, off: i32, pre: &mut Seq, seq: &mut Seq) -> bool {
        let b = *self.lir.get(v);
        if !matches!(b.op, LOp::BoxI | LOp::BoxB | LOp::BoxD) || !self.ra.fusable(v) {
            return false;
        }
        self.ra.fuse(v);
        let m = Mem::base_disp(base, off);
        if b.op == LOp::BoxD {
            let x = self.x(b.a, pre);
            seq.op(|c| movsd_mx(c, m, x));
            return true;
        }
        let tag = if b.op == LOp::BoxI { TAG_INT } else { TAG_BOOL };
        let hi = ((tag << TAG_SHIFT) >> 32) as u32 as i32;
        match self.imm32(b.a) {
            Some(k) => seq.op(|c| mov_mi(c, Size::S32, m, k)),
            None => {
                let a = self.g(b.a, pre);
                seq.op(|c| mov_mr(c, Size::S32, m, a));
            }
        }
        seq.op(|c| mov_mi(c, Size::S32, Mem::base_disp(base, off + 4), hi));
        true
    }

    /// The moves of a parallel copy, in x86-64 instructions.
    fn parallel_moves(moves: Vec<(PReg, Src)>, seq: &mut Seq) {
        ralloc::parallel_moves(moves, [PReg::int(SCRATCH2.index()), PReg::float(XSCRATCH.index())], |d, s| move_to(seq, d, s));
    }


    /// Stores into phis' memory homes, then the parallel copy into their registers.
    fn phi_transfers(t: PhiMoves, seq: &mut Seq) {
        for (slot, src) in t.stores {
            let m = Self::spill_mem(slot);
            match src {
                Src::Reg(PReg { class: Class::Int, hw }) => seq.op(|c| mov_mr(c, Size::S64, m, Reg::from_index(hw))),
                Src::Reg(PReg { class: Class::Float, hw }) => seq.op(|c| movsd_mx(c, m, Xmm::from_index(hw))),
                Src::Const(bits) if bits as i64 == (bits as i64 as i32) as i64 => seq.op(|c| mov_mi(c, Size::S64, m, bits as i64 as i32)),
                Src::Const(bits) => {
                    seq.op(|c| mov_ri64(c, SCRATCH2, bits as i64));
                    seq.op(|c| mov_mr(c, Size::S64, m, SCRATCH2));
                }
                Src::Spill(k) => {
                    seq.op(|c| mov_rm(c, Size::S64, SCRATCH2, Self::spill_mem(k)));
                    seq.op(|c| mov_mr(c, Size::S64, m, SCRATCH2));
                }
            }
        }
        Self::parallel_moves(t.moves, seq);
    }

    // ------------------------------------------------------------------
    // Peeled loops

    /// The loop edge of a peeled loop (processed first): every phi gets a register
    /// held through the whole loop body, and this iteration's values move into
    /// them before the jump back to the loop head.
    fn loop_edge(&mut self, seq: &mut Seq) {
        let phis = self.phis.clone();
        let transfers = self.ra.loop_edge_moves(&phis, self.loop_calls);
        Self::phi_transfers(transfers, seq);
    }

    /// The head of a peeled loop: values from before the loop that the body uses
    /// are reloaded on every iteration; the phis receive their first values from
    /// the peeled iteration.
    fn loop_head(&mut self) {
        let reloads = self.ra.reloads_at_loop_head();
        self.ra.emit_reloads(&reloads);
        self.loophead_pos = Some(self.ra.rev.len());
        let transfers = self.ra.loop_entry_moves(core::mem::take(&mut self.pending_inits));
        let mut seq = Seq::new();
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
        let mut out: Vec<u8> = Vec::new();
        for (slot, r, src) in plan {
            box_to_slot(&mut out, slot, self.lir.get(r).ty, src);
        }
        // mov r11, imm64 (always the 10-byte form: it is the patch site); jmp r11.
        let patch_at = start + out.len() as u32 + 2;
        out.extend_from_slice(&[0x49, 0xBB]);
        out.extend_from_slice(&[0; 8]);
        jmp_r(&mut out, SCRATCH2);
        let ret_at = start + out.len() as u32;
        mov_ri32(&mut out, Reg::Rax, (self.job.exit_base + e) as i32);
        jmp_rel32(&mut out, 0);
        self.stub_epi_jumps.push(start + out.len() as u32);
        self.exit_patch[e as usize] = patch_at;
        self.relocs_stub.push((patch_at, ret_at));
        self.stubs.extend_from_slice(&out);
        Target::Stub(e)
    }

    // ------------------------------------------------------------------
    // Instruction selection

    fn compile(&mut self) {
        let lir = self.lir;
        // Epilogue (last in forward order).
        let mut epi = Seq::new();
        epi.op(|c| alu_ri(c, Alu::Add, Size::S64, Reg::Rsp, FRAME_BYTES));
        for r in SAVED.iter().rev() {
            epi.op(|c| pop_r(c, *r));
        }
        epi.op(ret);
        self.emit(epi);
        self.epi_pos = self.ra.rev.len();
        for i in (0..lir.insns.len()).rev() {
            if self.ra.error.is_some() {
                return;
            }
            let r = i as Ref;
            if self.ra.fused[i] {
                self.ra.finish(r);
                continue;
            }
            self.insn(r);
            self.ra.finish(r);
        }
        if !self.job.branch {
            // Prologue of a trunk.
            let mut p = Seq::new();
            for r in SAVED {
                p.op(|c| push_r(c, r));
            }
            p.op(|c| alu_ri(c, Alu::Sub, Size::S64, Reg::Rsp, FRAME_BYTES));
            p.op(|c| mov_rr(c, Size::S64, STATE, Reg::Rdi));
            p.op(|c| mov_rm(c, Size::S64, BASE, Mem::base_disp(STATE, STATE_BASE)));
            self.emit(p);
        }
    }

    fn guard_jump(&mut self, cc_fail: Cond, exit: i64, seq: &mut Seq) {
        let t = self.stub(exit as u32);
        seq.jcc(cc_fail, t);
    }

    fn insn(&mut self, r: Ref) {
        let ins = *self.lir.get(r);
        let mut pre = Seq::new();
        let mut seq = Seq::new();
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
                // The phi is defined at the loop head: its register is free before
                // it, where the peeled iteration's value must be moved in.
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
                    seq.jmp(Target::LoopHead);
                } else if !self.job.branch {
                    seq.jmp(Target::LoopTop);
                } else {
                    // A branch rejoins the trunk's loop top, whose address the
                    // tree's linker writes into this `mov r11, imm64`.
                    let mut c = Code::new();
                    mov_ri64(&mut c, SCRATCH2, 0x1111_1111_1111_1111);
                    jmp_r(&mut c, SCRATCH2);
                    self.put(&c);
                    self.loop_patch_pos = Some(self.ra.rev.len());
                    return;
                }
            }
            Exit => {
                let t = self.stub(ins.imm as u32);
                seq.jmp(t);
            }
            LdSlot => {
                let Some(d) = self.def_g(r) else { return };
                let m = Mem::base_disp(BASE, (ins.imm * 8) as i32);
                seq.op(|c| mov_rm(c, Size::S64, d, m));
            }
            StSlot => {
                let m = Mem::base_disp(BASE, (ins.imm * 8) as i32);
                if self.store_boxed(ins.a, BASE, (ins.imm * 8) as i32, &mut pre, &mut seq) {
                    self.emit(seq);
                    self.emit(pre);
                    return;
                }
                match self.imm32(ins.a) {
                    Some(v) if self.lir.get(ins.a).op != KInt => seq.op(|c| mov_mi(c, Size::S64, m, v)),
                    _ => {
                        let a = self.g(ins.a, &mut pre);
                        seq.op(|c| mov_mr(c, Size::S64, m, a));
                    }
                }
            }
            Ld64 | LdP | Ld32 | Ld16 | Ld8 | LdFlag => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                let m = Mem::base_disp(a, ins.imm as i32);
                match ins.op {
                    Ld64 | LdP => seq.op(|c| mov_rm(c, Size::S64, d, m)),
                    Ld32 => seq.op(|c| mov_rm(c, Size::S32, d, m)),
                    Ld16 => seq.op(|c| movzx_rm(c, Size::S16, d, m)),
                    _ => seq.op(|c| movzx_rm(c, Size::S8, d, m)),
                }
            }
            Ld8I | Ld16I => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                let b = self.g(ins.b, &mut pre);
                if ins.op == Ld8I {
                    seq.op(|c| movzx_rm(c, Size::S8, d, Mem::base_index(a, b, 1, ins.imm as i32)));
                } else {
                    seq.op(|c| movzx_rm(c, Size::S16, d, Mem::base_index(a, b, 2, ins.imm as i32)));
                }
            }
            St64 | St32 | StP => {
                let a = self.g(ins.a, &mut pre);
                if ins.op == St64 && self.store_boxed(ins.b, a, ins.imm as i32, &mut pre, &mut seq) {
                    self.emit(seq);
                    self.emit(pre);
                    return;
                }
                let m = Mem::base_disp(a, ins.imm as i32);
                let size = if ins.op == St32 { Size::S32 } else { Size::S64 };
                match self.imm32(ins.b) {
                    Some(v) if !(size == Size::S64 && self.lir.get(ins.b).op == KInt) => seq.op(|c| mov_mi(c, size, m, v)),
                    _ => {
                        let b = self.g(ins.b, &mut pre);
                        seq.op(|c| mov_mr(c, size, m, b));
                    }
                }
            }
            Lea8 => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                let b = self.g(ins.b, &mut pre);
                seq.op(|c| lea(c, Size::S64, d, Mem::base_index(a, b, 8, ins.imm as i32)));
            }
            UnboxI => {
                let Some(d) = self.def_g(r) else { return };
                if let Some(m) = self.fuse_slot_load(ins.a) {
                    // Load just the payload half of the slot.
                    seq.op(|c| mov_rm(c, Size::S32, d, m));
                } else {
                    let a = self.g(ins.a, &mut pre);
                    seq.op(|c| mov_rr(c, Size::S32, d, a));
                }
            }
            UnboxD => {
                let Some(d) = self.def_x(r) else { return };
                if let Some(m) = self.fuse_slot_load(ins.a) {
                    seq.op(|c| movsd_xm(c, d, m));
                } else {
                    let a = self.g(ins.a, &mut pre);
                    seq.op(|c| movq_xr(c, d, a));
                }
            }
            UnboxP => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                seq.op(|c| mov_rr(c, Size::S64, d, a));
                // Clear the tag bits above the payload.
                seq.op(|c| shift_ri(c, Shift::Shl, Size::S64, d, (64 - TAG_SHIFT) as u8));
                seq.op(|c| shift_ri(c, Shift::Shr, Size::S64, d, (64 - TAG_SHIFT) as u8));
            }
            BoxI | BoxB | BoxP => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                let tag = match ins.op {
                    BoxI => TAG_INT,
                    BoxB => TAG_BOOL,
                    _ => ins.imm as u64,
                };
                if ins.op == BoxP {
                    seq.op(|c| mov_rr(c, Size::S64, d, a));
                } else {
                    seq.op(|c| mov_rr(c, Size::S32, d, a));
                }
                seq.op(|c| mov_ri64(c, SCRATCH, (tag << TAG_SHIFT) as i64));
                seq.op(|c| alu_rr(c, Alu::Or, Size::S64, d, SCRATCH));
            }
            BoxD => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.x(ins.a, &mut pre);
                seq.op(|c| movq_rx(c, d, a));
            }
            IsInt | IsDbl | IsNum | IsTag | EqI | NeI | LtI | GeI | LeI | GtI | LtU | GeU | EqP | NeP | LtD | LeD | GtD | GeD => {
                let Some(d) = self.def_g(r) else { return };
                let cc = self.flags_for(ins, &mut pre, &mut seq);
                seq.op(|c| setcc(c, cc, d));
                seq.op(|c| movzx_rr(c, Size::S8, d, d));
            }
            EqD | NeD => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.x(ins.a, &mut pre);
                let b = self.x(ins.b, &mut pre);
                seq.op(|c| ucomisd_xx(c, a, b));
                if ins.op == EqD {
                    seq.op(|c| setcc(c, Cond::E, d));
                    seq.op(|c| setcc(c, Cond::Np, SCRATCH));
                    seq.op(|c| alu_rr(c, Alu::And, Size::S8, d, SCRATCH));
                } else {
                    seq.op(|c| setcc(c, Cond::Ne, d));
                    seq.op(|c| setcc(c, Cond::P, SCRATCH));
                    seq.op(|c| alu_rr(c, Alu::Or, Size::S8, d, SCRATCH));
                }
                seq.op(|c| movzx_rr(c, Size::S8, d, d));
            }
            NotB => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                seq.op(|c| mov_rr(c, Size::S32, d, a));
                seq.op(|c| alu_ri(c, Alu::Xor, Size::S32, d, 1));
            }
            AddI | SubI | AndI | OrI | XorI | MulI | AddOvI | SubOvI | MulOvI => {
                let d = match self.def_g(r) {
                    Some(d) => d,
                    None if ins.op.has(flags::GUARD) => {
                        self.temp_g()
                    }
                    None => return,
                };
                let a = self.g(ins.a, &mut pre);
                let bimm = self.imm32(ins.b);
                let b = if bimm.is_none() { Some(self.g(ins.b, &mut pre)) } else { None };
                seq.op(|c| mov_rr(c, Size::S32, d, a));
                let alu = match ins.op {
                    AddI | AddOvI => Some(Alu::Add),
                    SubI | SubOvI => Some(Alu::Sub),
                    AndI => Some(Alu::And),
                    OrI => Some(Alu::Or),
                    XorI => Some(Alu::Xor),
                    _ => None,
                };
                match (alu, bimm, b) {
                    (Some(op), Some(v), _) => seq.op(|c| alu_ri(c, op, Size::S32, d, v)),
                    (Some(op), None, Some(b)) => seq.op(|c| alu_rr(c, op, Size::S32, d, b)),
                    (None, Some(v), _) => seq.op(|c| imul_rri(c, Size::S32, d, d, v)),
                    (None, None, Some(b)) => seq.op(|c| imul_rr(c, Size::S32, d, b)),
                    _ => {}
                }
                if ins.op.has(flags::GUARD) {
                    self.guard_jump(Cond::O, ins.imm, &mut seq);
                    if ins.op == MulOvI {
                        // A zero product with a negative operand is -0: leave the trace.
                        let m = c1(|c| mov_rr(c, Size::S32, SCRATCH, a));
                        let o = match (bimm, b) {
                            (Some(v), _) => c1(|c| alu_ri(c, Alu::Or, Size::S32, SCRATCH, v)),
                            (None, Some(b)) => c1(|c| alu_rr(c, Alu::Or, Size::S32, SCRATCH, b)),
                            _ => Code::new(),
                        };
                        let skip = m.len() + o.len() + 6;
                        seq.op(|c| test_rr(c, Size::S32, d, d));
                        seq.op(|c| jcc_rel8(c, Cond::Ne, skip as i8));
                        seq.items.push(Item::Bytes(m));
                        seq.items.push(Item::Bytes(o));
                        self.guard_jump(Cond::S, ins.imm, &mut seq);
                    }
                }
            }
            ShlI | SarI | ShrI => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                let sh = match ins.op {
                    ShlI => Shift::Shl,
                    SarI => Shift::Sar,
                    _ => Shift::Shr,
                };
                match self.imm32(ins.b) {
                    Some(v) => {
                        seq.op(|c| mov_rr(c, Size::S32, d, a));
                        seq.op(|c| shift_ri(c, sh, Size::S32, d, (v & 31) as u8));
                    }
                    None => {
                        let b = self.g(ins.b, &mut pre);
                        // The count must be in cl: compute in r11 around a saved rcx.
                        seq.op(|c| mov_rr(c, Size::S32, SCRATCH2, a));
                        seq.op(|c| mov_rr(c, Size::S64, SCRATCH, Reg::Rcx));
                        seq.op(|c| mov_rr(c, Size::S32, Reg::Rcx, b));
                        seq.op(|c| shift_rcl(c, sh, Size::S32, SCRATCH2));
                        seq.op(|c| mov_rr(c, Size::S64, Reg::Rcx, SCRATCH));
                        seq.op(|c| mov_rr(c, Size::S32, d, SCRATCH2));
                    }
                }
            }
            NegI | NotI => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                seq.op(|c| mov_rr(c, Size::S32, d, a));
                if ins.op == NegI {
                    seq.op(|c| neg(c, Size::S32, d));
                } else {
                    seq.op(|c| not(c, Size::S32, d));
                }
            }
            ModI => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                let b = self.g(ins.b, &mut pre);
                seq.op(|c| push_r(c, Reg::Rax));
                seq.op(|c| push_r(c, Reg::Rdx));
                seq.op(|c| mov_rr(c, Size::S32, SCRATCH, b));
                seq.op(|c| mov_rr(c, Size::S32, Reg::Rax, a));
                seq.op(cdq);
                seq.op(|c| idiv(c, Size::S32, SCRATCH));
                seq.op(|c| mov_rr(c, Size::S32, SCRATCH2, Reg::Rdx));
                seq.op(|c| pop_r(c, Reg::Rdx));
                seq.op(|c| pop_r(c, Reg::Rax));
                seq.op(|c| mov_rr(c, Size::S32, d, SCRATCH2));
            }
            AddD | SubD | MulD | DivD => {
                let Some(d) = self.def_x(r) else { return };
                let a = self.x(ins.a, &mut pre);
                let b = self.x(ins.b, &mut pre);
                let op = match ins.op {
                    AddD => Sd::Add,
                    SubD => Sd::Sub,
                    MulD => Sd::Mul,
                    _ => Sd::Div,
                };
                seq.op(|c| movaps_xx(c, d, a));
                seq.op(|c| sd_xx(c, op, d, b));
            }
            NegD | AbsD => {
                let Some(d) = self.def_x(r) else { return };
                let a = self.x(ins.a, &mut pre);
                let (mask, op) = if ins.op == NegD { (i64::MIN, Pd::Xor) } else { (i64::MAX, Pd::And) };
                seq.op(|c| mov_ri64(c, SCRATCH, mask));
                seq.op(|c| movq_xr(c, XSCRATCH, SCRATCH));
                seq.op(|c| movaps_xx(c, d, a));
                seq.op(|c| pd_xx(c, op, d, XSCRATCH));
            }
            SqrtD => {
                let Some(d) = self.def_x(r) else { return };
                let a = self.x(ins.a, &mut pre);
                seq.op(|c| sd_xx(c, Sd::Sqrt, d, a));
            }
            FloorD | CeilD => {
                let Some(d) = self.def_x(r) else { return };
                let a = self.x(ins.a, &mut pre);
                let mode = if ins.op == FloorD { Round::Floor } else { Round::Ceil };
                seq.op(|c| roundsd(c, d, a, mode));
            }
            I2D | U2D => {
                let Some(d) = self.def_x(r) else { return };
                let a = self.g(ins.a, &mut pre);
                seq.op(|c| pd_xx(c, Pd::Xor, d, d));
                if ins.op == I2D {
                    seq.op(|c| cvtsi2sd_xr(c, Size::S32, d, a));
                } else {
                    seq.op(|c| mov_rr(c, Size::S32, SCRATCH, a));
                    seq.op(|c| cvtsi2sd_xr(c, Size::S64, d, SCRATCH));
                }
            }
            D2IX => {
                let d = match self.def_g(r) {
                    Some(d) => d,
                    None => {
                        self.temp_g()
                    }
                };
                let a = self.x(ins.a, &mut pre);
                // Exact int32: convert, convert back, compare; reject NaN and -0.
                seq.op(|c| cvttsd2si_rx(c, Size::S32, d, a));
                seq.op(|c| pd_xx(c, Pd::Xor, XSCRATCH, XSCRATCH));
                seq.op(|c| cvtsi2sd_xr(c, Size::S32, XSCRATCH, d));
                seq.op(|c| ucomisd_xx(c, XSCRATCH, a));
                self.guard_jump(Cond::Ne, ins.imm, &mut seq);
                self.guard_jump(Cond::P, ins.imm, &mut seq);
                // A zero result from a value with the sign bit set is -0.
                let m = c1(|c| movq_rx(c, SCRATCH, a));
                let t = c1(|c| test_rr(c, Size::S64, SCRATCH, SCRATCH));
                let skip = m.len() + t.len() + 6;
                seq.op(|c| test_rr(c, Size::S32, d, d));
                seq.op(|c| jcc_rel8(c, Cond::Ne, skip as i8));
                seq.items.push(Item::Bytes(m));
                seq.items.push(Item::Bytes(t));
                self.guard_jump(Cond::S, ins.imm, &mut seq);
            }
            D2I32 => {
                self.fail("d2i32 is lowered to a helper call");
                return;
            }
            GuardT | GuardF => {
                let expect = ins.op == GuardT;
                let cond = ins.a;
                let producer = *self.lir.get(cond);
                let fusable = self.ra.uses[cond as usize] == 1
                    && matches!(producer.op, IsInt | IsDbl | IsNum | IsTag | EqI | NeI | LtI | GeI | LeI | GtI | LtU | GeU | EqP | NeP | LtD | LeD | GtD | GeD)
                    && self.ra.loc(cond) == Loc::None;
                if fusable {
                    self.ra.fuse(cond);
                    let cc = self.flags_for(producer, &mut pre, &mut seq);
                    let fail = if expect { cc.invert() } else { cc };
                    self.guard_jump(fail, ins.imm, &mut seq);
                } else if let Some((_, v)) = self.konst(cond) {
                    if (v != 0) != expect {
                        let t = self.stub(ins.imm as u32);
                        seq.jmp(t);
                    }
                } else {
                    let c = self.g(cond, &mut pre);
                    seq.op(|e| test_rr(e, Size::S32, c, c));
                    let fail = if expect { Cond::E } else { Cond::Ne };
                    self.guard_jump(fail, ins.imm, &mut seq);
                }
            }
            Call | CallPure => {
                self.call(r, ins, &mut pre, &mut seq);
                if self.ra.error.is_some() {
                    return;
                }
            }
        }
        // Forward order: constants (pre), the instruction sequence; post code (spill
        // stores, reloads) was emitted already.
        self.emit(seq);
        self.emit(pre);
    }

    /// Emits the flag-setting part of a comparison into `seq`; returns the condition
    /// code that is true when the comparison holds.
    fn flags_for(&mut self, p: engine_core::jit::lir::Insn, pre: &mut Seq, seq: &mut Seq) -> Cond {
        use LOp::*;
        match p.op {
            IsInt | IsTag => {
                let a = self.g(p.a, pre);
                let tag = if p.op == IsInt { TAG_INT } else { p.imm as u64 };
                seq.op(|c| mov_rr(c, Size::S64, SCRATCH, a));
                seq.op(|c| shift_ri(c, Shift::Shr, Size::S64, SCRATCH, TAG_SHIFT as u8));
                seq.op(|c| alu_ri(c, Alu::Cmp, Size::S32, SCRATCH, tag as i32));
                Cond::E
            }
            IsDbl | IsNum => {
                let a = self.g(p.a, pre);
                let limit = if p.op == IsDbl { MAX_DOUBLE_BITS } else { NUMBER_LIMIT_BITS };
                seq.op(|c| mov_ri64(c, SCRATCH, limit as i64));
                seq.op(|c| alu_rr(c, Alu::Cmp, Size::S64, a, SCRATCH));
                if p.op == IsDbl { Cond::Be } else { Cond::B }
            }
            EqI | NeI | LtI | GeI | LeI | GtI | LtU | GeU | EqP | NeP => {
                let size = if matches!(p.op, EqP | NeP) { Size::S64 } else { Size::S32 };
                let a = self.g(p.a, pre);
                match self.imm32(p.b).filter(|_| size == Size::S32 || self.lir.get(p.b).op != KInt) {
                    Some(v) => seq.op(|c| alu_ri(c, Alu::Cmp, size, a, v)),
                    None => {
                        let b = self.g(p.b, pre);
                        seq.op(|c| alu_rr(c, Alu::Cmp, size, a, b));
                    }
                }
                match p.op {
                    EqI | EqP => Cond::E,
                    NeI | NeP => Cond::Ne,
                    LtI => Cond::L,
                    GeI => Cond::Ge,
                    LeI => Cond::Le,
                    GtI => Cond::G,
                    LtU => Cond::B,
                    _ => Cond::Ae,
                }
            }
            LtD | LeD | GtD | GeD => {
                let a = self.x(p.a, pre);
                let b = self.x(p.b, pre);
                // Unordered sets CF, so "above"-style conditions are false for NaN.
                match p.op {
                    LtD => {
                        seq.op(|c| ucomisd_xx(c, b, a));
                        Cond::A
                    }
                    LeD => {
                        seq.op(|c| ucomisd_xx(c, b, a));
                        Cond::Ae
                    }
                    GtD => {
                        seq.op(|c| ucomisd_xx(c, a, b));
                        Cond::A
                    }
                    _ => {
                        seq.op(|c| ucomisd_xx(c, a, b));
                        Cond::Ae
                    }
                }
            }
            _ => {
                self.fail("not a comparison");
                Cond::E
            }
        }
    }

    fn call(&mut self, r: Ref, ins: engine_core::jit::lir::Insn, pre: &mut Seq, seq: &mut Seq) {
        let Some(sig) = self.job.helpers.get(ins.imm as usize).cloned() else {
            self.fail("unknown helper");
            return;
        };
        let args = self.lir.call_args.get(ins.a as usize).cloned().unwrap_or_default();
        // The result register and the destination.
        let class = Class::of(ins.ty);
        let dest = self.ra.def(r, class);
        // Values live across the call leave caller-saved registers; phis' registers
        // are saved before the call and restored after it.
        let saves = self.ra.clobber_for_call(r, dest);
        for (k, (reg, s)) in saves.into_iter().enumerate() {
            let m = Self::spill_mem(s);
            let c = match reg.class {
                Class::Int => c1(|c| mov_mr(c, Size::S64, m, gpr(reg))),
                Class::Float => c1(|c| movsd_mx(c, m, xmm(reg))),
            };
            pre.items.insert(k, Item::Bytes(c));
        }
        // Result into the destination (after the call).
        match dest {
            Some(d) if class == Class::Int => {
                let size = if matches!(ins.ty, Ty::I32 | Ty::Bool) { Size::S32 } else { Size::S64 };
                self.put(&c1(|c| mov_rr(c, size, gpr(d), Reg::Rax)));
            }
            Some(d) => self.put(&c1(|c| movaps_xx(c, xmm(d), Xmm::Xmm0))),
            None => {}
        }
        // Before the call the result does not exist: its register is free for the
        // arguments.
        self.ra.release(r);
        self.ra.unpin_all();
        // Arguments into ABI registers (before the call).
        let Some(moves) = self.ra.place_args(&args, &sig.args, &gpr_numbers(INT_ARGS), &FP_ARGS) else { return };
        for (target, src) in moves {
            move_to(pre, target, src);
        }
        let addr = sig.addr as i64;
        seq.op(|c| mov_ri64(c, Reg::Rax, addr));
        seq.op(|c| call_r(c, Reg::Rax));
    }

    fn assemble(mut self) -> Result<Assembled, String> {
        self.compile();
        if let Some(e) = self.ra.error.take() {
            return Err(e);
        }
        let mut main = core::mem::take(&mut self.ra.rev);
        main.reverse();
        let main_len = main.len();
        let mut code = main;
        code.extend_from_slice(&self.stubs);
        let end_off = |pos: usize| main_len - pos;
        for (pos, t) in &self.fix_main {
            let end = end_off(*pos);
            let target = match t {
                Target::Stub(e) => main_len + self.stub_start[*e as usize] as usize,
                Target::LoopTop => match self.looptop_pos {
                    Some(p) => end_off(p),
                    None => return Err(String::from("loop without a loop top")),
                },
                Target::LoopHead => match self.loophead_pos {
                    Some(p) => end_off(p),
                    None => return Err(String::from("loop without a loop head")),
                },
            };
            let rel = target as i64 - end as i64;
            code[end - 4..end].copy_from_slice(&(rel as i32).to_le_bytes());
        }
        let epi = end_off(self.epi_pos);
        for s_end in &self.stub_epi_jumps {
            let end = main_len + *s_end as usize;
            let rel = epi as i64 - end as i64;
            code[end - 4..end].copy_from_slice(&(rel as i32).to_le_bytes());
        }
        let relocs = self.relocs_stub.iter().map(|(at, to)| (main_len as u32 + at, main_len as u32 + to)).collect();
        let exit_patch = self.exit_patch.iter().map(|p| main_len as u32 + p).collect();
        let loop_top = self.looptop_pos.map_or(0, |p| end_off(p) as u32);
        // `mov r11, imm64` is REX.W + B8+r, then the immediate.
        let loop_patch = self.loop_patch_pos.map(|p| end_off(p) as u32 + 2);
        Ok(Assembled { code, entry: 0, loop_top, loop_patch, exit_patch, relocs, spill_slots: self.ra.nspill })
    }
}

/// A move into register `d` (a parallel-copy step or a helper argument).
fn move_to(seq: &mut Seq, d: PReg, s: Src) {
    match (d.class, s) {
        (Class::Int, Src::Reg(r)) => seq.op(|c| mov_rr(c, Size::S64, gpr(d), gpr(r))),
        (Class::Int, Src::Const(b)) => seq.op(|c| mov_ri64(c, gpr(d), b as i64)),
        (Class::Int, Src::Spill(k)) => seq.op(|c| mov_rm(c, Size::S64, gpr(d), Cg::spill_mem(k))),
        (Class::Float, Src::Reg(r)) => seq.op(|c| movaps_xx(c, xmm(d), xmm(r))),
        (Class::Float, Src::Const(b)) => {
            seq.op(|c| mov_ri64(c, SCRATCH, b as i64));
            seq.op(|c| movq_xr(c, xmm(d), SCRATCH));
        }
        (Class::Float, Src::Spill(k)) => seq.op(|c| movsd_xm(c, xmm(d), Cg::spill_mem(k))),
    }
}

/// Appends the stub code that boxes a value of type `ty` from `src` into
/// interpreter slot `slot`.
fn box_to_slot(out: &mut Vec<u8>, slot: u32, ty: Ty, src: Src) {
    let dst = Mem::base_disp(BASE, (slot * 8) as i32);
    let tag_hi = Mem::base_disp(BASE, (slot * 8 + 4) as i32);
    let tag = match ty {
        Ty::I32 => Some(TAG_INT),
        Ty::Bool => Some(TAG_BOOL),
        _ => None,
    };
    let tag_bits = |t: u64| ((t << TAG_SHIFT) >> 32) as u32 as i32;
    match src {
        Src::Const(bits) => {
            if bits as i64 == (bits as i64 as i32) as i64 {
                mov_mi(out, Size::S64, dst, bits as i64 as i32);
            } else {
                mov_ri64(out, SCRATCH2, bits as i64);
                mov_mr(out, Size::S64, dst, SCRATCH2);
            }
        }
        Src::Reg(PReg { class: Class::Float, hw }) => movsd_mx(out, dst, Xmm::from_index(hw)),
        // An int32 or boolean is boxed by writing its payload and its tag as two
        // 32-bit halves (little-endian: payload first).
        Src::Reg(g) => match tag {
            Some(t) => {
                mov_mr(out, Size::S32, dst, gpr(g));
                mov_mi(out, Size::S32, tag_hi, tag_bits(t));
            }
            None => mov_mr(out, Size::S64, dst, gpr(g)),
        },
        Src::Spill(s) => match tag {
            Some(t) => {
                mov_rm(out, Size::S32, SCRATCH2, Cg::spill_mem(s));
                mov_mr(out, Size::S32, dst, SCRATCH2);
                mov_mi(out, Size::S32, tag_hi, tag_bits(t));
            }
            None => {
                mov_rm(out, Size::S64, SCRATCH2, Cg::spill_mem(s));
                mov_mr(out, Size::S64, dst, SCRATCH2);
            }
        },
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
