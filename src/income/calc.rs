//! The leefloon calculation: a pure function from category, resources and amounts row to the
//! yearly and monthly amount, with every step a person needs to follow it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::amounts::AmountRow;
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Cohabitant,
    Single,
    Family,
}

impl Category {
    pub fn code(self) -> &'static str {
        match self {
            Category::Cohabitant => "cohabitant",
            Category::Single => "single",
            Category::Family => "family",
        }
    }
    pub fn parse(s: &str) -> Option<Category> {
        [Category::Cohabitant, Category::Single, Category::Family]
            .into_iter()
            .find(|c| c.code() == s)
    }
    /// General yearly exemption (royal decree of 11 July 2002, not indexed), in cents.
    pub fn general_exemption_cents(self) -> i64 {
        match self {
            Category::Cohabitant => 15_500,
            Category::Single => 25_000,
            Category::Family => 31_000,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResourceKind {
    Wages,
    Benefit,
    Maintenance,
    Property,
    FamilyAllowance,
    StudyGrant,
    OcmwAid,
    Gift,
    Other,
}

impl ResourceKind {
    pub const ALL: [ResourceKind; 9] = [
        ResourceKind::Wages,
        ResourceKind::Benefit,
        ResourceKind::Maintenance,
        ResourceKind::Property,
        ResourceKind::FamilyAllowance,
        ResourceKind::StudyGrant,
        ResourceKind::OcmwAid,
        ResourceKind::Gift,
        ResourceKind::Other,
    ];
    pub fn code(self) -> &'static str {
        match self {
            ResourceKind::Wages => "wages",
            ResourceKind::Benefit => "benefit",
            ResourceKind::Maintenance => "maintenance",
            ResourceKind::Property => "property",
            ResourceKind::FamilyAllowance => "family_allowance",
            ResourceKind::StudyGrant => "study_grant",
            ResourceKind::OcmwAid => "ocmw_aid",
            ResourceKind::Gift => "gift",
            ResourceKind::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Option<ResourceKind> {
        ResourceKind::ALL.into_iter().find(|k| k.code() == s)
    }
    /// Recorded but never counted: family allowance for children raised, study grants,
    /// OCMW aid, occasional gifts.
    pub fn exempt(self) -> bool {
        matches!(
            self,
            ResourceKind::FamilyAllowance
                | ResourceKind::StudyGrant
                | ResourceKind::OcmwAid
                | ResourceKind::Gift
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Whose {
    Applicant,
    Partner,
    Parent,
    AdultChild,
    Other,
}

impl Whose {
    pub const ALL: [Whose; 5] = [
        Whose::Applicant,
        Whose::Partner,
        Whose::Parent,
        Whose::AdultChild,
        Whose::Other,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Whose::Applicant => "applicant",
            Whose::Partner => "partner",
            Whose::Parent => "parent",
            Whose::AdultChild => "adult_child",
            Whose::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Option<Whose> {
        Whose::ALL.into_iter().find(|w| w.code() == s)
    }
    /// Parents and adult children may be counted, by the worker's motivated choice.
    pub fn counted_by_choice(self) -> bool {
        matches!(self, Whose::Parent | Whose::AdultChild)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Month,
    Year,
}

/// One resource line as the calculation sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResourceLine {
    pub kind: ResourceKind,
    pub whose: Whose,
    pub amount_cents: i64,
    pub period: Period,
    /// Only for `parent` and `adult_child`: whether the worker chose to count it.
    #[serde(default)]
    pub counted: Option<bool>,
    /// The worker's motivation for counting a parent's or adult child's income.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub motivation: Option<String>,
}

/// Why a line counts or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Treatment {
    Counted,
    Exempt,
    Never,
    NotChosen,
    Chosen,
}

impl Treatment {
    pub fn counts(self) -> bool {
        matches!(self, Treatment::Counted | Treatment::Chosen)
    }
    pub fn code(self) -> &'static str {
        match self {
            Treatment::Counted => "counted",
            Treatment::Exempt => "exempt",
            Treatment::Never => "never",
            Treatment::NotChosen => "not-chosen",
            Treatment::Chosen => "chosen",
        }
    }
}

/// The rule of the royal decree of 11 July 2002 for one line, in this order: exempt kinds
/// never count; the applicant's and partner's income always counts; a parent's or adult
/// child's only by choice; anyone else's never.
pub fn treatment(line: &ResourceLine) -> Treatment {
    if line.kind.exempt() {
        return Treatment::Exempt;
    }
    match line.whose {
        Whose::Applicant | Whose::Partner => Treatment::Counted,
        Whose::Parent | Whose::AdultChild => {
            if line.counted == Some(true) {
                Treatment::Chosen
            } else {
                Treatment::NotChosen
            }
        }
        Whose::Other => Treatment::Never,
    }
}

pub fn yearly_cents(line: &ResourceLine) -> i64 {
    match line.period {
        Period::Month => line.amount_cents.saturating_mul(12),
        Period::Year => line.amount_cents,
    }
}

/// Monthly amount: yearly / 12, rounded to the nearest cent (half up).
pub fn monthly_from_yearly(yearly: i64) -> i64 {
    (yearly * 2 + 12) / 24
}

/// The input of `income.calculate`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub date: NaiveDate,
    pub category: Category,
    #[serde(default)]
    pub resources: Vec<ResourceLine>,
    /// Apply the socio-professional exemption to the applicant's wages.
    #[serde(default)]
    pub socio_professional_exemption: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Step {
    /// Stable name of the step, for scripts and tests.
    pub step: String,
    /// The step in plain language, in the requested language.
    pub text: String,
    /// The amount this step adds or subtracts or reaches, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_cents: Option<i64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Calculation {
    pub yearly_cents: i64,
    pub monthly_cents: i64,
    pub amount_row: AmountRow,
    pub category_yearly_cents: i64,
    pub countable_yearly_cents: i64,
    pub steps: Vec<Step>,
}

/// Money as people read it: `€ 1.314,20` (nl, fr, de) or `€1,314.20` (en).
pub fn money(lang: Lang, cents: i64) -> String {
    let neg = cents < 0;
    let c = cents.unsigned_abs();
    let (euros, rest) = (c / 100, c % 100);
    let digits = euros.to_string();
    let (group, decimal) = match lang {
        Lang::En => (',', '.'),
        Lang::Fr => ('\u{202f}', ','),
        _ => ('.', ','),
    };
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(ch);
    }
    let sign = if neg { "−" } else { "" };
    match lang {
        Lang::En => format!("{sign}€{grouped}{decimal}{rest:02}"),
        Lang::Fr => format!("{sign}{grouped}{decimal}{rest:02} €"),
        _ => format!("{sign}€ {grouped}{decimal}{rest:02}"),
    }
}

fn t(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    i18n::catalogs().message(lang, id, args)
}

/// Runs the calculation. Errors only when no amounts row covers the date (or the
/// socio-professional exemption is asked for a date without its amount).
pub fn calculate(input: &Input, rows: &[AmountRow], lang: Lang) -> Result<Calculation> {
    for (i, r) in input.resources.iter().enumerate() {
        if r.amount_cents < 0 {
            return Err(Error::OutOfRange {
                field: format!("resources.{i}.amount_cents"),
                min: 0,
                max: i64::MAX / 24,
            });
        }
        if r.amount_cents > i64::MAX / 24 {
            return Err(Error::OutOfRange {
                field: format!("resources.{i}.amount_cents"),
                min: 0,
                max: i64::MAX / 24,
            });
        }
    }
    let row = super::amounts::row_for(rows, input.date)?;
    let cat = input.category;
    let cat_label = t(lang, &format!("category-{}", cat.code()), &[]);
    let category_amount = row.yearly_cents(cat);
    let mut steps = vec![Step {
        step: "amount-row".into(),
        text: t(
            lang,
            "step-amount-row",
            &[
                ("valid_from", row.valid_from.format("%d/%m/%Y").to_string()),
                ("category", cat_label.clone()),
                ("amount", money(lang, category_amount)),
            ],
        ),
        amount_cents: Some(category_amount),
    }];

    let mut countable: i64 = 0;
    let mut applicant_wages: i64 = 0;
    for line in &input.resources {
        let tr = treatment(line);
        let yearly = yearly_cents(line);
        let kind = t(lang, &format!("resource-kind-{}", line.kind.code()), &[]);
        let whose = t(lang, &format!("whose-{}", line.whose.code()), &[]);
        let period = t(
            lang,
            match line.period {
                Period::Month => "period-month",
                Period::Year => "period-year",
            },
            &[],
        );
        let mut args = vec![
            ("kind", kind),
            ("whose", whose),
            ("amount", money(lang, line.amount_cents)),
            ("period", period),
            ("yearly", money(lang, yearly)),
        ];
        if tr == Treatment::Chosen {
            args.push(("motivation", line.motivation.clone().unwrap_or_default()));
        }
        steps.push(Step {
            step: format!("resource-{}", tr.code()),
            text: t(lang, &format!("step-resource-{}", tr.code()), &args),
            amount_cents: tr.counts().then_some(yearly),
        });
        if tr.counts() {
            countable = countable.saturating_add(yearly);
            if line.whose == Whose::Applicant && line.kind == ResourceKind::Wages {
                applicant_wages = applicant_wages.saturating_add(yearly);
            }
        }
    }

    if input.socio_professional_exemption && applicant_wages > 0 {
        let per_month = row.sp_exemption_month_cents.ok_or(Error::NoSpExemption {
            date: input.date.format("%d/%m/%Y").to_string(),
        })?;
        let exemption = (per_month * 12).min(applicant_wages);
        countable -= exemption;
        steps.push(Step {
            step: "sp-exemption".into(),
            text: t(
                lang,
                "step-sp-exemption",
                &[("amount", money(lang, exemption))],
            ),
            amount_cents: Some(-exemption),
        });
    }

    steps.push(Step {
        step: "countable".into(),
        text: t(
            lang,
            "step-countable",
            &[("amount", money(lang, countable))],
        ),
        amount_cents: Some(countable),
    });

    // The general exemption applies while the resources are below the category amount.
    if countable < category_amount {
        let exemption = cat.general_exemption_cents().min(countable);
        if exemption > 0 {
            countable -= exemption;
            steps.push(Step {
                step: "general-exemption".into(),
                text: t(
                    lang,
                    "step-general-exemption",
                    &[
                        ("category", cat_label.clone()),
                        ("amount", money(lang, exemption)),
                    ],
                ),
                amount_cents: Some(-exemption),
            });
        }
    } else {
        steps.push(Step {
            step: "general-exemption-none".into(),
            text: t(lang, "step-general-exemption-none", &[]),
            amount_cents: None,
        });
    }

    let yearly = (category_amount - countable).max(0);
    let monthly = monthly_from_yearly(yearly);
    steps.push(if yearly > 0 {
        Step {
            step: "result".into(),
            text: t(
                lang,
                "step-result",
                &[
                    ("category_amount", money(lang, category_amount)),
                    ("countable", money(lang, countable)),
                    ("yearly", money(lang, yearly)),
                    ("monthly", money(lang, monthly)),
                ],
            ),
            amount_cents: Some(yearly),
        }
    } else {
        Step {
            step: "result-zero".into(),
            text: t(lang, "step-result-zero", &[]),
            amount_cents: Some(0),
        }
    });

    Ok(Calculation {
        yearly_cents: yearly,
        monthly_cents: monthly,
        amount_row: row.clone(),
        category_yearly_cents: category_amount,
        countable_yearly_cents: countable,
        steps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::income::amounts::seed_rows;

    // Worked by hand from DOMAIN.md (amounts from 1 Feb 2025: cohabitant €10,513.60,
    // single €15,770.41, family 12 × €1,776.07 = €21,312.84 a year; general exemptions
    // €155 / €250 / €310; socio-professional exemption €309.48 a month).

    fn line(kind: ResourceKind, whose: Whose, cents: i64, period: Period) -> ResourceLine {
        ResourceLine {
            kind,
            whose,
            amount_cents: cents,
            period,
            counted: None,
            motivation: None,
        }
    }

    fn run(category: Category, date: &str, resources: Vec<ResourceLine>, sp: bool) -> Calculation {
        calculate(
            &Input {
                date: date.parse().unwrap(),
                category,
                resources,
                socio_professional_exemption: sp,
            },
            &seed_rows(),
            Lang::En,
        )
        .unwrap()
    }

    #[test]
    fn single_without_resources_gets_the_full_amount() {
        let c = run(Category::Single, "2025-06-01", vec![], false);
        assert_eq!(c.yearly_cents, 1_577_041);
        assert_eq!(c.monthly_cents, 131_420); // €1,314.20
        assert_eq!(c.amount_row.valid_from.to_string(), "2025-02-01");
        assert_eq!(c.steps.first().unwrap().step, "amount-row");
        assert_eq!(c.steps.last().unwrap().step, "result");
    }

    #[test]
    fn cohabitant_with_a_benefit() {
        // €500/month benefit = €6,000/year; below €10,513.60 so the €155 exemption applies:
        // countable €5,845; leefloon €10,513.60 − €5,845 = €4,668.60; /12 = €389.05.
        let c = run(
            Category::Cohabitant,
            "2025-03-01",
            vec![line(
                ResourceKind::Benefit,
                Whose::Applicant,
                50_000,
                Period::Month,
            )],
            false,
        );
        assert_eq!(c.countable_yearly_cents, 584_500);
        assert_eq!(c.yearly_cents, 466_860);
        assert_eq!(c.monthly_cents, 38_905);
    }

    #[test]
    fn family_with_exempt_kinds_only() {
        // Family allowance, study grant, OCMW aid and a gift: recorded, never counted.
        let c = run(
            Category::Family,
            "2025-02-01",
            vec![
                line(
                    ResourceKind::FamilyAllowance,
                    Whose::Applicant,
                    30_000,
                    Period::Month,
                ),
                line(
                    ResourceKind::StudyGrant,
                    Whose::Applicant,
                    200_000,
                    Period::Year,
                ),
                line(
                    ResourceKind::OcmwAid,
                    Whose::Applicant,
                    10_000,
                    Period::Month,
                ),
                line(ResourceKind::Gift, Whose::Applicant, 5_000, Period::Year),
            ],
            false,
        );
        assert_eq!(c.yearly_cents, 2_131_284);
        assert_eq!(c.monthly_cents, 177_607); // €1,776.07
        assert_eq!(
            c.steps
                .iter()
                .filter(|s| s.step == "resource-exempt")
                .count(),
            4
        );
        // No exemption step when nothing counts.
        assert!(!c.steps.iter().any(|s| s.step == "general-exemption"));
    }

    #[test]
    fn partner_always_counted_sibling_never() {
        // Partner wages €800/month = €9,600 counted; a sibling's (whose = other) €2,000/month
        // never. Cohabitant? No: with a partner the worker chose single here only to check the
        // arithmetic: €9,600 < €15,770.41 → exemption €250 → countable €9,350;
        // leefloon €6,420.41 a year; /12 = €535.0341 → €535.03.
        let c = run(
            Category::Single,
            "2025-02-01",
            vec![
                line(ResourceKind::Wages, Whose::Partner, 80_000, Period::Month),
                line(ResourceKind::Wages, Whose::Other, 200_000, Period::Month),
            ],
            false,
        );
        assert_eq!(c.countable_yearly_cents, 935_000);
        assert_eq!(c.yearly_cents, 642_041);
        assert_eq!(c.monthly_cents, 53_503);
        assert!(c.steps.iter().any(|s| s.step == "resource-never"));
    }

    #[test]
    fn parent_counted_only_by_choice() {
        let mut parent = line(ResourceKind::Benefit, Whose::Parent, 100_000, Period::Month);
        let c = run(
            Category::Cohabitant,
            "2025-02-01",
            vec![parent.clone()],
            false,
        );
        assert_eq!(c.yearly_cents, 1_051_360);
        parent.counted = Some(true);
        parent.motivation = Some("shares the costs".into());
        // €12,000 ≥ €10,513.60: no exemption; nothing due.
        let c = run(Category::Cohabitant, "2025-02-01", vec![parent], false);
        assert_eq!(c.yearly_cents, 0);
        assert_eq!(c.monthly_cents, 0);
        assert!(c.steps.iter().any(|s| s.step == "general-exemption-none"));
        assert_eq!(c.steps.last().unwrap().step, "result-zero");
    }

    #[test]
    fn resources_above_the_amount_give_nothing() {
        let c = run(
            Category::Single,
            "2025-02-01",
            vec![line(
                ResourceKind::Wages,
                Whose::Applicant,
                2_000_000,
                Period::Year,
            )],
            false,
        );
        assert_eq!(c.yearly_cents, 0);
    }

    #[test]
    fn socio_professional_exemption_on_wages() {
        // Wages €1,000/month = €12,000; SP exemption €309.48 × 12 = €3,713.76 → €8,286.24;
        // below €15,770.41 → general exemption €250 → €8,036.24;
        // leefloon €15,770.41 − €8,036.24 = €7,734.17; /12 = €644.514… → €644.51.
        let c = run(
            Category::Single,
            "2025-02-01",
            vec![line(
                ResourceKind::Wages,
                Whose::Applicant,
                100_000,
                Period::Month,
            )],
            true,
        );
        assert_eq!(c.countable_yearly_cents, 803_624);
        assert_eq!(c.yearly_cents, 773_417);
        assert_eq!(c.monthly_cents, 64_451);
    }

    #[test]
    fn the_older_row_is_used_before_february_2025() {
        // 1 May 2024: single €1,288.46 a month → €15,461.52 a year.
        let c = run(Category::Single, "2024-12-31", vec![], false);
        assert_eq!(c.amount_row.valid_from.to_string(), "2024-05-01");
        assert_eq!(c.yearly_cents, 1_546_152);
        assert_eq!(c.monthly_cents, 128_846);
    }

    #[test]
    fn a_date_before_any_row_is_a_clear_error() {
        let err = calculate(
            &Input {
                date: "2020-01-01".parse().unwrap(),
                category: Category::Single,
                resources: vec![],
                socio_professional_exemption: false,
            },
            &seed_rows(),
            Lang::En,
        )
        .unwrap_err();
        assert_eq!(err.code(), "no-amount-row");
    }

    #[test]
    fn negative_amounts_are_refused() {
        let err = calculate(
            &Input {
                date: "2025-02-01".parse().unwrap(),
                category: Category::Single,
                resources: vec![line(
                    ResourceKind::Wages,
                    Whose::Applicant,
                    -1,
                    Period::Year,
                )],
                socio_professional_exemption: false,
            },
            &seed_rows(),
            Lang::En,
        )
        .unwrap_err();
        assert_eq!(err.code(), "out-of-range");
    }

    #[test]
    fn money_formats() {
        assert_eq!(money(Lang::En, 131_420), "€1,314.20");
        assert_eq!(money(Lang::Nl, 2_131_284), "€ 21.312,84");
        assert_eq!(money(Lang::De, 5), "€ 0,05");
        assert_eq!(money(Lang::Fr, 1_577_041), "15\u{202f}770,41 €");
    }

    #[test]
    fn monthly_rounding_is_half_up() {
        assert_eq!(monthly_from_yearly(1_051_360), 87_613); // 87 613.33
        assert_eq!(monthly_from_yearly(6), 1); // 0.5 → 1
        assert_eq!(monthly_from_yearly(5), 0);
    }
}
