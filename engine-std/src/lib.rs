//! The std host for Tarsier and the pieces of the `tarsier` shell.
pub mod cli;
pub mod host;
pub mod input;
pub mod inspect;
pub mod shell;
pub mod signals;
pub mod stdio;
pub mod tz;

/// The README's code blocks, compiled and run as doctests (here, where both the
/// core and the compiler crate are at hand).
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
