//! The AArch64 backend (the encoder so far).

pub mod encode;
