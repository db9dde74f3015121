//! Number <-> string conversions with V8-identical output.
//!
//! Everything in this module reproduces what V8 (node v20) prints or parses,
//! byte for byte, because the engine's test goldens are generated with node.
//! The module is `no_std` (it only needs `alloc`), never panics, and uses no
//! `unsafe`.
//!
//! | JS operation                        | function                                   |
//! |-------------------------------------|--------------------------------------------|
//! | `Number::toString(x)` / `String(x)` | [`number_to_string`], [`write_number_to_string`], [`NumberToStringBuffer`] |
//! | `x.toString(radix)`                 | [`number_to_string_radix`]                 |
//! | `x.toFixed(d)`                      | [`to_fixed`]                               |
//! | `x.toExponential(d)`                | [`to_exponential`]                         |
//! | `x.toPrecision(p)`                  | [`to_precision`]                           |
//! | `StringToNumber(s)` / `Number(s)`   | [`string_to_number`]                       |
//! | `parseInt(s, radix)`                | [`parse_int`]                              |
//! | `parseFloat(s)`                     | [`parse_float`]                            |
//! | CanonicalNumericIndexString (array) | [`is_array_index`]                         |
//! | `ToInt32` / `ToUint32` / `ToUint16` | [`f64_to_int32`], [`f64_to_uint32`], [`f64_to_uint16`] |
//! | WhiteSpace / LineTerminator         | [`is_js_whitespace`]                       |
//!
//! Argument validation that the spec turns into a `RangeError` (the digits
//! argument of `toFixed`/`toExponential`/`toPrecision`, the radix of
//! `toString`) is the caller's job; the functions here document their
//! accepted range and clamp anything outside it instead of panicking.

mod bignum;
mod format;
mod int;
mod parse;
mod radix;
mod tostring;

pub use format::{MAX_FRACTION_DIGITS, to_exponential, to_fixed, to_precision};
pub use int::{f64_to_int32, f64_to_uint16, f64_to_uint32, is_array_index};
pub use parse::{is_js_whitespace, parse_float, parse_int, string_to_number};
pub use radix::number_to_string_radix;
pub use tostring::{
    NumberToStringBuffer, number_to_string, push_number_to_utf16, write_number_to_string,
};
