//! Valid samples taken apart: a few edits to the parsed document (a value
//! deleted, duplicated, swapped with a sibling, replaced by one of another
//! type, a huge number or a deep nest), then now and then one to its text
//! (cut short, or a hostile snippet such as a lone surrogate escape put in).
//! Such input gets past the first checks a parser makes, where random text
//! seldom does. [`reshaped`] keeps every value's type, so most documents
//! still read, carrying values no edit in the app would make.

use proptest::collection::vec;
use proptest::prelude::*;
use serde_json::{json, Value};

#[derive(Debug, Clone)]
pub enum Edit {
    Delete,
    Duplicate,
    /// With the sibling this many places further on (wrapping round).
    Swap(usize),
    Replace(Value),
    /// By an awkward value of the same type, chosen by the number.
    Reshape(usize),
    /// Inside this many arrays.
    Nest(usize),
}

#[derive(Debug, Clone)]
pub enum TextEdit {
    /// Cut at this fraction (in thousandths) of the text.
    Cut(usize),
    /// This snippet put in at this fraction (in thousandths).
    Insert(usize, &'static str),
}

/// Snippets that break JSON, or pass as JSON and break what reads it.
const SNIPPETS: &[&str] = &[
    r#""\ud800""#,
    r#""\udc00\ud800x""#,
    r#"\ud83d"#,
    r#""\u0000""#,
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "1e999",
    "-0",
    "18446744073709551616",
    "-9223372036854775809",
    "NaN",
    "\u{feff}",
    "\u{0}",
    "{{",
    "}}",
];

/// Text of `sample` after a few edits to the document and to the text.
pub fn mutated(sample: &str) -> impl Strategy<Value = String> {
    let text_edits = prop_oneof![3 => Just(Vec::new()), 1 => vec(text_edit(), 1..3)];
    edited(sample, vec((any::<usize>(), edit()), 1..5), text_edits)
}

/// Text of `sample` with a few values duplicated, swapped or given awkward
/// values of their own type.
pub fn reshaped(sample: &str) -> impl Strategy<Value = String> {
    let edit = prop_oneof![
        1 => Just(Edit::Duplicate),
        1 => any::<usize>().prop_map(Edit::Swap),
        4 => any::<usize>().prop_map(Edit::Reshape),
    ];
    edited(sample, vec((any::<usize>(), edit), 1..4), Just(Vec::new()))
}

fn edited(
    sample: &str,
    edits: impl Strategy<Value = Vec<(usize, Edit)>>,
    text_edits: impl Strategy<Value = Vec<TextEdit>>,
) -> impl Strategy<Value = String> {
    let doc: Value = serde_json::from_str(sample).unwrap_or(Value::Null);
    (edits, text_edits).prop_map(move |(edits, text_edits)| {
        let mut doc = doc.clone();
        for (at, edit) in edits {
            apply(&mut doc, at, edit);
        }
        let mut text = doc.to_string();
        for edit in text_edits {
            apply_text(&mut text, edit);
        }
        text
    })
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => Just(Edit::Delete),
        1 => Just(Edit::Duplicate),
        2 => any::<usize>().prop_map(Edit::Swap),
        5 => odd_value().prop_map(Edit::Replace),
        1 => prop_oneof![1..20usize, 100..200usize].prop_map(Edit::Nest),
    ]
}

fn text_edit() -> impl Strategy<Value = TextEdit> {
    prop_oneof![
        (0..1000usize).prop_map(TextEdit::Cut),
        (0..1000usize, proptest::sample::select(SNIPPETS))
            .prop_map(|(at, snippet)| TextEdit::Insert(at, snippet)),
    ]
}

/// A value of any JSON type, often an awkward one.
pub fn odd_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        Just(Value::from(u64::MAX)),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::from)),
        ".{0,40}".prop_map(Value::from),
        Just(Value::from("x".repeat(70_000))),
        Just(json!([])),
        Just(json!({})),
        Just(json!({"kind": "folder", "id": "x", "name": "", "items": [{}]})),
        Just(json!({"url": {"raw": 1}, "body": {"mode": "raw"}})),
    ]
}

/// Where in a document a node sits.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// Every node's path, in document order (the root's is empty).
fn paths(doc: &Value) -> Vec<Vec<Step>> {
    let mut out = vec![Vec::new()];
    walk(doc, &mut Vec::new(), &mut out);
    out
}

