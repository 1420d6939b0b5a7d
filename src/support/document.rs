//! The plan document: the person's goals, what the OCMW commits to, meetings; voluntary,
//! not a contract, no effect on any income decision; no signature of the person asked.

use crate::store::Db;

use super::get;
use crate::error::Result;
use crate::i18n::{self, Lang};
use crate::pdf::{self, Block, DocumentSpec};

fn tr(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    i18n::catalogs().message(lang, id, args)
}

fn date(lang: Lang, iso: &str) -> String {
    i18n::iso_date(lang, iso)
}

/// Renders plan `plan_id` in `lang` (default: the person's language, else the profile's).
pub fn render(conn: &Db, plan_id: i64, lang: Option<Lang>) -> Result<Vec<u8>> {
    let plan = get(conn, plan_id)?;
    let person = crate::person::load(conn, plan.person_id)?;
    let profile = crate::profile::required(conn)?;
    let lang = profile.document_language(&person, lang);
    let title = tr(lang, "doc-plan-title", &[]);
    let mut blocks = vec![
        Block::Title(title.clone()),
        Block::Note(tr(lang, "doc-plan-voluntary", &[])),
        Block::KeyValues(vec![
            (tr(lang, "doc-person", &[]), person.display_name.clone()),
            (tr(lang, "doc-worker", &[]), profile.worker_name.clone()),
            (tr(lang, "doc-ocmw", &[]), profile.ocmw_name.clone()),
            (
                tr(lang, "doc-plan-opened", &[]),
                date(lang, &plan.opened_on),
            ),
        ]),
    ];
    if let Some(e) = &plan.ended_on {
        blocks.push(Block::Paragraph(tr(
            lang,
            "doc-plan-ended",
            &[("date", date(lang, e))],
        )));
    } else if let Some(p) = &plan.paused_on {
        blocks.push(Block::Paragraph(tr(
            lang,
            "doc-plan-paused",
            &[("date", date(lang, p))],
        )));
    }

    blocks.push(Block::Heading(tr(lang, "doc-plan-goals", &[])));
    blocks.push(Block::Paragraph(tr(lang, "doc-plan-goals-intro", &[])));
    if plan.goals.is_empty() {
        blocks.push(Block::Paragraph(tr(lang, "doc-plan-none", &[])));
    }
    for g in &plan.goals {
        let mut line = format!(
            "{} ({}: {})",
            g.text,
            tr(lang, "doc-plan-status", &[]),
            tr(lang, &format!("doc-plan-goal-{}", g.status), &[])
        );
        if let Some(w) = &g.wished_date {
            line.push_str(&format!(
                " · {}",
                tr(lang, "doc-plan-wished", &[("date", date(lang, w))])
            ));
        }
        blocks.push(Block::Bullets(vec![line]));
    }

    blocks.push(Block::Heading(tr(lang, "doc-plan-commitments", &[])));
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-plan-commitments-intro",
        &[],
    )));
    if plan.commitments.is_empty() {
        blocks.push(Block::Paragraph(tr(lang, "doc-plan-none", &[])));
    } else {
        blocks.push(Block::Table {
            headers: vec![
                tr(lang, "doc-plan-what", &[]),
                tr(lang, "doc-plan-who", &[]),
                tr(lang, "doc-plan-by", &[]),
                tr(lang, "doc-plan-done", &[]),
            ],
            rows: plan
                .commitments
                .iter()
                .map(|c| {
                    vec![
                        c.text.clone(),
                        c.who.clone(),
                        c.by_when
                            .as_deref()
                            .map(|d| date(lang, d))
                            .unwrap_or_default(),
                        c.done_on
                            .as_deref()
                            .map(|d| date(lang, d))
                            .unwrap_or_default(),
                    ]
                })
                .collect(),
            widths: vec![5.0, 2.5, 1.8, 1.8],
        });
    }

    blocks.push(Block::Heading(tr(lang, "doc-plan-meetings", &[])));
    if plan.meetings.is_empty() {
        blocks.push(Block::Paragraph(tr(lang, "doc-plan-none", &[])));
    }
    for m in &plan.meetings {
        blocks.push(Block::Subheading(date(lang, &m.met_on)));
        blocks.push(Block::Paragraph(m.note.clone()));
    }
    blocks.push(Block::Note(tr(lang, "doc-plan-stop", &[])));

    pdf::render(&DocumentSpec {
        title: title.clone(),
        author: format!("{} · {}", profile.worker_name, profile.ocmw_name),
        subject: title,
        language: lang.code().into(),
        created: chrono::Utc::now(),
        header: Some(profile.ocmw_name.clone()),
        footer: tr(lang, "doc-plan-footer", &[]),
        page_label: pdf::page_label(lang),
        blocks,
        mark: Some(crate::audit::mark(conn)?),
    })
}
