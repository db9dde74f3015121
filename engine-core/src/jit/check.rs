//! The JIT's checking mode (`JitConfig::check`, the shell's `--jit-check`): the
//! JIT checks itself while it runs, so a bug points to its cause instead of to a
//! wrong hash hundreds of lines later.
//!
//! - **At every exit** native code takes, each slot in the exit's type map must
//!   hold a value of exactly that type once the exit has written its slots: the
//!   map is what a branch from the exit assumes without checking, and what the
//!   interpreter resumes with.
//! - **At every recorded instruction**, each slot the recorder tracks must hold
//!   a value of the traced type in the interpreter (numbers may differ only in
//!   representation): the recording follows the interpreter, so a difference is
//!   a trace that computes something else than the interpreter does.
//!
//! - **Every run of a tree is replayed by the interpreter** (when it can be
//!   undone: see `Recorder::replayable`). Native code counts its loop edges and
//!   logs the old value of everything it stores to the heap; when it exits, the
//!   VM keeps the state the exit rebuilt, undoes the stores, puts back the
//!   slots as they were on entry, and interprets from the loop header until it
//!   reaches the same point: the same number of loop edges, the same inlined
//!   frames and pc. There every slot the exit restores must hold the same value
//!   in both. The interpreter's state is the one execution goes on
//!   with, so a checked program still prints what the interpreter would.
//!
//! A violation is reported with the tree, the exit and the fragment's LIR, and
//! counted in `Stats::check_failures` (the shell then exits with status 5).

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;


use super::monitor::SlotType;
use crate::interp::Vm;
use crate::value::Value;

/// Store log entries a run may make before it is no longer replayed.
pub const CHECK_LOG_CAP: usize = 1 << 20;
/// Instructions a replay may take to reach the exit before it is reported.
const REPLAY_STEP_LIMIT: u64 = 200_000_000;

/// A replay in progress: the interpreter runs from the loop header towards the
/// point where native code left.
pub struct Replay {
    anchor: u32,
    tree: u32,
    exit: u32,
    entry_depth: usize,
    anchor_code: usize,
    anchor_pc: u32,
    /// Loop edges native code took before it left.
    iterations: u32,
    /// Arrivals at the loop header so far.
    crossings: u32,
    /// The frames at the exit, from the entry frame up: (code, base, pc).
    target: Vec<(usize, u32, u32)>,
    /// The slots to compare and what native code left in them.
    native: Vec<(u32, Value)>,
    steps: u64,
    /// The first difference found at a candidate point (see `jit_replay_step`).
    mismatch: Option<String>,
}

impl Replay {
    /// The values it holds (GC roots while it runs).
    pub fn for_each_root(&self, f: &mut impl FnMut(Value)) {
        for (_, v) in &self.native {
            f(*v);
        }
    }
}

/// The same JS value, allowing what a trace may legitimately change: the
/// representation of a number, and the identity of an object or string the
/// trace allocated itself (the replay allocates its own; same shape or same
/// characters).
fn same_value(a: Value, b: Value) -> bool {
    if a.0 == b.0 {
        return true;
    }
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number_unchecked(), b.as_number_unchecked());
        return (x == y && x.is_sign_negative() == y.is_sign_negative()) || (x.is_nan() && y.is_nan());
    }
    if let (Some(x), Some(y)) = (a.as_string(), b.as_string()) {
        use crate::string::JsString;
        return x.len() == y.len()
            && match (JsString::flat_ref(x), JsString::flat_ref(y)) {
                (Some(x), Some(y)) => x.chars().eq_units(&y.chars()),
                // A rope's characters would need flattening (an allocation):
                // equal lengths will do.
                _ => true,
            };
    }
    if let (Some(x), Some(y)) = (a.as_object(), b.as_object()) {
        return x.class() == y.class() && x.shape().addr() == y.shape().addr();
    }
    false
}

/// Does `v` have exactly type `t` (an int32 is not a double here)?
pub fn has_type(v: Value, t: SlotType) -> bool {
    SlotType::of(v) == Some(t)
}

impl Vm {
    /// Reports a checking-mode violation (always printed, whatever the
    /// diagnostic flags) and counts it.
    pub(crate) fn jit_check_failed(&mut self, what: &str) {
        self.jit.stats.check_failures += 1;
        if self.jit.stats.check_failures <= 20 {
            self.host.diag(&format!("jit check failed: {what}"));
        }
    }

