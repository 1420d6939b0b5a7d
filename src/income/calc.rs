//! The leefloon calculation: a pure function from category, resources and amounts row to the
//! yearly and monthly amount, with every step a person needs to follow it.
//!
//! The rules are those of the royal decree of 11 July 2002 (resources: art. 16 and 22-35), as
//! the federal administration's handbook Primabook explains them; each figure below says where
//! it comes from (see also `rules.rs`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::amounts::AmountRow;
use super::rules;
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
    pub const ALL: [Category; 3] = [Category::Cohabitant, Category::Single, Category::Family];
    pub fn code(self) -> &'static str {
        match self {
            Category::Cohabitant => "cohabitant",
            Category::Single => "single",
            Category::Family => "family",
        }
    }
    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.code() == s)
    }
    /// General yearly exemption (art. 22 §2 of the royal decree, not indexed), in cents.
    pub fn general_exemption_cents(self) -> i64 {
        match self {
            Category::Cohabitant => rules::GENERAL_EXEMPTION_COHABITANT,
            Category::Single => rules::GENERAL_EXEMPTION_SINGLE,
            Category::Family => rules::GENERAL_EXEMPTION_FAMILY,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResourceKind {
    Wages,
    Benefit,
    /// Maintenance the person receives for themselves: counts.
    Maintenance,
    /// Maintenance received for a child the person raises and has in care: exempt.
    MaintenanceChildren,
    /// Rent and other income from property that is not counted by its cadastral income.
    Property,
    FamilyAllowance,
    /// Family allowance a cohabitant receives for the applicant: exempt before 1 March 2026,
    /// that cohabitant's resource from then on (art. 34 as reformed in 2026).
    FamilyAllowanceApplicant,
    StudyGrant,
    OcmwAid,
    Gift,
    /// A leefloon (of a partner, a parent…): never counted.
    Leefloon,
    /// Exempt on another legal ground, which the line names: recorded, never counted.
    ExemptOther,
    /// Savings and other movable capital (the capital itself, not its interest): art. 27.
    Savings,
    /// Built or unbuilt real estate, by its cadastral income: art. 25.
    RealEstate,
    /// A property sold or given away in the ten years before the request (its value): art. 28-32.
    PropertySale,
    Other,
}

/// The groups of resource kinds: incomes, capital and property, never counted.
pub const RESOURCE_GROUPS: [&str; 3] = ["income", "capital", "exempt"];

/// How a kind of resource enters the calculation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KindClass {
    /// An income, given a month or a year.
    Income,
    /// Exempt under art. 22 §1 (or another named ground): never counted.
    Exempt,
    /// A leefloon: never counted.
    Leefloon,
    /// A capital, a cadastral income or a sale: converted to a yearly resource by its own rule.
    Capital,
}

impl ResourceKind {
    pub const ALL: [ResourceKind; 16] = [
        ResourceKind::Wages,
        ResourceKind::Benefit,
        ResourceKind::Maintenance,
        ResourceKind::MaintenanceChildren,
        ResourceKind::Property,
        ResourceKind::FamilyAllowance,
        ResourceKind::FamilyAllowanceApplicant,
        ResourceKind::StudyGrant,
        ResourceKind::OcmwAid,
        ResourceKind::Gift,
        ResourceKind::Leefloon,
        ResourceKind::ExemptOther,
        ResourceKind::Savings,
        ResourceKind::RealEstate,
        ResourceKind::PropertySale,
        ResourceKind::Other,
    ];
    pub fn code(self) -> &'static str {
        match self {
            ResourceKind::Wages => "wages",
            ResourceKind::Benefit => "benefit",
            ResourceKind::Maintenance => "maintenance",
            ResourceKind::MaintenanceChildren => "maintenance_children",
            ResourceKind::Property => "property",
            ResourceKind::FamilyAllowance => "family_allowance",
            ResourceKind::FamilyAllowanceApplicant => "family_allowance_applicant",
            ResourceKind::StudyGrant => "study_grant",
            ResourceKind::OcmwAid => "ocmw_aid",
            ResourceKind::Gift => "gift",
            ResourceKind::Leefloon => "leefloon",
            ResourceKind::ExemptOther => "exempt_other",
            ResourceKind::Savings => "savings",
            ResourceKind::RealEstate => "real_estate",
            ResourceKind::PropertySale => "property_sale",
            ResourceKind::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Option<ResourceKind> {
        ResourceKind::ALL.into_iter().find(|k| k.code() == s)
    }
    /// How the kind enters the calculation on `date` (one kind changed on 1 March 2026).
    pub fn class_on(self, date: NaiveDate) -> KindClass {
        if self == ResourceKind::FamilyAllowanceApplicant && rules::reformed(date) {
            KindClass::Income
        } else {
            self.class()
        }
    }
    pub fn class(self) -> KindClass {
        match self {
            ResourceKind::FamilyAllowanceApplicant => KindClass::Exempt,
            ResourceKind::MaintenanceChildren
            | ResourceKind::FamilyAllowance
            | ResourceKind::StudyGrant
            | ResourceKind::OcmwAid
            | ResourceKind::Gift
            | ResourceKind::ExemptOther => KindClass::Exempt,
            ResourceKind::Leefloon => KindClass::Leefloon,
            ResourceKind::Savings | ResourceKind::RealEstate | ResourceKind::PropertySale => {
                KindClass::Capital
            }
            ResourceKind::Wages
            | ResourceKind::Benefit
            | ResourceKind::Maintenance
            | ResourceKind::Property
            | ResourceKind::Other => KindClass::Income,
        }
    }
    /// Recorded but never counted (art. 22 §1, or another ground the line names).
    pub fn exempt(self) -> bool {
        self.class() == KindClass::Exempt
    }
    /// The group the worker chooses the kind in (one of [`RESOURCE_GROUPS`]).
    pub fn group(self) -> &'static str {
        match self.class() {
            KindClass::Income => "income",
            KindClass::Capital => "capital",
            KindClass::Exempt | KindClass::Leefloon => "exempt",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Whose {
    Applicant,
    Partner,
    Parent,
    AdultChild,
    /// Another maintenance debtor of full age living there (a grandparent, an adult
    /// grandchild, a parent- or child-in-law, an ex-spouse): counted by choice from 1 March
    /// 2026, never before.
    MaintenanceDebtor,
    Other,
}

impl Whose {
    pub const ALL: [Whose; 6] = [
        Whose::Applicant,
        Whose::Partner,
        Whose::Parent,
        Whose::AdultChild,
        Whose::MaintenanceDebtor,
        Whose::Other,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Whose::Applicant => "applicant",
            Whose::Partner => "partner",
            Whose::Parent => "parent",
            Whose::AdultChild => "adult_child",
            Whose::MaintenanceDebtor => "maintenance_debtor",
            Whose::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Option<Whose> {
        Whose::ALL.into_iter().find(|w| w.code() == s)
    }
    /// Parents and adult children (and, from 1 March 2026, other maintenance debtors) may be
    /// counted, by the worker's motivated choice.
    pub fn counted_by_choice(self) -> bool {
        matches!(
            self,
            Whose::Parent | Whose::AdultChild | Whose::MaintenanceDebtor
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Month,
    Year,
}

impl Period {
    pub const ALL: [Period; 2] = [Period::Month, Period::Year];
    pub fn parse(s: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|p| p.code() == s)
    }
    pub fn code(self) -> &'static str {
        match self {
            Period::Month => "month",
            Period::Year => "year",
        }
    }
}

/// One resource line as the calculation sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResourceLine {
    pub kind: ResourceKind,
    pub whose: Whose,
    /// An income (net), a capital (savings, a sale) or a yearly cadastral income, in cents.
    pub amount_cents: i64,
    /// Required for an income; ignored for savings, real estate and a sale.
    #[serde(default)]
    pub period: Option<Period>,
    /// Only for `parent` and `adult_child`: whether the worker chose to count this person.
    #[serde(default)]
    pub counted: Option<bool>,
    /// The worker's motivation for counting a parent's or adult child's income.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub motivation: Option<String>,
    /// Which person this is (a household member id or a short label): lines with the same
    /// `whose` and `member` are one person, so two parents are two deductions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    /// For an income given a month: in how many months of the year it comes (default 12).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u8>,
    /// A parent or adult child counted partly: the yearly amount counted, at most the part of
    /// their resources above the category 1 amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted_yearly_cents: Option<i64>,
    /// For `exempt_other`: the legal ground of the exemption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_ground: Option<String>,
    /// For `real_estate`: land without a building (another exempt amount).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unbuilt: Option<bool>,
    /// For `real_estate` and `property_sale`: the person's share in joint ownership (1-100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_percent: Option<u8>,
    /// For `property_sale`: the date of the sale or gift.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sold_on: Option<NaiveDate>,
    /// For `property_sale`: the full property, a usufruct or a bare ownership.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sold_right: Option<rules::SoldRight>,
    /// For `property_sale`: the person's debts paid off with the price, and any abatement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deductions_cents: Option<i64>,
}

/// Why a line counts or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Treatment {
    /// The applicant's own, or a partner's in category 3: in full.
    Counted,
    /// A partner's in category 1 (or 2): only above the category 1 amount.
    AboveCat1,
    Exempt,
    /// A leefloon: never counted.
    Leefloon,
    Never,
    NotChosen,
    Chosen,
}

impl Treatment {
    pub fn counts(self) -> bool {
        matches!(
            self,
            Treatment::Counted | Treatment::Chosen | Treatment::AboveCat1
        )
    }
    pub fn code(self) -> &'static str {
        match self {
            Treatment::Counted => "counted",
            Treatment::AboveCat1 => "above-cat1",
            Treatment::Exempt => "exempt",
            Treatment::Leefloon => "leefloon",
            Treatment::Never => "never",
            Treatment::NotChosen => "not-chosen",
            Treatment::Chosen => "chosen",
        }
    }
}

/// The rule of the royal decree of 11 July 2002 for one line, in this order: exempt kinds
/// and a leefloon never count; the applicant's resources always count; a partner's in full in
/// category 3, else above the category 1 amount (art. 34 §1); a parent's or adult child's
/// only by the worker's choice, above the category 1 amount (art. 34 §2); anyone else's never.
/// `category` is the chosen one (None: not chosen yet, read as category 1 for a partner).
pub fn treatment(line: &ResourceLine, category: Option<Category>, date: NaiveDate) -> Treatment {
    match line.kind.class_on(date) {
        KindClass::Exempt => return Treatment::Exempt,
        KindClass::Leefloon => return Treatment::Leefloon,
        _ => {}
    }
    if line.whose == Whose::MaintenanceDebtor && !rules::reformed(date) {
        return Treatment::Never;
    }
    match line.whose {
        Whose::Applicant => Treatment::Counted,
        Whose::Partner => {
            if category == Some(Category::Family) {
                Treatment::Counted
            } else {
                Treatment::AboveCat1
            }
        }
        Whose::Parent | Whose::AdultChild | Whose::MaintenanceDebtor => {
            if line.counted == Some(true) {
                Treatment::Chosen
            } else {
                Treatment::NotChosen
            }
        }
        Whose::Other => Treatment::Never,
    }
}

/// The yearly amount of an income line: a monthly amount times its months (12 by default).
pub fn yearly_cents(line: &ResourceLine) -> i64 {
    match line.period {
        Some(Period::Month) => line
            .amount_cents
            .saturating_mul(i64::from(line.months.unwrap_or(12))),
        _ => line.amount_cents,
    }
}

/// Monthly amount: yearly / 12, rounded to the nearest cent (half up); never overflows
/// (a stored amount out of range saturates instead of wrapping or panicking).
pub fn monthly_from_yearly(yearly: i64) -> i64 {
    yearly.saturating_add(6).div_euclid(12)
}

/// The input of `income.calculate`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub date: NaiveDate,
    pub category: Category,
    #[serde(default)]
    pub resources: Vec<ResourceLine>,
    /// Apply the socio-professional exemption (art. 35) to the applicant's wages.
    #[serde(default)]
    pub socio_professional_exemption: bool,
    /// Months of socio-professional exemption already used within the six years (art. 35).
    #[serde(default)]
    pub sp_months_used: Option<u16>,
    /// Months at the higher amount for a shortage occupation (at most 3, once).
    #[serde(default)]
    pub sp_shortage_months: Option<u8>,
    /// Children in the applicant's care, for the real-estate allowance (art. 25).
    #[serde(default)]
    pub children_in_care: Option<u8>,
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

/// What the calculation counted for one person (the applicant, a partner, a parent…).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PersonPart {
    pub whose: Whose,
    pub member: String,
    /// Their resources that are not exempt, a year.
    pub resources_cents: i64,
    /// What counts of them for the applicant, a year.
    pub counted_cents: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Calculation {
    pub yearly_cents: i64,
    pub monthly_cents: i64,
    pub amount_row: AmountRow,
    pub category_yearly_cents: i64,
    pub countable_yearly_cents: i64,
    pub persons: Vec<PersonPart>,
    /// Months of socio-professional exemption applied here, and used before.
    pub sp_months: u8,
    pub sp_months_used: u16,
    /// What the worker should look at (a single applicant with a partner's income…).
    pub warnings: Vec<String>,
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

/// The most lines one calculation takes.
pub const MAX_LINES: usize = 200;
/// The largest amount of one line: €10,000,000. Above is a typing error; below, no sum of
/// `MAX_LINES` lines times 12 months can overflow.
pub const MAX_LINE_CENTS: i64 = 1_000_000_000;

fn out_of_range(field: String, max: i64) -> Error {
    Error::OutOfRange { field, min: 0, max }
}

/// Checks one line before anything is computed: amounts in range, a period for an income,
/// the legal ground of `exempt_other`, the date of a sale.
pub fn check_line(line: &ResourceLine, field: &str, on: NaiveDate) -> Result<()> {
    if !(0..=MAX_LINE_CENTS).contains(&line.amount_cents) {
        return Err(out_of_range(format!("{field}amount_cents"), MAX_LINE_CENTS));
    }
    if let Some(c) = line.counted_yearly_cents {
        if !(0..=MAX_LINE_CENTS).contains(&c) {
            return Err(out_of_range(
                format!("{field}counted_yearly_cents"),
                MAX_LINE_CENTS,
            ));
        }
    }
    if let Some(d) = line.deductions_cents {
        if !(0..=MAX_LINE_CENTS).contains(&d) {
            return Err(out_of_range(
                format!("{field}deductions_cents"),
                MAX_LINE_CENTS,
            ));
        }
    }
    if let Some(s) = line.share_percent {
        if !(1..=100).contains(&s) {
            return Err(Error::OutOfRange {
                field: format!("{field}share_percent"),
                min: 1,
                max: 100,
            });
        }
    }
    if let Some(m) = line.months {
        if !(1..=12).contains(&m) {
            return Err(Error::OutOfRange {
                field: format!("{field}months"),
                min: 1,
                max: 12,
            });
        }
    }
    if line.kind.class() == KindClass::Income && line.period.is_none() {
        return Err(Error::Required {
            field: format!("{field}period"),
        });
    }
    if let Some(m) = &line.member {
        crate::validate::text(m, &format!("{field}member"), 100, false)?;
    }
    if line.kind == ResourceKind::ExemptOther {
        let ground = line.legal_ground.as_deref().unwrap_or("").trim();
        if ground.is_empty() {
            return Err(Error::Required {
                field: format!("{field}legal_ground"),
            });
        }
        crate::validate::text(ground, &format!("{field}legal_ground"), 500, false)?;
    }
    if let Some(m) = &line.motivation {
        crate::validate::text(m, &format!("{field}motivation"), 2000, true)?;
    }
    if line.kind == ResourceKind::PropertySale {
        let sold = line.sold_on.ok_or_else(|| Error::Required {
            field: format!("{field}sold_on"),
        })?;
        if sold > on {
            return Err(Error::DateOrder {
                field: format!("{field}sold_on"),
                other: "date".into(),
            });
        }
    }
    Ok(())
}

/// One person's lines, grouped: who they are and their resources by rule.
struct Group {
    whose: Whose,
    /// The member as first written, and its key (trimmed, lower case).
    member: String,
    key: String,
    income: i64,
    wages: i64,
    wage_months: u8,
    savings: i64,
    sales: i64,
    built: rules::Estate,
    unbuilt: rules::Estate,
    chosen: bool,
    chosen_part: Option<i64>,
    motivations: Vec<String>,
}

impl Group {
    fn new(whose: Whose, member: String, key: String) -> Group {
        Group {
            whose,
            member,
            key,
            income: 0,
            wages: 0,
            wage_months: 0,
            savings: 0,
            sales: 0,
            built: rules::Estate::default(),
            unbuilt: rules::Estate::default(),
            chosen: false,
            chosen_part: None,
            motivations: Vec::new(),
        }
    }
}

fn who(lang: Lang, whose: Whose, member: &str) -> String {
    let w = t(lang, &format!("whose-{}", whose.code()), &[]);
    if member.is_empty() {
        w
    } else {
        format!("{w} ({member})")
    }
}

/// The step that describes one line and how it is treated, and the yearly amount an income
/// line adds to its person.
fn line_step(line: &ResourceLine, tr: Treatment, date: NaiveDate, lang: Lang) -> Step {
    let member = line.member.as_deref().unwrap_or("").trim();
    let mut args = vec![
        (
            "kind",
            t(lang, &format!("resource-kind-{}", line.kind.code()), &[]),
        ),
        ("whose", who(lang, line.whose, member)),
        ("amount", money(lang, line.amount_cents)),
    ];
    let mut amount = None;
    let id = match line.kind.class_on(date) {
        KindClass::Exempt if line.kind == ResourceKind::ExemptOther => {
            let ground = line.legal_ground.as_deref().unwrap_or("").trim();
            args.push(("ground", ground.to_string()));
            "resource-exempt-other"
        }
        KindClass::Exempt => "resource-exempt",
        KindClass::Leefloon => "resource-leefloon",
        _ if tr == Treatment::Never && line.whose == Whose::MaintenanceDebtor => {
            "resource-never-before-reform"
        }
        _ if tr == Treatment::Never => "resource-never",
        KindClass::Income => {
            let yearly = yearly_cents(line);
            let period = line.period.unwrap_or(Period::Year);
            args.push(("period", t(lang, &format!("period-{}", period.code()), &[])));
            args.push(("yearly", money(lang, yearly)));
            amount = Some(yearly);
            match (period, line.months) {
                (Period::Month, Some(m)) if m < 12 => {
                    args.push(("months", m.to_string()));
                    "resource-income-months"
                }
                _ => "resource-income",
            }
        }
        KindClass::Capital => {
            args.push(("share", line.share_percent.unwrap_or(100).to_string()));
            match line.kind {
                ResourceKind::Savings => "resource-savings",
                ResourceKind::RealEstate if line.unbuilt == Some(true) => "resource-land",
                ResourceKind::RealEstate => "resource-real-estate",
                _ => "resource-sale",
            }
        }
    };
    Step {
        step: id.into(),
        text: t(lang, &format!("step-{id}"), &args),
        amount_cents: amount,
    }
}

/// Runs the calculation. Errors only on input out of range, when no amounts row covers the
/// date, or when the socio-professional exemption is asked for a date without its amount.
pub fn calculate(input: &Input, rows: &[AmountRow], lang: Lang) -> Result<Calculation> {
    if input.resources.len() > MAX_LINES {
        return Err(Error::OutOfRange {
            field: "resources".into(),
            min: 0,
            max: MAX_LINES as i64,
        });
    }
    for (i, r) in input.resources.iter().enumerate() {
        check_line(r, &format!("resources.{i}."), input.date)?;
    }
    if let Some(s) = input.sp_shortage_months {
        if s > rules::SP_SHORTAGE_MONTHS {
            return Err(Error::OutOfRange {
                field: "sp_shortage_months".into(),
                min: 0,
                max: i64::from(rules::SP_SHORTAGE_MONTHS),
            });
        }
    }
    if let Some(u) = input.sp_months_used {
        if u > rules::SP_MONTHS_TOTAL {
            return Err(Error::OutOfRange {
                field: "sp_months_used".into(),
                min: 0,
                max: i64::from(rules::SP_MONTHS_TOTAL),
            });
        }
    }
    let date = input.date;
    let row = super::amounts::row_for(rows, date)?;
    let cat = input.category;
    let cat_label = t(lang, &format!("category-{}", cat.code()), &[]);
    let category_amount = row.yearly_cents(cat);
    let cat1 = row.cohabitant_year_cents;
    let mut warnings: Vec<String> = Vec::new();
    let mut steps = vec![Step {
        step: "amount-row".into(),
        text: t(
            lang,
            "step-amount-row",
            &[
                ("valid_from", i18n::date(lang, row.valid_from)),
                ("category", cat_label.clone()),
                ("amount", money(lang, category_amount)),
            ],
        ),
        amount_cents: Some(category_amount),
    }];
    // The newest row more than a year old: an indexation may be missing from the table.
    let newest = rows.iter().map(|r| r.valid_from).max();
    if newest == Some(row.valid_from) && (date - row.valid_from).num_days() > 365 {
        warnings.push(t(
            lang,
            "warning-amounts-old",
            &[("valid_from", i18n::date(lang, row.valid_from))],
        ));
    }

    // 1. Each line, in the order given, with how it is treated; grouped per person.
    let mut groups: Vec<Group> = Vec::new();
    let mut sale_steps: Vec<(String, Step)> = Vec::new();
    for line in &input.resources {
        let tr = treatment(line, Some(cat), date);
        steps.push(line_step(line, tr, date, lang));
        let counts_somewhere = matches!(
            line.kind.class_on(date),
            KindClass::Income | KindClass::Capital
        ) && tr != Treatment::Never;
        if !counts_somewhere {
            continue;
        }
        let member = line.member.as_deref().unwrap_or("").trim().to_string();
        let key = member.to_lowercase();
        let idx = match groups
            .iter()
            .position(|g| g.whose == line.whose && g.key == key)
        {
            Some(i) => i,
            None => {
                groups.push(Group::new(line.whose, member, key));
                groups.len() - 1
            }
        };
        let g = &mut groups[idx];
        match line.kind {
            ResourceKind::Savings => g.savings += line.amount_cents,
            ResourceKind::RealEstate if line.unbuilt == Some(true) => g.unbuilt.add(line),
            ResourceKind::RealEstate => g.built.add(line),
            ResourceKind::PropertySale => {
                let (net, step) = rules::sale_value(line, date, lang);
                sale_steps.push((who(lang, g.whose, &g.member), step));
                g.sales += net;
            }
            _ => {
                let yearly = yearly_cents(line);
                g.income += yearly;
                if line.kind == ResourceKind::Wages {
                    g.wages += yearly;
                    g.wage_months = g.wage_months.max(line.months.unwrap_or(12));
                }
            }
        }
        if line.counted == Some(true) {
            g.chosen = true;
            if let Some(part) = line.counted_yearly_cents {
                g.chosen_part = Some(g.chosen_part.map_or(part, |p: i64| p.min(part)));
            }
            if let Some(m) = line.motivation.as_deref().map(str::trim) {
                if !m.is_empty() && !g.motivations.iter().any(|x| x == m) {
                    g.motivations.push(m.to_string());
                }
            }
        }
    }

    // 2. Per person: capital and property by their own rules, then what counts (art. 34).
    let children = input.children_in_care.unwrap_or(0);
    let reform = rules::reformed(date);
    let mut persons = Vec::new();
    let mut countable: i64 = 0;
    let mut applicant_wages: i64 = 0;
    let mut applicant_wage_months: u8 = 0;
    for g in &groups {
        let name = who(lang, g.whose, &g.member);
        let mut total = g.income;
        for (owner, step) in &sale_steps {
            if *owner == name {
                steps.push(step.clone());
            }
        }
        // Savings and sales each through the tranches of art. 27: whether they are added
        // first was not found; apart is the reading most favourable to the person.
        for (capital, what) in [
            (
                g.savings,
                t(lang, "capital-savings", &[("whose", name.clone())]),
            ),
            (
                g.sales,
                t(lang, "capital-sales", &[("whose", name.clone())]),
            ),
        ] {
            if capital > 0 {
                let (income, more) = rules::capital_income(capital, &what, lang);
                steps.extend(more);
                total += income;
            }
        }
        let (income, more) = rules::real_estate_income(g.built, g.unbuilt, children, &name, lang);
        steps.extend(more);
        total += income;

        let above = (total - cat1).max(0);
        let mut args = vec![
            ("whose", name.clone()),
            ("total", money(lang, total)),
            ("cat1", money(lang, cat1)),
            ("above", money(lang, above)),
        ];
        let (id, counted): (&str, i64) = match g.whose {
            Whose::Applicant => {
                applicant_wages += g.wages;
                applicant_wage_months = applicant_wage_months.max(g.wage_months);
                ("person-applicant", total)
            }
            Whose::Partner if cat == Category::Family => ("person-partner-full", total),
            Whose::Partner => {
                if cat == Category::Single {
                    let w = t(lang, "warning-single-partner", &[]);
                    if !warnings.contains(&w) {
                        warnings.push(w);
                    }
                }
                ("person-partner-above", above)
            }
            Whose::Parent | Whose::AdultChild | Whose::MaintenanceDebtor => {
                if !g.chosen {
                    if reform {
                        ("person-relative-not-chosen-reform", 0)
                    } else {
                        ("person-relative-not-chosen", 0)
                    }
                } else if above == 0 {
                    ("person-relative-below", 0)
                } else {
                    args.push(("motivation", g.motivations.join(" ")));
                    match g.chosen_part {
                        Some(part) if part < above => {
                            args.push(("part", money(lang, part)));
                            ("person-relative-partly", part)
                        }
                        _ => ("person-relative-wholly", above),
                    }
                }
            }
            Whose::Other => continue,
        };
        steps.push(Step {
            step: id.into(),
            text: t(lang, &format!("step-{id}"), &args),
            amount_cents: Some(counted),
        });
        countable += counted;
        persons.push(PersonPart {
            whose: g.whose,
            member: g.member.clone(),
            resources_cents: total,
            counted_cents: counted,
        });
    }
    for w in &warnings {
        steps.push(Step {
            step: "warning".into(),
            text: w.clone(),
            amount_cents: None,
        });
    }

    // 3. The socio-professional exemption (art. 35), per month with such income.
    let used = input.sp_months_used.unwrap_or(0);
    let mut sp_months: u8 = 0;
    if input.socio_professional_exemption && applicant_wages > 0 {
        let per_month = row.sp_exemption_month_cents.ok_or(Error::NoSpExemption {
            date: input.date.format("%d/%m/%Y").to_string(),
        })?;
        let left = rules::SP_MONTHS_TOTAL.saturating_sub(used);
        let months = u16::from(applicant_wage_months).min(left) as u8;
        let shortage = input.sp_shortage_months.unwrap_or(0).min(months);
        let high = if shortage > 0 {
            row.sp_exemption_shortage_month_cents
                .ok_or(Error::NoSpExemption {
                    date: input.date.format("%d/%m/%Y").to_string(),
                })?
        } else {
            0
        };
        let full = i64::from(months - shortage) * per_month + i64::from(shortage) * high;
        let exemption = full.min(applicant_wages);
        sp_months = months;
        let mut args = vec![
            ("months", months.to_string()),
            ("per_month", money(lang, per_month)),
            ("amount", money(lang, exemption)),
            ("used", used.to_string()),
            ("total", rules::SP_MONTHS_TOTAL.to_string()),
            ("after", (used + u16::from(months)).to_string()),
        ];
        let id = if shortage > 0 {
            args.push(("shortage", shortage.to_string()));
            args.push(("high", money(lang, high)));
            "sp-exemption-shortage"
        } else if months == 0 {
            "sp-exemption-used-up"
        } else {
            "sp-exemption"
        };
        countable -= exemption;
        steps.push(Step {
            step: id.into(),
            text: t(lang, &format!("step-{id}"), &args),
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

    // 4. The general exemption (art. 22 §2) while the resources are below the category amount.
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
        persons,
        sp_months,
        sp_months_used: used,
        warnings,
        steps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(monthly_from_yearly(18), 2); // 1.5 → 2
    }

    #[test]
    fn monthly_never_overflows() {
        // Issue "Hardening the vault", 6: an override of i64::MAX cents made this panic.
        assert_eq!(monthly_from_yearly(i64::MAX), i64::MAX / 12);
        assert!(monthly_from_yearly(i64::MIN) < 0);
    }
}
