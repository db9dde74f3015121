//! The parser never panics: every prefix of every corpus program, and random byte
//! strings, parse to a program or a SyntaxError. Prefixes that parse are also
//! compiled, so the compiler sees truncated-but-valid shapes too.

use std::path::Path;

use engine_core::parser::{parse_script, ParseOptions};

fn check(src: &str, what: &str) {
    let r = std::panic::catch_unwind(|| {
        let opts = ParseOptions::default();
        if let Ok(p) = parse_script(src, &opts) {
            let _ = engine_core::compiler::compile_program(&p, engine_core::compiler::UnitKind::Script, src.len());
        }
        let strict = ParseOptions { strict: true, ..ParseOptions::default() };
        let _ = parse_script(src, &strict);
    });
    assert!(r.is_ok(), "parser or compiler panicked on {what}: {src:?}");
}

#[test]
fn every_prefix_of_every_corpus_program() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("js");
    let files: Vec<_> = tests::find_programs(&root);
    assert!(!files.is_empty());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunks: Vec<Vec<_>> = (0..threads).map(|t| files.iter().skip(t).step_by(threads).cloned().collect()).collect();
    let handles: Vec<_> = chunks
        .into_iter()
        .map(|chunk| {
            std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn(move || {
                    for f in chunk {
                        let text = std::fs::read_to_string(&f).unwrap();
                        for (i, _) in text.char_indices() {
                            check(&text[..i], &format!("{} prefix {i}", f.display()));
                        }
                        check(&text, &f.display().to_string());
                    }
                })
                .unwrap()
        })
        .collect();
    for h in handles {
        h.join().expect("prefix worker");
    }
}

#[test]
fn random_bytes_and_token_soup() {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
            let mut next = || {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed
            };
            const TOKENS: &[&str] = &[
                "var ", "let ", "const ", "function", "(", ")", "{", "}", "[", "]", ";", ",", "=>", "=", "+", "++", "/", "/a/g", "'s'",
                "\"t\"", "1", "0x1F", ".5e3", "x", "this", "new ", "if", "else", "for", "in", "while", "do", "return", "with", "try",
                "catch", "finally", "throw", "switch", "case", "default", ":", "?", "\n", " ", "`", "\\u0041", "get ", "set ", "/*c*/",
                "//c\n", "<!--", "-->", "\u{2028}", "'use strict';", "eval", "arguments", "delete ", "typeof ", "void ",
            ];
            for i in 0..20_000 {
                let mut s = String::new();
                if i % 2 == 0 {
                    let n = (next() % 64) as usize;
                    let bytes: Vec<u8> = (0..n).map(|_| (next() % 256) as u8).collect();
                    s = String::from_utf8_lossy(&bytes).into_owned();
                } else {
                    for _ in 0..(next() % 40) {
                        s.push_str(TOKENS[(next() % TOKENS.len() as u64) as usize]);
                    }
                }
                check(&s, "random input");
            }
        })
        .unwrap()
        .join()
        .expect("random worker");
}
