//! One-to-one messages: sending (to one or many), importing, the history seen by one
//! party, recalling, read marks and unread counts.

use tencent_chat::openim::{
    AdminGetroammsgRequest, AdminGetroammsgResponse, AdminGetroammsgResponseComplete,
    AdminMsgwithdrawError, AdminMsgwithdrawRequest, AdminMsgwithdrawResponse,
    AdminSetMsgReadRequest, AdminSetMsgReadResponse, BATCHSENDMSG_MAX_MESSAGE_BYTES,
    BatchsendmsgError, BatchsendmsgRequest, BatchsendmsgResponse, C2cMessage as WireMessage,
    C2cMessageMsgFlagBits, C2cUnreadCount, GetC2cUnreadMsgNumRequest, GetC2cUnreadMsgNumResponse,
    IMPORTMSG_MAX_MESSAGE_BYTES, ImportmsgError, ImportmsgRequest, ImportmsgResponse,
    ImportmsgSyncFromOldSystem, SENDMSG_MAX_MESSAGE_BYTES, SendmsgError, SendmsgRequest,
    SendmsgResponse,
};
use tencent_chat::types::{AccountError, MsgElement, SendMsgControl, SyncOtherMachine, YesNo};
use tencent_chat::{EndpointError, PublicError};

use super::operations::c2c_muted;
use super::recent_contacts::touch;
use super::{Cx, Emulated, Fail, account_exists};
use crate::state::{C2cMessage, ConversationKind, MessageStatus, MsgExtensions, State};

/// What a send or import stores.
struct Stored<'a> {
    from: String,
    to: String,
    seq: Option<u32>,
    random: u32,
    time: u64,
    body: &'a [MsgElement],
    cloud_custom_data: Option<String>,
    unread: bool,
    in_sender_history: bool,
    support_extension: bool,
}

/// Refuses a body larger than `most` bytes (of JSON) with `code`.
fn check_size(body: &[MsgElement], most: i64, code: impl EndpointError) -> Result<(), Fail> {
    let size = serde_json::to_vec(body).map_or(0, |b| b.len());
    if i64::try_from(size).unwrap_or(i64::MAX) > most {
        return Err(Fail::new(
            code,
            format!("the message is {size} bytes; at most {most}"),
        ));
    }
    Ok(())
}

/// Stores a message and returns its MsgKey. A message with the same parties, MsgSeq,
/// MsgRandom and time as one stored is a repeat: nothing is stored twice.
fn store(state: &mut State, m: Stored<'_>) -> String {
    let seq = m.seq.unwrap_or_else(|| fastrand::u32(..));
    let key = format!("{seq}_{}_{}", m.random, m.time);
    if let Some(existing) = state
        .c2c_messages
        .iter()
        .find(|x| x.key == key && x.from == m.from && x.to == m.to)
    {
        return existing.key.clone();
    }
    let mut message = C2cMessage::text(m.from, m.to, "");
    message.key = key.clone();
    message.seq = seq;
    message.random = m.random;
    message.time = m.time;
    message.body = m.body.to_vec();
    message.cloud_custom_data = m.cloud_custom_data;
    message.unread = m.unread;
    message.in_sender_history = m.in_sender_history;
    message.support_extension = m.support_extension;
    message.extensions = MsgExtensions::default();
    state.c2c_messages.push(message);
    key
}

fn counts_unread(control: Option<&Vec<SendMsgControl>>) -> bool {
    !control.is_some_and(|c| c.contains(&SendMsgControl::NoUnread))
}

