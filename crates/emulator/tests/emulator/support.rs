//! Helpers shared by the modules of this test binary.

use serde::de::DeserializeOwned;
use serde_json::Value;
use tencent_chat::types::{MsgElement, TextElem};
use tencent_chat::{EndpointError, Error};

/// A message body of one text element.
pub fn text(s: &str) -> Vec<MsgElement> {
    vec![MsgElement::Text(TextElem::new(s))]
}

/// A request from its wire JSON.
pub fn req<T: DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).unwrap()
}

/// The service code of a call: 0 for a success, -1 for a failure that is not a
/// service error.
pub fn code<E: EndpointError>(result: Result<impl Sized, Error<E>>) -> i64 {
    match result {
        Ok(_) => 0,
        Err(e) => e.service().map_or(-1, |s| s.kind.code()),
    }
}
