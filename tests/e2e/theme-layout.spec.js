// Themes (light, dark, or the system's; remembered) and the workspace layout:
// side by side with a resizable split when there is room, stacked when not,
// and nothing wider than a 360 px phone.
import { test, expect } from "@playwright/test";
import { Workspace, HTTPBIN } from "./workspace.page.js";

const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const DARK_BG = "rgb(13, 17, 23)";
const LIGHT_BG = "rgb(255, 255, 255)";

test.describe("theme", () => {
  test("follows the system until one is chosen, and the choice is kept", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    const ws = new Workspace(page);
    await ws.open();
    const theme = page.getByRole("combobox", { name: "Theme" });
    await expect(theme).toHaveValue("system");
    expect(await background(page)).toBe(DARK_BG);

    await theme.selectOption({ label: "Light" });
    expect(await background(page)).toBe(LIGHT_BG);
    await page.reload();
    await expect(ws.send).toBeEnabled();
    // Applied at start, before the picker itself has loaded.
    expect(await background(page)).toBe(LIGHT_BG);
    await expect(theme).toHaveValue("light");

    await theme.selectOption({ label: "Same as system" });
    expect(await background(page)).toBe(DARK_BG);
    await page.emulateMedia({ colorScheme: "light" });
    expect(await background(page)).toBe(LIGHT_BG);
  });

  test("a chosen dark theme overrides a light system, on every page", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("./reference");
    await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: "Dark" });
    expect(await background(page)).toBe(DARK_BG);
    await page.goto("./reference/404");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await background(page)).toBe(DARK_BG);
  });

  test("an unreadable stored theme falls back to the system's", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("stringtools.api-client.settings.theme", "neon"));
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("./");
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("system");
    expect(await background(page)).toBe(DARK_BG);
  });

  for (const theme of ["Light", "Dark"]) {
    test(`status colours keep AA contrast in the chosen ${theme.toLowerCase()} theme`, async ({ page }) => {
      const ws = new Workspace(page);
      await ws.open();
      await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
      const ratios = [];
      // 300 has no Location from httpbin, so it is not followed.
      for (const code of [200, 300, 404, 500]) {
        await ws.request("GET", `${HTTPBIN}/status/${code}`);
        await expect(ws.status).toContainText(String(code));
        ratios.push(await ws.status.evaluate(contrastWithPage));
      }
      for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5);
    });
  }
});

// Runs in the page: the contrast of an element's text with the page background.
function contrastWithPage(el) {
  const rgb = (css) => css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => {
    const c = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
  };
  const a = lum(rgb(getComputedStyle(el).color));
  const b = lum(rgb(getComputedStyle(document.body).backgroundColor));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

test.describe("layout", () => {
  const editor = (page) => page.getByRole("form", { name: "Request" });
  const response = (page) => page.getByRole("region", { name: "Response", exact: true });
  const handle = (page) => page.getByRole("separator", { name: "Resize request and response" });

  test("wide: request and response side by side, resizable by keyboard and kept", async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    const ws = new Workspace(page);
    await ws.open();
    await expect(handle(page)).toBeVisible();
    const [e, r] = [await editor(page).boundingBox(), await response(page).boundingBox()];
    expect(r.x).toBeGreaterThanOrEqual(e.x + e.width);
    expect(Math.abs(r.y - e.y)).toBeLessThan(40);

    await expect(handle(page)).toHaveAttribute("aria-valuenow", "50");
    await handle(page).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(handle(page)).toHaveAttribute("aria-valuenow", "60");
    await expect(handle(page)).toHaveAttribute("aria-valuetext", "Request 60%, response 40%");
    const wider = await editor(page).boundingBox();
    expect(wider.width).toBeGreaterThan(e.width + 50);
    await page.keyboard.press("End");
    await expect(handle(page)).toHaveAttribute("aria-valuenow", "75");

    await page.reload();
    await expect(handle(page)).toHaveAttribute("aria-valuenow", "75");
    const kept = await editor(page).boundingBox();
    expect(kept.width).toBeGreaterThan(wider.width);
  });

  test("wide: the split follows a dragging pointer and stops before a side vanishes", async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    const ws = new Workspace(page);
    await ws.open();
    const box = await handle(page).boundingBox();
    const main = await page.locator(".workspace").boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + 50);
    await page.mouse.down();
    await page.mouse.move(main.x + main.width * 0.4, box.y + 50, { steps: 5 });
    await page.mouse.up();
    await expect(handle(page)).toHaveAttribute("aria-valuenow", "40");
    await page.mouse.move(main.x + main.width * 0.4, box.y + 50);
    await page.mouse.down();
    await page.mouse.move(main.x + 5, box.y + 50, { steps: 5 });
    await page.mouse.up();
    await expect(handle(page)).toHaveAttribute("aria-valuenow", "25");
    const e = await editor(page).boundingBox();
    expect(e.width).toBeGreaterThan(200);
    // A double click shares the width evenly again.
    await handle(page).dblclick();
    await expect(handle(page)).toHaveAttribute("aria-valuenow", "50");
  });

  test("wide: at the narrowest split the request line wraps instead of reaching under the handle", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const ws = new Workspace(page);
    await ws.open();
    await handle(page).focus();
    await page.keyboard.press("Home");
    await expect(handle(page)).toHaveAttribute("aria-valuenow", "25");
    await ws.request("GET", `${HTTPBIN}/delay/5`);
    await expect(ws.cancel).toBeVisible();
    const edge = (await handle(page).boundingBox()).x;
    for (const control of [ws.method, ws.url, ws.send, ws.cancel]) {
      const box = await control.boundingBox();
      expect(box.x + box.width).toBeLessThanOrEqual(edge);
    }
    // Nothing lies over it, so a plain click reaches it.
    await ws.cancel.click();
    await expect(ws.alert).toContainText("You cancelled the request");
  });

  test("narrow: stacked, without a split handle", async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 900 });
    const ws = new Workspace(page);
    await ws.open();
    await ws.request("GET", `${HTTPBIN}/get`);
    await expect(ws.status).toContainText("200");
    const [e, r] = [await editor(page).boundingBox(), await response(page).boundingBox()];
    expect(r.y).toBeGreaterThanOrEqual(e.y + e.height);
    await expect(handle(page)).toBeHidden();
  });

  const PHONE_ROUTES = [
    ["workspace", "./", (page) => page.getByRole("button", { name: "Send", exact: true })],
    ["reference", "./reference", (page) => page.getByRole("table", { name: "Status codes" })],
    ["status page", "./reference/301", (page) => page.getByRole("heading", { level: 1 })],
    ["comparison", "./reference/compare/301-302-303-307-308", (page) => page.getByRole("heading", { level: 1 })],
    ["problem details", "./reference/problem-details", (page) => page.getByRole("heading", { level: 1 })],
    ["environments", "./environments", (page) => page.getByRole("heading", { level: 1 })],
  ];
  for (const [name, path, ready] of PHONE_ROUTES) {
    test(`360 px phone: the ${name} page is no wider than the screen`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      await expect(ready(page).first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test("360 px phone: a response with its headers and body fits the screen", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const ws = new Workspace(page);
    await ws.open();
    await ws.request("GET", `${HTTPBIN}/response-headers?X-A-Very-Long-Header-Name-Indeed=${"v".repeat(200)}`);
    await expect(ws.status).toContainText("200");
    await expect(ws.responseBody).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const send = await ws.send.boundingBox();
    expect(send.x + send.width).toBeLessThanOrEqual(360);
  });
});
