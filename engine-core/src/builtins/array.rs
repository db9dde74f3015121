//! `Array` and `Array.prototype` (ES5 §15.4).
//!
//! Every method follows the generic spec algorithm (so it works on array-likes and
//! respects holes, getters and `length`), with fast paths for dense arrays where
//! the result cannot differ.

use crate::jit::natives::NativeTrace;
use alloc::vec::Vec;

use super::{define_method, get_index, install_constructor, length_of};
use crate::gc::Gc;
use crate::interp::{CallArgs, Vm};
use crate::object::ops::{self, JsResult};
use crate::object::{JsObject, ObjectClass, ObjectData, PropertyKey, ValueArray, OBJ_LENGTH_READONLY, OBJ_SPARSE};
use crate::string::{self, StrBuilder};
use crate::value::Value;

/// The native of `Array.prototype.push` (the JIT recognizes it).
pub fn push_fn() -> crate::interp::NativeFn {
    push
}

/// The native of `Array.prototype.pop` (the JIT recognizes it).
pub fn pop_fn() -> crate::interp::NativeFn {
    pop
}

/// A new array of the given length (no elements).
pub fn new_array(vm: &mut Vm, length: u32) -> JsResult<Gc<JsObject>> {
    let shape = vm.realm.array_shape;
    let a = JsObject::new(vm, shape, ObjectClass::Array, ObjectData::Ordinary)?;
    a.set_length_field(length);
    Ok(a)
}

/// A new dense array holding `values`.
pub fn array_from(vm: &mut Vm, values: &[Value]) -> JsResult<Gc<JsObject>> {
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(values);
    let r = (|| {
        let a = new_array(vm, 0)?;
        if !values.is_empty() {
            vm.roots.push(Value::object(a));
            let el = ValueArray::new(vm, values.len() as u32, values.len() as u32, Value::UNDEFINED)?;
            for (i, v) in values.iter().enumerate() {
                el.set(i, *v);
            }
            a.set_elements(Some(el));
            a.set_length_field(values.len() as u32);
        }
        Ok(a)
    })();
    vm.roots.truncate(mark);
    r
}

/// Is `o` a plain dense array whose elements can be read directly (no holes
/// beyond the dense prefix matter only through the prototype chain)?
fn dense_elements(o: Gc<JsObject>) -> Option<Gc<ValueArray>> {
    if o.class() == ObjectClass::Array && o.flags() & OBJ_SPARSE == 0 {
        o.elements()
    } else {
        None
    }
}

/// First index that is not an array index: sparse maps hold only keys below it.
const INDEX_LIMIT: f64 = 4294967295.0;

/// Does `o` (a prototype) have any indexed own property?
fn has_any_elements(o: Gc<JsObject>) -> bool {
    match o.data() {
        ObjectData::String(s) if !s.is_empty() => return true,
        ObjectData::MappedArguments { .. } => return true,
        _ => {}
    }
    if o.flags() & OBJ_SPARSE != 0 {
        o.sparse().is_some_and(|m| !m.is_empty())
    } else {
        o.elements().is_some_and(|e| e.as_slice().iter().any(|v| !v.is_hole()))
    }
}

/// Can a scan over the indices of `o` jump between the keys of its sparse map?
/// True for ordinary sparse objects and arrays none of whose prototypes has an
/// indexed property (then every other index is absent along the whole chain).
/// Checked again at every step, since callbacks and getters may add elements.
fn sparse_skippable(o: Gc<JsObject>) -> bool {
    if o.flags() & OBJ_SPARSE == 0 || !matches!(o.class(), ObjectClass::Array | ObjectClass::Object) || !matches!(o.data(), ObjectData::Ordinary) {
        return false;
    }
    let mut p = o.proto();
    while let Some(x) = p {
        if has_any_elements(x) {
            return false;
        }
        p = x.proto();
    }
    true
}

/// The first index in `k..end` at which `o` may have a property (`k` itself
/// unless `o` is a sparse array whose absent indices can be skipped).
fn next_index(o: Gc<JsObject>, k: f64, end: f64) -> Option<f64> {
    if k >= end {
        return None;
    }
    if k >= INDEX_LIMIT || o.flags() & OBJ_SPARSE == 0 || !sparse_skippable(o) {
        return Some(k);
    }
    let found = o.sparse().and_then(|m| m.range(k as u32..).next().map(|(i, _)| *i as f64));
    match found {
        Some(i) if i < end => Some(i),
        _ if end > INDEX_LIMIT => Some(INDEX_LIMIT),
        _ => None,
    }
}

