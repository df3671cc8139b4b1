//! The machinery of [`super::merge`]: each side indexed by id, the three-way
//! rule, and rebuilding the arrangement.

use std::collections::{BTreeMap, BTreeSet};

use super::{Conflict, Merged, PropertyChange, PropertyConflict};
use crate::core::collections::id::Id;
use crate::core::collections::model::{Collection, Folder, Item, Library, SavedRequest, Variable};

pub(super) fn merge(base: &Library, ours: &Library, theirs: &Library) -> Merged {
    let sides = Sides {
        base: View::new(base),
        ours: View::new(ours),
        theirs: View::new(theirs),
    };
    let (chosen, other) = if sides.ours.outline != sides.base.outline {
        (&sides.ours, &sides.theirs)
    } else {
        (&sides.theirs, &sides.ours)
    };
    let mut arranged = sides.surviving(&chosen.outline);
    let mut placed = BTreeSet::new();
    collect_ids(&arranged, &mut placed);
    sides.graft(&mut arranged, &mut placed, &other.outline, None);
    let mut merged = Merged {
        library: Library::default(),
        conflicts: Vec::new(),
        property_conflicts: Vec::new(),
    };
    for node in &arranged {
        if let Some(collection) = sides.collection(node, &mut merged) {
            merged.library.collections.push(collection);
        }
    }
    merged
}

/// The library's arrangement by id only: collections, folders, requests.
#[derive(Debug, PartialEq)]
struct Node<'a> {
    id: &'a Id,
    children: Vec<Node<'a>>,
}

/// One side's library, indexed by id.
struct View<'a> {
    outline: Vec<Node<'a>>,
    collections: BTreeMap<&'a Id, &'a Collection>,
    folders: BTreeMap<&'a Id, &'a str>,
    requests: BTreeMap<&'a Id, &'a SavedRequest>,
}

impl<'a> View<'a> {
    fn new(library: &'a Library) -> View<'a> {
        let mut view = View {
            outline: Vec::new(),
            collections: BTreeMap::new(),
            folders: BTreeMap::new(),
            requests: BTreeMap::new(),
        };
        for c in &library.collections {
            view.collections.insert(&c.id, c);
            let children = view.index(&c.items);
            view.outline.push(Node {
                id: &c.id,
                children,
            });
        }
        view
    }

    fn index(&mut self, items: &'a [Item]) -> Vec<Node<'a>> {
        items
            .iter()
            .map(|item| match item {
                Item::Request(r) => {
                    self.requests.insert(&r.id, r);
                    Node {
                        id: &r.id,
                        children: Vec::new(),
                    }
                }
                Item::Folder(f) => {
                    self.folders.insert(&f.id, &f.name);
                    Node {
                        id: &f.id,
                        children: self.index(&f.items),
                    }
                }
            })
            .collect()
    }
}

/// The merged arrangement, before contents are filled in.
struct Placed {
    id: Id,
    children: Vec<Placed>,
}

enum Pick<'a, T: ?Sized> {
    Gone,
    Keep(&'a T),
    Both { ours: &'a T, theirs: &'a T },
}

/// The three-way rule for one thing present on some of the sides.
fn pick<'a, T: PartialEq + ?Sized>(
    base: Option<&'a T>,
    ours: Option<&'a T>,
    theirs: Option<&'a T>,
) -> Pick<'a, T> {
    match (ours, theirs) {
        (Some(o), Some(t)) if o == t || base == Some(t) => Pick::Keep(o),
        (Some(_), Some(t)) if base == ours => Pick::Keep(t),
        (Some(o), Some(t)) => Pick::Both { ours: o, theirs: t },
        (Some(x), None) | (None, Some(x)) if base == Some(x) => Pick::Gone,
        (Some(x), None) | (None, Some(x)) => Pick::Keep(x),
        (None, None) => Pick::Gone,
    }
}

struct Sides<'a> {
    base: View<'a>,
    ours: View<'a>,
    theirs: View<'a>,
}

