//! The Belgian national register number (INSZ / NISS): parse, check, store as 11 digits.
//!
//! YYMMDD, a 3-digit serial (odd for men, even for women) and 2 check digits:
//! check = 97 − (first nine digits mod 97), with a "2" put in front of the nine digits for
//! people born in 2000 or later. Month or day may be 00 when unknown; bis numbers add 40 to
//! the month (sex known) or 20 (sex unknown).

use chrono::NaiveDate;

use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nrn {
    /// The 11 digits, as stored.
    pub digits: String,
    /// 1900 or 2000, decided by which check digits match.
    pub century: u32,
    /// A bis number (month + 20 or + 40): given to people not in the national register.
    pub bis: bool,
    /// The birth date when month and day are known.
    pub birth_date: Option<NaiveDate>,
}

/// Parses a number typed in any usual way (`93.05.18-223.61`, `93051822361`, with spaces or
/// slashes). `field` names the input in errors.
pub fn parse(input: &str, field: &str) -> Result<Nrn> {
    let f = || field.to_string();
    if input
        .chars()
        .any(|c| !(c.is_ascii_digit() || matches!(c, '.' | '-' | '/' | ' ')))
    {
        return Err(Error::NrnCharacters { field: f() });
    }
    let digits: String = input.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() != 11 {
        return Err(Error::NrnLength {
            field: f(),
            count: digits.len(),
        });
    }
    let num = |a: usize, b: usize| -> u64 { digits[a..b].parse().unwrap_or(0) };
    let (yy, mm, dd) = (num(0, 2) as u32, num(2, 4) as u32, num(4, 6) as u32);
    let first9 = num(0, 9);
    let check = num(9, 11);

    let century = if 97 - first9 % 97 == check {
        1900
    } else if 97 - (2_000_000_000 + first9) % 97 == check {
        2000
    } else {
        return Err(Error::NrnChecksum { field: f() });
    };

    let (month, bis) = match mm {
        0..=12 => (mm, false),
        20..=32 => (mm - 20, true),
        40..=52 => (mm - 40, true),
        _ => {
            return Err(Error::NrnMonth {
                field: f(),
                month: mm,
            })
        }
    };
    if dd > 31 {
        return Err(Error::NrnDay {
            field: f(),
            day: dd,
        });
    }
    let birth_date = if month > 0 && dd > 0 {
        match NaiveDate::from_ymd_opt((century + yy) as i32, month, dd) {
            Some(d) => Some(d),
            None => {
                return Err(Error::NrnDay {
                    field: f(),
                    day: dd,
                })
            }
        }
    } else {
        None
    };
    Ok(Nrn {
        digits,
        century,
        bis,
        birth_date,
    })
}

/// The usual written form: `YY.MM.DD-SSS.CC`.
pub fn format(digits: &str) -> String {
    if digits.len() != 11 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return digits.to_string();
    }
    format!(
        "{}.{}.{}-{}.{}",
        &digits[0..2],
        &digits[2..4],
        &digits[4..6],
        &digits[6..9],
        &digits[9..11]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    // Check digits below were computed by hand (and cross-checked outside Rust), not with
    // the function under test. All numbers are synthetic.

    #[test]
    fn valid_twentieth_century_with_separators() {
        let n = parse("93.05.18-223.61", "nrn").unwrap();
        assert_eq!(n.digits, "93051822361");
        assert_eq!(n.century, 1900);
        assert!(!n.bis);
        assert_eq!(n.birth_date, NaiveDate::from_ymd_opt(1993, 5, 18));
        assert_eq!(parse("93051822361", "nrn").unwrap(), n);
        assert_eq!(parse("930518 223 61", "nrn").unwrap(), n);
        assert_eq!(parse("93/05/18-223/61", "nrn").unwrap(), n);
        assert_eq!(format(&n.digits), "93.05.18-223.61");
    }

    #[test]
    fn born_in_2000_or_later() {
        // 010203004: 97 − ((2 000 000 000 + 10 203 004) mod 97) = 67
        let n = parse("01.02.03-004.67", "nrn").unwrap();
        assert_eq!(n.century, 2000);
        assert_eq!(n.birth_date, NaiveDate::from_ymd_opt(2001, 2, 3));
        // The same nine digits with the 1900 check digits would be someone born in 1901.
        assert!(parse("01.02.03-004.68", "nrn").is_err());
    }

    #[test]
    fn bis_numbers() {
        // Month + 40 (sex known): 854101001 → check 04
        let n = parse("85.41.01-001.04", "nrn").unwrap();
        assert!(n.bis);
        assert_eq!(n.birth_date, NaiveDate::from_ymd_opt(1985, 1, 1));
        // Month + 20 (sex unknown): 852101001 → check 58
        let n = parse("85.21.01-001.58", "nrn").unwrap();
        assert!(n.bis);
        assert_eq!(n.birth_date, NaiveDate::from_ymd_opt(1985, 1, 1));
    }

    #[test]
    fn unknown_month_and_day() {
        // 900000123 → check 21: born in 1990, month and day unknown.
        let n = parse("90.00.00-123.21", "nrn").unwrap();
        assert_eq!(n.birth_date, None);
        assert_eq!(n.century, 1900);
    }

    #[test]
    fn invalid_numbers_say_what_is_wrong() {
        assert_eq!(
            parse("93.05.18-223.62", "nrn").unwrap_err(),
            Error::NrnChecksum {
                field: "nrn".into()
            }
        );
        assert_eq!(
            parse("93.05.18-223.6", "nrn").unwrap_err(),
            Error::NrnLength {
                field: "nrn".into(),
                count: 10
            }
        );
        assert_eq!(
            parse("93.05.18-223.61a", "nrn").unwrap_err(),
            Error::NrnCharacters {
                field: "nrn".into()
            }
        );
        assert_eq!(
            parse("", "nrn").unwrap_err(),
            Error::NrnLength {
                field: "nrn".into(),
                count: 0
            }
        );
        // 2005-02-29 does not exist; 050229001 with 2000+ check digits 53.
        assert_eq!(
            parse("05.02.29-001.53", "nrn").unwrap_err(),
            Error::NrnDay {
                field: "nrn".into(),
                day: 29
            }
        );
        // Month 13 with valid check digits: 851301001 → 97 − (851301001 mod 97).
        let first9: u64 = 851301001;
        let bad_month = format!("{first9:09}{:02}", 97 - first9 % 97);
        assert_eq!(
            parse(&bad_month, "nrn").unwrap_err(),
            Error::NrnMonth {
                field: "nrn".into(),
                month: 13
            }
        );
    }
}
