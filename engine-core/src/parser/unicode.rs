//! Character classification helpers (ECMAScript lexical grammar).

/// WhiteSpace: TAB, VT, FF, SP, NBSP, ZWNBSP and every `Zs` character.
pub(crate) fn is_whitespace(c: char) -> bool {
    matches!(
        c,
        '\t' | '\u{0B}' | '\u{0C}' | ' ' | '\u{A0}' | '\u{FEFF}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// LineTerminator: LF, CR, LS, PS.
pub(crate) fn is_line_terminator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// IdentifierStart (without the `\` escape): `$`, `_`, or ID_Start.
pub(crate) fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic() || c == '$' || c == '_'
    } else {
        unicode_id_start::is_id_start_unicode(c)
    }
}

/// IdentifierPart (without the `\` escape): `$`, ZWNJ, ZWJ, or ID_Continue.
pub(crate) fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '$' || c == '_'
    } else {
        c == '\u{200C}' || c == '\u{200D}' || unicode_id_start::is_id_continue_unicode(c)
    }
}

/// ASCII fast path of [`is_id_continue`].
#[inline]
pub(crate) fn is_ascii_id_continue(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'$' || b == b'_'
}

/// Appends `c` encoded as UTF-16 to `out`.
#[inline]
pub(crate) fn push_utf16(out: &mut alloc::vec::Vec<u16>, c: char) {
    let mut buf = [0u16; 2];
    out.extend_from_slice(c.encode_utf16(&mut buf));
}

/// Appends the code point `cp` (possibly a lone surrogate) as UTF-16.
pub(crate) fn push_code_point(out: &mut alloc::vec::Vec<u16>, cp: u32) {
    if cp < 0x1_0000 {
        out.push(cp as u16);
    } else {
        let v = cp - 0x1_0000;
        out.push(0xD800 | ((v >> 10) as u16 & 0x3FF));
        out.push(0xDC00 | (v as u16 & 0x3FF));
    }
}
