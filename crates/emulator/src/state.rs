//! The emulator's data: accounts, groups (members, messages, system notifications)
//! and friend lists. The same types are the state file's format and what tests seed
//! and inspect through [`Emulator::with_state`](crate::Emulator::with_state).
//!
//! Group types and member roles are the generated types of `tencent-chat`
//! ([`GroupType`], [`MemberRole`]), message bodies its [`MsgElement`]s, so a spec
//! change that alters them changes the emulator with them. Concepts that the specs
//! describe once per endpoint (a message's priority, the invitation rule) have one
//! type of their own here, so the state file does not depend on an endpoint's
//! generated names.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
pub use tencent_chat::types::LoginState;
pub use tencent_chat::types::SnsValue;
pub use tencent_chat::types::{
    ApplyJoinOption, GroupType, MemberRole, MsgElement, MsgFlag, TextElem,
};

/// Everything the emulated app holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct State {
    /// Imported accounts by UserID.
    #[serde(default)]
    pub accounts: BTreeMap<String, Account>,
    /// Groups by GroupId. Disbanded groups are removed.
    #[serde(default)]
    pub groups: BTreeMap<String, Group>,
    /// Friends and friend lists by the UserID that owns them.
    #[serde(default)]
    pub friends: BTreeMap<String, Friends>,
    /// A counter that makes generated group IDs unique.
    #[serde(default)]
    pub next_group_number: u64,
    /// App-wide mutes by UserID (`openconfigsvr/setnospeaking`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub global_mutes: BTreeMap<String, GlobalMute>,
    /// All-member push: attribute names, user attributes and tags, pushes made.
    #[serde(default, skip_serializing_if = "PushState::is_empty")]
    pub push: PushState,
    /// Conversation lists, marks and conversation groups by the UserID that owns them.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub recent_contacts: BTreeMap<String, RecentContacts>,
    /// The sequence number of the app's last broadcast to audio-video groups (0: none).
    #[serde(default)]
    pub broadcast_seq: u64,
    /// The broadcasts of the last few minutes, to discard repeats.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recent_broadcasts: Vec<Broadcast>,
    /// One-to-one messages of every conversation, in the order they were stored.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub c2c_messages: Vec<C2cMessage>,
    /// Key/value extensions of group messages, by GroupId and message sequence number.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub group_msg_extensions: BTreeMap<String, BTreeMap<u64, MsgExtensions>>,
}

/// An imported account.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Account {
    /// Nickname.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nick: Option<String>,
    /// Profile photo URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// When it was imported (Unix seconds).
    #[serde(default)]
    pub created: u64,
    /// Profile fields other than the nickname and photo, by tag: each the wire form of
    /// a `ProfileItem` (`{"Tag": ..., "Value": ...}`), as `profile/portrait_set` wrote it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub profile: BTreeMap<String, serde_json::Value>,
    /// The login state the emulator reports (`querystate`); `None` is Offline. Tests
    /// set it; `kick` clears it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_state: Option<LoginState>,
}

impl Account {
    /// An account with no profile.
    pub fn new() -> Self {
        Account::default()
    }

    /// Sets the nickname.
    #[must_use]
    pub fn nick(mut self, nick: impl Into<String>) -> Self {
        self.nick = Some(nick.into());
        self
    }
}

