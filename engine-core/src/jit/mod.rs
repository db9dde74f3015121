//! The tracing JIT: LIR, recording, the trace monitor and exits.
//!
//! The interpreter counts loop-header crossings; a hot loop is recorded by
//! following the interpreter through one iteration while writing typed LIR
//! through the folding and CSE filters; the trace is optimized and handed to the
//! host's [`CodeService`](runtime::CodeService) (machine code is the `targets`
//! crate's job); later crossings enter the native code. Guards leave through exits
//! that restore the interpreter's exact state from exit maps; hot exits grow
//! branch traces; type-unstable loops get peer trees.
//!
//! Where each concept lives:
//! - `types`: the one vocabulary of traced value types (`SlotType`) and its
//!   conversions to LIR types and tags;
//! - `lir`: the instruction table (`lir_ops!`), the writer pipeline, text form,
//!   validator, optimizer and loop peeling;
//! - `recorder`: the recorder, by family (see its module doc);
//! - `runtime`: the `helpers!` table (every helper's function, signature and
//!   effects, once), trace state and the code-service interface; `helpers`: the
//!   helper bodies that need the VM;
//! - `natives`: the builtins the recorder knows, marked on the function objects;
//! - `monitor`: the monitor's state (trees, anchors, oracle, backoff,
//!   blacklisting, deferred branches); this module and `install`: its logic
//!   (counting, recording, entering trees, applying exits); `prepare`/`publish`:
//!   handing a recording to the code service and adopting the compiled result;
//! - `check`: the checking mode (`--jit-check`).

pub mod check;
pub mod helpers;
mod install;
pub mod lir;
pub mod monitor;
pub mod natives;
pub mod prepare;
pub mod publish;
pub mod recorder;
pub mod runtime;
pub mod timeline;
pub mod types;

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use arrayvec::ArrayVec;

use hashbrown::HashMap;

use crate::bytecode::Code;
use crate::gc::Gc;
use crate::interp::{Frame, Vm};
use crate::value::Value;
use lir::{ExitKind, InlineFrame};
use monitor::{diag, PendingBranch, SlotType, Stats};
use recorder::{Abort, RecordKind, Recorder, StepResult};
use runtime::TraceState;

/// Per-exit slot types recorded alongside the exit maps (for branch recording).
pub type ExitTypes = Vec<(u32, SlotType)>;

impl Vm {
    /// Notes an activity change for the timeline (when it is on).
    fn mark(&mut self, a: monitor::Activity) {
        if let Some(tl) = self.jit.timeline.as_deref_mut() {
            tl.switch(self.host.monotonic_ns(), a);
        }
    }

    /// Puts a marker on `anchor`'s timeline row (when the timeline is on; the
    /// reason is only formatted then).
    fn timeline_mark(&mut self, anchor: u32, kind: timeline::MarkKind, reason: impl FnOnce() -> String) {
        if let Some(tl) = self.jit.timeline.as_deref_mut() {
            tl.mark(anchor, kind, self.host.monotonic_ns(), reason());
        }
    }

    /// Takes the code service's compile spans into the timeline.
    fn timeline_take_log(&mut self) {
        if let (Some(tl), Some(svc)) = (self.jit.timeline.as_deref_mut(), self.jit.service.as_mut()) {
            tl.take_log(svc.take_compile_log());
        }
    }

