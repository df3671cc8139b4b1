//! A curl command, one option per line.

use super::{shell_word, OutBody, OutPart, Outgoing};

pub fn write(request: &Outgoing) -> String {
    let mut lines = vec![match request.method.as_str() {
        "GET" => format!("curl {}", shell_word(&request.url)),
        // -X HEAD would wait for a body that never comes.
        "HEAD" => format!("curl --head {}", shell_word(&request.url)),
        method => format!(
            "curl -X {} {}",
            shell_word(method),
            shell_word(&request.url)
        ),
    }];
    if request.follow_redirects {
        lines.push("-L".to_owned());
    }
    for (name, value) in &request.headers {
        let header = if value.is_empty() {
            format!("{name};")
        } else {
            format!("{name}: {value}")
        };
        lines.push(format!("-H {}", shell_word(&header)));
    }
    match &request.body {
        None => {}
        Some(OutBody::Text(body)) => lines.push(format!("--data-raw {}", shell_word(body))),
        Some(OutBody::File(file)) => {
            lines.push(format!("--data-binary {}", shell_word(&format!("@{file}"))))
        }
        // --form-string takes the value literally (-F would read `@file` or `<file`).
        Some(OutBody::Form(parts)) => lines.extend(parts.iter().map(|part| match part {
            OutPart::Text { name, value } => {
                format!("--form-string {}", shell_word(&format!("{name}={value}")))
            }
            OutPart::File { name, file } => {
                format!("-F {}", shell_word(&format!("{name}=@{file}")))
            }
        })),
    }
    lines.join(" \\\n  ")
}