/// A group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Group {
    /// The group type.
    pub group_type: GroupType,
    /// The group name.
    #[serde(default)]
    pub name: String,
    /// The owner's UserID, if the group has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Introduction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// Notice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
    /// Profile photo URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// Most members allowed, if limited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_member_count: Option<u32>,
    /// How join requests are handled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_join_option: Option<ApplyJoinOption>,
    /// How invitations by members are handled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invite_join_option: Option<InviteJoinOption>,
    /// Whether every ordinary member is muted.
    #[serde(default)]
    pub mute_all: bool,
    /// Whether a Community has topics.
    #[serde(default)]
    pub support_topic: bool,
    /// Group-level custom fields.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub app_defined_data: BTreeMap<String, String>,
    /// When it was created (Unix seconds).
    #[serde(default)]
    pub create_time: u64,
    /// A counter that grows with every change of the profile.
    #[serde(default)]
    pub info_seq: u64,
    /// When its profile last changed (Unix seconds).
    #[serde(default)]
    pub last_info_time: u64,
    /// When the last message was sent (Unix seconds; 0: never).
    #[serde(default)]
    pub last_msg_time: u64,
    /// Members by UserID.
    #[serde(default)]
    pub members: BTreeMap<String, Member>,
    /// Messages in sequence order (ascending `seq`).
    #[serde(default)]
    pub messages: Vec<GroupMessage>,
    /// The sequence number of the last message (0: none yet).
    #[serde(default)]
    pub last_msg_seq: u64,
    /// System notifications the service would have sent (removals, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notifications: Vec<SystemNotification>,
    /// Mutes of accounts that are not members, by UserID: until when (Unix seconds).
    /// Members keep theirs in [`Member::shut_up_until`]; a mute outlives leaving the
    /// group, and audio-video groups keep no member list.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub mutes: BTreeMap<String, u64>,
    /// Bans of an audio-video group, by UserID.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub bans: BTreeMap<String, Ban>,
    /// Custom group attributes (set/modify/clear_group_attr) by key.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attrs: BTreeMap<String, String>,
    /// Group counters (update_group_counter) by key.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub counters: BTreeMap<String, i64>,
    /// Topics of a Community with topics, by TopicId.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub topics: BTreeMap<String, Topic>,
}

impl Group {
    /// An empty group of `group_type`, without owner or members.
    pub fn new(group_type: GroupType) -> Self {
        let now = crate::unix_now();
        Group {
            group_type,
            name: String::new(),
            owner: None,
            introduction: None,
            notification: None,
            face_url: None,
            max_member_count: None,
            apply_join_option: None,
            invite_join_option: None,
            mute_all: false,
            support_topic: false,
            app_defined_data: BTreeMap::new(),
            create_time: now,
            info_seq: 0,
            last_info_time: now,
            last_msg_time: 0,
            members: BTreeMap::new(),
            messages: Vec::new(),
            last_msg_seq: 0,
            notifications: Vec::new(),
            mutes: BTreeMap::new(),
            bans: BTreeMap::new(),
            attrs: BTreeMap::new(),
            counters: BTreeMap::new(),
            topics: BTreeMap::new(),
        }
    }

    /// Sets the name.
    #[must_use]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }

    /// Makes `account` the owner (and a member with role Owner).
    #[must_use]
    pub fn owner(mut self, account: impl Into<String>) -> Self {
        let account = account.into();
        self.members
            .insert(account.clone(), Member::new(MemberRole::Owner));
        self.owner = Some(account);
        self
    }

    /// Adds ordinary members.
    #[must_use]
    pub fn members<S: Into<String>>(mut self, accounts: impl IntoIterator<Item = S>) -> Self {
        for account in accounts {
            self.members
                .entry(account.into())
                .or_insert_with(|| Member::new(MemberRole::Member));
        }
        self
    }

    /// Adds a member with a role.
    #[must_use]
    pub fn member(mut self, account: impl Into<String>, role: MemberRole) -> Self {
        self.members.insert(account.into(), Member::new(role));
        self
    }

    /// Appends a message from `sender` and returns its sequence number.
    pub fn push_message(&mut self, sender: impl Into<String>, body: Vec<MsgElement>) -> u64 {
        self.push(GroupMessage::new(sender, body))
    }

    /// Appends a text message from `sender` and returns its sequence number.
    pub fn push_text(&mut self, sender: impl Into<String>, text: impl Into<String>) -> u64 {
        self.push_message(sender, vec![MsgElement::Text(TextElem::new(text))])
    }

    /// Appends `message`, giving it the next sequence number, which is returned.
    /// When the sequence numbers are used up (`last_msg_seq` is `u64::MAX`, which
    /// only a hand-edited state reaches) nothing is stored and `u64::MAX` is
    /// returned; [`try_push`](Self::try_push) tells the two apart.
    pub fn push(&mut self, message: GroupMessage) -> u64 {
        self.try_push(message).unwrap_or(u64::MAX)
    }

    /// Appends `message`, giving it the next sequence number, which is returned;
    /// `None` (and nothing stored) when `last_msg_seq` is already `u64::MAX`.
    pub fn try_push(&mut self, mut message: GroupMessage) -> Option<u64> {
        let seq = self.next_seq()?;
        message.seq = seq;
        self.last_msg_seq = seq;
        self.last_msg_time = self.last_msg_time.max(message.time);
        self.messages.push(message);
        Some(seq)
    }

