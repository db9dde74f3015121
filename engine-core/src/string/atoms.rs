//! The atom table: interned strings used as property names.
//!
//! Each distinct content has at most one atom, so property keys compare by pointer.
//! The table holds atoms weakly: after marking, entries whose cells are unmarked are
//! removed before the sweep frees them; well-known names are permanent roots.

use hashbrown::HashTable;

use super::{flatten, hash_units, Chars, JsString, FLAG_ATOM, FLAG_NOT_INDEX, FLAG_PERMANENT};
use crate::gc::Gc;
use crate::interp::Vm;
use crate::value::Value;

/// The set of interned strings.
#[derive(Default)]
pub struct AtomTable {
    table: HashTable<Gc<JsString>>,
}

/// The table hash of a string hash. hashbrown picks buckets with the low bits and
/// tags them with the top 7 bits of the 64-bit hash: a 32-bit hash zero-extended
/// would tag every atom alike, so each probe would compare the strings of a
/// whole group (a cache miss each). The copy in the high half gives real tags.
#[inline]
fn table_hash(h: u32) -> u64 {
    ((h as u64) << 32) | h as u64
}

impl AtomTable {
    /// Number of atoms.
    pub fn len(&self) -> usize {
        self.table.len()
    }
    /// Is the table empty?
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// Finds the atom with these characters.
    pub fn lookup(&self, chars: Chars<'_>) -> Option<Gc<JsString>> {
        let hash = hash_units(chars.iter());
        self.table.find(table_hash(hash), |a| a.chars().eq_units(&chars)).copied()
    }

    fn insert(&mut self, atom: Gc<JsString>) {
        if crate::interp::convert::array_index_of(atom).is_none() {
            atom.header.flags.set(atom.flags() | FLAG_NOT_INDEX);
        }
        let hash = atom.hash();
        self.table.insert_unique(table_hash(hash), atom, |a| table_hash(a.hash()));
    }

    /// Drops atoms the collector did not mark (call between mark and sweep).
    pub fn purge_unmarked(&mut self) {
        self.table.retain(|a| a.header.is_marked() || a.flags() & FLAG_PERMANENT != 0);
    }

}

/// Interns characters, allocating a new atom if needed.
pub fn intern_chars(vm: &mut Vm, chars: Chars<'_>) -> Result<Gc<JsString>, Value> {
    if let Some(a) = vm.atoms.lookup(chars) {
        return Ok(a);
    }
    let s = JsString::from_chars(vm, chars)?;
    s.header.flags.set(s.flags() | FLAG_ATOM);
    vm.atoms.insert(s);
    Ok(s)
}

/// Interns a Rust string.
pub fn intern_str(vm: &mut Vm, s: &str) -> Result<Gc<JsString>, Value> {
    if s.is_ascii() {
        intern_chars(vm, Chars::Latin1(s.as_bytes()))
    } else {
        let units = super::utf16_from_str(s);
        intern_chars(vm, Chars::Utf16(&units))
    }
}

/// Interns a permanent atom (a well-known name that is never collected).
pub fn intern_permanent(vm: &mut Vm, s: &str) -> Result<Gc<JsString>, Value> {
    let a = intern_str(vm, s)?;
    if a.flags() & FLAG_PERMANENT == 0 {
        a.header.flags.set(a.flags() | FLAG_PERMANENT);
        vm.permanent_atoms.push(a);
    }
    Ok(a)
}

/// Interns a string value, turning the string itself into the atom when its content
/// is new (no copy). `s` must be rooted by the caller.
pub fn intern_string(vm: &mut Vm, s: Gc<JsString>) -> Result<Gc<JsString>, Value> {
    if s.is_atom() {
        return Ok(s);
    }
    let flat = flatten(vm, s)?;
    if flat.is_atom() {
        return Ok(flat);
    }
    if let Some(a) = vm.atoms.lookup(flat.chars()) {
        return Ok(a);
    }
    flat.header.flags.set(flat.flags() | FLAG_ATOM);
    vm.atoms.insert(flat);
    Ok(flat)
}
