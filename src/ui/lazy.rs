//! Parts of the app that the first load does not need, downloaded when first used.
//!
//! The release build (scripts/release-build.sh, scripts/split-wasm.sh) cuts the
//! code reachable only from a `split_fn!` function into its own wasm chunk, so the
//! workspace starts without the reference pages, the collection page or the
//! importers. Dev and test builds are not split: there the same functions are
//! plain `async fn`s that never fail.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::browser::styles::chunk_styles;
use crate::ui::routes::BASE;

/// A chunk of the app could not be downloaded (offline, or a new release replaced
/// the files this page was loaded with).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkError;

impl std::fmt::Display for ChunkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            "This part of the app could not be downloaded. Check the connection and try \
             again; if the app was updated meanwhile, reload the page.",
        )
    }
}

impl From<wasm_split_helpers::SplitLoaderError> for ChunkError {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// Defines `async fn $name(..) -> Result<$ret, ChunkError>` whose body lives in the
/// wasm chunk `$chunk` of the release build. A failed download is not cached:
/// calling again retries. `preload = $p` also defines `async fn $p()`, which
/// fetches the chunk ahead of the first call.
macro_rules! split_fn {
    ($chunk:ident, preload = $preload:ident: $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(all(target_family = "wasm", not(debug_assertions)))]
        #[wasm_split_helpers::wasm_split($chunk, fallible, preload($preload))]
        $vis fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::lazy::ChunkError> {
            let value: $ret = $body;
            Ok(value)
        }
        #[cfg(not(all(target_family = "wasm", not(debug_assertions))))]
        $vis async fn $preload() -> Result<(), wasm_split_helpers::SplitLoaderError> {
            Ok(())
        }
        $crate::ui::lazy::split_fn!(@direct $vis fn $name($($arg: $ty),*) -> $ret $body);
    };
    ($chunk:ident: $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(all(target_family = "wasm", not(debug_assertions)))]
        #[wasm_split_helpers::wasm_split($chunk, fallible)]
        $vis fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::lazy::ChunkError> {
            let value: $ret = $body;
            Ok(value)
        }
        $crate::ui::lazy::split_fn!(@direct $vis fn $name($($arg: $ty),*) -> $ret $body);
    };
    (@direct $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        #[cfg(not(all(target_family = "wasm", not(debug_assertions))))]
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::lazy::ChunkError> {
            let value: $ret = $body;
            Ok(value)
        }
    };
}
pub(crate) use split_fn;

/// Shows the view `load` yields once its chunk is here; until then a loading note,
/// and if the download fails an alert with a `Try again` button. `quiet` parts
/// (those beside the main content) show nothing while they load. Parts of one
/// chunk shown in different places share an `attempt` counter, so one `Try again`
/// reloads them all, and all but one of them pass `report=false` to show one alert.
#[component]
pub fn Lazy<F, Fut>(
    load: F,
    #[prop(optional)] quiet: bool,
    #[prop(optional)] attempt: Option<RwSignal<u32>>,
    #[prop(default = true)] report: bool,
) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, ChunkError>> + 'static,
{
    // Boxed, so the Suspense machinery below exists once, not once per caller.
    let load: Loader = Arc::new(move || Box::pin(load()));
    lazy_view(
        load,
        quiet,
        attempt.unwrap_or_else(|| RwSignal::new(0_u32)),
        report,
    )
}

type Loader =
    Arc<dyn Fn() -> Pin<Box<dyn Future<Output = Result<AnyView, ChunkError>>>> + Send + Sync>;

fn lazy_view(load: Loader, quiet: bool, attempt: RwSignal<u32>, report: bool) -> AnyView {
    let view = move || {
        attempt.track();
        // The chunk loader's future is not Send; in the browser there is one thread.
        let pending = SendWrapper::new(load());
        // Asked for at the same time as the chunk, and waited for, so a part is
        // never drawn before its rules are there.
        let styles = SendWrapper::new(chunk_styles(&format!("{BASE}/chunks.css")));
        Suspend::new(async move {
            let loaded = pending.await;
            let _ = styles.await;
            match loaded {
                Ok(view) => view,
                Err(error) if report => view! { <ChunkFailed error attempt /> }.into_any(),
                Err(_) => ().into_any(),
            }
        })
    };
    view! {
        <Suspense fallback=move || (!quiet).then(|| view! { <p class="hint" role="status">"Loading…"</p> })>
            {view}
        </Suspense>
    }
    .into_any()
}

#[component]
fn ChunkFailed(error: ChunkError, attempt: RwSignal<u32>) -> impl IntoView {
    view! {
        <div role="alert" class="alert">
            <p class="alert-title">"Not loaded"</p>
            <p>{error.to_string()}</p>
            <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>"Try again"</button>
        </div>
    }
}
