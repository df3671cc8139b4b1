// The six figures. Each returns rows: { n, figure, measured, baseline, goal, result }.
// result is PASS / FAIL against the goal, "n/a" when it could not be measured (timeout,
// missing UI), "info" for a figure without a goal, ERROR when the harness itself broke.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { waitLoaded, memory } from "./browser.mjs";
import { StepTimeout, withTimeout, median, quantile, ms, kB, MB, errorText } from "./util.mjs";

// BENCH_TIMEOUT_SCALE shortens (or lengthens) every per-step time limit, e.g. 0.1 for a quick try.
const SCALE = Number(process.env.BENCH_TIMEOUT_SCALE ?? 1);
const limitMs = (ms) => Math.max(1_000, Math.round(ms * SCALE));
const verdict = (ok) => (ok == null ? "n/a" : ok ? "PASS" : "FAIL");
const failed = (error) => (error instanceof StepTimeout || error?.name === "TimeoutError" ? "timeout" : "ERROR");

// Runs one figure; an unexpected exception becomes an ERROR row instead of ending the run.
export async function guarded(n, figure, fn) {
  try {
    return await fn();
  } catch (error) {
    const kind = failed(error);
    return [{ n, figure, measured: `${kind}: ${errorText(error)}`, baseline: "", goal: "", result: kind === "ERROR" ? "ERROR" : "n/a" }];
  }
}

// ---------------------------------------------------------------- 1. first-load transfer
// The wasm chunks (split_*, and the shared-* ones they need: scripts/split-wasm.sh)
// are listed apart and not counted in the first load; nor are the service worker's
// scripts (sw-register.js, added once the app has started, and sw.js). The sidebar's
// and the request editor's chunks are fetched as soon as the app has started
// (src/ui/layout.rs, src/ui/request_editor), so a first visit downloads them too, with
// the shared chunks they need: they get their own row and a "first visit" total, to be
// honest about the bytes. The others load on a screen's first use.
const deferred = (f) =>
  /^(split_|shared-).*\.wasm$/.test(f) || /^sw(-register)?\.js$/.test(f) || f === "chunks.css" || f.startsWith("filter-worker");
const AFTER_START = ["sidebar", "editor"];

