//! Calling functions: frame entry for script functions, natives, bound functions,
//! `[[Construct]]`, and re-entrant calls from Rust.
//!
//! Stack invariant the collector relies on: every slot below `vm.sp` holds a value
//! that was valid when written and has been scanned by every collection since. So
//! `sp` only grows over slots that were just initialized, and while a callee runs
//! `sp` stays at least at its caller's top.

use alloc::vec::Vec;

use super::{Env, Frame, Vm, FRAME_CONSTRUCT, FRAME_ENTRY};
use crate::bytecode::{Code, CODE_HAS_FUNCTION_ENV, CODE_MAPPED_ARGUMENTS, CODE_NEEDS_ARGUMENTS, CODE_STRICT, CODE_USES_THIS};
use crate::gc::Gc;
use crate::object::ops::JsResult;
use crate::object::{FunctionKind, JsObject, ObjectData, OBJ_CONSTRUCTOR};
use crate::value::Value;

/// The arguments of a native call. The values live on the register stack, which
/// keeps them rooted for the duration of the call.
pub struct CallArgs {
    /// The `this` value (for constructors: undefined; natives build their object).
    pub this: Value,
    /// The function being called.
    pub callee: Gc<JsObject>,
    /// Called with `new`?
    pub is_construct: bool,
    pub(crate) args: *const Value,
    pub(crate) argc: usize,
}

impl CallArgs {
    /// A call with no arguments (for natives invoked directly from Rust).
    pub fn for_this(this: Value, callee: Gc<JsObject>) -> CallArgs {
        CallArgs { this, callee, is_construct: false, args: core::ptr::null(), argc: 0 }
    }

    /// Argument `i`, or undefined.
    #[inline(always)]
    pub fn get(&self, i: usize) -> Value {
        if i < self.argc {
            // SAFETY: `args` points at `argc` values on the register stack, which
            // does not move and is not overwritten while this native runs (callees
            // get frames above it).
            unsafe { self.args.add(i).read() }
        } else {
            Value::UNDEFINED
        }
    }
    /// Number of arguments passed.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.argc
    }
    /// No arguments?
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.argc == 0
    }
    /// Copies the arguments.
    pub fn to_vec(&self) -> Vec<Value> {
        (0..self.argc).map(|i| self.get(i)).collect()
    }
    /// The `magic` constant of the native being called.
    pub fn magic(&self) -> u32 {
        match self.callee.data() {
            ObjectData::Function(FunctionKind::Native { magic, .. }) => *magic,
            _ => 0,
        }
    }
}

impl Vm {
    /// Pushes a frame for a script function whose call window (callee, this,
    /// arguments) starts at stack index `base`. Does not run it.
    ///
    /// The common case (no environment, no arguments object, no `this`
    /// coercion) is inline; the rest goes through `enter_closure_slow`.
    #[inline(always)]
    pub(crate) fn enter_closure(
        &mut self,
        code: Gc<Code>,
        env: Option<Gc<Env>>,
        base: usize,
        argc: usize,
        flags: u8,
        ret_slot: usize,
    ) -> JsResult<()> {
        let f = code.info.flags;
        let nregs = code.info.register_count as usize;
        let nparams = code.info.param_count as usize;
        if f & (CODE_HAS_FUNCTION_ENV | CODE_NEEDS_ARGUMENTS | CODE_USES_THIS) != 0 || argc > nparams {
            return self.enter_closure_slow(code, env, base, argc, flags, ret_slot);
        }
        let top = base + nregs;
        if top + 16 > self.stack_len() || self.frames.len() >= self.config.max_call_depth {
            return Err(self.stack_overflow_error());
        }
        let stack = self.stack_ptr();
        // Missing parameters and all locals start undefined (and no stale value
        // may become visible to the collector when `sp` grows).
        for i in base + 2 + argc..top {
            // SAFETY: `i < top <= stack_len`, checked above.
            unsafe { stack.add(i).write(Value::UNDEFINED) };
        }
        self.sp = self.sp.max(top);
        self.frames.push(Frame { code, pc: 0, base: base as u32, env, env_depth: 0, flags, ret_slot: ret_slot as u32, argc: argc as u32 });
        Ok(())
    }