/// The last index in `0..=k` at which `o` may have a property (see [`next_index`]).
fn prev_index(o: Gc<JsObject>, k: f64) -> Option<f64> {
    if k < 0.0 {
        return None;
    }
    if k >= INDEX_LIMIT || o.flags() & OBJ_SPARSE == 0 || !sparse_skippable(o) {
        return Some(k);
    }
    o.sparse().and_then(|m| m.range(..=k as u32).next_back().map(|(i, _)| *i as f64))
}

/// `length` of an array-like as ES2015 ToLength (up to 2^53 - 1), for methods
/// that must detect overflow past 2^53 - 1 (push, unshift).
fn length_of_f64(vm: &mut Vm, o: Gc<JsObject>) -> JsResult<f64> {
    if o.is_array() {
        return Ok(o.length() as f64);
    }
    let len = ops::get(vm, o, PropertyKey::Atom(vm.names.length), Value::object(o))?;
    let n = vm.to_integer(len)?;
    Ok(n.clamp(0.0, MAX_SAFE_LENGTH))
}

/// 2^53 - 1, the largest array-like length.
const MAX_SAFE_LENGTH: f64 = 9007199254740991.0;

/// ArrayCreate: a new array of length `len`, a RangeError past 2^32 - 1.
fn array_create(vm: &mut Vm, len: f64) -> JsResult<Gc<JsObject>> {
    if len > u32::MAX as f64 - 1.0 {
        return Err(vm.range_error("Invalid array length"));
    }
    new_array(vm, len as u32)
}

/// ArraySpeciesCreate (ES2015 §9.4.2.3) for an engine without symbols: an array's
/// `constructor` is read, and anything but an object or undefined is a TypeError;
/// an object has no `@@species` here, so the result is a plain array either way.
fn species_create(vm: &mut Vm, o: Gc<JsObject>, len: f64) -> JsResult<Gc<JsObject>> {
    if o.is_array() {
        let c = ops::get(vm, o, PropertyKey::Atom(vm.names.constructor), Value::object(o))?;
        if !c.is_undefined() && !c.is_object() {
            return Err(vm.type_error("object.constructor[Symbol.species] is not a constructor"));
        }
    }
    array_create(vm, len)
}

fn set_length(vm: &mut Vm, o: Gc<JsObject>, len: f64) -> JsResult<()> {
    let v = Value::number(len);
    let k = PropertyKey::Atom(vm.names.length);
    if !ops::put(vm, o, k, v, Value::object(o))? {
        return Err(vm.type_error("Cannot assign to read only property 'length' of object"));
    }
    Ok(())
}

fn put_index(vm: &mut Vm, o: Gc<JsObject>, i: f64, v: Value) -> JsResult<()> {
    let key = index_key(vm, i)?;
    if !ops::put(vm, o, key, v, Value::object(o))? {
        return Err(vm.type_error("Cannot assign to read only property of object"));
    }
    Ok(())
}

fn index_key(vm: &mut Vm, i: f64) -> JsResult<PropertyKey> {
    if i >= 0.0 && i < u32::MAX as f64 {
        Ok(PropertyKey::Index(i as u32))
    } else {
        let s = vm.number_to_string(i)?;
        vm.key_from_string(s)
    }
}

fn has_index(vm: &mut Vm, o: Gc<JsObject>, i: f64) -> JsResult<bool> {
    let k = index_key(vm, i)?;
    ops::has_property(vm, o, k)
}

fn get_at(vm: &mut Vm, o: Gc<JsObject>, i: f64) -> JsResult<Value> {
    let k = index_key(vm, i)?;
    ops::get(vm, o, k, Value::object(o))
}

fn delete_index(vm: &mut Vm, o: Gc<JsObject>, i: f64) -> JsResult<()> {
    let k = index_key(vm, i)?;
    if !ops::delete(vm, o, k)? {
        return Err(vm.type_error("Cannot delete property of array"));
    }
    Ok(())
}

/// Relative index argument (`slice`, `splice`, `indexOf`...).
fn relative(vm: &mut Vm, v: Value, len: f64, default: f64) -> JsResult<f64> {
    if v.is_undefined() {
        return Ok(default);
    }
    let r = vm.to_integer(v)?;
    Ok(if r < 0.0 { (len + r).max(0.0) } else { r.min(len) })
}

