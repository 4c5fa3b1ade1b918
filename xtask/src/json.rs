//! Small JSON helpers: structural comparison with a readable first difference.

use serde_json::Value;

/// The first place where `actual` differs from `expected` (object key order does not
/// matter), as `at /Pointer: ...`; `None` when they are equal.
pub fn diff(expected: &Value, actual: &Value) -> Option<String> {
    let mut at = String::new();
    diff_at(expected, actual, &mut at)
}

fn pointer(at: &str) -> &str {
    if at.is_empty() { "/" } else { at }
}

fn diff_at(expected: &Value, actual: &Value, at: &mut String) -> Option<String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let len = at.len();
                at.push('/');
                at.push_str(&escape(k));
                let found = match a.get(k) {
                    Some(av) => diff_at(ev, av, at),
                    None => Some(format!("at {}: missing (expected {})", at, short(ev))),
                };
                at.truncate(len);
                if found.is_some() {
                    return found;
                }
            }
            a.iter().find(|(k, _)| !e.contains_key(*k)).map(|(k, v)| {
                format!(
                    "at {}/{}: unexpected {} (not in the expected value)",
                    at,
                    escape(k),
                    short(v)
                )
            })
        }
        (Value::Array(e), Value::Array(a)) => {
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                let len = at.len();
                at.push_str(&format!("/{i}"));
                let found = diff_at(ev, av, at);
                at.truncate(len);
                if found.is_some() {
                    return found;
                }
            }
            (e.len() != a.len()).then(|| {
                format!(
                    "at {}: expected {} items, got {}",
                    pointer(at),
                    e.len(),
                    a.len()
                )
            })
        }
        (Value::Number(e), Value::Number(a)) if numbers_equal(e, a) => None,
        _ if expected == actual => None,
        _ => Some(format!(
            "at {}: expected {}, got {}",
            pointer(at),
            short(expected),
            short(actual)
        )),
    }
}

/// `1` and `1.0` differ as JSON text but not as numbers; integers compare exactly.
fn numbers_equal(e: &serde_json::Number, a: &serde_json::Number) -> bool {
    if e == a {
        return true;
    }
    match (e.as_i128(), a.as_i128()) {
        (Some(x), Some(y)) => x == y,
        _ => e.as_f64().is_some() && e.as_f64() == a.as_f64(),
    }
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// A value shortened for messages.
pub fn short(v: &Value) -> String {
    let text = v.to_string();
    if text.chars().count() > 80 {
        let mut s: String = text.chars().take(77).collect();
        s.push_str("...");
        s
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn differences_are_located() {
        assert_eq!(
            diff(&json!({"a": 1, "b": [1]}), &json!({"b": [1], "a": 1})),
            None
        );
        assert_eq!(
            diff(&json!({"a": {"b": [1, 2]}}), &json!({"a": {"b": [1, 3]}})).unwrap(),
            "at /a/b/1: expected 2, got 3"
        );
        assert_eq!(
            diff(&json!({"a": 1}), &json!({})).unwrap(),
            "at /a: missing (expected 1)"
        );
        assert_eq!(
            diff(&json!({}), &json!({"x/y": true})).unwrap(),
            "at /x~1y: unexpected true (not in the expected value)"
        );
        assert_eq!(
            diff(&json!([1]), &json!([1, 2])).unwrap(),
            "at /: expected 1 items, got 2"
        );
        assert_eq!(diff(&json!(1.0), &json!(1.0)), None);
    }
}
