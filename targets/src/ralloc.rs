//! The register allocator every backend shares: one backward pass over the LIR,
//! LuaJIT- and nanojit-style, over two register classes.
//!
//! Going from the trace's last instruction to its first, a value gets a register
//! at its last use (the first one the pass meets) and gives it up at its
//! definition. When registers run out, the value whose definition comes first
//! is *evicted*: it gets a spill slot, its definition stores to it, and a reload
//! is emitted right after the instruction that took its register. Constants are
//! never kept in registers; a use materializes them into a temporary (or the
//! backend folds them into an immediate).
//!
//! The allocator owns the backward code buffer ([`Ralloc::rev`]) because eviction
//! emits code at the point where it happens. What a target contributes is an
//! [`Isa`]: its register sets and roles, and the few instructions the allocator
//! itself needs (spill reloads and stores). Instruction selection, exit stubs and
//! branch fixups stay in the target's `emit` module, which asks the allocator for
//! registers ([`Ralloc::use_reg`], [`Ralloc::def`]), for where an exit's values
//! live ([`Ralloc::plan_exit`]), for the homes of a peeled loop's phis
//! ([`Ralloc::assign_phis`]), for the clobbers of a helper call
//! ([`Ralloc::clobber_for_call`], [`Ralloc::place_args`]) and for the order of a
//! parallel copy ([`parallel_moves`]).

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use engine_core::jit::lir::{Exit, LOp, Lir, Ref, Ty};
use engine_core::value::Value;

/// Registers of each class that phis of a peeled loop leave to the loop body.
pub const MIN_BODY_REGS: usize = 4;

/// A register class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// General-purpose (integer and pointer) registers.
    Int = 0,
    /// Floating-point registers (doubles).
    Float = 1,
}

impl Class {
    /// The class a value of LIR type `ty` lives in.
    pub fn of(ty: Ty) -> Class {
        if ty == Ty::F64 { Class::Float } else { Class::Int }
    }
}

/// A physical register: a class and the hardware number within it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PReg {
    /// Its class.
    pub class: Class,
    /// Its hardware number (0..32).
    pub hw: u8,
}

impl PReg {
    /// A general-purpose register.
    pub const fn int(hw: u8) -> PReg {
        PReg { class: Class::Int, hw }
    }
    /// A floating-point register.
    pub const fn float(hw: u8) -> PReg {
        PReg { class: Class::Float, hw }
    }
    fn bit(self) -> u32 {
        1 << self.hw
    }
}

/// Where a value lives at the current point of the backward pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loc {
    /// Not in a register (in its spill slot if it has one, or not live).
    None,
    /// In this register.
    Reg(PReg),
}

/// Where a move takes its value from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Src {
    /// These bits.
    Const(u64),
    /// This register.
    Reg(PReg),
    /// This spill slot.
    Spill(u32),
}

/// What a target tells the shared allocator.
pub trait Isa {
    /// Allocatable general registers, in order of preference.
    const GPRS: &'static [u8];
    /// Allocatable floating-point registers, in order of preference.
    const FPRS: &'static [u8];
    /// The registers phis may take when the loop body calls helpers (ones a call
    /// does not clobber), per class.
    const PHI_POOL_WITH_CALLS: [&'static [u8]; 2];
    /// Registers a helper call clobbers, per class (bit `hw`).
    const CALLER_SAVED: [u32; 2];
    /// The register holding the slot base (`LOp::Base`).
    const BASE: u8;
    /// The register holding the `TraceState` pointer (`LOp::State`).
    const STATE: u8;
    /// Spill slots in the native frame.
    const SPILL_SLOTS: u32;
    /// Appends the instruction(s) loading `reg` from spill slot `slot`.
    fn reload(out: &mut Vec<u8>, reg: PReg, slot: u32);
    /// Appends the instruction(s) storing `reg` to spill slot `slot`.
    fn store(out: &mut Vec<u8>, reg: PReg, slot: u32);
}

/// The state of the backward pass.
pub struct Ralloc<'a, I: Isa> {
    /// The trace.
    pub lir: &'a Lir,
    /// Machine code emitted so far, last byte first.
    pub rev: Vec<u8>,
    /// Use counts per instruction.
    pub uses: Vec<u32>,
    /// Instructions folded into their user (emitted as part of it).
    pub fused: Vec<bool>,
    /// The first failure, if any: the fragment is not compiled.
    pub error: Option<String>,
    /// Spill slots used so far.
    pub nspill: u32,
    owner: [[Option<Ref>; 32]; 2],
    loc: Vec<Loc>,
    spill: Vec<Option<u32>>,
    pinned: [u32; 2],
    reserved: [u32; 2],
    /// Phis of a peeled loop that live in their spill slots.
    memory_phis: Vec<Ref>,
    _isa: core::marker::PhantomData<I>,
}

