//! A TraceVis-style record of what the JIT did (`--jit-diag=timeline`), drawn
//! as an SVG picture by [`svg`].
//!
//! The monitor keeps one [`Timeline`] only while the flag is on (otherwise its
//! `Option` is `None` and every hook is one branch). Times come from the host's
//! clock ([`crate::Host::monotonic_ns`]); compile spans on compiler threads come
//! from the code service's log ([`CompileLog`]) on the same clock.
//!
//! Memory is bounded whatever the program does: spans live in [`SpanList`]s
//! that merge neighbours closer than a resolution which doubles whenever a list
//! fills up; markers of the same kind and reason in a row are one marker with a
//! count; rows, compiler threads, jobs and markers have caps, and what a cap
//! dropped is counted and said in the picture.

pub mod svg;

use alloc::string::String;
use alloc::vec::Vec;

use super::monitor::Activity;
use super::runtime::{CompileLog, CompileSpan};

/// Spans kept per script-thread band and per compiler thread.
pub const BAND_SPANS: usize = 2048;
/// Spans kept per tree row (recording, native).
pub const ROW_SPANS: usize = 512;
/// Loops (anchors) with a row; later ones are counted, not drawn.
pub const MAX_ROWS: usize = 200;
/// Compiler threads with a band.
pub const MAX_THREADS: usize = 64;
/// Markers per row (after merging repeats).
pub const ROW_MARKERS: usize = 64;
/// Compile jobs and installs per row.
pub const ROW_JOBS: usize = 128;

/// A stretch of time; merged spans keep how much of it was really busy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// Start (host clock, ns).
    pub start_ns: u64,
    /// End.
    pub end_ns: u64,
    /// Time inside `start..end` actually spent (less than the length once
    /// neighbours were merged).
    pub busy_ns: u64,
    /// Spans merged into this one.
    pub count: u32,
}

/// Spans in time order, at most `cap`: a new span closer than `merge_gap_ns`
/// to the last one extends it, and a full list doubles the gap and merges.
#[derive(Clone, Debug)]
pub struct SpanList {
    spans: Vec<Span>,
    cap: usize,
    merge_gap_ns: u64,
}

impl SpanList {
    /// An empty list keeping at most `cap` spans.
    pub fn new(cap: usize) -> SpanList {
        SpanList { spans: Vec::new(), cap: cap.max(2), merge_gap_ns: 0 }
    }

    /// Adds `start..end` (after every span already in the list).
    pub fn push(&mut self, start_ns: u64, end_ns: u64) {
        let end_ns = end_ns.max(start_ns);
        let gap = self.merge_gap_ns;
        if let Some(last) = self.spans.last_mut().filter(|l| start_ns <= l.end_ns.saturating_add(gap)) {
            last.end_ns = last.end_ns.max(end_ns);
            last.busy_ns += end_ns - start_ns;
            last.count = last.count.saturating_add(1);
            return;
        }
        self.spans.push(Span { start_ns, end_ns, busy_ns: end_ns - start_ns, count: 1 });
        if self.spans.len() > self.cap {
            self.coarsen();
        }
    }

    /// Doubles the merge gap until the list is half full, so pushes stay O(1)
    /// amortized.
    fn coarsen(&mut self) {
        while self.spans.len() > self.cap / 2 {
            self.merge_gap_ns = self.merge_gap_ns.saturating_mul(2).max(1_000);
            let gap = self.merge_gap_ns;
            let mut kept = 0;
            for i in 0..self.spans.len() {
                let s = self.spans[i];
                if kept > 0 && s.start_ns <= self.spans[kept - 1].end_ns.saturating_add(gap) {
                    let last = &mut self.spans[kept - 1];
                    last.end_ns = last.end_ns.max(s.end_ns);
                    last.busy_ns += s.busy_ns;
                    last.count = last.count.saturating_add(s.count);
                } else {
                    self.spans[kept] = s;
                    kept += 1;
                }
            }
            self.spans.truncate(kept);
        }
    }

    /// The spans, in time order.
    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// Neighbours closer than this were merged (0: none were).
    pub fn merge_gap_ns(&self) -> u64 {
        self.merge_gap_ns
    }

    /// Time actually spent, over all spans.
    pub fn busy_ns(&self) -> u64 {
        self.spans.iter().map(|s| s.busy_ns).sum()
    }
}

