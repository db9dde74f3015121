//! Global functions and values (ES5 §15.1) plus `print`.

use crate::jit::natives::NativeTrace;
use alloc::string::String;
use alloc::vec::Vec;

use super::{define_method, define_method_magic, define_value};
use crate::interp::{CallArgs, Vm};
use crate::numconv;
use crate::object::ops::JsResult;
use crate::string::{self, JsString, StrBuilder};
use crate::value::Value;

/// `print(...)`: the arguments converted with ToString, joined by spaces.
fn print(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let mut line = String::new();
    for i in 0..args.len() {
        if i > 0 {
            line.push(' ');
        }
        let s = vm.to_string(args.get(i))?;
        vm.roots.push(Value::string(s));
        let f = string::flatten(vm, s)?;
        vm.roots.pop();
        string::push_utf8_lossy(&mut line, f.chars().iter());
    }
    vm.host.print(&line);
    Ok(Value::UNDEFINED)
}

fn units_of(vm: &mut Vm, v: Value) -> JsResult<Vec<u16>> {
    let s = vm.to_string(v)?;
    vm.roots.push(Value::string(s));
    let f = string::flatten(vm, s)?;
    vm.roots.pop();
    Ok(f.chars().to_vec())
}

fn parse_int(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = units_of(vm, args.get(0))?;
    let radix = vm.to_int32(args.get(1))?;
    Ok(Value::number(numconv::parse_int(&s, radix)))
}

fn parse_float(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = units_of(vm, args.get(0))?;
    Ok(Value::number(numconv::parse_float(&s)))
}

fn is_nan(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    Ok(Value::bool(vm.to_number(args.get(0))?.is_nan()))
}

fn is_finite(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    Ok(Value::bool(vm.to_number(args.get(0))?.is_finite()))
}

/// Indirect `eval` (direct eval is handled by the interpreter).
fn eval(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    vm.indirect_eval(args.get(0))
}

/// `gc()`: runs a collection (a testing aid, as in other shells).
fn gc(vm: &mut Vm, _args: &CallArgs) -> JsResult<Value> {
    vm.collect_garbage();
    Ok(Value::UNDEFINED)
}

// URI handling (ES5 §15.1.3) ------------------------------------------------

const URI_RESERVED: &str = ";/?:@&=+$,";
const URI_UNESCAPED_MARKS: &str = "-_.!~*'()";

fn is_unreserved(c: u16) -> bool {
    c < 128 && ((c as u8).is_ascii_alphanumeric() || URI_UNESCAPED_MARKS.as_bytes().contains(&(c as u8)))
}

fn encode(vm: &mut Vm, s: &[u16], extra_unescaped: &str) -> JsResult<Value> {
    let mut out = StrBuilder::with_capacity(s.len());
    let mut k = 0;
    while k < s.len() {
        let c = s[k];
        if is_unreserved(c) || (c < 128 && extra_unescaped.as_bytes().contains(&(c as u8))) {
            out.push(c);
            k += 1;
            continue;
        }
        let cp: u32 = if (0xDC00..=0xDFFF).contains(&c) {
            return Err(vm.uri_error("URI malformed"));
        } else if (0xD800..=0xDBFF).contains(&c) {
            match s.get(k + 1) {
                Some(&d) if (0xDC00..=0xDFFF).contains(&d) => {
                    k += 1;
                    0x10000 + (((c as u32) - 0xD800) << 10) + ((d as u32) - 0xDC00)
                }
                _ => return Err(vm.uri_error("URI malformed")),
            }
        } else {
            c as u32
        };
        let mut buf = [0u8; 4];
        let ch = char::from_u32(cp).unwrap_or('\u{FFFD}');
        for b in ch.encode_utf8(&mut buf).bytes() {
            out.push_str(&alloc::format!("%{b:02X}"));
        }
        k += 1;
    }
    out.finish_value(vm)
}

fn hex_val(u: u16) -> Option<u8> {
    match u {
        0x30..=0x39 => Some((u - 0x30) as u8),
        0x41..=0x46 => Some((u - 0x41 + 10) as u8),
        0x61..=0x66 => Some((u - 0x61 + 10) as u8),
        _ => None,
    }
}