/// Where a phi of a peeled loop lives through the loop body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhiHome {
    /// A register reserved for it.
    Reg(PReg),
    /// Its spill slot.
    Mem(u32),
}

/// The transfers into phis at a loop edge or a loop entry: stores into memory
/// homes, to emit first, then a parallel copy into register homes.
#[derive(Default)]
pub struct PhiMoves {
    /// `(spill slot, source)`: 64-bit stores (a source register of either class,
    /// bits, or another spill slot to copy through a scratch register).
    pub stores: Vec<(u32, Src)>,
    /// Moves into registers (see [`parallel_moves`]).
    pub moves: Vec<(PReg, Src)>,
}

impl PhiMoves {
    fn push<I: Isa>(&mut self, ra: &mut Ralloc<'_, I>, home: PhiHome, value: Ref, ty: Ty) {
        match home {
            PhiHome::Reg(reg) => {
                let src = ra.move_src(value, reg.class, ty);
                self.moves.push((reg, src));
            }
            PhiHome::Mem(slot) => {
                let class = Class::of(ra.lir.get(value).ty);
                let src = ra.move_src(value, class, ty);
                self.stores.push((slot, src));
            }
        }
    }
}

impl<'a, I: Isa> Ralloc<'a, I> {
    /// A fresh pass over `lir`.
    pub fn new(lir: &'a Lir) -> Self {
        let n = lir.insns.len();
        Ralloc {
            lir,
            rev: Vec::with_capacity(4096),
            uses: lir.use_counts(),
            fused: vec![false; n],
            error: None,
            nspill: 0,
            owner: [[None; 32]; 2],
            loc: vec![Loc::None; n],
            spill: vec![None; n],
            pinned: [0; 2],
            reserved: [0; 2],
            memory_phis: Vec::new(),
            _isa: core::marker::PhantomData,
        }
    }

    /// Records the first failure.
    pub fn fail(&mut self, why: &str) {
        if self.error.is_none() {
            self.error = Some(String::from(why));
        }
    }

    /// Prepends bytes (given in forward order) to the code.
    pub fn put(&mut self, forward: &[u8]) {
        self.rev.extend(forward.iter().rev());
    }

    /// Where `r` lives now.
    pub fn loc(&self, r: Ref) -> Loc {
        self.loc[r as usize]
    }

    /// `r`'s spill slot, if it has one.
    pub fn spilled(&self, r: Ref) -> Option<u32> {
        self.spill[r as usize]
    }

    /// `r` is a constant: its opcode and immediate.
    pub fn konst(&self, r: Ref) -> Option<(LOp, i64)> {
        self.lir.konst(r)
    }

    /// The fixed register of `base` and `state`.
    pub fn fixed(&self, r: Ref) -> Option<u8> {
        match self.lir.get(r).op {
            LOp::Base => Some(I::BASE),
            LOp::State => Some(I::STATE),
            _ => None,
        }
    }

    /// The spill slot of `r`, allocated on first request.
    pub fn spill_slot(&mut self, r: Ref) -> u32 {
        if let Some(s) = self.spill[r as usize] {
            return s;
        }
        let s = self.nspill;
        self.nspill += 1;
        if self.nspill > I::SPILL_SLOTS {
            self.fail("out of spill slots");
        }
        self.spill[r as usize] = Some(s);
        s
    }

    fn emit_reload(&mut self, reg: PReg, slot: u32) {
        let mut c = Vec::new();
        I::reload(&mut c, reg, slot);
        self.put(&c);
    }

    fn emit_store(&mut self, reg: PReg, slot: u32) {
        let mut c = Vec::new();
        I::store(&mut c, reg, slot);
        self.put(&c);
    }

    fn owner_of(&self, reg: PReg) -> Option<Ref> {
        self.owner[reg.class as usize][reg.hw as usize]
    }

    fn set_owner(&mut self, reg: PReg, r: Option<Ref>) {
        self.owner[reg.class as usize][reg.hw as usize] = r;
        if let Some(r) = r {
            self.loc[r as usize] = Loc::Reg(reg);
        }
    }

