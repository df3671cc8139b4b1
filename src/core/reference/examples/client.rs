//! The client side of a scenario: the request with `fetch`, `requests` and
//! `curl -i`, and what to do when the scenario's status comes back.

use super::lit::{
    comment, js_inline, json_inline, py_inline, quoted, request_members, shell, HOST,
};
use super::scenarios::{Body, Handling, Method, Scenario};

/// Where a request header's value holds an access token.
const TOKEN: &str = "$TOKEN";

fn url(s: &Scenario) -> String {
    format!("{HOST}{}", s.path)
}

/// The request's headers, with the JSON Content-Type added when the body is
/// JSON and the scenario does not label it otherwise.
fn request_headers(s: &Scenario) -> Vec<(&'static str, &'static str)> {
    let mut all = Vec::new();
    if s.request_body.is_some()
        && !s
            .request_headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("content-type"))
    {
        all.push(("Content-Type", "application/json"));
    }
    all.extend_from_slice(s.request_headers);
    all
}

fn has_token(s: &Scenario) -> bool {
    s.request_headers.iter().any(|(_, v)| v.contains(TOKEN))
}

/// Whether the example sends the request a second time.
fn resends(handling: Handling, method: Method) -> bool {
    match handling {
        Handling::Reauthenticate | Handling::NewConnection | Handling::RetryAfter => true,
        Handling::Backoff => method == Method::Get,
        _ => false,
    }
}

fn is_redirect(handling: Handling) -> bool {
    matches!(handling, Handling::Redirect { .. } | Handling::SeeOther)
}

fn lists_errors(s: &Scenario) -> bool {
    matches!(s.body, Body::Problem { extra, .. } if extra.iter().any(|(name, _)| *name == "errors"))
}

// fetch

fn fetch_headers(s: &Scenario, token: &str) -> Option<String> {
    let headers = request_headers(s);
    if headers.is_empty() {
        return None;
    }
    let pairs: Vec<String> = headers
        .iter()
        .map(|(name, value)| {
            let key = if name.contains('-') {
                quoted(name)
            } else {
                (*name).to_owned()
            };
            let value = if value.contains(TOKEN) {
                format!("`{}`", value.replace(TOKEN, &format!("${{{token}}}")))
            } else {
                quoted(value)
            };
            format!("{key}: {value}")
        })
        .collect();
    Some(format!("{{ {} }}", pairs.join(", ")))
}

/// The fetch call: `fetch(url)` or `fetch(url, { ... })`.
fn fetch_call(s: &Scenario, token: &str) -> String {
    let mut init = Vec::new();
    if s.method != Method::Get {
        init.push(format!("method: {}", quoted(s.method.name())));
    }
    if let Some(headers) = fetch_headers(s, token) {
        init.push(format!("headers: {headers}"));
    }
    if let Some(fields) = s.request_body {
        init.push(format!(
            "body: JSON.stringify({})",
            js_inline(&request_members(fields))
        ));
    }
    if is_redirect(s.handling) {
        init.push("redirect: \"manual\"".to_owned());
    }
    match init.as_slice() {
        [] => "fetch(url)".to_owned(),
        [one] if one.len() <= 40 => format!("fetch(url, {{ {one} }})"),
        _ => format!("fetch(url, {{\n  {},\n}})", init.join(",\n  ")),
    }
}

const JS_WAIT: &str = "await new Promise((resolve) => setTimeout(resolve, seconds * 1000));";

