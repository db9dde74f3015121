//! Early validation of regular expression literals.
//!
//! Patterns are checked against the ES2015+ grammar with the Annex B
//! extensions (non-unicode mode, which is the only mode reachable with ES5
//! flags): lookahead assertions may be quantified, `]`, `{` and `}` may appear
//! as literal characters, `\c` without a control letter and out-of-range
//! back references are literal, class escapes may appear in ranges. Named
//! groups and lookbehind assertions (ES2018) are accepted too.
//!
//! The validator is iterative (an explicit stack for groups), so deeply
//! nested patterns cannot overflow the native stack.

use alloc::vec::Vec;

use super::unicode::{is_id_continue, is_id_start};

/// The allowed flags, each at most once (ES5: `g`, `i`, `m`).
const ALLOWED_FLAGS: &str = "gim";

/// Checks regular expression flags.
pub(crate) fn validate_flags(flags: &str) -> bool {
    let mut seen: u32 = 0;
    for c in flags.chars() {
        let Some(idx) = ALLOWED_FLAGS.chars().position(|f| f == c) else {
            return false;
        };
        let bit = 1u32 << (idx as u32 & 31);
        if seen & bit != 0 {
            return false;
        }
        seen |= bit;
    }
    true
}

const fn u(c: char) -> u16 {
    c as u16
}

/// Validates a pattern; returns a V8-style message on error.
pub(crate) fn validate_pattern(p: &[u16]) -> Result<(), &'static str> {
    let names = collect_group_names(p)?;
    let has_named = !names.is_empty();
    let mut i = 0usize;
    let mut can_quantify = false;
    // For each open group: whether it may be quantified once closed.
    let mut stack: Vec<bool> = Vec::new();
    while let Some(&c) = p.get(i) {
        match c {
            x if x == u('|') => {
                can_quantify = false;
                i += 1;
            }
            x if x == u('(') => {
                i += 1;
                let mut quantifiable = true;
                if p.get(i) == Some(&u('?')) {
                    match p.get(i + 1).copied() {
                        Some(x) if x == u(':') || x == u('=') || x == u('!') => i += 2,
                        Some(x) if x == u('<') => match p.get(i + 2).copied() {
                            Some(y) if y == u('=') || y == u('!') => {
                                i += 3;
                                quantifiable = false;
                            }
                            _ => {
                                // Named group: the name was validated by
                                // `collect_group_names`; skip past '>'.
                                let mut j = i + 2;
                                while let Some(&d) = p.get(j) {
                                    j += 1;
                                    if d == u('>') {
                                        break;
                                    }
                                }
                                i = j;
                            }
                        },
                        _ => return Err("Invalid group"),
                    }
                }
                stack.push(quantifiable);
                can_quantify = false;
            }
            x if x == u(')') => {
                let Some(q) = stack.pop() else {
                    return Err("Unmatched ')'");
                };
                can_quantify = q;
                i += 1;
            }
            x if x == u('*') || x == u('+') || x == u('?') => {
                if !can_quantify {
                    return Err("Nothing to repeat");
                }
                i += 1;
                if p.get(i) == Some(&u('?')) {
                    i += 1;
                }
                can_quantify = false;
            }
            x if x == u('{') => {
                if let Some((min, max, len)) = parse_braced(p, i) {
                    if !can_quantify {
                        return Err("Nothing to repeat");
                    }
                    if max < min {
                        return Err("numbers out of order in {} quantifier");
                    }
                    i += len;
                    if p.get(i) == Some(&u('?')) {
                        i += 1;
                    }
                    can_quantify = false;
                } else {
                    i += 1;
                    can_quantify = true;
                }
            }
            x if x == u('^') || x == u('$') => {
                can_quantify = false;
                i += 1;
            }
            x if x == u('\\') => {
                let Some(&e) = p.get(i + 1) else {
                    return Err("\\ at end of pattern");
                };
                i += 2;
                if e == u('b') || e == u('B') {
                    can_quantify = false;
                } else {
                    if e == u('k') && has_named {
                        if p.get(i) != Some(&u('<')) {
                            return Err("Invalid named reference");
                        }
                        let Some((name, next)) = parse_group_name(p, i + 1) else {
                            return Err("Invalid named reference");
                        };
                        if !names.iter().any(|n| n.as_slice() == name) {
                            return Err("Invalid named capture referenced");
                        }
                        i = next;
                    }
                    can_quantify = true;
                }
            }
            x if x == u('[') => {
                i = validate_class(p, i + 1, has_named)?;
                can_quantify = true;
            }
            _ => {
                i += 1;
                can_quantify = true;
            }
        }
    }
    if !stack.is_empty() {
        return Err("Unterminated group");
    }
    Ok(())
}