    fn blocked(&self, reg: PReg) -> bool {
        (self.pinned[reg.class as usize] | self.reserved[reg.class as usize]) & reg.bit() != 0
    }

    fn pool(class: Class) -> &'static [u8] {
        match class {
            Class::Int => I::GPRS,
            Class::Float => I::FPRS,
        }
    }

    /// Frees `reg` by moving its owner to its spill slot for the code before this
    /// point (the reload is emitted now, so it follows the current instruction).
    pub fn evict(&mut self, reg: PReg) {
        if let Some(owner) = self.owner[reg.class as usize][reg.hw as usize].take() {
            let s = self.spill_slot(owner);
            self.emit_reload(reg, s);
            self.loc[owner as usize] = Loc::None;
        }
    }

    /// A free register of `class`, evicting the unpinned one whose owner was
    /// defined earliest when none is free.
    pub fn pick(&mut self, class: Class) -> PReg {
        let pool = Self::pool(class);
        let free = pool.iter().map(|&hw| PReg { class, hw }).find(|&r| self.owner_of(r).is_none() && !self.blocked(r));
        if let Some(r) = free {
            return r;
        }
        let mut best: Option<(PReg, Ref)> = None;
        for &hw in pool {
            let r = PReg { class, hw };
            if self.blocked(r) {
                continue;
            }
            if let Some(o) = self.owner_of(r) {
                if best.is_none_or(|(_, bo)| o < bo) {
                    best = Some((r, o));
                }
            }
        }
        match best {
            Some((r, _)) => {
                self.evict(r);
                r
            }
            None => {
                self.fail(if class == Class::Int { "no general register available" } else { "no floating-point register available" });
                PReg { class, hw: pool[0] }
            }
        }
    }

    /// Keeps `reg` for the instruction being emitted.
    pub fn pin(&mut self, reg: PReg) {
        self.pinned[reg.class as usize] |= reg.bit();
    }

    /// A free register of `class`, pinned for the current instruction (a temporary).
    pub fn temp(&mut self, class: Class) -> PReg {
        let t = self.pick(class);
        self.pin(t);
        t
    }

    /// A register of `class` holding `r` for the instruction being emitted. For a
    /// constant it is a pinned temporary and the bits the caller must load into it
    /// before the instruction.
    pub fn use_reg(&mut self, r: Ref, class: Class) -> (PReg, Option<u64>) {
        if let Some(f) = self.fixed(r) {
            return (PReg::int(f), None);
        }
        if let Some((op, v)) = self.konst(r) {
            let t = self.temp(class);
            let ty = if class == Class::Float { Ty::F64 } else { self.lir.get(r).ty };
            return (t, Some(const_bits(op, v, ty)));
        }
        match self.loc[r as usize] {
            Loc::Reg(reg) if reg.class == class => {
                self.pin(reg);
                (reg, None)
            }
            Loc::Reg(reg) => {
                self.fail("value in the wrong register class");
                (reg, None)
            }
            Loc::None => {
                let reg = self.pick(class);
                self.set_owner(reg, Some(r));
                self.pin(reg);
                (reg, None)
            }
        }
    }

    /// The register the definition of `r` must produce (and the store to its spill
    /// slot, emitted now so it follows the instruction). `None` if `r` is unused.
    pub fn def(&mut self, r: Ref, class: Class) -> Option<PReg> {
        let reg = match self.loc[r as usize] {
            Loc::Reg(reg) if reg.class == class => reg,
            Loc::None if self.spill[r as usize].is_some() => self.pick(class),
            Loc::None => return None,
            Loc::Reg(_) => {
                self.fail("definition in the wrong register class");
                return None;
            }
        };
        self.pin(reg);
        if let Some(s) = self.spill[r as usize] {
            self.emit_store(reg, s);
        }
        Some(reg)
    }

    /// Forgets `r`'s register: before its definition it does not exist.
    pub fn release(&mut self, r: Ref) {
        if let Loc::Reg(reg) = self.loc[r as usize] {
            self.owner[reg.class as usize][reg.hw as usize] = None;
        }
        self.loc[r as usize] = Loc::None;
    }

    /// Ends an instruction: its result no longer occupies a register (going
    /// backwards, the definition starts the live range), pins are released.
    pub fn finish(&mut self, r: Ref) {
        self.release(r);
        self.unpin_all();
    }

    /// Releases every pin.
    pub fn unpin_all(&mut self) {
        self.pinned = [0; 2];
    }

    /// Marks `r` as folded into the instruction being emitted.
    pub fn fuse(&mut self, r: Ref) {
        self.fused[r as usize] = true;
    }

    /// Can `r` be folded into its only user (one use, not in a register, never
    /// spilled)?
    pub fn fusable(&self, r: Ref) -> bool {
        self.uses[r as usize] == 1 && self.loc[r as usize] == Loc::None && self.spill[r as usize].is_none()
    }

    // ------------------------------------------------------------------
    // Exits

    /// Where every value of exit `exit` lives at this point, giving values that are
    /// not live yet a free register (or a spill slot when none is free): `(slot,
    /// value, source)`. Constants are boxed as the interpreter stores them.
    pub fn plan_exit(&mut self, exit: &Exit) -> Vec<(u32, Ref, Src)> {
        let mut plan = Vec::with_capacity(exit.slots.len());
        for &(slot, r) in &exit.slots {
            let ty = self.lir.get(r).ty;
            let src = if let Some((op, v)) = self.konst(r) {
                Src::Const(boxed_const_bits(op, v, ty))
            } else {
                match self.loc[r as usize] {
                    Loc::Reg(reg) => Src::Reg(reg),
                    Loc::None => match self.spill[r as usize] {
                        Some(s) => Src::Spill(s),
                        None => self.place_exit_value(r, Class::of(ty)),
                    },
                }
            };
            plan.push((slot, r, src));
        }
        plan
    }

    fn place_exit_value(&mut self, r: Ref, class: Class) -> Src {
        let free = Self::pool(class).iter().map(|&hw| PReg { class, hw }).find(|&g| self.owner_of(g).is_none() && self.pinned[class as usize] & g.bit() == 0);
        match free {
            Some(g) => {
                self.set_owner(g, Some(r));
                Src::Reg(g)
            }
            None => Src::Spill(self.spill_slot(r)),
        }
    }

    // ------------------------------------------------------------------
    // Peeled loops

    /// Gives every phi a home for the whole loop body (the loop edge is processed
    /// first): a register held through the body when one is free (with helper
    /// calls in the body, one that calls preserve), else its spill slot. A phi in
    /// memory is loaded at the loop head when the body wants it in a register,
    /// and stored at the loop edge, so a loop with more loop-carried values than
    /// registers still keeps them out of the interpreter's slots.
    pub fn assign_phis(&mut self, phis: &[Ref], loop_calls: bool) -> Vec<PhiHome> {
        let mut homes = Vec::with_capacity(phis.len());
        for &p in phis {
            let class = Class::of(self.lir.get(p).ty);
            let pool = if loop_calls { I::PHI_POOL_WITH_CALLS[class as usize] } else { Self::pool(class) };
            // Leave registers for the body's own values: phis take at most all but
            // `MIN_BODY_REGS` of the class.
            let reserved = self.reserved[class as usize];
            let room = Self::pool(class).iter().filter(|&&hw| reserved & (1 << hw) == 0).count() > MIN_BODY_REGS;
            let free = pool.iter().map(|&hw| PReg { class, hw }).find(|&g| room && self.owner_of(g).is_none() && reserved & g.bit() == 0);
            homes.push(match free {
                Some(reg) => {
                    self.set_owner(reg, Some(p));
                    self.reserved[class as usize] |= reg.bit();
                    PhiHome::Reg(reg)
                }
                None => {
                    let slot = self.spill_slot(p);
                    self.memory_phis.push(p);
                    PhiHome::Mem(slot)
                }
            });
        }
        homes
    }

    /// Where a move into a register of `class` takes `r` from: a constant's bits
    /// as a value of type `ty` has them, else a register holding `r` (given one
    /// now if it has none).
    pub fn move_src(&mut self, r: Ref, class: Class, ty: Ty) -> Src {
        if let Some((op, v)) = self.konst(r) {
            return Src::Const(const_bits(op, v, ty));
        }
        // Many sources at once (a loop edge with many phis) may pin every register
        // of the class: the rest come from their spill slots.
        let usable = Self::pool(class).iter().any(|&hw| !self.blocked(PReg { class, hw }));
        if !usable && self.fixed(r).is_none() && self.loc[r as usize] == Loc::None {
            return Src::Spill(self.spill_slot(r));
        }
        Src::Reg(self.use_reg(r, class).0)
    }

    /// The loop edge of a peeled loop (processed first): every phi gets its home
    /// ([`Ralloc::assign_phis`]), and this iteration's values go there before the
    /// jump back to the loop head. Returns the stores into memory homes (emitted
    /// first: they read registers the moves may overwrite) and the moves into
    /// register homes (a parallel copy).
    pub fn loop_edge_moves(&mut self, phis: &[Ref], loop_calls: bool) -> PhiMoves {
        let homes = self.assign_phis(phis, loop_calls);
        let mut out = PhiMoves::default();
        for (&p, &home) in phis.iter().zip(&homes) {
            let b = self.lir.get(p).b;
            if b != p {
                // A constant takes the phi's type.
                let ty = self.lir.get(p).ty;
                out.push(self, home, b, ty);
            }
        }
        out
    }

    /// The stores and moves that give the phis (`(home, value entering from the
    /// peeled iteration)`) their first values at the loop head.
    pub fn loop_entry_moves(&mut self, inits: Vec<(PhiHome, Ref)>) -> PhiMoves {
        let mut out = PhiMoves::default();
        for (home, init) in inits {
            let float = match home {
                PhiHome::Reg(r) => r.class == Class::Float,
                PhiHome::Mem(_) => false,
            };
            let ty = if float { Ty::F64 } else { self.lir.get(init).ty };
            out.push(self, home, init, ty);
        }
        out
    }

    /// At a phi's definition (the loop head): where the peeled iteration's value
    /// must go. A register phi's register is free before this point; a memory phi
    /// that the body wants in a register is loaded from its slot here, on every
    /// iteration. `None` if the phi is not live.
    pub fn phi_def(&mut self, p: Ref) -> Option<PhiHome> {
        if self.memory_phis.contains(&p) {
            let slot = self.spill_slot(p);
            if let Loc::Reg(reg) = self.loc[p as usize] {
                self.emit_reload(reg, slot);
            }
            return Some(PhiHome::Mem(slot));
        }
        let Loc::Reg(reg) = self.loc[p as usize] else { return None };
        self.reserved[reg.class as usize] &= !reg.bit();
        Some(PhiHome::Reg(reg))
    }

    /// At the head of a peeled loop: values from before the loop that the body
    /// uses leave their registers (the body's allocation may not keep them in one
    /// register all the way round), so each is reloaded from its spill slot on
    /// every iteration. Returns the reloads in forward order.
    pub fn reloads_at_loop_head(&mut self) -> Vec<(PReg, u32)> {
        let mut reloads = Vec::new();
        for hw in 0..32u8 {
            for class in [Class::Int, Class::Float] {
                let reg = PReg { class, hw };
                if let Some(v) = self.owner_of(reg) {
                    let s = self.spill_slot(v);
                    reloads.push((reg, s));
                    self.owner[class as usize][hw as usize] = None;
                    self.loc[v as usize] = Loc::None;
                }
            }
        }
        reloads
    }

    /// Emits (backwards) the reloads of `reloads`, given in forward order.
    pub fn emit_reloads(&mut self, reloads: &[(PReg, u32)]) {
        for &(reg, s) in reloads.iter().rev() {
            self.emit_reload(reg, s);
        }
    }

    // ------------------------------------------------------------------
    // Helper calls

    /// Before a helper call that defines `r` (in `dest`, if used): values live
    /// across the call leave the registers it clobbers. Registers reserved for
    /// phis keep their values instead: reloaded after the call (emitted now) and
    /// stored before it (returned, in forward order, for the caller to emit).
    pub fn clobber_for_call(&mut self, r: Ref, dest: Option<PReg>) -> Vec<(PReg, u32)> {
        let mut saves = Vec::new();
        for class in [Class::Int, Class::Float] {
            for &hw in Self::pool(class) {
                let reg = PReg { class, hw };
                if I::CALLER_SAVED[class as usize] & reg.bit() == 0 || Some(reg) == dest {
                    continue;
                }
                let Some(owner) = self.owner_of(reg) else { continue };
                if owner == r {
                    continue;
                }
                if self.reserved[class as usize] & reg.bit() != 0 {
                    let s = self.spill_slot(owner);
                    self.emit_reload(reg, s);
                    saves.push((reg, s));
                } else {
                    self.evict(reg);
                }
            }
        }
        saves
    }

    /// Puts a helper call's arguments (`args`, of types `types`; missing types
    /// are boxed values) in the ABI's argument registers, in order per class:
    /// `int_args` and `fp_args`. Returns the moves to emit before the call,
    /// `None` (and a failure) when the registers run out.
    pub fn place_args(&mut self, args: &[Ref], types: &[Ty], int_args: &[u8], fp_args: &[u8]) -> Option<Vec<(PReg, Src)>> {
        let (mut ni, mut nf) = (0usize, 0usize);
        let mut moves = Vec::new();
        for (k, &a) in args.iter().enumerate() {
            let ty = types.get(k).copied().unwrap_or(Ty::Val);
            let (pool, n) = if ty == Ty::F64 { (fp_args, &mut nf) } else { (int_args, &mut ni) };
            let Some(&hw) = pool.get(*n) else {
                self.fail("too many helper arguments");
                return None;
            };
            *n += 1;
            let target = PReg { class: Class::of(ty), hw };
            if let Some(src) = self.place_arg(a, target) {
                moves.push((target, src));
            }
        }
        Some(moves)
    }

    /// Puts argument `a` of a helper call in register `target`: the value is
    /// given that register when it is not live yet (evicting its holder); otherwise
    /// the caller moves it from the returned source (`None`: already there).
    fn place_arg(&mut self, a: Ref, target: PReg) -> Option<Src> {
        if let Some((op, v)) = self.konst(a) {
            let ty = if target.class == Class::Float { Ty::F64 } else { self.lir.get(a).ty };
            return Some(Src::Const(const_bits(op, v, ty)));
        }
        if let Some(f) = self.fixed(a) {
            return Some(Src::Reg(PReg::int(f)));
        }
        let src = match self.loc[a as usize] {
            Loc::Reg(g) if g.class != target.class => {
                self.fail("helper argument in the wrong register class");
                None
            }
            Loc::Reg(g) => (g != target).then_some(Src::Reg(g)),
            Loc::None => {
                if self.owner_of(target).is_some() {
                    self.evict(target);
                }
                self.set_owner(target, Some(a));
                None
            }
        };
        self.pin(target);
        src
    }
}

