// Headless Chromium (Debian's, through the Playwright already installed for tests/e2e),
// fresh contexts with the in-page probe, CDP helpers and renderer memory.
import { readFileSync, readdirSync } from "node:fs";
import { chromium } from "../../e2e/node_modules/playwright-core/index.mjs";
import { StepTimeout, withTimeout, sleep } from "./util.mjs";

const PROBE = readFileSync(new URL("./probe.js", import.meta.url), "utf8");

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

export class Browser {
  async launch() {
    this.browser = await withTimeout(
      chromium.launch({
        executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
        headless: true,
        args: CHROMIUM_ARGS,
      }),
      30_000,
      "launching chromium",
    );
    this.version = this.browser.version();
    return this;
  }

  // Launches again after a page hung so badly that its context would not close.
  async relaunch() {
    const old = this.browser;
    this.browser = null;
    await withTimeout(old.close(), 10_000, "closing a stuck chromium").catch(() => {});
    return this.launch();
  }

  // A new context (empty cache, empty storage) with one page and the probe installed.
  // config: { collections, storage: {key: value}, cacheDisabled }
  async page(config = {}) {
    const context = await withTimeout(this.browser.newContext({ viewport: { width: 1280, height: 900 } }), 15_000, "new context");
    const { storage, ...probeConfig } = config;
    await context.addInitScript({ content: `window.__benchConfig = ${JSON.stringify(probeConfig)};` });
    if (storage) {
      await context.addInitScript({
        content: `(() => { const s = ${JSON.stringify(storage)}; for (const k in s) localStorage.setItem(k, s[k]); })();`,
      });
    }
    await context.addInitScript({ content: PROBE });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (config.cacheDisabled) {
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    }
    return { context, page, cdp };
  }

  // Closes a context; if its renderer is stuck, kills the whole browser and starts anew.
  async close(context) {
    try {
      await withTimeout(context.close(), 10_000, "closing a context");
    } catch (error) {
      if (!(error instanceof StepTimeout)) throw error;
      await this.relaunch();
    }
  }

  async stop() {
    if (!this.browser) return;
    await withTimeout(this.browser.close(), 10_000, "closing chromium").catch(() => {});
  }

  // Anonymous resident memory (RssAnon: heaps, wasm memory, not shared libraries) of every
  // renderer process of this browser (from /proc), in bytes.
  // Playwright as a library spawns Chromium from this very process, so the renderers are
  // the descendants of process.pid whose command line says --type=renderer.
  rendererRss() {
    const root = process.pid;
    const procs = new Map();
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        procs.set(Number(entry), { ppid, cmd: readFileSync(`/proc/${entry}/cmdline`, "utf8") });
      } catch {}
    }
    const isDescendant = (pid) => {
      for (let p = pid, i = 0; p > 1 && i < 20; p = procs.get(p)?.ppid, i++) if (p === root) return true;
      return false;
    };
    let total = 0;
    for (const [pid, { cmd }] of procs) {
      if (!cmd.includes("--type=renderer") || !isDescendant(pid)) continue;
      try {
        const rss = readFileSync(`/proc/${pid}/status`, "utf8").match(/RssAnon:\s+(\d+) kB/);
        if (rss) total += Number(rss[1]) * 1024;
      } catch {}
    }
    return total;
  }
}

// Waits for the probe's load marks (Send enabled; and the Collections nav when asked).
export async function waitLoaded(page, { collections = false, timeoutMs = 15_000 } = {}) {
  await page.waitForFunction(
    (c) => window.__bench && window.__bench.marks.sendEnabled != null && (!c || window.__bench.marks.collections != null),
    collections,
    { timeout: timeoutMs, polling: 20 },
  );
  return page.evaluate(() => ({ ...window.__bench.marks }));
}

// JS heap (after a forced GC), wasm linear memory, DOM nodes, renderer RSS.
export async function memory(browser, page, cdp) {
  const out = {};
  try {
    await withTimeout(
      (async () => {
        await cdp.send("HeapProfiler.collectGarbage");
        await sleep(100);
        await cdp.send("HeapProfiler.collectGarbage");
        const heap = await cdp.send("Runtime.getHeapUsage");
        out.jsHeap = heap.usedSize;
        out.dom = (await cdp.send("Memory.getDOMCounters")).nodes;
        const wasm = await page.evaluate(() => window.__bench.wasmMemory());
        out.wasm = wasm?.bytes ?? null;
        out.wasmSource = wasm?.source ?? "not found";
      })(),
      30_000,
      "memory measurement",
    );
  } catch (error) {
    out.error = error;
  }
  out.rss = browser.rendererRss();
  return out;
}
