//! Round trips and merge laws over arbitrary libraries.

use std::collections::{BTreeMap, BTreeSet};

use proptest::collection::vec;
use proptest::prelude::*;

use super::support::id;
use crate::core::collections::model::for_each_item_id_mut;
use crate::core::collections::{
    decode_share, encode_share, export_backup, import_backup, load, merge, serialize, Collection,
    Folder, Id, Item, Library, Loaded, SavedRequest, Variable,
};
use crate::core::request::draft::RequestDraft;
use crate::core::request::headers::HeaderRow;

fn text() -> impl Strategy<Value = String> {
    any::<String>()
}

fn arb_draft() -> impl Strategy<Value = RequestDraft> {
    let row = (text(), text(), any::<bool>()).prop_map(|(name, value, enabled)| HeaderRow {
        name,
        value,
        enabled,
    });
    (text(), text(), vec(row, 0..3), text(), any::<bool>()).prop_map(
        |(method, url, headers, body, follow_redirects)| RequestDraft {
            method,
            url,
            headers,
            body: body.as_str().into(),
            auth: Default::default(),
            follow_redirects,
            params: Vec::new(),
        },
    )
}

/// Ids are placeholders here; [`numbered`] gives each a unique one.
fn arb_item() -> impl Strategy<Value = Item> {
    let request = (text(), arb_draft(), any::<u64>(), any::<u64>()).prop_map(
        |(name, request, revision, updated_ms)| {
            Item::Request(SavedRequest {
                id: id("r"),
                name,
                request,
                revision,
                updated_ms,
            })
        },
    );
    request.prop_recursive(3, 16, 4, |inner| {
        (text(), vec(inner, 0..4)).prop_map(|(name, items)| {
            Item::Folder(Folder {
                id: id("f"),
                name,
                items,
            })
        })
    })
}

fn arb_library() -> impl Strategy<Value = Library> {
    let variable = (text(), text()).prop_map(|(key, value)| Variable::new(key, value));
    let collection = (
        text(),
        vec(arb_item(), 0..4),
        vec(variable, 0..2),
        any::<u64>(),
        any::<u64>(),
    )
        .prop_map(
            |(name, items, variables, revision, updated_ms)| Collection {
                id: id("c"),
                name,
                items,
                variables,
                revision,
                updated_ms,
            },
        );
    vec(collection, 0..4).prop_map(|collections| {
        numbered(Library {
            collections,
            ..Library::default()
        })
    })
}

/// Numbers ids per kind in order (c0, c1…, f0…, r0…), so separately generated
/// libraries share ids the way three versions of one library do.
fn numbered(mut library: Library) -> Library {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut next = |kind: &Id| {
        let n = counts.entry(kind.to_string()).or_default();
        *n += 1;
        id(&format!("{kind}{}", *n - 1))
    };
    for c in &mut library.collections {
        c.id = next(&c.id);
        for_each_item_id_mut(&mut c.items, &mut |i| *i = next(i));
    }
    library
}

fn all_ids(library: &Library) -> Vec<Id> {
    let mut ids = Vec::new();
    library.for_each_id(&mut |i| ids.push(i.clone()));
    ids
}

fn requests(library: &Library) -> BTreeMap<Id, SavedRequest> {
    fn walk(items: &[Item], out: &mut BTreeMap<Id, SavedRequest>) {
        for item in items {
            match item {
                Item::Request(r) => {
                    out.insert(r.id.clone(), r.clone());
                }
                Item::Folder(f) => walk(&f.items, out),
            }
        }
    }
    let mut out = BTreeMap::new();
    for c in &library.collections {
        walk(&c.items, &mut out);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn backups_round_trip_exactly(library in arb_library(), now in any::<u64>()) {
        prop_assert_eq!(import_backup(&export_backup(&library, now, true)).unwrap(), library);
    }

    #[test]
    fn storage_round_trips_exactly(library in arb_library(), now in any::<u64>()) {
        prop_assert_eq!(load(Some(&serialize(&library, now))), Loaded::Current(library));
    }

    #[test]
    fn shared_requests_round_trip_with_secrets(draft in arb_draft(), name in text()) {
        let shared = encode_share(&draft, &name, true).unwrap();
        prop_assert!(shared.report.is_empty());
        prop_assert_eq!(decode_share(&shared.payload).unwrap(), (name, draft));
    }

    #[test]
    fn shared_requests_without_secrets_still_decode(draft in arb_draft()) {
        let shared = encode_share(&draft, "n", false).unwrap();
        let (_, got) = decode_share(&shared.payload).unwrap();
        prop_assert!(got.headers.len() <= draft.headers.len());
        prop_assert_eq!(got.body, draft.body);
    }

    #[test]
    fn merging_with_an_unchanged_side_gives_the_changed_side(
        base in arb_library(), changed in arb_library(),
    ) {
        prop_assert_eq!(&merge(&base, &base, &changed).library, &changed);
        prop_assert_eq!(&merge(&base, &changed, &base).library, &changed);
        prop_assert_eq!(&merge(&base, &changed, &changed).library, &changed);
    }

    #[test]
    fn merging_never_loses_a_change_nor_duplicates_an_id(
        base in arb_library(), ours in arb_library(), theirs in arb_library(),
    ) {
        let m = merge(&base, &ours, &theirs);
        let ids = all_ids(&m.library);
        prop_assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), ids.len());
        let (b, o, t, got) = (requests(&base), requests(&ours), requests(&theirs), requests(&m.library));
        for side in [&o, &t] {
            for (rid, request) in side {
                if b.get(rid) != Some(request) {
                    prop_assert!(got.contains_key(rid), "changed request {} lost", rid);
                }
            }
        }
        for (rid, request) in &got {
            prop_assert!(o.get(rid) == Some(request) || t.get(rid) == Some(request));
        }
        for conflict in &m.conflicts {
            prop_assert_eq!(got.get(&conflict.request), Some(&conflict.ours));
        }
    }
}
