//! Checks for text typed by the worker, shared by every part: trimmed, bounded, no control characters.

use crate::error::{Error, Result};

/// Trims `value`, turns `\r\n` into `\n`, and refuses text longer than `max` characters or
/// holding control characters (line breaks and tabs only when `multiline`).
pub fn text(value: &str, field: &str, max: usize, multiline: bool) -> Result<String> {
    let v = value.trim().replace("\r\n", "\n");
    if v.chars().count() > max {
        return Err(Error::TooLong {
            field: field.into(),
            max,
        });
    }
    if v.chars()
        .any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\t')))
    {
        return Err(Error::InvalidInput {
            detail: format!("{field}: control characters are not allowed"),
        });
    }
    Ok(v)
}

/// As [`text`], and not empty.
pub fn required(value: &str, field: &str, max: usize, multiline: bool) -> Result<String> {
    let v = text(value, field, max, multiline)?;
    if v.is_empty() {
        return Err(Error::Required {
            field: field.into(),
        });
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_bounds_and_refuses_control_characters() {
        assert_eq!(text("  a\r\nb ", "f", 10, true).unwrap(), "a\nb");
        assert!(text("a\nb", "f", 10, false).is_err());
        assert!(text("a\u{7}", "f", 10, true).is_err());
        assert_eq!(
            text("abcdef", "f", 5, false).unwrap_err(),
            Error::TooLong {
                field: "f".into(),
                max: 5
            }
        );
        assert_eq!(
            required("  ", "f", 5, false).unwrap_err(),
            Error::Required { field: "f".into() }
        );
    }
}
