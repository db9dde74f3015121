//! Draws a [`Timeline`] as an SVG picture: time runs left to right; bands show
//! the script thread's interpreting, recording, compiling and native time and
//! each compiler thread's compiling; below, a row per hot loop shows its
//! recordings, compile jobs, installs, native runs, aborts and blacklisting.
//!
//! The elements carry classes and ids for tools and tests: `g.band` with ids
//! `band-interpret`, `band-record`, `band-compile`, `band-native` and
//! `band-compiler-N`; `g.tree` (id `tree-N`, `data-location`) per loop, holding
//! `rect.record`, `rect.native`, `rect.job`, `line.publish`, `path.install` and
//! `g.marker` (with `abort`, `retry`, `blacklist` or `compile-failed`), each
//! with a `<title>` tooltip.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::{MarkKind, Row, Span, SpanList, Timeline};
use crate::jit::monitor::Activity;
use crate::jit::runtime::{CompileOutcome, CompileSpan};

const WIDTH: f64 = 1280.0;
const PLOT_X: f64 = 300.0;
const PLOT_W: f64 = 950.0;
const BAND_H: f64 = 14.0;
const ROW_H: f64 = 22.0;
const GAP: f64 = 4.0;
const AXIS_Y: f64 = 112.0;

const INTERPRET: &str = "#a9a9a9";
const RECORD: &str = "#f0a020";
const COMPILE: &str = "#d62728";
const WORKER: &str = "#8e44ad";
const NATIVE: &str = "#2ca02c";
const INSTALL: &str = "#1f77b4";

/// What the picture needs besides the record.
pub struct Labels<'a> {
    /// How the engine compiled ("sync", "background", ...), for the title.
    pub mode: &'a str,
    /// Source location (`file:line:col`) of each anchor, by anchor index.
    pub locations: &'a [&'a str],
    /// Peer trees of each anchor, by anchor index.
    pub trees: &'a [usize],
}

/// The SVG text of `tl` up to `end_ns`.
pub fn render(tl: &Timeline, end_ns: u64, labels: &Labels) -> String {
    let end_ns = end_ns.max(tl.start_ns + 1);
    let scale = Scale { start: tl.start_ns, span: end_ns - tl.start_ns };
    let rows: Vec<(usize, &Row)> = tl.rows.iter().enumerate().filter(|(_, r)| !r.is_empty()).collect();
    let bands_y = AXIS_Y + 26.0;
    let threads_y = bands_y + 4.0 * (BAND_H + GAP) + 24.0;
    let trees_y = threads_y + if tl.threads.is_empty() { 0.0 } else { tl.threads.len() as f64 * (BAND_H + GAP) + 24.0 };
    let notes_y = trees_y + rows.len().max(1) as f64 * ROW_H + 24.0;
    let notes = notes(tl, &rows);
    let height = notes_y + notes.len() as f64 * 15.0 + 10.0;

    let mut s = String::with_capacity(64 * 1024);
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height:.0}\" viewBox=\"0 0 {WIDTH} {height:.0}\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"11\">"
    );
    s.push_str("<title>Tarsier JIT timeline</title>\n");
    let _ = writeln!(s, "<rect width=\"{WIDTH}\" height=\"{height:.0}\" fill=\"#ffffff\"/>");
    header(&mut s, tl, end_ns, labels);
    axis(&mut s, &scale, AXIS_Y, notes_y - 16.0);

    section(&mut s, "Script thread", bands_y - 8.0);
    let names = ["interpret", "record", "compile", "native"];
    let texts = ["interpret", "record", "compile (script thread)", "native code"];
    let colors = [INTERPRET, RECORD, COMPILE, NATIVE];
    for (i, a) in [Activity::Interpret, Activity::Record, Activity::Compile, Activity::Native].into_iter().enumerate() {
        // The running activity's open span, closed at the end.
        let mut list = tl.script[i].clone();
        let (since, cur) = tl.current();
        if cur == a {
            list.push(since, end_ns);
        }
        let y = bands_y + i as f64 * (BAND_H + GAP);
        band(&mut s, &format!("band-{}", names[i]), texts[i], colors[i], &list, &scale, y);
    }
    if !tl.threads.is_empty() {
        section(&mut s, "Compiler threads", threads_y - 8.0);
        for (i, list) in tl.threads.iter().enumerate() {
            let y = threads_y + i as f64 * (BAND_H + GAP);
            band(&mut s, &format!("band-compiler-{i}"), &format!("compile (compiler thread {i})"), WORKER, list, &scale, y);
        }
    }
    section(&mut s, "Hot loops (one row per loop and its trees)", trees_y - 8.0);
    if rows.is_empty() {
        let _ = writeln!(s, "<text x=\"12\" y=\"{:.1}\" fill=\"#666\">no loop got hot</text>", trees_y + 14.0);
    }
    for (k, (anchor, row)) in rows.iter().enumerate() {
        let y = trees_y + k as f64 * ROW_H;
        tree_row(&mut s, *anchor, row, labels, &scale, y, k);
    }
    for (i, n) in notes.iter().enumerate() {
        let _ = writeln!(s, "<text class=\"note\" x=\"12\" y=\"{:.1}\" fill=\"#555\">{}</text>", notes_y + i as f64 * 15.0, esc(n));
    }
    s.push_str("</svg>\n");
    s
}

