//! What the status means and whether the server used HTTP correctly.

use leptos::prelude::*;

use crate::core::insight::problem::ProblemDetails;
use crate::core::insight::{Finding, Insight, Severity};
use crate::core::reference::compare;
use crate::ui::routes::{AppPath, PROBLEM_DETAILS_HREF};

#[component]
pub fn InsightPanel(insight: Insight) -> impl IntoView {
    let Insight {
        summary,
        findings,
        problem,
    } = insight;
    let count = findings.len();
    view! {
        <section class="insight" aria-label="Insight">
            <h2 class="section-title">"What this response means"</h2>
            <p class="insight-summary">
                <strong>{format!("{} {}", summary.code, summary.name)}</strong>
                ": " {summary.meaning} " "
                <a href=AppPath::status(summary.code).href()>{format!("More about {}", summary.code)}</a>
                {compare::covering(summary.code).map(|codes| view! {
                    " · " <a href=AppPath::comparison(codes).href()>{compare::link_name(codes)}</a>
                }).collect_view()}
            </p>
            {problem.map(|problem| view! { <ProblemView problem /> })}
            {(count > 0).then(|| view! {
                <ul class="findings" aria-label="Findings">
                    {findings.into_iter().map(|finding| view! { <FindingItem finding /> }).collect_view()}
                </ul>
            })}
        </section>
    }
}

#[component]
fn FindingItem(finding: Finding) -> impl IntoView {
    let (label, slug) = severity_label(finding.severity);
    let explainer = finding.check.is_about_problem_details();
    view! {
        <li class=format!("finding finding--{slug}")>
            <span class="finding-severity">{label}</span>
            <strong class="finding-title">{finding.title}</strong>
            <p class="finding-detail">
                {finding.detail}
                {finding.spec.map(|spec| view! {
                    " " <a href=spec.url() target="_blank" rel="noopener">{spec.label()}</a>
                })}
                {explainer.then(|| view! { " " <a href=PROBLEM_DETAILS_HREF>"About Problem Details"</a> })}
            </p>
        </li>
    }
}

fn severity_label(severity: Severity) -> (&'static str, &'static str) {
    match severity {
        Severity::Problem => ("Problem", "problem"),
        Severity::Warning => ("Warning", "warning"),
        Severity::Advice => ("Advice", "advice"),
        Severity::Info => ("Note", "info"),
    }
}

/// RFC 9457 members, then the extension members in document order.
#[component]
fn ProblemView(problem: ProblemDetails) -> impl IntoView {
    let standard = [
        ("type", problem.problem_type),
        ("title", problem.title),
        ("status", problem.status.map(|s| s.to_string())),
        ("detail", problem.detail),
        ("instance", problem.instance),
    ];
    view! {
        <section class="problem-details" aria-label="Problem details">
            <h3>"Problem details (RFC 9457)"</h3>
            <p class="hint"><a href=PROBLEM_DETAILS_HREF>"About Problem Details"</a></p>
            <dl>
                {standard
                    .into_iter()
                    .filter_map(|(name, value)| value.map(|v| (name, v)))
                    .map(|(name, value)| view! { <dt>{name}</dt><dd>{value}</dd> })
                    .collect_view()}
                {problem
                    .extensions
                    .into_iter()
                    .map(|(name, value)| view! { <dt class="extension">{name}</dt><dd><code>{value}</code></dd> })
                    .collect_view()}
            </dl>
            {(!problem.issues.is_empty()).then(|| view! {
                <ul class="problem-issues">{problem.issues.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
            })}
        </section>
    }
}
