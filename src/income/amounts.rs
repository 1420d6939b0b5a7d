//! The dated table of leefloon amounts: seeded from DOMAIN.md, extended by the user.

use crate::store::{params, Db, OptionalExtension};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::calc::Category;
use crate::audit;
use crate::error::{Error, Result};

/// One row of amounts, valid from a date until the next row. Yearly amounts are
/// authoritative (monthly = yearly / 12).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmountRow {
    pub valid_from: NaiveDate,
    pub cohabitant_year_cents: i64,
    pub single_year_cents: i64,
    pub family_year_cents: i64,
    /// Socio-professional exemption on earned income, per month; unknown for older rows.
    #[serde(default)]
    pub sp_exemption_month_cents: Option<i64>,
    /// The higher socio-professional exemption for a shortage occupation, per month.
    #[serde(default)]
    pub sp_exemption_shortage_month_cents: Option<i64>,
    /// Where the figures come from (a decree, a circular), shown with the row.
    #[serde(default)]
    pub source: String,
}

impl AmountRow {
    pub fn yearly_cents(&self, c: Category) -> i64 {
        match c {
            Category::Cohabitant => self.cohabitant_year_cents,
            Category::Single => self.single_year_cents,
            Category::Family => self.family_year_cents,
        }
    }
}

/// The rows Tandem ships with, each saying where its figures come from. Yearly amounts are
/// the official ones where a source gives them; otherwise 12 × the published monthly amount,
/// and the source text says so (the official yearly amount is not always 12 × the monthly one:
/// cat. 2 from 1 February 2025 is €15,770.41, not €15,770.40).
pub fn seed_rows() -> Vec<AmountRow> {
    vec![
        AmountRow {
            valid_from: NaiveDate::from_ymd_opt(2024, 5, 1).unwrap_or_default(),
            cohabitant_year_cents: 12 * 85_897,
            single_year_cents: 12 * 128_846,
            family_year_cents: 12 * 174_129,
            sp_exemption_month_cents: Some(30_341),
            sp_exemption_shortage_month_cents: Some(43_483),
            source: "Indexation of 1 May 2024. Monthly €858.97 / €1,288.46 / €1,741.29 \
                     (centenvoorstudenten.be, index 1 May 2024); the official yearly amounts \
                     were not found: 12 × monthly. Socio-professional exemption €303.41 and \
                     €434.83 (shortage occupation): not found in a source, derived from \
                     €297.46 (1 Nov 2023) and €426.30 (1 Jan 2024) with the 2 % indexation \
                     (€303.41 × 1.02 gives the €309.48 of February 2025): check them."
                .into(),
        },
        AmountRow {
            valid_from: NaiveDate::from_ymd_opt(2025, 2, 1).unwrap_or_default(),
            cohabitant_year_cents: 1_051_360,
            single_year_cents: 1_577_041,
            family_year_cents: 12 * 177_607,
            sp_exemption_month_cents: Some(30_948),
            sp_exemption_shortage_month_cents: Some(44_352),
            source: "Indexation of 1 February 2025. Yearly €10,513.60 and €15,770.41 \
                     (bdas-wwsb.brussels, amounts on 01.02.2025); cat. 3: monthly €1,776.07, \
                     its official yearly amount was not found: 12 × monthly. \
                     Socio-professional exemption €309.48, shortage occupation €443.52 a month \
                     (droitsquotidiens.be, amounts indexed on 1 February 2025)."
                .into(),
        },
    ]
}

/// The row in force on `date`: the latest one that starts on or before it.
pub fn row_for(rows: &[AmountRow], date: NaiveDate) -> Result<&AmountRow> {
    rows.iter()
        .filter(|r| r.valid_from <= date)
        .max_by_key(|r| r.valid_from)
        .ok_or_else(|| Error::NoAmountRow {
            date: date.format("%d/%m/%Y").to_string(),
        })
}

