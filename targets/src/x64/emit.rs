//! LIR → x86-64, with register allocation in a single backward pass.
//!
//! As in nanojit and LuaJIT, the trace is processed from its last instruction to
//! its first and machine code is emitted backwards. A value gets a register at its
//! last use (the first one the pass meets) and gives it up at its definition.
//! When registers run out, a value is *evicted*: it gets a spill slot, its
//! definition stores to it, and a reload is emitted right after the instruction
//! that took its register. Constants are never kept in registers: every use
//! rematerializes them (or uses an immediate form). A helper call evicts the
//! values live across it from caller-saved registers.
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
use crate::Assembled;
use engine_core::value::{Value, MAX_DOUBLE_BITS, NUMBER_LIMIT_BITS, TAG_BOOL, TAG_INT, TAG_SHIFT};

use super::encode::*;
use super::regs::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Loc {
    None,
    G(Reg),
    X(Xmm),
}

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
    rev: Vec<u8>,
    stubs: Vec<u8>,
    greg: [Option<Ref>; 16],
    xreg: [Option<Ref>; 16],
    loc: Vec<Loc>,
    spill: Vec<Option<u32>>,
    nspill: u32,
    pinned_g: u16,
    pinned_x: u16,
    uses: Vec<u32>,
    fused: Vec<bool>,
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
    /// Registers held for the whole loop body (phis).
    reserved_g: u16,
    reserved_x: u16,
    /// Phi registers and the values entering them from the peeled iteration.
    pending_inits: Vec<(Loc, Ref)>,
    epi_pos: usize,
    error: Option<String>,
}

fn c1(f: impl FnOnce(&mut Code)) -> Code {
    let mut c = Code::new();
    f(&mut c);
    c
}

