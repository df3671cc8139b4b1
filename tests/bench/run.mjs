// The performance benchmark: drives headless Chromium through the release build and prints
// one table of figures, each next to a baseline measured in the same run and its goal.
// Started by scripts/bench.sh, which builds, serves and cleans up; on its own it needs
//   BENCH_DIST      the release build (with pages/ copied into BENCH_DIST/__bench__/)
//   BENCH_APP_URL   that build served under Trunk.toml's public_url, e.g. http://127.0.0.1:8080/api-client/
//   BENCH_FAST_URL  tests/bench/fast-server.mjs, e.g. http://127.0.0.1:8081
// Optional: BENCH_LOADS (20), BENCH_REQUESTS (200), BENCH_ONLY (e.g. "1,3").
// Exit code 0 whenever it measured (figures report, they do not assert); 1 if the harness broke.
import { cpus } from "node:os";
import { Browser } from "./lib/browser.mjs";
import { firstLoad, loadToInteractive, perRequest, largeResponses, savedData, guarded } from "./lib/figures.mjs";
import { companionLoad } from "./lib/companion.mjs";
import { sleep, errorText } from "./lib/util.mjs";

const env = {
  dist: process.env.BENCH_DIST,
  appUrl: process.env.BENCH_APP_URL,
  fastUrl: process.env.BENCH_FAST_URL?.replace(/\/$/, ""),
};
if (!env.dist || !env.appUrl || !env.fastUrl) {
  console.error("BENCH_DIST, BENCH_APP_URL and BENCH_FAST_URL must be set: run scripts/bench.sh");
  process.exit(1);
}
env.floorUrl = new URL("__bench__/floor.html", env.appUrl).href;
env.bareUrl = new URL("__bench__/bare.html", env.appUrl).href;
const LOADS = Number(process.env.BENCH_LOADS ?? 20);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",").map((s) => s.trim())) : null;
const wanted = (n) => !ONLY || ONLY.has(String(n));

const log = (...a) => console.error("[bench]", ...a);

async function waitHttp(url, seconds = 60) {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return response;
    } catch {}
    await sleep(100);
  }
  throw new Error(`nothing answered at ${url}`);
}

function printTable(rows) {
  const cols = [
    ["#", "n"],
    ["figure", "figure"],
    ["measured", "measured"],
    ["baseline (same run)", "baseline"],
    ["goal", "goal"],
    ["result", "result"],
  ];
  const width = cols.map(([head, key]) => Math.max(head.length, ...rows.map((r) => String(r[key] ?? "").length)));
  const line = (cells) => cells.map((c, i) => String(c ?? "").padEnd(width[i])).join(" │ ").trimEnd();
  const rule = width.map((w) => "─".repeat(w)).join("─┼─");
  console.log(line(cols.map(([head]) => head)));
  console.log(rule);
  for (const r of rows) {
    if (r.n && r !== rows[0]) console.log(rule);
    console.log(line(cols.map(([, key]) => r[key])));
  }
}

const NOTES = `
How each figure is measured (all times in the page with performance.now(), never across Playwright):
 1  gzip -9 (the gzip program, as scripts/bundle-size.sh) of index.html, *.wasm, *.js, *.css in the release
    build (what a first visit downloads before the app is usable); wasm chunks and the service worker's
    scripts are listed apart, not counted: the sidebar's and the editor's chunks with the shared chunks
    they need, and the worker (fetched once the app has started), with a "first visit in all" total and
    the whole release the worker then stores for offline use; then the chunks fetched on first use.
 2  cold load = new browser context, HTTP cache disabled (CDP). Time = navigation start → a MutationObserver
    (installed before any page script) first sees the button "Send" enabled. Floor = a static page on the
    same server whose button "Send" an inline script enables.
 3  click dispatch (performance.now() then send.click()) → a MutationObserver callback sees a new role=status
    element whose text starts with a code. Both pages read the body and use cache "no-store"; same static
    server, same cross-origin target (fast-server.mjs GET /ok); requests alternate app/bare, 10 warm-ups each.
 4  status shown: as in 3. Body usable: the "Response body" region holds rendered text (non-zero box, outside
    headings) starting "[" … "{" (the first lines), and one frame has been produced after it (rAF, then a
    task). Longest task: PerformanceObserver "longtask" (buffered) overlapping click → body usable; tasks
    under 50 ms are not reported by the browser. Baseline: the bare page's fetch() + arrayBuffer() of the same body.
    If the region offers "Show …" buttons instead of the body (unchanged for 750 ms), body usable is "not
    rendered", and two more rows time a click on "Show formatted" → body usable, the same way.
 5  seeded localStorage "stringtools.api-client.library" before load; start = navigation → Send enabled and
    the "Collections" navigation shows a link. Filter = value set with one input event (like a paste) →
    the last mutation inside that navigation before 300 ms of quiet.
 6  CDP HeapProfiler.collectGarbage (twice), then Runtime.getHeapUsage (JS heap) and the length of the app's
    WebAssembly.Memory (from Trunk's "TrunkApplicationStarted" event). Wasm linear memory never shrinks;
    anon RSS (RssAnon of all renderer processes, /proc) and DOM nodes are shown for context. "Near" = within max(10 MB, 20%).
 7  the companion binary (profile "companion") on a free port; node's fetch() sends httpbin GET /get directly
    and through the companion's POST /send (with the app's Origin and the token), alternating, 20 warm-ups
    each, then 1,000 each, one at a time. Memory = VmRSS of the companion process (/proc) after the run.`;

