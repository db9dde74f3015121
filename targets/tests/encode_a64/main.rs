//! AArch64 encoder tests against yaxpeax-arm: a table (encoder call, the word GNU `as`
//! produces for the instruction, and yaxpeax-arm's text for it), randomized structural round
//! trips per instruction family, `mov_imm` sequences run on a small evaluator,
//! `logical_imm` against the ARM ARM's `DecodeBitMasks`, and branch patching.

mod branch;
mod common;
mod imm;
mod random;
mod table;