fn callable_arg(vm: &mut Vm, v: Value) -> JsResult<Value> {
    if v.as_object().is_some_and(|o| o.is_callable()) {
        Ok(v)
    } else {
        let d = vm.describe_value(v);
        Err(vm.type_error(&alloc::format!("{d} is not a function")))
    }
}

// ---------------------------------------------------------------------------

fn array_ctor(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    if args.len() == 1 {
        let n = args.get(0);
        if n.is_number() {
            let len = vm.to_uint32(n)?;
            if len as f64 != n.as_number_unchecked() {
                return Err(vm.range_error("Invalid array length"));
            }
            return Ok(Value::object(new_array(vm, len)?));
        }
    }
    let values = args.to_vec();
    Ok(Value::object(array_from(vm, &values)?))
}

fn is_array(_vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    Ok(Value::bool(args.get(0).as_object().is_some_and(|o| o.is_array())))
}

/// `Array.prototype.join` (also the core of `toString`).
fn join(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let len = length_of(vm, o)?;
    let sep_v = args.get(0);
    let sep = if sep_v.is_undefined() { None } else { Some(vm.to_string(sep_v)?) };
    let sep = match sep {
        Some(s) => {
            vm.roots.push(Value::string(s));
            string::flatten(vm, s)?.chars().to_vec()
        }
        None => alloc::vec![b',' as u16],
    };
    join_impl(vm, o, len, &sep)
}

fn join_impl(vm: &mut Vm, o: Gc<JsObject>, len: u32, sep: &[u16]) -> JsResult<Value> {
    // Cycle detection: joining an array that contains itself yields "".
    if vm.join_stack.contains(&o) {
        return Ok(Value::string(vm.names.empty));
    }
    vm.join_stack.push(o);
    let r = (|| {
        let mut out = StrBuilder::new();
        if o.flags() & OBJ_SPARSE != 0 {
            return join_sparse(vm, o, len, sep, out);
        }
        for i in 0..len {
            if i > 0 {
                out.push_units(sep);
            }
            let v = get_index(vm, o, i)?;
            if v.is_nullish() {
                continue;
            }
            let s = vm.to_string(v)?;
            let f = string::flatten(vm, s)?;
            out.push_chars(f.chars());
            if out.len() > string::MAX_LENGTH {
                return Err(vm.range_error("Invalid string length"));
            }
        }
        out.finish_value(vm)
    })();
    vm.join_stack.pop();
    r
}

/// `join` of a sparse object: absent indices contribute only separators.
fn join_sparse(vm: &mut Vm, o: Gc<JsObject>, len: u32, sep: &[u16], mut out: StrBuilder) -> JsResult<Value> {
    let len = len as f64;
    // `pos` = the index whose separator comes next (separators before it are out).
    let (mut k, mut pos) = (0.0, 0.0);
    let emit_separators = |vm: &mut Vm, out: &mut StrBuilder, upto: f64, pos: &mut f64| -> JsResult<()> {
        let n = upto - *pos;
        if n <= 0.0 || sep.is_empty() {
            *pos = upto.max(*pos);
            return Ok(());
        }
        if n * sep.len() as f64 + out.len() as f64 > string::MAX_LENGTH as f64 {
            return Err(vm.range_error("Invalid string length"));
        }
        for _ in 0..n as u64 {
            out.push_units(sep);
        }
        *pos = upto;
        Ok(())
    };
    while let Some(i) = next_index(o, k, len) {
        emit_separators(vm, &mut out, i, &mut pos)?;
        let v = get_at(vm, o, i)?;
        if !v.is_nullish() {
            let s = vm.to_string(v)?;
            let f = string::flatten(vm, s)?;
            out.push_chars(f.chars());
            if out.len() > string::MAX_LENGTH {
                return Err(vm.range_error("Invalid string length"));
            }
        }
        k = i + 1.0;
    }
    emit_separators(vm, &mut out, (len - 1.0).max(0.0), &mut pos)?;
    out.finish_value(vm)
}

fn to_string(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let f = super::get_str(vm, o, "join")?;
    if f.as_object().is_some_and(|f| f.is_callable()) {
        return vm.call(f, Value::object(o), &[]);
    }
    let a = CallArgs::for_this(Value::object(o), vm.realm.object_ctor);
    super::object::to_string(vm, &a)
}

