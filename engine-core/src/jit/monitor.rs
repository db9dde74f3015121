//! The trace monitor: counts, trees, peers, exits, aborts and blacklisting.
//!
//! A loop header is an *anchor* (code, pc). Each anchor owns up to
//! `max_peers` trees, one per entry type map. A tree has a trunk fragment and
//! branch fragments attached to its hot side exits (at most `max_branches`).
//! Aborted recordings back the anchor off by a growing penalty; after
//! `blacklist_after` aborts in a row the anchor is blacklisted, but the penalty is
//! a crossing count, so the loop gets another chance later (penalties decay).

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use hashbrown::{HashMap, HashSet};

use super::lir::Exit;
use alloc::sync::Arc;

use super::runtime::{exit_id, exit_parts, CodeService, FragmentCode, FragmentJob, HelperSig, ServiceCounters, TreeSlot};
use crate::value::Value;

/// JIT configuration.
#[derive(Clone, Debug)]
pub struct JitConfig {
    /// Trace at all?
    pub enabled: bool,
    /// Loop-header crossings before a loop is hot.
    pub hot_loop: u32,
    /// Side-exit hits before the exit gets a branch trace.
    pub hot_exit: u32,
    /// Branch traces per tree.
    pub max_branches: u32,
    /// Peer trees per anchor.
    pub max_peers: u32,
    /// Longest trace, in LIR instructions.
    pub max_trace_len: u32,
    /// Deepest inlined call nesting.
    pub max_inline_depth: u32,
    /// Aborts in a row before an anchor is blacklisted.
    pub blacklist_after: u32,
    /// Crossings a blacklisted anchor waits before it is tried again.
    pub blacklist_penalty: u32,
    /// Exits without progress in a row before a tree is considered thrashing.
    pub thrash_limit: u32,
    /// Peel trunks so loop-carried values stay in registers (see `lir::peel`).
    pub peel: bool,
    /// Diagnostic flags (`flags::*`).
    pub diag: u32,
    /// Checking mode: the JIT checks exits and recordings against the
    /// interpreter's state (see `jit::check`).
    pub check: bool,
}

impl Default for JitConfig {
    fn default() -> Self {
        JitConfig {
            enabled: false,
            hot_loop: 4,
            hot_exit: 2,
            max_branches: 32,
            max_peers: 9,
            max_trace_len: 4000,
            max_inline_depth: 10,
            blacklist_after: 3,
            blacklist_penalty: 1 << 16,
            thrash_limit: 64,
            peel: true,
            diag: 0,
            check: false,
        }
    }
}

/// Diagnostic flags (TMFLAGS-style).
pub mod diag {
    /// Recording start, completion, abort: one line each.
    pub const MINIMAL: u32 = 1;
    /// Abort reasons with file:line.
    pub const ABORT: u32 = 2;
    /// LIR before and after optimization.
    pub const LIR: u32 = 4;
    /// Disassembly of compiled code.
    pub const ASM: u32 = 8;
    /// Every exit taken.
    pub const EXITS: u32 = 16;
    /// Summary statistics at the end.
    pub const STATS: u32 = 32;
    /// A TraceVis-style timeline of interpreting, recording, compiling and native
    /// execution, and of each hot loop (see `jit::timeline`), drawn at the end.
    pub const TIMELINE: u32 = 64;
    /// Parses a comma-separated flag list (`minimal,abort,lir,asm,exits,stats,timeline,full`).
    pub fn parse(s: &str) -> u32 {
        let mut f = 0;
        for w in s.split(',') {
            f |= match w.trim() {
                "minimal" => MINIMAL,
                "abort" => ABORT | MINIMAL,
                "lir" => LIR,
                "asm" => ASM,
                "exits" => EXITS,
                "stats" => STATS,
                // (`timeline=FILE`: where the host writes the picture.)
                "timeline" => TIMELINE,
                w if w.starts_with("timeline=") && w.len() > "timeline=".len() => TIMELINE,
                "full" => MINIMAL | ABORT | LIR | ASM | EXITS | STATS | TIMELINE,
                _ => 0,
            };
        }
        f
    }
}

pub use super::types::SlotType;

/// One exit of a tree: its map (from the compiled fragment) and what the monitor
/// has learned about it.
pub struct TreeExit {
    /// The exit map.
    pub exit: Exit,
    /// Times taken.
    pub hits: u32,
    /// Branch fragment attached to it (recorded; maybe not compiled yet).
    pub branch: Option<usize>,
    /// Recording a branch here failed; do not try again.
    pub dead: bool,
    /// Types of the slots the exit writes.
    pub types: Vec<(u32, SlotType)>,
    /// The exit's identity for callers of the tree: the copies of one guard in a
    /// peeled trunk share it, and so do all plain loop exits at one pc.
    pub canon: u32,
}

