//! The wire protocol around every endpoint: query parameters, authentication and the
//! response envelope. Names and codes come from the generated items of `tencent-chat`
//! (`envelope::QUERY`, `PublicError`), never from literals here.

use std::borrow::Cow;

use serde::Serialize;
use tencent_chat::PublicError;
use tencent_chat::envelope::{QUERY, ResponseEnvelope, ResponseEnvelopeActionStatus};
use tencent_chat::usersig::{self, VerifyError};

use crate::{Inner, lock, unix_now};

/// Most verified UserSigs remembered; the cache is emptied when it is full.
const SIG_CACHE_MAX: usize = 1024;

/// A refused call: the ErrorCode and ErrorInfo to answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Denied {
    pub(crate) code: i64,
    pub(crate) info: String,
}

impl Denied {
    pub(crate) fn new(code: i64, info: impl Into<String>) -> Self {
        Denied {
            code,
            info: info.into(),
        }
    }

    fn public(e: PublicError, info: impl Into<String>) -> Self {
        Denied::new(e.code(), info)
    }
}

/// Decodes `application/x-www-form-urlencoded` text (`%XX`, `+`).
fn decode(s: &str) -> Cow<'_, str> {
    if !s.contains(['%', '+']) {
        return Cow::Borrowed(s);
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    Cow::Owned(String::from_utf8_lossy(&out).into_owned())
}

/// The query pairs, decoded.
fn pairs(query: &str) -> impl Iterator<Item = (Cow<'_, str>, Cow<'_, str>)> {
    query.split('&').filter(|p| !p.is_empty()).map(|p| {
        let (k, v) = p.split_once('=').unwrap_or((p, ""));
        (decode(k), decode(v))
    })
}

