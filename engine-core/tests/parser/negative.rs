//! Programs that must be rejected, with V8-like messages and positions.
use crate::util::*;

#[test]
fn basic_errors_with_positions() {
    check_err("}", "Unexpected token '}'", 1, 1);
    check_err("var a = ;", "Unexpected token ';'", 1, 9);
    check_err("a +", "Unexpected end of input", 1, 4);
    check_err("a b", "Unexpected identifier 'b'", 1, 3);
    check_err("a\n  foo bar", "Unexpected identifier 'bar'", 2, 7);
    check_err("a 1", "Unexpected number", 1, 3);
    check_err("a 'x'", "Unexpected string", 1, 3);
    check_err("var if = 1", "Unexpected token 'if'", 1, 5);
    check_err("var enum", "Unexpected reserved word", 1, 5);
    check_err("f(a b)", "missing ) after argument list", 1, 5);
    check_err("f(a,)", "Unexpected token ')'", 1, 5);
    check_err("(a", "Unexpected end of input", 1, 3);
    check_err("[a b]", "Unexpected identifier 'b'", 1, 4);
    check_err("{a: 1, b: 2}", "Unexpected token ':'", 1, 9);
    check_err("x = {a 1}", "Unexpected number", 1, 8);
    check_err("x = {a: 1 b: 2}", "Unexpected identifier 'b'", 1, 11);
    check_err("'abc", "Unterminated string constant", 1, 1);
    check_err("x = 'abc\ndef'", "Unterminated string constant", 1, 5);
    check_err("/* abc", "Invalid or unexpected token", 1, 1);
    check_err("a @ b", "Invalid or unexpected token", 1, 3);
    check_err("a # b", "Invalid or unexpected token", 1, 3);
    check_err("3in x", "Invalid or unexpected token", 1, 1);
    check_err("3x", "Invalid or unexpected token", 1, 1);
    check_err("1.toString()", "Invalid or unexpected token", 1, 1);
    check_err("0x", "Invalid or unexpected token", 1, 1);
    check_err("0xg", "Invalid or unexpected token", 1, 1);
    check_err("0b12", "Invalid or unexpected token", 1, 1);
    check_err("0o78", "Invalid or unexpected token", 1, 1);
    check_err("1e", "Invalid or unexpected token", 1, 1);
    check_err("1e+", "Invalid or unexpected token", 1, 1);
    check_err("07.5", "Unexpected number", 1, 3);
    check_err("'\\x4'", "Invalid hexadecimal escape sequence", 1, 1);
    check_err("'\\u12'", "Invalid Unicode escape sequence", 1, 1);
    check_err("'\\u{110000}'", "Undefined Unicode code-point", 1, 1);
    check_err("'\\u{}'", "Invalid Unicode escape sequence", 1, 1);
    check_err("var \\u0030a", "Invalid Unicode escape sequence", 1, 5);
    check_err("var a\\u002d", "Invalid Unicode escape sequence", 1, 5);
    check_err("var a\\x41", "Invalid Unicode escape sequence", 1, 5);
    check_err("x = 1;\n\n   x +* 2", "Unexpected token '*'", 3, 7);
    check_err("'😀' + é + @", "Invalid or unexpected token", 1, 12);
    check_err("a\u{2028}b c", "Unexpected identifier 'c'", 2, 3);
    check_err("a\r\nb c", "Unexpected identifier 'c'", 2, 3);
    check_err("if (a) else b", "Unexpected token 'else'", 1, 8);
    check_err("a => \n", "Unexpected end of input", 2, 1);
    check_err("x\n=>1", "Unexpected token '=>'", 2, 1);
    check_err("(a, b)\n=> 1", "Unexpected token '=>'", 2, 1);
    check_err(
        "a + b => 1",
        "Malformed arrow function parameter list",
        1,
        1,
    );
    check_err(
        "(a + b) => 1",
        "Malformed arrow function parameter list",
        1,
        1,
    );
    check_err(
        "((a)) => 1",
        "Malformed arrow function parameter list",
        1,
        1,
    );
    check_err(
        "(a, 1) => 1",
        "Malformed arrow function parameter list",
        1,
        1,
    );
    check_err(
        "(a, a) => 1",
        "Duplicate parameter name not allowed in this context",
        1,
        5,
    );
    check_err(
        "x = a || b => c",
        "Malformed arrow function parameter list",
        1,
        5,
    );
    check_err("() + 1", "Unexpected token ')'", 1, 2);
    check_err("x => {}.y", "Unexpected token '.'", 1, 8);
    check_err("new.target", "Unexpected token '.'", 1, 4);
    check_err("a.1", "Unexpected number", 1, 2);
    check_err("a.'b'", "Unexpected string", 1, 3);
    check_err("a ? b", "Unexpected end of input", 1, 6);
    check_err("a ? b ;", "Unexpected token ';'", 1, 7);
    check_err("for (a; b) ;", "Unexpected token ')'", 1, 10);
    check_err("for (a\nb;;) ;", "Unexpected identifier 'b'", 2, 1);
    check_err("for (;\n) ;", "Unexpected token ')'", 2, 1);
    check_err(
        "for (var a, b in c) ;",
        "Invalid left-hand side in for-in loop: Must have a single binding.",
        1,
        10,
    );
    check_err(
        "for (a + b in c) ;",
        "Invalid left-hand side in for-loop",
        1,
        6,
    );
    check_err(
        "for (let x = 1 in o) ;",
        "for-in loop variable declaration may not have an initializer.",
        1,
        10,
    );
    check_err(
        "for (const x;;) ;",
        "Missing initializer in const declaration",
        1,
        12,
    );
    check_err("do a while (b)", "Unexpected token 'while'", 1, 6);
    check_err("try {}", "Missing catch or finally after try", 1, 7);
    check_err("try {} catch {}", "Unexpected token '{'", 1, 14);
    check_err("try {} catch (a, b) {}", "Unexpected token ','", 1, 16);
    check_err(
        "switch (a) { case 1: default: default: }",
        "More than one default clause in switch statement",
        1,
        31,
    );
    check_err("switch (a) { x }", "Unexpected identifier 'x'", 1, 14);
    check_err("throw\na", "Illegal newline after throw", 1, 1);
    check_err(
        "function () {}",
        "Function statements require a function name",
        1,
        1,
    );
    check_err("function f(a,) {}", "Unexpected token ')'", 1, 14);
    check_err("function f(1) {}", "Unexpected number", 1, 12);
    check_err("function f() {", "Unexpected end of input", 1, 15);
    check_err(
        "x = {get a(b) {}}",
        "Getter must not have any formal parameters.",
        1,
        11,
    );
    check_err(
        "x = {set a() {}}",
        "Setter must have exactly one formal parameter.",
        1,
        11,
    );
    check_err(
        "x = {set a(b, c) {}}",
        "Setter must have exactly one formal parameter.",
        1,
        11,
    );
    check_err("x = {get a: 1}", "Unexpected token ':'", 1, 11);
    check_err("class A {}", "Unexpected token 'class'", 1, 1);
    check_err("a\n++\n", "Unexpected end of input", 3, 1);
    check_err("a = 1 = 2", "Invalid left-hand side in assignment", 1, 5);
    check_err(
        "x = {__proto__: 1, '__proto__': 2}",
        "Duplicate __proto__ fields are not allowed in object literals",
        1,
        20,
    );
    ok("x = {__proto__: 1, get __proto__() {}, set __proto__(v) {}}");
    ok("x = {__proto__: 1, a: {__proto__: 2}}");
    err_msg(
        "x = {__proto__: 1, \"__proto\\u005f_\": 2}",
        "Duplicate __proto__ fields are not allowed in object literals",
    );
}

