use super::*;
use proptest::prelude::*;

fn row(name: &str, value: &str) -> QueryParam {
    QueryParam::new(name, Some(value))
}

fn key(name: &str) -> QueryParam {
    QueryParam::new(name, None)
}

fn off(mut row: QueryParam) -> QueryParam {
    row.enabled = false;
    row
}

/// The URL after the table changed row `index` to `new`, as the UI does it.
fn edited(url: &str, index: usize, new: QueryParam) -> String {
    let mut rows = params_of(url);
    rows[index] = new;
    with_params(url, &rows)
}

fn raw_pieces(url: &str) -> Vec<&str> {
    pieces(split(url).query).iter().map(|p| p.raw).collect()
}

#[test]
fn rows_are_read_in_order_with_repeated_keys_kept_apart() {
    assert_eq!(
        params_of("https://x.test/p?a=1&b=2&a=3"),
        vec![row("a", "1"), row("b", "2"), row("a", "3")]
    );
}

#[test]
fn a_key_without_equals_differs_from_an_empty_value() {
    assert_eq!(params_of("/p?a&b="), vec![key("a"), row("b", "")]);
    assert_eq!(with_params("/p", &[key("a"), row("b", "")]), "/p?a&b=");
}

#[test]
fn only_the_first_equals_splits_name_from_value() {
    assert_eq!(params_of("?t=a=b=="), vec![row("t", "a=b==")]);
    assert_eq!(with_params("", &[row("a=b", "c=d")]), "?a%3Db=c=d");
}

#[test]
fn the_fragment_is_not_part_of_the_query_and_is_kept() {
    assert_eq!(params_of("/p?a=1#b=2"), vec![row("a", "1")]);
    assert_eq!(
        with_params("/p?a=1#frag?x=&y", &[row("c", "3")]),
        "/p?c=3#frag?x=&y"
    );
}

#[test]
fn a_hash_before_any_question_mark_means_no_query() {
    assert!(params_of("/p#top?a=1").is_empty());
    assert_eq!(
        with_params("/p#top?a=1", &[row("a", "2")]),
        "/p?a=2#top?a=1"
    );
}

#[test]
fn plus_and_escapes_are_decoded_for_display() {
    assert_eq!(
        params_of("?q=a+b%20c&%C3%A9t%C3%A9=%7E%2B"),
        vec![row("q", "a b c"), row("été", "~+")]
    );
}

#[test]
fn malformed_escapes_and_bytes_that_are_not_utf8_stay_as_typed() {
    assert_eq!(
        params_of("?a=100%&b=%zz%4"),
        vec![row("a", "100%"), row("b", "%zz%4")]
    );
    assert_eq!(params_of("?c=%ff%41%C3"), vec![row("c", "%ffA%C3")]);
    assert_eq!(params_of("?d=%E2%82%AC%E2%82"), vec![row("d", "€%E2%82")]);
}

#[test]
fn empty_pieces_are_not_rows() {
    assert_eq!(params_of("?&a=1&&b&"), vec![row("a", "1"), key("b")]);
    assert!(params_of("/p?").is_empty());
    assert!(params_of("/p?&&").is_empty());
}

#[test]
fn a_second_question_mark_belongs_to_the_first_name() {
    assert_eq!(params_of("/p??a=1"), vec![row("?a", "1")]);
    assert_eq!(with_params("/p", &[row("?a", "?")]), "/p??a=?");
}

#[test]
fn an_unchanged_table_gives_back_the_url_byte_for_byte() {
    for url in [
        "/p?",
        "/p?&",
        "/p?a=1&&b+c=%7e&",
        "{{base}}?a#",
        "x?%zz=%ff#?#",
    ] {
        assert_eq!(with_params(url, &params_of(url)), url);
    }
}

#[test]
fn editing_one_row_keeps_the_others_as_typed() {
    let url = "https://x.test/s?q=a+b&x=%7E&z=%41#top";
    assert_eq!(
        edited(url, 1, row("x", "new")),
        "https://x.test/s?q=a+b&x=new&z=%41#top"
    );
}

#[test]
fn renaming_a_row_writes_only_that_row_again() {
    assert_eq!(edited("?a=%7E&b=1", 0, row("c", "~")), "?c=~&b=1");
}

