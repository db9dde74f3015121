//! A seeded generator of random, terminating ES5 programs for differential testing of
//! the JIT against the interpreter (`tests/tests/jit_fuzz.rs`, `src/bin/jit-fuzz.rs`).
//!
//! The programs aim at what tracing JITs get wrong: hot loops nested up to three deep
//! with `break`/`continue`/labels, int32 arithmetic around ±2^31 and -0, variables whose
//! type changes mid-loop, bit operations and `>>>`, arrays with holes and length
//! changes, objects whose shapes change mid-loop (added and deleted properties,
//! getters/setters, prototype methods replaced), inlined calls, closures made in
//! loops, shallow recursion, string building, `Math`, `try`/`throw` in loops,
//! `arguments` and early returns. Every program prints its final state and a
//! checksum (`__h`) updated as it runs, so a wrong value shows up in the output.
//!
//! Generation invariants that keep every program well-behaved in every engine:
//! - Termination: loop counters are never assigned by the body; every loop nest runs
//!   at most [`NEST_CAP`] iterations (functions: [`FN_NEST_CAP`]); a cost estimate
//!   (statements executed, calls weighted by their callee's cost) is capped per
//!   program, and recursion goes through a `& 7`-bounded depth argument.
//! - No uncaught exceptions: member accesses only on variables that always hold an
//!   object or array; method and closure calls are guarded; `throw` (and deliberate
//!   `TypeError`s) happen only inside `try`, and functions that may throw are only
//!   called inside `try`.
//! - Bounded sizes: a `+` never has two operands that may be long strings (so strings
//!   grow at most linearly), array literals inside expressions hold only primitives,
//!   array growth is followed by a length cap, computed keys and indices are masked.
//! - Deterministic output: no dates, randomness or object identities; values are
//!   printed through `__s`, which shows -0, escapes non-ASCII and never recurses
//!   deeper than three levels.

use std::fmt::Write as _;

/// Iterations allowed in one loop nest at the top level and in `main` functions.
pub const NEST_CAP: u64 = 2000;
/// Iterations allowed in one loop nest in helper functions (they run inside loops).
pub const FN_NEST_CAP: u64 = 40;
/// The estimated cost (statements executed) a whole program may reach.
pub const PROGRAM_COST_CAP: u64 = 150_000;
/// The estimated cost of one call of a helper function.
pub const FN_COST_CAP: u64 = 600;

