#!/usr/bin/env bash
# The release bundle: `trunk build --release` with a smaller standard library.
# The wasm links a copy of std rebuilt with panic=immediate-abort: a panic traps at
# once instead of formatting its message, so the message and location strings and
# the formatting code they pull in leave the bundle (about 8% of it, gzip).
# Release builds already abort on panic (Cargo.toml), so the app behaves the same;
# only the console message of a bug's panic is lost. Dev builds (`trunk serve`)
# and every test build keep normal panics.
# Rebuilding std is a cargo feature that stable rustc accepts with
# RUSTC_BOOTSTRAP=1; it needs the rust-src component (scripts/setup.sh adds it).
# It is also cut into chunks that load on first use: the linker keeps relocations
# (--emit-relocs) so that scripts/split-wasm.sh, a Trunk hook, can move code.
# Arguments go to trunk (e.g. --dist DIR).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=setup.sh
. "$ROOT/scripts/setup.sh"
setup_build
ensure_wasm_split
cd "$ROOT"
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# Cargo adds these to target.wasm32-unknown-unknown.rustflags in .cargo/config.toml.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Clink-arg=--emit-relocs"
exec trunk build --release "$@"
