#!/usr/bin/env bash
# Trunk post_build hook: cuts the release wasm into the first-load module and the
# chunks that src/ui/lazy.rs downloads when first used (wasm_split_helpers).
# Trunk knows nothing of chunks, so this redoes its last steps on cargo's output:
#   wasm-split-cli -> wasm-bindgen (main module) -> wasm-opt -Oz (every module)
#   -> esbuild --minify (the two JavaScript files, and the stylesheet)
# and replaces the files Trunk staged, under the names index.html already uses;
# index.html (and its copy 404.html) also gets a modulepreload link for the loader
# and the Content-Security-Policy (scripts/csp.py).
# Last comes offline use: the service worker's registration script and sw.js,
# which lists every file of the build (scripts/sw.py).
# Dev builds pass through untouched.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=setup.sh
. "$ROOT/scripts/setup.sh"
STAGE="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
PROFILE_DIR="release"
[ "${TRUNK_PROFILE:-}" = "release" ] || exit 0
# Trunk hands hooks its environment, so CARGO_TARGET_DIR is the one cargo used.
INPUT="${CARGO_TARGET_DIR:-$ROOT/target}/wasm32-unknown-unknown/$PROFILE_DIR/api-client.wasm"
fail() { printf '[split-wasm] %s\n' "$*" >&2; exit 1; }
# Trunk hands hooks the public_url it built with (Trunk.toml's, or --public-url).
base="${TRUNK_PUBLIC_URL:-$(public_url)}"

[ -f "$INPUT" ] || fail "no cargo output at $INPUT"
js="$(find "$STAGE" -maxdepth 1 -name 'api-client-*.js' | head -n1)"
[ -n "$js" ] || fail "trunk staged no api-client-*.js in $STAGE"
stem="$(basename "$js" .js)"

# Rust's wasm32 target puts the stack first and its data above 1 MiB, so nothing
# lives in the lowest 1 KiB of memory; telling wasm-opt lets it fold more address
# arithmetic (about 1.1 kB less gzip on the first load).
OPT=(-Oz --low-memory-unused)

# The release page carries a Content-Security-Policy allowing Trunk's inline loader
# by hash (scripts/csp.py). The other post_build hook copies index.html to 404.html,
# maybe at the same time as this one runs: copy again so the two stay the same.
finish_page() {
  # Trunk copies the stylesheet as written: minified it is about 0.5 kB less gzip on
  # the first load.
  local css
  for css in "$STAGE"/*.css; do
    esbuild "$css" --minify --log-level=warning --outfile="$css" --allow-overwrite \
      || fail "could not minify $(basename "$css")"
  done
  python3 "$ROOT/scripts/csp.py" "$STAGE/index.html" || fail "could not add the Content-Security-Policy"
  cp "$STAGE/index.html" "$STAGE/404.html"
  # Offline use (release builds only): a script the app adds once started
  # (src/browser/offline.rs) links the web app manifest and registers sw.js.
  esbuild "$ROOT/scripts/sw/register.js" --minify --format=esm --log-level=warning --outfile="$STAGE/sw-register.js" \
    || fail "could not minify the service worker's registration"
  # Last: the worker lists every file of the build with its digest.
  python3 "$ROOT/scripts/sw.py" "$STAGE" || fail "could not write the service worker"
}

# The JSON filter's worker is a module of its own, not split; optimised like the rest.
worker="$STAGE/filter-worker_bg.wasm"
[ -f "$worker" ] || fail "trunk staged no filter-worker_bg.wasm in $STAGE"
python3 "$ROOT/scripts/strip-linking.py" "$worker" || fail "could not strip the worker's relocations"
wasm-opt "${OPT[@]}" --strip-debug --strip-producers "$worker" -o "$worker"

# index.html turns Trunk's wasm-opt off (this script optimises every module once),
# so a release without split points is optimised here too.
if ! grep -q "__wasm_split_placeholder__" "$INPUT"; then
  wasm-opt "${OPT[@]}" "$STAGE/${stem}_bg.wasm" -o "$STAGE/${stem}_bg.wasm"
  finish_page
  exit 0
fi
# Unsplit, the module imports placeholders nothing provides: it would not start.
grep -q "reloc.CODE" "$INPUT" \
  || fail "the wasm has no relocations to split it by: build with bash scripts/release-build.sh, not plain trunk build --release"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
wasm-split-cli "$INPUT" "$work/split" --target web --out-name "$stem" || fail "wasm-split-cli failed"
# --keep-lld-exports: the chunks link against functions the main module exports.
wasm-bindgen "$work/split/$stem.wasm" --target web --no-typescript --keep-lld-exports \
  --out-dir "$work/bindgen" --out-name "$stem"
# The main module is on every first load: a second run of the same passes finds
# what the first one's changes opened up (about 0.2 kB less gzip, 5 s more).
wasm-opt "${OPT[@]}" "$work/bindgen/${stem}_bg.wasm" -o "$work/once.wasm"
wasm-opt "${OPT[@]}" "$work/once.wasm" -o "$STAGE/${stem}_bg.wasm"
cp "$work/bindgen/$stem.js" "$STAGE/$stem.js"

# Chunks get content hashes in their names, as Trunk's files do, so a browser
# that cached an older release never pairs it with a chunk of another one. Ten hex
# digits (40 bits) tell releases apart as surely; each digit dropped is about half
# a byte of gzip per chunk in the loader, which names them all (0.65 kB in all).
# The shared chunks (chunk_<n>, about 160 of them) are named by their hash alone,
# shared-<hash>: their numbers said nothing the hash does not (0.27 kB less).
hashed() {
  local digest stem="${1%.*}"
  digest="$(sha256sum "$2" | cut -c1-10)"
  case "$stem" in chunk_[0-9]*) stem="shared" ;; esac
  printf '%s-%s.%s' "$stem" "$digest" "${1##*.}"
}
loader="$work/split/__wasm_split.js"
[ -f "$loader" ] || fail "wasm-split-cli wrote no __wasm_split.js"
for chunk in "$work/split"/*.wasm; do
  name="$(basename "$chunk")"
  [ "$name" = "$stem.wasm" ] && continue
  wasm-opt "${OPT[@]}" "$chunk" -o "$work/$name"
  final="$(hashed "$name" "$work/$name")"
  mv "$work/$name" "$STAGE/$final"
  sed -i "s|\"\./$name\"|\"./$final\"|" "$loader"
done
# The generated JavaScript is written to be read, not sent: minified it is about
# 3 kB less gzip on the first load. Names others import stay (esbuild keeps exports).
minify() { esbuild "$1" --minify --format=esm --log-level=warning --outfile="$1" --allow-overwrite; }
minify "$loader"
python3 "$ROOT/scripts/loader.py" "$loader" || fail "could not shrink the chunk loader"
final="$(hashed __wasm_split.js "$loader")"
cp "$loader" "$STAGE/$final"
# Only the JS import moves: the wasm's own import module stays "./__wasm_split.js".
sed -i "s|from \"\./__wasm_split\.js\"|from \"./$final\"|g" "$STAGE/$stem.js"
grep -q "$final" "$STAGE/$stem.js" || fail "could not point the app's js at the loader"
minify "$STAGE/$stem.js"

# The app's js imports the loader: name it in the page too, so the browser fetches
# both at once instead of finding the loader only once the app's js has arrived.
sed -i "s|</head>|<link rel=\"modulepreload\" href=\"$base$final\" crossorigin=\"anonymous\"></head>|" "$STAGE/index.html"
grep -q "$final" "$STAGE/index.html" || fail "could not add the loader to index.html"
finish_page
