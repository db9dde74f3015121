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
//! A violation is reported with the tree, the exit and the fragment's LIR, and
//! counted in `Stats::check_failures` (the shell then exits with status 5).

use alloc::format;
use alloc::string::String;

use super::monitor::SlotType;
use crate::interp::Vm;
use crate::value::Value;

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

    /// A recording step found a tracked slot whose interpreter value has another
    /// type than the trace gives it.
    pub(crate) fn jit_check_record_failed(&mut self, anchor: u32, slot: u32, traced: &str, v: Value, pc: u32, lir: String) {
        let loc = self.jit.anchors[anchor as usize].location.clone();
        let what = format!("recording at {loc}, before pc {pc}: slot {slot} is traced as {traced} but the interpreter holds {v:?}\nLIR so far:\n{lir}");
        self.jit_check_failed(&what);
    }
}
