//! The per-function bytecode builder: instruction buffer, labels and jump fixups,
//! constants, register allocation, source positions, and the final register
//! fixup that places constant registers below the temporaries.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use hashbrown::HashMap;

use crate::bytecode::{insn, BindingKind, Handler, OperandKind, Op};
use crate::parser::ast::Pos;

/// First placeholder register number for constant registers.
pub const CONST_REG_BASE: u16 = 0xC000;
/// Largest number of real registers a function may use.
pub const MAX_REGISTERS: u16 = 0xBF00;

/// A constant of a function under construction.
#[derive(Debug, Clone)]
pub enum ConstVal {
    /// A number.
    Number(f64),
    /// A string (interned as an atom when materialized).
    String(Vec<u16>),
    /// A nested function.
    Function(Box<FunctionTemplate>),
}

/// Numbers (by bit pattern) and strings already in a table, so each is added
/// once. Lookups borrow the constant; only insertion copies a string.
struct ConstIndex<V> {
    numbers: HashMap<u64, V>,
    strings: HashMap<Vec<u16>, V>,
}

impl<V: Copy> ConstIndex<V> {
    fn new() -> Self {
        ConstIndex { numbers: HashMap::new(), strings: HashMap::new() }
    }
    /// The entry of a number or string constant (functions have none).
    fn get(&self, c: &ConstVal) -> Option<V> {
        match c {
            ConstVal::Number(n) => self.numbers.get(&n.to_bits()).copied(),
            ConstVal::String(s) => self.strings.get(s.as_slice()).copied(),
            ConstVal::Function(_) => None,
        }
    }
    /// Records a number or string constant (functions are not shared).
    fn insert(&mut self, c: &ConstVal, v: V) {
        match c {
            ConstVal::Number(n) => {
                self.numbers.insert(n.to_bits(), v);
            }
            ConstVal::String(s) => {
                self.strings.insert(s.clone(), v);
            }
            ConstVal::Function(_) => {}
        }
    }
}

/// A scope description under construction.
#[derive(Debug, Clone, Default)]
pub struct ScopeTemplate {
    /// Slot names.
    pub names: Vec<String>,
    /// Slot kinds.
    pub kinds: Vec<BindingKind>,
    /// The function's variable scope?
    pub is_function_scope: bool,
}

/// A compiled function before its constants become heap values.
#[derive(Debug, Clone, Default)]
pub struct FunctionTemplate {
    /// Name (empty for anonymous).
    pub name: Option<String>,
    /// Bytecode.
    pub bytecode: Vec<u8>,
    /// Constants.
    pub constants: Vec<ConstVal>,
    /// Parameter count.
    pub param_count: u16,
    /// Registers.
    pub register_count: u16,
    /// `CODE_*` flags.
    pub flags: u16,
    /// Register receiving the arguments object.
    pub arguments_reg: u16,
    /// Handlers.
    pub handlers: Vec<Handler>,
    /// Position table.
    pub lines: Vec<(u32, u32, u32)>,
    /// Environment shapes.
    pub scopes: Vec<ScopeTemplate>,
    /// Captured parameter slots.
    pub param_env_slots: Vec<u16>,
    /// Inline caches.
    pub ic_count: u32,
    /// Loop headers.
    pub loop_count: u32,
    /// Source byte range.
    pub source_range: (u32, u32),
}

/// A jump target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(usize);

/// Too many registers, constants or similar: reported as a SyntaxError-like
/// compile error by the caller.
#[derive(Debug, Clone)]
pub struct CompileError(pub String);

