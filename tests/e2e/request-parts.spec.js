// The request builder's parts: the params table kept in step with the URL, body
// modes (JSON, forms, multipart with files, a file body), and auth helpers, each
// checked by what httpbin says arrived.
import { test, expect } from "@playwright/test";
import { Workspace, HTTPBIN } from "./workspace.page.js";
import { saveRequest } from "./collections.page.js";

async function sendAndEcho(page, ws, path) {
  const echoed = page.waitForResponse((r) => new URL(r.url()).pathname === path);
  await ws.send.click();
  const response = await echoed;
  await expect(ws.status).toHaveText(/^200 OK/);
  return response.json();
}

function bodyType(page) {
  return page.getByRole("combobox", { name: "Body type" });
}

test("the params table and the URL follow each other; a switched-off row stays in the table only", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/get?a=1&b=two%20words&flag#part`);
  const names = page.getByRole("textbox", { name: "Parameter name" });
  const values = page.getByRole("textbox", { name: "Parameter value" });
  await expect(names).toHaveCount(3);
  await expect(values.nth(1)).toHaveValue("two words");
  await expect(names.nth(2)).toHaveValue("flag");

  await values.nth(0).fill("x&y");
  await expect(ws.url).toHaveValue(`${HTTPBIN}/get?a=x%26y&b=two%20words&flag#part`);

  await page.getByRole("checkbox", { name: "Send this parameter" }).nth(1).uncheck();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/get?a=x%26y&flag#part`);
  await expect(names).toHaveCount(3);

  await page.getByRole("button", { name: "Add parameter" }).click();
  await names.nth(3).fill("q");
  await values.nth(3).fill("café");
  await expect(ws.url).toHaveValue(`${HTTPBIN}/get?a=x%26y&flag&q=caf%C3%A9#part`);

  const echo = await sendAndEcho(page, ws, "/get");
  expect(echo.args).toEqual({ a: "x&y", flag: "", q: "café" });

  // Typing in the URL box rereads the table, keeping the switched-off row.
  await ws.url.fill(`${HTTPBIN}/get?z=9`);
  await expect(names).toHaveCount(2);
  await expect(names.nth(0)).toHaveValue("z");
  await expect(names.nth(1)).toHaveValue("b");
  await expect(page.getByRole("checkbox", { name: "Send this parameter" }).nth(1)).not.toBeChecked();
});

test("a JSON body is checked as typed, formatted on request, and sent as application/json", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.method.fill("POST");
  await ws.url.fill(`${HTTPBIN}/post`);
  await bodyType(page).selectOption({ label: "JSON" });
  await ws.body.fill('{"name": "Ada",\n "tags": [1, 2,]}');
  await expect(page.getByText(/Not valid JSON at line 2, column \d+/)).toBeVisible();
  await expect(ws.body).toHaveAttribute("aria-invalid", "true");

  await ws.body.fill('{"name": "Ada", "tags": [1, 2]}');
  await expect(page.getByText(/Not valid JSON/)).toHaveCount(0);
  await page.getByRole("button", { name: "Format JSON" }).click();
  await expect(ws.body).toHaveValue(/\{\n\s+"name": "Ada",\n/);
  await expect(page.getByText("Sent with Content-Type: application/json (from the body type).")).toBeVisible();

  const echo = await sendAndEcho(page, ws, "/post");
  expect(echo.json).toEqual({ name: "Ada", tags: [1, 2] });
  expect(echo.headers["Content-Type"]).toBe("application/json");
});

test("a url-encoded form body arrives at /post as form fields; a switched-off field is not sent", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.method.fill("POST");
  await ws.url.fill(`${HTTPBIN}/post`);
  await bodyType(page).selectOption({ label: "Form (URL-encoded)" });
  const names = page.getByRole("textbox", { name: "Field name" });
  const values = page.getByRole("textbox", { name: "Field value" });
  await names.nth(0).fill("name");
  await values.nth(0).fill("Ada Lovelace");
  await page.getByRole("button", { name: "Add field" }).click();
  await names.nth(1).fill("math");
  await values.nth(1).fill("1+1=2 & more");
  await page.getByRole("button", { name: "Add field" }).click();
  await names.nth(2).fill("draft");
  await values.nth(2).fill("yes");
  await page.getByRole("checkbox", { name: "Send this field" }).nth(2).uncheck();

  const echo = await sendAndEcho(page, ws, "/post");
  expect(echo.form).toEqual({ name: "Ada Lovelace", math: "1+1=2 & more" });
  expect(echo.headers["Content-Type"]).toBe("application/x-www-form-urlencoded");
});

