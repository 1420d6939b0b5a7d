//! The figures and computations of the royal decree of 11 July 2002 that are not indexed
//! amounts: exemptions, capital (art. 27), real estate (art. 25), sales (art. 28-32) and the
//! dated reading of art. 34; each with where it was found.
//!
//! Sources (checked 30 November 2026 through the federal administration's FAQ and guides that
//! quote it; Primabook's own sections on capital and property could not be read in full):
//! - art. 22 §2 general exemption €155/€250/€310 a year, not indexed, on the total when below
//!   the category amount: Brussels social rights guide (bdas-wwsb.brussels/?p=3321),
//!   droitsquotidiens.be;
//! - art. 27: SPP IS FAQ "wordt voor de berekening van het leefloon rekening gehouden met de
//!   spaargelden" (mi-is.be): 6 % of the part between €6,200 and €12,500, 10 % above;
//! - art. 25: the decree (unofficial coordination) and bdas-wwsb.brussels/?p=5317: the
//!   non-indexed cadastral income above €750 (+ €125 a child) for built property, above €30
//!   for unbuilt property, times 3; in joint ownership both times the share;
//! - art. 28-32: general circular of 27 March 2018 as quoted by Terralaboris: the market value
//!   at the sale or gift in the ten years before the request, times the share (usufruct 40 %,
//!   bare ownership 60 %), less personal debts paid off with it, then art. 27;
//! - art. 34: SPP IS FAQ "moet er voor de berekening van het leefloon rekening gehouden worden
//!   met…" (before 1 March 2026); royal decree of 7 January 2026 (Belgian Official Gazette 16
//!   January 2026, in force 1 March 2026) as described by the SPP IS newsflash and
//!   cpasconnect.be: every maintenance debtor of full age living with the applicant, and the
//!   family allowance a cohabitant receives for the applicant.
//! - art. 35: €309.48 / €443.52 a month from 1 February 2025 (droitsquotidiens.be,
//!   bdas-wwsb.brussels/?p=3363); 3 years (36 months) over 6 years; the higher amount 3 months,
//!   once.

use chrono::NaiveDate;

use super::calc::{money, ResourceLine, Step};
use crate::i18n::{self, Lang};

/// General yearly exemptions (art. 22 §2), in cents: not indexed.
pub const GENERAL_EXEMPTION_COHABITANT: i64 = 15_500;
pub const GENERAL_EXEMPTION_SINGLE: i64 = 25_000;
pub const GENERAL_EXEMPTION_FAMILY: i64 = 31_000;

/// Socio-professional exemption (art. 35): months in total, and at the higher amount.
pub const SP_MONTHS_TOTAL: u16 = 36;
pub const SP_SHORTAGE_MONTHS: u8 = 3;

/// Art. 27: movable capital, in cents: nothing up to the first threshold, 6 % up to the second,
/// 10 % above.
pub const CAPITAL_FREE: i64 = 620_000;
pub const CAPITAL_SECOND: i64 = 1_250_000;

/// Art. 25: exempt cadastral income of built property, and per child; of unbuilt property.
pub const CADASTRAL_BUILT_FREE: i64 = 75_000;
pub const CADASTRAL_PER_CHILD: i64 = 12_500;
pub const CADASTRAL_UNBUILT_FREE: i64 = 3_000;
pub const CADASTRAL_MULTIPLIER: i64 = 3;

/// Art. 28-32: only sales and gifts in the ten years before the request count; a usufruct sold
/// counts at 40 % of the full value, a bare ownership at 60 %.
pub const SALE_YEARS: u32 = 10;
pub const USUFRUCT_PERCENT: i64 = 40;
pub const BARE_OWNERSHIP_PERCENT: i64 = 60;

/// The reform of art. 34 by the royal decree of 7 January 2026 applies to requests from this
/// date (and to existing rights at their next revision).
pub fn art34_reform() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap_or(NaiveDate::MAX)
}

/// Whether the reformed art. 34 applies on `date`.
pub fn reformed(date: NaiveDate) -> bool {
    date >= art34_reform()
}

fn t(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    i18n::catalogs().message(lang, id, args)
}

/// `percent` of `cents`, rounded down (to the person's advantage).
fn percent_of(cents: i64, percent: i64) -> i64 {
    cents.saturating_mul(percent) / 100
}

/// Art. 27: the yearly resource a capital gives, with its steps. `what` names the capital
/// ("savings of the applicant", "the sale of 12/03/2020"), `whose` the person.
pub fn capital_income(capital: i64, what: &str, lang: Lang) -> (i64, Vec<Step>) {
    let first = (capital.min(CAPITAL_SECOND) - CAPITAL_FREE).max(0);
    let second = (capital - CAPITAL_SECOND).max(0);
    let income = percent_of(first, 6) + percent_of(second, 10);
    let step = Step {
        step: "capital".into(),
        text: t(
            lang,
            "step-capital",
            &[
                ("what", what.to_string()),
                ("capital", money(lang, capital)),
                ("free", money(lang, CAPITAL_FREE)),
                ("second", money(lang, CAPITAL_SECOND)),
                ("first_part", money(lang, first)),
                ("second_part", money(lang, second)),
                ("amount", money(lang, income)),
            ],
        ),
        amount_cents: Some(income),
    };
    (income, vec![step])
}

/// One person's real estate, for art. 25: the cadastral income times the share, and the
/// largest share held (the exempt amount is multiplied by it: where several properties are
/// held in different shares, the largest is the reading most favourable to the person).
#[derive(Debug, Default, Clone, Copy)]
pub struct Estate {
    pub cadastral: i64,
    pub max_share: i64,
}