/// Orders moves into distinct destination registers from sources that may be
/// among them (a parallel copy): a move goes first when no other move still
/// reads its destination; a cycle parks one destination's value in the scratch
/// register of its class (`scratch[class]`). Calls `emit(dst, src)` in forward
/// order.
pub fn parallel_moves(mut moves: Vec<(PReg, Src)>, scratch: [PReg; 2], mut emit: impl FnMut(PReg, Src)) {
    fn reads(src: &Src, dst: PReg) -> bool {
        *src == Src::Reg(dst)
    }
    moves.retain(|(d, s)| !reads(s, *d));
    while !moves.is_empty() {
        let ready = (0..moves.len()).find(|&i| !moves.iter().enumerate().any(|(j, (_, s))| j != i && reads(s, moves[i].0)));
        match ready {
            Some(i) => {
                let (d, s) = moves.remove(i);
                emit(d, s);
            }
            None => {
                let d = moves[0].0;
                let parked = scratch[d.class as usize];
                emit(parked, Src::Reg(d));
                for (_, s) in moves.iter_mut() {
                    if reads(s, d) {
                        *s = Src::Reg(parked);
                    }
                }
            }
        }
    }
}

/// The 64-bit pattern a constant has in a register of type `ty`.
pub fn const_bits(op: LOp, v: i64, ty: Ty) -> u64 {
    match (op, ty) {
        (LOp::KInt, Ty::Val) => Value::int(v as i32).0,
        (LOp::KInt, _) => v as u32 as u64,
        _ => v as u64,
    }
}

/// The boxed `Value` bits an exit writes for a constant of type `ty`: exits store
/// interpreter values, so int32 and boolean constants get their tags.
pub fn boxed_const_bits(op: LOp, v: i64, ty: Ty) -> u64 {
    match ty {
        Ty::I32 => Value::int(v as i32).0,
        Ty::Bool => Value::bool(v != 0).0,
        _ => const_bits(op, v, ty),
    }
}

/// The phis of a peeled loop, in order, and whether its body calls helpers.
pub fn loop_phis(lir: &Lir) -> (Vec<Ref>, bool) {
    let phis = lir.insns.iter().enumerate().filter(|(_, i)| i.op == LOp::Phi).map(|(k, _)| k as Ref).collect();
    let calls = match lir.insns.iter().position(|i| i.op == LOp::LoopHead) {
        Some(h) => lir.insns[h..].iter().any(|i| matches!(i.op, LOp::Call | LOp::CallPure)),
        None => false,
    };
    (phis, calls)
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
