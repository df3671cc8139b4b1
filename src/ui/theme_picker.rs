//! The theme choice in the page header: the system's, light or dark, kept for
//! the next visit.

use leptos::prelude::*;

use crate::browser::theme;
use crate::core::preferences::Theme;

#[component]
pub fn ThemePicker() -> impl IntoView {
    let chosen = RwSignal::new(theme::stored());
    let problem = RwSignal::new(None::<String>);
    let on_change = move |ev| {
        let picked = Theme::parse(Some(&event_target_value(&ev)));
        chosen.set(picked);
        theme::apply(picked);
        problem.set(
            theme::remember(picked)
                .err()
                .map(|failure| format!("The theme applies now but will not be kept: {failure}")),
        );
    };
    let options = Theme::ALL.map(|option| {
        view! {
            <option value=option.as_str() selected=move || chosen.get() == option>
                {option.label()}
            </option>
        }
    });
    view! {
        <label class="theme-picker">
            "Theme "
            <select on:change=on_change>{options}</select>
        </label>
        {move || problem.get().map(|m| view! { <p role="alert" class="hint hint--warning">{m}</p> })}
    }
}
