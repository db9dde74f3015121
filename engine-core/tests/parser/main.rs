//! Integration tests for the parser.
mod negative;
mod positive;
mod robustness;
mod sexp;
mod speed;
mod util;
