//! An app's credentials: SDKAppID, admin identifier and secret key.

use std::fmt;

use zeroize::Zeroizing;

use crate::usersig::{self, UserSig};

/// The admin identifier used when none is given.
pub const DEFAULT_ADMIN: &str = "administrator";

/// An app's credentials. The secret key never appears in `Debug` output and is wiped
/// from memory on drop.
#[derive(Clone)]
pub struct Credentials {
    app_id: u32,
    admin: String,
    secret_key: Zeroizing<String>,
}

impl Credentials {
    /// Credentials of app `app_id` (SDKAppID), calling as the default admin
    /// (`administrator`).
    pub fn new(app_id: u32, secret_key: impl Into<String>) -> Self {
        Credentials {
            app_id,
            admin: DEFAULT_ADMIN.to_owned(),
            secret_key: Zeroizing::new(secret_key.into()),
        }
    }

    /// Calls as another admin account.
    #[must_use]
    pub fn admin(mut self, admin: impl Into<String>) -> Self {
        self.admin = admin.into();
        self
    }

    /// The SDKAppID.
    pub fn app_id(&self) -> u32 {
        self.app_id
    }

    /// The admin identifier.
    pub fn admin_identifier(&self) -> &str {
        &self.admin
    }

    /// Signs a UserSig for the admin, issued at `time` (Unix seconds), valid `expire` seconds.
    pub fn sign(&self, time: u64, expire: u64) -> UserSig {
        usersig::sign(
            self.secret_key.as_bytes(),
            self.app_id,
            &self.admin,
            time,
            expire,
        )
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("app_id", &self.app_id)
            .field("admin", &self.admin)
            .field("secret_key", &"<redacted>")
            .finish()
    }
}
