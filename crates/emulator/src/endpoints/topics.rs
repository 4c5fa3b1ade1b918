//! Topics of communities with topics: created (or imported with their own creation
//! time), read with a member's standing in them, changed and deleted. A topic's ID is
//! the community's GroupId, the spec's infix and a custom or assigned part; messages
//! sent with a TopicId (send_group_msg) belong to it and go with it.

use tencent_chat::group_open_http_svc::{
    IMPORT_TOPIC_ASSIGNED_ID_PREFIX, IMPORT_TOPIC_CUSTOM_ID_INFIX, ImportTopicError,
    ImportTopicRequest, ImportTopicResponse,
};
use tencent_chat::million_group_open_http_svc::{
    CREATE_TOPIC_ASSIGNED_ID_PREFIX, CREATE_TOPIC_CUSTOM_ID_INFIX, CreateTopicError,
    CreateTopicRequest, CreateTopicResponse, DestroyTopicError, DestroyTopicRequest,
    DestroyTopicResponse, GetTopicError, GetTopicRequest, GetTopicResponse,
    GetTopicResponseFilterItem, ModifyTopicError, ModifyTopicRequest, ModifyTopicResponse,
    TopicAndSelfInfo, TopicDestroyResult,
};
use tencent_chat::types::{OnOff, TopicInfo, TopicSelfInfo};
use tencent_chat::{Endpoint, EndpointError};

use super::{Cx, Emulated, Fail, invalid};
use crate::state::{Group, GroupType, Topic};

/// The community, which must have topics: the code for a group without them.
fn topic_group<'c, E: EndpointError>(
    cx: &'c mut Cx<'_>,
    id: &str,
    no_topics: E,
) -> Result<&'c mut Group, Fail> {
    let group = cx.group(id)?;
    if !(group.group_type == GroupType::Community && group.support_topic) {
        return Err(Fail::new(
            no_topics,
            format!("group {id:?} is not a community with topics"),
        ));
    }
    Ok(group)
}

/// The ID of a new topic: the custom one (checked for its form and for being free),
/// or an assigned one.
fn new_topic_id<E: EndpointError>(
    cx: &mut Cx<'_>,
    group_id: &str,
    custom: Option<String>,
    (infix, assigned_prefix): (&str, &str),
    in_use: E,
) -> Result<String, Fail> {
    let info = cx.info;
    let prefix = format!("{group_id}{infix}");
    if let Some(id) = custom {
        if id.len() <= prefix.len() || !id.starts_with(&prefix) {
            return Err(invalid(
                info,
                format!("a custom TopicId is the GroupId, {infix}, then a part of your own"),
            ));
        }
        if cx.group(group_id)?.topics.contains_key(&id) {
            return Err(Fail::new(in_use, format!("topic {id:?} already exists")));
        }
        return Ok(id);
    }
    loop {
        cx.state.next_group_number = cx.state.next_group_number.wrapping_add(1);
        let id = format!(
            "{prefix}{assigned_prefix}c{:010X}",
            cx.state.next_group_number
        );
        if !cx.group(group_id)?.topics.contains_key(&id) {
            return Ok(id);
        }
    }
}

/// The topic's profile from a create or import request.
#[allow(clippy::too_many_arguments)]
fn topic(
    name: String,
    creator: Option<String>,
    face_url: Option<String>,
    notification: Option<String>,
    introduction: Option<String>,
    custom_string: Option<String>,
    create_time: u64,
) -> Topic {
    let mut t = Topic::new(name);
    t.creator = creator;
    t.face_url = face_url;
    t.notification = notification;
    t.introduction = introduction;
    t.custom_string = custom_string;
    t.create_time = create_time;
    t
}

impl Emulated for CreateTopicRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        topic_group(cx, &self.group_id, CreateTopicError::CommunityNotEnabled)?;
        let id = new_topic_id(
            cx,
            &self.group_id,
            self.topic_id,
            (
                CREATE_TOPIC_CUSTOM_ID_INFIX,
                CREATE_TOPIC_ASSIGNED_ID_PREFIX,
            ),
            CreateTopicError::GroupIdOwnedByOperator,
        )?;
        let now = cx.now;
        let t = topic(
            self.topic_name,
            self.from_account,
            self.face_url,
            self.notification,
            self.introduction,
            self.custom_string,
            now,
        );
        cx.group(&self.group_id)?.topics.insert(id.clone(), t);
        Ok(CreateTopicResponse::new(id))
    }
}

impl Emulated for ImportTopicRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if let Some(t) = &self.r#type
            && *t != GroupType::Community
        {
            return Err(invalid(
                Self::INFO,
                "Type: topics are imported into communities only",
            ));
        }
        topic_group(cx, &self.group_id, ImportTopicError::CommunityNotEnabled)?;
        let id = new_topic_id(
            cx,
            &self.group_id,
            self.topic_id,
            (
                IMPORT_TOPIC_CUSTOM_ID_INFIX,
                IMPORT_TOPIC_ASSIGNED_ID_PREFIX,
            ),
            ImportTopicError::GroupIdInUse,
        )?;
        let created = self.create_time.unwrap_or(cx.now);
        let t = topic(
            self.topic_name,
            self.from_account,
            self.face_url,
            self.notification,
            self.introduction,
            self.custom_string,
            created,
        );
        cx.group(&self.group_id)?.topics.insert(id.clone(), t);
        Ok(ImportTopicResponse::new(id))
    }
}

