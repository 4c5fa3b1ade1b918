//! The quotas of the specs beyond the per-endpoint rate (`EndpointInfo::rate_quotas`):
//! a rate per group, a daily allowance, a minimum interval between calls. A call that
//! exceeds one is answered with the quota's code. Each quota is a sliding-window log
//! of the calls it admitted, keyed like the client's (pool or path, kind, group).

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::Value;
use tencent_chat::{EndpointInfo, QuotaScope, RateQuota};

use crate::endpoints::Fail;
use crate::lock;

/// Above this many logs, those that no longer hold anyone back are forgotten.
const SWEEP_ABOVE: usize = 1024;

/// The logs of every quota.
#[derive(Debug)]
pub(crate) struct Quotas {
    /// Off: every call is admitted (with the builder's `rate_limits(false)`).
    on: bool,
    /// Every window is divided by this (at least 1), so that tests can wait out a
    /// day or a second quickly.
    scale: u32,
    logs: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl Quotas {
    pub(crate) fn new(on: bool, scale: u32) -> Self {
        Quotas {
            on,
            scale: scale.max(1),
            logs: Mutex::new(HashMap::new()),
        }
    }

    /// Admits the call of `info` with this request, recording it in every quota, or
    /// answers the code of the first quota it exceeds (recording nothing).
    pub(crate) fn admit(&self, info: &EndpointInfo, request: &Value) -> Result<Admitted, Fail> {
        self.admit_with(info.path, info.group_field, info.rate_quotas, request)
    }

    /// Gives back what [`admit`](Self::admit) recorded, for a call that was refused
    /// afterwards (by its handler): a refused call uses no quota.
    pub(crate) fn release(&self, admitted: Admitted) {
        if admitted.keys.is_empty() {
            return;
        }
        let mut logs = lock(&self.logs);
        for key in admitted.keys {
            if let Some(log) = logs.get_mut(&key)
                && let Some(at) = log.iter().rposition(|t| *t == admitted.at)
            {
                log.remove(at);
            }
        }
    }

    fn admit_with(
        &self,
        path: &str,
        group_field: Option<&str>,
        quotas: &[RateQuota],
        request: &Value,
    ) -> Result<Admitted, Fail> {
        let now = Instant::now();
        if !self.on || quotas.is_empty() {
            return Ok(Admitted {
                keys: Vec::new(),
                at: now,
            });
        }
        let mut logs = lock(&self.logs);
        let mut keys = Vec::with_capacity(quotas.len());
        for quota in quotas {
            let group = match quota.scope {
                QuotaScope::Group => match group_field
                    .and_then(|f| request.get(f))
                    .and_then(Value::as_str)
                {
                    Some(g) => Some(g),
                    None => continue,
                },
                _ => None,
            };
            let (limit, window) = quota.window();
            let window = window / self.scale;
            let key = quota.counter_key(path, group);
            if let Some(log) = logs.get_mut(&key) {
                while log
                    .front()
                    .is_some_and(|t| now.duration_since(*t) >= window)
                {
                    log.pop_front();
                }
                if log.len() >= limit as usize {
                    return Err(Fail::code(quota.code, exceeded(quota, window)));
                }
            }
            keys.push((key, window));
        }
        if logs.len() > SWEEP_ABOVE {
            // A log whose latest call is older than a day (scaled) holds no one back.
            let day = Duration::from_secs(86_400) / self.scale;
            logs.retain(|_, log| log.back().is_some_and(|t| now.duration_since(*t) < day));
        }
        let mut recorded = Vec::with_capacity(keys.len());
        for (key, _) in keys {
            logs.entry(key.clone()).or_default().push_back(now);
            recorded.push(key);
        }
        Ok(Admitted {
            keys: recorded,
            at: now,
        })
    }
}

/// What one admitted call recorded: the logs it entered, and when.
#[derive(Debug)]
pub(crate) struct Admitted {
    keys: Vec<String>,
    at: Instant,
}

fn exceeded(quota: &RateQuota, window: Duration) -> String {
    let scope = match quota.scope {
        QuotaScope::Group => "for this group",
        _ => "for this app",
    };
    let (limit, _) = quota.window();
    format!("quota exceeded {scope}: at most {limit} calls per {window:?}")
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use tencent_chat::QuotaKind;

    use super::*;

    fn admit(quotas: &Quotas, q: &[RateQuota], body: &Value) -> Result<(), Fail> {
        quotas
            .admit_with("v4/x/y", Some("GroupId"), q, body)
            .map(drop)
    }

    #[test]
    fn per_group_quotas_count_each_group_and_answer_their_code() {
        const Q: [RateQuota; 1] = [RateQuota {
            scope: QuotaScope::Group,
            pool: None,
            kind: QuotaKind::PerSecond(2),
            code: 10049,
        }];
        let quotas = Quotas::new(true, 1);
        let g1 = json!({"GroupId": "g1"});
        let g2 = json!({"GroupId": "g2"});
        assert!(admit(&quotas, &Q, &g1).is_ok());
        assert!(admit(&quotas, &Q, &g1).is_ok());
        assert_eq!(admit(&quotas, &Q, &g1).unwrap_err().code, 10049);
        assert!(admit(&quotas, &Q, &g2).is_ok());
        assert!(admit(&Quotas::new(false, 1), &Q, &g1).is_ok());
    }

    #[test]
    fn app_pools_and_intervals_with_a_short_window() {
        const Q: [RateQuota; 2] = [
            RateQuota {
                scope: QuotaScope::App,
                pool: Some("push"),
                kind: QuotaKind::PerDay(3),
                code: 90047,
            },
            RateQuota {
                scope: QuotaScope::App,
                pool: Some("push"),
                kind: QuotaKind::MinInterval(Duration::from_millis(1000)),
                code: 90024,
            },
        ];
        // The interval becomes 100 ms, a day 8,640 s: two calls in a row fall well
        // within the interval even on a loaded machine (1 ms did not always).
        let quotas = Quotas::new(true, 10);
        let body = json!({});
        assert!(admit(&quotas, &Q, &body).is_ok());
        assert_eq!(admit(&quotas, &Q, &body).unwrap_err().code, 90024);
        std::thread::sleep(Duration::from_millis(110));
        assert!(admit(&quotas, &Q, &body).is_ok());
        std::thread::sleep(Duration::from_millis(110));
        assert!(admit(&quotas, &Q, &body).is_ok());
        std::thread::sleep(Duration::from_millis(110));
        assert_eq!(admit(&quotas, &Q, &body).unwrap_err().code, 90047);
        // A refused call is not counted: the pool is still at its daily 3.
        std::thread::sleep(Duration::from_millis(110));
        assert_eq!(admit(&quotas, &Q, &body).unwrap_err().code, 90047);
    }
}
