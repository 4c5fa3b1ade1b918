//! Group messages beyond sending and reading: recall by sequence number, import,
//! modification, read receipts, unread counts, system notifications and broadcasts
//! to audio-video groups.
//!
//! Read receipts follow the members' read positions (`Member::msg_seq`): a member
//! has read a message when its position is at or after the message. The sender
//! counts neither as a reader nor as a non-reader. `set_unread_msg_num` moves a
//! position, so it changes both the member's unread count and the receipts.

use tencent_chat::group_open_http_svc::{
    GROUP_MSG_RECALL_RECALL_WINDOW, GetGroupMsgReceiptDetailError, GetGroupMsgReceiptDetailFilter,
    GetGroupMsgReceiptDetailRequest, GetGroupMsgReceiptDetailResponse, GetGroupMsgReceiptError,
    GetGroupMsgReceiptRequest, GetGroupMsgReceiptResponse, GroupMsgNonReader, GroupMsgReader,
    GroupMsgRecallError, GroupMsgRecallRequest, GroupMsgRecallResponse, GroupMsgRecallResult,
    GroupMsgReceipt, IMPORT_GROUP_MSG_MAX_MESSAGE_BYTES, ImportGroupMsgError,
    ImportGroupMsgRequest, ImportGroupMsgResponse, ImportGroupMsgResult,
    SEND_BROADCAST_MSG_MAX_MESSAGE_BYTES, SEND_BROADCAST_MSG_REPEAT_WINDOW, SendBroadcastMsgError,
    SendBroadcastMsgRequest, SendBroadcastMsgResponse, SendGroupMsgError,
    SendGroupSystemNotificationRequest, SendGroupSystemNotificationResponse, SetUnreadMsgNumError,
    SetUnreadMsgNumRequest, SetUnreadMsgNumResponse,
};
use tencent_chat::openim::{ModifyGroupMsgRequest, ModifyGroupMsgResponse};
use tencent_chat::types::{MsgElement, YesNo};
use tencent_chat::{Endpoint, EndpointError};

use super::recent_contacts;
use super::{Cx, Emulated, Fail, invalid};
use crate::state::{
    Broadcast, ConversationKind, Group, GroupMessage, GroupType, MessageStatus, NotificationKind,
    SystemNotification,
};

/// Bytes of a message body as JSON, the measure the size limits are checked on.
fn body_bytes(body: &[MsgElement]) -> usize {
    serde_json::to_vec(body).map_or(0, |b| b.len())
}

/// A size fact as `usize`.
fn bytes_fact(value: i64) -> usize {
    usize::try_from(value).unwrap_or(usize::MAX)
}

/// The stored message `seq` of the topic `topic`, if it is still there.
fn message_mut<'g>(
    g: &'g mut Group,
    seq: u64,
    topic: Option<&String>,
) -> Option<&'g mut GroupMessage> {
    let at = g.messages.binary_search_by_key(&seq, |m| m.seq).ok()?;
    let m = &mut g.messages[at];
    (m.topic_id.as_ref() == topic).then_some(m)
}

/// The members other than the sender of message `seq`, split into those who read it
/// and those who did not; `None` when the message is not stored (or not visible).
fn receipt(g: &Group, seq: u64) -> Option<(Vec<String>, Vec<String>)> {
    let at = g.messages.binary_search_by_key(&seq, |m| m.seq).ok()?;
    let m = &g.messages[at];
    if m.status != MessageStatus::Normal {
        return None;
    }
    let (read, unread): (Vec<_>, Vec<_>) = g
        .members
        .iter()
        .filter(|(account, _)| **account != m.sender)
        .partition(|(_, member)| member.msg_seq >= seq);
    let names = |v: Vec<(&String, _)>| v.into_iter().map(|(a, _)| a.clone()).collect();
    Some((names(read), names(unread)))
}

impl Emulated for GroupMsgRecallRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        if !cx.acts {
            return Ok(GroupMsgRecallResponse::new());
        }
        let window = u64::try_from(GROUP_MSG_RECALL_RECALL_WINDOW).unwrap_or(u64::MAX);
        let g = cx.group(&self.group_id)?;
        let mut results = Vec::with_capacity(self.msg_seq_list.len());
        for item in self.msg_seq_list {
            let seq = item.msg_seq;
            let code = match message_mut(g, seq, self.topic_id.as_ref()) {
                Some(m) => match m.status {
                    MessageStatus::Normal if now.saturating_sub(m.time) > window => {
                        GroupMsgRecallError::GroupRecallTimeLimitExceeded.code()
                    }
                    MessageStatus::Normal => {
                        m.status = MessageStatus::Recalled;
                        0
                    }
                    MessageStatus::Recalled => {
                        GroupMsgRecallError::GroupMessageNotRecallable.code()
                    }
                    _ => GroupMsgRecallError::GroupRecallMessageNotFound.code(),
                },
                None => GroupMsgRecallError::GroupRecallMessageNotFound.code(),
            };
            results.push(GroupMsgRecallResult::new(seq, code));
        }
        let mut response = GroupMsgRecallResponse::new();
        response.recall_ret_list = Some(results);
        Ok(response)
    }
}

