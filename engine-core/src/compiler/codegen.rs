//! Code generation: statements and expressions to register bytecode.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use hashbrown::{HashMap, HashSet};

use super::builder::{Builder, CompileError, ConstVal, FunctionTemplate, Label, ScopeTemplate};
use super::scope::{key, Analysis, BindKind, Resolved, ScopeId, ScopeKind};
use super::UnitKind;
use crate::bytecode::*;
use crate::parser::ast::*;

/// Where a name lives, from the current point of view.
#[derive(Clone, Copy, Debug)]
enum Loc {
    Reg(u16),
    Env { depth: u16, slot: u16 },
    Global,
    Dynamic,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BreakKind {
    Loop,
    Switch,
    Block,
}

struct Breakable {
    labels: Vec<String>,
    kind: BreakKind,
    brk: Label,
    brk_env: u16,
    cont: Option<Label>,
    cont_env: u16,
    finally_depth: usize,
}

#[derive(Clone, Copy)]
enum Cont {
    Jump { label: Label, env: u16, finally_depth: usize },
    Return,
}

struct FinallyCtx {
    kind_reg: u16,
    value_reg: u16,
    entry: Label,
    env_depth: u16,
    conts: Vec<Cont>,
}

struct Fc<'a> {
    an: &'a Analysis,
    b: Builder,
    func: usize,
    _unit: Option<UnitKind>,
    strict: bool,
    is_arrow: bool,
    cur_scope: ScopeId,
    env_depth: u16,
    regs: HashMap<(ScopeId, usize), u16>,
    scope_tables: Vec<ScopeTemplate>,
    scope_index: HashMap<ScopeId, u32>,
    breakables: Vec<Breakable>,
    finallys: Vec<FinallyCtx>,
    completion: Option<u16>,
    /// The assignment being compiled has a parenthesized name as its target,
    /// `(f) = function () {}`, which does not name the function (ES2015
    /// IsIdentifierRef); taken by the next `hint_function_name`.
    suppress_name_hint: bool,
    pending_labels: Vec<String>,
    /// Lexical bindings whose initializer is being compiled (still in their TDZ).
    initializing: Vec<(ScopeId, usize)>,
    /// Name for the anonymous function about to be compiled (ES2015 name
    /// inference: `var f = function () {}` has `f.name == "f"`).
    fn_name_hint: Option<String>,
    /// Chain nodes already evaluated into a register (one per chain being
    /// compiled iteratively, see [`Fc::chain_to`]).
    chain_done: Vec<(*const Expr, u16)>,
}

/// A chain whose left spine is longer than this is compiled link by link into
/// one accumulator register (shorter ones recurse, as any expression).
const CHAIN_LOOP_MIN: usize = 32;

type CResult<T> = Result<T, CompileError>;

/// Compiles global or eval code.
pub(super) fn compile_top(an: &Analysis, program: &Program, unit: UnitKind, source_len: usize) -> CResult<FunctionTemplate> {
    let top = an.node_scope[&key(program)];
    let mut fc = Fc::new(an, 0, Some(unit), program.strict, false, top);
    let b = &mut fc.b;
    b.next_reg = 2;
    b.max_reg = 2;
    let mut flags = if program.strict { CODE_STRICT } else { 0 };
    flags |= if unit == UnitKind::Eval { CODE_EVAL } else { CODE_GLOBAL };
    if an.funcs[0].dynamic {
        flags |= CODE_DYNAMIC_SCOPE;
    }
    let scope = &an.scopes[top];
    // Register-resident bindings of eval code (none are: eval code is dynamic).
    if unit == UnitKind::Eval && scope.needs_env() {
        flags |= CODE_HAS_FUNCTION_ENV;
        let idx = fc.scope_template(top, program.strict);
        debug_assert_eq!(idx, 0);
    }
    let completion = fc.b.reg();
    fc.completion = Some(completion);
    fc.b.temp_floor = fc.b.next_reg;
    fc.b.pos = program.body.first().map_or(Pos { line: 1, column: 1 }, |s| s.pos);
    fc.b.mark();
    insn::LoadUndef { dst: completion }.encode(&mut fc.b.code);
    // `this` captured by arrows in eval code.
    if let Some(i) = scope.find("%this") {
        let loc = fc.binding_loc(top, i);
        fc.store_loc(loc, 1, "%this");
    }
    fc.hoist_top_declarations(&program.body, unit)?;
    fc.stmts(&program.body)?;
    insn::Return { src: completion }.encode(&mut fc.b.code);
    fc.finish(None, Vec::new(), 0, flags, 0, (0, source_len as u32))
}

/// Compiles a standalone function (its parent is the global scope).
pub(super) fn compile_standalone(an: &Analysis, f: &Function) -> CResult<FunctionTemplate> {
    compile_function(an, f)
}

fn compile_function(an: &Analysis, f: &Function) -> CResult<FunctionTemplate> {
    let fi = an.node_func[&key(f)];
    let fs = an.funcs[fi].scope;
    let mut fc = Fc::new(an, fi, None, f.strict, f.is_arrow, fs);
    let nparams = f.params.len();
    if nparams > 0x3000 {
        return Err(CompileError(String::from("too many parameters")));
    }
    fc.b.next_reg = 2 + nparams as u16;
    fc.b.max_reg = fc.b.next_reg;
    let scope = &an.scopes[fs];
    let mut flags = 0u16;
    if f.strict {
        flags |= CODE_STRICT;
    }
    if f.is_arrow {
        flags |= CODE_ARROW | CODE_NOT_CONSTRUCTOR;
    }
    if matches!(f.kind, FunctionKind::Getter | FunctionKind::Setter) {
        flags |= CODE_NOT_CONSTRUCTOR;
    }
    if !f.is_arrow && f.flags.uses_this {
        flags |= CODE_USES_THIS;
    }
    if an.funcs[fi].dynamic {
        flags |= CODE_DYNAMIC_SCOPE;
    }
    if scope.needs_env() {
        flags |= CODE_HAS_FUNCTION_ENV;
        let idx = fc.scope_template(fs, true);
        debug_assert_eq!(idx, 0);
    }
    let mut param_env_slots = alloc::vec![u16::MAX; nparams];
    let mut arguments_reg = 0u16;
    // Homes of the function scope's bindings.
    for (i, bnd) in scope.bindings.iter().enumerate() {
        let slot = if bnd.captured { Some(fc.env_slot(fs, i)) } else { None };
        match bnd.kind {
            BindKind::Param(p) => match slot {
                Some(s) => param_env_slots[p as usize] = s,
                None => {
                    fc.regs.insert((fs, i), 2 + p);
                }
            },
            BindKind::Callee => {
                if slot.is_none() {
                    fc.regs.insert((fs, i), 0);
                }
            }
            BindKind::This => {}
            BindKind::Arguments => {
                arguments_reg = fc.b.reg();
                flags |= CODE_NEEDS_ARGUMENTS;
                if !f.strict && !f.is_arrow {
                    flags |= CODE_MAPPED_ARGUMENTS;
                }
                if slot.is_none() {
                    fc.regs.insert((fs, i), arguments_reg);
                }
            }
            _ => {
                if slot.is_none() {
                    let r = fc.b.reg();
                    fc.regs.insert((fs, i), r);
                }
            }
        }
    }
    fc.b.temp_floor = fc.b.next_reg;
    fc.b.pos = f.pos;
    fc.b.mark();
    // Prologue: copy captured specials into the environment, TDZ markers, hoisting.
    for (i, bnd) in scope.bindings.iter().enumerate() {
        if !bnd.captured {
            if bnd.kind.is_lexical() {
                let r = fc.regs[&(fs, i)];
                insn::LoadHole { dst: r }.encode(&mut fc.b.code);
            }
            continue;
        }
        let slot = fc.env_slot(fs, i);
        let src = match bnd.kind {
            BindKind::This => 1,
            BindKind::Callee => 0,
            BindKind::Arguments => arguments_reg,
            _ => continue,
        };
        insn::SetEnv { depth: 0, slot, src }.encode(&mut fc.b.code);
    }
    fc.hoist_functions(&f.body, fs)?;
    fc.stmts(&f.body)?;
    fc.b.mark();
    insn::ReturnUndef {}.encode(&mut fc.b.code);
    let name = f.name.as_ref().map(|n| n.name.clone());
    fc.finish(name, param_env_slots, nparams as u16, flags, arguments_reg, (f.source_start as u32, f.source_end as u32))
}

/// A numeric literal that is a small int32 (immediate operand candidate).
fn small_int(e: &Expr) -> Option<i32> {
    match e.kind {
        ExprKind::Number(n) => {
            let i = n as i32;
            (i as f64 == n && !(n == 0.0 && n.is_sign_negative()) && (-(1 << 24)..(1 << 24)).contains(&i)).then_some(i)
        }
        _ => None,
    }
}

/// Does `e` assign or update anything (so a register read before it may change)?
/// (An explicit work list: `e` may be a long chain.)
fn has_assignment(e: &Expr) -> bool {
    let mut todo = alloc::vec![e];
    while let Some(e) = todo.pop() {
        match &e.kind {
            ExprKind::Assign { .. } | ExprKind::Update { .. } => return true,
            ExprKind::Unary { arg, .. } => todo.push(arg),
            ExprKind::Binary { left, right, .. } | ExprKind::Logical { left, right, .. } => todo.extend([&**left, &**right]),
            ExprKind::Conditional { test, consequent, alternate } => todo.extend([&**test, &**consequent, &**alternate]),
            ExprKind::Sequence(xs) => todo.extend(xs),
            ExprKind::Call { callee, args } | ExprKind::New { callee, args } => {
                todo.push(callee);
                todo.extend(args);
            }
            ExprKind::Member { object, .. } => todo.push(object),
            ExprKind::Index { object, index } => todo.extend([&**object, &**index]),
            ExprKind::Array(items) => todo.extend(items.iter().flatten()),
            ExprKind::Object(props) => todo.extend(props.iter().filter_map(|p| match &p.kind {
                PropKind::Init(x) => Some(x),
                _ => None,
            })),
            _ => {}
        }
    }
    false
}

/// The chain operand the code for `e` evaluates first (through `expr_to` or
/// `expr_any`): [`Expr::chain_left`], except that a method call `o.m()` /
/// `o[k]()` evaluates `o` itself (the callee's property access is part of the
/// call).
fn codegen_chain_left(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Call { callee, .. } => match &callee.kind {
            ExprKind::Member { object, .. } | ExprKind::Index { object, .. } => Some(object),
            _ => Some(callee),
        },
        _ => e.chain_left(),
    }
}