fn fetch_lines(s: &Scenario) -> Vec<String> {
    let code = s.status;
    let mut lines: Vec<String> = Vec::new();
    let mut push = |text: &str| lines.extend(text.lines().map(str::to_owned));
    let read_problem = "const problem = await res.json(); // application/problem+json";
    match s.handling {
        Handling::ReadJson => push("const order = await res.json();\nconsole.log(order.status);"),
        Handling::ReadTransformed => push(
            "// A proxy on the way changed what the origin server sent.\nconst order = await res.json();",
        ),
        Handling::Created => push(
            "// Location may be relative: resolve it against the request URL.\n\
             const created = new URL(res.headers.get(\"Location\"), res.url);\n\
             const order = await res.json();\n\
             console.log(`order ${order.id} is at ${created}`);",
        ),
        Handling::Poll => push(
            "// Only accepted: poll the job that Location names until it has finished.\n\
             const job = new URL(res.headers.get(\"Location\"), res.url);\n\
             let state;\n\
             do {\n  await new Promise((resolve) => setTimeout(resolve, 2000));\n  \
             state = await (await fetch(job)).json();\n\
             } while (state.state === \"queued\" || state.state === \"running\");",
        ),
        Handling::NoContent => push(
            "// There is no body: calling res.json() here would throw.\nconsole.log(\"deleted\");",
        ),
        Handling::ResetForm => push(
            "// Done: clear the form so the user can start again.\ndocument.querySelector(\"form\").reset();",
        ),
        Handling::Partial => push(
            "const range = res.headers.get(\"Content-Range\"); // \"bytes 0-19/1200\"\n\
             const bytes = new Uint8Array(await res.arrayBuffer());\n\
             console.log(`got ${bytes.length} bytes: ${range}`);",
        ),
        Handling::MultiStatus => {
            push(
                "// Each resource in the XML body has its own status line.\n\
                 const xml = new DOMParser().parseFromString(await res.text(), \"application/xml\");\n\
                 for (const status of xml.getElementsByTagNameNS(\"DAV:\", \"status\")) {\n  \
                 console.log(status.textContent); // \"HTTP/1.1 200 OK\", ...\n}",
            );
            if s.code == 208 {
                push("// \"HTTP/1.1 208 Already Reported\" marks a member listed earlier in the body.");
            }
        }
        Handling::Delta => push(
            "// Only what changed since the ETag sent in If-None-Match: apply it.\n\
             const { orders } = await res.json();\n\
             cached.orders.push(...orders);\n\
             cached.etag = res.headers.get(\"ETag\");",
        ),
        Handling::Choose => push(
            "const { choices } = await res.json();\n\
             // Location, when present, is the server's own pick.\n\
             const pick = res.headers.get(\"Location\") ?? choices[0];\n\
             const invoice = await fetch(new URL(pick, res.url));",
        ),
        Handling::Redirect {
            permanent,
            keeps_method,
        } => {
            push("const next = new URL(res.headers.get(\"Location\"), res.url);");
            push(if permanent {
                "// Permanent: update stored links and use the new URL from now on."
            } else {
                "// Temporary: go there this time, but keep using the old URL."
            });
            push(if keeps_method {
                "// Repeat the same method and body there (fetch does so when it follows)."
            } else {
                "// Following it keeps a GET a GET (only a POST may become a GET)."
            });
        }
        Handling::SeeOther => push(
            "// The result is elsewhere: fetch it with GET (fetch does so when it follows).\n\
             const receipt = await fetch(new URL(res.headers.get(\"Location\"), res.url));",
        ),
        Handling::NotModified => push(
            "// No body: the copy stored with ETag \"v7\" is still current.\nconst order = cached.order;",
        ),
        Handling::Deprecated => push(&format!(
            "// {code} is deprecated and fetch treats it as a plain response: do not\n\
             // follow it, and report it as an error.\n\
             throw new Error(`unexpected {code} from ${{res.url}}`);"
        )),
        Handling::FixRequest => {
            push(read_problem);
            push("// The same request would fail again: fix it before resending.");
            push("console.error(problem.title, problem.detail);");
            if lists_errors(s) {
                push("for (const error of problem.errors) console.error(error.field, error.detail);");
            }
        }
        Handling::Reauthenticate => push(
            "// WWW-Authenticate names the scheme the API expects, and often why it refused.\n\
             console.log(res.headers.get(\"WWW-Authenticate\"));\n\
             // Get a fresh token and try once more, not in a loop.\n\
             res = await send(await refreshAccessToken());",
        ),
        Handling::Refused => {
            push(read_problem);
            push("// The token was fine but lacks permission: retrying with it will not help.");
            push("console.error(problem.detail);");
        }
        Handling::Missing { gone } => {
            push(read_problem);
            push(if gone {
                "// Removed for good: drop stored links to it and stop asking."
            } else {
                "// Nothing there (or not for you): show \"not found\", do not retry."
            });
            push("console.warn(problem.detail);");
        }
        Handling::ReadAllow => push(
            "const allowed = res.headers.get(\"Allow\"); // \"GET, HEAD\"\n\
             console.error(`DELETE is not supported; this resource allows ${allowed}`);",
        ),
        Handling::ProxyCredentials => {}
        Handling::NewConnection => push(
            "// It was not processed, so repeating it once is safe; the browser picks\n\
             // the connection.\n\
             res = await send();",
        ),
        Handling::Conflict => {
            push(read_problem);
            push(
                "// Read the current state, resolve the clash, then send a new request.\n\
                 const current = await (await fetch(url)).json();",
            );
        }
        Handling::Conditional => push(
            "// Read the current version, then repeat the edit with its ETag in If-Match.\n\
             const etag = (await fetch(url)).headers.get(\"ETag\");\n\
             const retry = await fetch(url, {\n  method: \"PUT\",\n  \
             headers: { \"Content-Type\": \"application/json\", \"If-Match\": etag },\n  \
             body: JSON.stringify({ quantity: 2 }),\n});",
        ),
        Handling::Smaller => {
            push(read_problem);
            push("// Resending the same upload fails again: shrink it or split it.");
            push("console.error(problem.detail);");
        }
        Handling::RangeAgain => push(
            "// Content-Range gives the real size: \"bytes */1200\".\n\
             const size = Number(res.headers.get(\"Content-Range\").split(\"/\")[1]);\n\
             const tail = await fetch(url, { headers: { Range: `bytes=${size - 100}-` } });",
        ),
        Handling::DropExpect => {}
        Handling::AfterHandshake => {}
        Handling::Upgrade => push(
            "// Upgrade: websocket says how to talk to this endpoint.\n\
             const socket = new WebSocket(\"wss://api.example.com/live\");",
        ),
        Handling::RetryAfter => push(&format!(
            "// Retry-After is a number of seconds or an HTTP date.\n\
             const after = res.headers.get(\"Retry-After\") ?? \"1\";\n\
             const seconds = /^\\d+$/.test(after)\n  ? Number(after)\n  \
             : Math.max(0, (Date.parse(after) - Date.now()) / 1000);\n\
             {JS_WAIT}\n\
             res = await send();"
        )),
        Handling::SmallerHeaders => {
            push(read_problem);
            push("// Usually cookies: the site must clear the ones it no longer needs.");
            push("console.error(problem.detail);");
        }
        Handling::Legal => {
            push(read_problem);
            push("// Link, rel=\"blocked-by\", names who demanded the block.");
            push("console.warn(problem.detail, res.headers.get(\"Link\"));");
        }
        Handling::Backoff if s.method == Method::Get => {
            lines.clear();
            return vec![
                format!("for (let attempt = 1; attempt <= 3 && res.status === {code}; attempt++) {{"),
                "  // Wait longer each time: 2, 4, then 8 seconds.".to_owned(),
                "  await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));"
                    .to_owned(),
                "  res = await send();".to_owned(),
                "}".to_owned(),
            ];
        }
        Handling::Backoff => {
            push(read_problem);
            push("// A POST may have had effects: only repeat it later if the API says it is safe.");
            push("console.error(problem.title, problem.detail);");
        }
        Handling::Report => {
            push(read_problem);
            push("// Repeating the same request will not help: report it.");
            push("console.error(problem.title, problem.detail);");
        }
        Handling::NetworkLogin => push(
            "// A captive portal answered, not the API: the user must log in to the network.\n\
             const page = await res.text(); // HTML with a link to the login page",
        ),
    }
    lines
}

