//! The compile pipeline shared by every service: fragment jobs through the
//! passes and the backend, fragments linked into one executable block, and the
//! result published into the tree's slot.

use std::sync::Arc;

use engine_core::jit::lir::text::to_text;
use engine_core::jit::prepare;
use engine_core::jit::runtime::{CompileJob, CompileLog, CompileOutcome, CompileSpan, FragmentCode, FragmentJob, FragmentSource, HelperSig, ServiceCounters, TreeCode, TreeJob, TreeSlot};

use crate::clock::now_ns;
use crate::codemem::{disassemble, place, CodeBlock};

/// Compiles one recorded fragment: the passes, then the backend (the peeled trunk
/// first, the plain trace if that does not compile).
pub fn compile_fragment(job: &FragmentJob, helpers: &[HelperSig], name: &str) -> Result<FragmentCode, String> {
    let recorded = job.lir.insns.len() as u32;
    let mut last_err = String::from("nothing to compile");
    for cand in prepare::candidates(job) {
        if cfg!(debug_assertions) {
            if let Err(e) = engine_core::jit::lir::validate::validate(&cand.lir, Some(helpers)) {
                panic!("invalid LIR for {name}: {e}\n{}", to_text(&cand.lir));
            }
        }
        let cj = CompileJob { lir: cand.lir, helpers: helpers.to_vec(), branch: !job.trunk, name: name.to_string(), exit_base: job.exit_base };
        match backend(&cj) {
            Ok(asm) => {
                let lir_text = job.want_lir.then(|| (to_text(&job.lir), to_text(&cj.lir)));
                let size = asm.code.len() as u32;
                return Ok(FragmentCode {
                    code: asm.code,
                    entry: asm.entry,
                    loop_top: asm.loop_top,
                    loop_patch: asm.loop_patch,
                    exit_patch: asm.exit_patch,
                    relocs: asm.relocs,
                    exits: cj.lir.exits.clone(),
                    exit_types: cand.exit_types,
                    exit_first_copy: cand.exit_first_copy,
                    lir_sizes: (recorded, cj.lir.insns.len() as u32),
                    lir_text,
                    size,
                });
            }
            Err(e) => last_err = e,
        }
    }
    Err(last_err)
}

/// The host's backend (`targets::Native`).
fn backend(job: &CompileJob) -> Result<targets::Assembled, String> {
    <targets::Native as targets::Backend>::compile(job)
}

/// What one placed tree keeps alive: its executable block.
struct TreeBlock {
    _block: CodeBlock,
}

/// Compiles the new fragments of `job`, links all of them into one block (exit
/// stubs of extended exits jump straight to their branches, branches jump back
/// to the trunk's loop top) and makes it executable.
pub fn compile_tree(job: &TreeJob) -> Result<TreeCode, String> {
    let t0 = now_ns();
    let mut frags: Vec<Arc<FragmentCode>> = Vec::with_capacity(job.frags.len());
    for f in &job.frags {
        frags.push(match f {
            FragmentSource::Compiled(c) => c.clone(),
            FragmentSource::New(j) => Arc::new(compile_fragment(j, &job.helpers, &job.name)?),
        });
    }
    let Some(trunk) = frags.first() else { return Err(String::from("a tree without a trunk")) };
    let mut offsets = Vec::with_capacity(frags.len());
    let mut bytes = Vec::new();
    for f in &frags {
        // 16-byte aligned fragment starts.
        while bytes.len() % 16 != 0 {
            bytes.extend_from_slice(<targets::Native as targets::Backend>::CODE_PAD);
        }
        offsets.push(bytes.len() as u32);
        bytes.extend_from_slice(&f.code);
    }
    let mut relocs = Vec::new();
    for (f, off) in frags.iter().zip(&offsets) {
        relocs.extend(f.relocs.iter().map(|(at, to)| (at + off, to + off)));
        if let Some(p) = f.loop_patch {
            relocs.push((p + off, offsets[0] + trunk.loop_top));
        }
    }
    for (exit, target) in &job.links {
        let (fi, local) = engine_core::jit::runtime::exit_parts(*exit);
        let (Some(from), Some(to)) = (frags.get(fi), frags.get(*target as usize)) else { return Err(String::from("link to a missing fragment")) };
        let Some(at) = from.exit_patch.get(local) else { return Err(String::from("link from a missing exit")) };
        // Replaces the stub's default target (its own return path).
        relocs.retain(|(a, _)| *a != at + offsets[fi]);
        relocs.push((at + offsets[fi], offsets[*target as usize] + to.entry));
    }
    let block = place(&bytes, &relocs)?;
    let base = block.base() as usize;
    let listing = job.want_listing.then(|| {
        let mut l = String::new();
        for (k, (f, off)) in frags.iter().zip(&offsets).enumerate() {
            l.push_str(&format!("fragment {k}:\n"));
            l.push_str(&disassemble(&bytes[*off as usize..*off as usize + f.code.len()], (base + *off as usize) as u64));
        }
        l
    });
    let size = bytes.len();
    Ok(TreeCode {
        entry: base + offsets[0] as usize + trunk.entry as usize,
        size,
        frags,
        listing,
        compile_ns: now_ns().saturating_sub(t0),
        published_ns: 0,
        handle: Box::new(TreeBlock { _block: block }),
    })
}

