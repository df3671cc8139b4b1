use super::*;
use crate::core::response::received::body_view;

fn job(content_type: Option<&str>, body: &[u8]) -> BodyFormatter {
    BodyFormatter::new(content_type, &Body::from(body.to_vec()))
}

fn run(mut job: BodyFormatter, budget: usize) -> (BodyView, usize) {
    let mut steps = 1;
    loop {
        match job.step(budget) {
            Step::Done(view) => return (view, steps),
            Step::Pending(percent) => {
                assert!(percent <= 100);
                steps += 1;
            }
        }
    }
}

#[test]
fn json_is_checked_then_laid_out_in_several_steps_to_the_same_view() {
    let body = br#"{"items": [1, 2, 3], "name": "x", "nested": {"a": null}}"#;
    let (view, steps) = run(job(Some("application/json"), body), 8);
    assert_eq!(view, body_view(Some("application/json"), body));
    assert!(steps > 3, "{steps} steps");
}

#[test]
fn invalid_json_ends_after_the_check_with_the_reason() {
    let body = b"{\"a\": }";
    let (view, steps) = run(job(Some("application/json"), body), 1 << 20);
    assert_eq!(view, body_view(Some("application/json"), body));
    assert!(matches!(view, BodyView::InvalidJson { .. }));
    assert_eq!(steps, 1);
}

#[test]
fn bodies_that_need_no_layout_are_ready_at_once() {
    for (content_type, body) in [
        (Some("text/plain"), &b"hello"[..]),
        (Some("image/png"), &[0x89, 0x50, 0x4e, 0x47, 0x00][..]),
        (None, &b""[..]),
    ] {
        let (view, steps) = run(job(content_type, body), 1);
        assert_eq!(view, body_view(content_type, body));
        assert_eq!(steps, 1);
    }
}

#[test]
fn a_finished_job_has_nothing_more_to_give() {
    let mut job = job(Some("text/plain"), b"x");
    assert_eq!(job.step(1), Step::Done(BodyView::Text("x".into())));
    assert_eq!(job.step(1), Step::Done(BodyView::Empty));
}
