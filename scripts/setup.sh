#!/usr/bin/env bash
# Installs whatever the project needs and is missing; fast when all is there.
#   scripts/setup.sh build   - toolchain to build and serve the app
#   scripts/setup.sh test    - the above, plus Chromium, chromedriver, Playwright, httpbin
# Sourcing it (`. scripts/setup.sh`) also puts the installed tools on PATH.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
# shellcheck source=versions.env
. "$ROOT/scripts/versions.env"

log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[setup] %s\033[0m\n' "$*" >&2; exit 1; }

# The base path the app is served under (with its slashes). Trunk.toml's
# `public_url` is the one place it is set; scripts read it from there.
public_url() {
  local url
  url="$(sed -n 's/^[[:space:]]*public_url[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' \
    "$ROOT/Trunk.toml" | head -n1)"
  [ -n "$url" ] || die "Trunk.toml has no public_url = \"...\" line"
  printf '%s\n' "$url"
}

ensure_cargo_on_path() {
  if ! command -v cargo >/dev/null 2>&1 && [ -f "$HOME/.cargo/env" ]; then
    # shellcheck disable=SC1091
    . "$HOME/.cargo/env"
  fi
  command -v cargo >/dev/null 2>&1 || die "cargo not found: install Rust with rustup first"
}

# the standard library's source, rebuilt for the release bundle (scripts/release-build.sh)
ensure_rust_src() {
  if ! rustup component list --installed | grep -q '^rust-src'; then
    log "adding rust component rust-src"
    rustup component add rust-src
  fi
}

# The crates std depends on: the release build rebuilds std with --offline, which
# fails on a machine whose cargo cache has never held them.
ensure_std_deps() {
  local lib
  lib="$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
  if ! RUSTC_BOOTSTRAP=1 cargo fetch --offline --manifest-path "$lib" >/dev/null 2>&1; then
    log "fetching the crates the standard library depends on (once)"
    RUSTC_BOOTSTRAP=1 cargo fetch --manifest-path "$lib"
  fi
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

# version printed by `<bin> --version` (second word), or nothing
tool_version() { "$1" --version 2>/dev/null | awk '{print $2}' | head -n1; }

ensure_trunk() {
  if [ "$(tool_version trunk)" != "$TRUNK_VERSION" ]; then
    log "installing trunk $TRUNK_VERSION (a few minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  [ -f "$ROOT/Cargo.lock" ] || (cd "$ROOT" && cargo generate-lockfile)
  local want
  want="$(wasm_bindgen_version)"
  [ -n "$want" ] || die "no wasm-bindgen in Cargo.lock"
  if [ "$(tool_version wasm-bindgen)" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (matches Cargo.lock)"
    # Not --locked: its lockfile names a crate version the registry no longer has.
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

# Cuts the release wasm into chunks loaded on first use (scripts/split-wasm.sh).
# It has no --version flag: cargo's install list says which version is there.
ensure_wasm_split() {
  if ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    log "installing wasm-split-cli $WASM_SPLIT_VERSION (a minute or two, once)"
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" \
      --features build-binary --locked
  fi
}

# npm ci in a folder when its lockfile changed since the last install.
ensure_npm() {
  local dir="$1" stamp="$1/node_modules/.lock-stamp" sum
  sum="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sum" ]; then
    log "npm ci in ${dir#"$ROOT"/}"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    echo "$sum" >"$stamp"
  fi
}

ensure_wasm_opt() {
  ensure_npm "$ROOT/scripts/node"
  export PATH="$ROOT/scripts/node/node_modules/.bin:$PATH"
  wasm-opt --version | grep -q "version $BINARYEN_VERSION" \
    || die "wasm-opt is not version $BINARYEN_VERSION: check scripts/node/package.json"
  grep -q "wasm_opt = \"version_$BINARYEN_VERSION\"" "$ROOT/Trunk.toml" \
    || die "Trunk.toml [tools] wasm_opt must be \"version_$BINARYEN_VERSION\" (scripts/versions.env)"
}

ensure_apt_packages() {
  local missing=()
  for pkg in $APT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_httpbin() {
  local venv="$TOOLS/venv" want="httpbin==$HTTPBIN_VERSION gunicorn==$GUNICORN_VERSION"
  if [ ! -f "$venv/.stamp" ] || [ "$(cat "$venv/.stamp")" != "$want" ]; then
    log "installing $want into .tools/venv"
    python3 -m venv "$venv"
    # shellcheck disable=SC2086
    "$venv/bin/pip" install --quiet --disable-pip-version-check $want
    echo "$want" >"$venv/.stamp"
  fi
  export PATH="$venv/bin:$PATH"
}

check_playwright_pin() {
  grep -q "\"@playwright/test\": \"$PLAYWRIGHT_VERSION\"" "$ROOT/tests/e2e/package.json" \
    || die "tests/e2e/package.json must pin @playwright/test $PLAYWRIGHT_VERSION (scripts/versions.env)"
}

setup_build() {
  ensure_cargo_on_path
  ensure_wasm_target
  ensure_rust_src
  ensure_std_deps
  ensure_trunk
  ensure_wasm_bindgen
  ensure_wasm_opt
}

setup_test() {
  setup_build
  ensure_apt_packages
  check_playwright_pin
  ensure_npm "$ROOT/tests/e2e"
  ensure_httpbin
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-test}" in
    build) setup_build ;;
    test) setup_test ;;
    *) die "usage: scripts/setup.sh [build|test]" ;;
  esac
  log "ready"
fi
