// Every way a send can fail gets its own alert, and the draft stays as typed.
import { test, expect } from "@playwright/test";
import { Workspace, HTTPBIN } from "./workspace.page.js";

test.beforeEach(async ({ page }) => {
  await new Workspace(page).open();
});

test("an unreachable server gets the unreachable-or-CORS explanation", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("POST", "http://127.0.0.1:1/", { body: "keep me" });
  await expect(ws.alert).toContainText("server unreachable or blocked by CORS");
  await expect(ws.alert).toContainText("http://127.0.0.1:1");
  await expect(ws.alert).toContainText("Access-Control-Allow-Origin");
  await expect(ws.url).toHaveValue("http://127.0.0.1:1/");
  await expect(ws.body).toHaveValue("keep me");
  await expect(ws.method).toHaveValue("POST");
});

test("a slow server hits the adjustable timeout", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/delay/5`, { timeout: 1 });
  await expect(ws.alert).toContainText("Timed out");
  await expect(ws.alert).toContainText("within 1 s");
  await expect(ws.url).toHaveValue(`${HTTPBIN}/delay/5`);
  await expect(ws.send).toBeEnabled();
});

test("a request in flight shows progress and can be cancelled", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/delay/5`);
  await expect(page.getByRole("progressbar", { name: "Waiting for the response" })).toBeVisible();
  await expect(ws.send).toBeDisabled();
  await ws.cancel.click();
  await expect(ws.alert).toContainText("You cancelled the request");
  await expect(ws.cancel).toHaveCount(0);
  await expect(ws.send).toBeEnabled();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/delay/5`);
});

test("dangerous URL schemes are refused with a specific reason", async ({ page }) => {
  const ws = new Workspace(page);
  for (const [url, reason] of [
    ["javascript:alert(1)", "run script"],
    ["data:text/plain,hi", "inline"],
    ["file:///etc/passwd", "local files"],
  ]) {
    await ws.request("GET", url);
    await expect(ws.alert).toContainText(reason);
    await expect(ws.url).toHaveValue(url);
  }
});

test("a malformed URL says what is wrong", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", "http://127.0.0.1:99999/");
  await expect(ws.alert).toContainText("invalid port number");
});

test("a URL without a scheme gets a suggestion that can be applied", async ({ page }) => {
  const ws = new Workspace(page);
  const hostPort = HTTPBIN.replace("http://", "");
  await ws.request("GET", `${hostPort}/status/201`);
  await expect(ws.alert).toContainText("has no scheme");
  await page.getByRole("button", { name: `Use ${HTTPBIN}/status/201` }).click();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/status/201`);
  await ws.send.click();
  await expect(ws.status).toHaveText(/^201 Created/);
});

test("an invalid custom method is refused naming the bad character", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GE T", `${HTTPBIN}/get`);
  await expect(ws.alert).toContainText("“GE T” is not a valid method: it contains a space");
  await expect(ws.method).toHaveValue("GE T");
});

test("a method browsers forbid is refused", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("TRACE", `${HTTPBIN}/get`);
  await expect(ws.alert).toContainText("Browsers do not let web pages send TRACE requests");
});

test("a GET with a body is refused before sending", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/get`, { body: "{}" });
  await expect(page.getByText("GET requests cannot carry a body in a browser.")).toBeVisible();
  await expect(ws.alert).toContainText("A GET request cannot carry a body");
});

test("an invalid header name is flagged while typing and refused on send", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.setHeader(0, "X Demo", "1");
  await expect(ws.headerNames.first()).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("“X Demo” is not a valid header name").first()).toBeVisible();
  await ws.request("GET", `${HTTPBIN}/get`);
  await expect(ws.alert).toContainText("“X Demo” is not a valid header name: it contains a space");
});

test("headers the browser drops are flagged and do not block sending", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.setHeader(0, "Cookie", "session=1");
  await expect(page.getByText("Not sent: browsers drop Cookie")).toBeVisible();
  await ws.request("GET", `${HTTPBIN}/headers`);
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).not.toContainText("session=1");
});

test("a method override naming TRACE is flagged like other headers the browser drops", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.setHeader(0, "X-HTTP-Method-Override", "TRACE");
  await expect(page.getByText("Not sent: browsers drop X-HTTP-Method-Override")).toContainText("TRACE");
  await ws.request("GET", `${HTTPBIN}/headers`);
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).not.toContainText("Method-Override");
});

test("an out-of-range timeout is refused", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/get`, { timeout: 0 });
  await expect(ws.alert).toContainText("between 0.1 and 3600 seconds");
});
