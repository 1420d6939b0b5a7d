//! The income side's letters: the receipt of a request with the hearing-right notice, and
//! the decision letter with every mention the law requires for the appeal period to start.

use rusqlite::Connection;

use super::compose::{
    self, calculation_steps, category_text, date, kind_text, reference, tr, Part,
};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::income::{self, calc::money, view::RequestView};
use crate::pdf::{self, Block, DocumentSpec, SignatureSlot};
use crate::profile::Profile;

fn load(
    conn: &Connection,
    request_id: i64,
    lang: Option<Lang>,
) -> Result<(RequestView, crate::person::Person, Profile, Lang)> {
    let person_id = income::person_of(conn, request_id)?;
    let person = crate::person::load(conn, person_id)?;
    let profile = crate::profile::required(conn)?;
    let lang = profile.document_language(&person, lang);
    let view = income::view::build(conn, request_id, lang)?;
    Ok((view, person, profile, lang))
}

fn letterhead(profile: &Profile, lang: Lang, v: &RequestView) -> Vec<Block> {
    let mut head = vec![Block::Paragraph(
        [profile.ocmw_name.as_str(), profile.ocmw_address.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("\n"),
    )];
    head.push(Block::KeyValues(vec![
        (tr(lang, "doc-file-reference", &[]), reference(v)),
        (
            tr(lang, "doc-date-of-document", &[]),
            crate::today().format("%d/%m/%Y").to_string(),
        ),
    ]));
    head.push(Block::Spacer(6.0));
    head
}

fn spec(
    lang: Lang,
    profile: &Profile,
    title: String,
    v: &RequestView,
    blocks: Vec<Block>,
) -> DocumentSpec {
    DocumentSpec {
        title: title.clone(),
        author: format!("{} · {}", profile.worker_name, profile.ocmw_name),
        subject: format!("{title} · {}", reference(v)),
        language: lang.code().into(),
        created: chrono::Utc::now(),
        header: Some(profile.ocmw_name.clone()),
        footer: reference(v),
        page_label: pdf::page_label(lang),
        blocks,
    }
}

/// The acknowledgement of receipt, with the notice of the right to be heard (art. 20).
pub fn receipt(conn: &Connection, request_id: i64, lang: Option<Lang>) -> Result<Vec<u8>> {
    let (v, person, profile, lang) = load(conn, request_id, lang)?;
    let title = tr(lang, "doc-receipt-title", &[]);
    let mut blocks = letterhead(&profile, lang, &v);
    blocks.push(Block::Title(title.clone()));
    let mut who = compose::identity(lang, &person);
    who.push((tr(lang, "doc-request-kind", &[]), kind_text(lang, &v)));
    who.push((tr(lang, "doc-received-on", &[]), date(&v.received_on)));
    blocks.push(Block::KeyValues(who));
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-receipt-body",
        &[("date", date(&v.received_on)), ("reference", reference(&v))],
    )));
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-receipt-decision",
        &[("date", date(&v.deadlines.decision_due))],
    )));
    blocks.push(Block::Heading(tr(lang, "doc-hearing-title", &[])));
    blocks.push(Block::Paragraph(tr(lang, "doc-hearing-body", &[])));
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-contact",
        &[
            ("worker", profile.worker_name.clone()),
            ("ocmw", profile.ocmw_name.clone()),
        ],
    )));
    blocks.push(Block::Spacer(6.0));
    blocks.push(Block::SignatureBlock(vec![
        SignatureSlot {
            label: tr(lang, "doc-receipt-signature-worker", &[]),
            png: None,
            caption: profile.worker_name.clone(),
        },
        SignatureSlot {
            label: tr(lang, "doc-receipt-signature-person", &[]),
            png: None,
            caption: person.display_name.clone(),
        },
    ]));
    pdf::render(&spec(lang, &profile, title, &v, blocks))
}

fn parts(parts: Vec<Part>) -> Vec<Block> {
    parts
        .into_iter()
        .map(|p| match p {
            Part::Paragraph { text } => Block::Paragraph(text),
            Part::Note { text } => Block::Note(text),
            Part::Keyvalues { pairs } => Block::KeyValues(pairs),
            Part::List { items } => Block::Bullets(items),
            Part::Table {
                headers,
                rows,
                widths,
            } => Block::Table {
                headers,
                rows,
                widths,
            },
        })
        .collect()
}

