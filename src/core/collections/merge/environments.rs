//! Merging environments and the choice of the active one: each environment
//! (by id) as one whole value, by the same rules as a request, except that
//! when both sides changed one differently ours is kept without a conflict
//! (an environment is small, and the other tab shows its own version).

use std::collections::BTreeSet;

use crate::core::collections::environment::Environment;
use crate::core::collections::id::Id;
use crate::core::collections::model::Library;

/// Sets `merged`'s environments and active environment from the three sides.
pub(super) fn merge_environments(
    base: &Library,
    ours: &Library,
    theirs: &Library,
    merged: &mut Library,
) {
    let find = |lib: &'_ Library, id: &Id| lib.environment(id).cloned();
    let mut seen = BTreeSet::new();
    // Ours' order first, then what only theirs has, in theirs' order.
    for e in ours.environments.iter().chain(&theirs.environments) {
        if !seen.insert(e.id.clone()) {
            continue;
        }
        if let Some(kept) = pick(find(base, &e.id), find(ours, &e.id), find(theirs, &e.id)) {
            if !merged.contains_id(&kept.id) {
                merged.environments.push(kept);
            }
        }
    }
    merged.active_environment = changed(
        &base.active_environment,
        &ours.active_environment,
        &theirs.active_environment,
    )
    .clone();
    if merged.active().is_none() {
        merged.active_environment = None;
    }
}

/// The surviving version: a side that changed it wins (ours if both did);
/// deleted on one side and unchanged on the other, it goes.
fn pick(
    base: Option<Environment>,
    ours: Option<Environment>,
    theirs: Option<Environment>,
) -> Option<Environment> {
    match (base, ours, theirs) {
        (Some(b), Some(o), None) | (Some(b), None, Some(o)) if o == b => None,
        (_, Some(o), Some(t)) if o == t => Some(o),
        (Some(b), Some(o), Some(t)) if o == b => Some(t),
        (_, Some(o), _) => Some(o),
        (_, None, t) => t,
    }
}

fn changed<'a, T: PartialEq>(base: &'a T, ours: &'a T, theirs: &'a T) -> &'a T {
    if ours != base {
        ours
    } else {
        theirs
    }
}
