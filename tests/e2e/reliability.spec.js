// Issue 18's holes, each proved closed in a real browser: links to saved
// requests that are not in the library, writes after another tab's newer data,
// history written by two tabs, and backups that must not pile up.
import { test, expect } from "@playwright/test";
import { writeFile } from "node:fs/promises";
import { Workspace, HTTPBIN } from "./workspace.page.js";
import { KEY, saveRequest, sidebar } from "./collections.page.js";

const HISTORY_KEY = "stringtools.api-client.history";

test("a saved request's link after the library was damaged says so and shows the workspace", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/get`);
  await saveRequest(page, "Kept", "Mine");
  await expect(page).toHaveURL(/\/collections\/[^/]+\/requests\/[^/]+$/);
  await page.evaluate((key) => localStorage.setItem(key, "{corrupt"), KEY);
  await page.reload();
  await expect(page.getByText("This saved request is not in this browser's library")).toBeVisible();
  await expect(ws.url).toBeVisible();
  await expect(ws.send).toBeEnabled();
});

test("a link to a saved request that was never in the library says so", async ({ page }) => {
  const ws = new Workspace(page);
  await page.goto("collections/nope/requests/nothing");
  await expect(page.getByText("This saved request is not in this browser's library")).toBeVisible();
  await expect(ws.url).toBeVisible();
});

test("a cold link to a collection that is not there says so, with a way back to the workspace", async ({ page }) => {
  await page.goto("collections/nope");
  await expect(page.getByRole("heading", { name: "Collection not found" })).toBeVisible();
  await expect(page.getByText("This collection is not in this browser's library")).toBeVisible();
  await page.getByRole("link", { name: "Go to the request workspace" }).click();
  await expect(new Workspace(page).send).toBeVisible();
});

test("when the code that reads the library cannot download, a saved request's link says so", async ({ page }) => {
  await page.route(/split_sidebar-.*\.wasm$/, (route) => route.abort());
  const ws = new Workspace(page);
  await page.goto("collections/c/requests/r");
  await expect(page.getByText("This saved request cannot be opened")).toBeVisible();
  await expect(ws.url).toBeVisible();
});

test("a save never writes over a newer version's document that another tab just wrote", async ({ context }) => {
  const a = await context.newPage();
  // Hold back the storage event, as a busy tab may: the save itself must notice.
  await a.addInitScript(() => window.addEventListener("storage", (e) => e.stopImmediatePropagation(), true));
  const wa = new Workspace(a);
  await wa.open();
  await wa.url.fill(`${HTTPBIN}/get`);
  await saveRequest(a, "First", "Box");
  const newer = JSON.stringify({ version: 999, saved_ms: 1, library: { collections: [], future: "field" } });
  const b = await context.newPage();
  await b.goto(a.url());
  await b.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, newer]);

  await a.getByRole("button", { name: "Save request" }).click();
  const dialog = a.getByRole("dialog", { name: "Save request" });
  await dialog.getByRole("textbox", { name: "Request name" }).fill("Second");
  await dialog.getByRole("checkbox", { name: "Save as a new request" }).check();
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(a.getByText(/saved by a newer version of the app/).first()).toBeVisible();
  expect(await a.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
});

test("two tabs sending keep each other's history entries", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const wa = new Workspace(a);
  const wb = new Workspace(b);
  await wa.open();
  await wb.open();
  const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) || "null"), HISTORY_KEY);
  const urls = async (page) => ((await stored(page))?.history.entries ?? []).map((e) => e.request.url);
  for (const [ws, path] of [[wa, "/get?one"], [wb, "/get?two"], [wa, "/get?three"], [wb, "/get?four"]]) {
    await ws.url.fill(`${HTTPBIN}${path}`);
    await ws.send.click();
    await expect(ws.status).toHaveText(/^200/);
    await expect.poll(() => urls(a)).toContain(`${HTTPBIN}${path}`);
  }
  expect(await urls(a)).toEqual(["four", "three", "two", "one"].map((q) => `${HTTPBIN}/get?${q}`));
  // Each tab's panel shows the other's entries too.
  const panel = (page) => page.getByRole("region", { name: "History" });
  await expect(panel(a).getByText("/get?four")).toBeVisible();
  await expect(panel(b).getByText("/get?one")).toBeVisible();

  // A clear in one tab is not undone by the other tab's next send.
  await a.getByRole("button", { name: "Clear history" }).click();
  await wb.url.fill(`${HTTPBIN}/get?five`);
  await wb.send.click();
  await expect(wb.status).toHaveText(/^200/);
  await expect.poll(() => urls(a)).toEqual([`${HTTPBIN}/get?five`]);
});

test("unreadable history is backed up once, however often the page is reloaded", async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, "[not history"), HISTORY_KEY);
  const ws = new Workspace(page);
  await ws.open();
  await expect(page.getByRole("region", { name: "History" })).toContainText("kept in a backup");
  await page.reload();
  await ws.open();
  await page.reload();
  await ws.open();
  await expect(page.getByRole("region", { name: "History" })).toContainText("kept in a backup");
  const copies = await page.evaluate((key) =>
    Object.keys(localStorage).filter((k) => k.startsWith(key + ".backup.")).map((k) => localStorage.getItem(k)), HISTORY_KEY);
  expect(copies).toEqual(["[not history"]);
});

const backupKeys = (page, key) => page.evaluate((key) =>
  Object.keys(localStorage).filter((k) => k.startsWith(key + ".backup.")).sort(), key);

test("backups are capped per kind, listed, downloaded and deleted", async ({ page }) => {
  // Six old copies of unreadable history, then one more unreadable text.
  await page.addInitScript((key) => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    for (let i = 1; i <= 6; i++) localStorage.setItem(`${key}.backup.${1000 + i}`, `[old ${i}`);
    localStorage.setItem(key, "[newest damage");
  }, HISTORY_KEY);
  const ws = new Workspace(page);
  await ws.open();
  await expect(page.getByRole("region", { name: "History" })).toContainText("kept in a backup");
  await expect.poll(() => backupKeys(page, HISTORY_KEY)).toHaveLength(5);
  const kept = await page.evaluate((keys) => keys.map((k) => localStorage.getItem(k)), await backupKeys(page, HISTORY_KEY));
  expect(kept).toContain("[newest damage");
  expect(kept).not.toContain("[old 1");

  await page.getByRole("button", { name: "Backups kept in this browser" }).click();
  const list = page.getByRole("list", { name: "Backups" });
  await expect(list.getByRole("listitem")).toHaveCount(5);
  const newest = list.getByRole("listitem").first();
  await expect(newest).toContainText("History backup of");
  const downloading = page.waitForEvent("download");
  await newest.getByRole("button", { name: /^Download History backup/ }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^api-client-history-backup-\d+\.json$/);

  // Delete asks first; the oldest listed goes, the rest stay.
  const oldest = list.getByRole("listitem").last();
  await oldest.getByRole("button", { name: /^Delete History backup/ }).click();
  await oldest.getByRole("button", { name: "Keep it" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(5);
  await oldest.getByRole("button", { name: /^Delete History backup/ }).click();
  await oldest.getByRole("button", { name: "Delete backup" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(4);
  await expect.poll(() => backupKeys(page, HISTORY_KEY)).toHaveLength(4);
});

test("replacing collections on import can be undone", async ({ page }, info) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/get?mine`);
  await saveRequest(page, "Mine", "Shared name");
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  const theirs = structuredClone(stored);
  const request = theirs.library.collections[0].items[0];
  request.name = "Theirs";
  request.request.url = `${HTTPBIN}/get?theirs`;
  const file = info.outputPath("replacing-backup.json");
  await writeFile(file, JSON.stringify(theirs));
  await page.getByLabel("Import collections").setInputFiles(file);
  await page.getByRole("dialog", { name: "Import conflicts" }).getByRole("button", { name: "Replace mine" }).click();
  await expect(sidebar(page).getByRole("link", { name: /Theirs/ })).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(sidebar(page).getByRole("link", { name: /Mine/ })).toBeVisible();
  await expect(sidebar(page).getByRole("link", { name: /Theirs/ })).toHaveCount(0);
  await page.reload();
  await expect(sidebar(page).getByRole("link", { name: /Mine/ })).toBeVisible();
});

