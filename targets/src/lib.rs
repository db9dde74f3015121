//! Machine-code backends for Tarsier's trace compiler.
//!
//! This crate is `no_std` and has no OS dependencies: it turns optimized LIR into
//! bytes. Per target it holds three files with the same names, as in LuaJIT's backend:
//! `regs` (register file and calling convention), `encode` (instruction encodings) and
//! `emit` (LIR-to-instruction selection driven by a single backward register-allocation
//! pass). x86-64 is implemented; AArch64 and ARMv7 Thumb-2 follow the same layout.
//!
//! Executable memory, W^X protection and instruction-cache maintenance are *not* done
//! here: the host (see `compiler-thread` and `engine-std`) owns memory, this crate only
//! fills buffers it is given and reports where absolute addresses must be patched.
#![no_std]

extern crate alloc;

pub mod x64;