/// Parses `{n}`, `{n,}` or `{n,m}` at `i`; returns (min, max, length).
fn parse_braced(p: &[u16], i: usize) -> Option<(u64, u64, usize)> {
    let mut j = i + 1;
    let (min, n) = read_decimal(p, j);
    if n == 0 {
        return None;
    }
    j += n;
    let max = if p.get(j) == Some(&u(',')) {
        j += 1;
        let (m, n2) = read_decimal(p, j);
        j += n2;
        if n2 == 0 { u64::MAX } else { m }
    } else {
        min
    };
    if p.get(j) == Some(&u('}')) {
        Some((min, max, j + 1 - i))
    } else {
        None
    }
}

fn read_decimal(p: &[u16], mut j: usize) -> (u64, usize) {
    let start = j;
    let mut v: u64 = 0;
    while let Some(&d) = p.get(j) {
        if (u('0')..=u('9')).contains(&d) {
            v = v.saturating_mul(10).saturating_add((d - u('0')) as u64);
            j += 1;
        } else {
            break;
        }
    }
    (v, j - start)
}

/// Validates a character class body starting after `[`; returns the index
/// after the closing `]`.
fn validate_class(p: &[u16], mut i: usize, has_named: bool) -> Result<usize, &'static str> {
    if p.get(i) == Some(&u('^')) {
        i += 1;
    }
    loop {
        let Some(&c) = p.get(i) else {
            return Err("Unterminated character class");
        };
        if c == u(']') {
            return Ok(i + 1);
        }
        let (a, next) = class_atom(p, i, has_named)?;
        i = next;
        if p.get(i) == Some(&u('-')) {
            match p.get(i + 1) {
                Some(&n) if n != u(']') => {
                    let (b, next2) = class_atom(p, i + 1, has_named)?;
                    if let (Some(a), Some(b)) = (a, b)
                        && a > b
                    {
                        return Err("Range out of order in character class");
                    }
                    i = next2;
                }
                _ => {}
            }
        }
    }
}