/// What a marker on a tree row stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// A recording was given up.
    Abort,
    /// A recording was given up but will be retried at once (the loop ended
    /// during the recorded iteration, or an inner tree is still compiling).
    Retry,
    /// The loop was blacklisted (too many aborts, or its tree thrashed).
    Blacklist,
    /// The compiler failed on the tree.
    CompileFailed,
}

/// A marker: one event, or a run of identical ones.
#[derive(Clone, Debug)]
pub struct Marker {
    /// What happened.
    pub kind: MarkKind,
    /// When it first happened.
    pub first_ns: u64,
    /// When it last happened (same as `first_ns` for one event).
    pub last_ns: u64,
    /// Events merged into it.
    pub count: u32,
    /// Why (the tooltip).
    pub reason: String,
}

/// The script thread took a published version in (its exits became known;
/// from here on the loop enters it).
#[derive(Clone, Copy, Debug)]
pub struct Install {
    /// The tree among the anchor's peers.
    pub tree: u32,
    /// The version installed.
    pub version: u32,
    /// When.
    pub at_ns: u64,
}

/// Everything that happened to one loop (anchor) and its trees.
#[derive(Clone, Debug)]
pub struct Row {
    /// Recordings (trunks and branches).
    pub record: SpanList,
    /// Native runs entered at this loop.
    pub native: SpanList,
    /// Compile jobs, at most [`ROW_JOBS`].
    pub jobs: Vec<CompileSpan>,
    /// Installs, at most [`ROW_JOBS`].
    pub installs: Vec<Install>,
    /// Aborts, blacklistings and failures, at most [`ROW_MARKERS`].
    pub markers: Vec<Marker>,
    /// Jobs, installs and markers left out by the caps.
    pub dropped: u64,
    /// Recordings started.
    pub recordings: u32,
}

impl Default for Row {
    fn default() -> Row {
        Row {
            record: SpanList::new(ROW_SPANS),
            native: SpanList::new(ROW_SPANS),
            jobs: Vec::new(),
            installs: Vec::new(),
            markers: Vec::new(),
            dropped: 0,
            recordings: 0,
        }
    }
}

impl Row {
    /// Is there anything to draw?
    pub fn is_empty(&self) -> bool {
        self.recordings == 0 && self.native.spans().is_empty() && self.jobs.is_empty() && self.markers.is_empty()
    }

    fn mark(&mut self, kind: MarkKind, at_ns: u64, reason: String) {
        // The latest marker of this kind, if it says the same.
        if let Some(m) = self.markers.iter_mut().rev().find(|m| m.kind == kind).filter(|m| m.reason == reason) {
            m.last_ns = at_ns;
            m.count = m.count.saturating_add(1);
            return;
        }
        if self.markers.len() < ROW_MARKERS {
            self.markers.push(Marker { kind, first_ns: at_ns, last_ns: at_ns, count: 1, reason });
        } else {
            self.dropped += 1;
        }
    }
}

/// The whole record.
#[derive(Clone, Debug)]
pub struct Timeline {
    /// When the VM started.
    pub start_ns: u64,
    /// The script thread's time, by [`Activity`].
    pub script: [SpanList; 4],
    /// The activity running since when.
    current: (u64, Activity),
    /// Compile spans per compiler thread.
    pub threads: Vec<SpanList>,
    /// One row per anchor (by anchor index), at most [`MAX_ROWS`].
    pub rows: Vec<Row>,
    /// Events of anchors past [`MAX_ROWS`], or of threads past [`MAX_THREADS`].
    pub dropped_events: u64,
    /// Compile spans the code service could not keep.
    pub dropped_jobs: u64,
}

impl Timeline {
    /// An empty record starting at `start_ns`, interpreting.
    pub fn new(start_ns: u64) -> Timeline {
        Timeline {
            start_ns,
            script: core::array::from_fn(|_| SpanList::new(BAND_SPANS)),
            current: (start_ns, Activity::Interpret),
            threads: Vec::new(),
            rows: Vec::new(),
            dropped_events: 0,
            dropped_jobs: 0,
        }
    }

    /// The script thread switches to `a` at `now_ns`.
    pub fn switch(&mut self, now_ns: u64, a: Activity) {
        let (since, was) = self.current;
        if was == a {
            return;
        }
        self.script[was as usize].push(since, now_ns);
        self.current = (now_ns, a);
    }

    /// Script-thread time per activity up to `end_ns` (the running one
    /// included).
    pub fn shares(&self, end_ns: u64) -> [u64; 4] {
        let mut t: [u64; 4] = core::array::from_fn(|i| self.script[i].busy_ns());
        t[self.current.1 as usize] += end_ns.saturating_sub(self.current.0);
        t
    }

