use tencent_chat::{Endpoint, EndpointError};

tencent_chat_macros::generate!("../specs/base", runtime = ::tencent_chat);

fn main() {
    let request = grp::KickRequest::new("g", ["a", "b"]).silence(grp::KickSilence::Quiet);
    assert!(request.validate().is_ok());
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        serde_json::json!({"GroupId": "g", "Silence": 1, "Members": ["a", "b"]})
    );
    let err = grp::KickRequest::new("g", ["a", "b", "c", "d"]).validate().unwrap_err();
    assert_eq!(err.to_string(), "Members has 4 entries; at most 3");
    let err = grp::KickRequest::new("g", Vec::<String>::new()).validate().unwrap_err();
    assert_eq!(err.to_string(), "Members has 0 entries; at least 1");
    assert_eq!(grp::KickError::from_code(10010), grp::KickError::Gone);
    assert_eq!(grp::KickError::from_code(60007), grp::KickError::Public(PublicError::TooFast));
    assert!(grp::KickError::from_code(60007).is_retryable());
    assert_eq!(ENDPOINTS.len(), 1);
    assert_eq!(ENDPOINTS[0].path, "v4/grp/kick");
    assert_eq!(grp::KickRequest::INFO.rate_limit_per_second, 10);
    assert_eq!(grp::KickRequest::INFO.invalid_request_code, 10004);
    assert_eq!(Region::Test.base_url(), "https://example.invalid");
}