    /// Checks the slots of exit `exit` of tree `ti` against its type map, right
    /// after the exit has been applied (`base` is the entry frame's base).
    pub(crate) fn jit_check_exit(&mut self, anchor: u32, ti: usize, exit: u32, base: usize) {
        let bad = {
            let t = &self.jit.anchors[anchor as usize].trees[ti];
            let Some(te) = t.exit(exit) else { return };
            te.types.iter().find(|(s, ty)| !has_type(self.stack_get(base + *s as usize), *ty)).map(|(s, ty)| (*s, *ty, te.exit.kind, te.exit.pc))
        };
        let Some((slot, ty, kind, pc)) = bad else { return };
        let v = self.stack_get(base + slot as usize);
        let t = &self.jit.anchors[anchor as usize].trees[ti];
        let (frag, _) = super::runtime::exit_parts(exit);
        let lir = t.fragments.get(frag).and_then(|f| f.code.as_ref()).and_then(|c| c.lir_text.as_ref()).map(|(_, after)| after.clone()).unwrap_or_default();
        let loc = self.jit.anchors[anchor as usize].location.clone();
        let what = format!("exit {exit} ({kind:?}, to pc {pc}) of tree #{ti} at {loc}: slot {slot} holds {v:?}, its type map says {ty:?}\nLIR of fragment {frag}:\n{lir}");
        self.jit_check_failed(&what);
    }

    /// Before entering tree `ti` in checking mode: the entry slots to put back
    /// for a replay, if its runs can be replayed.
    pub(crate) fn jit_check_snapshot(&mut self, anchor: u32, ti: usize, base: usize, max_slot: u32) -> Option<Vec<Value>> {
        // (On every tree entry: one flag test when the mode is off.)
        if !self.jit.config.check || self.jit.stepping || self.jit.replay.is_some() || !self.jit.anchors[anchor as usize].trees[ti].replayable {
            return None;
        }
        self.jit.check_log.clear();
        self.jit.check_log_full = false;
        self.jit.replay_branch = Some(None);
        Some((0..=max_slot as usize).map(|s| self.stack_get(base + s)).collect())
    }

