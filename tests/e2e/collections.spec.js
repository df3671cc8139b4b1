// Saved collections: they survive reloads, bookmarks, corruption, newer versions,
// a full quota, and two tabs editing at once.
import { test, expect } from "@playwright/test";
import { Workspace, HTTPBIN } from "./workspace.page.js";
import { KEY, sidebar, saveRequest, backups } from "./collections.page.js";

test("a saved request survives a reload and opens from its bookmark in a new tab", async ({ page, context }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.method.fill("POST");
  await ws.url.fill(`${HTTPBIN}/anything`);
  await ws.body.fill('{"a":1}');
  await saveRequest(page, "Echo", "Demo");
  await expect(page).toHaveURL(/\/api-client\/collections\/[a-z0-9]+\/requests\/[a-z0-9]+$/);
  const bookmark = page.url();
  await expect(sidebar(page).getByRole("link", { name: "Demo" })).toBeVisible();
  await expect(sidebar(page).getByRole("link", { name: /Echo/ })).toBeVisible();

  await page.reload();
  await expect(sidebar(page).getByRole("link", { name: "Demo" })).toBeVisible();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/anything`);

  const tab = await context.newPage();
  await tab.goto(bookmark);
  const other = new Workspace(tab);
  await expect(other.method).toHaveValue("POST");
  await expect(other.url).toHaveValue(`${HTTPBIN}/anything`);
  await expect(other.body).toHaveValue('{"a":1}');
  await other.send.click();
  await expect(other.status).toHaveText(/^200 OK/);
});

test("a collection page lists its requests; delete can be undone", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/get`);
  await saveRequest(page, "First", "Box");
  await sidebar(page).getByRole("link", { name: "Box" }).click();
  await expect(page.getByRole("heading", { name: "Box", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Duplicate First" }).click();
  await expect(page.getByRole("link", { name: /Copy of First/ }).first()).toBeVisible();
  await page.getByRole("button", { name: "Delete First" }).click();
  await expect(page.getByRole("button", { name: "Delete First" })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("button", { name: "Delete First" })).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole("button", { name: "Delete First" })).toHaveCount(1);
});

test("corrupt stored data is backed up, reported, and the app still works", async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, "{ this is not json");
      sessionStorage.setItem("seeded", "1");
    }
  }, KEY);
  const ws = new Workspace(page);
  await ws.open();
  await expect(page.getByRole("alert").filter({ hasText: "Saved collections could not be read" })).toBeVisible();
  expect(await backups(page)).toEqual(["{ this is not json"]);
  await expect(page.getByRole("button", { name: "Download the unreadable data" })).toBeVisible();
  await ws.request("GET", `${HTTPBIN}/status/200`);
  await expect(ws.status).toHaveText(/^200 OK/);
});

test("data from a newer version is shown read-only and never written", async ({ page }) => {
  const newer = JSON.stringify({ version: 99, saved_ms: 0, library: { collections: [] }, future: true });
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, newer]);
  const ws = new Workspace(page);
  await ws.open();
  await expect(page.getByRole("alert").filter({ hasText: "newer version" }).first()).toBeVisible();
  await ws.url.fill(`${HTTPBIN}/get`);
  await page.getByRole("button", { name: "Save request" }).click();
  const dialog = page.getByRole("dialog", { name: "Save request" });
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog.getByRole("alert")).toContainText("read-only");
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: "newer version" }).first()).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
  expect(await backups(page)).toEqual([]);
});