fn to_locale_string(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let len = length_of(vm, o)?;
    let mut out = StrBuilder::new();
    for i in 0..len {
        if i > 0 {
            out.push(b',' as u16);
        }
        let v = get_index(vm, o, i)?;
        if v.is_nullish() {
            continue;
        }
        let eo = vm.to_object(v)?;
        vm.roots.push(Value::object(eo));
        // Invoke(element, "toLocaleString"): getter and method see the element itself.
        let k = vm.key_from_str("toLocaleString")?;
        let f = ops::get(vm, eo, k, v)?;
        if !f.as_object().is_some_and(|f| f.is_callable()) {
            return Err(vm.type_error("toLocaleString is not a function"));
        }
        let s = vm.call(f, v, &[])?;
        let s = vm.to_string(s)?;
        let fl = string::flatten(vm, s)?;
        out.push_chars(fl.chars());
        vm.roots.pop();
    }
    out.finish_value(vm)
}

fn push(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    if o.is_array() && o.flags() & (OBJ_SPARSE | OBJ_LENGTH_READONLY) == 0 && o.is_extensible() {
        // Fast path: append to dense storage.
        let mut len = o.length();
        let dense_ok = o.elements().map_or(len == 0, |e| e.len() == len as usize);
        if dense_ok && (len as u64 + args.len() as u64) < u32::MAX as u64 {
            for i in 0..args.len() {
                ops::set_element(vm, o, len, args.get(i))?;
                len += 1;
            }
            return Ok(Value::number(len as f64));
        }
    }
    vm.roots.push(Value::object(o));
    let mut n = length_of_f64(vm, o)?;
    if n + args.len() as f64 > MAX_SAFE_LENGTH {
        return Err(vm.type_error("Pushing elements past 2^53-1 length"));
    }
    for i in 0..args.len() {
        put_index(vm, o, n, args.get(i))?;
        n += 1.0;
    }
    set_length(vm, o, n)?;
    Ok(Value::number(n))
}

fn pop(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let len = length_of_f64(vm, o)?;
    if len == 0.0 {
        set_length(vm, o, 0.0)?;
        return Ok(Value::UNDEFINED);
    }
    let i = len - 1.0;
    let v = get_at(vm, o, i)?;
    vm.roots.push(v);
    delete_index(vm, o, i)?;
    set_length(vm, o, i)?;
    Ok(v)
}

fn concat(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let a = species_create(vm, o, 0.0)?;
    vm.roots.push(Value::object(a));
    let mut n: u32 = 0;
    for idx in 0..=args.len() {
        let e = if idx == 0 { Value::object(o) } else { args.get(idx - 1) };
        match e.as_object().filter(|x| x.is_array()) {
            Some(arr) => {
                let len = arr.length();
                if let Some(el) = dense_elements(arr) {
                    if el.len() == len as usize && (0..len as usize).all(|k| !el.get(k).is_hole()) {
                        for k in 0..len as usize {
                            let v = el.get(k);
                            ops::set_element(vm, a, n, v)?;
                            n += 1;
                        }
                        continue;
                    }
                }
                let mut k = 0.0;
                while let Some(i) = next_index(arr, k, len as f64) {
                    let i = i as u32;
                    if ops::has_property(vm, arr, PropertyKey::Index(i))? {
                        let v = get_index(vm, arr, i)?;
                        ops::set_element(vm, a, n + i, v)?;
                    }
                    k = i as f64 + 1.0;
                }
                n += len;
            }
            None => {
                ops::set_element(vm, a, n, e)?;
                n += 1;
            }
        }
    }
    a.set_length_field(n.max(a.length()));
    if a.length() < n {
        a.set_length_field(n);
    }
    ops::set_array_length(a, n);
    Ok(Value::object(a))
}

fn reverse(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let len = length_of(vm, o)? as f64;
    let mid = libm::floor(len / 2.0);
    let mut lower = 0.0;
    while lower != mid {
        let upper = len - lower - 1.0;
        let lower_exists = has_index(vm, o, lower)?;
        let lv = if lower_exists { get_at(vm, o, lower)? } else { Value::UNDEFINED };
        vm.roots.push(lv);
        let upper_exists = has_index(vm, o, upper)?;
        let uv = if upper_exists { get_at(vm, o, upper)? } else { Value::UNDEFINED };
        vm.roots.push(uv);
        match (lower_exists, upper_exists) {
            (true, true) => {
                put_index(vm, o, lower, uv)?;
                put_index(vm, o, upper, lv)?;
            }
            (false, true) => {
                put_index(vm, o, lower, uv)?;
                delete_index(vm, o, upper)?;
            }
            (true, false) => {
                delete_index(vm, o, lower)?;
                put_index(vm, o, upper, lv)?;
            }
            (false, false) => {}
        }
        vm.roots.truncate(vm.roots.len() - 2);
        lower += 1.0;
    }
    Ok(Value::object(o))
}

