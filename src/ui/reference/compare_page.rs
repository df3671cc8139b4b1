//! `/reference/compare/{codes}`: codes that are easily confused, side by side.
//! The codes may come in any order; an address that names no comparison says why.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::reference::compare::{self, Comparison, COMPARISONS};
use crate::core::status::lookup;
use crate::ui::reference::claim::ClaimText;
use crate::ui::reference::examples::CodeExamples;
use crate::ui::routes::{AppPath, REFERENCE_HREF};

#[component]
pub fn ComparePage(codes: String) -> impl IntoView {
    view! {
        <article class="comparison">
            <p class="breadcrumb"><A href=REFERENCE_HREF>"All status codes"</A></p>
            {match compare::find(&codes) {
                Ok(comparison) => view! { <ComparisonView comparison /> }.into_any(),
                Err(error) => view! {
                    <h1>"No such comparison"</h1>
                    <p role="alert" class="alert">{error.to_string()}</p>
                    <ComparisonList />
                }
                .into_any(),
            }}
        </article>
    }
}

#[component]
fn ComparisonView(comparison: &'static Comparison) -> impl IntoView {
    let entries: Vec<_> = comparison.codes.iter().filter_map(|&c| lookup(c)).collect();
    view! {
        <h1>{comparison.title}</h1>
        <p class="comparison-summary">{comparison.summary}</p>
        <div class="table-scroll">
            <table class="comparison-table" aria-label=compare::link_name(comparison.codes)>
                <thead>
                    <tr>
                        <td></td>
                        {entries.iter().map(|e| view! {
                            <th scope="col" class=format!("status--{}", e.class.slug())>
                                <a href=AppPath::status(e.code).href()>{format!("{} {}", e.code, e.name)}</a>
                            </th>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {comparison.rows.iter().map(|row| view! {
                        <tr>
                            <th scope="row">{row.aspect.label()}</th>
                            {row.cells.iter().map(|cell| view! { <td><ClaimText claim=*cell /></td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <section aria-labelledby="examples-heading">
            <h2 id="examples-heading">"Code examples"</h2>
            {comparison.codes.iter().map(|&code| {
                let name = lookup(code).map(|e| e.name).unwrap_or_default();
                view! {
                    <details class="examples-of">
                        <summary>{format!("{code} {name}")}</summary>
                        <CodeExamples code />
                    </details>
                }
            }).collect_view()}
        </section>
        <section aria-labelledby="other-comparisons-heading">
            <h2 id="other-comparisons-heading">"Other comparisons"</h2>
            <ComparisonList except=comparison.codes />
        </section>
    }
}

/// Links to every comparison, named like "Compare 401 and 403", with its title.
#[component]
pub fn ComparisonList(#[prop(optional)] except: &'static [u16]) -> impl IntoView {
    view! {
        <ul class="comparison-list">
            {COMPARISONS.iter().filter(|c| c.codes != except).map(|c| view! {
                <li>
                    <a href=AppPath::comparison(c.codes).href()>{compare::link_name(c.codes)}</a>
                    ": " {c.title}
                </li>
            }).collect_view()}
        </ul>
    }
}
