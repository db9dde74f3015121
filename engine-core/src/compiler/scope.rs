//! Scope analysis: declarations per scope, resolution of identifier references, and
//! which bindings are captured by inner functions (and so must live in an
//! environment instead of a register).
//!
//! The analysis walks the same AST the code generator walks later; scopes are keyed
//! by the address of the AST node that introduces them.

use alloc::string::String;
use alloc::vec::Vec;

use hashbrown::HashMap;

use crate::parser::ast::*;

/// Index of a scope.
pub type ScopeId = usize;

/// What introduced a scope.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    /// Script top level: `var`/functions become global object properties,
    /// `let`/`const` go to the script scope.
    Global,
    /// Eval code top level (names not declared here resolve dynamically).
    Eval,
    /// A function body (parameters, vars, top-level functions, `arguments`).
    Function,
    /// A block, loop head or switch case block (`let`/`const`/block functions).
    Block,
    /// A catch clause (its parameter).
    Catch,
    /// The body of a `with` statement (dynamic lookups through the object).
    With,
}

/// What kind of binding a name is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BindKind {
    /// `var` (or Annex B hoisted block function).
    Var,
    /// `let`.
    Let,
    /// `const`.
    Const,
    /// A function declaration (var-like at function level, let-like in blocks).
    Function,
    /// Formal parameter `i`.
    Param(u16),
    /// The name of a named function expression (refers to the callee).
    Callee,
    /// The implicit `arguments` object.
    Arguments,
    /// The function's `this`, captured by arrows.
    This,
    /// A catch parameter.
    CatchParam,
}

impl BindKind {
    /// Is this a `let`/`const` binding (temporal dead zone applies)?
    pub fn is_lexical(self) -> bool {
        matches!(self, BindKind::Let | BindKind::Const)
    }
}

/// One declared name.
#[derive(Clone, Debug)]
pub struct Binding {
    /// The name.
    pub name: String,
    /// Its kind.
    pub kind: BindKind,
    /// Referenced from an inner function (or the scope is dynamic).
    pub captured: bool,
    /// Source position of the declaration (TDZ check elision).
    pub decl_pos: Pos,
    /// Its slot in the scope's environment when `captured` (the number of
    /// captured bindings before it); set when the analysis finishes.
    pub env_slot: u16,
}

/// Scopes with more bindings than this find names through a hash index; smaller
/// ones (almost all) search their few bindings directly.
const SMALL_SCOPE: usize = 8;

/// A scope.
#[derive(Clone, Debug)]
pub struct Scope {
    /// Enclosing scope.
    pub parent: Option<ScopeId>,
    /// Index of the function (in `Analysis::funcs`) this scope belongs to.
    pub func: usize,
    /// What introduced it.
    pub kind: ScopeKind,
    /// Declared names, in declaration order (environment slots, global
    /// declaration order and bytecode follow it). Add with [`Scope::push`].
    pub bindings: Vec<Binding>,
    /// Index of `bindings` by name, once there are more than [`SMALL_SCOPE`].
    index: HashMap<String, usize>,
    /// Some binding is captured; set when the analysis finishes.
    has_captured: bool,
    /// Is this the case block of a `switch` (TDZ cannot be elided there)?
    pub is_switch: bool,
    /// Create an environment even without captured bindings (a function scope
    /// that sloppy direct eval may add variables to).
    pub force_env: bool,
}

impl Scope {
    fn new(parent: Option<ScopeId>, func: usize, kind: ScopeKind) -> Scope {
        Scope { parent, func, kind, bindings: Vec::new(), index: HashMap::new(), has_captured: false, is_switch: false, force_env: false }
    }

    /// Finds a binding by name.
    pub fn find(&self, name: &str) -> Option<usize> {
        if self.bindings.len() <= SMALL_SCOPE {
            self.bindings.iter().position(|b| b.name == name)
        } else {
            self.index.get(name).copied()
        }
    }

    /// Appends a binding (whose name is not declared yet); returns its index.
    fn push(&mut self, b: Binding) -> usize {
        let i = self.bindings.len();
        if i == SMALL_SCOPE {
            // Growing past the small size: index every binding so far.
            self.index.reserve(2 * SMALL_SCOPE);
            for (j, x) in self.bindings.iter().enumerate() {
                self.index.insert(x.name.clone(), j);
            }
        }
        if i >= SMALL_SCOPE {
            self.index.insert(b.name.clone(), i);
        }
        self.bindings.push(b);
        i
    }