impl<'a> Sides<'a> {
    /// Whether a thing survives on its own, before counting what it contains.
    fn survives(&self, id: &Id) -> bool {
        let (b, o, t) = (&self.base, &self.ours, &self.theirs);
        if o.requests.contains_key(id) || t.requests.contains_key(id) {
            return !matches!(self.request(id), Pick::Gone);
        }
        if o.folders.contains_key(id) || t.folders.contains_key(id) {
            let name = |v: &View<'a>| v.folders.get(id).copied();
            return !matches!(pick(name(b), name(o), name(t)), Pick::Gone);
        }
        let [pb, po, pt] =
            [b, o, t].map(|v| v.collections.get(id).map(|c| (&c.name, &c.variables)));
        !matches!(pick(pb.as_ref(), po.as_ref(), pt.as_ref()), Pick::Gone)
    }

    fn request(&self, id: &Id) -> Pick<'a, SavedRequest> {
        let get = |v: &View<'a>| v.requests.get(id).copied();
        match pick(get(&self.base), get(&self.ours), get(&self.theirs)) {
            Pick::Both { ours, theirs }
                if ours.name == theirs.name && ours.request == theirs.request =>
            {
                let newer = (theirs.revision, theirs.updated_ms) > (ours.revision, ours.updated_ms);
                Pick::Keep(if newer { theirs } else { ours })
            }
            picked => picked,
        }
    }

    /// A side's arrangement, without what does not survive. A folder or
    /// collection that would go stays if something inside it survives.
    fn surviving(&self, nodes: &[Node]) -> Vec<Placed> {
        nodes
            .iter()
            .filter_map(|node| {
                let children = self.surviving(&node.children);
                (self.survives(node.id) || !children.is_empty()).then(|| Placed {
                    id: node.id.clone(),
                    children,
                })
            })
            .collect()
    }

    /// Adds what the other side has that must survive and is not placed yet,
    /// each right after the sibling it followed there (or first, if it was
    /// first). Parents come before children, so a parent is placed by the time
    /// its children are.
    fn graft(
        &self,
        arranged: &mut Vec<Placed>,
        placed: &mut BTreeSet<Id>,
        nodes: &[Node],
        parent: Option<&Id>,
    ) {
        let mut previous: Option<&Id> = None;
        for node in nodes {
            if self.needed(node, placed) {
                let siblings = match parent {
                    None => Some(&mut *arranged),
                    Some(parent) => find_placed(arranged, parent).map(|p| &mut p.children),
                };
                if let Some(siblings) = siblings {
                    let at = previous.map_or(0, |prev| {
                        siblings
                            .iter()
                            .position(|s| &s.id == prev)
                            .map_or(siblings.len(), |i| i + 1)
                    });
                    let id = node.id.clone();
                    siblings.insert(
                        at,
                        Placed {
                            id: id.clone(),
                            children: Vec::new(),
                        },
                    );
                    placed.insert(id);
                }
            }
            if placed.contains(node.id) {
                self.graft(arranged, placed, &node.children, Some(node.id));
            }
            previous = Some(node.id);
        }
    }

    /// Not placed yet, and surviving or holding something that must be placed.
    fn needed(&self, node: &Node, placed: &BTreeSet<Id>) -> bool {
        !placed.contains(node.id)
            && (self.survives(node.id) || node.children.iter().any(|c| self.needed(c, placed)))
    }

    fn collection(&self, node: &Placed, merged: &mut Merged) -> Option<Collection> {
        let id = &node.id;
        let [b, o, t] = [&self.base, &self.ours, &self.theirs].map(|v| v.collections.get(id));
        let present = o.or(t).or(b)?;
        let (Some(o), Some(t)) = (o, t) else {
            // On one side only (added, or kept against a delete): as that side has it.
            return Some(Collection {
                id: id.clone(),
                name: present.name.clone(),
                items: self.items(&node.children, merged),
                variables: present.variables.clone(),
                revision: present.revision,
                updated_ms: present.updated_ms,
            });
        };
        let name = self.property(
            b.map(|c| c.name.as_str()),
            &o.name,
            &t.name,
            id,
            &o.name,
            merged,
        );
        let variables = self.property(
            b.map(|c| &c.variables),
            &o.variables,
            &t.variables,
            id,
            &o.name,
            merged,
        );
        let stamps = |c: &Collection| (c.revision, c.updated_ms);
        let (revision, updated_ms) = match pick(
            b.map(|c| stamps(c)).as_ref(),
            Some(&stamps(o)),
            Some(&stamps(t)),
        ) {
            Pick::Keep(s) => *s,
            _ => stamps(o).max(stamps(t)),
        };
        Some(Collection {
            id: id.clone(),
            name: name.to_owned(),
            items: self.items(&node.children, merged),
            variables: variables.clone(),
            revision,
            updated_ms,
        })
    }

    /// A collection or folder property present on both sides; ours on a clash.
    fn property<'x, T: PartialEq + PropertyValue + ?Sized>(
        &self,
        base: Option<&'x T>,
        ours: &'x T,
        theirs: &'x T,
        target: &Id,
        name: &str,
        merged: &mut Merged,
    ) -> &'x T {
        match pick(base, Some(ours), Some(theirs)) {
            Pick::Keep(value) => value,
            Pick::Both { ours, theirs } => {
                merged.property_conflicts.push(PropertyConflict {
                    target: target.clone(),
                    name: name.to_owned(),
                    change: T::change(ours, theirs),
                });
                ours
            }
            Pick::Gone => ours,
        }
    }

    fn items(&self, nodes: &[Placed], merged: &mut Merged) -> Vec<Item> {
        nodes
            .iter()
            .filter_map(|node| self.item(node, merged))
            .collect()
    }

    fn item(&self, node: &Placed, merged: &mut Merged) -> Option<Item> {
        let id = &node.id;
        let sides = [&self.base, &self.ours, &self.theirs];
        if sides.iter().any(|v| v.requests.contains_key(id)) {
            let saved = match self.request(id) {
                Pick::Keep(saved) => saved,
                Pick::Both { ours, theirs } => {
                    merged.conflicts.push(Conflict {
                        request: id.clone(),
                        name: ours.name.clone(),
                        ours: ours.clone(),
                        theirs: theirs.clone(),
                    });
                    ours
                }
                // Only surviving requests are placed; this keeps whatever exists.
                Pick::Gone => {
                    let [b, o, t] = sides.map(|v| v.requests.get(id).copied());
                    o.or(t).or(b)?
                }
            };
            return Some(Item::Request(saved.clone()));
        }
        let [b, o, t] = sides.map(|v| v.folders.get(id).copied());
        let name = match (o, t) {
            (Some(o), Some(t)) => self.property(b, o, t, id, o, merged),
            _ => o.or(t).or(b)?,
        };
        Some(Item::Folder(Folder {
            id: id.clone(),
            name: name.to_owned(),
            items: self.items(&node.children, merged),
        }))
    }
}

trait PropertyValue {
    fn change(ours: &Self, theirs: &Self) -> PropertyChange;
}

impl PropertyValue for str {
    fn change(ours: &Self, theirs: &Self) -> PropertyChange {
        PropertyChange::Name {
            ours: ours.to_owned(),
            theirs: theirs.to_owned(),
        }
    }
}

impl PropertyValue for Vec<Variable> {
    fn change(ours: &Self, theirs: &Self) -> PropertyChange {
        PropertyChange::Variables {
            ours: ours.clone(),
            theirs: theirs.clone(),
        }
    }
}

fn collect_ids(nodes: &[Placed], into: &mut BTreeSet<Id>) {
    for node in nodes {
        into.insert(node.id.clone());
        collect_ids(&node.children, into);
    }
}

fn find_placed<'a>(nodes: &'a mut [Placed], id: &Id) -> Option<&'a mut Placed> {
    for node in nodes {
        if &node.id == id {
            return Some(node);
        }
        if let Some(found) = find_placed(&mut node.children, id) {
            return Some(found);
        }
    }
    None
}
