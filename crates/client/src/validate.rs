//! Checking documented limits before a request is sent.

use std::collections::BTreeMap;
use std::fmt;

/// Where a value sits in a request: `MemberList[3].Member_Account`.
#[derive(Debug, Clone, Copy)]
pub enum FieldPath<'a> {
    /// The request itself.
    Root,
    /// A field of the parent object, by wire name.
    Field(&'a FieldPath<'a>, &'static str),
    /// An item of the parent array.
    Index(&'a FieldPath<'a>, usize),
    /// An entry of the parent map.
    Key(&'a FieldPath<'a>, &'a str),
}

impl<'a> FieldPath<'a> {
    /// The path of a field of this object.
    pub fn field(&'a self, name: &'static str) -> FieldPath<'a> {
        FieldPath::Field(self, name)
    }
    /// The path of an item of this array.
    pub fn index(&'a self, i: usize) -> FieldPath<'a> {
        FieldPath::Index(self, i)
    }
    /// The path of an entry of this map.
    pub fn key(&'a self, k: &'a str) -> FieldPath<'a> {
        FieldPath::Key(self, k)
    }
}

impl fmt::Display for FieldPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldPath::Root => Ok(()),
            FieldPath::Field(FieldPath::Root, name) => f.write_str(name),
            FieldPath::Field(parent, name) => write!(f, "{parent}.{name}"),
            FieldPath::Index(parent, i) => write!(f, "{parent}[{i}]"),
            FieldPath::Key(parent, k) => write!(f, "{parent}[{k:?}]"),
        }
    }
}

/// Which documented limit a value breaks.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Limit {
    /// A string longer than allowed, in UTF-8 bytes.
    MaxBytes {
        /// The limit.
        max: u32,
        /// The value's length.
        actual: usize,
    },
    /// A string shorter than allowed, in UTF-8 bytes.
    MinBytes {
        /// The limit.
        min: u32,
        /// The value's length.
        actual: usize,
    },
    /// An array with more items than allowed.
    MaxItems {
        /// The limit.
        max: u32,
        /// The array's length.
        actual: usize,
    },
    /// An array with fewer items than allowed.
    MinItems {
        /// The limit.
        min: u32,
        /// The array's length.
        actual: usize,
    },
    /// A map with more entries than allowed.
    MaxEntries {
        /// The limit.
        max: u32,
        /// The map's size.
        actual: usize,
    },
    /// A number outside its documented range.
    Range {
        /// Smallest allowed, if limited.
        min: Option<String>,
        /// Largest allowed, if limited.
        max: Option<String>,
        /// The value.
        actual: String,
    },
    /// A group type the endpoint does not support.
    GroupType {
        /// The group type's wire name.
        group_type: String,
        /// What the service would do.
        outcome: String,
    },
}

/// A request refused before sending: which field, which limit.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct ValidationError {
    /// Path of the offending value, by wire names (`MemberToDel_Account`).
    pub field: String,
    /// The limit it breaks.
    pub limit: Limit,
    message: String,
}

impl ValidationError {
    /// An error at `field` for `limit`.
    pub fn new(field: String, limit: Limit) -> Self {
        let message = match &limit {
            Limit::MaxBytes { max, actual } => format!("{field} is {actual} bytes; at most {max}"),
            Limit::MinBytes { min, actual } => format!("{field} is {actual} bytes; at least {min}"),
            Limit::MaxItems { max, actual } => {
                format!("{field} has {actual} entries; at most {max}")
            }
            Limit::MinItems { min, actual } => {
                format!("{field} has {actual} entries; at least {min}")
            }
            Limit::MaxEntries { max, actual } => {
                format!("{field} has {actual} entries; at most {max}")
            }
            Limit::Range { min, max, actual } => match (min, max) {
                (Some(lo), Some(hi)) => format!("{field} is {actual}; allowed {lo}..={hi}"),
                (Some(lo), None) => format!("{field} is {actual}; at least {lo}"),
                (None, Some(hi)) => format!("{field} is {actual}; at most {hi}"),
                (None, None) => format!("{field} is {actual}; out of range"),
            },
            Limit::GroupType {
                group_type,
                outcome,
            } => {
                format!("the endpoint does not support {group_type} groups: {outcome}")
            }
        };
        ValidationError {
            field,
            limit,
            message,
        }
    }
}

