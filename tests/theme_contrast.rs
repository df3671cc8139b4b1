//! The stylesheet's colours keep WCAG AA contrast in both themes: read from
//! style/main.css itself, so a changed colour is checked where it is defined.

use std::collections::HashMap;

const AA_TEXT: f64 = 4.5;

#[derive(Clone, Copy, Debug)]
struct Rgb(u8, u8, u8);

/// Every `--name: light-dark(#light, #dark);` of the stylesheet.
fn tokens() -> HashMap<String, (Rgb, Rgb)> {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css"))
        .expect("style/main.css is readable");
    css.lines()
        .filter_map(|line| {
            let (name, value) = line.trim().split_once(':')?;
            let pair = value.trim().strip_prefix("light-dark(")?;
            let (light, rest) = pair.split_once(',')?;
            let dark = rest.split_once(')')?.0;
            Some((name.trim().to_owned(), (hex(light)?, hex(dark)?)))
        })
        .collect()
}

fn hex(text: &str) -> Option<Rgb> {
    let digits = text.trim().strip_prefix('#')?;
    if digits.len() != 6 {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&digits[i..i + 2], 16).ok();
    Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
}

/// Relative luminance, WCAG 2.1.
fn luminance(Rgb(r, g, b): Rgb) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Checks `fore` on `back` in both themes; returns the failures.
fn check(tokens: &HashMap<String, (Rgb, Rgb)>, fore: &str, back: &str) -> Vec<String> {
    let (Some(f), Some(b)) = (tokens.get(fore), tokens.get(back)) else {
        return vec![format!("{fore} or {back} is not a light-dark() colour")];
    };
    [("light", f.0, b.0), ("dark", f.1, b.1)]
        .into_iter()
        .filter_map(|(theme, f, b)| {
            let ratio = contrast(f, b);
            (ratio < AA_TEXT).then(|| format!("{fore} on {back} in {theme}: {ratio:.2}:1"))
        })
        .collect()
}

#[test]
fn the_ratio_is_computed_as_wcag_defines_it() {
    let black = Rgb(0, 0, 0);
    let white = Rgb(255, 255, 255);
    assert!((contrast(black, white) - 21.0).abs() < 1e-9);
    assert!((contrast(white, white) - 1.0).abs() < 1e-9);
    // #767676 on white is the well-known 4.54:1 edge of AA.
    assert!((contrast(Rgb(0x76, 0x76, 0x76), white) - 4.54).abs() < 0.01);
}

#[test]
fn every_colour_token_is_read_in_both_themes() {
    let tokens = tokens();
    for name in [
        "--bg",
        "--surface",
        "--text",
        "--muted",
        "--accent",
        "--accent-text",
        "--danger",
        "--status-informational",
        "--status-success",
        "--status-redirection",
        "--status-client-error",
        "--status-server-error",
        "--status-unknown",
    ] {
        assert!(
            tokens.contains_key(name),
            "{name} is not light-dark(#rrggbb, #rrggbb)"
        );
    }
}

/// The five status classes, as named in the `--status-{class}` tokens.
const STATUS_CLASSES: [&str; 5] = [
    "informational",
    "success",
    "redirection",
    "client-error",
    "server-error",
];

#[test]
fn the_five_status_classes_keep_aa_contrast_in_both_themes() {
    let tokens = tokens();
    let failures: Vec<String> = STATUS_CLASSES
        .iter()
        .chain(&["unknown"])
        .map(|class| format!("--status-{class}"))
        .flat_map(|status| ["--bg", "--surface"].map(|back| check(&tokens, &status, back)))
        .flatten()
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn text_links_and_buttons_keep_aa_contrast_in_both_themes() {
    let tokens = tokens();
    let pairs = [
        ("--text", "--bg"),
        ("--text", "--surface"),
        ("--muted", "--bg"),
        ("--muted", "--surface"),
        ("--accent", "--bg"),
        ("--accent-text", "--accent"),
        ("--danger", "--bg"),
        ("--danger", "--surface"),
        ("--text", "--warning-bg"),
    ];
    let failures: Vec<String> = pairs
        .iter()
        .flat_map(|(f, b)| check(&tokens, f, b))
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_status_classes_look_different_from_each_other() {
    // Distinct colours, not only distinct names: no two classes share a value.
    let tokens = tokens();
    for theme in 0..2 {
        let mut seen = Vec::new();
        for class in STATUS_CLASSES {
            let (light, dark) = tokens[&format!("--status-{class}")];
            let Rgb(r, g, b) = if theme == 0 { light } else { dark };
            assert!(
                !seen.contains(&(r, g, b)),
                "--status-{class} repeats a colour"
            );
            seen.push((r, g, b));
        }
    }
}