pub(super) fn fetch(s: &Scenario) -> String {
    let resend = resends(s.handling, s.method);
    let token = if resend { "token" } else { "accessToken" };
    let call = fetch_call(s, token);
    let mut out = format!("const url = {};\n", quoted(&url(s)));
    if resend {
        let params = if has_token(s) { "(token)" } else { "()" };
        if call.contains('\n') {
            out.push_str(&format!(
                "const send = {params} =>\n  {};\n\n",
                super::lit::indent_rest(&call, 2)
            ));
        } else {
            out.push_str(&format!("const send = {params} => {call};\n\n"));
        }
        let first = if has_token(s) {
            "send(accessToken)"
        } else {
            "send()"
        };
        out.push_str(&format!("let res = await {first};\n"));
    } else {
        out.push_str(&format!("const res = await {call};\n"));
    }
    if is_redirect(s.handling) {
        out.push_str(&comment(
            "//",
            "redirect: \"manual\" shows the redirect instead of following it. Node.js then \
             gives the real response; a browser gives an opaque one (status 0, no headers).",
        ));
    }
    out.push_str(&format!("\nif (res.status === {}) {{\n", s.status));
    for line in fetch_lines(s) {
        out.push_str(&format!("  {line}\n"));
    }
    out.push_str("}\n");
    out
}