/// Values whose documented limits can be checked. Generated types implement it;
/// the impls here cover the building blocks.
pub trait Validate {
    /// Checks this value, found at `at`.
    fn validate_at(&self, at: &FieldPath<'_>) -> Result<(), ValidationError>;
}

macro_rules! no_limits {
    ($($t:ty),*) => {$(
        impl Validate for $t {
            fn validate_at(&self, _: &FieldPath<'_>) -> Result<(), ValidationError> { Ok(()) }
        }
    )*};
}
no_limits!(
    String,
    u8,
    u16,
    u32,
    u64,
    i8,
    i16,
    i32,
    i64,
    f64,
    bool,
    serde_json::Value
);

impl<T: Validate> Validate for Vec<T> {
    fn validate_at(&self, at: &FieldPath<'_>) -> Result<(), ValidationError> {
        for (i, item) in self.iter().enumerate() {
            item.validate_at(&at.index(i))?;
        }
        Ok(())
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate_at(&self, at: &FieldPath<'_>) -> Result<(), ValidationError> {
        match self {
            Some(v) => v.validate_at(at),
            None => Ok(()),
        }
    }
}

impl<T: Validate> Validate for BTreeMap<String, T> {
    fn validate_at(&self, at: &FieldPath<'_>) -> Result<(), ValidationError> {
        for (k, v) in self {
            v.validate_at(&at.key(k))?;
        }
        Ok(())
    }
}

#[doc(hidden)]
pub fn check_bytes(
    value: &str,
    min: Option<u32>,
    max: Option<u32>,
    at: &FieldPath<'_>,
) -> Result<(), ValidationError> {
    let actual = value.len();
    if let Some(max) = max
        && actual > max as usize
    {
        return Err(ValidationError::new(
            at.to_string(),
            Limit::MaxBytes { max, actual },
        ));
    }
    if let Some(min) = min
        && actual < min as usize
    {
        return Err(ValidationError::new(
            at.to_string(),
            Limit::MinBytes { min, actual },
        ));
    }
    Ok(())
}

#[doc(hidden)]
pub fn check_items(
    actual: usize,
    min: Option<u32>,
    max: Option<u32>,
    at: &FieldPath<'_>,
) -> Result<(), ValidationError> {
    if let Some(max) = max
        && actual > max as usize
    {
        return Err(ValidationError::new(
            at.to_string(),
            Limit::MaxItems { max, actual },
        ));
    }
    if let Some(min) = min
        && actual < min as usize
    {
        return Err(ValidationError::new(
            at.to_string(),
            Limit::MinItems { min, actual },
        ));
    }
    Ok(())
}

#[doc(hidden)]
pub fn check_entries(
    actual: usize,
    max: Option<u32>,
    at: &FieldPath<'_>,
) -> Result<(), ValidationError> {
    match max {
        Some(max) if actual > max as usize => Err(ValidationError::new(
            at.to_string(),
            Limit::MaxEntries { max, actual },
        )),
        _ => Ok(()),
    }
}

#[doc(hidden)]
pub fn check_int(
    value: i128,
    min: Option<i128>,
    max: Option<i128>,
    at: &FieldPath<'_>,
) -> Result<(), ValidationError> {
    if min.is_some_and(|m| value < m) || max.is_some_and(|m| value > m) {
        return Err(ValidationError::new(
            at.to_string(),
            Limit::Range {
                min: min.map(|m| m.to_string()),
                max: max.map(|m| m.to_string()),
                actual: value.to_string(),
            },
        ));
    }
    Ok(())
}

#[doc(hidden)]
pub fn check_float(
    value: f64,
    min: Option<f64>,
    max: Option<f64>,
    at: &FieldPath<'_>,
) -> Result<(), ValidationError> {
    if min.is_some_and(|m| value < m) || max.is_some_and(|m| value > m) || value.is_nan() {
        return Err(ValidationError::new(
            at.to_string(),
            Limit::Range {
                min: min.map(|m| m.to_string()),
                max: max.map(|m| m.to_string()),
                actual: value.to_string(),
            },
        ));
    }
    Ok(())
}

/// Why a request body was refused by
/// `validate_request` of [`EndpointHooks`](crate::EndpointHooks).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum HookError {
    /// The body does not decode into the request type.
    #[error("the body does not decode: {0}")]
    Decode(String),
    /// The body breaks a documented limit.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
}
