//! The ARMv7 Thumb-2 backend (the encoder so far).
pub mod encode;