// requests

fn py_headers(s: &Scenario, token: &str) -> Option<String> {
    // The scenario's own headers only: json= sets Content-Type itself.
    let headers = s.request_headers;
    if headers.is_empty() {
        return None;
    }
    let pairs: Vec<String> = headers
        .iter()
        .map(|(name, value)| {
            let value = if value.contains(TOKEN) {
                format!(
                    "f{}",
                    quoted(&value.replace(TOKEN, &format!("{{{token}}}")))
                )
            } else {
                quoted(value)
            };
            format!("{}: {value}", quoted(name))
        })
        .collect();
    Some(format!("{{{}}}", pairs.join(", ")))
}

fn requests_call(s: &Scenario, token: &str) -> String {
    let mut args = Vec::new();
    let function = if s.method.is_standard() {
        args.push("url".to_owned());
        format!("requests.{}", s.method.lower())
    } else {
        args.push(quoted(s.method.name()));
        args.push("url".to_owned());
        "requests.request".to_owned()
    };
    if let Some(headers) = py_headers(s, token) {
        args.push(format!("headers={headers}"));
    }
    if let Some(fields) = s.request_body {
        let members = request_members(fields);
        let labelled = s
            .request_headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("content-type"));
        if labelled {
            // json= would set Content-Type: application/json; send the text as is.
            args.push(format!("data={}", quoted(&json_inline(&members))));
        } else {
            args.push(format!("json={}", py_inline(&members)));
        }
    }
    if is_redirect(s.handling) {
        args.push("allow_redirects=False".to_owned());
    }
    args.push("timeout=10".to_owned());
    let one_line = format!("{function}({})", args.join(", "));
    if one_line.len() <= 72 {
        one_line
    } else {
        format!("{function}(\n    {},\n)", args.join(",\n    "))
    }
}

