//! The recursive descent parser proper.
//!
//! Recursion is bounded: every statement, every assignment expression, every
//! prefix operator and every `new` enters one nesting level, and the trees
//! built by loops account for their height (see [`Parser::mark`]) except along
//! the left spine of a chain (binary operators, member/call chains), which the
//! parser builds and every pass walks with a loop ([`Expr::chain_left`]), so
//! such chains have no length limit. Exceeding `max_depth` is a `SyntaxError`,
//! so neither the parser nor a recursive walk (or drop) of the resulting tree
//! can exhaust the native stack.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;
use core::mem;

use hashbrown::{HashMap, HashSet};

use super::ast::*;
use super::error::{PResult, SyntaxError};
use super::lexer::{
    F_ESC_89, F_ESC_KEYWORD, F_ESCAPED, F_LEADING_ZERO, F_OCTAL, Lexer, T, Token,
    is_strict_reserved,
};
use super::regexp;

/// Where a statement appears (what declarations it may be).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ctx {
    /// In a statement list: any declaration allowed.
    List,
    /// Direct body of `if`/`else`: Annex B function declarations (sloppy).
    If,
    /// Any other single-statement position (loop bodies, `with`).
    Single,
    /// Body of a labelled statement that itself is in a list: Annex B
    /// labelled function declarations (sloppy).
    LabelInList,
}

/// Which kind of assignment target is being validated.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetCtx {
    Assign,
    Prefix,
    Postfix,
    ForIn,
}

/// A declaration scope (function body, block, switch case block, catch
/// block, or `for (let ...)` head).
///
/// Conflicts between `var` and lexical declarations are detected in O(1) per
/// declaration: the function scope records, for each var-declared name, the
/// largest id of a scope containing such a declaration, and how many
/// currently open scopes of the function declare the name lexically. Scope
/// ids increase in push order, so while a scope `S` is open, every scope
/// with an id `>= S.id` is `S` or nested in it.
#[derive(Default)]
struct Scope {
    id: usize,
    /// This scope's own declarations (`DECL_*` bits).
    names: HashMap<String, u8>,
    /// Function scopes only: var-declared name -> largest scope id.
    var_names: HashMap<String, usize>,
    /// Function scopes only: name -> number of open scopes of this function
    /// declaring it lexically.
    open_lexical: HashMap<String, u32>,
}

/// `let`/`const` names and block-level function declarations.
const DECL_LEXICAL: u8 = 1;
/// Sloppy-mode block-level function declarations (which may be redeclared
/// by another function declaration: Annex B).
const DECL_BLOCK_FN: u8 = 2;
/// Formal parameters (function scope) or the catch parameter (catch block):
/// lexical declarations may not redeclare them.
const DECL_PARAM: u8 = 8;

struct Label {
    name: String,
    is_loop: bool,
}

/// Per-function parsing state.
struct FnState {
    allow_return: bool,
    labels: Vec<Label>,
    /// Number of labels directly preceding the statement being parsed.
    pending_labels: usize,
    /// Enclosing loops and switches (targets of an unlabelled `break`).
    breakable: u32,
    /// Enclosing loops (targets of an unlabelled `continue`).
    loops: u32,
    flags: FunctionFlags,
    /// Index of this function's scope in `Parser::scopes`.
    scope_base: usize,
}

impl FnState {
    fn new(allow_return: bool, scope_base: usize) -> FnState {
        FnState {
            allow_return,
            labels: Vec::new(),
            pending_labels: 0,
            breakable: 0,
            loops: 0,
            flags: FunctionFlags::default(),
            scope_base,
        }
    }
}

#[derive(Clone, Copy)]
enum BinKind {
    Bin(BinaryOp),
    Log(LogicalOp),
}

/// A pending left operand of the operator-precedence parser.
struct BinEntry {
    op: BinKind,
    prec: u8,
    /// Height of `left`.
    height: u32,
    left: Expr,
}

pub(crate) struct Parser<'a> {
    lx: Lexer<'a>,
    tok: Token,
    /// End byte offset of the previously consumed token.
    prev_end: usize,
    /// Added to byte offsets stored in function source ranges.
    src_base: usize,
    strict: bool,
    /// Current recursion depth.
    depth: u32,
    /// High-water mark used to bound the height of left-deep chains.
    hw: u32,
    max_depth: u32,
    fs: FnState,
    scopes: Vec<Scope>,
    next_scope_id: usize,
    bin_stack: Vec<BinEntry>,
}

const MSG_TOO_DEEP: &str = "Too much nesting";
const MSG_EVAL_ARGS: &str = "Unexpected eval or arguments in strict mode";
const MSG_STRICT_RESERVED: &str = "Unexpected strict mode reserved word";
const MSG_ESC_KEYWORD: &str = "Keyword must not contain escaped characters";
const MSG_LEXICAL_SINGLE: &str = "Lexical declaration cannot appear in a single-statement context";

fn binop(k: T, no_in: bool) -> Option<(u8, BinKind)> {
    use BinKind::{Bin, Log};
    Some(match k {
        T::OrOr => (1, Log(LogicalOp::Or)),
        T::AndAnd => (2, Log(LogicalOp::And)),
        T::Pipe => (3, Bin(BinaryOp::BitOr)),
        T::Caret => (4, Bin(BinaryOp::BitXor)),
        T::Amp => (5, Bin(BinaryOp::BitAnd)),
        T::Eq => (6, Bin(BinaryOp::Eq)),
        T::Ne => (6, Bin(BinaryOp::Ne)),
        T::StrictEq => (6, Bin(BinaryOp::StrictEq)),
        T::StrictNe => (6, Bin(BinaryOp::StrictNe)),
        T::Lt => (7, Bin(BinaryOp::Lt)),
        T::Gt => (7, Bin(BinaryOp::Gt)),
        T::Le => (7, Bin(BinaryOp::Le)),
        T::Ge => (7, Bin(BinaryOp::Ge)),
        T::Instanceof => (7, Bin(BinaryOp::InstanceOf)),
        T::In if !no_in => (7, Bin(BinaryOp::In)),
        T::Shl => (8, Bin(BinaryOp::Shl)),
        T::Shr => (8, Bin(BinaryOp::Shr)),
        T::UShr => (8, Bin(BinaryOp::UShr)),
        T::Plus => (9, Bin(BinaryOp::Add)),
        T::Minus => (9, Bin(BinaryOp::Sub)),
        T::Star => (10, Bin(BinaryOp::Mul)),
        T::Slash => (10, Bin(BinaryOp::Div)),
        T::Percent => (10, Bin(BinaryOp::Mod)),
        _ => return None,
    })
}

fn assign_op(k: T) -> Option<AssignOp> {
    Some(match k {
        T::Assign => AssignOp::Assign,
        T::PlusEq => AssignOp::Add,
        T::MinusEq => AssignOp::Sub,
        T::StarEq => AssignOp::Mul,
        T::SlashEq => AssignOp::Div,
        T::PercentEq => AssignOp::Mod,
        T::ShlEq => AssignOp::Shl,
        T::ShrEq => AssignOp::Shr,
        T::UShrEq => AssignOp::UShr,
        T::AmpEq => AssignOp::BitAnd,
        T::PipeEq => AssignOp::BitOr,
        T::CaretEq => AssignOp::BitXor,
        _ => return None,
    })
}

/// `__proto__: value` (identifier or string key, not an accessor).
fn is_proto_init(p: &Property) -> bool {
    const PROTO: &str = "__proto__";
    if !matches!(p.kind, PropKind::Init(_)) {
        return false;
    }
    match &p.key {
        PropKey::Ident(s) => s == PROTO,
        PropKey::String(v) => v.iter().copied().eq(PROTO.encode_utf16()),
        PropKey::Number(_) => false,
    }
}

fn is_prop_name_start(k: T) -> bool {
    matches!(k, T::Ident | T::Str | T::Num) || k.is_reserved_word()
}

#[inline]
fn mk(pos: Pos, kind: StmtKind) -> PResult<Stmt> {
    Ok(Stmt { pos, kind })
}

#[cold]
#[inline(never)]
fn make_err(msg: String, pos: Pos) -> Box<SyntaxError> {
    Box::new(SyntaxError {
        message: msg,
        line: pos.line,
        column: pos.column,
        at_end: false,
    })
}

