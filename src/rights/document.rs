//! The "Your rights" sheet: a PDF in the person's language of the rights they may claim, grouped by what to do, with who grants each, how and where to ask, the figure of the day and any deadline; it names no other person and holds nothing of the support plan.

use crate::store::Db;

use super::commands::{screening, ScreenedRight, GROUPS};
use super::tr;
use crate::error::Result;
use crate::i18n::{self, Lang};
use crate::pdf::{self, Block, DocumentSpec};

fn right_blocks(lang: Lang, r: &ScreenedRight) -> Vec<Block> {
    let s = &r.right;
    let mut out = vec![
        Block::Subheading(s.name.clone()),
        Block::Paragraph(s.what.clone()),
    ];
    if let Some(q) = &s.question {
        out.push(Block::Paragraph(tr(
            lang,
            "doc-rights-question",
            &[("question", q.clone())],
        )));
    }
    out.push(Block::Paragraph(s.action.clone()));
    let mut pairs = vec![(tr(lang, "doc-rights-body", &[]), s.body.clone())];
    pairs.push((
        tr(lang, "doc-rights-figure", &[]),
        match &s.figure {
            Some(f) => tr(
                lang,
                if f.old {
                    "doc-rights-figure-from-old"
                } else {
                    "doc-rights-figure-from"
                },
                &[
                    ("text", f.text.clone()),
                    ("date", i18n::iso_date(lang, &f.valid_from)),
                ],
            ),
            None => tr(lang, "doc-rights-figure-none", &[]),
        },
    ));
    if let Some(days) = s.deadline_days {
        pairs.push((
            tr(lang, "doc-rights-deadline", &[]),
            i18n::catalogs().message_n(
                lang,
                "doc-rights-deadline-days",
                &[],
                &[("days", i64::from(days))],
            ),
        ));
    }
    if let Some(md) = &s.deadline_yearly {
        pairs.push((
            tr(lang, "doc-rights-deadline", &[]),
            tr(lang, "doc-rights-deadline-yearly", &[("date", md.clone())]),
        ));
    }
    if let Some(st) = &r.status {
        let mut what = tr(lang, &format!("right-status-{}", st.status), &[]);
        if let Some(on) = &st.requested_on {
            what = format!("{what} ({})", i18n::iso_date(lang, on));
        }
        if let Some(due) = &st.due_on {
            what = format!(
                "{what} · {}",
                tr(
                    lang,
                    "doc-rights-due",
                    &[("date", i18n::iso_date(lang, due))]
                )
            );
        }
        pairs.push((tr(lang, "doc-rights-status", &[]), what));
    }
    out.push(Block::KeyValues(pairs));
    out
}

/// The sheet of person `person_id`, in `lang` or else the person's language.
pub fn sheet(conn: &Db, person_id: i64, lang: Option<Lang>) -> Result<Vec<u8>> {
    let person = crate::person::load(conn, person_id)?;
    let profile = crate::profile::required(conn)?;
    let lang = profile.document_language(&person, lang);
    let today = crate::today();
    let s = screening(conn, person_id, today, lang)?;
    let title = tr(lang, "doc-rights-title", &[]);
    let mut blocks = vec![
        Block::Paragraph(person.display_name.clone()),
        Block::Paragraph(tr(
            lang,
            "doc-rights-dated",
            &[("date", i18n::date(lang, today))],
        )),
        Block::Title(title.clone()),
        Block::Paragraph(tr(lang, "doc-rights-intro", &[])),
    ];
    for group in GROUPS {
        // What the person and the worker ruled out stays off the person's sheet.
        let items: Vec<&ScreenedRight> = s
            .rights
            .iter()
            .filter(|r| r.right.todo == group)
            .filter(|r| {
                !r.status
                    .as_ref()
                    .is_some_and(|st| matches!(st.status.as_str(), "not_applicable" | "not_wanted"))
            })
            .collect();
        if items.is_empty() {
            continue;
        }
        blocks.push(Block::Heading(tr(
            lang,
            &format!("doc-rights-group-{group}"),
            &[],
        )));
        for r in items {
            blocks.extend(right_blocks(lang, r));
        }
    }
    blocks.push(Block::Spacer(4.0));
    blocks.push(Block::Note(tr(lang, "doc-rights-note", &[])));
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-contact",
        &[
            ("worker", profile.worker_name.clone()),
            ("ocmw", profile.ocmw_name.clone()),
        ],
    )));
    pdf::render(&DocumentSpec {
        title: title.clone(),
        author: format!("{} · {}", profile.worker_name, profile.ocmw_name),
        subject: title.clone(),
        language: lang.code().into(),
        created: chrono::Utc::now(),
        header: Some(profile.ocmw_name.clone()),
        footer: format!("{title} · {}", person.display_name),
        page_label: pdf::page_label(lang),
        blocks,
        mark: Some(crate::audit::mark(conn)?),
    })
}