fn walk(node: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    let children: Vec<(Step, &Value)> = match node {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (Step::Index(i), v))
            .collect(),
        Value::Object(members) => members
            .iter()
            .map(|(k, v)| (Step::Key(k.clone()), v))
            .collect(),
        _ => Vec::new(),
    };
    for (step, child) in children {
        at.push(step);
        out.push(at.clone());
        walk(child, at, out);
        at.pop();
    }
}

fn node_mut<'a>(doc: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(doc, |node, step| match step {
        Step::Key(k) => node.get_mut(k.as_str()),
        Step::Index(i) => node.get_mut(*i),
    })
}

/// Applies `edit` to the node numbered `at` (modulo the node count).
fn apply(doc: &mut Value, at: usize, edit: Edit) {
    let all = paths(doc);
    let path = &all[at % all.len()];
    let Some((last, parent_path)) = path.split_last() else {
        // The root: only replacing or nesting it makes sense.
        match edit {
            Edit::Replace(value) => *doc = value,
            Edit::Reshape(choice) => reshape(doc, choice),
            Edit::Nest(levels) => nest(doc, levels),
            _ => {}
        }
        return;
    };
    let Some(parent) = node_mut(doc, parent_path) else {
        return;
    };
    match edit {
        Edit::Delete => remove(parent, last),
        Edit::Duplicate => duplicate(parent, last),
        Edit::Swap(offset) => swap(parent, last, offset),
        Edit::Replace(value) => {
            if let Some(node) = node_mut(parent, std::slice::from_ref(last)) {
                *node = value;
            }
        }
        Edit::Reshape(choice) => {
            if let Some(node) = node_mut(parent, std::slice::from_ref(last)) {
                reshape(node, choice);
            }
        }
        Edit::Nest(levels) => {
            if let Some(node) = node_mut(parent, std::slice::from_ref(last)) {
                nest(node, levels);
            }
        }
    }
}

/// Numbers at the edges, text that is empty, long, odd or a reference.
fn reshape(node: &mut Value, choice: usize) {
    const NUMBERS: [u64; 4] = [0, 1, u64::MAX, 9_007_199_254_740_993];
    const TEXTS: [&str; 6] = ["", " ", "é{{a}}\u{0}", "{{", "\u{202e}x", "%zz"];
    match node {
        Value::Number(_) => *node = Value::from(NUMBERS[choice % NUMBERS.len()]),
        Value::String(_) if choice % 7 == 6 => *node = Value::from("x".repeat(300)),
        Value::String(_) => *node = Value::from(TEXTS[choice % TEXTS.len()]),
        Value::Bool(b) => *b = !*b,
        Value::Array(items) => items.truncate(choice % 2),
        Value::Null | Value::Object(_) => {}
    }
}

fn nest(node: &mut Value, levels: usize) {
    for _ in 0..levels {
        *node = Value::Array(vec![node.take()]);
    }
}

fn remove(parent: &mut Value, step: &Step) {
    match (parent, step) {
        (Value::Array(items), Step::Index(i)) if *i < items.len() => {
            items.remove(*i);
        }
        (Value::Object(members), Step::Key(k)) => {
            members.remove(k);
        }
        _ => {}
    }
}

/// An array gets a second copy beside it; an object the value under a new name.
fn duplicate(parent: &mut Value, step: &Step) {
    match (parent, step) {
        (Value::Array(items), Step::Index(i)) if *i < items.len() => {
            let copy = items[*i].clone();
            items.insert(*i, copy);
        }
        (Value::Object(members), Step::Key(k)) => {
            if let Some(copy) = members.get(k).cloned() {
                members.insert(format!("{k}2"), copy);
            }
        }
        _ => {}
    }
}

fn swap(parent: &mut Value, step: &Step, offset: usize) {
    match (parent, step) {
        (Value::Array(items), Step::Index(i)) if !items.is_empty() => {
            let len = items.len();
            items.swap(*i % len, (i + offset) % len);
        }
        (Value::Object(members), Step::Key(k)) if !members.is_empty() => {
            let keys: Vec<String> = members.keys().cloned().collect();
            let other = keys[offset % keys.len()].clone();
            let (Some(a), Some(b)) = (members.get(k).cloned(), members.get(&other).cloned()) else {
                return;
            };
            members.insert(k.clone(), b);
            members.insert(other, a);
        }
        _ => {}
    }
}

fn apply_text(text: &mut String, edit: TextEdit) {
    let at = |thousandths: usize, text: &str| {
        let mut at = text.len() * thousandths / 1000;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    match edit {
        TextEdit::Cut(where_) => {
            let end = at(where_, text);
            text.truncate(end);
        }
        TextEdit::Insert(where_, snippet) => {
            let index = at(where_, text);
            text.insert_str(index, snippet);
        }
    }
}
