//! Command-line options of the `tarsier` shell.

use engine_core::Config;

/// Usage text.
pub const USAGE: &str = "\
usage: tarsier [options] [file.js ...] [-e code] [-- args ...]
       tarsier [options] -- file.js [args ...]
       tarsier [options]            REPL (stdin a terminal) or the script on stdin
  file.js                 run the file; several files run in order in one engine
  -                       run the program read from stdin
  -e CODE                 run CODE (may be repeated, mixed with files)
  --                      end of options: after a file or -e, every word goes to
                          scriptArgs; before any, the first word is the script
                          and the rest go to scriptArgs
options:
  --dump=bytecode         print the bytecode of each script before running it
  --jit=off|on|sync|background
                          JIT mode: off interprets; sync records and compiles on
                          the script thread; background (and on, the default)
                          compiles on a pool of compiler threads
  --jit-workers=N         compiler threads in background mode (default: cores - 1)
  --jit-hot=N             loop crossings before a loop is hot; 1 is stress mode
                          (record at once, extend every exit at its first hit)
  --jit-diag=FLAGS        minimal,abort,lir,asm,exits,stats,timeline,full (also TMFLAGS);
                          timeline writes an SVG picture of what the JIT did to
                          tarsier-timeline-PID.svg, timeline=FILE to FILE
  --jit-peel=on|off       peel loops so loop-carried values stay in registers
  --jit-check             checking mode: every exit and every recorded step is
                          checked against the interpreter's state; violations are
                          reported on stderr and the exit status is 5
  --heap-limit=SIZE       hard heap limit in bytes, or with K, KB, M, MB, G, GB
                          (powers of 1024), e.g. 64M, 16MB (default 1G)
  --stack-slots=N         register stack size in values (default 1048576)
  --max-call-depth=N      nested script calls before RangeError (default 20000)
  --native-stack=SIZE     native stack of the script thread, like --heap-limit
                          (default 256M); natives calling back into script
                          (map, sort, getters, toString) nest until it is
                          nearly used up, then throw a RangeError
  --gc-stress=N           collect every N allocations (testing)
  --version               print the version
  -h, --help              this text
globals besides the language's: print(...), console.log/info/debug/warn/error
  (node's formatting; warn and error to stderr), load(path), read(path),
  readFile(path), quit([code]), scriptArgs, gc()
exit status: 0 success, 1 uncaught exception, 2 syntax error in a script,
  3 usage or I/O error, 4 interrupted (Ctrl-C), 5 JIT check violations;
  quit(code) exits with code
environment: TZ sets the local time zone (default: the system's, /etc/localtime)
";

/// A script to run.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// A file path.
    File(String),
    /// Code from `-e`.
    Inline(String),
    /// The program on stdin (`-`).
    Stdin,
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
    /// The words after `--` (or after the script named after `--`): `scriptArgs`.
    pub script_args: Vec<String>,
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
    /// Where `timeline=FILE` asked the timeline picture to go (else the
    /// default name, when the timeline is on).
    pub timeline_path: Option<String>,
}

/// What the command line asks for.
#[derive(Clone, Debug)]
pub enum Command {
    /// Run scripts (or the REPL).
    Run(Box<Options>),
    /// Print the usage text.
    Help,
    /// Print the version.
    Version,
}

/// Parses a size: a number of bytes with an optional `K`, `KB`, `M`, `MB`, `G`
/// or `GB` suffix (any case; powers of 1024).
pub fn parse_size(s: &str) -> Result<usize, String> {
    let upper = s.trim().to_ascii_uppercase();
    let digits = upper.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let mult: usize = match &upper[digits.len()..] {
        "" | "B" => 1,
        "K" | "KB" => 1 << 10,
        "M" | "MB" => 1 << 20,
        "G" | "GB" => 1 << 30,
        _ => return Err(format!("bad size '{s}' (a number with K, KB, M, MB, G or GB)")),
    };
    let n: usize = digits.parse().map_err(|_| format!("bad size '{s}' (a number with K, KB, M, MB, G or GB)"))?;
    n.checked_mul(mult).ok_or_else(|| format!("size '{s}' too large"))
}

/// The words `--jit-diag` and `TMFLAGS` accept.
pub const DIAG_WORDS: &[&str] = &["minimal", "abort", "lir", "asm", "exits", "stats", "timeline", "full"];

/// Parses a `--jit-diag`/`TMFLAGS` list into flags and the file a
/// `timeline=FILE` word names; unknown words are an error naming the valid ones.
pub fn parse_diag(what: &str, s: &str) -> Result<(u32, Option<String>), String> {
    let mut path = None;
    for w in s.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        if let Some(file) = w.strip_prefix("timeline=") {
            if file.is_empty() {
                return Err(format!("{what}: timeline= needs a file name"));
            }
            path = Some(file.to_string());
        } else if !DIAG_WORDS.contains(&w) {
            return Err(format!("{what}: unknown word '{w}' (valid: {}, timeline=FILE)", DIAG_WORDS.join(", ")));
        }
    }
    Ok((engine_core::jit::monitor::diag::parse(s), path))
}

/// The timeline picture's file when none was named: `tarsier-timeline-PID.svg`
/// in the current directory.
pub fn default_timeline_path() -> String {
    format!("tarsier-timeline-{}.svg", std::process::id())
}

fn number<T: std::str::FromStr>(flag: &str, v: &str) -> Result<T, String> {
    v.parse().map_err(|_| format!("bad value for {flag}: '{v}'"))
}

