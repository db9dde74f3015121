//! Thumb-2 encoder tests against capstone (yaxpeax-arm 0.5 decodes no Thumb VFP
//! instructions): a table (encoder call, the halfwords GNU `as` produces for the
//! instruction, and capstone's text for them), randomized structural round trips per
//! instruction family, `thumb_expand_imm` against the ARM ARM's `ThumbExpandImm`, `mov_imm`
//! sequences run on a small evaluator, branch patching, and the panics for operands that
//! cannot be encoded.

mod branch;
mod common;
mod imm;
mod random;
mod table;
