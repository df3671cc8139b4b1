//! The importer against commands in the style of public API documentation
//! (written for these tests), its errors, and the draft it makes.

mod commands;
mod draft;
mod errors;

use super::*;

fn parse(command: &str) -> CurlRequest {
    match parse_curl(command) {
        Ok(request) => request,
        Err(error) => panic!("should parse: {error}\n{command}"),
    }
}

fn header<'a>(request: &'a CurlRequest, name: &str) -> Option<&'a str> {
    request
        .headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}