    /// The timeline as an SVG picture (`--jit-diag=timeline`), up to now; `None`
    /// when the flag is off.
    pub fn jit_timeline_svg(&mut self) -> Option<String> {
        self.timeline_take_log();
        let end = self.host.monotonic_ns();
        let tl = self.jit.timeline.as_deref()?;
        let mode = match self.jit.service.as_ref() {
            None if !self.jit.config.enabled => "JIT off",
            None => "no compiler",
            Some(s) if s.is_synchronous() => "compiled on the script thread",
            Some(_) => "compiled in the background",
        };
        let locations: Vec<&str> = self.jit.anchors.iter().map(|a| a.location.as_str()).collect();
        let trees: Vec<usize> = self.jit.anchors.iter().map(|a| a.trees.len()).collect();
        Some(timeline::svg::render(tl, end, &timeline::svg::Labels { mode, locations: &locations, trees: &trees }))
    }

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
        if self.jit.recording.is_some() || self.jit.replay.is_some() {
            return false;
        }
        let anchor = self.jit.anchor(code.addr(), pc, || Self::location(code, pc));
        let a = &mut self.jit.anchors[anchor as usize];
        a.hot_crossings = a.hot_crossings.saturating_add(1);
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
            // Not compiled yet (background mode): keep interpreting meanwhile.
            if !self.adopt(anchor as usize, ti) {
                return false;
            }
            return self.enter_tree(anchor, ti);
        }
        let all = &self.jit.anchors[anchor as usize].trees;
        let peers = all.iter().filter(|t| !t.disabled).count() as u32;
        // (Disabled trees stay, their exits may be in flight; they count too, so
        // a loop that keeps thrashing ends up interpreted.)
        if peers >= self.jit.config.max_peers || all.len() as u32 >= 2 * self.jit.config.max_peers || self.jit.service.is_none() {
            self.penalize(code, counter, self.jit.config.blacklist_penalty);
            return false;
        }
        if let Some((ia, ti)) = self.jit.anchors[anchor as usize].waiting_on {
            // An inner loop's tree is being compiled (background mode): recording
            // now would only stop at it again; interpret until it has code.
            let ready = self.adopt(ia as usize, ti as usize);
            if !ready && !self.jit.anchors[ia as usize].trees[ti as usize].disabled {
                return false;
            }
            self.jit.anchors[anchor as usize].waiting_on = None;
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
            RecordKind::Branch { .. } => self.jit.branch_entry_depth,
        };
        let demote: Vec<u32> = self.jit.oracle.slots.iter().filter(|(a, _)| *a == anchor).map(|(_, s)| *s).collect();
        let double_insns = self.jit.oracle.insns.clone();
        let mut rec = Recorder::new(self, anchor, code.addr(), pc, entry_depth, kind, exit_base, known, tree_types, demote, double_insns);
        if let Some(n) = nested {
            rec.guard_inner_exit(n);
        }
        if matches!(kind, RecordKind::Branch { .. }) {
            rec.first_at = self.frames.last().map(|f| (self.frames.len(), f.pc));
        }
        self.jit.stats.recordings += 1;
        let what = match kind {
            RecordKind::Trunk => String::from("trunk"),
            RecordKind::Branch { exit, .. } => format!("branch from exit {exit}"),
        };
        let loc = self.jit.anchors[anchor as usize].location.clone();
        self.diag(diag::MINIMAL, &format!("recording {what} at {loc}"));
        self.jit.recording = Some(Box::new(rec));
        self.jit.stepping = true;
        self.jit.record_start_ns = self.host.monotonic_ns();
        if let Some(tl) = self.jit.timeline.as_deref_mut() {
            tl.recording_started(anchor);
        }
        self.mark(monitor::Activity::Record);
    }

    /// Called before every instruction while recording. Returns `true` when the
    /// step ran native code (a nested tree) and the interpreter must reload.
    pub(crate) fn jit_record_step(&mut self) -> bool {
        if self.jit.replay.is_some() {
            return self.jit_replay_step();
        }
        let Some(mut rec) = self.jit.recording.take() else {
            self.jit.stepping = false;
            return false;
        };
        match rec.step(self) {
            Ok(StepResult::Continue) => self.jit.recording = Some(rec),
            Ok(StepResult::Done) => {
                self.jit.stepping = false;
                self.finish_recording(*rec);
            }
            Err(Abort(why)) => {
                self.jit.stepping = false;
                self.abort_recording(&rec, &why);
                // The abort may be the recorder giving up on a nested tree that left
                // early through a hot exit: grow that tree now.
                if let Some(b) = self.jit.deferred_branch.take() {
                    self.start_branch(b);
                    if self.jit.recording.is_some() && !self.jit.reload {
                        // The interpreter is about to run the instruction the exit
                        // resumes at: it is the branch's first, record it now. (After
                        // a nested tree ran, the interpreter reloads and comes back
                        // here for that instruction instead.)
                        return self.jit_record_step();
                    }
                }
            }
        }
        self.jit.deferred_branch = None;
        if !self.jit.stepping {
            self.mark(monitor::Activity::Interpret);
        }
        core::mem::take(&mut self.jit.reload)
    }

    /// Stops a recording (an exception or other event the recorder cannot follow).
    pub(crate) fn jit_abort_if_recording(&mut self, why: &str) {
        if self.jit.replay.is_some() {
            self.jit_replay_finish(Some(&format!("the interpreter stopped before reaching the exit ({why})")));
        }
        if let Some(rec) = self.jit.recording.take() {
            self.jit.stepping = false;
            self.abort_recording(&rec, why);
        }
    }

    fn abort_recording(&mut self, rec: &Recorder, why: &str) {
        let t = self.host.monotonic_ns();
        self.jit.stats.time_record_ms += (t.saturating_sub(self.jit.record_start_ns)) as f64 / 1e6;
        Stats::bump(&mut self.jit.stats.aborts, why);
        let loc = {
            let f = self.frames.last();
            f.map(|f| Self::location(f.code, f.pc)).unwrap_or_default()
        };
        self.diag(diag::ABORT, &format!("abort: {why} at {loc}"));
        let anchor = rec.anchor as usize;
        if let Some(tl) = self.jit.timeline.as_deref_mut() {
            tl.recorded(rec.anchor, self.jit.record_start_ns, t);
        }
        match rec.kind {
            RecordKind::Trunk
                if rec.retry_soon
                    && (self.jit.anchors[anchor].soft_aborts < SOFT_ABORT_LIMIT
                        || (rec.waiting_for.is_some() && self.jit.anchors[anchor].compile_waits < COMPILE_WAIT_LIMIT)) =>
            {
                // Not the loop's fault (it ended during the recorded iteration, or an
                // inner loop is not compiled yet): record again at the next crossing.
                self.timeline_mark(rec.anchor, timeline::MarkKind::Retry, || format!("{why} (at {loc})"));
                let a = &mut self.jit.anchors[anchor];
                if rec.waiting_for.is_some() {
                    a.compile_waits += 1;
                    a.waiting_on = rec.waiting_for;
                } else {
                    a.soft_aborts += 1;
                }
                let (code, pc) = (a.code, a.pc);
                // SAFETY: as below.
                let code: Gc<Code> = unsafe { Gc::from_addr(code) };
                if let Some(counter) = find_counter(code, pc) {
                    if let Some(c) = code.loop_counters().get_mut(counter as usize) {
                        *c = self.jit.config.hot_loop.saturating_sub(1);
                    }
                }
            }
            RecordKind::Trunk => {
                self.timeline_mark(rec.anchor, timeline::MarkKind::Abort, || format!("{why} (at {loc})"));
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
                    let n = self.jit.anchors[anchor].aborts;
                    self.timeline_mark(rec.anchor, timeline::MarkKind::Blacklist, || format!("blacklisted after {n} aborts in a row (last: {why}); interpreted for {penalty} crossings"));
                }
                // SAFETY: anchors are keyed by live code cells (kept alive while the
                // recording or the tree refers to them; see `Monitor::for_each_root`).
                let code: Gc<Code> = unsafe { Gc::from_addr(code) };
                if let Some(counter) = find_counter(code, pc) {
                    self.penalize(code, counter, penalty);
                }
            }
            RecordKind::Branch { tree, exit } => {
                self.timeline_mark(rec.anchor, timeline::MarkKind::Abort, || format!("branch of tree #{tree} from exit {exit:#x}: {why} (at {loc})"));
                if let Some(e) = self.jit.anchors[anchor].trees.get_mut(tree as usize).and_then(|t| t.exit_mut(exit)) {
                    e.dead = true;
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
        self.jit.reload = true;
        Some(exit)
    }

    /// Runs tree `ti` of `anchor` from the current frame and applies the exit it
    /// left through, which it returns (`None` when there was no room to enter).
    fn run_tree(&mut self, anchor: u32, ti: usize) -> Option<u32> {
        let frame = *self.frames.last().expect("frame");
        let base = frame.base as usize;
        // Pinned from here until the native code has returned: the collector must
        // not free this version of the code under us (see `publish`).
        let guard = self.jit.local.pin();
        let entry = self.jit.tree_entry(anchor, ti as u32, &guard)?;
        let (max_slot, max_inline) = {
            let t = &self.jit.anchors[anchor as usize].trees[ti];
            (t.max_slot, t.max_inline)
        };
        // Room for every slot an exit may write and every frame it may rebuild.
        if base + max_slot as usize + 64 > self.stack_len() || self.frames.len() + max_inline as usize + 1 >= self.config.max_call_depth {
            return None;
        }
        // Double-typed entry slots holding int32s become doubles.
        let ntypes = self.jit.anchors[anchor as usize].trees[ti].entry_types.len();
        for k in 0..ntypes {
            let (s, t) = self.jit.anchors[anchor as usize].trees[ti].entry_types[k];
            if t == SlotType::Double {
                let v = self.stack_get(base + s as usize);
                if v.is_int() {
                    self.stack_set(base + s as usize, Value::double(v.as_int_unchecked() as f64));
                }
            }
        }
        self.jit.stats.entries += 1;
        self.jit.nested.clear();
        let entry_depth = self.frames.len() - 1;
        // Checking mode: what to put back for the interpreter to replay the run.
        let snapshot = self.jit_check_snapshot(anchor, ti, base, max_slot);
        let sp = self.sp;
        let env = frame.env.map_or(core::ptr::null(), |e| e.as_ptr() as *const crate::interp::Env);
        // SAFETY: `base` is a valid index into the register stack, which does not move.
        let base_ptr = unsafe { self.stack_ptr().add(base) };
        let vm_ptr: *mut Vm = self;
        let interrupt = &*self.interrupt as *const core::sync::atomic::AtomicBool;
        let mut state = TraceState::new(base_ptr, vm_ptr, interrupt, env);
        // SAFETY: `run_tree` checked that `base + max_slot + 64` is inside the stack.
        state.stack_top = unsafe { base_ptr.add(max_slot as usize + 1) };
        let timed = self.jit.config.diag & (diag::STATS | diag::TIMELINE) != 0;
        let t0 = if timed { self.host.monotonic_ns() } else { 0 };
        self.mark(monitor::Activity::Native);
        // SAFETY: `entry` is the entry point of code compiled by the host's code
        // service for this tree's LIR, with the `TraceFn` ABI; the state points at
        // live VM memory for the duration of the call, and the code does not
        // collect garbage or reenter the VM.
        let exit = unsafe {
            let f: runtime::TraceFn = core::mem::transmute::<usize, runtime::TraceFn>(entry);
            f(&mut state)
        };
        if timed {
            let t1 = self.host.monotonic_ns();
            self.jit.stats.time_native_ms += (t1.saturating_sub(t0)) as f64 / 1e6;
            if let Some(tl) = self.jit.timeline.as_deref_mut() {
                tl.ran_native(anchor, t0, t1);
            }
            self.mark(if self.jit.stepping { monitor::Activity::Record } else { monitor::Activity::Interpret });
        }
        drop(guard);
        let gc = state.gc_requested != 0;
        match snapshot {
            // (The collection waits until the entry values are back on the stack.)
            Some(snap) => {
                self.apply_exit(anchor, ti, exit, entry_depth, false);
                self.jit_check_begin_replay(anchor, ti, exit, entry_depth, snap, state.iterations, sp, gc);
            }
            None => self.apply_exit(anchor, ti, exit, entry_depth, gc),
        }
        Some(exit)
    }

    /// Rebuilds interpreter state after native code left through `exit`.
    ///
    /// This runs on every exit, so the common case (no branch to record) does no
    /// allocation: the exit's frames are copied to the native stack.
    fn apply_exit(&mut self, anchor: u32, ti: usize, exit: u32, entry_depth: usize, gc_requested: bool) {
        // The code that ran may be a version published after the monitor last
        // looked (a compiler thread was quick): take its exits in first.
        if self.jit.anchors[anchor as usize].trees[ti].exit(exit).is_none() {
            self.adopt(anchor as usize, ti);
        }
        let base = self.frames[entry_depth].base;
        let mut frames: ArrayVec<InlineFrame, 16> = ArrayVec::new();
        let (pc, kind, hits, fits) = {
            let t = &mut self.jit.anchors[anchor as usize].trees[ti];
            let Some(te) = t.exit_mut(exit) else {
                return;
            };
            te.hits += 1;
            let fits = frames.try_extend_from_slice(&te.exit.frames).is_ok();
            (te.exit.pc, te.exit.kind, te.hits, fits)
        };
        if !fits {
            // Deeper than any inlining limit allows; keep going the slow way.
            let all = self.jit.anchors[anchor as usize].trees[ti].exit(exit).map(|e| e.exit.frames.clone()).unwrap_or_default();
            return self.apply_exit_frames(anchor, ti, exit, entry_depth, gc_requested, pc, kind, hits, &all);
        }
        self.apply_exit_frames(anchor, ti, exit, entry_depth, gc_requested, pc, kind, hits, &frames);
        let _ = base;
    }

    #[allow(clippy::too_many_arguments)]
    fn apply_exit_frames(&mut self, anchor: u32, ti: usize, exit: u32, entry_depth: usize, gc_requested: bool, pc: u32, kind: ExitKind, hits: u32, frames: &[InlineFrame]) {
        let base = self.frames[entry_depth].base;
        self.jit.stats.exits_by_kind[kind as usize] += 1;
        if self.jit.config.diag & diag::EXITS != 0 {
            let loc = self.jit.anchors[anchor as usize].location.clone();
            self.diag(diag::EXITS, &format!("exit {exit} ({kind:?}) of tree at {loc} to pc {pc} (hit {hits})"));
        }
        // Frames of inlined calls, outermost first.
        let n = frames.len();
        self.frames[entry_depth].pc = if n == 0 { pc } else { frames[0].call_pc };
        let mut top = self.sp;
        for (i, f) in frames.iter().enumerate() {
            // SAFETY: the tree keeps the code and environment cells it inlined alive.
            let code: Gc<Code> = unsafe { Gc::from_addr(f.code as usize) };
            let fbase = base + f.base;
            // The callee (register 0 of the frame, restored by the exit) is the
            // closure whose environment the frame runs in.
            let env = self.stack_get(fbase as usize).as_object().and_then(|o| match o.data() {
                crate::object::ObjectData::Function(crate::object::FunctionKind::Closure { env, .. }) => *env,
                _ => None,
            });
            self.frames.push(Frame {
                code,
                pc: if i + 1 < n { frames[i + 1].call_pc } else { pc },
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
        if self.jit.config.check {
            self.jit_check_exit(anchor, ti, exit, base as usize);
        }
        let mut nested_inner = None;
        if kind == ExitKind::Nested {
            // A nested tree left early: its exit stub wrote its slots; rebuild its
            // frames on top of the loop frame the caller's exit restored.
            if let Some((a, t, x)) = self.jit.nested.pop() {
                let inner_kind = self.jit.anchors[a as usize].trees[t as usize].exit(x).map(|e| e.exit.kind);
                self.apply_exit(a, t as usize, x, entry_depth + n, false);
                // A branch from here is valid only after this same inner exit (it
                // starts by checking so); deeper chains are not extended.
                if inner_kind.is_some_and(|k| k != ExitKind::Nested) {
                    nested_inner = Some(self.jit.exit_canon(a, t, x));
                }
            }
        }
        if gc_requested {
            self.collect_garbage();
        }
        // Thrash detection: exits that cannot grow a branch, over and over.
        {
            let limit = self.jit.config.thrash_limit;
            let max_branches = self.jit.config.max_branches;
            let t = &mut self.jit.anchors[anchor as usize].trees[ti];
            let futile = t.exit(exit).is_none_or(|e| e.dead) || kind == ExitKind::Unstable || t.fragments.len() as u32 > max_branches;
            let mut thrashing = false;
            if futile {
                t.short_runs += 1;
                if t.short_runs >= limit && !t.disabled {
                    t.disabled = true;
                    thrashing = true;
                }
            } else {
                t.short_runs = 0;
            }
            if thrashing {
                // A new peer would thrash the same way: interpret the loop for a
                // long while (the penalty decays like a blacklisting).
                let (code, pc) = (self.jit.anchors[anchor as usize].code, self.jit.anchors[anchor as usize].pc);
                self.jit.anchors[anchor as usize].blacklisted = true;
                self.jit.stats.blacklisted += 1;
                // SAFETY: the anchor's code is alive (its trees keep it).
                let code: Gc<Code> = unsafe { Gc::from_addr(code) };
                if let Some(counter) = find_counter(code, pc) {
                    self.penalize(code, counter, self.jit.config.blacklist_penalty);
                }
                let loc = self.jit.anchors[anchor as usize].location.clone();
                self.diag(diag::ABORT, &format!("tree at {loc} thrashes between native code and the interpreter: disabled"));
                self.timeline_mark(anchor, timeline::MarkKind::Blacklist, || format!("tree #{ti} thrashes between native code and the interpreter: disabled, loop blacklisted"));
            }
        }
        if kind == ExitKind::Unstable {
            // The loop edge had other types than the entry: if the oracle now
            // says to keep some int32 entry slot as a double, a peer recorded with
            // that demotion replaces this tree (a double entry also takes ints).
            let t = &self.jit.anchors[anchor as usize].trees[ti];
            let superseded = t.entry_types.iter().any(|(slot, ty)| *ty == SlotType::Int && self.jit.oracle.slots.contains(&(anchor, *slot)));
            if superseded {
                self.jit.anchors[anchor as usize].trees[ti].disabled = true;
            }
        }
        if kind == ExitKind::Overflow {
            // Remember the instruction that left int32.
            let f = self.frames.last().expect("frame");
            let key = (f.code.addr(), f.pc);
            if self.jit.oracle.insns.insert(key) {
                self.jit.stats.oracle_demotions += 1;
            }
        }
        // Hot side exits grow branch traces. (A loop exit means the loop is done:
        // nothing to extend. No second recording may start while one runs, e.g.
        // for an exit of a tree the recorder called.)
        if hits < self.jit.config.hot_exit || !matches!(kind, ExitKind::Side | ExitKind::Overflow | ExitKind::Nested) || self.jit.service.is_none() {
            return;
        }
        let can = {
            let t = &self.jit.anchors[anchor as usize].trees[ti];
            let Some(te) = t.exit(exit) else { return };
            (kind != ExitKind::Nested || nested_inner.is_some()) && !te.dead && te.branch.is_none() && (t.fragments.len() as u32) <= self.jit.config.max_branches
        };
        if !can {
            return;
        }
        let branch = PendingBranch { anchor, tree: ti as u32, exit, entry_depth, inner_exit: nested_inner };
        if let Some(slot) = self.jit.replay_branch.as_mut() {
            // Checking mode: the run is replayed first; the branch starts after.
            *slot = Some(branch);
            return;
        }
        if self.jit.stepping || self.jit.recording.is_some() {
            // A tree the recorder runs (a nested tree) left early: if that aborts
            // the recording, this branch is recorded right after.
            self.jit.deferred_branch = Some(branch);
            return;
        }
        self.start_branch(branch);
    }

    /// Starts recording a branch from exit `exit` of tree `ti`, whose state the
    /// interpreter has just restored.
    pub(crate) fn start_branch(&mut self, b: PendingBranch) {
        let PendingBranch { anchor, tree, exit, entry_depth, inner_exit: nested_inner } = b;
        let ti = tree as usize;
        let Some(kind) = self.jit.anchors[anchor as usize].trees[ti].exit(exit).map(|e| e.exit.kind) else { return };
        let (known, tree_types, exit_base, nested_entry) = {
            let t = &self.jit.anchors[anchor as usize].trees[ti];
            let Some(te) = t.exit(exit) else { return };
            // The exit's type map is complete: it says what the path to the exit
            // left in memory, which need not be the tree's entry types.
            let mut known: HashMap<u32, SlotType> = te.types.iter().copied().collect();
            if kind == ExitKind::Nested {
                // The nested tree wrote its own frame's slots: their types are unknown.
                let floor = te.exit.frames.last().map_or(0, |f| f.base);
                known.retain(|s, _| *s < floor);
            }
            let nested_entry = nested_inner.map(|x| recorder::NestedEntry { exit: te.exit.clone(), types: te.types.clone(), inner_exit: x });
            (known, t.entry_types.clone(), runtime::exit_id(t.fragments.len(), 0), nested_entry)
        };
        let (acode, apc) = {
            let a = &self.jit.anchors[anchor as usize];
            (a.code, a.pc)
        };
        // SAFETY: the anchor's code is alive (this tree refers to it).
        let code: Gc<Code> = unsafe { Gc::from_addr(acode) };
        self.jit.branch_entry_depth = entry_depth;
        self.start_recording(anchor, code, apc, RecordKind::Branch { tree: ti as u32, exit }, known, tree_types, exit_base, nested_entry);
    }

    /// Prints the statistics summary (TMFLAGS `stats`). (The timeline is a
    /// picture: [`Vm::jit_timeline_svg`].)
    pub fn jit_report_stats(&mut self) {
        if self.jit.config.diag & diag::STATS == 0 {
            return;
        }
        if let Some(svc) = self.jit.service.as_ref() {
            self.jit.stats.jobs = svc.counters();
        }
        let s = self.jit.stats.clone();
        let total_ms = self.host.monotonic_ns().saturating_sub(self.jit.start_ns) as f64 / 1e6;
        let interp_ms = (total_ms - s.time_record_ms - s.time_compile_ms - s.time_native_ms).max(0.0);
        let mut lines = alloc::vec![
            String::from("jit stats:"),
            format!("  recordings {}, trees {}, branches {}, blacklisted {}", s.recordings, s.trees, s.branches, s.blacklisted),
            format!("  native entries {}, nested tree calls recorded {}, LIR {} -> {} instructions, {} code bytes compiled (all versions)", s.entries, s.nested_calls, s.lir_before, s.lir_after, s.code_bytes),
            format!(
                "  time: interpret {:.2} ms, record {:.2} ms, compile {:.2} ms, native {:.2} ms (total {:.2} ms)",
                interp_ms, s.time_record_ms, s.time_compile_ms, s.time_native_ms, total_ms
            ),
        ];
        let mut lat = s.install_latency_ns.clone();
        lat.sort_unstable();
        let median = lat.get(lat.len() / 2).copied().unwrap_or(0) as f64 / 1e6;
        let max = lat.last().copied().unwrap_or(0) as f64 / 1e6;
        lines.push(format!(
            "  compile jobs: submitted {}, completed {}, failed {}, superseded {}; install latency median {:.2} ms, max {:.2} ms",
            s.jobs.submitted, s.jobs.completed, s.jobs.failed, s.jobs.superseded, median, max
        ));
        lines.push(format!("  script thread blocked on the compiler {:.2} ms; longest recording {:.3} ms", s.blocked_ns as f64 / 1e6, s.max_record_ns as f64 / 1e6));
        if self.jit.config.check {
            lines.push(format!("  checking mode: {} runs replayed by the interpreter, {} violations", s.replays, s.check_failures));
        }
        for (why, n) in &s.aborts {
            lines.push(format!("  abort x{n}: {why}"));
        }
        for (k, n) in EXIT_KIND_NAMES.iter().zip(s.exits_by_kind.iter()) {
            if *n > 0 {
                lines.push(format!("  exits {k}: {n}"));
            }
        }
        for a in &self.jit.anchors {
            for (ti, t) in a.trees.iter().enumerate() {
                let taken: Vec<String> = t.all_exits().filter(|(_, e)| e.hits > 0).map(|(i, e)| format!("{i:#x}:{}", e.hits)).collect();
                lines.push(format!("  tree {} #{ti}: {} fragments, exits taken [{}]", a.location, t.fragments.len(), taken.join(" ")));
            }
        }
        for l in lines {
            self.host.diag(&l);
        }
    }
}

/// Names of the exit kinds, in `ExitKind` order (stats output).
const EXIT_KIND_NAMES: [&str; 6] = ["side", "loop", "overflow", "interrupt", "unstable", "nested"];

/// Retryable aborts in a row after which they count like any other.
const SOFT_ABORT_LIMIT: u32 = 16;
/// Recordings an anchor may abandon while an inner tree compiles in the
/// background (each costs part of one recorded iteration).
const COMPILE_WAIT_LIMIT: u32 = 1000;

/// The loop counter index of the `LoopHeader` at `pc`.
fn find_counter(code: Gc<Code>, pc: u32) -> Option<u32> {
    let bc = &code.info.bytecode;
    if crate::bytecode::Op::from_byte(*bc.get(pc as usize)?)? != crate::bytecode::Op::LoopHeader {
        return None;
    }
    Some(crate::bytecode::insn::LoopHeader::decode(bc, pc as usize).counter)
}