/// The query string for logs: the UserSig replaced by `<redacted>`.
pub(crate) fn redacted_query(query: &str) -> String {
    query
        .split('&')
        .map(|p| match p.split_once('=') {
            Some((k, _)) if decode(k) == QUERY.signature => format!("{k}=<redacted>"),
            _ => p.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// Checks the query parameters of a call and its UserSig.
pub(crate) fn authenticate(inner: &Inner, query: &str) -> Result<(), Denied> {
    let mut app_id = None;
    let mut identifier = None;
    let mut signature = None;
    let mut nonce = None;
    let mut fixed: Vec<Option<Cow<'_, str>>> = vec![None; QUERY.fixed.len()];
    for (k, v) in pairs(query) {
        if k == QUERY.app_id {
            app_id = Some(v);
        } else if k == QUERY.identifier {
            identifier = Some(v);
        } else if k == QUERY.signature {
            signature = Some(v);
        } else if k == QUERY.nonce {
            nonce = Some(v);
        } else if let Some(i) = QUERY.fixed.iter().position(|(name, _)| k == *name) {
            fixed[i] = Some(v);
        }
    }
    let app_id = match app_id {
        None => {
            return Err(Denied::public(
                PublicError::SdkAppIdMissing,
                format!("the query parameter {} is missing", QUERY.app_id),
            ));
        }
        Some(v) => v,
    };
    match app_id.parse::<u32>() {
        Ok(id) if id == inner.app_id => {}
        Ok(id) => {
            return Err(Denied::public(
                PublicError::InvalidSdkAppId,
                format!("no app with {} {id}", QUERY.app_id),
            ));
        }
        Err(_) => {
            return Err(Denied::public(
                PublicError::InvalidSdkAppId,
                format!("{} {app_id:?} is not a number", QUERY.app_id),
            ));
        }
    }
    let identifier = match identifier {
        Some(v) if !v.is_empty() => v,
        _ => {
            return Err(Denied::public(
                PublicError::HttpRequestMalformed,
                format!("the query parameter {} is missing", QUERY.identifier),
            ));
        }
    };
    let signature = match signature {
        Some(v) if !v.is_empty() => v,
        _ => {
            return Err(Denied::public(
                PublicError::UserSigEmpty,
                format!(
                    "the query parameter {} is missing or empty",
                    QUERY.signature
                ),
            ));
        }
    };
    match nonce {
        None => {
            return Err(Denied::public(
                PublicError::HttpRequestMalformed,
                format!("the query parameter {} is missing", QUERY.nonce),
            ));
        }
        Some(v) if v.parse::<u32>().is_err() => {
            return Err(Denied::public(
                PublicError::HttpRequestMalformed,
                format!("{} must be an unsigned 32-bit number", QUERY.nonce),
            ));
        }
        Some(_) => {}
    }
    for ((name, value), given) in QUERY.fixed.iter().zip(&fixed) {
        match given {
            Some(v) if v == value => {}
            Some(v) => {
                return Err(Denied::public(
                    PublicError::HttpRequestMalformed,
                    format!("{name} must be {value:?}, not {v:?}"),
                ));
            }
            None => {
                return Err(Denied::public(
                    PublicError::HttpRequestMalformed,
                    format!("the query parameter {name} is missing"),
                ));
            }
        }
    }
    verify(inner, &identifier, &signature)?;
    if *identifier != *inner.admin {
        return Err(Denied::public(
            PublicError::AdminAccountRequired,
            format!("{identifier:?} is not the app admin"),
        ));
    }
    Ok(())
}

/// Verifies the UserSig for `identifier`; verified UserSigs of the admin are cached
/// until they expire, so a client reusing its UserSig costs a map lookup.
fn verify(inner: &Inner, identifier: &str, signature: &str) -> Result<(), Denied> {
    let now = unix_now();
    let is_admin = identifier == inner.admin;
    if is_admin
        && let Some(&expires) = lock(&inner.sig_cache).get(signature)
        && now < expires
    {
        return Ok(());
    }
    match usersig::verify(
        signature,
        inner.secret_key.as_bytes(),
        inner.app_id,
        identifier,
        now,
    ) {
        Ok(verified) => {
            if is_admin {
                let mut cache = lock(&inner.sig_cache);
                if cache.len() >= SIG_CACHE_MAX {
                    cache.clear();
                }
                cache.insert(
                    signature.into(),
                    verified.time.saturating_add(verified.expire),
                );
            }
            Ok(())
        }
        Err(e) => {
            let code = match e {
                VerifyError::Expired { .. } => PublicError::UserSigExpired,
                VerifyError::WrongApp(_) => PublicError::UserSigAppIdMismatch,
                VerifyError::WrongIdentifier => PublicError::UserSigUserIdMismatch,
                VerifyError::BadSignature => PublicError::UserSigVerificationFailed,
                _ => PublicError::UserSigInvalid,
            };
            // VerifyError's text never holds the UserSig or the key.
            Err(Denied::public(code, e.to_string()))
        }
    }
}

#[derive(Serialize)]
struct Wire<'a, T: Serialize> {
    #[serde(flatten)]
    envelope: ResponseEnvelope,
    #[serde(flatten)]
    fields: &'a T,
}

/// The body of a successful call: the envelope and the endpoint's fields.
pub(crate) fn success<T: Serialize>(fields: &T) -> Result<Vec<u8>, serde_json::Error> {
    serde_json::to_vec(&Wire {
        envelope: ResponseEnvelope::new(0)
            .action_status(ResponseEnvelopeActionStatus::Ok)
            .error_info(""),
        fields,
    })
}

/// The body of a failed call.
pub(crate) fn failure(code: i64, info: &str) -> Vec<u8> {
    let envelope = ResponseEnvelope::new(code)
        .action_status(ResponseEnvelopeActionStatus::Fail)
        .error_info(info);
    // Serializing strings and integers into a Vec cannot fail.
    serde_json::to_vec(&envelope).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_form_encoding() {
        assert_eq!(decode("a%20b+c"), "a b c");
        assert_eq!(decode("plain"), "plain");
        assert_eq!(decode("bad%zz%"), "bad%zz%");
        assert_eq!(decode("%41"), "A");
    }

    #[test]
    fn redacts_the_usersig() {
        assert_eq!(
            redacted_query("sdkappid=1&identifier=a&usersig=SECRET&random=3"),
            "sdkappid=1&identifier=a&usersig=<redacted>&random=3"
        );
    }
}
