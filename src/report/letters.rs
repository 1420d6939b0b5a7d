//! The income side's letters: the receipt of a request with the hearing-right notice, the
//! decision letter and the letter ending a right, each with every mention the law requires for
//! the appeal period to start.

use crate::store::Db;

use super::compose::{
    self, calculation_steps, category_text, date, kind_text, reference, tr, Part,
};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::income::{self, calc::money, view::RequestView};
use crate::pdf::{self, Block, DocumentSpec, SignatureSlot};
use crate::profile::Profile;

fn load(
    conn: &Db,
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

/// The person's name (first and last name when known, else the display name) and address.
fn addressee(person: &crate::person::Person) -> String {
    let full = [person.first_name.known(), person.last_name.known()]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut lines = vec![if full.is_empty() {
        person.display_name.clone()
    } else {
        full
    }];
    if let Some(a) = person.address.known().filter(|a| !a.trim().is_empty()) {
        lines.push(a.clone());
    }
    lines.join("\n")
}

/// What every decision-type letter opens with: refused while a mention it cannot do without
/// is missing from the settings (with the list of what to fill); else the letterhead dated
/// `dated`, the title and the person's identity. Answers those blocks, the deciding body's name
/// and the title.
fn opening(
    profile: &Profile,
    lang: Lang,
    v: &RequestView,
    person: &crate::person::Person,
    granted: bool,
    dated: chrono::NaiveDate,
    title_id: &str,
) -> Result<(Vec<Block>, String, String)> {
    let missing = missing_mentions(profile, granted);
    if !missing.is_empty() {
        return Err(Error::LetterIncomplete {
            missing: missing.join(", "),
        });
    }
    let title = tr(lang, title_id, &[]);
    let mut blocks = letterhead(profile, lang, v, person, dated);
    blocks.push(Block::Title(title.clone()));
    blocks.push(Block::KeyValues(compose::identity(lang, person)));
    Ok((blocks, body_name(profile, lang), title))
}

/// When and how the amount is paid (the OCMW's rhythm from the settings), in message `id`.
fn payment(lang: Lang, profile: &Profile, id: &str) -> Block {
    let frequency = tr(
        lang,
        &format!("doc-payment-{}", profile.payment_frequency),
        &[],
    );
    Block::Paragraph(tr(lang, id, &[("frequency", frequency)]))
}

/// The date a letter was first sent, else today (the day it is made).
fn sent_or_today(letter_sent_on: Option<&str>) -> chrono::NaiveDate {
    letter_sent_on
        .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .unwrap_or_else(crate::today)
}

/// The OCMW's letterhead (name, address, phone, e-mail, opening hours), the person's name and
/// address, the file reference, the date of the letter and the social worker to contact.
fn letterhead(
    profile: &Profile,
    lang: Lang,
    v: &RequestView,
    person: &crate::person::Person,
    dated: chrono::NaiveDate,
) -> Vec<Block> {
    let mut ocmw = vec![profile.ocmw_name.clone()];
    if !profile.ocmw_address.is_empty() {
        ocmw.push(profile.ocmw_address.clone());
    }
    for (id, key, value) in [
        ("doc-letterhead-phone", "phone", &profile.ocmw_phone),
        ("doc-letterhead-email", "email", &profile.ocmw_email),
        ("doc-letterhead-hours", "hours", &profile.ocmw_hours),
    ] {
        if !value.is_empty() {
            ocmw.push(tr(lang, id, &[(key, value.replace('\n', ", "))]));
        }
    }
    vec![
        Block::Paragraph(ocmw.join("\n")),
        Block::Spacer(4.0),
        Block::Paragraph(addressee(person)),
        Block::Spacer(4.0),
        Block::KeyValues(vec![
            (tr(lang, "doc-file-reference", &[]), reference(v)),
            (
                tr(lang, "doc-date-of-document", &[]),
                crate::i18n::date(lang, dated),
            ),
            (
                tr(lang, "doc-your-contact", &[]),
                profile.worker_name.clone(),
            ),
        ]),
        Block::Spacer(6.0),
    ]
}

/// The deciding body in words: the one chosen in the settings, in the letter's language.
pub fn body_name(profile: &Profile, lang: Lang) -> String {
    match profile.deciding_body.as_str() {
        "" | "other" => profile.deciding_body_name.clone(),
        code if !profile.deciding_body_name.is_empty() && code == "bcsd" => {
            profile.deciding_body_name.clone()
        }
        code => tr(lang, &format!("doc-body-{code}"), &[]),
    }
}

/// The profile fields a decision letter cannot do without (art. 21 §3 of the law of 26 May
/// 2002 and art. 14 of the Charter of the Social Insured: without them the appeal period does
/// not start), by their field names.
pub fn missing_mentions(profile: &Profile, granted: bool) -> Vec<&'static str> {
    let mut missing = Vec::new();
    if profile.labour_court_address.trim().is_empty() {
        missing.push("labour_court_address");
    }
    if profile.deciding_body.is_empty()
        || (profile.deciding_body == "other" && profile.deciding_body_name.trim().is_empty())
    {
        missing.push("deciding_body");
    }
    for (field, value) in [
        ("signatory_1_name", &profile.signatory_1_name),
        ("signatory_1_role", &profile.signatory_1_role),
        ("signatory_2_name", &profile.signatory_2_name),
        ("signatory_2_role", &profile.signatory_2_role),
    ] {
        if value.trim().is_empty() {
            missing.push(field);
        }
    }
    if granted && profile.payment_frequency.is_empty() {
        missing.push("payment_frequency");
    }
    missing
}