/// A fragment of a tree (the trunk or a branch): recorded, then compiled.
pub struct Fragment {
    /// As recorded, until a published version of the tree contains it.
    pub job: Option<Arc<FragmentJob>>,
    /// As compiled (reused by later versions of the tree).
    pub code: Option<Arc<FragmentCode>>,
    /// Its exits, once compiled (indexed by local exit number).
    pub exits: Vec<TreeExit>,
    /// The exit it extends (branches).
    pub parent_exit: Option<u32>,
}

/// A trace tree for one entry type map of an anchor.
pub struct Tree {
    /// Slot types required on entry (slots read before written on the trunk).
    pub entry_types: Vec<(u32, SlotType)>,
    /// Highest slot any exit writes (stack space needed on entry).
    pub max_slot: u32,
    /// Frame depth the exits rebuild beyond the entry frame.
    pub max_inline: u32,
    /// Fragments: index 0 is the trunk.
    pub fragments: Vec<Fragment>,
    /// Where compiled versions of the tree are published.
    pub slot: Arc<TreeSlot>,
    /// The version whose fragments the monitor has taken in.
    pub adopted: u32,
    /// The newest version the script thread has synchronized its instruction
    /// stream for ([`CodeService::sync_before_entry`]) before entering it.
    pub synced: u32,
    /// Host clock when the newest version was requested (latency statistics).
    pub requested_ns: u64,
    /// Heap values the code embeds (shapes, objects, code cells): kept alive.
    pub keepalive: Vec<Value>,
    /// Consecutive runs that left at once (thrash detection).
    pub short_runs: u32,
    /// Disabled after thrashing, superseded, or its compilation failed.
    pub disabled: bool,
    /// Checking mode: every fragment's runs can be undone and replayed (see
    /// `jit::check`).
    pub replayable: bool,
}

impl Tree {
    /// Exit `id` (global number), if its fragment is compiled.
    pub fn exit(&self, id: u32) -> Option<&TreeExit> {
        let (f, l) = exit_parts(id);
        self.fragments.get(f)?.exits.get(l)
    }
    /// Exit `id`, mutable.
    pub fn exit_mut(&mut self, id: u32) -> Option<&mut TreeExit> {
        let (f, l) = exit_parts(id);
        self.fragments.get_mut(f)?.exits.get_mut(l)
    }
    /// All compiled exits with their numbers.
    pub fn all_exits(&self) -> impl Iterator<Item = (u32, &TreeExit)> {
        self.fragments.iter().enumerate().flat_map(|(f, fr)| fr.exits.iter().enumerate().map(move |(l, e)| (exit_id(f, l), e)))
    }
}

/// Per loop header.
pub struct Anchor {
    /// The code cell containing the loop.
    pub code: usize,
    /// The loop header's offset.
    pub pc: u32,
    /// Peer trees.
    pub trees: Vec<Tree>,
    /// Aborts in a row.
    pub aborts: u32,
    /// Retryable aborts in a row (the loop ended while recording, an inner loop
    /// was not compiled yet); many of them blacklist too.
    pub soft_aborts: u32,
    /// Recordings abandoned because an inner loop's tree was still being
    /// compiled (background mode); they wait without counting as aborts, up to
    /// a limit.
    pub compile_waits: u32,
    /// The inner tree (anchor, tree) whose code the last recording waited for:
    /// no new recording starts here until it has code or is disabled.
    pub waiting_on: Option<(u32, u32)>,
    /// Blacklisted (until the penalty has been served).
    pub blacklisted: bool,
    /// File:line for diagnostics.
    pub location: String,
    /// Crossings seen while hot (a measure of how much the loop runs: it orders
    /// compile jobs).
    pub hot_crossings: u32,
}

/// What the VM is doing, for the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Activity {
    /// Running bytecode.
    Interpret = 0,
    /// Recording a trace (the interpreter runs too).
    Record = 1,
    /// Optimizing and compiling a trace.
    Compile = 2,
    /// Running native code.
    Native = 3,
}

/// Slots and instructions that left int32 (so the next recording uses doubles).
#[derive(Default)]
pub struct Oracle {
    /// (anchor index, slot) pairs to type as double at entry.
    pub slots: HashSet<(u32, u32)>,
    /// (code address, pc) of arithmetic instructions to compute in doubles.
    pub insns: HashSet<(usize, u32)>,
}