/// Instruction buffer and tables of one function.
pub struct Builder {
    /// Instruction bytes.
    pub code: Vec<u8>,
    /// Constants.
    pub constants: Vec<ConstVal>,
    const_index: ConstIndex<u32>,
    labels: Vec<Option<usize>>,
    fixups: Vec<(usize, usize, Label)>,
    /// Exception handlers.
    pub handlers: Vec<Handler>,
    /// Position table.
    pub lines: Vec<(u32, u32, u32)>,
    last_pos: Pos,
    /// Current source position for emitted instructions.
    pub pos: Pos,
    /// Next free register.
    pub next_reg: u16,
    /// Highest register count used.
    pub max_reg: u16,
    /// Registers at and above this are temporaries (shifted by the fixup).
    pub temp_floor: u16,
    const_regs: Vec<ConstVal>,
    const_reg_index: ConstIndex<u16>,
    /// Inline caches allocated.
    pub ic_count: u32,
    /// Loop headers allocated.
    pub loop_count: u32,
    /// Set when a limit was exceeded.
    pub error: Option<CompileError>,
}

impl Builder {
    /// An empty builder.
    pub fn new() -> Builder {
        Builder {
            code: Vec::new(),
            constants: Vec::new(),
            const_index: ConstIndex::new(),
            labels: Vec::new(),
            fixups: Vec::new(),
            handlers: Vec::new(),
            lines: Vec::new(),
            last_pos: Pos { line: 0, column: 0 },
            pos: Pos { line: 1, column: 1 },
            next_reg: 0,
            max_reg: 0,
            temp_floor: 0,
            const_regs: Vec::new(),
            const_reg_index: ConstIndex::new(),
            ic_count: 0,
            loop_count: 0,
            error: None,
        }
    }

    /// Records the current position for the next instruction.
    #[inline]
    pub fn mark(&mut self) {
        if self.pos != self.last_pos {
            self.lines.push((self.code.len() as u32, self.pos.line, self.pos.column));
            self.last_pos = self.pos;
        }
    }

    /// Current code offset.
    pub fn here(&self) -> usize {
        self.code.len()
    }

