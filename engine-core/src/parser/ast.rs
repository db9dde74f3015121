//! The abstract syntax tree produced by the parser.
//!
//! The tree is a plain owned structure (`Box` / `Vec`). Left-associative
//! chains (`a + b + c`, `a.b.c`, `f()()`, `a[0][1]`) build left-deep trees of
//! any height; every pass walks such a chain's left spine
//! ([`Expr::chain_left`]) with a loop, and dropping an [`Expr`] takes its spine
//! apart iteratively. Any other nesting (parentheses, nested functions and
//! literals, right-associative operators) is bounded by
//! [`ParseOptions::max_depth`](super::ParseOptions::max_depth) (up to a small
//! constant factor), so recursion over it cannot overflow the native stack.
//! (The derived `Clone`, `PartialEq` and `Debug` recurse along the spine: they
//! are for tests and small trees.)
//!
//! Positions ([`Pos`]) are 1-based line and 1-based column counted in UTF-16
//! code units from the start of the line. The position of an expression or a
//! statement is the position of its first token.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// A source position: 1-based line, 1-based column in UTF-16 code units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    /// 1-based line number (CRLF counts as one line terminator).
    pub line: u32,
    /// 1-based column, counted in UTF-16 code units from the line start.
    pub column: u32,
}

/// An identifier occurrence used as a binding, label or function name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ident {
    /// The identifier's string value (unicode escapes decoded).
    pub name: String,
    /// Where the identifier starts.
    pub pos: Pos,
}

/// Cheap facts about a function body (or the top level of a script) that the
/// compiler needs for scope analysis.
///
/// The first four describe the code of *this* function, including nested
/// arrow functions (which share `this` / `arguments` / the variable
/// environment used by direct eval) but excluding nested non-arrow functions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FunctionFlags {
    /// The identifier `arguments` is referenced.
    pub uses_arguments: bool,
    /// `this` is referenced.
    pub uses_this: bool,
    /// A call whose callee is the bare identifier `eval` (possibly
    /// parenthesized) occurs: a potential direct eval.
    pub has_direct_eval: bool,
    /// A `with` statement occurs.
    pub contains_with: bool,
    /// Some function nested at any depth (arrow or not) contains a direct
    /// eval or a `with` statement.
    pub inner_has_eval_or_with: bool,
}

/// A parsed script (or eval code, or a `new Function` body).
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    /// Top level statements, directive prologue included.
    pub body: Vec<Stmt>,
    /// The code is strict mode code (from options or a directive).
    pub strict: bool,
    /// Scope facts for the top level code.
    pub flags: FunctionFlags,
}

/// Which kind of function a [`Function`] node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FunctionKind {
    /// `function f() {}` in statement position.
    Declaration,
    /// `function [f]() {}` in expression position (or from `new Function`).
    Expression,
    /// `get name() {}` in an object literal.
    Getter,
    /// `set name(v) {}` in an object literal.
    Setter,
    /// `x => e`, `(a, b) => { ... }`.
    Arrow,
}

/// A function of any kind.
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    /// The binding name (`None` for anonymous expressions, accessors, arrows).
    pub name: Option<Ident>,
    /// Formal parameters (simple identifiers only).
    pub params: Vec<Ident>,
    /// The body. For an arrow with an expression body this is a single
    /// synthesized `return` statement (see [`Function::expression_body`]).
    pub body: Vec<Stmt>,
    /// What kind of function this is.
    pub kind: FunctionKind,
    /// The function's code is strict (inherited or own directive).
    pub strict: bool,
    /// Same as `kind == FunctionKind::Arrow`.
    pub is_arrow: bool,
    /// Arrow function whose body is an expression (`x => x + 1`).
    pub expression_body: bool,
    /// Byte offset of the first byte of the function's source text (the
    /// `function` keyword, the `get`/`set` keyword of an accessor, or the
    /// first token of an arrow's parameters) in the parsed source string.
    pub source_start: usize,
    /// Byte offset just past the last byte of the function's source text.
    pub source_end: usize,
    /// Position of the first token of the function's source text.
    pub pos: Pos,
    /// Scope facts about this function's body.
    pub flags: FunctionFlags,
}

/// A statement with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    /// Position of the statement's first token.
    pub pos: Pos,
    /// The statement itself.
    pub kind: StmtKind,
}

/// `var`, `let` or `const`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarKind {
    /// Function scoped `var`.
    Var,
    /// Block scoped `let`.
    Let,
    /// Block scoped `const`.
    Const,
}

