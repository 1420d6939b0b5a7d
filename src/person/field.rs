//! Optional fields that tell "not asked" (the default, a respectable answer) from "unknown".
//!
//! JSON: `null` or absent = not asked, `{"unknown": true}` = asked but unknown, else the value.
//! Storage: `NULL` = not asked, `''` = unknown, else the value as text.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Field<T> {
    #[default]
    NotAsked,
    Unknown,
    Known(T),
}

impl<T> Field<T> {
    pub fn known(&self) -> Option<&T> {
        match self {
            Field::Known(v) => Some(v),
            _ => None,
        }
    }
    pub fn is_not_asked(&self) -> bool {
        matches!(self, Field::NotAsked)
    }
}

impl<T: Serialize> Serialize for Field<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Field::NotAsked => s.serialize_none(),
            Field::Unknown => serde_json::json!({"unknown": true}).serialize(s),
            Field::Known(v) => v.serialize(s),
        }
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Field<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_json::Value::deserialize(d)?;
        match v {
            serde_json::Value::Null => Ok(Field::NotAsked),
            serde_json::Value::Object(ref m)
                if m.len() == 1 && m.get("unknown") == Some(&serde_json::Value::Bool(true)) =>
            {
                Ok(Field::Unknown)
            }
            other => serde_json::from_value(other)
                .map(Field::Known)
                .map_err(serde::de::Error::custom),
        }
    }
}

/// For patches: an absent key is `None` (leave unchanged), a present one — even `null` —
/// is `Some`. Use with `#[serde(default, deserialize_with = "present")]`.
pub fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

impl Field<String> {
    pub fn to_sql(&self) -> Option<String> {
        match self {
            Field::NotAsked => None,
            Field::Unknown => Some(String::new()),
            Field::Known(v) => Some(v.clone()),
        }
    }
    pub fn from_sql(v: Option<String>) -> Field<String> {
        match v {
            None => Field::NotAsked,
            Some(s) if s.is_empty() => Field::Unknown,
            Some(s) => Field::Known(s),
        }
    }
}

impl Field<bool> {
    pub fn to_sql(&self) -> Option<&'static str> {
        match self {
            Field::NotAsked => None,
            Field::Unknown => Some(""),
            Field::Known(true) => Some("yes"),
            Field::Known(false) => Some("no"),
        }
    }
    pub fn from_sql(v: Option<String>) -> Field<bool> {
        match v.as_deref() {
            None => Field::NotAsked,
            Some("yes") => Field::Known(true),
            Some("no") => Field::Known(false),
            Some(_) => Field::Unknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_round_trip() {
        let f: Field<String> = serde_json::from_str("null").unwrap();
        assert_eq!(f, Field::NotAsked);
        let f: Field<String> = serde_json::from_str(r#"{"unknown":true}"#).unwrap();
        assert_eq!(f, Field::Unknown);
        let f: Field<String> = serde_json::from_str(r#""Anna""#).unwrap();
        assert_eq!(f, Field::Known("Anna".into()));
        assert!(serde_json::from_str::<Field<String>>("12").is_err());
        assert!(serde_json::from_str::<Field<bool>>(r#"{"unknown":false}"#).is_err());
        assert_eq!(
            serde_json::to_string(&Field::<bool>::Unknown).unwrap(),
            r#"{"unknown":true}"#
        );
        assert_eq!(
            serde_json::to_string(&Field::<bool>::NotAsked).unwrap(),
            "null"
        );
    }

    #[test]
    fn sql_round_trip() {
        for f in [
            Field::NotAsked,
            Field::Unknown,
            Field::Known("x".to_string()),
        ] {
            assert_eq!(Field::<String>::from_sql(f.to_sql()), f);
        }
        for f in [
            Field::NotAsked,
            Field::Unknown,
            Field::Known(true),
            Field::Known(false),
        ] {
            assert_eq!(Field::<bool>::from_sql(f.to_sql().map(String::from)), f);
        }
    }
}