/// The decision letter. Without a recorded decision there is nothing to write.
pub fn decision(conn: &Connection, request_id: i64, lang: Option<Lang>) -> Result<Vec<u8>> {
    let (v, person, profile, lang) = load(conn, request_id, lang)?;
    let d = v.decision.as_ref().ok_or(Error::NotFound {
        what: "decision".into(),
        id: request_id.to_string(),
    })?;
    let title = tr(lang, "doc-decision-title", &[]);
    let mut blocks = letterhead(&profile, lang, &v);
    blocks.push(Block::Title(title.clone()));
    blocks.push(Block::KeyValues(compose::identity(lang, &person)));
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-decision-intro",
        &[
            ("date", date(&d.decided_on)),
            ("received", date(&v.received_on)),
        ],
    )));
    blocks.push(Block::Paragraph(tr(
        lang,
        &format!("doc-outcome-{}", d.outcome),
        &[],
    )));
    if d.outcome != "refused" {
        if let Some(c) = &d.category {
            blocks.push(Block::Paragraph(tr(
                lang,
                "doc-decision-category",
                &[("category", category_text(lang, c))],
            )));
            let why = if v.category.reason.is_empty() {
                v.category.proposal_reason.clone()
            } else {
                v.category.reason.clone()
            };
            blocks.push(Block::Paragraph(tr(
                lang,
                "doc-decision-category-why",
                &[("reason", why)],
            )));
        }
        if let (Some(y), Some(m)) = (d.yearly_cents, d.monthly_cents) {
            blocks.push(Block::Paragraph(tr(
                lang,
                "doc-decision-amount",
                &[
                    ("yearly", money(lang, y)),
                    ("monthly", money(lang, m)),
                    ("start", d.start_on.as_deref().map(date).unwrap_or_default()),
                ],
            )));
        }
        blocks.push(Block::Heading(tr(lang, "doc-decision-how", &[])));
        blocks.extend(parts(calculation_steps(lang, &v)));
        // The granted amount is stated once, above; where the calculation gave another one,
        // the letter says so with the reason.
        if let (Some(granted), Some(calculated)) = (d.yearly_cents, d.calculated_yearly_cents) {
            if granted != calculated {
                let reason = if d.amount_motivation.is_empty() {
                    v.r#override
                        .as_ref()
                        .map(|o| o.motivation.clone())
                        .unwrap_or_default()
                } else {
                    d.amount_motivation.clone()
                };
                blocks.push(Block::Paragraph(tr(
                    lang,
                    "doc-decision-amount-differs",
                    &[
                        ("calculated", money(lang, calculated)),
                        (
                            "calculated_monthly",
                            money(lang, income::calc::monthly_from_yearly(calculated)),
                        ),
                        ("granted", money(lang, granted)),
                        ("reason", reason),
                    ],
                )));
            }
        }
    }
    blocks.push(Block::Heading(tr(lang, "doc-decision-grounds", &[])));
    blocks.push(Block::Paragraph(tr(lang, "doc-decision-law", &[])));
    if let Some(ground) = &d.refusal_condition {
        blocks.push(Block::Paragraph(if ground == "withdrawn" {
            tr(lang, "doc-decision-withdrawn", &[])
        } else {
            tr(
                lang,
                "doc-decision-refusal",
                &[(
                    "condition",
                    tr(lang, &format!("doc-condition-{ground}"), &[]),
                )],
            )
        }));
    }
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-decision-facts",
        &[("grounds", d.grounds.clone())],
    )));
    blocks.push(Block::Heading(tr(lang, "doc-appeal-title", &[])));
    blocks.push(Block::Paragraph(tr(lang, "doc-appeal-body", &[])));
    blocks.push(Block::Paragraph(
        if profile.labour_court_address.is_empty() {
            tr(lang, "doc-appeal-court-missing", &[])
        } else {
            tr(
                lang,
                "doc-appeal-court",
                &[("address", profile.labour_court_address.replace('\n', ", "))],
            )
        },
    ));
    blocks.push(Block::Paragraph(tr(lang, "doc-appeal-no-suspend", &[])));
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-decision-reference",
        &[
            ("reference", reference(&v)),
            ("worker", profile.worker_name.clone()),
            ("ocmw", profile.ocmw_name.clone()),
        ],
    )));
    if let (Some(n), Some(how)) = (&d.notified_on, &d.notified_how) {
        blocks.push(Block::Note(tr(
            lang,
            "doc-notified",
            &[
                ("date", date(n)),
                ("how", tr(lang, &format!("doc-notified-{how}"), &[])),
            ],
        )));
    }
    pdf::render(&spec(lang, &profile, title, &v, blocks))
}
