//! Passes over a finished trace: dead slot stores, dead code, renumbering.
//!
//! Exits restore every slot the trace has written from their snapshots, so a slot
//! store only matters if it is the last one before the trace ends; earlier ones are
//! dead wherever exit maps cover them, which they do by construction.

use alloc::vec;
use alloc::vec::Vec;

use super::{flags, LOp, Lir, Ref, NONE};

/// Removes slot stores that a later store of the same slot supersedes before the
/// trace's end. Loads of a slot after its store have been forwarded by the writer;
/// helpers never read slots except a nested tree call, which reads them all, so
/// every store before it stays.
pub fn dead_slot_stores(lir: &mut Lir) -> usize {
    let mut last: hashbrown::HashMap<i64, usize> = hashbrown::HashMap::new();
    let mut dead = Vec::new();
    for (i, ins) in lir.insns.iter().enumerate() {
        match ins.op {
            LOp::StSlot => {
                if let Some(prev) = last.insert(ins.imm, i) {
                    // Stores of `undefined` (the registers of inlined frames) stay:
                    // they are cheap, and otherwise every later exit would have to
                    // write them.
                    let undef = lir.insns[lir.insns[prev].a as usize];
                    if !(undef.op == LOp::KVal && undef.imm as u64 == crate::value::Value::UNDEFINED.0) {
                        dead.push(prev);
                    }
                }
            }
            LOp::LdSlot => {
                // A load after a store reads memory: keep the store.
                last.remove(&ins.imm);
            }
            LOp::Call if crate::jit::runtime::helper_touches_slots(ins.imm as u32) => last.clear(),
            // Exits of the steady loop of a peeled trace rely on the peeled
            // iteration's stores until their own iteration rewrites the slot.
            LOp::LoopHead => last.clear(),
            _ => {}
        }
    }
    let n = dead.len();
    for i in dead {
        // Turn into a no-op that DCE removes.
        lir.insns[i] = super::Insn::new(LOp::KInt, NONE, NONE, 0);
    }
    n
}

/// Drops from each exit map the slots whose current value is already in memory at
/// the guard: the last surviving store to the slot before the guard wrote that
/// same value (boxed). Exit stubs then only write what stores elided, which keeps
/// them small even when deep inlining makes many slots dirty.
pub fn prune_exit_maps(lir: &mut Lir) -> usize {
    let mut stored: hashbrown::HashMap<u32, Ref> = hashbrown::HashMap::new();
    let mut pruned = 0;
    for i in 0..lir.insns.len() {
        let ins = lir.insns[i];
        if ins.op == LOp::StSlot {
            stored.insert(ins.imm as u32, ins.a);
            continue;
        }
        let exit = if ins.op.has(flags::GUARD) || ins.op == LOp::Exit { ins.imm as usize } else { continue };
        let Some(e) = lir.exits.get_mut(exit) else { continue };
        let insns = &lir.insns;
        let before = e.slots.len();
        e.slots.retain(|(slot, v)| {
            let Some(&st) = stored.get(slot) else { return true };
            let boxed_of_v = st == *v || {
                let b = insns[st as usize];
                matches!(b.op, LOp::BoxI | LOp::BoxD | LOp::BoxB) && b.a == *v
            };
            !boxed_of_v
        });
        pruned += before - e.slots.len();
    }
    pruned
}