#[test]
fn regexp_errors() {
    check_err(
        "x = /(/",
        "Invalid regular expression: /(/: Unterminated group",
        1,
        5,
    );
    check_err("x = /a/gg", "Invalid regular expression flags", 1, 5);
    check_err("x = /a/x", "Invalid regular expression flags", 1, 5);
    check_err("x = /a/u", "Invalid regular expression flags", 1, 5);
    check_err("x = /a/\\u0067", "Invalid regular expression flags", 1, 5);
    check_err("x = /abc", "Invalid regular expression: missing /", 1, 5);
    check_err("x = /abc\n/", "Invalid regular expression: missing /", 1, 5);
    check_err("x = /[/", "Invalid regular expression: missing /", 1, 5);
    check_err("x = /a\\\n/", "Invalid regular expression: missing /", 1, 5);
    for (src, msg) in [
        ("/)/", "Invalid regular expression: /)/: Unmatched ')'"),
        ("/a)/", "Invalid regular expression: /a)/: Unmatched ')'"),
        ("/*a/", "Invalid or unexpected token"),
        ("/+/", "Invalid regular expression: /+/: Nothing to repeat"),
        (
            "/a**/",
            "Invalid regular expression: /a**/: Nothing to repeat",
        ),
        (
            "/a|*/",
            "Invalid regular expression: /a|*/: Nothing to repeat",
        ),
        (
            "/^*/",
            "Invalid regular expression: /^*/: Nothing to repeat",
        ),
        (
            "/\\b+/",
            "Invalid regular expression: /\\b+/: Nothing to repeat",
        ),
        (
            "/(?<=a)*/",
            "Invalid regular expression: /(?<=a)*/: Nothing to repeat",
        ),
        (
            "/a???/",
            "Invalid regular expression: /a???/: Nothing to repeat",
        ),
        (
            "/{1}/",
            "Invalid regular expression: /{1}/: Nothing to repeat",
        ),
        (
            "/a{1}{2}/",
            "Invalid regular expression: /a{1}{2}/: Nothing to repeat",
        ),
        (
            "/a{2,1}/",
            "Invalid regular expression: /a{2,1}/: numbers out of order in {} quantifier",
        ),
        (
            "/[b-a]/",
            "Invalid regular expression: /[b-a]/: Range out of order in character class",
        ),
        (
            "/[\\u0042-\\u0041]/",
            "Invalid regular expression: /[\\u0042-\\u0041]/: Range out of order in character class",
        ),
        (
            "/(?x)/",
            "Invalid regular expression: /(?x)/: Invalid group",
        ),
        (
            "/((a)/g",
            "Invalid regular expression: /((a)/g: Unterminated group",
        ),
        (
            "/(?<a>x)(?<a>y)/",
            "Invalid regular expression: /(?<a>x)(?<a>y)/: Duplicate capture group name",
        ),
        (
            "/(?<1>x)/",
            "Invalid regular expression: /(?<1>x)/: Invalid capture group name",
        ),
        (
            "/(?<a>x)\\k<b>/",
            "Invalid regular expression: /(?<a>x)\\k<b>/: Invalid named capture referenced",
        ),
        (
            "/(?<a>x)\\k/",
            "Invalid regular expression: /(?<a>x)\\k/: Invalid named reference",
        ),
    ] {
        err_msg(src, msg);
    }
}