test("a multipart body sends text parts and a picked file", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.method.fill("POST");
  await ws.url.fill(`${HTTPBIN}/post`);
  await bodyType(page).selectOption({ label: "Multipart form" });
  await page.getByRole("textbox", { name: "Part name" }).first().fill("title");
  await page.getByRole("textbox", { name: "Part value" }).first().fill("Q1 report");
  await page.getByRole("button", { name: "Add file part" }).click();
  await page.getByRole("textbox", { name: "Part name" }).nth(1).fill("attachment");
  await page.getByLabel("Part file").setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("first line\nsecond line\n"),
  });
  await expect(page.getByText("Sends “notes.txt” (23 bytes).")).toBeVisible();

  const echo = await sendAndEcho(page, ws, "/post");
  expect(echo.form).toEqual({ title: "Q1 report" });
  expect(echo.files).toEqual({ attachment: "first line\nsecond line\n" });
  expect(echo.headers["Content-Type"]).toMatch(/^multipart\/form-data; boundary=/);
});

test("a file body is sent as it is, with the file's type", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.method.fill("PUT");
  await ws.url.fill(`${HTTPBIN}/put`);
  await bodyType(page).selectOption({ label: "File" });
  await page.getByLabel("Body file").setInputFiles({
    name: "data.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("a,b\n1,2\n"),
  });
  const echo = await sendAndEcho(page, ws, "/put");
  expect(echo.data).toBe("a,b\n1,2\n");
  expect(echo.headers["Content-Type"]).toBe("text/csv");
});

test("a file part must be picked again after a reload, and sending says so", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.method.fill("POST");
  await ws.url.fill(`${HTTPBIN}/post`);
  await bodyType(page).selectOption({ label: "File" });
  await page.getByLabel("Body file").setInputFiles({ name: "a.bin", mimeType: "application/octet-stream", buffer: Buffer.from([1, 2, 3]) });
  await saveRequest(page, "Upload", "Files");
  await page.reload();
  await expect(page.getByText("Pick “a.bin” again: files are not kept after the page is reloaded.")).toBeVisible();
  await ws.send.click();
  await expect(ws.alert.filter({ hasText: "a.bin" })).toContainText("pick it again");
});

test("Basic auth passes /basic-auth; the password is masked until shown", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/basic-auth/ada/s3cr%C3%A9t`);
  await page.getByRole("combobox", { name: "Auth type" }).selectOption({ label: "Basic (user and password)" });
  await page.getByRole("textbox", { name: "Username" }).fill("ada");
  const password = page.getByLabel("Password", { exact: true });
  await password.fill("s3crét");
  await expect(password).toHaveAttribute("type", "password");
  await page.getByRole("button", { name: "Show password" }).click();
  await expect(password).toHaveAttribute("type", "text");

  const echo = await sendAndEcho(page, ws, "/basic-auth/ada/s3cr%C3%A9t");
  expect(echo).toEqual({ authenticated: true, user: "ada" });
});

test("a Bearer token and an API key in the query are sent as their helpers say", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/bearer`);
  const authType = page.getByRole("combobox", { name: "Auth type" });
  await authType.selectOption({ label: "Bearer token" });
  await page.getByLabel("Token", { exact: true }).fill("tok-123");
  expect(await sendAndEcho(page, ws, "/bearer")).toEqual({ authenticated: true, token: "tok-123" });

  await ws.url.fill(`${HTTPBIN}/get?page=2`);
  await authType.selectOption({ label: "API key" });
  await page.getByRole("textbox", { name: "Key name" }).fill("api_key");
  await page.getByLabel("Key value", { exact: true }).fill("k v");
  await page.getByRole("combobox", { name: "Send the key in" }).selectOption({ label: "Query parameter" });
  const echo = await sendAndEcho(page, ws, "/get");
  expect(echo.args).toEqual({ page: "2", api_key: "k v" });
  // The key is added when sending; the URL box keeps what was typed.
  await expect(ws.url).toHaveValue(`${HTTPBIN}/get?page=2`);
});