impl<'a> Parser<'a> {
    /// Creates a parser and reads the first token.
    pub(crate) fn new(
        mut lx: Lexer<'a>,
        strict: bool,
        max_depth: u32,
        allow_return: bool,
        src_base: usize,
    ) -> PResult<Parser<'a>> {
        let tok = lx.next_token()?;
        Ok(Parser {
            lx,
            tok,
            prev_end: 0,
            src_base,
            strict,
            depth: 0,
            hw: 0,
            max_depth,
            fs: FnState::new(allow_return, 0),
            scopes: Vec::new(),
            next_scope_id: 0,
            bin_stack: Vec::new(),
        })
    }

    // ----- entry points --------------------------------------------------

    /// Parses a whole script.
    pub(crate) fn parse_program(mut self) -> PResult<Program> {
        self.push_function_scope(&[]);
        let body = self.parse_body(T::Eof)?;
        Ok(Program {
            body,
            strict: self.strict,
            flags: self.fs.flags,
        })
    }

    /// Parses a standalone formal parameter list (for `new Function`).
    pub(crate) fn parse_standalone_params(&mut self) -> PResult<Vec<Ident>> {
        let mut params = Vec::new();
        if self.tok.kind != T::Eof {
            loop {
                params.push(self.param_ident()?);
                if self.tok.kind != T::Comma {
                    break;
                }
                self.bump()?;
            }
        }
        if self.tok.kind != T::Eof {
            return self.unexpected();
        }
        Ok(params)
    }

    /// Parses a standalone function body (for `new Function`); returns the
    /// statements, the body's strictness and its flags. The parameters are
    /// validated against the final strictness.
    pub(crate) fn parse_standalone_body(
        &mut self,
        params: &[Ident],
    ) -> PResult<(Vec<Stmt>, bool, FunctionFlags)> {
        self.push_function_scope(params);
        let body = self.parse_body(T::Eof)?;
        self.check_params(params, self.strict, false)?;
        Ok((body, self.strict, self.fs.flags))
    }

    // ----- token helpers -------------------------------------------------

    #[inline(never)]
    fn bump(&mut self) -> PResult<()> {
        self.prev_end = self.tok.end;
        self.tok = self.lx.next_token()?;
        Ok(())
    }

    #[inline]
    fn expect(&mut self, k: T) -> PResult<()> {
        if self.tok.kind == k {
            self.bump()
        } else {
            self.unexpected()
        }
    }

    /// Kind and `nl_before` of the token after the current one.
    fn peek(&mut self) -> (T, bool) {
        let st = self.lx.save();
        let r = match self.lx.next_token() {
            Ok(t) => (t.kind, t.nl_before),
            Err(_) => (T::Eof, false),
        };
        self.lx.restore(st);
        r
    }

    /// Automatic semicolon insertion.
    fn semicolon(&mut self) -> PResult<()> {
        match self.tok.kind {
            T::Semi => self.bump(),
            T::RBrace | T::Eof => Ok(()),
            _ if self.tok.nl_before => Ok(()),
            _ => self.unexpected(),
        }
    }

    // ----- errors --------------------------------------------------------

    #[cold]
    #[inline(never)]
    fn err_at<R>(&self, msg: &str, pos: Pos) -> PResult<R> {
        Err(self.mark_end(make_err(msg.to_string(), pos)))
    }

    /// Marks an error found at the end-of-input token as one that more
    /// input could cure (`SyntaxError::at_end`).
    fn mark_end(&self, mut e: Box<SyntaxError>) -> Box<SyntaxError> {
        e.at_end = self.tok.kind == T::Eof && self.tok.pos == Pos { line: e.line, column: e.column };
        e
    }

    #[cold]
    #[inline(never)]
    fn unexpected<R>(&self) -> PResult<R> {
        let t = &self.tok;
        let msg = match t.kind {
            T::Eof => "Unexpected end of input".to_string(),
            T::Ident => {
                if t.flags & F_ESC_KEYWORD != 0 {
                    MSG_ESC_KEYWORD.to_string()
                } else if self.strict && is_strict_reserved(&t.text) {
                    MSG_STRICT_RESERVED.to_string()
                } else {
                    format!("Unexpected identifier '{}'", t.text)
                }
            }
            T::Num => "Unexpected number".to_string(),
            T::Str => "Unexpected string".to_string(),
            T::Regex => "Unexpected regular expression".to_string(),
            T::Enum => "Unexpected reserved word".to_string(),
            _ => format!("Unexpected token '{}'", self.lx.slice(t.start, t.end)),
        };
        Err(self.mark_end(make_err(msg, t.pos)))
    }

    #[cold]
    #[inline(never)]
    fn too_deep<R>(&self) -> PResult<R> {
        // Never `at_end`: more text would not make it shallower.
        Err(make_err(MSG_TOO_DEEP.to_string(), self.tok.pos))
    }

    #[cold]
    #[inline(never)]
    fn redeclared<R>(&self, id: &Ident) -> PResult<R> {
        Err(make_err(
            format!("Identifier '{}' has already been declared", id.name),
            id.pos,
        ))
    }

    // ----- nesting bookkeeping -------------------------------------------

    #[inline]
    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return self.too_deep();
        }
        if self.depth > self.hw {
            self.hw = self.depth;
        }
        Ok(())
    }

    #[inline]
    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Starts measuring the height of a subtree built at the current depth:
    /// `hw` tracks `depth + height` of everything parsed since the mark.
    /// Returns the previous high-water mark for [`Parser::restore`].
    #[inline]
    fn mark(&mut self) -> u32 {
        mem::replace(&mut self.hw, self.depth)
    }

    /// Accounts for one node built on top of everything parsed since the
    /// last mark.
    #[inline]
    fn raise(&mut self) -> PResult<()> {
        self.hw = self.hw.saturating_add(1);
        if self.hw > self.max_depth {
            return self.too_deep();
        }
        Ok(())
    }

    #[inline]
    fn restore(&mut self, saved: u32) {
        if saved > self.hw {
            self.hw = saved;
        }
    }

    // ----- identifiers ---------------------------------------------------

    /// Checks that the current `T::Ident` token may be used as an
    /// identifier (reference, binding or label) in the current mode.
    #[inline]
    fn check_ident_token(&self) -> PResult<()> {
        if self.tok.flags & F_ESC_KEYWORD != 0 {
            return self.err_at(MSG_ESC_KEYWORD, self.tok.pos);
        }
        if self.strict && is_strict_reserved(&self.tok.text) {
            let msg = if self.tok.flags & F_ESCAPED != 0 {
                MSG_ESC_KEYWORD
            } else {
                MSG_STRICT_RESERVED
            };
            return self.err_at(msg, self.tok.pos);
        }
        Ok(())
    }

    /// A binding identifier (`var`/`let`/`const` names, catch parameter).
    fn binding_ident(&mut self) -> PResult<Ident> {
        if self.tok.kind != T::Ident {
            return self.unexpected();
        }
        self.check_ident_token()?;
        if self.strict && (self.tok.text == "eval" || self.tok.text == "arguments") {
            return self.err_at(MSG_EVAL_ARGS, self.tok.pos);
        }
        let id = Ident {
            name: mem::take(&mut self.tok.text),
            pos: self.tok.pos,
        };
        self.bump()?;
        Ok(id)
    }

    /// A formal parameter or function name: strict-only restrictions are
    /// re-checked once the function's strictness is known.
    fn param_ident(&mut self) -> PResult<Ident> {
        if self.tok.kind != T::Ident {
            return self.unexpected();
        }
        self.check_ident_token()?;
        let id = Ident {
            name: mem::take(&mut self.tok.text),
            pos: self.tok.pos,
        };
        self.bump()?;
        Ok(id)
    }

    fn check_strict_binding(&self, id: &Ident) -> PResult<()> {
        if id.name == "eval" || id.name == "arguments" {
            return self.err_at(MSG_EVAL_ARGS, id.pos);
        }
        if is_strict_reserved(&id.name) {
            return self.err_at(MSG_STRICT_RESERVED, id.pos);
        }
        Ok(())
    }

    /// Validates formal parameters once the function's strictness is known.
    fn check_params(&self, params: &[Ident], strict: bool, is_arrow: bool) -> PResult<()> {
        if strict {
            for p in params {
                self.check_strict_binding(p)?;
            }
        }
        if strict || is_arrow {
            let dup = if params.len() <= 16 {
                params
                    .iter()
                    .enumerate()
                    .find(|(i, p)| params.iter().take(*i).any(|q| q.name == p.name))
                    .map(|(_, p)| p)
            } else {
                let mut seen: HashSet<&str> = HashSet::new();
                params.iter().find(|p| !seen.insert(p.name.as_str()))
            };
            if let Some(p) = dup {
                return self.err_at(
                    "Duplicate parameter name not allowed in this context",
                    p.pos,
                );
            }
        }
        Ok(())
    }

    // ----- scopes ----------------------------------------------------------

    fn new_scope(&mut self) -> Scope {
        self.next_scope_id += 1;
        Scope {
            id: self.next_scope_id,
            ..Scope::default()
        }
    }

    #[inline(never)]
    fn push_scope(&mut self, param: Option<&Ident>) {
        let mut scope = self.new_scope();
        if let Some(p) = param {
            scope.names.insert(p.name.clone(), DECL_PARAM);
        }
        self.scopes.push(scope);
    }

    /// Pops a block scope of the current function.
    #[inline(never)]
    fn pop_scope(&mut self) {
        let Some(s) = self.scopes.pop() else { return };
        let Some(f) = self.scopes.get_mut(self.fs.scope_base) else {
            return;
        };
        for (name, bits) in s.names {
            if bits & DECL_LEXICAL != 0
                && let Some(n) = f.open_lexical.get_mut(name.as_str())
            {
                *n = n.saturating_sub(1);
            }
        }
    }

    #[inline(never)]
    fn push_function_scope(&mut self, params: &[Ident]) {
        let mut scope = self.new_scope();
        for p in params {
            scope.names.insert(p.name.clone(), DECL_PARAM);
        }
        self.scopes.push(scope);
    }

    fn at_function_top(&self) -> bool {
        self.scopes.len() == self.fs.scope_base + 1
    }

    /// Declares a var-scoped name: it must not collide with a lexical
    /// declaration of any scope it is hoisted through (all open scopes of
    /// the current function enclose the current position).
    fn declare_var(&mut self, id: &Ident) -> PResult<()> {
        let cur = self.scopes.last().map_or(0, |s| s.id);
        let Some(f) = self.scopes.get_mut(self.fs.scope_base) else {
            return Ok(());
        };
        let name = id.name.as_str();
        if f.open_lexical.get(name).is_some_and(|&n| n > 0) {
            return self.redeclared(id);
        }
        match f.var_names.get_mut(name) {
            Some(max) => *max = (*max).max(cur),
            None => {
                f.var_names.insert(id.name.clone(), cur);
            }
        }
        Ok(())
    }

    /// Declares a lexically scoped name in the innermost scope.
    fn declare_lexical(&mut self, id: &Ident, is_fn: bool) -> PResult<()> {
        let sloppy_fn = is_fn && !self.strict;
        let base = self.fs.scope_base;
        let name = id.name.as_str();
        let Some(cur) = self.scopes.last() else {
            return Ok(());
        };
        let cur_id = cur.id;
        // A var declared in this scope or in a scope nested in it.
        let var_conflict = self
            .scopes
            .get(base)
            .and_then(|f| f.var_names.get(name))
            .is_some_and(|&max| max >= cur_id);
        if var_conflict {
            return self.redeclared(id);
        }
        let Some(s) = self.scopes.last_mut() else {
            return Ok(());
        };
        let new_bits = if sloppy_fn {
            DECL_LEXICAL | DECL_BLOCK_FN
        } else {
            DECL_LEXICAL
        };
        let (conflict, added) = match s.names.get_mut(name) {
            Some(bits) if *bits & DECL_LEXICAL != 0 => {
                (!(sloppy_fn && *bits & DECL_BLOCK_FN != 0), false)
            }
            Some(bits) if *bits & DECL_PARAM != 0 => (true, false),
            Some(bits) => {
                *bits |= new_bits;
                (false, true)
            }
            None => {
                s.names.insert(id.name.clone(), new_bits);
                (false, true)
            }
        };
        if conflict {
            return self.redeclared(id);
        }
        if added && let Some(f) = self.scopes.get_mut(base) {
            match f.open_lexical.get_mut(name) {
                Some(n) => *n += 1,
                None => {
                    f.open_lexical.insert(id.name.clone(), 1);
                }
            }
        }
        Ok(())
    }

    // ----- statements ------------------------------------------------------

    /// Parses a directive prologue and statements up to `end` (not consumed).
    fn parse_body(&mut self, end: T) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.tok.kind == T::Str {
            self.parse_directives(&mut body)?;
        }
        while self.tok.kind != end {
            body.push(self.parse_statement(Ctx::List)?);
        }
        Ok(body)
    }

    /// The directive prologue: leading expression statements consisting of
    /// a single string literal. `"use strict"` (without escapes or line
    /// continuations) makes the rest of the body strict; earlier directives
    /// with octal escapes are then errors.
    #[inline(never)]
    fn parse_directives(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        // Position and flags of the first directive with a legacy escape.
        let mut octal: Option<(Pos, u8)> = None;
        while self.tok.kind == T::Str {
            let tpos = self.tok.pos;
            let raw = self.lx.slice(self.tok.start, self.tok.end);
            let use_strict = raw == "\"use strict\"" || raw == "'use strict'";
            let legacy = self.tok.flags & (F_OCTAL | F_ESC_89);
            let stmt = self.parse_statement(Ctx::List)?;
            let is_directive = stmt.pos == tpos
                && matches!(&stmt.kind, StmtKind::Expression(e)
                    if e.pos == tpos && matches!(e.kind, ExprKind::String(_)));
            body.push(stmt);
            if !is_directive {
                break;
            }
            if legacy != 0 && octal.is_none() {
                octal = Some((tpos, legacy));
            }
            if use_strict {
                self.strict = true;
                if let Some((p, flags)) = octal {
                    let msg = if flags & F_OCTAL != 0 {
                        "Octal escape sequences are not allowed in strict mode."
                    } else {
                        "\\8 and \\9 are not allowed in strict mode."
                    };
                    return self.err_at(msg, p);
                }
            }
        }
        Ok(())
    }

    fn parse_statement(&mut self, ctx: Ctx) -> PResult<Stmt> {
        self.enter()?;
        let pending = mem::take(&mut self.fs.pending_labels);
        let r = self.statement_inner(ctx, pending);
        self.leave();
        r
    }

    fn statement_inner(&mut self, ctx: Ctx, pending: usize) -> PResult<Stmt> {
        let pos = self.tok.pos;
        let tk = self.tok.kind;
        match tk {
            T::LBrace => self.parse_block_statement(pos),
            T::Var => self.parse_var_statement(pos),
            T::Const => self.parse_lexical_statement(ctx, VarKind::Const, pos),
            T::Ident if self.is_let_declaration(ctx)? => {
                self.parse_lexical_statement(ctx, VarKind::Let, pos)
            }
            T::Semi => {
                self.bump()?;
                mk(pos, StmtKind::Empty)
            }
            T::If => self.parse_if(pos),
            T::For => self.parse_for(pos, pending),
            T::While => self.parse_while(pos, pending),
            T::Do => self.parse_do(pos, pending),
            T::Continue => self.parse_continue(pos),
            T::Break => self.parse_break(pos),
            T::Return => self.parse_return(pos),
            T::With => self.parse_with(pos),
            T::Switch => self.parse_switch(pos),
            T::Throw => self.parse_throw(pos),
            T::Try => self.parse_try(pos),
            T::Debugger => {
                self.bump()?;
                self.semicolon()?;
                mk(pos, StmtKind::Debugger)
            }
            T::Function => self.parse_function_statement(ctx, pos),
            _ => self.parse_expression_statement(ctx, pending, pos),
        }
    }

    #[inline(never)]
    fn parse_block_statement(&mut self, pos: Pos) -> PResult<Stmt> {
        let body = self.parse_block(None)?;
        mk(pos, StmtKind::Block(body))
    }

    /// `{ statements }`; `catch_param` is registered in the block's scope.
    #[inline(never)]
    fn parse_block(&mut self, catch_param: Option<&Ident>) -> PResult<Vec<Stmt>> {
        self.expect(T::LBrace)?;
        self.push_scope(catch_param);
        let mut body = Vec::new();
        while self.tok.kind != T::RBrace {
            body.push(self.parse_statement(Ctx::List)?);
        }
        self.pop_scope();
        self.bump()?;
        Ok(body)
    }

    #[inline(never)]
    fn parse_var_statement(&mut self, pos: Pos) -> PResult<Stmt> {
        self.bump()?;
        let declarations = self.parse_var_decls(VarKind::Var, false)?;
        self.semicolon()?;
        mk(
            pos,
            StmtKind::VarDecl(VarDecl {
                kind: VarKind::Var,
                declarations,
            }),
        )
    }

    /// The current token is an identifier: does it start a `let`
    /// declaration? Reports let declarations in single-statement contexts.
    fn is_let_declaration(&mut self, ctx: Ctx) -> PResult<bool> {
        if self.tok.text != "let" || self.tok.flags & F_ESCAPED != 0 {
            return Ok(false);
        }
        let (next, nl) = self.peek();
        let starts_decl = matches!(next, T::Ident | T::LBracket | T::LBrace);
        if ctx == Ctx::List {
            return Ok(starts_decl);
        }
        if next == T::LBracket || (starts_decl && !nl) {
            return self.err_at(MSG_LEXICAL_SINGLE, self.tok.pos);
        }
        Ok(false)
    }

    #[inline(never)]
    fn parse_lexical_statement(&mut self, ctx: Ctx, kind: VarKind, pos: Pos) -> PResult<Stmt> {
        if ctx != Ctx::List {
            return self.err_at(MSG_LEXICAL_SINGLE, pos);
        }
        self.bump()?;
        let declarations = self.parse_var_decls(kind, false)?;
        if kind == VarKind::Const {
            self.check_const_inits(&declarations)?;
        }
        self.semicolon()?;
        Ok(Stmt {
            pos,
            kind: StmtKind::VarDecl(VarDecl { kind, declarations }),
        })
    }

    fn check_const_inits(&self, decls: &[VarDeclarator]) -> PResult<()> {
        for d in decls {
            if d.init.is_none() {
                return self.err_at("Missing initializer in const declaration", d.name.pos);
            }
        }
        Ok(())
    }

    /// `name [= init], ...` after `var`/`let`/`const`; declares the names.
    fn parse_var_decls(&mut self, kind: VarKind, no_in: bool) -> PResult<Vec<VarDeclarator>> {
        let mut v = Vec::new();
        loop {
            let name = self.binding_ident()?;
            if kind == VarKind::Var {
                self.declare_var(&name)?;
            } else {
                if name.name == "let" {
                    return self.err_at("let is disallowed as a lexically bound name", name.pos);
                }
                self.declare_lexical(&name, false)?;
            }
            let init = if self.tok.kind == T::Assign {
                self.bump()?;
                Some(self.parse_assignment(no_in)?)
            } else {
                None
            };
            v.push(VarDeclarator { name, init });
            if self.tok.kind != T::Comma {
                break;
            }
            self.bump()?;
        }
        Ok(v)
    }

    #[inline(never)]
    fn parse_expression_statement(&mut self, ctx: Ctx, pending: usize, pos: Pos) -> PResult<Stmt> {
        let maybe_label = self.tok.kind == T::Ident;
        let saved_flags = self.fs.flags;
        let expr = self.parse_expression(false)?;
        if maybe_label
            && self.tok.kind == T::Colon
            && expr.pos == pos
            && matches!(expr.kind, ExprKind::Ident(_))
        {
            let name = match expr.into_kind() {
                ExprKind::Ident(n) => n,
                _ => String::new(),
            };
            self.fs.flags = saved_flags;
            return self.parse_labeled(Ident { name, pos }, ctx, pending);
        }
        self.semicolon()?;
        Ok(Stmt {
            pos,
            kind: StmtKind::Expression(expr),
        })
    }

    fn parse_labeled(&mut self, label: Ident, ctx: Ctx, pending: usize) -> PResult<Stmt> {
        if self.fs.labels.iter().any(|l| l.name == label.name) {
            return Err(make_err(
                format!("Label '{}' has already been declared", label.name),
                label.pos,
            ));
        }
        self.bump()?; // ':'
        self.fs.labels.push(Label {
            name: label.name.clone(),
            is_loop: false,
        });
        self.fs.pending_labels = pending + 1;
        let body_ctx = match ctx {
            Ctx::List | Ctx::LabelInList => Ctx::LabelInList,
            _ => Ctx::Single,
        };
        let body = self.parse_statement(body_ctx)?;
        self.fs.labels.pop();
        Ok(Stmt {
            pos: label.pos,
            kind: StmtKind::Labeled {
                label,
                body: Box::new(body),
            },
        })
    }

    /// Marks the labels directly preceding a loop as iteration labels.
    fn mark_loop_labels(&mut self, pending: usize) {
        let n = self.fs.labels.len();
        for l in self.fs.labels.iter_mut().skip(n.saturating_sub(pending)) {
            l.is_loop = true;
        }
    }

    fn parse_paren_expression(&mut self) -> PResult<Expr> {
        self.expect(T::LParen)?;
        let e = self.parse_expression(false)?;
        self.expect(T::RParen)?;
        Ok(e)
    }

    #[inline(never)]
    fn parse_if(&mut self, pos: Pos) -> PResult<Stmt> {
        self.bump()?;
        let test = self.parse_paren_expression()?;
        let consequent = Box::new(self.parse_statement(Ctx::If)?);
        let alternate = if self.tok.kind == T::Else {
            self.bump()?;
            Some(Box::new(self.parse_statement(Ctx::If)?))
        } else {
            None
        };
        mk(
            pos,
            StmtKind::If {
                test,
                consequent,
                alternate,
            },
        )
    }

    fn parse_loop_body(&mut self) -> PResult<Box<Stmt>> {
        self.fs.loops += 1;
        self.fs.breakable += 1;
        let body = self.parse_statement(Ctx::Single)?;
        self.fs.loops -= 1;
        self.fs.breakable -= 1;
        Ok(Box::new(body))
    }

    /// Does `let`/`const` at the current token start a declaration in a
    /// `for` head?
    fn for_head_is_lexical(&mut self) -> bool {
        match self.tok.kind {
            T::Const => true,
            T::Ident if self.tok.text == "let" && self.tok.flags & F_ESCAPED == 0 => {
                matches!(self.peek().0, T::Ident | T::LBracket | T::LBrace)
            }
            _ => false,
        }
    }

    #[inline(never)]
    fn parse_for(&mut self, pos: Pos, pending: usize) -> PResult<Stmt> {
        self.mark_loop_labels(pending);
        self.bump()?;
        self.expect(T::LParen)?;
        let mut pushed_scope = false;
        let tk = self.tok.kind;
        let init = match tk {
            T::Semi => None,
            T::Var => {
                self.bump()?;
                let mut decls = self.parse_var_decls(VarKind::Var, true)?;
                if self.tok.kind == T::In {
                    let d = self.single_for_in_binding(&mut decls)?;
                    if d.init.is_some() && self.strict {
                        return self.err_at(
                            "for-in loop variable declaration may not have an initializer.",
                            d.name.pos,
                        );
                    }
                    return self.finish_for_in(pos, ForInTarget::VarDecl(VarKind::Var, d));
                }
                Some(ForInit::VarDecl(VarDecl {
                    kind: VarKind::Var,
                    declarations: decls,
                }))
            }
            T::Const | T::Ident if self.for_head_is_lexical() => {
                let kind = if self.tok.kind == T::Const {
                    VarKind::Const
                } else {
                    VarKind::Let
                };
                self.push_scope(None);
                pushed_scope = true;
                self.bump()?;
                let mut decls = self.parse_var_decls(kind, true)?;
                if self.tok.kind == T::In {
                    let d = self.single_for_in_binding(&mut decls)?;
                    if d.init.is_some() {
                        return self.err_at(
                            "for-in loop variable declaration may not have an initializer.",
                            d.name.pos,
                        );
                    }
                    let r = self.finish_for_in(pos, ForInTarget::VarDecl(kind, d));
                    self.pop_scope();
                    return r;
                }
                if kind == VarKind::Const {
                    self.check_const_inits(&decls)?;
                }
                Some(ForInit::VarDecl(VarDecl {
                    kind,
                    declarations: decls,
                }))
            }
            _ => {
                let e = self.parse_expression(true)?;
                if self.tok.kind == T::In {
                    self.check_assign_target(&e, TargetCtx::ForIn)?;
                    return self.finish_for_in(pos, ForInTarget::Expr(e));
                }
                Some(ForInit::Expr(e))
            }
        };
        self.expect(T::Semi)?;
        let test = if self.tok.kind == T::Semi {
            None
        } else {
            Some(Box::new(self.parse_expression(false)?))
        };
        self.expect(T::Semi)?;
        let update = if self.tok.kind == T::RParen {
            None
        } else {
            Some(Box::new(self.parse_expression(false)?))
        };
        self.expect(T::RParen)?;
        let body = self.parse_loop_body()?;
        if pushed_scope {
            self.pop_scope();
        }
        mk(
            pos,
            StmtKind::For {
                init,
                test,
                update,
                body,
            },
        )
    }

    fn single_for_in_binding(&self, decls: &mut Vec<VarDeclarator>) -> PResult<VarDeclarator> {
        if decls.len() != 1 {
            let pos = decls.first().map(|d| d.name.pos).unwrap_or(self.tok.pos);
            return self.err_at(
                "Invalid left-hand side in for-in loop: Must have a single binding.",
                pos,
            );
        }
        match decls.pop() {
            Some(d) => Ok(d),
            None => self.unexpected(),
        }
    }

    /// After the left-hand side of a for-in loop; the current token is `in`.
    fn finish_for_in(&mut self, pos: Pos, left: ForInTarget) -> PResult<Stmt> {
        self.bump()?;
        let right = self.parse_expression(false)?;
        self.expect(T::RParen)?;
        let body = self.parse_loop_body()?;
        mk(
            pos,
            StmtKind::ForIn {
                left: Box::new(left),
                right,
                body,
            },
        )
    }

    #[inline(never)]
    fn parse_while(&mut self, pos: Pos, pending: usize) -> PResult<Stmt> {
        self.mark_loop_labels(pending);
        self.bump()?;
        let test = self.parse_paren_expression()?;
        let body = self.parse_loop_body()?;
        mk(pos, StmtKind::While { test, body })
    }

    #[inline(never)]
    fn parse_do(&mut self, pos: Pos, pending: usize) -> PResult<Stmt> {
        self.mark_loop_labels(pending);
        self.bump()?;
        let body = self.parse_loop_body()?;
        self.expect(T::While)?;
        let test = self.parse_paren_expression()?;
        // A semicolon is inserted after do-while even without a newline.
        if self.tok.kind == T::Semi {
            self.bump()?;
        }
        mk(pos, StmtKind::DoWhile { body, test })
    }

    /// Optional label after `break`/`continue` (same line only).
    fn parse_jump_label(&mut self) -> PResult<Option<Ident>> {
        if self.tok.kind == T::Ident && !self.tok.nl_before {
            self.check_ident_token()?;
            let id = Ident {
                name: mem::take(&mut self.tok.text),
                pos: self.tok.pos,
            };
            self.bump()?;
            Ok(Some(id))
        } else {
            Ok(None)
        }
    }

    #[inline(never)]
    fn parse_continue(&mut self, pos: Pos) -> PResult<Stmt> {
        self.bump()?;
        let label = self.parse_jump_label()?;
        match &label {
            None => {
                if self.fs.loops == 0 {
                    return self.err_at(
                        "Illegal continue statement: no surrounding iteration statement",
                        pos,
                    );
                }
            }
            Some(l) => match self.fs.labels.iter().rev().find(|x| x.name == l.name) {
                None => return Err(make_err(format!("Undefined label '{}'", l.name), l.pos)),
                Some(x) if !x.is_loop => {
                    return Err(make_err(
                        format!(
                            "Illegal continue statement: '{}' does not denote an iteration statement",
                            l.name
                        ),
                        l.pos,
                    ));
                }
                Some(_) => {}
            },
        }
        self.semicolon()?;
        mk(pos, StmtKind::Continue(label))
    }

    #[inline(never)]
    fn parse_break(&mut self, pos: Pos) -> PResult<Stmt> {
        self.bump()?;
        let label = self.parse_jump_label()?;
        match &label {
            None => {
                if self.fs.breakable == 0 {
                    return self.err_at("Illegal break statement", pos);
                }
            }
            Some(l) => {
                if !self.fs.labels.iter().any(|x| x.name == l.name) {
                    return Err(make_err(format!("Undefined label '{}'", l.name), l.pos));
                }
            }
        }
        self.semicolon()?;
        mk(pos, StmtKind::Break(label))
    }

    #[inline(never)]
    fn parse_return(&mut self, pos: Pos) -> PResult<Stmt> {
        if !self.fs.allow_return {
            return self.err_at("Illegal return statement", self.tok.pos);
        }
        self.bump()?;
        let arg = if matches!(self.tok.kind, T::Semi | T::RBrace | T::Eof) || self.tok.nl_before {
            None
        } else {
            Some(self.parse_expression(false)?)
        };
        self.semicolon()?;
        mk(pos, StmtKind::Return(arg))
    }

    #[inline(never)]
    fn parse_with(&mut self, pos: Pos) -> PResult<Stmt> {
        if self.strict {
            return self.err_at(
                "Strict mode code may not include a with statement",
                self.tok.pos,
            );
        }
        self.bump()?;
        self.fs.flags.contains_with = true;
        let object = self.parse_paren_expression()?;
        let body = Box::new(self.parse_statement(Ctx::Single)?);
        mk(pos, StmtKind::With { object, body })
    }

    #[inline(never)]
    fn parse_switch(&mut self, pos: Pos) -> PResult<Stmt> {
        self.bump()?;
        let discriminant = self.parse_paren_expression()?;
        self.expect(T::LBrace)?;
        self.push_scope(None);
        self.fs.breakable += 1;
        let mut cases = Vec::new();
        let mut has_default = false;
        while self.tok.kind != T::RBrace {
            let cpos = self.tok.pos;
            let test = match self.tok.kind {
                T::Case => {
                    self.bump()?;
                    Some(self.parse_expression(false)?)
                }
                T::Default => {
                    if has_default {
                        return self
                            .err_at("More than one default clause in switch statement", cpos);
                    }
                    has_default = true;
                    self.bump()?;
                    None
                }
                _ => return self.unexpected(),
            };
            self.expect(T::Colon)?;
            let mut body = Vec::new();
            while !matches!(self.tok.kind, T::Case | T::Default | T::RBrace) {
                body.push(self.parse_statement(Ctx::List)?);
            }
            cases.push(SwitchCase {
                pos: cpos,
                test,
                body,
            });
        }
        self.fs.breakable -= 1;
        self.pop_scope();
        self.bump()?;
        mk(
            pos,
            StmtKind::Switch {
                discriminant,
                cases,
            },
        )
    }

    #[inline(never)]
    fn parse_throw(&mut self, pos: Pos) -> PResult<Stmt> {
        self.bump()?;
        if self.tok.nl_before {
            return self.err_at("Illegal newline after throw", pos);
        }
        let e = self.parse_expression(false)?;
        self.semicolon()?;
        mk(pos, StmtKind::Throw(e))
    }

    #[inline(never)]
    fn parse_try(&mut self, pos: Pos) -> PResult<Stmt> {
        self.bump()?;
        let block = self.parse_block(None)?;
        let handler = if self.tok.kind == T::Catch {
            self.bump()?;
            self.expect(T::LParen)?;
            let param = self.binding_ident()?;
            self.expect(T::RParen)?;
            let body = self.parse_block(Some(&param))?;
            Some(Box::new(CatchClause { param, body }))
        } else {
            None
        };
        let finalizer = if self.tok.kind == T::Finally {
            self.bump()?;
            Some(self.parse_block(None)?)
        } else {
            None
        };
        if handler.is_none() && finalizer.is_none() {
            return self.err_at("Missing catch or finally after try", self.tok.pos);
        }
        mk(
            pos,
            StmtKind::Try {
                block,
                handler,
                finalizer,
            },
        )
    }

    #[inline(never)]
    fn parse_function_statement(&mut self, ctx: Ctx, pos: Pos) -> PResult<Stmt> {
        match ctx {
            Ctx::List => {}
            Ctx::LabelInList if !self.strict => {}
            Ctx::If if !self.strict => {
                // Annex B.3.4: as if the declaration were wrapped in a block.
                self.push_scope(None);
                let f = self.parse_function_declaration()?;
                self.pop_scope();
                let inner = Stmt {
                    pos,
                    kind: StmtKind::FunctionDecl(f),
                };
                return Ok(Stmt {
                    pos,
                    kind: StmtKind::Block(vec![inner]),
                });
            }
            _ => {
                let msg = if self.strict {
                    "In strict mode code, functions can only be declared at top level or inside a block."
                } else {
                    "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement."
                };
                return self.err_at(msg, pos);
            }
        }
        let f = self.parse_function_declaration()?;
        Ok(Stmt {
            pos,
            kind: StmtKind::FunctionDecl(f),
        })
    }

    fn parse_function_declaration(&mut self) -> PResult<Box<Function>> {
        let f = self.parse_function(FunctionKind::Declaration)?;
        if let Some(name) = &f.name {
            if self.at_function_top() {
                self.declare_var(name)?;
            } else {
                self.declare_lexical(name, true)?;
            }
        }
        Ok(f)
    }

    // ----- functions -------------------------------------------------------

    /// `function [name] (params) { body }`; the current token is `function`.
    #[inline(never)]
    fn parse_function(&mut self, kind: FunctionKind) -> PResult<Box<Function>> {
        let start = self.tok.start;
        let pos = self.tok.pos;
        self.bump()?;
        let name = if self.tok.kind == T::Ident {
            Some(self.param_ident()?)
        } else if kind == FunctionKind::Declaration {
            if self.tok.kind == T::LParen {
                return self.err_at("Function statements require a function name", pos);
            }
            return self.unexpected();
        } else {
            None
        };
        self.parse_function_rest(kind, name, start, pos)
    }

    /// Parameters and body of a non-arrow function.
    fn parse_function_rest(
        &mut self,
        kind: FunctionKind,
        name: Option<Ident>,
        start: usize,
        pos: Pos,
    ) -> PResult<Box<Function>> {
        let lparen = self.tok.pos;
        self.expect(T::LParen)?;
        let mut params = Vec::new();
        if self.tok.kind != T::RParen {
            loop {
                params.push(self.param_ident()?);
                if self.tok.kind != T::Comma {
                    break;
                }
                self.bump()?;
            }
        }
        self.expect(T::RParen)?;
        if kind == FunctionKind::Getter && !params.is_empty() {
            return self.err_at("Getter must not have any formal parameters.", lparen);
        }
        if kind == FunctionKind::Setter && params.len() != 1 {
            return self.err_at("Setter must have exactly one formal parameter.", lparen);
        }
        let (body, strict, flags) = self.parse_function_body(&params, false)?;
        let end = self.prev_end;
        self.check_params(&params, strict, false)?;
        if strict && let Some(n) = &name {
            self.check_strict_binding(n)?;
        }
        Ok(Box::new(Function {
            name,
            params,
            body,
            kind,
            strict,
            is_arrow: false,
            expression_body: false,
            source_start: self.src_base + start,
            source_end: self.src_base + end,
            pos,
            flags,
        }))
    }

    /// `{ body }` of a function; returns statements, strictness and flags.
    fn parse_function_body(
        &mut self,
        params: &[Ident],
        is_arrow: bool,
    ) -> PResult<(Vec<Stmt>, bool, FunctionFlags)> {
        self.expect(T::LBrace)?;
        let outer_strict = self.strict;
        let saved = mem::replace(&mut self.fs, FnState::new(true, self.scopes.len()));
        self.push_function_scope(params);
        let body = self.parse_body(T::RBrace)?;
        self.scopes.truncate(self.fs.scope_base);
        let strict = self.strict;
        self.strict = outer_strict;
        let inner = mem::replace(&mut self.fs, saved);
        self.merge_child_flags(&inner.flags, is_arrow);
        self.bump()?; // '}'
        Ok((body, strict, inner.flags))
    }

    fn merge_child_flags(&mut self, c: &FunctionFlags, is_arrow: bool) {
        let p = &mut self.fs.flags;
        if c.has_direct_eval || c.contains_with || c.inner_has_eval_or_with {
            p.inner_has_eval_or_with = true;
        }
        if is_arrow {
            p.uses_this |= c.uses_this;
            p.uses_arguments |= c.uses_arguments;
            p.has_direct_eval |= c.has_direct_eval;
            p.contains_with |= c.contains_with;
        }
    }

    /// Is the current `(` the start of arrow function parameters
    /// (`()`, `(a)`, `(a, b)` followed by `=>` on the same line)?
    #[inline(never)]
    fn arrow_params_ahead(&mut self) -> bool {
        let st = self.lx.save();
        let r = self.scan_arrow_params();
        self.lx.restore(st);
        r
    }

    fn scan_arrow_params(&mut self) -> bool {
        let Ok(t) = self.lx.next_token() else {
            return false;
        };
        if t.kind == T::Ident {
            loop {
                let Ok(n) = self.lx.next_token() else {
                    return false;
                };
                match n.kind {
                    T::Comma => {
                        let Ok(id) = self.lx.next_token() else {
                            return false;
                        };
                        if id.kind != T::Ident {
                            return false;
                        }
                    }
                    T::RParen => break,
                    _ => return false,
                }
            }
        } else if t.kind != T::RParen {
            return false;
        }
        matches!(self.lx.next_token(), Ok(a) if a.kind == T::Arrow && !a.nl_before)
    }

    #[inline(never)]
    fn parse_paren_arrow(&mut self, no_in: bool) -> PResult<Expr> {
        let start = self.tok.start;
        let pos = self.tok.pos;
        self.bump()?;
        let mut params = Vec::new();
        if self.tok.kind != T::RParen {
            loop {
                params.push(self.param_ident()?);
                if self.tok.kind != T::Comma {
                    break;
                }
                self.bump()?;
            }
        }
        self.expect(T::RParen)?;
        self.parse_arrow_body(params, start, pos, no_in)
    }

    /// `=> body` of an arrow function whose parameters were parsed.
    #[inline(never)]
    fn parse_arrow_body(
        &mut self,
        params: Vec<Ident>,
        start: usize,
        pos: Pos,
        no_in: bool,
    ) -> PResult<Expr> {
        if self.tok.kind != T::Arrow || self.tok.nl_before {
            return self.unexpected();
        }
        self.bump()?;
        let (body, strict, flags, expression_body) = if self.tok.kind == T::LBrace {
            let (b, s, f) = self.parse_function_body(&params, true)?;
            (b, s, f, false)
        } else {
            let saved = mem::replace(&mut self.fs, FnState::new(true, self.scopes.len()));
            let e = self.parse_assignment(no_in)?;
            let inner = mem::replace(&mut self.fs, saved);
            self.merge_child_flags(&inner.flags, true);
            let rpos = e.pos;
            (
                vec![Stmt {
                    pos: rpos,
                    kind: StmtKind::Return(Some(e)),
                }],
                self.strict,
                inner.flags,
                true,
            )
        };
        let end = self.prev_end;
        self.check_params(&params, strict, true)?;
        Ok(Expr {
            pos,
            kind: ExprKind::Arrow(Box::new(Function {
                name: None,
                params,
                body,
                kind: FunctionKind::Arrow,
                strict,
                is_arrow: true,
                expression_body,
                source_start: self.src_base + start,
                source_end: self.src_base + end,
                pos,
                flags,
            })),
        })
    }

    // ----- expressions -----------------------------------------------------

    fn parse_expression(&mut self, no_in: bool) -> PResult<Expr> {
        let first = self.parse_assignment(no_in)?;
        if self.tok.kind != T::Comma {
            return Ok(first);
        }
        self.parse_sequence(first, no_in)
    }

    #[inline(never)]
    fn parse_sequence(&mut self, first: Expr, no_in: bool) -> PResult<Expr> {
        let pos = first.pos;
        let mut v = vec![first];
        while self.tok.kind == T::Comma {
            self.bump()?;
            v.push(self.parse_assignment(no_in)?);
        }
        Ok(Expr {
            pos,
            kind: ExprKind::Sequence(v),
        })
    }

    fn parse_assignment(&mut self, no_in: bool) -> PResult<Expr> {
        self.enter()?;
        let r = self.assignment_inner(no_in);
        self.leave();
        r
    }

    fn assignment_inner(&mut self, no_in: bool) -> PResult<Expr> {
        let start_kind = self.tok.kind;
        if start_kind == T::LParen && self.arrow_params_ahead() {
            return self.parse_paren_arrow(no_in);
        }
        let start = self.tok.start;
        let pos = self.tok.pos;
        let saved_flags = self.fs.flags;
        let mark = self.mark();
        let lhs = self.parse_conditional(no_in)?;
        if self.tok.kind == T::Arrow {
            return self.parse_ident_arrow(lhs, start_kind, start, pos, mark, saved_flags, no_in);
        }
        if let Some(op) = assign_op(self.tok.kind) {
            return self.finish_assignment(lhs, op, pos, mark, no_in);
        }
        self.restore(mark);
        Ok(lhs)
    }

    /// `x => ...` where `lhs` is the already parsed `x` (the current token
    /// is `=>`).
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn parse_ident_arrow(
        &mut self,
        lhs: Expr,
        start_kind: T,
        start: usize,
        pos: Pos,
        mark: u32,
        saved_flags: FunctionFlags,
        no_in: bool,
    ) -> PResult<Expr> {
        let lhs_pos = lhs.pos;
        let name = match lhs.into_kind() {
            ExprKind::Ident(n) if start_kind == T::Ident && lhs_pos == pos => n,
            _ if self.tok.nl_before => return self.unexpected(),
            _ => return self.err_at("Malformed arrow function parameter list", pos),
        };
        self.restore(mark);
        // The parameter is a binding, not a reference to `arguments`.
        self.fs.flags = saved_flags;
        self.parse_arrow_body(vec![Ident { name, pos }], start, pos, no_in)
    }

    #[inline(never)]
    fn finish_assignment(
        &mut self,
        lhs: Expr,
        op: AssignOp,
        pos: Pos,
        mark: u32,
        no_in: bool,
    ) -> PResult<Expr> {
        self.check_assign_target(&lhs, TargetCtx::Assign)?;
        self.bump()?;
        let value = self.parse_assignment(no_in)?;
        self.raise()?;
        self.restore(mark);
        // The first token's position: it differs from the target's when the
        // target is parenthesized (which the compiler needs to know).
        Ok(Expr {
            pos,
            kind: ExprKind::Assign {
                op,
                target: Box::new(lhs),
                value: Box::new(value),
            },
        })
    }

    fn check_assign_target(&self, e: &Expr, ctx: TargetCtx) -> PResult<()> {
        match &e.kind {
            ExprKind::Ident(n) => {
                if self.strict && (n == "eval" || n == "arguments") {
                    return self.err_at(MSG_EVAL_ARGS, e.pos);
                }
                Ok(())
            }
            ExprKind::Member { .. } | ExprKind::Index { .. } => Ok(()),
            ExprKind::Call { .. } if !self.strict => Ok(()),
            _ => {
                let msg = match ctx {
                    TargetCtx::Assign => "Invalid left-hand side in assignment",
                    TargetCtx::Prefix => "Invalid left-hand side expression in prefix operation",
                    TargetCtx::Postfix => "Invalid left-hand side expression in postfix operation",
                    TargetCtx::ForIn => "Invalid left-hand side in for-loop",
                };
                self.err_at(msg, e.pos)
            }
        }
    }

    fn parse_conditional(&mut self, no_in: bool) -> PResult<Expr> {
        let mark = self.mark();
        let test = self.parse_binary(no_in)?;
        if self.tok.kind != T::Question {
            self.restore(mark);
            return Ok(test);
        }
        self.finish_conditional(test, mark, no_in)
    }

    #[inline(never)]
    fn finish_conditional(&mut self, test: Expr, mark: u32, no_in: bool) -> PResult<Expr> {
        self.bump()?;
        let consequent = self.parse_assignment(false)?;
        self.expect(T::Colon)?;
        let alternate = self.parse_assignment(no_in)?;
        self.raise()?;
        self.restore(mark);
        Ok(Expr {
            pos: test.pos,
            kind: ExprKind::Conditional {
                test: Box::new(test),
                consequent: Box::new(consequent),
                alternate: Box::new(alternate),
            },
        })
    }

    /// Binary and logical operators, by operator precedence without
    /// recursion (pending operands live in `self.bin_stack`).
    fn parse_binary(&mut self, no_in: bool) -> PResult<Expr> {
        let d = self.depth;
        let saved = self.hw;
        self.hw = d;
        let first = self.parse_unary()?;
        if binop(self.tok.kind, no_in).is_none() {
            self.restore(saved);
            return Ok(first);
        }
        self.parse_binary_rest(first, saved, no_in)
    }

    #[inline(never)]
    fn parse_binary_rest(&mut self, first: Expr, saved: u32, no_in: bool) -> PResult<Expr> {
        let d = self.depth;
        let base = self.bin_stack.len();
        let mut right = first;
        let mut rh = self.hw.saturating_sub(d);
        while let Some((prec, op)) = binop(self.tok.kind, no_in) {
            while self.bin_stack.len() > base {
                match self.bin_stack.last() {
                    Some(top) if top.prec >= prec => {}
                    _ => break,
                }
                let Some(entry) = self.bin_stack.pop() else {
                    break;
                };
                (right, rh) = self.combine(entry, right, rh)?;
            }
            self.bump()?;
            self.bin_stack.push(BinEntry {
                op,
                prec,
                height: rh,
                left: right,
            });
            self.hw = d;
            right = self.parse_unary()?;
            rh = self.hw.saturating_sub(d);
        }
        while self.bin_stack.len() > base {
            let Some(entry) = self.bin_stack.pop() else {
                break;
            };
            (right, rh) = self.combine(entry, right, rh)?;
        }
        self.hw = saved.max(d.saturating_add(rh));
        Ok(right)
    }

    fn combine(&mut self, e: BinEntry, right: Expr, rh: u32) -> PResult<(Expr, u32)> {
        // The left operand is the chain's spine, which passes walk with a
        // loop: only the right operand adds a level.
        let h = e.height.max(rh.saturating_add(1));
        if self.depth.saturating_add(h) > self.max_depth {
            return self.too_deep();
        }
        let pos = e.left.pos;
        let left = Box::new(e.left);
        let right = Box::new(right);
        let kind = match e.op {
            BinKind::Bin(op) => ExprKind::Binary { op, left, right },
            BinKind::Log(op) => ExprKind::Logical { op, left, right },
        };
        Ok((Expr { pos, kind }, h))
    }

    fn parse_unary(&mut self) -> PResult<Expr> {
        let op = match self.tok.kind {
            T::Delete => UnaryOp::Delete,
            T::Void => UnaryOp::Void,
            T::Typeof => UnaryOp::Typeof,
            T::Plus => UnaryOp::Plus,
            T::Minus => UnaryOp::Minus,
            T::Tilde => UnaryOp::BitNot,
            T::Bang => UnaryOp::Not,
            T::Inc | T::Dec => return self.parse_prefix_update(),
            _ => return self.parse_postfix(),
        };
        self.parse_unary_op(op)
    }

    #[inline(never)]
    fn parse_unary_op(&mut self, op: UnaryOp) -> PResult<Expr> {
        let pos = self.tok.pos;
        self.bump()?;
        self.enter()?;
        let arg = self.parse_unary()?;
        self.leave();
        if op == UnaryOp::Delete && self.strict && matches!(arg.kind, ExprKind::Ident(_)) {
            return self.err_at(
                "Delete of an unqualified identifier in strict mode.",
                arg.pos,
            );
        }
        Ok(Expr {
            pos,
            kind: ExprKind::Unary {
                op,
                arg: Box::new(arg),
            },
        })
    }

    #[inline(never)]
    fn parse_prefix_update(&mut self) -> PResult<Expr> {
        let op = if self.tok.kind == T::Inc {
            UpdateOp::Increment
        } else {
            UpdateOp::Decrement
        };
        let pos = self.tok.pos;
        self.bump()?;
        self.enter()?;
        let arg = self.parse_unary()?;
        self.leave();
        self.check_assign_target(&arg, TargetCtx::Prefix)?;
        Ok(Expr {
            pos,
            kind: ExprKind::Update {
                op,
                prefix: true,
                arg: Box::new(arg),
            },
        })
    }

    fn parse_postfix(&mut self) -> PResult<Expr> {
        let mark = self.mark();
        let e = self.parse_lhs()?;
        if matches!(self.tok.kind, T::Inc | T::Dec) && !self.tok.nl_before {
            return self.finish_postfix(e, mark);
        }
        self.restore(mark);
        Ok(e)
    }

    #[inline(never)]
    fn finish_postfix(&mut self, e: Expr, mark: u32) -> PResult<Expr> {
        let op = if self.tok.kind == T::Inc {
            UpdateOp::Increment
        } else {
            UpdateOp::Decrement
        };
        self.check_assign_target(&e, TargetCtx::Postfix)?;
        self.bump()?;
        self.raise()?;
        self.restore(mark);
        Ok(Expr {
            pos: e.pos,
            kind: ExprKind::Update {
                op,
                prefix: false,
                arg: Box::new(e),
            },
        })
    }

    /// Member, call and `new` expressions.
    fn parse_lhs(&mut self) -> PResult<Expr> {
        let mark = self.mark();
        let e = if self.tok.kind == T::New {
            self.parse_new()?
        } else {
            self.parse_primary()?
        };
        if matches!(self.tok.kind, T::Dot | T::LBracket | T::LParen) {
            return self.parse_lhs_rest(e, mark);
        }
        self.restore(mark);
        Ok(e)
    }

    /// The `.name` / `[expr]` / `(args)` suffixes of a left-hand-side
    /// expression. They extend a left-deep chain, which passes walk with a
    /// loop, so they add no height (the index and the arguments are parsed
    /// one level deeper and count through `enter`).
    #[inline(never)]
    fn parse_lhs_rest(&mut self, mut e: Expr, mark: u32) -> PResult<Expr> {
        loop {
            e = match self.tok.kind {
                T::Dot => self.parse_dot(e)?,
                T::LBracket => self.parse_index(e)?,
                T::LParen => self.parse_call(e)?,
                _ => break,
            };
        }
        self.restore(mark);
        Ok(e)
    }

    #[inline(never)]
    fn parse_call(&mut self, callee: Expr) -> PResult<Expr> {
        let args = self.parse_arguments()?;
        if matches!(&callee.kind, ExprKind::Ident(n) if n == "eval") {
            self.fs.flags.has_direct_eval = true;
            // Direct eval code can read the caller's `this` (coerced in sloppy
            // functions) and `arguments`, so the function must provide both.
            self.fs.flags.uses_this = true;
            self.fs.flags.uses_arguments = true;
        }
        Ok(Expr {
            pos: callee.pos,
            kind: ExprKind::Call {
                callee: Box::new(callee),
                args,
            },
        })
    }

    #[inline(never)]
    fn parse_new(&mut self) -> PResult<Expr> {
        let pos = self.tok.pos;
        self.bump()?;
        self.enter()?;
        let mark = self.mark();
        let mut callee = if self.tok.kind == T::New {
            self.parse_new()?
        } else {
            self.parse_primary()?
        };
        loop {
            callee = match self.tok.kind {
                T::Dot => self.parse_dot(callee)?,
                T::LBracket => self.parse_index(callee)?,
                _ => break,
            };
        }
        let args = if self.tok.kind == T::LParen {
            self.parse_arguments()?
        } else {
            Vec::new()
        };
        self.raise()?;
        self.restore(mark);
        self.leave();
        Ok(Expr {
            pos,
            kind: ExprKind::New {
                callee: Box::new(callee),
                args,
            },
        })
    }

    /// `.name` (any IdentifierName, reserved words included).
    #[inline(never)]
    fn parse_dot(&mut self, object: Expr) -> PResult<Expr> {
        self.bump()?;
        let property_pos = self.tok.pos;
        let property = match self.tok.kind {
            T::Ident => mem::take(&mut self.tok.text),
            k if k.is_reserved_word() => self.lx.slice(self.tok.start, self.tok.end).to_string(),
            _ => return self.unexpected(),
        };
        self.bump()?;
        Ok(Expr {
            pos: object.pos,
            kind: ExprKind::Member {
                object: Box::new(object),
                property,
                property_pos,
            },
        })
    }

    #[inline(never)]
    fn parse_index(&mut self, object: Expr) -> PResult<Expr> {
        self.bump()?;
        let index = self.parse_expression(false)?;
        self.expect(T::RBracket)?;
        Ok(Expr {
            pos: object.pos,
            kind: ExprKind::Index {
                object: Box::new(object),
                index: Box::new(index),
            },
        })
    }

    fn parse_arguments(&mut self) -> PResult<Vec<Expr>> {
        self.bump()?; // '('
        let mut args = Vec::new();
        if self.tok.kind == T::RParen {
            self.bump()?;
            return Ok(args);
        }
        loop {
            args.push(self.parse_assignment(false)?);
            match self.tok.kind {
                T::Comma => self.bump()?,
                T::RParen => {
                    self.bump()?;
                    return Ok(args);
                }
                _ => return self.err_at("missing ) after argument list", self.tok.pos),
            }
        }
    }

    fn parse_primary(&mut self) -> PResult<Expr> {
        let pos = self.tok.pos;
        let kind = match self.tok.kind {
            T::Ident => {
                self.check_ident_token()?;
                let name = mem::take(&mut self.tok.text);
                if name == "arguments" {
                    self.fs.flags.uses_arguments = true;
                }
                self.bump()?;
                ExprKind::Ident(name)
            }
            T::Num => {
                self.check_strict_number()?;
                let v = self.tok.num;
                self.bump()?;
                ExprKind::Number(v)
            }
            T::Str => {
                self.check_strict_string()?;
                let s = mem::take(&mut self.tok.str);
                self.bump()?;
                ExprKind::String(s)
            }
            T::LParen => {
                self.bump()?;
                let e = self.parse_expression(false)?;
                self.expect(T::RParen)?;
                return Ok(e);
            }
            T::This => {
                self.fs.flags.uses_this = true;
                self.bump()?;
                ExprKind::This
            }
            T::Null => {
                self.bump()?;
                ExprKind::Null
            }
            T::True | T::False => {
                let b = self.tok.kind == T::True;
                self.bump()?;
                ExprKind::Bool(b)
            }
            T::LBracket => self.parse_array()?,
            T::LBrace => self.parse_object()?,
            T::Function => ExprKind::Function(self.parse_function(FunctionKind::Expression)?),
            T::Slash | T::SlashEq => self.parse_regexp()?,
            _ => return self.unexpected(),
        };
        Ok(Expr { pos, kind })
    }

    fn check_strict_number(&self) -> PResult<()> {
        if self.strict {
            if self.tok.flags & F_OCTAL != 0 {
                return self.err_at(
                    "Octal literals are not allowed in strict mode.",
                    self.tok.pos,
                );
            }
            if self.tok.flags & F_LEADING_ZERO != 0 {
                return self.err_at(
                    "Decimals with leading zeros are not allowed in strict mode.",
                    self.tok.pos,
                );
            }
        }
        Ok(())
    }

    fn check_strict_string(&self) -> PResult<()> {
        if self.strict {
            if self.tok.flags & F_OCTAL != 0 {
                return self.err_at(
                    "Octal escape sequences are not allowed in strict mode.",
                    self.tok.pos,
                );
            }
            if self.tok.flags & F_ESC_89 != 0 {
                return self.err_at("\\8 and \\9 are not allowed in strict mode.", self.tok.pos);
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn parse_regexp(&mut self) -> PResult<ExprKind> {
        let pos = self.tok.pos;
        let t = self.lx.rescan_regexp(self.tok.start, pos)?;
        if !regexp::validate_flags(&t.text) {
            return self.err_at("Invalid regular expression flags", pos);
        }
        if let Err(m) = regexp::validate_pattern(&t.str) {
            let msg = format!(
                "Invalid regular expression: /{}/{}: {}",
                String::from_utf16_lossy(&t.str),
                t.text,
                m
            );
            return Err(make_err(msg, pos));
        }
        self.tok = t;
        let pattern = mem::take(&mut self.tok.str);
        let flags = mem::take(&mut self.tok.text);
        self.bump()?;
        Ok(ExprKind::RegExp(Box::new(RegExpLiteral { pattern, flags })))
    }

    #[inline(never)]
    fn parse_array(&mut self) -> PResult<ExprKind> {
        self.bump()?;
        let mut elems = Vec::new();
        loop {
            match self.tok.kind {
                T::RBracket => break,
                T::Comma => {
                    self.bump()?;
                    elems.push(None);
                }
                _ => {
                    elems.push(Some(self.parse_assignment(false)?));
                    if self.tok.kind != T::RBracket {
                        self.expect(T::Comma)?;
                    }
                }
            }
        }
        self.bump()?;
        Ok(ExprKind::Array(elems))
    }

    #[inline(never)]
    fn parse_object(&mut self) -> PResult<ExprKind> {
        self.bump()?;
        let mut props = Vec::new();
        let mut has_proto = false;
        while self.tok.kind != T::RBrace {
            let prop = self.parse_property()?;
            if is_proto_init(&prop) {
                // Annex B.3.1: at most one `__proto__: value` per literal.
                if has_proto {
                    return self.err_at(
                        "Duplicate __proto__ fields are not allowed in object literals",
                        prop.pos,
                    );
                }
                has_proto = true;
            }
            props.push(prop);
            if self.tok.kind != T::RBrace {
                self.expect(T::Comma)?;
            }
        }
        self.bump()?;
        Ok(ExprKind::Object(props))
    }

    fn parse_property(&mut self) -> PResult<Property> {
        let pos = self.tok.pos;
        let start = self.tok.start;
        if self.tok.kind == T::Ident
            && self.tok.flags & F_ESCAPED == 0
            && (self.tok.text == "get" || self.tok.text == "set")
        {
            let is_get = self.tok.text == "get";
            self.bump()?;
            if is_prop_name_start(self.tok.kind) {
                let key = self.parse_prop_key()?;
                let kind = if is_get {
                    FunctionKind::Getter
                } else {
                    FunctionKind::Setter
                };
                let f = self.parse_function_rest(kind, None, start, pos)?;
                let kind = if is_get {
                    PropKind::Get(f)
                } else {
                    PropKind::Set(f)
                };
                return Ok(Property { pos, key, kind });
            }
            let key = PropKey::Ident(if is_get { "get" } else { "set" }.to_string());
            return self.finish_init_property(pos, key);
        }
        let key = self.parse_prop_key()?;
        self.finish_init_property(pos, key)
    }

    fn finish_init_property(&mut self, pos: Pos, key: PropKey) -> PResult<Property> {
        self.expect(T::Colon)?;
        let value = self.parse_assignment(false)?;
        Ok(Property {
            pos,
            key,
            kind: PropKind::Init(value),
        })
    }

    fn parse_prop_key(&mut self) -> PResult<PropKey> {
        let key = match self.tok.kind {
            T::Ident => PropKey::Ident(mem::take(&mut self.tok.text)),
            T::Str => {
                self.check_strict_string()?;
                PropKey::String(mem::take(&mut self.tok.str))
            }
            T::Num => {
                self.check_strict_number()?;
                PropKey::Number(self.tok.num)
            }
            k if k.is_reserved_word() => {
                PropKey::Ident(self.lx.slice(self.tok.start, self.tok.end).to_string())
            }
            _ => return self.unexpected(),
        };
        self.bump()?;
        Ok(key)
    }
}