#[test]
fn assignment_targets() {
    check_err("1 = 2", "Invalid left-hand side in assignment", 1, 1);
    check_err("a + b = c", "Invalid left-hand side in assignment", 1, 1);
    check_err("(a, b) = c", "Invalid left-hand side in assignment", 1, 2);
    check_err(
        "(a ? b : c) = d",
        "Invalid left-hand side in assignment",
        1,
        2,
    );
    check_err(
        "++(a+b)",
        "Invalid left-hand side expression in prefix operation",
        1,
        4,
    );
    check_err(
        "++1",
        "Invalid left-hand side expression in prefix operation",
        1,
        3,
    );
    check_err(
        "1++",
        "Invalid left-hand side expression in postfix operation",
        1,
        1,
    );
    check_err("x = a++ ++", "Unexpected token '++'", 1, 9);
    check_err("this = 1", "Invalid left-hand side in assignment", 1, 1);
}

#[test]
fn call_targets() {
    // Sloppy mode: runtime errors, not early errors.
    ok("f() = 1; f()++; --f(); for (f() in o);");
    strict_err("f() = 1", "Invalid left-hand side in assignment");
    strict_err(
        "f()++",
        "Invalid left-hand side expression in postfix operation",
    );
    strict_err(
        "++f()",
        "Invalid left-hand side expression in prefix operation",
    );
    strict_err("for (f() in o);", "Invalid left-hand side in for-loop");
}

