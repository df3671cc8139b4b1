#!/usr/bin/env bash
# The release bundle: `trunk build --release` with a smaller standard library.
# The wasm links a copy of std rebuilt with panic=immediate-abort: a panic traps at
# once instead of formatting its message, so the message and location strings and
# the formatting code they pull in leave the bundle (-33 kB gzip, 8%, measured on
# 2026-12-02). Release builds already abort on panic (Cargo.toml), so the app
# behaves the same; only the console message of a bug's panic is lost. Dev builds
# (`trunk serve`) and every test build keep normal panics.
# Rebuilding std is a cargo feature that stable rustc accepts with
# RUSTC_BOOTSTRAP=1; it needs the rust-src component (scripts/setup.sh adds it).
# Arguments go to trunk (e.g. --dist DIR).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=setup.sh
. "$ROOT/scripts/setup.sh"
setup_build
cd "$ROOT"
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# Replaces target.wasm32-unknown-unknown.rustflags in .cargo/config.toml: keep its flags.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort"
exec trunk build --release "$@"
