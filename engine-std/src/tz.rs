//! The host's local time zone for `Date`: `TZ` (an IANA name such as
//! `Europe/Berlin`, a path to a TZif file, or a POSIX rule such as
//! `EST5EDT,M3.2.0,M11.1.0`), else the system default (`/etc/localtime`), else
//! UTC. Transitions come from the system's tz database through `jiff`.

use engine_core::date::{FixedOffset, LocalTimeZone};
use jiff::tz::{AmbiguousOffset, Offset, TimeZone};
use jiff::Timestamp;

/// A local time zone: a fixed offset (UTC among them) or a zone with
/// transitions.
#[derive(Clone, Debug)]
pub enum Zone {
    /// A constant offset: UTC, `Etc/GMT-1`, a POSIX rule without DST.
    Fixed(FixedOffset),
    /// A zone with transitions (daylight saving time, historical changes).
    Rules(TimeZone),
}

impl Default for Zone {
    fn default() -> Self {
        Zone::utc()
    }
}

const UTC_NAME: &str = "Coordinated Universal Time";

impl Zone {
    /// UTC (offset 0, "Coordinated Universal Time", as node with `TZ=UTC`).
    pub fn utc() -> Zone {
        Zone::Fixed(FixedOffset::new(0, UTC_NAME))
    }

    /// The process's local zone: `TZ`, else `/etc/localtime`, else UTC.
    pub fn system() -> Zone {
        match TimeZone::try_system() {
            Ok(tz) => Zone::from_time_zone(tz),
            Err(_) => Zone::utc(),
        }
    }

    /// The zone named like `TZ` would name it (IANA name, TZif path or POSIX
    /// rule); `None` if it is not found.
    pub fn named(name: &str) -> Option<Zone> {
        let tz = if name.starts_with('/') {
            TimeZone::tzif(name, &std::fs::read(name).ok()?).ok()?
        } else {
            TimeZone::get(name).or_else(|_| TimeZone::posix(name)).ok()?
        };
        Some(Zone::from_time_zone(tz))
    }

    fn from_time_zone(tz: TimeZone) -> Zone {
        if tz.is_unknown() {
            return Zone::utc();
        }
        match tz.to_fixed_offset() {
            Ok(off) => {
                let minutes = off.seconds() / 60;
                let abbr = tz.to_offset_info(Timestamp::UNIX_EPOCH).abbreviation().to_string();
                let name = if minutes == 0 && matches!(tz.iana_name(), Some("UTC" | "Etc/UTC" | "Etc/UCT" | "UCT" | "Etc/Universal" | "Universal" | "Etc/Zulu" | "Zulu"))
                    || (minutes == 0 && abbr == "UTC")
                {
                    String::from(UTC_NAME)
                } else {
                    display_name(&abbr, minutes)
                };
                Zone::Fixed(FixedOffset::new(minutes, name))
            }
            Err(_) => Zone::Rules(tz),
        }
    }
}

/// Milliseconds in 400 Gregorian years (the calendar, weekdays included,
/// repeats with this period).
const MS_PER_400_YEARS: f64 = 146_097.0 * 86_400_000.0;

/// The instant as a jiff timestamp. jiff covers the years -9999 to 9999: later
/// instants move back by whole 400-year cycles (so the zone's current rules
/// apply to them, as in V8), earlier ones clamp (local mean time anyway).
fn timestamp(ms: f64) -> Timestamp {
    let min = Timestamp::MIN.as_millisecond() as f64;
    let max = Timestamp::MAX.as_millisecond() as f64;
    let mut ms = if ms.is_nan() { 0.0 } else { ms };
    if ms > max {
        ms -= ((ms - max) / MS_PER_400_YEARS).ceil() * MS_PER_400_YEARS;
    }
    let ms = ms.clamp(min, max) as i64;
    Timestamp::from_millisecond(ms).unwrap_or(Timestamp::UNIX_EPOCH)
}

fn offset_ms(o: Offset) -> f64 {
    f64::from(o.seconds()) * 1000.0
}

impl LocalTimeZone for Zone {
    fn offset_ms(&self, utc_ms: f64) -> f64 {
        match self {
            Zone::Fixed(f) => f.offset_ms(utc_ms),
            Zone::Rules(tz) => offset_ms(tz.to_offset(timestamp(utc_ms))),
        }
    }

    fn offset_for_local_ms(&self, local_ms: f64) -> f64 {
        match self {
            Zone::Fixed(f) => f.offset_for_local_ms(local_ms),
            Zone::Rules(tz) => {
                // The wall-clock fields of `local_ms`, read as a civil date-time.
                let civil = Offset::UTC.to_datetime(timestamp(local_ms));
                match tz.to_ambiguous_timestamp(civil).offset() {
                    AmbiguousOffset::Unambiguous { offset } => offset_ms(offset),
                    // V8 (ICU's UCAL_TZ_LOCAL_FORMER): the offset before the
                    // transition, in a gap and in an overlap alike.
                    AmbiguousOffset::Gap { before, .. } | AmbiguousOffset::Fold { before, .. } => offset_ms(before),
                }
            }
        }
    }

