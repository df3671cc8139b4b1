//! Python's `requests`.

use super::{json_string, OutBody, OutPart, Outgoing};

/// `files=` as a list of parts: text fields as `(None, value)`, so requests
/// sends multipart even when there is no file (with `data=` it would not).
fn files(parts: &[OutPart]) -> String {
    let mut lines = vec!["    files=[".to_owned()];
    for part in parts {
        lines.push(match part {
            OutPart::Text { name, value } => format!(
                "        ({}, (None, {})),",
                json_string(name),
                json_string(value)
            ),
            OutPart::File { name, file } => format!(
                "        ({}, ({}, open({}, \"rb\"))),",
                json_string(name),
                json_string(file),
                json_string(file)
            ),
        });
    }
    lines.push("    ],".to_owned());
    lines.join("\n")
}

pub fn write(request: &Outgoing) -> String {
    let mut arguments = vec![
        format!("    {},", json_string(&request.method)),
        format!("    {},", json_string(&request.url)),
    ];
    let headers = request.combined_headers();
    if !headers.is_empty() {
        arguments.push("    headers={".to_owned());
        for (name, value) in &headers {
            arguments.push(format!(
                "        {}: {},",
                json_string(name),
                json_string(value)
            ));
        }
        arguments.push("    },".to_owned());
    }
    match &request.body {
        None => {}
        Some(OutBody::Text(body)) => {
            // Bytes, so the text goes out as UTF-8 (a str body is sent as Latin-1).
            arguments.push(format!("    data={}.encode(\"utf-8\"),", json_string(body)));
        }
        Some(OutBody::File(file)) => {
            arguments.push(format!("    data=open({}, \"rb\"),", json_string(file)));
        }
        Some(OutBody::Form(parts)) => arguments.push(files(parts)),
    }
    arguments.push(format!(
        "    allow_redirects={},",
        if request.follow_redirects {
            "True"
        } else {
            "False"
        }
    ));
    format!(
        "import requests\n\nresponse = requests.request(\n{}\n)\nprint(response.status_code, response.text)",
        arguments.join("\n")
    )
}