impl Emulated for DestroyTopicRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let group = topic_group(cx, &self.group_id, DestroyTopicError::CommunityNotEnabled)?;
        let mut results = Vec::with_capacity(self.topic_id_list.len());
        for id in self.topic_id_list {
            let r = if group.topics.remove(&id).is_some() {
                group
                    .messages
                    .retain(|m| m.topic_id.as_deref() != Some(id.as_str()));
                let mut r = TopicDestroyResult::new(0, id);
                r.error_info = Some("ok".to_owned());
                r
            } else {
                let code = DestroyTopicError::TopicAlreadyDeleted.code();
                let mut r = TopicDestroyResult::new(code, id);
                r.error_info = Some("the topic does not exist".to_owned());
                r
            };
            results.push(r);
        }
        let mut response = DestroyTopicResponse::new();
        response.destroy_result_item = Some(results);
        Ok(response)
    }
}

impl Emulated for GetTopicRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        let group_id = self.group_id.clone();
        let group = topic_group(cx, &self.group_id, GetTopicError::CommunityNotEnabled)?;
        let ids: Vec<String> = match self.topic_id_list {
            Some(ids) => ids,
            None => group.topics.keys().cloned().collect(),
        };
        let wants = |f: GetTopicResponseFilterItem| {
            self.response_filter
                .as_ref()
                .is_none_or(|filter| filter.contains(&f))
        };
        let member = group.members.get(&self.from_account);
        let mut items = Vec::with_capacity(ids.len());
        for id in ids {
            let Some(t) = group.topics.get(&id) else {
                let mut item = TopicAndSelfInfo::new(GetTopicError::TopicAlreadyDeleted.code());
                item.error_info = Some(format!("topic {id:?} does not exist"));
                items.push(item);
                continue;
            };
            let in_topic = group
                .messages
                .iter()
                .filter(|m| m.topic_id.as_deref() == Some(id.as_str()));
            let (last_seq, last_time) =
                in_topic.fold((0, 0), |(s, t), m| (s.max(m.seq), t.max(m.time)));
            let mut info = TopicInfo::new();
            info.topic_id = Some(id.clone());
            info.group_id = Some(group_id.clone());
            use GetTopicResponseFilterItem as F;
            if wants(F::TopicName) {
                info.topic_name = Some(t.name.clone());
            }
            if wants(F::FaceUrl) {
                info.face_url = t.face_url.clone();
            }
            if wants(F::Notification) {
                info.notification = t.notification.clone();
            }
            if wants(F::Introduction) {
                info.introduction = t.introduction.clone();
            }
            if wants(F::CustomString) {
                info.custom_string = t.custom_string.clone();
            }
            if wants(F::MuteAllMember) {
                info.mute_all_member = Some(if t.mute_all { OnOff::On } else { OnOff::Off });
            }
            if wants(F::CreateTime) {
                info.create_time = Some(t.create_time);
            }
            if wants(F::LastMsgTime) {
                info.last_msg_time = Some(last_time);
            }
            if wants(F::NextMsgSeq) {
                info.next_msg_seq = Some(last_seq + 1);
            }
            let mut me = TopicSelfInfo::new();
            if let Some(m) = member {
                me.shut_up_time =
                    Some(u32::try_from(m.shut_up_until.saturating_sub(now)).unwrap_or(u32::MAX));
                me.msg_seq = Some(m.msg_seq);
                me.msg_flag = m.msg_flag.clone();
            }
            let mut item = TopicAndSelfInfo::new(0);
            item.error_info = Some("ok".to_owned());
            item.self_info = Some(me);
            item.topic_info = Some(info);
            items.push(item);
        }
        let mut response = GetTopicResponse::new();
        response.topic_and_self_info = Some(items);
        Ok(response)
    }
}

impl Emulated for ModifyTopicRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let group = topic_group(cx, &self.group_id, ModifyTopicError::CommunityNotEnabled)?;
        let Some(t) = group.topics.get_mut(&self.topic_id) else {
            return Err(Fail::new(
                ModifyTopicError::GroupNotFound,
                format!("topic {:?} does not exist", self.topic_id),
            ));
        };
        if let Some(v) = self.topic_name {
            t.name = v;
        }
        if let Some(v) = self.face_url {
            t.face_url = Some(v);
        }
        if let Some(v) = self.notification {
            t.notification = Some(v);
        }
        if let Some(v) = self.introduction {
            t.introduction = Some(v);
        }
        if let Some(v) = self.custom_string {
            t.custom_string = Some(v);
        }
        if let Some(v) = self.mute_all_member {
            t.mute_all = v == OnOff::On;
        }
        Ok(ModifyTopicResponse::new())
    }
}
