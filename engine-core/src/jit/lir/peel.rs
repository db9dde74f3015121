//! Loop peeling with copy-substitution (LuaJIT's LOOP optimization).
//!
//! A recorded trunk is one iteration that reloads every slot at its loop top. This
//! pass turns `looptop; BODY; loop` into
//!
//! ```text
//! looptop; BODY (peeled iteration); loophead; phi...; BODY' ; loop
//! ```
//!
//! where `BODY'` is the body written again through the folding and CSE filters
//! with the slots that carry a value from one iteration to the next replaced by
//! phis. Three things follow:
//!
//! - loop-carried values stay in registers: no store, reload, unbox or type check
//!   per iteration;
//! - whatever the peeled iteration already computed from loop-invariant inputs is
//!   found again by CSE, so invariant loads and guards are hoisted out of `BODY'`;
//! - exits in `BODY'` list the phi slots too (their values live only in
//!   registers), so they restore the interpreter exactly.
//!
//! Branch fragments still jump to `looptop` (their slots are in memory), which
//! runs the peeled iteration before entering the steady loop again.
//!
//! Memory loads are only reused across the loop edge when the body stores nothing
//! (a store in iteration k may change what iteration k+1 loads); slot loads of
//! slots the body writes are never reused.

use alloc::vec;
use alloc::vec::Vec;

use super::writer::{Filters, Writer};
use super::{flags, Exit, Insn, LOp, Lir, Ref, Ty, NONE};

/// The result of peeling.
pub struct Peeled {
    /// The new trace.
    pub lir: Lir,
    /// For each exit of the new trace, the exit of the original it copies.
    pub exit_origin: Vec<u32>,
    /// The phis: `(slot, type)`; their slots are added to every exit of the loop
    /// body (the caller extends the exits' type lists with them).
    pub phis: Vec<(u32, Ty)>,
}

/// Most loop-carried values kept in general registers / XMM registers.
const MAX_GPR_PHIS: usize = 5;
const MAX_XMM_PHIS: usize = 8;

