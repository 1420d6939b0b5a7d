//! Legal terms in days and months as Belgian law counts them: the federal public holidays, working days, and a term in months (Judicial Code art. 52–54), for the appeal period and the first payment.
//!
//! Sources (see docs/legal/running-right.md for the quotes and what is still to be verified):
//! - Appeal to the labour court within three months of the notification: art. 47 § 1 of the law
//!   of 26 May 2002; the notification is the day the registered letter is *presented* (or the
//!   decision handed over against receipt), not the day it is posted (labour-court case law on
//!   art. 47, citing the Constitutional Court, 5 May 2011, no. 59/2011).
//! - The Judicial Code applies to the computation (its arts. 2 and 48): art. 52, the term runs
//!   from the day after the event, midnight to midnight, every day counted; art. 54, a term in
//!   months runs "van de zoveelste tot de dag vóór de zoveelste"; art. 53, a last day that is a
//!   Saturday, Sunday or legal public holiday moves to the next working day.
//! - The legal public holidays: royal decree of 18 April 1974 (ten a year; the communities'
//!   holidays of 11 July, 27 September and 15 November do not move a legal term).
//! - The first payment within 15 days of the decision: art. 23 of the law of 26 May 2002 and
//!   art. 36 of the royal decree of 11 July 2002 (as the federal FAQ and legal-aid guides state).
//!
//! A reading chosen where the text leaves room: when the day-number of the start does not
//! exist in the last month (a term starting on 30 November ends "the day before 30 February"),
//! the term ends on the last day of that month: the earlier date, the safer one for the person.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

/// Days after the decision within which the first payment is due.
pub const FIRST_PAYMENT_DAYS: i64 = 15;

/// Months within which the person may appeal to the labour court.
pub const APPEAL_MONTHS: u32 = 3;

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous algorithm of Meeus, Jones
/// and Butcher).
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// Whether `date` is one of Belgium's ten legal public holidays (royal decree of 18 April 1974).
pub fn is_public_holiday(date: NaiveDate) -> bool {
    let fixed = [
        (1, 1),
        (5, 1),
        (7, 21),
        (8, 15),
        (11, 1),
        (11, 11),
        (12, 25),
    ];
    if fixed.contains(&(date.month(), date.day())) {
        return true;
    }
    let Some(easter) = easter(date.year()) else {
        return false;
    };
    // Easter Monday, Ascension Day (Easter + 39 days), Whit Monday (Easter + 50 days).
    [1, 39, 50]
        .iter()
        .any(|&days| easter.checked_add_signed(Duration::days(days)) == Some(date))
}

/// A working day: Monday to Friday, and not a legal public holiday.
pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_public_holiday(date)
}

/// `date`, or the first working day after it (Judicial Code art. 53).
pub fn working_day_from(date: NaiveDate) -> Option<NaiveDate> {
    let mut d = date;
    // At most a weekend and two holidays in a row; the bound only guards the loop.
    for _ in 0..14 {
        if is_working_day(d) {
            return Some(d);
        }
        d = d.succ_opt()?;
    }
    None
}

/// The last day of a term of `months` months that starts running with `event` (a
/// notification): from the day after it (art. 52) to the day before the same day-number
/// `months` months later (art. 54), moved to the next working day when it is not one (art. 53).
/// None only for dates at the edge of the calendar.
pub fn months_term_end(event: NaiveDate, months: u32) -> Option<NaiveDate> {
    let start = event.succ_opt()?;
    let first_of_target = start.with_day(1)?.checked_add_months(Months::new(months))?;
    let raw_end = match first_of_target.with_day(start.day()) {
        Some(same_day) => same_day.pred_opt()?,
        // That day-number does not exist in the target month: its last day.
        None => first_of_target
            .checked_add_months(Months::new(1))?
            .pred_opt()?,
    };
    working_day_from(raw_end)
}

/// The last day to appeal against a decision notified on `notified_on` (presented or handed
/// over).
pub fn appeal_ends(notified_on: NaiveDate) -> Option<NaiveDate> {
    months_term_end(notified_on, APPEAL_MONTHS)
}