#[test]
fn an_edit_that_matches_a_neighbour_does_not_take_its_spelling() {
    // Both rows read a=A; the edited first one must not steal the second's `%41`.
    assert_eq!(edited("?a=1&a=%41", 0, row("a", "A")), "?a=A&a=%41");
}

#[test]
fn adding_and_removing_rows_leave_the_others_alone() {
    let url = "/p?q=a+b&x=%7E";
    let mut rows = params_of(url);
    rows.insert(1, row("n", "1 2"));
    assert_eq!(with_params(url, &rows), "/p?q=a+b&n=1%202&x=%7E");
    rows.remove(0);
    assert_eq!(with_params(url, &rows), "/p?n=1%202&x=%7E");
}

#[test]
fn removing_the_last_row_removes_the_question_mark() {
    assert_eq!(with_params("/p?a=1#f", &[]), "/p#f");
    assert_eq!(with_params("/p?a=1&&", &[]), "/p");
}

#[test]
fn a_rewritten_query_leaves_empty_pieces_out() {
    assert_eq!(edited("/p?&a=1&&b=2&", 1, row("b", "3")), "/p?a=1&b=3");
}

#[test]
fn switched_off_and_blank_rows_are_not_written() {
    let rows = [row("a", "1"), off(row("b", "2")), key(""), row("c", "")];
    assert_eq!(with_params("/p?a=1&b=2&c=", &rows), "/p?a=1&c=");
    assert_eq!(with_params("/p", &[off(row("a", "1"))]), "/p");
}

#[test]
fn rewriting_the_url_keeps_switched_off_rows_in_place() {
    let table = [
        row("a", "1"),
        off(row("b", "2")),
        row("c", "3"),
        off(key("d")),
    ];
    assert_eq!(
        reread("/p?a=1&c=4&e", &table),
        vec![
            row("a", "1"),
            off(row("b", "2")),
            row("c", "4"),
            off(key("d")),
            key("e")
        ]
    );
    assert_eq!(
        reread("/p", &table),
        vec![off(row("b", "2")), off(key("d"))]
    );
}

#[test]
fn characters_that_change_meaning_are_escaped() {
    assert_eq!(
        with_params("/p", &[row("a&b=c#d+e%f", "a&b=c#d+e%f")]),
        "/p?a%26b%3Dc%23d%2Be%25f=a%26b=c%23d%2Be%25f"
    );
}

#[test]
fn spaces_controls_quotes_and_non_ascii_are_escaped() {
    assert_eq!(
        with_params("/p", &[row("a b", "\"é€\t'<>\u{7f}")]),
        "/p?a%20b=%22%C3%A9%E2%82%AC%09%27%3C%3E%7F"
    );
}

#[test]
fn harmless_punctuation_stays_readable() {
    assert_eq!(
        with_params("/p", &[row("f[x]", "a/b?c:d@e,f;g!h~i*j$k()|^`\\")]),
        "/p?f[x]=a/b?c:d@e,f;g!h~i*j$k()|^`\\"
    );
}

#[test]
fn variable_references_stay_literal() {
    assert_eq!(
        with_params("{{base}}/p", &[row("{{key name}}", "{{città}}-é {x}")]),
        "{{base}}/p?{{key name}}={{città}}-%C3%A9%20{x}"
    );
    // Inside a reference only what would break the query is escaped.
    assert_eq!(
        with_params("", &[row("k", "{{a&b+c}}")]),
        "?k={{a%26b%2Bc}}"
    );
}

#[test]
fn a_percent_typed_in_the_table_is_a_percent_sign() {
    let url = with_params("/p", &[row("p", "%41 %ff")]);
    assert_eq!(url, "/p?p=%2541%20%25ff");
    assert_eq!(params_of(&url), vec![row("p", "%41 %ff")]);
}

/// Text for names and values, rich in what needs care.
fn text() -> impl Strategy<Value = String> {
    "([a-c &=+#%?/{}é€😀\t\u{7f}]|\\{\\{v\\}\\}|\\{\\{a b\\}\\}|%41|%E2|%zz){0,8}"
}

fn any_row() -> impl Strategy<Value = QueryParam> {
    (text(), proptest::option::of(text()), any::<bool>()).prop_map(|(name, value, enabled)| {
        QueryParam {
            name,
            value,
            enabled,
        }
    })
}

