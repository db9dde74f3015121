//! From a finished recording to code the script thread can enter: the recorded
//! fragment joins its tree, the tree is handed to the code service as a job, and
//! published versions are taken in (their exits become known) when the script
//! thread next looks.
//!
//! The script thread never waits for the compiler: until a version containing a
//! fragment is published, the loop keeps running in the interpreter (a trunk) or
//! the exit keeps leaving to it (a branch), and neither is recorded again.

use alloc::format;
use alloc::sync::Arc;
use alloc::vec::Vec;

use super::lir::ExitKind;
use super::monitor::{diag, Fragment, Tree, TreeExit};
use super::recorder::{RecordKind, Recorder};
use super::runtime::{exit_id, FragmentJob, FragmentSource, TreeJob, TreeSlot};
use crate::interp::Vm;

impl Vm {
    /// A recording reached its end: add its fragment to the tree and submit the
    /// tree for compilation.
    pub(super) fn finish_recording(&mut self, mut rec: Recorder) {
        rec.complete_exit_types();
        self.mark(super::monitor::Activity::Compile);
        let t0 = self.host.monotonic_ns();
        let rec_ns = t0.saturating_sub(self.jit.record_start_ns);
        if let Some(tl) = self.jit.timeline.as_deref_mut() {
            tl.recorded(rec.anchor, self.jit.record_start_ns, t0);
        }
        self.jit.stats.time_record_ms += rec_ns as f64 / 1e6;
        self.jit.stats.max_record_ns = self.jit.stats.max_record_ns.max(rec_ns);
        for s in &rec.unstable_slots {
            if self.jit.oracle.slots.insert((rec.anchor, *s)) {
                self.jit.stats.oracle_demotions += 1;
            }
        }
        let anchor = rec.anchor as usize;
        // The checking mode reports violations with the fragment's LIR.
        let want_lir = self.jit.config.diag & diag::LIR != 0 || self.jit.config.check;
        let (ti, frag) = match rec.kind {
            RecordKind::Trunk => {
                let job = FragmentJob {
                    lir: rec.w.lir.clone(),
                    exit_types: rec.exit_types.clone(),
                    entry_types: rec.entry_types.clone(),
                    exit_base: exit_id(0, 0),
                    trunk: true,
                    peel: self.jit.config.peel,
                    want_lir,
                };
                let tree = Tree {
                    entry_types: rec.entry_types.clone(),
                    max_slot: rec.max_slot,
                    max_inline: rec.max_inline,
                    fragments: alloc::vec![Fragment { job: Some(Arc::new(job)), code: None, exits: Vec::new(), parent_exit: None }],
                    slot: Arc::new(TreeSlot::new()),
                    adopted: 0,
                    synced: 0,
                    requested_ns: self.jit.record_start_ns,
                    keepalive: rec.keepalive.clone(),
                    short_runs: 0,
                    disabled: false,
                    replayable: rec.replayable(),
                };
                let a = &mut self.jit.anchors[anchor];
                a.trees.push(tree);
                a.aborts = 0;
                a.soft_aborts = 0;
                self.jit.stats.trees += 1;
                (a.trees.len() - 1, 0)
            }
            RecordKind::Branch { tree, exit } => {
                let Some(t) = self.jit.anchors[anchor].trees.get_mut(tree as usize) else { return };
                let frag = t.fragments.len();
                let job = FragmentJob {
                    lir: rec.w.lir.clone(),
                    exit_types: rec.exit_types.clone(),
                    entry_types: t.entry_types.clone(),
                    exit_base: exit_id(frag, 0),
                    trunk: false,
                    peel: false,
                    want_lir,
                };
                t.fragments.push(Fragment { job: Some(Arc::new(job)), code: None, exits: Vec::new(), parent_exit: Some(exit) });
                if let Some(e) = t.exit_mut(exit) {
                    e.branch = Some(frag);
                }
                t.keepalive.extend(rec.keepalive.iter().copied());
                t.replayable &= rec.replayable();
                t.max_slot = t.max_slot.max(rec.max_slot);
                t.max_inline = t.max_inline.max(rec.max_inline);
                t.requested_ns = self.jit.record_start_ns;
                self.jit.stats.branches += 1;
                (tree as usize, frag)
            }
        };
        let what = if frag == 0 { alloc::string::String::from("tree") } else { format!("branch {frag}") };
        let loc = self.jit.anchors[anchor].location.clone();
        self.diag(diag::MINIMAL, &format!("recorded {what} at {loc}: {} LIR instructions", rec.w.lir.insns.len()));
        self.submit_tree(anchor, ti);
        let t1 = self.host.monotonic_ns();
        if self.jit.service.as_ref().is_some_and(|s| s.is_synchronous()) {
            self.jit.stats.blocked_ns += t1.saturating_sub(t0);
        }
        self.jit.stats.time_compile_ms += t1.saturating_sub(t0) as f64 / 1e6;
        // A synchronous service has published already: take it in now.
        self.adopt(anchor, ti);
    }