/// One `name [= init]` of a variable declaration.
#[derive(Debug, Clone, PartialEq)]
pub struct VarDeclarator {
    /// The declared name.
    pub name: Ident,
    /// The initializer, if any.
    pub init: Option<Expr>,
}

/// A `var`/`let`/`const` declaration list.
#[derive(Debug, Clone, PartialEq)]
pub struct VarDecl {
    /// Declaration kind.
    pub kind: VarKind,
    /// The declarators, in source order (never empty).
    pub declarations: Vec<VarDeclarator>,
}

/// The first clause of a `for (init; test; update)` loop.
#[derive(Debug, Clone, PartialEq)]
pub enum ForInit {
    /// `for (var x = 1, y; ...)` / `let` / `const`.
    VarDecl(VarDecl),
    /// `for (i = 0; ...)`.
    Expr(Expr),
}

/// The left-hand side of a `for (lhs in obj)` loop.
#[derive(Debug, Clone, PartialEq)]
pub enum ForInTarget {
    /// A single declaration: `for (var x in o)`, `for (let x in o)`. An
    /// initializer is only possible for sloppy-mode `var` (Annex B).
    VarDecl(VarKind, VarDeclarator),
    /// A left-hand-side expression: identifier, member access, or (sloppy
    /// mode) a call, which is a runtime `ReferenceError`.
    Expr(Expr),
}

/// One `case test:` / `default:` clause.
#[derive(Debug, Clone, PartialEq)]
pub struct SwitchCase {
    /// Position of the `case` / `default` keyword.
    pub pos: Pos,
    /// The test expression; `None` for `default`.
    pub test: Option<Expr>,
    /// The statements of the clause.
    pub body: Vec<Stmt>,
}

/// `catch (param) { body }`.
#[derive(Debug, Clone, PartialEq)]
pub struct CatchClause {
    /// The catch parameter.
    pub param: Ident,
    /// The catch block's statements.
    pub body: Vec<Stmt>,
}

/// The statement kinds.
#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// `;`
    Empty,
    /// `{ ... }`. A block is a lexical scope for `let`/`const`/functions.
    Block(Vec<Stmt>),
    /// An expression statement (including directives such as `"use strict"`).
    Expression(Expr),
    /// `var`/`let`/`const` declaration statement.
    VarDecl(VarDecl),
    /// A function declaration. At the top level of a script or function body
    /// it is var-scoped; inside a block (or switch) it is block scoped (the
    /// compiler applies Annex B var hoisting in sloppy mode). A sloppy-mode
    /// `if (x) function f(){}` is represented as an `if` whose branch is a
    /// `Block` containing the declaration.
    FunctionDecl(Box<Function>),
    /// `if (test) consequent [else alternate]`.
    If {
        /// The condition.
        test: Expr,
        /// The `then` branch.
        consequent: Box<Stmt>,
        /// The `else` branch.
        alternate: Option<Box<Stmt>>,
    },
    /// `for (init; test; update) body`.
    For {
        /// Initialization clause.
        init: Option<ForInit>,
        /// Condition (absent means `true`).
        test: Option<Box<Expr>>,
        /// Update expression.
        update: Option<Box<Expr>>,
        /// The loop body.
        body: Box<Stmt>,
    },
    /// `for (left in right) body`.
    ForIn {
        /// The iteration target.
        left: Box<ForInTarget>,
        /// The enumerated object.
        right: Expr,
        /// The loop body.
        body: Box<Stmt>,
    },
    /// `while (test) body`.
    While {
        /// The condition.
        test: Expr,
        /// The loop body.
        body: Box<Stmt>,
    },
    /// `do body while (test)`.
    DoWhile {
        /// The loop body.
        body: Box<Stmt>,
        /// The condition.
        test: Expr,
    },
    /// `continue [label]`.
    Continue(Option<Ident>),
    /// `break [label]`.
    Break(Option<Ident>),
    /// `return [arg]`.
    Return(Option<Expr>),
    /// `with (object) body` (sloppy mode only).
    With {
        /// The scope object.
        object: Expr,
        /// The body.
        body: Box<Stmt>,
    },
    /// `switch (discriminant) { cases }`. The case block is one lexical scope.
    Switch {
        /// The value switched on.
        discriminant: Expr,
        /// The clauses in source order.
        cases: Vec<SwitchCase>,
    },
    /// `label: body`.
    Labeled {
        /// The label.
        label: Ident,
        /// The labelled statement.
        body: Box<Stmt>,
    },
    /// `throw arg`.
    Throw(Expr),
    /// `try block [catch (e) handler] [finally finalizer]`.
    Try {
        /// The protected block.
        block: Vec<Stmt>,
        /// The catch clause.
        handler: Option<Box<CatchClause>>,
        /// The finally block.
        finalizer: Option<Vec<Stmt>>,
    },
    /// `debugger`.
    Debugger,
}