#[test]
fn strict_mode_errors() {
    strict_err(
        "with (a) {}",
        "Strict mode code may not include a with statement",
    );
    strict_err(
        "delete x",
        "Delete of an unqualified identifier in strict mode.",
    );
    strict_err(
        "delete (x)",
        "Delete of an unqualified identifier in strict mode.",
    );
    strict_err("010", "Octal literals are not allowed in strict mode.");
    strict_err(
        "08",
        "Decimals with leading zeros are not allowed in strict mode.",
    );
    strict_err(
        "09.5",
        "Decimals with leading zeros are not allowed in strict mode.",
    );
    strict_err(
        "'\\07'",
        "Octal escape sequences are not allowed in strict mode.",
    );
    strict_err(
        "'\\1'",
        "Octal escape sequences are not allowed in strict mode.",
    );
    strict_err(
        "'\\08'",
        "Octal escape sequences are not allowed in strict mode.",
    );
    strict_err("'\\8'", "\\8 and \\9 are not allowed in strict mode.");
    strict_err(
        "x = {010: 1}",
        "Octal literals are not allowed in strict mode.",
    );
    strict_err(
        "x = {'\\01': 1}",
        "Octal escape sequences are not allowed in strict mode.",
    );
    strict_err("var eval", "Unexpected eval or arguments in strict mode");
    strict_err(
        "var arguments",
        "Unexpected eval or arguments in strict mode",
    );
    strict_err("eval = 1", "Unexpected eval or arguments in strict mode");
    strict_err(
        "arguments += 1",
        "Unexpected eval or arguments in strict mode",
    );
    strict_err("(eval) = 1", "Unexpected eval or arguments in strict mode");
    strict_err("eval++", "Unexpected eval or arguments in strict mode");
    strict_err("--arguments", "Unexpected eval or arguments in strict mode");
    strict_err(
        "for (eval in o);",
        "Unexpected eval or arguments in strict mode",
    );
    strict_err(
        "try {} catch (eval) {}",
        "Unexpected eval or arguments in strict mode",
    );
    strict_err(
        "function eval() {}",
        "Unexpected eval or arguments in strict mode",
    );
    strict_err(
        "(function arguments() {})",
        "Unexpected eval or arguments in strict mode",
    );
    strict_err(
        "function f(eval) {}",
        "Unexpected eval or arguments in strict mode",
    );
    strict_err("eval => 1", "Unexpected eval or arguments in strict mode");
    strict_err(
        "(a, arguments) => 1",
        "Unexpected eval or arguments in strict mode",
    );
    strict_err(
        "x = { set a(eval) {} }",
        "Unexpected eval or arguments in strict mode",
    );
    strict_err(
        "function f(a, a) {}",
        "Duplicate parameter name not allowed in this context",
    );
    for w in [
        "implements",
        "interface",
        "let",
        "package",
        "private",
        "protected",
        "public",
        "static",
        "yield",
    ] {
        strict_err(&format!("var {w}"), "Unexpected strict mode reserved word");
        strict_err(&format!("{w} = 1"), "Unexpected strict mode reserved word");
        strict_err(
            &format!("function {w}() {{}}"),
            "Unexpected strict mode reserved word",
        );
        strict_err(
            &format!("function f({w}) {{}}"),
            "Unexpected strict mode reserved word",
        );
        strict_err(&format!("{w}: ;"), "Unexpected strict mode reserved word");
        strict_err(
            &format!("try {{}} catch ({w}) {{}}"),
            "Unexpected strict mode reserved word",
        );
    }
    strict_err(
        "if (a) function f() {}",
        "In strict mode code, functions can only be declared at top level or inside a block.",
    );
    strict_err(
        "l: function f() {}",
        "In strict mode code, functions can only be declared at top level or inside a block.",
    );
    strict_err(
        "{ function f() {} function f() {} }",
        "Identifier 'f' has already been declared",
    );
    strict_err(
        "for (var x = 1 in o);",
        "for-in loop variable declaration may not have an initializer.",
    );
}

