//! Composes the social report from the request (income side) and the person: sections of
//! plain text, the same for the review on screen and for the printed PDF.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::i18n::{self, Lang};
use crate::income::calc::{self, money};
use crate::income::periods::Revision;
use crate::income::view::RequestView;
use crate::person::{nrn, Field, Person};
use crate::profile::Profile;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Part {
    Paragraph {
        text: String,
    },
    Note {
        text: String,
    },
    Keyvalues {
        pairs: Vec<(String, String)>,
    },
    List {
        items: Vec<String>,
    },
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
        widths: Vec<f32>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Part>,
}

/// Translates a document message.
pub(crate) fn tr(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    i18n::catalogs().message(lang, id, args)
}

/// A stored date (YYYY-MM-DD) as people write it here: 03/03/2025.
pub(crate) fn date(lang: Lang, iso: &str) -> String {
    crate::i18n::iso_date(lang, iso)
}

fn opt_date(lang: Lang, iso: &Option<String>) -> String {
    iso.as_deref()
        .map(|d| date(lang, d))
        .unwrap_or_else(|| tr(lang, "doc-not-recorded", &[]))
}

pub(crate) fn kind_text(lang: Lang, v: &RequestView) -> String {
    match v.kind.as_str() {
        "other" => tr(lang, "doc-kind-other", &[("label", v.other_label.clone())]),
        k => tr(lang, &format!("doc-kind-{k}"), &[]),
    }
}

pub(crate) fn category_text(lang: Lang, code: &str) -> String {
    tr(lang, &format!("doc-category-{code}"), &[])
}

/// The file reference printed on every document of a request.
pub fn reference(v: &RequestView) -> String {
    v.reference.clone()
}

/// The identity lines: only what is known; "not asked" fields are left out.
pub(crate) fn identity(lang: Lang, p: &Person) -> Vec<(String, String)> {
    let mut pairs = vec![(tr(lang, "doc-person", &[]), p.display_name.clone())];
    let mut add = |label: &str, f: &Field<String>, show: &dyn Fn(&str) -> String| {
        if let Field::Known(v) = f {
            pairs.push((tr(lang, label, &[]), show(v)));
        }
    };
    add("doc-first-name", &p.first_name, &|v| v.to_string());
    add("doc-last-name", &p.last_name, &|v| v.to_string());
    add("doc-birth-date", &p.birth_date, &|v| date(lang, v));
    add("doc-nrn", &p.nrn, &nrn::format);
    pairs
}

fn resources_table(lang: Lang, v: &RequestView) -> Part {
    let rows = v
        .resources
        .iter()
        .map(|r| {
            let period = match r.period {
                calc::Period::Month => "period-month",
                calc::Period::Year => "period-year",
            };
            vec![
                tr(lang, &format!("resource-kind-{}", r.kind.code()), &[]),
                tr(lang, &format!("whose-{}", r.whose.code()), &[]),
                format!("{} {}", money(lang, r.amount_cents), tr(lang, period, &[])),
                r.why.clone(),
            ]
        })
        .collect();
    Part::Table {
        headers: vec![
            tr(lang, "doc-resource-kind", &[]),
            tr(lang, "doc-resource-whose", &[]),
            tr(lang, "doc-resource-amount", &[]),
            tr(lang, "doc-resource-counts", &[]),
        ],
        rows,
        widths: vec![3.0, 2.5, 2.5, 2.5],
    }
}

/// The calculation lines (steps, result and any override) of the social report.
pub(crate) fn calculation_parts(lang: Lang, v: &RequestView) -> Vec<Part> {
    let mut parts = calculation_steps(lang, v);
    if let Some(c) = v.calculation.get("yearly_cents").and_then(Value::as_i64) {
        parts.push(Part::Paragraph {
            text: tr(
                lang,
                "doc-result",
                &[
                    ("yearly", money(lang, c)),
                    ("monthly", money(lang, calc::monthly_from_yearly(c))),
                ],
            ),
        });
    }
    if let Some(o) = &v.r#override {
        parts.push(Part::Paragraph {
            text: tr(
                lang,
                "doc-override",
                &[
                    ("yearly", money(lang, o.yearly_cents)),
                    ("monthly", money(lang, o.monthly_cents)),
                    ("motivation", o.motivation.clone()),
                ],
            ),
        });
    }
    parts
}

