// Large bodies from a real local server (tests/bench/fast-server.mjs, started here):
// big JSON is laid out without one DOM node per line, and bodies over the
// format-on-arrival limit wait for the user to pick raw, formatted or download.
import { test, expect } from "@playwright/test";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Workspace } from "./workspace.page.js";

const SERVER = fileURLToPath(new URL("../bench/fast-server.mjs", import.meta.url));
let server;
let base;
let sizes;

test.beforeAll(async () => {
  server = spawn(process.execPath, [SERVER, "0", "/ok,/json/1mb,/json/17mb-min,/json/17mb-broken,/json/2mb-broken,/bytes/2mb"], { stdio: ["ignore", "pipe", "inherit"] });
  base = await new Promise((resolve, reject) => {
    let out = "";
    server.stdout.on("data", (chunk) => {
      out += chunk;
      const found = out.match(/fast server on (http:\/\/127\.0\.0\.1:\d+)/);
      if (found) resolve(found[1]);
    });
    server.on("exit", (code) => reject(new Error(`fast-server exited ${code}`)));
  });
  sizes = await (await fetch(`${base}/sizes`)).json();
});

test.afterAll(() => {
  server?.kill();
});

test.beforeEach(async ({ page }) => {
  await new Workspace(page).open();
});

async function scrollToEnd(body) {
  await body.locator("[tabindex='0']").evaluate((el) => {
    el.scrollTop = el.scrollHeight;
    el.dispatchEvent(new Event("scroll"));
  });
}

// The rows the virtual view has drawn, and how many lines it says there are.
async function drawn(body) {
  const text = await body.locator("pre code").first().textContent();
  return text.split("\n");
}

test("a 1 MB JSON body is pretty-printed, drawn a window at a time, and scrolls to its end", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${base}/json/1mb`);
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText(/\d+ lines; only those in view are drawn/);
  const note = await ws.responseBody.getByText(/lines; only those in view are drawn/).textContent();
  const total = Number(note.match(/(\d+) lines/)[1]);
  expect(total).toBeGreaterThan(20_000);
  const first = await drawn(ws.responseBody);
  expect(first[0]).toBe("[");
  expect(first[1]).toBe("  {");
  expect(first.length).toBeLessThan(300);
  // the scroller is the body's only focusable box: scroll it to the bottom
  const scroller = ws.responseBody.locator("[tabindex='0']");
  await scroller.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
    el.dispatchEvent(new Event("scroll"));
  });
  await expect.poll(async () => (await drawn(ws.responseBody)).at(-1)).toBe("]");
});

test("a 17 MB body waits for a choice: formatted, raw, or a download of the exact bytes", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${base}/json/17mb-min`);
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText("too large to format automatically");
  const formatted = ws.responseBody.getByRole("button", { name: "Show formatted" });
  const raw = ws.responseBody.getByRole("button", { name: "Show raw" });
  await formatted.click();
  await expect.poll(async () => (await drawn(ws.responseBody)).slice(0, 3)).toEqual(["[", "  {", '    "id": 0,']);
  // the laid-out text is read back from browser memory wherever the view scrolls
  await scrollToEnd(ws.responseBody);
  await expect.poll(async () => (await drawn(ws.responseBody)).slice(-2)).toEqual(["  }", "]"]);
  await raw.click();
  // minified: one line, cut into rows of at most 2,000 bytes
  await expect.poll(async () => (await drawn(ws.responseBody))[0].slice(0, 9)).toBe('[{"id":0,');
  expect((await drawn(ws.responseBody))[0].length).toBeLessThanOrEqual(2000);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    ws.responseBody.getByRole("button", { name: "Download body" }).click(),
  ]);
  const path = await download.path();
  const { statSync } = await import("node:fs");
  expect(statSync(path).size).toBe(sizes["/json/17mb-min"]);
});

test("a 17 MB body labelled JSON that is cut short says why and is shown as text", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${base}/json/17mb-broken`);
  await expect(ws.status).toHaveText(/^200 OK/);
  await ws.responseBody.getByRole("button", { name: "Show formatted" }).click();
  await expect(ws.responseBody).toContainText(/Labelled as JSON but not valid JSON at line 1, column \d+: EOF while parsing a list\. Shown as text\./);
  await expect.poll(async () => (await drawn(ws.responseBody))[0].slice(0, 9)).toBe('[{"id":0,');
  await scrollToEnd(ws.responseBody);
  await expect.poll(async () => (await drawn(ws.responseBody)).at(-1).endsWith("Z\"}")).toBe(true);
});

test("a 2 MB body labelled JSON that is cut short is shown as text with the reason", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${base}/json/2mb-broken`);
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText(/Labelled as JSON but not valid JSON at line \d+, column \d+: EOF while parsing a list\. Shown as text\./);
  await expect.poll(async () => (await drawn(ws.responseBody)).slice(0, 2)).toEqual(["[", "  {"]);
  await scrollToEnd(ws.responseBody);
  // the body ends "  }\n" (its closing "]" cut off): the last row is empty
  await expect.poll(async () => (await drawn(ws.responseBody)).slice(-2)).toEqual(["  }", ""]);
});

test("a 2 MB unlabelled body that is not text gets a size note, and downloads as sent", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${base}/bytes/2mb`);
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText("Binary body: 2.1 MB of unlabelled binary data, not shown as text.");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    ws.responseBody.getByRole("button", { name: "Download body" }).click(),
  ]);
  const { readFileSync } = await import("node:fs");
  const bytes = readFileSync(await download.path());
  expect(bytes.length).toBe(sizes["/bytes/2mb"]);
  expect([bytes[0], bytes[255], bytes[256], bytes.at(-1)]).toEqual([0, 255, 0, 255]);
});
