//! The dated table of leefloon amounts: seeded from DOMAIN.md, extended by the user.

use chrono::NaiveDate;
use rusqlite::{params, Connection};
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

/// The rows Tandem ships with (DOMAIN.md). From 1 May 2024 only monthly amounts were known:
/// the yearly figure is 12 × monthly. From 1 Feb 2025 cat. 3's yearly amount was not found
/// either: 12 × €1,776.07.
pub fn seed_rows() -> Vec<AmountRow> {
    vec![
        AmountRow {
            valid_from: NaiveDate::from_ymd_opt(2024, 5, 1).unwrap_or_default(),
            cohabitant_year_cents: 12 * 85_897,
            single_year_cents: 12 * 128_846,
            family_year_cents: 12 * 174_129,
            sp_exemption_month_cents: None,
            source: "Indexation 1 May 2024 (monthly amounts × 12)".into(),
        },
        AmountRow {
            valid_from: NaiveDate::from_ymd_opt(2025, 2, 1).unwrap_or_default(),
            cohabitant_year_cents: 1_051_360,
            single_year_cents: 1_577_041,
            family_year_cents: 12 * 177_607,
            sp_exemption_month_cents: Some(30_948),
            source: "Indexation 1 February 2025 (cat. 3: monthly amount × 12)".into(),
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

pub fn list(conn: &Connection) -> Result<Vec<AmountRow>> {
    let mut stmt = conn.prepare(
        "SELECT valid_from, cohabitant_year_cents, single_year_cents, family_year_cents,
                sp_exemption_month_cents, source
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
                source: r.get(5)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(rows)
}

fn insert(conn: &Connection, row: &AmountRow) -> Result<()> {
    conn.execute(
        "INSERT INTO amount_row (valid_from, cohabitant_year_cents, single_year_cents,
                                 family_year_cents, sp_exemption_month_cents, source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT(valid_from) DO UPDATE SET
            cohabitant_year_cents = excluded.cohabitant_year_cents,
            single_year_cents = excluded.single_year_cents,
            family_year_cents = excluded.family_year_cents,
            sp_exemption_month_cents = excluded.sp_exemption_month_cents,
            source = excluded.source",
        params![
            row.valid_from.format("%Y-%m-%d").to_string(),
            row.cohabitant_year_cents,
            row.single_year_cents,
            row.family_year_cents,
            row.sp_exemption_month_cents,
            row.source
        ],
    )?;
    Ok(())
}

/// Puts the shipped rows in a new vault.
pub fn seed(conn: &Connection) -> Result<()> {
    for row in seed_rows() {
        insert(conn, &row)?;
    }
    Ok(())
}

/// Adds (or corrects) the row starting on `row.valid_from`, after an indexation.
pub fn add(conn: &mut Connection, row: AmountRow) -> Result<Vec<AmountRow>> {
    let limit = 100_000_000; // €1,000,000 a year: anything above is a typing error.
    for (field, v) in [
        ("cohabitant_year_cents", row.cohabitant_year_cents),
        ("single_year_cents", row.single_year_cents),
        ("family_year_cents", row.family_year_cents),
        (
            "sp_exemption_month_cents",
            row.sp_exemption_month_cents.unwrap_or(0),
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
    audit::append(
        &tx,
        "amounts.add",
        None,
        &json!({"valid_from": row.valid_from, "source": row.source}),
    )?;
    tx.commit()?;
    list(conn)
}
