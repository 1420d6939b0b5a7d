//! The commands of the worker profile: who uses this vault, for which OCMW.

use super::{self as profile, Profile};
use crate::command::{parse, terms, to_value, Command, List, NoArgs};

pub(crate) const COMMANDS: &[Command] = &[
    Command::new(
        "profile.get",
        "The worker profile (worker, OCMW, labour court, deciding body, signatories).",
        |t, args| {
            parse::<NoArgs>(args)?;
            to_value(profile::get(t.db()?)?)
        },
    ),
    Command::new(
        "profile.set",
        "Changes the worker profile (all its fields); answers it.",
        |t, args| {
            let p: Profile = parse(args)?;
            to_value(profile::set(t.db()?, p)?)
        },
    ),
];

/// The lists of the worker profile, for the window (`app.vocabulary`).
pub(crate) const VOCABULARY: &[List] = &[
    List {
        name: "deciding_bodies",
        terms: || terms("body-", &profile::BODIES),
    },
    List {
        name: "signatory_roles",
        terms: || terms("role-", &profile::SIGNATORY_ROLES),
    },
    List {
        name: "payment_frequencies",
        terms: || terms("payment-", &profile::PAYMENT_FREQUENCIES),
    },
];