fn requests_lines(s: &Scenario) -> (Vec<String>, Vec<&'static str>) {
    let code = s.status;
    let mut imports = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    let mut push = |text: &str| lines.extend(text.lines().map(str::to_owned));
    let read_problem = "problem = res.json()  # application/problem+json";
    match s.handling {
        Handling::ReadJson => push("order = res.json()\nprint(order[\"status\"])"),
        Handling::ReadTransformed => {
            push("# A proxy on the way changed what the origin server sent.\norder = res.json()")
        }
        Handling::Created => {
            imports.push("from urllib.parse import urljoin");
            push(
                "# Location may be relative: resolve it against the request URL.\n\
                 created = urljoin(res.url, res.headers[\"Location\"])\n\
                 print(\"order\", res.json()[\"id\"], \"is at\", created)",
            );
        }
        Handling::Poll => {
            imports.push("import time");
            imports.push("from urllib.parse import urljoin");
            push(
                "# Only accepted: poll the job that Location names until it has finished.\n\
                 job = urljoin(res.url, res.headers[\"Location\"])\n\
                 state = {\"state\": \"queued\"}\n\
                 while state[\"state\"] in (\"queued\", \"running\"):\n    \
                 time.sleep(2)\n    \
                 state = requests.get(job, timeout=10).json()",
            );
        }
        Handling::NoContent => {
            push("# There is no body: res.json() here would raise.\nprint(\"deleted\")")
        }
        Handling::ResetForm => push(
            "# Done: clear the form that sent it, so the user can start again.\nform.clear()",
        ),
        Handling::Partial => push(
            "print(res.headers[\"Content-Range\"])  # bytes 0-19/1200\n\
             chunk = res.content  # only the bytes asked for",
        ),
        Handling::MultiStatus => {
            imports.push("import xml.etree.ElementTree as ET");
            push(
                "# Each resource in the XML body has its own status line.\n\
                 for status in ET.fromstring(res.content).iter(\"{DAV:}status\"):\n    \
                 print(status.text)  # HTTP/1.1 200 OK, ...",
            );
            if s.code == 208 {
                push("# \"HTTP/1.1 208 Already Reported\" marks a member listed earlier in the body.");
            }
        }
        Handling::Delta => push(
            "# Only what changed since the ETag sent in If-None-Match: apply it.\n\
             cached[\"orders\"].extend(res.json()[\"orders\"])\n\
             cached[\"etag\"] = res.headers[\"ETag\"]",
        ),
        Handling::Choose => {
            imports.push("from urllib.parse import urljoin");
            push(
                "choices = res.json()[\"choices\"]\n\
                 # Location, when present, is the server's own pick.\n\
                 pick = res.headers.get(\"Location\", choices[0])\n\
                 invoice = requests.get(urljoin(res.url, pick), timeout=10)",
            );
        }
        Handling::Redirect {
            permanent,
            keeps_method,
        } => {
            imports.push("from urllib.parse import urljoin");
            push("next_url = urljoin(res.url, res.headers[\"Location\"])");
            push(if permanent {
                "# Permanent: update stored links and use the new URL from now on."
            } else {
                "# Temporary: go there this time, but keep using the old URL."
            });
            push(if keeps_method {
                "# Repeat the same method and body there (requests does so when it follows)."
            } else {
                "# Following it keeps a GET a GET (only a POST may become a GET)."
            });
        }
        Handling::SeeOther => {
            imports.push("from urllib.parse import urljoin");
            push(
                "# The result is elsewhere: fetch it with GET (requests does so when it follows).\n\
                 receipt = requests.get(urljoin(res.url, res.headers[\"Location\"]), timeout=10)",
            );
        }
        Handling::NotModified => push(
            "# No body: the copy stored with ETag \"v7\" is still current.\norder = cached[\"order\"]",
        ),
        Handling::Deprecated => push(&format!(
            "# {code} is deprecated and requests does not follow it: treat it as an error.\n\
             raise RuntimeError(f\"unexpected {code} from {{res.url}}\")"
        )),
        Handling::FixRequest => {
            push(read_problem);
            push("# The same request would fail again: fix it before resending.");
            push("print(problem[\"title\"], problem[\"detail\"])");
            if lists_errors(s) {
                push("for error in problem[\"errors\"]:\n    print(error[\"field\"], error[\"detail\"])");
            }
        }
        Handling::Reauthenticate => push(
            "# WWW-Authenticate names the scheme the API expects, and often why it refused.\n\
             print(res.headers[\"WWW-Authenticate\"])\n\
             # Get a fresh token and try once more, not in a loop.\n\
             res = send(refresh_access_token())",
        ),
        Handling::Refused => {
            push(read_problem);
            push("# The token was fine but lacks permission: retrying with it will not help.");
            push("print(problem[\"detail\"])");
        }
        Handling::Missing { gone } => {
            push(read_problem);
            push(if gone {
                "# Removed for good: drop stored links to it and stop asking."
            } else {
                "# Nothing there (or not for you): report \"not found\", do not retry."
            });
            push("print(problem[\"detail\"])");
        }
        Handling::ReadAllow => push(
            "allowed = res.headers[\"Allow\"]  # GET, HEAD\n\
             print(\"DELETE is not supported; this resource allows\", allowed)",
        ),
        Handling::ProxyCredentials => {}
        Handling::NewConnection => push(&format!(
            "# It was not processed, so repeating it once is safe; each\n\
             # requests.{}() call opens a new connection.\n\
             res = send()",
            s.method.lower()
        )),
        Handling::Conflict => {
            push(read_problem);
            push(
                "# Read the current state, resolve the clash, then send a new request.\n\
                 current = requests.get(url, timeout=10).json()",
            );
        }
        Handling::Conditional => push(
            "# Read the current version, then repeat the edit with its ETag in If-Match.\n\
             etag = requests.get(url, timeout=10).headers[\"ETag\"]\n\
             retry = requests.put(\n    url, headers={\"If-Match\": etag}, json={\"quantity\": 2}, timeout=10\n)",
        ),
        Handling::Smaller => {
            push(read_problem);
            push("# Resending the same upload fails again: shrink it or split it.");
            push("print(problem[\"detail\"])");
        }
        Handling::RangeAgain => push(
            "# Content-Range gives the real size: bytes */1200.\n\
             size = int(res.headers[\"Content-Range\"].split(\"/\")[1])\n\
             tail = requests.get(url, headers={\"Range\": f\"bytes={size - 100}-\"}, timeout=10)",
        ),
        Handling::DropExpect => push(&format!(
            "# Send it again without the Expect header.\n\
             res = requests.post(\n    url, json={}, timeout=10\n)",
            py_inline(&request_members(s.request_body.unwrap_or_default()))
        )),
        Handling::AfterHandshake => {}
        Handling::Upgrade => push(
            "# Upgrade: websocket says how to talk to this endpoint; requests cannot,\n\
             # so use a WebSocket client such as the websockets package.\n\
             print(res.headers[\"Upgrade\"])",
        ),
        Handling::RetryAfter => {
            imports.push("import time");
            imports.push("from datetime import datetime, timezone");
            imports.push("from email.utils import parsedate_to_datetime");
            push(
                "# Retry-After is a number of seconds or an HTTP date.\n\
                 after = res.headers.get(\"Retry-After\", \"1\")\n\
                 if after.isdigit():\n    \
                 seconds = int(after)\n\
                 else:\n    \
                 when = parsedate_to_datetime(after)\n    \
                 seconds = (when - datetime.now(timezone.utc)).total_seconds()\n\
                 time.sleep(max(0, seconds))\n\
                 res = send()",
            );
        }
        Handling::SmallerHeaders => {
            push(read_problem);
            push("# Usually cookies: send fewer, or clear old ones from your Session.");
            push("print(problem[\"detail\"])");
        }
        Handling::Legal => {
            push(read_problem);
            push("# Link, rel=\"blocked-by\", names who demanded the block.");
            push("print(problem[\"detail\"], res.headers.get(\"Link\"))");
        }
        Handling::Backoff if s.method == Method::Get => {
            imports.push("import time");
            lines.clear();
            return (
                vec![
                    "for attempt in range(1, 4):".to_owned(),
                    "    # Wait longer each time: 2, 4, then 8 seconds.".to_owned(),
                    "    time.sleep(2**attempt)".to_owned(),
                    "    res = send()".to_owned(),
                    format!("    if res.status_code != {code}:"),
                    "        break".to_owned(),
                ],
                imports,
            );
        }
        Handling::Backoff => {
            push(read_problem);
            push("# A POST may have had effects: only repeat it later if the API says it is safe.");
            push("print(problem[\"title\"], problem[\"detail\"])");
        }
        Handling::Report => {
            push(read_problem);
            push("# Repeating the same request will not help: report it.");
            push("print(problem[\"title\"], problem[\"detail\"])");
        }
        Handling::NetworkLogin => push(
            "# A captive portal answered, not the API: log in to the network first.\n\
             print(res.text)  # HTML with a link to the login page",
        ),
    }
    (lines, imports)
}