/// An expression with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    /// Position of the expression's first token.
    pub pos: Pos,
    /// The expression itself.
    pub kind: ExprKind,
}

impl Expr {
    /// The operand a left-associative chain node evaluates first: the left
    /// side of a binary or logical operator, the object of a property access,
    /// the callee of a call. Passes follow these links with a loop (a program
    /// may chain 100,000 of them) and recurse only into the other operands.
    pub fn chain_left(&self) -> Option<&Expr> {
        match &self.kind {
            ExprKind::Binary { left, .. } | ExprKind::Logical { left, .. } => Some(left),
            ExprKind::Member { object, .. } | ExprKind::Index { object, .. } => Some(object),
            ExprKind::Call { callee, .. } => Some(callee),
            _ => None,
        }
    }

    /// The mutable [`Expr::chain_left`] link.
    fn chain_left_mut(&mut self) -> Option<&mut Expr> {
        match &mut self.kind {
            ExprKind::Binary { left, .. } | ExprKind::Logical { left, .. } => Some(left),
            ExprKind::Member { object, .. } | ExprKind::Index { object, .. } => Some(object),
            ExprKind::Call { callee, .. } => Some(callee),
            _ => None,
        }
    }

    /// Detaches the chain operand when it is itself a chain node (leaving
    /// `null` in its place), so dropping `self` does not recurse along it.
    fn take_chain_left(&mut self) -> Option<Expr> {
        let left = self.chain_left_mut()?;
        left.chain_left()?;
        let pos = left.pos;
        Some(core::mem::replace(left, Expr { pos, kind: ExprKind::Null }))
    }

    /// The expression's kind, taken out (`Expr` has a `Drop`, so its fields
    /// cannot be moved out by a pattern).
    pub fn into_kind(mut self) -> ExprKind {
        core::mem::replace(&mut self.kind, ExprKind::Null)
    }
}

impl Drop for Expr {
    /// Drops a left-deep chain one node at a time: the default drop would
    /// recurse once per link and overflow the stack on long chains.
    fn drop(&mut self) {
        let mut next = self.take_chain_left();
        while let Some(mut node) = next {
            next = node.take_chain_left();
        }
    }
}

/// Prefix unary operators (other than `++`/`--`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    /// `delete`
    Delete,
    /// `void`
    Void,
    /// `typeof`
    Typeof,
    /// unary `+`
    Plus,
    /// unary `-`
    Minus,
    /// `~`
    BitNot,
    /// `!`
    Not,
}

/// `++` or `--`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateOp {
    /// `++`
    Increment,
    /// `--`
    Decrement,
}

/// Binary (non short-circuit) operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Mod,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `>>>`
    UShr,
    /// `<`
    Lt,
    /// `>`
    Gt,
    /// `<=`
    Le,
    /// `>=`
    Ge,
    /// `in`
    In,
    /// `instanceof`
    InstanceOf,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `===`
    StrictEq,
    /// `!==`
    StrictNe,
    /// `&`
    BitAnd,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
}

/// Short-circuit operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogicalOp {
    /// `&&`
    And,
    /// `||`
    Or,
}

/// Assignment operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `+=`
    Add,
    /// `-=`
    Sub,
    /// `*=`
    Mul,
    /// `/=`
    Div,
    /// `%=`
    Mod,
    /// `<<=`
    Shl,
    /// `>>=`
    Shr,
    /// `>>>=`
    UShr,
    /// `&=`
    BitAnd,
    /// `|=`
    BitOr,
    /// `^=`
    BitXor,
}

