use super::*;
use crate::core::response::json_pretty::pretty;
use crate::core::response::text_lines::LineIndex;

fn run(mut job: LargeLayout<Vec<u8>>, budget: usize) -> (Result<LargeRows, LayoutError>, usize) {
    let mut steps = 1;
    loop {
        match job.step(budget) {
            LayoutStep::Done(result) => return (result, steps),
            LayoutStep::Pending(percent) => {
                assert!(percent < 100);
                steps += 1;
            }
        }
    }
}

fn stored(text: &str) -> LargeBytes {
    LargeBytes::new(text.as_bytes().to_vec())
}

fn all_rows(rows: &LargeRows) -> String {
    rows.read(0..rows.len())
}

#[test]
fn raw_rows_are_the_text_as_it_is() {
    let text = "line one\nline two\n".repeat(50);
    let (rows, steps) = run(LargeLayout::raw(stored(&text), 6), 100);
    let rows = rows.unwrap();
    assert!(steps > 5);
    assert_eq!(rows.len(), LineIndex::new(&text, 6).len());
    assert_eq!(
        all_rows(&rows),
        LineIndex::new(&text, 6)
            .rows(&text, 0..usize::MAX)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn formatted_rows_are_the_pretty_layout() {
    let text = r#"{"items":[1,2,{"a":"b"}],"empty":{},"s":"x"}"#;
    let (rows, steps) = run(LargeLayout::formatted(stored(text), Vec::new(), 2000), 7);
    let rows = rows.unwrap();
    assert!(steps > 3);
    assert_eq!(all_rows(&rows), pretty(text).unwrap());
    assert_eq!(rows.text().len(), pretty(text).unwrap().len());
}

#[test]
fn invalid_json_ends_the_job_with_the_reason() {
    let message = |text| match run(LargeLayout::formatted(stored(text), Vec::new(), 2000), 3).0 {
        Err(LayoutError::NotJson(e)) => e.message,
        other => panic!("{other:?}"),
    };
    assert_eq!(message("[1, 2,]"), "trailing comma");
    assert_eq!(message("[1, 2"), "EOF while parsing a list");
}

fn is_text(bytes: &[u8], refuse_nul: bool, budget: usize) -> bool {
    let job = LargeLayout::raw(LargeBytes::new(bytes.to_vec()), 2000).checking_text(refuse_nul);
    match run(job, budget).0 {
        Ok(_) => true,
        Err(LayoutError::NotText) => false,
        Err(other) => panic!("{other:?}"),
    }
}

#[test]
fn the_text_check_follows_characters_across_slices() {
    let text = "héllo wörld 😀".repeat(10);
    for budget in 1..8 {
        assert!(is_text(text.as_bytes(), true, budget), "budget {budget}");
    }
    assert!(!is_text(&[b'a', 0xff, b'b'], false, 1));
    // a character cut off by the end of the body
    assert!(!is_text(&"é".as_bytes()[..1], false, 4));
    assert!(is_text(b"a\0b", false, 2));
    assert!(!is_text(b"a\0b", true, 2));
}

#[test]
fn formatting_checks_the_text_first() {
    let job = LargeLayout::formatted(LargeBytes::new(b"[\"\xff\"]".to_vec()), Vec::new(), 2000)
        .checking_text(false);
    assert_eq!(run(job, 2).0, Err(LayoutError::NotText));
}

#[test]
fn a_finished_job_gives_its_outcome_again() {
    let mut job = LargeLayout::formatted(stored("[1]"), Vec::new(), 2000);
    let first = job.step(100);
    assert!(matches!(&first, LayoutStep::Done(Ok(rows)) if rows.read(0..3) == "[\n  1\n]"));
    assert_eq!(job.step(100), first);
    let mut broken = LargeLayout::formatted(stored("[1,]"), Vec::<u8>::new(), 2000);
    let failed = broken.step(100);
    assert!(matches!(
        failed,
        LayoutStep::Done(Err(LayoutError::NotJson(_)))
    ));
    assert_eq!(broken.step(100), failed);
}

#[test]
fn an_empty_body_is_one_empty_row() {
    let (rows, steps) = run(LargeLayout::raw(stored(""), 10), 10);
    assert_eq!((rows.unwrap().len(), steps), (1, 1));
}
