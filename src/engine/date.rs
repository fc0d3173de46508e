//! A calendar date, `YYYY-MM-DD`: the evaluation date and a rule's `from`/`until`.
//!
//! The engine has no clock: the caller (the widget, the CLI, a test) says which day it evaluates
//! on, so the same facts on the same day always give the same result. Only real calendar days
//! parse (no 2025-02-30), and dates compare in calendar order.

use std::fmt;

/// A real calendar day (years 1 to 9999). Ordered by the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Reads `YYYY-MM-DD`; `None` for anything else, including days that do not exist.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u16> {
            let part = &s[r];
            part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok()).flatten()
        };
        Date::new(num(0..4)?, u8::try_from(num(5..7)?).ok()?, u8::try_from(num(8..10)?).ok()?)
    }

    /// The date with these parts, if it is a real day (`const`, so tests can name a fixed day).
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        if year >= 1 && year <= 9999 && day >= 1 && day <= days {
            Some(Date { year, month, day })
        } else {
            None
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn only_real_days_parse_and_they_order_by_the_calendar() {
        for ok in ["2026-11-29", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"] {
            assert_eq!(Date::parse(ok).map(|d| d.to_string()).as_deref(), Some(ok));
        }
        for bad in ["2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01", "2026-1-01", "2026/01/01", "+026-01-01", "2026-01-01 ", ""] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        let d = |s| Date::parse(s).unwrap();
        assert!(d("2025-12-31") < d("2026-01-01"));
        assert!(d("2026-02-28") < d("2026-03-01"));
        assert!(d("2026-10-09") < d("2026-10-10"));
    }
}
