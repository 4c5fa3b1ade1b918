//! Message extensions: key/value pairs attached to a one-to-one message (by MsgKey)
//! or a group message (by GroupId and MsgSeq), with their versions.

use tencent_chat::openim_msg_ext_http_svc::{
    GetKeyValuesError, GetKeyValuesRequest, GetKeyValuesResponse, GroupGetKeyValuesError,
    GroupGetKeyValuesRequest, GroupGetKeyValuesResponse, GroupSetKeyValuesError,
    GroupSetKeyValuesRequest, GroupSetKeyValuesResponse, SetKeyValuesError, SetKeyValuesRequest,
    SetKeyValuesResponse,
};
use tencent_chat::types::{MsgExtension, MsgExtensionOperation, MsgExtensionResult, YesNo};

use tencent_chat::EndpointError;

use super::{Cx, Emulated, Fail};
use crate::state::{MessageStatus, MsgExtensions};

/// The most pairs one read returns (the spec's `page_size` fact, the same for one-to-one
/// and group messages); the rest take another read.
const PAGE: usize = tencent_chat::openim_msg_ext_http_svc::GET_KEY_VALUES_PAGE_SIZE as usize;

/// Applies one set_key_values operation; the per-pair results.
fn operate(
    ext: &mut MsgExtensions,
    op: MsgExtensionOperation,
    list: Vec<MsgExtension>,
    conflict: i64,
) -> Vec<MsgExtensionResult> {
    let next = ext.latest_seq + 1;
    let mut changed = false;
    let mut results = Vec::new();
    if op == MsgExtensionOperation::Clear {
        ext.pairs.clear();
        ext.latest_seq = next;
        ext.clear_seq = next;
        return results;
    }
    for pair in list {
        let current = ext.pairs.get(&pair.key).cloned();
        let current_seq = current.as_ref().map_or(0, |(_, s)| *s);
        // The admin may leave Seq out; a Seq that is sent is checked.
        if let Some(seen) = pair.seq
            && seen != current_seq
        {
            let (value, seq) = current.unwrap_or_default();
            let mut now = MsgExtension::key(pair.key).value(value);
            now.seq = Some(seq);
            results.push(MsgExtensionResult::new(conflict, now));
            continue;
        }
        changed = true;
        let mut now = MsgExtension::key(pair.key.clone()).value(pair.value.clone());
        now.seq = Some(next);
        if op == MsgExtensionOperation::Delete {
            ext.pairs.remove(&pair.key);
        } else {
            ext.pairs.insert(pair.key, (pair.value, next));
        }
        results.push(MsgExtensionResult::new(0, now));
    }
    if changed {
        ext.latest_seq = next;
    }
    results
}

/// The pairs from `start` on, by ascending Seq, at most [`PAGE`]; and whether that
/// is all of them.
fn read(ext: &MsgExtensions, start: u64) -> (Vec<MsgExtension>, YesNo) {
    let mut pairs: Vec<(&String, &(String, u64))> =
        ext.pairs.iter().filter(|(_, (_, s))| *s >= start).collect();
    pairs.sort_by_key(|(k, (_, s))| (*s, (*k).clone()));
    let complete = if pairs.len() > PAGE {
        YesNo::No
    } else {
        YesNo::Yes
    };
    let list = pairs
        .into_iter()
        .take(PAGE)
        .map(|(k, (v, s))| {
            let mut e = MsgExtension::key(k.clone()).value(v.clone());
            e.seq = Some(*s);
            e
        })
        .collect();
    (list, complete)
}

/// The one-to-one message `key` between `to` and (if given) `from`.
fn c2c_message<'s>(
    cx: &'s mut Cx<'_>,
    from: Option<&str>,
    to: &str,
    key: &str,
) -> Option<&'s mut crate::state::C2cMessage> {
    cx.state.c2c_messages.iter_mut().find(|m| {
        m.key == key
            && m.status == MessageStatus::Normal
            && (m.to == to || m.from == to)
            && from.is_none_or(|f| m.from == f || m.to == f)
    })
}