pub fn list(conn: &Db) -> Result<Vec<AmountRow>> {
    let mut stmt = conn.prepare(
        "SELECT valid_from, cohabitant_year_cents, single_year_cents, family_year_cents,
                sp_exemption_month_cents, source, sp_exemption_shortage_month_cents
         FROM amount_row ORDER BY valid_from",
    )?;
    let rows = stmt
        .query_map([], |r| {
            let from: String = r.get(0)?;
            Ok(AmountRow {
                valid_from: NaiveDate::parse_from_str(&from, "%Y-%m-%d").unwrap_or_default(),
                cohabitant_year_cents: r.get(1)?,
                single_year_cents: r.get(2)?,
                family_year_cents: r.get(3)?,
                sp_exemption_month_cents: r.get(4)?,
                sp_exemption_shortage_month_cents: r.get(6)?,
                source: r.get(5)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(rows)
}

fn insert(conn: &Db, row: &AmountRow) -> Result<()> {
    conn.execute(
        "INSERT INTO amount_row (valid_from, cohabitant_year_cents, single_year_cents,
                                 family_year_cents, sp_exemption_month_cents, source,
                                 sp_exemption_shortage_month_cents)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT(valid_from) DO UPDATE SET
            cohabitant_year_cents = excluded.cohabitant_year_cents,
            single_year_cents = excluded.single_year_cents,
            family_year_cents = excluded.family_year_cents,
            sp_exemption_month_cents = excluded.sp_exemption_month_cents,
            source = excluded.source,
            sp_exemption_shortage_month_cents = excluded.sp_exemption_shortage_month_cents",
        params![
            row.valid_from.format("%Y-%m-%d").to_string(),
            row.cohabitant_year_cents,
            row.single_year_cents,
            row.family_year_cents,
            row.sp_exemption_month_cents,
            row.source,
            row.sp_exemption_shortage_month_cents
        ],
    )?;
    Ok(())
}

/// The `source` texts of rows shipped by earlier versions: a row that still has one was never
/// changed by the user, so a corrected shipped row may replace it.
const EARLIER_SHIPPED_SOURCES: [&str; 2] = [
    "Indexation 1 May 2024 (monthly amounts × 12)",
    "Indexation 1 February 2025 (cat. 3: monthly amount × 12)",
];

/// Puts the shipped rows in the vault: those missing, and those the user left as an earlier
/// version shipped them (a row the user added or corrected is kept as it is).
pub fn seed(conn: &Db) -> Result<()> {
    for row in seed_rows() {
        let existing: Option<String> = conn
            .query_row(
                "SELECT source FROM amount_row WHERE valid_from = ?1",
                [row.valid_from.format("%Y-%m-%d").to_string()],
                |r| r.get(0),
            )
            .optional()?;
        match existing {
            Some(source) if !EARLIER_SHIPPED_SOURCES.contains(&source.as_str()) => {}
            _ => insert(conn, &row)?,
        }
    }
    Ok(())
}

/// Adds (or corrects) the row starting on `row.valid_from`, after an indexation, and gives
/// every running right its new period from that day (`periods::indexation` lists them).
pub fn add(conn: &Db, row: AmountRow) -> Result<Vec<AmountRow>> {
    let limit = 100_000_000; // €1,000,000 a year: anything above is a typing error.
    for (field, v) in [
        ("cohabitant_year_cents", row.cohabitant_year_cents),
        ("single_year_cents", row.single_year_cents),
        ("family_year_cents", row.family_year_cents),
        (
            "sp_exemption_month_cents",
            row.sp_exemption_month_cents.unwrap_or(0),
        ),
        (
            "sp_exemption_shortage_month_cents",
            row.sp_exemption_shortage_month_cents.unwrap_or(0),
        ),
    ] {
        if !(0..=limit).contains(&v) {
            return Err(Error::OutOfRange {
                field: field.into(),
                min: 0,
                max: limit,
            });
        }
    }
    if row.source.chars().count() > 500 {
        return Err(Error::TooLong {
            field: "source".into(),
            max: 500,
        });
    }
    let tx = conn.transaction()?;
    insert(&tx, &row)?;
    // Every running right follows the new amounts from the row's day (a new period each).
    let periods = super::periods::index_all(&tx, row.valid_from)?;
    audit::append(
        &tx,
        "amounts.add",
        None,
        &json!({"valid_from": row.valid_from, "source": row.source, "periods": periods}),
    )?;
    tx.commit()?;
    list(conn)
}
