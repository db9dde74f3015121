//! The passes between recording and code generation, run where the code is
//! generated (on a compiler thread in background mode): peeling a trunk's loop,
//! dead-store and dead-code elimination, and the exit bookkeeping they imply.

use alloc::vec::Vec;

use super::lir::{self, Lir};
use super::monitor::SlotType;
use super::runtime::FragmentJob;
use super::ExitTypes;

/// One way to compile a fragment: optimized LIR with the types at its exits and,
/// for each exit, the first exit that copies the same recorded guard.
pub struct Candidate {
    /// The LIR after the passes.
    pub lir: Lir,
    /// Slot types at each exit.
    pub exit_types: Vec<ExitTypes>,
    /// First copy of each exit's recorded guard.
    pub exit_first_copy: Vec<u32>,
}

/// The ways to compile `job`, best first: a trunk peeled so loop-carried values
/// stay in registers, then the plain trace (used if the peeled one does not
/// compile, for lack of registers).
pub fn candidates(job: &FragmentJob) -> Vec<Candidate> {
    let mut out = Vec::new();
    lir::validate::check(&job.lir, "recording");
    if job.trunk && job.peel {
        if let Some(p) = lir::peel::peel(&job.lir) {
            lir::validate::check(&p.lir, "peeling");
            let exit_types = peeled_exit_types(&p, &job.exit_types, &job.entry_types);
            let first: Vec<u32> = (0..p.exit_origin.len()).map(|i| p.exit_origin.iter().position(|x| *x == p.exit_origin[i]).unwrap_or(i) as u32).collect();
            let mut l = p.lir;
            lir::opt::optimize(&mut l);
            let exit_types = types_of_exit_values(&l, exit_types);
            check_exit_types(&l, &exit_types);
            out.push(Candidate { lir: l, exit_types, exit_first_copy: first });
        }
    }
    let mut l = job.lir.clone();
    lir::opt::optimize(&mut l);
    let n = l.exits.len() as u32;
    let exit_types = types_of_exit_values(&l, job.exit_types.clone());
    check_exit_types(&l, &exit_types);
    out.push(Candidate { lir: l, exit_types, exit_first_copy: (0..n).collect() });
    out
}

/// In debug builds: the exit type maps agree with the values the exits box.
fn check_exit_types(l: &Lir, types: &[ExitTypes]) {
    if cfg!(debug_assertions) {
        if let Err(e) = lir::validate::validate_exit_types(l, types) {
            panic!("exit types disagree with the LIR: {e}\n{}", lir::text::to_text(l));
        }
    }
}

/// The slots an exit writes get the type their value is boxed as (exit stubs box
/// by LIR type), so the types a branch starts with are exactly what is in memory.
fn types_of_exit_values(l: &Lir, mut types: Vec<ExitTypes>) -> Vec<ExitTypes> {
    for (e, t) in l.exits.iter().zip(types.iter_mut()) {
        for (slot, r) in &e.slots {
            let Some(st) = SlotType::of_lir(l.get(*r).ty) else { continue };
            match t.iter_mut().find(|(s, _)| s == slot) {
                Some(x) => x.1 = st,
                None => t.push((*slot, st)),
            }
        }
        t.sort_unstable_by_key(|e| e.0);
    }
    types
}

/// Slot types at the exits of a peeled trunk: those of the exits they copy, plus
/// the boxed loop-carried slots the loop body's exits restore from phis, which
/// keep their entry types. (Typed phis are typed by `types_of_exit_values`.)
fn peeled_exit_types(p: &lir::peel::Peeled, original: &[ExitTypes], entry: &[(u32, SlotType)]) -> Vec<ExitTypes> {
    p.exit_origin
        .iter()
        .zip(&p.lir.exits)
        .map(|(o, e)| {
            let mut t = original.get(*o as usize).cloned().unwrap_or_default();
            for (slot, _) in p.phis.iter().filter(|(_, ty)| SlotType::of_lir(*ty).is_none()) {
                // Only where the exit restores the slot from its phi: a copy of a
                // guard on a value loaded into the slot restores that value, whose
                // type is what the guard checks.
                let from_phi = e.slots.iter().any(|(s, r)| s == slot && p.lir.get(*r).op == lir::LOp::Phi);
                if from_phi && !t.iter().any(|(s, _)| s == slot) {
                    if let Some((_, st)) = entry.iter().find(|(s, _)| s == slot) {
                        t.push((*slot, *st));
                    }
                }
            }
            t.sort_unstable_by_key(|e| e.0);
            t
        })
        .collect()
}
