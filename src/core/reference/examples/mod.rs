//! Code examples for each status code, written for this project: how a server
//! sends it (Express, Flask, axum) and how a client handles it (`fetch`,
//! `requests`, `curl -i`).
//!
//! The examples are generated from one scenario a code (`scenarios.rs`): the
//! request, the status line, headers and body, and what the client does next.
//! Interim responses, 305 and a proxy's 407 are written by hand (`custom.rs`). Tests run
//! every example through `node --check`, `python3 -m py_compile`, `bash -n`
//! and, for axum, the compiler (tests/axum_examples.rs).

mod client;
mod custom;
mod lit;
mod scenarios;
mod server;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

use crate::core::status::lookup;
use scenarios::Scenario;

/// A language or tool an example is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    Express,
    Flask,
    Axum,
    Fetch,
    Requests,
    Curl,
}

/// Which end of the exchange an example is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Server,
    Client,
}

impl Language {
    pub const ALL: [Language; 6] = [
        Language::Express,
        Language::Flask,
        Language::Axum,
        Language::Fetch,
        Language::Requests,
        Language::Curl,
    ];

    /// The caption: "Node.js (Express)", "Python (requests)".
    pub fn label(self) -> &'static str {
        match self {
            Language::Express => "Node.js (Express)",
            Language::Flask => "Python (Flask)",
            Language::Axum => "Rust (axum)",
            Language::Fetch => "JavaScript (fetch)",
            Language::Requests => "Python (requests)",
            Language::Curl => "curl",
        }
    }

    pub fn side(self) -> Side {
        match self {
            Language::Express | Language::Flask | Language::Axum => Side::Server,
            Language::Fetch | Language::Requests | Language::Curl => Side::Client,
        }
    }
}

/// One example: the code, ready to copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    pub language: Language,
    pub code: String,
}

/// The examples for a registered code, servers first. Empty for codes a
/// server does not send from application code.
pub fn for_code(code: u16) -> Vec<Example> {
    let (Some(scenario), Some(entry)) = (scenarios::find(code), lookup(code)) else {
        return Vec::new();
    };
    if entry.unused {
        return Vec::new();
    }
    // The status line's name, for what a client sees: 208's scenario answers with a 207.
    let status_name = lookup(scenario.status).map_or(entry.name, |e| e.name);
    Language::ALL
        .into_iter()
        .filter(|language| !scenario.omit.contains(language))
        .map(|language| Example {
            language,
            code: custom::snippet(code, language)
                .map(str::to_owned)
                .unwrap_or_else(|| render(scenario, language, entry.name, status_name)),
        })
        .collect()
}

fn render(scenario: &Scenario, language: Language, name: &str, status_name: &str) -> String {
    match language {
        Language::Express => server::express(scenario, name),
        Language::Flask => server::flask(scenario, name),
        Language::Axum => server::axum(scenario, name),
        Language::Fetch => client::fetch(scenario),
        Language::Requests => client::requests(scenario),
        Language::Curl => client::curl(scenario, status_name),
    }
}