#[test]
fn strict_retroactive() {
    check_err(
        "function eval() { 'use strict' }",
        "Unexpected eval or arguments in strict mode",
        1,
        10,
    );
    check_err(
        "function f(a, a) { 'use strict' }",
        "Duplicate parameter name not allowed in this context",
        1,
        15,
    );
    check_err(
        "function f(eval) { 'use strict' }",
        "Unexpected eval or arguments in strict mode",
        1,
        12,
    );
    check_err(
        "function static() { 'use strict' }",
        "Unexpected strict mode reserved word",
        1,
        10,
    );
    check_err(
        "(function yield(){ 'use strict' })",
        "Unexpected strict mode reserved word",
        1,
        11,
    );
    check_err(
        "function f() { '\\07'; 'use strict'; }",
        "Octal escape sequences are not allowed in strict mode.",
        1,
        16,
    );
    check_err(
        "'\\07'; 'use strict'",
        "Octal escape sequences are not allowed in strict mode.",
        1,
        1,
    );
    check_err(
        "'\\9'; 'use strict'",
        "\\8 and \\9 are not allowed in strict mode.",
        1,
        1,
    );
    check_err(
        "'use strict'; '\\07'",
        "Octal escape sequences are not allowed in strict mode.",
        1,
        15,
    );
    check_err(
        "'use strict'\n010",
        "Octal literals are not allowed in strict mode.",
        2,
        1,
    );
    check_err(
        "'use strict'; function f() { with (a) {} }",
        "Strict mode code may not include a with statement",
        1,
        30,
    );
    check_err(
        "function f() { 'use strict'; return function() { with (a) {} } }",
        "Strict mode code may not include a with statement",
        1,
        50,
    );
    check_err(
        "() => { 'use strict'; with (a) {} }",
        "Strict mode code may not include a with statement",
        1,
        23,
    );
    check_err(
        "'use strict'; var public",
        "Unexpected strict mode reserved word",
        1,
        19,
    );
    let opts = engine_core::parser::ParseOptions {
        strict: true,
        ..Default::default()
    };
    let e = engine_core::parser::parse_script("with (a) {}", &opts).unwrap_err();
    assert_eq!(
        e.message,
        "Strict mode code may not include a with statement"
    );
}

#[test]
fn escaped_keywords() {
    check_err(
        "var v\\u0061r",
        "Keyword must not contain escaped characters",
        1,
        5,
    );
    check_err(
        "\\u0069f (a) {}",
        "Keyword must not contain escaped characters",
        1,
        1,
    );
    check_err(
        "x = tru\\u0065",
        "Keyword must not contain escaped characters",
        1,
        5,
    );
    check_err(
        "n\\u0075ll",
        "Keyword must not contain escaped characters",
        1,
        1,
    );
    check_err(
        "'use strict'; l\\u0065t = 1",
        "Keyword must not contain escaped characters",
        1,
        15,
    );
    check_err("l\\u0065t x = 1", "Unexpected identifier 'x'", 1, 10);
    // Escaped keywords are fine as property names.
    ok("a.\\u0069f; x = {\\u0069f: 1}");
}

