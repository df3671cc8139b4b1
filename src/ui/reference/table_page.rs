//! `/reference`: an intro to the five classes, every registered code in a
//! filterable table, then the comparisons, the common mistakes and the FAQ.
//! The filter lives in the URL (`?q=`, `?class=`) through the router, so a
//! filtered view can be bookmarked and Back and Forward restore it.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::core::reference::guide::{class_intro, Faq, Mistake, COMMON_MISTAKES, FAQ};
use crate::core::reference::search::{filter, Hit, MatchedIn};
use crate::core::status::{lookup, registry, StatusClass};
use crate::ui::reference::claim::ClaimText;
use crate::ui::reference::compare_page::ComparisonList;
use crate::ui::routes::{AppPath, PROBLEM_DETAILS_HREF};

#[component]
pub fn ReferencePage() -> impl IntoView {
    let (query, class_filter) = filter_in_url();
    let rows = Memo::new(move |_| {
        let wanted = class_filter.get();
        filter(&query.get())
            .into_iter()
            .filter(|hit| wanted.is_none_or(|c| hit.entry.class == c))
            .collect::<Vec<_>>()
    });
    view! {
        <section class="reference">
            <h1>"HTTP status codes"</h1>
            <Intro />
            <div class="reference-filters">
                <input
                    type="search"
                    aria-label="Filter status codes"
                    placeholder="Filter by code, name, meaning or guidance"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
                <div class="class-filters" role="group" aria-label="Filter by class">
                    <ClassButton label="All".to_owned() slug=None current=class_filter />
                    {StatusClass::ALL
                        .into_iter()
                        .map(|c| view! { <ClassButton label=format!("{} {}", c.range(), c.label()) slug=Some(c) current=class_filter /> })
                        .collect_view()}
                </div>
            </div>
            <p class="note" aria-live="polite">{move || count_note(&rows.get())}</p>
            // Scrolls sideways inside its own box on a narrow screen, not the page.
            <div class="table-scroll">
                <table aria-label="Status codes" class="reference-table">
                    <thead>
                        <tr>
                            <th scope="col">"Code"</th>
                            <th scope="col">"Name"</th>
                            <th scope="col">"Class"</th>
                            <th scope="col">"Meaning"</th>
                            <th scope="col">"When to use"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|hit| (hit.entry.code, hit.matched_in) let:hit>
                            <EntryRow hit />
                        </For>
                    </tbody>
                </table>
            </div>
            <Guide />
        </section>
    }
}

/// The filter's text and class, kept in `?q=` and `?class=`.
///
/// What is typed is the source of truth while typing: the router catches up
/// asynchronously, so its echo of an earlier keystroke must not overwrite a
/// later one. Only a change of the address from elsewhere (Back, a link)
/// replaces the text.
fn filter_in_url() -> (RwSignal<String>, RwSignal<Option<StatusClass>>) {
    let url = use_query_map();
    let from_url = move || {
        url.with(|q| {
            let class = q.get("class").as_deref().and_then(StatusClass::from_slug);
            (q.get("q").unwrap_or_default(), class)
        })
    };
    let (initial_query, initial_class) = from_url();
    let query = RwSignal::new(initial_query);
    let class_filter = RwSignal::new(initial_class);
    let sent = StoredValue::new(Vec::<(String, Option<StatusClass>)>::new());
    let navigate = use_navigate();
    Effect::new(move |previous: Option<()>| {
        let wanted = (query.get(), class_filter.get());
        // Nothing to write on the first run, or when the address already says it
        // (the text was just set from the address): no echo would come back.
        if previous.is_none() || untrack(from_url) == wanted {
            return;
        }
        let href = AppPath::reference_filtered(&wanted.0, wanted.1.map(StatusClass::slug));
        sent.update_value(|s| s.push(wanted));
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..NavigateOptions::default()
        };
        navigate(href.path(), options);
    });
    Effect::new(move |_| {
        let current = from_url();
        let ours = sent.with_value(|s| s.contains(&current));
        if ours {
            // Our own echo: once it matches what is shown, older echoes can go.
            if current == (query.get_untracked(), class_filter.get_untracked()) {
                sent.update_value(Vec::clear);
            }
            return;
        }
        query.set(current.0);
        class_filter.set(current.1);
    });
    (query, class_filter)
}

fn count_note(rows: &[Hit]) -> String {
    let total = registry().len();
    let direct = rows
        .iter()
        .filter(|h| h.matched_in == MatchedIn::Summary)
        .count();
    let deeper = rows.len() - direct;
    match deeper {
        0 => format!("{direct} of {total} registered codes"),
        _ => format!(
            "{direct} of {total} registered codes by number, name or meaning; {deeper} more by their guidance"
        ),
    }
}

