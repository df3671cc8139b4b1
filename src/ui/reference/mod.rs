//! The status-code reference: the filterable table and one page per code.

mod detail_page;
mod table_page;

pub use detail_page::StatusDetailPage;
pub use table_page::ReferencePage;
