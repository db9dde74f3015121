//! The std host for Tarsier and the pieces of the `tarsier` shell.
pub mod cli;
pub mod host;