    /// The sequence number the next message gets, if any is left.
    pub fn next_seq(&self) -> Option<u64> {
        self.last_msg_seq.checked_add(1)
    }

    /// Drops the oldest messages beyond the latest `keep`, once they are more than
    /// `keep + keep / 8`: the drop moves every message kept, so it is done in
    /// batches (for a small `keep`, under 8, every time).
    pub fn trim_history(&mut self, keep: usize) {
        if self.messages.len() > keep.saturating_add(keep / 8) {
            let excess = self.messages.len() - keep;
            self.messages.drain(..excess);
        }
    }

    /// Records a notification, dropping the oldest beyond the latest `keep`, and
    /// beyond [`NOTIFICATION_RECIPIENTS_PER_GROUP`](crate::NOTIFICATION_RECIPIENTS_PER_GROUP)
    /// recipients in all (the latest one is kept whatever its size).
    pub(crate) fn notify(&mut self, notification: SystemNotification, keep: usize) {
        self.notifications.push(notification);
        let mut recipients = 0usize;
        // How many of the latest fit both bounds.
        let fit = self
            .notifications
            .iter()
            .rev()
            .take(keep)
            .take_while(|n| {
                recipients = recipients.saturating_add(n.recipients.len());
                recipients <= crate::NOTIFICATION_RECIPIENTS_PER_GROUP
            })
            .count()
            .max(keep.min(1));
        let excess = self.notifications.len() - fit;
        if excess > 0 {
            self.notifications.drain(..excess);
        }
    }

    /// The messages that are not deleted or recalled.
    pub fn live_messages(&self) -> impl Iterator<Item = &GroupMessage> {
        self.messages
            .iter()
            .filter(|m| m.status == MessageStatus::Normal)
    }
}

impl Group {
    /// Until when `account` is muted in the group (as a member or not); `None` when
    /// its mute ended before `now` or it has none.
    pub fn muted_until(&self, account: &str, now: u64) -> Option<u64> {
        let until = self
            .members
            .get(account)
            .map(|m| m.shut_up_until)
            .into_iter()
            .chain(self.mutes.get(account).copied())
            .max()?;
        (until > now).then_some(until)
    }

    /// Whether `account` is banned from the group at `now`.
    pub fn is_banned(&self, account: &str, now: u64) -> bool {
        self.bans.get(account).is_some_and(|b| b.until > now)
    }
}

/// A ban of an account from an audio-video group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Ban {
    /// When the ban ends (Unix seconds).
    pub until: u64,
    /// The reason given, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl Ban {
    /// A ban until `until` (Unix seconds).
    pub fn new(until: u64) -> Self {
        Ban {
            until,
            reason: None,
        }
    }
}

/// A member of a group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Member {
    /// The member's role.
    pub role: MemberRole,
    /// When the member joined (Unix seconds).
    #[serde(default)]
    pub join_time: u64,
    /// The member's name card in the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_card: Option<String>,
    /// Until when the member is muted (Unix seconds; 0: not muted).
    #[serde(default)]
    pub shut_up_until: u64,
    /// How the member receives the group's messages (unset: the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg_flag: Option<MsgFlag>,
    /// Member-level custom fields.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub app_member_defined_data: BTreeMap<String, String>,
    /// The sequence number of the last message the member read.
    #[serde(default)]
    pub msg_seq: u64,
    /// When the member last sent a message (Unix seconds; 0: never).
    #[serde(default)]
    pub last_send_msg_time: u64,
}

impl Member {
    /// A member with `role` who joins now.
    pub fn new(role: MemberRole) -> Self {
        Member {
            role,
            join_time: crate::unix_now(),
            name_card: None,
            shut_up_until: 0,
            msg_flag: None,
            app_member_defined_data: BTreeMap::new(),
            msg_seq: 0,
            last_send_msg_time: 0,
        }
    }
}

/// A group message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupMessage {
    /// Sequence number in the group, from 1.
    pub seq: u64,
    /// The sender's UserID (the admin's for messages sent without From_Account).
    pub sender: String,
    /// When it was sent (Unix seconds).
    pub time: u64,
    /// The Random of the send request.
    #[serde(default)]
    pub random: u32,
    /// The message body.
    pub body: Vec<MsgElement>,
    /// The topic, in a Community with topics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
    /// The priority the sender gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<MsgPriority>,
    /// Custom data stored with the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// Whether it is still visible.
    #[serde(default)]
    pub status: MessageStatus,
}