async function main() {
  const started = performance.now();
  await waitHttp(env.appUrl);
  await waitHttp(env.floorUrl);
  const sizes = await (await waitHttp(`${env.fastUrl}/sizes`)).json();
  const browser = await new Browser().launch();
  const rows = [];
  let appStart = NaN;
  try {
    if (wanted(1)) rows.push(...(await guarded("1", "First-load transfer", async () => firstLoad(env.dist))));
    if (wanted(2)) {
      log(`2: ${LOADS} cold loads each of the app and the floor page`);
      const r = await guarded("2", "Load → interactive", () => loadToInteractive(browser, env, LOADS));
      appStart = r[0].appMedian ?? NaN;
      if (r[0].contractOk === false) r[0].measured += " [Playwright: Send not enabled?]";
      rows.push(...r);
    }
    if (wanted(3)) {
      log(`3: ${REQUESTS} requests each through the app and the bare page`);
      rows.push(...(await guarded("3", "Per-request overhead", () => perRequest(browser, env, REQUESTS))));
    }
    let memoryRows = [];
    if (wanted(4) || wanted(6)) {
      log("4: large responses (1 MB, 10 MB, 10 MB minified, 50 MB) and 6: memory");
      const r = await guarded("4", "Large responses", async () => {
        const out = await largeResponses(browser, env, sizes);
        memoryRows = out.memoryRows;
        return out.rows;
      });
      if (wanted(4)) rows.push(...r);
    }
    if (wanted(5)) {
      log("5: saved data");
      rows.push(...(await guarded("5", "Saved data", () => savedData(browser, env, appStart))));
    }
    if (wanted(6)) {
      rows.push(
        ...(memoryRows.length
          ? memoryRows
          : [{ n: "6", figure: "Memory around the 50 MB response", measured: "n/a (figure 4 did not run)", baseline: "", goal: "", result: "n/a" }]),
      );
    }
    if (wanted(7)) {
      log("7: 1,000 requests through the local companion, and the same sent directly");
      const companion = { binary: process.env.BENCH_COMPANION, httpbinUrl: process.env.BENCH_HTTPBIN_URL };
      rows.push(...(await guarded("7", "Local companion under load", () => companionLoad(companion))));
    }
  } finally {
    await browser.stop();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`\nBenchmark — Chromium ${browser.version} headless, ${cpus().length} CPUs, node ${process.version}, ${new Date().toISOString()}`);
  console.log(`app ${env.appUrl} · target ${env.fastUrl} · measured in ${seconds} s\n`);
  printTable(rows);
  console.log(NOTES);
  const broke = rows.filter((r) => r.result === "ERROR");
  const count = (v) => rows.filter((r) => r.result === v).length;
  console.log(`\nbench: ${count("PASS")} PASS, ${count("FAIL")} FAIL, ${count("n/a")} n/a${broke.length ? `, ${broke.length} ERROR (harness)` : ""}`);
  return broke.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[bench] harness failed: ${errorText(error)}`);
    console.error(error?.stack);
    process.exit(1);
  },
);
