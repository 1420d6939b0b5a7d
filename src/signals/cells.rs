//! Counts as they may leave the vault: 1 to 4 never shown, and no hidden count can be worked out from the totals and the other counts.
//!
//! Method (statistical disclosure control by cell suppression, checked by interval
//! propagation): every published count is an interval `[min, max]` holding its exact value.
//! A count of 0 or of 5 and more is shown exactly; 1 to 4 is *primary* hidden as `[1, 4]`
//! ("fewer than 5"). The figures are tied by sums (a total and the counts that make it up,
//! e.g. the requests received and their outcomes): from the published intervals, the bounds
//! that the sums imply are propagated to a fixed point. A hidden count whose implied bounds
//! leave it one value only would be disclosed: then the smallest count shown in the same sum
//! is hidden as well (*secondary* suppression), and the check runs again. The published
//! interval of a hidden count is the one implied by everything published, so a reader can
//! compute nothing narrower from the file with these sums. Signal files merge by adding the
//! intervals, and the merged figures go through the same rule.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The smallest count shown as a number.
pub const THRESHOLD: u64 = 5;
/// The largest count a signal holds (a bound for hidden counts, far above any caseload).
pub const MAX_COUNT: u64 = 10_000_000;

/// A published count: the exact value lies between `min` and `max` (both included).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cell {
    pub min: u64,
    pub max: u64,
}

impl Cell {
    pub fn exact(n: u64) -> Cell {
        Cell { min: n, max: n }
    }

    pub fn is_exact(self) -> bool {
        self.min == self.max
    }

    /// How the figure reads.
    pub fn shown(self) -> Shown {
        if self.is_exact() {
            Shown::Exactly(self.min)
        } else if self.max < THRESHOLD {
            Shown::FewerThan5
        } else if self.max >= MAX_COUNT / 2 {
            Shown::AtLeast(self.min)
        } else {
            Shown::Between(self.min, self.max)
        }
    }

    /// Two published counts together (a merge of two workers' figures).
    pub fn plus(self, other: Cell) -> Result<Cell> {
        let overflow = || Error::OutOfRange {
            field: "signals".into(),
            min: 0,
            max: MAX_COUNT as i64,
        };
        let min = self.min.checked_add(other.min).ok_or_else(overflow)?;
        let max = self.max.checked_add(other.max).ok_or_else(overflow)?;
        if max > MAX_COUNT {
            return Err(overflow());
        }
        Ok(Cell { min, max })
    }

    /// Checks a cell read from a signal file.
    pub fn check(self, field: &str) -> Result<Cell> {
        if self.min > self.max
            || self.max > MAX_COUNT
            || (1..THRESHOLD).contains(&self.max) && self.is_exact()
        {
            return Err(Error::InvalidInput {
                detail: format!("{field}: not a published count"),
            });
        }
        Ok(self)
    }
}

/// A published count as words will say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "shown", content = "value", rename_all = "snake_case")]
pub enum Shown {
    Exactly(u64),
    FewerThan5,
    /// Hidden, and only known to be this or more.
    AtLeast(u64),
    Between(u64, u64),
}

/// A sum that ties the figures: `total` is the sum of `parts`.
pub struct Sum {
    pub total: String,
    pub parts: Vec<String>,
}

fn get(cells: &BTreeMap<String, Cell>, k: &str) -> Cell {
    cells.get(k).copied().unwrap_or(Cell::exact(0))
}