impl AssignOp {
    /// The binary operator applied by a compound assignment (`None` for `=`).
    pub fn binary_op(self) -> Option<BinaryOp> {
        Some(match self {
            AssignOp::Assign => return None,
            AssignOp::Add => BinaryOp::Add,
            AssignOp::Sub => BinaryOp::Sub,
            AssignOp::Mul => BinaryOp::Mul,
            AssignOp::Div => BinaryOp::Div,
            AssignOp::Mod => BinaryOp::Mod,
            AssignOp::Shl => BinaryOp::Shl,
            AssignOp::Shr => BinaryOp::Shr,
            AssignOp::UShr => BinaryOp::UShr,
            AssignOp::BitAnd => BinaryOp::BitAnd,
            AssignOp::BitOr => BinaryOp::BitOr,
            AssignOp::BitXor => BinaryOp::BitXor,
        })
    }
}

/// A regular expression literal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegExpLiteral {
    /// The pattern source text between the slashes, as UTF-16.
    pub pattern: Vec<u16>,
    /// The flags (validated: each of `g`, `i`, `m` at most once).
    pub flags: String,
}

/// A property key in an object literal.
#[derive(Debug, Clone, PartialEq)]
pub enum PropKey {
    /// An IdentifierName (reserved words allowed), escapes decoded.
    Ident(String),
    /// A string literal key (UTF-16 value).
    String(Vec<u16>),
    /// A numeric literal key (the runtime converts it with ToString).
    Number(f64),
}

/// The value part of an object literal property.
#[derive(Debug, Clone, PartialEq)]
pub enum PropKind {
    /// `key: value`
    Init(Expr),
    /// `get key() { ... }`
    Get(Box<Function>),
    /// `set key(v) { ... }`
    Set(Box<Function>),
}

/// One property of an object literal.
#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    /// Position of the property's first token.
    pub pos: Pos,
    /// The key.
    pub key: PropKey,
    /// The value or accessor.
    pub kind: PropKind,
}

/// The expression kinds. Parentheses are not represented.
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// `this`
    This,
    /// An identifier reference.
    Ident(String),
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A numeric literal.
    Number(f64),
    /// A string literal (UTF-16 value, may contain lone surrogates).
    String(Vec<u16>),
    /// A regular expression literal.
    RegExp(Box<RegExpLiteral>),
    /// `[a, , b]`: `None` marks an elision (hole).
    Array(Vec<Option<Expr>>),
    /// `{ ... }` (duplicate keys are allowed).
    Object(Vec<Property>),
    /// A function expression.
    Function(Box<Function>),
    /// An arrow function.
    Arrow(Box<Function>),
    /// `op arg`
    Unary {
        /// The operator.
        op: UnaryOp,
        /// The operand.
        arg: Box<Expr>,
    },
    /// `++x`, `x--`, ...
    Update {
        /// The operator.
        op: UpdateOp,
        /// `true` for prefix form.
        prefix: bool,
        /// The target (identifier, member, or sloppy-mode call).
        arg: Box<Expr>,
    },
    /// `left op right`
    Binary {
        /// The operator.
        op: BinaryOp,
        /// Left operand.
        left: Box<Expr>,
        /// Right operand.
        right: Box<Expr>,
    },
    /// `left && right`, `left || right`
    Logical {
        /// The operator.
        op: LogicalOp,
        /// Left operand.
        left: Box<Expr>,
        /// Right operand.
        right: Box<Expr>,
    },
    /// `test ? consequent : alternate`
    Conditional {
        /// The condition.
        test: Box<Expr>,
        /// Value when true.
        consequent: Box<Expr>,
        /// Value when false.
        alternate: Box<Expr>,
    },
    /// `target op value`. The target is an identifier, a member expression,
    /// or (sloppy mode only) a call, which must throw a `ReferenceError` at
    /// run time.
    Assign {
        /// The operator.
        op: AssignOp,
        /// The assignment target.
        target: Box<Expr>,
        /// The assigned value.
        value: Box<Expr>,
    },
    /// `a, b, c` (at least two elements).
    Sequence(Vec<Expr>),
    /// `callee(args)`
    Call {
        /// The callee.
        callee: Box<Expr>,
        /// The arguments.
        args: Vec<Expr>,
    },
    /// `new callee(args)` / `new callee` (empty `args`).
    New {
        /// The constructor expression.
        callee: Box<Expr>,
        /// The arguments.
        args: Vec<Expr>,
    },
    /// `object.property`
    Member {
        /// The object.
        object: Box<Expr>,
        /// The property name (reserved words allowed, escapes decoded).
        property: String,
        /// Position of the property name.
        property_pos: Pos,
    },
    /// `object[index]`
    Index {
        /// The object.
        object: Box<Expr>,
        /// The computed key.
        index: Box<Expr>,
    },
}
