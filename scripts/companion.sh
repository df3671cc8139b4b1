#!/usr/bin/env bash
# Starts the local companion (companion/, issue 21): a small server on
# 127.0.0.1 that sends the app's requests from this machine, for APIs that send
# no CORS headers. It prints a token to paste into the app once.
# Options go to the companion: --origin URL (the app's origin; default the
# local serve address, http://127.0.0.1:8080), --port N (default 9119).
# API_CLIENT_COMPANION_TOKEN keeps one token across runs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=setup.sh
. "$ROOT/scripts/setup.sh"
ensure_cargo_on_path
cd "$ROOT"
cargo build --quiet --locked --profile companion -p api-client-companion
exec "${CARGO_TARGET_DIR:-$ROOT/target}/companion/api-client-companion" "$@"
