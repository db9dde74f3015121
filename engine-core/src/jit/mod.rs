//! The tracing JIT: LIR, recording, the trace monitor and exits.
//!
//! The interpreter counts loop-header crossings; a hot loop is recorded by
//! following the interpreter through one iteration while writing typed LIR
//! through the folding and CSE filters; the trace is optimized and handed to the
//! host's [`CodeService`](runtime::CodeService) (machine code is the `targets`
//! crate's job); later crossings enter the native code. Guards leave through exits
//! that restore the interpreter's exact state from exit maps; hot exits grow
//! branch traces; type-unstable loops get peer trees.

pub mod lir;
pub mod monitor;
pub mod recorder;
pub mod runtime;

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use hashbrown::HashMap;

use crate::bytecode::Code;
use crate::gc::Gc;
use crate::interp::{Frame, Vm};
use crate::value::Value;
use lir::{ExitKind, Ty};
use monitor::{diag, Fragment, SlotType, Stats, Tree, TreeExit};
use recorder::{Abort, RecordKind, Recorder, StepResult};
use runtime::{CompileJob, TraceState};

/// Per-exit slot types recorded alongside the exit maps (for branch recording).
pub type ExitTypes = Vec<(u32, SlotType)>;

impl Vm {
    fn diag(&mut self, flag: u32, line: &str) {
        if self.jit.config.diag & flag != 0 {
            self.host.diag(line);
        }
    }

    fn location(code: Gc<Code>, pc: u32) -> String {
        let (l, c) = code.position(pc);
        format!("{}:{}:{}", code.info.source.name, l, c)
    }

    /// Called by `LoopHeader` when its counter reached the hot threshold. Returns
    /// `true` when native code ran and the interpreter must reload its state.
    pub(crate) fn jit_loop_header(&mut self, code: Gc<Code>, pc: u32, counter: u32) -> bool {
        if self.jit.recording.is_some() {
            return false;
        }
        let anchor = self.jit.anchor(code.addr(), pc, || Self::location(code, pc));
        let a = &mut self.jit.anchors[anchor as usize];
        if a.blacklisted {
            // The penalty has been served (the counter climbed back): try again.
            a.blacklisted = false;
            a.aborts = a.aborts.saturating_sub(1);
        }
        // Find a peer tree whose entry types this frame satisfies.
        let frame = *self.frames.last().expect("frame");
        let base = frame.base as usize;
        let mut chosen = None;
        for (i, t) in self.jit.anchors[anchor as usize].trees.iter().enumerate() {
            if t.disabled {
                continue;
            }
            if t.entry_types.iter().all(|(s, ty)| ty.accepts(self.stack_get(base + *s as usize))) {
                chosen = Some(i);
                break;
            }
        }
        if let Some(ti) = chosen {
            return self.enter_tree(anchor, ti);
        }
        let peers = self.jit.anchors[anchor as usize].trees.len() as u32;
        if peers >= self.jit.config.max_peers || self.jit.service.is_none() {
            self.penalize(code, counter, self.jit.config.blacklist_penalty);
            return false;
        }
        self.start_recording(anchor, code, pc, RecordKind::Trunk, HashMap::new(), Vec::new(), 0, None);
        false
    }

