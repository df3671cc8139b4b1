//! `/reference`: every registered code, filterable by text and class; the
//! filter lives in the URL (`?q=`, `?class=`) so a filtered view can be bookmarked.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::browser::location::replace_query;
use crate::core::status::{registry, search, StatusClass, StatusEntry};
use crate::ui::routes::AppPath;

#[component]
pub fn ReferencePage() -> impl IntoView {
    let initial = use_query_map().get_untracked();
    let query = RwSignal::new(initial.get("q").unwrap_or_default());
    let class_filter = RwSignal::new(
        initial
            .get("class")
            .as_deref()
            .and_then(StatusClass::from_slug),
    );
    // The URL follows the filter (replacing, so Back is not one step per keystroke).
    Effect::new(move |_| {
        let class = class_filter
            .get()
            .map(StatusClass::slug)
            .unwrap_or_default();
        replace_query(&[("q", &query.get()), ("class", class)]);
    });
    let rows = Memo::new(move |_| {
        let wanted = class_filter.get();
        search(&query.get())
            .into_iter()
            .filter(|e| wanted.is_none_or(|c| e.class == c))
            .collect::<Vec<_>>()
    });
    view! {
        <section class="reference">
            <h1>"HTTP status codes"</h1>
            <div class="reference-filters">
                <input
                    type="search"
                    aria-label="Filter status codes"
                    placeholder="Filter by code, name or meaning"
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
            <p class="note" aria-live="polite">{move || format!("{} of {} registered codes", rows.get().len(), registry().len())}</p>
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
                    <For each=move || rows.get() key=|e| e.code let:entry>
                        <EntryRow entry />
                    </For>
                </tbody>
            </table>
        </section>
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
fn EntryRow(entry: &'static StatusEntry) -> impl IntoView {
    let when = entry.details().map(|d| d.when_to_use).unwrap_or("");
    view! {
        <tr class=format!("status--{}", entry.class.slug())>
            <th scope="row"><a href=AppPath::status(entry.code).href()>{entry.code}</a></th>
            <td class="entry-name">{entry.name}{entry.alias.map(|a| view! { <span class="alias">{format!(" ({a})")}</span> })}</td>
            <td class="entry-class">{entry.class.label()}</td>
            <td>{entry.meaning()}</td>
            <td class="entry-when">{when}</td>
        </tr>
    }
}
