//! Code examples for each status code, written for this project: how a server
//! sends it (Express, Flask, axum) and how a client handles it (`fetch`,
//! `requests`, `curl -i`).

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
pub fn for_code(_code: u16) -> Vec<Example> {
    Vec::new()
}
