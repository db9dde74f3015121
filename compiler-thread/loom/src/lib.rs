//! The code publication protocol, compiled from the engine's own source file so
//! the models check exactly what the engine runs.

#[path = "../../../engine-core/src/jit/publish.rs"]
pub mod publish;
