//! Group messages: sending, reading the history, recalling by sender.

use tencent_chat::Endpoint;
use tencent_chat::group_open_http_svc::{
    DELETE_GROUP_MSG_BY_SENDER_RECALL_WINDOW, DeleteGroupMsgBySenderRequest,
    DeleteGroupMsgBySenderResponse, GroupHistoryMsg, GroupHistoryMsgIsPlaceMsg,
    GroupHistoryMsgMsgPriority, GroupMsgGetSimpleRequest, GroupMsgGetSimpleResponse,
    GroupMsgGetSimpleResponseIsFinished, SEND_GROUP_MSG_MAX_MESSAGE_BYTES,
    SEND_GROUP_MSG_REPEAT_WINDOW, SendGroupMsgError, SendGroupMsgMsgPriority,
    SendGroupMsgOnlineOnlyFlag, SendGroupMsgRequest, SendGroupMsgResponse,
};
use tencent_chat::types::YesNo;

use super::{Cx, Emulated, Fail, invalid};
use crate::state::{GroupMessage, GroupType, MemberRole, MessageStatus, MsgPriority};

/// How many of a group's latest messages are searched for a repeat: repeats come from
/// retries seconds later, and an unbounded search would make sending slower as a
/// group's history grows. (The emulator's own bound, not an API fact.)
const REPEAT_SEARCH: usize = 1000;

impl Emulated for SendGroupMsgRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let info = Self::INFO;
        let now = cx.now;
        let keep = cx.limits.history_per_group;
        // The spec's preconditions hold: the sender, if named, is imported and a
        // member (except in audio-video groups), and a topic exists.
        let sender = self
            .from_account
            .clone()
            .unwrap_or_else(|| cx.admin.to_owned());
        let acts = cx.acts;
        // An app-wide group mute (openconfigsvr/setnospeaking) covers every group.
        if self.from_account.is_some() && super::operations::group_muted(cx.state, &sender, now) {
            return Err(Fail::new(
                SendGroupMsgError::GroupSenderMuted,
                format!("{sender:?} is muted in every group (setnospeaking)"),
            ));
        }
        let g = cx.group(&self.group_id)?;
        if !acts {
            return Ok(SendGroupMsgResponse::new(now, g.last_msg_seq));
        }
        let av = g.group_type == GroupType::AvChatRoom;
        // Mutes of accounts outside the member list (audio-video groups, former members).
        if self.from_account.is_some()
            && let Some(until) = g.mutes.get(&sender).filter(|until| **until > now)
        {
            return Err(Fail::new(
                SendGroupMsgError::GroupSenderMuted,
                format!("{sender:?} is muted until {until}"),
            ));
        }
        if self.from_account.is_some() && !av {
            match g.members.get(&sender) {
                Some(m) if m.shut_up_until > now => {
                    return Err(Fail::new(
                        SendGroupMsgError::GroupSenderMuted,
                        format!("{sender:?} is muted until {}", m.shut_up_until),
                    ));
                }
                Some(m) if g.mute_all && m.role == MemberRole::Member => {
                    return Err(Fail::new(
                        SendGroupMsgError::GroupSenderMuted,
                        "every ordinary member of the group is muted",
                    ));
                }
                _ => {}
            }
        }
        if self.to_account.is_some()
            && matches!(g.group_type, GroupType::AvChatRoom | GroupType::Community)
        {
            return Err(invalid(
                info,
                format!("To_Account is not available in {} groups", g.group_type),
            ));
        }
        let size = serde_json::to_vec(&self.msg_body).map_or(0, |b| b.len());
        let most = usize::try_from(SEND_GROUP_MSG_MAX_MESSAGE_BYTES).unwrap_or(usize::MAX);
        if size > most {
            return Err(Fail::new(
                SendGroupMsgError::MessageTooLarge,
                format!("the message is {size} bytes; at most {most}"),
            ));
        }
        let window = u64::try_from(SEND_GROUP_MSG_REPEAT_WINDOW).unwrap_or(0);
        // A repeat (same Random, sender and body) within the window is the same message.
        if let Some(first) = g
            .messages
            .iter()
            .rev()
            .take(REPEAT_SEARCH)
            .take_while(|m| now.saturating_sub(m.time) < window)
            .find(|m| m.random == self.random && m.sender == sender && m.body == self.msg_body)
        {
            return Ok(SendGroupMsgResponse::new(first.time, first.seq));
        }
        let online_only = self.online_only_flag == Some(SendGroupMsgOnlineOnlyFlag::OnlineOnly);
        let message = GroupMessage {
            seq: 0,
            sender: sender.clone(),
            time: now,
            random: self.random,
            body: self.msg_body,
            topic_id: self.topic_id,
            priority: self.msg_priority.map(|p| match p {
                SendGroupMsgMsgPriority::High => MsgPriority::High,
                SendGroupMsgMsgPriority::Normal => MsgPriority::Normal,
                SendGroupMsgMsgPriority::Low => MsgPriority::Low,
            }),
            cloud_custom_data: self.cloud_custom_data,
            status: MessageStatus::Normal,
        };
        // A hand-edited state can hold the last sequence number there is.
        let Some(seq) = g.next_seq() else {
            return Err(Fail::new(
                SendGroupMsgError::GroupInternalError,
                "the group's message sequence numbers are used up (LastMsgSeq is u64::MAX)",
            ));
        };
        // Audio-video groups and online-only messages keep no history; the sequence
        // number advances all the same.
        if av || online_only {
            g.last_msg_seq = seq;
            g.last_msg_time = now;
        } else {
            g.push(message);
            g.trim_history(keep);
        }
        if let Some(m) = g.members.get_mut(&sender) {
            m.last_send_msg_time = now;
        }
        // Every member's conversation list shows the group (audio-video groups have none).
        if !av {
            let members: Vec<String> = g.members.keys().cloned().collect();
            for member in &members {
                super::recent_contacts::touch(
                    cx.state,
                    member,
                    crate::state::ConversationKind::Group,
                    &self.group_id,
                    now,
                );
            }
        }
        Ok(SendGroupMsgResponse::new(now, seq))
    }
}

impl Emulated for GroupMsgGetSimpleRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if !cx.acts {
            return Ok(GroupMsgGetSimpleResponse::new(
                GroupMsgGetSimpleResponseIsFinished::Complete,
            ));
        }
        let g = cx.group(&self.group_id)?;
        let with_recalled = self.with_recalled_msg == Some(YesNo::Yes);
        let up_to = self.req_msg_seq.unwrap_or(u64::MAX);
        // Messages are in sequence order: start at the last one not after ReqMsgSeq.
        let end = g.messages.partition_point(|m| m.seq <= up_to);
        let list: Vec<GroupHistoryMsg> = g.messages[..end]
            .iter()
            .rev()
            .filter(|m| m.topic_id == self.topic_id)
            .filter(|m| with_recalled || m.status != MessageStatus::Recalled)
            .take(self.req_msg_number as usize)
            .map(|m| {
                let (place, body) = match m.status {
                    MessageStatus::Recalled => (GroupHistoryMsgIsPlaceMsg::Recalled, Vec::new()),
                    MessageStatus::Deleted => (GroupHistoryMsgIsPlaceMsg::Missing, Vec::new()),
                    _ => (GroupHistoryMsgIsPlaceMsg::Message, m.body.clone()),
                };
                let mut h =
                    GroupHistoryMsg::new(m.sender.clone(), place, body, m.random, m.seq, m.time);
                h.msg_priority = Some(match m.priority {
                    Some(MsgPriority::High) => GroupHistoryMsgMsgPriority::High,
                    Some(MsgPriority::Low) => GroupHistoryMsgMsgPriority::Low,
                    _ => GroupHistoryMsgMsgPriority::Normal,
                });
                h
            })
            .collect();
        let mut response =
            GroupMsgGetSimpleResponse::new(GroupMsgGetSimpleResponseIsFinished::Complete);
        response.group_id = Some(self.group_id);
        response.rsp_msg_list = Some(list);
        Ok(response)
    }
}

impl Emulated for DeleteGroupMsgBySenderRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if !cx.acts {
            return Ok(DeleteGroupMsgBySenderResponse::new());
        }
        let g = cx.group(&self.group_id)?;
        let window =
            usize::try_from(DELETE_GROUP_MSG_BY_SENDER_RECALL_WINDOW).unwrap_or(usize::MAX);
        let start = g.messages.len().saturating_sub(window);
        for m in &mut g.messages[start..] {
            if m.sender == self.sender_account
                && m.topic_id == self.topic_id
                && m.status == MessageStatus::Normal
            {
                m.status = MessageStatus::Recalled;
            }
        }
        Ok(DeleteGroupMsgBySenderResponse::new())
    }
}
