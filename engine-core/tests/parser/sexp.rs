//! Compact S-expression rendering of the AST for readable assertions.
use engine_core::parser::*;

pub fn program(p: &Program) -> String {
    stmts(&p.body)
}

pub fn stmts(v: &[Stmt]) -> String {
    v.iter().map(stmt).collect::<Vec<_>>().join(" ")
}

fn block(v: &[Stmt]) -> String {
    if v.is_empty() {
        "{}".into()
    } else {
        format!("{{ {} }}", stmts(v))
    }
}

fn optb(e: &Option<Box<Expr>>) -> String {
    e.as_deref().map(expr).unwrap_or_else(|| "_".into())
}

fn kind(k: VarKind) -> &'static str {
    match k {
        VarKind::Var => "var",
        VarKind::Let => "let",
        VarKind::Const => "const",
    }
}

fn decl(d: &VarDeclarator) -> String {
    match &d.init {
        Some(e) => format!("{}={}", d.name.name, expr(e)),
        None => d.name.name.clone(),
    }
}

fn var_decl(v: &VarDecl) -> String {
    format!(
        "({} {})",
        kind(v.kind),
        v.declarations
            .iter()
            .map(decl)
            .collect::<Vec<_>>()
            .join(" ")
    )
}

pub fn stmt(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Empty => ";".into(),
        StmtKind::Block(b) => block(b),
        StmtKind::Expression(e) => format!("{};", expr(e)),
        StmtKind::VarDecl(v) => var_decl(v),
        StmtKind::FunctionDecl(f) => func(f),
        StmtKind::If {
            test,
            consequent,
            alternate,
        } => match alternate {
            Some(a) => format!("(if {} {} {})", expr(test), stmt(consequent), stmt(a)),
            None => format!("(if {} {})", expr(test), stmt(consequent)),
        },
        StmtKind::For {
            init,
            test,
            update,
            body,
        } => {
            let i = match init {
                None => "_".into(),
                Some(ForInit::VarDecl(v)) => var_decl(v),
                Some(ForInit::Expr(e)) => expr(e),
            };
            format!("(for {} {} {} {})", i, optb(test), optb(update), stmt(body))
        }
        StmtKind::ForIn { left, right, body } => {
            let l = match &**left {
                ForInTarget::VarDecl(k, d) => format!("({} {})", kind(*k), decl(d)),
                ForInTarget::Expr(e) => expr(e),
            };
            format!("(for-in {} {} {})", l, expr(right), stmt(body))
        }
        StmtKind::While { test, body } => format!("(while {} {})", expr(test), stmt(body)),
        StmtKind::DoWhile { body, test } => format!("(do {} {})", stmt(body), expr(test)),
        StmtKind::Continue(l) => match l {
            Some(l) => format!("(continue {})", l.name),
            None => "(continue)".into(),
        },
        StmtKind::Break(l) => match l {
            Some(l) => format!("(break {})", l.name),
            None => "(break)".into(),
        },
        StmtKind::Return(e) => match e {
            Some(e) => format!("(return {})", expr(e)),
            None => "(return)".into(),
        },
        StmtKind::With { object, body } => format!("(with {} {})", expr(object), stmt(body)),
        StmtKind::Switch {
            discriminant,
            cases,
        } => {
            let mut s = format!("(switch {}", expr(discriminant));
            for c in cases {
                match &c.test {
                    Some(t) => s += &format!(" (case {}", expr(t)),
                    None => s += " (default",
                }
                for b in &c.body {
                    s += " ";
                    s += &stmt(b);
                }
                s += ")";
            }
            s + ")"
        }
        StmtKind::Labeled { label, body } => format!("(label {} {})", label.name, stmt(body)),
        StmtKind::Throw(e) => format!("(throw {})", expr(e)),
        StmtKind::Try {
            block: b,
            handler,
            finalizer,
        } => {
            let mut s = format!("(try {}", block(b));
            if let Some(h) = handler {
                s += &format!(" (catch {} {})", h.param.name, block(&h.body));
            }
            if let Some(f) = finalizer {
                s += &format!(" (finally {})", block(f));
            }
            s + ")"
        }
        StmtKind::Debugger => "debugger".into(),
    }
}

fn func(f: &Function) -> String {
    let params = f
        .params
        .iter()
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let head = match f.kind {
        FunctionKind::Arrow => "=>".to_string(),
        FunctionKind::Getter => "get".into(),
        FunctionKind::Setter => "set".into(),
        _ => match &f.name {
            Some(n) => format!("function {}", n.name),
            None => "function".into(),
        },
    };
    let strict = if f.strict { " strict" } else { "" };
    if let (
        true,
        Some(Stmt {
            kind: StmtKind::Return(Some(e)),
            ..
        }),
    ) = (f.expression_body, f.body.first())
    {
        return format!("({} ({}){} {})", head, params, strict, expr(e));
    }
    format!("({} ({}){} {})", head, params, strict, block(&f.body))
}

