//! The commands of the voluntary support plan: asked, opened, goals, commitments, meetings,
//! paused, resumed, ended; and its document. Kept apart from the income side (the wall).

use serde::Deserialize;

use super::{self as support};
use crate::command::{parse, terms, to_value, Command, Ctx, Document, List, PersonArgs};
use crate::error::{Error, Result};
use serde_json::Value;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanArgs {
    plan_id: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerArgs {
    person_id: i64,
    wants: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GoalStatusArgs {
    goal_id: i64,
    status: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommitmentDoneArgs {
    commitment_id: i64,
    done: bool,
}

/// The plan `{plan_id}` to the status `to`.
fn status(t: &mut Ctx, args: Value, to: &str) -> Result<Value> {
    let a: PlanArgs = parse(args)?;
    to_value(support::set_status(t.db()?, a.plan_id, to)?)
}

pub(crate) const COMMANDS: &[Command] = &[
    Command::new(
        "plan.for_person",
        "Whether a person was asked, and their plan if they have one {person_id}.",
        |t, args| {
            let a: PersonArgs = parse(args)?;
            support::for_person(t.db()?, a.person_id)
        },
    ),
    Command::new(
        "plan.answer",
        "Records that a person does not want a plan {person_id, wants: false} (a yes is plan.open).",
        |t, args| {
            let a: AnswerArgs = parse(args)?;
            if a.wants {
                return Err(Error::InvalidInput {
                    detail: "wants: true opens a plan: use plan.open".into(),
                });
            }
            support::answer(t.db()?, a.person_id, false)
        },
    ),
    Command::new(
        "plan.open",
        "Opens a person's support plan {person_id}; answers the plan.",
        |t, args| {
            let a: PersonArgs = parse(args)?;
            to_value(support::open(t.db()?, a.person_id)?)
        },
    ),
    Command::new(
        "plan.get",
        "One support plan {plan_id} with its goals, commitments and meetings.",
        |t, args| {
            let a: PlanArgs = parse(args)?;
            to_value(support::get(t.db()?, a.plan_id)?)
        },
    ),
    Command::new(
        "plan.goal.add",
        "A goal in the person's words; answers the plan.",
        |t, args| {
            let a: support::NewGoal = parse(args)?;
            to_value(support::add_goal(t.db()?, a)?)
        },
    ),
    Command::new(
        "plan.goal.status",
        "A goal's status {goal_id, status}; answers the plan.",
        |t, args| {
            let a: GoalStatusArgs = parse(args)?;
            to_value(support::goal_status(
                t.db()?,
                a.goal_id,
                &a.status,
            )?)
        },
    ),
    Command::new(
        "plan.commitment.add",
        "A commitment of the person or of the worker to a goal; answers the plan.",
        |t, args| {
            let a: support::NewCommitment = parse(args)?;
            to_value(support::add_commitment(t.db()?, a)?)
        },
    ),
    Command::new(
        "plan.commitment.done",
        "A commitment done or not {commitment_id, done}; answers the plan.",
        |t, args| {
            let a: CommitmentDoneArgs = parse(args)?;
            to_value(support::commitment_done(
                t.db()?,
                a.commitment_id,
                a.done,
            )?)
        },
    ),
    Command::new(
        "plan.meeting.add",
        "A meeting of the plan (date, what was said); answers the plan.",
        |t, args| {
            let a: support::NewMeeting = parse(args)?;
            to_value(support::add_meeting(t.db()?, a)?)
        },
    ),
    Command::new("plan.pause", "Pauses a plan {plan_id}; answers the plan.", |t, args| {
        status(t, args, "paused")
    }),
    Command::new("plan.resume", "Resumes a paused plan {plan_id}; answers the plan.", |t, args| {
        status(t, args, "active")
    }),
    Command::new("plan.end", "Ends a plan {plan_id}; answers the plan.", |t, args| {
        status(t, args, "ended")
    }),
];

/// The support side's document: the plan (id = plan id), in the person's own words.
pub(crate) const DOCUMENTS: &[Document] = &[Document {
    kind: "plan",
    person_of: |conn, id| Ok(support::get(conn, id)?.person_id),
    render: |conn, id, lang, _, stamp| {
        Ok((
            support::document::render(conn, id, lang)?,
            format!("tandem-plan-{id}-{stamp}.pdf"),
        ))
    },
}];

/// The lists of the support plan, for the window (`app.vocabulary`).
pub(crate) const VOCABULARY: &[List] = &[List {
    name: "goal_statuses",
    terms: || terms("plan-goal-status-", &support::GOAL_STATUSES),
}];
