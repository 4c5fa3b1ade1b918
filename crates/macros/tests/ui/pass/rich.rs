//! Every construct of the spec format compiles and round-trips.
use serde_json::json;
use tencent_chat::Endpoint;

tencent_chat_macros::generate!("../specs/rich", runtime = ::tencent_chat);

fn main() {
    let body = json!({
        "GroupId": "@TGS#1",
        "Random": 4294967295u32,
        "MsgBody": [
            {"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}},
            {"MsgType": "TIMFaceElem", "MsgContent": {"Index": 6, "Data": "abc"}},
            {"MsgType": "TIMImageElem", "MsgContent": {"UUID": "x"}}
        ],
        "Seq": "144115265295492787",
        "Attrs": {"0": "a", "1": "b"},
        "Profile": [
            {"Tag": "Tag_Profile_IM_Nick", "Value": "nick"},
            {"Tag": "Tag_Profile_IM_Level", "Value": 3}
        ],
        "Contact": {"Type": 2, "ToGroupId": "g"},
        "Flex": 7,
        "Owner": "bob",
        "Priority": "Urgent",
        "Level": -5,
        "Type": "Work"
    });
    let request: msg::SendRequest = serde_json::from_value(body.clone()).unwrap();
    assert!(matches!(&request.msg_body[0], types::MsgElement::Text(t) if t.text == "hi"));
    assert!(matches!(&request.msg_body[2], types::MsgElement::Other(_)));
    assert_eq!(request.seq, Some(tencent_chat::StrInt(144115265295492787)));
    assert!(matches!(&request.profile.as_ref().unwrap()[1], types::ProfileItem::Level(3)));
    assert!(matches!(&request.contact, Some(types::Contact::Group(g)) if g.to_group_id == "g"));
    assert_eq!(request.flex, Some(msg::SendFlex::Number(7)));
    assert_eq!(request.priority, Some(msg::SendPriority::Other("Urgent".into())));
    assert_eq!(request.r#type, Some(types::GroupType::Private));
    assert!(request.validate().is_ok());
    // Re-encoding gives the same JSON, but for the alias, which encodes as the primary value.
    let mut expected = body.clone();
    expected["Type"] = json!("Private");
    assert_eq!(serde_json::to_value(&request).unwrap(), expected);

    let mut long_owner = request.clone();
    long_owner.owner = Some("x".repeat(33));
    assert_eq!(long_owner.validate().unwrap_err().to_string(), "Owner is 33 bytes; at most 32");
    let mut nested = request.clone();
    nested.profile = Some(vec![types::ProfileItem::Nick("n".repeat(65))]);
    assert_eq!(nested.validate().unwrap_err().to_string(), "Profile[0].Value is 65 bytes; at most 64");
    let mut contact = request.clone();
    contact.contact = Some(types::Contact::User(types::UserContact::new("")));
    assert_eq!(contact.validate().unwrap_err().to_string(), "Contact.To_Account is 0 bytes; at least 1");
    let mut ranged = request.clone();
    ranged.level = Some(6);
    assert_eq!(ranged.validate().unwrap_err().to_string(), "Level is 6; allowed -5..=5");
    let mut attrs = request.clone();
    attrs.attrs = Some((0..11).map(|i| (i.to_string(), String::new())).collect());
    assert_eq!(attrs.validate().unwrap_err().to_string(), "Attrs has 11 entries; at most 10");

    let response: msg::SendResponse = serde_json::from_value(json!({
        "MsgSeq": 18446744073709551615u64,
        "Members": [{"Member_Account": "bob", "Role": "Owner"}, {"Member_Account": "al", "Role": "Guest"}],
        "Next": "12",
        "Unknown": true
    }))
    .unwrap();
    assert_eq!(response.msg_seq, u64::MAX);
    let members = response.members.unwrap();
    assert_eq!(members[0].role, Some(types::MemberRole::Owner));
    assert_eq!(members[1].role, Some(types::MemberRole::Other("Guest".into())));
    assert_eq!(response.next.map(|n| *n), Some(12));
    let bad_union = serde_json::from_value::<types::Contact>(json!({"Type": 3}));
    assert!(bad_union.unwrap_err().to_string().contains("unknown Type"));
    let schema = serde_json::to_value(schemars::schema_for!(msg::SendRequest)).unwrap();
    assert_eq!(schema["properties"]["GroupId"]["maxLength"], json!(48));
}