    #[inline(never)]
    fn enter_closure_slow(
        &mut self,
        code: Gc<Code>,
        env: Option<Gc<Env>>,
        base: usize,
        argc: usize,
        flags: u8,
        ret_slot: usize,
    ) -> JsResult<()> {
        let nregs = code.info.register_count as usize;
        let nparams = code.info.param_count as usize;
        let top = base + nregs.max(2 + argc);
        if top + 16 > self.stack_len() || self.frames.len() >= self.config.max_call_depth {
            return Err(self.stack_overflow_error());
        }
        let stack = self.stack_ptr();
        // Initialize every register above the passed arguments before `sp` covers
        // them (see the module invariant). Extra arguments are kept for now.
        for i in base + 2 + argc.max(nparams)..base + nregs {
            // SAFETY: `i < top <= stack_len`, checked above.
            unsafe { stack.add(i).write(Value::UNDEFINED) };
        }
        for i in base + 2 + argc..base + 2 + nparams {
            // SAFETY: as above (missing parameters).
            unsafe { stack.add(i).write(Value::UNDEFINED) };
        }
        let caller_sp = self.sp;
        self.sp = self.sp.max(top);
        let f = code.info.flags;
        let mut frame_env = env;
        let result = (|| -> JsResult<()> {
            if f & CODE_HAS_FUNCTION_ENV != 0 {
                let e = Env::for_scope(self, env, code, 0)?;
                for (i, slot) in code.info.param_env_slots.iter().enumerate() {
                    if *slot != u16::MAX {
                        e.set(*slot as usize, self.stack_get(base + 2 + i));
                    }
                }
                frame_env = Some(e);
            }
            if f & CODE_NEEDS_ARGUMENTS != 0 {
                if let Some(e) = frame_env {
                    self.roots.push(Value::cell(e.header()));
                }
                let args = self.create_arguments(code, frame_env, base, argc);
                if frame_env.is_some() {
                    self.roots.pop();
                }
                let args = args?;
                self.stack_set(base + code.info.arguments_reg as usize, Value::object(args));
            }
            if f & (CODE_STRICT | CODE_USES_THIS) == CODE_USES_THIS {
                let this = self.stack_get(base + 1);
                if this.is_nullish() {
                    self.stack_set(base + 1, Value::object(self.realm.global));
                } else if !this.is_object() {
                    let o = self.to_object(this)?;
                    self.stack_set(base + 1, Value::object(o));
                }
            }
            Ok(())
        })();
        if let Err(e) = result {
            self.sp = caller_sp;
            return Err(e);
        }
        // Extra arguments are no longer needed; locals start out undefined.
        for i in base + 2 + nparams..base + 2 + argc.min(nregs.saturating_sub(2)) {
            if i != base + code.info.arguments_reg as usize || f & CODE_NEEDS_ARGUMENTS == 0 {
                self.stack_set(i, Value::UNDEFINED);
            }
        }
        self.frames.push(Frame {
            code,
            pc: 0,
            base: base as u32,
            env: frame_env,
            env_depth: 0,
            flags,
            ret_slot: ret_slot as u32,
            argc: argc as u32,
        });
        Ok(())
    }

    fn create_arguments(&mut self, code: Gc<Code>, env: Option<Gc<Env>>, base: usize, argc: usize) -> JsResult<Gc<JsObject>> {
        let callee = self.stack_get(base);
        let mapped = code.info.flags & CODE_MAPPED_ARGUMENTS != 0;
        let data = match (mapped, env) {
            (true, Some(env)) => {
                let n = argc.min(code.info.param_count as usize);
                let map: Vec<u32> = (0..n)
                    .map(|i| {
                        let s = code.info.param_env_slots.get(i).copied().unwrap_or(u16::MAX);
                        if s == u16::MAX { u32::MAX } else { s as u32 }
                    })
                    .collect();
                ObjectData::MappedArguments { env, map: map.into_boxed_slice() }
            }
            _ => ObjectData::Ordinary,
        };
        let values: Vec<Value> = (0..argc).map(|i| self.stack_get(base + 2 + i)).collect();
        crate::builtins::function::new_arguments_object(self, callee, &values, data, !mapped)
    }

    /// Calls `f` with `this` and `args` from Rust (re-entering the interpreter for
    /// script functions). `f`, `this` and `args` must be rooted by the caller.
    pub fn call(&mut self, f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
        self.call_with(f, this, args, false)
    }