impl GroupMessage {
    /// A message from `sender` sent now (its `seq` is given by [`Group::push`]).
    pub fn new(sender: impl Into<String>, body: Vec<MsgElement>) -> Self {
        GroupMessage {
            seq: 0,
            sender: sender.into(),
            time: crate::unix_now(),
            random: fastrand::u32(..),
            body,
            topic_id: None,
            priority: None,
            cloud_custom_data: None,
            status: MessageStatus::Normal,
        }
    }
}

/// What happened to a message.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum MessageStatus {
    /// Visible.
    #[default]
    Normal,
    /// Deleted or expired: history shows a placeholder without body.
    Deleted,
    /// Recalled (e.g. by delete_group_msg_by_sender): history shows a placeholder.
    Recalled,
}

/// A system notification the service sends to group members, recorded instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SystemNotification {
    /// When (Unix seconds).
    pub time: u64,
    /// What happened.
    pub kind: NotificationKind,
    /// The accounts concerned (e.g. the removed members).
    pub accounts: Vec<String>,
    /// The reason given, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Who receives it.
    pub recipients: Vec<String>,
}

/// The kind of a [`SystemNotification`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum NotificationKind {
    /// Members were removed by the admin.
    MembersRemoved,
    /// Members were added by the admin.
    MembersAdded,
    /// A custom notification of the admin (send_group_system_notification); its
    /// content is in `reason`.
    Custom,
}

/// An account's friends and friend lists.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Friends {
    /// The account's friends.
    #[serde(default)]
    pub friends: BTreeSet<String>,
    /// Friend lists by name, each with the friends it holds.
    #[serde(default)]
    pub lists: BTreeMap<String, BTreeSet<String>>,
    /// The sequence of the friend lists: advances with every change of them.
    #[serde(default)]
    pub list_sequence: u64,
    /// What the account keeps about each friend (remark, add source, custom
    /// fields, ...), by the friend's UserID. A friend without an entry has none.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub details: BTreeMap<String, FriendDetails>,
    /// The account's blocklist: blocked UserID -> when it was blocked (Unix seconds).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub blocked: BTreeMap<String, u64>,
    /// The sequence of standard friend data: advances with every change of it.
    #[serde(default)]
    pub standard_sequence: u64,
    /// The sequence of custom friend data: advances with every change of it.
    #[serde(default)]
    pub custom_sequence: u64,
    /// The sequence of the blocklist: advances with every change of it.
    #[serde(default)]
    pub block_sequence: u64,
}

/// What an account keeps about one of its friends (the `Tag_SNS_*` fields; the
/// friend lists the friend is in are [`Friends::lists`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendDetails {
    /// The remark (`Tag_SNS_IM_Remark`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// When the remark was set (Unix seconds; 0: never).
    #[serde(default)]
    pub remark_time: u64,
    /// Where the friendship came from (`Tag_SNS_IM_AddSource`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add_source: Option<String>,
    /// The message that went with the request (`Tag_SNS_IM_AddWording`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add_wording: Option<String>,
    /// When the friendship began (Unix seconds).
    #[serde(default)]
    pub add_time: u64,
    /// Custom friend fields (`Tag_SNS_Custom_*`) by tag.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub custom: BTreeMap<String, SnsValue>,
}

/// An account's app-wide mutes (`openconfigsvr/setnospeaking`): until when it may
/// not send one-to-one and group messages (Unix seconds; 0: not muted; `u64::MAX`:
/// for good).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GlobalMute {
    /// End of the one-to-one mute.
    #[serde(default)]
    pub c2c_until: u64,
    /// End of the group mute.
    #[serde(default)]
    pub group_until: u64,
}

impl Friends {
    /// No friends, no lists.
    pub fn new() -> Self {
        Friends::default()
    }

    /// Adds friends.
    #[must_use]
    pub fn with_friends<S: Into<String>>(mut self, friends: impl IntoIterator<Item = S>) -> Self {
        self.friends.extend(friends.into_iter().map(Into::into));
        self
    }