    fn name(&self, utc_ms: f64) -> String {
        match self {
            Zone::Fixed(f) => f.name(utc_ms),
            Zone::Rules(tz) => {
                let info = tz.to_offset_info(timestamp(utc_ms));
                if info.abbreviation() == "LMT" {
                    // Local mean time, before the zone's first standard time:
                    // ICU names it after the zone's standard time.
                    for probe in [946_684_800_000.0, 962_409_600_000.0] {
                        let now = tz.to_offset_info(timestamp(probe));
                        if now.dst().is_std() {
                            return display_name(now.abbreviation(), now.offset().seconds() / 60);
                        }
                    }
                }
                display_name(info.abbreviation(), info.offset().seconds() / 60)
            }
        }
    }
}

/// The long name node (ICU) prints in `Date.prototype.toString` for the common
/// zone abbreviations at their offsets; others are named by their offset
/// (`GMT+05:45`), as ICU names zones it has no name for.
fn display_name(abbr: &str, minutes: i32) -> String {
    const NAMES: &[(&str, i32, &str)] = &[
        ("UTC", 0, "Coordinated Universal Time"),
        ("GMT", 0, "Greenwich Mean Time"),
        ("BST", 60, "British Summer Time"),
        ("IST", 60, "Irish Standard Time"),
        ("WET", 0, "Western European Standard Time"),
        ("WEST", 60, "Western European Summer Time"),
        ("CET", 60, "Central European Standard Time"),
        ("CEST", 120, "Central European Summer Time"),
        ("EET", 120, "Eastern European Standard Time"),
        ("EEST", 180, "Eastern European Summer Time"),
        ("MSK", 180, "Moscow Standard Time"),
        ("SAST", 120, "South Africa Standard Time"),
        ("IST", 330, "India Standard Time"),
        ("CST", 480, "China Standard Time"),
        ("HKT", 480, "Hong Kong Standard Time"),
        ("AWST", 480, "Australian Western Standard Time"),
        ("JST", 540, "Japan Standard Time"),
        ("KST", 540, "Korean Standard Time"),
        ("ACST", 570, "Australian Central Standard Time"),
        ("ACDT", 630, "Australian Central Daylight Time"),
        ("AEST", 600, "Australian Eastern Standard Time"),
        ("AEDT", 660, "Australian Eastern Daylight Time"),
        ("NZST", 720, "New Zealand Standard Time"),
        ("NZDT", 780, "New Zealand Daylight Time"),
        ("EST", -300, "Eastern Standard Time"),
        ("EDT", -240, "Eastern Daylight Time"),
        ("CST", -360, "Central Standard Time"),
        ("CDT", -300, "Central Daylight Time"),
        ("MST", -420, "Mountain Standard Time"),
        ("MDT", -360, "Mountain Daylight Time"),
        ("PST", -480, "Pacific Standard Time"),
        ("PDT", -420, "Pacific Daylight Time"),
        ("AKST", -540, "Alaska Standard Time"),
        ("AKDT", -480, "Alaska Daylight Time"),
        ("HST", -600, "Hawaii-Aleutian Standard Time"),
    ];
    match NAMES.iter().find(|(a, m, _)| *a == abbr && *m == minutes) {
        Some((_, _, name)) => String::from(*name),
        None => FixedOffset::with_gmt_name(minutes).name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_and_rule_zones() {
        let utc = Zone::named("UTC").expect("UTC");
        assert_eq!(utc.offset_ms(0.0), 0.0);
        assert_eq!(utc.name(0.0), UTC_NAME);
        // A POSIX rule: US Eastern, DST from the second Sunday of March to the
        // first Sunday of November.
        let ny = Zone::named("EST5EDT,M3.2.0,M11.1.0").expect("posix rule");
        let jan = 1_577_880_000_000.0; // 2020-01-01T12:00Z
        let jul = 1_593_604_800_000.0; // 2020-07-01T12:00Z
        assert_eq!(ny.offset_ms(jan), -5.0 * 3_600_000.0);
        assert_eq!(ny.offset_ms(jul), -4.0 * 3_600_000.0);
        assert_eq!(ny.name(jan), "Eastern Standard Time");
        assert_eq!(ny.name(jul), "Eastern Daylight Time");
        // 2020-03-08 02:30 local does not exist: the offset before the gap (EST).
        let gap_local = 1_583_634_600_000.0; // 2020-03-08T02:30 as if UTC
        assert_eq!(ny.offset_for_local_ms(gap_local), -5.0 * 3_600_000.0);
        // 2020-11-01 01:30 local happens twice: the earlier (EDT).
        let fold_local = 1_604_194_200_000.0; // 2020-11-01T01:30 as if UTC
        assert_eq!(ny.offset_for_local_ms(fold_local), -4.0 * 3_600_000.0);
        // Far outside jiff's range: the offsets at its ends, no panic.
        assert!(ny.offset_ms(8.64e15).is_finite());
        assert!(ny.offset_for_local_ms(-8.64e15).is_finite());
        assert!(ny.offset_ms(f64::NAN).is_finite());
        // Past year 9999 the rules repeat every 400 years: July is summer time.
        let far_july = jul + 1000.0 * MS_PER_400_YEARS;
        assert_eq!(ny.offset_ms(far_july), -4.0 * 3_600_000.0);
    }
}