    /// Does this scope need an environment at run time? (Valid once the
    /// analysis has finished.)
    pub fn needs_env(&self) -> bool {
        match self.kind {
            ScopeKind::With => true,
            ScopeKind::Global => false,
            _ => self.force_env || self.has_captured,
        }
    }
}

/// Facts about one function (or the top-level code).
#[derive(Clone, Debug)]
pub struct FuncInfo {
    /// Its function scope.
    pub scope: ScopeId,
    /// Enclosing function index.
    pub parent: Option<usize>,
    /// Arrow function?
    pub is_arrow: bool,
    /// Strict code?
    pub strict: bool,
    /// Must every binding be reachable by name at run time (eval/with)?
    pub dynamic: bool,
    /// Contains a sloppy direct eval (which may add `var`s to its scope)?
    pub sloppy_eval: bool,
}

/// The result of the analysis.
#[derive(Default, Debug)]
pub struct Analysis {
    /// All scopes.
    pub scopes: Vec<Scope>,
    /// All functions; index 0 is the top-level code.
    pub funcs: Vec<FuncInfo>,
    /// Scope of each scope-introducing AST node, keyed by node address.
    pub node_scope: HashMap<usize, ScopeId>,
    /// Function index of each function node, keyed by node address.
    pub node_func: HashMap<usize, usize>,
}

/// Where a name resolves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A binding in scope `.0`, index `.1`.
    Binding(ScopeId, usize),
    /// A global (property of the global object or script scope).
    Global,
    /// Must be looked up by name at run time.
    Dynamic,
}

/// Address key of an AST node.
pub fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl Analysis {
    /// Resolves `name` as seen from `scope`.
    pub fn resolve(&self, mut scope: ScopeId, name: &str) -> Resolved {
        let mut dynamic = false;
        loop {
            let s = &self.scopes[scope];
            if s.kind == ScopeKind::With {
                dynamic = true;
            }
            if let Some(i) = s.find(name) {
                return if dynamic { Resolved::Dynamic } else { Resolved::Binding(scope, i) };
            }
            if s.kind == ScopeKind::Function && self.funcs[s.func].sloppy_eval {
                // A sloppy eval in that function may declare `name` there.
                dynamic = true;
            }
            match s.kind {
                ScopeKind::Eval => return Resolved::Dynamic,
                ScopeKind::Global => return if dynamic { Resolved::Dynamic } else { Resolved::Global },
                _ => {}
            }
            match s.parent {
                Some(p) => scope = p,
                None => return if dynamic { Resolved::Dynamic } else { Resolved::Global },
            }
        }
    }
}

/// Builds the analysis for a script, eval code or a standalone function.
pub struct Analyzer {
    a: Analysis,
}

impl Analyzer {
    /// Analyzes a program as global (`eval == false`) or eval code.
    pub fn program(program: &Program, eval: bool) -> Analysis {
        let mut an = Analyzer { a: Analysis::default() };
        let kind = if eval { ScopeKind::Eval } else { ScopeKind::Global };
        let dynamic = program.flags.has_direct_eval || program.flags.contains_with || program.flags.inner_has_eval_or_with || eval;
        an.a.funcs.push(FuncInfo { scope: 0, parent: None, is_arrow: false, strict: program.strict, dynamic, sloppy_eval: false });
        let top = an.new_scope(None, 0, kind);
        an.a.node_scope.insert(key(program), top);
        // Strict eval code gets its own variable scope: its vars are local to it.
        // Sloppy eval code declares its vars in the caller's variable environment
        // at run time, so they are not bindings of this scope.
        if !eval || program.strict {
            an.declare_hoisted_vars(top, &program.body);
            an.declare_lexical(top, &program.body, true);
        } else {
            an.declare_lexical_only(top, &program.body);
        }
        if eval && program.flags.uses_this {
            // Arrows in eval code read the eval frame's `this`.
            an.declare(top, "%this", BindKind::This, Pos::default());
        }
        an.walk_stmts(top, &program.body);
        if dynamic {
            an.capture_all(0);
        }
        an.finish()
    }

