//! Command-line options of the `tarsier` shell.

use engine_core::Config;

/// Usage text.
pub const USAGE: &str = "\
usage: tarsier [options] [file.js ...] [-e code]
options:
  -e CODE                 run CODE (may be repeated, mixed with files)
  --dump=bytecode         print the bytecode of each script before running it
  --jit=off|on|sync|background
                          JIT mode: off interprets; sync records and compiles on
                          the script thread; background (and on, the default)
                          compiles on a pool of compiler threads
  --jit-workers=N         compiler threads in background mode (default: cores - 1)
  --jit-hot=N             loop crossings before a loop is hot; 1 is stress mode
                          (record at once, extend every exit at its first hit)
  --jit-diag=FLAGS        minimal,abort,lir,asm,exits,stats,timeline,full (also TMFLAGS)
  --jit-peel=on|off       peel loops so loop-carried values stay in registers
  --jit-check             checking mode: every exit and every recorded step is
                          checked against the interpreter's state; violations are
                          reported on stderr and the exit status is 5
  --heap-limit=SIZE       hard heap limit, e.g. 64M, 1G (default 1G)
  --stack-slots=N         register stack size in values (default 1048576)
  --max-call-depth=N      nested script calls before RangeError (default 10000)
  --gc-stress=N           collect every N allocations (testing)
  -h, --help              this text
";

/// A script to run.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// A file path.
    File(String),
    /// Code from `-e`.
    Inline(String),
}

/// JIT modes the shell accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitMode {
    /// Interpreter only.
    Off,
    /// Compile on the script thread.
    Sync,
    /// Compile on worker threads.
    Background,
}

/// Parsed options.
#[derive(Clone, Debug)]
pub struct Options {
    /// Engine configuration.
    pub config: Config,
    /// Scripts in order.
    pub sources: Vec<Source>,
    /// Print bytecode before running.
    pub dump_bytecode: bool,
    /// Requested JIT mode.
    pub jit: JitMode,
    /// Requested hot threshold.
    pub jit_hot: Option<u32>,
    /// Compiler threads in background mode (0: default).
    pub jit_workers: usize,
    /// Native stack size for the script thread.
    pub native_stack_bytes: usize,
}

/// Parses a size with an optional K/M/G suffix.
pub fn parse_size(s: &str) -> Result<usize, String> {
    let (num, mult) = match s.chars().last() {
        Some('k' | 'K') => (&s[..s.len() - 1], 1usize << 10),
        Some('m' | 'M') => (&s[..s.len() - 1], 1 << 20),
        Some('g' | 'G') => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    let n: usize = num.parse().map_err(|_| format!("bad size '{s}'"))?;
    n.checked_mul(mult).ok_or_else(|| format!("size '{s}' too large"))
}

fn number<T: std::str::FromStr>(flag: &str, v: &str) -> Result<T, String> {
    v.parse().map_err(|_| format!("bad value for {flag}: '{v}'"))
}

/// Parses the command line; `Ok(None)` means "print usage".
pub fn parse_args(args: &[String]) -> Result<Option<Options>, String> {
    let mut o = Options {
        config: Config::default(),
        sources: Vec::new(),
        dump_bytecode: false,
        jit: JitMode::Background,
        jit_hot: None,
        jit_workers: 0,
        native_stack_bytes: 256 << 20,
    };
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        let (flag, inline_val) = match a.split_once('=') {
            Some((f, v)) if a.starts_with("--") => (f, Some(v)),
            _ => (a.as_str(), None),
        };
        let mut value = || -> Result<String, String> {
            if let Some(v) = inline_val {
                return Ok(v.to_string());
            }
            i += 1;
            args.get(i).cloned().ok_or_else(|| format!("{flag} needs a value"))
        };
        match flag {
            "-h" | "--help" => return Ok(None),
            "-e" => {
                let code = value()?;
                o.sources.push(Source::Inline(code));
            }
            "--dump" => match value()?.as_str() {
                "bytecode" => o.dump_bytecode = true,
                other => return Err(format!("unknown dump kind '{other}'")),
            },
            "--jit" => {
                o.jit = match value()?.as_str() {
                    "off" => JitMode::Off,
                    "sync" => JitMode::Sync,
                    "on" | "background" => JitMode::Background,
                    other => return Err(format!("unknown JIT mode '{other}'")),
                }
            }
            "--jit-hot" => o.jit_hot = Some(number(flag, &value()?)?),
            "--jit-workers" => o.jit_workers = number(flag, &value()?)?,
            "--jit-check" => o.config.jit.check = true,
            "--jit-diag" => o.config.jit.diag = engine_core::jit::monitor::diag::parse(&value()?),
            "--jit-peel" => {
                o.config.jit.peel = match value()?.as_str() {
                    "on" => true,
                    "off" => false,
                    v => return Err(format!("--jit-peel: expected on or off, got {v}")),
                }
            }
            "--heap-limit" => o.config.heap_limit = parse_size(&value()?)?,
            "--stack-slots" => o.config.stack_slots = number(flag, &value()?)?,
            "--max-call-depth" => o.config.max_call_depth = number(flag, &value()?)?,
            "--gc-stress" => o.config.gc_stress_interval = number(flag, &value()?)?,
            _ if a.starts_with('-') && a.len() > 1 => return Err(format!("unknown option '{a}'")),
            _ => o.sources.push(Source::File(a.clone())),
        }
        i += 1;
    }
    if let Ok(f) = std::env::var("TMFLAGS") {
        o.config.jit.diag |= engine_core::jit::monitor::diag::parse(&f);
    }
    apply_jit(&mut o);
    Ok(Some(o))
}

/// Turns the JIT flags into engine configuration.
pub fn apply_jit(o: &mut Options) {
    o.config.jit.enabled = o.jit != JitMode::Off;
    if let Some(h) = o.jit_hot {
        let h = h.max(1);
        o.config.jit.hot_loop = h;
        if h == 1 {
            o.config.jit.hot_exit = 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_files_inline_and_flags() {
        let o = parse_args(&args(&["--jit=off", "a.js", "-e", "print(1)", "--heap-limit", "64M", "--dump=bytecode"])).unwrap().unwrap();
        assert_eq!(o.sources, vec![Source::File("a.js".into()), Source::Inline("print(1)".into())]);
        assert_eq!(o.config.heap_limit, 64 << 20);
        assert!(o.dump_bytecode);
        assert_eq!(o.jit, JitMode::Off);
        assert!(parse_args(&args(&["--nope"])).is_err());
        assert!(parse_args(&args(&["-e"])).is_err());
        assert!(parse_args(&args(&["--help"])).unwrap().is_none());
    }
}
