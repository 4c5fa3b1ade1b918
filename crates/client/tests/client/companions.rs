//! The companion endpoints of the seeds (account import, group creation and reading,
//! members, group messages, friend lists): the documented samples decode and encode
//! again unchanged, documented limits are refused with the documented codes, and the
//! metadata carries the specs' facts. No network: everything goes through the hooks.

use serde_json::{Value, json};
use tencent_chat::group_open_http_svc::{
    CreateGroupMember, CreateGroupRequest, GetGroupInfoResponse, GroupMsgGetSimpleResponse,
};
use tencent_chat::types::{AppMemberDefinedDataItem, GroupType, MemberRole, MsgElement};
use tencent_chat::{ENDPOINTS, Endpoint, EndpointInfo, GroupTypeSupport};

fn endpoint(path: &str) -> &'static EndpointInfo {
    ENDPOINTS
        .iter()
        .find(|e| e.path == path)
        .unwrap_or_else(|| panic!("{path} is not generated"))
}

/// The request decodes, encodes to the same JSON, and passes validation.
fn request_ok(path: &str, body: Value) {
    let e = endpoint(path);
    assert_eq!((e.hooks.reencode_request)(&body).unwrap(), body, "{path}");
    (e.hooks.validate_request)(&body).unwrap_or_else(|err| panic!("{path}: {err}"));
}

/// The request is refused, and the service would answer `code`.
fn request_refused(path: &str, body: Value, code: i64) {
    let e = endpoint(path);
    let err = (e.hooks.validate_request)(&body).expect_err(path);
    assert_eq!(e.invalid_request_code_for(&err), code, "{path}: {err}");
}

/// The response (the endpoint's own fields) decodes and encodes to the same JSON.
fn response_ok(path: &str, body: Value) {
    let e = endpoint(path);
    let again = (e.hooks.reencode_response)(&body).unwrap_or_else(|err| panic!("{path}: {err}"));
    assert_eq!(again, body, "{path}");
}

fn names(prefix: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{prefix}{i}")).collect()
}

#[test]
fn account_import() {
    let path = "v4/im_open_login_svc/account_import";
    request_ok(
        path,
        json!({"UserID": "test", "Nick": "test", "FaceUrl": "http://www.qq.com"}),
    );
    response_ok(path, json!({}));
    request_refused(path, json!({"Nick": "test"}), 70402);
    request_refused(path, json!({"UserID": "x".repeat(33)}), 70402);
    request_refused(path, json!({"UserID": "a", "Nick": "n".repeat(501)}), 40601);
    request_refused(
        path,
        json!({"UserID": "a", "FaceUrl": "u".repeat(501)}),
        40601,
    );
    let e = endpoint(path);
    assert!(e.safe_to_repeat && !e.irrevocable);
    assert_eq!(e.group_types, None);
}

#[test]
fn multiaccount_import() {
    let path = "v4/im_open_login_svc/multiaccount_import";
    request_ok(
        path,
        json!({"Accounts": ["test1", "test2", "test3", "test4", "test5"]}),
    );
    request_ok(path, json!({"Accounts": names("u", 100)}));
    request_refused(path, json!({"Accounts": names("u", 101)}), 70402);
    response_ok(path, json!({"FailAccounts": ["test3", "test4"]}));
    let e = endpoint(path);
    assert_eq!(e.rate_limit_per_second, 100);
    assert_eq!(e.batch_fields[0].max_items, 100);
}