test("a full quota is reported with the size, and nothing saved is lost", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/get`);
  await saveRequest(page, "Kept", "Safe");
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  const full = await page.evaluate(() => {
    // Fill to the last character: halve the chunk each time a write is refused.
    let key = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = "x".repeat(size);
      for (;;) {
        try { localStorage.setItem("filler." + key++, chunk); } catch { break; }
      }
    }
    try { localStorage.setItem("filler.check", "xx"); return false; } catch { return true; }
  });
  expect(full).toBe(true);
  await ws.url.fill(`${HTTPBIN}/anything/${"long".repeat(200)}`);
  await page.getByRole("button", { name: "Save request" }).click();
  const dialog = page.getByRole("dialog", { name: "Save request" });
  await dialog.getByRole("textbox", { name: "Request name" }).fill("Too big");
  await dialog.getByRole("checkbox", { name: "Save as a new request" }).check();
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "storage for this site is full" })).toContainText(/\d+(\.\d)? (B|kB)/);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
  await expect(sidebar(page).getByRole("link", { name: /Kept/ })).toBeVisible();
});

test("two tabs: a change in one shows in the other, and edits to different requests both survive", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const wa = new Workspace(a);
  const wb = new Workspace(b);
  await wa.open();
  await wb.open();
  await wa.url.fill(`${HTTPBIN}/get`);
  await saveRequest(a, "From A", "Shared");
  await expect(sidebar(b).getByRole("link", { name: /From A/ })).toBeVisible();
  await wb.url.fill(`${HTTPBIN}/status/204`);
  await saveRequest(b, "From B", "Shared");
  await expect(sidebar(a).getByRole("link", { name: /From B/ })).toBeVisible();
  await a.reload();
  await expect(sidebar(a).getByRole("link", { name: /From A/ })).toBeVisible();
  await expect(sidebar(a).getByRole("link", { name: /From B/ })).toBeVisible();
});

test("two tabs editing the same request: the second save is stopped and the conflict shown", async ({ context }) => {
  const a = await context.newPage();
  const wa = new Workspace(a);
  await wa.open();
  await wa.url.fill(`${HTTPBIN}/get`);
  await saveRequest(a, "Same", "Clash");
  const bookmark = a.url();
  const b = await context.newPage();
  const wb = new Workspace(b);
  await b.goto(bookmark);
  await expect(wb.url).toHaveValue(`${HTTPBIN}/get`);

  await wa.url.fill(`${HTTPBIN}/get?from=a`);
  await saveRequest(a, "Same", "Clash");
  await wb.url.fill(`${HTTPBIN}/get?from=b`);
  await b.getByRole("button", { name: "Save request" }).click();
  const dialog = b.getByRole("dialog", { name: "Save request" });
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog.getByRole("alert")).toContainText("changed in another tab");
  await dialog.getByRole("button", { name: "Overwrite their changes" }).click();
  await expect(dialog).toHaveCount(0);
  await a.reload();
  await expect(wa.url).toHaveValue(`${HTTPBIN}/get?from=b`);
});

test("history lists sent requests, re-opens them and can be cleared", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.request("GET", `${HTTPBIN}/status/404`);
  await expect(ws.status).toHaveText(/^404/);
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("404 Not Found");
  await ws.url.fill("http://example.invalid/");
  await history.getByRole("button", { name: `Open GET ${HTTPBIN}/status/404` }).click();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/status/404`);
  await page.reload();
  await expect(history).toContainText("404 Not Found");
  await history.getByRole("button", { name: "Clear history" }).click();
  await expect(history).toContainText("Requests you send appear here.");
});

test("a shared link carries the request but not its secrets unless asked", async ({ page, context }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/headers`);
  await ws.setHeader(0, "Authorization", "Bearer s3cret");
  await ws.setHeader(1, "X-Trace", "visible");
  await page.getByRole("button", { name: "Share link" }).click();
  const link = await page.getByRole("textbox", { name: "Link to this request" }).inputValue();
  await expect(page.getByText("Left out because they look like credentials: the Authorization header")).toBeVisible();
  const tab = await context.newPage();
  await tab.goto(link);
  const other = new Workspace(tab);
  await expect(other.url).toHaveValue(`${HTTPBIN}/headers`);
  const values = await other.headerValues.evaluateAll((els) => els.map((e) => e.value));
  expect(values).toContain("visible");
  expect(values).not.toContain("Bearer s3cret");
  await page.getByRole("checkbox", { name: "Include secrets" }).check();
  const withSecrets = await page.getByRole("textbox", { name: "Link to this request" }).inputValue();
  await tab.goto(withSecrets);
  // The link is opened once its reader (a chunk of its own) is in.
  await expect.poll(() => other.headerValues.evaluateAll((els) => els.map((e) => e.value))).toContain("Bearer s3cret");
});

test("requests can be filed into folders and moved between collections", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/get`);
  await saveRequest(page, "Mover", "Source");
  await page.goto("./");
  await ws.url.fill(`${HTTPBIN}/get`);
  await saveRequest(page, "Anchor", "Target");
  await sidebar(page).getByRole("link", { name: "Target" }).click();
  await page.getByRole("textbox", { name: "New folder name" }).fill("Nested");
  await page.getByRole("button", { name: "Create folder" }).click();
  await sidebar(page).getByRole("link", { name: "Source" }).click();
  await page.getByRole("combobox", { name: "Move Mover" }).selectOption({ label: "Target › Nested" });
  await expect(page.getByRole("button", { name: "Delete Mover" })).toHaveCount(0);
  await sidebar(page).getByRole("searchbox", { name: "Filter collections" }).fill("nested");
  await expect(sidebar(page).getByRole("link", { name: /Nested › Mover/ })).toBeVisible();
  await page.reload();
  await sidebar(page).getByRole("link", { name: "Target" }).click();
  await expect(page.getByRole("button", { name: "Delete Mover" })).toHaveCount(1);
});