#[test]
fn jumps_and_labels() {
    check_err("break", "Illegal break statement", 1, 1);
    check_err(
        "continue",
        "Illegal continue statement: no surrounding iteration statement",
        1,
        1,
    );
    check_err(
        "switch (a) { case 1: continue; }",
        "Illegal continue statement: no surrounding iteration statement",
        1,
        22,
    );
    check_err("while (1) break foo", "Undefined label 'foo'", 1, 17);
    check_err("while (1) continue foo", "Undefined label 'foo'", 1, 20);
    check_err(
        "foo: { continue foo; }",
        "Illegal continue statement: 'foo' does not denote an iteration statement",
        1,
        17,
    );
    check_err(
        "foo: { while (1) continue foo; }",
        "Illegal continue statement: 'foo' does not denote an iteration statement",
        1,
        27,
    );
    check_err("a: a: ;", "Label 'a' has already been declared", 1, 4);
    check_err("a: { a: ; }", "Label 'a' has already been declared", 1, 6);
    check_err(
        "a: while (1) { function f() { break a; } }",
        "Undefined label 'a'",
        1,
        37,
    );
    check_err(
        "while (1) { function f() { break; } }",
        "Illegal break statement",
        1,
        28,
    );
    check_err(
        "while (1) { (() => { continue; })() }",
        "Illegal continue statement: no surrounding iteration statement",
        1,
        22,
    );
    check_err("return", "Illegal return statement", 1, 1);
    check_err("{ return 1 }", "Illegal return statement", 1, 3);
    ok("a: while (1) { b: for (;;) { continue a; } }");
    ok("function f() { a: ; } a: ;");
    ok("x => { return 1 }");
}

