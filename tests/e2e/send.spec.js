// Sending requests to a real server and reading the answer.
import { test, expect } from "@playwright/test";
import { Workspace, HTTPBIN } from "./workspace.page.js";

test.beforeEach(async ({ page }) => {
  await new Workspace(page).open();
});

test("status codes show their reason phrase, colored by class", async ({ page }) => {
  const ws = new Workspace(page);
  const colors = {};
  for (const code of [200, 404, 418, 500]) {
    await ws.request("GET", `${HTTPBIN}/status/${code}`);
    await expect(ws.status).toHaveText(new RegExp(`^${code} `));
    colors[code] = await ws.statusColor();
  }
  await expect(ws.status).toContainText("500 Internal Server Error");
  // 404 and 418 are both 4xx and share the client-error color by design.
  expect(colors[404]).toBe(colors[418]);
  expect(new Set([colors[200], colors[404], colors[500]]).size).toBe(3);
});

test("418 is shown as the unused teapot code", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/status/418`);
  await expect(ws.status).toContainText("418 I'm a teapot (unused code)");
});

test("POSTed JSON is echoed and shown pretty-printed", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.setHeader(0, "Content-Type", "application/json");
  await ws.request("POST", `${HTTPBIN}/anything`, { body: '{"zeta":1,"alpha":{"nested":[true,null]}}' });
  await expect(ws.status).toHaveText(/^200 OK/);
  const text = await ws.responseBody.locator("pre").innerText();
  // httpbin sorts keys when it echoes; key order is preserved as received (tested natively).
  expect(text).toContain('  "json": {\n    "alpha": {\n      "nested": [\n        true,\n        null\n      ]\n    },\n    "zeta": 1\n  }');
  expect(text).toContain('"method": "POST"');
});

test("a header the server exposes appears in the headers table, with the CORS note", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/response-headers?Access-Control-Expose-Headers=X-Demo&X-Demo=hello`);
  await expect(ws.status).toHaveText(/^200 OK/);
  const row = ws.responseHeaders.getByRole("row", { name: /x-demo/i });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell")).toHaveText("hello");
  await expect(ws.responseHeaders.getByRole("row", { name: /content-type/i })).toHaveCount(1);
  await expect(page.getByText("Some headers may be hidden")).toBeVisible();
  await expect(page.getByText("This server exposed: x-demo.")).toBeVisible();
});

test("time and size of the response are shown", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/bytes/1500`);
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(page.getByText("1.5 kB", { exact: true })).toBeVisible();
  await expect(page.getByText(/^\d+ ms$/)).toBeVisible();
  await expect(ws.responseBody).toContainText("Binary body: 1.5 kB of application/octet-stream");
});

test("a binary image body gets a size and type note", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/image/png`);
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText(/Binary body: [\d.]+ kB of image\/png/);
});

test("plain text and HTML bodies are shown as text", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/robots.txt`);
  await expect(ws.responseBody).toContainText("User-agent: *");
});

test("followed redirects are reported with the final URL", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/redirect/2`);
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(page.getByText("followed one or more redirects")).toBeVisible();
  await expect(page.getByText(`${HTTPBIN}/get`, { exact: true })).toBeVisible();
});

test("Ctrl+Enter sends the request", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.url.fill(`${HTTPBIN}/status/204`);
  await ws.url.press("Control+Enter");
  await expect(ws.status).toHaveText(/^204 No Content/);
  await expect(ws.responseBody).toContainText("No body.");
});

test("custom methods are sent as typed", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("PATCH", `${HTTPBIN}/patch`, { body: "x=1" });
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText('"data": "x=1"');
});

test("request headers reach the server; both rows of a repeated name are sent", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.setHeader(0, "X-Trace", "one");
  await ws.setHeader(1, "X-Trace", "two");
  await ws.request("GET", `${HTTPBIN}/headers`);
  await expect(ws.responseBody).toContainText('"X-Trace": "one, two"');
});

test("a response can be cleared without sending anything", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.request("GET", `${HTTPBIN}/json`);
  await expect(ws.status).toHaveText(/^200 OK/);
  await page.getByRole("button", { name: "Clear response" }).click();
  await expect(ws.status).toHaveCount(0);
  await expect(ws.responseBody).toHaveCount(0);
  await expect(ws.url).toHaveValue(`${HTTPBIN}/json`);
});
