//! Serde helpers for wire encodings the service uses.

use std::fmt::Display;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An integer the service sends as a decimal string (`"144115265295492787"`), where a
/// JSON number could lose precision. Decodes from a string or a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct StrInt<T>(pub T);

impl<T> From<T> for StrInt<T> {
    fn from(value: T) -> Self {
        StrInt(value)
    }
}

impl<T> std::ops::Deref for StrInt<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Display> Display for StrInt<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: Display> Serialize for StrInt<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

impl<'de, T: FromStr + TryFrom<i128>> Deserialize<'de> for StrInt<T>
where
    T::Err: Display,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match serde_json::Value::deserialize(deserializer)? {
            serde_json::Value::String(s) => s.parse().map(StrInt).map_err(serde::de::Error::custom),
            serde_json::Value::Number(n) => {
                let wide = n
                    .as_i64()
                    .map(i128::from)
                    .or_else(|| n.as_u64().map(i128::from))
                    .ok_or_else(|| serde::de::Error::custom("expected an integer"))?;
                T::try_from(wide)
                    .map(StrInt)
                    .map_err(|_| serde::de::Error::custom("integer out of range"))
            }
            other => Err(serde::de::Error::custom(format!(
                "expected an integer in a string, got {other}"
            ))),
        }
    }
}

#[cfg(feature = "hooks")]
impl<T> schemars::JsonSchema for StrInt<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "StrInt".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "pattern": "^-?[0-9]+$" })
    }
}

impl<T> crate::Validate for StrInt<T> {
    fn validate_at(&self, _: &crate::FieldPath<'_>) -> Result<(), crate::ValidationError> {
        Ok(())
    }
}

/// Integers (and string-encoded ones) as `i128`, for range checks.
pub trait AsI128 {
    /// The value, widened.
    fn as_i128(&self) -> i128;
}

macro_rules! as_i128 {
    ($($t:ty),*) => {$(
        impl AsI128 for $t {
            fn as_i128(&self) -> i128 { i128::from(*self) }
        }
    )*};
}
as_i128!(u8, u16, u32, u64, i8, i16, i32, i64);

impl<T: AsI128> AsI128 for StrInt<T> {
    fn as_i128(&self) -> i128 {
        self.0.as_i128()
    }
}