    /// Analyzes a standalone function (the `Function` constructor).
    pub fn function(f: &Function) -> Analysis {
        let mut an = Analyzer { a: Analysis::default() };
        an.a.funcs.push(FuncInfo { scope: 0, parent: None, is_arrow: false, strict: false, dynamic: false, sloppy_eval: false });
        let top = an.new_scope(None, 0, ScopeKind::Global);
        an.walk_function(top, f);
        an.finish()
    }

    /// Computes what codegen asks of every scope many times: the environment
    /// slots of captured bindings and whether a scope has any.
    fn finish(mut self) -> Analysis {
        for s in self.a.scopes.iter_mut() {
            let mut n = 0usize;
            for b in s.bindings.iter_mut() {
                b.env_slot = n as u16;
                if b.captured {
                    n += 1;
                }
            }
            s.has_captured = n > 0;
        }
        self.a
    }

    fn new_scope(&mut self, parent: Option<ScopeId>, func: usize, kind: ScopeKind) -> ScopeId {
        self.a.scopes.push(Scope::new(parent, func, kind));
        self.a.scopes.len() - 1
    }

    fn declare(&mut self, scope: ScopeId, name: &str, kind: BindKind, pos: Pos) -> usize {
        let s = &mut self.a.scopes[scope];
        if let Some(i) = s.find(name) {
            // Redeclaration (var/function/param mixes): later function declarations
            // and params keep the slot; the parser rejected illegal lexical clashes.
            let b = &mut s.bindings[i];
            if matches!(kind, BindKind::Function) && !matches!(b.kind, BindKind::Param(_)) {
                b.kind = kind;
            }
            return i;
        }
        s.push(Binding { name: String::from(name), kind, captured: false, decl_pos: pos, env_slot: 0 })
    }

    /// Declares every `var` of a function body (through blocks, not functions).
    fn declare_hoisted_vars(&mut self, scope: ScopeId, body: &[Stmt]) {
        let mut names: Vec<(&str, Pos)> = Vec::new();
        for s in body {
            collect_vars(s, &mut names, true);
        }
        for (n, p) in names {
            self.declare(scope, n, BindKind::Var, p);
        }
    }

