//! Name resolution at run time (for `with`, `eval` and global declarations) and
//! direct/indirect `eval`.

use super::{Env, Vm, FRAME_ENTRY};
use crate::bytecode::{BindingKind, CODE_STRICT};
use crate::compiler::{self, UnitKind};
use crate::gc::Gc;
use crate::object::ops::{self, JsResult, PropertyDescriptor};
use crate::object::{attrs, JsObject, ObjectClass, ObjectData, PropertyKey, Shape};
use crate::string::JsString;
use crate::value::Value;

/// Where a dynamic lookup found a name.
enum Found {
    Slot(Gc<Env>, usize, BindingKind),
    Object(Gc<JsObject>, bool),
}

impl Vm {
    fn find_name(&mut self, name: Gc<JsString>) -> JsResult<Option<Found>> {
        let key = PropertyKey::Atom(name);
        let mut env = self.frames.last().and_then(|f| f.env);
        while let Some(e) = env {
            if let Some(o) = e.with_object() {
                if ops::has_property(self, o, key)? {
                    return Ok(Some(Found::Object(o, true)));
                }
            } else {
                if let Some((code, idx)) = e.scope() {
                    let scope = &code.info.scopes[idx as usize];
                    if let Some(i) = scope.find(name) {
                        return Ok(Some(Found::Slot(e, i, scope.kinds[i])));
                    }
                }
                if let Some(x) = e.extra() {
                    if ops::has_own_property(self, x, key)? {
                        return Ok(Some(Found::Object(x, false)));
                    }
                }
            }
            env = e.parent();
        }
        let scope = self.realm.script_scope;
        if Shape::lookup(scope.shape(), name).is_some() {
            return Ok(Some(Found::Object(scope, false)));
        }
        let global = self.realm.global;
        if ops::has_property(self, global, key)? {
            return Ok(Some(Found::Object(global, false)));
        }
        Ok(None)
    }

    /// Looks a name up along the scope chain: `(value, this for a call)`.
    pub(crate) fn lookup_name(&mut self, name: Gc<JsString>) -> JsResult<Option<(Value, Value)>> {
        match self.find_name(name)? {
            None => Ok(None),
            Some(Found::Slot(e, i, _)) => Ok(Some((e.get(i), Value::UNDEFINED))),
            Some(Found::Object(o, is_with)) => {
                self.roots.push(Value::object(o));
                let v = ops::get(self, o, PropertyKey::Atom(name), Value::object(o));
                self.roots.pop();
                Ok(Some((v?, if is_with { Value::object(o) } else { Value::UNDEFINED })))
            }
        }
    }

    /// Assigns a name along the scope chain (creating a global in sloppy code).
    pub(crate) fn assign_name(&mut self, name: Gc<JsString>, v: Value, strict: bool) -> JsResult<()> {
        match self.find_name(name)? {
            Some(Found::Slot(e, i, kind)) => {
                if e.get(i).is_uninitialized() {
                    return Err(self.tdz_error(name));
                }
                match kind {
                    BindingKind::Const => Err(self.type_error("Assignment to constant variable.")),
                    BindingKind::Callee => {
                        if strict {
                            Err(self.type_error("Assignment to constant variable."))
                        } else {
                            Ok(())
                        }
                    }
                    _ => {
                        e.set(i, v);
                        Ok(())
                    }
                }
            }
            Some(Found::Object(o, _)) => {
                if o == self.realm.script_scope {
                    if let Some((slot, a)) = Shape::lookup(o.shape(), name) {
                        if o.slot(slot).is_uninitialized() {
                            return Err(self.tdz_error(name));
                        }
                        if a & attrs::WRITABLE == 0 {
                            return Err(self.type_error("Assignment to constant variable."));
                        }
                        o.set_slot(slot, v);
                        return Ok(());
                    }
                }
                self.put_value(Value::object(o), PropertyKey::Atom(name), v, strict)
            }
            None => {
                if strict {
                    return Err(self.not_defined_error(name));
                }
                let g = self.realm.global;
                self.put_value(Value::object(g), PropertyKey::Atom(name), v, false)
            }
        }
    }

