//! JavaScript's `fetch`, as it would run in a module or the browser console.

use super::{json_string, Outgoing};

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
    if let Some(body) = &request.body {
        options.push(format!("  body: {},", json_string(body)));
    }
    if !request.follow_redirects {
        options.push("  redirect: \"manual\",".to_owned());
    }
    format!(
        "const response = await fetch({}, {{\n{}\n}});\nconsole.log(response.status, await response.text());",
        json_string(&request.url),
        options.join("\n")
    )
}
