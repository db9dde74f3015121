//! Background compilation for Tarsier.
//!
//! Script threads record LIR and hand self-contained compile jobs to a shared
//! [pool of worker threads](https://docs.rs/crossbeam-deque) (a crossbeam-deque
//! injector plus per-worker deques with stealing). A worker optimizes the LIR,
//! allocates registers, emits machine code with the `targets` crate into memory that
//! is writable while it is written and executable only afterwards (W^X, through
//! `region`), and publishes the compiled tree atomically through crossbeam-epoch so
//! the script thread never waits for the compiler. One pool can serve many engines
//! on many threads.
//!
//! The pool lands with the background-compilation work; until then engines compile
//! nothing and this crate only states its role.
