//! `/reference/problem-details`: what an RFC 9457 error body holds, and when to send one.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::reference::guide::problem::{CARRIED_BY, EXAMPLE, MEMBERS, RULES};
use crate::core::status::lookup;
use crate::ui::reference::claim::ClaimText;
use crate::ui::routes::{AppPath, REFERENCE_HREF};

#[component]
pub fn ProblemDetailsPage() -> impl IntoView {
    view! {
        <article class="problem-explainer">
            <p class="breadcrumb"><A href=REFERENCE_HREF>"All status codes"</A></p>
            <h1>"Problem Details (RFC 9457)"</h1>
            <p>
                "A standard shape for the body of an error response: a JSON object, sent as "
                <code>"application/problem+json"</code>
                ", that tells a program what went wrong without it having to learn each API's own error format."
            </p>
            <section aria-labelledby="members-heading">
                <h2 id="members-heading">"Members"</h2>
                <table class="problem-members" aria-label="Problem details members">
                    <thead><tr><th scope="col">"Member"</th><th scope="col">"Type"</th><th scope="col">"Meaning"</th></tr></thead>
                    <tbody>
                        {MEMBERS.iter().map(|m| view! {
                            <tr>
                                <th scope="row"><code>{m.name}</code></th>
                                <td>{m.kind}</td>
                                <td><ClaimText claim=m.meaning /></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
            <section aria-labelledby="rules-heading">
                <h2 id="rules-heading">"Rules"</h2>
                <ul class="claims">{RULES.iter().map(|r| view! { <li><ClaimText claim=*r /></li> }).collect_view()}</ul>
            </section>
            <section aria-labelledby="example-heading">
                <h2 id="example-heading">"An example"</h2>
                <pre class="example"><code>{EXAMPLE}</code></pre>
            </section>
            <section aria-labelledby="carried-heading">
                <h2 id="carried-heading">"Codes that often carry one"</h2>
                <ul>
                    {CARRIED_BY.iter().filter_map(|&(code, why)| lookup(code).map(|e| (e, why))).map(|(e, why)| view! {
                        <li><a href=AppPath::status(e.code).href()>{format!("{} {}", e.code, e.name)}</a> ": " {why}</li>
                    }).collect_view()}
                </ul>
            </section>
        </article>
    }
}
