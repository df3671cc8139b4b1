#!/usr/bin/env bash
# The whole test suite: formatting and lints, native unit tests, the local companion
# (companion/) against httpbin, browser tests of
# src/browser/ (wasm-bindgen-test in headless Chromium), the release build, and
# Playwright end-to-end tests through the served release build against a local
# httpbin. Ends with the bundle size and one line "N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=setup.sh
. "$ROOT/scripts/setup.sh"
set +e
setup_test || exit 1
# the base path the release build is served under (Trunk.toml)
BASE_PATH="$(public_url)" || exit 1

LOGS="$ROOT/target/test-logs"
mkdir -p "$LOGS"
PASSED=0
FAILED=0
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done; }
trap cleanup EXIT

step() { printf '\n\033[1;36m== %s\033[0m\n' "$*"; }
pass() { PASSED=$((PASSED + $1)); }
fail() { FAILED=$((FAILED + $1)); printf '\033[1;31mFAILED: %s\033[0m\n' "$2"; }

# one check that counts as a single test
check() {
  local name="$1"; shift
  if "$@"; then pass 1; else fail 1 "$name"; fi
}

# "parser cases run: N, panics: M" from the fuzz report; a fuzz test that cargo
# reports failed counts as a panic too, should it have failed before reporting
# What the safety tests tried, in one line, summed from the lines they wrote: the
# parser fuzz tests (src/core/fuzz: "fuzz <parser> <cases>", "fuzz-failed <parser>";
# a fuzz test cargo reports failed counts as a panic too), the XSS specs ("xss
# <place> <tried> <executed>") and the network-fault specs ("fault <name> <lost>").
safety_summary() {
  local failed
  failed=$(grep -Ec '^test core::fuzz::.* \.\.\. FAILED$' "$LOGS/native.log" 2>/dev/null)
  awk -v failed="${failed:-0}" '
    $1 == "fuzz" { cases += $3 }
    $1 == "fuzz-failed" { panics++ }
    $1 == "xss" { tried += $3; ran += $4 }
    $1 == "fault" { faults++; lost += $3 }
    END {
      if (failed > panics) panics = failed
      printf "payloads tried %d / executed %d; parser cases run %d / panics %d; network faults tried %d / data lost %d\n", tried, ran, cases, panics, faults, lost
    }
  ' "$FUZZ_REPORT" "$E2E_REPORT"
}