test("an Authorization header row and an auth helper together are refused by name", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/headers`);
  await ws.setHeader(0, "Authorization", "Bearer from-row");
  await page.getByRole("combobox", { name: "Auth type" }).selectOption({ label: "Bearer token" });
  await page.getByLabel("Token", { exact: true }).fill("from-helper");
  await ws.send.click();
  await expect(ws.alert.first()).toContainText("Authorization");
});

test("typing a header name offers common names; a chosen one is filled in and sent", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/headers`);
  await ws.addHeader.click();
  const suggestions = page.getByRole("group", { name: "Header name suggestions" });
  await ws.headerNames.first().fill("idem");
  await suggestions.getByRole("button", { name: "Idempotency-Key" }).click();
  await expect(ws.headerNames.first()).toHaveValue("Idempotency-Key");
  await expect(ws.headerValues.first()).toBeFocused();
  await expect(suggestions).toHaveCount(0);
  await ws.headerValues.first().fill("k-1");

  // By keyboard: Tab reaches the suggestions before the value box; Escape closes them.
  await ws.addHeader.click();
  await ws.headerNames.nth(1).fill("x-cor");
  await page.keyboard.press("Tab");
  await expect(suggestions.getByRole("button", { name: "X-Correlation-ID" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(ws.headerNames.nth(1)).toHaveValue("X-Correlation-ID");
  await ws.headerValues.nth(1).fill("r-2");
  await ws.headerNames.nth(1).fill("X-Correlation-I");
  await expect(suggestions).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(suggestions).toHaveCount(0);
  await ws.headerNames.nth(1).fill("X-Correlation-ID");

  const echoed = page.waitForResponse((r) => new URL(r.url()).pathname === "/headers");
  await ws.send.click();
  const echo = await (await echoed).json();
  expect(echo.headers["Idempotency-Key"]).toBe("k-1");
  expect(echo.headers["X-Correlation-Id"]).toBe("r-2");
});

test("a GET with a body is explained before sending", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/get`);
  await ws.body.fill("hello");
  await expect(page.getByText(/GET requests cannot carry a body in a browser\. fetch\(\) refuses them/)).toBeVisible();
});

test("body mode, auth and a switched-off param are saved with the request", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.method.fill("POST");
  await ws.url.fill(`${HTTPBIN}/post?keep=1&off=2`);
  await page.getByRole("checkbox", { name: "Send this parameter" }).nth(1).uncheck();
  await bodyType(page).selectOption({ label: "Form (URL-encoded)" });
  await page.getByRole("textbox", { name: "Field name" }).first().fill("k");
  await page.getByRole("textbox", { name: "Field value" }).first().fill("v");
  await page.getByRole("combobox", { name: "Auth type" }).selectOption({ label: "Bearer token" });
  await page.getByLabel("Token", { exact: true }).fill("t0k");
  await saveRequest(page, "Kept", "Parts");

  await page.reload();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/post?keep=1`);
  await expect(page.getByRole("textbox", { name: "Parameter name" })).toHaveCount(2);
  await expect(page.getByRole("textbox", { name: "Parameter name" }).nth(1)).toHaveValue("off");
  await expect(bodyType(page)).toHaveValue("Form (URL-encoded)");
  await expect(page.getByRole("textbox", { name: "Field value" }).first()).toHaveValue("v");
  await expect(page.getByLabel("Token", { exact: true })).toHaveValue("t0k");
  const echo = await sendAndEcho(page, ws, "/post");
  expect(echo.args).toEqual({ keep: "1" });
  expect(echo.form).toEqual({ k: "v" });
  expect(echo.headers.Authorization).toBe("Bearer t0k");
});