/// Maps host times to x coordinates.
struct Scale {
    start: u64,
    span: u64,
}

impl Scale {
    fn x(&self, t: u64) -> f64 {
        PLOT_X + t.saturating_sub(self.start).min(self.span) as f64 * PLOT_W / self.span as f64
    }
    /// Nanoseconds one pixel covers.
    fn ns_per_px(&self) -> u64 {
        (self.span as f64 / PLOT_W) as u64
    }
    /// Time since the start, for tooltips.
    fn at(&self, t: u64) -> String {
        dur(t.saturating_sub(self.start))
    }
}

fn header(s: &mut String, tl: &Timeline, end_ns: u64, labels: &Labels) {
    let total = end_ns - tl.start_ns;
    let shares = tl.shares(end_ns);
    let pct = |i: usize| 100.0 * shares[i] as f64 / total as f64;
    let _ = writeln!(s, "<text x=\"12\" y=\"24\" font-size=\"16\" font-weight=\"bold\">Tarsier JIT timeline: {} ({})</text>", dur(total), esc(labels.mode));
    let _ = writeln!(
        s,
        "<text id=\"summary\" x=\"12\" y=\"44\">script thread: interpret {:.1}%, record {:.1}%, compile {:.1}%, native {:.1}%; {} compiler thread(s) seen; {} hot loop(s)</text>",
        pct(0),
        pct(1),
        pct(2),
        pct(3),
        tl.threads.len(),
        tl.rows.iter().filter(|r| !r.is_empty()).count()
    );
    // Legend: swatches, then the row symbols.
    s.push_str("<g id=\"legend\">\n");
    let swatches = [(INTERPRET, "interpret"), (RECORD, "record"), (COMPILE, "compile (script thread)"), (WORKER, "compile (compiler thread)"), (NATIVE, "native code")];
    let mut x = 12.0;
    for (c, t) in swatches {
        let _ = writeln!(s, "<rect x=\"{x:.1}\" y=\"56\" width=\"14\" height=\"10\" fill=\"{c}\"/><text x=\"{:.1}\" y=\"65\">{t}</text>", x + 18.0);
        x += 26.0 + t.len() as f64 * 6.0;
    }
    let mut x = 12.0;
    let y = 80.0;
    let items: [(&str, &str); 6] = [
        ("publish", "code published by the compiler"),
        ("install", "installed by the script thread"),
        ("abort", "recording aborted"),
        ("retry", "aborted, retried at once"),
        ("blacklist", "blacklisted"),
        ("compile-failed", "compilation failed"),
    ];
    for (kind, t) in items {
        symbol(s, kind, x + 6.0, y);
        let _ = writeln!(s, "<text x=\"{:.1}\" y=\"{:.1}\">{t}</text>", x + 16.0, y + 4.0);
        x += 34.0 + t.len() as f64 * 5.6;
    }
    let _ = writeln!(s, "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"#555\">Paler spans: merged runs, partly idle. Hover for details.</text>", x, y + 4.0);
    s.push_str("</g>\n");
}

/// The time axis with labelled ticks and grid lines down to `bottom`.
fn axis(s: &mut String, scale: &Scale, y: f64, bottom: f64) {
    let step = tick_step(scale.span);
    s.push_str("<g id=\"axis\">\n");
    let _ = writeln!(s, "<line x1=\"{PLOT_X}\" y1=\"{y}\" x2=\"{:.1}\" y2=\"{y}\" stroke=\"#333\"/>", PLOT_X + PLOT_W);
    let mut t = 0;
    while t <= scale.span {
        let x = scale.x(scale.start + t);
        let _ = writeln!(s, "<line x1=\"{x:.1}\" y1=\"{y}\" x2=\"{x:.1}\" y2=\"{bottom:.1}\" stroke=\"#e4e4e4\"/>");
        let _ = writeln!(s, "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{y}\" stroke=\"#333\"/>", y - 4.0);
        let _ = writeln!(s, "<text class=\"tick\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>", y - 7.0, tick_label(t, step, scale.span));
        t += step;
    }
    let _ = writeln!(s, "<text x=\"12\" y=\"{y}\" fill=\"#555\">time since the engine started</text>");
    s.push_str("</g>\n");
}

fn section(s: &mut String, title: &str, y: f64) {
    let _ = writeln!(s, "<text class=\"section\" x=\"12\" y=\"{y:.1}\" font-weight=\"bold\" font-size=\"12\">{}</text>", esc(title));
}

/// One band: its label and its spans, merged to whole pixels.
fn band(s: &mut String, id: &str, label: &str, color: &str, list: &SpanList, scale: &Scale, y: f64) {
    let busy = list.busy_ns();
    let _ = writeln!(s, "<g class=\"band\" id=\"{id}\">");
    let _ = writeln!(s, "<rect x=\"{PLOT_X}\" y=\"{y:.1}\" width=\"{PLOT_W}\" height=\"{BAND_H}\" fill=\"#f6f6f6\"/>");
    let _ = writeln!(s, "<text x=\"24\" y=\"{:.1}\">{}<title>{}: {} in all</title></text>", y + BAND_H - 3.0, esc(label), esc(label), dur(busy));
    for sp in pixel_runs(list.spans(), scale.ns_per_px()) {
        let what = format!("{label}: {} to {}, {} busy in {} span(s)", scale.at(sp.start_ns), scale.at(sp.end_ns), dur(sp.busy_ns), sp.count);
        span_rect(s, "span", &sp, color, scale, y, BAND_H, &what);
    }
    s.push_str("</g>\n");
}

/// One loop's row.
fn tree_row(s: &mut String, anchor: usize, row: &Row, labels: &Labels, scale: &Scale, y: f64, k: usize) {
    let loc = labels.locations.get(anchor).copied().unwrap_or("?");
    let trees = labels.trees.get(anchor).copied().unwrap_or(0);
    let aborts: u32 = row.markers.iter().filter(|m| m.kind == MarkKind::Abort).map(|m| m.count).sum();
    let _ = writeln!(s, "<g class=\"tree\" id=\"tree-{anchor}\" data-location=\"{}\">", esc(loc));
    if k.is_multiple_of(2) {
        let _ = writeln!(s, "<rect x=\"0\" y=\"{y:.1}\" width=\"{WIDTH}\" height=\"{ROW_H}\" fill=\"#fafafa\"/>");
    }
    let _ = writeln!(
        s,
        "<text class=\"location\" x=\"12\" y=\"{:.1}\">{}<title>loop at {}: {} tree(s), {} recording(s), {} abort(s), {} native run(s), {} native</title></text>",
        y + 14.0,
        esc(&short(label_of(loc), 44)),
        esc(loc),
        trees,
        row.recordings,
        aborts,
        row.native.spans().iter().map(|x| x.count as u64).sum::<u64>(),
        dur(row.native.busy_ns())
    );
    // Upper lane: the script thread (recording, native); lower lane: compiling.
    let (top, lane) = (y + 2.0, 9.0);
    for sp in pixel_runs(row.record.spans(), scale.ns_per_px()) {
        let what = format!("recording: {} to {} ({} busy, {} recording(s))", scale.at(sp.start_ns), scale.at(sp.end_ns), dur(sp.busy_ns), sp.count);
        span_rect(s, "record", &sp, RECORD, scale, top, lane, &what);
    }
    for sp in pixel_runs(row.native.spans(), scale.ns_per_px()) {
        let what = format!("native: {} to {} ({} busy, {} run(s))", scale.at(sp.start_ns), scale.at(sp.end_ns), dur(sp.busy_ns), sp.count);
        span_rect(s, "native", &sp, NATIVE, scale, top, lane, &what);
    }
    for j in &row.jobs {
        job(s, j, scale, top + lane + 1.0, 7.0);
    }
    for i in &row.installs {
        let x = scale.x(i.at_ns);
        let published = row.jobs.iter().find(|j| j.tree == i.tree && j.version == i.version && j.outcome == CompileOutcome::Published);
        let after = published.map(|j| format!(" ({} after publication)", dur(i.at_ns.saturating_sub(j.end_ns)))).unwrap_or_default();
        let _ = writeln!(
            s,
            "<path class=\"install\" d=\"M{x:.1} {:.1}l4 4l-4 4l-4 -4z\" fill=\"{INSTALL}\"><title>tree #{} version {} installed at {}{after}</title></path>",
            y + 7.0,
            i.tree,
            i.version,
            scale.at(i.at_ns)
        );
    }
    for m in &row.markers {
        let kind = match m.kind {
            MarkKind::Abort => "abort",
            MarkKind::Retry => "retry",
            MarkKind::Blacklist => "blacklist",
            MarkKind::CompileFailed => "compile-failed",
        };
        let when = if m.count > 1 { format!("x{} from {} to {}", m.count, scale.at(m.first_ns), scale.at(m.last_ns)) } else { format!("at {}", scale.at(m.first_ns)) };
        let _ = writeln!(s, "<g class=\"marker {kind}\"><title>{kind} {when}: {}</title>", esc(&m.reason));
        let x = scale.x(m.first_ns);
        if m.count > 1 && scale.x(m.last_ns) - x >= 2.0 {
            let _ = writeln!(s, "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#888\" stroke-dasharray=\"2 2\"/>", y + 11.0, scale.x(m.last_ns), y + 11.0);
            symbol(s, kind, scale.x(m.last_ns), y + 11.0);
        }
        symbol(s, kind, x, y + 11.0);
        s.push_str("</g>\n");
    }
    s.push_str("</g>\n");
}

/// A compile job in a tree row: its span on the compiler's colour and, if it
/// published, a tick at the publication.
fn job(s: &mut String, j: &CompileSpan, scale: &Scale, y: f64, h: f64) {
    let color = if j.thread.is_some() { WORKER } else { COMPILE };
    let thread = match j.thread {
        Some(t) => format!("compiler thread {t}"),
        None => String::from("the script thread"),
    };
    let outcome = match &j.outcome {
        CompileOutcome::Published => format!("published at {}", scale.at(j.end_ns)),
        CompileOutcome::Superseded => String::from("superseded by a newer version"),
        CompileOutcome::Failed(why) => format!("failed: {why}"),
    };
    let x0 = scale.x(j.start_ns);
    let w = (scale.x(j.end_ns) - x0).max(1.0);
    let _ = writeln!(
        s,
        "<rect class=\"job\" x=\"{x0:.2}\" y=\"{y:.1}\" width=\"{w:.2}\" height=\"{h}\" fill=\"{color}\"><title>tree #{} version {} compiled on {thread} from {} ({}), {}</title></rect>",
        j.tree,
        j.version,
        scale.at(j.start_ns),
        dur(j.end_ns.saturating_sub(j.start_ns)),
        esc(&outcome)
    );
    if j.outcome == CompileOutcome::Published {
        let x = scale.x(j.end_ns);
        let _ = writeln!(s, "<line class=\"publish\" x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#000\" stroke-width=\"1.5\"><title>tree #{} version {} published at {}</title></line>", y - 2.0, y + h + 1.0, j.tree, j.version, scale.at(j.end_ns));
    }
}

/// A legend or marker symbol centred at `(x, y)`.
fn symbol(s: &mut String, kind: &str, x: f64, y: f64) {
    let _ = match kind {
        "publish" => writeln!(s, "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#000\" stroke-width=\"1.5\"/>", y - 5.0, y + 5.0),
        "install" => writeln!(s, "<path d=\"M{x:.1} {:.1}l4 4l-4 4l-4 -4z\" fill=\"{INSTALL}\"/>", y - 4.0),
        "abort" => writeln!(s, "<path d=\"M{:.1} {:.1}l7 7m0 -7l-7 7\" stroke=\"#c00000\" stroke-width=\"2\"/>", x - 3.5, y - 3.5),
        "retry" => writeln!(s, "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3.5\" fill=\"none\" stroke=\"#e07000\" stroke-width=\"1.5\"/>"),
        "blacklist" => writeln!(s, "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"8\" height=\"8\" fill=\"#000\"/>", x - 4.0, y - 4.0),
        _ => writeln!(s, "<path d=\"M{x:.1} {:.1}l4.5 8h-9z\" fill=\"{WORKER}\" stroke=\"#000\" stroke-width=\"0.5\"/>", y - 4.5),
    };
}

/// A span as a rectangle at least one pixel wide; partly idle (merged) spans
/// are paler.
#[allow(clippy::too_many_arguments)]
fn span_rect(s: &mut String, class: &str, sp: &Span, color: &str, scale: &Scale, y: f64, h: f64, what: &str) {
    let x0 = scale.x(sp.start_ns);
    let w = (scale.x(sp.end_ns) - x0).max(1.0);
    let len = sp.end_ns.saturating_sub(sp.start_ns).max(1);
    let density = (sp.busy_ns as f64 / len as f64).min(1.0);
    let opacity = 0.3 + 0.7 * density;
    let _ = writeln!(s, "<rect class=\"{class}\" x=\"{x0:.2}\" y=\"{y:.1}\" width=\"{w:.2}\" height=\"{h}\" fill=\"{color}\" fill-opacity=\"{opacity:.2}\"><title>{}</title></rect>", esc(what));
}

/// Spans merged where they are closer than one pixel (the picture cannot show
/// the gap anyway), so a band has at most about one rectangle per pixel.
fn pixel_runs(spans: &[Span], px_ns: u64) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for sp in spans {
        match out.last_mut() {
            Some(last) if sp.start_ns <= last.end_ns.saturating_add(px_ns) => {
                last.end_ns = last.end_ns.max(sp.end_ns);
                last.busy_ns += sp.busy_ns;
                last.count = last.count.saturating_add(sp.count);
            }
            _ => out.push(*sp),
        }
    }
    out
}