/// URL-like text: bases, queries with odd pieces, fragments, junk.
fn url_text() -> impl Strategy<Value = String> {
    "([a-c:/{}?#&=+% é€]|%41|%e2%82|%C3|%zz|&&|\\?\\?|\\{\\{v\\}\\}){0,16}"
}

proptest! {
    #[test]
    fn written_rows_read_back_as_they_were(
        base in "[a-z:/.{}]{0,12}",
        fragment in "(#[a-z?#&=% ]{0,6})?",
        rows in proptest::collection::vec(any_row(), 0..6),
    ) {
        let url = with_params(&format!("{base}{fragment}"), &rows);
        let expected: Vec<QueryParam> = rows.into_iter().filter(|r| r.is_written()).collect();
        prop_assert_eq!(params_of(&url), expected);
        let parts = split(&url);
        prop_assert_eq!(parts.before, base.as_str());
        prop_assert_eq!(parts.fragment, fragment.as_str());
    }

    #[test]
    fn an_untouched_table_leaves_any_url_unchanged(url in url_text()) {
        let rows = params_of(&url);
        prop_assert_eq!(with_params(&url, &rows), url.as_str());
        prop_assert_eq!(with_params(&url, &reread(&url, &rows)), url.as_str());
    }

    #[test]
    fn editing_a_row_rewrites_only_that_row(url in url_text(), pick in any::<prop::sample::Index>()) {
        let before = raw_pieces(&url);
        prop_assume!(!before.is_empty());
        let index = pick.index(before.len());
        // `!` never comes out of url_text(), so the new row reads unlike any piece.
        let after = edited(&url, index, row("n!", "v!"));
        let mut expected = before.clone();
        expected[index] = "n!=v!";
        prop_assert_eq!(raw_pieces(&after), expected);
        prop_assert_eq!(split(&after).before, split(&url).before);
        prop_assert_eq!(split(&after).fragment, split(&url).fragment);
    }

    #[test]
    fn removing_a_row_keeps_the_others_spelling(url in url_text(), pick in any::<prop::sample::Index>()) {
        let rows = params_of(&url);
        prop_assume!(!rows.is_empty());
        let index = pick.index(rows.len());
        let mut fewer = rows.clone();
        let removed = fewer.remove(index);
        let after = with_params(&url, &fewer);
        prop_assert_eq!(params_of(&after), fewer);
        // Rows reading alike are interchangeable: any one of them may go.
        let before = pieces(split(&url).query);
        let kept = raw_pieces(&after);
        let dropped_one_alike = (0..before.len()).any(|i| {
            removed.reads_as(&before[i])
                && kept.iter().copied().eq(before.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, p)| p.raw))
        });
        prop_assert!(dropped_one_alike, "{:?} -> {:?}", url, after);
    }

    #[test]
    fn nothing_panics_on_any_text(url in ".{0,40}", value in ".{0,12}") {
        let rows = params_of(&url);
        let _ = reread(&url, &rows);
        let _ = with_params(&url, &[row(&value, &value)]);
    }
}

proptest! {
    #[test]
    fn a_form_decoder_reads_written_rows_as_the_table_shows_them(
        rows in proptest::collection::vec(any_row(), 1..5),
    ) {
        let url = with_params("http://x.test/p", &rows);
        let query = split(&url).query.unwrap_or_default();
        let read: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes()).into_owned().collect();
        let shown: Vec<(String, String)> = rows
            .iter()
            .filter(|r| r.is_written())
            .map(|r| (r.name.clone(), r.value.clone().unwrap_or_default()))
            .collect();
        prop_assert_eq!(read, shown);
    }

    #[test]
    fn the_browser_sends_a_written_query_as_it_is_shown(
        rows in proptest::collection::vec(("[a-c &=+#%?/{}é€😀\t\"'<>\u{7f}]{0,8}", "[a-c &=+#%?/{}é€😀\t\"'<>\u{7f}]{0,8}"), 1..5),
    ) {
        // Without references: inside them text stays raw, to be filled in first.
        prop_assume!(rows.iter().all(|(n, v)| next_reference(n).is_none() && next_reference(v).is_none()));
        let rows: Vec<QueryParam> = rows.iter().map(|(n, v)| row(n, v)).collect();
        let written = with_params("http://x.test/p", &rows);
        let parsed = url::Url::parse(&written).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(parsed.as_str(), written.as_str());
    }
}
