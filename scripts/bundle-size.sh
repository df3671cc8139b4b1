#!/usr/bin/env bash
# Prints the gzip -9 size of each file of a release build: first the files every
# visit downloads before the app is usable (html, main wasm, its js, the chunk
# loader, css) and their total, then the wasm chunks fetched on first use
# (scripts/split-wasm.sh). The sidebar's and the request editor's chunks are fetched as soon as the app has
# started, not on first use: they are listed apart as "after start", so the bytes of
# a first visit are the first-load total plus those chunks (and the shared chunks they
# need). So are the service worker's two scripts; once installed, the worker fetches
# every file of the build in the background, for offline use. Fails when the
# first-load total is over the budget: BUDGET_BYTES, by default the product's goal
# for the gzip bytes of a first load.
# wasm-split moves string data with the only code that uses it, so text kept apart
# from what the first screen touches leaves the first load. What is left is mostly
# the framework (reactive_graph, tachys, leptos, the router) and the workspace.
set -euo pipefail
DIST="${1:-dist}"
BUDGET="${BUDGET_BYTES:-200000}"

row() { printf '%-58s %10s %10s\n' "$@"; }
gz() { gzip -9 -c "$1" | wc -c; }
kb() { printf '%d.%d kB' $(($1 / 1000)) $(($1 % 1000 / 100)); }

first=0 later=0 chunks=0
row file raw gzip
for f in "$DIST"/index.html "$DIST"/api-client-*_bg.wasm "$DIST"/*.js "$DIST"/*.css; do
  [ -f "$f" ] || continue
  # Offline use, the chunks' stylesheet and the JSON filter's worker: fetched
  # after start or on first use, listed below.
  case "$(basename "$f")" in sw.js|sw-register.js|chunks.css|filter-worker*) continue ;; esac
  size=$(gz "$f")
  first=$((first + size))
  row "$(basename "$f")" "$(stat -c %s "$f")" "$size"
done
printf '%-58s %10s %10d  (%s; budget %s)\n' "first-load total" "" "$first" "$(kb "$first")" "$(kb "$BUDGET")"
for f in "$DIST"/split_*.wasm "$DIST"/shared-*.wasm; do
  [ -f "$f" ] || continue
  size=$(gz "$f")
  later=$((later + size)) chunks=$((chunks + 1))
  case "$(basename "$f")" in
    split_sidebar*|split_editor*) row "  after start: $(basename "$f")" "$(stat -c %s "$f")" "$size" ;;
    split_*) row "  on first use: $(basename "$f")" "$(stat -c %s "$f")" "$size" ;;
  esac
done
# The service worker's registration script (src/browser/offline.rs adds it once
# the app has started) and the worker itself, which the browser then fetches; the
# stylesheet of the chunks, linked with the first of them (the sidebar's).
for f in "$DIST"/sw-register.js "$DIST"/sw.js "$DIST"/chunks.css; do
  [ -f "$f" ] || continue
  size=$(gz "$f")
  later=$((later + size))
  row "  after start: $(basename "$f")" "$(stat -c %s "$f")" "$size"
done
# The JSON filter's worker (src/bin/filter-worker.rs), started by the first filter.
for f in "$DIST"/filter-worker*; do
  [ -f "$f" ] || continue
  size=$(gz "$f")
  later=$((later + size))
  row "  on first use: $(basename "$f")" "$(stat -c %s "$f")" "$size"
done
printf '%-58s %10s %10d  (%s in %d chunks, shared ones included)\n' "chunks (after start or on first use)" "" "$later" "$(kb "$later")" "$chunks"
[ "$first" -le "$BUDGET" ]
