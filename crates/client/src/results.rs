//! Per-item results of batch calls.
//!
//! Many calls that act on several accounts at once answer success for the call and
//! one result per account (`ResultItem`, `InfoItem`, ...): the account, a
//! `ResultCode` (0 when that account was handled) and a `ResultInfo` text. The codes
//! are the catalog's ([`ErrorCode`]), the same a whole call can fail with. These
//! helpers read every such item alike: [`AccountResult`] (the shared type of
//! `specs/types.json`) and the relation items of the check calls, which carry a
//! `Relation` next to the code.
//!
//! ```
//! use tencent_chat::ErrorCode;
//! use tencent_chat::results::{ItemResult, failures};
//! use tencent_chat::types::AccountResult;
//!
//! let items = vec![
//!     AccountResult::new("id1", 0),
//!     AccountResult::new("id2", 30515),
//! ];
//! assert!(items[0].is_success());
//! let failed: Vec<_> = failures(&items).collect();
//! assert_eq!(failed, [("id2", ErrorCode::SnsPeerInOwnBlocklist)]);
//! ```

use crate::ErrorCode;
use crate::types::AccountResult;

/// One item of a per-account answer: the account and its outcome.
pub trait ItemResult {
    /// The UserID the item is about (`To_Account`).
    fn account(&self) -> &str;
    /// The raw `ResultCode`: 0 for success.
    fn result_code(&self) -> i64;
    /// The service's text about the outcome (`ResultInfo`), if sent.
    fn result_info(&self) -> Option<&str>;
    /// Whether the account was handled (`ResultCode` 0).
    fn is_success(&self) -> bool {
        self.result_code() == 0
    }
    /// The catalog entry of a failure (`Unknown` for a code the specs do not
    /// document); `None` on success.
    fn error_code(&self) -> Option<ErrorCode> {
        (!self.is_success()).then(|| ErrorCode::from_code(self.result_code()))
    }
}

/// The failed items of a per-account answer, as (account, code).
pub fn failures<T: ItemResult>(items: &[T]) -> impl Iterator<Item = (&str, ErrorCode)> {
    items
        .iter()
        .filter_map(|i| i.error_code().map(|code| (i.account(), code)))
}

impl ItemResult for AccountResult {
    fn account(&self) -> &str {
        &self.to_account
    }
    fn result_code(&self) -> i64 {
        self.result_code
    }
    fn result_info(&self) -> Option<&str> {
        self.result_info.as_deref()
    }
}

/// Implements [`ItemResult`] for a per-account item type with the fields
/// `to_account`, `result_code` and `result_info`.
macro_rules! item_result {
    ($($feature:literal => $ty:path),* $(,)?) => {$(
        #[cfg(feature = $feature)]
        impl ItemResult for $ty {
            fn account(&self) -> &str {
                &self.to_account
            }
            fn result_code(&self) -> i64 {
                self.result_code
            }
            fn result_info(&self) -> Option<&str> {
                self.result_info.as_deref()
            }
        }
    )*};
}

item_result! {
    "sns" => crate::sns::FriendRelationResult,
    "sns" => crate::sns::BlockRelationResult,
    "sns" => crate::sns::FriendInfo,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_come_from_the_catalog() {
        let ok = AccountResult::new("a", 0);
        assert!(ok.is_success());
        assert_eq!(ok.error_code(), None);
        let blocked = AccountResult::new("b", 30525);
        assert_eq!(blocked.error_code(), Some(ErrorCode::SnsBlockedByPeer));
        assert!(!blocked.error_code().unwrap().is_retryable());
        let odd = AccountResult::new("c", 32216);
        assert_eq!(odd.error_code(), Some(ErrorCode::Unknown(32216)));
    }
}