test("credentials can be kept out of saved history, offered once with where data lives", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.setHeader(0, "Authorization", "Bearer hist-s3cret");
  await ws.request("GET", `${HTTPBIN}/headers`);
  await expect(ws.status).toHaveText(/^200 OK/);
  const history = page.getByRole("region", { name: "History" });
  const note = history.getByRole("note", { name: "Where your data is kept" });
  await expect(note).toContainText("plain text");
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", HISTORY_KEY)).toContain("hist-s3cret");
  await note.getByRole("button", { name: "Keep credentials out of history" }).click();
  await expect(note).toHaveCount(0);
  await expect(history.getByRole("checkbox", { name: "Keep credentials out of saved history" })).toBeChecked();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", HISTORY_KEY)).not.toContain("hist-s3cret");
  await ws.request("GET", `${HTTPBIN}/headers?again`);
  await expect(ws.status).toHaveText(/^200 OK/);
  // With credentials kept out, nothing goes under the pending key first, so the
  // entry is only safe once written (the write goes through the sidebar chunk).
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", HISTORY_KEY)).toContain("headers?again");
  await page.reload();
  await ws.open();
  await expect(history.getByRole("button", { name: /headers\?again/ })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), HISTORY_KEY)).not.toContain("hist-s3cret");
  await expect(note).toHaveCount(0);
  await history.getByRole("button", { name: /headers\?again/ }).click();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/headers?again`);
  await expect(ws.headerValues.filter({ hasText: "hist-s3cret" })).toHaveCount(0);
});

test("a history time no date can hold is shown as unknown, and the app keeps working", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.request("GET", `${HTTPBIN}/get?far`);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", HISTORY_KEY)).toContain("get?far");
  // Past the last instant a JavaScript Date can hold (8.64e15 ms).
  await page.evaluate((key) => {
    const stored = JSON.parse(localStorage.getItem(key));
    stored.history.entries[0].sent_ms = 9e15;
    localStorage.setItem(key, JSON.stringify(stored));
  }, HISTORY_KEY);
  await page.reload();
  await ws.open();
  await expect(page.getByRole("region", { name: "History" })).toContainText("at an unknown time");
  await ws.request("GET", `${HTTPBIN}/get`);
  await expect(ws.status).toHaveText(/^200 OK/);
});

test("an import over the size limit is refused before it is read, naming both sizes", async ({ page }, info) => {
  const ws = new Workspace(page);
  await ws.open();
  const file = info.outputPath("huge-backup.json");
  await writeFile(file, `{"pad": "${"x".repeat(11 * 1024 * 1024)}"}`);
  await page.getByLabel("Import collections").setInputFiles(file);
  await expect(page.getByText(/Nothing imported: The file is 11(\.\d)? MB; files of up to 10 MB can be imported/)).toBeVisible();
});

test("a backup with folders nested past the cap is refused with the depth named", async ({ page }, info) => {
  let items = [];
  for (let level = 33; level >= 1; level--) items = [{ kind: "folder", id: `deep${level}`, name: `Level ${level}`, items }];
  const backup = { version: 2, saved_ms: 0, library: { collections: [{ id: "deepcoll", name: "Deep", items }] } };
  const file = info.outputPath("deep-backup.json");
  await writeFile(file, JSON.stringify(backup));
  const ws = new Workspace(page);
  await ws.open();
  await page.getByLabel("Import collections").setInputFiles(file);
  await expect(page.getByText("folders can be nested at most 32 deep")).toBeVisible();
  await expect(sidebar(page).getByRole("link", { name: "Deep", exact: true })).toHaveCount(0);
});
