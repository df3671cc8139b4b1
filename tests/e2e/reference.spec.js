// The status-code reference: table, filter in the URL, detail pages, links from responses.
import { test, expect } from "@playwright/test";
import { Workspace, HTTPBIN } from "./workspace.page.js";

const REGISTERED = [
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304,
  305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414,
  415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504,
  505, 506, 507, 508, 510, 511,
];

const codeCells = (page) =>
  page.getByRole("table", { name: "Status codes" }).getByRole("rowheader");

test("the reference lists every registered code once, in order", async ({ page }) => {
  await page.goto("./reference");
  await expect(page.getByRole("heading", { name: "HTTP status codes" })).toBeVisible();
  await expect(codeCells(page)).toHaveText(REGISTERED.map(String));
});

test("filtering 'gateway' puts 502 and 504 first, and the URL follows", async ({ page }) => {
  await page.goto("./reference");
  await page.getByRole("searchbox", { name: "Filter status codes" }).fill("gateway");
  // The names match; codes whose guidance mentions gateways follow, marked as such.
  await expect(codeCells(page).nth(0)).toHaveText("502");
  await expect(codeCells(page).nth(1)).toHaveText("504");
  await expect(page.getByText(/^2 of 63 registered codes/)).toBeVisible();
  await expect(page).toHaveURL(/\/api-client\/reference\?q=gateway$/);
});

test("?q= pre-fills the filter in a fresh tab", async ({ page }) => {
  await page.goto("./reference?q=teapot");
  await expect(page.getByRole("searchbox", { name: "Filter status codes" })).toHaveValue("teapot");
  await expect(codeCells(page)).toHaveText(["418"]);
});

test("a class filter shows one class and is bookmarkable", async ({ page }) => {
  await page.goto("./reference");
  const button = page.getByRole("button", { name: "5xx Server Error" });
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect(codeCells(page)).toHaveText(["500", "501", "502", "503", "504", "505", "506", "507", "508", "510", "511"]);
  await expect(page).toHaveURL(/class=server-error/);
});

for (const scheme of ["light", "dark"]) {
  test(`the five classes have five distinct colors (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("./reference");
    const colors = new Set();
    for (const code of ["100", "200", "301", "404", "500"]) {
      const cell = codeCells(page).filter({ hasText: new RegExp(`^${code}$`) });
      colors.add(await cell.evaluate((el) => getComputedStyle(el).color));
    }
    expect(colors.size).toBe(5);
  });
}

test("/reference/429 opens directly with its guidance and related codes", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("./reference/429");
  await expect(page.getByRole("heading", { name: "429 Too Many Requests", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "When to use it" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Retry-After" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "RFC 6585 §4" }).first()).toHaveAttribute("href", /rfc6585#section-4/);
  await page.getByRole("link", { name: "503 Service Unavailable" }).click();
  await expect(page.getByRole("heading", { name: "503 Service Unavailable", level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/reference\/503$/);
  await context.close();
});

test("an unregistered code is explained by its class", async ({ page }) => {
  await page.goto("./reference/299");
  await expect(page.getByText("299 is not registered")).toBeVisible();
  await expect(page.getByText("understood as 200 OK")).toBeVisible();
});

test("something that is not a status code says so", async ({ page }) => {
  await page.goto("./reference/abc");
  await expect(page.getByRole("alert")).toContainText("not an HTTP status code");
  await page.goto("./reference/600");
  await expect(page.getByRole("alert")).toContainText("600");
});

test("the response status links to its reference entry, and the draft survives the trip", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.request("GET", `${HTTPBIN}/status/404`);
  await page.getByRole("link", { name: "404 Not Found" }).click();
  await expect(page.getByRole("heading", { name: "404 Not Found", level: 1 })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Requests" }).click();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/status/404`);
});