/// What the picture leaves out or simplifies.
fn notes(tl: &Timeline, rows: &[(usize, &Row)]) -> Vec<String> {
    let mut n = Vec::new();
    let lists = tl.script.iter().chain(tl.threads.iter()).chain(rows.iter().flat_map(|(_, r)| [&r.record, &r.native]));
    let gap = lists.map(SpanList::merge_gap_ns).max().unwrap_or(0);
    if gap > 0 {
        n.push(format!("The event log is bounded: in some bands and rows, spans closer than {} were merged (paler where partly idle).", dur(gap)));
    }
    if tl.dropped_events > 0 {
        n.push(format!("{} event(s) of loops past the first {} or of compiler threads past {} are not drawn.", tl.dropped_events, super::MAX_ROWS, super::MAX_THREADS));
    }
    if tl.dropped_jobs > 0 {
        n.push(format!("{} compile span(s) were dropped by the code service's bounded log.", tl.dropped_jobs));
    }
    let dropped: u64 = rows.iter().map(|(_, r)| r.dropped).sum();
    if dropped > 0 {
        n.push(format!("{dropped} job(s), install(s) or marker(s) past the per-row caps are not drawn; repeated markers with the same reason are drawn once (hover for the count)."));
    }
    n.push(String::from("Native time of a tree called from another tree's native code counts for the loop that entered native code."));
    n
}