impl Emulated for SetKeyValuesRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let Some(m) = c2c_message(
            cx,
            self.from_account.as_deref(),
            &self.to_account,
            &self.msg_key,
        ) else {
            return Err(Fail::new(
                SetKeyValuesError::MsgExtensionMsgNotFound,
                format!("no one-to-one message {:?}", self.msg_key),
            ));
        };
        if !m.support_extension {
            return Err(Fail::new(
                SetKeyValuesError::MsgExtensionNotSupported,
                "the message was sent without SupportMessageExtension",
            ));
        }
        let conflict = SetKeyValuesError::MsgExtensionSeqConflict.code();
        let results = operate(
            &mut m.extensions,
            self.operate_type,
            self.extension_list.unwrap_or_default(),
            conflict,
        );
        let mut response = SetKeyValuesResponse::new();
        if !results.is_empty() {
            response.extension_list = Some(results);
        }
        Ok(response)
    }
}

impl Emulated for GetKeyValuesRequest {
    const READ_ONLY: bool = true;
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let Some(m) = c2c_message(
            cx,
            self.from_account.as_deref(),
            &self.to_account,
            &self.msg_key,
        ) else {
            return Err(Fail::new(
                GetKeyValuesError::MsgExtensionMsgNotFound,
                format!("no one-to-one message {:?}", self.msg_key),
            ));
        };
        let (list, complete) = read(&m.extensions, self.start_seq.unwrap_or(0));
        let mut response = GetKeyValuesResponse::complete_flag(complete)
            .latest_seq(m.extensions.latest_seq)
            .clear_seq(m.extensions.clear_seq);
        response.extension_list = Some(list);
        Ok(response)
    }
}

/// Whether the group has a visible message with sequence number `seq`.
fn group_message_exists(cx: &mut Cx<'_>, group: &str, seq: u64) -> Result<bool, Fail> {
    let g = cx.group(group)?;
    Ok(g.messages
        .iter()
        .any(|m| m.seq == seq && m.status == MessageStatus::Normal))
}

impl Emulated for GroupSetKeyValuesRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if !group_message_exists(cx, &self.group_id, self.msg_seq)? {
            return Err(Fail::new(
                GroupSetKeyValuesError::MsgExtensionMsgNotFound,
                format!("group {:?} has no message {}", self.group_id, self.msg_seq),
            ));
        }
        let conflict = GroupSetKeyValuesError::MsgExtensionSeqConflict.code();
        let ext = cx
            .state
            .group_msg_extensions
            .entry(self.group_id)
            .or_default()
            .entry(self.msg_seq)
            .or_default();
        let results = operate(
            ext,
            self.operate_type,
            self.extension_list.unwrap_or_default(),
            conflict,
        );
        let mut response = GroupSetKeyValuesResponse::new();
        if !results.is_empty() {
            response.extension_list = Some(results);
        }
        Ok(response)
    }
}

impl Emulated for GroupGetKeyValuesRequest {
    const READ_ONLY: bool = true;
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if !group_message_exists(cx, &self.group_id, self.msg_seq)? {
            return Err(Fail::new(
                GroupGetKeyValuesError::MsgExtensionMsgNotFound,
                format!("group {:?} has no message {}", self.group_id, self.msg_seq),
            ));
        }
        let empty = MsgExtensions::default();
        let ext = cx
            .state
            .group_msg_extensions
            .get(&self.group_id)
            .and_then(|g| g.get(&self.msg_seq))
            .unwrap_or(&empty);
        let (list, complete) = read(ext, self.start_seq.unwrap_or(0));
        let mut response = GroupGetKeyValuesResponse::complete_flag(complete)
            .latest_seq(ext.latest_seq)
            .clear_seq(ext.clear_seq);
        response.extension_list = Some(list);
        Ok(response)
    }
}