    /// Adds a list holding `members` (which need not be friends here; the emulator
    /// does not check seeded data).
    #[must_use]
    pub fn with_list<S: Into<String>>(
        mut self,
        name: impl Into<String>,
        members: impl IntoIterator<Item = S>,
    ) -> Self {
        self.lists
            .insert(name.into(), members.into_iter().map(Into::into).collect());
        self.list_sequence = self.list_sequence.saturating_add(1);
        self
    }
}

impl State {
    /// An empty app.
    pub fn new() -> Self {
        State::default()
    }

    /// Imports accounts (existing ones are kept as they are).
    pub fn add_accounts<S: Into<String>>(&mut self, ids: impl IntoIterator<Item = S>) {
        let now = crate::unix_now();
        for id in ids {
            self.accounts.entry(id.into()).or_insert_with(|| Account {
                created: now,
                ..Account::default()
            });
        }
    }

    /// Adds (or replaces) a group.
    pub fn add_group(&mut self, id: impl Into<String>, group: Group) {
        self.groups.insert(id.into(), group);
    }

    /// The group `id`, if it exists.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.get(id)
    }

    /// The group `id` for changes, if it exists.
    pub fn group_mut(&mut self, id: &str) -> Option<&mut Group> {
        self.groups.get_mut(id)
    }

    /// The friends of `account`, created empty if needed.
    pub fn friends_mut(&mut self, account: impl Into<String>) -> &mut Friends {
        self.friends.entry(account.into()).or_default()
    }
}

/// How a group handles invitations by its members (same wire names as the
/// `InviteJoinOption` field of `create_group`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum InviteJoinOption {
    /// Invited users join at once.
    FreeAccess,
    /// The owner or an admin approves each invitation.
    NeedPermission,
    /// Members cannot invite.
    DisableInvite,
}

/// The priority of a group message (same wire names as `MsgPriority` of
/// `send_group_msg`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum MsgPriority {
    /// High priority.
    High,
    /// Normal priority.
    Normal,
    /// Low priority.
    Low,
}

/// What all-member push keeps: the app's attribute names, each user's attribute
/// values and tags, and the pushes made (the latest [`PUSH_TASKS_KEPT`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PushState {
    /// Attribute names by attribute number (`"0"` to `"9"`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attr_names: BTreeMap<String, String>,
    /// Each user's attribute values by attribute name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub user_attrs: BTreeMap<String, BTreeMap<String, String>>,
    /// Each user's tags.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub user_tags: BTreeMap<String, BTreeSet<String>>,
    /// The pushes made, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<PushTask>,
    /// A counter that makes task IDs unique.
    #[serde(default)]
    pub next_task_number: u64,
}

/// How many pushes [`PushState::tasks`] keeps (the latest).
pub const PUSH_TASKS_KEPT: usize = 1000;

impl PushState {
    /// Nothing set, nothing pushed.
    pub fn is_empty(&self) -> bool {
        self == &PushState::default()
    }

    /// The user's attribute values (empty when none).
    pub fn attrs(&self, account: &str) -> BTreeMap<String, String> {
        self.user_attrs.get(account).cloned().unwrap_or_default()
    }

    /// The user's tags (empty when none).
    pub fn tags(&self, account: &str) -> BTreeSet<String> {
        self.user_tags.get(account).cloned().unwrap_or_default()
    }
}

/// One push made with `all_member_push/im_push`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PushTask {
    /// The task ID the call answered.
    pub task_id: String,
    /// When it was made (Unix milliseconds).
    pub time_ms: u64,
    /// The sender shown (the admin's UserID without From_Account).
    pub sender: String,
    /// The MsgRandom of the request.
    pub random: u32,
    /// How long the message waits for offline users (seconds; 0: online users only).
    pub life_time: u32,
    /// The message body.
    pub body: Vec<MsgElement>,
    /// The Condition as sent (`None`: every user).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<serde_json::Value>,
    /// The imported accounts the condition selected, sorted.
    pub recipients: Vec<String>,
}