/// Renders a letter, with the journal's mark of now.
fn render(
    conn: &Db,
    lang: Lang,
    profile: &Profile,
    title: String,
    v: &RequestView,
    blocks: Vec<Block>,
) -> Result<Vec<u8>> {
    pdf::render(&spec(
        lang,
        profile,
        title,
        v,
        blocks,
        crate::audit::mark(conn)?,
    ))
}

fn spec(
    lang: Lang,
    profile: &Profile,
    title: String,
    v: &RequestView,
    blocks: Vec<Block>,
    mark: String,
) -> DocumentSpec {
    DocumentSpec {
        title: title.clone(),
        author: format!("{} · {}", profile.worker_name, profile.ocmw_name),
        subject: format!("{title} · {}", reference(v)),
        language: lang.code().into(),
        created: chrono::Utc::now(),
        header: Some(profile.ocmw_name.clone()),
        footer: format!("{} · {}", reference(v), v.person_display_name),
        page_label: pdf::page_label(lang),
        blocks,
        mark: Some(mark),
    }
}

/// The acknowledgement of receipt, with the notice of the right to be heard (art. 20).
pub fn receipt(conn: &Db, request_id: i64, lang: Option<Lang>) -> Result<Vec<u8>> {
    let (v, person, profile, lang) = load(conn, request_id, lang)?;
    let title = tr(lang, "doc-receipt-title", &[]);
    // Dated the day it is handed over (recorded as such when printed: see `receipt_given`).
    let dated = v
        .receipt_given_on
        .as_deref()
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .unwrap_or_else(crate::today);
    let mut blocks = letterhead(&profile, lang, &v, &person, dated);
    blocks.push(Block::Title(title.clone()));
    let mut who = compose::identity(lang, &person);
    who.push((tr(lang, "doc-request-kind", &[]), kind_text(lang, &v)));
    who.push((tr(lang, "doc-received-on", &[]), date(lang, &v.received_on)));
    blocks.push(Block::KeyValues(who));
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-receipt-body",
        &[
            ("date", date(lang, &v.received_on)),
            ("reference", reference(&v)),
        ],
    )));
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-receipt-decision",
        &[("date", date(lang, &v.deadlines.decision_due))],
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
    render(conn, lang, &profile, title, &v, blocks)
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

