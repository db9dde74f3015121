//! The bytecode compiler: AST → [`Code`].
//!
//! Two passes per compilation unit: [`scope`] decides where every binding lives
//! (a register of its function's frame, or a slot of an environment when inner
//! functions or `eval`/`with` can see it); [`codegen`] then emits register
//! bytecode. The result is a tree of [`FunctionTemplate`]s that is turned into heap
//! cells in one step ([`materialize`]) with collection inhibited.

pub mod builder;
mod codegen;
pub mod scope;

use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

pub use builder::{CompileError, ConstVal, FunctionTemplate};

use crate::bytecode::{Code, CodeInfo, ScopeInfo, Source};
use crate::gc::Gc;
use crate::interp::Vm;
use crate::object::ops::JsResult;
use crate::parser::ast::{Function, Program};
use crate::string::atoms;
use crate::value::Value;

/// What kind of top-level code is compiled.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnitKind {
    /// A script.
    Script,
    /// Direct or indirect eval code.
    Eval,
}

/// Compiles a parsed script or eval code.
pub fn compile_program(program: &Program, kind: UnitKind, source_len: usize) -> Result<FunctionTemplate, CompileError> {
    let analysis = scope::Analyzer::program(program, kind == UnitKind::Eval);
    codegen::compile_top(&analysis, program, kind, source_len)
}

/// Compiles a standalone function (the `Function` constructor).
pub fn compile_standalone_function(f: &Function) -> Result<FunctionTemplate, CompileError> {
    let analysis = scope::Analyzer::function(f);
    codegen::compile_standalone(&analysis, f)
}

/// Turns a template tree into code cells. Collection is inhibited meanwhile, so
/// the partially built tree needs no rooting.
pub fn materialize(vm: &mut Vm, t: &FunctionTemplate, source: &Rc<Source>) -> JsResult<Gc<Code>> {
    vm.gc_inhibit += 1;
    let r = materialize_inner(vm, t, source);
    vm.gc_inhibit -= 1;
    r
}

fn materialize_inner(vm: &mut Vm, t: &FunctionTemplate, source: &Rc<Source>) -> JsResult<Gc<Code>> {
    let mut constants = Vec::with_capacity(t.constants.len());
    for c in &t.constants {
        constants.push(match c {
            ConstVal::Number(n) => Value::number(*n),
            ConstVal::String(s) => Value::string(atoms::intern_chars(vm, crate::string::Chars::Utf16(s))?),
            ConstVal::Function(f) => Value::cell(materialize_inner(vm, f, source)?.header()),
        });
    }
    let mut scopes = Vec::with_capacity(t.scopes.len());
    for s in &t.scopes {
        let mut names = Vec::with_capacity(s.names.len());
        for n in &s.names {
            names.push(atoms::intern_str(vm, n)?);
        }
        scopes.push(ScopeInfo::new(names, s.kinds.clone(), s.is_function_scope));
    }
    let name = match &t.name {
        Some(n) => Value::string(atoms::intern_str(vm, n)?),
        None => Value::UNDEFINED,
    };
    let info = CodeInfo {
        name,
        bytecode: t.bytecode.clone(),
        constants,
        param_count: t.param_count,
        register_count: t.register_count,
        flags: t.flags,
        arguments_reg: t.arguments_reg,
        handlers: t.handlers.clone(),
        lines: t.lines.clone(),
        scopes,
        param_env_slots: t.param_env_slots.clone(),
        ic_count: t.ic_count,
        loop_count: t.loop_count,
        source: source.clone(),
        source_range: t.source_range,
    };
    Code::new(vm, info)
}

/// Parses and compiles script text into a code cell (SyntaxErrors become thrown
/// SyntaxError objects carrying file:line:column).
pub fn compile_source(vm: &mut Vm, text: &str, file: &str, kind: UnitKind, strict: bool) -> JsResult<Gc<Code>> {
    let opts = crate::parser::ParseOptions { strict, max_depth: vm.config.max_parse_depth, ..Default::default() };
    let program = match crate::parser::parse_script(text, &opts) {
        Ok(p) => p,
        Err(e) => return Err(vm.syntax_error_at(&e.message, file, e.line, e.column)),
    };
    let template = match compile_program(&program, kind, text.len()) {
        Ok(t) => t,
        Err(e) => return Err(vm.syntax_error_at(&e.0, file, 1, 1)),
    };
    drop(program);
    let source = Rc::new(Source { name: String::from(file), text: String::from(text) });
    materialize(vm, &template, &source)
}