/// Parses the command line (without the program name).
pub fn parse_args(args: &[String]) -> Result<Command, String> {
    let mut o = Options {
        config: Config::default(),
        sources: Vec::new(),
        script_args: Vec::new(),
        dump_bytecode: false,
        jit: JitMode::Background,
        jit_hot: None,
        jit_workers: 0,
        native_stack_bytes: 256 << 20,
        timeline_path: None,
    };
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "--" {
            let mut rest = args[i + 1..].iter();
            if o.sources.is_empty() {
                match rest.next().map(String::as_str) {
                    Some("-") => o.sources.push(Source::Stdin),
                    Some(file) => o.sources.push(Source::File(file.to_string())),
                    None => {}
                }
            }
            o.script_args = rest.cloned().collect();
            break;
        }
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
            "-h" | "--help" => return Ok(Command::Help),
            "--version" => return Ok(Command::Version),
            "-" => o.sources.push(Source::Stdin),
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
            "--jit-diag" => {
                let (flags, path) = parse_diag("--jit-diag", &value()?)?;
                o.config.jit.diag = flags;
                o.timeline_path = path.or(o.timeline_path.take());
            }
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
            "--native-stack" => o.native_stack_bytes = parse_size(&value()?)?.max(1 << 20),
            "--gc-stress" => o.config.gc_stress_interval = number(flag, &value()?)?,
            _ if a.starts_with('-') && a.len() > 1 => return Err(format!("unknown option '{a}'")),
            _ => o.sources.push(Source::File(a.clone())),
        }
        i += 1;
    }
    if let Ok(f) = std::env::var("TMFLAGS") {
        let (flags, path) = parse_diag("TMFLAGS", &f)?;
        o.config.jit.diag |= flags;
        // The command line's file wins.
        o.timeline_path = o.timeline_path.take().or(path);
    }
    apply_jit(&mut o);
    Ok(Command::Run(Box::new(o)))
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

    fn run(v: &[&str]) -> Options {
        match parse_args(&args(v)) {
            Ok(Command::Run(o)) => *o,
            other => panic!("{v:?}: {other:?}"),
        }
    }

    #[test]
    fn parses_files_inline_and_flags() {
        let o = run(&["--jit=off", "a.js", "-e", "print(1)", "--heap-limit", "64M", "--dump=bytecode"]);
        assert_eq!(o.sources, vec![Source::File("a.js".into()), Source::Inline("print(1)".into())]);
        assert_eq!(o.config.heap_limit, 64 << 20);
        assert!(o.dump_bytecode);
        assert_eq!(o.jit, JitMode::Off);
        assert!(parse_args(&args(&["--nope"])).is_err());
        assert!(parse_args(&args(&["-e"])).is_err());
        assert!(matches!(parse_args(&args(&["--help"])), Ok(Command::Help)));
        assert!(matches!(parse_args(&args(&["--version"])), Ok(Command::Version)));
    }

    #[test]
    fn double_dash_and_stdin() {
        // Files before `--`, arguments after.
        let o = run(&["a.js", "b.js", "--", "x", "--y", "-"]);
        assert_eq!(o.sources, vec![Source::File("a.js".into()), Source::File("b.js".into())]);
        assert_eq!(o.script_args, args(&["x", "--y", "-"]));
        // Nothing before `--`: the first word is the script.
        let o = run(&["--jit=off", "--", "s.js", "1", "-e"]);
        assert_eq!(o.sources, vec![Source::File("s.js".into())]);
        assert_eq!(o.script_args, args(&["1", "-e"]));
        let o = run(&["--", "-", "a"]);
        assert_eq!(o.sources, vec![Source::Stdin]);
        assert_eq!(o.script_args, args(&["a"]));
        let o = run(&["-e", "1", "--"]);
        assert!(o.script_args.is_empty());
        assert_eq!(run(&["-"]).sources, vec![Source::Stdin]);
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("123"), Ok(123));
        assert_eq!(parse_size("16K"), Ok(16 << 10));
        assert_eq!(parse_size("16kb"), Ok(16 << 10));
        assert_eq!(parse_size("16MB"), Ok(16 << 20));
        assert_eq!(parse_size("2g"), Ok(2 << 30));
        assert_eq!(parse_size("2GB"), Ok(2 << 30));
        assert_eq!(parse_size("64B"), Ok(64));
        for bad in ["", "M", "12X", "1.5M", "12MiB", "-1M"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn diag_words() {
        use engine_core::jit::monitor::diag::{MINIMAL, STATS, TIMELINE};
        assert_eq!(parse_diag("x", "minimal, stats,"), Ok((MINIMAL | STATS, None)));
        let e = parse_diag("--jit-diag", "abort,bogus").unwrap_err();
        assert!(e.contains("'bogus'") && e.contains("timeline"), "{e}");
        for w in DIAG_WORDS {
            assert!(parse_diag("x", w).is_ok(), "{w}");
        }
        assert_eq!(parse_diag("x", "stats,timeline=out/t.svg"), Ok((STATS | TIMELINE, Some("out/t.svg".into()))));
        assert!(parse_diag("x", "timeline=").unwrap_err().contains("needs a file name"));
        // Prefixes of words and words with values they do not take stay errors.
        for bad in ["timelines", "stats=1", "time"] {
            assert!(parse_diag("x", bad).is_err(), "{bad}");
        }
        let o = run(&["--jit-diag=timeline=a.svg", "-e", "1"]);
        assert_eq!((o.config.jit.diag, o.timeline_path.as_deref()), (TIMELINE, Some("a.svg")));
    }
}