/// The bounds every cell has once the sums are taken into account (to a fixed point).
pub fn implied(cells: &BTreeMap<String, Cell>, sums: &[Sum]) -> BTreeMap<String, Cell> {
    let mut b = cells.clone();
    for _ in 0..200 {
        let mut changed = false;
        for s in sums {
            let parts: Vec<Cell> = s.parts.iter().map(|p| get(&b, p)).collect();
            let lo: u64 = parts.iter().map(|c| c.min).fold(0, u64::saturating_add);
            let hi: u64 = parts.iter().map(|c| c.max).fold(0, u64::saturating_add);
            let t = get(&b, &s.total);
            let nt = Cell {
                min: t.min.max(lo),
                max: t.max.min(hi),
            };
            if nt != t {
                b.insert(s.total.clone(), nt);
                changed = true;
            }
            for (i, p) in s.parts.iter().enumerate() {
                let others_lo = lo.saturating_sub(parts[i].min);
                let others_hi = hi.saturating_sub(parts[i].max);
                let c = get(&b, p);
                let nc = Cell {
                    min: c.min.max(nt.min.saturating_sub(others_hi)),
                    max: c.max.min(nt.max.saturating_sub(others_lo)),
                };
                if nc != c {
                    b.insert(p.clone(), nc);
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    b
}

/// Publishes exact counts, or protects merged intervals: 1 to 4 hidden, then as many
/// secondary hidings as needed so that no hidden count is left with one possible value.
/// Every cell of `exact_or_known` is kept as an interval holding the true value.
pub fn protect(known: &BTreeMap<String, Cell>, sums: &[Sum]) -> BTreeMap<String, Cell> {
    // The cells a reader will be able to bound: exact ones that are shown, the others hidden.
    let mut published: BTreeMap<String, Cell> = known
        .iter()
        .map(|(k, c)| {
            let c = if c.is_exact() && (1..THRESHOLD).contains(&c.min) {
                Cell { min: 1, max: 4 }
            } else {
                *c
            };
            (k.clone(), c)
        })
        .collect();
    // Each round hides at least one more count; a guard in case a sum cannot be protected.
    for _ in 0..=published.len().saturating_mul(4).saturating_add(20) {
        let bounds = implied(&published, sums);
        // A hidden count that the sums leave with one value of 1 to 4 is disclosed (a 0 or a
        // count of 5 or more worked out is not a small count: it may be known).
        let pinned = published
            .iter()
            .find(|(k, c)| {
                let b = get(&bounds, k);
                !c.is_exact() && b.is_exact() && (1..THRESHOLD).contains(&b.min)
            })
            .map(|(k, _)| k.clone());
        let Some(pinned) = pinned else {
            // Publish what a reader can work out anyway: the implied bounds.
            return published
                .into_iter()
                .map(|(k, c)| {
                    let b = get(&bounds, &k);
                    (k, if c.is_exact() { c } else { b })
                })
                .collect();
        };
        // The smallest count shown in a sum with the pinned one is hidden too; if all of
        // those are hidden already, the sums that tie those hidden counts are looked at next.
        let (candidate, reached) = nearest_shown(&published, sums, &pinned);
        match candidate {
            Some(k) => {
                // Shown counts of 1 to 4 do not exist, so a reader knows it is 5 or more.
                published.insert(
                    k,
                    Cell {
                        min: THRESHOLD,
                        max: MAX_COUNT,
                    },
                );
            }
            None => {
                // Nothing shown is tied to it any more: every count it is tied to is withheld
                // without even a lower bound (a 0 among them no longer shows).
                for k in reached {
                    let c = get(&published, &k);
                    published.insert(
                        k,
                        Cell {
                            min: 0,
                            max: c.max.max(4),
                        },
                    );
                }
            }
        }
    }
    // Not reached with sums of counts; if it were, nothing hidden keeps a bound.
    published
        .into_iter()
        .map(|(k, c)| {
            (
                k,
                if c.is_exact() {
                    c
                } else {
                    Cell {
                        min: 0,
                        max: MAX_COUNT,
                    }
                },
            )
        })
        .collect()
}

/// The shown non-zero count nearest to `from` through the sums (the smallest of the first
/// layer that has one), and every count reached on the way.
fn nearest_shown(
    published: &BTreeMap<String, Cell>,
    sums: &[Sum],
    from: &str,
) -> (Option<String>, Vec<String>) {
    let mut seen: Vec<String> = vec![from.to_string()];
    let mut layer: Vec<String> = vec![from.to_string()];
    while !layer.is_empty() {
        let mut shown: Vec<String> = Vec::new();
        let mut next: Vec<String> = Vec::new();
        for s in sums
            .iter()
            .filter(|s| layer.iter().any(|k| *k == s.total || s.parts.contains(k)))
        {
            for k in s.parts.iter().chain(Some(&s.total)) {
                if seen.contains(k) {
                    continue;
                }
                seen.push(k.clone());
                let c = get(published, k);
                if c.is_exact() && c.min > 0 {
                    shown.push(k.clone());
                } else {
                    next.push(k.clone());
                }
            }
        }
        if let Some(k) = shown
            .into_iter()
            .min_by_key(|k| (get(published, k).min, k.clone()))
        {
            return (Some(k), seen);
        }
        layer = next;
    }
    (None, seen)
}

/// Money over fewer than this many rights is not shown (one person's amounts would show).
pub const MONEY_THRESHOLD: u64 = 5;

/// A published sum of money: whole euros, or hidden when fewer than 5 rights make it.
pub fn publish_money(cents: i64, rights: u64) -> Option<i64> {
    (rights >= MONEY_THRESHOLD).then(|| cents.saturating_add(50).div_euclid(100))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(total: &str, parts: &[&str]) -> Sum {
        Sum {
            total: total.into(),
            parts: parts.iter().map(|p| p.to_string()).collect(),
        }
    }

    fn table(values: &[(&str, u64)]) -> BTreeMap<String, Cell> {
        values
            .iter()
            .map(|(k, v)| (k.to_string(), Cell::exact(*v)))
            .collect()
    }

    /// Every count of 1 to 4 is hidden and keeps at least two possible values given everything
    /// published, and every cell's interval holds its true value.
    fn assert_safe(truth: &BTreeMap<String, Cell>, sums: &[Sum]) {
        let p = protect(truth, sums);
        let bounds = implied(&p, sums);
        for (k, c) in &p {
            let v = truth[k].min;
            assert!(c.min <= v && v <= c.max, "{k}={v} outside {c:?}");
            if (1..THRESHOLD).contains(&v) {
                assert!(!c.is_exact(), "{k}={v} is shown");
            }
            if (1..THRESHOLD).contains(&v) {
                assert!(
                    !bounds[k].is_exact(),
                    "{k}={v} is disclosed by the sums: {p:?}"
                );
            }
        }
    }

    #[test]
    fn small_counts_are_never_shown() {
        let sums = [sum("t", &["a", "b", "c"])];
        let p = protect(&table(&[("t", 12), ("a", 3), ("b", 9), ("c", 0)]), &sums);
        assert_eq!(p["a"].shown(), Shown::FewerThan5);
        assert_eq!(p["c"].shown(), Shown::Exactly(0));
        assert_eq!(p["t"].shown(), Shown::Exactly(12));
        // One hidden cell and a total: b is hidden as well, or a = 12 - 9.
        assert!(!p["b"].is_exact());
    }

    /// Two "fewer than 5" and a total of 8: both would be 4. Caught and protected.
    #[test]
    fn two_small_counts_under_a_total_are_not_pinned() {
        let sums = [sum("t", &["a", "b"])];
        assert_safe(&table(&[("t", 8), ("a", 4), ("b", 4)]), &sums);
    }

    /// Every split of small tables with two ways to break down the same total (the shape of
    /// the decisions: by outcome and by deadline), and a breakdown of one of the parts.
    #[test]
    fn no_hidden_count_is_derived_in_linked_tables() {
        let sums = [
            sum("t", &["a", "b", "c"]),
            sum("t", &["x", "y"]),
            sum("c", &["c1", "c2"]),
        ];
        for a in 0..7u64 {
            for b in 0..7u64 {
                for c1 in 0..6u64 {
                    for c2 in 0..6u64 {
                        let c = c1 + c2;
                        let t = a + b + c;
                        for x in 0..=t.min(9) {
                            let y = t - x;
                            let truth = table(&[
                                ("t", t),
                                ("a", a),
                                ("b", b),
                                ("c", c),
                                ("x", x),
                                ("y", y),
                                ("c1", c1),
                                ("c2", c2),
                            ]);
                            assert_safe(&truth, &sums);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn merged_cells_add_their_bounds() {
        let a = Cell { min: 1, max: 4 };
        let m = a.plus(a).unwrap();
        assert_eq!(m, Cell { min: 2, max: 8 });
        assert_eq!(m.shown(), Shown::Between(2, 8));
        assert_eq!(a.plus(Cell::exact(0)).unwrap().shown(), Shown::FewerThan5);
    }

    #[test]
    fn money_needs_five_rights() {
        assert_eq!(publish_money(123_456, 4), None);
        assert_eq!(publish_money(123_456, 5), Some(1235));
    }
}
