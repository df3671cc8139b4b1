// The insight panel explains each real response and checks how the server used HTTP.
import { test, expect } from "@playwright/test";
import { Workspace, HTTPBIN } from "./workspace.page.js";

test.beforeEach(async ({ page }) => {
  await new Workspace(page).open();
});

const insight = (page) => page.getByRole("region", { name: "Insight" });
const findings = (page) => insight(page).getByRole("list", { name: "Findings" }).getByRole("listitem");

test("a 201 is explained, and its Location is reported hidden by CORS, not missing", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/status/201`);
  await expect(insight(page)).toContainText("201 Created");
  await expect(insight(page)).toContainText("created a new resource");
  await expect(insight(page).getByRole("link", { name: "More about 201" })).toHaveAttribute("href", "/api-client/reference/201");
  await expect(findings(page).filter({ hasText: "Location is not visible to this page" })).toHaveCount(1);
  await expect(insight(page)).not.toContainText("No Location header");
});

test("a 401 gets the WWW-Authenticate check, worded for a cross-origin response", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/status/401`);
  await expect(findings(page).filter({ hasText: "WWW-Authenticate is not visible to this page" })).toHaveCount(1);
  await expect(insight(page)).toContainText("Access-Control-Expose-Headers");
});

test("a 200 whose JSON body reports an error is flagged, naming the member", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/response-headers?error=quota%20exceeded`);
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(findings(page).filter({ hasText: "reports an error in its body" })).toContainText('"error"');
});

test("an application/problem+json body is shown as its members", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request(
    "GET",
    `${HTTPBIN}/response-headers?Content-Type=application/problem%2Bjson&title=Out%20of%20credit&detail=Your%20balance%20is%2030`,
  );
  const problem = page.getByRole("region", { name: "Problem details" });
  await expect(problem).toContainText("Out of credit");
  await expect(problem).toContainText("Your balance is 30");
});

test("one crafted problem+json response with exposed headers drives three checks", async ({ page }) => {
  const ws = new Workspace(page);
  // httpbin echoes the query as the JSON body (every value a string) and sets each pair as a header.
  const query = [
    "Content-Type=application/problem%2Bjson",
    "Access-Control-Expose-Headers=X-Request-Id",
    "X-Request-Id=req-42",
    "title=Out%20of%20credit",
    "status=error",
  ].join("&");
  await ws.request("GET", `${HTTPBIN}/response-headers?${query}`);
  await expect(ws.status).toHaveText(/^200 OK/);
  // 1. A success whose JSON says it failed.
  await expect(findings(page).filter({ hasText: "reports an error in its body" })).toContainText('"status": "error"');
  // 2. A Problem Details member of the wrong type is ignored, and says so.
  await expect(findings(page).filter({ hasText: "Some Problem Details members are ignored" })).toContainText("“status”");
  // 3. Problem Details on a status that is not an error.
  await expect(findings(page).filter({ hasText: "A Problem Details body on a 200 OK response" })).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Problem details" })).toContainText("Out of credit");
  // The exposed header is visible to the page, so it is in the table.
  await expect(ws.responseHeaders.getByRole("row").filter({ hasText: "x-request-id" })).toContainText("req-42");
});

test("retry advice appears for 503 and never for 500", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/status/503`);
  await expect(findings(page).filter({ hasText: "Retry-After" }).first()).toBeVisible();
  await expect(insight(page)).toContainText("back off");
  await ws.request("GET", `${HTTPBIN}/status/500`);
  await expect(ws.status).toHaveText(/^500 /);
  await expect(insight(page)).not.toContainText(/retry/i);
});

test("a followed redirect is explained; with following off the opaque result is explained", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/redirect/1`);
  await expect(findings(page).filter({ hasText: "The browser followed a redirect" })).toHaveCount(1);
  await page.getByRole("checkbox", { name: "Follow redirects" }).uncheck();
  await ws.send.click();
  await expect(ws.status).toHaveText("Redirect not followed");
  await expect(page.getByText("opaque stand-in (status 0, no headers, no body)")).toBeVisible();
});
