//! `/reference/{code}`: one code in full, with links to related codes and the RFC.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::reference::compare;
use crate::core::reference::guide::problem::CARRIED_BY;
use crate::core::status::{lookup, StatusCode, StatusDetails, StatusEntry};
use crate::ui::reference::claim::{ClaimText, StrengthMark};
use crate::ui::reference::examples::CodeExamples;
use crate::ui::routes::{AppPath, PROBLEM_DETAILS_HREF, REFERENCE_HREF};

#[component]
pub fn StatusDetailPage(text: String) -> impl IntoView {
    view! {
        <article class="status-detail">
            <p class="breadcrumb"><A href=REFERENCE_HREF>"All status codes"</A></p>
            {match StatusCode::parse(&text) {
                Ok(code) => view! { <EntryView code /> }.into_any(),
                Err(error) => view! {
                    <h1>"Not a status code"</h1>
                    <p role="alert" class="alert">{error.to_string()}</p>
                }
                .into_any(),
            }}
        </article>
    }
}

#[component]
fn EntryView(code: StatusCode) -> impl IntoView {
    let entry = code.effective_entry();
    let unregistered = (!code.is_registered()).then(|| {
        format!(
            "{code} is not registered. Clients that do not know a code treat it as the x00 code of its class \
             (RFC 9110 §15), so a {code} is understood as {} {}.",
            entry.code, entry.name
        )
    });
    let heading = if code.is_registered() {
        format!("{} {}", entry.code, entry.name)
    } else {
        format!("{code} (unregistered {})", code.class().range())
    };
    view! {
        <h1 class=format!("status--{}", code.class().slug())>{heading}</h1>
        {unregistered.map(|text| view! { <p class="note note--warning">{text}</p> })}
        <dl class="entry-facts">
            <dt>"Class"</dt><dd>{format!("{} {}", entry.class.range(), entry.class.label())}</dd>
            {entry.alias.map(|a| view! { <dt>"Also known as"</dt><dd>{a}</dd> })}
            <dt>"Defined in"</dt>
            <dd><a href=entry.spec().url() rel="noopener" target="_blank">{entry.spec().label()}</a></dd>
        </dl>
        <p class="entry-meaning">{entry.meaning()}</p>
        {entry.unused.then(|| view! { <p class="note">"This code is reserved and unused: servers should not send it."</p> })}
        {entry.details().map(|details| view! { <Details code=entry.code details /> })}
        {(!code.is_registered()).then(|| view! {
            <p><a href=AppPath::status(entry.code).href()>{format!("Read about {} {}", entry.code, entry.name)}</a></p>
        })}
    }
}

#[component]
fn Details(code: u16, details: &'static StatusDetails) -> impl IntoView {
    view! {
        <section aria-labelledby="when-heading">
            <h2 id="when-heading">"When to use it"</h2>
            <p>{details.when_to_use}</p>
        </section>
        {(!details.expected_headers.is_empty()).then(|| view! {
            <section aria-labelledby="headers-heading">
                <h2 id="headers-heading">"Headers it should carry"</h2>
                <ul class="expected-headers">
                    {details.expected_headers.iter().map(|h| view! {
                        <li>
                            <code>{h.name}</code> " — " <em>{h.requirement.label()}</em> ": " {h.why} " "
                            <StrengthMark strength=h.strength() />
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {(!details.common_mistakes.is_empty()).then(|| view! {
            <section aria-labelledby="mistakes-heading">
                <h2 id="mistakes-heading">"Common mistakes"</h2>
                <ul class="claims">{details.common_mistakes.iter().map(|m| view! { <li><ClaimText claim=*m /></li> }).collect_view()}</ul>
            </section>
        })}
        <Comparisons code />
        {(!details.related.is_empty()).then(|| view! {
            <section aria-labelledby="related-heading">
                <h2 id="related-heading">"Related codes"</h2>
                <ul class="related-codes">
                    {details.related.iter().filter_map(|r| lookup(r.code).map(|e| (e, r.difference))).map(|(e, difference)| view! {
                        <li><RelatedLink entry=e /> ": " {difference}</li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {carries_problem_details(code).then(|| view! {
            <p class="note">
                "Error bodies for this code are best sent as Problem Details: "
                <a href=PROBLEM_DETAILS_HREF>"how Problem Details (RFC 9457) work"</a> "."
            </p>
        })}
        <section aria-labelledby="examples-heading">
            <h2 id="examples-heading">"Code examples"</h2>
            <CodeExamples code />
        </section>
    }
}

/// The comparisons that cover `code`, linked by name ("Compare 401 and 403").
#[component]
fn Comparisons(code: u16) -> impl IntoView {
    let covering: Vec<&'static [u16]> = compare::covering(code).collect();
    (!covering.is_empty()).then(|| {
        view! {
            <section aria-labelledby="compare-heading">
                <h2 id="compare-heading">"Side by side"</h2>
                <ul>
                    {covering.into_iter().map(|codes| view! {
                        <li><a href=AppPath::comparison(codes).href()>{compare::link_name(codes)}</a></li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

fn carries_problem_details(code: u16) -> bool {
    CARRIED_BY.iter().any(|&(carried, _)| carried == code)
}

#[component]
fn RelatedLink(entry: &'static StatusEntry) -> impl IntoView {
    view! {
        <a href=AppPath::status(entry.code).href() class=format!("status--{}", entry.class.slug())>
            {format!("{} {}", entry.code, entry.name)}
        </a>
    }
}