/// Removes instructions whose results are unused and that have no effect, then
/// renumbers. Returns how many were removed.
pub fn dce(lir: &mut Lir) -> usize {
    let n = lir.insns.len();
    let mut live = vec![false; n];
    let mut work: Vec<Ref> = Vec::new();
    for (i, ins) in lir.insns.iter().enumerate() {
        let root = ins.op.has(flags::GUARD) || ins.op.has(flags::STORE) || ins.op == LOp::Call || ins.op.has(flags::END) || ins.op == LOp::LoopTop || ins.op == LOp::LoopHead;
        if root {
            live[i] = true;
            work.push(i as Ref);
        }
    }
    for e in &lir.exits {
        for (_, r) in &e.slots {
            if !live[*r as usize] {
                live[*r as usize] = true;
                work.push(*r);
            }
        }
    }
    while let Some(r) = work.pop() {
        let ins = lir.insns[r as usize];
        let mut mark = |x: Ref| {
            if x != NONE && !live[x as usize] {
                live[x as usize] = true;
                work.push(x);
            }
        };
        for a in ins.args() {
            mark(a);
        }
        if matches!(ins.op, LOp::Call | LOp::CallPure) {
            if let Some(list) = lir.call_args.get(ins.a as usize) {
                for a in list.clone() {
                    mark(a);
                }
            }
        }
    }
    compact(lir, &live)
}

/// Keeps the live instructions, renumbering every reference.
fn compact(lir: &mut Lir, live: &[bool]) -> usize {
    let mut map = vec![NONE; lir.insns.len()];
    let mut out = Vec::with_capacity(lir.insns.len());
    for (i, ins) in lir.insns.iter().enumerate() {
        if live[i] {
            map[i] = out.len() as Ref;
            out.push(*ins);
        }
    }
    let removed = lir.insns.len() - out.len();
    let remap = |r: Ref| if r == NONE { NONE } else { map[r as usize] };
    for ins in out.iter_mut() {
        if ins.op.nargs() >= 1 {
            ins.a = remap(ins.a);
        }
        if ins.op.nargs() >= 2 {
            ins.b = remap(ins.b);
        }
    }
    for list in lir.call_args.iter_mut() {
        for a in list.iter_mut() {
            *a = remap(*a);
        }
    }
    for e in lir.exits.iter_mut() {
        for (_, r) in e.slots.iter_mut() {
            *r = remap(*r);
        }
    }
    lir.insns = out;
    removed
}

/// The standard pipeline after recording.
pub fn optimize(lir: &mut Lir) -> (usize, usize) {
    let stores = dead_slot_stores(lir);
    super::validate::check(lir, "dead slot stores");
    prune_exit_maps(lir);
    super::validate::check(lir, "exit map pruning");
    let dead = dce(lir);
    super::validate::check(lir, "dead code elimination");
    (stores, dead)
}

#[cfg(test)]
mod tests {
    use super::super::text::{parse, to_text};
    use super::*;

    #[test]
    fn removes_dead_stores_and_code() {
        let src = "v0: val = ldslot #1\n\
                   v1: i32 = unboxi v0\n\
                   v2: i32 = kint #5\n\
                   v3: i32 = addi v1, v2\n\
                   v4: val = boxi v3\n\
                   v5: void = stslot v4 #1\n\
                   v6: i32 = muli v1, v1\n\
                   v7: bool = lti v3, v2\n\
                   v8: void = guardt v7 #0\n\
                   v9: val = boxi v2\n\
                   v10: void = stslot v9 #1\n\
                   v11: void = loop\n\
                   exit 0: Side pc 3 slots [1=v4] frames []\n";
        let mut lir = parse(src).unwrap();
        let (stores, dead) = optimize(&mut lir);
        assert_eq!(stores, 1);
        assert_eq!(dead, 2, "{}", to_text(&lir)); // the dead store's no-op and the unused muli
        let expected = "v0: val = ldslot #1\n\
                        v1: i32 = unboxi v0\n\
                        v2: i32 = kint #5\n\
                        v3: i32 = addi v1, v2\n\
                        v4: val = boxi v3\n\
                        v5: bool = lti v3, v2\n\
                        v6: void = guardt v5 #0\n\
                        v7: val = boxi v2\n\
                        v8: void = stslot v7 #1\n\
                        v9: void = loop\n\
                        exit 0: Side pc 3 slots [1=v4] frames []\n";
        assert_eq!(to_text(&lir), expected);
    }
}