pub(super) fn requests(s: &Scenario) -> String {
    let resend = resends(s.handling, s.method);
    let token = if resend { "token" } else { "access_token" };
    let call = requests_call(s, token);
    let (lines, imports) = requests_lines(s);
    // isort order: the standard library, then requests; plain imports before
    // from-imports.
    let mut standard: Vec<&str> = imports;
    standard.sort_by_key(|line| (line.starts_with("from"), *line));
    standard.dedup();
    let mut out = standard.join("\n");
    if !out.is_empty() {
        out.push_str("\n\n");
    }
    out.push_str("import requests");
    out.push_str(&format!("\n\nurl = {}\n", quoted(&url(s))));
    if resend {
        let params = if has_token(s) { "token" } else { "" };
        out.push_str(&format!(
            "\n\ndef send({params}):\n    return {}\n\n\n",
            super::lit::indent_rest(&call, 4)
        ));
        let first = if has_token(s) {
            "send(access_token)"
        } else {
            "send()"
        };
        out.push_str(&format!("res = {first}\n"));
    } else {
        out.push_str(&format!("res = {call}\n"));
    }
    out.push_str(&format!("\nif res.status_code == {}:\n", s.status));
    for line in lines {
        out.push_str(&format!("    {line}\n"));
    }
    out
}

