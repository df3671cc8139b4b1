// Keyboard use: every control on the main pages is reached with Tab and shows
// where the focus is; a request can be written, sent and read without a mouse;
// and a live region that stays on the page announces how each exchange ended.
import { test, expect } from "@playwright/test";
import { Workspace, HTTPBIN } from "./workspace.page.js";

// Runs in the page: what has the focus, and whether it shows (an outline or a
// ring on it, or on the label wrapping a visually hidden input).
function focusedInfo() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const shows = (e) => {
    if (!e) return false;
    const s = getComputedStyle(e);
    return (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 1) || s.boxShadow !== "none";
  };
  const name = el.getAttribute("aria-label") || el.labels?.[0]?.textContent || el.textContent || "";
  return {
    tag: el.tagName.toLowerCase(),
    role: el.getAttribute("role") || "",
    name: name.trim().replace(/\s+/g, " ").slice(0, 60),
    visible: shows(el) || shows(el.closest("label")),
  };
}

async function tabWalk(page, limit) {
  const seen = [];
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(focusedInfo);
    if (!info) break;
    seen.push(info);
  }
  return seen;
}

const PAGES = [
  ["workspace", "./", (page) => page.getByRole("button", { name: "Add header" }), ["URL", "Send", "Theme", "Add header", "Requests", "Status codes"]],
  ["reference", "./reference", (page) => page.getByRole("table", { name: "Status codes" }), ["Filter status codes", "Theme"]],
  ["status page", "./reference/404", (page) => page.getByRole("heading", { level: 1 }), ["Theme", "Compare 404 and 410"]],
  ["environments", "./environments", (page) => page.getByRole("heading", { level: 1 }), ["Theme"]],
];

for (const [name, path, ready, mustReach] of PAGES) {
  test(`${name}: Tab reaches every control and the focus is always visible`, async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(path);
    await expect(ready(page).first()).toBeVisible();
    const seen = await tabWalk(page, 120);
    expect(seen.length).toBeGreaterThan(5);
    const hidden = seen.filter((s) => !s.visible).map((s) => `${s.tag}[${s.role}] "${s.name}"`);
    expect(hidden).toEqual([]);
    const names = seen.map((s) => s.name);
    for (const wanted of mustReach) {
      expect(names.some((n) => n.includes(wanted)), `Tab never reached "${wanted}"`).toBe(true);
    }
  });
}

test("workspace: the split handle is in the Tab order when side by side", async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const ws = new Workspace(page);
  await ws.open();
  await expect(page.getByRole("separator")).toBeVisible();
  const seen = await tabWalk(page, 120);
  expect(seen.some((s) => s.role === "separator" && s.visible)).toBe(true);
});

test("a request is written, sent and its headers opened with the keyboard alone", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(`${HTTPBIN}/status/418`);
  await page.keyboard.press("Enter");
  await expect(ws.status).toContainText("418");
  // On to the headers' disclosure, and open it.
  const summary = page.getByText(/^Headers \(\d+\)$/);
  for (let i = 0; i < 80 && !(await summary.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(summary).toBeFocused();
  // Open at first; Enter folds the table away and opens it again.
  await expect(ws.responseHeaders).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(ws.responseHeaders).toBeHidden();
  await page.keyboard.press("Enter");
  await expect(ws.responseHeaders).toBeVisible();
});

test.describe("live region", () => {
  // In the page itself (index.html), outside what the app draws.
  const region = (page) => page.locator('body > [aria-live="polite"][aria-atomic="true"]');

  test("is on the page before the first response and announces each one", async ({ page }) => {
    const ws = new Workspace(page);
    await ws.open();
    await expect(region(page)).toHaveCount(1);
    await expect(region(page)).toHaveText("");
    // Same element throughout: a region inserted with its text is often not read.
    await region(page).evaluate((el) => {
      el.dataset.marked = "1";
      window.__said = [];
      new MutationObserver(() => el.textContent && window.__said.push(el.textContent)).observe(el, {
        childList: true, characterData: true, subtree: true,
      });
    });
    await ws.request("GET", `${HTTPBIN}/status/201`);
    await expect(region(page)).toHaveText(/^Response: 201 Created, after \d+ ms$/);
    await ws.request("GET", `${HTTPBIN}/status/201`);
    await expect.poll(() => page.evaluate(() => window.__said.length)).toBe(2);
    await ws.request("GET", `${HTTPBIN}/status/503`);
    await expect(region(page)).toHaveText(/^Response: 503 Service Unavailable, after/);
    await expect(region(page)).toHaveAttribute("data-marked", "1");
  });

  test("announces a failure by its title", async ({ page }) => {
    const ws = new Workspace(page);
    await ws.open();
    // A port nothing listens on: the browser gets no response at all.
    await ws.request("GET", "http://127.0.0.1:9/nothing");
    await expect(region(page)).toHaveText("Failed: No response: server unreachable or blocked by CORS");
  });
});