    /// `delete name`.
    pub(crate) fn delete_name(&mut self, name: Gc<JsString>) -> JsResult<bool> {
        match self.find_name(name)? {
            None => Ok(true),
            Some(Found::Slot(..)) => Ok(false),
            Some(Found::Object(o, _)) => {
                if o == self.realm.script_scope {
                    return Ok(false);
                }
                ops::delete(self, o, PropertyKey::Atom(name))
            }
        }
    }

    /// Declares a `var` or function of global code or sloppy eval code in the
    /// variable environment (ES5 §10.5).
    pub(crate) fn declare_global(&mut self, name: Gc<JsString>, v: Value, is_fn: bool, is_eval: bool) -> JsResult<()> {
        let key = PropertyKey::Atom(name);
        // Eval code inside a function: the nearest function scope's environment.
        if is_eval {
            let mut env = self.frames.last().and_then(|f| f.env);
            while let Some(e) = env {
                if let Some((code, idx)) = e.scope() {
                    let scope = &code.info.scopes[idx as usize];
                    if scope.is_function_scope {
                        if let Some(i) = scope.find(name) {
                            if is_fn {
                                e.set(i, v);
                            }
                            return Ok(());
                        }
                        let extra = match e.extra() {
                            Some(x) => x,
                            None => {
                                let x = crate::builtins::new_plain_object_with_proto(self, None)?;
                                e.set_extra(x);
                                x
                            }
                        };
                        if is_fn || !ops::has_own_property(self, extra, key)? {
                            let desc = PropertyDescriptor::data(v, attrs::DEFAULT);
                            ops::define_own_property(self, extra, key, &desc)?;
                        }
                        return Ok(());
                    }
                }
                env = e.parent();
            }
        }
        let global = self.realm.global;
        if Shape::lookup(self.realm.script_scope.shape(), name).is_some() {
            return Err(self.syntax_error(&alloc::format!("Identifier '{}' has already been declared", name_text(name))));
        }
        let existing = ops::get_own_property(self, global, key)?;
        let configurable = is_eval;
        if is_fn {
            match existing {
                Some(p) if p.attrs() & attrs::CONFIGURABLE == 0 => {
                    if p.attrs() & (attrs::WRITABLE | attrs::ENUMERABLE) != (attrs::WRITABLE | attrs::ENUMERABLE) || matches!(p, ops::OwnProperty::Accessor { .. }) {
                        return Err(self.type_error(&alloc::format!("Cannot redefine property: {}", name_text(name))));
                    }
                    ops::put(self, global, key, v, Value::object(global))?;
                }
                _ => {
                    let a = attrs::WRITABLE | attrs::ENUMERABLE | if configurable { attrs::CONFIGURABLE } else { 0 };
                    let desc = PropertyDescriptor::data(v, a);
                    ops::define_own_property(self, global, key, &desc)?;
                }
            }
        } else if existing.is_none() {
            if !global.is_extensible() {
                return Err(self.type_error(&alloc::format!("Cannot define variable {}", name_text(name))));
            }
            let a = attrs::WRITABLE | attrs::ENUMERABLE | if configurable { attrs::CONFIGURABLE } else { 0 };
            let desc = PropertyDescriptor::data(Value::UNDEFINED, a);
            ops::define_own_property(self, global, key, &desc)?;
        }
        Ok(())
    }

    /// Declares a top-level `let`/`const` of a script (uninitialized).
    pub(crate) fn declare_lexical(&mut self, name: Gc<JsString>, is_const: bool) -> JsResult<()> {
        let scope = self.realm.script_scope;
        let global = self.realm.global;
        let key = PropertyKey::Atom(name);
        let clash = Shape::lookup(scope.shape(), name).is_some()
            || ops::get_own_property(self, global, key)?.is_some_and(|p| p.attrs() & attrs::CONFIGURABLE == 0);
        if clash {
            return Err(self.syntax_error(&alloc::format!("Identifier '{}' has already been declared", name_text(name))));
        }
        let a = if is_const { 0 } else { attrs::WRITABLE };
        ops::add_named(self, scope, name, Value::UNINITIALIZED, a)
    }