fn shift(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let len = length_of(vm, o)?;
    if len == 0 {
        set_length(vm, o, 0.0)?;
        return Ok(Value::UNDEFINED);
    }
    let first = get_index(vm, o, 0)?;
    vm.roots.push(first);
    // Dense fast path: shift the storage in place.
    if let Some(el) = dense_elements(o) {
        if el.len() == len as usize && o.flags() & OBJ_LENGTH_READONLY == 0 && (0..len as usize).all(|k| !el.get(k).is_hole()) {
            for k in 1..len as usize {
                el.set(k - 1, el.get(k));
            }
            el.set(len as usize - 1, Value::HOLE);
            el.set_len(len as usize - 1);
            o.set_length_field(len - 1);
            return Ok(first);
        }
    }
    for k in 1..len {
        let from = k as f64;
        let to = (k - 1) as f64;
        if has_index(vm, o, from)? {
            let v = get_at(vm, o, from)?;
            put_index(vm, o, to, v)?;
        } else {
            delete_index(vm, o, to)?;
        }
    }
    delete_index(vm, o, (len - 1) as f64)?;
    set_length(vm, o, (len - 1) as f64)?;
    Ok(first)
}

fn unshift(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let len = length_of_f64(vm, o)?;
    let argc = args.len() as f64;
    if argc > 0.0 && len + argc > MAX_SAFE_LENGTH {
        return Err(vm.type_error("Unshifting elements past 2^53-1 length"));
    }
    let mut k = len;
    while k > 0.0 {
        let from = k - 1.0;
        let to = k + argc - 1.0;
        if has_index(vm, o, from)? {
            let v = get_at(vm, o, from)?;
            put_index(vm, o, to, v)?;
        } else {
            delete_index(vm, o, to)?;
        }
        k -= 1.0;
    }
    for j in 0..args.len() {
        put_index(vm, o, j as f64, args.get(j))?;
    }
    set_length(vm, o, len + argc)?;
    Ok(Value::number(len + argc))
}

fn slice(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let len = length_of_f64(vm, o)?;
    let k = relative(vm, args.get(0), len, 0.0)?;
    let end = relative(vm, args.get(1), len, len)?;
    let count = (end - k).max(0.0);
    let a = species_create(vm, o, count)?;
    vm.roots.push(Value::object(a));
    let n = count as u32;
    let mut i = k;
    while let Some(j) = next_index(o, i, end) {
        if has_index(vm, o, j)? {
            let v = get_at(vm, o, j)?;
            ops::set_element(vm, a, (j - k) as u32, v)?;
        }
        i = j + 1.0;
    }
    ops::set_array_length(a, n);
    if a.length() < n {
        a.set_length_field(n);
    }
    Ok(Value::object(a))
}

fn splice(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let len = length_of_f64(vm, o)?;
    let start = relative(vm, args.get(0), len, 0.0)?;
    let delete_count = if args.is_empty() {
        0.0
    } else if args.len() == 1 {
        len - start
    } else {
        vm.to_integer(args.get(1))?.max(0.0).min(len - start)
    };
    let item_count = args.len().saturating_sub(2) as f64;
    if len + item_count - delete_count > MAX_SAFE_LENGTH {
        return Err(vm.type_error("Splicing elements past 2^53-1 length"));
    }
    let a = species_create(vm, o, delete_count)?;
    vm.roots.push(Value::object(a));
    for k in 0..delete_count as u32 {
        let from = start + k as f64;
        if has_index(vm, o, from)? {
            let v = get_at(vm, o, from)?;
            ops::set_element(vm, a, k, v)?;
        }
    }
    a.set_length_field(delete_count as u32);
    let items: Vec<Value> = (2..args.len().max(2)).map(|i| args.get(i)).collect();
    let item_count = items.len() as f64;
    if item_count < delete_count {
        let mut k = start;
        while k < len - delete_count {
            let from = k + delete_count;
            let to = k + item_count;
            if has_index(vm, o, from)? {
                let v = get_at(vm, o, from)?;
                put_index(vm, o, to, v)?;
            } else {
                delete_index(vm, o, to)?;
            }
            k += 1.0;
        }
        let mut k = len;
        while k > len - delete_count + item_count {
            delete_index(vm, o, k - 1.0)?;
            k -= 1.0;
        }
    } else if item_count > delete_count {
        let mut k = len - delete_count;
        while k > start {
            let from = k + delete_count - 1.0;
            let to = k + item_count - 1.0;
            if has_index(vm, o, from)? {
                let v = get_at(vm, o, from)?;
                put_index(vm, o, to, v)?;
            } else {
                delete_index(vm, o, to)?;
            }
            k -= 1.0;
        }
    }
    for (j, v) in items.iter().enumerate() {
        put_index(vm, o, start + j as f64, *v)?;
    }
    set_length(vm, o, len - delete_count + item_count)?;
    Ok(Value::object(a))
}