#[test]
fn create_group() {
    let path = "v4/group_open_http_svc/create_group";
    request_ok(
        path,
        json!({
            "Owner_Account": "leckie", "Type": "Public", "GroupId": "MyFirstGroup",
            "Name": "TestGroup", "Introduction": "This is group Introduction",
            "Notification": "This is group Notification", "FaceUrl": "http://this.is.face.url",
            "MaxMemberCount": 500, "ApplyJoinOption": "FreeAccess",
            "AppDefinedData": [
                {"Key": "GroupTestData1", "Value": "xxxxx"},
                {"Key": "GroupTestData2", "Value": "abc\u{0}\u{1}"}
            ],
            "MemberList": [
                {"Member_Account": "bob", "Role": "Admin", "AppMemberDefinedData": [
                    {"Key": "MemberDefined1", "Value": "MemberData1"},
                    {"Key": "MemberDefined2", "Value": "MemberData2"}
                ]},
                {"Member_Account": "peter", "AppMemberDefinedData": [
                    {"Key": "MemberDefined1", "Value": "MemberData1"}
                ]}
            ]
        }),
    );
    request_ok(
        path,
        json!({"Type": "Community", "Name": "TestCommunityGroup", "SupportTopic": 1}),
    );
    // Newer SDK spellings of the types are accepted; the typed request sends the old ones.
    assert!((endpoint(path).hooks.validate_request)(&json!({"Type": "Work", "Name": "n"})).is_ok());
    response_ok(path, json!({"GroupId": "@TGS#2J4SZEAEL"}));
    response_ok(
        path,
        json!({"GroupId": "@TGS#_@TGS#cRDH3HIM62CP", "HugeGroupFlag": 0, "Type": "Community"}),
    );

    // Limits: too many members has its own code; everything else the endpoint's.
    let members: Vec<Value> = names("m", 101)
        .into_iter()
        .map(|m| json!({"Member_Account": m}))
        .collect();
    request_refused(
        path,
        json!({"Type": "Public", "Name": "n", "MemberList": members}),
        10005,
    );
    request_refused(
        path,
        json!({"Type": "Public", "Name": "n".repeat(31)}),
        10004,
    );
    request_refused(path, json!({"Type": "Public"}), 10004);
    // GroupType can be read from answers, so it keeps unlisted values (a group type
    // newer than the specs) and sends them as they are: the service judges them.
    request_ok(path, json!({"Type": "Party", "Name": "n"}));
    request_refused(
        path,
        json!({"Type": "Public", "Name": "n", "GroupId": "g".repeat(49)}),
        10004,
    );
    request_refused(
        path,
        json!({"Type": "Public", "Name": "n", "AppDefinedData": [{"Key": "k", "Value": "v".repeat(513)}]}),
        10004,
    );

    // The typed request.
    let request = CreateGroupRequest::new(GroupType::Public, "TestGroup")
        .owner_account("leckie")
        .member_list([CreateGroupMember::new("bob")
            .role(MemberRole::Admin)
            .app_member_defined_data(
                [AppMemberDefinedDataItem::key("MemberDefined1").value("x")],
            )]);
    assert!(request.validate().is_ok());
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({"Owner_Account": "leckie", "Type": "Public", "Name": "TestGroup",
               "MemberList": [{"Member_Account": "bob", "Role": "Admin",
                               "AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "x"}]}]})
    );

    let e = CreateGroupRequest::INFO;
    assert!(!e.safe_to_repeat && !e.irrevocable);
    assert_eq!(e.invalid_request_code, 10004);
    assert_eq!(e.invalid_request_fields.len(), 1);
    // The member and custom field lists are limits, not batches.
    assert!(e.batch_fields.is_empty());
    assert_eq!(
        e.group_type_support("AVChatRoom"),
        Some(GroupTypeSupport::Supported)
    );
}

#[test]
fn get_group_info() {
    let path = "v4/group_open_http_svc/get_group_info";
    request_ok(
        path,
        json!({"GroupIdList": ["@TGS#1NVTZEAE4", "@TGS#1CXTZEAET"]}),
    );
    request_ok(
        path,
        json!({
            "GroupIdList": ["@TGS#1NVTZEAE4", "@TGS#1CXTZEAET"],
            "ResponseFilter": {
                "GroupBaseInfoFilter": ["Type", "Name", "Introduction", "Notification"],
                "MemberInfoFilter": ["Account", "Role"],
                "AppDefinedDataFilter_Group": ["GroupTestData1", "GroupTestData2"],
                "AppDefinedDataFilter_GroupMember": ["MemberDefined2", "MemberDefined1"]
            }
        }),
    );
    request_refused(path, json!({"GroupIdList": names("g", 51)}), 10004);
    let full = json!({"GroupInfo": [{
        "GroupId": "@TGS#2J4SZEAEL", "ErrorCode": 0, "ErrorInfo": "", "Type": "Public",
        "Name": "MyFirstGroup", "Appid": 1400001001u32, "Introduction": "TestGroup",
        "Notification": "TestGroup", "FaceUrl": "http://this.is.face.url",
        "Owner_Account": "leckie", "CreateTime": 1426976500, "LastInfoTime": 1426976500,
        "LastMsgTime": 1426976600, "NextMsgSeq": 1234, "MemberNum": 2, "MaxMemberNum": 50,
        "ApplyJoinOption": "FreeAccess", "MuteAllMember": "On",
        "AppDefinedData": [
            {"Key": "GroupTestData1", "Value": "xxxx"},
            {"Key": "GroupTestData2", "Value": "abc\u{0}\u{1}"}
        ],
        "MemberList": [
            {"Member_Account": "leckie", "Role": "Owner", "JoinTime": 1425976500, "MsgSeq": 1233,
             "MsgFlag": "AcceptAndNotify", "LastSendMsgTime": 1425976500, "MuteUntil": 1431069882,
             "AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyDefined1"}]},
            {"Member_Account": "peter", "Role": "Member", "JoinTime": 1425976500, "MsgSeq": 1233,
             "MsgFlag": "AcceptAndNotify", "LastSendMsgTime": 1425976500, "MuteUntil": 0}
        ]
    }, {"GroupId": "@TGS#1CXTZEAET", "ErrorCode": 10010, "ErrorInfo": "group not found"}]});
    response_ok(path, full.clone());
    let typed: GetGroupInfoResponse = serde_json::from_value(full).unwrap();
    assert_eq!(typed.group_info[1].error_code, 10010);
    let members = typed.group_info[0].member_list.as_ref().unwrap();
    assert_eq!(members[0].role, Some(MemberRole::Owner));
    assert!(endpoint(path).safe_to_repeat);
}

#[test]
fn get_group_member_info() {
    let path = "v4/group_open_http_svc/get_group_member_info";
    request_ok(
        path,
        json!({
            "GroupId": "@TGS#1NVTZEAE4",
            "MemberInfoFilter": ["Role", "JoinTime", "MsgSeq", "MsgFlag", "LastSendMsgTime", "MuteUntil", "NameCard"],
            "MemberRoleFilter": ["Owner", "Member"],
            "AppDefinedDataFilter_GroupMember": ["MemberDefined2", "MemberDefined1"],
            "Limit": 100,
            "Offset": 0
        }),
    );
    request_ok(
        path,
        json!({"GroupId": "@TGS#_@TGS#cAVQXXXXXX", "Limit": 100, "Next": ""}),
    );
    request_refused(path, json!({"GroupId": "g", "Limit": 6001}), 10004);
    response_ok(
        path,
        json!({
            "Next": "144115265295492787", "MemberNum": 2,
            "MemberList": [
                {"Member_Account": "bob", "Role": "Owner", "JoinTime": 1425976500, "MsgSeq": 1233,
                 "MsgFlag": "AcceptAndNotify", "LastSendMsgTime": 1425976500, "MuteUntil": 1431069882,
                 "AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyDefined1"}]},
                // As in the docs' sample: a role with a trailing space is kept as is.
                {"Member_Account": "peter", "Role": "Member ", "JoinTime": 1425976500, "MsgSeq": 1233,
                 "MsgFlag": "AcceptAndNotify", "LastSendMsgTime": 1425976500, "MuteUntil": 0,
                 "NameCard": ""}
            ]
        }),
    );
    assert_eq!(
        endpoint(path).group_type_support("AVChatRoom"),
        Some(GroupTypeSupport::Error(10007))
    );
}