/// Where a job runs and what it reports to: the service's counters, its compile
/// log (kept only for jobs that ask, see `TreeJob::timeline`) and the compiler
/// thread (`None`: the thread that submitted or pumped the job).
pub struct JobContext<'a> {
    /// The service's job counters.
    pub counters: &'a std::sync::Mutex<ServiceCounters>,
    /// The service's compile log.
    pub log: &'a std::sync::Mutex<CompileLog>,
    /// The compiler thread's number.
    pub thread: Option<u32>,
}

/// Compiles `job` and publishes it into `slot` unless superseded; counts the
/// outcome (and logs its span when the job asks). A failure (or a panic in the
/// compiler) marks the slot failed.
pub fn run_job(job: &TreeJob, slot: &TreeSlot, collector: &crossbeam_epoch::Collector, cx: &JobContext) {
    let counters = cx.counters;
    let bump = |f: fn(&mut ServiceCounters)| {
        if let Ok(mut c) = counters.lock() {
            f(&mut c);
        }
    };
    if slot.superseded(job.version) {
        bump(|c| c.superseded += 1);
        return;
    }
    let start_ns = job.timeline.map_or(0, |_| now_ns());
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| compile_tree(job)));
    let outcome = match result {
        Ok(Ok(mut code)) => {
            code.published_ns = now_ns();
            let handle = collector.register();
            let guard = handle.pin();
            if slot.publish(job.version, code, &guard) {
                bump(|c| c.completed += 1);
                CompileOutcome::Published
            } else {
                bump(|c| c.superseded += 1);
                CompileOutcome::Superseded
            }
        }
        failure => {
            // Only the newest job's failure matters: an older version failing
            // while a newer one is on its way does not condemn the tree.
            if !slot.superseded(job.version) {
                slot.fail();
            }
            bump(|c| c.failed += 1);
            CompileOutcome::Failed(match failure {
                Ok(Err(why)) => why,
                _ => String::from("the compiler panicked"),
            })
        }
    };
    if let Some((anchor, tree)) = job.timeline {
        let span = CompileSpan { anchor, tree, version: job.version, thread: cx.thread, start_ns, end_ns: now_ns(), outcome };
        if let Ok(mut log) = cx.log.lock() {
            log.push(span);
        }
    }
}

/// Takes what a service's compile log holds, leaving it empty.
pub fn take_log(log: &std::sync::Mutex<CompileLog>) -> CompileLog {
    log.lock().map(|mut l| std::mem::take(&mut *l)).unwrap_or_default()
}
