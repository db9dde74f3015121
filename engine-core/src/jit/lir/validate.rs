//! The LIR validator (nanojit's `ValidateWriter`, run over a whole trace): every
//! operand is defined before it is used and has a type its opcode accepts,
//! guards carry exits, exit maps restore only values defined before their guard
//! and of a type an exit stub can box, helper calls match their signatures, and
//! the trace ends once.
//!
//! Debug builds run it after recording and after every pass ([`check`]); the
//! first violation names the instruction, and the panic carries the LIR text.

use alloc::format;
use alloc::string::String;

use super::{flags, LOp, Lir, Ref, Ty, NONE};

/// Types an operand may have.
#[derive(Clone, Copy)]
enum Want {
    /// An int32 or a boolean (booleans are 0/1 in a 32-bit register).
    Int,
    /// Exactly this type.
    Is(Ty),
    /// 64 bits: a boxed value or a pointer.
    Wide,
    /// Anything with a value.
    Any,
}

impl Want {
    fn accepts(self, t: Ty) -> bool {
        match self {
            Want::Int => matches!(t, Ty::I32 | Ty::Bool),
            Want::Is(x) => t == x,
            Want::Wide => matches!(t, Ty::Val | Ty::Ptr),
            Want::Any => t != Ty::Void,
        }
    }
}

/// What each opcode wants of its operands `a` and `b`.
fn operand_types(op: LOp) -> (Want, Want) {
    use LOp::*;
    use Want::*;
    match op {
        AddI | SubI | MulI | AndI | OrI | XorI | ShlI | SarI | ShrI | AddOvI | SubOvI | MulOvI | ModI | EqI | NeI | LtI | GeI | LeI | GtI | LtU | GeU => (Int, Int),
        NegI | NotI | I2D | U2D => (Int, Any),
        AddD | SubD | MulD | DivD | EqD | NeD | LtD | LeD | GtD | GeD => (Is(Ty::F64), Is(Ty::F64)),
        NegD | AbsD | SqrtD | FloorD | CeilD | D2IX | D2I32 | BoxD => (Is(Ty::F64), Any),
        UnboxI | UnboxD | UnboxP | IsInt | IsDbl | IsNum | IsTag | StSlot => (Is(Ty::Val), Any),
        BoxI => (Is(Ty::I32), Any),
        BoxB | NotB | GuardT | GuardF => (Is(Ty::Bool), Any),
        BoxP | Ld64 | Ld32 | Ld16 | Ld8 | LdFlag | LdP => (Is(Ty::Ptr), Any),
        St64 => (Is(Ty::Ptr), Wide),
        St32 => (Is(Ty::Ptr), Int),
        StP => (Is(Ty::Ptr), Is(Ty::Ptr)),
        Lea8 | Ld8I | Ld16I => (Is(Ty::Ptr), Is(Ty::I32)),
        EqP | NeP => (Wide, Wide),
        _ => (Any, Any),
    }
}

