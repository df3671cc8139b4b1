// The reference as a guide: comparisons, strength marks, code examples,
// Problem Details, the FAQ, and a filter that searches the guidance.
import { test, expect } from "@playwright/test";
import { Workspace, HTTPBIN } from "./workspace.page.js";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const codeCells = (page) =>
  page.getByRole("table", { name: "Status codes" }).getByRole("rowheader");
const filterBox = (page) => page.getByRole("searchbox", { name: "Filter status codes" });

test("/reference/compare/401-403 opens directly in a fresh tab as a table of both codes", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("./reference/compare/401-403");
  const table = page.getByRole("table", { name: "Compare 401 and 403" });
  await expect(table.getByRole("columnheader")).toHaveText(["401 Unauthorized", "403 Forbidden"]);
  // One row per aspect, a cell per code, each marked with its strength.
  const headers = table.getByRole("row").filter({ hasText: "Headers that go with it" });
  await expect(headers.getByRole("cell")).toHaveCount(2);
  await expect(headers.getByRole("cell").first()).toContainText("WWW-Authenticate");
  await expect(headers.getByRole("cell").first()).toContainText("MUST");
  await expect(headers.getByRole("cell").first().getByRole("link", { name: "RFC 9110 §15.5.2" })).toHaveAttribute(
    "href",
    "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
  );
  await expect(table.getByText("Common practice").first()).toBeVisible();
  // Each code links to its page, and that page links back.
  await table.getByRole("link", { name: "403 Forbidden" }).click();
  await expect(page.getByRole("heading", { name: "403 Forbidden", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Compare 401 and 403" }).click();
  await expect(page).toHaveURL(/\/reference\/compare\/401-403$/);
  // The examples of each code are there, folded away until asked for.
  const examples = page.getByRole("region", { name: "Code examples" });
  await expect(examples.getByRole("button", { name: "Copy the curl example" })).toHaveCount(0);
  await examples.getByText("403 Forbidden", { exact: true }).click();
  await expect(examples.getByRole("button", { name: "Copy the curl example" })).toHaveCount(1);
  const opened = examples.getByRole("group").filter({ hasText: "403 Forbidden" });
  await expect(opened.getByText(/curl -i/).first()).toBeVisible();
  await context.close();
});

test("every comparison opens, and each of its codes links back to it", async ({ page }) => {
  const comparisons = ["401-403", "404-410", "301-302-303-307-308", "502-503-504", "400-422", "200-201-204"];
  for (const slug of comparisons) {
    const codes = slug.split("-");
    await page.goto(`./reference/compare/${slug}`);
    const name = `Compare ${codes.slice(0, -1).join(", ")} and ${codes.at(-1)}`;
    const table = page.getByRole("table", { name });
    await expect(table.getByRole("columnheader")).toHaveCount(codes.length);
    for (const code of codes) {
      await expect(table.getByRole("columnheader").filter({ hasText: new RegExp(`^${code} `) })).toHaveCount(1);
    }
    await page.goto(`./reference/${codes.at(-1)}`);
    await expect(page.getByRole("link", { name })).toHaveAttribute("href", `/api-client/reference/compare/${slug}`);
  }
});

test("the codes of a comparison may come in any order; an unknown one says why", async ({ page }) => {
  await page.goto("./reference/compare/403-401");
  await expect(page.getByRole("table", { name: "Compare 401 and 403" })).toBeVisible();
  await page.goto("./reference/compare/418-451");
  await expect(page.getByRole("alert")).toContainText("no comparison of 418 and 451");
  await page.getByRole("link", { name: "Compare 404 and 410" }).click();
  await expect(page.getByRole("table", { name: "Compare 404 and 410" })).toBeVisible();
});

test("filtering 'retry' lists 429 and 503 from their guidance, and the URL follows", async ({ page }) => {
  await page.goto("./reference");
  await filterBox(page).fill("retry");
  await expect(codeCells(page).filter({ hasText: /^429$/ })).toHaveCount(1);
  await expect(codeCells(page).filter({ hasText: /^503$/ })).toHaveCount(1);
  await expect(page).toHaveURL(/\/api-client\/reference\?q=retry$/);
  await expect(page.getByRole("row").filter({ hasText: "Found in its guidance." }).first()).toBeVisible();
});

test("'login' finds 401, and the filter survives a visit to a code and Back", async ({ page }) => {
  await page.goto("./reference");
  await filterBox(page).fill("login");
  await expect(codeCells(page).filter({ hasText: /^401$/ })).toHaveCount(1);
  await page.getByRole("table", { name: "Status codes" }).getByRole("link", { name: "401", exact: true }).click();
  await expect(page.getByRole("heading", { name: "401 Unauthorized", level: 1 })).toBeVisible();
  await page.goBack();
  await expect(filterBox(page)).toHaveValue("login");
  await expect(codeCells(page).filter({ hasText: /^401$/ })).toHaveCount(1);
});

test("a link to ?q= changes the filter in place, through the router", async ({ page }) => {
  await page.goto("./reference?q=teapot");
  await expect(codeCells(page)).toHaveText(["418"]);
  await page.goto("./reference/compare/502-503-504");
  await page.goBack();
  await expect(filterBox(page)).toHaveValue("teapot");
  await expect(codeCells(page)).toHaveText(["418"]);
});

test("a link to the bare table clears the filter, and Back brings it back", async ({ page }) => {
  await page.goto("./reference?q=teapot");
  await expect(codeCells(page)).toHaveText(["418"]);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Status codes" }).click();
  await expect(filterBox(page)).toHaveValue("");
  await expect(codeCells(page)).toHaveCount(63);
  await page.goBack();
  await expect(filterBox(page)).toHaveValue("teapot");
  await expect(codeCells(page)).toHaveText(["418"]);
  await filterBox(page).fill("gone");
  await expect(page).toHaveURL(/\?q=gone$/);
  await expect(codeCells(page).first()).toHaveText("410");
});

test("typing fast keeps every character", async ({ page }) => {
  await page.goto("./reference");
  await filterBox(page).pressSequentially("rate limit", { delay: 5 });
  await expect(filterBox(page)).toHaveValue("rate limit");
  await expect(page).toHaveURL(/\?q=rate%20limit$/);
  await expect(codeCells(page).filter({ hasText: /^429$/ })).toHaveCount(1);
});

test("the table page opens with the five classes and ends with mistakes and the FAQ", async ({ page }) => {
  await page.goto("./reference");
  for (const cls of ["1xx Informational", "2xx Successful", "3xx Redirection", "4xx Client Error", "5xx Server Error"]) {
    await expect(page.getByRole("term").filter({ hasText: cls })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Common mistakes" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Questions people ask" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /DELETE/ })).toBeVisible();
  await expect(page.getByText("x00").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Compare 301, 302, 303, 307 and 308" })).toBeVisible();
});

test("a code's page marks RFC requirements apart from common practice, and has examples to copy", async ({ page }) => {
  await page.goto("./reference/401");
  const headers = page.getByRole("region", { name: "Headers it should carry" });
  await expect(headers.getByRole("listitem").filter({ hasText: "WWW-Authenticate" })).toContainText("MUST");
  await expect(page.getByRole("region", { name: "When to use it" })).not.toContainText("Not yet");
  const examples = page.getByRole("region", { name: "Code examples" });
  await expect(examples.getByRole("heading", { name: "Sending it" })).toBeVisible();
  await expect(examples.getByRole("heading", { name: "Handling it" })).toBeVisible();
  await examples.getByRole("button", { name: "Copy the curl example" }).click();
  await expect(page.getByText("Copied the curl example.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("curl -i");
});

test("the codes that had no guidance now say when to use them", async ({ page }) => {
  await page.goto("./reference?q=");
  for (const code of ["203", "226", "305", "306", "402", "411", "423", "424", "505", "506", "510"]) {
    const row = page.getByRole("table", { name: "Status codes" }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: code, exact: true }) });
    await expect(row.locator("td.entry-when")).not.toBeEmpty();
  }
});

test("a 401 response's insight links to the 401 and 403 comparison", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.request("GET", `${HTTPBIN}/status/401`);
  const insight = page.getByRole("region", { name: "Insight" });
  await insight.getByRole("link", { name: "Compare 401 and 403" }).click();
  await expect(page.getByRole("table", { name: "Compare 401 and 403" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Requests" }).click();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/status/401`);
});

test("Problem Details findings link to the explainer, which shows members and an example", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  const query = ["Content-Type=application/problem%2Bjson", "title=Out%20of%20credit", "status=error"].join("&");
  await ws.request("GET", `${HTTPBIN}/response-headers?${query}`);
  const finding = page.getByRole("region", { name: "Insight" }).getByRole("listitem").filter({ hasText: "A Problem Details body on a 200 OK response" });
  await finding.getByRole("link", { name: "About Problem Details" }).click();
  await expect(page.getByRole("heading", { name: "Problem Details (RFC 9457)", level: 1 })).toBeVisible();
  const members = page.getByRole("table", { name: "Problem details members" });
  await expect(members.getByRole("rowheader")).toHaveText(["type", "status", "title", "detail", "instance"]);
  await expect(page.getByRole("region", { name: "An example" })).toContainText('"status"');
  await expect(page.getByRole("region", { name: "Rules" })).toContainText("status");
});