/// A one-to-one message (`openim/sendmsg`, `batchsendmsg`, `importmsg`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct C2cMessage {
    /// The MsgKey: `<MsgSeq>_<MsgRandom>_<time>`, as the service's samples show it.
    pub key: String,
    /// The sender (the admin for messages sent without From_Account).
    pub from: String,
    /// The recipient.
    pub to: String,
    /// The caller's (or a random) MsgSeq.
    pub seq: u32,
    /// The caller's MsgRandom.
    pub random: u32,
    /// When it was sent (Unix seconds).
    pub time: u64,
    /// The message body.
    pub body: Vec<MsgElement>,
    /// Custom data stored with the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// Whether it is still visible or was recalled.
    #[serde(default)]
    pub status: MessageStatus,
    /// Whether the recipient has not read it yet (counted by `get_c2c_unread_msg_num`).
    #[serde(default)]
    pub unread: bool,
    /// Whether the sender's own history holds it (SyncOtherMachine other than 2).
    #[serde(default = "yes")]
    pub in_sender_history: bool,
    /// Whether it takes key/value extensions (SupportMessageExtension 1).
    #[serde(default)]
    pub support_extension: bool,
    /// Its key/value extensions.
    #[serde(default, skip_serializing_if = "MsgExtensions::is_empty")]
    pub extensions: MsgExtensions,
}

fn yes() -> bool {
    true
}

impl C2cMessage {
    /// A text message from `from` to `to` sent now, unread, in both histories.
    pub fn text(from: impl Into<String>, to: impl Into<String>, text: impl Into<String>) -> Self {
        let (seq, random, time) = (fastrand::u32(..), fastrand::u32(..), crate::unix_now());
        C2cMessage {
            key: format!("{seq}_{random}_{time}"),
            from: from.into(),
            to: to.into(),
            seq,
            random,
            time,
            body: vec![MsgElement::Text(TextElem::new(text))],
            cloud_custom_data: None,
            status: MessageStatus::Normal,
            unread: true,
            in_sender_history: true,
            support_extension: false,
            extensions: MsgExtensions::default(),
        }
    }

    /// Whether `a` and `b` are its two parties (in either direction).
    pub fn between(&self, a: &str, b: &str) -> bool {
        (self.from == a && self.to == b) || (self.from == b && self.to == a)
    }

    /// Whether it counts among its recipient's unread messages: unread and not recalled.
    pub fn is_unread(&self) -> bool {
        self.unread && self.status == MessageStatus::Normal
    }
}

/// The key/value extensions of one message, with their versions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MsgExtensions {
    /// The pairs by key: value and the version (Seq) of its last change.
    #[serde(default)]
    pub pairs: BTreeMap<String, (String, u64)>,
    /// The version of the last change of any pair (LatestSeq).
    #[serde(default)]
    pub latest_seq: u64,
    /// The version of the last clearing (ClearSeq).
    #[serde(default)]
    pub clear_seq: u64,
}

impl MsgExtensions {
    /// Whether no pair was ever set.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty() && self.latest_seq == 0
    }
}

#[cfg(test)]
mod own_type_tests {
    use serde_json::to_value;
    use tencent_chat::group_open_http_svc::SendGroupMsgMsgPriority;
    use tencent_chat::types::InviteJoinOption as CreateGroupInviteJoinOption;

    use super::*;

    /// The state's own types keep the wire names of the endpoint types they replace,
    /// so state files written before read the same.
    #[test]
    fn own_types_have_the_wire_names_of_the_endpoint_types() {
        use CreateGroupInviteJoinOption as C;
        use SendGroupMsgMsgPriority as S;
        let pairs = [
            (to_value(MsgPriority::High), to_value(S::High)),
            (to_value(MsgPriority::Normal), to_value(S::Normal)),
            (to_value(MsgPriority::Low), to_value(S::Low)),
            (
                to_value(InviteJoinOption::FreeAccess),
                to_value(C::FreeAccess),
            ),
            (
                to_value(InviteJoinOption::NeedPermission),
                to_value(C::NeedPermission),
            ),
            (
                to_value(InviteJoinOption::DisableInvite),
                to_value(C::DisableInvite),
            ),
        ];
        for (own, endpoint) in pairs {
            assert_eq!(own.unwrap(), endpoint.unwrap());
        }
    }
}

/// The kind of a conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum ConversationKind {
    /// A one-to-one conversation; the peer is the other account.
    C2c,
    /// A group conversation; the peer is the group ID.
    Group,
}