    /// `[[Construct]]` from Rust: `new f(...args)`.
    pub fn construct(&mut self, f: Value, args: &[Value]) -> JsResult<Value> {
        self.call_with(f, Value::UNDEFINED, args, true)
    }

    fn call_with(&mut self, f: Value, this: Value, args: &[Value], construct: bool) -> JsResult<Value> {
        self.check_native_reentry()?;
        let saved_sp = self.sp;
        let base = self.stack_reserve(2 + args.len())?;
        self.stack_set(base, f);
        self.stack_set(base + 1, this);
        for (i, a) in args.iter().enumerate() {
            self.stack_set(base + 2 + i, *a);
        }
        self.native_depth += 1;
        let r = self.call_window(base, args.len(), construct);
        self.native_depth -= 1;
        self.clear_slots(base, base + 2 + args.len(), usize::MAX);
        self.sp = saved_sp;
        r
    }

    /// Calls the function in the window at `base` (callee, this, `argc` args) and
    /// runs it to completion. `sp` must be above the window.
    pub(crate) fn call_window(&mut self, base: usize, argc: usize, construct: bool) -> JsResult<Value> {
        let f = self.stack_get(base);
        let Some(fo) = f.as_object().filter(|o| o.is_callable()) else {
            return Err(self.not_callable_error(f, construct));
        };
        if construct && fo.flags() & OBJ_CONSTRUCTOR == 0 {
            return Err(self.not_callable_error(f, true));
        }
        match fo.data() {
            ObjectData::Function(FunctionKind::Closure { code, env }) => {
                if self.jit.no_reentry > 0 {
                    // A builtin called from a trace wants to run script code.
                    return Err(Value::UNDEFINED);
                }
                let (code, env) = (*code, *env);
                let mut flags = FRAME_ENTRY;
                if construct {
                    let this = self.create_this(fo)?;
                    self.stack_set(base + 1, Value::object(this));
                    flags |= FRAME_CONSTRUCT;
                }
                self.enter_closure(code, env, base, argc, flags, base)?;
                self.run()
            }
            ObjectData::Function(FunctionKind::Native { f: native, .. }) => {
                let native = *native;
                let roots = self.roots.len();
                let args = CallArgs {
                    this: self.stack_get(base + 1),
                    callee: fo,
                    is_construct: construct,
                    // SAFETY: `base + 2 + argc <= sp <= stack_len`.
                    args: unsafe { self.stack_ptr().add(base + 2) },
                    argc,
                };
                let r = native(self, &args);
                self.roots.truncate(roots);
                self.clear_slots(base + 1, base + 2 + argc, usize::MAX);
                r
            }
            ObjectData::Function(FunctionKind::Bound(b)) => {
                let target = b.target;
                let bound_this = b.this;
                let bound_args = b.args.clone();
                let n = bound_args.len() + argc;
                let nb = self.stack_reserve(2 + n)?;
                self.stack_set(nb, Value::object(target));
                self.stack_set(nb + 1, bound_this);
                for (i, a) in bound_args.iter().enumerate() {
                    self.stack_set(nb + 2 + i, *a);
                }
                for i in 0..argc {
                    let v = self.stack_get(base + 2 + i);
                    self.stack_set(nb + 2 + bound_args.len() + i, v);
                }
                self.call_window(nb, n, construct)
            }
            _ => Err(self.not_callable_error(f, construct)),
        }
    }

    /// The `this` object for `new F`: an ordinary object whose prototype is
    /// `F.prototype` (or `Object.prototype` when that is not an object).
    pub fn create_this(&mut self, ctor: Gc<JsObject>) -> JsResult<Gc<JsObject>> {
        let key = crate::object::PropertyKey::Atom(self.names.prototype);
        let proto = crate::object::ops::get(self, ctor, key, Value::object(ctor))?;
        let shape = match proto.as_object() {
            Some(p) => JsObject::root_shape_for_children(self, p)?,
            None => self.realm.object_shape,
        };
        self.roots.push(Value::cell(shape.header()));
        let o = JsObject::new(self, shape, crate::object::ObjectClass::Object, ObjectData::Ordinary);
        self.roots.pop();
        o
    }
}