/// The calculation's steps only (or why there is none): the decision letter states the
/// granted amount once, itself.
pub(crate) fn calculation_steps(lang: Lang, v: &RequestView) -> Vec<Part> {
    let mut parts = Vec::new();
    match &v.calculation {
        Value::Null => parts.push(Part::Paragraph {
            text: tr(lang, "doc-calculation-none", &[]),
        }),
        c if c.get("error").is_some() => parts.push(Part::Paragraph {
            text: c["error"]["message"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        }),
        c => {
            let steps = c["steps"]
                .as_array()
                .map(|s| {
                    // The worker's warnings stay on the screen: a document states the law.
                    s.iter()
                        .filter(|x| x["step"] != "warning")
                        .map(|x| x["text"].as_str().unwrap_or_default().to_string())
                        .collect()
                })
                .unwrap_or_default();
            parts.push(Part::List { items: steps });
        }
    }
    parts
}

fn condition_section(lang: Lang, c: &crate::income::view::ConditionView) -> Section {
    let mut blocks = vec![Part::Keyvalues {
        pairs: vec![(
            tr(lang, "doc-finding", &[]),
            tr(lang, &format!("doc-finding-{}", c.finding), &[]),
        )],
    }];
    let mut facts = Vec::new();
    if let Some(p) = &c.proposal {
        facts.push(tr(lang, "doc-age-proposal", &[("text", p.text.clone())]));
    }
    if let Some(case) = c.detail["assimilation"].as_str() {
        facts.push(tr(
            lang,
            "doc-age-assimilation",
            &[("case", tr(lang, &format!("doc-assimilation-{case}"), &[]))],
        ));
    }
    if let Some(group) = c.detail["group"].as_str() {
        facts.push(tr(
            lang,
            "doc-nationality-group",
            &[("group", tr(lang, &format!("doc-group-{group}"), &[]))],
        ));
    }
    if c.condition == "work_readiness" {
        let obstacles: Vec<String> = c.detail["obstacles"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|o| o.as_str())
                    .map(|o| tr(lang, &format!("doc-obstacle-{o}"), &[]))
                    .collect()
            })
            .unwrap_or_default();
        // The finding in positive terms: assessed, not skipped. Availability and job search
        // are outside the assessment; that stance is explained to the worker, not here.
        match (obstacles.is_empty(), c.finding.as_str()) {
            (false, _) => facts.push(tr(
                lang,
                "doc-work-exempt",
                &[("list", obstacles.join(", "))],
            )),
            (true, "met") => facts.push(tr(lang, "doc-work-able", &[])),
            (true, "to_check") => facts.push(tr(lang, "doc-work-to-check", &[])),
            _ => {}
        }
    }
    if !facts.is_empty() {
        blocks.push(Part::List { items: facts });
    }
    if !c.explanation.is_empty() {
        blocks.push(Part::Paragraph {
            text: format!("{}: {}", tr(lang, "doc-explanation", &[]), c.explanation),
        });
    }
    let evidence: Vec<String> = c
        .evidence
        .iter()
        .map(|e| {
            let mut line = format!(
                "{}: {}",
                tr(lang, &format!("doc-evidence-{}", e.kind), &[]),
                e.description
            );
            if let Some(d) = &e.seen_on {
                line.push_str(&format!(" ({})", date(lang, d)));
            }
            if !e.bank_reason.is_empty() {
                line.push_str(". ");
                line.push_str(&tr(
                    lang,
                    "doc-bank-reason",
                    &[("reason", e.bank_reason.clone())],
                ));
            }
            line
        })
        .collect();
    blocks.push(if evidence.is_empty() {
        Part::Paragraph {
            text: format!(
                "{}: {}",
                tr(lang, "doc-evidence", &[]),
                tr(lang, "doc-evidence-none", &[])
            ),
        }
    } else {
        Part::List { items: evidence }
    });
    Section {
        heading: tr(lang, &format!("doc-condition-{}", c.condition), &[]),
        blocks,
    }
}

/// A category and a monthly amount, as the report shows them.
fn amount_text(lang: Lang, category: &str, monthly_cents: i64) -> String {
    tr(
        lang,
        "doc-report-revision-amount",
        &[
            ("category", category_text(lang, category)),
            ("amount", money(lang, monthly_cents)),
        ],
    )
}