    /// Hands the whole tree (compiled fragments reused) to the code service.
    fn submit_tree(&mut self, anchor: usize, ti: usize) {
        let want_listing = self.jit.config.diag & diag::ASM != 0;
        let loc = self.jit.anchors[anchor].location.clone();
        let t = &self.jit.anchors[anchor].trees[ti];
        let mut frags = Vec::with_capacity(t.fragments.len());
        let mut links = Vec::new();
        for (k, f) in t.fragments.iter().enumerate() {
            match (&f.code, &f.job) {
                (Some(c), _) => frags.push(FragmentSource::Compiled(c.clone())),
                (None, Some(j)) => frags.push(FragmentSource::New(j.clone())),
                (None, None) => return,
            }
            if let Some(e) = f.parent_exit {
                links.push((e, k as u32));
            }
        }
        let version = t.slot.request();
        let timeline = self.jit.timeline.is_some().then_some((anchor as u32, ti as u32));
        let job = TreeJob { frags, links, helpers: self.jit.helpers.clone(), version, name: loc, want_listing, hot_ns: t.requested_ns, timeline };
        let slot = t.slot.clone();
        // Hotter loops first: crossings while hot, plus the hits of the exits
        // that grew branches.
        let exit_hits: u32 = t.all_exits().filter(|(_, e)| e.branch.is_some()).map(|(_, e)| e.hits).sum();
        let priority = self.jit.anchors[anchor].hot_crossings.saturating_add(exit_hits).max(1);
        let collector = self.jit.collector.clone();
        if let Some(s) = self.jit.service.as_mut() {
            s.submit(job, slot, &collector, priority);
            self.jit.stats.jobs = s.counters();
        }
    }