    /// Direct eval from the frame whose call window starts at `base`.
    pub(crate) fn direct_eval(&mut self, base: usize, argc: usize) -> JsResult<Value> {
        let arg = if argc > 0 { self.stack_get(base + 2) } else { Value::UNDEFINED };
        let Some(src) = arg.as_string() else { return Ok(arg) };
        let (caller_strict, this, env) = match self.frames.last() {
            Some(f) => (f.code.info.flags & CODE_STRICT != 0, self.stack_get(f.base as usize + 1), f.env),
            None => (false, Value::object(self.realm.global), None),
        };
        let text = self.string_to_rust(src)?;
        let code = compiler::compile_source(self, &text, "eval", UnitKind::Eval, caller_strict)?;
        self.run_code(code, this, env)
    }

    /// Indirect eval: global code with configurable vars.
    pub(crate) fn indirect_eval(&mut self, src: Value) -> JsResult<Value> {
        let Some(s) = src.as_string() else { return Ok(src) };
        let text = self.string_to_rust(s)?;
        let code = compiler::compile_source(self, &text, "eval", UnitKind::Eval, false)?;
        let g = Value::object(self.realm.global);
        self.run_code(code, g, None)
    }

    /// Runs top-level code (script or eval) with `this` and an environment.
    pub fn run_code(&mut self, code: Gc<crate::bytecode::Code>, this: Value, env: Option<Gc<Env>>) -> JsResult<Value> {
        if self.native_depth >= self.config.max_native_depth {
            return Err(self.stack_overflow_error());
        }
        let saved_sp = self.sp;
        // Nothing else holds fresh eval code until its frame is pushed, and entering
        // may allocate (the environment of eval code with lexical declarations):
        // keep it rooted until then.
        self.roots.push(Value::cell(code.header()));
        let base = match self.stack_reserve(2) {
            Ok(b) => b,
            Err(e) => {
                self.roots.pop();
                return Err(e);
            }
        };
        self.stack_set(base, Value::UNDEFINED);
        self.stack_set(base + 1, this);
        self.native_depth += 1;
        let entered = self.enter_closure(code, env, base, 0, FRAME_ENTRY, base);
        self.roots.pop();
        let r = match entered {
            Ok(()) => self.run(),
            Err(e) => Err(e),
        };
        self.native_depth -= 1;
        self.clear_slots(base, base + 2, usize::MAX);
        self.sp = saved_sp;
        r
    }

    /// Copies a string's contents into Rust text (lone surrogates become U+FFFD).
    pub fn string_to_rust(&mut self, s: Gc<JsString>) -> JsResult<alloc::string::String> {
        let f = crate::string::flatten(self, s)?;
        Ok(f.chars().to_string_lossy())
    }

    /// Creates the global object's `ObjectData` sanity: is `o` the global?
    pub fn is_global(&self, o: Gc<JsObject>) -> bool {
        o == self.realm.global
    }

    /// Class of an object value, if any.
    pub fn class_of(&self, v: Value) -> Option<ObjectClass> {
        v.as_object().map(|o| o.class())
    }

    /// Whether `v` is a callable object.
    pub fn is_callable(&self, v: Value) -> bool {
        v.as_object().is_some_and(|o| o.is_callable() && !matches!(o.data(), ObjectData::Ordinary))
    }
}

/// Rust text of an atom (for messages).
pub fn name_text(name: Gc<JsString>) -> alloc::string::String {
    match JsString::flat_ref(name) {
        Some(f) => f.chars().to_string_lossy(),
        None => alloc::string::String::from("?"),
    }
}