fn index_of(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let len = length_of_f64(vm, o)?;
    if len == 0.0 {
        return Ok(Value::int(-1));
    }
    let n = if args.len() > 1 { vm.to_integer(args.get(1))? } else { 0.0 };
    if n >= len {
        return Ok(Value::int(-1));
    }
    let mut k = if n >= 0.0 { n } else { (len + n).max(0.0) };
    let target = args.get(0);
    if let Some(el) = dense_elements(o) {
        // Dense fast path (no getters, no user code); a hole hands over to the
        // generic loop, which consults the prototype chain.
        let end = (len as usize).min(el.len());
        let mut i = k as usize;
        while i < end {
            let v = el.get(i);
            if v.is_hole() {
                break;
            }
            if vm.strict_equals(v, target)? {
                return Ok(Value::number(i as f64));
            }
            i += 1;
        }
        k = k.max(i as f64);
    }
    while let Some(i) = next_index(o, k, len) {
        k = i;
        if has_index(vm, o, k)? {
            let v = get_at(vm, o, k)?;
            if vm.strict_equals(v, target)? {
                return Ok(Value::number(k));
            }
        }
        k += 1.0;
    }
    Ok(Value::int(-1))
}

fn last_index_of(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let len = length_of_f64(vm, o)?;
    if len == 0.0 {
        return Ok(Value::int(-1));
    }
    let n = if args.len() > 1 { vm.to_integer(args.get(1))? } else { len - 1.0 };
    let mut k = if n >= 0.0 { n.min(len - 1.0) } else { len + n };
    let target = args.get(0);
    while let Some(i) = prev_index(o, k) {
        k = i;
        if has_index(vm, o, k)? {
            let v = get_at(vm, o, k)?;
            if vm.strict_equals(v, target)? {
                return Ok(Value::number(k));
            }
        }
        k -= 1.0;
    }
    Ok(Value::int(-1))
}

/// every / some / forEach / map / filter share one loop (`magic` selects).
fn iterate(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let len = length_of_f64(vm, o)?;
    let f = callable_arg(vm, args.get(0))?;
    let this_arg = args.get(1);
    let mode = args.magic();
    let out = match mode {
        3 => Some(species_create(vm, o, len)?),
        4 => Some(species_create(vm, o, 0.0)?),
        _ => None,
    };
    if let Some(a) = out {
        vm.roots.push(Value::object(a));
    }
    let mut to = 0u32;
    let mut next = 0.0;
    while let Some(kf) = next_index(o, next, len) {
        next = kf + 1.0;
        let key = index_key(vm, kf)?;
        if !ops::has_property(vm, o, key)? {
            continue;
        }
        let v = ops::get(vm, o, key, Value::object(o))?;
        vm.roots.push(v);
        let r = vm.call(f, this_arg, &[v, Value::number(kf), Value::object(o)])?;
        match mode {
            0 if !r.truthy() => return Ok(Value::FALSE),
            1 if r.truthy() => return Ok(Value::TRUE),
            3 => {
                if let Some(a) = out {
                    let desc = ops::PropertyDescriptor::data(r, crate::object::attrs::DEFAULT);
                    ops::define_own_property(vm, a, key, &desc)?;
                }
            }
            4 if r.truthy() => {
                if let Some(a) = out {
                    let desc = ops::PropertyDescriptor::data(v, crate::object::attrs::DEFAULT);
                    ops::define_own_property(vm, a, PropertyKey::Index(to), &desc)?;
                    to += 1;
                }
            }
            _ => {}
        }
        vm.roots.pop();
    }
    Ok(match mode {
        0 => Value::TRUE,
        1 => Value::FALSE,
        2 => Value::UNDEFINED,
        _ => Value::object(out.expect("map/filter result")),
    })
}

