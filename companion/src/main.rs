//! `api-client-companion [--origin URL] [--port N]`: see `bash scripts/companion.sh`.

use api_client_companion::forward::Limits;
use api_client_companion::guard::{AppOrigin, Token};
use api_client_companion::server::{listen, serve, Config};

const DEFAULT_ORIGIN: &str = "http://127.0.0.1:8080";
const DEFAULT_PORT: u16 = 9119;

#[tokio::main]
async fn main() {
    if let Err(message) = run().await {
        eprintln!("api-client-companion: {message}");
        std::process::exit(2);
    }
}

async fn run() -> Result<(), String> {
    let (origin, port) = arguments(std::env::args().skip(1))?;
    // A token kept between runs, so the app need not be told again; else a new one.
    let token = match std::env::var("API_CLIENT_COMPANION_TOKEN") {
        Ok(text) => Token::given(&text).map_err(|e| format!("API_CLIENT_COMPANION_TOKEN: {e}"))?,
        Err(_) => Token::random()?,
    };
    let listener = listen(port)
        .await
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    println!("StringTools API Client companion");
    println!("  listening on http://{address} (this machine only)");
    println!("  for the app at {}", origin.as_str());
    println!("  token: {}", token.as_str());
    println!(
        "When a request fails for CORS, choose \"Send through the local companion\" in the app and \
         paste the token once. Ctrl+C stops."
    );
    let stop = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let config = Config {
        origin,
        token,
        limits: Limits::default(),
    };
    serve(listener, config, stop).await
}

fn arguments(mut args: impl Iterator<Item = String>) -> Result<(AppOrigin, u16), String> {
    let mut origin = AppOrigin::parse(DEFAULT_ORIGIN)?;
    let mut port = DEFAULT_PORT;
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--origin" => origin = AppOrigin::parse(&value)?,
            "--port" => {
                port = value
                    .parse()
                    .map_err(|_| format!("--port {value}: not a port number"))?
            }
            _ => {
                return Err(format!(
                    "unknown option {flag} (use --origin URL, --port N)"
                ))
            }
        }
    }
    Ok((origin, port))
}
