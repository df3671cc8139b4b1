//! The status-code reference: the filterable table with its intro and FAQ, one
//! page per code, side-by-side comparisons and the Problem Details explainer.

mod claim;
mod compare_page;
mod detail_page;
mod examples;
mod problem_page;
mod table_page;

pub use compare_page::ComparePage;
pub use detail_page::StatusDetailPage;
pub use problem_page::ProblemDetailsPage;
pub use table_page::ReferencePage;
