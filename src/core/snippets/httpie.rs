//! An HTTPie command (`http`), the body sent as it is with `--raw`.

use super::{shell_word, Outgoing};

pub fn write(request: &Outgoing) -> String {
    let mut words = vec!["http".to_owned()];
    if request.follow_redirects {
        words.push("--follow".to_owned());
    }
    if let Some(body) = &request.body {
        words.push(format!("--raw {}", shell_word(body)));
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
    words.join(" \\\n  ")
}