    /// A fresh label.
    pub fn label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }
    /// Binds a label here.
    pub fn bind(&mut self, l: Label) {
        self.labels[l.0] = Some(self.code.len());
    }
    /// Is the label bound?
    pub fn is_bound(&self, l: Label) -> bool {
        self.labels[l.0].is_some()
    }
    /// Records that the 4-byte jump offset at `at` (in the instruction starting at
    /// `start`) targets `l`.
    pub fn fixup(&mut self, start: usize, at: usize, l: Label) {
        self.fixups.push((start, at, l));
    }

    /// Emits an unconditional jump.
    pub fn jump(&mut self, l: Label) {
        let start = self.here();
        insn::Jump { off: 0 }.encode(&mut self.code);
        self.fixup(start, start + 1, l);
    }
    /// Emits a jump taken when `cond` is truthy.
    pub fn jump_if_true(&mut self, cond: u16, l: Label) {
        let start = self.here();
        insn::JumpIfTrue { cond, off: 0 }.encode(&mut self.code);
        self.fixup(start, start + 3, l);
    }
    /// Emits a jump taken when `cond` is falsy.
    pub fn jump_if_false(&mut self, cond: u16, l: Label) {
        let start = self.here();
        insn::JumpIfFalse { cond, off: 0 }.encode(&mut self.code);
        self.fixup(start, start + 3, l);
    }
    /// Emits a fused compare-and-branch: jumps to `l` when `a op b` equals `when`.
    pub fn jump_if_compare(&mut self, op: crate::parser::ast::BinaryOp, when: bool, a: u16, b: u16, l: Label) {
        use crate::parser::ast::BinaryOp::*;
        self.mark();
        let start = self.here();
        let c = &mut self.code;
        match (op, when) {
            (Lt, true) => insn::JumpIfLt { a, b, off: 0 }.encode(c),
            (Le, true) => insn::JumpIfLe { a, b, off: 0 }.encode(c),
            (Gt, true) => insn::JumpIfGt { a, b, off: 0 }.encode(c),
            (Ge, true) => insn::JumpIfGe { a, b, off: 0 }.encode(c),
            (Lt, false) => insn::JumpIfNotLt { a, b, off: 0 }.encode(c),
            (Le, false) => insn::JumpIfNotLe { a, b, off: 0 }.encode(c),
            (Gt, false) => insn::JumpIfNotGt { a, b, off: 0 }.encode(c),
            _ => insn::JumpIfNotGe { a, b, off: 0 }.encode(c),
        }
        self.fixup(start, start + 5, l);
    }
    /// Emits a compare-with-immediate branch: jumps when `a op imm` equals `when`.
    pub fn jump_if_compare_imm(&mut self, op: crate::parser::ast::BinaryOp, when: bool, a: u16, imm: i32, l: Label) {
        use crate::parser::ast::BinaryOp::*;
        self.mark();
        let start = self.here();
        let c = &mut self.code;
        match (op, when) {
            (Lt, true) => insn::JumpIfLtI { a, imm, off: 0 }.encode(c),
            (Le, true) => insn::JumpIfLeI { a, imm, off: 0 }.encode(c),
            (Gt, true) => insn::JumpIfGtI { a, imm, off: 0 }.encode(c),
            (Ge, true) => insn::JumpIfGeI { a, imm, off: 0 }.encode(c),
            (Lt, false) => insn::JumpIfNotLtI { a, imm, off: 0 }.encode(c),
            (Le, false) => insn::JumpIfNotLeI { a, imm, off: 0 }.encode(c),
            (Gt, false) => insn::JumpIfNotGtI { a, imm, off: 0 }.encode(c),
            _ => insn::JumpIfNotGeI { a, imm, off: 0 }.encode(c),
        }
        self.fixup(start, start + 7, l);
    }
    /// Emits a jump taken when `a` is undefined or null.
    pub fn jump_if_nullish(&mut self, a: u16, l: Label) {
        let start = self.here();
        insn::JumpIfNullish { a, off: 0 }.encode(&mut self.code);
        self.fixup(start, start + 3, l);
    }
    /// Emits `ForInNext` jumping to `l` when done.
    pub fn for_in_next(&mut self, dst: u16, iter: u16, l: Label) {
        self.mark();
        let start = self.here();
        insn::ForInNext { dst, iter, off: 0 }.encode(&mut self.code);
        self.fixup(start, start + 5, l);
    }

    /// Allocates one register.
    pub fn reg(&mut self) -> u16 {
        let r = self.next_reg;
        if r >= MAX_REGISTERS {
            self.error.get_or_insert(CompileError(String::from("function needs too many registers")));
            return r;
        }
        self.next_reg += 1;
        self.max_reg = self.max_reg.max(self.next_reg);
        r
    }
    /// Allocates `n` consecutive registers.
    pub fn regs(&mut self, n: usize) -> u16 {
        let r = self.next_reg;
        if r as usize + n >= MAX_REGISTERS as usize {
            self.error.get_or_insert(CompileError(String::from("function needs too many registers")));
            return r;
        }
        self.next_reg += n as u16;
        self.max_reg = self.max_reg.max(self.next_reg);
        r
    }
    /// Frees registers down to `mark`.
    pub fn free_to(&mut self, mark: u16) {
        debug_assert!(mark <= self.next_reg);
        self.next_reg = mark;
    }

    /// Adds (or finds) a constant.
    pub fn constant(&mut self, c: ConstVal) -> u32 {
        if let Some(i) = self.const_index.get(&c) {
            return i;
        }
        let i = self.constants.len() as u32;
        self.const_index.insert(&c, i);
        self.constants.push(c);
        i
    }
    /// A string constant from Rust text.
    pub fn str_const(&mut self, s: &str) -> u32 {
        self.constant(ConstVal::String(s.encode_utf16().collect()))
    }

    /// A register that holds `c` for the whole function (loaded in the prologue).
    pub fn const_reg(&mut self, c: ConstVal) -> u16 {
        debug_assert!(!matches!(c, ConstVal::Function(_)), "only numbers and strings live in constant registers");
        if let Some(r) = self.const_reg_index.get(&c) {
            return r;
        }
        if self.const_regs.len() >= 0x3000 {
            // Too many distinct constants: load into a temporary instead.
            let r = self.reg();
            self.load_const(r, c);
            return r;
        }
        let r = CONST_REG_BASE + self.const_regs.len() as u16;
        self.const_reg_index.insert(&c, r);
        self.const_regs.push(c);
        r
    }

    /// Emits a load of a number or string constant into `dst`.
    pub fn load_const(&mut self, dst: u16, c: ConstVal) {
        if let ConstVal::Number(n) = c {
            let i = n as i32;
            if i as f64 == n && !(n == 0.0 && n.is_sign_negative()) {
                insn::LoadInt { dst, imm: i }.encode(&mut self.code);
                return;
            }
        }
        let k = self.constant(c);
        insn::LoadConst { dst, k }.encode(&mut self.code);
    }

    /// A new inline-cache index.
    pub fn ic(&mut self) -> u32 {
        self.ic_count += 1;
        self.ic_count - 1
    }

    /// Finishes the function: resolves jumps, places constant registers at
    /// `temp_floor` (shifting temporaries up) and prepends their loads.
    pub fn finish(mut self) -> Result<(Vec<u8>, Vec<ConstVal>, Vec<Handler>, Vec<(u32, u32, u32)>, u16, u32, u32), CompileError> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        for (start, at, l) in core::mem::take(&mut self.fixups) {
            let target = self.labels[l.0].ok_or_else(|| CompileError(String::from("internal: unbound label")))?;
            let off = target as i64 - start as i64;
            let off = i32::try_from(off).map_err(|_| CompileError(String::from("function too large")))?;
            self.code[at..at + 4].copy_from_slice(&off.to_le_bytes());
        }
        let nconst = self.const_regs.len() as u16;
        let floor = self.temp_floor;
        let remap = |r: u16| -> u16 {
            if r >= CONST_REG_BASE {
                floor + (r - CONST_REG_BASE)
            } else if r >= floor {
                r + nconst
            } else {
                r
            }
        };
        // Rewrite register operands using the opcode table's operand kinds.
        let mut pc = 0;
        while pc < self.code.len() {
            let op = Op::from_byte(self.code[pc]).ok_or_else(|| CompileError(String::from("internal: bad opcode")))?;
            let mut at = pc + 1;
            for kind in op.operands() {
                if matches!(kind, OperandKind::Dst | OperandKind::Src | OperandKind::Base) {
                    let r = u16::from_le_bytes([self.code[at], self.code[at + 1]]);
                    self.code[at..at + 2].copy_from_slice(&remap(r).to_le_bytes());
                }
                at += kind.size();
            }
            pc += op.size();
        }
        for h in self.handlers.iter_mut() {
            h.exc_reg = remap(h.exc_reg);
        }
        // The prologue loading constant registers.
        let mut prologue = Vec::new();
        let consts = core::mem::take(&mut self.const_regs);
        for (k, c) in consts.into_iter().enumerate() {
            let dst = floor + k as u16;
            if let ConstVal::Number(n) = c {
                let i = n as i32;
                if i as f64 == n && !(n == 0.0 && n.is_sign_negative()) {
                    insn::LoadInt { dst, imm: i }.encode(&mut prologue);
                    continue;
                }
            }
            let idx = self.constant(c);
            insn::LoadConst { dst, k: idx }.encode(&mut prologue);
        }
        let shift = prologue.len() as u32;
        prologue.extend_from_slice(&self.code);
        for h in self.handlers.iter_mut() {
            h.start += shift;
            h.end += shift;
            h.target += shift;
        }
        let mut lines = self.lines;
        for l in lines.iter_mut() {
            l.0 += shift;
        }
        if let Some(first) = lines.first().copied() {
            if shift > 0 {
                // Keep the prologue attributed to the first position.
                lines.insert(0, (0, first.1, first.2));
            }
        }
        let regs = self.max_reg as u32 + nconst as u32;
        if regs >= MAX_REGISTERS as u32 {
            return Err(CompileError(String::from("function needs too many registers")));
        }
        Ok((prologue, self.constants, self.handlers, lines, regs as u16, self.ic_count, self.loop_count))
    }
}

impl Default for Builder {
    fn default() -> Self {
        Self::new()
    }
}
