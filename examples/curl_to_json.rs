//! Prints what the cURL importer makes of a command, as one JSON object:
//! `cargo run --quiet --example curl_to_json -- '<curl command>'`.
//! A command it refuses prints `{"error": "…"}` and exits with status 1.

use api_client::core::curl::parse_curl;

fn main() {
    let command = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    match parse_curl(&command) {
        Ok(request) => println!("{}", request.to_json()),
        Err(error) => {
            println!("{}", serde_json::json!({ "error": error.to_string() }));
            std::process::exit(1);
        }
    }
}
