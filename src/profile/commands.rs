//! The commands of the worker profile: who uses this vault, for which OCMW.

use super::{self as profile, Profile};
use crate::command::{parse, to_value, Command, NoArgs};

pub(crate) const COMMANDS: &[Command] = &[
    Command::new(
        "profile.get",
        "The worker profile (worker, OCMW, labour court, deciding body, signatories).",
        |t, args| {
            parse::<NoArgs>(args)?;
            to_value(profile::get(t.vault()?.conn())?)
        },
    ),
    Command::new(
        "profile.set",
        "Changes the worker profile (all its fields); answers it.",
        |t, args| {
            let p: Profile = parse(args)?;
            to_value(profile::set(t.vault()?.conn_mut(), p)?)
        },
    ),
];