/// The day by which the first payment of a granted leefloon is due.
pub fn first_payment_due(decided_on: NaiveDate) -> Option<NaiveDate> {
    decided_on.checked_add_signed(Duration::days(FIRST_PAYMENT_DAYS))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// Easter Sundays as published (2025: 20 April; 2026: 5 April; 2027: 28 March; 2028:
    /// 16 April; 2038: 25 April, the latest possible; 2285: 22 March, the earliest).
    #[test]
    fn easter_sundays() {
        for (y, e) in [
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2028, "2028-04-16"),
            (2038, "2038-04-25"),
            (2285, "2285-03-22"),
        ] {
            assert_eq!(easter(y), Some(d(e)), "{y}");
        }
    }

    /// The ten legal public holidays of 2026 (royal decree of 18 April 1974), and the
    /// community holidays that are not among them.
    #[test]
    fn the_ten_legal_holidays_of_2026() {
        let holidays: Vec<NaiveDate> = d("2026-01-01")
            .iter_days()
            .take_while(|x| x.year() == 2026)
            .filter(|x| is_public_holiday(*x))
            .collect();
        let expected = [
            "2026-01-01",
            "2026-04-06", // Easter Monday
            "2026-05-01",
            "2026-05-14", // Ascension Day
            "2026-05-25", // Whit Monday
            "2026-07-21",
            "2026-08-15",
            "2026-11-01",
            "2026-11-11",
            "2026-12-25",
        ];
        assert_eq!(holidays, expected.iter().map(|x| d(x)).collect::<Vec<_>>());
        for community in ["2026-07-11", "2026-09-27", "2026-11-15", "2026-12-26"] {
            assert!(!is_public_holiday(d(community)), "{community}");
        }
    }

    /// The appeal period of art. 47 § 1 (three months from the notification), counted by the
    /// Judicial Code, arts. 52–54; worked examples of the legal brief (section 5.5).
    #[test]
    fn the_appeal_period_ends_on_the_right_day() {
        for (notified, ends, why) in [
            (
                "2025-01-31",
                "2025-04-30",
                "month end: from 1 Feb to the day before 1 May",
            ),
            (
                "2027-11-30",
                "2028-02-29",
                "from 1 Dec to the day before 1 Mar, a leap year",
            ),
            (
                "2028-02-29",
                "2028-05-31",
                "leap day: from 1 Mar to the day before 1 Jun",
            ),
            (
                "2025-01-20",
                "2025-04-22",
                "ends on Easter Sunday, then Easter Monday",
            ),
            ("2025-01-06", "2025-04-07", "ends on a Sunday"),
            ("2025-08-11", "2025-11-12", "ends on Armistice Day"),
            (
                "2025-11-29",
                "2026-03-02",
                "from 30 Nov: no 30 Feb, so 28 Feb, a Saturday",
            ),
            ("2026-01-15", "2026-04-15", "an ordinary Wednesday"),
        ] {
            assert_eq!(appeal_ends(d(notified)), Some(d(ends)), "{notified}: {why}");
        }
    }

    /// A term never ends before the same date a naive "plus three months" gives, minus one
    /// day, and always on a working day.
    #[test]
    fn every_appeal_end_is_a_working_day_about_three_months_on() {
        for notified in d("2024-01-01").iter_days().take(3 * 366) {
            let end = appeal_ends(notified).unwrap();
            assert!(is_working_day(end), "{notified} -> {end}");
            let naive = notified.checked_add_months(Months::new(3)).unwrap();
            assert!(end >= naive.pred_opt().unwrap(), "{notified} -> {end}");
            assert!((end - notified).num_days() <= 96, "{notified} -> {end}");
        }
    }

    /// The first payment within 15 days of the decision (art. 23 of the law of 26 May 2002).
    #[test]
    fn the_first_payment_is_due_fifteen_days_after_the_decision() {
        assert_eq!(first_payment_due(d("2026-02-20")), Some(d("2026-03-07")));
        assert_eq!(first_payment_due(d("2028-02-20")), Some(d("2028-03-06")));
        assert_eq!(first_payment_due(d("2026-12-24")), Some(d("2027-01-08")));
    }

    #[test]
    fn the_edge_of_the_calendar_gives_none_not_a_panic() {
        assert_eq!(appeal_ends(NaiveDate::MAX), None);
        assert_eq!(first_payment_due(NaiveDate::MAX), None);
    }
}