/// Counters for the stats summary.
#[derive(Default, Clone, Debug)]
pub struct Stats {
    /// Recordings started.
    pub recordings: u64,
    /// Trees (trunks) compiled.
    pub trees: u64,
    /// Branch fragments compiled.
    pub branches: u64,
    /// Aborts by reason.
    pub aborts: Vec<(String, u64)>,
    /// Entries into native code.
    pub entries: u64,
    /// Exits taken, by kind (`ExitKind as usize`).
    pub exits_by_kind: [u64; 6],
    /// Anchors blacklisted.
    pub blacklisted: u64,
    /// Nanoseconds (from the host clock) spent in each phase.
    pub time_interpret_ms: f64,
    /// Time spent recording.
    pub time_record_ms: f64,
    /// Time spent compiling.
    pub time_compile_ms: f64,
    /// Time spent in native code.
    pub time_native_ms: f64,
    /// LIR instructions before / after optimization (sums).
    pub lir_before: u64,
    /// LIR instructions after optimization.
    pub lir_after: u64,
    /// Machine code bytes.
    pub code_bytes: u64,
    /// Nested tree calls recorded.
    pub nested_calls: u64,
    /// Nanoseconds from a loop (or exit) becoming hot to its code being installed,
    /// one sample per installed version.
    pub install_latency_ns: Vec<u64>,
    /// Nanoseconds the script thread spent compiling or waiting for the compiler
    /// (synchronous mode compiles on the script thread).
    pub blocked_ns: u64,
    /// The longest single recording, in nanoseconds (a pause of the script).
    pub max_record_ns: u64,
    /// Job counters of the code service.
    pub jobs: ServiceCounters,
    /// Violations the checking mode found (see `jit::check`).
    pub check_failures: u64,
    /// Slots and instructions the oracle was told to keep as doubles.
    pub oracle_demotions: u64,
    /// Checking mode: native runs replayed by the interpreter.
    pub replays: u64,
}

impl Stats {
    /// Counts one event under `name` in `list`.
    pub fn bump(list: &mut Vec<(String, u64)>, name: &str) {
        match list.iter_mut().find(|(n, _)| n == name) {
            Some((_, c)) => *c += 1,
            None => list.push((String::from(name), 1)),
        }
    }
}

/// A branch to record from an exit, once whatever runs now is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PendingBranch {
    /// The anchor of the tree.
    pub anchor: u32,
    /// The tree among the anchor's peers.
    pub tree: u32,
    /// The exit the branch extends.
    pub exit: u32,
    /// Frame depth of the tree's entry frame.
    pub entry_depth: usize,
    /// For a nested exit: the inner tree's exit the branch is valid after.
    pub inner_exit: Option<u32>,
}

/// The monitor.
pub struct Monitor {
    /// Configuration.
    pub config: JitConfig,
    /// All anchors.
    pub anchors: Vec<Anchor>,
    /// Anchor index by (code address, pc).
    pub anchor_index: HashMap<(usize, u32), u32>,
    /// The demotion oracle.
    pub oracle: Oracle,
    /// Statistics.
    pub stats: Stats,
    /// The machine-code service (None: the host has no JIT backend).
    pub service: Option<Box<dyn CodeService>>,
    /// Helper signatures for compile jobs.
    pub helpers: Arc<Vec<HelperSig>>,
    /// The epoch collector through which compiled code is published and retired.
    pub collector: crossbeam_epoch::Collector,
    /// The script thread's handle on it (pinned while native code runs).
    pub local: crossbeam_epoch::LocalHandle,
    /// The recording in progress.
    pub recording: Option<Box<super::recorder::Recorder>>,
    /// A branch to record once the running recording aborts.
    pub deferred_branch: Option<PendingBranch>,
    /// The interpreter calls the JIT before every instruction (a recording or a
    /// checking replay is in progress).
    pub stepping: bool,
    /// Host clock when the running recording started.
    pub record_start_ns: u64,
    /// Frame depth of the tree a branch being recorded extends.
    pub branch_entry_depth: usize,
    /// Native code ran during a recording step (a nested tree): the interpreter
    /// must reload its state.
    pub reload: bool,
    /// Set while native code calls a builtin: running script code then is refused
    /// (the builtin fails and the trace leaves so the interpreter redoes the call).
    pub no_reentry: u32,
    /// Host clock when the VM started (for the time split and the timeline).
    pub start_ns: u64,
    /// The timeline's record, while `diag::TIMELINE` is on (`None` otherwise,
    /// so the hooks cost one branch).
    pub timeline: Option<Box<super::timeline::Timeline>>,
    /// Exits of nested tree calls that did not return where their caller expects,
    /// innermost first: (anchor, tree, exit). Filled by native code, drained when
    /// the VM applies the outer exit.
    pub nested: Vec<(u32, u32, u32)>,
    /// Checking mode: what native code's stores overwrote, `(address, old bits)`,
    /// so a replay can undo them (see `jit::check`).
    pub check_log: Vec<(usize, u64)>,
    /// Checking mode: the log reached its cap (the run is not replayed).
    pub check_log_full: bool,
    /// Checking mode: the replay in progress.
    pub replay: Option<Box<super::check::Replay>>,
    /// Checking mode: a branch an exit asked for while its run is being checked,
    /// started after the replay (`Some(None)`: capturing, none asked for yet).
    pub replay_branch: Option<Option<PendingBranch>>,
}