#[test]
fn add_group_member() {
    let path = "v4/group_open_http_svc/add_group_member";
    request_ok(
        path,
        json!({"GroupId": "@TGS#2J4SZEAEL", "Silence": 1,
               "MemberList": [{"Member_Account": "tommy"}, {"Member_Account": "jared"}]}),
    );
    let members = |n| -> Vec<Value> {
        names("m", n)
            .into_iter()
            .map(|m| json!({"Member_Account": m}))
            .collect()
    };
    request_ok(path, json!({"GroupId": "g", "MemberList": members(300)}));
    request_refused(
        path,
        json!({"GroupId": "g", "MemberList": members(301)}),
        10005,
    );
    request_refused(path, json!({"GroupId": "g"}), 10004);
    response_ok(
        path,
        json!({"MemberList": [
            {"Member_Account": "tommy", "Result": 1},
            {"Member_Account": "jared", "Result": 2},
            {"Member_Account": "ann", "Result": 3}
        ]}),
    );
    let e = endpoint(path);
    assert!(e.safe_to_repeat);
    assert_eq!(e.batch_fields[0].max_items, 300);
    assert_eq!(
        e.group_type_support("AVChatRoom"),
        Some(GroupTypeSupport::Error(10007))
    );
}

#[test]
fn send_group_msg() {
    let path = "v4/group_open_http_svc/send_group_msg";
    request_ok(
        path,
        json!({
            "GroupId": "@TGS#2C5SZEAEF", "Random": 8912345,
            "MsgBody": [
                {"MsgType": "TIMTextElem", "MsgContent": {"Text": "red packet"}},
                {"MsgType": "TIMFaceElem", "MsgContent": {"Index": 6, "Data": "abc\u{0}\u{1}"}}
            ],
            "CloudCustomData": "your cloud custom data",
            "SupportMessageExtension": 0,
            "OfflinePushInfo": {
                "PushFlag": 0, "Desc": "Content to push offline", "Ext": "Passthrough content",
                "AndroidInfo": {"Sound": "android.mp3"},
                "ApnsInfo": {"Sound": "apns.mp3", "BadgeMode": 1, "Title": "apns title",
                             "SubTitle": "apns subtitle", "Image": "www.image.com"}
            }
        }),
    );
    request_ok(
        path,
        json!({
            "GroupId": "@TGS#2C5SZEAEF", "From_Account": "leckie", "Random": 8912345,
            "MsgPriority": "High", "SendMsgControl": ["NoLastMsg"], "OnlineOnlyFlag": 1,
            "ForbidCallbackControl": ["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"],
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "red @all @tommy packet"}}],
            "GroupAtInfo": [{"GroupAtAllFlag": 1}, {"GroupAtAllFlag": 0, "GroupAt_Account": "tommy"}]
        }),
    );
    request_ok(
        path,
        json!({"GroupId": "@TGS#12DEVUDHQ", "Random": 2784275388u32,
               "MsgBody": [{"MsgType": "TIMCustomElem", "MsgContent": {"Data": "1cddddddddq1"}}],
               "To_Account": ["brennanli2", "brennanli3"]}),
    );
    let body = |to: Vec<String>| {
        json!({"GroupId": "g", "Random": 1, "To_Account": to,
               "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]})
    };
    request_refused(path, body(names("u", 51)), 10004);
    request_refused(path, json!({"GroupId": "g", "MsgBody": []}), 10004);
    response_ok(
        path,
        json!({"MsgTime": 1497249503, "MsgSeq": 1, "MsgDropReason": "MsgFreqCtrl"}),
    );
    let e = endpoint(path);
    assert!(e.safe_to_repeat && !e.irrevocable);
    assert!(
        e.batch_fields.is_empty(),
        "To_Account is one message's recipients"
    );
}

#[test]
fn group_msg_get_simple() {
    let path = "v4/group_open_http_svc/group_msg_get_simple";
    request_ok(
        path,
        json!({"GroupId": "@TGS#15ERQPAER", "ReqMsgSeq": 7803321, "ReqMsgNumber": 2}),
    );
    request_ok(
        path,
        json!({"GroupId": "@TGS#15ERQPAER", "ReqMsgNumber": 20, "WithRecalledMsg": 1}),
    );
    request_refused(path, json!({"GroupId": "g", "ReqMsgNumber": 21}), 10004);
    request_refused(path, json!({"GroupId": "g"}), 10004);
    let sample = json!({
        "GroupId": "@TGS#15ERQPAER",
        "IsFinished": 1,
        "RspMsgList": [
            {"From_Account": "144115197276518801", "IsPlaceMsg": 0,
             "MsgBody": [
                 {"MsgContent": {"Data": "\u{8}\u{1}\u{10}\u{6}\u{1a}\u{6} MaoTong", "Desc": "MIF", "Ext": ""},
                  "MsgType": "TIMCustomElem"},
                 {"MsgContent": {"Data": "", "Index": 15}, "MsgType": "TIMFaceElem"}
             ],
             "MsgPriority": 1, "MsgRandom": 51083293, "MsgSeq": 7803321, "MsgTimeStamp": 1458721802},
            {"From_Account": "144115198339527735", "IsPlaceMsg": 0,
             "MsgBody": [{"MsgContent": {"Text": "Report"}, "MsgType": "TIMTextElem"}],
             "MsgPriority": 1, "MsgRandom": 235168582, "MsgSeq": 7803320, "MsgTimeStamp": 1458721797},
            {"From_Account": "x", "IsPlaceMsg": 1, "MsgBody": [], "MsgRandom": 1, "MsgSeq": 7803319,
             "MsgTimeStamp": 1458721790}
        ]
    });
    response_ok(path, sample.clone());
    let typed: GroupMsgGetSimpleResponse = serde_json::from_value(sample).unwrap();
    let messages = typed.rsp_msg_list.unwrap();
    assert!(matches!(&messages[1].msg_body[0], MsgElement::Text(t) if t.text == "Report"));
    assert!(messages[2].msg_body.is_empty());
    assert_eq!(
        endpoint(path).group_type_support("AVChatRoom"),
        Some(GroupTypeSupport::Error(10044))
    );
}

#[test]
fn friend_lists() {
    let add = "v4/sns/group_add";
    request_ok(
        add,
        json!({"From_Account": "id", "GroupName": ["group1", "group2", "group3"],
               "To_Account": ["id1", "id2", "id3"]}),
    );
    request_refused(
        add,
        json!({"From_Account": "id", "GroupName": names("l", 33)}),
        30001,
    );
    response_ok(
        add,
        json!({
            "ResultItem": [
                {"To_Account": "id1", "ResultCode": 0, "ResultInfo": ""},
                {"To_Account": "id2", "ResultCode": 32216, "ResultInfo": "Err_SNS_GroupAdd_ToTinyId_Not_Friend"},
                {"To_Account": "id3", "ResultCode": 30002, "ResultInfo": "ERR_SDKAPPID_ILLEGAL"}
            ],
            "Fail_Account": ["id2", "id3"],
            "CurrentSequence": 3
        }),
    );
    response_ok(add, json!({"CurrentSequence": 2}));
    assert!(!endpoint(add).safe_to_repeat);

    let get = "v4/sns/group_get";
    request_ok(
        get,
        json!({"From_Account": "id", "NeedFriend": "Need_Friend_Type_Yes", "GroupName": ["group1"]}),
    );
    request_refused(get, json!({"NeedFriend": "Need_Friend_Type_Yes"}), 30001);
    response_ok(
        get,
        json!({"ResultItem": [
            {"GroupName": "group1", "FriendNumber": 1, "To_Account": ["friend1"]},
            {"GroupName": "group2", "FriendNumber": 2}
        ], "CurrentSequence": 2}),
    );
    assert!(endpoint(get).safe_to_repeat);
}

#[test]
fn every_endpoint_answers_invalid_requests_with_a_code_it_documents() {
    for e in ENDPOINTS {
        let own = |code: i64| e.errors.iter().any(|c| c.code == code);
        let public = |code: i64| (60000..=79999).contains(&code);
        assert!(
            own(e.invalid_request_code) || public(e.invalid_request_code),
            "{}",
            e.path
        );
        for f in e.invalid_request_fields {
            assert!(own(f.code) || public(f.code), "{} {}", e.path, f.field);
        }
    }
}

/// Types derive `Eq` unless a float can sit inside, and `Default` when no field is
/// required.
#[test]
fn generated_types_derive_eq_and_default_where_valid() {
    fn eq<T: Eq>() {}
    fn default<T: Default + PartialEq + std::fmt::Debug>() -> T {
        T::default()
    }
    eq::<tencent_chat::group_open_http_svc::GetGroupInfoResponse>();
    eq::<tencent_chat::group_open_http_svc::DeleteGroupMemberRequest>();
    eq::<GroupType>();
    let filter: tencent_chat::group_open_http_svc::GroupInfoFilter = default();
    let body = serde_json::to_value(&filter).unwrap();
    assert_eq!(body, json!({}));
    let response: tencent_chat::group_open_http_svc::DestroyGroupResponse = default();
    assert_eq!(serde_json::to_value(&response).unwrap(), json!({}));
}
