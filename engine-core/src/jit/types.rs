//! The one vocabulary for the types of traced values, shared by the recorder
//! (what a traced value is), the monitor (what a tree's entry requires), exits
//! (what memory holds after an exit) and the LIR (how a value is represented),
//! with the conversions between them in one place.

use super::lir::Ty;
use crate::value::Value;

/// The JS type of a traced value or of a slot: it fixes the value's LIR
/// representation, and, as a tree's entry type, what a slot must hold to enter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlotType {
    /// An int32 (`I32` in LIR).
    Int,
    /// A double (`F64`); as an entry type, any number (an int32 is converted on
    /// entry).
    Double,
    /// A boolean (`Bool`: 0 or 1 in a 32-bit register).
    Bool,
    /// `undefined` (a constant `Val`).
    Undefined,
    /// `null` (a constant `Val`).
    Null,
    /// An object (a boxed `Val`).
    Object,
    /// A string (a boxed `Val`).
    String,
}

impl SlotType {
    /// The type of a runtime value (`None` for internal values: holes, TDZ
    /// markers, cells).
    pub fn of(v: Value) -> Option<SlotType> {
        Some(if v.is_int() {
            SlotType::Int
        } else if v.is_double() {
            SlotType::Double
        } else if v.is_bool() {
            SlotType::Bool
        } else if v.is_undefined() {
            SlotType::Undefined
        } else if v.is_null() {
            SlotType::Null
        } else if v.is_object() {
            SlotType::Object
        } else if v.is_string() {
            SlotType::String
        } else {
            return None;
        })
    }

    /// Does `v` satisfy this type as a tree's entry type (an int32 satisfies
    /// `Double`, converted on entry)?
    pub fn accepts(self, v: Value) -> bool {
        match self {
            SlotType::Int => v.is_int(),
            SlotType::Double => v.is_number(),
            SlotType::Bool => v.is_bool(),
            SlotType::Undefined => v.is_undefined(),
            SlotType::Null => v.is_null(),
            SlotType::Object => v.is_object(),
            SlotType::String => v.is_string(),
        }
    }

    /// A number (int32 or double)?
    pub fn is_number(self) -> bool {
        matches!(self, SlotType::Int | SlotType::Double)
    }

    /// The LIR type a traced value of this type is held in.
    pub fn lir(self) -> Ty {
        match self {
            SlotType::Int => Ty::I32,
            SlotType::Double => Ty::F64,
            SlotType::Bool => Ty::Bool,
            _ => Ty::Val,
        }
    }

    /// The type of the value an exit boxes from a LIR value of type `ty`, when the
    /// LIR type says it (a `Val` may hold anything).
    pub fn of_lir(ty: Ty) -> Option<SlotType> {
        match ty {
            Ty::I32 => Some(SlotType::Int),
            Ty::F64 => Some(SlotType::Double),
            Ty::Bool => Some(SlotType::Bool),
            _ => None,
        }
    }
}
