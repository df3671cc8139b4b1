// Offline use of the release build: its service worker (scripts/sw/, written by
// scripts/sw.py) keeps every file of the app, so the app and its deep links open
// with the network off, the user's own requests still go to the network, and a new
// release is offered once it is installed whole, then taken up on "Reload to update".
// Each test serves its own copy of dist on another port (another origin, so its
// worker and caches are its own), which it can change into a next release or stop.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { Workspace, HTTPBIN } from "./workspace.page.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..", "..");
// The build the suite's own static server serves (scripts/test.sh).
const DIST = join(ROOT, "dist");
const BASE_PATH = new URL(process.env.APP_URL).pathname;
const TITLE = "API Client · StringTools";

// Serves a copy of dist on a free loopback port until the test ends.
async function serveCopy() {
  const dir = await mkdtemp(join(tmpdir(), "api-client-offline-"));
  await cp(DIST, dir, { recursive: true });
  const server = spawn(process.execPath, [join(HERE, "static-server.mjs"), dir, "0", BASE_PATH], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const running = () => server.exitCode === null && server.signalCode === null;
  const url = await new Promise((resolve, reject) => {
    let said = "";
    server.stdout.setEncoding("utf8");
    server.stdout.on("data", (text) => {
      said += text;
      const started = said.match(/static server on (\S+)/);
      if (started) resolve(started[1]);
    });
    server.on("exit", (code) => reject(new Error(`the copy's static server stopped (exit ${code})`)));
  });
  return {
    url,
    dir,
    async stop() {
      if (!running()) return;
      const exited = once(server, "exit");
      server.kill();
      await exited;
    },
    // Turns the copy into the next release: the page's title changes, `without`
    // names files this release no longer has, and sw.js is written anew.
    async release(title, without = null) {
      for (const name of ["index.html", "404.html"]) {
        const html = await readFile(join(dir, name), "utf8");
        expect(html).toMatch(/<title>[^<]*<\/title>/);
        await writeFile(join(dir, name), html.replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`));
      }
      if (without) {
        const gone = (await readdir(dir)).filter((name) => without.test(name));
        expect(gone.length).toBeGreaterThan(0);
        for (const name of gone) await rm(join(dir, name));
      }
      await promisify(execFile)("python3", [join(ROOT, "scripts", "sw.py"), dir]);
    },
  };
}

const test = base.extend({
  copy: async ({}, use) => {
    const copy = await serveCopy();
    await use(copy);
    await copy.stop();
    await rm(copy.dir, { recursive: true, force: true });
  },
});
// Every other spec blocks service workers (playwright.config.js).
test.use({ serviceWorkers: "allow" });

async function openApp(page, url) {
  const ws = new Workspace(page);
  await page.goto(url);
  await expect(ws.send).toBeEnabled();
  await expect(ws.addHeader).toBeVisible();
  return ws;
}

// Opens the copy and waits until its worker serves the page.
async function openControlled(page, url) {
  const ws = await openApp(page, url);
  await controlled(page);
  return ws;
}

// Resolves once a service worker serves the page: the first one takes charge of
// the page that registered it, without a reload.
async function controlled(page) {
  await page.evaluate(() => {
    const workers = navigator.serviceWorker;
    if (workers.controller) return null;
    return new Promise((done) => workers.addEventListener("controllerchange", () => done(null), { once: true }));
  });
}

const appCaches = (page) => page.evaluate(() => caches.keys());

// Asks for an update check and reports how the worker it finds ends: "installed"
// (waiting to take over) or "redundant" (its install failed, it is dropped).
function updateOutcome(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const found = new Promise((done) =>
      registration.addEventListener("updatefound", () => done(registration.installing), { once: true }),
    );
    registration.update().catch(() => {});
    const worker = await found;
    const settled = () => ["installed", "redundant"].includes(worker.state);
    if (settled()) return worker.state;
    return new Promise((done) => worker.addEventListener("statechange", () => settled() && done(worker.state)));
  });
}

test("once started, the app names its web app manifest, which describes it as an installable app", async ({
  page,
  copy,
}) => {
  await openApp(page, copy.url);
  const link = page.locator('link[rel="manifest"]');
  await expect(link).toHaveCount(1);
  const href = await link.evaluate((el) => el.href);
  expect(href).toBe(new URL("manifest.webmanifest", copy.url).href);
  const response = await page.request.get(href);
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest.name).toBe("StringTools API Client");
  expect(manifest.display).toBe("standalone");
  // Relative to the manifest: the app's own path, wherever it is deployed.
  expect(new URL(manifest.start_url, href).href).toBe(copy.url);
  expect(new URL(manifest.scope, href).href).toBe(copy.url);
  const icon = await page.request.get(new URL(manifest.icons[0].src, href).href);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("with the network off, the app, a deep link and a page loaded on first use open from the worker", async ({
  page,
  context,
  copy,
}) => {
  const ws = await openControlled(page, copy.url);
  // Nothing serves the app any more, and the browser is offline too.
  await copy.stop();
  await context.setOffline(true);

  const reloaded = await page.reload();
  expect(reloaded.fromServiceWorker()).toBe(true);
  await expect(ws.send).toBeEnabled();
  await expect(ws.addHeader).toBeVisible();

  const deep = await page.goto(`${copy.url}reference/404`);
  expect(deep.fromServiceWorker()).toBe(true);
  await expect(page.getByRole("heading", { name: "404 Not Found", level: 1 })).toBeVisible();

  await page.goto(`${copy.url}collections/x`);
  await expect(page.getByRole("heading", { name: "Collection not found" })).toBeVisible();

  await page.goto(`${copy.url}reference`);
  await expect(page.getByRole("table", { name: "Status codes" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Requests" }).click();
  await expect(ws.addHeader).toBeVisible();
});

test("offline, the user's requests go to the network and fail with the usual alert, even for a file the worker keeps", async ({
  page,
  context,
  copy,
}) => {
  const ws = await openControlled(page, copy.url);
  await context.setOffline(true);

  await ws.request("GET", `${HTTPBIN}/get`);
  await expect(ws.alert).toContainText("server unreachable or blocked by CORS");
  await expect(ws.alert).toContainText(new URL(HTTPBIN).host);

  // Served from the cache this would be a 200 with the app's page.
  const origin = new URL(copy.url).origin;
  for (const url of [`${copy.url}index.html`, `${origin}/elsewhere/data.json`]) {
    await ws.request("GET", url);
    await expect(ws.alert).toContainText("server unreachable or blocked by CORS");
    await expect(ws.alert).toContainText(new URL(url).host);
  }
});

test("a new release is offered once installed, the page keeps its own until reloaded, then takes the new one whole", async ({
  page,
  copy,
}) => {
  await openControlled(page, copy.url);
  const [first] = await appCaches(page);
  expect(await appCaches(page)).toEqual([first]);

  // The next release changes the page, and no longer has this one's reference
  // chunk (a new release names its chunks anew).
  await copy.release(`${TITLE} (next)`, /^split_reference-[0-9a-f]+\.wasm$/);
  await page.reload();
  const notice = page.getByRole("region", { name: "Update available" });
  await expect(notice).toContainText("A new version of the API Client is ready");
  await expect(page).toHaveTitle(TITLE);
  const scan = await new AxeBuilder({ page }).include("#update-notice").withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(scan.passes.length).toBeGreaterThan(0);
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Until the reload, this page's chunks still come from its release's cache.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Status codes" }).click();
  await expect(page.getByRole("table", { name: "Status codes" })).toBeVisible();

  await notice.getByRole("button", { name: "Reload to update" }).click();
  await expect(page).toHaveTitle(`${TITLE} (next)`);
  await expect(notice).toHaveCount(0);
  const [current, ...others] = await appCaches(page);
  expect(others).toEqual([]);
  expect(current).not.toBe(first);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe("activated");
});

test("a release the server does not have whole is not installed, and the one in charge stays", async ({
  page,
  copy,
}) => {
  await openControlled(page, copy.url);
  const before = await appCaches(page);

  // sw.js names a file the server no longer has.
  await copy.release(`${TITLE} (broken)`);
  await rm(join(copy.dir, "icon.svg"));
  expect(await updateOutcome(page)).toBe("redundant");

  // A deployment caught half way: a file differs from the one sw.js names.
  await copy.release(`${TITLE} (half)`);
  const index = join(copy.dir, "index.html");
  await writeFile(index, (await readFile(index, "utf8")).replace("(half)", "(other)"));
  expect(await updateOutcome(page)).toBe("redundant");

  expect(await appCaches(page)).toEqual(before);
  await page.reload();
  await expect(page.getByRole("button", { name: "Send", exact: true })).toBeEnabled();
  await expect(page).toHaveTitle(TITLE);
});