    /// After a checked run left through `exit` (already applied): keeps what it
    /// left, undoes it, and starts the interpreter replaying the run.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn jit_check_begin_replay(&mut self, anchor: u32, ti: usize, exit: u32, entry_depth: usize, snapshot: Vec<Value>, iterations: u32, sp: usize, gc: bool) {
        let branch = self.jit.replay_branch.take().flatten();
        let exit_info = self.jit.anchors[anchor as usize].trees[ti].exit(exit).map(|te| {
            // The values the exit writes. (Slots it only types may be dead
            // registers, where native code and the interpreter may leave different
            // things; the exit check above covers their types.)
            te.exit.slots.iter().map(|(s, _)| *s).collect::<Vec<u32>>()
        });
        let (Some(slots), false) = (exit_info, core::mem::take(&mut self.jit.check_log_full)) else {
            // Not replayable after all: go on from the exit.
            self.jit.check_log.clear();
            if gc {
                self.collect_garbage();
            }
            if let Some(b) = branch {
                self.start_branch(b);
            }
            return;
        };
        let base = self.frames[entry_depth].base as usize;
        let native = slots.iter().map(|s| (*s, self.stack_get(base + *s as usize))).collect();
        let target = self.frames[entry_depth..].iter().map(|f| (f.code.addr(), f.base, f.pc)).collect();
        // Undo the run: heap stores newest first, then the slots and frames.
        for (addr, old) in self.jit.check_log.drain(..).rev() {
            // SAFETY: `addr` is a value slot of a live object or environment that
            // the run stored to (logged by `h_check_log` just before the store);
            // nothing has been collected since.
            unsafe { (addr as *mut u64).write(old) };
        }
        for (s, v) in snapshot.into_iter().enumerate() {
            self.stack_set(base + s, v);
        }
        self.frames.truncate(entry_depth + 1);
        let (acode, apc) = (self.jit.anchors[anchor as usize].code, self.jit.anchors[anchor as usize].pc);
        self.frames[entry_depth].pc = apc + crate::bytecode::insn::LoopHeader::SIZE as u32;
        self.sp = sp;
        self.jit.replay = Some(Box::new(Replay { anchor, tree: ti as u32, exit, entry_depth, anchor_code: acode, anchor_pc: apc, iterations, crossings: 0, target, native, steps: 0, mismatch: None }));
        self.jit.replay_branch = Some(branch);
        self.jit.stepping = true;
        if gc {
            self.collect_garbage();
        }
    }

    /// Called before each instruction while a replay runs; returns `true` when
    /// the interpreter must reload (a branch recording ran a nested tree).
    pub(crate) fn jit_replay_step(&mut self) -> bool {
        let depth = self.frames.len();
        let Some(mut r) = self.jit.replay.take() else { return false };
        r.steps += 1;
        let failure = if depth < r.entry_depth + 1 {
            Some(r.mismatch.take().unwrap_or_else(|| String::from("the replay left the loop's frame before reaching the exit")))
        } else {
            let top = self.frames[depth - 1];
            if depth == r.entry_depth + 1 && top.code.addr() == r.anchor_code && top.pc == r.anchor_pc {
                r.crossings += 1;
            }
            let at_target = r.crossings == r.iterations
                && depth == r.entry_depth + r.target.len()
                && self.frames[r.entry_depth..].iter().zip(&r.target).all(|(f, t)| (f.code.addr(), f.base, f.pc) == *t);
            // The exit's position may come round more than once in its iteration
            // (an inner loop revisits its pcs): the state must match at one of
            // them, before the next loop edge.
            if at_target {
                let base = self.frames[r.entry_depth].base as usize;
                let bad = r.native.iter().find(|(s, v)| !same_value(*v, self.stack_get(base + *s as usize))).copied();
                match bad {
                    None => {
                        self.jit.replay = Some(r);
                        return self.jit_replay_finish(None);
                    }
                    Some((slot, nv)) if r.mismatch.is_none() => {
                        r.mismatch = Some(format!("slot {slot} is {nv:?} after native code but {:?} in the interpreter", self.stack_get(base + slot as usize)));
                    }
                    Some(_) => {}
                }
            }
            let passed = r.crossings > r.iterations;
            if passed || r.steps > REPLAY_STEP_LIMIT {
                Some(r.mismatch.take().unwrap_or_else(|| String::from(if passed { "the replay went around the loop more often than native code without reaching its exit" } else { "the replay did not reach the exit" })))
            } else {
                None
            }
        };
        self.jit.replay = Some(r);
        match failure {
            Some(why) => self.jit_replay_finish(Some(&why)),
            None => false,
        }
    }

    /// Ends the replay (reporting `failure`), then starts the branch the exit
    /// asked for, at the instruction about to run.
    pub(crate) fn jit_replay_finish(&mut self, failure: Option<&str>) -> bool {
        let Some(r) = self.jit.replay.take() else { return false };
        self.jit.stepping = self.jit.recording.is_some();
        if let Some(why) = failure {
            let (kind, pc, lir) = {
                let t = &self.jit.anchors[r.anchor as usize].trees[r.tree as usize];
                let (frag, _) = super::runtime::exit_parts(r.exit);
                let lir = t.fragments.get(frag).and_then(|f| f.code.as_ref()).and_then(|c| c.lir_text.as_ref()).map(|(_, after)| after.clone()).unwrap_or_default();
                let e = t.exit(r.exit);
                (e.map(|e| e.exit.kind), e.map_or(0, |e| e.exit.pc), lir)
            };
            let loc = self.jit.anchors[r.anchor as usize].location.clone();
            let what = format!("replay of tree #{} at {loc} to exit {} ({kind:?}, pc {pc}) after {} loop edges: {why}\nLIR:\n{lir}", r.tree, r.exit, r.iterations);
            self.jit_check_failed(&what);
        }
        self.jit.stats.replays += 1;
        if let Some(Some(b)) = self.jit.replay_branch.take() {
            if failure.is_none() && self.jit.recording.is_none() {
                self.start_branch(b);
                if self.jit.recording.is_some() {
                    return self.jit_record_step();
                }
            }
        }
        false
    }

    /// A recording step found a tracked slot whose interpreter value has another
    /// type than the trace gives it.
    pub(crate) fn jit_check_record_failed(&mut self, anchor: u32, slot: u32, traced: &str, v: Value, pc: u32, lir: String) {
        let loc = self.jit.anchors[anchor as usize].location.clone();
        let what = format!("recording at {loc}, before pc {pc}: slot {slot} is traced as {traced} but the interpreter holds {v:?}\nLIR so far:\n{lir}");
        self.jit_check_failed(&what);
    }
}
