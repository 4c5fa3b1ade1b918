//! Prints every endpoint generated from `specs/`: path, rate limit, safety, group
//! types, batch limits and error codes. Needs no credentials and no network.
//!
//! ```text
//! cargo run -p tencent-chat --example endpoints
//! ```

use tencent_chat::GroupTypeSupport;

fn main() {
    println!(
        "{} endpoints generated from specs/\n",
        tencent_chat::ENDPOINTS.len()
    );
    for e in tencent_chat::ENDPOINTS {
        println!("POST {}  ({}/s)", e.path, e.rate_limit_per_second);
        println!("  {}", e.summary);
        println!(
            "  irrevocable: {}, safe to repeat: {}",
            e.irrevocable, e.safe_to_repeat
        );
        if let Some(rules) = e.group_types {
            let rules: Vec<String> = rules
                .iter()
                .map(|r| match r.support {
                    GroupTypeSupport::Supported => r.group_type.to_owned(),
                    GroupTypeSupport::Error(code) => format!("{} (refused: {code})", r.group_type),
                    GroupTypeSupport::NoEffect => format!("{} (no effect)", r.group_type),
                })
                .collect();
            println!("  group types: {}", rules.join(", "));
        }
        for b in e.batch_fields {
            println!("  at most {} items in {}", b.max_items, b.field);
        }
        let codes: Vec<String> = e
            .errors
            .iter()
            .map(|c| {
                format!(
                    "{} {}{}",
                    c.code,
                    c.name,
                    match c.retry {
                        tencent_chat::Retryability::No => "",
                        tencent_chat::Retryability::Refused => " (retryable)",
                        tencent_chat::Retryability::OutcomeUnknown => {
                            " (retryable if safe to repeat: outcome unknown)"
                        }
                    }
                )
            })
            .collect();
        println!("  errors: {}", codes.join(", "));
        println!();
    }
    let public = tencent_chat::ERROR_CODES
        .iter()
        .filter(|c| c.public)
        .count();
    println!(
        "{} error codes in the catalog, {public} of them public; {} regions: {}",
        tencent_chat::ERROR_CODES.len(),
        tencent_chat::Region::ALL.len(),
        tencent_chat::Region::ALL
            .iter()
            .map(|r| r.id())
            .collect::<Vec<_>>()
            .join(", ")
    );
}