/// One class atom at `i`: its code unit value (`None` for class escapes like
/// `\d`) and the index after it.
fn class_atom(p: &[u16], i: usize, has_named: bool) -> Result<(Option<u32>, usize), &'static str> {
    let Some(&c) = p.get(i) else {
        return Err("Unterminated character class");
    };
    if c != u('\\') {
        return Ok((Some(c as u32), i + 1));
    }
    let Some(&e) = p.get(i + 1) else {
        return Err("\\ at end of pattern");
    };
    let ch = char::from_u32(e as u32).unwrap_or('\u{FFFD}');
    let r = match ch {
        'd' | 'D' | 's' | 'S' | 'w' | 'W' => (None, i + 2),
        'b' => (Some(8), i + 2),
        'f' => (Some(0x0C), i + 2),
        'n' => (Some(0x0A), i + 2),
        'r' => (Some(0x0D), i + 2),
        't' => (Some(0x09), i + 2),
        'v' => (Some(0x0B), i + 2),
        'c' => match p.get(i + 2).and_then(|&x| char::from_u32(x as u32)) {
            Some(l) if l.is_ascii_alphanumeric() || l == '_' => (Some(l as u32 % 32), i + 3),
            // The backslash itself is the atom; `c` follows as a literal.
            _ => (Some(u('\\') as u32), i + 1),
        },
        'x' => match (hex(p.get(i + 2)), hex(p.get(i + 3))) {
            (Some(a), Some(b)) => (Some(a * 16 + b), i + 4),
            _ => (Some(e as u32), i + 2),
        },
        'u' => {
            let mut v = 0u32;
            let mut ok = true;
            for k in 0..4 {
                match hex(p.get(i + 2 + k)) {
                    Some(d) => v = v * 16 + d,
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                (Some(v), i + 6)
            } else {
                (Some(e as u32), i + 2)
            }
        }
        '0'..='7' => {
            let max_len = if ch <= '3' { 3 } else { 2 };
            let mut v = 0u32;
            let mut j = i + 1;
            while j < i + 1 + max_len {
                match p.get(j) {
                    Some(&d) if (u('0')..=u('7')).contains(&d) => {
                        v = v * 8 + (d - u('0')) as u32;
                        j += 1;
                    }
                    _ => break,
                }
            }
            (Some(v), j)
        }
        'k' if has_named => return Err("Invalid escape"),
        _ => (Some(e as u32), i + 2),
    };
    Ok(r)
}

fn hex(c: Option<&u16>) -> Option<u32> {
    let c = char::from_u32(*c? as u32)?;
    c.to_digit(16)
}

/// Decodes the code point at `i` (combining surrogate pairs).
fn code_point_at(p: &[u16], i: usize) -> Option<(char, usize)> {
    let &a = p.get(i)?;
    if (0xD800..0xDC00).contains(&a) {
        if let Some(&b) = p.get(i + 1)
            && (0xDC00..0xE000).contains(&b)
        {
            let cp = 0x1_0000 + (((a as u32) - 0xD800) << 10) + ((b as u32) - 0xDC00);
            return Some((char::from_u32(cp)?, 2));
        }
        return None;
    }
    Some((char::from_u32(a as u32)?, 1))
}

/// Parses a group name after `<` up to and including `>`; returns the name
/// units and the index after `>`.
fn parse_group_name(p: &[u16], mut i: usize) -> Option<(&[u16], usize)> {
    let start = i;
    let mut first = true;
    loop {
        let (c, n) = code_point_at(p, i)?;
        if c == '>' {
            if first {
                return None;
            }
            return Some((p.get(start..i)?, i + 1));
        }
        let ok = if first {
            is_id_start(c)
        } else {
            is_id_continue(c)
        };
        if !ok {
            return None;
        }
        first = false;
        i += n;
    }
}

/// Collects the names of `(?<name>...)` groups (skipping escapes and
/// classes) and checks their syntax and uniqueness.
fn collect_group_names(p: &[u16]) -> Result<Vec<Vec<u16>>, &'static str> {
    let mut names: Vec<Vec<u16>> = Vec::new();
    let mut i = 0usize;
    let mut in_class = false;
    while let Some(&c) = p.get(i) {
        if c == u('\\') {
            i += 2;
            continue;
        }
        if in_class {
            if c == u(']') {
                in_class = false;
            }
            i += 1;
            continue;
        }
        if c == u('[') {
            in_class = true;
            i += 1;
            continue;
        }
        if c == u('(')
            && p.get(i + 1) == Some(&u('?'))
            && p.get(i + 2) == Some(&u('<'))
            && !matches!(p.get(i + 3), Some(&x) if x == u('=') || x == u('!'))
        {
            let Some((name, next)) = parse_group_name(p, i + 3) else {
                return Err("Invalid capture group name");
            };
            if names.iter().any(|n| n.as_slice() == name) {
                return Err("Duplicate capture group name");
            }
            names.push(name.to_vec());
            i = next;
            continue;
        }
        i += 1;
    }
    Ok(names)
}