/// Validates `lir`; `helpers` (when given) are the helper signatures calls must
/// match. Returns the first violation.
pub fn validate(lir: &Lir, helpers: Option<&[crate::jit::runtime::HelperSig]>) -> Result<(), String> {
    let n = lir.insns.len();
    let ty_of = |r: Ref| lir.insns.get(r as usize).map(|i| i.ty);
    for (i, ins) in lir.insns.iter().enumerate() {
        let at = |what: &str| format!("v{i} ({}): {what}", ins.op.text());
        let (wa, wb) = operand_types(ins.op);
        for (k, (r, want)) in [(ins.a, wa), (ins.b, wb)].into_iter().take(ins.op.nargs() as usize).enumerate() {
            // A phi's second operand comes from the loop edge, later in the trace.
            let forward_ok = ins.op == LOp::Phi && k == 1;
            if r == NONE || r as usize >= n || (r as usize >= i && !forward_ok) {
                return Err(at(&format!("operand {k} is v{r}, not defined before use")));
            }
            let t = ty_of(r).unwrap_or(Ty::Void);
            let want = if ins.op == LOp::Phi { Want::Is(ins.ty) } else { want };
            if !want.accepts(t) {
                return Err(at(&format!("operand {k} v{r} has type {}", t.name())));
            }
        }
        if matches!(ins.op, LOp::Call | LOp::CallPure) {
            let Some(args) = lir.call_args.get(ins.a as usize) else { return Err(at("call without an argument list")) };
            for a in args {
                if *a as usize >= i {
                    return Err(at(&format!("call argument v{a} not defined before the call")));
                }
            }
            if let Some(sig) = helpers.and_then(|h| h.get(ins.imm as usize)) {
                if sig.args.len() != args.len() {
                    return Err(at(&format!("helper {} takes {} arguments, given {}", ins.imm, sig.args.len(), args.len())));
                }
                for (a, t) in args.iter().zip(&sig.args) {
                    let got = ty_of(*a).unwrap_or(Ty::Void);
                    let fits = got == *t || (matches!(t, Ty::I32) && got == Ty::Bool) || (matches!(t, Ty::Val | Ty::Ptr) && matches!(got, Ty::Val | Ty::Ptr));
                    if !fits {
                        return Err(at(&format!("helper {} argument v{a} is {}, wants {}", ins.imm, got.name(), t.name())));
                    }
                }
                let ret_fits = sig.ret == ins.ty || (sig.ret == Ty::I32 && ins.ty == Ty::Bool) || (matches!(sig.ret, Ty::Val | Ty::Ptr) && matches!(ins.ty, Ty::Val | Ty::Ptr));
                if !ret_fits {
                    return Err(at(&format!("helper {} returns {}, used as {}", ins.imm, sig.ret.name(), ins.ty.name())));
                }
            }
        }
        let uses_exit = ins.op.has(flags::GUARD) || ins.op == LOp::Exit;
        if uses_exit {
            let Some(e) = lir.exits.get(ins.imm as usize) else { return Err(at(&format!("exit #{} does not exist", ins.imm))) };
            for (slot, r) in &e.slots {
                if *r as usize >= i {
                    return Err(at(&format!("exit #{} restores slot {slot} from v{r}, not defined before the guard", ins.imm)));
                }
                let t = ty_of(*r).unwrap_or(Ty::Void);
                if !matches!(t, Ty::Val | Ty::I32 | Ty::F64 | Ty::Bool) {
                    return Err(at(&format!("exit #{} restores slot {slot} from v{r} of type {}", ins.imm, t.name())));
                }
            }
        }
        if ins.op.has(flags::END) && i + 1 != n {
            return Err(at("the trace goes on after its end"));
        }
    }
    match lir.insns.last() {
        Some(last) if last.op.has(flags::END) => Ok(()),
        _ => Err(String::from("the trace has no end (loop or exit)")),
    }
}

/// Checks that the slot types reported for each exit agree with the LIR types
/// of the values its map restores (exit stubs box by LIR type).
pub fn validate_exit_types(lir: &Lir, types: &[crate::jit::ExitTypes]) -> Result<(), String> {
    if types.len() != lir.exits.len() {
        return Err(format!("{} exits but {} exit type maps", lir.exits.len(), types.len()));
    }
    for (x, (e, t)) in lir.exits.iter().zip(types).enumerate() {
        for (slot, r) in &e.slots {
            let Some(want) = crate::jit::types::SlotType::of_lir(lir.get(*r).ty) else { continue };
            if !t.iter().any(|(s, ty)| s == slot && *ty == want) {
                return Err(format!("exit #{x} restores slot {slot} as {want:?}, its type map says {:?}", t.iter().find(|(s, _)| s == slot)));
            }
        }
    }
    Ok(())
}

/// In debug builds, panics with the violation and the LIR text if `lir` is not
/// valid after `stage`.
#[inline]
pub fn check(lir: &Lir, stage: &str) {
    if cfg!(debug_assertions) {
        if let Err(e) = validate(lir, None) {
            panic!("invalid LIR after {stage}: {e}\n{}", super::text::to_text(lir));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::parse;
    use super::*;

    #[test]
    fn accepts_a_well_formed_trace() {
        let src = "v0: val = ldslot #1\n\
                   v1: i32 = unboxi v0\n\
                   v2: i32 = kint #5\n\
                   v3: i32 = addovi v1, v2 #0\n\
                   v4: val = boxi v3\n\
                   v5: void = stslot v4 #1\n\
                   v6: void = loop\n\
                   exit 0: Overflow pc 3 slots [] frames []\n";
        assert_eq!(validate(&parse(src).unwrap(), None), Ok(()));
    }

    #[test]
    fn rejects_type_errors_missing_exits_and_late_exit_values() {
        let bad_type = "v0: val = ldslot #1\nv1: f64 = unboxd v0\nv2: val = boxi v1\nv3: void = loop\n";
        assert!(validate(&parse(bad_type).unwrap(), None).unwrap_err().contains("boxi"));
        let no_exit = "v0: i32 = kint #1\nv1: bool = eqi v0, v0\nv2: void = guardt v1 #3\nv3: void = loop\n";
        assert!(validate(&parse(no_exit).unwrap(), None).unwrap_err().contains("does not exist"));
        let late = "v0: i32 = kint #1\nv1: bool = eqi v0, v0\nv2: void = guardt v1 #0\nv3: i32 = addi v0, v0\nv4: void = loop\n\
                    exit 0: Side pc 3 slots [2=v3] frames []\n";
        assert!(validate(&parse(late).unwrap(), None).unwrap_err().contains("not defined before the guard"));
        let no_end = "v0: i32 = kint #1\n";
        assert!(validate(&parse(no_end).unwrap(), None).is_err());
    }
}