/// A tick every 1, 2 or 5 times a power of ten, about ten in all.
fn tick_step(span: u64) -> u64 {
    let raw = (span / 10).max(1);
    let mut p: u64 = 1;
    while p.saturating_mul(10) <= raw {
        p *= 10;
    }
    [1, 2, 5, 10].into_iter().map(|m| p * m).find(|s| *s >= raw).unwrap_or(p * 10)
}

/// A tick label in the unit that fits the whole span, with the decimals the
/// step needs.
fn tick_label(t: u64, step: u64, span: u64) -> String {
    let (unit, div) = if span >= 2_000_000_000 {
        ("s", 1e9)
    } else if span >= 2_000_000 {
        ("ms", 1e6)
    } else if span >= 2_000 {
        ("µs", 1e3)
    } else {
        ("ns", 1.0)
    };
    let step_units = step as f64 / div;
    let decimals = if step_units >= 1.0 { 0 } else if step_units >= 0.1 { 1 } else { 2 };
    format!("{:.*} {unit}", decimals, t as f64 / div)
}

/// A duration for people.
fn dur(ns: u64) -> String {
    let f = ns as f64;
    if ns < 1_000 {
        format!("{ns} ns")
    } else if ns < 1_000_000 {
        format!("{:.1} µs", f / 1e3)
    } else if ns < 1_000_000_000 {
        format!("{:.2} ms", f / 1e6)
    } else {
        format!("{:.3} s", f / 1e9)
    }
}