// curl

fn curl_command(s: &Scenario, flags: &[&str]) -> String {
    let first = ["curl", "-i"];
    let method = match (s.method, s.request_body) {
        // --data already makes it a POST; -X POST would also force POST
        // onto any redirect -L follows.
        (Method::Get, _) | (Method::Post, Some(_)) => None,
        (method, _) => Some(method.name()),
    };
    let mut head = first.join(" ");
    let mut rest: Vec<String> = Vec::new();
    // Options that would make the first line long go on lines of their own.
    for group in flags {
        if head.len() + group.len() + url(s).len() > 70 {
            rest.push((*group).to_owned());
        } else {
            head.push(' ');
            head.push_str(group);
        }
    }
    if let Some(method) = method {
        head.push_str(&format!(" -X {method}"));
    }
    head.push(' ');
    let address = url(s);
    // A ? or & would be read by the shell.
    if address.contains(['?', '&', '*', '[']) {
        head.push_str(&shell(&address));
    } else {
        head.push_str(&address);
    }
    for (name, value) in request_headers(s) {
        if value.contains(TOKEN) {
            rest.push(format!("-H \"{name}: {value}\""));
        } else {
            rest.push(format!("-H {}", shell(&format!("{name}: {value}"))));
        }
    }
    if let Some(fields) = s.request_body {
        rest.push(format!(
            "--data {}",
            shell(&json_inline(&request_members(fields)))
        ));
    }
    let mut out = head;
    for part in rest {
        out.push_str(" \\\n  ");
        out.push_str(&part);
    }
    out.push('\n');
    out
}

