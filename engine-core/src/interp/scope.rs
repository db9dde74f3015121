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

    /// `ResolveName`: the base of the reference `name` resolves to now (see the
    /// instruction): an assignment resolves its target before evaluating its right
    /// side, which may add a shadowing binding (sloppy direct eval) or delete the
    /// property a `with` object or the global object holds.
    pub(crate) fn resolve_name_ref(&mut self, name: Gc<JsString>) -> JsResult<Value> {
        let top = self.frames.last().and_then(|f| f.env);
        Ok(match self.find_name(name)? {
            None => Value::UNDEFINED,
            Some(Found::Object(o, _)) => Value::object(o),
            Some(Found::Slot(e, i, _)) => {
                let mut hops = 0usize;
                let mut cur = top;
                while let Some(c) = cur {
                    if c == e {
                        break;
                    }
                    hops += 1;
                    cur = c.parent();
                }
                Value::int(((hops << 16) | i) as i32)
            }
        })
    }

    /// The declarative binding a `ResolveName` base of `(hops << 16) | slot` names.
    fn ref_slot(&self, base: i32) -> Option<(Gc<Env>, usize, BindingKind)> {
        let (hops, slot) = ((base as u32 >> 16) as usize, (base as u32 & 0xffff) as usize);
        let mut e = self.frames.last().and_then(|f| f.env)?;
        for _ in 0..hops {
            e = e.parent()?;
        }
        let (code, idx) = e.scope()?;
        let kind = *code.info.scopes[idx as usize].kinds.get(slot)?;
        (slot < e.len()).then_some((e, slot, kind))
    }

    /// `GetRef`: GetValue of a reference from `ResolveName`.
    pub(crate) fn get_ref(&mut self, base: Value, name: Gc<JsString>) -> JsResult<Value> {
        let v = if let Some(o) = base.as_object() {
            ops::get(self, o, PropertyKey::Atom(name), base)?
        } else if let Some((e, i, _)) = base.as_int().and_then(|b| self.ref_slot(b)) {
            e.get(i)
        } else {
            return Err(self.not_defined_error(name));
        };
        if v.is_uninitialized() {
            return Err(self.tdz_error(name));
        }
        Ok(v)
    }

    /// `SetRef`: PutValue to a reference from `ResolveName`. An object's property
    /// deleted since the resolution is created again, or in strict code is a
    /// ReferenceError (ES2015 §8.1.1.2.5 SetMutableBinding of object environments);
    /// an unresolvable reference stays one even if the right side defined the name.
    pub(crate) fn set_ref(&mut self, base: Value, name: Gc<JsString>, v: Value, strict: bool) -> JsResult<()> {
        let key = PropertyKey::Atom(name);
        if let Some(o) = base.as_object() {
            if o == self.realm.script_scope {
                return self.assign_name(name, v, strict);
            }
            if strict && !ops::has_property(self, o, key)? {
                return Err(self.not_defined_error(name));
            }
            return self.put_value(base, key, v, strict);
        }
        if let Some((e, i, kind)) = base.as_int().and_then(|b| self.ref_slot(b)) {
            if e.get(i).is_uninitialized() {
                return Err(self.tdz_error(name));
            }
            return match kind {
                BindingKind::Const => Err(self.type_error("Assignment to constant variable.")),
                BindingKind::Callee if strict => Err(self.type_error("Assignment to constant variable.")),
                BindingKind::Callee => Ok(()),
                _ => {
                    e.set(i, v);
                    Ok(())
                }
            };
        }
        if strict {
            return Err(self.not_defined_error(name));
        }
        let g = self.realm.global;
        self.put_value(Value::object(g), key, v, false)
    }

    /// The TypeError of `obj[key]` on an undefined or null `obj`: the key is not
    /// converted (the base is checked first), so an object key is not named.
    pub(crate) fn nullish_base_error(&mut self, obj: Value, key: Value, set: bool) -> Value {
        let k = if key.is_object() { None } else { self.to_property_key(key).ok() };
        match (k, set) {
            (Some(k), false) => self.property_of_nullish_error(obj, k),
            (Some(k), true) => self.set_property_of_nullish_error(obj, k),
            (None, _) => {
                let b = if obj.is_null() { "null" } else { "undefined" };
                let what = if set { "set" } else { "read" };
                self.type_error(&alloc::format!("Cannot {what} properties of {b}"))
            }
        }
    }

    /// `ToKey`: the key of `obj[key]` converted once, after the check that `obj`
    /// can have properties.
    pub(crate) fn to_key_checked(&mut self, obj: Value, key: Value) -> JsResult<Value> {
        if obj.is_nullish() {
            return Err(self.nullish_base_error(obj, key, false));
        }
        if key.is_object() {
            let p = self.to_primitive(key, super::convert::Hint::String)?;
            return self.to_string_value(p);
        }
        Ok(key)
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
    ///
    /// `mode`: 0 a var, 1 a function (value `v`); 2 and 3 only check that the var or
    /// function can be declared (ES2015 §15.1.11 GlobalDeclarationInstantiation and
    /// §18.2.1.2 check every name before creating any).
    pub(crate) fn declare_global(&mut self, name: Gc<JsString>, v: Value, mode: u16, is_eval: bool) -> JsResult<()> {
        let key = PropertyKey::Atom(name);
        let is_fn = mode & 1 != 0;
        let check_only = mode >= 2;
        // Eval code inside a function: the nearest function scope's environment.
        if is_eval {
            let mut env = self.frames.last().and_then(|f| f.env);
            while let Some(e) = env {
                if let Some((code, idx)) = e.scope() {
                    let scope = &code.info.scopes[idx as usize];
                    // A `let`/`const` between the eval and its variable
                    // environment (or in the function body) clashes with the var
                    // (ES2015 §18.2.1.2 EvalDeclarationInstantiation step 5).
                    if let Some(i) = scope.find(name) {
                        if matches!(scope.kinds[i], BindingKind::Let | BindingKind::Const) {
                            return Err(self.syntax_error(&alloc::format!("Identifier '{}' has already been declared", name_text(name))));
                        }
                    }
                    if scope.is_function_scope {
                        if check_only {
                            return Ok(());
                        }
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
        if check_only {
            let ok = match existing {
                None => global.is_extensible(),
                // CanDeclareGlobalFunction: a non-configurable property must be a
                // writable, enumerable data property.
                Some(p) if is_fn && p.attrs() & attrs::CONFIGURABLE == 0 => {
                    p.attrs() & (attrs::WRITABLE | attrs::ENUMERABLE) == (attrs::WRITABLE | attrs::ENUMERABLE) && !matches!(p, ops::OwnProperty::Accessor { .. })
                }
                Some(_) => true,
            };
            if !ok {
                let what = if is_fn { "function" } else { "variable" };
                return Err(self.type_error(&alloc::format!("Cannot declare global {what} {}", name_text(name))));
            }
            return Ok(());
        }
        if is_fn && existing.is_none() && !global.is_extensible() {
            return Err(self.type_error(&alloc::format!("Cannot declare global function {}", name_text(name))));
        }
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
    pub(crate) fn declare_lexical(&mut self, name: Gc<JsString>, mode: u16) -> JsResult<()> {
        let is_const = mode == 1;
        let scope = self.realm.script_scope;
        let global = self.realm.global;
        let key = PropertyKey::Atom(name);
        let clash = Shape::lookup(scope.shape(), name).is_some()
            || ops::get_own_property(self, global, key)?.is_some_and(|p| p.attrs() & attrs::CONFIGURABLE == 0);
        if clash {
            return Err(self.syntax_error(&alloc::format!("Identifier '{}' has already been declared", name_text(name))));
        }
        if mode == 2 {
            return Ok(());
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
        // In an arrow, `this` is the enclosing function's (its `%this` binding, which
        // the compiler keeps for arrows with a direct eval), or the global object.
        let this = match self.frames.last() {
            Some(f) if f.code.info.flags & crate::bytecode::CODE_ARROW != 0 => {
                let name = self.atom("%this")?;
                match self.lookup_name(name)? {
                    Some((v, _)) => v,
                    None => Value::object(self.realm.global),
                }
            }
            _ => this,
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
        self.check_native_reentry()?;
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