/// Sets a date column to today where it is still empty, with its audit entry (a reprint
/// keeps the first date). `sql` has `?1` = today and `?2` = the request id.
fn record_first(conn: &crate::store::Db, request_id: i64, sql: &str, action: &str) -> Result<()> {
    let tx = conn.transaction()?;
    let person = income::person_of(&tx, request_id)?;
    let today = crate::today().format("%Y-%m-%d").to_string();
    if tx.execute(sql, crate::params![today, request_id])? > 0 {
        crate::audit::append(
            &tx,
            action,
            Some(person),
            &serde_json::json!({ "request_id": request_id }),
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// Records the date a receipt is handed over, the first time it is printed.
pub fn receipt_given(conn: &crate::store::Db, request_id: i64) -> Result<()> {
    record_first(
        conn,
        request_id,
        "UPDATE income_request SET receipt_given_on = ?1
         WHERE id = ?2 AND receipt_given_on IS NULL",
        "receipt.given",
    )
}

/// Records the date a decision letter is sent, the first time it is made (the notification
/// itself is recorded apart, with the decision).
pub fn letter_sent(conn: &crate::store::Db, request_id: i64) -> Result<()> {
    record_first(
        conn,
        request_id,
        "UPDATE income_decision SET letter_sent_on = ?1
         WHERE request_id = ?2 AND letter_sent_on IS NULL",
        "decision.letter_sent",
    )
}

/// The decision letter, with every mention of art. 21 §3 of the law of 26 May 2002 (and art.
/// 14 of the Charter of the Social Insured). Without a recorded decision there is nothing to
/// write; while a mention the letter cannot do without is missing from the settings, the
/// letter is refused with the list of what to fill.
pub fn decision(conn: &Db, request_id: i64, lang: Option<Lang>) -> Result<Vec<u8>> {
    let (v, person, profile, lang) = load(conn, request_id, lang)?;
    let d = v.decision.as_ref().ok_or(Error::NotFound {
        what: "decision".into(),
        id: request_id.to_string(),
    })?;
    let granted = d.outcome != "refused";
    let dated = sent_or_today(d.letter_sent_on.as_deref());
    let (mut blocks, body, title) = opening(
        &profile,
        lang,
        &v,
        &person,
        granted,
        dated,
        "doc-decision-title",
    )?;
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-decision-intro",
        &[
            ("date", date(lang, &d.decided_on)),
            ("body", body.clone()),
            ("ocmw", profile.ocmw_name.clone()),
            ("received", date(lang, &v.received_on)),
        ],
    )));
    blocks.push(Block::Paragraph(tr(
        lang,
        &format!("doc-outcome-{}", d.outcome),
        &[],
    )));
    if granted {
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
                    (
                        "start",
                        d.start_on
                            .as_deref()
                            .map(|s| date(lang, s))
                            .unwrap_or_default(),
                    ),
                ],
            )));
        }
        // Another start than the day of the request is the committee's motivated choice
        // (art. 21 § 5 of the law of 26 May 2002).
        if !d.start_motivation.is_empty() {
            blocks.push(Block::Paragraph(tr(
                lang,
                "doc-decision-start-why",
                &[
                    (
                        "start",
                        d.start_on
                            .as_deref()
                            .map(|s| date(lang, s))
                            .unwrap_or_default(),
                    ),
                    ("received", date(lang, &v.received_on)),
                    ("reason", d.start_motivation.clone()),
                ],
            )));
        }
        blocks.push(payment(lang, &profile, "doc-payment"));
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
    if granted {
        blocks.push(Block::Heading(tr(lang, "doc-changes-title", &[])));
        blocks.push(Block::Paragraph(tr(lang, "doc-changes-body", &[])));
    }
    blocks.extend(appeal_and_signatures(lang, &profile, &v, &body));
    render(conn, lang, &profile, title, &v, blocks)
}