impl Emulated for ImportGroupMsgRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        let keep = cx.limits.history_per_group;
        let most = bytes_fact(IMPORT_GROUP_MSG_MAX_MESSAGE_BYTES);
        let g = cx.group(&self.group_id)?;
        let update_contacts = self.recent_contact_flag == Some(YesNo::Yes);
        if update_contacts && g.group_type == GroupType::Community {
            return Err(invalid(
                Self::INFO,
                "RecentContactFlag is not available in Community groups",
            ));
        }
        let mut results = Vec::with_capacity(self.msg_list.len());
        let mut last_time = None;
        for item in self.msg_list {
            let time = item.send_time;
            // In order, in the past, after the group's creation and latest message.
            let code = if time >= now || time < g.create_time || time < g.last_msg_time {
                ImportGroupMsgError::GroupInvalidParameter.code()
            } else if body_bytes(&item.msg_body) > most {
                SendGroupMsgError::MessageTooLarge.code()
            } else {
                0
            };
            if code != 0 {
                results.push(ImportGroupMsgResult::new(0, time, code));
                continue;
            }
            let mut message = GroupMessage::new(item.from_account, item.msg_body);
            message.time = time;
            if let Some(random) = item.random {
                message.random = random;
            }
            message.topic_id.clone_from(&self.topic_id);
            let Some(seq) = g.try_push(message) else {
                return Err(Fail::new(
                    ImportGroupMsgError::GroupInvalidParameter,
                    "the group's message sequence numbers are used up",
                ));
            };
            last_time = Some(time);
            results.push(ImportGroupMsgResult::new(seq, time, 0));
        }
        g.trim_history(keep);
        // Importing leaves every member with nothing unread, and notifies no one.
        let last = g.last_msg_seq;
        for member in g.members.values_mut() {
            member.msg_seq = last;
        }
        let members: Vec<String> = if update_contacts {
            g.members.keys().cloned().collect()
        } else {
            Vec::new()
        };
        if let Some(time) = last_time {
            for account in &members {
                recent_contacts::touch(
                    cx.state,
                    account,
                    ConversationKind::Group,
                    &self.group_id,
                    time,
                );
            }
        }
        let mut response = ImportGroupMsgResponse::new();
        response.import_msg_result = Some(results);
        Ok(response)
    }
}

impl Emulated for ModifyGroupMsgRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if self.msg_body.is_none() && self.cloud_custom_data.is_none() {
            return Err(invalid(
                Self::INFO,
                "give MsgBody, CloudCustomData or both: nothing to change",
            ));
        }
        if !cx.acts {
            return Ok(ModifyGroupMsgResponse::new());
        }
        let g = cx.group(&self.group_id)?;
        let m = message_mut(g, self.msg_seq, self.topic_id.as_ref())
            .filter(|m| m.status == MessageStatus::Normal)
            .ok_or_else(|| {
                invalid(
                    Self::INFO,
                    format!("the group holds no message {}", self.msg_seq),
                )
            })?;
        if let Some(body) = self.msg_body {
            m.body = body;
        }
        if let Some(data) = self.cloud_custom_data {
            m.cloud_custom_data = Some(data);
        }
        Ok(ModifyGroupMsgResponse::new())
    }
}

impl Emulated for SetUnreadMsgNumRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if !cx.acts {
            return Ok(SetUnreadMsgNumResponse::new());
        }
        let g = cx.group(&self.group_id)?;
        // At most the number of messages the group holds.
        let unread = usize::try_from(self.unread_msg_num)
            .unwrap_or(usize::MAX)
            .min(g.messages.len());
        let position = match unread {
            0 => g.last_msg_seq,
            n => g.messages[g.messages.len() - n].seq.saturating_sub(1),
        };
        let Some(member) = g.members.get_mut(&self.member_account) else {
            return Err(Fail::new(
                SetUnreadMsgNumError::GroupPermissionDenied,
                format!("{:?} is not a member of the group", self.member_account),
            ));
        };
        member.msg_seq = position;
        Ok(SetUnreadMsgNumResponse::new())
    }
}

impl Emulated for GetGroupMsgReceiptRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let g = cx.group(&self.group_id)?;
        let list = self
            .msg_seq_list
            .iter()
            .map(|item| match receipt(g, item.msg_seq) {
                Some((read, unread)) => {
                    let mut r = GroupMsgReceipt::new(0, item.msg_seq);
                    r.read_num = Some(u32::try_from(read.len()).unwrap_or(u32::MAX));
                    r.unread_num = Some(u32::try_from(unread.len()).unwrap_or(u32::MAX));
                    r
                }
                None => GroupMsgReceipt::new(
                    GetGroupMsgReceiptError::GroupReadReceiptNotFound.code(),
                    item.msg_seq,
                ),
            })
            .collect();
        let mut response = GetGroupMsgReceiptResponse::new();
        response.group_msg_receipt_list = Some(list);
        Ok(response)
    }
}