fn decode(vm: &mut Vm, s: &[u16], reserved: &str) -> JsResult<Value> {
    let mut out = StrBuilder::with_capacity(s.len());
    let mut k = 0;
    let byte_at = |k: usize| -> Option<u8> {
        if s.get(k) != Some(&(b'%' as u16)) {
            return None;
        }
        Some(hex_val(*s.get(k + 1)?)? * 16 + hex_val(*s.get(k + 2)?)?)
    };
    while k < s.len() {
        if s[k] != b'%' as u16 {
            out.push(s[k]);
            k += 1;
            continue;
        }
        let Some(b) = byte_at(k) else { return Err(vm.uri_error("URI malformed")) };
        if b < 0x80 {
            if reserved.as_bytes().contains(&b) {
                for u in &s[k..k + 3] {
                    out.push(*u);
                }
            } else {
                out.push(b as u16);
            }
            k += 3;
            continue;
        }
        let n = if b & 0xE0 == 0xC0 {
            2
        } else if b & 0xF0 == 0xE0 {
            3
        } else if b & 0xF8 == 0xF0 {
            4
        } else {
            return Err(vm.uri_error("URI malformed"));
        };
        let mut bytes = [b, 0, 0, 0];
        for (j, slot) in bytes.iter_mut().enumerate().take(n).skip(1) {
            let Some(c) = byte_at(k + 3 * j) else { return Err(vm.uri_error("URI malformed")) };
            if c & 0xC0 != 0x80 {
                return Err(vm.uri_error("URI malformed"));
            }
            *slot = c;
        }
        let Ok(text) = core::str::from_utf8(&bytes[..n]) else { return Err(vm.uri_error("URI malformed")) };
        out.push_str(text);
        k += 3 * n;
    }
    out.finish_value(vm)
}

fn uri_fn(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = units_of(vm, args.get(0))?;
    match args.magic() {
        0 => {
            let extra: String = [URI_RESERVED, "#"].concat();
            encode(vm, &s, &extra)
        }
        1 => encode(vm, &s, ""),
        2 => {
            let reserved: String = [URI_RESERVED, "#"].concat();
            decode(vm, &s, &reserved)
        }
        _ => decode(vm, &s, ""),
    }
}

/// Annex B `escape`.
fn escape(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = units_of(vm, args.get(0))?;
    let mut out = StrBuilder::with_capacity(s.len());
    for c in s {
        if c < 128 && ((c as u8).is_ascii_alphanumeric() || b"@*_+-./".contains(&(c as u8))) {
            out.push(c);
        } else if c < 256 {
            out.push_str(&alloc::format!("%{c:02X}"));
        } else {
            out.push_str(&alloc::format!("%u{c:04X}"));
        }
    }
    out.finish_value(vm)
}

/// Annex B `unescape`.
fn unescape(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let s = units_of(vm, args.get(0))?;
    let mut out = StrBuilder::with_capacity(s.len());
    let mut k = 0;
    while k < s.len() {
        let c = s[k];
        if c == b'%' as u16 {
            if s.get(k + 1) == Some(&(b'u' as u16)) && k + 6 <= s.len() {
                let h: Option<Vec<u8>> = s[k + 2..k + 6].iter().map(|u| hex_val(*u)).collect();
                if let Some(h) = h {
                    out.push(h.iter().fold(0u16, |a, d| a * 16 + *d as u16));
                    k += 6;
                    continue;
                }
            }
            if k + 3 <= s.len() {
                if let (Some(a), Some(b)) = (hex_val(s[k + 1]), hex_val(s[k + 2])) {
                    out.push((a * 16 + b) as u16);
                    k += 3;
                    continue;
                }
            }
        }
        out.push(c);
        k += 1;
    }
    out.finish_value(vm)
}

/// Installs the global functions and values.
pub fn init(vm: &mut Vm) -> JsResult<()> {
    let g = vm.realm.global;
    define_value(vm, g, "NaN", Value::NAN, 0)?;
    define_value(vm, g, "Infinity", Value::double(f64::INFINITY), 0)?;
    define_value(vm, g, "undefined", Value::UNDEFINED, 0)?;
    define_method(vm, g, "print", print, 1)?;
    super::define_traced(vm, g, "parseInt", parse_int, 2, 0, NativeTrace::Pure)?;
    super::define_traced(vm, g, "parseFloat", parse_float, 1, 0, NativeTrace::Pure)?;
    super::define_traced(vm, g, "isNaN", is_nan, 1, 0, NativeTrace::Pure)?;
    super::define_traced(vm, g, "isFinite", is_finite, 1, 0, NativeTrace::Pure)?;
    let e = define_method(vm, g, "eval", eval, 1)?;
    vm.realm.eval_fn = e;
    define_method(vm, g, "gc", gc, 0)?;
    define_method_magic(vm, g, "encodeURI", uri_fn, 1, 0)?;
    define_method_magic(vm, g, "encodeURIComponent", uri_fn, 1, 1)?;
    define_method_magic(vm, g, "decodeURI", uri_fn, 1, 2)?;
    define_method_magic(vm, g, "decodeURIComponent", uri_fn, 1, 3)?;
    define_method(vm, g, "escape", escape, 1)?;
    define_method(vm, g, "unescape", unescape, 1)?;
    let _ = JsString::len;
    Ok(())
}