/// Peels the trunk `lir` (as recorded, before the other passes). `None` when the
/// trace does not loop, nothing is loop-carried, or it calls a nested tree (which
/// reads the slots from memory).
pub fn peel(lir: &Lir) -> Option<Peeled> {
    let n = lir.insns.len();
    if n < 3 || lir.insns[n - 1].op != LOp::Loop {
        return None;
    }
    let top = lir.insns.iter().position(|i| i.op == LOp::LoopTop)?;
    let body = top + 1..n - 1;
    let mut stores_memory = false;
    for i in &lir.insns[body.clone()] {
        match i.op {
            LOp::Phi | LOp::LoopHead => return None,
            LOp::Call if crate::jit::runtime::helper_touches_slots(i.imm as u32) => return None,
            LOp::Call if crate::jit::runtime::helper_writes_heap(i.imm as u32) => stores_memory = true,
            LOp::St64 | LOp::St32 | LOp::StP => stores_memory = true,
            _ => {}
        }
    }
    // Loop-carried slots: read before written, and written.
    let mut first_read: Vec<u32> = Vec::new();
    let mut written: Vec<u32> = Vec::new();
    let mut last_store: hashbrown::HashMap<u32, Ref> = hashbrown::HashMap::new();
    for i in &lir.insns[body.clone()] {
        match i.op {
            LOp::LdSlot => {
                let s = i.imm as u32;
                if !written.contains(&s) && !first_read.contains(&s) {
                    first_read.push(s);
                }
            }
            LOp::StSlot => {
                let s = i.imm as u32;
                if !written.contains(&s) {
                    written.push(s);
                }
                last_store.insert(s, i.a);
            }
            _ => {}
        }
    }
    // (slot, type, ref of the unboxed value stored last in the original body)
    let mut phis: Vec<(u32, Ty, Ref)> = Vec::new();
    let (mut ng, mut nx) = (0, 0);
    for s in first_read {
        let Some(&v) = last_store.get(&s) else { continue };
        let vi = lir.insns[v as usize];
        let (ty, x) = match vi.op {
            LOp::BoxI => (Ty::I32, vi.a),
            LOp::BoxB => (Ty::Bool, vi.a),
            LOp::BoxD => (Ty::F64, vi.a),
            _ if vi.ty == Ty::Val => (Ty::Val, v),
            _ => continue,
        };
        if ty == Ty::F64 {
            if nx == MAX_XMM_PHIS {
                continue;
            }
            nx += 1;
        } else {
            if ng == MAX_GPR_PHIS {
                continue;
            }
            ng += 1;
        }
        phis.push((s, ty, x));
    }
    if phis.is_empty() {
        return None;
    }
    let is_phi_slot = |s: i64| phis.iter().any(|p| p.0 as i64 == s);

    let mut w = Writer::new(Filters::default());
    let mut exit_origin: Vec<u32> = Vec::new();
    // Everything up to the loop top, unchanged.
    let mut map1 = vec![NONE; n];
    for (k, i) in lir.insns[..=top].iter().enumerate() {
        map1[k] = w.raw(*i);
    }
    // The peeled iteration.
    for k in body.clone() {
        let i = lir.insns[k];
        if i.op == LOp::StSlot && is_phi_slot(i.imm) {
            // The value lives in a register from here on; exits carry it.
            continue;
        }
        map1[k] = copy_insn(&mut w, lir, i, &map1, &mut exit_origin, &[]);
    }
    // The steady loop.
    if stores_memory {
        w.forget_loads();
    }
    for s in &written {
        w.forget_slot(*s as i64);
    }
    w.raw(Insn::new(LOp::LoopHead, NONE, NONE, 0));
    let mut phi_refs: Vec<Ref> = Vec::with_capacity(phis.len());
    for (s, ty, x) in &phis {
        let init = map1[*x as usize];
        if init == NONE {
            return None;
        }
        phi_refs.push(w.raw(Insn { op: LOp::Phi, ty: *ty, a: init, b: NONE, imm: *s as i64 }));
    }
    let carried: Vec<(u32, Ref)> = phis.iter().zip(&phi_refs).map(|(p, r)| (p.0, *r)).collect();
    let mut map2 = vec![NONE; n];
    let mut stored2: Vec<u32> = Vec::new();
    for k in body.clone() {
        let i = lir.insns[k];
        match i.op {
            LOp::LdSlot if is_phi_slot(i.imm) && !stored2.contains(&(i.imm as u32)) => {
                let (idx, _) = carried.iter().enumerate().find(|(_, c)| c.0 as i64 == i.imm)?;
                let (ty, r) = (phis[idx].1, phi_refs[idx]);
                map2[k] = match ty {
                    Ty::I32 => w.op1(LOp::BoxI, r),
                    Ty::Bool => w.op1(LOp::BoxB, r),
                    Ty::F64 => w.op1(LOp::BoxD, r),
                    _ => r,
                };
            }
            LOp::StSlot if is_phi_slot(i.imm) => {
                stored2.push(i.imm as u32);
            }
            _ => {
                // Exits of the loop body also restore the carried slots not yet
                // written in this iteration (from the phis).
                let extra: Vec<(u32, Ref)> = carried.iter().filter(|c| !stored2.contains(&c.0)).copied().collect();
                map2[k] = copy_insn(&mut w, lir, i, &map2, &mut exit_origin, &extra);
            }
        }
    }
    // Close the loop: each phi receives this iteration's final value.
    for ((_, ty, x), p) in phis.iter().zip(&phi_refs) {
        let back = map2[*x as usize];
        if back == NONE || w.lir.insns[back as usize].ty != *ty && *ty != Ty::Val {
            return None;
        }
        w.lir.insns[*p as usize].b = back;
    }
    w.raw(Insn::new(LOp::Loop, NONE, NONE, 0));
    Some(Peeled { lir: w.lir, exit_origin, phis: phis.iter().map(|p| (p.0, p.1)).collect() })
}

