//! Custom group attributes and group counters: set, modify and clear attributes,
//! read them back; set, increase, decrease and delete counters, read them back.
//!
//! The documented limits of one request (16 attributes, 32-byte keys, 4,000-byte
//! values, 20 counters) are checked by the generic tier from the specs; the limits of
//! the group's whole state (16 keys and 16,000 bytes of values after a merge, 20
//! counter keys after an update) are checked here.

use tencent_chat::group_open_attr_http_svc::{GetGroupAttrRequest, GetGroupAttrResponse};
use tencent_chat::group_open_http_svc::{
    ClearGroupAttrRequest, ClearGroupAttrResponse, DeleteGroupCounterRequest,
    DeleteGroupCounterResponse, GetGroupCounterRequest, GetGroupCounterResponse,
    MODIFY_GROUP_ATTR_MAX_KEYS, MODIFY_GROUP_ATTR_MAX_TOTAL_VALUE_BYTES, ModifyGroupAttrError,
    ModifyGroupAttrRequest, ModifyGroupAttrResponse, SET_GROUP_ATTR_MAX_KEYS,
    SET_GROUP_ATTR_MAX_TOTAL_VALUE_BYTES, SetGroupAttrError, SetGroupAttrRequest,
    SetGroupAttrResponse, UPDATE_GROUP_COUNTER_MAX_KEYS, UpdateGroupCounterError,
    UpdateGroupCounterMode, UpdateGroupCounterRequest, UpdateGroupCounterResponse,
};
use tencent_chat::types::{GroupAttrItem, GroupCounterItem};
use tencent_chat::{Endpoint, EndpointError};

use super::{Cx, Emulated, Fail};

/// Checks a group's attributes after a write: at most the documented number of keys,
/// and of bytes of values in all.
fn check_attrs<E: EndpointError>(
    attrs: &std::collections::BTreeMap<String, String>,
    (max, max_bytes): (i64, i64),
    too_many: E,
    too_large: E,
) -> Result<(), Fail> {
    let max = usize::try_from(max).unwrap_or(usize::MAX);
    let max_bytes = usize::try_from(max_bytes).unwrap_or(usize::MAX);
    if attrs.len() > max {
        return Err(Fail::new(
            too_many,
            format!(
                "the group would hold {} attribute keys; at most {max}",
                attrs.len()
            ),
        ));
    }
    let total: usize = attrs.values().map(String::len).sum();
    if total > max_bytes {
        return Err(Fail::new(
            too_large,
            format!("the group's attribute values would take {total} bytes; at most {max_bytes}"),
        ));
    }
    Ok(())
}

impl Emulated for SetGroupAttrRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let attrs = self
            .group_attr
            .into_iter()
            .map(|a| (a.key, a.value))
            .collect();
        check_attrs(
            &attrs,
            (
                SET_GROUP_ATTR_MAX_KEYS,
                SET_GROUP_ATTR_MAX_TOTAL_VALUE_BYTES,
            ),
            SetGroupAttrError::GroupAttrTooManyKeys,
            SetGroupAttrError::GroupAttrTotalTooLarge,
        )?;
        if cx.acts {
            cx.group(&self.group_id)?.attrs = attrs;
        }
        Ok(SetGroupAttrResponse::new())
    }
}

impl Emulated for ModifyGroupAttrRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let acts = cx.acts;
        let group = cx.group(&self.group_id)?;
        let mut attrs = group.attrs.clone();
        for a in self.group_attr {
            attrs.insert(a.key, a.value);
        }
        check_attrs(
            &attrs,
            (
                MODIFY_GROUP_ATTR_MAX_KEYS,
                MODIFY_GROUP_ATTR_MAX_TOTAL_VALUE_BYTES,
            ),
            ModifyGroupAttrError::GroupAttrTooManyKeys,
            ModifyGroupAttrError::GroupAttrTotalTooLarge,
        )?;
        if acts {
            group.attrs = attrs;
        }
        Ok(ModifyGroupAttrResponse::new())
    }
}

impl Emulated for ClearGroupAttrRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if cx.acts {
            cx.group(&self.group_id)?.attrs.clear();
        }
        Ok(ClearGroupAttrResponse::new())
    }
}

impl Emulated for GetGroupAttrRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let group = cx.group(&self.group_id)?;
        let mut response = GetGroupAttrResponse::new();
        response.group_attr_ary = Some(
            group
                .attrs
                .iter()
                .map(|(k, v)| GroupAttrItem::key(k.clone()).value(v.clone()))
                .collect(),
        );
        Ok(response)
    }
}

impl Emulated for GetGroupCounterRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let group = cx.group(&self.group_id)?;
        let items = match self.group_counter_keys {
            // Keys the group does not have are left out.
            Some(keys) => keys
                .into_iter()
                .filter_map(|k| group.counters.get(&k).map(|v| GroupCounterItem::new(k, *v)))
                .collect(),
            None => group
                .counters
                .iter()
                .map(|(k, v)| GroupCounterItem::new(k.clone(), *v))
                .collect(),
        };
        let mut response = GetGroupCounterResponse::new();
        response.group_counter = Some(items);
        Ok(response)
    }
}

impl Emulated for UpdateGroupCounterRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let acts = cx.acts;
        let group = cx.group(&self.group_id)?;
        let mut counters = group.counters.clone();
        let mode = self.mode.unwrap_or(UpdateGroupCounterMode::Set);
        let mut out = Vec::with_capacity(self.group_counter.len());
        for item in self.group_counter {
            let old = counters.get(&item.key).copied().unwrap_or(0);
            let new = match mode {
                UpdateGroupCounterMode::Increase => old.checked_add(item.value),
                UpdateGroupCounterMode::Decrease => old.checked_sub(item.value),
                _ => Some(item.value),
            }
            .ok_or_else(|| {
                super::invalid(
                    Self::INFO,
                    format!("counter {:?} would leave the 64-bit range", item.key),
                )
            })?;
            counters.insert(item.key.clone(), new);
            out.push(GroupCounterItem::new(item.key, new));
        }
        let max = usize::try_from(UPDATE_GROUP_COUNTER_MAX_KEYS).unwrap_or(usize::MAX);
        if counters.len() > max {
            return Err(Fail::new(
                UpdateGroupCounterError::GroupCounterTooManyKeys,
                format!(
                    "the group would hold {} counter keys; at most {max}",
                    counters.len()
                ),
            ));
        }
        if acts {
            group.counters = counters;
        }
        Ok(UpdateGroupCounterResponse::new(out))
    }
}

impl Emulated for DeleteGroupCounterRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let acts = cx.acts;
        let group = cx.group(&self.group_id)?;
        if acts {
            match self.group_counter_keys {
                Some(keys) => {
                    for k in keys {
                        group.counters.remove(&k);
                    }
                }
                None => group.counters.clear(),
            }
        }
        Ok(DeleteGroupCounterResponse::new())
    }
}
