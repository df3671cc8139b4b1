#!/usr/bin/env bash
# The performance benchmark: builds the release bundle, serves it with the e2e static server,
# starts the fast local target server, drives headless Chromium (tests/bench/run.mjs) and
# prints one table of figures, each next to a baseline measured in the same run and its goal.
# Exit code 0 whenever it measured (a benchmark reports, it does not assert); non-zero only
# when the harness itself broke (setup, build, servers, browser).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SECONDS=0
# shellcheck source=setup.sh
. "$ROOT/scripts/setup.sh"
setup_test
# the base path the release build is served under (Trunk.toml)
BASE_PATH="$(public_url)"

# Our own target dir, so that this build never fights other builds over target/.
export CARGO_TARGET_DIR="$ROOT/target/bench"
DIST="target/bench/dist"
LOGS="$ROOT/target/bench/logs"
mkdir -p "$LOGS"

PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '\033[1;36m[bench]\033[0m %s\n' "$*" >&2; }

say "release build (scripts/release-build.sh --dist $DIST; log: target/bench/logs/trunk.log)"
if ! bash "$ROOT/scripts/release-build.sh" --dist "$DIST" >"$LOGS/trunk.log" 2>&1; then
  tail -n 40 "$LOGS/trunk.log" >&2
  say "the release build failed"
  exit 2
fi
# the floor and bare pages, served by the same static server as the app
mkdir -p "$DIST/__bench__"
cp tests/bench/pages/*.html "$DIST/__bench__/"

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

APP_PORT=$(free_port)
node tests/e2e/static-server.mjs "$ROOT/$DIST" "$APP_PORT" "$BASE_PATH" >"$LOGS/static.log" 2>&1 &
PIDS+=($!)
FAST_PORT=$(free_port)
node tests/bench/fast-server.mjs "$FAST_PORT" >"$LOGS/fast.log" 2>&1 &
PIDS+=($!)

# Figure 7: the local companion against httpbin.
say "companion build (cargo --profile companion; log: target/bench/logs/companion.log)"
if ! cargo build --locked --profile companion -p api-client-companion >"$LOGS/companion.log" 2>&1; then
  tail -n 40 "$LOGS/companion.log" >&2
  say "the companion build failed"
  exit 2
fi
HTTPBIN_PORT=$(free_port)
gunicorn --bind "127.0.0.1:$HTTPBIN_PORT" --worker-class gthread --threads 16 --log-level warning httpbin:app \
  >"$LOGS/httpbin.log" 2>&1 &
PIDS+=($!)
export BENCH_COMPANION="$CARGO_TARGET_DIR/companion/api-client-companion"
export BENCH_HTTPBIN_URL="http://127.0.0.1:$HTTPBIN_PORT"

export BENCH_DIST="$ROOT/$DIST"
export BENCH_APP_URL="http://127.0.0.1:$APP_PORT$BASE_PATH"
export BENCH_FAST_URL="http://127.0.0.1:$FAST_PORT"
say "measuring (a few minutes): app $BENCH_APP_URL, target $BENCH_FAST_URL"
set +e
node tests/bench/run.mjs
RC=$?
set -e
say "done in ${SECONDS} s (exit $RC)"
exit "$RC"
