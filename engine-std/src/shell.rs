//! The `tarsier` shell's globals beyond the engine's own `print`:
//! `console.log`/`info`/`debug` (stdout) and `console.warn`/`error` (stderr),
//! formatted like node's; `load(path)`, `read(path)`/`readFile(path)`,
//! `quit([code])` and `scriptArgs`.

use std::sync::atomic::{AtomicI32, Ordering};

use engine_core::builtins::error::{make_error_object, ErrorKind};
use engine_core::builtins::{self, array};
use engine_core::compiler::{self, UnitKind};
use engine_core::object::attrs;
use engine_core::{CallArgs, Engine, Error, JsResult, Value, Vm};

use crate::inspect;

/// The status `quit(code)` asked for (-1: none).
static QUIT: AtomicI32 = AtomicI32::new(-1);

/// The exit status a call of `quit` asked for, if the script ended that way.
pub fn quit_code() -> Option<u8> {
    match QUIT.load(Ordering::SeqCst) {
        c if c < 0 => None,
        c => Some(c as u8),
    }
}

/// Defines the shell's globals; `script_args` becomes `scriptArgs`.
pub fn install(engine: &mut Engine, script_args: &[String]) -> Result<(), Error> {
    engine.define_function("load", load, 1)?;
    engine.define_function("read", read, 1)?;
    engine.define_function("readFile", read, 1)?;
    engine.define_function("quit", quit, 1)?;
    let vm = engine.vm();
    let depth = vm.roots.len();
    let r = define_objects(vm, script_args);
    vm.roots.truncate(depth);
    r.map_err(|e| engine.error_from(e))
}

fn define_objects(vm: &mut Vm, script_args: &[String]) -> JsResult<()> {
    let g = vm.realm.global;
    let console = builtins::new_object(vm)?;
    vm.roots.push(Value::object(console));
    for (name, f) in [("log", console_log as engine_core::NativeFn), ("info", console_log), ("debug", console_log), ("warn", console_error), ("error", console_error)] {
        builtins::define_method(vm, console, name, f, 0)?;
    }
    builtins::define_value(vm, g, "console", Value::object(console), attrs::HIDDEN)?;
    let mut words = Vec::with_capacity(script_args.len());
    for a in script_args {
        let s = vm.str_value(a)?;
        vm.roots.push(s);
        words.push(s);
    }
    let args = array::array_from(vm, &words)?;
    builtins::define_value(vm, g, "scriptArgs", Value::object(args), attrs::HIDDEN)
}

/// `console.log(...)`: node's `util.format` of the arguments, to stdout.
fn console_log(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let line = inspect::format_args(vm, &args.to_vec())?;
    vm.host.print(&line);
    Ok(Value::UNDEFINED)
}

/// `console.error(...)`: the same to stderr (after what stdout holds).
fn console_error(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let line = inspect::format_args(vm, &args.to_vec())?;
    crate::stdio::error_line(&line);
    Ok(Value::UNDEFINED)
}

fn path_arg(vm: &mut Vm, args: &CallArgs) -> JsResult<String> {
    let s = vm.to_string(args.get(0))?;
    vm.string_to_rust(s)
}

fn error(vm: &mut Vm, msg: &str) -> Value {
    match make_error_object(vm, ErrorKind::Error, msg) {
        Ok(o) => Value::object(o),
        Err(e) => e,
    }
}

fn read_text(vm: &mut Vm, path: &str) -> JsResult<String> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) => Err(error(vm, &format!("cannot read '{path}': {e}"))),
    }
}

/// `read(path)`, `readFile(path)`: the file's text (UTF-8; invalid bytes
/// become U+FFFD). Relative paths are relative to the current directory.
fn read(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let path = path_arg(vm, args)?;
    let text = read_text(vm, &path)?;
    vm.str_value(&text)
}

/// `load(path)`: runs a script file in the global scope (its parse errors are
/// thrown as SyntaxErrors).
fn load(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let path = path_arg(vm, args)?;
    let text = read_text(vm, &path)?;
    let code = compiler::compile_source(vm, &text, &path, UnitKind::Script, false)?;
    let g = Value::object(vm.realm.global);
    vm.run_code(code, g, None)?;
    Ok(Value::UNDEFINED)
}

/// `quit([code])`: ends the script (no `catch` or `finally` runs) and the
/// shell exits with `code & 255` (default 0).
fn quit(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let code = vm.to_int32(args.get(0))?;
    QUIT.store(code & 0xFF, Ordering::SeqCst);
    Err(engine_core::interp::run::TERMINATE)
}