    /// The running activity and since when.
    pub fn current(&self) -> (u64, Activity) {
        self.current
    }

    /// The row of `anchor` (None past the cap; the event is counted).
    pub fn row(&mut self, anchor: u32) -> Option<&mut Row> {
        let i = anchor as usize;
        if i >= MAX_ROWS {
            self.dropped_events += 1;
            return None;
        }
        if self.rows.len() <= i {
            self.rows.resize_with(i + 1, Row::default);
        }
        self.rows.get_mut(i)
    }

    /// A recording at `anchor` started.
    pub fn recording_started(&mut self, anchor: u32) {
        if let Some(r) = self.row(anchor) {
            r.recordings = r.recordings.saturating_add(1);
        }
    }

    /// A recording at `anchor` ran from `start_ns` to `end_ns`.
    pub fn recorded(&mut self, anchor: u32, start_ns: u64, end_ns: u64) {
        if let Some(r) = self.row(anchor) {
            r.record.push(start_ns, end_ns);
        }
    }

    /// Native code entered at `anchor` ran from `start_ns` to `end_ns`.
    pub fn ran_native(&mut self, anchor: u32, start_ns: u64, end_ns: u64) {
        if let Some(r) = self.row(anchor) {
            r.native.push(start_ns, end_ns);
        }
    }

    /// Something to mark on `anchor`'s row.
    pub fn mark(&mut self, anchor: u32, kind: MarkKind, at_ns: u64, reason: String) {
        if let Some(r) = self.row(anchor) {
            r.mark(kind, at_ns, reason);
        }
    }

    /// The script thread installed `version` of `tree` at `anchor`.
    pub fn installed(&mut self, anchor: u32, tree: u32, version: u32, at_ns: u64) {
        if let Some(r) = self.row(anchor) {
            if r.installs.len() < ROW_JOBS {
                r.installs.push(Install { tree, version, at_ns });
            } else {
                r.dropped += 1;
            }
        }
    }

    /// Takes in a code service's compile log: each span goes on its thread's
    /// band and on its tree's row.
    pub fn take_log(&mut self, log: CompileLog) {
        self.dropped_jobs += log.dropped;
        for s in log.spans {
            if let Some(th) = s.thread {
                let th = th as usize;
                if th < MAX_THREADS {
                    if self.threads.len() <= th {
                        self.threads.resize_with(th + 1, || SpanList::new(BAND_SPANS));
                    }
                    self.threads[th].push(s.start_ns, s.end_ns);
                } else {
                    self.dropped_events += 1;
                }
            }
            if let Some(r) = self.row(s.anchor) {
                if r.jobs.len() < ROW_JOBS {
                    r.jobs.push(s.clone());
                } else {
                    r.dropped += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_lists_stay_bounded_and_keep_busy_time() {
        let mut l = SpanList::new(16);
        for i in 0..10_000u64 {
            l.push(i * 10_000, i * 10_000 + 3_000);
        }
        assert!(l.spans().len() <= 16);
        assert_eq!(l.busy_ns(), 10_000 * 3_000);
        assert!(l.merge_gap_ns() >= 7_000);
        assert!(l.spans().windows(2).all(|w| w[0].end_ns < w[1].start_ns));
    }

    #[test]
    fn repeated_markers_merge() {
        let mut t = Timeline::new(0);
        for i in 0..1000 {
            t.mark(0, MarkKind::Retry, i, String::from("inner tree compiling"));
        }
        t.mark(0, MarkKind::Abort, 2000, String::from("untraceable native"));
        t.mark(0, MarkKind::Retry, 3000, String::from("inner tree compiling"));
        let r = &t.rows[0];
        assert_eq!(r.markers.len(), 2);
        assert_eq!(r.markers[0].count, 1001);
        assert_eq!(r.markers[0].last_ns, 3000);
        assert!(t.row(MAX_ROWS as u32).is_none());
        assert_eq!(t.dropped_events, 1);
    }

    #[test]
    fn activity_shares_add_up() {
        let mut t = Timeline::new(100);
        t.switch(200, Activity::Record);
        t.switch(250, Activity::Compile);
        t.switch(300, Activity::Native);
        t.switch(400, Activity::Interpret);
        assert_eq!(t.shares(500), [200, 50, 50, 100]);
    }
}
