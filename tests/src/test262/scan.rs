//! A rough JavaScript tokenizer for the selection's source checks: it finds the
//! syntax and the library names a test uses, so that tests written with ES2015+
//! syntax or builtins the engine lacks (but without a `features:` tag saying so)
//! stay out of the ES5 selection.
//!
//! Comments (and with them the frontmatter) are dropped; string contents are not
//! looked into except for `\u{...}` escapes; a `/` starts a regular expression
//! literal unless it follows a value (the usual heuristic).

/// One token.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// An identifier or keyword.
    Ident(String),
    /// A numeric literal, as written.
    Num(String),
    /// A string literal (contents dropped).
    Str,
    /// A template literal's opening backtick (the rest of the source is not tokenized
    /// further: the test is out of scope anyway when templates are unsupported).
    Template,
    /// A regular expression literal's flags.
    Regex(String),
    /// Punctuation: one character, or `...` and `**`.
    Punct(&'static str),
}

/// The tokens of `src`, and whether a string or identifier used a `\u{...}` escape.
pub fn tokenize(src: &str) -> (Vec<Tok>, bool) {
    let b: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut brace_escape = false;
    let mut i = 0;
    let n = b.len();
    while i < n {
        let c = b[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '/' && i + 1 < n && b[i + 1] == '/' {
            while i < n && b[i] != '\n' && b[i] != '\r' && b[i] != '\u{2028}' && b[i] != '\u{2029}' {
                i += 1;
            }
            continue;
        }
        if c == '/' && i + 1 < n && b[i + 1] == '*' {
            i += 2;
            while i < n && !(b[i] == '*' && i + 1 < n && b[i + 1] == '/') {
                i += 1;
            }
            i += 2;
            continue;
        }
        if c == '\'' || c == '"' {
            i += 1;
            while i < n && b[i] != c && b[i] != '\n' {
                if b[i] == '\\' {
                    if i + 2 < n && b[i + 1] == 'u' && b[i + 2] == '{' {
                        brace_escape = true;
                    }
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push(Tok::Str);
            continue;
        }
        if c == '`' {
            out.push(Tok::Template);
            break;
        }
        if c.is_ascii_digit() || (c == '.' && i + 1 < n && b[i + 1].is_ascii_digit()) {
            let s = i;
            while i < n && (b[i].is_ascii_alphanumeric() || b[i] == '.' || b[i] == '_') {
                // An exponent's sign belongs to the number.
                if (b[i] == 'e' || b[i] == 'E') && i + 1 < n && (b[i + 1] == '+' || b[i + 1] == '-') && !b[s..i].iter().any(|c| c.is_ascii_alphabetic()) {
                    i += 1;
                }
                i += 1;
            }
            out.push(Tok::Num(b[s..i].iter().collect()));
            continue;
        }
        if c.is_alphabetic() || c == '_' || c == '$' || c == '\\' || (!c.is_ascii() && !c.is_whitespace()) {
            let s = i;
            while i < n && (b[i].is_alphanumeric() || b[i] == '_' || b[i] == '$' || b[i] == '\\' || b[i] == '\u{200c}' || b[i] == '\u{200d}' || (!b[i].is_ascii() && !b[i].is_whitespace() && b[i] != '\u{2028}' && b[i] != '\u{2029}')) {
                if b[i] == '\\' && i + 2 < n && b[i + 1] == 'u' && b[i + 2] == '{' {
                    brace_escape = true;
                    while i < n && b[i] != '}' {
                        i += 1;
                    }
                }
                i += 1;
            }
            out.push(Tok::Ident(b[s..i].iter().collect()));
            continue;
        }
        if c == '/' && regex_allowed(out.last()) {
            i += 1;
            let mut class = false;
            while i < n && b[i] != '\n' {
                match b[i] {
                    '\\' => i += 1,
                    '[' => class = true,
                    ']' => class = false,
                    '/' if !class => break,
                    _ => {}
                }
                i += 1;
            }
            i += 1;
            let s = i;
            while i < n && (b[i].is_alphanumeric() || b[i] == '$' || b[i] == '_') {
                i += 1;
            }
            out.push(Tok::Regex(b[s..i].iter().collect()));
            continue;
        }
        if c == '.' && i + 2 < n && b[i + 1] == '.' && b[i + 2] == '.' {
            out.push(Tok::Punct("..."));
            i += 3;
            continue;
        }
        if c == '*' && i + 1 < n && b[i + 1] == '*' {
            out.push(Tok::Punct("**"));
            i += 2;
            continue;
        }
        out.push(Tok::Punct(punct(c)));
        i += 1;
    }
    (out, brace_escape)
}

fn punct(c: char) -> &'static str {
    const P: &str = "{}()[];,<>+-*%&|^!~?:=./@#";
    match P.find(c) {
        Some(k) => &P[k..k + 1],
        None => "?",
    }
}

/// Whether a `/` after `prev` starts a regular expression literal.
fn regex_allowed(prev: Option<&Tok>) -> bool {
    match prev {
        None => true,
        Some(Tok::Num(_) | Tok::Str | Tok::Regex(_) | Tok::Template) => false,
        Some(Tok::Ident(w)) => matches!(
            w.as_str(),
            "return" | "typeof" | "instanceof" | "in" | "of" | "new" | "delete" | "void" | "throw" | "case" | "do" | "else" | "yield" | "await"
        ),
        Some(Tok::Punct(p)) => !matches!(*p, ")" | "]"),
    }
}

/// Whether the tokens contain `a b c ...` at `i`.
pub fn at(t: &[Tok], i: usize, seq: &[&str]) -> bool {
    seq.iter().enumerate().all(|(k, s)| match t.get(i + k) {
        Some(Tok::Ident(w)) => w == s,
        Some(Tok::Punct(p)) => p == s,
        _ => false,
    })
}

/// The identifier at `i`, if that token is one.
pub fn ident(t: &[Tok], i: usize) -> Option<&str> {
    match t.get(i) {
        Some(Tok::Ident(w)) => Some(w),
        _ => None,
    }
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn tokens() {
        let (t, esc) = tokenize("/*---\nfeatures: [Symbol]\n---*/ var x = a / b; x = /a`/g.test('`'); // Symbol\n f(...y) \"\\u{41}\"");
        assert!(esc);
        assert!(!t.contains(&Tok::Template));
        assert!(t.contains(&Tok::Regex("g".into())));
        assert!(t.contains(&Tok::Punct("...")));
        assert!(!t.iter().any(|x| *x == Tok::Ident("Symbol".into())));
    }
}
