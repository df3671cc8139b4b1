//! Saved collections: sidebar, save dialog, collection and request pages,
//! history, sharing, import and export.

mod backups;
mod collection_page;
mod history_panel;
mod import_export;
mod notices;
mod request_page;
mod save_dialog;
mod share;
mod sidebar;
mod variables;

pub use collection_page::CollectionPage;
pub use history_panel::HistoryPanel;
pub use notices::StorageNotices;
pub use request_page::SavedRequestPage;
pub use save_dialog::SaveRequestButton;
pub use share::ShareButton;
pub use sidebar::CollectionsSidebar;
pub use variables::VariablesEditor;
