//! Response decoding of every endpoint on any body, as the client does it: the
//! envelope, the error code's classification and the endpoint's fields (through the
//! registry's type-erased hooks). A decoded response must encode to JSON that decodes
//! to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use tencent_chat::ENDPOINTS;
use tencent_chat::envelope::ResponseEnvelope;

fuzz_target!(|data: &[u8]| {
    let envelope = serde_json::from_slice::<ResponseEnvelope>(data);
    let value = serde_json::from_slice::<Value>(data);
    for info in ENDPOINTS.iter() {
        if let Ok(envelope) = &envelope {
            let code = envelope.code();
            let _ = (envelope.info(), envelope.display());
            let (name, _) = (info.hooks.classify_error)(code);
            assert!(!name.is_empty());
        }
        if let Ok(value) = &value
            && let Ok(once) = (info.hooks.reencode_response)(value)
        {
            let twice = (info.hooks.reencode_response)(&once);
            assert_eq!(
                twice.as_ref(),
                Ok(&once),
                "{}: unstable re-encoding",
                info.path
            );
        }
    }
});