/// One conversation of an account, as its conversation list and marks know it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Conversation {
    /// One-to-one or group.
    pub kind: ConversationKind,
    /// The other account (one-to-one) or the group ID.
    pub peer: String,
    /// Whether it is in the conversation list (a deleted conversation keeps its
    /// marks and conversation groups, which are independent of the list).
    #[serde(default)]
    pub listed: bool,
    /// Time of its last message (Unix seconds).
    #[serde(default)]
    pub msg_time: u64,
    /// Whether it is pinned.
    #[serde(default)]
    pub pinned: bool,
    /// The 64 standard mark bits.
    #[serde(default)]
    pub standard_mark: u64,
    /// The custom mark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_mark: Option<String>,
    /// IDs of the conversation groups holding it.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub groups: BTreeSet<u32>,
    /// When its marks or conversation groups last changed (Unix seconds; 0: never).
    #[serde(default)]
    pub mark_time: u64,
}

impl Conversation {
    /// A listed conversation with `peer` whose last message is at `msg_time`.
    pub fn new(kind: ConversationKind, peer: impl Into<String>, msg_time: u64) -> Self {
        Conversation {
            kind,
            peer: peer.into(),
            listed: true,
            msg_time,
            pinned: false,
            standard_mark: 0,
            custom_mark: None,
            groups: BTreeSet::new(),
            mark_time: 0,
        }
    }

    /// Pins it.
    #[must_use]
    pub fn pinned(mut self) -> Self {
        self.pinned = true;
        self
    }

    /// Whether it carries marks or belongs to a conversation group.
    pub fn has_marks(&self) -> bool {
        self.standard_mark != 0 || self.custom_mark.is_some() || !self.groups.is_empty()
    }
}

/// A named conversation group (a folder of conversations) of an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ContactGroupEntry {
    /// Its numeric ID, unique per account.
    pub id: u32,
    /// Its name.
    pub name: String,
}

/// An account's conversations and conversation groups.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RecentContacts {
    /// Its conversations, listed or only marked.
    #[serde(default)]
    pub conversations: Vec<Conversation>,
    /// Its conversation groups, in creation order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<ContactGroupEntry>,
    /// The ID of the last conversation group created (0: none yet).
    #[serde(default)]
    pub last_group_id: u32,
}

impl RecentContacts {
    /// No conversations, no groups.
    pub fn new() -> Self {
        RecentContacts::default()
    }

    /// The conversation with `peer`, if the account has one.
    pub fn find(&self, kind: ConversationKind, peer: &str) -> Option<&Conversation> {
        self.conversations
            .iter()
            .find(|c| c.kind == kind && c.peer == peer)
    }

    /// The conversation with `peer`, created (unlisted, without marks) if needed.
    pub fn entry(&mut self, kind: ConversationKind, peer: &str) -> &mut Conversation {
        let at = match self
            .conversations
            .iter()
            .position(|c| c.kind == kind && c.peer == peer)
        {
            Some(at) => at,
            None => {
                let mut c = Conversation::new(kind, peer, 0);
                c.listed = false;
                self.conversations.push(c);
                self.conversations.len() - 1
            }
        };
        &mut self.conversations[at]
    }

    /// The conversation group named `name`, if any.
    pub fn group_named(&self, name: &str) -> Option<&ContactGroupEntry> {
        self.groups.iter().find(|g| g.name == name)
    }
}

/// A broadcast to the app's audio-video groups, kept while a repeat of it would be
/// discarded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Broadcast {
    /// Its sequence number.
    pub seq: u64,
    /// When it was sent (Unix seconds).
    pub time: u64,
    /// The Random of the request.
    pub random: u32,
    /// The sender's UserID (the admin's without From_Account).
    pub sender: String,
    /// The message body.
    pub body: Vec<MsgElement>,
}
/// A topic of a Community with topics.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Topic {
    /// The topic's name.
    #[serde(default)]
    pub name: String,
    /// The member who created it, if one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<String>,
    /// Profile photo URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// Notice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
    /// Introduction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// Custom string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_string: Option<String>,
    /// Whether every ordinary member is muted in the topic.
    #[serde(default)]
    pub mute_all: bool,
    /// When it was created (Unix seconds).
    #[serde(default)]
    pub create_time: u64,
}

impl Topic {
    /// A topic named `name`, created now.
    pub fn new(name: impl Into<String>) -> Self {
        Topic {
            name: name.into(),
            create_time: crate::unix_now(),
            ..Topic::default()
        }
    }
}
