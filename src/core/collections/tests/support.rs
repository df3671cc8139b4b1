//! Small builders for readable tests.

use crate::core::collections::{Folder, Id, Item, Library};
use crate::core::request::draft::RequestDraft;
use crate::core::request::headers::HeaderRow;

pub const NOW: u64 = 1_767_225_600_000;

pub fn id(text: &str) -> Id {
    Id::parse(text).unwrap()
}

pub fn draft(method: &str, url: &str) -> RequestDraft {
    RequestDraft {
        method: method.into(),
        url: url.into(),
        headers: vec![HeaderRow::new("Accept", "application/json")],
        ..RequestDraft::default()
    }
}

/// ```text
/// users  "Users API"
///   list    GET  /users
///   admin/  "Admin"
///     delete  DELETE /users/1
///     deep/   "Deep"
///       audit GET /audit
///   create  POST /users
/// billing "Billing"
///   invoices GET /invoices
/// ```
pub fn sample() -> Library {
    let mut lib = Library::default();
    let (users, billing) = (id("users"), id("billing"));
    lib.create_collection(users.clone(), "Users API", NOW)
        .unwrap();
    lib.create_collection(billing.clone(), "Billing", NOW)
        .unwrap();
    let save =
        |lib: &mut Library, c: &Id, f: Option<&str>, r: &str, name: &str, m: &str, url: &str| {
            let folder = f.map(id);
            lib.save_new_request(c, folder.as_ref(), id(r), name, draft(m, url), NOW)
                .unwrap();
        };
    save(
        &mut lib,
        &users,
        None,
        "list",
        "List users",
        "GET",
        "https://api.example.com/users",
    );
    lib.create_folder(&users, None, id("admin"), "Admin")
        .unwrap();
    save(
        &mut lib,
        &users,
        Some("admin"),
        "delete",
        "Delete user",
        "DELETE",
        "https://api.example.com/users/1",
    );
    lib.create_folder(&users, Some(&id("admin")), id("deep"), "Deep")
        .unwrap();
    save(
        &mut lib,
        &users,
        Some("deep"),
        "audit",
        "Audit log",
        "GET",
        "https://api.example.com/audit",
    );
    save(
        &mut lib,
        &users,
        None,
        "create",
        "Create user",
        "POST",
        "https://api.example.com/users",
    );
    save(
        &mut lib,
        &billing,
        None,
        "invoices",
        "Invoices",
        "GET",
        "https://billing.example.com/invoices",
    );
    lib
}

/// Ids of a container's items, in order.
pub fn ids(items: &[Item]) -> Vec<&str> {
    items.iter().map(|i| i.id().as_str()).collect()
}

pub fn folder<'a>(lib: &'a Library, collection: &str, folder_id: &str) -> &'a Folder {
    fn find<'a>(items: &'a [Item], want: &str) -> Option<&'a Folder> {
        items.iter().find_map(|i| match i {
            Item::Folder(f) if f.id.as_str() == want => Some(f),
            Item::Folder(f) => find(&f.items, want),
            Item::Request(_) => None,
        })
    }
    find(&lib.collection(&id(collection)).unwrap().items, folder_id).unwrap()
}

/// The collection holding a request, and the names of the folders leading to it.
pub fn request_path(lib: &Library, request: &Id) -> Option<(Id, Vec<String>)> {
    lib.collections.iter().find_map(|c| {
        let mut folders = Vec::new();
        path_to_request(&c.items, request, &mut folders).then(|| (c.id.clone(), folders))
    })
}

fn path_to_request(items: &[Item], id: &Id, folders: &mut Vec<String>) -> bool {
    items.iter().any(|item| match item {
        Item::Request(r) => &r.id == id,
        Item::Folder(f) => {
            folders.push(f.name.clone());
            let found = path_to_request(&f.items, id, folders);
            if !found {
                folders.pop();
            }
            found
        }
    })
}
