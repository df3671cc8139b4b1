//! An HTTPie command (`http`), the body sent as it is with `--raw`.

use super::{shell_word, OutBody, OutPart, Outgoing};

pub fn write(request: &Outgoing) -> String {
    let mut words = vec!["http".to_owned()];
    if request.follow_redirects {
        words.push("--follow".to_owned());
    }
    let mut items = Vec::new();
    match &request.body {
        None => {}
        Some(OutBody::Text(body)) => words.push(format!("--raw {}", shell_word(body))),
        Some(OutBody::File(file)) => items.push(shell_word(&format!("@{file}"))),
        Some(OutBody::Form(parts)) => {
            // --multipart even without files: --form alone sends url-encoded text.
            words.push("--form --multipart".to_owned());
            items.extend(parts.iter().map(|part| match part {
                OutPart::Text { name, value } => shell_word(&format!("{name}={value}")),
                OutPart::File { name, file } => shell_word(&format!("{name}@{file}")),
            }));
        }
    }
    words.push(shell_word(&request.method));
    words.push(shell_word(&request.url));
    for (name, value) in &request.headers {
        // `Name;` is HTTPie's spelling of a header sent empty.
        let item = if value.is_empty() {
            format!("{name};")
        } else {
            format!("{name}:{value}")
        };
        words.push(shell_word(&item));
    }
    words.extend(items);
    words.join(" \\\n  ")
}
