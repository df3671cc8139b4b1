//! The ways a response body can be looked at ("lenses"), and which of them fit
//! a given body: a view that cannot show a body is never offered.

use crate::core::response::json_pretty::is_json_media_type;

/// One way of looking at a body, as offered by the body view switcher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lens {
    /// The text view the body has always had (pretty JSON, or the text as it is).
    Pretty,
    /// A collapsible outline of a JSON document.
    Tree,
    /// A JSONPath (RFC 9535) query over a JSON document.
    Filter,
    /// The body rendered: an HTML page in a sandbox, an image, a PDF.
    Preview,
}

/// What kind of thing the body is, as far as previewing goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreviewKind {
    Html,
    Image,
    Pdf,
}

/// Raster and vector images a browser shows in an `<img>`; an SVG shown
/// there never runs its scripts.
const IMAGE_TYPES: [&str; 7] = [
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "image/avif",
    "image/svg+xml",
    "image/bmp",
];

/// Bodies over this are not drawn as a tree: every node is an element, and
/// hundreds of thousands of them would hold up the page.
pub const TREE_LIMIT: usize = 2_000_000;

/// Bodies over this are not previewed: the page would hold a second copy.
pub const PREVIEW_LIMIT: usize = 20_000_000;

impl Lens {
    /// The option's visible name, for a body of `media_type`.
    pub fn label(self, media_type: &str) -> &'static str {
        match self {
            Lens::Pretty if is_json_media_type(media_type) => "Pretty",
            Lens::Pretty if media_type == "image/svg+xml" => "Source",
            Lens::Pretty => match preview_kind(media_type) {
                Some(PreviewKind::Html) => "Source",
                Some(PreviewKind::Image | PreviewKind::Pdf) => "Details",
                None => "Text",
            },
            Lens::Tree => "Tree",
            Lens::Filter => "Filter",
            Lens::Preview => "Preview",
        }
    }
}

/// What a body of `media_type` (an essence, lower case) previews as.
pub fn preview_kind(media_type: &str) -> Option<PreviewKind> {
    match media_type {
        "text/html" | "application/xhtml+xml" => Some(PreviewKind::Html),
        "application/pdf" => Some(PreviewKind::Pdf),
        m if IMAGE_TYPES.contains(&m) => Some(PreviewKind::Image),
        _ => None,
    }
}

/// The lenses offered for a body of `media_type` and `size` bytes, the default
/// first. A body too big for a lens still gets it when the lens says why it
/// cannot show it (the tree); preview is left out over its limit.
pub fn lenses(media_type: &str, size: usize) -> Vec<Lens> {
    if size == 0 {
        return vec![Lens::Pretty];
    }
    if is_json_media_type(media_type) {
        return vec![Lens::Pretty, Lens::Tree, Lens::Filter];
    }
    match preview_kind(media_type) {
        Some(_) if size <= PREVIEW_LIMIT => vec![Lens::Pretty, Lens::Preview],
        _ => vec![Lens::Pretty],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_gets_pretty_tree_and_filter() {
        assert_eq!(
            lenses("application/json", 10),
            [Lens::Pretty, Lens::Tree, Lens::Filter]
        );
        assert_eq!(lenses("application/problem+json", 10).len(), 3);
    }

    #[test]
    fn html_and_images_get_a_preview() {
        assert_eq!(lenses("text/html", 10), [Lens::Pretty, Lens::Preview]);
        assert_eq!(lenses("image/svg+xml", 10), [Lens::Pretty, Lens::Preview]);
        assert_eq!(lenses("application/pdf", 10), [Lens::Pretty, Lens::Preview]);
    }

    #[test]
    fn plain_text_and_unknown_types_get_only_the_text_view() {
        assert_eq!(lenses("text/plain", 10), [Lens::Pretty]);
        assert_eq!(lenses("application/octet-stream", 10), [Lens::Pretty]);
        assert_eq!(lenses("", 10), [Lens::Pretty]);
    }

    #[test]
    fn an_empty_body_has_nothing_to_switch() {
        assert_eq!(lenses("application/json", 0), [Lens::Pretty]);
        assert_eq!(lenses("text/html", 0), [Lens::Pretty]);
    }

    #[test]
    fn a_huge_image_is_not_previewed() {
        assert_eq!(lenses("image/png", PREVIEW_LIMIT + 1), [Lens::Pretty]);
    }

    #[test]
    fn labels_say_what_the_default_view_is_for_the_type() {
        assert_eq!(Lens::Pretty.label("application/json"), "Pretty");
        assert_eq!(Lens::Pretty.label("text/html"), "Source");
        assert_eq!(Lens::Pretty.label("image/png"), "Details");
        assert_eq!(Lens::Pretty.label("image/svg+xml"), "Source");
        assert_eq!(Lens::Pretty.label("text/plain"), "Text");
        assert_eq!(Lens::Filter.label("application/json"), "Filter");
    }

    #[test]
    fn preview_kinds_follow_the_media_type() {
        assert_eq!(preview_kind("text/html"), Some(PreviewKind::Html));
        assert_eq!(preview_kind("image/webp"), Some(PreviewKind::Image));
        assert_eq!(preview_kind("application/pdf"), Some(PreviewKind::Pdf));
        assert_eq!(preview_kind("image/x-icon"), None);
    }
}
