//! Operations: app-wide mutes (`openconfigsvr/setnospeaking`, `getnospeaking`), the
//! app's statistics (`openconfigsvr/getappinfo`) and message archives
//! (`open_msg_svc/get_history`). `ConfigSvc/GetIPList` is served by the generic tier.

use serde_json::{Map, Value};
use tencent_chat::open_msg_svc::{
    GetHistoryChatType, GetHistoryError, GetHistoryRequest, GetHistoryResponse, HistoryFile,
};
use tencent_chat::openconfigsvr::{
    GetappinfoError, GetappinfoRequest, GetnospeakingRequest, GetnospeakingResponse,
    SetnospeakingError, SetnospeakingRequest, SetnospeakingResponse,
};
use tencent_chat::types::GlobalMuteSeconds;

use super::{Cx, Emulated, Fail};
use crate::state::State;

/// The mute period that never ends (u32::MAX seconds, as the pages give it).
const FOR_GOOD: GlobalMuteSeconds = GlobalMuteSeconds::MAX;

/// Until when a period set at `now` lasts (`u64::MAX`: for good; 0: not muted).
fn until(now: u64, seconds: GlobalMuteSeconds) -> u64 {
    match seconds {
        0 => 0,
        FOR_GOOD => u64::MAX,
        s => now.saturating_add(u64::from(s)),
    }
}

/// The seconds left at `now` of a mute lasting until `until`.
fn left(now: u64, until: u64) -> GlobalMuteSeconds {
    if until == u64::MAX {
        FOR_GOOD
    } else {
        // Below FOR_GOOD: a finite mute never reads as one for good.
        GlobalMuteSeconds::try_from(until.saturating_sub(now))
            .unwrap_or(FOR_GOOD - 1)
            .min(FOR_GOOD - 1)
    }
}

/// Whether `account` may not send one-to-one messages at `now` (setnospeaking).
#[allow(
    dead_code,
    reason = "for the one-to-one sendmsg handler, which another branch adds"
)]
pub(crate) fn c2c_muted(state: &State, account: &str, now: u64) -> bool {
    state
        .global_mutes
        .get(account)
        .is_some_and(|m| m.c2c_until > now)
}

/// Whether `account` may not send group messages at `now` (setnospeaking).
pub(crate) fn group_muted(state: &State, account: &str, now: u64) -> bool {
    state
        .global_mutes
        .get(account)
        .is_some_and(|m| m.group_until > now)
}

impl Emulated for SetnospeakingRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if self.c2c_msg_nospeaking_time.is_none() && self.group_msg_nospeaking_time.is_none() {
            return Err(Fail::new(
                SetnospeakingError::ConfigNoMuteTimeGiven,
                "give C2CmsgNospeakingTime, GroupmsgNospeakingTime or both",
            ));
        }
        let now = cx.now;
        let mute = cx.state.global_mutes.entry(self.set_account).or_default();
        if let Some(s) = self.c2c_msg_nospeaking_time {
            mute.c2c_until = until(now, s);
        }
        if let Some(s) = self.group_msg_nospeaking_time {
            mute.group_until = until(now, s);
        }
        Ok(SetnospeakingResponse::new())
    }
}

impl Emulated for GetnospeakingRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let mute = cx
            .state
            .global_mutes
            .get(&self.get_account)
            .copied()
            .unwrap_or_default();
        Ok(
            GetnospeakingResponse::c2c_msg_nospeaking_time(left(cx.now, mute.c2c_until))
                .group_msg_nospeaking_time(left(cx.now, mute.group_until)),
        )
    }
}

/// The civil date (year, month, day) of a Unix time, in UTC.
fn civil(unix: u64) -> (i64, u32, u32) {
    // Howard Hinnant's days-to-civil algorithm.
    let z = i64::try_from(unix / 86_400).unwrap_or(0) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let month = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl Emulated for GetappinfoRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let (y, m, d) = civil(cx.now);
        // Relationship chain pairs: each friend entry counts once per side.
        let pairs: usize = cx.state.friends.values().map(|f| f.friends.len()).sum();
        let figures: [(&str, String); 6] = [
            ("AppId", cx.app_id.to_string()),
            ("AppName", "emulator".to_owned()),
            ("RegistUserNumTotal", cx.state.accounts.len().to_string()),
            ("GroupAllGroupNum", cx.state.groups.len().to_string()),
            ("ChainIncrease", pairs.to_string()),
            ("Date", format!("{y:04}{m:02}{d:02}")),
        ];
        let wanted = |name: &str| {
            name == "Date"
                || self.request_field.as_ref().is_none_or(|fields| {
                    fields.iter().any(|f| {
                        serde_json::to_value(f)
                            .ok()
                            .as_ref()
                            .and_then(Value::as_str)
                            == Some(name)
                    })
                })
        };
        let mut entry = Map::new();
        for (name, value) in figures {
            if wanted(name) {
                entry.insert(name.to_owned(), Value::String(value));
            }
        }
        let body = serde_json::json!({ "Result": [Value::Object(entry)] });
        serde_json::from_value(body).map_err(|e| {
            Fail::new(
                GetappinfoError::StatsDbResultInvalid,
                format!("the emulator's figures do not fit the response: {e}"),
            )
        })
    }
}

/// Whether `msg_time` is ten digits naming an hour (YYYYMMDDHH) and, if so, the Unix
/// time at which that hour ends (UTC).
fn hour_end(msg_time: &str) -> Option<u64> {
    if msg_time.len() != 10 || !msg_time.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| msg_time[r].parse::<i64>().ok();
    let (y, m, d, h) = (n(0..4)?, n(4..6)?, n(6..8)?, n(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || h > 23 {
        return None;
    }
    // Days from civil (Howard Hinnant).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    u64::try_from(days * 86_400 + (h + 1) * 3600).ok()
}

impl Emulated for GetHistoryRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let Some(end) = hour_end(&self.msg_time) else {
            return Err(Fail::new(
                GetHistoryError::OpsInvalidParameter,
                format!("MsgTime {:?} is not an hour as YYYYMMDDHH", self.msg_time),
            ));
        };
        if end > cx.now {
            return Err(Fail::new(
                GetHistoryError::OpsFileNotReady,
                format!("the hour {} has not ended yet", self.msg_time),
            ));
        }
        let kind = match self.chat_type {
            GetHistoryChatType::C2C => "C2C",
            GetHistoryChatType::Group => "Group",
        };
        let (y, m, d) = civil(cx.now.saturating_add(86_400));
        let file = HistoryFile::url(format!(
            "https://download.invalid/msg_history/{}_{kind}_{}.gz",
            cx.app_id, self.msg_time
        ))
        .expire_time(format!("{y:04}-{m:02}-{d:02} 00:00:00"))
        .file_size(0)
        .file_md5("d41d8cd98f00b204e9800998ecf8427e")
        .gzip_size(20)
        .gzip_md5("7029066c27ac6f5ef18d660d5741979a");
        Ok(GetHistoryResponse::new(vec![file]))
    }
}
