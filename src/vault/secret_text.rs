//! A passphrase or recovery code as it arrives from the window or the CLI: wiped from memory when dropped, never printed.

use std::fmt;

use serde::{Deserialize, Deserializer};
use zeroize::Zeroizing;

/// Secret text taken from a command's arguments. `serde_json::from_value` moves the string out
/// of the arguments (no copy is left behind in them); this type wipes it when dropped, and its
/// `Debug` shows nothing of it.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct SecretText(Zeroizing<String>);

impl SecretText {
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl std::ops::Deref for SecretText {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.as_str()
    }
}

impl From<String> for SecretText {
    fn from(s: String) -> SecretText {
        SecretText(Zeroizing::new(s))
    }
}

impl fmt::Debug for SecretText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretText(…)")
    }
}

impl<'de> Deserialize<'de> for SecretText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<SecretText, D::Error> {
        String::deserialize(d).map(SecretText::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moved_out_of_the_arguments_and_never_printed() {
        #[derive(Deserialize)]
        struct Args {
            passphrase: SecretText,
        }
        let args = serde_json::json!({"passphrase": "correct horse battery"});
        let a: Args = serde_json::from_value(args).unwrap();
        assert_eq!(a.passphrase.as_str(), "correct horse battery");
        assert!(!format!("{:?}", a.passphrase).contains("horse"));
    }
}