/// SplitMix64: small, fast and good enough for program generation.
#[derive(Clone, Debug)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Self {
        Rng { state: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03 }
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next_u64() % n }
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        lo + self.below((hi - lo + 1) as u64) as i64
    }
    /// True with probability `pct`%.
    pub fn chance(&mut self, pct: u64) -> bool {
        self.below(100) < pct
    }
    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }
    /// One of a list of strings.
    pub fn pick_str(&mut self, xs: &[&'static str]) -> &'static str {
        xs[self.below(xs.len() as u64) as usize]
    }
    /// An index chosen with the given weights (all zero: 0).
    pub fn weighted(&mut self, ws: &[u64]) -> usize {
        let total: u64 = ws.iter().sum();
        let mut r = self.below(total);
        for (i, w) in ws.iter().enumerate() {
            if r < *w {
                return i;
            }
            r -= w;
        }
        0
    }
}

/// Numbers that stress int32 specialization, overflow checks, -0 and doubles.
const NUMS: &[&str] = &[
    "0", "1", "2", "3", "4", "5", "7", "8", "10", "16", "31", "32", "100", "255", "256", "1000", "65535", "65536", "-1", "-2",
    "-3", "-7", "-100", "2147483647", "2147483646", "-2147483648", "-2147483647", "2147483648", "4294967295", "4294967296",
    "1073741823", "1073741824", "-1073741824", "46340", "46341", "0x7fffffff", "0xffff", "0.5", "-0.5", "1.5", "2.5", "-2.5",
    "0.1", "3.14", "-0", "1e21", "1e-7", "NaN", "Infinity", "-Infinity", "9007199254740991", "9007199254740992", "1e308",
    "5e-324",
];
/// Small numbers, most frequent in real loops.
const SMALL_NUMS: &[&str] = &["0", "1", "2", "3", "4", "5", "7", "10", "-1", "100", "0.5", "-0", "31", "32"];
/// Integers, for programs that keep most values int32 (so that loops get compiled).
const INTS: &[&str] = &[
    "0", "1", "2", "3", "5", "7", "10", "16", "100", "255", "1000", "65535", "-1", "-7", "2147483647", "2147483646",
    "-2147483648", "1073741824", "46341", "0x7fffffff",
];
const STRS: &[&str] = &[
    "\"\"", "\"a\"", "\"ab\"", "\"abc\"", "\"0\"", "\"1\"", "\"-1\"", "\"12\"", "\" 7 \"", "\"1e3\"", "\"0x1f\"", "\"NaN\"",
    "\"x\"", "\"true\"", "\"\\u00e9\"", "\"Z\"", "\"10\"", "\"2147483648\"", "\"-0\"", "\"k1\"", "\"xyz\"",
];
const PROPS: &[&str] = &["x", "y", "z", "w", "g", "s"];
const MATH1: &[&str] = &["floor", "ceil", "round", "abs", "sqrt", "sin", "cos", "exp", "log", "atan"];
const MATH2: &[&str] = &["max", "min", "pow", "atan2"];
const ARITH: &[&str] = &["-", "*", "/", "%", "|", "&", "^", "<<", ">>", ">>>"];
const CMP: &[&str] = &["<", "<=", ">", ">=", "==", "!=", "===", "!=="];

/// A generated expression and whether its value may be a long string.
struct E {
    s: String,
    long: bool,
}

#[derive(Clone)]
struct Func {
    name: String,
    arity: usize,
    cost: u64,
    may_throw: bool,
    recursive: bool,
}

#[derive(Clone)]
struct Ctor {
    name: String,
    arity: usize,
    methods: Vec<String>,
}

/// A loop counter in scope, with the range of values it takes.
#[derive(Clone)]
struct Counter {
    name: String,
    lo: i64,
    hi: i64,
}

/// A `break`/`continue` target.
#[derive(Clone)]
struct Target {
    label: Option<String>,
    is_loop: bool,
}

/// What the code being generated can see and do.
#[derive(Clone, Default)]
struct Scope {
    scalars: Vec<String>,
    counters: Vec<Counter>,
    arrays: Vec<String>,
    matrices: Vec<String>,
    objects: Vec<String>,
    closures: Vec<String>,
    /// Variables that always hold strings.
    strs: Vec<String>,
    /// Inside a function body (not an arrow, not a closure expression).
    arguments: bool,
    /// `return` allowed (and the statement form to use).
    can_return: bool,
    targets: Vec<Target>,
    /// Iterations of the enclosing loops (per call, in a function).
    mult: u64,
    nest_cap: u64,
    cost: u64,
    cost_cap: u64,
    try_depth: u32,
    loop_depth: u32,
    /// Something may throw outside a `try`.
    may_throw: bool,
    /// Functions `funcs[..callable]` may be called.
    callable: usize,
    /// No calls at all (closure and accessor bodies).
    no_calls: bool,
    /// Strict-mode code: no writes to properties that may be getter-only.
    strict: bool,
}

/// The program generator.
pub struct Gen {
    rng: Rng,
    out: String,
    indent: usize,
    funcs: Vec<Func>,
    ctors: Vec<Ctor>,
    sc: Scope,
    fresh: usize,
    lines_left: i64,
    globals_to_print: Vec<String>,
    /// 0..=100: how often exotic operations and non-int values appear. Low values
    /// give loops the JIT compiles, with rare type changes; high values give chaos.
    chaos: u64,
    /// Generator version 2 (seeds from [`V2_SEEDS`] on): adds the shapes that
    /// found JIT bugs (see `unstable_stmt`) and more nested early exits. Older
    /// seeds keep generating the programs they always did.
    v2: bool,
}

/// Seeds at or above this use generator version 2.
pub const V2_SEEDS: u64 = 10_000_000;

/// The helpers every program starts with: the checksum and a safe printer.
pub const PRELUDE: &str = r#"var __h = 0;
function __mix(v) {
  var t = typeof v;
  if (t === "number") {
    __h = (__h * 31 + (v | 0)) | 0;
    if (v !== (v | 0)) __h = (__h ^ ((v * 1000) | 0) ^ (v !== v ? 77 : 0)) | 0;
    if (v === 0 && 1 / v < 0) __h = (__h + 17) | 0;
  } else if (t === "string") {
    __h = (__h * 31 + v.length) | 0;
    for (var i = 0; i < v.length && i < 8; i++) __h = (__h * 31 + v.charCodeAt(i)) | 0;
  } else if (t === "boolean") {
    __h = (__h * 31 + (v ? 3 : 5)) | 0;
  } else if (v === null) {
    __h = (__h * 31 + 11) | 0;
  } else if (t === "undefined") {
    __h = (__h * 31 + 13) | 0;
  } else if (t === "object") {
    __h = (__h * 31 + (v instanceof Array ? 101 + v.length : 103)) | 0;
  } else {
    __h = (__h * 31 + 107) | 0;
  }
}
function __s(v, d) {
  d = d || 0;
  var t = typeof v;
  if (t === "number") return v === 0 && 1 / v < 0 ? "-0" : "" + v;
  if (t === "string") {
    var r = "";
    var n = v.length > 60 ? 60 : v.length;
    for (var i = 0; i < n; i++) {
      var c = v.charCodeAt(i);
      r += c < 32 || c > 126 ? "\\u" + c.toString(16) : v.charAt(i);
    }
    return '"' + r + (v.length > 60 ? '"...' + v.length : '"');
  }
  if (t === "function") return "fn";
  if (v === null) return "null";
  if (t !== "object") return "" + v;
  if (d > 2) return "{..}";
  var parts = [];
  if (v instanceof Array) {
    for (var j = 0; j < v.length && j < 24; j++) parts.push(j in v ? __s(v[j], d + 1) : "_");
    return "[" + parts.join(",") + (v.length > 24 ? ",..." + v.length : "") + "]";
  }
  for (var k in v) parts.push(k + ":" + __s(v[k], d + 1));
  return "{" + parts.join(",") + "}";
}
var __fs = [];
var __n = 0;
var re1 = /a|1/g, re2 = /(\d+)x?/;
"#;

/// Generates the program for `seed`.
pub fn generate(seed: u64) -> String {
    let mut g = Gen {
        rng: Rng::new(seed),
        out: String::new(),
        indent: 0,
        funcs: Vec::new(),
        ctors: Vec::new(),
        sc: Scope::default(),
        fresh: 0,
        lines_left: 0,
        globals_to_print: Vec::new(),
        chaos: 50,
        v2: seed >= V2_SEEDS,
    };
    g.program(seed);
    g.out
}

impl Gen {
    /// Scales the weight of an exotic choice by the program's chaos.
    fn ex(&self, w: u64) -> u64 {
        (w * self.chaos).div_ceil(50)
    }

    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
        self.out.push_str(s);
        self.out.push('\n');
        self.lines_left -= 1;
    }

    fn name(&mut self, prefix: &str) -> String {
        self.fresh += 1;
        format!("{prefix}{}", self.fresh)
    }

    // ---------------------------------------------------------------- program

    fn program(&mut self, seed: u64) {
        self.chaos = *self.rng.pick(&[0, 0, 5, 15, 30, 60, 100]);
        let _ = writeln!(self.out, "// tarsier jit-fuzz seed {seed} (chaos {})", self.chaos);
        self.out.push_str(PRELUDE);
        self.sc = Scope { mult: 1, nest_cap: NEST_CAP, cost_cap: PROGRAM_COST_CAP, ..Scope::default() };

        // Globals: scalars, arrays, a matrix, closures.
        let nscalars = self.rng.range(3, 6);
        let mut decls = Vec::new();
        for _ in 0..nscalars {
            let n = self.name("s");
            let init = self.literal();
            decls.push(format!("{n} = {init}"));
            self.sc.scalars.push(n.clone());
            self.globals_to_print.push(n);
        }
        self.line(&format!("var {};", decls.join(", ")));
        for _ in 0..self.rng.range(0, 2) {
            let n = self.name("t");
            let init = self.rng.pick_str(&["\"\"", "\"abc\"", "\"hello world\"", "\"x\"", "\"\\u00e9t\\u00e9\"", "\"0123456789\""]);
            self.line(&format!("var {n} = {init};"));
            self.sc.strs.push(n.clone());
            self.globals_to_print.push(n);
        }
        for _ in 0..self.rng.range(1, 3) {
            let n = self.name("a");
            let init = self.array_literal();
            self.line(&format!("var {n} = {init};"));
            self.sc.arrays.push(n.clone());
            self.globals_to_print.push(n);
        }
        if self.rng.chance(50) {
            let n = self.name("m");
            self.line(&format!("var {n} = [[1, 2, 3], [4, 5], [], [6]];"));
            self.sc.matrices.push(n.clone());
            self.globals_to_print.push(n);
        }
        if self.rng.chance(60) {
            let n = self.name("c");
            self.line(&format!("var {n} = function (y) {{ return y; }};"));
            self.sc.closures.push(n);
        }

        // Constructors with prototype methods and accessors, then objects.
        for _ in 0..self.rng.range(0, 2) {
            self.ctor_def();
        }
        for _ in 0..self.rng.range(1, 3) {
            let n = self.name("o");
            let init = self.object_value();
            self.line(&format!("var {n} = {init};"));
            self.sc.objects.push(n.clone());
            self.globals_to_print.push(n);
        }

        // Helper functions, each may call the ones before it.
        for _ in 0..self.rng.range(1, 4) {
            self.lines_left = self.rng.range(4, 20);
            if self.rng.chance(25) {
                self.rec_func_def();
            } else {
                self.func_def();
            }
        }
        self.sc.callable = self.funcs.len();

        // The main part: top-level blocks and `main` functions (called twice, so the
        // second call finds its loops compiled).
        self.lines_left = self.rng.range(40, 130);
        let blocks = self.rng.range(2, 5);
        for _ in 0..blocks {
            if self.lines_left < 0 {
                break;
            }
            if self.rng.chance(45) {
                self.main_fn();
            } else {
                let n = self.rng.range(1, 3);
                for _ in 0..n {
                    self.stmt_loop_biased();
                }
            }
        }

        for g in self.globals_to_print.clone() {
            self.line(&format!("print(\"{g}\", __s({g}));"));
        }
        self.line("print(\"__fs\", __fs.length, \"n\", __n, \"re\", re1.lastIndex, \"h\", __h);");
    }

    /// A top-level or `main` statement, usually a loop nest.
    fn stmt_loop_biased(&mut self) {
        if self.rng.chance(75) && self.sc.mult * 2 <= self.sc.nest_cap {
            self.loop_stmt();
        } else {
            self.stmt();
        }
    }

    fn ctor_def(&mut self) {
        let name = format!("C{}", self.ctors.len());
        let arity = self.rng.range(1, 3) as usize;
        let params: Vec<String> = (0..arity).map(|i| format!("p{i}")).collect();
        self.line(&format!("function {name}({}) {{", params.join(", ")));
        self.indent += 1;
        self.line("this.x = p0;");
        if arity > 1 {
            self.line("this.y = p1;");
        }
        // Instances of one constructor get different shapes.
        let k = self.rng.pick(SMALL_NUMS);
        self.line(&format!("if (p0 > {k}) this.z = p0 - {k};"));
        self.indent -= 1;
        self.line("}");
        let mut methods = Vec::new();
        for i in 0..self.rng.range(1, 3) {
            let m = format!("m{i}");
            let body = match self.rng.below(4) {
                0 => "return this.x + k;".to_string(),
                1 => "this.x = (this.x + 1) | 0; return this.x * k;".to_string(),
                2 => "return typeof this.z === \"number\" ? this.z : k;".to_string(),
                _ => "return arguments.length > 1 ? arguments[1] : this.y;".to_string(),
            };
            self.line(&format!("{name}.prototype.{m} = function (k) {{ {body} }};"));
            methods.push(m);
        }
        if self.rng.chance(50) {
            self.line(&format!(
                "Object.defineProperty({name}.prototype, \"g\", {{ get: function () {{ return this.x * 2; }}, set: function (v) {{ this.x = v; }}, configurable: true }});"
            ));
        }
        self.ctors.push(Ctor { name, arity, methods });
    }

    /// Enters a function body: a fresh scope seeing the globals.
    fn enter_function(&mut self, params: &[String], nest_cap: u64, cost_cap: u64) -> Scope {
        let mut sc = Scope {
            scalars: self.sc.scalars.clone(),
            arrays: self.sc.arrays.clone(),
            matrices: self.sc.matrices.clone(),
            objects: self.sc.objects.clone(),
            closures: self.sc.closures.clone(),
            strs: self.sc.strs.clone(),
            arguments: true,
            can_return: true,
            mult: 1,
            nest_cap,
            cost_cap,
            callable: self.funcs.len(),
            ..Scope::default()
        };
        sc.scalars.extend(params.iter().cloned());
        std::mem::replace(&mut self.sc, sc)
    }

    fn func_def(&mut self) {
        let name = self.name("f");
        let arity = self.rng.range(0, 3) as usize;
        let params: Vec<String> = (0..arity).map(|i| format!("{name}p{i}")).collect();
        let saved = self.enter_function(&params, FN_NEST_CAP, FN_COST_CAP);
        let strict = self.rng.chance(15);
        self.line(&format!("function {name}({}) {{", params.join(", ")));
        self.indent += 1;
        if strict {
            self.line("\"use strict\";");
            self.sc.strict = true;
        }
        let nlocals = self.rng.range(0, 2);
        if nlocals > 0 {
            let mut decls = Vec::new();
            for _ in 0..nlocals {
                let l = self.name("l");
                let e = self.expr(1);
                decls.push(format!("{l} = {}", e.s));
                self.sc.scalars.push(l);
            }
            self.line(&format!("var {};", decls.join(", ")));
        }
        let n = self.rng.range(1, 4);
        for _ in 0..n {
            self.stmt();
        }
        if self.rng.chance(self.chaos.min(20)) {
            // Throws to the caller, which then calls it only inside `try`.
            let c = self.cond(1);
            let e = self.expr(1);
            self.line(&format!("if ({c}) throw {};", e.s));
            self.sc.may_throw = true;
        }
        if self.rng.chance(85) {
            let e = self.expr(2);
            self.line(&format!("return {};", e.s));
        }
        self.indent -= 1;
        self.line("}");
        let f = Func { name, arity, cost: self.sc.cost.max(1) + 1, may_throw: self.sc.may_throw, recursive: false };
        self.sc = saved;
        self.funcs.push(f);
    }

    fn rec_func_def(&mut self) {
        let name = self.name("r");
        let saved = self.enter_function(&["x".to_string()], 1, 40);
        self.sc.no_calls = true;
        self.sc.arguments = false;
        self.line(&format!("function {name}(n, x) {{"));
        self.indent += 1;
        let base = self.expr(1);
        self.line(&format!("if (!(n > 0)) return {};", base.s));
        if self.rng.chance(40) {
            self.stmt_simple();
        }
        let arg = self.short(1);
        let other = self.short(1);
        let op = self.rng.pick(&["+", "-", "*", "|", "^"]).to_string();
        if self.rng.chance(30) {
            // Two-way recursion (fib-like): at most 2^7 calls.
            let arg2 = self.short(1);
            self.line(&format!("return ({name}(n - 1, {arg}) {op} {name}(n - 2, {arg2})) | 0;"));
        } else {
            let call = format!("{name}(n - 1, {arg})");
            // The recursive result may be a long string: the other operand is short.
            if op == "+" {
                self.line(&format!("return {call} + {other};"));
            } else {
                self.line(&format!("return {call} {op} {other};"));
            }
        }
        self.indent -= 1;
        self.line("}");
        self.sc = saved;
        self.funcs.push(Func { name, arity: 2, cost: 150, may_throw: false, recursive: true });
    }

    fn main_fn(&mut self) {
        let name = self.name("main");
        let cap = PROGRAM_COST_CAP.saturating_sub(self.sc.cost) / 2;
        let saved = self.enter_function(&[], NEST_CAP, cap);
        self.sc.callable = self.funcs.len();
        self.line(&format!("function {name}() {{"));
        self.indent += 1;
        // Locals: scalars, maybe a local array, object and closure.
        let mut locals = Vec::new();
        let mut decls = Vec::new();
        for _ in 0..self.rng.range(2, 4) {
            let l = self.name("v");
            let init = self.literal();
            decls.push(format!("{l} = {init}"));
            locals.push(l);
        }
        self.line(&format!("var {};", decls.join(", ")));
        self.sc.scalars.extend(locals.iter().cloned());
        if self.rng.chance(50) {
            let l = self.name("la");
            let init = self.array_literal();
            self.line(&format!("var {l} = {init};"));
            self.sc.arrays.push(l.clone());
            locals.push(l);
        }
        if self.rng.chance(40) {
            let l = self.name("lo");
            let init = self.object_value();
            self.line(&format!("var {l} = {init};"));
            self.sc.objects.push(l.clone());
            locals.push(l);
        }
        if self.rng.chance(40) {
            let l = self.name("lc");
            self.line(&format!("var {l} = function (y) {{ return y; }};"));
            self.sc.closures.push(l);
        }
        for _ in 0..self.rng.range(1, 3) {
            self.stmt_loop_biased();
        }
        let shown: Vec<String> = locals.iter().map(|l| format!("__s({l})")).collect();
        self.line(&format!("print(\"{name}\", {});", shown.join(", ")));
        let e = self.expr(2);
        self.line(&format!("return {};", e.s));
        self.indent -= 1;
        self.line("}");
        let cost = self.sc.cost;
        let may_throw = self.sc.may_throw;
        self.sc = saved;
        self.sc.cost += 2 * cost;
        if may_throw {
            self.line(&format!("try {{ print(\"{name}\", __s({name}())); }} catch (e) {{ print(\"threw\", e instanceof Error ? e.name : __s(e)); }}"));
            self.line(&format!("try {{ print(\"{name}\", __s({name}())); }} catch (e) {{ print(\"threw\", e instanceof Error ? e.name : __s(e)); }}"));
        } else {
            self.line(&format!("print(\"{name}\", __s({name}()));"));
            self.line(&format!("print(\"{name}\", __s({name}()));"));
        }
    }

    // ---------------------------------------------------------------- statements

    fn stmt(&mut self) {
        self.sc.cost += self.sc.mult;
        if self.lines_left <= 0 {
            self.stmt_simple();
            return;
        }
        let in_loop = self.sc.loop_depth > 0;
        let can_loop = self.sc.loop_depth < 3 && self.sc.mult * 2 <= self.sc.nest_cap;
        let w = [
            30,                                                  // 0 simple
            12,                                                  // 1 if
            if can_loop { 10 } else { 0 },                       // 2 loop
            if in_loop { 8 } else { 0 },                         // 3 break/continue
            if self.sc.can_return && in_loop { 3 } else { 1 },   // 4 return (checked below)
            1 + self.ex(5),                                      // 5 try
            4,                                                   // 6 switch
            if in_loop { 3 } else { 1 },                         // 7 print
            5,                                                   // 8 closures
            if in_loop && self.v2 { 10 } else { 0 },             // 9 unstable types
            if self.v2 && self.sc.loop_depth >= 2 { 6 } else { 0 }, // 10 nested early exit
        ];
        match self.rng.weighted(&w) {
            0 => self.stmt_simple(),
            1 => self.if_stmt(),
            2 => self.loop_stmt(),
            3 => self.jump_stmt(),
            4 if self.sc.can_return => {
                let c = self.cond(1);
                let e = self.expr(1);
                self.line(&format!("if ({c}) return {};", e.s));
            }
            5 => self.try_stmt(),
            6 => self.switch_stmt(),
            7 => self.print_stmt(),
            8 => self.closure_stmt(),
            9 => self.unstable_stmt(),
            10 => self.jump_stmt(),
            _ => self.stmt_simple(),
        }
    }

    /// Version 2: values whose types change on some iterations only, chains of
    /// slots shifted each iteration, int32 overflow on some iterations, mixed
    /// int/double/boolean/undefined flowing into one slot, and types that change
    /// late in a long loop (racing a background compilation).
    fn unstable_stmt(&mut self) {
        let Some(c) = self.sc.counters.last().cloned() else { return self.stmt_simple() };
        if self.sc.scalars.is_empty() {
            return self.stmt_simple();
        }
        let i = c.name.clone();
        let x = self.rng.pick(&self.sc.scalars).clone();
        let k = self.rng.range(c.lo, c.hi.max(c.lo + 1));
        match self.rng.below(7) {
            0 | 1 => {
                // A chain shifted each iteration: d = c | 0; c = b; b = a; a = <new>.
                let mut chain: Vec<String> = Vec::new();
                for _ in 0..self.rng.range(2, 5) {
                    let s = self.rng.pick(&self.sc.scalars).clone();
                    if !chain.contains(&s) {
                        chain.push(s);
                    }
                }
                if chain.len() < 2 {
                    return self.stmt_simple();
                }
                let last = chain.len() - 1;
                let head = if self.rng.chance(50) { format!("{} | 0", chain[last - 1]) } else { chain[last - 1].clone() };
                self.line(&format!("{} = {head};", chain[last]));
                for j in (1..last).rev() {
                    self.line(&format!("{} = {};", chain[j], chain[j - 1]));
                }
                let fresh = self.mixed_value(&i, k);
                self.line(&format!("{} = {fresh};", chain[0]));
            }
            2 => {
                // Overflow on some iterations only.
                let big = self.rng.pick_str(&["2147483647", "2147483000", "1073741824", "-2147483648"]);
                let cond = self.phase_cond();
                self.line(&format!("{x} = {i};"));
                self.line(&format!("if ({cond}) {x} += {big};"));
            }
            3 => {
                // Mixed types into one slot.
                let v = self.mixed_value(&i, k);
                self.line(&format!("{x} = {v};"));
            }
            4 => {
                // A late type change (long loops compile in the background first).
                let late = self.rng.range((c.lo + c.hi) / 2, c.hi.max(c.lo + 1));
                let v = self.rng.pick_str(&["0.5", "\"late\"", "true", "undefined", "null", "-0", "2147483648"]);
                self.line(&format!("if ({i} === {late}) {x} = {v};"));
            }
            5 => {
                // Grows by multiplication until it overflows, then wraps back.
                self.line(&format!("{x} = ({x} | 0) * 3 + 1;"));
                self.line(&format!("if ({x} > 1e12 || {x} < -1e12) {x} = {x} | 0;"));
            }
            _ => {
                // The loop variable itself flows through a double on some iterations.
                let cond = self.phase_cond();
                self.line(&format!("{x} = ({cond}) ? {i} / 2 : {i} + 0;"));
            }
        }
    }

    /// A value whose type depends on the iteration (counter `i`, pivot `k`).
    fn mixed_value(&mut self, i: &str, k: i64) -> String {
        match self.rng.below(6) {
            0 => format!("{i} % 4 === 0 ? true : {i} % 4 === 1 ? undefined : {i} % 4 === 2 ? {i} + 0.5 : {i}"),
            1 => format!("{i} < {k} ? {i} + 2147483647 : {i}"),
            2 => format!("({i} & 3) === 1 ? {i} * 0.5 : {i} | 0"),
            3 => format!("{i} > {k} ? \"s\" + {i} : {i}"),
            4 => format!("{i} === {k} ? null : {i} - 1"),
            _ => i.to_string(),
        }
    }

    /// A statement without nested statements.
    fn stmt_simple(&mut self) {
        let w = [
            if self.sc.scalars.is_empty() { 0 } else { 30 }, // 0 assign scalar
            12,                                               // 1 mix
            if self.sc.arrays.is_empty() { 0 } else { 14 },  // 2 array
            if self.sc.objects.is_empty() || self.sc.strict { 0 } else { 14 }, // 3 object
            if self.sc.matrices.is_empty() { 0 } else { 4 }, // 4 matrix
            if self.sc.callable > 0 && !self.sc.no_calls { 6 } else { 0 }, // 5 call
            if self.ctors.is_empty() { 0 } else { 2 },       // 6 prototype change
            if self.sc.arguments { self.ex(3) } else { 0 },  // 7 arguments
            if self.sc.strs.is_empty() { 0 } else { 6 },     // 8 string building
        ];
        match self.rng.weighted(&w) {
            0 => self.assign_stmt(),
            1 => {
                let e = self.expr(2);
                self.line(&format!("__mix({});", e.s));
            }
            2 => self.array_stmt(),
            3 => self.object_stmt(),
            4 => self.matrix_stmt(),
            5 => {
                if let Some(c) = self.call_expr() {
                    if self.rng.chance(50) && !self.sc.scalars.is_empty() {
                        let x = self.rng.pick(&self.sc.scalars).clone();
                        self.line(&format!("{x} = {};", c.s));
                    } else {
                        self.line(&format!("__mix({});", c.s));
                    }
                } else {
                    let e = self.expr(1);
                    self.line(&format!("__mix({});", e.s));
                }
            }
            6 => self.proto_stmt(),
            8 => self.str_stmt(),
            7 => {
                let k = self.rng.below(3);
                let e = self.expr(1);
                if self.rng.chance(50) {
                    self.line(&format!("arguments[{k}] = {};", e.s));
                } else {
                    self.line(&format!("__mix(arguments.length + \":\" + arguments[{k}]);"));
                }
            }
            _ => {
                let e = self.expr(1);
                self.line(&format!("__mix({});", e.s));
            }
        }
    }

    fn assign_stmt(&mut self) {
        let x = self.rng.pick(&self.sc.scalars).clone();
        match self.rng.below(10) {
            0 => self.line(&format!("{x}++;")),
            1 => self.line(&format!("{x}--;")),
            2 | 3 => {
                let op = self.rng.pick(&["+=", "-=", "*=", "|=", "^=", "<<=", ">>>=", "%="]).to_string();
                let e = self.short(2);
                self.line(&format!("{x} {op} {e};"));
                if op == "+=" {
                    self.cap_string(&x);
                }
            }
            4 => {
                // A type change in the middle of a loop.
                let c = self.phase_cond();
                let v = self.any_literal();
                self.line(&format!("if ({c}) {x} = {v};"));
            }
            5 => {
                // String building.
                let e = self.short(1);
                let piece = match self.rng.below(4) {
                    0 => format!("String.fromCharCode(97 + (({e}) & 15))"),
                    1 => format!("(\"\" + {e}).charAt(0)"),
                    2 => e,
                    _ => self.rng.pick(STRS).to_string(),
                };
                self.line(&format!("{x} = {x} + {piece};"));
                self.cap_string(&x);
            }
            _ => {
                let e = self.expr(3);
                self.line(&format!("{x} = {};", e.s));
                if e.long {
                    self.cap_string(&x);
                }
            }
        }
    }

    /// Keeps strings that may grow in loops short.
    fn cap_string(&mut self, x: &str) {
        if self.sc.loop_depth > 0 && self.rng.chance(70) {
            self.line(&format!("if (typeof {x} === \"string\" && {x}.length > 40) {x} = {x}.slice(-8);"));
        }
    }

    fn cap_array(&mut self, a: &str) {
        let k = self.rng.range(0, 16);
        self.line(&format!("if ({a}.length > 64) {a}.length = {k};"));
    }

    fn array_stmt(&mut self) {
        let a = self.rng.pick(&self.sc.arrays).clone();
        let mut pick = self.rng.below(14);
        if matches!(pick, 7..=11 | 13) && !self.rng.chance(self.chaos + 20) {
            pick = 3;
        }
        match pick {
            0..=2 => {
                let e = self.expr(2);
                self.line(&format!("{a}.push({});", e.s));
                self.cap_array(&a);
            }
            3 | 4 => {
                let i = self.short(1);
                let e = self.expr(2);
                self.line(&format!("{a}[({i}) & 63] = {};", e.s));
                self.cap_array(&a);
            }
            5 => {
                let e = self.expr(2);
                self.line(&format!("{a}[{a}.length] = {};", e.s));
                self.cap_array(&a);
            }
            6 => {
                let k = self.rng.range(0, 6);
                self.line(&format!("{a}.length = {k};"));
            }
            7 => {
                let x = self.scalar_or_mix();
                self.line(&format!("{x}{a}.pop());"));
            }
            8 => {
                let x = self.scalar_or_mix();
                self.line(&format!("{x}{a}.shift());"));
            }
            9 => {
                let e = self.expr(1);
                self.line(&format!("{a}.unshift({});", e.s));
                self.cap_array(&a);
            }
            10 => {
                let i = self.short(1);
                self.line(&format!("{a}.splice(({i}) & 7, 1);"));
            }
            11 => {
                let i = self.short(1);
                self.line(&format!("delete {a}[({i}) & 15];"));
            }
            12 => {
                let i = self.short(1);
                let e = self.short(1);
                self.line(&format!("{a}[({i}) & 15] += {e};"));
                self.cap_array(&a);
            }
            _ => {
                if self.rng.chance(50) {
                    self.line(&format!("{a}.reverse();"));
                } else {
                    let e = self.expr(1);
                    self.line(&format!("__mix({a}.indexOf({}));", e.s));
                }
            }
        }
    }

    /// `x = ` for a scalar, or `__mix(` (the caller closes the paren).
    fn scalar_or_mix(&mut self) -> String {
        if !self.sc.scalars.is_empty() && self.rng.chance(50) {
            let x = self.rng.pick(&self.sc.scalars).clone();
            format!("{x} = (")
        } else {
            "__mix(".to_string()
        }
    }

    fn object_stmt(&mut self) {
        let o = self.rng.pick(&self.sc.objects).clone();
        let mut pick = self.rng.below(12);
        if matches!(pick, 5..=9 | 11) && !self.rng.chance(self.chaos + 10) {
            pick = 0;
        }
        match pick {
            0..=3 => {
                let p = self.rng.pick(PROPS);
                let e = self.expr(2);
                self.line(&format!("{o}.{p} = {};", e.s));
            }
            4 => {
                let p = self.rng.pick(PROPS);
                let e = self.short(1);
                self.line(&format!("{o}.{p} += {e};"));
            }
            5 => {
                let k = self.short(1);
                let e = self.expr(2);
                self.line(&format!("{o}[\"k\" + (({k}) & 7)] = {};", e.s));
            }
            6 => {
                let p = self.rng.pick(PROPS);
                self.line(&format!("delete {o}.{p};"));
            }
            7 => {
                let v = self.object_value();
                self.line(&format!("{o} = {v};"));
            }
            8 => {
                if self.sc.objects.len() > 1 {
                    let o2 = self.rng.pick(&self.sc.objects).clone();
                    // Object.create in loops could build long prototype chains.
                    if self.rng.chance(50) || self.sc.loop_depth > 0 || o2 == o {
                        self.line(&format!("{o} = {o2};"));
                    } else {
                        self.line(&format!("{o} = Object.create({o2});"));
                    }
                } else {
                    self.line(&format!("{o}.x = {o}.y;"));
                }
            }
            9 => {
                let p = self.rng.pick(&["g", "x", "w"]);
                let k = self.rng.pick(SMALL_NUMS);
                self.line(&format!(
                    "Object.defineProperty({o}, \"{p}\", {{ get: function () {{ return {k}; }}, configurable: true, enumerable: true }});"
                ));
            }
            10 => {
                let p = self.rng.pick(PROPS);
                let x = self.scalar_or_mix();
                self.line(&format!("{x}{o}.{p}++);"));
            }
            _ => {
                // Iterate the object's keys; deleting the visited key is well defined.
                let k = self.name("k");
                self.line(&format!("for (var {k} in {o}) {{"));
                self.indent += 1;
                if self.rng.chance(50) {
                    self.line(&format!("__mix({k} + \"=\" + {o}[{k}]);"));
                } else {
                    self.line(&format!("if (typeof {o}[{k}] === \"number\") {o}[{k}] = ({o}[{k}] * 3) | 0; else delete {o}[{k}];"));
                }
                self.indent -= 1;
                self.line("}");
            }
        }
    }

    fn matrix_stmt(&mut self) {
        let m = self.rng.pick(&self.sc.matrices).clone();
        match self.rng.below(4) {
            0 => {
                let a = self.short(1);
                let b = self.short(1);
                self.line(&format!("{m}.push([{a}, {b}]);"));
                self.cap_array(&m);
            }
            1 | 2 => {
                let i = self.short(1);
                let j = self.short(1);
                let e = self.expr(1);
                self.line(&format!("({m}[({i}) & 3] || [])[({j}) & 7] = {};", e.s));
            }
            _ => {
                let i = self.short(1);
                let e = self.short(1);
                self.line(&format!("({m}[({i}) & 3] || []).push({e});"));
            }
        }
    }

    fn proto_stmt(&mut self) {
        let c = self.rng.pick(&self.ctors).clone();
        if self.rng.chance(60) && !c.methods.is_empty() {
            let m = self.rng.pick(&c.methods).clone();
            let k = self.rng.pick(SMALL_NUMS);
            self.line(&format!("{}.prototype.{m} = function (k) {{ return (this.x | 0) + k + {k}; }};", c.name));
        } else {
            let p = self.rng.pick(&["w", "z", "y"]);
            let e = self.short(1);
            self.line(&format!("{}.prototype.{p} = {e};", c.name));
        }
    }

    fn if_stmt(&mut self) {
        let c = if self.rng.chance(50) { self.phase_cond() } else { self.cond(2) };
        self.line(&format!("if ({c}) {{"));
        self.indent += 1;
        let n = self.rng.range(1, 3);
        for _ in 0..n {
            self.stmt();
        }
        self.indent -= 1;
        if self.rng.chance(40) {
            self.line("} else {");
            self.indent += 1;
            let n = self.rng.range(1, 2);
            for _ in 0..n {
                self.stmt();
            }
            self.indent -= 1;
        }
        self.line("}");
    }

    fn pick_iters(&mut self, max: u64) -> u64 {
        let max = max.min(NEST_CAP);
        let n = match self.rng.below(6) {
            0 => max,
            1 => self.rng.range(2, 12) as u64,
            2 => *self.rng.pick(&[10u64, 17, 30, 50, 100, 300, 1000]),
            _ => self.rng.range(2, max as i64) as u64,
        };
        n.clamp(2, max.max(2))
    }

    fn loop_stmt(&mut self) {
        let max = self.sc.nest_cap / self.sc.mult.max(1);
        if max < 2 {
            self.stmt_simple();
            return;
        }
        let mut n = self.pick_iters(max);
        let label = if self.rng.chance(if self.v2 { 45 } else { 25 }) { Some(self.name("L")) } else { None };
        let prefix = label.as_ref().map(|l| format!("{l}: ")).unwrap_or_default();
        let c = self.name("i");
        let n_i = n as i64;
        let mut closing = "}".to_string();
        let mut body_first: Option<String> = None;
        let counter;
        let kind = self.rng.below(11);
        match kind {
            0..=2 => {
                // Counting up, sometimes across 2^31 or from a large negative value.
                let start: i64 = match self.rng.below(8) {
                    0 => 2147483647 - n_i / 2,
                    1 => -2147483648 - n_i / 2,
                    2 => 1073741823 - n_i / 2,
                    3 => -n_i / 2,
                    4 => 1,
                    _ => 0,
                };
                let end = start + n_i;
                let cond = match self.rng.below(5) {
                    0 => format!("{c} <= {}", end - 1),
                    1 => format!("{end} > {c}"),
                    2 => format!("{c} !== {end}"),
                    _ => format!("{c} < {end}"),
                };
                let step = self.rng.pick(&["{c}++", "++{c}", "{c} += 1", "{c} = {c} + 1"]).replace("{c}", &c);
                let decl = if self.rng.chance(12) { "let" } else { "var" };
                self.line(&format!("{prefix}for ({decl} {c} = {start}; {cond}; {step}) {{"));
                counter = Counter { name: c.clone(), lo: start, hi: end - 1 };
            }
            3 => {
                // Counting down.
                let end: i64 = match self.rng.below(4) {
                    0 => -2147483648 - n_i / 2,
                    1 => 2147483647 - n_i / 2,
                    _ => 0,
                };
                let start = end + n_i;
                let cond = if self.rng.chance(50) { format!("{c} > {end}") } else { format!("{c} >= {}", end + 1) };
                self.line(&format!("{prefix}for (var {c} = {start}; {cond}; {c}--) {{"));
                counter = Counter { name: c.clone(), lo: end + 1, hi: start };
            }
            4 => {
                // A step other than 1, maybe fractional.
                let (step, shown): (f64, &str) = *self.rng.pick(&[(2.0, "2"), (3.0, "3"), (7.0, "7"), (0.5, "0.5"), (1.5, "1.5"), (0.25, "0.25")]);
                let start: i64 = if self.rng.chance(30) { 2147483600 } else { 0 };
                let end = start as f64 + step * n as f64;
                self.line(&format!("{prefix}for (var {c} = {start}; {c} < {end}; {c} += {shown}) {{"));
                counter = Counter { name: c.clone(), lo: start, hi: end as i64 };
            }
            5 | 6 => {
                self.line(&format!("var {c} = 0;"));
                if self.rng.chance(50) {
                    self.line(&format!("{prefix}while ({c} < {n}) {{"));
                    body_first = Some(format!("{c}++;"));
                } else {
                    self.line(&format!("{prefix}while (true) {{"));
                    body_first = Some(format!("if ({c}++ >= {n}) break;"));
                }
                counter = Counter { name: c.clone(), lo: 1, hi: n_i };
            }
            7 => {
                self.line(&format!("var {c} = 0;"));
                self.line(&format!("{prefix}do {{"));
                body_first = Some(format!("{c} = {c} + 1;"));
                closing = format!("}} while ({c} < {n});");
                counter = Counter { name: c.clone(), lo: 1, hi: n_i };
            }
            8 if !self.sc.arrays.is_empty() && max >= 70 => {
                // Over an array whose length the body may change (capped at 64 + 1).
                let a = self.rng.pick(&self.sc.arrays).clone();
                self.line(&format!("{prefix}for (var {c} = 0; {c} < {a}.length; {c}++) {{"));
                n = 70;
                counter = Counter { name: c.clone(), lo: 0, hi: 64 };
            }
            _ => {
                self.line(&format!("{prefix}for (var {c} = 0; {c} < {n}; {c}++) {{"));
                counter = Counter { name: c.clone(), lo: 0, hi: n_i - 1 };
            }
        }
        self.indent += 1;
        if let Some(f) = body_first {
            self.line(&f);
        }
        let saved_mult = self.sc.mult;
        self.sc.mult = self.sc.mult.saturating_mul(n);
        self.sc.loop_depth += 1;
        self.sc.targets.push(Target { label, is_loop: true });
        self.sc.counters.push(counter);
        let nb = self.rng.range(2, 6);
        for _ in 0..nb {
            self.stmt();
        }
        self.sc.counters.pop();
        self.sc.targets.pop();
        self.sc.loop_depth -= 1;
        self.sc.mult = saved_mult;
        self.indent -= 1;
        self.line(&closing);
    }

    fn jump_stmt(&mut self) {
        let c = self.phase_cond();
        let innermost_loop = self.sc.targets.iter().rposition(|t| t.is_loop);
        let labeled: Vec<String> = self.sc.targets.iter().filter(|t| t.is_loop).filter_map(|t| t.label.clone()).collect();
        let j = match self.rng.below(5) {
            0 | 1 => "break".to_string(),
            2 if innermost_loop.is_some() => "continue".to_string(),
            3 if !labeled.is_empty() => format!("break {}", self.rng.pick(&labeled)),
            4 if !labeled.is_empty() => format!("continue {}", self.rng.pick(&labeled)),
            _ => "continue".to_string(),
        };
        if j == "continue" && innermost_loop.is_none() {
            self.line(&format!("if ({c}) break;"));
            return;
        }
        self.line(&format!("if ({c}) {j};"));
    }

    fn try_stmt(&mut self) {
        self.line("try {");
        self.indent += 1;
        self.sc.try_depth += 1;
        let n = self.rng.range(1, 3);
        for _ in 0..n {
            self.stmt();
        }
        match self.rng.below(5) {
            0 => {
                let c = self.phase_cond();
                let e = self.expr(1);
                self.line(&format!("if ({c}) throw {};", e.s));
            }
            1 => {
                let c = self.phase_cond();
                let e = self.short(1);
                let ctor = self.rng.pick(&["Error", "RangeError", "TypeError"]);
                self.line(&format!("if ({c}) throw new {ctor}(\"m\" + {e});"));
            }
            2 => {
                // A TypeError from the engine itself.
                let c = self.phase_cond();
                self.line(&format!("if ({c}) __mix(null.x);"));
            }
            3 => {
                let c = self.phase_cond();
                let k = self.rng.range(0, 4);
                self.line(&format!("if ({c}) __mix(__fs[{k} + __fs.length](1));"));
            }
            _ => {
                if let Some(f) = self.throwing_call() {
                    self.line(&format!("__mix({f});"));
                }
            }
        }
        self.sc.try_depth -= 1;
        self.indent -= 1;
        let e = self.name("e");
        self.line(&format!("}} catch ({e}) {{"));
        self.indent += 1;
        let shown = format!("({e} instanceof Error ? {e}.name : {e})");
        if !self.sc.scalars.is_empty() && self.rng.chance(50) {
            let x = self.rng.pick(&self.sc.scalars).clone();
            self.line(&format!("{x} = {shown};"));
        } else {
            self.line(&format!("__mix({shown});"));
        }
        if self.rng.chance(40) {
            self.stmt();
        }
        self.indent -= 1;
        if self.rng.chance(25) {
            self.line("} finally {");
            self.indent += 1;
            self.stmt_simple();
            self.indent -= 1;
        }
        self.line("}");
    }

    /// A call of a function that may throw, if any is callable.
    fn throwing_call(&mut self) -> Option<String> {
        let cands: Vec<usize> = (0..self.sc.callable).filter(|&i| self.funcs[i].may_throw).collect();
        if cands.is_empty() || self.sc.no_calls {
            return None;
        }
        let f = self.funcs[*self.rng.pick(&cands)].clone();
        if self.sc.cost + self.sc.mult * f.cost > self.sc.cost_cap {
            return None;
        }
        self.sc.cost += self.sc.mult * f.cost;
        let args = self.args(f.arity);
        Some(format!("{}({args})", f.name))
    }

    fn switch_stmt(&mut self) {
        let d = match self.sc.counters.last() {
            Some(c) if self.rng.chance(60) => format!("{} % {}", c.name, self.rng.range(2, 5)),
            _ => self.expr(1).s,
        };
        self.line(&format!("switch ({d}) {{"));
        self.sc.targets.push(Target { label: None, is_loop: false });
        let ncases = self.rng.range(1, 3);
        let mut used = Vec::new();
        for _ in 0..ncases {
            let v = self.rng.pick(&["0", "1", "2", "3", "\"a\"", "-1", "0.5"]).to_string();
            if used.contains(&v) {
                continue;
            }
            used.push(v.clone());
            self.line(&format!("case {v}:"));
            self.indent += 1;
            self.stmt();
            if self.rng.chance(75) {
                self.line("break;");
            }
            self.indent -= 1;
        }
        if self.rng.chance(60) {
            self.line("default:");
            self.indent += 1;
            self.stmt();
            self.indent -= 1;
        }
        self.sc.targets.pop();
        self.line("}");
    }

    fn print_stmt(&mut self) {
        let e = self.expr(2);
        match self.sc.counters.last().cloned() {
            Some(c) => {
                let k = self.rng.range(2, (c.hi - c.lo).clamp(3, 500));
                let r = self.rng.range(0, k - 1);
                self.line(&format!("if ({} % {k} === {r}) print(\"p\", {}, __s({}));", c.name, c.name, e.s));
            }
            None => self.line(&format!("print(\"p\", __s({}));", e.s)),
        }
    }

    fn closure_stmt(&mut self) {
        let saved_no_calls = self.sc.no_calls;
        let saved_args = self.sc.arguments;
        let saved_cost = self.sc.cost;
        self.sc.no_calls = true;
        self.sc.arguments = false;
        self.sc.scalars.push("y".to_string());
        let body = self.expr(2);
        self.sc.scalars.pop();
        self.sc.no_calls = saved_no_calls;
        self.sc.arguments = saved_args;
        self.sc.cost = saved_cost;
        let f = if self.rng.chance(20) {
            format!("(y) => {}", paren_if_object(&body.s))
        } else {
            format!("function (y) {{ return {}; }}", body.s)
        };
        if !self.sc.closures.is_empty() && self.rng.chance(50) {
            let c = self.rng.pick(&self.sc.closures).clone();
            self.line(&format!("{c} = {f};"));
        } else {
            self.line(&format!("__fs.push({f});"));
            self.line("if (__fs.length > 20) __fs.length = 3;");
        }
    }

    // ---------------------------------------------------------------- expressions

    fn literal(&mut self) -> String {
        if !self.rng.chance(self.chaos) {
            return num(self.rng.pick_str(INTS));
        }
        self.any_literal()
    }

    /// A literal of any type.
    fn any_literal(&mut self) -> String {
        match self.rng.below(12) {
            0..=4 => num(self.rng.pick_str(NUMS)),
            5 | 6 => num(self.rng.pick_str(SMALL_NUMS)),
            7 | 8 => self.rng.pick(STRS).to_string(),
            9 => self.rng.pick(&["true", "false", "null", "undefined"]).to_string(),
            10 => {
                let a = num(self.rng.pick_str(SMALL_NUMS));
                match self.rng.below(4) {
                    0 => "[]".to_string(),
                    1 => format!("[{a}]"),
                    2 => format!("{{ x: {a} }}"),
                    _ => self.effect_object(),
                }
            }
            _ => num(self.rng.pick_str(NUMS)),
        }
    }

    /// An object whose conversion to a primitive runs script code with a side effect
    /// (counted in `__n`): it must run exactly once per conversion, in every mode.
    fn effect_object(&mut self) -> String {
        let k = self.rng.pick_str(SMALL_NUMS);
        match self.rng.below(3) {
            0 => format!("{{ valueOf: function () {{ return {} + ++__n; }} }}", num(k)),
            1 => format!("{{ toString: function () {{ __n += 2; return \"t\" + {}; }} }}", num(k)),
            _ => format!("{{ valueOf: function () {{ return {}; }} }}", num(k)),
        }
    }

    fn array_literal(&mut self) -> String {
        let n = self.rng.range(0, 6);
        let mut parts = Vec::new();
        for _ in 0..n {
            if self.rng.chance(10) {
                parts.push(String::new()); // a hole
            } else {
                parts.push(self.literal());
            }
        }
        let mut s = format!("[{}]", parts.join(", "));
        if parts.last().is_some_and(|p| p.is_empty()) {
            s = format!("[{}, 0]", parts.join(", "));
        }
        s
    }

    /// A fresh object: literal (maybe with accessors), constructed, or inheriting.
    fn object_value(&mut self) -> String {
        let pick = self.rng.below(5);
        if pick <= 1 && !self.ctors.is_empty() {
            let c = self.rng.pick(&self.ctors).clone();
            let args: Vec<String> = (0..c.arity).map(|_| self.literal_or_short()).collect();
            return format!("new {}({})", c.name, args.join(", "));
        }
        let mut parts = Vec::new();
        let n = self.rng.range(1, 3);
        for p in ["x", "y", "z"].iter().take(n as usize) {
            let v = self.literal_or_short();
            parts.push(format!("{p}: {v}"));
        }
        if pick == 2 {
            let k = self.rng.pick(SMALL_NUMS);
            parts.push(format!("get g() {{ return this.x + {k}; }}"));
            parts.push("set s(v) { this.x = v; }".to_string());
        }
        if pick == 3 {
            parts.push(format!("0: {}", self.literal()));
        }
        format!("{{ {} }}", parts.join(", "))
    }

    fn literal_or_short(&mut self) -> String {
        if self.rng.chance(60) { self.literal() } else { self.short(1) }
    }

    fn expr(&mut self, d: u32) -> E {
        self.gen_expr(d, false)
    }

    fn short(&mut self, d: u32) -> String {
        self.gen_expr(d, true).s
    }

    fn leaf(&mut self, short: bool) -> E {
        let w = [
            30,                                                   // 0 number
            self.ex(8),                                           // 1 string
            self.ex(3),                                           // 2 bool/null/undefined
            if self.sc.counters.is_empty() { 0 } else { 25 },     // 3 counter
            if self.sc.scalars.is_empty() { 0 } else { 30 },      // 4 scalar
            if self.sc.arrays.is_empty() { 0 } else { 10 },       // 5 array read
            if self.sc.objects.is_empty() { 0 } else { 10 },      // 6 object read
            if self.sc.matrices.is_empty() { 0 } else { 3 },      // 7 matrix read
            if self.sc.arguments { self.ex(3) } else { 0 },       // 8 arguments
            self.ex(2),                                           // 9 small literal object/array
            if self.sc.strs.is_empty() { 0 } else { 6 },          // 10 string variable
        ];
        let e = match self.rng.weighted(&w) {
            0 if !self.rng.chance(self.chaos) => E { s: num(self.rng.pick_str(INTS)), long: false },
            0 => E { s: num(if self.rng.chance(60) { self.rng.pick_str(SMALL_NUMS) } else { self.rng.pick_str(NUMS) }), long: false },
            10 => self.str_var_expr(),
            1 => E { s: self.rng.pick(STRS).to_string(), long: false },
            2 => E { s: self.rng.pick(&["true", "false", "null", "undefined"]).to_string(), long: false },
            3 => E { s: self.rng.pick(&self.sc.counters).name.clone(), long: false },
            4 => E { s: self.rng.pick(&self.sc.scalars).clone(), long: true },
            5 => {
                let a = self.rng.pick(&self.sc.arrays).clone();
                match self.rng.below(5) {
                    0 => E { s: format!("{a}.length"), long: false },
                    1 => E { s: format!("{a}[{a}.length - 1]"), long: true },
                    2 => {
                        let i = self.index_leaf();
                        E { s: format!("{a}[{i}]"), long: true }
                    }
                    _ => {
                        let i = self.index_leaf();
                        E { s: format!("{a}[({i}) % ({a}.length + 1)]"), long: true }
                    }
                }
            }
            6 => {
                let o = self.rng.pick(&self.sc.objects).clone();
                if self.rng.chance(80) {
                    let p = self.rng.pick(PROPS);
                    E { s: format!("{o}.{p}"), long: true }
                } else {
                    let i = self.index_leaf();
                    E { s: format!("{o}[\"k\" + (({i}) & 7)]"), long: true }
                }
            }
            7 => {
                let m = self.rng.pick(&self.sc.matrices).clone();
                let i = self.index_leaf();
                let j = self.index_leaf();
                E { s: format!("({m}[({i}) & 3] || [])[{j}]"), long: true }
            }
            8 => {
                if self.rng.chance(50) {
                    E { s: "arguments.length".to_string(), long: false }
                } else {
                    E { s: format!("arguments[{}]", self.rng.below(3)), long: true }
                }
            }
            _ => {
                let a = num(self.rng.pick_str(SMALL_NUMS));
                let b = self.rng.pick(STRS).to_string();
                let s = match self.rng.below(3) {
                    0 => format!("[{a}, {b}]"),
                    1 => format!("{{ x: {a} }}"),
                    _ => self.effect_object(),
                };
                E { s, long: false }
            }
        };
        if short && e.long {
            let op = self.rng.pick(&["+", "-", "~", "!", "typeof "]);
            return match self.rng.below(4) {
                0 => E { s: format!("({} | 0)", e.s), long: false },
                1 => E { s: format!("({} >>> 0)", e.s), long: false },
                _ => E { s: unary(op, &e.s), long: false },
            };
        }
        e
    }

    /// An index: a counter, a small number or a scalar.
    fn index_leaf(&mut self) -> String {
        match self.rng.below(4) {
            0 | 1 if !self.sc.counters.is_empty() => self.rng.pick(&self.sc.counters).name.clone(),
            2 if !self.sc.scalars.is_empty() => self.rng.pick(&self.sc.scalars).clone(),
            _ => num(self.rng.pick_str(SMALL_NUMS)),
        }
    }

    fn gen_expr(&mut self, d: u32, short: bool) -> E {
        if d == 0 || self.rng.chance(30) {
            return self.leaf(short);
        }
        let calls_ok = !self.sc.no_calls;
        let w = [
            20,                                                               // 0 arith
            12,                                                               // 1 plus
            8,                                                                // 2 compare
            4,                                                                // 3 logical
            4,                                                                // 4 ternary
            6,                                                                // 5 unary
            5,                                                                // 6 Math
            self.ex(8),                                                       // 7 strings
            if calls_ok && self.sc.callable > 0 { 6 } else { 0 },             // 8 call
            if calls_ok && !self.sc.objects.is_empty() { self.ex(3) } else { 0 }, // 9 method
            if calls_ok { 3 } else { 0 },                                     // 10 closure call
            if self.sc.scalars.is_empty() { 0 } else { 3 },                   // 11 assignment expression
            if calls_ok && !self.ctors.is_empty() { self.ex(1) } else { 0 },  // 12 new
            if self.sc.objects.is_empty() { 0 } else { self.ex(2) },          // 13 in / instanceof
            self.ex(2),                                                       // 14 conversions
            if self.sc.arrays.is_empty() { 0 } else { 2 },                    // 15 array queries
            if self.sc.strs.is_empty() { 0 } else { 5 },                      // 16 string variable
            3,                                                                // 17 builtins called from traces
        ];
        let e = match self.rng.weighted(&w) {
            0 => {
                let a = self.gen_expr(d - 1, false);
                let b = self.gen_expr(d - 1, false);
                let op = self.rng.pick(ARITH);
                E { s: format!("({} {op} {})", a.s, b.s), long: false }
            }
            1 => {
                let a = self.gen_expr(d - 1, short);
                let b = self.gen_expr(d - 1, short || a.long);
                E { s: format!("({} + {})", a.s, b.s), long: a.long || b.long }
            }
            2 => {
                let a = self.gen_expr(d - 1, false);
                let b = self.gen_expr(d - 1, false);
                let op = self.rng.pick(CMP);
                E { s: format!("({} {op} {})", a.s, b.s), long: false }
            }
            3 => {
                let a = self.gen_expr(d - 1, short);
                let b = self.gen_expr(d - 1, short);
                let op = self.rng.pick(&["&&", "||"]);
                E { s: format!("({} {op} {})", a.s, b.s), long: a.long || b.long }
            }
            4 => {
                let c = self.cond(d - 1);
                let a = self.gen_expr(d - 1, short);
                let b = self.gen_expr(d - 1, short);
                E { s: format!("({c} ? {} : {})", a.s, b.s), long: a.long || b.long }
            }
            5 => {
                let a = self.gen_expr(d - 1, false);
                let op = self.rng.pick(&["-", "+", "~", "!", "typeof ", "-(-", "void "]);
                let s = if *op == "-(-" { format!("(-(- {}))", a.s) } else { unary(op, &a.s) };
                E { s, long: false }
            }
            6 => {
                let a = self.gen_expr(d - 1, false);
                if self.rng.chance(65) {
                    let f = self.rng.pick(MATH1);
                    E { s: format!("Math.{f}({})", a.s), long: false }
                } else {
                    let b = self.gen_expr(d - 1, false);
                    let f = self.rng.pick(MATH2);
                    E { s: format!("Math.{f}({}, {})", a.s, b.s), long: false }
                }
            }
            7 => self.string_expr(d),
            16 => self.str_var_expr(),
            17 => self.builtin_expr(d),
            8 => match self.call_expr() {
                Some(c) => c,
                None => self.leaf(short),
            },
            9 => {
                let o = self.rng.pick(&self.sc.objects).clone();
                let m = format!("m{}", self.rng.below(2));
                let a = self.gen_expr(d - 1, false);
                E { s: format!("(typeof {o}.{m} === \"function\" ? {o}.{m}({}) : -1)", a.s), long: true }
            }
            10 => {
                let a = self.gen_expr(d - 1, false);
                if !self.sc.closures.is_empty() && self.rng.chance(60) {
                    let c = self.rng.pick(&self.sc.closures).clone();
                    E { s: format!("{c}({})", a.s), long: true }
                } else if !self.sc.no_calls {
                    let i = self.index_leaf();
                    E { s: format!("(__fs.length ? __fs[(({i}) & 1023) % __fs.length]({}) : 0)", a.s), long: true }
                } else {
                    self.leaf(short)
                }
            }
            11 => {
                let x = self.rng.pick(&self.sc.scalars).clone();
                match self.rng.below(4) {
                    0 => E { s: format!("{x}++"), long: false },
                    1 => E { s: format!("--{x}"), long: false },
                    _ => {
                        let a = self.gen_expr(d - 1, true);
                        E { s: format!("({x} = {})", a.s), long: false }
                    }
                }
            }
            12 => {
                let c = self.rng.pick(&self.ctors).clone();
                let args: Vec<String> = (0..c.arity).map(|_| self.gen_expr(d - 1, false).s).collect();
                let p = self.rng.pick(&["x", "y", "z", "g"]);
                E { s: format!("new {}({}).{p}", c.name, args.join(", ")), long: true }
            }
            13 => {
                let o = self.rng.pick(&self.sc.objects).clone();
                if !self.ctors.is_empty() && self.rng.chance(40) {
                    let c = self.rng.pick(&self.ctors).name.clone();
                    E { s: format!("({o} instanceof {c})"), long: false }
                } else {
                    let p = self.rng.pick(PROPS);
                    E { s: format!("(\"{p}\" in {o})"), long: false }
                }
            }
            14 => {
                let a = self.gen_expr(d - 1, short);
                match self.rng.below(6) {
                    0 => E { s: format!("parseInt({})", a.s), long: false },
                    1 => E { s: format!("parseFloat({})", a.s), long: false },
                    2 => E { s: format!("Number({})", a.s), long: false },
                    3 => E { s: format!("isNaN({})", a.s), long: false },
                    4 => E { s: format!("String({})", a.s), long: a.long },
                    _ => {
                        let k = self.rng.range(0, 4);
                        E { s: format!("Number({}).toFixed({k})", a.s), long: false }
                    }
                }
            }
            _ => {
                let a = self.rng.pick(&self.sc.arrays).clone();
                let x = self.gen_expr(d - 1, false);
                if self.rng.chance(50) {
                    E { s: format!("{a}.indexOf({})", x.s), long: false }
                } else {
                    E { s: format!("({} in {a})", self.index_leaf()), long: false }
                }
            }
        };
        if short && e.long {
            return E { s: format!("({} | 0)", e.s), long: false };
        }
        e
    }

    /// Builtins a trace calls through a generic helper (which refuses to re-enter
    /// script code: then the interpreter makes the call again).
    fn builtin_expr(&mut self, d: u32) -> E {
        let a = self.gen_expr(d - 1, true);
        let r = self.rng.pick_str(&["re1", "re2"]);
        let s = match self.rng.below(16) {
            0 => format!("Number({}).toString({})", a.s, self.rng.pick_str(&["2", "16", "36", "10"])),
            1 => format!("Number({}).toFixed({})", a.s, self.rng.range(0, 5)),
            2 => format!("Number({}).toPrecision({})", a.s, self.rng.range(1, 8)),
            3 => format!("(\"\" + {}).toLowerCase()", a.s),
            4 => format!("(\" \" + {} + \" \").trim()", a.s),
            5 => format!("(\"\" + {}).split(\"1\").length", a.s),
            6 => format!("(\"\" + {}).replace(\"0\", \"o\")", a.s),
            7 => format!("(\"\" + {}).lastIndexOf(\"1\")", a.s),
            8 => format!("(\"\" + {}).substr(1, 3)", a.s),
            9 => format!("{r}.test(\"\" + {})", a.s),
            10 => format!("{r}.lastIndex"),
            11 => format!("(\"\" + {}).search({r})", a.s),
            12 => format!("(\"\" + {}).replace({r}, \"$&$&\")", a.s),
            13 => format!("({r}.exec(\"\" + {}) || []).length", a.s),
            14 if !self.sc.objects.is_empty() => {
                let o = self.rng.pick(&self.sc.objects).clone();
                format!("{o}.hasOwnProperty(\"{}\")", self.rng.pick_str(PROPS))
            }
            15 if !self.sc.arrays.is_empty() => {
                let arr = self.rng.pick(&self.sc.arrays).clone();
                match self.rng.below(3) {
                    0 => format!("{arr}.join(\"\").length"),
                    1 => format!("{arr}.lastIndexOf({})", a.s),
                    _ => format!("{arr}.slice(1, 3).length"),
                }
            }
            _ => format!("Math.max({}, {})", a.s, self.short(d - 1)),
        };
        E { s, long: false }
    }

    /// An operation on a variable that always holds a string.
    fn str_var_expr(&mut self) -> E {
        let t = self.rng.pick(&self.sc.strs).clone();
        let i = self.index_leaf();
        match self.rng.below(9) {
            0 | 1 => E { s: format!("{t}.charCodeAt({i} % ({t}.length + 1))"), long: false },
            2 => E { s: format!("{t}.charCodeAt({i})"), long: false },
            3 => E { s: format!("{t}.charAt({i})"), long: false },
            4 => E { s: format!("{t}.length"), long: false },
            5 => E { s: format!("{t}[{i}]"), long: false },
            6 => E { s: format!("{t}.indexOf({})", self.rng.pick_str(STRS)), long: false },
            7 => E { s: format!("({t} {} {})", self.rng.pick_str(CMP), self.rng.pick_str(STRS)), long: false },
            _ => E { s: t, long: true },
        }
    }

    /// Updates a string variable (string building in loops).
    fn str_stmt(&mut self) {
        let t = self.rng.pick(&self.sc.strs).clone();
        let e = self.short(1);
        match self.rng.below(5) {
            0 | 1 => self.line(&format!("{t} += String.fromCharCode(97 + (({e}) & 15));")),
            2 => self.line(&format!("{t} = {t}.charAt(({e}) & 7) + {t};")),
            3 => self.line(&format!("{t} += {e};")),
            _ => self.line(&format!("{t} = {t}.substring(1) + {t}.charAt(0);")),
        }
        let k = self.rng.range(0, 10);
        self.line(&format!("if ({t}.length > 48) {t} = {t}.slice({k});"));
    }

    fn string_expr(&mut self, d: u32) -> E {
        let a = self.gen_expr(d - 1, false);
        let s = format!("(\"\" + {})", a.s);
        match self.rng.below(9) {
            0 | 1 => {
                let i = self.short(d - 1);
                E { s: format!("{s}.charCodeAt({i})"), long: false }
            }
            2 => {
                let i = self.short(d - 1);
                E { s: format!("{s}.charAt({i})"), long: false }
            }
            3 => E { s: format!("{s}.length"), long: false },
            4 => {
                let i = self.short(d - 1);
                if self.rng.chance(50) {
                    E { s: format!("String.fromCharCode({i})"), long: false }
                } else {
                    E { s: format!("String.fromCharCode(65 + (({i}) & 31), 0x3b1)"), long: false }
                }
            }
            5 => {
                let p = self.rng.pick(STRS);
                E { s: format!("{s}.indexOf({p})"), long: false }
            }
            6 => {
                let k = self.rng.range(1, 4);
                E { s: format!("{s}.slice(-{k})"), long: false }
            }
            7 => {
                let i = self.short(d - 1);
                let j = self.short(d - 1);
                E { s: format!("{s}.substring({i}, {j})"), long: a.long }
            }
            _ => {
                let b = self.gen_expr(d - 1, false);
                let op = self.rng.pick(&["<", ">", "==", "<="]);
                E { s: format!("({s} {op} (\"\" + {}))", b.s), long: false }
            }
        }
    }

    fn args(&mut self, arity: usize) -> String {
        let n = match self.rng.below(6) {
            0 if arity > 0 => arity - 1,
            1 => arity + 1,
            _ => arity,
        };
        (0..n).map(|_| self.gen_expr(1, false).s).collect::<Vec<_>>().join(", ")
    }

    /// A call of a helper function the cost budget allows.
    fn call_expr(&mut self) -> Option<E> {
        if self.sc.no_calls {
            return None;
        }
        let in_try = self.sc.try_depth > 0;
        let cands: Vec<usize> = (0..self.sc.callable)
            .filter(|&i| (in_try || !self.funcs[i].may_throw) && self.sc.cost + self.sc.mult * self.funcs[i].cost <= self.sc.cost_cap)
            .collect();
        if cands.is_empty() {
            return None;
        }
        let f = self.funcs[*self.rng.pick(&cands)].clone();
        self.sc.cost += self.sc.mult * f.cost;
        if f.recursive {
            let n = self.short(1);
            let x = self.gen_expr(1, false);
            return Some(E { s: format!("{}(({n}) & 7, {})", f.name, x.s), long: true });
        }
        let args = self.args(f.arity);
        Some(E { s: format!("{}({args})", f.name), long: true })
    }

    /// A condition.
    fn cond(&mut self, d: u32) -> String {
        match self.rng.below(10) {
            0 | 1 if !self.sc.counters.is_empty() => self.phase_cond(),
            2 if self.rng.chance(self.chaos) => {
                let x = self.gen_expr(d, false);
                let t = self.rng.pick(&["number", "string", "object", "undefined", "boolean"]);
                format!("typeof {} === \"{t}\"", x.s)
            }
            3 => {
                let x = self.gen_expr(d, false);
                x.s
            }
            4 => {
                let x = self.gen_expr(d, false);
                format!("!{}", x.s)
            }
            5 if !self.sc.arrays.is_empty() => {
                let a = self.rng.pick(&self.sc.arrays).clone();
                let k = self.rng.range(0, 10);
                format!("{a}.length > {k}")
            }
            _ => {
                let a = self.gen_expr(d, false);
                let b = self.gen_expr(d, false);
                let op = self.rng.pick(CMP);
                format!("{} {op} {}", a.s, b.s)
            }
        }
    }

    /// A condition on a loop counter that changes value part-way through the loop.
    fn phase_cond(&mut self) -> String {
        let Some(c) = self.sc.counters.last().cloned() else {
            return self.cond_no_counter();
        };
        let c = if self.sc.counters.len() > 1 && self.rng.chance(30) { self.rng.pick(&self.sc.counters).clone() } else { c };
        let mid = self.rng.range(c.lo, c.hi);
        match self.rng.below(6) {
            0 => format!("{} > {mid}", c.name),
            1 => format!("{} === {mid}", c.name),
            2 => format!("{} < {mid}", c.name),
            3 => format!("({} & {}) === 0", c.name, self.rng.pick(&["1", "3", "7", "15"])),
            4 => format!("{} % {} === {}", c.name, self.rng.range(2, 9), self.rng.range(0, 1)),
            _ => format!("{} >= {mid}", c.name),
        }
    }

    fn cond_no_counter(&mut self) -> String {
        let a = self.gen_expr(1, false);
        let b = self.gen_expr(1, false);
        let op = self.rng.pick(CMP);
        format!("{} {op} {}", a.s, b.s)
    }
}

/// A number literal as an operand (negative values parenthesized).
fn num(s: &str) -> String {
    if s.starts_with('-') { format!("({s})") } else { s.to_string() }
}

/// `(op a)`, with a space where the tokens would otherwise merge (`- -x`, `+ ++x`).
fn unary(op: &str, a: &str) -> String {
    if (op == "-" || op == "+") && (a.starts_with('-') || a.starts_with('+')) { format!("({op} {a})") } else { format!("({op}{a})") }
}

fn paren_if_object(s: &str) -> String {
    if s.starts_with('{') { format!("({s})") } else { s.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic() {
        assert_eq!(generate(7), generate(7));
        assert_ne!(generate(7), generate(8));
    }
}
