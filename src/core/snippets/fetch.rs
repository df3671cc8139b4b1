//! JavaScript's `fetch`, as it would run in a module or the browser console.

use super::{json_string, OutBody, OutPart, Outgoing};

/// A FormData built part by part; files come from a file input.
fn form_data(parts: &[OutPart]) -> String {
    let mut lines = vec!["const form = new FormData();".to_owned()];
    for part in parts {
        lines.push(match part {
            OutPart::Text { name, value } => {
                format!(
                    "form.append({}, {});",
                    json_string(name),
                    json_string(value)
                )
            }
            OutPart::File { name, file } => format!(
                "form.append({}, document.querySelector(\"input[type=file]\").files[0], {});",
                json_string(name),
                json_string(file)
            ),
        });
    }
    lines.push(String::new());
    lines.join("\n")
}

pub fn write(request: &Outgoing) -> String {
    let mut options = vec![format!("  method: {},", json_string(&request.method))];
    let headers = request.combined_headers();
    if !headers.is_empty() {
        options.push("  headers: {".to_owned());
        for (name, value) in &headers {
            options.push(format!(
                "    {}: {},",
                json_string(name),
                json_string(value)
            ));
        }
        options.push("  },".to_owned());
    }
    let mut before = String::new();
    match &request.body {
        None => {}
        Some(OutBody::Text(body)) => options.push(format!("  body: {},", json_string(body))),
        Some(OutBody::File(file)) => {
            before = format!("// The file {}, from an <input type=\"file\">.\nconst file = document.querySelector(\"input[type=file]\").files[0];\n", json_string(file));
            options.push("  body: file,".to_owned());
        }
        Some(OutBody::Form(parts)) => {
            before = form_data(parts);
            options.push("  body: form,".to_owned());
        }
    }
    if !request.follow_redirects {
        options.push("  redirect: \"manual\",".to_owned());
    }
    format!(
        "{before}const response = await fetch({}, {{\n{}\n}});\nconsole.log(response.status, await response.text());",
        json_string(&request.url),
        options.join("\n")
    )
}