// The minified chunk loader (scripts/loader.py) defines each shared chunk as
//   X=c(__c("./shared-<hash>.wasm"),[])
// and each split point with the shared chunks it needs (minified names vary):
//   e(c(__c("./split_sidebar-<hash>.wasm"),[X,Y,…]))
function afterStartFiles(dist, files) {
  const loader = files.find((x) => x.f.startsWith("__wasm_split-") && x.f.endsWith(".js"));
  const wanted = new Set(files.filter((x) => AFTER_START.some((s) => x.f.startsWith(`split_${s}-`))).map((x) => x.f));
  wanted.add("sw-register.js").add("sw.js").add("chunks.css");
  if (loader) {
    const text = readFileSync(join(dist, loader.f), "utf8");
    const shared = new Map([...text.matchAll(/([\w$]+)=[\w$]+\(__c\("\.\/(shared-[^"]+\.wasm)"\)/g)].map((m) => [m[1], m[2]]));
    for (const m of text.matchAll(/__c\("\.\/split_([a-z_]+)-[^"]+\.wasm"\),\[([^\]]*)\]/g)) {
      if (!AFTER_START.includes(m[1])) continue;
      for (const name of m[2].split(",")) if (shared.has(name)) wanted.add(shared.get(name));
    }
  }
  return files.filter((x) => wanted.has(x.f));
}

export function firstLoad(dist, budget = 200_000) {
  const files = readdirSync(dist)
    .filter((f) => f === "index.html" || /\.(wasm|js|css)$/.test(f))
    .map((f) => {
      const raw = readFileSync(join(dist, f));
      // The gzip program, as scripts/bundle-size.sh measures the budget: zlib's level 9
      // packs these files differently (about 1.4 kB more on the main wasm).
      const gz = execFileSync("gzip", ["-9", "-c", join(dist, f)], { maxBuffer: 1 << 28 }).length;
      return { f, kind: f.split(".").pop(), raw: raw.length, gz };
    });
  const order = ["wasm", "js", "css", "html"];
  files.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const first = files.filter((x) => !deferred(x.f));
  const afterStart = afterStartFiles(dist, files);
  const onUse = files.filter((x) => deferred(x.f) && !afterStart.includes(x));
  const sum = (xs) => xs.reduce((s, x) => s + x.gz, 0);
  const total = sum(first);
  const row = (figure, measured, extra = {}) => ({ n: "", figure, measured, baseline: "", goal: "", result: "", ...extra });
  const rows = [
    {
      n: "1",
      figure: "First-load transfer, gzip -9, total",
      measured: kB(total),
      baseline: `goal ${kB(budget)}`,
      goal: `≤ ${kB(budget)}`,
      result: verdict(total <= budget),
    },
  ];
  for (const x of first) rows.push(row(`  ${x.kind.padEnd(4)} ${x.f}`, `${kB(x.gz)} (raw ${kB(x.raw)})`));
  if (afterStart.length > 0) {
    rows.push(row(`  after start: ${afterStart.length} files (${AFTER_START.join(", ")} chunks, service worker)`, kB(sum(afterStart))));
    rows.push(row("  first visit in all (first load + after start)", kB(total + sum(afterStart)), { result: "info" }));
    // Where service workers run (HTTPS, localhost) the worker then stores the whole
    // release for offline use, in the background.
    rows.push(row("  with the offline copy (every file, in the background)", kB(sum(files)), { result: "info" }));
  }
  if (onUse.length > 0) {
    rows.push(row(`  later: ${onUse.length} files (wasm chunks, the JSON filter's worker), on first use`, kB(sum(onUse))));
    for (const x of onUse.filter((x) => x.f.startsWith("split_") || x.f.startsWith("filter-worker"))) rows.push(row(`    ${x.f}`, `${kB(x.gz)} (raw ${kB(x.raw)})`));
  }
  return rows;
}

// ---------------------------------------------------------------- 2. load → interactive
async function coldLoad(browser, url, config = {}) {
  const { context, page } = await browser.page({ cacheDisabled: true, ...config });
  try {
    page.setDefaultTimeout(15_000);
    await page.goto(url, { waitUntil: "commit", timeout: 15_000 });
    const marks = await waitLoaded(page, { timeoutMs: 15_000 });
    return { marks, page, context };
  } catch (error) {
    await browser.close(context);
    throw error;
  }
}

export async function loadToInteractive(browser, env, loads = 20) {
  const app = [];
  const floor = [];
  let appTimeouts = 0;
  let floorTimeouts = 0;
  let checkedContract = null;
  for (let i = 0; i < loads; i++) {
    // alternate which page goes first, so neither always gets the warmer machine
    const order = i % 2 ? ["floor", "app"] : ["app", "floor"];
    for (const which of order) {
      try {
        const { marks, page, context } = await coldLoad(browser, which === "app" ? env.appUrl : env.floorUrl);
        if (which === "app" && checkedContract == null) {
          checkedContract = await page.getByRole("button", { name: "Send", exact: true }).isEnabled({ timeout: 5_000 }).catch(() => false);
        }
        (which === "app" ? app : floor).push(marks.sendEnabled);
        await browser.close(context);
      } catch (error) {
        if (failed(error) === "ERROR") throw error;
        if (which === "app") appTimeouts++;
        else floorTimeouts++;
      }
    }
  }
  const a = median(app);
  const f = median(floor);
  const note = (t) => (t ? `, ${t} timed out` : "");
  return [
    {
      n: "2",
      figure: `Load → Send enabled, median of ${loads} cold loads`,
      measured: app.length ? `${ms(a)} (p90 ${ms(quantile(app, 0.9))}${note(appTimeouts)})` : `timeout (${appTimeouts}/${loads})`,
      baseline: floor.length ? `floor page ${ms(f)} (p90 ${ms(quantile(floor, 0.9))}${note(floorTimeouts)})` : "floor: timeout",
      goal: "≤ floor + 100 ms",
      result: app.length && floor.length && appTimeouts <= loads / 2 ? verdict(a - f <= 100) : "n/a",
      appMedian: a,
      contractOk: checkedContract,
    },
  ];
}

// ---------------------------------------------------------------- shared: set up and send
async function openApp(browser, env, timeoutSecs = "600") {
  const { context, page, cdp } = await browser.page();
  page.setDefaultTimeout(15_000);
  await page.goto(env.appUrl, { timeout: 15_000 });
  await waitLoaded(page);
  await page.getByRole("combobox", { name: "Method" }).fill("GET");
  await page.getByRole("spinbutton", { name: "Timeout (seconds)" }).fill(timeoutSecs);
  const send = await page.getByRole("button", { name: "Send", exact: true }).elementHandle();
  return { context, page, cdp, send };
}

async function openBare(browser, env) {
  const { context, page } = await browser.page();
  page.setDefaultTimeout(15_000);
  await page.goto(env.bareUrl, { timeout: 15_000 });
  await waitLoaded(page);
  const send = await page.getByRole("button", { name: "Send", exact: true }).elementHandle();
  return { context, page, send };
}

// Sets the URL and sends; everything timed in the page (probe.js B.exchange).
async function exchange(side, url, opts = {}) {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  await side.page.getByRole("textbox", { name: "URL" }).fill(url);
  return withTimeout(
    side.page.evaluate(([send, o]) => window.__bench.exchange(send, o), [side.send, { ...opts, timeoutMs }]),
    timeoutMs + (opts.guardMs ?? limitMs(20_000)),
    `exchange ${url} (page unresponsive)`,
  );
}

// ---------------------------------------------------------------- 3. per-request overhead
export async function perRequest(browser, env, requests = 200, warmup = 10) {
  const app = await openApp(browser, env, "30");
  const bare = await openBare(browser, env);
  const url = `${env.fastUrl}/ok`;
  try {
    await app.page.getByRole("textbox", { name: "URL" }).fill(url);
    await bare.page.getByRole("textbox", { name: "URL" }).fill(url);
    const once = (side) =>
      withTimeout(
        side.page.evaluate((send) => window.__bench.exchange(send, { timeoutMs: 10_000 }), side.send),
        30_000,
        "exchange (page unresponsive)",
      );
    const appTimes = [];
    const bareTimes = [];
    const diffs = [];
    let timeouts = 0;
    for (let i = 0; i < warmup + requests; i++) {
      const pair = {};
      for (const which of i % 2 ? ["bare", "app"] : ["app", "bare"]) {
        const r = await once(which === "app" ? app : bare);
        pair[which] = r.statusAt;
      }
      if (i < warmup) continue;
      if (pair.app == null || pair.bare == null) {
        timeouts++;
        continue;
      }
      appTimes.push(pair.app);
      bareTimes.push(pair.bare);
      diffs.push(pair.app - pair.bare);
    }
    if (!diffs.length) {
      return [{ n: "3", figure: `Per-request overhead, ${requests} requests`, measured: "timeout", baseline: "", goal: "≤ 2 ms median", result: "n/a" }];
    }
    const d50 = median(diffs);
    const lost = timeouts ? ` (${timeouts} timed out)` : "";
    return [
      {
        n: "3",
        figure: `Per-request overhead (app − bare), ${diffs.length} req, median`,
        measured: `${ms(d50)}${lost}`,
        baseline: `bare page ${ms(median(bareTimes))} (app ${ms(median(appTimes))})`,
        goal: "≤ 2 ms",
        result: verdict(d50 <= 2),
      },
      {
        n: "",
        figure: "  p95 of the difference",
        measured: ms(quantile(diffs, 0.95)),
        baseline: `bare p95 ${ms(quantile(bareTimes, 0.95))} (app ${ms(quantile(appTimes, 0.95))})`,
        goal: "—",
        result: "info",
      },
    ];
  } finally {
    await browser.close(app.context);
    await browser.close(bare.context);
  }
}

// ---------------------------------------------------------------- 4. large responses (+ 6. memory)
const LARGE = [
  { key: "1mb", label: "1 MB JSON, pretty", path: "/json/1mb", timeoutMs: limitMs(30_000), goal: false },
  { key: "10mb", label: "10 MB JSON, pretty", path: "/json/10mb", timeoutMs: limitMs(45_000), goal: true },
  { key: "10mb-min", label: "10 MB JSON, minified one line", path: "/json/10mb-min", timeoutMs: limitMs(45_000), goal: true },
  { key: "50mb", label: "50 MB JSON, pretty", path: "/json/50mb", timeoutMs: limitMs(90_000), goal: false, memory: true },
];
const BODY_PATTERN = "\\[[\\s\\d]*\\{"; // "[" then "{", line numbers allowed between

const longest = (r) => (r.longest ? r.longest.duration : r.longtaskError ? NaN : 0);
const taskText = (r) => (r.longtaskError ? "n/a (no longtask API)" : r.longest ? ms(r.longest.duration) : "none > 50 ms");

export async function largeResponses(browser, env, sizes) {
  const rows = [];
  const mem = { rows: null };
  // the floor: a bare fetch() of the same body, read to the end
  const floor = {};
  const bare = await openBare(browser, env);
  try {
    for (const c of LARGE) {
      try {
        const r = await exchange(bare, env.fastUrl + c.path, { timeoutMs: c.timeoutMs });
        floor[c.key] = r.statusAt;
      } catch (error) {
        if (failed(error) === "ERROR") throw error;
      }
    }
  } finally {
    await browser.close(bare.context);
  }
  for (const c of LARGE) {
    const size = sizes[c.path];
    const title = `${c.label} (${MB(size)})`;
    const baseline = floor[c.key] != null ? `bare fetch+read ${ms(floor[c.key])}` : "bare: timeout";
    let side;
    try {
      side = await openApp(browser, env);
      await exchange(side, `${env.fastUrl}/ok`); // warm: connection, code paths
      const before = c.memory ? await memory(browser, side.page, side.cdp) : null;
      let r;
      let hung = false;
      const guard = limitMs(20_000);
      try {
        r = await exchange(side, env.fastUrl + c.path, { timeoutMs: c.timeoutMs, guardMs: guard, body: BODY_PATTERN, gateQuietMs: 750 });
      } catch (error) {
        if (!(error instanceof StepTimeout)) throw error;
        hung = true;
        r = { statusAt: null, bodyAt: null, timedOut: true, longest: null, end: NaN };
      }
      // The app may ask before rendering a large body ("Show raw" / "Show formatted"):
      // then the body is not usable without a click; measure from a click on "Show formatted".
      let revealed = null;
      let revealHung = false;
      const button = r.gated ? await side.page.evaluateHandle(() => window.__bench.gateButton("Show formatted")) : null;
      if (button && (await button.evaluate((b) => !!b))) {
        revealed = { name: await button.evaluate((b) => b.textContent.trim()) };
        try {
          revealed = {
            ...revealed,
            ...(await withTimeout(
              side.page.evaluate(([b, o]) => window.__bench.reveal(b, o), [button, { timeoutMs: c.timeoutMs, body: BODY_PATTERN }]),
              c.timeoutMs + guard,
              "revealing the body (page unresponsive)",
            )),
          };
        } catch (error) {
          if (!(error instanceof StepTimeout)) throw error;
          revealHung = true;
          revealed = { ...revealed, bodyAt: null, timedOut: true, longest: null };
        }
      }
      const limit = (unresponsive) => `timeout (> ${ms(c.timeoutMs)}${unresponsive ? ", page unresponsive" : ""})`;
      const status = r.statusAt != null ? ms(r.statusAt) : limit(hung);
      const body = r.bodyAt != null ? ms(r.bodyAt) : r.gated ? `not rendered: offers ${r.gated.map((g) => `"${g}"`).join(", ")}` : r.statusAt != null ? limit(hung) : "n/a (no status)";
      // unresponsive: the page's own time limit could not fire, so the main thread was busy for longer
      const task = (x, unresponsive) => (unresponsive ? `≥ ${ms(guard)} (page unresponsive)` : taskText(x));
      const ok = (x, value, max) => {
        if (value == null || Number.isNaN(value)) return c.goal && x.timedOut ? "FAIL" : "n/a";
        return c.goal ? verdict(value <= max) : "info";
      };
      rows.push(
        { n: "4", figure: `${title}: status shown`, measured: status, baseline, goal: "—", result: r.statusAt != null ? "info" : "n/a" },
        { n: "", figure: "  body usable (first lines painted)", measured: body, baseline: "", goal: c.goal ? "≤ 1,000 ms" : "—", result: r.gated ? "n/a" : ok(r, r.bodyAt, 1000) },
        {
          n: "",
          figure: "  longest main-thread task",
          measured: task(r, hung),
          baseline: "",
          goal: c.goal ? "≤ 200 ms" : "—",
          result: hung ? (c.goal ? "FAIL" : "info") : ok(r, longest(r), 200),
        },
      );
      if (revealed) {
        const x = revealed;
        rows.push(
          {
            n: "",
            figure: `  click "${x.name}" → body usable`,
            measured: x.bodyAt != null ? ms(x.bodyAt) : limit(revealHung),
            baseline: "",
            goal: c.goal ? "≤ 1,000 ms" : "—",
            result: ok(x, x.bodyAt, 1000),
          },
          {
            n: "",
            figure: `  click "${x.name}" → longest task`,
            measured: task(x, revealHung),
            baseline: "",
            goal: c.goal ? "≤ 200 ms" : "—",
            result: revealHung ? (c.goal ? "FAIL" : "info") : ok(x, longest(x), 200),
          },
        );
      }
      r.revealed = revealed;
      hung = hung || revealHung;
      if (c.memory) {
        mem.rows = await memoryRows(browser, side, env, before, r, hung);
      }
    } catch (error) {
      const kind = failed(error);
      rows.push({ n: "4", figure: title, measured: `${kind}: ${errorText(error)}`, baseline, goal: "", result: kind === "ERROR" ? "ERROR" : "n/a" });
    } finally {
      if (side) await browser.close(side.context);
    }
  }
  return { rows, memoryRows: mem.rows ?? [{ n: "6", figure: "Memory around the 50 MB response", measured: "n/a (50 MB run failed)", baseline: "", goal: "", result: "n/a" }] };
}

// ---------------------------------------------------------------- 6. memory
const total = (m) => (m && m.jsHeap != null ? m.jsHeap + (m.wasm ?? 0) : NaN);
const memText = (m) =>
  m.error
    ? `n/a (${errorText(m.error)}); anon RSS ${MB(m.rss)}`
    : `JS ${MB(m.jsHeap)} + wasm ${MB(m.wasm)} = ${MB(total(m))}; anon RSS ${MB(m.rss)}; ${m.dom} DOM nodes`;

async function memoryRows(browser, side, env, before, big, hung) {
  const rows = [];
  const near = (m) => Math.max(10e6, 0.2 * total(before));
  rows.push({ n: "6", figure: "Memory: before (after a tiny request, GC)", measured: memText(before), baseline: "(the baseline)", goal: "", result: "info" });
  if (hung) {
    rows.push({ n: "", figure: "  with the 50 MB response shown", measured: "n/a (page unresponsive)", baseline: "", goal: "", result: "n/a" });
    rows.push({ n: "", figure: "  after dismissing it (tiny request, GC)", measured: "n/a (page unresponsive)", baseline: "", goal: "", result: "n/a" });
    return rows;
  }
  const shown = await memory(browser, side.page, side.cdp);
  rows.push({
    n: "",
    figure: `  with the 50 MB response ${big.bodyAt != null || big.revealed?.bodyAt != null ? "shown" : big.gated ? "received, not rendered" : "pending (timed out)"}`,
    measured: memText(shown),
    baseline: `+${MB(total(shown) - total(before))}`,
    goal: "",
    result: "info",
  });
  let after;
  let dismissed;
  try {
    dismissed = await exchange(side, `${env.fastUrl}/ok`, { timeoutMs: 60_000 });
  } catch (error) {
    if (!(error instanceof StepTimeout)) throw error;
  }
  if (!dismissed || dismissed.statusAt == null) {
    rows.push({ n: "", figure: "  after dismissing it (tiny request, GC)", measured: "n/a (tiny request did not complete)", baseline: "", goal: "", result: "n/a" });
    return rows;
  }
  after = await memory(browser, side.page, side.cdp);
  const grown = total(after) - total(before);
  rows.push({
    n: "",
    figure: "  after dismissing it (tiny request, GC)",
    measured: memText(after),
    baseline: `${grown >= 0 ? "+" : ""}${MB(grown)} vs before`,
    goal: `≤ before + ${MB(near())}`,
    result: Number.isFinite(grown) ? verdict(grown <= near()) : "n/a",
  });
  return rows;
}

// ---------------------------------------------------------------- 5. saved data
const RESOURCES = [
  "users", "orders", "invoices", "products", "carts", "payments", "refunds", "shipments", "warehouses", "suppliers",
  "customers", "reviews", "coupons", "taxes", "currencies", "regions", "stores", "employees", "teams", "projects",
  "tasks", "comments", "attachments", "webhooks", "events", "metrics", "alerts", "dashboards", "reports", "exports",
  "imports", "jobs", "queues", "topics", "messages", "channels", "threads", "sessions", "tokens", "keys",
  "roles", "policies", "audits", "backups", "snapshots", "volumes", "clusters", "nodes", "pods", "deployments",
];
export const FILTER_QUERY = "invoices";
const VERBS = ["List", "Get", "Create", "Update", "Delete"];

export function library(collections = 50, perCollection = 20) {
  const list = [];
  for (let c = 0; c < collections; c++) {
    const resource = RESOURCES[c];
    const items = [];
    for (let i = 0; i < perCollection; i++) {
      const verb = VERBS[i % VERBS.length];
      items.push({
        kind: "request",
        id: `r${c * perCollection + i + 1}`,
        name: `${verb} ${resource} ${i + 1}`,
        request: {
          method: { List: "GET", Get: "GET", Create: "POST", Update: "PUT", Delete: "DELETE" }[verb],
          url: `https://api.example.test/v1/${resource}/${i + 1}`,
          headers: [],
          body: "",
          follow_redirects: true,
        },
        revision: 1,
        updated_ms: 0,
      });
    }
    list.push({ id: `c${c + 1}`, name: `${resource[0].toUpperCase()}${resource.slice(1)} API`, items, variables: [], revision: 1, updated_ms: 0 });
  }
  return { version: 1, saved_ms: 0, library: { collections: list } };
}

export async function savedData(browser, env, appStartMedian, loads = 7, filters = 5) {
  const storage = { "stringtools.api-client.library": JSON.stringify(library()) };
  const title = "Start with 1,000 saved requests (50 collections)";
  const absent = (what) => [
    { n: "5", figure: title, measured: `n/a (${what})`, baseline: "", goal: "≤ 300 ms", result: "n/a" },
    { n: "", figure: `  filter "${FILTER_QUERY}" until the list updates`, measured: `n/a (${what})`, baseline: "", goal: "≤ 50 ms", result: "n/a" },
  ];
  const starts = [];
  let last = null;
  for (let i = 0; i < loads; i++) {
    const { context, page } = await browser.page({ cacheDisabled: true, collections: true, storage });
    page.setDefaultTimeout(15_000);
    try {
      await page.goto(env.appUrl, { waitUntil: "commit", timeout: 15_000 });
      await waitLoaded(page); // Send enabled
      try {
        await waitLoaded(page, { collections: true, timeoutMs: 5_000 });
      } catch (error) {
        if (failed(error) === "ERROR") throw error;
        const nav = await page.getByRole("navigation", { name: "Collections" }).count();
        await browser.close(context);
        return absent(nav ? "Collections navigation lists no links" : "collections UI not present");
      }
      const marks = await page.evaluate(() => window.__bench.marks);
      starts.push(Math.max(marks.sendEnabled, marks.collections));
      if (i < loads - 1) await browser.close(context);
      else last = { context, page };
    } catch (error) {
      await browser.close(context);
      throw error;
    }
  }
  const start = median(starts);
  const rows = [
    {
      n: "5",
      figure: `${title}, median of ${loads}`,
      measured: `${ms(start)} (p90 ${ms(quantile(starts, 0.9))})`,
      baseline: `empty storage ${ms(appStartMedian)} (fig. 2)`,
      goal: "≤ 300 ms",
      result: verdict(start <= 300),
    },
  ];
  try {
    const { page } = last;
    const box = page.getByRole("searchbox", { name: "Filter collections" }).or(page.getByRole("textbox", { name: "Filter collections" })).first();
    if (!(await box.count())) {
      rows.push({ n: "", figure: `  filter "${FILTER_QUERY}"`, measured: "n/a (no \"Filter collections\" box)", baseline: "", goal: "≤ 50 ms", result: "n/a" });
      return rows;
    }
    const input = await box.elementHandle();
    const times = [];
    let counts = "";
    let timeouts = 0;
    for (let i = 0; i < filters; i++) {
      const r = await withTimeout(page.evaluate(([el, q]) => window.__bench.filter(el, "Collections", q), [input, FILTER_QUERY]), 30_000, "filter");
      if (r.settled == null) timeouts++;
      else times.push(r.settled);
      counts = `${r.before} → ${r.after} links`;
      await withTimeout(page.evaluate((el) => window.__bench.filter(el, "Collections", ""), input), 30_000, "clearing the filter");
    }
    const f = median(times);
    rows.push({
      n: "",
      figure: `  filter "${FILTER_QUERY}" → list settled, median of ${filters}`,
      measured: times.length ? `${ms(f)} (${counts}${timeouts ? `, ${timeouts} no change` : ""})` : "timeout (the list did not change)",
      baseline: "",
      goal: "≤ 50 ms",
      result: times.length ? verdict(f <= 50) : "n/a",
    });
    return rows;
  } finally {
    await browser.close(last.context);
  }
}
