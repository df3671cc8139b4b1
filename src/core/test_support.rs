//! Stand-ins for browser services in native tests, and builders that several
//! modules' tests share.

use crate::core::request::url::{UrlParser, UrlParts};

/// The `url` crate implements the same WHATWG URL standard as browsers.
pub struct WhatwgUrls;

impl UrlParser for WhatwgUrls {
    fn parse(&self, text: &str) -> Option<UrlParts> {
        let url = ::url::Url::parse(text).ok()?;
        Some(UrlParts {
            href: url.as_str().to_owned(),
            scheme: url.scheme().to_owned(),
            has_credentials: !url.username().is_empty() || url.password().is_some(),
            hostname: url.host_str().unwrap_or_default().to_owned(),
            origin: url.origin().ascii_serialization(),
        })
    }
}

/// A collection `depth` folders deep, one inside the other (`f1` › `f2` › …),
/// with a request in the deepest that uses the most deeply nested parts a
/// request has (a multipart file part, auth), so the stored JSON is as deep as
/// such a library can make it.
pub fn nested_collection(depth: usize) -> crate::core::collections::Collection {
    use crate::core::collections::{Collection, Folder, Id, Item};
    let id = |text: &str| Id::parse(text).unwrap_or_else(|| panic!("test id {text}"));
    let mut items = vec![Item::Request(deepest_request(id("deepest")))];
    for level in (1..=depth).rev() {
        items = vec![Item::Folder(Folder {
            id: id(&format!("f{level}")),
            name: format!("Level {level}"),
            items,
        })];
    }
    Collection {
        id: id("nested"),
        name: "Nested".into(),
        items,
        variables: Vec::new(),
        revision: 0,
        updated_ms: 0,
    }
}

fn deepest_request(id: crate::core::collections::Id) -> crate::core::collections::SavedRequest {
    use crate::core::request::auth::Auth;
    use crate::core::request::body::{FileRef, PartRow, RequestBody};
    use crate::core::request::draft::RequestDraft;
    let file = FileRef {
        id: 7,
        name: "photo.png".into(),
        media_type: "image/png".into(),
        size: 3,
    };
    crate::core::collections::SavedRequest {
        id,
        name: "Upload".into(),
        request: RequestDraft {
            method: "POST".into(),
            url: "https://api.example.com/upload".into(),
            body: RequestBody::Multipart(vec![
                PartRow::text("note", "hi"),
                PartRow::file("photo", Some(file)),
            ]),
            auth: Auth::Basic {
                username: "ada".into(),
                password: "secret".into(),
            },
            ..RequestDraft::default()
        },
        revision: 0,
        updated_ms: 0,
    }
}

/// The samples in `tests/fixtures`, for tests that go through all of them.
pub mod fixtures {
    pub const LIBRARY_V1: &str = include_str!("../../tests/fixtures/library-v1.json");
    pub const LIBRARY_V2: &str = include_str!("../../tests/fixtures/library-v2.json");
    pub const POSTMAN: [&str; 4] = [
        include_str!("../../tests/fixtures/postman/nested-folders.json"),
        include_str!("../../tests/fixtures/postman/body-modes.json"),
        include_str!("../../tests/fixtures/postman/auth.json"),
        include_str!("../../tests/fixtures/postman/variables-and-scripts.json"),
    ];
}