/// reduce (`magic` 0) and reduceRight (1).
fn reduce(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let len = length_of_f64(vm, o)?;
    let f = callable_arg(vm, args.get(0))?;
    let right = args.magic() == 1;
    // The next index at or past `k` in the direction of travel that may exist.
    let step = |o: Gc<JsObject>, k: f64| if right { prev_index(o, k) } else { next_index(o, k, len) };
    let advance = |k: f64| if right { k - 1.0 } else { k + 1.0 };
    let mut k = if right { len - 1.0 } else { 0.0 };
    let mut acc = if args.len() >= 2 {
        args.get(1)
    } else {
        let mut found = None;
        while let Some(i) = step(o, k) {
            let key = PropertyKey::Index(i as u32);
            k = advance(i);
            if ops::has_property(vm, o, key)? {
                found = Some(ops::get(vm, o, key, Value::object(o))?);
                break;
            }
        }
        match found {
            Some(v) => v,
            None => return Err(vm.type_error("Reduce of empty array with no initial value")),
        }
    };
    let slot = vm.roots.len();
    vm.roots.push(acc);
    while let Some(i) = step(o, k) {
        let key = PropertyKey::Index(i as u32);
        if ops::has_property(vm, o, key)? {
            let v = ops::get(vm, o, key, Value::object(o))?;
            vm.roots.push(v);
            acc = vm.call(f, Value::UNDEFINED, &[acc, v, Value::number(i), Value::object(o)])?;
            vm.roots.pop();
            vm.roots[slot] = acc;
        }
        k = advance(i);
    }
    Ok(acc)
}

/// `Array.prototype.sort`: a stable merge sort; undefined sorts last, holes after.
fn sort(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.roots.push(Value::object(o));
    let cmp = args.get(0);
    if !cmp.is_undefined() && !cmp.as_object().is_some_and(|f| f.is_callable()) {
        return Err(vm.type_error("The comparison function must be either a function or undefined"));
    }
    let len = length_of(vm, o)?;
    if len < 2 {
        // Nothing to order (V8 does not even read or write the element).
        return Ok(Value::object(o));
    }
    let mut values = Vec::new();
    let mut undefined_count = 0u32;
    let mut next = 0.0;
    while let Some(kf) = next_index(o, next, len as f64) {
        let k = kf as u32;
        next = kf + 1.0;
        if ops::has_property(vm, o, PropertyKey::Index(k))? {
            let v = get_index(vm, o, k)?;
            if v.is_undefined() {
                undefined_count += 1;
            } else {
                values.push(v);
            }
        }
    }
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(&values);
    let sorted = merge_sort(vm, values, cmp);
    let sorted = match sorted {
        Ok(s) => s,
        Err(e) => {
            vm.roots.truncate(mark);
            return Err(e);
        }
    };
    vm.roots.truncate(mark);
    vm.roots.extend_from_slice(&sorted);
    let count = sorted.len() as u32;
    for (i, v) in sorted.into_iter().enumerate() {
        put_index(vm, o, i as f64, v)?;
    }
    for i in count..count + undefined_count {
        put_index(vm, o, i as f64, Value::UNDEFINED)?;
    }
    let mut next = (count + undefined_count) as f64;
    while let Some(i) = next_index(o, next, len as f64) {
        delete_index(vm, o, i)?;
        next = i + 1.0;
    }
    vm.roots.truncate(mark);
    Ok(Value::object(o))
}

/// `a < b` per the comparator (or string order); errors propagate.
fn sort_less(vm: &mut Vm, cmp: Value, a: Value, b: Value) -> JsResult<bool> {
    if cmp.is_undefined() {
        if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
            // String order of integers without allocating when signs agree in length.
            if x >= 0 && y >= 0 {
                let (mut bx, mut by) = (crate::interp::convert::itoa_buf(x), crate::interp::convert::itoa_buf(y));
                return Ok(bx.as_str() < by.as_str());
            }
        }
        let sa = vm.to_string(a)?;
        vm.roots.push(Value::string(sa));
        let sb = vm.to_string(b);
        let sb = match sb {
            Ok(s) => s,
            Err(e) => {
                vm.roots.pop();
                return Err(e);
            }
        };
        vm.roots.push(Value::string(sb));
        let fa = string::flatten(vm, sa);
        let r = fa.and_then(|fa| string::flatten(vm, sb).map(|fb| fa.chars().cmp_units(&fb.chars()) == core::cmp::Ordering::Less));
        vm.roots.truncate(vm.roots.len() - 2);
        return r;
    }
    let r = vm.call(cmp, Value::UNDEFINED, &[a, b])?;
    let n = vm.to_number(r)?;
    Ok(n < 0.0)
}