/// The letter of the decision that ends a right (art. 22 of the law of 26 May 2002: a
/// withdrawal is a decision like any other, with the mentions of art. 21 § 3 and its own
/// appeal): from when, on which of the law's grounds, why, that a new request is possible at
/// any time, and the appeal.
pub fn end(conn: &Db, request_id: i64, lang: Option<Lang>) -> Result<Vec<u8>> {
    let right = income::right::view(conn, request_id)?;
    let e = right.end.as_ref().ok_or(Error::NotFound {
        what: "end of the right".into(),
        id: request_id.to_string(),
    })?;
    let (v, person, profile, lang) = load(conn, request_id, lang)?;
    // Dated the day it is made (the decision's own date is in the text).
    let (mut blocks, body, title) = opening(
        &profile,
        lang,
        &v,
        &person,
        false,
        crate::today(),
        "doc-end-title",
    )?;
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-end-intro",
        &[
            ("date", date(lang, &e.decided_on)),
            ("body", body.clone()),
            ("ocmw", profile.ocmw_name.clone()),
            ("granted", date(lang, &right.decided_on)),
            ("start", date(lang, &right.start_on)),
            ("ended", date(lang, &e.ended_on)),
        ],
    )));
    blocks.push(Block::Heading(tr(lang, "doc-decision-grounds", &[])));
    blocks.push(Block::Paragraph(tr(lang, "doc-end-law", &[])));
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-end-reason",
        &[(
            "reason",
            tr(lang, &format!("doc-end-reason-{}", e.reason), &[]),
        )],
    )));
    if let Some(c) = &e.condition {
        blocks.push(Block::Paragraph(tr(
            lang,
            "doc-decision-refusal",
            &[("condition", tr(lang, &format!("doc-condition-{c}"), &[]))],
        )));
    }
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-decision-facts",
        &[("grounds", e.detail.clone())],
    )));
    if e.reason != "death" {
        blocks.push(Block::Paragraph(tr(lang, "doc-end-new-request", &[])));
    }
    blocks.extend(appeal_and_signatures(lang, &profile, &v, &body));
    render(conn, lang, &profile, title, &v, blocks)
}

