// Starts the JSON filter's worker (src/bin/filter-worker.rs): the wasm-bindgen
// glue Trunk builds for it (no-modules) defines wasm_bindgen, which fetches and
// runs the module. Paths are relative to this script.
importScripts("./filter-worker.js");
wasm_bindgen({ module_or_path: "./filter-worker_bg.wasm" });