impl Emulated for SendmsgRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        check_size(
            &self.msg_body,
            SENDMSG_MAX_MESSAGE_BYTES,
            SendmsgError::MsgJsonTooLarge,
        )?;
        let from = self.from_account.unwrap_or_else(|| cx.admin.to_owned());
        if c2c_muted(cx.state, &from, cx.now) {
            return Err(Fail::new(
                SendmsgError::MsgSenderMuted,
                format!("{from} is muted app-wide for one-to-one messages"),
            ));
        }
        touch(
            cx.state,
            &from,
            ConversationKind::C2c,
            &self.to_account,
            cx.now,
        );
        touch(
            cx.state,
            &self.to_account,
            ConversationKind::C2c,
            &from,
            cx.now,
        );
        let key = store(
            cx.state,
            Stored {
                from,
                to: self.to_account,
                seq: self.msg_seq,
                random: self.msg_random,
                time: cx.now,
                body: &self.msg_body,
                cloud_custom_data: self.cloud_custom_data,
                unread: counts_unread(self.send_msg_control.as_ref()),
                in_sender_history: self.sync_other_machine != Some(SyncOtherMachine::NoSync),
                support_extension: self.support_message_extension == Some(YesNo::Yes),
            },
        );
        Ok(SendmsgResponse::new(cx.now, key))
    }
}

impl Emulated for BatchsendmsgRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        check_size(
            &self.msg_body,
            BATCHSENDMSG_MAX_MESSAGE_BYTES,
            BatchsendmsgError::MsgJsonTooLarge,
        )?;
        let from = self.from_account.unwrap_or_else(|| cx.admin.to_owned());
        let seq = self.msg_seq.unwrap_or_else(|| fastrand::u32(..));
        let mut failed = Vec::new();
        let mut key = None;
        for to in self.to_account {
            if !account_exists(cx.state, &to) {
                failed.push(AccountError::new(to, PublicError::AccountNotFound.code()));
                continue;
            }
            touch(cx.state, &from, ConversationKind::C2c, &to, cx.now);
            touch(cx.state, &to, ConversationKind::C2c, &from, cx.now);
            key = Some(store(
                cx.state,
                Stored {
                    from: from.clone(),
                    to,
                    seq: Some(seq),
                    random: self.msg_random,
                    time: cx.now,
                    body: &self.msg_body,
                    cloud_custom_data: self.cloud_custom_data.clone(),
                    unread: counts_unread(self.send_msg_control.as_ref()),
                    in_sender_history: self.sync_other_machine != Some(SyncOtherMachine::NoSync),
                    support_extension: false,
                },
            ));
        }
        let Some(key) = key else {
            return Err(Fail::new(
                BatchsendmsgError::MsgToAccountNotRegistered,
                "no recipient is an imported account",
            ));
        };
        let mut response = BatchsendmsgResponse::new(key);
        if !failed.is_empty() {
            response.error_list = Some(failed);
        }
        Ok(response)
    }
}

impl Emulated for ImportmsgRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        check_size(
            &self.msg_body,
            IMPORTMSG_MAX_MESSAGE_BYTES,
            ImportmsgError::MsgJsonTooLarge,
        )?;
        // Imported as history: read, and no notification. Imported in real time:
        // unread (the emulator records no notification in either case).
        let unread = self.sync_from_old_system == ImportmsgSyncFromOldSystem::RealTime;
        store(
            cx.state,
            Stored {
                from: self.from_account,
                to: self.to_account,
                seq: self.msg_seq,
                random: self.msg_random,
                time: self.msg_time_stamp,
                body: &self.msg_body,
                cloud_custom_data: self.cloud_custom_data,
                unread,
                in_sender_history: true,
                support_extension: false,
            },
        );
        Ok(ImportmsgResponse::new())
    }
}