/// The letter of a revision decision (art. 22 of the law of 26 May 2002): what changed and
/// when, the amount before and after, from when the new one applies and by which rule of
/// art. 22 § 2, how it was calculated, the committee's reasons, and the mentions of art. 21
/// § 3 with the appeal, as in the first decision letter. `revision_id` is the revision's id.
pub fn revision(conn: &Db, revision_id: i64, lang: Option<Lang>) -> Result<Vec<u8>> {
    let r = income::periods::revision(conn, revision_id)?;
    let (Some(decided_on), Some(yearly), Some(effective)) =
        (&r.decided_on, r.yearly_cents, &r.effective_on)
    else {
        return Err(Error::NotFound {
            what: "revision decision".into(),
            id: revision_id.to_string(),
        });
    };
    let right = income::right::view(conn, r.request_id)?;
    let (v, person, profile, lang) = load(conn, r.request_id, lang)?;
    let dated = sent_or_today(r.letter_sent_on.as_deref());
    let (mut blocks, body, title) = opening(
        &profile,
        lang,
        &v,
        &person,
        true,
        dated,
        "doc-revision-title",
    )?;
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-revision-intro",
        &[
            ("date", date(lang, decided_on)),
            ("body", body.clone()),
            ("ocmw", profile.ocmw_name.clone()),
            ("granted", date(lang, &right.decided_on)),
            ("start", date(lang, &right.start_on)),
        ],
    )));
    let mut what = tr(lang, &format!("doc-change-kind-{}", r.what), &[]);
    if let Some(c) = &r.condition {
        what = format!("{what} ({})", tr(lang, &format!("doc-condition-{c}"), &[]));
    }
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-revision-change",
        &[
            ("what", what),
            ("changed", date(lang, &r.changed_on)),
            ("detail", r.detail.clone()),
        ],
    )));
    let monthly = income::calc::monthly_from_yearly(yearly);
    blocks.push(Block::Table {
        headers: vec![
            String::new(),
            tr(lang, "doc-revision-before", &[]),
            tr(
                lang,
                "doc-revision-after",
                &[("effective", date(lang, effective))],
            ),
        ],
        rows: vec![
            vec![
                tr(lang, "doc-revision-category", &[]),
                category_text(lang, &r.previous_category),
                category_text(lang, &r.category),
            ],
            vec![
                tr(lang, "doc-revision-yearly", &[]),
                money(lang, r.previous_yearly_cents),
                money(lang, yearly),
            ],
            vec![
                tr(lang, "doc-revision-monthly", &[]),
                money(lang, r.previous_monthly_cents),
                money(lang, monthly),
            ],
        ],
        widths: vec![3.0, 3.0, 3.0],
    });
    // From when: art. 22 § 2, al. 1, or al. 2 after the centre's own error.
    let lower = yearly < r.previous_yearly_cents;
    let rule = if r.centre_error && lower {
        tr(
            lang,
            "doc-revision-effective-error",
            &[
                ("effective", date(lang, effective)),
                (
                    "notified",
                    r.notified_on
                        .as_deref()
                        .map(|n| date(lang, n))
                        .unwrap_or_default(),
                ),
            ],
        )
    } else {
        tr(
            lang,
            "doc-revision-effective-change",
            &[("effective", date(lang, effective))],
        )
    };
    blocks.push(Block::Paragraph(rule));
    if lower && !r.centre_error {
        blocks.push(Block::Paragraph(tr(lang, "doc-revision-overpaid", &[])));
    }
    blocks.push(payment(lang, &profile, "doc-revision-payment"));
    blocks.push(Block::Heading(tr(lang, "doc-decision-how", &[])));
    let steps = serde_json::from_str::<income::calc::Input>(&r.input)
        .map_err(|e| Error::Storage {
            detail: e.to_string(),
        })
        .and_then(|input| income::calc::calculate(&input, &income::amounts::list(conn)?, lang));
    match steps {
        Ok(c) => blocks.push(Block::Bullets(
            c.steps
                .into_iter()
                .filter(|s| s.step != "warning")
                .map(|s| s.text)
                .collect(),
        )),
        Err(e) => blocks.push(Block::Paragraph(e.to_string())),
    }
    if yearly != r.calculated_yearly_cents {
        blocks.push(Block::Paragraph(tr(
            lang,
            "doc-decision-amount-differs",
            &[
                ("calculated", money(lang, r.calculated_yearly_cents)),
                (
                    "calculated_monthly",
                    money(lang, r.calculated_monthly_cents),
                ),
                ("granted", money(lang, yearly)),
                ("reason", r.amount_motivation.clone()),
            ],
        )));
    }
    blocks.push(Block::Heading(tr(lang, "doc-decision-grounds", &[])));
    blocks.push(Block::Paragraph(tr(lang, "doc-revision-law", &[])));
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-decision-facts",
        &[("grounds", r.grounds.clone())],
    )));
    blocks.push(Block::Heading(tr(lang, "doc-changes-title", &[])));
    blocks.push(Block::Paragraph(tr(lang, "doc-changes-body", &[])));
    blocks.extend(appeal_and_signatures(lang, &profile, &v, &body));
    render(conn, lang, &profile, title, &v, blocks)
}

