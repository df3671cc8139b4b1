//! Response headers, one row each, name then value.

use leptos::prelude::*;

#[component]
pub fn HeadersTable(headers: Vec<(String, String)>) -> impl IntoView {
    let count = headers.len();
    view! {
        <details class="response-headers" open>
            <summary>{format!("Headers ({count})")}</summary>
            <table aria-label="Response headers">
                <thead>
                    <tr><th scope="col">"Name"</th><th scope="col">"Value"</th></tr>
                </thead>
                <tbody>
                    {headers
                        .into_iter()
                        .map(|(name, value)| view! { <tr><th scope="row">{name}</th><td>{value}</td></tr> })
                        .collect_view()}
                </tbody>
            </table>
        </details>
    }
}