    /// Takes in the newest published version of a tree: fragments compiled in it
    /// get their exits. Returns whether the tree has code to run. A failed
    /// compilation disables the tree.
    pub(crate) fn adopt(&mut self, anchor: usize, ti: usize) -> bool {
        let guard = self.jit.local.pin();
        let (newest, failed) = {
            let t = &self.jit.anchors[anchor].trees[ti];
            (t.slot.load(&guard).map(|v| (v.number, v.value.frags.clone(), v.value.published_ns, v.value.size, v.value.listing.clone())), t.slot.failed())
        };
        drop(guard);
        let Some((number, frags, published_ns, size, listing)) = newest else {
            if failed && !self.jit.anchors[anchor].trees[ti].disabled {
                self.timeline_take_log();
                let failure = self.jit.timeline.as_deref().and_then(|tl| tl.rows.get(anchor)).and_then(|r| {
                    r.jobs.iter().rev().find(|j| j.tree == ti as u32).and_then(|j| match &j.outcome {
                        super::runtime::CompileOutcome::Failed(why) => Some(why.clone()),
                        _ => None,
                    })
                });
                self.timeline_mark(anchor as u32, super::timeline::MarkKind::CompileFailed, || format!("compilation of tree #{ti} failed: {}", failure.unwrap_or_default()));
                self.jit.anchors[anchor].trees[ti].disabled = true;
                let loc = self.jit.anchors[anchor].location.clone();
                self.diag(diag::ABORT, &format!("abort: compilation failed for the tree at {loc}"));
                super::monitor::Stats::bump(&mut self.jit.stats.aborts, "compilation failed");
            }
            return false;
        };
        if number <= self.jit.anchors[anchor].trees[ti].adopted {
            return true;
        }
        let loc = self.jit.anchors[anchor].location.clone();
        if self.jit.timeline.is_some() {
            self.timeline_take_log();
            let now = self.host.monotonic_ns();
            if let Some(tl) = self.jit.timeline.as_deref_mut() {
                tl.installed(anchor as u32, ti as u32, number, now);
            }
        }
        let requested = self.jit.anchors[anchor].trees[ti].requested_ns;
        self.jit.stats.install_latency_ns.push(published_ns.saturating_sub(requested));
        self.jit.stats.code_bytes += size as u64;
        for (k, code) in frags.iter().enumerate() {
            if self.jit.anchors[anchor].trees[ti].fragments.get(k).is_none_or(|f| f.code.is_some()) {
                continue;
            }
            // Loop exits at one pc share an identity across fragments.
            let known_loop_exits: Vec<(u32, u32)> = self.jit.anchors[anchor].trees[ti]
                .all_exits()
                .filter(|(_, e)| e.exit.kind == ExitKind::LoopExit && e.exit.frames.is_empty())
                .map(|(_, e)| (e.exit.pc, e.canon))
                .collect();
            let mut exits: Vec<TreeExit> = Vec::with_capacity(code.exits.len());
            for (l, e) in code.exits.iter().enumerate() {
                let own = exit_id(k, code.exit_first_copy.get(l).copied().unwrap_or(l as u32) as usize);
                let canon = if e.kind == ExitKind::LoopExit && e.frames.is_empty() {
                    known_loop_exits
                        .iter()
                        .find(|(pc, _)| *pc == e.pc)
                        .map(|(_, c)| *c)
                        .or_else(|| exits.iter().find(|x| x.exit.kind == ExitKind::LoopExit && x.exit.frames.is_empty() && x.exit.pc == e.pc).map(|x| x.canon))
                        .unwrap_or(own)
                } else {
                    own
                };
                exits.push(TreeExit { exit: e.clone(), hits: 0, branch: None, dead: false, types: code.exit_types.get(l).cloned().unwrap_or_default(), canon });
            }
            // Branches recorded for exits of this fragment before it was compiled.
            let t = &mut self.jit.anchors[anchor].trees[ti];
            for (j, f) in t.fragments.iter().enumerate() {
                if let Some(p) = f.parent_exit {
                    let (pf, pl) = super::runtime::exit_parts(p);
                    if pf == k {
                        if let Some(e) = exits.get_mut(pl) {
                            e.branch = Some(j);
                        }
                    }
                }
            }
            let f = &mut t.fragments[k];
            f.code = Some(code.clone());
            f.job = None;
            f.exits = exits;
            let (before, after) = code.lir_sizes;
            self.jit.stats.lir_before += before as u64;
            self.jit.stats.lir_after += after as u64;
            let what = if k == 0 { alloc::string::String::from("tree") } else { format!("branch {k}") };
            self.diag(diag::MINIMAL, &format!("compiled {what} at {loc}: {after} LIR instructions, {} bytes", code.size));
            if let Some((b, a)) = &code.lir_text {
                let (b, a) = (b.clone(), a.clone());
                self.diag(diag::LIR, &format!("LIR of {what} at {loc} as recorded ({before} instructions):\n{b}"));
                self.diag(diag::LIR, &format!("LIR of {what} at {loc} after optimization ({after} instructions):\n{a}"));
            }
        }
        self.jit.anchors[anchor].trees[ti].adopted = number;
        if let Some(l) = listing {
            self.diag(diag::ASM, &format!("code for {loc} (version {number}):\n{l}"));
        }
        true
    }

    /// Runs the code service's queued compilations here (hosts without compiler
    /// threads); returns how many ran.
    pub fn jit_run_pending_compiles(&mut self, budget: usize) -> usize {
        let n = self.jit.service.as_mut().map_or(0, |s| s.run_pending(budget));
        if let Some(s) = self.jit.service.as_ref() {
            self.jit.stats.jobs = s.counters();
        }
        n
    }
}