impl Emulated for AdminGetroammsgRequest {
    const READ_ONLY: bool = true;
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let (me, peer) = (self.operator_account.as_str(), self.peer_account.as_str());
        let mut seen: Vec<&C2cMessage> = cx
            .state
            .c2c_messages
            .iter()
            .filter(|m| m.between(me, peer))
            .filter(|m| m.to == me || m.in_sender_history)
            .filter(|m| m.time >= self.min_time && m.time <= self.max_time)
            .collect();
        // Oldest first: by time, then MsgSeq within a second (the documented order).
        seen.sort_by_key(|m| (m.time, m.seq));
        if let Some(last) = &self.last_msg_key
            && let Some(at) = seen.iter().position(|m| &m.key == last)
        {
            seen.truncate(at);
        }
        let most = usize::try_from(self.max_cnt.max(1)).unwrap_or(usize::MAX);
        let start = seen.len().saturating_sub(most);
        let page = &seen[start..];
        let complete = if start == 0 {
            AdminGetroammsgResponseComplete::Complete
        } else {
            AdminGetroammsgResponseComplete::Incomplete
        };
        let count = u32::try_from(page.len()).unwrap_or(u32::MAX);
        let mut response = AdminGetroammsgResponse::new(complete, count);
        if let Some(oldest) = page.first() {
            response.last_msg_time = Some(oldest.time);
            response.last_msg_key = Some(oldest.key.clone());
        }
        response.msg_list = Some(page.iter().map(|m| wire_message(m)).collect());
        Ok(response)
    }
}

fn wire_message(m: &C2cMessage) -> WireMessage {
    let recalled = m.status != MessageStatus::Normal;
    let mut w = WireMessage::from_account(m.from.clone())
        .to_account(m.to.clone())
        .msg_seq(m.seq)
        .msg_random(m.random)
        .msg_time_stamp(m.time)
        .msg_key(m.key.clone());
    w.msg_flag_bits = Some(if recalled {
        C2cMessageMsgFlagBits::Recalled
    } else {
        C2cMessageMsgFlagBits::Normal
    });
    w.is_peer_read = Some(YesNo::No);
    w.msg_body = Some(if recalled { Vec::new() } else { m.body.clone() });
    w.cloud_custom_data = m.cloud_custom_data.clone();
    w
}

impl Emulated for AdminMsgwithdrawRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let Some(m) = cx.state.c2c_messages.iter_mut().find(|m| {
            m.key == self.msg_key && m.from == self.from_account && m.to == self.to_account
        }) else {
            return Err(Fail::new(
                AdminMsgwithdrawError::MsgRecallMessageNotFound,
                format!(
                    "no message {:?} from {:?} to {:?}",
                    self.msg_key, self.from_account, self.to_account
                ),
            ));
        };
        if m.status == MessageStatus::Recalled {
            return Err(Fail::new(
                AdminMsgwithdrawError::MsgAlreadyRecalled,
                format!("message {:?} was already recalled", self.msg_key),
            ));
        }
        m.status = MessageStatus::Recalled;
        m.unread = false;
        Ok(AdminMsgwithdrawResponse::new())
    }
}

impl Emulated for AdminSetMsgReadRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let until = self.msg_read_time.map_or(cx.now, |t| t.0);
        for m in &mut cx.state.c2c_messages {
            if m.to == self.report_account && m.from == self.peer_account && m.time <= until {
                m.unread = false;
            }
        }
        Ok(AdminSetMsgReadResponse::new())
    }
}

impl Emulated for GetC2cUnreadMsgNumRequest {
    const READ_ONLY: bool = true;
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let mut counts: std::collections::BTreeMap<&str, u32> = std::collections::BTreeMap::new();
        for m in &cx.state.c2c_messages {
            if m.to == self.to_account && m.is_unread() {
                *counts.entry(m.from.as_str()).or_default() += 1;
            }
        }
        let list: Vec<C2cUnreadCount> = match &self.peer_account {
            Some(peers) => peers
                .iter()
                .map(|p| {
                    C2cUnreadCount::new(p.clone(), counts.get(p.as_str()).copied().unwrap_or(0))
                })
                .collect(),
            None => counts
                .iter()
                .map(|(p, n)| C2cUnreadCount::new(*p, *n))
                .collect(),
        };
        // The published page answers the total without Peer_Account, the list with it.
        let mut response = GetC2cUnreadMsgNumResponse::new();
        if self.peer_account.is_some() {
            response.c2c_unread_msg_num_list = Some(list);
        } else {
            response.all_c2c_unread_msg_num = Some(list.iter().map(|c| c.c2c_unread_msg_num).sum());
        }
        Ok(response)
    }
}