/// For a report composed for a revision (art. 22 of the law of 26 May 2002): the change it
/// is about, the amount in force before it and after the recalculation, and the revision
/// decision once taken. The conditions and the resources that follow are the file as it is now.
fn revision_section(lang: Lang, r: &Revision) -> Section {
    let what = match &r.condition {
        Some(c) => format!(
            "{} ({})",
            tr(lang, &format!("change-kind-{}", r.what), &[]),
            tr(lang, &format!("doc-condition-{c}"), &[])
        ),
        None => tr(lang, &format!("change-kind-{}", r.what), &[]),
    };
    let mut pairs = vec![
        (tr(lang, "doc-report-revision-what", &[]), what),
        (
            tr(lang, "doc-report-revision-on", &[]),
            date(lang, &r.changed_on),
        ),
        (
            tr(lang, "doc-report-revision-detail", &[]),
            r.detail.clone(),
        ),
        (
            tr(lang, "doc-report-revision-before", &[]),
            amount_text(lang, &r.previous_category, r.previous_monthly_cents),
        ),
        (
            tr(lang, "doc-report-revision-after", &[]),
            amount_text(lang, &r.category, r.calculated_monthly_cents),
        ),
    ];
    if let (Some(decided), Some(monthly), Some(effective)) =
        (&r.decided_on, r.monthly_cents, &r.effective_on)
    {
        pairs.push((
            tr(lang, "doc-report-revision-decided", &[]),
            tr(
                lang,
                "doc-report-revision-decided-text",
                &[
                    ("date", date(lang, decided)),
                    ("amount", amount_text(lang, &r.category, monthly)),
                    ("effective", date(lang, effective)),
                ],
            ),
        ));
    }
    Section {
        heading: tr(lang, "doc-report-revision-title", &[]),
        blocks: vec![
            Part::Keyvalues { pairs },
            Part::Note {
                text: tr(lang, "doc-report-revision-note", &[]),
            },
        ],
    }
}