fn merge_sort(vm: &mut Vm, mut v: Vec<Value>, cmp: Value) -> JsResult<Vec<Value>> {
    let n = v.len();
    if n < 2 {
        return Ok(v);
    }
    // Already ordered (or strictly reversed) input, common in practice, takes
    // n - 1 comparisons.
    let mut i = 1;
    while i < n && !sort_less(vm, cmp, v[i], v[i - 1])? {
        i += 1;
    }
    if i == n {
        return Ok(v);
    }
    if i == 1 {
        let mut j = 1;
        while j < n && sort_less(vm, cmp, v[j], v[j - 1])? {
            j += 1;
        }
        if j == n {
            // Strictly descending: reversing keeps the sort stable.
            v.reverse();
            return Ok(v);
        }
    }
    // Insertion sort for small runs, then bottom-up merging (stable).
    const RUN: usize = 8;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i];
            let mut j = i;
            while j > start && sort_less(vm, cmp, x, v[j - 1])? {
                v[j] = v[j - 1];
                j -= 1;
            }
            v[j] = x;
        }
        start = end;
    }
    let mut buf = v.clone();
    let mut width = RUN;
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let hi = (i + 2 * width).min(n);
            let (mut a, mut b, mut k) = (i, mid, i);
            while a < mid && b < hi {
                if sort_less(vm, cmp, v[b], v[a])? {
                    buf[k] = v[b];
                    b += 1;
                } else {
                    buf[k] = v[a];
                    a += 1;
                }
                k += 1;
            }
            while a < mid {
                buf[k] = v[a];
                a += 1;
                k += 1;
            }
            while b < hi {
                buf[k] = v[b];
                b += 1;
                k += 1;
            }
            i = hi;
        }
        core::mem::swap(&mut v, &mut buf);
        width *= 2;
    }
    Ok(v)
}

/// Installs `Array`.
pub fn init(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.array_prototype;
    let ctor = install_constructor(vm, "Array", array_ctor, 1, proto)?;
    super::mark_traced(ctor, crate::jit::natives::NativeTrace::Constructor);
    vm.realm.array_ctor = ctor;
    define_method(vm, ctor, "isArray", is_array, 1)?;
    define_method(vm, proto, "toString", to_string, 0)?;
    define_method(vm, proto, "toLocaleString", to_locale_string, 0)?;
    super::define_traced(vm, proto, "concat", concat, 1, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "join", join, 1, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "pop", pop, 0, 0, NativeTrace::Pop)?;
    super::define_traced(vm, proto, "push", push, 1, 0, NativeTrace::Push)?;
    define_method(vm, proto, "reverse", reverse, 0)?;
    define_method(vm, proto, "shift", shift, 0)?;
    super::define_traced(vm, proto, "slice", slice, 2, 0, NativeTrace::Pure)?;
    define_method(vm, proto, "sort", sort, 1)?;
    define_method(vm, proto, "splice", splice, 2)?;
    define_method(vm, proto, "unshift", unshift, 1)?;
    super::define_traced(vm, proto, "indexOf", index_of, 1, 0, NativeTrace::Pure)?;
    super::define_traced(vm, proto, "lastIndexOf", last_index_of, 1, 0, NativeTrace::Pure)?;
    super::define_method_magic(vm, proto, "every", iterate, 1, 0)?;
    super::define_method_magic(vm, proto, "some", iterate, 1, 1)?;
    super::define_method_magic(vm, proto, "forEach", iterate, 1, 2)?;
    super::define_method_magic(vm, proto, "map", iterate, 1, 3)?;
    super::define_method_magic(vm, proto, "filter", iterate, 1, 4)?;
    super::define_method_magic(vm, proto, "reduce", reduce, 1, 0)?;
    super::define_method_magic(vm, proto, "reduceRight", reduce, 1, 1)?;
    Ok(())
}