pub(super) fn curl(s: &Scenario, name: &str) -> String {
    let code = s.status;
    let status = format!("{code} {name}");
    let (flags, note): (&[&str], String) = match s.handling {
        Handling::ReadJson => (&[], format!("{status}, with the order as JSON.")),
        Handling::ReadTransformed => (
            &[],
            format!("{status}: a proxy changed the content the origin server sent."),
        ),
        Handling::Created => (
            &[],
            format!("{status}: Location gives the new order's URL."),
        ),
        Handling::Poll => (
            &[],
            format!("{status}: the work is queued; poll the job that Location names."),
        ),
        Handling::NoContent => (&[], format!("{status}: success, and no body follows.")),
        Handling::ResetForm => (
            &[],
            format!("{status}: success; a form that sent it should be cleared."),
        ),
        Handling::Partial => (
            &[],
            format!("{status}: only the bytes in Content-Range (bytes 0-19/1200) follow."),
        ),
        Handling::MultiStatus if s.code == 208 => (
            &[],
            format!(
                "{status}; inside it, \"HTTP/1.1 208 Already Reported\" marks a member \
                 already listed."
            ),
        ),
        Handling::MultiStatus => (
            &[],
            format!("{status}: read the status of each resource in the XML body."),
        ),
        Handling::Delta => (
            &[],
            format!("{status}: the body holds only what changed since ETag \"feed-v7\"."),
        ),
        Handling::Choose => (
            &[],
            format!("{status}: pick one of the choices; Location is the server's pick."),
        ),
        Handling::Redirect { keeps_method, .. } => {
            let mut text =
                format!("{status}: curl shows it with its Location and stops. Add -L to follow it");
            if s.method == Method::Get {
                text.push('.');
            } else if keeps_method {
                text.push_str(&format!(
                    "; curl then repeats the {} and its body.",
                    s.method.name()
                ));
            } else {
                text.push_str("; curl then switches a POST to GET.");
            }
            (&[], text)
        }
        Handling::SeeOther => (
            &[],
            format!(
                "{status}: curl shows Location and stops; with -L it fetches the receipt \
                 there with GET."
            ),
        ),
        Handling::NotModified => (
            &[],
            format!("{status}, no body: the copy with ETag \"v7\" is still current."),
        ),
        Handling::Deprecated => (
            &[],
            format!("{status} is deprecated: do not act on its Location."),
        ),
        Handling::FixRequest => (
            &[],
            format!("{status}: the problem+json body says what to fix before sending again."),
        ),
        Handling::Reauthenticate => (
            &[],
            format!("{status}: WWW-Authenticate says how to authenticate; get a new token."),
        ),
        Handling::Refused => (
            &[],
            format!("{status}: the token is valid but not allowed; a retry will not help."),
        ),
        Handling::Missing { gone: false } => {
            (&[], format!("{status}: nothing at this URL; do not retry."))
        }
        Handling::Missing { gone: true } => (
            &[],
            format!("{status}: removed for good; drop links to it."),
        ),
        Handling::ReadAllow => (
            &[],
            format!("{status}: the Allow header lists the methods that work here."),
        ),
        Handling::ProxyCredentials => (
            &[
                "--proxy http://proxy.example.net:3128",
                "--proxy-user user:password",
            ],
            format!(
                "Without --proxy-user the proxy answers {status} and names its scheme in \
                 Proxy-Authenticate; -i shows that answer too."
            ),
        ),
        Handling::NewConnection if s.code == 408 => (
            &["--retry 2"],
            format!("{status}: --retry sends it again (curl counts 408 as a transient error)."),
        ),
        Handling::NewConnection => (
            &[],
            format!("{status}: run it again; each curl command opens its own connection."),
        ),
        Handling::Conflict => (
            &[],
            format!("{status}: fetch the current state, resolve the clash, then send again."),
        ),
        Handling::Conditional => (
            &[],
            format!(
                "{status}: GET the order for its current ETag, then repeat with it in If-Match."
            ),
        ),
        Handling::Smaller => (
            &[],
            format!("{status}: the same upload fails again; shrink or split it."),
        ),
        Handling::RangeAgain => (
            &[],
            format!("{status}: Content-Range (bytes */1200) gives the real size."),
        ),
        Handling::DropExpect => (
            &[],
            format!("{status}: send it again with -H 'Expect:', which drops the header."),
        ),
        Handling::AfterHandshake => (
            &[],
            format!(
                "{status}: only a request sent in TLS early data gets this. It was not \
                 processed: send it again once the handshake has finished."
            ),
        ),
        Handling::Upgrade => (
            &[],
            format!("{status}: Upgrade says which protocol to use here (a WebSocket)."),
        ),
        Handling::RetryAfter => (
            &["--retry 3"],
            format!("{status}: --retry waits as long as Retry-After says, then tries again."),
        ),
        Handling::SmallerHeaders => (
            &[],
            format!("{status}: send fewer or smaller headers (usually cookies)."),
        ),
        Handling::Legal => (
            &[],
            format!("{status}: the body says why; Link with rel=\"blocked-by\" says who."),
        ),
        Handling::Backoff if s.method == Method::Get => (
            &["--retry 3"],
            format!("{status}: --retry tries again, waiting longer each time."),
        ),
        Handling::Backoff => (
            &[],
            format!("{status}: try again later, if repeating this POST is safe."),
        ),
        Handling::Report => (
            &[],
            format!("{status}: sending the same request again will not help."),
        ),
        Handling::NetworkLogin => (
            &[],
            format!("{status} from a captive portal: log in to the network first."),
        ),
    };
    let mut out = curl_command(s, flags);
    out.push_str(&comment("#", &note));
    out
}
