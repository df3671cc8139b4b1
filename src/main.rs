//! Entry point: mount the app, nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    leptos::mount::mount_to_body(api_client::app::App);
}