/// Writes a copy of `i` (operands through `map`) through the filters; guards get a
/// copy of their exit with `extra` slots added where the map lacks them.
fn copy_insn(w: &mut Writer, lir: &Lir, i: Insn, map: &[Ref], exit_origin: &mut Vec<u32>, extra: &[(u32, Ref)]) -> Ref {
    let m = |r: Ref| if r == NONE { NONE } else { map[r as usize] };
    let mut ni = i;
    if i.op.nargs() >= 1 {
        ni.a = m(i.a);
    }
    if i.op.nargs() >= 2 {
        ni.b = m(i.b);
    }
    if matches!(i.op, LOp::Call | LOp::CallPure) {
        let args: Vec<Ref> = lir.call_args.get(i.a as usize).map(|l| l.iter().map(|r| m(*r)).collect()).unwrap_or_default();
        return w.call(i.imm as u32, i.ty, &args, i.op == LOp::CallPure);
    }
    if i.op.has(flags::GUARD) || i.op == LOp::Exit {
        let Some(e) = lir.exits.get(i.imm as usize) else { return NONE };
        let mut slots: Vec<(u32, Ref)> = e.slots.iter().map(|(s, r)| (*s, m(*r))).collect();
        for (s, r) in extra {
            if !slots.iter().any(|(t, _)| t == s) {
                slots.push((*s, *r));
            }
        }
        slots.sort_unstable_by_key(|e| e.0);
        w.lir.exits.push(Exit { pc: e.pc, frames: e.frames.clone(), slots, kind: e.kind });
        exit_origin.push(i.imm as u32);
        ni.imm = (w.lir.exits.len() - 1) as i64;
    }
    if i.op.has(flags::END) {
        return w.raw(ni);
    }
    w.ins(ni)
}

#[cfg(test)]
mod tests {
    use super::super::text::{parse, to_text};
    use super::*;

    #[test]
    fn carries_an_int_loop_in_phis() {
        let src = "v0: ptr = base\n\
                   v1: ptr = state\n\
                   v2: void = looptop\n\
                   v3: val = ldslot #2\n\
                   v4: i32 = unboxi v3\n\
                   v5: val = ldslot #3\n\
                   v6: i32 = unboxi v5\n\
                   v7: i32 = kint #1\n\
                   v8: i32 = addovi v4, v7 #0\n\
                   v9: val = boxi v8\n\
                   v10: void = stslot v9 #2\n\
                   v11: bool = lti v8, v6\n\
                   v12: void = guardt v11 #1\n\
                   v13: void = loop\n\
                   exit 0: Overflow pc 5 slots [] frames []\n\
                   exit 1: LoopExit pc 9 slots [2=v8] frames []\n";
        let lir = parse(src).unwrap();
        let p = peel(&lir).expect("peels");
        let text = to_text(&p.lir);
        assert_eq!(p.phis, vec![(2, Ty::I32)]);
        assert!(text.contains("loophead"), "{text}");
        assert!(text.contains("phi"), "{text}");
        // The steady loop neither reloads slot 2 nor stores it, and slot 3 is
        // loaded once (loop-invariant).
        let after = text.split("loophead").nth(1).unwrap();
        assert!(!after.contains("ldslot"), "{text}");
        assert!(!after.contains("stslot"), "{text}");
        // The loop body's overflow exit restores slot 2 from the phi.
        assert_eq!(p.exit_origin, vec![0, 1, 0, 1]);
        assert!(p.lir.exits[2].slots.iter().any(|(s, _)| *s == 2), "{text}");
    }

    #[test]
    fn leaves_traces_without_carried_slots_alone() {
        let src = "v0: ptr = base\n\
                   v1: void = looptop\n\
                   v2: val = ldslot #1\n\
                   v3: bool = isint v2\n\
                   v4: void = guardt v3 #0\n\
                   v5: void = loop\n\
                   exit 0: Side pc 0 slots [] frames []\n";
        assert!(peel(&parse(src).unwrap()).is_none());
    }
}
