// The release build downloads some screens on first use (scripts/split-wasm.sh).
// A chunk that cannot be downloaded must say so, offer a retry, and lose nothing.
import { test, expect } from "@playwright/test";
import { Workspace, HTTPBIN } from "./workspace.page.js";
import { KEY, sidebar, saveRequest } from "./collections.page.js";

// Answers every request for the chunk with a network error until `allow()`.
async function blockChunk(page, name) {
  const pattern = new RegExp(`/${name}-[0-9a-f]+\\.wasm$`);
  let blocked = 0;
  const handler = (route) => {
    blocked += 1;
    return route.abort("internetdisconnected");
  };
  await page.route(pattern, handler);
  return {
    blocked: () => blocked,
    allow: () => page.unroute(pattern, handler),
  };
}

test("the reference pages are a chunk loaded when first opened, not at start", async ({ page }) => {
  const chunks = [];
  page.on("request", (request) => {
    const file = new URL(request.url()).pathname.split("/").pop();
    if (/^split_.*\.wasm$/.test(file)) chunks.push(file.replace(/-[0-9a-f]+\.wasm$/, ""));
  });
  await new Workspace(page).open();
  expect(chunks).not.toContain("split_reference");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Status codes" }).click();
  await expect(page.getByRole("heading", { name: "HTTP status codes" })).toBeVisible();
  expect(chunks).toContain("split_reference");
});

test("a page whose chunk cannot be downloaded says so, retries, and keeps the draft", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/anything/draft`);
  const chunk = await blockChunk(page, "split_reference");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Status codes" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Not loaded" });
  await expect(alert).toContainText("could not be downloaded");
  expect(chunk.blocked()).toBeGreaterThan(0);

  await chunk.allow();
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "HTTP status codes" })).toBeVisible();
  await expect(alert).toHaveCount(0);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Requests" }).click();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/anything/draft`);
});

test("a response whose view cannot be downloaded is shown after a retry", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  const chunk = await blockChunk(page, "split_response");

  await ws.request("GET", `${HTTPBIN}/status/201`);
  const alert = page.getByRole("alert").filter({ hasText: "Not loaded" });
  await expect(alert).toContainText("could not be downloaded");

  await chunk.allow();
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(ws.status).toHaveText(/^201 Created/);
  await expect(ws.url).toHaveValue(`${HTTPBIN}/status/201`);
});

test("while the saved library's chunk is blocked, requests still go out and nothing stored is overwritten", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/get`);
  await saveRequest(page, "Kept", "Safe");
  const savedAt = page.url();
  await page.goto("./");
  await ws.request("GET", `${HTTPBIN}/status/202`);
  await expect(ws.status).toHaveText(/^202 Accepted/);
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem").filter({ hasText: "/status/202" })).toHaveCount(1);
  const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);

  const chunk = await blockChunk(page, "split_sidebar");
  await page.reload();
  const alert = page.getByRole("alert").filter({ hasText: "Not loaded" });
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText("could not be downloaded");
  await ws.request("GET", `${HTTPBIN}/status/203`);
  await expect(ws.status).toHaveText(/^203 Non-Authoritative Information/);

  // Saving now would write a library that was never read: it is refused.
  await page.getByRole("button", { name: "Save request" }).click();
  const dialog = page.getByRole("dialog", { name: "Save request" });
  await dialog.getByRole("textbox", { name: "Request name" }).fill("Too early");
  await dialog.getByRole("combobox", { name: "Collection" }).fill("Safe");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toContainText("still loading");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(stored);

  // A bookmarked saved request says it cannot be opened yet (the alert beside says why).
  await page.goto(savedAt);
  await expect(page.getByText("This saved request cannot be opened")).toBeVisible();
  await expect(ws.send).toBeVisible();
  await chunk.allow();
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/get`);
  await expect(sidebar(page).getByRole("link", { name: /Kept/ })).toBeVisible();
  await expect(alert).toHaveCount(0);
  // History read late keeps what was sent meanwhile, newest first, and saves it.
  await expect(history.getByRole("listitem").first()).toContainText("/status/203");
  await expect(history.getByRole("listitem").filter({ hasText: "/status/202" })).toHaveCount(1);
  await page.reload();
  await expect(history.getByRole("listitem").first()).toContainText("/status/203");
  await expect(history.getByRole("listitem").filter({ hasText: "/status/202" })).toHaveCount(1);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(stored);
});

test("a shared link whose reader cannot be downloaded says so and opens after a reload", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/anything/shared`);
  await page.getByRole("button", { name: "Share link" }).click();
  const link = await page.getByRole("textbox", { name: "Link to this request" }).inputValue();

  const chunk = await blockChunk(page, "split_share");
  await page.goto("./");
  await ws.url.fill(`${HTTPBIN}/anything/other`);
  await page.goto(link);
  await expect(page.getByText("The shared link could not be opened yet")).toBeVisible();
  expect(page.url()).toBe(link); // kept, so a reload tries again
  await expect(ws.url).not.toHaveValue(`${HTTPBIN}/anything/shared`);

  await chunk.allow();
  await page.reload();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/anything/shared`);
  await expect(page.getByText("from a shared link")).toBeVisible();
  expect(new URL(page.url()).search).toBe("");
  expect(new URL(page.url()).hash).toBe("");
});