#[test]
fn declarations() {
    check_err(
        "let x; var x;",
        "Identifier 'x' has already been declared",
        1,
        12,
    );
    check_err(
        "var x; let x;",
        "Identifier 'x' has already been declared",
        1,
        12,
    );
    check_err(
        "let x; let x;",
        "Identifier 'x' has already been declared",
        1,
        12,
    );
    check_err(
        "let x, x;",
        "Identifier 'x' has already been declared",
        1,
        8,
    );
    check_err(
        "const x = 1; let x;",
        "Identifier 'x' has already been declared",
        1,
        18,
    );
    check_err("const x;", "Missing initializer in const declaration", 1, 7);
    check_err(
        "const x = 1, y;",
        "Missing initializer in const declaration",
        1,
        14,
    );
    check_err(
        "let x; { var x; }",
        "Identifier 'x' has already been declared",
        1,
        14,
    );
    check_err(
        "{ var x; } let x;",
        "Identifier 'x' has already been declared",
        1,
        16,
    );
    check_err(
        "{ let x; { var x; } }",
        "Identifier 'x' has already been declared",
        1,
        16,
    );
    check_err(
        "{ let x; var x; }",
        "Identifier 'x' has already been declared",
        1,
        14,
    );
    check_err(
        "function f(a) { let a; }",
        "Identifier 'a' has already been declared",
        1,
        21,
    );
    check_err(
        "(a) => { const a = 1; }",
        "Identifier 'a' has already been declared",
        1,
        16,
    );
    check_err(
        "let f; function f() {}",
        "Identifier 'f' has already been declared",
        1,
        17,
    );
    check_err(
        "function f() {} let f;",
        "Identifier 'f' has already been declared",
        1,
        21,
    );
    check_err(
        "{ function f() {} let f; }",
        "Identifier 'f' has already been declared",
        1,
        23,
    );
    check_err(
        "{ let f; function f() {} }",
        "Identifier 'f' has already been declared",
        1,
        19,
    );
    check_err(
        "{ function f() {} var f; }",
        "Identifier 'f' has already been declared",
        1,
        23,
    );
    check_err(
        "{ var f; function f() {} }",
        "Identifier 'f' has already been declared",
        1,
        19,
    );
    check_err(
        "try {} catch (e) { let e; }",
        "Identifier 'e' has already been declared",
        1,
        24,
    );
    check_err(
        "try {} catch (e) { function e() {} }",
        "Identifier 'e' has already been declared",
        1,
        29,
    );
    check_err(
        "switch (x) { case 1: let a; case 2: let a; }",
        "Identifier 'a' has already been declared",
        1,
        41,
    );
    check_err(
        "switch (x) { case 1: let a; case 2: var a; }",
        "Identifier 'a' has already been declared",
        1,
        41,
    );
    check_err(
        "for (let i;;) { var i; }",
        "Identifier 'i' has already been declared",
        1,
        21,
    );
    check_err(
        "for (let i in o) { var i; }",
        "Identifier 'i' has already been declared",
        1,
        24,
    );
    check_err(
        "let let = 1",
        "let is disallowed as a lexically bound name",
        1,
        5,
    );
    check_err(
        "const let = 1",
        "let is disallowed as a lexically bound name",
        1,
        7,
    );
    check_err(
        "for (let let in o);",
        "let is disallowed as a lexically bound name",
        1,
        10,
    );
    check_err(
        "if (a) let x = 1",
        "Lexical declaration cannot appear in a single-statement context",
        1,
        8,
    );
    check_err(
        "if (a) const x = 1",
        "Lexical declaration cannot appear in a single-statement context",
        1,
        8,
    );
    check_err(
        "while (a) let [x] = 1",
        "Lexical declaration cannot appear in a single-statement context",
        1,
        11,
    );
    check_err(
        "while (a) let\n[x] = 1",
        "Lexical declaration cannot appear in a single-statement context",
        1,
        11,
    );
    check_err(
        "for (;;) const x = 1",
        "Lexical declaration cannot appear in a single-statement context",
        1,
        10,
    );
    check_err(
        "l: let x = 1",
        "Lexical declaration cannot appear in a single-statement context",
        1,
        4,
    );
    check_err(
        "with (a) let x",
        "Lexical declaration cannot appear in a single-statement context",
        1,
        10,
    );
    check_err(
        "if (a) ; else let x",
        "Lexical declaration cannot appear in a single-statement context",
        1,
        15,
    );
    check_err(
        "while (a) function f() {}",
        "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
        1,
        11,
    );
    check_err(
        "while (a) l: function f() {}",
        "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
        1,
        14,
    );
    check_err(
        "if (a) l: function f() {}",
        "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
        1,
        11,
    );
    check_err("let [a] = b", "Unexpected token '['", 1, 5);
    ok("var x; var x; function x() {} function x() {}");
    ok("function f(a) { var a; function a() {} }");
    ok("let x; { let x; { let x; } }");
    ok("{ var x; } { var x; } var x;");
    ok("try {} catch (e) { var e; for (var e in o); }");
    ok("x = function f() { let f; }");
}

#[test]
fn errors_at_the_end_of_input_say_so() {
    // More text could complete these (a REPL reads another line).
    for src in [
        "function f() {",
        "function f() {\n  return 1;\n",
        "f(1,\n",
        "f(1, 2",
        "a +",
        "(a",
        "if (x)",
        "var o = {a: 1,\n",
        "try {}",
        "/* open comment",
        "'abc\\",
        "'abc\\\ndef",
        "x = [1, 2",
        "do x(); while",
    ] {
        assert!(err(src).at_end, "{src:?} should be incomplete");
    }
    // Errors before the end are errors however the text goes on.
    for src in ["}", "function f() { var = 1;", "a b", "'abc", "'abc\n", "x = 'abc\ndef", "f(a b", "1.toString(", "a @", "var if"] {
        assert!(!err(src).at_end, "{src:?} is a real error");
    }
}