/// The report's sections, in `lang`. `proposal` is the worker's own text (may be empty);
/// `remarks` the person's (`None` = not asked yet, `Some("")` = no remarks).
pub fn sections(
    lang: Lang,
    v: &RequestView,
    p: &Person,
    profile: &Profile,
    proposal: &str,
    remarks: Option<&str>,
    revision: Option<&Revision>,
) -> Vec<Section> {
    let mut out = Vec::new();

    let mut head = identity(lang, p);
    head.push((tr(lang, "doc-file-reference", &[]), reference(v)));
    head.push((tr(lang, "doc-worker", &[]), profile.worker_name.clone()));
    head.push((tr(lang, "doc-ocmw", &[]), profile.ocmw_name.clone()));
    out.push(Section {
        heading: tr(lang, "doc-report-subtitle", &[]),
        blocks: vec![Part::Keyvalues { pairs: head }],
    });

    let mut request = vec![
        (tr(lang, "doc-request-kind", &[]), kind_text(lang, v)),
        (tr(lang, "doc-received-on", &[]), date(lang, &v.received_on)),
        (tr(lang, "doc-received-by", &[]), v.received_by.clone()),
        (
            tr(lang, "doc-decision-due", &[]),
            date(lang, &v.deadlines.decision_due),
        ),
        (
            tr(lang, "doc-receipt-given", &[]),
            opt_date(lang, &v.receipt_given_on),
        ),
        (
            tr(lang, "doc-hearing-given", &[]),
            opt_date(lang, &v.hearing_notice_given_on),
        ),
    ];
    if let Some(w) = &v.withdrawn_on {
        request.push((tr(lang, "doc-withdrawn-on", &[]), date(lang, w)));
    }
    out.push(Section {
        heading: tr(lang, "doc-section-request", &[]),
        blocks: vec![Part::Keyvalues { pairs: request }],
    });
    if let Some(r) = revision {
        out.push(revision_section(lang, r));
    }

    // Household: only those living under the same roof, which is what the category needs.
    let living: Vec<Vec<String>> = p
        .household
        .iter()
        .filter(|m| m.cohabits == Field::Known(true))
        .map(|m| {
            vec![
                m.name.clone(),
                tr(lang, &format!("doc-relation-{}", m.relation), &[]),
                match m.minor {
                    Field::Known(true) => tr(lang, "doc-yes", &[]),
                    Field::Known(false) => tr(lang, "doc-no", &[]),
                    _ => tr(lang, "doc-not-recorded", &[]),
                },
            ]
        })
        .collect();
    let mut household = vec![Part::Paragraph {
        text: tr(lang, "doc-household-intro", &[]),
    }];
    if living.is_empty() {
        household.push(Part::Paragraph {
            text: tr(lang, "doc-household-none", &[]),
        });
    } else {
        household.push(Part::Table {
            headers: vec![
                tr(lang, "doc-household-name", &[]),
                tr(lang, "doc-household-relation", &[]),
                tr(lang, "doc-household-minor", &[]),
            ],
            rows: living,
            widths: vec![4.0, 3.0, 2.0],
        });
    }
    household.push(Part::Paragraph {
        text: tr(
            lang,
            "doc-category-proposed",
            &[
                ("category", category_text(lang, v.category.proposed.code())),
                ("reason", v.category.proposal_reason.clone()),
            ],
        ),
    });
    match v.category.chosen {
        Some(c) => {
            let mut text = tr(
                lang,
                "doc-category-chosen",
                &[("category", category_text(lang, c.code()))],
            );
            if !v.category.reason.is_empty() {
                text.push(' ');
                text.push_str(&tr(
                    lang,
                    "doc-category-reason",
                    &[("reason", v.category.reason.clone())],
                ));
            }
            household.push(Part::Paragraph { text });
        }
        None => household.push(Part::Paragraph {
            text: tr(lang, "doc-category-not-chosen", &[]),
        }),
    }
    out.push(Section {
        heading: tr(lang, "doc-section-household", &[]),
        blocks: household,
    });

    out.push(Section {
        heading: tr(lang, "doc-section-conditions", &[]),
        blocks: vec![Part::Paragraph {
            text: tr(lang, "doc-conditions-intro", &[]),
        }],
    });
    for c in &v.conditions {
        out.push(condition_section(lang, c));
    }

    let visits = if v.visits.is_empty() {
        vec![Part::Paragraph {
            text: tr(lang, "doc-visits-none", &[]),
        }]
    } else {
        vec![Part::Table {
            headers: vec![
                tr(lang, "doc-visit-date", &[]),
                tr(lang, "doc-visit-announced", &[]),
                tr(lang, "doc-visit-purposes", &[]),
                tr(lang, "doc-visit-findings", &[]),
            ],
            rows: v
                .visits
                .iter()
                .map(|x| {
                    vec![
                        date(lang, &x.visited_on),
                        if x.announced {
                            tr(lang, "doc-yes", &[])
                        } else {
                            tr(
                                lang,
                                "doc-unannounced",
                                &[("reason", x.unannounced_reason.clone())],
                            )
                        },
                        x.purposes
                            .iter()
                            .map(|p| tr(lang, &format!("doc-purpose-{p}"), &[]))
                            .collect::<Vec<_>>()
                            .join(", "),
                        x.findings.clone(),
                    ]
                })
                .collect(),
            widths: vec![2.0, 2.0, 3.0, 5.0],
        }]
    };
    out.push(Section {
        heading: tr(lang, "doc-section-visits", &[]),
        blocks: visits,
    });

    let mut res = vec![Part::Paragraph {
        text: tr(lang, "doc-resources-intro", &[]),
    }];
    if v.resources.is_empty() {
        res.push(Part::Paragraph {
            text: tr(lang, "doc-resources-none", &[]),
        });
    } else {
        res.push(resources_table(lang, v));
    }
    res.extend(calculation_parts(lang, v));
    out.push(Section {
        heading: tr(lang, "doc-section-resources", &[]),
        blocks: res,
    });

    let mut prop = Vec::new();
    if !proposal.trim().is_empty() {
        prop.push(Part::Paragraph {
            text: proposal.trim().to_string(),
        });
    }
    prop.push(Part::Note {
        text: tr(lang, "doc-support-note", &[]),
    });
    out.push(Section {
        heading: tr(lang, "doc-section-proposal", &[]),
        blocks: prop,
    });

    let remarks_block = match remarks {
        None => Part::Paragraph {
            text: tr(lang, "doc-remarks-not-asked", &[]),
        },
        Some(r) if r.trim().is_empty() => Part::Paragraph {
            text: tr(lang, "doc-remarks-none", &[]),
        },
        Some(r) => Part::Paragraph {
            text: r.to_string(),
        },
    };
    out.push(Section {
        heading: tr(lang, "doc-section-remarks", &[]),
        blocks: vec![
            Part::Note {
                text: tr(lang, "doc-remarks-intro", &[]),
            },
            remarks_block,
        ],
    });
    out
}