impl Monitor {
    /// A monitor with the given configuration and service.
    pub fn new(config: JitConfig, service: Option<Box<dyn CodeService>>) -> Monitor {
        let collector = crossbeam_epoch::Collector::new();
        let timeline = (config.diag & diag::TIMELINE != 0).then(|| Box::new(super::timeline::Timeline::new(0)));
        Monitor {
            config,
            anchors: Vec::new(),
            anchor_index: HashMap::new(),
            oracle: Oracle::default(),
            stats: Stats::default(),
            service,
            helpers: Arc::new(super::runtime::helper_table()),
            collector: collector.clone(),
            local: collector.register(),
            recording: None,
            deferred_branch: None,
            stepping: false,
            record_start_ns: 0,
            branch_entry_depth: 0,
            reload: false,
            no_reentry: 0,
            start_ns: 0,
            timeline,
            nested: Vec::new(),
            check_log: Vec::new(),
            check_log_full: false,
            replay: None,
            replay_branch: None,
        }
    }

    /// The identity of exit `exit` of a tree as seen by a caller (see
    /// [`TreeExit::canon`]).
    pub fn exit_canon(&self, anchor: u32, tree: u32, exit: u32) -> u32 {
        self.anchors.get(anchor as usize).and_then(|a| a.trees.get(tree as usize)).and_then(|t| t.exit(exit)).map_or(exit, |e| e.canon)
    }

    /// Entry point of a tree's published code, for the caller to jump to (it is
    /// pinned, and stays pinned while the code runs).
    ///
    /// This is where the script thread first meets a version a compiler (maybe
    /// on another core) published: the load is Acquire, and before the first
    /// entry of each version the code service synchronizes this thread's
    /// instruction stream ([`CodeService::sync_before_entry`]: an `isb` on
    /// AArch64). It is done here rather than in `adopt`, because both callers
    /// may run a version newer than the one the monitor adopted last.
    pub fn tree_entry(&mut self, anchor: u32, tree: u32, guard: &crossbeam_epoch::Guard) -> Option<usize> {
        let t = self.anchors.get_mut(anchor as usize)?.trees.get_mut(tree as usize)?;
        let v = t.slot.load(guard)?;
        if v.number > t.synced {
            t.synced = v.number;
            if let Some(s) = self.service.as_ref() {
                s.sync_before_entry();
            }
        }
        Some(v.value.entry)
    }

    /// The anchor of a loop header, if it has one.
    pub fn find_anchor(&self, code: usize, pc: u32) -> Option<u32> {
        self.anchor_index.get(&(code, pc)).copied()
    }

    /// The anchor for a loop header, created on first use.
    pub fn anchor(&mut self, code: usize, pc: u32, location: impl FnOnce() -> String) -> u32 {
        if let Some(&i) = self.anchor_index.get(&(code, pc)) {
            return i;
        }
        let i = self.anchors.len() as u32;
        self.anchors.push(Anchor { code, pc, trees: Vec::new(), aborts: 0, soft_aborts: 0, compile_waits: 0, waiting_on: None, blacklisted: false, location: location(), hot_crossings: 0 });
        self.anchor_index.insert((code, pc), i);
        i
    }

    /// Heap values that compiled code refers to (GC roots).
    pub fn for_each_root(&self, mut f: impl FnMut(Value)) {
        for a in &self.anchors {
            for t in &a.trees {
                for v in &t.keepalive {
                    f(*v);
                }
            }
        }
        if let Some(r) = &self.recording {
            r.for_each_root(&mut f);
        }
        if let Some(r) = &self.replay {
            r.for_each_root(&mut f);
        }
    }
}