impl Estate {
    pub fn add(&mut self, line: &ResourceLine) {
        let share = i64::from(line.share_percent.unwrap_or(100));
        self.cadastral += percent_of(line.amount_cents, share);
        self.max_share = self.max_share.max(share);
    }
}

/// Art. 25: the yearly resource of built and unbuilt real estate, with its steps.
pub fn real_estate_income(
    built: Estate,
    unbuilt: Estate,
    children: u8,
    whose: &str,
    lang: Lang,
) -> (i64, Vec<Step>) {
    let mut steps = Vec::new();
    let mut total = 0;
    for (estate, is_built) in [(built, true), (unbuilt, false)] {
        if estate.cadastral == 0 && estate.max_share == 0 {
            continue;
        }
        let base = if is_built {
            CADASTRAL_BUILT_FREE + CADASTRAL_PER_CHILD * i64::from(children)
        } else {
            CADASTRAL_UNBUILT_FREE
        };
        let free = percent_of(base, estate.max_share);
        let income = (estate.cadastral - free).max(0) * CADASTRAL_MULTIPLIER;
        total += income;
        let id = if is_built {
            "real-estate-built"
        } else {
            "real-estate-unbuilt"
        };
        steps.push(Step {
            step: id.into(),
            text: t(
                lang,
                &format!("step-{id}"),
                &[
                    ("whose", whose.to_string()),
                    ("cadastral", money(lang, estate.cadastral)),
                    ("free", money(lang, free)),
                    ("children", children.to_string()),
                    ("amount", money(lang, income)),
                ],
            ),
            amount_cents: Some(income),
        });
    }
    (total, steps)
}

/// Art. 28-32: what a sale or gift counts as capital (before art. 27), with its step; zero
/// when it is more than ten years before `on`.
pub fn sale_value(line: &ResourceLine, on: NaiveDate, lang: Lang) -> (i64, Step) {
    let sold = line.sold_on.unwrap_or(on);
    let date = i18n::date(lang, sold);
    let limit = on
        .checked_sub_months(chrono::Months::new(12 * SALE_YEARS))
        .unwrap_or(NaiveDate::MIN);
    if sold < limit {
        return (
            0,
            Step {
                step: "sale-too-old".into(),
                text: t(lang, "step-sale-too-old", &[("date", date)]),
                amount_cents: Some(0),
            },
        );
    }
    let right = line.sold_right.unwrap_or_default();
    let right_percent = match right {
        SoldRight::Full => 100,
        SoldRight::Usufruct => USUFRUCT_PERCENT,
        SoldRight::BareOwnership => BARE_OWNERSHIP_PERCENT,
    };
    let share = i64::from(line.share_percent.unwrap_or(100));
    let value = percent_of(percent_of(line.amount_cents, share), right_percent);
    let deductions = line.deductions_cents.unwrap_or(0);
    let net = (value - deductions).max(0);
    (
        net,
        Step {
            step: "sale".into(),
            text: t(
                lang,
                "step-sale",
                &[
                    ("date", date),
                    ("value", money(lang, line.amount_cents)),
                    ("share", share.to_string()),
                    (
                        "right",
                        t(lang, &format!("sold-right-{}", right.code()), &[]),
                    ),
                    ("right_percent", right_percent.to_string()),
                    ("counted_value", money(lang, value)),
                    ("deductions", money(lang, deductions)),
                    ("net", money(lang, net)),
                ],
            ),
            amount_cents: Some(net),
        },
    )
}

/// What was sold or given: the full property, a usufruct or a bare ownership.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SoldRight {
    #[default]
    Full,
    Usufruct,
    BareOwnership,
}

impl SoldRight {
    pub const ALL: [SoldRight; 3] = [
        SoldRight::Full,
        SoldRight::Usufruct,
        SoldRight::BareOwnership,
    ];
    pub fn code(self) -> &'static str {
        match self {
            SoldRight::Full => "full",
            SoldRight::Usufruct => "usufruct",
            SoldRight::BareOwnership => "bare_ownership",
        }
    }
    pub fn parse(s: &str) -> Option<SoldRight> {
        SoldRight::ALL.into_iter().find(|r| r.code() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Worked examples of the secondary sources quoted above.

    #[test]
    fn savings_tranches() {
        // bdas-wwsb.brussels/?p=3440: €25,500 → 6 % × 6,300 + 10 % × 13,000 = €1,678 a year.
        assert_eq!(capital_income(2_550_000, "x", Lang::En).0, 167_800);
        // Below €6,200 nothing counts.
        assert_eq!(capital_income(620_000, "x", Lang::En).0, 0);
        // Between the thresholds: €10,000 → 6 % × 3,800 = €228.
        assert_eq!(capital_income(1_000_000, "x", Lang::En).0, 22_800);
    }

    #[test]
    fn real_estate_examples() {
        let one = |ci: i64| Estate {
            cadastral: ci,
            max_share: 100,
        };
        // adasasbl.be / bdas: CI €2,000, no child: (2,000 − 750) × 3 = €3,750 a year.
        assert_eq!(
            real_estate_income(one(200_000), Estate::default(), 0, "x", Lang::En).0,
            375_000
        );
        // CI €850 with one child: 850 < 750 + 125, nothing counts.
        assert_eq!(
            real_estate_income(one(85_000), Estate::default(), 1, "x", Lang::En).0,
            0
        );
        // bdas-wwsb.brussels/?p=5317: land CI €350: (350 − 30) × 3 = €960.
        assert_eq!(
            real_estate_income(Estate::default(), one(35_000), 0, "x", Lang::En).0,
            96_000
        );
    }
}
