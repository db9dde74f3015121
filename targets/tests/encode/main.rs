//! Encoder tests against iced-x86: a hand-written table (bytes and Intel syntax) and
//! randomized structural comparisons.

mod common;
mod random;
mod table;
mod usage;