fn units(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

/// The canonical array index spelled by a property name, if any.
fn index_of_name(units: &[u16]) -> Option<u32> {
    crate::numconv::is_array_index(units)
}

impl<'a> Fc<'a> {
    fn new(an: &'a Analysis, func: usize, unit: Option<UnitKind>, strict: bool, is_arrow: bool, scope: ScopeId) -> Fc<'a> {
        Fc {
            an,
            b: Builder::new(),
            func,
            _unit: unit,
            strict,
            is_arrow,
            cur_scope: scope,
            env_depth: 0,
            regs: HashMap::new(),
            scope_tables: Vec::new(),
            scope_index: HashMap::new(),
            breakables: Vec::new(),
            finallys: Vec::new(),
            completion: None,
            suppress_name_hint: false,
            pending_labels: Vec::new(),
            initializing: Vec::new(),
            fn_name_hint: None,
            chain_done: Vec::new(),
        }
    }

    fn finish(
        self,
        name: Option<String>,
        param_env_slots: Vec<u16>,
        param_count: u16,
        flags: u16,
        arguments_reg: u16,
        source_range: (u32, u32),
    ) -> CResult<FunctionTemplate> {
        let scopes = self.scope_tables;
        let (bytecode, constants, handlers, lines, register_count, ic_count, loop_count) = self.b.finish()?;
        Ok(FunctionTemplate {
            name,
            bytecode,
            constants,
            param_count,
            register_count,
            flags,
            arguments_reg,
            handlers,
            lines,
            scopes,
            param_env_slots,
            ic_count,
            loop_count,
            source_range,
        })
    }

    // -------------------------------------------------------------------
    // Scopes and bindings

    /// Index of the environment slot of captured binding `i` of `scope`.
    fn env_slot(&self, scope: ScopeId, i: usize) -> u16 {
        self.an.scopes[scope].bindings[i].env_slot
    }

    /// The scope table entry describing `scope`'s environment.
    fn scope_template(&mut self, scope: ScopeId, is_function_scope: bool) -> u32 {
        if let Some(i) = self.scope_index.get(&scope) {
            return *i;
        }
        let s = &self.an.scopes[scope];
        let mut t = ScopeTemplate { is_function_scope, ..Default::default() };
        for b in s.bindings.iter().filter(|b| b.captured) {
            t.names.push(b.name.clone());
            t.kinds.push(match b.kind {
                BindKind::Let => BindingKind::Let,
                BindKind::Const => BindingKind::Const,
                BindKind::Callee => BindingKind::Callee,
                _ => BindingKind::Var,
            });
        }
        self.scope_tables.push(t);
        let i = (self.scope_tables.len() - 1) as u32;
        self.scope_index.insert(scope, i);
        i
    }

    /// Environment hops from the current scope to `target`'s environment.
    fn env_hops(&self, target: ScopeId) -> u16 {
        let mut n = 0u16;
        let mut s = self.cur_scope;
        while s != target {
            if self.an.scopes[s].needs_env() {
                n += 1;
            }
            match self.an.scopes[s].parent {
                Some(p) => s = p,
                None => break,
            }
        }
        n
    }

    fn binding_loc(&self, scope: ScopeId, i: usize) -> Loc {
        let sc = &self.an.scopes[scope];
        if sc.kind == ScopeKind::Global {
            return Loc::Global;
        }
        if sc.bindings[i].captured {
            Loc::Env { depth: self.env_hops(scope), slot: self.env_slot(scope, i) }
        } else {
            match self.regs.get(&(scope, i)) {
                Some(r) => Loc::Reg(*r),
                // A binding of another function that is not captured cannot be
                // referenced; fall back to a dynamic lookup to stay safe.
                None => Loc::Dynamic,
            }
        }
    }

    fn locate(&self, name: &str) -> (Loc, Option<(ScopeId, usize)>) {
        match self.an.resolve(self.cur_scope, name) {
            Resolved::Binding(s, i) => (self.binding_loc(s, i), Some((s, i))),
            Resolved::Global => (Loc::Global, None),
            Resolved::Dynamic => (Loc::Dynamic, None),
        }
    }

    /// Does a read of binding `(s, i)` at `pos` need a TDZ check?
    fn needs_tdz_check(&self, s: ScopeId, i: usize, pos: Pos) -> bool {
        let sc = &self.an.scopes[s];
        let b = &sc.bindings[i];
        if !b.kind.is_lexical() {
            return false;
        }
        sc.func != self.func || sc.is_switch || pos <= b.decl_pos || self.initializing.contains(&(s, i))
    }

    /// Enters a block-like scope: environment, registers, TDZ markers.
    fn enter_scope(&mut self, scope: ScopeId) {
        let s = &self.an.scopes[scope];
        if s.needs_env() {
            let idx = self.scope_template(scope, false);
            self.b.mark();
            insn::PushEnv { scope: idx }.encode(&mut self.b.code);
            self.env_depth += 1;
        }
        self.cur_scope = scope;
        for (i, bnd) in s.bindings.iter().enumerate() {
            if bnd.captured {
                continue;
            }
            let r = self.b.reg();
            self.regs.insert((scope, i), r);
            if bnd.kind.is_lexical() {
                insn::LoadHole { dst: r }.encode(&mut self.b.code);
            } else {
                insn::LoadUndef { dst: r }.encode(&mut self.b.code);
            }
        }
    }

    fn exit_scope(&mut self, scope: ScopeId, mark: u16) {
        let s = &self.an.scopes[scope];
        if s.needs_env() {
            insn::PopEnv {}.encode(&mut self.b.code);
            self.env_depth -= 1;
        }
        self.cur_scope = s.parent.unwrap_or(scope);
        self.b.free_to(mark);
    }

    fn emit_pop_envs(&mut self, to: u16) {
        for _ in to..self.env_depth {
            insn::PopEnv {}.encode(&mut self.b.code);
        }
    }

    // -------------------------------------------------------------------
    // Loads and stores of names

    fn name_const(&mut self, name: &str) -> u32 {
        self.b.str_const(name)
    }

    fn load_name_to(&mut self, name: &str, pos: Pos, dst: u16, typeof_: bool) {
        if name == "undefined" || name == "NaN" || name == "Infinity" {
            if let (Loc::Global, None) = self.locate(name) {
                match name {
                    "undefined" => insn::LoadUndef { dst }.encode(&mut self.b.code),
                    "NaN" => self.b.load_const(dst, ConstVal::Number(f64::NAN)),
                    _ => self.b.load_const(dst, ConstVal::Number(f64::INFINITY)),
                }
                return;
            }
        }
        let (loc, bind) = self.locate(name);
        self.b.pos = pos;
        self.b.mark();
        match loc {
            Loc::Reg(r) => {
                if let Some((s, i)) = bind {
                    if self.needs_tdz_check(s, i, pos) {
                        let k = self.name_const(name);
                        insn::CheckInit { src: r, name: k }.encode(&mut self.b.code);
                    }
                }
                if r != dst {
                    insn::Move { dst, src: r }.encode(&mut self.b.code);
                }
            }
            Loc::Env { depth, slot } => {
                let check = bind.is_some_and(|(s, i)| self.needs_tdz_check(s, i, pos));
                if check {
                    let k = self.name_const(name);
                    insn::GetEnvChecked { dst, depth, slot, name: k }.encode(&mut self.b.code);
                } else {
                    insn::GetEnv { dst, depth, slot }.encode(&mut self.b.code);
                }
            }
            Loc::Global => {
                let k = self.name_const(name);
                let ic = self.b.ic();
                if typeof_ {
                    insn::GetGlobalOrUndef { dst, name: k, ic }.encode(&mut self.b.code);
                } else {
                    insn::GetGlobal { dst, name: k, ic }.encode(&mut self.b.code);
                }
            }
            Loc::Dynamic => {
                let k = self.name_const(name);
                if typeof_ {
                    insn::GetNameOrUndef { dst, name: k }.encode(&mut self.b.code);
                } else {
                    insn::GetName { dst, name: k }.encode(&mut self.b.code);
                }
            }
        }
    }

    /// The register holding `name` if it is register-resident and initialized.
    fn name_reg(&self, name: &str, pos: Pos) -> Option<u16> {
        if let (Loc::Reg(r), Some((s, i))) = self.locate(name) {
            if !self.needs_tdz_check(s, i, pos) {
                return Some(r);
            }
        }
        None
    }

    fn store_loc(&mut self, loc: Loc, src: u16, name: &str) {
        match loc {
            Loc::Reg(r) => {
                if r != src {
                    insn::Move { dst: r, src }.encode(&mut self.b.code);
                }
            }
            Loc::Env { depth, slot } => insn::SetEnv { depth, slot, src }.encode(&mut self.b.code),
            Loc::Global => {
                let k = self.name_const(name);
                let ic = self.b.ic();
                insn::SetGlobal { name: k, src, ic }.encode(&mut self.b.code);
            }
            Loc::Dynamic => {
                let k = self.name_const(name);
                insn::SetName { name: k, src }.encode(&mut self.b.code);
            }
        }
    }

    /// Assignment to an identifier (`init` = a declaration's initialization).
    fn store_name(&mut self, name: &str, pos: Pos, src: u16, init: bool) {
        let (loc, bind) = self.locate(name);
        self.b.pos = pos;
        self.b.mark();
        if let Some((s, i)) = bind {
            let sc = &self.an.scopes[s];
            let kind = sc.bindings[i].kind;
            if sc.kind == ScopeKind::Global && kind.is_lexical() && init {
                let k = self.name_const(name);
                insn::InitLexical { name: k, src }.encode(&mut self.b.code);
                return;
            }
            if !init {
                match kind {
                    BindKind::Const => {
                        if self.needs_tdz_check(s, i, pos) {
                            self.tdz_check_only(loc, name);
                        }
                        let k = self.b.str_const("Assignment to constant variable.");
                        insn::ThrowError { kind: 0, msg: k }.encode(&mut self.b.code);
                        return;
                    }
                    BindKind::Callee => {
                        if self.strict {
                            let k = self.b.str_const("Assignment to constant variable.");
                            insn::ThrowError { kind: 0, msg: k }.encode(&mut self.b.code);
                        }
                        return;
                    }
                    BindKind::Let if self.needs_tdz_check(s, i, pos) => {
                        match loc {
                            Loc::Env { depth, slot } => {
                                let k = self.name_const(name);
                                insn::SetEnvChecked { depth, slot, src, name: k }.encode(&mut self.b.code);
                                return;
                            }
                            Loc::Reg(_) => self.tdz_check_only(loc, name),
                            _ => {}
                        }
                    }
                    _ => {}
                }
            }
        }
        self.store_loc(loc, src, name);
    }

    fn tdz_check_only(&mut self, loc: Loc, name: &str) {
        let k = self.name_const(name);
        match loc {
            Loc::Reg(r) => insn::CheckInit { src: r, name: k }.encode(&mut self.b.code),
            Loc::Env { depth, slot } => {
                let t = self.b.reg();
                insn::GetEnvChecked { dst: t, depth, slot, name: k }.encode(&mut self.b.code);
                self.b.free_to(t);
            }
            _ => {}
        }
    }

    // -------------------------------------------------------------------
    // Hoisting

    fn closure_to(&mut self, f: &Function, dst: u16) -> CResult<()> {
        let mut t = compile_function(self.an, f)?;
        if let Some(n) = self.fn_name_hint.take() {
            if t.name.is_none() {
                t.name = Some(n);
            }
        }
        let k = self.b.constant(ConstVal::Function(Box::new(t)));
        self.b.mark();
        insn::Closure { dst, func: k }.encode(&mut self.b.code);
        Ok(())
    }

    /// Creates the closures of function declarations directly in `body` and stores
    /// them into their bindings in `scope`.
    fn hoist_functions(&mut self, body: &[Stmt], scope: ScopeId) -> CResult<()> {
        for s in body {
            if let StmtKind::FunctionDecl(f) = &s.kind {
                if let Some(n) = &f.name {
                    let mark = self.b.next_reg;
                    let t = self.b.reg();
                    self.b.pos = s.pos;
                    self.closure_to(f, t)?;
                    if let Some(i) = self.an.scopes[scope].find(&n.name) {
                        let loc = self.binding_loc(scope, i);
                        self.store_loc(loc, t, &n.name);
                    }
                    self.b.free_to(mark);
                }
            }
        }
        Ok(())
    }

    /// Global/eval code: declares functions and vars in the variable environment.
    /// Checks that every top-level declaration of a script or sloppy eval can be
    /// made before any is (`DeclareLexical` 2, `DeclareGlobal` 3 and 2): a script
    /// whose `let` clashes or whose function cannot be defined declares nothing.
    fn check_top_declarations(&mut self, body: &[Stmt], unit: UnitKind) {
        let top = self.cur_scope;
        let mut checks: Vec<(u32, bool, u16)> = Vec::new();
        if unit == UnitKind::Script {
            for b in &self.an.scopes[top].bindings {
                if b.kind.is_lexical() {
                    let k = self.b.str_const(&b.name);
                    checks.push((k, true, 2));
                }
            }
        }
        let mut fns: HashSet<&str> = HashSet::new();
        for s in body {
            if let StmtKind::FunctionDecl(f) = &s.kind {
                if let Some(n) = &f.name {
                    if fns.insert(n.name.as_str()) {
                        let k = self.b.str_const(&n.name);
                        checks.push((k, false, 3));
                    }
                }
            }
        }
        let mut var_names = NameList::default();
        for s in body {
            collect_var_names(s, &mut var_names);
        }
        for n in var_names.names {
            if !fns.contains(n) {
                let k = self.b.str_const(n);
                checks.push((k, false, 2));
            }
        }
        if checks.len() < 2 {
            // One declaration is atomic by itself.
            return;
        }
        let undef = self.b.reg();
        insn::LoadUndef { dst: undef }.encode(&mut self.b.code);
        for (k, lexical, mode) in checks {
            if lexical {
                insn::DeclareLexical { name: k, is_const: mode }.encode(&mut self.b.code);
            } else {
                insn::DeclareGlobal { name: k, src: undef, is_fn: mode }.encode(&mut self.b.code);
            }
        }
        self.b.free_to(undef);
    }

    fn hoist_top_declarations(&mut self, body: &[Stmt], unit: UnitKind) -> CResult<()> {
        let top = self.cur_scope;
        if unit == UnitKind::Eval && self.strict {
            // Strict eval: everything lives in the eval's own environment.
            return self.hoist_functions(body, top);
        }
        self.check_top_declarations(body, unit);
        // Functions first (they win over vars of the same name).
        let mut fn_names: HashSet<&str> = HashSet::new();
        for s in body {
            if let StmtKind::FunctionDecl(f) = &s.kind {
                if let Some(n) = &f.name {
                    let mark = self.b.next_reg;
                    let t = self.b.reg();
                    self.b.pos = s.pos;
                    self.closure_to(f, t)?;
                    let k = self.name_const(&n.name);
                    insn::DeclareGlobal { name: k, src: t, is_fn: 1 }.encode(&mut self.b.code);
                    self.b.free_to(mark);
                    fn_names.insert(n.name.as_str());
                }
            }
        }
        let mut var_names = NameList::default();
        for s in body {
            collect_var_names(s, &mut var_names);
        }
        // Annex B block functions hoisted as vars in sloppy global code.
        if unit == UnitKind::Script {
            for b in &self.an.scopes[top].bindings {
                if b.kind == BindKind::Var {
                    var_names.push(&b.name);
                }
            }
        } else {
            for s in body {
                collect_block_function_names(s, &mut var_names);
            }
        }
        let undef = self.b.reg();
        insn::LoadUndef { dst: undef }.encode(&mut self.b.code);
        for n in var_names.names {
            if fn_names.contains(n) {
                continue;
            }
            let k = self.name_const(n);
            insn::DeclareGlobal { name: k, src: undef, is_fn: 0 }.encode(&mut self.b.code);
        }
        self.b.free_to(undef);
        if unit == UnitKind::Script {
            for (i, b) in self.an.scopes[top].bindings.iter().enumerate() {
                if b.kind.is_lexical() {
                    let _ = i;
                    let k = self.name_const(&b.name);
                    insn::DeclareLexical { name: k, is_const: (b.kind == BindKind::Const) as u16 }.encode(&mut self.b.code);
                }
            }
        }
        Ok(())
    }

    // -------------------------------------------------------------------
    // Statements

    fn stmts(&mut self, list: &[Stmt]) -> CResult<()> {
        for s in list {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn block(&mut self, node: usize, body: &[Stmt]) -> CResult<()> {
        let Some(&scope) = self.an.node_scope.get(&node) else {
            return self.stmts(body);
        };
        let mark = self.b.next_reg;
        self.enter_scope(scope);
        self.hoist_functions(body, scope)?;
        self.stmts(body)?;
        self.exit_scope(scope, mark);
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.b.pos = s.pos;
        let labels = core::mem::take(&mut self.pending_labels);
        if matches!(
            s.kind,
            StmtKind::If { .. } | StmtKind::For { .. } | StmtKind::ForIn { .. } | StmtKind::While { .. } | StmtKind::DoWhile { .. } | StmtKind::With { .. } | StmtKind::Switch { .. } | StmtKind::Try { .. }
        ) {
            // ES2015 completion values: these statements complete with
            // `UpdateEmpty(result, undefined)`, never with an earlier value.
            self.reset_completion();
        }
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Debugger => insn::Debugger {}.encode(&mut self.b.code),
            StmtKind::Block(body) => {
                if labels.is_empty() {
                    self.block(key(s), body)?;
                } else {
                    self.labeled_block(labels, |fc| fc.block(key(s), body))?;
                }
            }
            StmtKind::Expression(e) => match self.completion {
                Some(c) => self.expr_to(e, c)?,
                None => self.expr_discard(e)?,
            },
            StmtKind::VarDecl(d) => {
                for decl in &d.declarations {
                    match &decl.init {
                        Some(init) => self.assign_to_name(&decl.name.name, decl.name.pos, init, d.kind != VarKind::Var)?,
                        None if d.kind != VarKind::Var => {
                            let mark = self.b.next_reg;
                            let t = self.b.reg();
                            insn::LoadUndef { dst: t }.encode(&mut self.b.code);
                            self.store_name(&decl.name.name, decl.name.pos, t, true);
                            self.b.free_to(mark);
                        }
                        None => {}
                    }
                }
            }
            StmtKind::FunctionDecl(f) => {
                // Hoisted at scope entry. Annex B: a sloppy block function also
                // assigns its function-scope var when the declaration is reached.
                if let Some(n) = &f.name {
                    let fs = self.an.funcs[self.func].scope;
                    let in_block = self.cur_scope != fs && self.an.scopes[self.cur_scope].kind != ScopeKind::Global;
                    if in_block && !self.strict {
                        if let Some(i) = self.an.scopes[fs].find(&n.name) {
                            if self.an.scopes[fs].bindings[i].kind == BindKind::Var {
                                let mark = self.b.next_reg;
                                let t = self.b.reg();
                                self.load_name_to(&n.name, n.pos, t, false);
                                let loc = self.binding_loc(fs, i);
                                self.store_loc(loc, t, &n.name);
                                self.b.free_to(mark);
                            }
                        } else if matches!(self.an.scopes[fs].kind, ScopeKind::Global | ScopeKind::Eval) && !self.strict {
                            let mark = self.b.next_reg;
                            let t = self.b.reg();
                            self.load_name_to(&n.name, n.pos, t, false);
                            let k = self.name_const(&n.name);
                            let ic = self.b.ic();
                            if self.an.scopes[fs].kind == ScopeKind::Global {
                                insn::SetGlobal { name: k, src: t, ic }.encode(&mut self.b.code);
                            } else {
                                insn::SetName { name: k, src: t }.encode(&mut self.b.code);
                            }
                            self.b.free_to(mark);
                        }
                    }
                }
            }
            StmtKind::If { test, consequent, alternate } => {
                let else_l = self.b.label();
                self.cond_jump(test, false, else_l)?;
                self.stmt(consequent)?;
                match alternate {
                    Some(a) => {
                        let end = self.b.label();
                        self.b.jump(end);
                        self.b.bind(else_l);
                        self.stmt(a)?;
                        self.b.bind(end);
                    }
                    None => self.b.bind(else_l),
                }
            }
            StmtKind::For { init, test, update, body } => self.for_stmt(s, labels, init, test, update, body)?,
            StmtKind::ForIn { left, right, body } => self.for_in_stmt(s, labels, left, right, body)?,
            StmtKind::While { test, body } => {
                // Rotated: the test sits at the bottom and branches back to the
                // loop header, so an iteration has no unconditional jump.
                let head = self.b.label();
                let test_l = self.b.label();
                let exit = self.b.label();
                self.b.jump(test_l);
                self.b.bind(head);
                self.loop_header(s.pos);
                self.push_breakable(labels, BreakKind::Loop, exit, Some(test_l));
                self.stmt(body)?;
                self.breakables.pop();
                self.b.bind(test_l);
                self.b.pos = test.pos;
                self.cond_jump(test, true, head)?;
                self.b.bind(exit);
            }
            StmtKind::DoWhile { body, test } => {
                let head = self.b.label();
                let cont = self.b.label();
                let exit = self.b.label();
                self.b.bind(head);
                self.loop_header(s.pos);
                self.push_breakable(labels, BreakKind::Loop, exit, Some(cont));
                self.stmt(body)?;
                self.breakables.pop();
                self.b.bind(cont);
                self.b.pos = test.pos;
                self.cond_jump(test, true, head)?;
                self.b.bind(exit);
            }
            StmtKind::Continue(label) => {
                let t = self.find_target(label.as_ref().map(|l| l.name.as_str()), true);
                if let Some((l, env, fd)) = t {
                    self.jump_out(l, env, fd);
                }
            }
            StmtKind::Break(label) => {
                let t = self.find_target(label.as_ref().map(|l| l.name.as_str()), false);
                if let Some((l, env, fd)) = t {
                    self.jump_out(l, env, fd);
                }
            }
            StmtKind::Return(Some(Expr { kind: ExprKind::Conditional { test, consequent, alternate }, .. })) if self.finallys.is_empty() => {
                // `return c ? a : b` returns from both branches (no join).
                let else_l = self.b.label();
                self.cond_jump(test, false, else_l)?;
                for (i, e) in [consequent, alternate].into_iter().enumerate() {
                    if i == 1 {
                        self.b.bind(else_l);
                    }
                    let mark = self.b.next_reg;
                    let r = self.expr_any(e)?;
                    self.b.pos = s.pos;
                    self.emit_return(r);
                    self.b.free_to(mark);
                }
            }
            StmtKind::Return(e) => {
                let mark = self.b.next_reg;
                let r = match e {
                    Some(e) => self.expr_any(e)?,
                    None => {
                        let t = self.b.reg();
                        insn::LoadUndef { dst: t }.encode(&mut self.b.code);
                        t
                    }
                };
                self.b.pos = s.pos;
                self.emit_return(r);
                self.b.free_to(mark);
            }
            StmtKind::With { object, body } => {
                let mark = self.b.next_reg;
                let o = self.expr_any(object)?;
                let ws = self.an.node_scope[&key(s)];
                self.b.pos = s.pos;
                self.b.mark();
                insn::PushWith { obj: o }.encode(&mut self.b.code);
                self.env_depth += 1;
                let saved = self.cur_scope;
                self.cur_scope = ws;
                if labels.is_empty() {
                    self.stmt(body)?;
                } else {
                    self.labeled_block(labels, |fc| fc.stmt(body))?;
                }
                self.cur_scope = saved;
                insn::PopEnv {}.encode(&mut self.b.code);
                self.env_depth -= 1;
                self.b.free_to(mark);
            }
            StmtKind::Switch { discriminant, cases } => self.switch_stmt(s, labels, discriminant, cases)?,
            StmtKind::Labeled { label, body } => {
                let mut labels = labels;
                labels.push(label.name.clone());
                match &body.kind {
                    StmtKind::For { .. } | StmtKind::ForIn { .. } | StmtKind::While { .. } | StmtKind::DoWhile { .. } | StmtKind::Labeled { .. } => {
                        self.pending_labels = labels;
                        self.stmt(body)?;
                    }
                    _ => self.labeled_block(labels, |fc| fc.stmt(body))?,
                }
            }
            StmtKind::Throw(e) => {
                let mark = self.b.next_reg;
                let r = self.expr_any(e)?;
                self.b.pos = s.pos;
                self.b.mark();
                insn::Throw { src: r }.encode(&mut self.b.code);
                self.b.free_to(mark);
            }
            StmtKind::Try { block, handler, finalizer } => self.try_stmt(block, handler.as_deref(), finalizer.as_ref())?,
        }
        Ok(())
    }

    /// The loop's anchor for the trace monitor, at the loop statement's position
    /// (diagnostics name loops by it).
    fn loop_header(&mut self, pos: crate::parser::Pos) {
        self.b.pos = pos;
        self.b.mark();
        let c = self.b.loop_count;
        self.b.loop_count += 1;
        insn::LoopHeader { counter: c }.encode(&mut self.b.code);
    }

    fn push_breakable(&mut self, labels: Vec<String>, kind: BreakKind, brk: Label, cont: Option<Label>) {
        let env = self.env_depth;
        self.breakables.push(Breakable { labels, kind, brk, brk_env: env, cont, cont_env: env, finally_depth: self.finallys.len() });
    }

    fn labeled_block(&mut self, labels: Vec<String>, f: impl FnOnce(&mut Self) -> CResult<()>) -> CResult<()> {
        let end = self.b.label();
        self.push_breakable(labels, BreakKind::Block, end, None);
        f(self)?;
        self.breakables.pop();
        self.b.bind(end);
        Ok(())
    }

    fn find_target(&self, label: Option<&str>, is_continue: bool) -> Option<(Label, u16, usize)> {
        for b in self.breakables.iter().rev() {
            let matches = match label {
                Some(l) => b.labels.iter().any(|x| x == l),
                None => b.kind == BreakKind::Loop || (!is_continue && b.kind == BreakKind::Switch),
            };
            if !matches {
                continue;
            }
            if is_continue {
                if b.kind != BreakKind::Loop {
                    return None;
                }
                return b.cont.map(|c| (c, b.cont_env, b.finally_depth));
            }
            return Some((b.brk, b.brk_env, b.finally_depth));
        }
        None
    }

    /// Jumps to `target` (at environment depth `env`), running finally blocks
    /// entered since `finally_depth`.
    fn jump_out(&mut self, target: Label, env: u16, finally_depth: usize) {
        if self.finallys.len() > finally_depth {
            let fi = self.finallys.len() - 1;
            let k = self.finallys[fi].conts.len() as i32 + 2;
            self.finallys[fi].conts.push(Cont::Jump { label: target, env, finally_depth });
            let (kind_reg, entry, fenv) = (self.finallys[fi].kind_reg, self.finallys[fi].entry, self.finallys[fi].env_depth);
            self.emit_pop_envs(fenv);
            insn::LoadInt { dst: kind_reg, imm: k }.encode(&mut self.b.code);
            self.b.jump(entry);
        } else {
            self.emit_pop_envs(env);
            self.b.jump(target);
        }
    }

    fn emit_return(&mut self, value: u16) {
        self.b.mark();
        if let Some(fi) = self.finallys.len().checked_sub(1) {
            let k = self.finallys[fi].conts.len() as i32 + 2;
            self.finallys[fi].conts.push(Cont::Return);
            let (kind_reg, value_reg, entry, fenv) =
                (self.finallys[fi].kind_reg, self.finallys[fi].value_reg, self.finallys[fi].entry, self.finallys[fi].env_depth);
            if value != value_reg {
                insn::Move { dst: value_reg, src: value }.encode(&mut self.b.code);
            }
            self.emit_pop_envs(fenv);
            insn::LoadInt { dst: kind_reg, imm: k }.encode(&mut self.b.code);
            self.b.jump(entry);
        } else {
            insn::Return { src: value }.encode(&mut self.b.code);
        }
    }

    fn for_stmt(&mut self, s: &Stmt, labels: Vec<String>, init: &Option<ForInit>, test: &Option<Box<Expr>>, update: &Option<Box<Expr>>, body: &Stmt) -> CResult<()> {
        let scope = self.an.node_scope[&key(s)];
        let mark = self.b.next_reg;
        let has_bindings = !self.an.scopes[scope].bindings.is_empty();
        if has_bindings {
            self.enter_scope(scope);
        } else {
            self.cur_scope = scope;
        }
        match init {
            Some(ForInit::VarDecl(d)) => {
                let decl_stmt = Stmt { pos: s.pos, kind: StmtKind::Empty };
                let _ = decl_stmt;
                for decl in &d.declarations {
                    match &decl.init {
                        Some(e) => self.assign_to_name(&decl.name.name, decl.name.pos, e, d.kind != VarKind::Var)?,
                        None if d.kind != VarKind::Var => {
                            let t = self.b.reg();
                            insn::LoadUndef { dst: t }.encode(&mut self.b.code);
                            self.store_name(&decl.name.name, decl.name.pos, t, true);
                            self.b.free_to(t);
                        }
                        None => {}
                    }
                }
            }
            Some(ForInit::Expr(e)) => self.expr_discard(e)?,
            None => {}
        }
        let per_iteration = has_bindings && self.an.scopes[scope].needs_env();
        if per_iteration {
            // The first iteration gets its own copy too, so closures made in the
            // initializer keep the initial bindings (ES2015 §13.7.4.8 step 2,
            // CreatePerIterationEnvironment before the first test).
            insn::CopyEnv {}.encode(&mut self.b.code);
        }
        // Rotated loop: init; jump to the test; body; update; test → header.
        let head = self.b.label();
        let cont = self.b.label();
        let test_l = self.b.label();
        let exit_inner = self.b.label();
        let exit = self.b.label();
        if test.is_some() {
            self.b.jump(test_l);
        }
        self.b.bind(head);
        self.loop_header(s.pos);
        let outer_env = self.env_depth - if has_bindings && self.an.scopes[scope].needs_env() { 1 } else { 0 };
        self.breakables.push(Breakable {
            labels,
            kind: BreakKind::Loop,
            brk: exit,
            brk_env: outer_env,
            cont: Some(cont),
            cont_env: self.env_depth,
            finally_depth: self.finallys.len(),
        });
        self.stmt(body)?;
        self.breakables.pop();
        self.b.bind(cont);
        if per_iteration {
            insn::CopyEnv {}.encode(&mut self.b.code);
        }
        if let Some(u) = update {
            self.b.pos = u.pos;
            self.expr_discard(u)?;
        }
        self.b.bind(test_l);
        match test {
            Some(t) => {
                self.b.pos = t.pos;
                self.cond_jump(t, true, head)?;
            }
            None => self.b.jump(head),
        }
        self.b.bind(exit_inner);
        if has_bindings {
            self.exit_scope(scope, mark);
        } else {
            self.cur_scope = self.an.scopes[scope].parent.unwrap_or(scope);
            self.b.free_to(mark);
        }
        self.b.bind(exit);
        Ok(())
    }

    fn for_in_stmt(&mut self, s: &Stmt, labels: Vec<String>, left: &ForInTarget, right: &Expr, body: &Stmt) -> CResult<()> {
        let scope = self.an.node_scope[&key(s)];
        let mark = self.b.next_reg;
        if let ForInTarget::VarDecl(VarKind::Var, decl) = left {
            if let Some(init) = &decl.init {
                self.assign_to_name(&decl.name.name, decl.name.pos, init, false)?;
            }
        }
        let iter = self.b.reg();
        let has_bindings = !self.an.scopes[scope].bindings.is_empty();
        let inner_mark = self.b.next_reg;
        let lexical = matches!(left, ForInTarget::VarDecl(k, _) if *k != VarKind::Var);
        let enter = |fc: &mut Self| {
            if has_bindings {
                fc.enter_scope(scope);
            } else {
                fc.cur_scope = scope;
            }
        };
        if lexical {
            // The object expression runs with the loop's bindings in their TDZ.
            enter(self);
        }
        {
            let m2 = self.b.next_reg;
            let tdz: Vec<(ScopeId, usize)> = if lexical { (0..self.an.scopes[scope].bindings.len()).map(|i| (scope, i)).collect() } else { Vec::new() };
            let depth = self.initializing.len();
            self.initializing.extend(tdz);
            let o = self.expr_any(right);
            self.initializing.truncate(depth);
            let o = o?;
            self.b.pos = s.pos;
            self.b.mark();
            insn::ForInStart { iter, obj: o }.encode(&mut self.b.code);
            self.b.free_to(m2);
        }
        if !lexical {
            enter(self);
        }
        let per_iteration = has_bindings && self.an.scopes[scope].needs_env();
        let head = self.b.label();
        let exit_inner = self.b.label();
        let exit = self.b.label();
        self.b.bind(head);
        self.loop_header(s.pos);
        let k = self.b.reg();
        self.b.for_in_next(k, iter, exit_inner);
        if per_iteration {
            insn::CopyEnv {}.encode(&mut self.b.code);
        }
        match left {
            ForInTarget::VarDecl(kind, decl) => self.store_name(&decl.name.name, decl.name.pos, k, *kind != VarKind::Var),
            ForInTarget::Expr(target) => self.assign_reg_to_target(target, k)?,
        }
        let outer_env = self.env_depth - if per_iteration { 1 } else { 0 };
        self.breakables.push(Breakable {
            labels,
            kind: BreakKind::Loop,
            brk: exit,
            brk_env: outer_env,
            cont: Some(head),
            cont_env: self.env_depth,
            finally_depth: self.finallys.len(),
        });
        self.stmt(body)?;
        self.breakables.pop();
        self.b.jump(head);
        self.b.bind(exit_inner);
        if has_bindings {
            self.exit_scope(scope, inner_mark);
        } else {
            self.cur_scope = self.an.scopes[scope].parent.unwrap_or(scope);
        }
        self.b.bind(exit);
        self.b.free_to(mark);
        Ok(())
    }

    fn switch_stmt(&mut self, s: &Stmt, labels: Vec<String>, discriminant: &Expr, cases: &[SwitchCase]) -> CResult<()> {
        let mark = self.b.next_reg;
        let d = self.b.reg();
        self.expr_to(discriminant, d)?;
        let scope = self.an.node_scope[&key(s)];
        let outer_env = self.env_depth;
        self.enter_scope(scope);
        for c in cases {
            self.hoist_functions(&c.body, scope)?;
        }
        let exit_inner = self.b.label();
        let exit = self.b.label();
        let case_labels: Vec<Label> = cases.iter().map(|_| self.b.label()).collect();
        for (c, l) in cases.iter().zip(&case_labels) {
            if let Some(t) = &c.test {
                let m = self.b.next_reg;
                let v = self.expr_any(t)?;
                let r = self.b.reg();
                self.b.pos = c.pos;
                insn::StrictEq { dst: r, a: d, b: v }.encode(&mut self.b.code);
                self.b.jump_if_true(r, *l);
                self.b.free_to(m);
            }
        }
        match cases.iter().position(|c| c.test.is_none()) {
            Some(i) => self.b.jump(case_labels[i]),
            None => self.b.jump(exit_inner),
        }
        self.breakables.push(Breakable {
            labels,
            kind: BreakKind::Switch,
            brk: exit,
            brk_env: outer_env,
            cont: None,
            cont_env: outer_env,
            finally_depth: self.finallys.len(),
        });
        for (c, l) in cases.iter().zip(&case_labels) {
            self.b.bind(*l);
            self.stmts(&c.body)?;
        }
        self.breakables.pop();
        self.b.bind(exit_inner);
        self.exit_scope(scope, d + 1);
        self.b.bind(exit);
        self.b.free_to(mark);
        Ok(())
    }

    // Blocks are passed as `&Vec` because scopes are keyed by the Vec's address.
    #[allow(clippy::ptr_arg)]
    /// Sets the completion value (script and eval code) to undefined.
    fn reset_completion(&mut self) {
        if let Some(c) = self.completion {
            insn::LoadUndef { dst: c }.encode(&mut self.b.code);
        }
    }

    fn try_stmt(&mut self, block: &Vec<Stmt>, handler: Option<&CatchClause>, finalizer: Option<&Vec<Stmt>>) -> CResult<()> {
        let mark = self.b.next_reg;
        let env0 = self.env_depth;
        if let Some(_f) = finalizer {
            let kind_reg = self.b.reg();
            let value_reg = self.b.reg();
            let entry = self.b.label();
            self.finallys.push(FinallyCtx { kind_reg, value_reg, entry, env_depth: env0, conts: Vec::new() });
        }
        let try_start = self.b.here() as u32;
        self.block(key(block), block)?;
        let try_end = self.b.here() as u32;
        if let Some(h) = handler {
            let after = self.b.label();
            self.b.jump(after);
            let catch_pc = self.b.here() as u32;
            let cs = self.an.node_scope[&key(h)];
            let cmark = self.b.next_reg;
            let exc = self.b.reg();
            self.b.handlers.push(Handler { start: try_start, end: try_end, target: catch_pc, exc_reg: exc, env_depth: env0 });
            // The catch scope: its parameter lives in `exc` or in a new environment.
            let sc = &self.an.scopes[cs];
            if sc.needs_env() {
                let idx = self.scope_template(cs, false);
                insn::PushEnv { scope: idx }.encode(&mut self.b.code);
                self.env_depth += 1;
                self.cur_scope = cs;
                insn::SetEnv { depth: 0, slot: 0, src: exc }.encode(&mut self.b.code);
            } else {
                self.cur_scope = cs;
                self.regs.insert((cs, 0), exc);
            }
            self.reset_completion();
            self.block(key(&h.body), &h.body)?;
            self.exit_scope(cs, cmark);
            self.b.bind(after);
        }
        if finalizer.is_some() {
            let protected_end = self.b.here() as u32;
            let ctx = self.finallys.pop().expect("finally context");
            insn::LoadInt { dst: ctx.kind_reg, imm: 0 }.encode(&mut self.b.code);
            self.b.jump(ctx.entry);
            let throw_pc = self.b.here() as u32;
            self.b.handlers.push(Handler { start: try_start, end: protected_end, target: throw_pc, exc_reg: ctx.value_reg, env_depth: env0 });
            insn::LoadInt { dst: ctx.kind_reg, imm: 1 }.encode(&mut self.b.code);
            self.b.bind(ctx.entry);
            if let Some(fin) = finalizer {
                // A normally completing `finally` block does not change the
                // statement's completion value; one left by `break`/`continue`
                // completes with its own value (UpdateEmpty of the block's
                // statements, undefined when none has a value).
                match self.completion {
                    Some(c) => {
                        let saved = self.b.reg();
                        insn::Move { dst: saved, src: c }.encode(&mut self.b.code);
                        insn::LoadUndef { dst: c }.encode(&mut self.b.code);
                        self.block(key(fin), fin)?;
                        insn::Move { dst: c, src: saved }.encode(&mut self.b.code);
                    }
                    None => self.block(key(fin), fin)?,
                }
            }
            // Dispatch on how the protected region was left.
            let t = self.b.reg();
            let next = self.b.label();
            let one = self.b.const_reg(ConstVal::Number(1.0));
            insn::StrictEq { dst: t, a: ctx.kind_reg, b: one }.encode(&mut self.b.code);
            self.b.jump_if_false(t, next);
            insn::Throw { src: ctx.value_reg }.encode(&mut self.b.code);
            self.b.bind(next);
            for (i, c) in ctx.conts.iter().enumerate() {
                let skip = self.b.label();
                let kc = self.b.const_reg(ConstVal::Number(i as f64 + 2.0));
                insn::StrictEq { dst: t, a: ctx.kind_reg, b: kc }.encode(&mut self.b.code);
                self.b.jump_if_false(t, skip);
                match *c {
                    Cont::Jump { label, env, finally_depth } => self.jump_out(label, env, finally_depth),
                    Cont::Return => self.emit_return(ctx.value_reg),
                }
                self.b.bind(skip);
            }
        }
        self.b.free_to(mark);
        Ok(())
    }

    // -------------------------------------------------------------------
    // Expressions

    /// Evaluates `e` for its side effects only.
    fn expr_discard(&mut self, e: &Expr) -> CResult<()> {
        let mark = self.b.next_reg;
        match &e.kind {
            ExprKind::Update { op, arg, .. } => self.update(*op, true, arg, None)?,
            ExprKind::Assign { op, target, value } => {
                self.suppress_name_hint = is_parenthesized_name(e, target);
                let r = self.assign(*op, target, value, None);
                self.suppress_name_hint = false;
                r?;
            }
            ExprKind::Sequence(xs) => {
                for x in xs {
                    self.expr_discard(x)?;
                }
            }
            ExprKind::Number(_) | ExprKind::String(_) | ExprKind::Null | ExprKind::Bool(_) | ExprKind::This => {}
            _ => {
                let t = self.b.reg();
                self.expr_to(e, t)?;
            }
        }
        self.b.free_to(mark);
        Ok(())
    }

    /// Evaluates `e` into some register: a local's own register, a constant
    /// register, or a new temporary (which the caller frees with `free_to`).
    fn expr_any(&mut self, e: &Expr) -> CResult<u16> {
        if let Some(r) = self.chain_value(e) {
            return Ok(r);
        }
        match &e.kind {
            ExprKind::Ident(n) => {
                if let Some(r) = self.name_reg(n, e.pos) {
                    return Ok(r);
                }
            }
            ExprKind::Number(n) => return Ok(self.b.const_reg(ConstVal::Number(*n))),
            ExprKind::String(s) => return Ok(self.b.const_reg(ConstVal::String(s.clone()))),
            ExprKind::This if !self.is_arrow => return Ok(1),
            _ => {}
        }
        let r = self.b.reg();
        self.expr_to(e, r)?;
        Ok(r)
    }

    /// Like `expr_any`, but copies a local's register when `later` may assign it.
    fn operand(&mut self, e: &Expr, later: &Expr) -> CResult<u16> {
        let r = self.expr_any(e)?;
        if r < self.b.temp_floor && r >= 2 && has_assignment(later) {
            let t = self.b.reg();
            insn::Move { dst: t, src: r }.encode(&mut self.b.code);
            return Ok(t);
        }
        if r < self.b.temp_floor && r < 2 && has_assignment(later) {
            return Ok(r);
        }
        Ok(r)
    }

    /// The register holding `e` when it is a chain node already evaluated by
    /// [`Fc::chain_to`].
    fn chain_value(&self, e: &Expr) -> Option<u16> {
        self.chain_done.iter().rev().find(|&&(node, _)| core::ptr::eq(node, e)).map(|&(_, r)| r)
    }

    /// Is `e` a chain with a left spine of at least [`CHAIN_LOOP_MIN`] links
    /// not yet evaluated?
    fn is_long_chain(&self, e: &Expr) -> bool {
        let mut node = e;
        for _ in 0..CHAIN_LOOP_MIN {
            match codegen_chain_left(node) {
                Some(left) if self.chain_value(left).is_none() => node = left,
                _ => return false,
            }
        }
        true
    }

    /// Evaluates a long chain into `dst` without recursing along its spine:
    /// from the innermost link outwards, each link is compiled as usual into
    /// one accumulator register, its chain operand standing for the value
    /// the previous link left there. Registers stay the same for any length.
    fn chain_to(&mut self, e: &Expr, dst: u16) -> CResult<()> {
        // The links below `e`, outermost first, down to the innermost operand
        // (which is no link) or to a link already evaluated.
        let mut spine = Vec::new();
        let mut node = e;
        while let Some(left) = codegen_chain_left(node) {
            if self.chain_value(left).is_some() || codegen_chain_left(left).is_none() {
                break;
            }
            spine.push(left);
            node = left;
        }
        let mark = self.b.next_reg;
        let acc = self.b.reg();
        let slot = self.chain_done.len();
        for link in spine.into_iter().rev() {
            self.expr_to(link, acc)?;
            self.chain_done.truncate(slot);
            self.chain_done.push((link, acc));
        }
        let r = self.expr_to(e, dst);
        self.chain_done.truncate(slot);
        self.b.free_to(mark);
        r
    }

    /// Evaluates `e` into `dst`.
    fn expr_to(&mut self, e: &Expr, dst: u16) -> CResult<()> {
        if let Some(r) = self.chain_value(e) {
            if r != dst {
                insn::Move { dst, src: r }.encode(&mut self.b.code);
            }
            return Ok(());
        }
        if self.is_long_chain(e) {
            return self.chain_to(e, dst);
        }
        let mark = self.b.next_reg;
        match &e.kind {
            ExprKind::This => {
                if self.is_arrow {
                    self.load_this_in_arrow(dst);
                } else if dst != 1 {
                    insn::Move { dst, src: 1 }.encode(&mut self.b.code);
                }
            }
            ExprKind::Ident(n) => self.load_name_to(n, e.pos, dst, false),
            ExprKind::Null => insn::LoadNull { dst }.encode(&mut self.b.code),
            ExprKind::Bool(true) => insn::LoadTrue { dst }.encode(&mut self.b.code),
            ExprKind::Bool(false) => insn::LoadFalse { dst }.encode(&mut self.b.code),
            ExprKind::Number(n) => self.b.load_const(dst, ConstVal::Number(*n)),
            ExprKind::String(s) => self.b.load_const(dst, ConstVal::String(s.clone())),
            ExprKind::RegExp(re) => {
                let p = self.b.constant(ConstVal::String(re.pattern.clone()));
                let f = self.b.str_const(&re.flags);
                self.b.pos = e.pos;
                self.b.mark();
                insn::NewRegExp { dst, pattern: p, flags: f }.encode(&mut self.b.code);
            }
            ExprKind::Array(items) => {
                self.b.pos = e.pos;
                self.b.mark();
                let len = u16::try_from(items.len()).unwrap_or(u16::MAX);
                let arr = if items.len() > u16::MAX as usize { self.b.reg() } else { dst };
                insn::NewArray { dst: arr, len: if items.len() > u16::MAX as usize { 0 } else { len } }.encode(&mut self.b.code);
                for (i, item) in items.iter().enumerate() {
                    if let Some(x) = item {
                        let m = self.b.next_reg;
                        let v = self.expr_any(x)?;
                        insn::InitElem { arr, index: i as u32, src: v }.encode(&mut self.b.code);
                        self.b.free_to(m);
                    }
                }
                if items.len() > u16::MAX as usize {
                    // Set the final length (trailing holes) through `length`.
                    let l = self.b.const_reg(ConstVal::Number(items.len() as f64));
                    let k = self.name_const("length");
                    let ic = self.b.ic();
                    insn::SetProp { obj: arr, name: k, src: l, ic }.encode(&mut self.b.code);
                    insn::Move { dst, src: arr }.encode(&mut self.b.code);
                }
            }
            ExprKind::Object(props) => {
                self.b.pos = e.pos;
                self.b.mark();
                let obj = if props.iter().any(|p| matches!(&p.kind, PropKind::Init(x) if has_assignment(x))) { self.b.reg() } else { dst };
                insn::NewObject { dst: obj }.encode(&mut self.b.code);
                for p in props {
                    let m = self.b.next_reg;
                    let key_units: Vec<u16> = match &p.key {
                        PropKey::Ident(s) => units(s),
                        PropKey::String(s) => s.clone(),
                        PropKey::Number(n) => units(&crate::numconv::number_to_string(*n)),
                    };
                    match &p.kind {
                        PropKind::Init(x) => {
                            if key_units != units("__proto__") {
                                self.hint_function_name(x, &String::from_utf16_lossy(&key_units));
                            }
                            let v = self.expr_any(x)?;
                            self.b.pos = p.pos;
                            let is_proto = !matches!(p.key, PropKey::Number(_)) && key_units == units("__proto__");
                            match index_of_name(&key_units) {
                                // Annex B `{ __proto__: v }` sets the prototype itself,
                                // whatever Object.prototype.__proto__ has become.
                                _ if is_proto => insn::InitProto { obj, src: v }.encode(&mut self.b.code),
                                Some(i) => insn::InitElem { arr: obj, index: i, src: v }.encode(&mut self.b.code),
                                None => {
                                    let k = self.b.constant(ConstVal::String(key_units));
                                    insn::InitProp { obj, name: k, src: v }.encode(&mut self.b.code);
                                }
                            }
                        }
                        PropKind::Get(f) | PropKind::Set(f) => {
                            let t = self.b.reg();
                            let prefix = if matches!(p.kind, PropKind::Get(_)) { "get " } else { "set " };
                            self.fn_name_hint = Some(alloc::format!("{prefix}{}", String::from_utf16_lossy(&key_units)));
                            self.closure_to(f, t)?;
                            let name = match index_of_name(&key_units) {
                                Some(_) => self.b.constant(ConstVal::String(key_units)),
                                None => self.b.constant(ConstVal::String(key_units)),
                            };
                            if matches!(p.kind, PropKind::Get(_)) {
                                insn::InitGetter { obj, name, func: t }.encode(&mut self.b.code);
                            } else {
                                insn::InitSetter { obj, name, func: t }.encode(&mut self.b.code);
                            }
                        }
                    }
                    self.b.free_to(m);
                }
                if obj != dst {
                    insn::Move { dst, src: obj }.encode(&mut self.b.code);
                }
            }
            ExprKind::Function(f) | ExprKind::Arrow(f) => {
                self.b.pos = e.pos;
                self.closure_to(f, dst)?;
            }
            ExprKind::Unary { op, arg } => self.unary(*op, arg, dst, e.pos)?,
            ExprKind::Update { op, prefix, arg } => self.update(*op, *prefix, arg, Some(dst))?,
            ExprKind::Binary { op, left, right } => {
                // `x + 1`, `x - 2`: an immediate operand needs no constant register.
                if let (BinaryOp::Add | BinaryOp::Sub, Some(imm)) = (op, small_int(right)) {
                    let a = self.expr_any(left)?;
                    self.b.pos = e.pos;
                    self.b.mark();
                    if *op == BinaryOp::Add {
                        insn::AddInt { dst, a, imm }.encode(&mut self.b.code);
                    } else {
                        insn::SubInt { dst, a, imm }.encode(&mut self.b.code);
                    }
                    self.b.free_to(mark);
                    return Ok(());
                }
                let a = self.operand(left, right)?;
                let b = self.expr_any(right)?;
                self.b.pos = e.pos;
                self.b.mark();
                self.binary(*op, dst, a, b);
            }
            ExprKind::Logical { op, left, right } => {
                let end = self.b.label();
                self.expr_to(left, dst)?;
                match op {
                    LogicalOp::And => self.b.jump_if_false(dst, end),
                    LogicalOp::Or => self.b.jump_if_true(dst, end),
                }
                self.expr_to(right, dst)?;
                self.b.bind(end);
            }
            ExprKind::Conditional { test, consequent, alternate } => {
                let else_l = self.b.label();
                let end = self.b.label();
                self.cond_jump(test, false, else_l)?;
                self.expr_to(consequent, dst)?;
                self.b.jump(end);
                self.b.bind(else_l);
                self.expr_to(alternate, dst)?;
                self.b.bind(end);
            }
            ExprKind::Assign { op, target, value } => {
                self.suppress_name_hint = is_parenthesized_name(e, target);
                let r = self.assign(*op, target, value, Some(dst));
                self.suppress_name_hint = false;
                r?;
            }
            ExprKind::Sequence(xs) => {
                let (last, init) = xs.split_last().expect("sequence has elements");
                for x in init {
                    self.expr_discard(x)?;
                }
                self.expr_to(last, dst)?;
            }
            ExprKind::Call { callee, args } => self.call(callee, args, dst, e.pos, false)?,
            ExprKind::New { callee, args } => self.call(callee, args, dst, e.pos, true)?,
            ExprKind::Member { object, property, .. } => {
                let o = self.expr_any(object)?;
                self.b.pos = e.pos;
                self.b.mark();
                self.get_named(dst, o, property);
            }
            ExprKind::Index { object, index } => {
                let o = self.operand(object, index)?;
                if let ExprKind::String(s) = &index.kind {
                    if index_of_name(s).is_none() {
                        self.b.pos = e.pos;
                        self.b.mark();
                        let k = self.b.constant(ConstVal::String(s.clone()));
                        let ic = self.b.ic();
                        insn::GetProp { dst, obj: o, name: k, ic }.encode(&mut self.b.code);
                        self.b.free_to(mark);
                        return Ok(());
                    }
                }
                let k = self.expr_any(index)?;
                self.b.pos = e.pos;
                self.b.mark();
                insn::GetElem { dst, obj: o, key: k }.encode(&mut self.b.code);
            }
        }
        self.b.free_to(mark.max(dst + 1).min(self.b.next_reg).max(mark));
        self.b.free_to(mark);
        Ok(())
    }

    fn get_named(&mut self, dst: u16, obj: u16, name: &str) {
        let k = self.name_const(name);
        let ic = self.b.ic();
        insn::GetProp { dst, obj, name: k, ic }.encode(&mut self.b.code);
    }

    fn load_this_in_arrow(&mut self, dst: u16) {
        // Find the `%this` binding of the nearest non-arrow function scope.
        let mut s = self.cur_scope;
        loop {
            let sc = &self.an.scopes[s];
            if let Some(i) = sc.find("%this") {
                let loc = self.binding_loc(s, i);
                match loc {
                    Loc::Env { depth, slot } => insn::GetEnv { dst, depth, slot }.encode(&mut self.b.code),
                    Loc::Reg(r) => insn::Move { dst, src: r }.encode(&mut self.b.code),
                    _ => insn::LoadGlobalObj { dst }.encode(&mut self.b.code),
                }
                return;
            }
            if sc.kind == ScopeKind::Function && !self.an.funcs[sc.func].is_arrow {
                break;
            }
            match sc.parent {
                Some(p) => s = p,
                None => break,
            }
        }
        insn::LoadGlobalObj { dst }.encode(&mut self.b.code);
    }

    fn binary(&mut self, op: BinaryOp, dst: u16, a: u16, b: u16) {
        let c = &mut self.b.code;
        match op {
            BinaryOp::Add => insn::Add { dst, a, b }.encode(c),
            BinaryOp::Sub => insn::Sub { dst, a, b }.encode(c),
            BinaryOp::Mul => insn::Mul { dst, a, b }.encode(c),
            BinaryOp::Div => insn::Div { dst, a, b }.encode(c),
            BinaryOp::Mod => insn::Mod { dst, a, b }.encode(c),
            BinaryOp::Shl => insn::Shl { dst, a, b }.encode(c),
            BinaryOp::Shr => insn::Shr { dst, a, b }.encode(c),
            BinaryOp::UShr => insn::Ushr { dst, a, b }.encode(c),
            BinaryOp::Lt => insn::Lt { dst, a, b }.encode(c),
            BinaryOp::Gt => insn::Gt { dst, a, b }.encode(c),
            BinaryOp::Le => insn::Le { dst, a, b }.encode(c),
            BinaryOp::Ge => insn::Ge { dst, a, b }.encode(c),
            BinaryOp::In => insn::In { dst, key: a, obj: b }.encode(c),
            BinaryOp::InstanceOf => insn::InstanceOf { dst, a, b }.encode(c),
            BinaryOp::Eq => insn::Eq { dst, a, b }.encode(c),
            BinaryOp::Ne => insn::Ne { dst, a, b }.encode(c),
            BinaryOp::StrictEq => insn::StrictEq { dst, a, b }.encode(c),
            BinaryOp::StrictNe => insn::StrictNe { dst, a, b }.encode(c),
            BinaryOp::BitAnd => insn::BitAnd { dst, a, b }.encode(c),
            BinaryOp::BitOr => insn::BitOr { dst, a, b }.encode(c),
            BinaryOp::BitXor => insn::BitXor { dst, a, b }.encode(c),
        }
    }

    /// Jumps to `target` when the truthiness of `e` equals `when`.
    fn cond_jump(&mut self, e: &Expr, when: bool, target: Label) -> CResult<()> {
        let mark = self.b.next_reg;
        // A long `&&`/`||` chain (or one already evaluated) is tested as a value.
        let as_value = self.chain_value(e).is_some() || self.is_long_chain(e);
        match &e.kind {
            _ if as_value => {}
            ExprKind::Unary { op: UnaryOp::Not, arg } => return self.cond_jump(arg, !when, target),
            ExprKind::Logical { op, left, right } => {
                let is_and = *op == LogicalOp::And;
                if is_and != when {
                    // (a && b) false → a false or b false; (a || b) true → a true or b true.
                    self.cond_jump(left, when, target)?;
                    self.cond_jump(right, when, target)?;
                } else {
                    let skip = self.b.label();
                    self.cond_jump(left, !when, skip)?;
                    self.cond_jump(right, when, target)?;
                    self.b.bind(skip);
                }
                return Ok(());
            }
            ExprKind::Bool(b) => {
                if *b == when {
                    self.b.jump(target);
                }
                return Ok(());
            }
            ExprKind::Binary { op: op @ (BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge), left, right } => {
                if let Some(imm) = small_int(right) {
                    let a = self.expr_any(left)?;
                    self.b.pos = e.pos;
                    self.b.jump_if_compare_imm(*op, when, a, imm, target);
                    self.b.free_to(mark);
                    return Ok(());
                }
                let a = self.operand(left, right)?;
                let b = self.expr_any(right)?;
                self.b.pos = e.pos;
                self.b.jump_if_compare(*op, when, a, b, target);
                self.b.free_to(mark);
                return Ok(());
            }
            _ => {}
        }
        let r = self.expr_any(e)?;
        if when {
            self.b.jump_if_true(r, target);
        } else {
            self.b.jump_if_false(r, target);
        }
        self.b.free_to(mark);
        Ok(())
    }

    fn unary(&mut self, op: UnaryOp, arg: &Expr, dst: u16, pos: Pos) -> CResult<()> {
        match op {
            UnaryOp::Typeof => {
                if let ExprKind::Ident(n) = &arg.kind {
                    self.load_name_to(n, arg.pos, dst, true);
                    insn::TypeOf { dst, src: dst }.encode(&mut self.b.code);
                    return Ok(());
                }
                let r = self.expr_any(arg)?;
                insn::TypeOf { dst, src: r }.encode(&mut self.b.code);
            }
            UnaryOp::Void => {
                self.expr_discard(arg)?;
                insn::LoadUndef { dst }.encode(&mut self.b.code);
            }
            UnaryOp::Delete => {
                self.b.pos = pos;
                self.b.mark();
                match &arg.kind {
                    ExprKind::Member { object, property, .. } => {
                        let o = self.expr_any(object)?;
                        let k = self.name_const(property);
                        self.b.mark();
                        insn::DeleteProp { dst, obj: o, name: k }.encode(&mut self.b.code);
                    }
                    ExprKind::Index { object, index } => {
                        let o = self.operand(object, index)?;
                        let k = self.expr_any(index)?;
                        self.b.mark();
                        insn::DeleteElem { dst, obj: o, key: k }.encode(&mut self.b.code);
                    }
                    ExprKind::Ident(n) => match self.locate(n).0 {
                        Loc::Global | Loc::Dynamic => {
                            let k = self.name_const(n);
                            insn::DeleteName { dst, name: k }.encode(&mut self.b.code);
                        }
                        _ => insn::LoadFalse { dst }.encode(&mut self.b.code),
                    },
                    _ => {
                        self.expr_discard(arg)?;
                        insn::LoadTrue { dst }.encode(&mut self.b.code);
                    }
                }
            }
            UnaryOp::Minus => {
                if let ExprKind::Number(n) = &arg.kind {
                    self.b.load_const(dst, ConstVal::Number(-*n));
                    return Ok(());
                }
                let r = self.expr_any(arg)?;
                self.b.pos = pos;
                self.b.mark();
                insn::Neg { dst, src: r }.encode(&mut self.b.code);
            }
            UnaryOp::Plus => {
                let r = self.expr_any(arg)?;
                self.b.pos = pos;
                self.b.mark();
                insn::ToNumber { dst, src: r }.encode(&mut self.b.code);
            }
            UnaryOp::BitNot => {
                let r = self.expr_any(arg)?;
                self.b.pos = pos;
                self.b.mark();
                insn::BitNot { dst, src: r }.encode(&mut self.b.code);
            }
            UnaryOp::Not => {
                let r = self.expr_any(arg)?;
                insn::Not { dst, src: r }.encode(&mut self.b.code);
            }
        }
        Ok(())
    }

    /// `name = value` (or a declaration's initialization).
    fn assign_to_name(&mut self, name: &str, pos: Pos, value: &Expr, init: bool) -> CResult<()> {
        let lexical_init = match self.locate(name).1 {
            Some((s, i)) if init && self.an.scopes[s].bindings[i].kind.is_lexical() => Some((s, i)),
            _ => None,
        };
        if lexical_init.is_none() && self.resolves_first(name, value) {
            return self.assign_via_ref(name, pos, value, None);
        }
        if let Some(b) = lexical_init {
            self.initializing.push(b);
        }
        let r = self.assign_to_name_inner(name, pos, value, init);
        if lexical_init.is_some() {
            self.initializing.pop();
        }
        r
    }

    fn assign_to_name_inner(&mut self, name: &str, pos: Pos, value: &Expr, init: bool) -> CResult<()> {
        let mark = self.b.next_reg;
        // Compute straight into a register-resident local when safe.
        let direct = match self.locate(name) {
            (Loc::Reg(r), Some((s, i))) if !self.an.scopes[s].bindings[i].kind.is_lexical() || init => {
                let simple = matches!(
                    value.kind,
                    ExprKind::Binary { .. } | ExprKind::Call { .. } | ExprKind::New { .. } | ExprKind::Member { .. } | ExprKind::Index { .. } | ExprKind::Number(_) | ExprKind::String(_) | ExprKind::Ident(_) | ExprKind::Unary { .. } | ExprKind::Function(_) | ExprKind::Arrow(_)
                ) && !matches!(self.an.scopes[s].bindings[i].kind, BindKind::Const | BindKind::Callee);
                if simple { Some(r) } else { None }
            }
            _ => None,
        };
        self.hint_function_name(value, name);
        if let Some(r) = direct {
            self.expr_to(value, r)?;
            self.name_function_value(value, name);
            return Ok(());
        }
        let t = self.b.reg();
        self.expr_to(value, t)?;
        self.store_name(name, pos, t, init);
        self.b.free_to(mark);
        Ok(())
    }

    /// Whether an assignment of `value` to `name` must resolve the name before
    /// evaluating the value (ES5 §11.13.1: the reference is taken first), because
    /// the value could change what the name resolves to: names resolved at run
    /// time (under `with` or sloppy direct `eval`, where the value may delete a
    /// `with` object's property or declare a shadowing `var`), and in strict code
    /// undeclared globals (unresolvable stays unresolvable, a ReferenceError, even
    /// when the value defines the global).
    fn resolves_first(&self, name: &str, value: &Expr) -> bool {
        match self.locate(name) {
            (Loc::Dynamic, _) => true,
            (Loc::Global, None) => {
                self.strict && !matches!(value.kind, ExprKind::Number(_) | ExprKind::String(_) | ExprKind::Bool(_) | ExprKind::Null | ExprKind::This | ExprKind::Function(_) | ExprKind::Arrow(_))
            }
            _ => false,
        }
    }

    /// `name = value` through a reference resolved before the value is evaluated
    /// (`ResolveName`, `SetRef`); the value lands in `dst` when given.
    fn assign_via_ref(&mut self, name: &str, pos: Pos, value: &Expr, dst: Option<u16>) -> CResult<()> {
        let mark = self.b.next_reg;
        let k = self.name_const(name);
        let base = self.b.reg();
        self.b.pos = pos;
        self.b.mark();
        insn::ResolveName { dst: base, name: k }.encode(&mut self.b.code);
        let t = dst.unwrap_or_else(|| self.b.reg());
        self.hint_function_name(value, name);
        self.expr_to(value, t)?;
        self.b.pos = pos;
        self.b.mark();
        insn::SetRef { base, name: k, src: t }.encode(&mut self.b.code);
        self.b.free_to(mark);
        Ok(())
    }

    /// The key of a compound assignment or update of `obj[key]`, converted once
    /// (after the check of the base) when it may be an object (`ToKey`).
    fn element_key(&mut self, index: &Expr, o: u16, k: u16) -> u16 {
        // Literals and operator results are primitives: converting them has no
        // side effects, so the element operations may do it.
        if matches!(index.kind, ExprKind::Number(_) | ExprKind::String(_) | ExprKind::Bool(_) | ExprKind::Null | ExprKind::Binary { .. } | ExprKind::Unary { .. } | ExprKind::Update { .. }) {
            return k;
        }
        let t = self.b.reg();
        insn::ToKey { dst: t, obj: o, key: k }.encode(&mut self.b.code);
        t
    }

    fn name_function_value(&mut self, _value: &Expr, _name: &str) {}

    /// Names the closure `value` creates, if it is an anonymous function or arrow.
    fn hint_function_name(&mut self, value: &Expr, name: &str) {
        if core::mem::take(&mut self.suppress_name_hint) {
            return;
        }
        if let ExprKind::Function(f) | ExprKind::Arrow(f) = &value.kind {
            if f.name.is_none() {
                self.fn_name_hint = Some(String::from(name));
            }
        }
    }

    /// Stores register `v` into an assignment target expression.
    fn assign_reg_to_target(&mut self, target: &Expr, v: u16) -> CResult<()> {
        let mark = self.b.next_reg;
        match &target.kind {
            ExprKind::Ident(n) => self.store_name(n, target.pos, v, false),
            ExprKind::Member { object, property, .. } => {
                let o = self.expr_any(object)?;
                self.b.pos = target.pos;
                self.b.mark();
                let k = self.name_const(property);
                let ic = self.b.ic();
                insn::SetProp { obj: o, name: k, src: v, ic }.encode(&mut self.b.code);
            }
            ExprKind::Index { object, index } => {
                let o = self.expr_any(object)?;
                let k = self.expr_any(index)?;
                self.b.pos = target.pos;
                self.b.mark();
                insn::SetElem { obj: o, key: k, src: v }.encode(&mut self.b.code);
            }
            _ => {
                self.expr_discard(target)?;
                let k = self.b.str_const("Invalid left-hand side in assignment");
                insn::ThrowError { kind: 1, msg: k }.encode(&mut self.b.code);
            }
        }
        self.b.free_to(mark);
        Ok(())
    }

    /// Assignment expressions; the value lands in `dst` when given.
    fn assign(&mut self, op: AssignOp, target: &Expr, value: &Expr, dst: Option<u16>) -> CResult<()> {
        let mark = self.b.next_reg;
        let bin = op.binary_op();
        match &target.kind {
            ExprKind::Ident(n) => {
                match bin {
                    None => {
                        if dst.is_none() {
                            return self.assign_to_name(n, target.pos, value, false);
                        }
                        if self.resolves_first(n, value) {
                            return self.assign_via_ref(n, target.pos, value, dst);
                        }
                        let d = dst.unwrap_or(0);
                        self.hint_function_name(value, n);
                        self.expr_to(value, d)?;
                        self.store_name(n, target.pos, d, false);
                    }
                    Some(bop) if matches!(self.locate(n).0, Loc::Dynamic) => {
                        // Resolve x, read it, evaluate v, store to what x resolved to.
                        let k = self.name_const(n);
                        let base = self.b.reg();
                        let t = dst.unwrap_or_else(|| self.b.reg());
                        let cur = self.b.reg();
                        self.b.pos = target.pos;
                        self.b.mark();
                        insn::ResolveName { dst: base, name: k }.encode(&mut self.b.code);
                        insn::GetRef { dst: cur, base, name: k }.encode(&mut self.b.code);
                        let b = self.expr_any(value)?;
                        self.b.pos = target.pos;
                        self.b.mark();
                        self.binary(bop, t, cur, b);
                        insn::SetRef { base, name: k, src: t }.encode(&mut self.b.code);
                    }
                    Some(bop) => {
                        // x op= v: read x, compute, store.
                        let assignable = match self.locate(n).1 {
                            Some((s, i)) => !matches!(self.an.scopes[s].bindings[i].kind, BindKind::Const | BindKind::Callee),
                            None => true,
                        };
                        if let (Some(r), None, true) = (self.name_reg(n, target.pos), dst, assignable) {
                            let b = self.expr_any(value)?;
                            self.b.pos = target.pos;
                            self.b.mark();
                            self.binary(bop, r, r, b);
                        } else {
                            let t = dst.unwrap_or_else(|| self.b.reg());
                            let cur = self.b.reg();
                            self.load_name_to(n, target.pos, cur, false);
                            let b = self.expr_any(value)?;
                            self.b.pos = target.pos;
                            self.b.mark();
                            self.binary(bop, t, cur, b);
                            self.store_name(n, target.pos, t, false);
                        }
                    }
                }
            }
            ExprKind::Member { object, property, .. } => {
                let o = self.operand(object, value)?;
                let k = self.name_const(property);
                let v = match bin {
                    None => match dst {
                        Some(d) => {
                            self.expr_to(value, d)?;
                            d
                        }
                        None => self.expr_any(value)?,
                    },
                    Some(bop) => {
                        let cur = self.b.reg();
                        let ic = self.b.ic();
                        self.b.pos = target.pos;
                        self.b.mark();
                        insn::GetProp { dst: cur, obj: o, name: k, ic }.encode(&mut self.b.code);
                        let b = self.expr_any(value)?;
                        let t = dst.unwrap_or(cur);
                        self.b.pos = target.pos;
                        self.b.mark();
                        self.binary(bop, t, cur, b);
                        t
                    }
                };
                let ic = self.b.ic();
                self.b.pos = target.pos;
                self.b.mark();
                insn::SetProp { obj: o, name: k, src: v, ic }.encode(&mut self.b.code);
            }
            ExprKind::Index { object, index } => {
                let o = self.operand(object, index)?;
                let o = if has_assignment(value) && o < self.b.temp_floor { self.copy_reg(o) } else { o };
                let k = self.operand(index, value)?;
                let k = match bin {
                    Some(_) => {
                        self.b.pos = target.pos;
                        self.b.mark();
                        self.element_key(index, o, k)
                    }
                    None => k,
                };
                let v = match bin {
                    None => match dst {
                        Some(d) => {
                            self.expr_to(value, d)?;
                            d
                        }
                        None => self.expr_any(value)?,
                    },
                    Some(bop) => {
                        let cur = self.b.reg();
                        insn::GetElem { dst: cur, obj: o, key: k }.encode(&mut self.b.code);
                        let b = self.expr_any(value)?;
                        let t = dst.unwrap_or(cur);
                        self.b.pos = target.pos;
                        self.b.mark();
                        self.binary(bop, t, cur, b);
                        t
                    }
                };
                self.b.pos = target.pos;
                self.b.mark();
                insn::SetElem { obj: o, key: k, src: v }.encode(&mut self.b.code);
            }
            _ => {
                // `f() = v`: evaluate the call, then throw ReferenceError.
                self.expr_discard(target)?;
                let k = self.b.str_const("Invalid left-hand side in assignment");
                self.b.pos = target.pos;
                self.b.mark();
                insn::ThrowError { kind: 1, msg: k }.encode(&mut self.b.code);
                if let Some(d) = dst {
                    insn::LoadUndef { dst: d }.encode(&mut self.b.code);
                }
            }
        }
        self.b.free_to(mark);
        Ok(())
    }

    fn copy_reg(&mut self, r: u16) -> u16 {
        let t = self.b.reg();
        insn::Move { dst: t, src: r }.encode(&mut self.b.code);
        t
    }

    /// `++x`, `x--`, ...; with `dst`, the expression's value goes there.
    fn update(&mut self, op: UpdateOp, prefix: bool, arg: &Expr, dst: Option<u16>) -> CResult<()> {
        let mark = self.b.next_reg;
        let emit_step = |fc: &mut Self, d: u16, s: u16| {
            if op == UpdateOp::Increment {
                insn::Inc { dst: d, src: s }.encode(&mut fc.b.code);
            } else {
                insn::Dec { dst: d, src: s }.encode(&mut fc.b.code);
            }
        };
        match &arg.kind {
            ExprKind::Ident(n) => {
                if let Some(r) = self.name_reg(n, arg.pos) {
                    let (loc_ok, _) = (true, ());
                    let _ = loc_ok;
                    let kind_ok = match self.locate(n).1 {
                        Some((s, i)) => !matches!(self.an.scopes[s].bindings[i].kind, BindKind::Const | BindKind::Callee),
                        None => true,
                    };
                    if kind_ok {
                        self.b.pos = arg.pos;
                        self.b.mark();
                        match dst {
                            None => emit_step(self, r, r),
                            Some(d) if prefix => {
                                emit_step(self, r, r);
                                insn::Move { dst: d, src: r }.encode(&mut self.b.code);
                            }
                            Some(d) => {
                                insn::ToNumber { dst: d, src: r }.encode(&mut self.b.code);
                                emit_step(self, r, d);
                            }
                        }
                        self.b.free_to(mark);
                        return Ok(());
                    }
                }
                if matches!(self.locate(n).0, Loc::Dynamic) {
                    // Resolve once: read and store through the same reference.
                    let k = self.name_const(n);
                    let base = self.b.reg();
                    let cur = self.b.reg();
                    let old = self.b.reg();
                    self.b.pos = arg.pos;
                    self.b.mark();
                    insn::ResolveName { dst: base, name: k }.encode(&mut self.b.code);
                    insn::GetRef { dst: cur, base, name: k }.encode(&mut self.b.code);
                    insn::ToNumber { dst: old, src: cur }.encode(&mut self.b.code);
                    emit_step(self, cur, old);
                    insn::SetRef { base, name: k, src: cur }.encode(&mut self.b.code);
                    if let Some(d) = dst {
                        insn::Move { dst: d, src: if prefix { cur } else { old } }.encode(&mut self.b.code);
                    }
                    self.b.free_to(mark);
                    return Ok(());
                }
                let cur = self.b.reg();
                self.load_name_to(n, arg.pos, cur, false);
                let old = self.b.reg();
                self.b.pos = arg.pos;
                self.b.mark();
                insn::ToNumber { dst: old, src: cur }.encode(&mut self.b.code);
                emit_step(self, cur, old);
                self.store_name(n, arg.pos, cur, false);
                if let Some(d) = dst {
                    insn::Move { dst: d, src: if prefix { cur } else { old } }.encode(&mut self.b.code);
                }
            }
            ExprKind::Member { object, property, .. } => {
                let o = self.expr_any(object)?;
                let k = self.name_const(property);
                let cur = self.b.reg();
                let ic = self.b.ic();
                self.b.pos = arg.pos;
                self.b.mark();
                insn::GetProp { dst: cur, obj: o, name: k, ic }.encode(&mut self.b.code);
                let old = self.b.reg();
                insn::ToNumber { dst: old, src: cur }.encode(&mut self.b.code);
                emit_step(self, cur, old);
                let ic = self.b.ic();
                insn::SetProp { obj: o, name: k, src: cur, ic }.encode(&mut self.b.code);
                if let Some(d) = dst {
                    insn::Move { dst: d, src: if prefix { cur } else { old } }.encode(&mut self.b.code);
                }
            }
            ExprKind::Index { object, index } => {
                let o = self.expr_any(object)?;
                let k = self.expr_any(index)?;
                self.b.pos = arg.pos;
                self.b.mark();
                let k = self.element_key(index, o, k);
                let cur = self.b.reg();
                insn::GetElem { dst: cur, obj: o, key: k }.encode(&mut self.b.code);
                let old = self.b.reg();
                insn::ToNumber { dst: old, src: cur }.encode(&mut self.b.code);
                emit_step(self, cur, old);
                insn::SetElem { obj: o, key: k, src: cur }.encode(&mut self.b.code);
                if let Some(d) = dst {
                    insn::Move { dst: d, src: if prefix { cur } else { old } }.encode(&mut self.b.code);
                }
            }
            _ => {
                self.expr_discard(arg)?;
                let k = self.b.str_const("Invalid left-hand side expression in postfix operation");
                self.b.pos = arg.pos;
                self.b.mark();
                insn::ThrowError { kind: 1, msg: k }.encode(&mut self.b.code);
            }
        }
        self.b.free_to(mark);
        Ok(())
    }

    fn call(&mut self, callee: &Expr, args: &[Expr], dst: u16, pos: Pos, construct: bool) -> CResult<()> {
        if args.len() > 0x3000 {
            return Err(CompileError(String::from("too many arguments in call")));
        }
        let mark = self.b.next_reg;
        let base = self.b.regs(2 + args.len());
        let mut is_eval = false;
        let mut undef_this = false;
        match &callee.kind {
            ExprKind::Member { object, property, .. } if !construct => {
                self.expr_to(object, base + 1)?;
                self.b.pos = callee.pos;
                self.b.mark();
                self.get_named(base, base + 1, property);
            }
            ExprKind::Index { object, index } if !construct => {
                self.expr_to(object, base + 1)?;
                let m = self.b.next_reg;
                let k = self.expr_any(index)?;
                self.b.pos = callee.pos;
                self.b.mark();
                insn::GetElem { dst: base, obj: base + 1, key: k }.encode(&mut self.b.code);
                self.b.free_to(m);
            }
            ExprKind::Ident(n) if !construct => {
                if n == "eval" {
                    is_eval = true;
                }
                match self.locate(n).0 {
                    Loc::Dynamic => {
                        let k = self.name_const(n);
                        self.b.pos = callee.pos;
                        self.b.mark();
                        insn::GetNameForCall { base, name: k }.encode(&mut self.b.code);
                    }
                    _ => {
                        self.load_name_to(n, callee.pos, base, false);
                        undef_this = true;
                    }
                }
            }
            _ => {
                self.expr_to(callee, base)?;
                undef_this = !construct;
            }
        }
        for (i, a) in args.iter().enumerate() {
            self.expr_to(a, base + 2 + i as u16)?;
        }
        self.b.pos = pos;
        self.b.mark();
        let argc = args.len() as u16;
        if construct {
            insn::New { dst, base, argc }.encode(&mut self.b.code);
        } else if is_eval {
            insn::LoadUndef { dst: base + 1 }.encode(&mut self.b.code);
            insn::CallEval { dst, base, argc }.encode(&mut self.b.code);
        } else if undef_this {
            insn::CallUndef { dst, base, argc }.encode(&mut self.b.code);
        } else {
            insn::Call { dst, base, argc }.encode(&mut self.b.code);
        }
        self.b.free_to(mark);
        Ok(())
    }
}

/// Distinct names in first-seen order.
#[derive(Default)]
struct NameList<'a> {
    names: Vec<&'a str>,
    seen: HashSet<&'a str>,
}

impl<'a> NameList<'a> {
    /// Appends `n` unless already present.
    fn push(&mut self, n: &'a str) {
        if self.seen.insert(n) {
            self.names.push(n);
        }
    }
}

/// `var` names of a statement (not entering functions), in order.
fn collect_var_names<'a>(s: &'a Stmt, out: &mut NameList<'a>) {
    let mut push = |n: &'a str| out.push(n);
    match &s.kind {
        StmtKind::VarDecl(d) if d.kind == VarKind::Var => {
            for decl in &d.declarations {
                push(&decl.name.name);
            }
        }
        StmtKind::For { init: Some(ForInit::VarDecl(d)), body, .. } => {
            if d.kind == VarKind::Var {
                for decl in &d.declarations {
                    push(&decl.name.name);
                }
            }
            collect_var_names(body, out);
        }
        StmtKind::ForIn { left, body, .. } => {
            if let ForInTarget::VarDecl(VarKind::Var, decl) = &**left {
                push(&decl.name.name);
            }
            collect_var_names(body, out);
        }
        StmtKind::Block(b) => b.iter().for_each(|x| collect_var_names(x, out)),
        StmtKind::If { consequent, alternate, .. } => {
            collect_var_names(consequent, out);
            if let Some(a) = alternate {
                collect_var_names(a, out);
            }
        }
        StmtKind::For { body, .. } | StmtKind::While { body, .. } | StmtKind::DoWhile { body, .. } | StmtKind::Labeled { body, .. } | StmtKind::With { body, .. } => {
            collect_var_names(body, out)
        }
        StmtKind::Switch { cases, .. } => cases.iter().for_each(|c| c.body.iter().for_each(|x| collect_var_names(x, out))),
        StmtKind::Try { block, handler, finalizer } => {
            block.iter().for_each(|x| collect_var_names(x, out));
            if let Some(h) = handler {
                h.body.iter().for_each(|x| collect_var_names(x, out));
            }
            if let Some(f) = finalizer {
                f.iter().for_each(|x| collect_var_names(x, out));
            }
        }
        _ => {}
    }
}

/// Names of sloppy block-level function declarations (Annex B hoisting in eval).
fn collect_block_function_names<'a>(s: &'a Stmt, out: &mut NameList<'a>) {
    fn inner<'a>(s: &'a Stmt, out: &mut NameList<'a>, nested: bool) {
        match &s.kind {
            StmtKind::FunctionDecl(f) if nested => {
                if let Some(n) = &f.name {
                    out.push(&n.name);
                }
            }
            StmtKind::Block(b) => b.iter().for_each(|x| inner(x, out, true)),
            StmtKind::If { consequent, alternate, .. } => {
                inner(consequent, out, true);
                if let Some(a) = alternate {
                    inner(a, out, true);
                }
            }
            StmtKind::For { body, .. } | StmtKind::ForIn { body, .. } | StmtKind::While { body, .. } | StmtKind::DoWhile { body, .. } | StmtKind::Labeled { body, .. } | StmtKind::With { body, .. } => inner(body, out, true),
            StmtKind::Switch { cases, .. } => cases.iter().for_each(|c| c.body.iter().for_each(|x| inner(x, out, true))),
            StmtKind::Try { block, handler, finalizer } => {
                block.iter().for_each(|x| inner(x, out, true));
                if let Some(h) = handler {
                    h.body.iter().for_each(|x| inner(x, out, true));
                }
                if let Some(f) = finalizer {
                    f.iter().for_each(|x| inner(x, out, true));
                }
            }
            _ => {}
        }
    }
    inner(s, out, false);
}

/// Whether an assignment's target is a name in parentheses: the assignment's
/// first token is then not the name's.
fn is_parenthesized_name(assign: &Expr, target: &Expr) -> bool {
    matches!(target.kind, ExprKind::Ident(_)) && assign.pos != target.pos
}
