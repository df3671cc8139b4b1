// Storage that cannot lose data: blocked storage, a quota already full at start,
// corrupt data written by another tab, and backups that do not pile up.
import { test, expect } from "@playwright/test";
import { Workspace, HTTPBIN } from "./workspace.page.js";
import { KEY, sidebar, saveRequest, backups } from "./collections.page.js";

test("with localStorage blocked, sending works and the app says saving is off", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  const ws = new Workspace(page);
  await ws.open();
  await expect(page.getByRole("alert").filter({ hasText: "Saving is off" })).toHaveCount(1);
  await ws.request("GET", `${HTTPBIN}/status/200`);
  await expect(ws.status).toHaveText(/^200 OK/);
  await ws.request("GET", `${HTTPBIN}/status/404`);
  await expect(ws.status).toHaveText(/^404 Not Found/);
  // History cannot be saved either, and that is not announced a second time.
  await expect(page.getByRole("alert").filter({ hasText: "Saving is off" })).toHaveCount(1);
  await expect(page.getByRole("alert").filter({ hasText: "Not saved" })).toHaveCount(0);
});

test("a quota that is already full at start still shows every saved collection", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/get`);
  await saveRequest(page, "Kept", "Safe");
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  await page.evaluate(() => {
    let key = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = "x".repeat(size);
      for (;;) {
        try { localStorage.setItem("filler." + key++, chunk); } catch { break; }
      }
    }
  });
  await page.reload();
  await expect(sidebar(page).getByRole("link", { name: "Safe" })).toBeVisible();
  await expect(sidebar(page).getByRole("link", { name: /Kept/ })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Saving is off" })).toHaveCount(0);
  await expect(page.getByRole("alert").filter({ hasText: "Not saved" })).toHaveCount(0);
  // The first write that does not fit says so, with the size; the stored copy stays.
  await page.goto("./");
  await ws.url.fill(`${HTTPBIN}/anything/more`);
  await saveRequest(page, "Another", "Safe");
  const full = page.getByRole("alert").filter({ hasText: "storage for this site is full" });
  await expect(full).toContainText(/\d+(\.\d)? (B|kB)/);
  // It points at what can be deleted to make room.
  await expect(full).toContainText("“Backups kept in this browser”");
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
});

test("corrupt data keeps one backup however often the page is reloaded", async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, "[not a library"), KEY);
  const ws = new Workspace(page);
  await ws.open();
  await expect(page.getByRole("alert").filter({ hasText: "Saved collections could not be read" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: "Saved collections could not be read" })).toBeVisible();
  await page.reload();
  await expect(ws.send).toBeEnabled();
  expect(await backups(page)).toEqual(["[not a library"]);
});

test("corrupt data written by another tab is backed up before this tab saves over it", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const wa = new Workspace(a);
  await wa.open();
  await new Workspace(b).open();
  await wa.url.fill(`${HTTPBIN}/get`);
  await saveRequest(a, "First", "Box");
  // Another tab (or a hand edit in devtools) leaves damaged text behind.
  await b.evaluate((key) => localStorage.setItem(key, "{ hand-edited, broken"), KEY);
  await expect(a.getByRole("alert").filter({ hasText: "Saved collections could not be read" })).toBeVisible();
  await expect(a.getByRole("button", { name: "Download the unreadable data" })).toBeVisible();
  expect(await backups(a)).toEqual(["{ hand-edited, broken"]);
  // This tab's next save writes the library it still holds; the damaged text stays in the backup.
  await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Requests" }).click();
  await wa.url.fill(`${HTTPBIN}/status/201`);
  await a.getByRole("button", { name: "Save request" }).click();
  const dialog = a.getByRole("dialog", { name: "Save request" });
  await dialog.getByRole("textbox", { name: "Request name" }).fill("Second");
  await dialog.getByRole("checkbox", { name: "Save as a new request" }).check();
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  const stored = JSON.parse(await a.evaluate((key) => localStorage.getItem(key), KEY));
  const names = stored.library.collections.flatMap((c) => c.items.map((i) => i.name));
  expect(names).toEqual(expect.arrayContaining(["First", "Second"]));
  expect(await backups(a)).toEqual(["{ hand-edited, broken"]);
  // A passing notice does not push the download away.
  await expect(a.getByRole("button", { name: "Download the unreadable data" })).toBeVisible();
});

test("the sidebar filter narrows saved requests and redraws an entry when the match changes", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  for (const [name, path] of [["Alpha users", "/get"], ["Beta orders", "/status/201"]]) {
    await page.goto("./");
    await ws.url.fill(`${HTTPBIN}${path}`);
    await saveRequest(page, name, "Shop");
  }
  const filter = sidebar(page).getByRole("searchbox", { name: "Filter collections" });
  await filter.fill("users");
  await expect(sidebar(page).getByRole("link", { name: /Alpha users/ })).toBeVisible();
  await expect(sidebar(page).getByRole("link", { name: /Beta orders/ })).toHaveCount(0);
  await filter.fill("orders");
  await expect(sidebar(page).getByRole("link", { name: /Beta orders/ })).toBeVisible();
  await expect(sidebar(page).getByRole("link", { name: /Alpha users/ })).toHaveCount(0);
  // Sidebar links navigate inside the app and mark where it is.
  await sidebar(page).getByRole("link", { name: /Beta orders/ }).click();
  await expect(page).toHaveURL(/\/api-client\/collections\/[a-z0-9]+\/requests\/[a-z0-9]+$/);
  await expect(sidebar(page).getByRole("link", { name: /Beta orders/ })).toHaveAttribute("aria-current", "page");
  await expect(ws.url).toHaveValue(`${HTTPBIN}/status/201`);
  await expect(filter).toHaveValue("orders"); // no page load: the sidebar kept its state
});

test("history shows when each request was sent and how long it took", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.request("GET", `${HTTPBIN}/status/204`);
  await expect(ws.status).toHaveText(/^204 No Content/);
  const history = page.getByRole("region", { name: "History" });
  const row = history.getByRole("listitem").filter({ hasText: `${HTTPBIN}/status/204` });
  await expect(row.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
  await expect(row).toContainText(/· \d+ ms/);
});

// 40 collections of 25 requests, stored the way the app stores them.
function bigLibrary() {
  const collections = Array.from({ length: 40 }, (_, c) => ({
    id: `c${c + 1}`,
    name: `Service ${c + 1}`,
    items: Array.from({ length: 25 }, (_, i) => ({
      kind: "request",
      id: `r${c * 25 + i + 1}`,
      name: `Call ${c + 1}.${i + 1}`,
      request: { method: "GET", url: `${HTTPBIN}/anything/${c + 1}/${i + 1}`, headers: [], body: "", follow_redirects: true },
      revision: 1,
      updated_ms: 0,
    })),
    variables: [],
    revision: 1,
    updated_ms: 0,
  }));
  return JSON.stringify({ version: 1, saved_ms: 0, library: { collections } });
}

test("a library of 1,000 requests is listed a screenful at a time and every entry stays reachable", async ({ page }) => {
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, value);
      sessionStorage.setItem("seeded", "1");
    }
  }, [KEY, bigLibrary()]);
  const ws = new Workspace(page);
  await ws.open();
  const nav = sidebar(page);
  await expect(nav.getByRole("link", { name: "Service 1", exact: true })).toBeVisible();
  const drawn = await nav.getByRole("link").count();
  expect(drawn).toBeGreaterThan(10);
  expect(drawn).toBeLessThan(100); // 1,040 lines in the list, only those near the view exist
  // a focused entry keeps its element (and the focus) while the list scrolls past it
  const focused = nav.getByRole("link", { name: /Call 1\.20$/ });
  await focused.focus();
  await nav.locator(".nav-scroller").evaluate((el) => {
    el.scrollTop = 15 * 26; // 15 lines down: the first lines leave the window, later ones join it
    el.dispatchEvent(new Event("scroll"));
  });
  await expect(nav.getByRole("link", { name: /Call 1\.1$/ })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: /Call 2\.14$/ })).toHaveCount(1);
  await expect(focused).toBeFocused();
  // scrolled to its end, the list draws its last entries; the last one opens its request
  await nav.locator(".nav-scroller").evaluate((el) => {
    el.scrollTop = el.scrollHeight;
    el.dispatchEvent(new Event("scroll"));
  });
  const last = nav.getByRole("link", { name: /Call 40\.25$/ });
  await last.click();
  await expect(page).toHaveURL(/\/collections\/c40\/requests\/r1000$/);
  await expect(ws.url).toHaveValue(`${HTTPBIN}/anything/40/25`);
  await expect(last).toHaveAttribute("aria-current", "page");
  // the filter finds entries that were never drawn, and the list starts again at its top
  await nav.getByRole("searchbox", { name: "Filter collections" }).fill("call 7.1");
  await expect(nav.getByRole("link", { name: /Call 7\.1\d?$/ })).toHaveCount(11); // 7.1 and 7.10–7.19
  await expect(nav.getByRole("link", { name: "Service 7", exact: true })).toBeVisible();
});

test("in a tall window the windowed sidebar draws every line it has room for", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1800 });
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, bigLibrary()]);
  const ws = new Workspace(page);
  await ws.open();
  const scroller = sidebar(page).locator(".nav-scroller");
  await expect(sidebar(page).getByRole("link", { name: "Service 1", exact: true })).toBeVisible();
  // the box is 60vh (1,080 px, about 42 lines of 26 px): lines drawn must reach its bottom
  await expect.poll(async () =>
    scroller.evaluate((box) => {
      const links = box.querySelectorAll("a");
      return links[links.length - 1].getBoundingClientRect().bottom >= box.getBoundingClientRect().bottom;
    }),
  ).toBe(true);
});
