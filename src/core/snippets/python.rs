//! Python's `requests`.

use super::{json_string, Outgoing};

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
    if let Some(body) = &request.body {
        // Bytes, so the text goes out as UTF-8 (a str body is sent as Latin-1).
        arguments.push(format!("    data={}.encode(\"utf-8\"),", json_string(body)));
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