# sums "test result: ... N passed; M failed" lines of cargo test output
count_cargo() {
  local log="$1" rc="$2" p f
  p=$(grep -Eo '[0-9]+ passed' "$log" | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
  pass "$p"
  if [ "$f" -gt 0 ]; then fail "$f" "cargo tests in $log"; elif [ "$rc" -ne 0 ]; then fail 1 "cargo exited $rc ($log)"; fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# waits up to 10 s for a URL to answer, with any status (python, so no curl is needed)
wait_http() {
  python3 - "$1" <<'PY' || { echo "nothing answered at $1" >&2; return 1; }
import sys, time, urllib.error, urllib.request
for _ in range(100):
    try:
        urllib.request.urlopen(sys.argv[1], timeout=1)
        sys.exit(0)
    except urllib.error.HTTPError:
        sys.exit(0)
    except Exception:
        time.sleep(0.1)
sys.exit(1)
PY
}

step "format and lints"
check "cargo fmt --check" cargo fmt --all --check
check "cargo clippy" cargo clippy --all-targets --locked -- -D warnings
check "clippy (companion)" cargo clippy -p api-client-companion --all-targets --locked -- -D warnings
check "clippy (wasm32)" cargo clippy --target wasm32-unknown-unknown --lib --bins --test browser --locked -- -D warnings
check "core/ has no browser imports" bash -c '! grep -rEn "\b(leptos|web_sys|gloo_[a-z]+|wasm_bindgen|js_sys)::" src/core'

step "native unit tests (cargo test)"
# The parser fuzz tests (src/core/fuzz) append their lines here (see safety_summary).
export FUZZ_REPORT="$LOGS/fuzz.txt"
: >"$FUZZ_REPORT"
cargo test --locked 2>&1 | tee "$LOGS/native.log"
count_cargo "$LOGS/native.log" "${PIPESTATUS[0]}"

step "start httpbin"
HTTPBIN_PORT=$(free_port)
export HTTPBIN_URL="http://127.0.0.1:$HTTPBIN_PORT"
gunicorn --bind "127.0.0.1:$HTTPBIN_PORT" --worker-class gthread --threads 16 --log-level warning httpbin:app \
  >"$LOGS/httpbin.log" 2>&1 &
PIDS+=($!)
wait_http "$HTTPBIN_URL/get" || { fail 1 "httpbin did not start"; cat "$LOGS/httpbin.log"; }

step "local companion (companion/) against httpbin"
cargo test --locked -p api-client-companion 2>&1 | tee "$LOGS/companion.log"
count_cargo "$LOGS/companion.log" "${PIPESTATUS[0]}"

step "browser tests of src/browser (wasm-bindgen-test, headless Chromium)"
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT=60
cargo test --locked --target wasm32-unknown-unknown --test browser 2>&1 | tee "$LOGS/wasm.log"
count_cargo "$LOGS/wasm.log" "${PIPESTATUS[0]}"

step "release build (scripts/release-build.sh)"
if bash scripts/release-build.sh 2>&1 | tee "$LOGS/trunk.log"; then pass 1; else fail 1 "release build (scripts/release-build.sh)"; fi

step "end-to-end (Playwright, headless Chromium, release build on a static server)"
APP_PORT=$(free_port)
export APP_URL="http://127.0.0.1:$APP_PORT$BASE_PATH"
node tests/e2e/static-server.mjs "$ROOT/dist" "$APP_PORT" "$BASE_PATH" >"$LOGS/static.log" 2>&1 &
PIDS+=($!)
wait_http "$APP_URL" || fail 1 "static server did not start"
# The local companion, for this app's origin, as `bash scripts/companion.sh` runs
# it (companion.spec.js); its debug build is the one the companion's tests made.
COMPANION_PORT=$(free_port)
export COMPANION_URL="http://127.0.0.1:$COMPANION_PORT"
COMPANION_TOKEN=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
export COMPANION_TOKEN
API_CLIENT_COMPANION_TOKEN="$COMPANION_TOKEN" target/debug/api-client-companion \
  --origin "http://127.0.0.1:$APP_PORT" --port "$COMPANION_PORT" >"$LOGS/companion-e2e.log" 2>&1 &
PIDS+=($!)
# Without the app's Origin it answers 403: enough to know it listens.
wait_http "$COMPANION_URL/health" || fail 1 "the local companion did not start"
# The XSS and network-fault specs append "xss <place> <tried> <executed>" and
# "fault <name> <fields lost>" lines here.
export E2E_REPORT="$LOGS/e2e-report.txt"
: >"$E2E_REPORT"
(cd tests/e2e && npx playwright test) 2>&1 | tee "$LOGS/e2e.log"
E2E_RC=${PIPESTATUS[0]}
E2E_JSON="$ROOT/target/test-logs/e2e.json"
if [ -f "$E2E_JSON" ]; then
  read -r P F < <(node -e 'const s=require(process.argv[1]).stats; console.log((s.expected||0)+(s.flaky||0), (s.unexpected||0))' "$E2E_JSON")
  pass "$P"
  if [ "$F" -gt 0 ]; then fail "$F" "Playwright"; elif [ "$E2E_RC" -ne 0 ]; then fail 1 "Playwright exited $E2E_RC"; fi
else
  fail 1 "Playwright wrote no report"
fi

step "release bundle size (gzip -9)"
bash scripts/bundle-size.sh dist || fail 1 "bundle size over budget"

echo
echo "safety: $(safety_summary)"
echo "tests: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