/// The five classes, a line each.
#[component]
fn Intro() -> impl IntoView {
    view! {
        <p class="reference-intro">
            "A status code's first digit gives its class; a client that does not know a code treats it as the x00 code of its class. "
            "Each statement below is marked: an RFC requirement shows its keyword and section, the rest is common practice."
        </p>
        <dl class="class-intro">
            {StatusClass::ALL.into_iter().map(|c| view! {
                <dt class=format!("status--{}", c.slug())>{format!("{} {}", c.range(), c.label())}</dt>
                <dd>{class_intro(c)}</dd>
            }).collect_view()}
        </dl>
    }
}

#[component]
fn ClassButton(
    label: String,
    slug: Option<StatusClass>,
    current: RwSignal<Option<StatusClass>>,
) -> impl IntoView {
    let pressed = move || (current.get() == slug).to_string();
    view! {
        <button type="button" aria-pressed=pressed on:click=move |_| current.set(slug)>
            {label}
        </button>
    }
}

#[component]
fn EntryRow(hit: Hit) -> impl IntoView {
    let entry = hit.entry;
    let when = entry.details().map(|d| d.when_to_use).unwrap_or("");
    let found_in = match hit.matched_in {
        MatchedIn::Summary => None,
        MatchedIn::Guidance => Some("Found in its guidance."),
        MatchedIn::Comparison => Some("Found in a comparison."),
    };
    view! {
        <tr class=format!("status--{}", entry.class.slug())>
            <th scope="row"><a href=AppPath::status(entry.code).href()>{entry.code}</a></th>
            <td class="entry-name">{entry.name}{entry.alias.map(|a| view! { <span class="alias">{format!(" ({a})")}</span> })}</td>
            <td class="entry-class">{entry.class.label()}</td>
            <td>{entry.meaning()}{found_in.map(|note| view! { " " <span class="found-in">{note}</span> })}</td>
            <td class="entry-when">{when}</td>
        </tr>
    }
}

/// Below the table: comparisons, Problem Details, common mistakes, FAQ.
#[component]
fn Guide() -> impl IntoView {
    view! {
        <section aria-labelledby="comparisons-heading">
            <h2 id="comparisons-heading">"Side-by-side comparisons"</h2>
            <ComparisonList />
        </section>
        <section aria-labelledby="problem-heading">
            <h2 id="problem-heading">"Error bodies"</h2>
            <p>
                "For the body of a 4xx or 5xx response, RFC 9457 defines a standard JSON shape: "
                <a href=PROBLEM_DETAILS_HREF>"how Problem Details (RFC 9457) work"</a> "."
            </p>
        </section>
        <section aria-labelledby="mistakes-list-heading">
            <h2 id="mistakes-list-heading">"Common mistakes"</h2>
            <ul class="claims">{COMMON_MISTAKES.iter().map(|m| view! { <MistakeItem mistake=m /> }).collect_view()}</ul>
        </section>
        <section aria-labelledby="faq-heading">
            <h2 id="faq-heading">"Questions people ask"</h2>
            {FAQ.iter().map(|faq| view! { <FaqItem faq /> }).collect_view()}
        </section>
    }
}

#[component]
fn MistakeItem(mistake: &'static Mistake) -> impl IntoView {
    view! {
        <li>
            <strong>{mistake.title}</strong> ". " <ClaimText claim=mistake.why /> " "
            {mistake.instead} " " <CodeLinks codes=mistake.codes />
        </li>
    }
}

#[component]
fn FaqItem(faq: &'static Faq) -> impl IntoView {
    view! {
        <h3>{faq.question}</h3>
        {faq.answer.iter().map(|claim| view! { <p><ClaimText claim=*claim /></p> }).collect_view()}
        {(!faq.codes.is_empty()).then(|| view! { <p class="hint">"See " <CodeLinks codes=faq.codes /></p> })}
    }
}

/// Links to codes' pages, by number alone so they do not repeat the table's names.
#[component]
fn CodeLinks(codes: &'static [u16]) -> impl IntoView {
    codes
        .iter()
        .filter_map(|&code| lookup(code))
        .map(|entry| {
            view! {
                <a class=format!("code-link status--{}", entry.class.slug()) href=AppPath::status(entry.code).href()>
                    {entry.code}
                </a>
                " "
            }
        })
        .collect_view()
}
