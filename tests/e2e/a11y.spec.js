// Accessibility: an axe-core scan (WCAG 2.1 A and AA rules) of every route,
// in light and dark, must find no serious or critical violation.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { Workspace, HTTPBIN } from "./workspace.page.js";

const ROUTES = [
  ["workspace", "./", (page) => page.getByRole("button", { name: "Send" })],
  ["reference", "./reference", (page) => page.getByRole("table", { name: "Status codes" })],
  ["status page", "./reference/429", (page) => page.getByRole("heading", { level: 1 })],
  ["comparison", "./reference/compare/401-403", (page) => page.getByRole("table", { name: "Compare 401 and 403" })],
  ["problem details", "./reference/problem-details", (page) => page.getByRole("table", { name: "Problem details members" })],
  ["environments", "./environments", (page) => page.getByRole("heading", { level: 1 })],
  ["not found", "./no-such-page", (page) => page.getByText("Page not found")],
];

async function serious(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  // A scan that checked nothing (the script blocked, the page empty) must not pass.
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

for (const scheme of ["light", "dark"]) {
  for (const [name, path, ready] of ROUTES) {
    test(`${name} (${scheme}) has no serious accessibility violation`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(ready(page).first()).toBeVisible();
      expect(await serious(page)).toEqual([]);
    });
  }
}

test("a response with insight has no serious accessibility violation", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.request("GET", `${HTTPBIN}/status/429`);
  await expect(page.getByRole("region", { name: "Insight" })).toBeVisible();
  expect(await serious(page)).toEqual([]);
});

test("the save dialog, a collection page and a saved request have no serious accessibility violation", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.request("GET", `${HTTPBIN}/get`);
  await page.getByRole("button", { name: "Save request" }).click();
  const dialog = page.getByRole("dialog", { name: "Save request" });
  await dialog.getByRole("textbox", { name: "Request name" }).fill("Get one");
  await dialog.getByRole("combobox", { name: "Collection" }).fill("Orders");
  expect(await serious(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  const collections = page.getByRole("navigation", { name: "Collections" });
  await collections.getByRole("link", { name: "Orders" }).click();
  await expect(page.getByRole("heading", { name: "Orders", level: 1 })).toBeVisible();
  expect(await serious(page)).toEqual([]);
  await collections.getByRole("link", { name: "Get one" }).click();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/get`);
  expect(await serious(page)).toEqual([]);
});