fn num(n: f64) -> String {
    format!("{}", n)
}

fn key(k: &PropKey) -> String {
    match k {
        PropKey::Ident(s) => s.clone(),
        PropKey::String(s) => format!("{:?}", String::from_utf16_lossy(s)),
        PropKey::Number(n) => num(*n),
    }
}

fn unop(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Delete => "delete",
        UnaryOp::Void => "void",
        UnaryOp::Typeof => "typeof",
        UnaryOp::Plus => "+",
        UnaryOp::Minus => "-",
        UnaryOp::BitNot => "~",
        UnaryOp::Not => "!",
    }
}

fn binop(op: BinaryOp) -> &'static str {
    use BinaryOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mul => "*",
        Div => "/",
        Mod => "%",
        Shl => "<<",
        Shr => ">>",
        UShr => ">>>",
        Lt => "<",
        Gt => ">",
        Le => "<=",
        Ge => ">=",
        In => "in",
        InstanceOf => "instanceof",
        Eq => "==",
        Ne => "!=",
        StrictEq => "===",
        StrictNe => "!==",
        BitAnd => "&",
        BitOr => "|",
        BitXor => "^",
    }
}

fn assignop(op: AssignOp) -> String {
    match op.binary_op() {
        None => "=".into(),
        Some(b) => format!("{}=", binop(b)),
    }
}

pub fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::This => "this".into(),
        ExprKind::Ident(n) => n.clone(),
        ExprKind::Null => "null".into(),
        ExprKind::Bool(b) => b.to_string(),
        ExprKind::Number(n) => num(*n),
        ExprKind::String(s) => format!("{:?}", String::from_utf16_lossy(s)),
        ExprKind::RegExp(r) => format!("/{}/{}", String::from_utf16_lossy(&r.pattern), r.flags),
        ExprKind::Array(v) => format!(
            "[{}]",
            v.iter()
                .map(|x| x.as_ref().map(expr).unwrap_or_else(|| "_".into()))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        ExprKind::Object(props) => format!(
            "{{{}}}",
            props
                .iter()
                .map(|p| match &p.kind {
                    PropKind::Init(v) => format!("{}: {}", key(&p.key), expr(v)),
                    PropKind::Get(f) => format!("get {} {}", key(&p.key), func(f)),
                    PropKind::Set(f) => format!("set {} {}", key(&p.key), func(f)),
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
        ExprKind::Function(f) | ExprKind::Arrow(f) => func(f),
        ExprKind::Unary { op, arg } => format!("({} {})", unop(*op), expr(arg)),
        ExprKind::Update { op, prefix, arg } => {
            let o = if *op == UpdateOp::Increment {
                "++"
            } else {
                "--"
            };
            if *prefix {
                format!("({}pre {})", o, expr(arg))
            } else {
                format!("(post{} {})", o, expr(arg))
            }
        }
        ExprKind::Binary { op, left, right } => {
            format!("({} {} {})", binop(*op), expr(left), expr(right))
        }
        ExprKind::Logical { op, left, right } => {
            let o = if *op == LogicalOp::And { "&&" } else { "||" };
            format!("({} {} {})", o, expr(left), expr(right))
        }
        ExprKind::Conditional {
            test,
            consequent,
            alternate,
        } => {
            format!(
                "(? {} {} {})",
                expr(test),
                expr(consequent),
                expr(alternate)
            )
        }
        ExprKind::Assign { op, target, value } => {
            format!("({} {} {})", assignop(*op), expr(target), expr(value))
        }
        ExprKind::Sequence(v) => {
            format!("(, {})", v.iter().map(expr).collect::<Vec<_>>().join(" "))
        }
        ExprKind::Call { callee, args } => {
            let mut s = format!("(call {}", expr(callee));
            for a in args {
                s += " ";
                s += &expr(a);
            }
            s + ")"
        }
        ExprKind::New { callee, args } => {
            let mut s = format!("(new {}", expr(callee));
            for a in args {
                s += " ";
                s += &expr(a);
            }
            s + ")"
        }
        ExprKind::Member {
            object, property, ..
        } => format!("(. {} {})", expr(object), property),
        ExprKind::Index { object, index } => format!("([] {} {})", expr(object), expr(index)),
    }
}