/// A row's label: the location without the file's directories (the tooltip
/// and `data-location` keep the whole path).
fn label_of(loc: &str) -> &str {
    loc.rfind(['/', '\\']).map_or(loc, |i| &loc[i + 1..])
}

/// `text` cut to its last `max` characters (file names are long at the front).
fn short(text: &str, max: usize) -> String {
    let n = text.chars().count();
    if n <= max {
        return String::from(text);
    }
    let mut out = String::from("…");
    out.extend(text.chars().skip(n - (max - 1)));
    out
}

/// Escapes text for XML content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Not allowed in XML 1.0 at all.
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' && c != '\r' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round() {
        assert_eq!(tick_step(95_000_000), 10_000_000);
        assert_eq!(tick_step(1_000_000_000), 100_000_000);
        assert_eq!(tick_step(30_000), 5_000);
        assert_eq!(tick_label(20_000_000, 10_000_000, 95_000_000), "20 ms");
        assert_eq!(tick_label(500_000, 500_000, 4_400_000), "0.5 ms");
        assert_eq!(tick_label(1_500_000, 500_000, 4_400_000), "1.5 ms");
        assert_eq!(tick_label(500_000, 100_000, 1_000_000), "500 µs");
        assert_eq!(tick_label(200_000_000, 100_000_000, 1_000_000_000), "200 ms");
        assert_eq!(tick_label(3_000_000_000, 1_000_000_000, 9_000_000_000), "3 s");
    }

    #[test]
    fn text_is_escaped_and_shortened() {
        assert_eq!(esc("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;\u{FFFD}");
        assert_eq!(short("abcdef", 4), "…def");
        assert_eq!(short("abc", 4), "abc");
        assert_eq!(label_of("/a/b/c.js:1:2"), "c.js:1:2");
        assert_eq!(label_of("c.js:1:2"), "c.js:1:2");
    }

    #[test]
    fn renders_every_part() {
        let mut t = Timeline::new(0);
        t.switch(1_000, Activity::Record);
        t.recording_started(0);
        t.recorded(0, 1_000, 2_000);
        t.switch(2_000, Activity::Native);
        t.ran_native(0, 2_000, 9_000);
        t.switch(9_000, Activity::Interpret);
        t.mark(1, MarkKind::Abort, 5_000, String::from("untraceable <native>"));
        let svg = render(&t, 10_000, &Labels { mode: "sync", locations: &["a.js:1:1", "a.js:2:3"], trees: &[1, 0] });
        for part in ["id=\"band-interpret\"", "id=\"band-native\"", "id=\"tree-0\"", "data-location=\"a.js:2:3\"", "class=\"marker abort\"", "untraceable &lt;native&gt;"] {
            assert!(svg.contains(part), "{part} in\n{svg}");
        }
    }
}