    /// Declares the lexical declarations directly in a statement list; with `top`,
    /// function declarations there are var-like (function/global level).
    fn declare_lexical(&mut self, scope: ScopeId, body: &[Stmt], top: bool) {
        for s in body {
            match &s.kind {
                StmtKind::VarDecl(d) if d.kind != VarKind::Var => {
                    let k = if d.kind == VarKind::Let { BindKind::Let } else { BindKind::Const };
                    for decl in &d.declarations {
                        self.declare(scope, &decl.name.name, k, decl.name.pos);
                    }
                }
                StmtKind::FunctionDecl(f) => {
                    if let Some(n) = &f.name {
                        let k = if top { BindKind::Function } else { BindKind::Let };
                        let i = self.declare(scope, &n.name, k, n.pos);
                        if !top {
                            // Block functions are initialized at block entry: no TDZ.
                            self.a.scopes[scope].bindings[i].kind = BindKind::Function;
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Declares only `let`/`const` of a statement list (sloppy eval top level).
    fn declare_lexical_only(&mut self, scope: ScopeId, body: &[Stmt]) {
        for s in body {
            if let StmtKind::VarDecl(d) = &s.kind {
                if d.kind != VarKind::Var {
                    let k = if d.kind == VarKind::Let { BindKind::Let } else { BindKind::Const };
                    for decl in &d.declarations {
                        self.declare(scope, &decl.name.name, k, decl.name.pos);
                    }
                }
            }
        }
    }

    fn capture_all(&mut self, func: usize) {
        // A function's scopes are all created after its function scope.
        let first = self.a.funcs[func].scope;
        for s in self.a.scopes[first..].iter_mut() {
            if s.func == func {
                for b in s.bindings.iter_mut() {
                    b.captured = true;
                }
            }
        }
    }

    fn func_of(&self, scope: ScopeId) -> usize {
        self.a.scopes[scope].func
    }

    /// Records a reference to `name` from `scope`.
    fn reference(&mut self, scope: ScopeId, name: &str) {
        if let Resolved::Binding(s, i) = self.a.resolve(scope, name) {
            if self.a.scopes[s].func != self.func_of(scope) {
                self.a.scopes[s].bindings[i].captured = true;
            }
        } else {
            // Dynamic lookups must find every binding on the chain by name.
            let mut cur = Some(scope);
            let dynamic = self.a.resolve(scope, name) == Resolved::Dynamic;
            while let Some(c) = cur {
                if dynamic {
                    if let Some(i) = self.a.scopes[c].find(name) {
                        self.a.scopes[c].bindings[i].captured = true;
                    }
                }
                cur = self.a.scopes[c].parent;
            }
        }
    }

    /// The scope holding `this`/`arguments` for code in `scope` (the nearest
    /// non-arrow function scope), declaring the hidden binding there.
    fn reference_function_special(&mut self, scope: ScopeId, special: &str, kind: BindKind) {
        let mut f = self.func_of(scope);
        if !self.a.funcs[f].is_arrow {
            return;
        }
        while self.a.funcs[f].is_arrow {
            match self.a.funcs[f].parent {
                Some(p) => f = p,
                None => return,
            }
        }
        let fs = self.a.funcs[f].scope;
        let sk = self.a.scopes[fs].kind;
        if sk == ScopeKind::Global {
            return; // `this` at top level is the global object; no binding needed.
        }
        if kind == BindKind::Arguments && sk != ScopeKind::Function {
            return;
        }
        let i = match self.a.scopes[fs].find(special) {
            Some(i) => i,
            None => self.declare(fs, special, kind, Pos::default()),
        };
        self.a.scopes[fs].bindings[i].captured = true;
    }

    fn walk_function(&mut self, parent: ScopeId, f: &Function) -> usize {
        let pfunc = self.func_of(parent);
        let strict = f.strict;
        let dynamic = f.flags.has_direct_eval || f.flags.contains_with || f.flags.inner_has_eval_or_with;
        let idx = self.a.funcs.len();
        self.a.funcs.push(FuncInfo { scope: 0, parent: Some(pfunc), is_arrow: f.is_arrow, strict, dynamic, sloppy_eval: f.flags.has_direct_eval && !strict });
        self.a.node_func.insert(key(f), idx);
        let fs = self.new_scope(Some(parent), idx, ScopeKind::Function);
        self.a.funcs[idx].scope = fs;
        self.a.node_scope.insert(key(f), fs);
        for (i, p) in f.params.iter().enumerate() {
            // Duplicate sloppy params: the last one wins.
            if let Some(j) = self.a.scopes[fs].find(&p.name) {
                self.a.scopes[fs].bindings[j].kind = BindKind::Param(i as u16);
            } else {
                self.declare(fs, &p.name, BindKind::Param(i as u16), p.pos);
            }
        }
        self.declare_hoisted_vars(fs, &f.body);
        self.declare_lexical(fs, &f.body, true);
        if !f.is_arrow && f.flags.uses_arguments {
            match self.a.scopes[fs].find("arguments") {
                None => {
                    self.declare(fs, "arguments", BindKind::Arguments, f.pos);
                }
                // `var arguments;` does not hide the arguments object (ES5 §10.5
                // step 7); a parameter, function or lexical declaration does.
                Some(i) if self.a.scopes[fs].bindings[i].kind == BindKind::Var => {
                    self.a.scopes[fs].bindings[i].kind = BindKind::Arguments;
                }
                Some(_) => {}
            }
        }
        if let (Some(n), FunctionKind::Expression) = (&f.name, f.kind) {
            if self.a.scopes[fs].find(&n.name).is_none() {
                self.declare(fs, &n.name, BindKind::Callee, n.pos);
            }
        }
        // Sloppy functions whose `arguments` aliases parameters keep them in the env.
        if !f.is_arrow && !strict && f.flags.uses_arguments {
            for b in self.a.scopes[fs].bindings.iter_mut() {
                if matches!(b.kind, BindKind::Param(_)) {
                    b.captured = true;
                }
            }
        }
        if f.flags.has_direct_eval && !strict {
            self.a.scopes[fs].force_env = true;
        }
        if f.is_arrow && f.flags.has_direct_eval {
            // Eval code in an arrow sees the arrow's lexical `this`.
            self.reference_function_special(fs, "%this", BindKind::This);
        }
        self.walk_stmts(fs, &f.body);
        if dynamic {
            self.capture_all(idx);
        }
        idx
    }

    fn walk_stmts(&mut self, scope: ScopeId, stmts: &[Stmt]) {
        for s in stmts {
            self.walk_stmt(scope, s);
        }
    }

    fn block_scope(&mut self, scope: ScopeId, node: usize, body: &[Stmt]) -> ScopeId {
        let func = self.func_of(scope);
        let bs = self.new_scope(Some(scope), func, ScopeKind::Block);
        self.a.node_scope.insert(node, bs);
        self.declare_lexical(bs, body, false);
        self.annex_b_hoist(scope, bs, body);
        bs
    }

    /// Sloppy-mode block functions also get a `var` in the function scope.
    fn annex_b_hoist(&mut self, _outer: ScopeId, block: ScopeId, body: &[Stmt]) {
        let func = self.func_of(block);
        if self.a.funcs[func].strict {
            return;
        }
        let fs = self.a.funcs[func].scope;
        for s in body {
            if let StmtKind::FunctionDecl(f) = &s.kind {
                if let Some(n) = &f.name {
                    // Skip when a lexical binding of the same name sits in between.
                    let mut clash = false;
                    let mut cur = self.a.scopes[block].parent;
                    while let Some(c) = cur {
                        if let Some(i) = self.a.scopes[c].find(&n.name) {
                            if self.a.scopes[c].bindings[i].kind.is_lexical() {
                                clash = true;
                            }
                        }
                        if c == fs {
                            break;
                        }
                        cur = self.a.scopes[c].parent;
                    }
                    if !clash && self.a.scopes[fs].find(&n.name).is_none_or(|i| !self.a.scopes[fs].bindings[i].kind.is_lexical()) {
                        self.declare(fs, &n.name, BindKind::Var, n.pos);
                    }
                }
            }
        }
    }

    fn walk_stmt(&mut self, scope: ScopeId, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Debugger | StmtKind::Continue(_) | StmtKind::Break(_) => {}
            StmtKind::Block(body) => {
                let bs = self.block_scope(scope, key(s), body);
                self.walk_stmts(bs, body);
            }
            StmtKind::Expression(e) | StmtKind::Throw(e) => self.walk_expr(scope, e),
            StmtKind::VarDecl(d) => {
                for decl in &d.declarations {
                    self.reference(scope, &decl.name.name);
                    if let Some(i) = &decl.init {
                        self.walk_expr(scope, i);
                    }
                }
            }
            StmtKind::FunctionDecl(f) => {
                if let Some(n) = &f.name {
                    self.reference(scope, &n.name);
                }
                self.walk_function(scope, f);
            }
            StmtKind::If { test, consequent, alternate } => {
                self.walk_expr(scope, test);
                self.walk_stmt(scope, consequent);
                if let Some(a) = alternate {
                    self.walk_stmt(scope, a);
                }
            }
            StmtKind::For { init, test, update, body } => {
                let func = self.func_of(scope);
                let ls = self.new_scope(Some(scope), func, ScopeKind::Block);
                self.a.node_scope.insert(key(s), ls);
                match init {
                    Some(ForInit::VarDecl(d)) => {
                        if d.kind != VarKind::Var {
                            let k = if d.kind == VarKind::Let { BindKind::Let } else { BindKind::Const };
                            for decl in &d.declarations {
                                self.declare(ls, &decl.name.name, k, decl.name.pos);
                            }
                        }
                        for decl in &d.declarations {
                            self.reference(ls, &decl.name.name);
                            if let Some(i) = &decl.init {
                                self.walk_expr(ls, i);
                            }
                        }
                    }
                    Some(ForInit::Expr(e)) => self.walk_expr(ls, e),
                    None => {}
                }
                if let Some(t) = test {
                    self.walk_expr(ls, t);
                }
                if let Some(u) = update {
                    self.walk_expr(ls, u);
                }
                self.walk_stmt(ls, body);
            }
            StmtKind::ForIn { left, right, body } => {
                let func = self.func_of(scope);
                let ls = self.new_scope(Some(scope), func, ScopeKind::Block);
                self.a.node_scope.insert(key(s), ls);
                match &**left {
                    ForInTarget::VarDecl(kind, decl) => {
                        if *kind != VarKind::Var {
                            let k = if *kind == VarKind::Let { BindKind::Let } else { BindKind::Const };
                            self.declare(ls, &decl.name.name, k, decl.name.pos);
                        }
                        self.reference(ls, &decl.name.name);
                        if let Some(i) = &decl.init {
                            self.walk_expr(scope, i);
                        }
                    }
                    ForInTarget::Expr(e) => self.walk_expr(ls, e),
                }
                // With `let`/`const`, the object expression sees the new bindings
                // in their TDZ (ES2015 §13.7.5.12 ForIn/OfHeadEvaluation).
                let lexical = matches!(&**left, ForInTarget::VarDecl(k, _) if *k != VarKind::Var);
                self.walk_expr(if lexical { ls } else { scope }, right);
                self.walk_stmt(ls, body);
            }
            StmtKind::While { test, body } | StmtKind::DoWhile { body, test } => {
                self.walk_expr(scope, test);
                self.walk_stmt(scope, body);
            }
            StmtKind::Return(e) => {
                if let Some(e) = e {
                    self.walk_expr(scope, e);
                }
            }
            StmtKind::With { object, body } => {
                self.walk_expr(scope, object);
                let func = self.func_of(scope);
                let ws = self.new_scope(Some(scope), func, ScopeKind::With);
                self.a.node_scope.insert(key(s), ws);
                self.walk_stmt(ws, body);
            }
            StmtKind::Switch { discriminant, cases } => {
                self.walk_expr(scope, discriminant);
                let func = self.func_of(scope);
                let bs = self.new_scope(Some(scope), func, ScopeKind::Block);
                self.a.scopes[bs].is_switch = true;
                self.a.node_scope.insert(key(s), bs);
                for c in cases {
                    self.declare_lexical(bs, &c.body, false);
                    self.annex_b_hoist(scope, bs, &c.body);
                }
                for c in cases {
                    if let Some(t) = &c.test {
                        self.walk_expr(bs, t);
                    }
                    self.walk_stmts(bs, &c.body);
                }
            }
            StmtKind::Labeled { body, .. } => self.walk_stmt(scope, body),
            StmtKind::Try { block, handler, finalizer } => {
                let bs = self.block_scope(scope, key(block), block);
                self.walk_stmts(bs, block);
                if let Some(h) = handler {
                    let func = self.func_of(scope);
                    let cs = self.new_scope(Some(scope), func, ScopeKind::Catch);
                    self.a.node_scope.insert(key(&**h), cs);
                    self.declare(cs, &h.param.name, BindKind::CatchParam, h.param.pos);
                    let hb = self.block_scope(cs, key(&h.body), &h.body);
                    self.walk_stmts(hb, &h.body);
                }
                if let Some(f) = finalizer {
                    let fb = self.block_scope(scope, key(f), f);
                    self.walk_stmts(fb, f);
                }
            }
        }
    }

    /// Walks `e`, following the left spine of a chain with a loop (in source
    /// order: the innermost operand first, then each link's other operands).
    fn walk_expr(&mut self, scope: ScopeId, e: &Expr) {
        let mut spine = Vec::new();
        let mut bottom = e;
        while let Some(left) = bottom.chain_left() {
            spine.push(bottom);
            bottom = left;
        }
        self.walk_node(scope, bottom);
        for link in spine.into_iter().rev() {
            match &link.kind {
                ExprKind::Binary { right, .. } | ExprKind::Logical { right, .. } => self.walk_expr(scope, right),
                ExprKind::Index { index, .. } => self.walk_expr(scope, index),
                ExprKind::Call { args, .. } => {
                    for a in args {
                        self.walk_expr(scope, a);
                    }
                }
                _ => {}
            }
        }
    }

    /// Walks one node that is not a chain link (see [`Self::walk_expr`]).
    fn walk_node(&mut self, scope: ScopeId, e: &Expr) {
        match &e.kind {
            ExprKind::This => self.reference_function_special(scope, "%this", BindKind::This),
            ExprKind::Ident(n) => {
                if n == "arguments" {
                    self.reference_function_special(scope, "arguments", BindKind::Arguments);
                }
                self.reference(scope, n);
            }
            ExprKind::Null | ExprKind::Bool(_) | ExprKind::Number(_) | ExprKind::String(_) | ExprKind::RegExp(_) => {}
            ExprKind::Array(items) => {
                for x in items.iter().flatten() {
                    self.walk_expr(scope, x);
                }
            }
            ExprKind::Object(props) => {
                for p in props {
                    match &p.kind {
                        PropKind::Init(x) => self.walk_expr(scope, x),
                        PropKind::Get(f) | PropKind::Set(f) => {
                            self.walk_function(scope, f);
                        }
                    }
                }
            }
            ExprKind::Function(f) => {
                self.walk_function(scope, f);
            }
            ExprKind::Arrow(f) => {
                self.walk_function(scope, f);
            }
            ExprKind::Unary { arg, .. } | ExprKind::Update { arg, .. } => self.walk_expr(scope, arg),
            ExprKind::Binary { left, right, .. } | ExprKind::Logical { left, right, .. } => {
                self.walk_expr(scope, left);
                self.walk_expr(scope, right);
            }
            ExprKind::Conditional { test, consequent, alternate } => {
                self.walk_expr(scope, test);
                self.walk_expr(scope, consequent);
                self.walk_expr(scope, alternate);
            }
            ExprKind::Assign { target, value, .. } => {
                self.walk_expr(scope, target);
                self.walk_expr(scope, value);
            }
            ExprKind::Sequence(xs) => {
                for x in xs {
                    self.walk_expr(scope, x);
                }
            }
            ExprKind::Call { callee, args } | ExprKind::New { callee, args } => {
                self.walk_expr(scope, callee);
                for a in args {
                    self.walk_expr(scope, a);
                }
            }
            ExprKind::Member { object, .. } => self.walk_expr(scope, object),
            ExprKind::Index { object, index } => {
                self.walk_expr(scope, object);
                self.walk_expr(scope, index);
            }
        }
    }
}

/// Collects `var` names (and, with `fns`, nothing else) of a statement, without
/// entering nested functions.
fn collect_vars<'a>(s: &'a Stmt, out: &mut Vec<(&'a str, Pos)>, _fns: bool) {
    match &s.kind {
        StmtKind::VarDecl(d) if d.kind == VarKind::Var => {
            for decl in &d.declarations {
                out.push((&decl.name.name, decl.name.pos));
            }
        }
        StmtKind::Block(b) => b.iter().for_each(|x| collect_vars(x, out, _fns)),
        StmtKind::If { consequent, alternate, .. } => {
            collect_vars(consequent, out, _fns);
            if let Some(a) = alternate {
                collect_vars(a, out, _fns);
            }
        }
        StmtKind::For { init, body, .. } => {
            if let Some(ForInit::VarDecl(d)) = init {
                if d.kind == VarKind::Var {
                    for decl in &d.declarations {
                        out.push((&decl.name.name, decl.name.pos));
                    }
                }
            }
            collect_vars(body, out, _fns);
        }
        StmtKind::ForIn { left, body, .. } => {
            if let ForInTarget::VarDecl(VarKind::Var, decl) = &**left {
                out.push((&decl.name.name, decl.name.pos));
            }
            collect_vars(body, out, _fns);
        }
        StmtKind::While { body, .. } | StmtKind::DoWhile { body, .. } | StmtKind::Labeled { body, .. } | StmtKind::With { body, .. } => {
            collect_vars(body, out, _fns)
        }
        StmtKind::Switch { cases, .. } => {
            for c in cases {
                c.body.iter().for_each(|x| collect_vars(x, out, _fns));
            }
        }
        StmtKind::Try { block, handler, finalizer } => {
            block.iter().for_each(|x| collect_vars(x, out, _fns));
            if let Some(h) = handler {
                h.body.iter().for_each(|x| collect_vars(x, out, _fns));
            }
            if let Some(f) = finalizer {
                f.iter().for_each(|x| collect_vars(x, out, _fns));
            }
        }
        _ => {}
    }
}