/// The closing mentions every decision letter carries (art. 21 § 3 of the law of 26 May 2002,
/// art. 14 of the Charter of the Social Insured): the appeal to the labour court, its address,
/// how, that it does not suspend the decision, where to get explanations, the signatures, and
/// the annex with arts. 728 and 1017 of the Judicial Code.
fn appeal_and_signatures(
    lang: Lang,
    profile: &Profile,
    v: &income::view::RequestView,
    body: &str,
) -> Vec<Block> {
    let mut blocks = vec![
        Block::Heading(tr(lang, "doc-appeal-title", &[])),
        Block::Paragraph(tr(lang, "doc-appeal-body", &[])),
    ];
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-appeal-court",
        &[("address", profile.labour_court_address.replace('\n', ", "))],
    )));
    blocks.push(Block::Paragraph(tr(lang, "doc-appeal-how", &[])));
    blocks.push(Block::Paragraph(tr(lang, "doc-appeal-no-suspend", &[])));
    let reach: Vec<String> = [&profile.ocmw_phone, &profile.ocmw_email]
        .into_iter()
        .filter(|s| !s.is_empty())
        .cloned()
        .collect();
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-explanations",
        &[
            ("ocmw", profile.ocmw_name.clone()),
            ("worker", profile.worker_name.clone()),
            ("reach", reach.join(", ")),
            ("reference", reference(v)),
        ],
    )));
    blocks.push(Block::Spacer(6.0));
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-signed-for",
        &[
            ("body", body.to_string()),
            ("ocmw", profile.ocmw_name.clone()),
        ],
    )));
    blocks.push(Block::SignatureBlock(
        [
            (&profile.signatory_1_role, &profile.signatory_1_name),
            (&profile.signatory_2_role, &profile.signatory_2_name),
        ]
        .into_iter()
        .map(|(role, name)| SignatureSlot {
            label: tr(lang, &format!("doc-role-{role}"), &[]),
            png: None,
            caption: name.clone(),
        })
        .collect(),
    ));
    // The annex: the text of arts. 728 and 1017 of the Judicial Code (art. 21 §3, 4°).
    blocks.push(Block::PageBreak);
    blocks.push(Block::Heading(tr(lang, "doc-annex-title", &[])));
    let note = tr(lang, "doc-annex-note", &[]);
    if !note.is_empty() && note != "doc-annex-note" {
        blocks.push(Block::Note(note));
    }
    blocks.push(Block::Subheading(tr(lang, "doc-art-728-title", &[])));
    for id in ["doc-art-728-1", "doc-art-728-2", "doc-art-728-3"] {
        blocks.push(Block::Paragraph(tr(lang, id, &[])));
    }
    blocks.push(Block::Subheading(tr(lang, "doc-art-1017-title", &[])));
    for id in ["doc-art-1017-1", "doc-art-1017-2"] {
        blocks.push(Block::Paragraph(tr(lang, id, &[])));
    }
    blocks
}

/// The sheet of documents to bring, in the person's language (or the one asked for): for each
/// condition still to check, the papers that may show it, to tick by hand; then what the OCMW
/// looks up itself, that expenses are never asked, and what to do when a paper cannot be had
/// (sources in `income::to_bring`). With every condition checked, it says there is nothing to
/// bring.
pub fn to_bring(conn: &Db, request_id: i64, lang: Option<Lang>) -> Result<Vec<u8>> {
    let (v, person, profile, lang) = load(conn, request_id, lang)?;
    let title = tr(lang, "doc-bring-title", &[]);
    let mut blocks = letterhead(&profile, lang, &v, &person, crate::today());
    blocks.push(Block::Title(title.clone()));
    if v.to_bring.is_empty() {
        blocks.push(Block::Paragraph(tr(lang, "doc-bring-nothing", &[])));
    } else {
        blocks.push(Block::Paragraph(tr(
            lang,
            "doc-bring-intro",
            &[("date", date(lang, &v.deadlines.decision_due))],
        )));
        for g in &v.to_bring {
            blocks.push(Block::Heading(g.title.clone()));
            blocks.push(Block::Checklist(g.items.clone()));
        }
    }
    blocks.push(Block::Spacer(4.0));
    for id in income::to_bring::NOTES {
        blocks.push(Block::Note(tr(lang, id, &[])));
    }
    blocks.push(Block::Paragraph(tr(
        lang,
        "doc-contact",
        &[
            ("worker", profile.worker_name.clone()),
            ("ocmw", profile.ocmw_name.clone()),
        ],
    )));
    render(conn, lang, &profile, title, &v, blocks)
}