test("a Postman v2.1 collection imports, listing what it could not carry over", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await page.getByLabel("Import collections").setInputFiles(new URL("../fixtures/postman/variables-and-scripts.json", import.meta.url).pathname);
  const name = JSON.parse(await (await import("node:fs/promises")).readFile(
    new URL("../fixtures/postman/variables-and-scripts.json", import.meta.url), "utf8")).info.name;
  await expect(sidebar(page).getByRole("link", { name, exact: true })).toBeVisible();
  await expect(page.getByText(`Imported the Postman collection “${name}”`)).toContainText("Not imported");
});

test("a backup exports, and importing it again asks before touching existing collections", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/get`);
  await saveRequest(page, "Backed up", "Archive");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    sidebar(page).getByRole("button", { name: "Export backup" }).click(),
  ]);
  const file = await download.path();
  const text = await (await import("node:fs/promises")).readFile(file, "utf8");
  expect(JSON.parse(text).version).toBe(2);

  await page.getByLabel("Import collections").setInputFiles(file);
  const dialog = page.getByRole("dialog", { name: "Import conflicts" });
  await expect(dialog).toContainText("“Archive”");
  await dialog.getByRole("button", { name: "Keep both" }).click();
  await expect(sidebar(page).getByRole("link", { name: "Archive", exact: true })).toHaveCount(2);

  await page.evaluate((key) => localStorage.removeItem(key), KEY);
  await page.reload();
  await expect(sidebar(page).getByRole("link", { name: "Archive", exact: true })).toHaveCount(0);
  await page.getByLabel("Import collections").setInputFiles(file);
  await expect(sidebar(page).getByRole("link", { name: "Archive", exact: true })).toHaveCount(1);
  await expect(sidebar(page).getByRole("link", { name: /Backed up/ })).toBeVisible();
});

test("opening another saved request keeps unsaved edits in history", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/get?first`);
  await saveRequest(page, "First", "Drafts");
  await page.goto("./");
  await ws.url.fill(`${HTTPBIN}/get?second`);
  await saveRequest(page, "Second", "Drafts");
  await ws.url.fill(`${HTTPBIN}/get?edited-not-saved`);
  await sidebar(page).getByRole("link", { name: /First/ }).click();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/get?first`);
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("Unsaved draft");
  await history.getByRole("button", { name: `Open GET ${HTTPBIN}/get?edited-not-saved` }).click();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/get?edited-not-saved`);
});

test("header rows of an opened request keep working after visiting another page", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/headers`);
  await ws.setHeader(0, "X-Kept", "one");
  await saveRequest(page, "With header", "Rows");
  await page.reload();
  await expect(ws.headerValues.first()).toHaveValue("one");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Status codes" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Requests" }).click();
  await expect(ws.headerValues.first()).toHaveValue("one");
  await ws.headerValues.first().fill("two");
  await ws.send.click();
  await expect(ws.responseBody).toContainText('"X-Kept": "two"');
});

test("folders can be renamed, and deleted with undo", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/get`);
  await saveRequest(page, "Filed", "Cabinet");
  await sidebar(page).getByRole("link", { name: "Cabinet" }).click();
  await page.getByRole("textbox", { name: "New folder name" }).fill("Drawer");
  await page.getByRole("button", { name: "Create folder" }).click();
  await page.getByRole("combobox", { name: "Move Filed" }).selectOption({ label: "Cabinet › Drawer" });
  await page.getByRole("textbox", { name: "Folder name Drawer" }).fill("Shelf");
  await page.getByRole("button", { name: "Rename folder Drawer" }).click();
  await expect(page.getByRole("button", { name: "Delete folder Shelf" })).toBeVisible();
  await page.getByRole("button", { name: "Delete folder Shelf" }).click();
  await expect(page.getByRole("button", { name: "Delete Filed" })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("button", { name: "Delete Filed" })).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole("button", { name: "Delete folder Shelf" })).toBeVisible();
});