    fn penalize(&mut self, code: Gc<Code>, counter: u32, penalty: u32) {
        if let Some(c) = code.loop_counters().get_mut(counter as usize) {
            *c = (-(penalty.min(i32::MAX as u32) as i32)) as u32;
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn start_recording(
        &mut self,
        anchor: u32,
        code: Gc<Code>,
        pc: u32,
        kind: RecordKind,
        known: HashMap<u32, SlotType>,
        tree_types: Vec<(u32, SlotType)>,
        exit_base: u32,
        nested: Option<recorder::NestedEntry>,
    ) {
        let entry_depth = match kind {
            RecordKind::Trunk => self.frames.len() - 1,
            RecordKind::Branch { .. } => self.jit_branch_entry_depth,
        };
        let demote: Vec<u32> = self.jit.oracle.slots.iter().filter(|(a, _)| *a == anchor).map(|(_, s)| *s).collect();
        let double_insns = self.jit.oracle.insns.clone();
        let mut rec = Recorder::new(self, anchor, code.addr(), pc, entry_depth, kind, exit_base, known, tree_types, demote, double_insns);
        if let Some(n) = nested {
            rec.guard_inner_exit(n);
        }
        self.jit.stats.recordings += 1;
        let what = match kind {
            RecordKind::Trunk => String::from("trunk"),
            RecordKind::Branch { exit, .. } => format!("branch from exit {exit}"),
        };
        let loc = self.jit.anchors[anchor as usize].location.clone();
        self.diag(diag::MINIMAL, &format!("recording {what} at {loc}"));
        self.jit.recording = Some(Box::new(rec));
        self.jit_recording = true;
        self.jit_record_start = self.host.monotonic_ns();
    }

    /// Called before every instruction while recording. Returns `true` when the
    /// step ran native code (a nested tree) and the interpreter must reload.
    pub(crate) fn jit_record_step(&mut self) -> bool {
        let Some(mut rec) = self.jit.recording.take() else {
            self.jit_recording = false;
            return false;
        };
        match rec.step(self) {
            Ok(StepResult::Continue) => self.jit.recording = Some(rec),
            Ok(StepResult::Done) => {
                self.jit_recording = false;
                self.finish_recording(*rec);
            }
            Err(Abort(why)) => {
                self.jit_recording = false;
                self.abort_recording(&rec, &why);
            }
        }
        core::mem::take(&mut self.jit_reload)
    }

    /// Stops a recording (an exception or other event the recorder cannot follow).
    pub(crate) fn jit_abort_if_recording(&mut self, why: &str) {
        if let Some(rec) = self.jit.recording.take() {
            self.jit_recording = false;
            self.abort_recording(&rec, why);
        }
    }

    fn abort_recording(&mut self, rec: &Recorder, why: &str) {
        let t = self.host.monotonic_ns();
        self.jit.stats.time_record_ms += (t.saturating_sub(self.jit_record_start)) as f64 / 1e6;
        Stats::bump(&mut self.jit.stats.aborts, why);
        let loc = {
            let f = self.frames.last();
            f.map(|f| Self::location(f.code, f.pc)).unwrap_or_default()
        };
        self.diag(diag::ABORT, &format!("abort: {why} at {loc}"));
        let anchor = rec.anchor as usize;
        match rec.kind {
            RecordKind::Trunk if rec.retry_soon => {
                // Not the loop's fault (an inner loop is still being compiled):
                // a short back-off, no step towards the blacklist.
                let (code, pc) = (self.jit.anchors[anchor].code, self.jit.anchors[anchor].pc);
                // SAFETY: as below.
                let code: Gc<Code> = unsafe { Gc::from_addr(code) };
                if let Some(counter) = find_counter(code, pc) {
                    self.penalize(code, counter, 2 * self.jit.config.hot_loop);
                }
            }
            RecordKind::Trunk => {
                let cfg = self.jit.config.clone();
                let a = &mut self.jit.anchors[anchor];
                a.aborts += 1;
                let (code, pc) = (a.code, a.pc);
                let blacklist = a.aborts >= cfg.blacklist_after;
                let penalty = if blacklist { cfg.blacklist_penalty } else { 32u32 << a.aborts.min(10) };
                if blacklist {
                    a.blacklisted = true;
                    self.jit.stats.blacklisted += 1;
                    self.diag(diag::ABORT, &format!("blacklisted loop at {}", self.jit.anchors[anchor].location));
                }
                // SAFETY: anchors are keyed by live code cells (kept alive while the
                // recording or the tree refers to them; see `Monitor::for_each_root`).
                let code: Gc<Code> = unsafe { Gc::from_addr(code) };
                if let Some(counter) = find_counter(code, pc) {
                    self.penalize(code, counter, penalty);
                }
            }
            RecordKind::Branch { tree, exit } => {
                if let Some(t) = self.jit.anchors[anchor].trees.get_mut(tree as usize) {
                    if let Some(e) = t.exits.get_mut(exit as usize) {
                        e.dead = true;
                    }
                }
            }
        }
    }

    fn finish_recording(&mut self, rec: Recorder) {
        let t0 = self.host.monotonic_ns();
        self.jit.stats.time_record_ms += (t0.saturating_sub(self.jit_record_start)) as f64 / 1e6;
        let mut lir = rec.w.lir.clone();
        let before = lir.insns.len();
        if self.jit.config.diag & diag::LIR != 0 {
            let t = lir::text::to_text(&lir);
            self.diag(diag::LIR, &format!("LIR before optimization ({before} instructions):\n{t}"));
        }
        lir::opt::optimize(&mut lir);
        let after = lir.insns.len();
        self.jit.stats.lir_before += before as u64;
        self.jit.stats.lir_after += after as u64;
        if self.jit.config.diag & diag::LIR != 0 {
            let t = lir::text::to_text(&lir);
            self.diag(diag::LIR, &format!("LIR after optimization ({after} instructions):\n{t}"));
        }
        let anchor = rec.anchor as usize;
        let loop_target = match rec.kind {
            RecordKind::Trunk => 0,
            RecordKind::Branch { tree, .. } => self.jit.anchors[anchor].trees.get(tree as usize).map_or(0, |t| t.fragments[0].code.loop_top),
        };
        let loc = self.jit.anchors[anchor].location.clone();
        let job = CompileJob { lir: lir.clone(), helpers: self.jit.helpers.clone(), loop_target, name: loc.clone(), exit_base: rec.exit_base };
        let want_listing = self.jit.config.diag & diag::ASM != 0;
        let compiled = match self.jit.service.as_mut() {
            Some(s) => s.compile(&job, want_listing),
            None => Err(String::from("no code service")),
        };
        let t1 = self.host.monotonic_ns();
        self.jit.stats.time_compile_ms += (t1.saturating_sub(t0)) as f64 / 1e6;
        let code = match compiled {
            Ok(c) => c,
            Err(e) => {
                self.abort_recording(&rec, &format!("compile failed: {e}"));
                return;
            }
        };
        if let Some(l) = &code.listing {
            let l = l.clone();
            self.diag(diag::ASM, &format!("code for {loc}:\n{l}"));
        }
        self.jit.stats.code_bytes += code.size as u64;
        for s in &rec.unstable_slots {
            self.jit.oracle.slots.insert((rec.anchor, *s));
        }
        let exits: Vec<TreeExit> = lir
            .exits
            .iter()
            .enumerate()
            .map(|(i, e)| TreeExit { exit: e.clone(), hits: 0, branch: None, dead: false, fragment: 0, local: i as u32, types: rec.exit_types.get(i).cloned().unwrap_or_default() })
            .collect();
        match rec.kind {
            RecordKind::Trunk => {
                self.jit.stats.trees += 1;
                self.diag(diag::MINIMAL, &format!("compiled tree at {loc}: {after} LIR instructions, {} bytes", code.size));
                let tree = Tree {
                    entry_types: rec.entry_types.clone(),
                    max_slot: rec.max_slot,
                    max_inline: rec.max_inline,
                    fragments: alloc::vec![Fragment { code }],
                    exits,
                    keepalive: rec.keepalive.clone(),
                    short_runs: 0,
                    disabled: false,
                };
                self.jit.anchors[anchor].trees.push(tree);
                self.jit.anchors[anchor].aborts = 0;
            }
            RecordKind::Branch { tree, exit } => {
                self.jit.stats.branches += 1;
                self.diag(diag::MINIMAL, &format!("compiled branch for exit {exit} at {loc}: {after} LIR instructions, {} bytes", code.size));
                let Some(t) = self.jit.anchors[anchor].trees.get_mut(tree as usize) else { return };
                let frag_index = t.fragments.len();
                let entry = code.entry;
                t.fragments.push(Fragment { code });
                for mut e in exits {
                    e.fragment = frag_index as u32;
                    t.exits.push(e);
                }
                t.keepalive.extend(rec.keepalive.iter().copied());
                t.max_slot = t.max_slot.max(rec.max_slot);
                t.max_inline = t.max_inline.max(rec.max_inline);
                let (pf, local) = match t.exits.get(exit as usize) {
                    Some(e) => (e.fragment as usize, e.local),
                    None => return,
                };
                if let Some(service) = self.jit.service.as_mut() {
                    let t = &mut self.jit.anchors[anchor].trees[tree as usize];
                    match service.patch_exit(&t.fragments[pf].code, local, entry) {
                        Ok(()) => t.exits[exit as usize].branch = Some(frag_index),
                        Err(_) => t.exits[exit as usize].dead = true,
                    }
                }
            }
        }
    }

    /// Runs tree `ti` of `anchor` from the current frame; returns `true` when it
    /// ran (the interpreter must reload its state).
    fn enter_tree(&mut self, anchor: u32, ti: usize) -> bool {
        self.run_tree(anchor, ti).is_some()
    }

    /// Runs a tree the recorder is about to call from the trace it records (a
    /// nested tree); returns the exit it left through, already applied.
    pub(crate) fn jit_run_nested(&mut self, anchor: u32, ti: usize) -> Option<u32> {
        let exit = self.run_tree(anchor, ti)?;
        self.jit_reload = true;
        Some(exit)
    }

    /// Runs tree `ti` of `anchor` from the current frame and applies the exit it
    /// left through, which it returns (`None` when there was no room to enter).
    fn run_tree(&mut self, anchor: u32, ti: usize) -> Option<u32> {
        let frame = *self.frames.last().expect("frame");
        let base = frame.base as usize;
        let (entry, max_slot, max_inline) = {
            let t = &self.jit.anchors[anchor as usize].trees[ti];
            (t.fragments[0].code.entry, t.max_slot, t.max_inline)
        };
        // Room for every slot an exit may write and every frame it may rebuild.
        if base + max_slot as usize + 64 > self.stack_len() || self.frames.len() + max_inline as usize + 1 >= self.config.max_call_depth {
            return None;
        }
        // Double-typed entry slots holding int32s become doubles.
        let types = self.jit.anchors[anchor as usize].trees[ti].entry_types.clone();
        for (s, t) in &types {
            if *t == SlotType::Double {
                let v = self.stack_get(base + *s as usize);
                if v.is_int() {
                    self.stack_set(base + *s as usize, Value::double(v.as_int_unchecked() as f64));
                }
            }
        }
        self.jit.stats.entries += 1;
        self.jit.nested.clear();
        let entry_depth = self.frames.len() - 1;
        let env = frame.env.map_or(core::ptr::null(), |e| e.as_ptr() as *const crate::interp::Env);
        // SAFETY: `base` is a valid index into the register stack, which does not move.
        let base_ptr = unsafe { self.stack_ptr().add(base) };
        let vm_ptr: *mut Vm = self;
        let interrupt = &*self.interrupt as *const core::sync::atomic::AtomicBool;
        let mut state = TraceState::new(base_ptr, vm_ptr, interrupt, env);
        let t0 = self.host.monotonic_ns();
        // SAFETY: `entry` is the entry point of code compiled by the host's code
        // service for this tree's LIR, with the `TraceFn` ABI; the state points at
        // live VM memory for the duration of the call, and the code does not
        // collect garbage or reenter the VM.
        let exit = unsafe {
            let f: runtime::TraceFn = core::mem::transmute::<usize, runtime::TraceFn>(entry);
            f(&mut state)
        };
        let t1 = self.host.monotonic_ns();
        self.jit.stats.time_native_ms += (t1.saturating_sub(t0)) as f64 / 1e6;
        self.apply_exit(anchor, ti, exit, entry_depth, state.gc_requested != 0);
        Some(exit)
    }

    /// Rebuilds interpreter state after native code left through `exit`.
    fn apply_exit(&mut self, anchor: u32, ti: usize, exit: u32, entry_depth: usize, gc_requested: bool) {
        let base = self.frames[entry_depth].base;
        let (e, kind, hits) = {
            let t = &mut self.jit.anchors[anchor as usize].trees[ti];
            let Some(te) = t.exits.get_mut(exit as usize) else {
                return;
            };
            te.hits += 1;
            (te.exit.clone(), te.exit.kind, te.hits)
        };
        Stats::bump(&mut self.jit.stats.exits, match kind {
            ExitKind::Side => "side",
            ExitKind::LoopExit => "loop",
            ExitKind::Overflow => "overflow",
            ExitKind::Interrupt => "interrupt",
            ExitKind::Unstable => "unstable",
            ExitKind::Nested => "nested",
        });
        if self.jit.config.diag & diag::EXITS != 0 {
            let loc = self.jit.anchors[anchor as usize].location.clone();
            self.diag(diag::EXITS, &format!("exit {exit} ({kind:?}) of tree at {loc} to pc {} (hit {hits})", e.pc));
        }
        // Frames of inlined calls, outermost first.
        let n = e.frames.len();
        self.frames[entry_depth].pc = if n == 0 { e.pc } else { e.frames[0].call_pc };
        let mut top = self.sp;
        for (i, f) in e.frames.iter().enumerate() {
            // SAFETY: the tree keeps the code and environment cells it inlined alive.
            let code: Gc<Code> = unsafe { Gc::from_addr(f.code as usize) };
            let env = if f.env == 0 { None } else { Some(unsafe { Gc::from_addr(f.env as usize) }) };
            let fbase = base + f.base;
            self.frames.push(Frame {
                code,
                pc: if i + 1 < n { e.frames[i + 1].call_pc } else { e.pc },
                base: fbase,
                env,
                env_depth: 0,
                flags: f.flags,
                ret_slot: base + f.ret_slot,
                argc: f.argc,
            });
            top = top.max(fbase as usize + (code.info.register_count as usize).max(2 + f.argc as usize));
        }
        self.sp = top.max(self.frames[entry_depth].base as usize + self.frames[entry_depth].code.info.register_count as usize);
        let mut nested_entry = None;
        if kind == ExitKind::Nested {
            // A nested tree left early: its exit stub wrote its slots; rebuild its
            // frames on top of the loop frame the caller's exit restored.
            if let Some((a, t, x)) = self.jit.nested.pop() {
                let inner_kind = self.jit.anchors[a as usize].trees[t as usize].exits.get(x as usize).map(|e| e.exit.kind);
                self.apply_exit(a, t as usize, x, entry_depth + n, false);
                // A branch from here is valid only after this same inner exit (it
                // starts by checking so); deeper chains are not extended.
                if inner_kind.is_some_and(|k| k != ExitKind::Nested) {
                    let types = self.jit.anchors[anchor as usize].trees[ti].exits[exit as usize].types.clone();
                    nested_entry = Some(recorder::NestedEntry { exit: e.clone(), types, inner_exit: x });
                }
            }
        }
        if gc_requested {
            self.collect_garbage();
        }
        // Thrash detection: exits that cannot grow a branch, over and over.
        let futile = {
            let t = &self.jit.anchors[anchor as usize].trees[ti];
            let te = &t.exits[exit as usize];
            te.dead || kind == ExitKind::Unstable || t.fragments.len() as u32 > self.jit.config.max_branches
        };
        {
            let limit = self.jit.config.thrash_limit;
            let t = &mut self.jit.anchors[anchor as usize].trees[ti];
            if futile {
                t.short_runs += 1;
                if t.short_runs >= limit {
                    t.disabled = true;
                }
            } else {
                t.short_runs = 0;
            }
        }
        // Hot side exits grow branch traces.
        let cfg_hot = self.jit.config.hot_exit;
        // (A loop exit means the loop is done: nothing to extend. No second
        // recording may start while one runs, e.g. for an exit of a tree the
        // recorder called.)
        let extendable = matches!(kind, ExitKind::Side | ExitKind::Overflow | ExitKind::Nested) && !self.jit_recording && self.jit.recording.is_none();
        let (can, exit_base, known, tree_types) = {
            let t = &self.jit.anchors[anchor as usize].trees[ti];
            let te = &t.exits[exit as usize];
            let can = extendable && (kind != ExitKind::Nested || nested_entry.is_some()) && !te.dead && te.branch.is_none() && hits >= cfg_hot && (t.fragments.len() as u32) <= self.jit.config.max_branches && self.jit.service.is_some();
            let mut known: HashMap<u32, SlotType> = t.entry_types.iter().copied().collect();
            for (s, ty) in &te.types {
                known.insert(*s, *ty);
            }
            if kind == ExitKind::Nested {
                // The nested tree wrote its own frame's slots: their types are unknown.
                let floor = te.exit.frames.last().map_or(0, |f| f.base);
                known.retain(|s, _| *s < floor);
            }
            (can, t.exits.len() as u32, known, t.entry_types.clone())
        };
        if kind == ExitKind::Overflow {
            // Remember the instruction that left int32.
            let f = self.frames.last().expect("frame");
            let key = (f.code.addr(), f.pc);
            self.jit.oracle.insns.insert(key);
        }
        if can {
            let (acode, apc) = {
                let a = &self.jit.anchors[anchor as usize];
                (a.code, a.pc)
            };
            // SAFETY: the anchor's code is alive (this tree refers to it).
            let code: Gc<Code> = unsafe { Gc::from_addr(acode) };
            self.jit_branch_entry_depth = entry_depth;
            self.start_recording(anchor, code, apc, RecordKind::Branch { tree: ti as u32, exit }, known, tree_types, exit_base, nested_entry);
        }
    }

    /// Prints the statistics summary (TMFLAGS `stats`).
    pub fn jit_report_stats(&mut self) {
        if self.jit.config.diag & diag::STATS == 0 {
            return;
        }
        let s = self.jit.stats.clone();
        let mut lines = alloc::vec![
            String::from("jit stats:"),
            format!("  recordings {}, trees {}, branches {}, blacklisted {}", s.recordings, s.trees, s.branches, s.blacklisted),
            format!("  native entries {}, nested tree calls recorded {}, LIR {} -> {} instructions, {} code bytes", s.entries, s.nested_calls, s.lir_before, s.lir_after, s.code_bytes),
            format!("  time: record {:.2} ms, compile {:.2} ms, native {:.2} ms", s.time_record_ms, s.time_compile_ms, s.time_native_ms),
        ];
        for (why, n) in &s.aborts {
            lines.push(format!("  abort x{n}: {why}"));
        }
        for (k, n) in &s.exits {
            lines.push(format!("  exits {k}: {n}"));
        }
        for a in &self.jit.anchors {
            for (ti, t) in a.trees.iter().enumerate() {
                let taken: Vec<String> = t.exits.iter().enumerate().filter(|(_, e)| e.hits > 0).map(|(i, e)| format!("{i}:{}", e.hits)).collect();
                lines.push(format!("  tree {} #{ti}: {} fragments, exits taken [{}]", a.location, t.fragments.len(), taken.join(" ")));
            }
        }
        for l in lines {
            self.host.diag(&l);
        }
    }
}

/// The loop counter index of the `LoopHeader` at `pc`.
fn find_counter(code: Gc<Code>, pc: u32) -> Option<u32> {
    let bc = &code.info.bytecode;
    if crate::bytecode::Op::from_byte(*bc.get(pc as usize)?)? != crate::bytecode::Op::LoopHeader {
        return None;
    }
    Some(crate::bytecode::insn::LoopHeader::decode(bc, pc as usize).counter)
}

/// Slot type of a LIR value type (for branch entry knowledge).
pub fn slot_type_of_lir(ty: Ty) -> Option<SlotType> {
    match ty {
        Ty::I32 => Some(SlotType::Int),
        Ty::F64 => Some(SlotType::Double),
        Ty::Bool => Some(SlotType::Bool),
        _ => None,
    }
}