impl<'a> Cg<'a> {
    fn new(job: &'a CompileJob) -> Cg<'a> {
        let lir = &job.lir;
        let n = lir.insns.len();
        Cg {
            lir,
            job,
            rev: Vec::with_capacity(4096),
            stubs: Vec::with_capacity(4096),
            greg: [None; 16],
            xreg: [None; 16],
            loc: vec![Loc::None; n],
            spill: vec![None; n],
            nspill: 0,
            pinned_g: 0,
            pinned_x: 0,
            uses: lir.use_counts(),
            fused: vec![false; n],
            fix_main: Vec::new(),
            stub_start: vec![u32::MAX; lir.exits.len()],
            stub_epi_jumps: Vec::new(),
            exit_patch: vec![0; lir.exits.len()],
            relocs_stub: Vec::new(),
            looptop_pos: None,
            loophead_pos: None,
            loop_patch_pos: None,
            phis: lir.insns.iter().enumerate().filter(|(_, i)| i.op == LOp::Phi).map(|(k, _)| k as Ref).collect(),
            loop_calls: match lir.insns.iter().position(|i| i.op == LOp::LoopHead) {
                Some(h) => lir.insns[h..].iter().any(|i| matches!(i.op, LOp::Call | LOp::CallPure)),
                None => false,
            },
            reserved_g: 0,
            reserved_x: 0,
            pending_inits: Vec::new(),
            epi_pos: 0,
            error: None,
        }
    }

    fn fail(&mut self, why: &str) {
        if self.error.is_none() {
            self.error = Some(String::from(why));
        }
    }

    // ------------------------------------------------------------------
    // Emission

    fn put(&mut self, c: &Code) {
        for b in c.as_slice().iter().rev() {
            self.rev.push(*b);
        }
    }

    /// Prepends a forward sequence.
    fn emit(&mut self, seq: Seq) {
        for item in seq.items.into_iter().rev() {
            match item {
                Item::Bytes(c) => self.put(&c),
                Item::Jump(c, t) => {
                    self.fix_main.push((self.rev.len(), t));
                    self.put(&c);
                }
            }
        }
    }

    fn emit1(&mut self, f: impl FnOnce(&mut Code)) {
        let c = c1(f);
        self.put(&c);
    }

    // ------------------------------------------------------------------
    // Register allocation

    fn konst(&self, r: Ref) -> Option<(LOp, i64)> {
        self.lir.konst(r)
    }

    fn is_fixed(&self, r: Ref) -> Option<Reg> {
        match self.lir.get(r).op {
            LOp::Base => Some(BASE),
            LOp::State => Some(STATE),
            _ => None,
        }
    }

    fn spill_slot(&mut self, r: Ref) -> u32 {
        if let Some(s) = self.spill[r as usize] {
            return s;
        }
        let s = self.nspill;
        self.nspill += 1;
        if self.nspill > SPILL_SLOTS {
            self.fail("out of spill slots");
        }
        self.spill[r as usize] = Some(s);
        s
    }

    fn spill_mem(s: u32) -> Mem {
        Mem::base_disp(Reg::Rsp, (s * 8) as i32)
    }

    /// Frees register `reg` by moving its owner to its spill slot for the code
    /// before this point (the reload is emitted now, so it follows the current
    /// instruction in forward order).
    fn evict_g(&mut self, reg: Reg) {
        if let Some(owner) = self.greg[reg.index() as usize].take() {
            let s = self.spill_slot(owner);
            self.emit1(|c| mov_rm(c, Size::S64, reg, Self::spill_mem(s)));
            self.loc[owner as usize] = Loc::None;
        }
    }

    fn evict_x(&mut self, reg: Xmm) {
        if let Some(owner) = self.xreg[reg.index() as usize].take() {
            let s = self.spill_slot(owner);
            self.emit1(|c| movsd_xm(c, reg, Self::spill_mem(s)));
            self.loc[owner as usize] = Loc::None;
        }
    }

    fn pick_g(&mut self) -> Reg {
        for r in GPRS {
            if self.greg[r.index() as usize].is_none() && (self.pinned_g | self.reserved_g) & (1 << r.index()) == 0 {
                return r;
            }
        }
        // Evict the unpinned register whose owner was defined earliest.
        let mut best: Option<(Reg, Ref)> = None;
        for r in GPRS {
            if (self.pinned_g | self.reserved_g) & (1 << r.index()) != 0 {
                continue;
            }
            if let Some(o) = self.greg[r.index() as usize] {
                if best.is_none_or(|(_, bo)| o < bo) {
                    best = Some((r, o));
                }
            }
        }
        match best {
            Some((r, _)) => {
                self.evict_g(r);
                r
            }
            None => {
                self.fail("no general register available");
                Reg::Rax
            }
        }
    }

    fn pick_x(&mut self) -> Xmm {
        for r in XMMS {
            if self.xreg[r.index() as usize].is_none() && (self.pinned_x | self.reserved_x) & (1 << r.index()) == 0 {
                return r;
            }
        }
        let mut best: Option<(Xmm, Ref)> = None;
        for r in XMMS {
            if (self.pinned_x | self.reserved_x) & (1 << r.index()) != 0 {
                continue;
            }
            if let Some(o) = self.xreg[r.index() as usize] {
                if best.is_none_or(|(_, bo)| o < bo) {
                    best = Some((r, o));
                }
            }
        }
        match best {
            Some((r, _)) => {
                self.evict_x(r);
                r
            }
            None => {
                self.fail("no XMM register available");
                Xmm::Xmm0
            }
        }
    }

    fn pin_g(&mut self, r: Reg) {
        self.pinned_g |= 1 << r.index();
    }
    fn pin_x(&mut self, r: Xmm) {
        self.pinned_x |= 1 << r.index();
    }

    /// A GPR holding `r` for the instruction being emitted. Constants are loaded
    /// into a temporary by `pre`, which the caller emits before the instruction.
    fn g(&mut self, r: Ref, pre: &mut Seq) -> Reg {
        if let Some(f) = self.is_fixed(r) {
            return f;
        }
        if let Some((op, v)) = self.konst(r) {
            let t = self.pick_g();
            self.pin_g(t);
            let bits = const_bits(op, v, self.lir.get(r).ty);
            pre.op(|c| mov_ri64(c, t, bits as i64));
            return t;
        }
        match self.loc[r as usize] {
            Loc::G(reg) => {
                self.pin_g(reg);
                reg
            }
            Loc::X(_) => {
                self.fail("value in the wrong register class");
                Reg::Rax
            }
            Loc::None => {
                let reg = self.pick_g();
                self.greg[reg.index() as usize] = Some(r);
                self.loc[r as usize] = Loc::G(reg);
                self.pin_g(reg);
                reg
            }
        }
    }

    /// An XMM register holding `r` (constants loaded through `r10` in `pre`).
    fn x(&mut self, r: Ref, pre: &mut Seq) -> Xmm {
        if let Some((op, v)) = self.konst(r) {
            let t = self.pick_x();
            self.pin_x(t);
            let bits = const_bits(op, v, Ty::F64);
            pre.op(|c| mov_ri64(c, SCRATCH, bits as i64));
            pre.op(|c| movq_xr(c, t, SCRATCH));
            return t;
        }
        match self.loc[r as usize] {
            Loc::X(reg) => {
                self.pin_x(reg);
                reg
            }
            Loc::G(_) => {
                self.fail("value in the wrong register class");
                Xmm::Xmm0
            }
            Loc::None => {
                let reg = self.pick_x();
                self.xreg[reg.index() as usize] = Some(r);
                self.loc[r as usize] = Loc::X(reg);
                self.pin_x(reg);
                reg
            }
        }
    }

    /// The register the definition of `r` must produce (and the store to its spill
    /// slot, emitted now so it follows the instruction). `None` if `r` is unused.
    fn def_g(&mut self, r: Ref) -> Option<Reg> {
        let reg = match self.loc[r as usize] {
            Loc::G(reg) => reg,
            Loc::None if self.spill[r as usize].is_some() => self.pick_g(),
            Loc::None => return None,
            Loc::X(_) => {
                self.fail("definition in the wrong register class");
                return None;
            }
        };
        self.pin_g(reg);
        if let Some(s) = self.spill[r as usize] {
            self.emit1(|c| mov_mr(c, Size::S64, Self::spill_mem(s), reg));
        }
        Some(reg)
    }

    fn def_x(&mut self, r: Ref) -> Option<Xmm> {
        let reg = match self.loc[r as usize] {
            Loc::X(reg) => reg,
            Loc::None if self.spill[r as usize].is_some() => self.pick_x(),
            Loc::None => return None,
            Loc::G(_) => {
                self.fail("definition in the wrong register class");
                return None;
            }
        };
        self.pin_x(reg);
        if let Some(s) = self.spill[r as usize] {
            self.emit1(|c| movsd_mx(c, Self::spill_mem(s), reg));
        }
        Some(reg)
    }

    /// After an instruction: its result no longer occupies a register (going
    /// backwards, the definition starts the live range), pins are released.
    fn finish(&mut self, r: Ref) {
        match self.loc[r as usize] {
            Loc::G(reg) => self.greg[reg.index() as usize] = None,
            Loc::X(reg) => self.xreg[reg.index() as usize] = None,
            Loc::None => {}
        }
        self.loc[r as usize] = Loc::None;
        self.pinned_g = 0;
        self.pinned_x = 0;
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
        if l.op != LOp::LdSlot || self.uses[r as usize] != 1 || self.loc[r as usize] != Loc::None || self.spill[r as usize].is_some() {
            return None;
        }
        self.fused[r as usize] = true;
        Some(Mem::base_disp(BASE, (l.imm * 8) as i32))
    }

    /// Stores the boxing of `v` at `[base + off]` without materializing the boxed
    /// value, when the box has no other use: an int32 or boolean as payload and tag
    /// halves, a double straight from its XMM register. Returns whether it did.
    fn store_boxed(&mut self, v: Ref, base: Reg, off: i32, pre: &mut Seq, seq: &mut Seq) -> bool {
        let b = *self.lir.get(v);
        if !matches!(b.op, LOp::BoxI | LOp::BoxB | LOp::BoxD) || self.uses[v as usize] != 1 || self.loc[v as usize] != Loc::None || self.spill[v as usize].is_some() {
            return false;
        }
        self.fused[v as usize] = true;
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

    // ------------------------------------------------------------------
    // Peeled loops

    /// The loop edge of a peeled loop (processed first): every phi gets a register
    /// held through the whole loop body, and this iteration's values move into
    /// them before the jump back to the loop head.
    fn loop_edge(&mut self, pre: &mut Seq, seq: &mut Seq) {
        // Helper calls clobber rdi..r9 (arguments) and xmm0/xmm1: phis avoid them
        // when the loop calls anything.
        const CALLEE_SAVED: [Reg; 4] = [Reg::R12, Reg::R13, Reg::R14, Reg::Rbp];
        for p in self.phis.clone() {
            if self.lir.get(p).ty == Ty::F64 {
                let skip = if self.loop_calls { 2 } else { 0 };
                let Some(&x) = XMMS.iter().skip(skip).find(|x| self.xreg[x.index() as usize].is_none() && self.reserved_x & (1 << x.index()) == 0) else {
                    return self.fail("no register for a phi");
                };
                self.xreg[x.index() as usize] = Some(p);
                self.loc[p as usize] = Loc::X(x);
                self.reserved_x |= 1 << x.index();
            } else {
                let pool: &[Reg] = if self.loop_calls { &CALLEE_SAVED } else { &GPRS };
                let Some(&g) = pool.iter().find(|g| self.greg[g.index() as usize].is_none() && self.reserved_g & (1 << g.index()) == 0) else {
                    return self.fail("no register for a phi");
                };
                self.greg[g.index() as usize] = Some(p);
                self.loc[p as usize] = Loc::G(g);
                self.reserved_g |= 1 << g.index();
            }
        }
        // Sources: this iteration's final values.
        let mut moves: Vec<(Loc, Src)> = Vec::new();
        for p in self.phis.clone() {
            let b = self.lir.get(p).b;
            if b == p {
                continue;
            }
            let ty = self.lir.get(p).ty;
            let src = if let Some((op, v)) = self.konst(b) {
                Src::Const(const_bits(op, v, ty))
            } else if ty == Ty::F64 {
                Src::X(self.x(b, pre))
            } else {
                Src::G(self.g(b, pre))
            };
            moves.push((self.loc[p as usize], src));
        }
        parallel_moves(moves, seq);
    }

    /// The head of a peeled loop. Values from before the loop that the loop body
    /// uses are reloaded from their spill slots on every iteration (the body's
    /// allocation may not keep them in one register all the way round); the phis
    /// receive their first values from the peeled iteration.
    fn loop_head(&mut self) {
        let mut reloads = Seq::new();
        for k in 0..16 {
            if let Some(v) = self.greg[k] {
                let reg = GPRS.iter().copied().find(|g| g.index() as usize == k).unwrap_or(Reg::Rax);
                let m = Self::spill_mem(self.spill_slot(v));
                reloads.op(|c| mov_rm(c, Size::S64, reg, m));
                self.greg[k] = None;
                self.loc[v as usize] = Loc::None;
            }
            if let Some(v) = self.xreg[k] {
                let reg = XMMS.iter().copied().find(|x| x.index() as usize == k).unwrap_or(Xmm::Xmm0);
                let m = Self::spill_mem(self.spill_slot(v));
                reloads.op(|c| movsd_xm(c, reg, m));
                self.xreg[k] = None;
                self.loc[v as usize] = Loc::None;
            }
        }
        self.emit(reloads);
        self.loophead_pos = Some(self.rev.len());
        let mut pre = Seq::new();
        let mut moves: Vec<(Loc, Src)> = Vec::new();
        for (dst, init) in core::mem::take(&mut self.pending_inits) {
            let ty = self.lir.get(init).ty;
            let src = if let Some((op, v)) = self.konst(init) {
                Src::Const(const_bits(op, v, if matches!(dst, Loc::X(_)) { Ty::F64 } else { ty }))
            } else if matches!(dst, Loc::X(_)) {
                Src::X(self.x(init, &mut pre))
            } else {
                Src::G(self.g(init, &mut pre))
            };
            moves.push((dst, src));
        }
        let mut seq = Seq::new();
        parallel_moves(moves, &mut seq);
        self.emit(seq);
        self.emit(pre);
        self.pinned_g = 0;
        self.pinned_x = 0;
    }

    // ------------------------------------------------------------------
    // Exit stubs

    /// Builds the stub of local exit `e` from the current locations of its values.
    fn stub(&mut self, e: u32) -> Target {
        if self.stub_start[e as usize] != u32::MAX {
            return Target::Stub(e);
        }
        let exit: &Exit = &self.lir.exits[e as usize];
        let slots = exit.slots.clone();
        // Give every snapshot value a location valid at this point.
        let mut plan: Vec<(u32, Ref, Src)> = Vec::with_capacity(slots.len());
        for (slot, r) in slots {
            let ty = self.lir.get(r).ty;
            let src = if let Some((op, v)) = self.konst(r) {
                Src::Const(boxed_const_bits(op, v, ty))
            } else {
                match self.loc[r as usize] {
                    Loc::G(reg) => Src::G(reg),
                    Loc::X(reg) => Src::X(reg),
                    Loc::None => {
                        if let Some(s) = self.spill[r as usize] {
                            Src::Spill(s)
                        } else if ty == Ty::F64 {
                            match XMMS.iter().find(|x| self.xreg[x.index() as usize].is_none() && self.pinned_x & (1 << x.index()) == 0) {
                                Some(&x) => {
                                    self.xreg[x.index() as usize] = Some(r);
                                    self.loc[r as usize] = Loc::X(x);
                                    Src::X(x)
                                }
                                None => Src::Spill(self.spill_slot(r)),
                            }
                        } else {
                            match GPRS.iter().find(|g| self.greg[g.index() as usize].is_none() && self.pinned_g & (1 << g.index()) == 0) {
                                Some(&g) => {
                                    self.greg[g.index() as usize] = Some(r);
                                    self.loc[r as usize] = Loc::G(g);
                                    Src::G(g)
                                }
                                None => Src::Spill(self.spill_slot(r)),
                            }
                        }
                    }
                }
            };
            plan.push((slot, r, src));
        }
        let start = self.stubs.len() as u32;
        self.stub_start[e as usize] = start;
        let mut out: Vec<u8> = Vec::new();
        for (slot, r, src) in plan {
            let ty = self.lir.get(r).ty;
            let dst = Mem::base_disp(BASE, (slot * 8) as i32);
            let tag = match ty {
                Ty::I32 => Some(TAG_INT),
                Ty::Bool => Some(TAG_BOOL),
                _ => None,
            };
            match src {
                Src::Const(bits) => {
                    if bits as i64 == (bits as i64 as i32) as i64 {
                        mov_mi(&mut out, Size::S64, dst, bits as i64 as i32);
                    } else {
                        mov_ri64(&mut out, SCRATCH2, bits as i64);
                        mov_mr(&mut out, Size::S64, dst, SCRATCH2);
                    }
                }
                Src::X(x) => movsd_mx(&mut out, dst, x),
                // An int32 or boolean is boxed by writing its payload and its tag
                // as two 32-bit halves (little-endian: payload first).
                Src::G(g) => match tag {
                    Some(t) => {
                        mov_mr(&mut out, Size::S32, dst, g);
                        mov_mi(&mut out, Size::S32, Mem::base_disp(BASE, (slot * 8 + 4) as i32), ((t << TAG_SHIFT) >> 32) as u32 as i32);
                    }
                    None => mov_mr(&mut out, Size::S64, dst, g),
                },
                Src::Spill(s) => match tag {
                    Some(t) => {
                        mov_rm(&mut out, Size::S32, SCRATCH2, Self::spill_mem(s));
                        mov_mr(&mut out, Size::S32, dst, SCRATCH2);
                        mov_mi(&mut out, Size::S32, Mem::base_disp(BASE, (slot * 8 + 4) as i32), ((t << TAG_SHIFT) >> 32) as u32 as i32);
                    }
                    None => {
                        mov_rm(&mut out, Size::S64, SCRATCH2, Self::spill_mem(s));
                        mov_mr(&mut out, Size::S64, dst, SCRATCH2);
                    }
                },
            }
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
        self.epi_pos = self.rev.len();
        for i in (0..lir.insns.len()).rev() {
            if self.error.is_some() {
                return;
            }
            let r = i as Ref;
            if self.fused[i] {
                self.finish(r);
                continue;
            }
            self.insn(r);
            self.finish(r);
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
                self.looptop_pos = Some(self.rev.len());
                return;
            }
            LoopHead => {
                self.loop_head();
                return;
            }
            Phi => {
                // The phi is defined at the loop head: its register is free before
                // it, where the peeled iteration's value must be moved in.
                match self.loc[r as usize] {
                    Loc::G(reg) => self.reserved_g &= !(1 << reg.index()),
                    Loc::X(reg) => self.reserved_x &= !(1 << reg.index()),
                    Loc::None => return,
                }
                self.pending_inits.push((self.loc[r as usize], ins.a));
                return;
            }
            Loop => {
                if !self.phis.is_empty() && !self.job.branch {
                    self.loop_edge(&mut pre, &mut seq);
                    if self.error.is_some() {
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
                    self.loop_patch_pos = Some(self.rev.len());
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
            Ld64 | Ld32 | Ld16 | Ld8 | LdFlag => {
                let Some(d) = self.def_g(r) else { return };
                let a = self.g(ins.a, &mut pre);
                let m = Mem::base_disp(a, ins.imm as i32);
                match ins.op {
                    Ld64 => seq.op(|c| mov_rm(c, Size::S64, d, m)),
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
            St64 | St32 => {
                let a = self.g(ins.a, &mut pre);
                if ins.op == St64 && self.store_boxed(ins.b, a, ins.imm as i32, &mut pre, &mut seq) {
                    self.emit(seq);
                    self.emit(pre);
                    return;
                }
                let m = Mem::base_disp(a, ins.imm as i32);
                let size = if ins.op == St64 { Size::S64 } else { Size::S32 };
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
                seq.op(|c| shift_ri(c, Shift::Shl, Size::S64, d, 16));
                seq.op(|c| shift_ri(c, Shift::Shr, Size::S64, d, 16));
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
                        let t = self.pick_g();
                        self.pin_g(t);
                        t
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
                        let t = self.pick_g();
                        self.pin_g(t);
                        t
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
                let fusable = self.uses[cond as usize] == 1
                    && matches!(producer.op, IsInt | IsDbl | IsNum | IsTag | EqI | NeI | LtI | GeI | LeI | GtI | LtU | GeU | EqP | NeP | LtD | LeD | GtD | GeD)
                    && self.loc[cond as usize] == Loc::None;
                if fusable {
                    self.fused[cond as usize] = true;
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
                if self.error.is_some() {
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
        let dest_g = if ins.ty != Ty::F64 { self.def_g(r) } else { None };
        let dest_x = if ins.ty == Ty::F64 { self.def_x(r) } else { None };
        // Values live across the call leave caller-saved registers. Registers held
        // for the whole loop (phis) keep their values: saved before the call and
        // restored after it.
        let mut saves = Seq::new();
        for reg in GPRS {
            if caller_saved(reg) && Some(reg) != dest_g {
                if let Some(owner) = self.greg[reg.index() as usize] {
                    if owner != r {
                        if self.reserved_g & (1 << reg.index()) != 0 {
                            let m = Self::spill_mem(self.spill_slot(owner));
                            self.emit1(|c| mov_rm(c, Size::S64, reg, m));
                            saves.op(|c| mov_mr(c, Size::S64, m, reg));
                        } else {
                            self.evict_g(reg);
                        }
                    }
                }
            }
        }
        for reg in XMMS {
            if Some(reg) != dest_x {
                if let Some(owner) = self.xreg[reg.index() as usize] {
                    if owner != r {
                        if self.reserved_x & (1 << reg.index()) != 0 {
                            let m = Self::spill_mem(self.spill_slot(owner));
                            self.emit1(|c| movsd_xm(c, reg, m));
                            saves.op(|c| movsd_mx(c, m, reg));
                        } else {
                            self.evict_x(reg);
                        }
                    }
                }
            }
        }
        for item in saves.items.into_iter().rev() {
            pre.items.insert(0, item);
        }
        // Result into the destination (after the call).
        let mut post = Seq::new();
        if let Some(d) = dest_g {
            let size = if matches!(ins.ty, Ty::I32 | Ty::Bool) { Size::S32 } else { Size::S64 };
            post.op(|c| mov_rr(c, size, d, Reg::Rax));
        }
        if let Some(d) = dest_x {
            post.op(|c| movaps_xx(c, d, Xmm::Xmm0));
        }
        self.emit(post);
        // Before the call the result does not exist: its register is free for the
        // arguments.
        match self.loc[r as usize] {
            Loc::G(reg) => self.greg[reg.index() as usize] = None,
            Loc::X(reg) => self.xreg[reg.index() as usize] = None,
            Loc::None => {}
        }
        self.loc[r as usize] = Loc::None;
        self.pinned_g = 0;
        self.pinned_x = 0;
        // Arguments into ABI registers (before the call).
        let (mut ni, mut nf) = (0usize, 0usize);
        let mut moves: Vec<Code> = Vec::new();
        for (k, a) in args.iter().enumerate() {
            let ty = sig.args.get(k).copied().unwrap_or(Ty::Val);
            if ty == Ty::F64 {
                let target = Xmm::from_index(nf as u8);
                nf += 1;
                if let Some((op, v)) = self.konst(*a) {
                    let bits = const_bits(op, v, Ty::F64);
                    moves.push(c1(|c| mov_ri64(c, SCRATCH, bits as i64)));
                    moves.push(c1(|c| movq_xr(c, target, SCRATCH)));
                    continue;
                }
                match self.loc[*a as usize] {
                    Loc::X(x) => {
                        if x != target {
                            moves.push(c1(|c| movaps_xx(c, target, x)));
                        }
                    }
                    Loc::None => {
                        if let Some(prev) = self.xreg[target.index() as usize] {
                            let _ = prev;
                            self.evict_x(target);
                        }
                        self.xreg[target.index() as usize] = Some(*a);
                        self.loc[*a as usize] = Loc::X(target);
                    }
                    Loc::G(_) => self.fail("float argument in an integer register"),
                }
                self.pin_x(target);
            } else {
                let Some(&target) = INT_ARGS.get(ni) else {
                    self.fail("too many helper arguments");
                    return;
                };
                ni += 1;
                if let Some((op, v)) = self.konst(*a) {
                    let bits = const_bits(op, v, ty);
                    moves.push(c1(|c| mov_ri64(c, target, bits as i64)));
                    continue;
                }
                if let Some(f) = self.is_fixed(*a) {
                    moves.push(c1(|c| mov_rr(c, Size::S64, target, f)));
                    continue;
                }
                match self.loc[*a as usize] {
                    Loc::G(g) => {
                        if g != target {
                            moves.push(c1(|c| mov_rr(c, Size::S64, target, g)));
                        }
                    }
                    Loc::None => {
                        if self.greg[target.index() as usize].is_some() {
                            self.evict_g(target);
                        }
                        self.greg[target.index() as usize] = Some(*a);
                        self.loc[*a as usize] = Loc::G(target);
                    }
                    Loc::X(_) => self.fail("integer argument in an XMM register"),
                }
                self.pin_g(target);
            }
        }
        let addr = sig.addr as i64;
        for m in moves {
            pre.items.push(Item::Bytes(m));
        }
        seq.op(|c| mov_ri64(c, Reg::Rax, addr));
        seq.op(|c| call_r(c, Reg::Rax));
    }

    fn assemble(mut self) -> Result<Assembled, String> {
        self.compile();
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        let mut main = core::mem::take(&mut self.rev);
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
        Ok(Assembled { code, entry: 0, loop_top, loop_patch, exit_patch, relocs, spill_slots: self.nspill })
    }
}

#[derive(Clone, Copy, Debug)]
enum Src {
    Const(u64),
    G(Reg),
    X(Xmm),
    Spill(u32),
}

/// Emits moves into distinct destination registers from sources that may be
/// among them (a parallel copy): a move goes first when no other move still
/// reads its destination; cycles go through the scratch registers.
fn parallel_moves(mut moves: Vec<(Loc, Src)>, seq: &mut Seq) {
    fn reads(src: &Src, dst: &Loc) -> bool {
        match (src, dst) {
            (Src::G(a), Loc::G(b)) => a == b,
            (Src::X(a), Loc::X(b)) => a == b,
            _ => false,
        }
    }
    moves.retain(|(d, s)| !reads(s, d));
    while !moves.is_empty() {
        let ready = (0..moves.len()).find(|&i| !moves.iter().enumerate().any(|(j, (_, s))| j != i && reads(s, &moves[i].0)));
        match ready {
            Some(i) => {
                let (d, s) = moves.remove(i);
                match (d, s) {
                    (Loc::G(d), Src::G(r)) => seq.op(|c| mov_rr(c, Size::S64, d, r)),
                    (Loc::G(d), Src::Const(b)) => seq.op(|c| mov_ri64(c, d, b as i64)),
                    (Loc::G(d), Src::Spill(k)) => seq.op(|c| mov_rm(c, Size::S64, d, Mem::base_disp(Reg::Rsp, (k * 8) as i32))),
                    (Loc::X(d), Src::X(r)) => seq.op(|c| movaps_xx(c, d, r)),
                    (Loc::X(d), Src::Const(b)) => {
                        seq.op(|c| mov_ri64(c, SCRATCH, b as i64));
                        seq.op(|c| movq_xr(c, d, SCRATCH));
                    }
                    (Loc::X(d), Src::Spill(k)) => seq.op(|c| movsd_xm(c, d, Mem::base_disp(Reg::Rsp, (k * 8) as i32))),
                    _ => {}
                }
            }
            None => {
                // A cycle: park the first destination's current value in scratch.
                let (d, _) = moves[0];
                let parked = match d {
                    Loc::G(r) => {
                        seq.op(|c| mov_rr(c, Size::S64, SCRATCH2, r));
                        Src::G(SCRATCH2)
                    }
                    Loc::X(r) => {
                        seq.op(|c| movaps_xx(c, XSCRATCH, r));
                        Src::X(XSCRATCH)
                    }
                    Loc::None => return,
                };
                for (_, s) in moves.iter_mut() {
                    if reads(s, &d) {
                        *s = parked;
                    }
                }
            }
        }
    }
}

/// The 64-bit pattern a constant has in a register of type `ty`.
fn const_bits(op: LOp, v: i64, ty: Ty) -> u64 {
    match (op, ty) {
        (LOp::KInt, Ty::Val) => Value::int(v as i32).0,
        (LOp::KInt, _) => v as u32 as u64,
        _ => v as u64,
    }
}

/// The boxed `Value` bits an exit writes for a constant of type `ty`: exits store
/// interpreter values, so int32 and boolean constants get their tags.
fn boxed_const_bits(op: LOp, v: i64, ty: Ty) -> u64 {
    match ty {
        Ty::I32 => Value::int(v as i32).0,
        Ty::Bool => Value::bool(v != 0).0,
        _ => const_bits(op, v, ty),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn const_bits_boxes_ints_for_values() {
        assert_eq!(const_bits(LOp::KInt, -1, Ty::I32), 0xFFFF_FFFF);
        assert_eq!(const_bits(LOp::KInt, 5, Ty::Val), Value::int(5).0);
    }
}