impl Emulated for GetGroupMsgReceiptDetailRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let info = Self::INFO;
        let start: usize = if self.cursor.is_empty() {
            0
        } else {
            self.cursor
                .parse()
                .map_err(|_| invalid(info, format!("unknown Cursor {:?}", self.cursor)))?
        };
        let g = cx.group(&self.group_id)?;
        let Some((read, unread)) = receipt(g, self.msg_seq) else {
            return Err(Fail::new(
                GetGroupMsgReceiptDetailError::GroupReadReceiptNotFound,
                format!("message {} has no read receipt", self.msg_seq),
            ));
        };
        let all = match self.filter {
            GetGroupMsgReceiptDetailFilter::Read => read,
            GetGroupMsgReceiptDetailFilter::Unread => unread,
        };
        let count = usize::try_from(self.count).unwrap_or(usize::MAX);
        let page: Vec<String> = all.iter().skip(start).take(count).cloned().collect();
        let next = start.saturating_add(page.len());
        let finished = next >= all.len();
        let mut response = GetGroupMsgReceiptDetailResponse::new(
            if finished { YesNo::Yes } else { YesNo::No },
            next.to_string(),
        );
        response.msg_seq = Some(self.msg_seq);
        match self.filter {
            GetGroupMsgReceiptDetailFilter::Read => {
                response.read_list = Some(page.into_iter().map(GroupMsgReader::new).collect());
            }
            GetGroupMsgReceiptDetailFilter::Unread => {
                response.unread_list = Some(page.into_iter().map(GroupMsgNonReader::new).collect());
            }
        }
        Ok(response)
    }
}

impl Emulated for SendGroupSystemNotificationRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        let keep = cx.limits.notifications_per_group;
        let acts = cx.acts;
        let g = cx.group(&self.group_id)?;
        let listed = self.to_members_account.filter(|l| !l.is_empty());
        if listed.is_some() && g.group_type == GroupType::AvChatRoom {
            return Err(invalid(
                Self::INFO,
                "audio-video groups take notifications to every member only",
            ));
        }
        if !acts {
            return Ok(SendGroupSystemNotificationResponse::new());
        }
        // Listed accounts that are not members are left out.
        let recipients: Vec<String> = match listed {
            Some(list) => list
                .into_iter()
                .filter(|a| g.members.contains_key(a))
                .collect(),
            None => g.members.keys().cloned().collect(),
        };
        g.notify(
            SystemNotification {
                time: now,
                kind: NotificationKind::Custom,
                accounts: Vec::new(),
                reason: Some(self.content),
                recipients,
            },
            keep,
        );
        Ok(SendGroupSystemNotificationResponse::new())
    }
}

impl Emulated for SendBroadcastMsgRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        let size = body_bytes(&self.msg_body);
        let most = bytes_fact(SEND_BROADCAST_MSG_MAX_MESSAGE_BYTES);
        if size > most {
            return Err(invalid(
                Self::INFO,
                format!("the message is {size} bytes; at most {most}"),
            ));
        }
        let window = u64::try_from(SEND_BROADCAST_MSG_REPEAT_WINDOW).unwrap_or(0);
        let sender = self
            .from_account
            .clone()
            .unwrap_or_else(|| cx.admin.to_owned());
        let recent = &mut cx.state.recent_broadcasts;
        recent.retain(|b| now.saturating_sub(b.time) < window);
        // A repeat (same Random, sender and body) within the window is the same message.
        if let Some(first) = recent
            .iter()
            .find(|b| b.random == self.random && b.sender == sender && b.body == self.msg_body)
        {
            return Ok(SendBroadcastMsgResponse::new(first.seq));
        }
        let Some(seq) = cx.state.broadcast_seq.checked_add(1) else {
            return Err(Fail::new(
                SendBroadcastMsgError::GroupInternalError,
                "the broadcast sequence numbers are used up",
            ));
        };
        cx.state.broadcast_seq = seq;
        cx.state.recent_broadcasts.push(Broadcast {
            seq,
            time: now,
            random: self.random,
            sender,
            body: self.msg_body,
        });
        // Every audio-video group gets the message; they keep no history, so only
        // their sequence numbers and last message times move.
        for g in cx.state.groups.values_mut() {
            if g.group_type == GroupType::AvChatRoom
                && let Some(next) = g.next_seq()
            {
                g.last_msg_seq = next;
                g.last_msg_time = now;
            }
        }
        Ok(SendBroadcastMsgResponse::new(seq))
    }
}
