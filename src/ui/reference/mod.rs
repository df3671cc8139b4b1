//! The status-code reference: the filterable table and one page per code.

mod detail_page;
mod table_page;

pub use detail_page::StatusDetailPage;
pub use table_page::ReferencePage;

/// Where a code's reference entry lives, for links from anywhere in the app.
pub fn reference_href(code: u16) -> String {
    format!("{}/reference/{code}", crate::app::BASE)
}
