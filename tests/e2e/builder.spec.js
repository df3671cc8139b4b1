// The request builder's ways in and out: a cURL command pasted or typed into the
// URL box becomes the request, the request is shown as code to copy, and the
// keyboard reaches the main actions.
import { test, expect } from "@playwright/test";
import { Workspace, HTTPBIN } from "./workspace.page.js";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

// Puts `text` on the clipboard and pastes it into `locator` with the keyboard,
// as a user does.
async function paste(page, locator, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await locator.fill("");
  await locator.focus();
  await page.keyboard.press("Control+V");
}

// Pastes a cURL command into the URL box and waits until it is imported.
async function pasteCurl(page, ws, command) {
  await paste(page, ws.url, command);
  await expect(page.getByText("Imported the cURL command into the editor.")).toBeVisible();
}

// Sends with the Send button and returns httpbin's echo of what arrived.
async function sendAndEcho(page, ws, path) {
  const echoed = page.waitForResponse((r) => new URL(r.url()).pathname.startsWith(path));
  await ws.send.click();
  const response = await echoed;
  await expect(ws.status).toHaveText(/^200 OK/);
  return response.json();
}

function sameRequest(echo) {
  const headers = Object.fromEntries(
    Object.entries(echo.headers).filter(([name]) => ["Content-Type", "X-Trace", "Accept"].includes(name)),
  );
  return { method: echo.method, url: echo.url, args: echo.args, data: echo.data, headers };
}

test("a pasted cURL command sends the same request as the one typed by hand", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.method.fill("PUT");
  await ws.url.fill(`${HTTPBIN}/anything/items/7?x=1&tag=a%20b`);
  await ws.setHeader(0, "X-Trace", "it's \"quoted\"");
  await ws.setHeader(1, "Content-Type", "application/json");
  await ws.body.fill('{"name": "Ada", "note": "line one\\nline two"}');
  const typed = await sendAndEcho(page, ws, "/anything/items/7");

  await page.reload();
  await expect(ws.send).toBeEnabled();
  const command = [
    `curl -X PUT '${HTTPBIN}/anything/items/7?x=1&tag=a%20b' \\`,
    `  -H $'X-Trace: it\\'s "quoted"' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  --data-raw '{"name": "Ada", "note": "line one\\nline two"}'`,
  ].join("\n");
  await pasteCurl(page, ws, command);
  await expect(ws.method).toHaveValue("PUT");
  await expect(ws.url).toHaveValue(`${HTTPBIN}/anything/items/7?x=1&tag=a%20b`);
  const pasted = await sendAndEcho(page, ws, "/anything/items/7");

  expect(sameRequest(pasted)).toEqual(sameRequest(typed));
  expect(pasted.json).toEqual({ name: "Ada", note: "line one\nline two" });
});

test("a typed cURL command is imported on request; a broken one says why and stays as typed", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  const broken = `curl -H 'Accept: application/json ${HTTPBIN}/get`;
  await ws.url.fill(broken);
  await page.getByRole("button", { name: "Import cURL command" }).click();
  await expect(ws.alert).toContainText("could not be imported");
  await expect(ws.alert).toContainText("never closed");
  await expect(ws.url).toHaveValue(broken);

  await ws.url.fill(`curl -H 'Accept: application/json' ${HTTPBIN}/get --compressed`);
  await expect(ws.alert).toHaveCount(0);
  await page.getByRole("button", { name: "Import cURL command" }).click();
  await expect(ws.url).toHaveValue(`${HTTPBIN}/get`);
  await expect(ws.headerNames.first()).toHaveValue("Accept");
  await expect(ws.headerValues.first()).toHaveValue("application/json");
});

test("options a web page cannot honour are listed after the import, not dropped silently", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await pasteCurl(page, ws, `curl --cert client.pem -k ${HTTPBIN}/get`);
  const note = page.locator(".curl-note");
  await expect(note).toContainText("Left out");
  await expect(note).toContainText("--cert");
  await expect(note).toContainText("-k");
  await expect(ws.url).toHaveValue(`${HTTPBIN}/get`);
});

test("form data from cURL's -d arrives at /post as form fields", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await pasteCurl(page, ws, `curl ${HTTPBIN}/post -d 'name=Ada Lovelace' -d lang=rust --data-urlencode 'q=a&b'`);
  await expect(ws.method).toHaveValue("POST");
  const echo = await sendAndEcho(page, ws, "/post");
  expect(echo.form).toEqual({ name: "Ada Lovelace", lang: "rust", q: "a&b" });
  expect(echo.headers["Content-Type"]).toBe("application/x-www-form-urlencoded");
});

test("multipart fields from cURL's -F arrive at /post as form fields", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await pasteCurl(page, ws, `curl -F 'name=Ada' -F 'note=two words' ${HTTPBIN}/post`);
  const echo = await sendAndEcho(page, ws, "/post");
  expect(echo.form).toEqual({ name: "Ada", note: "two words" });
  expect(echo.headers["Content-Type"]).toMatch(/^multipart\/form-data; boundary=/);
});

test("cURL's -u becomes Basic auth that passes /basic-auth", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await pasteCurl(page, ws, `curl -u user:pass ${HTTPBIN}/basic-auth/user/pass`);
  const echo = await sendAndEcho(page, ws, "/basic-auth/user/pass");
  expect(echo).toEqual({ authenticated: true, user: "user" });
});

test("Show code writes the request in each language, and Copy code copies it", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.method.fill("POST");
  await ws.url.fill(`${HTTPBIN}/post`);
  await ws.setHeader(0, "Content-Type", "application/json");
  await ws.body.fill('{"it\'s": "ok"}');
  await page.getByRole("button", { name: "Show code" }).click();
  const code = page.getByRole("textbox", { name: "Code snippet" });
  await expect(code).toHaveValue(new RegExp(`^curl -X POST '?${HTTPBIN}/post`));
  await expect(code).toHaveValue(/-H 'Content-Type: application\/json'/);

  const language = page.getByRole("combobox", { name: "Code language" });
  await language.selectOption({ label: "JavaScript fetch" });
  await expect(code).toHaveValue(/await fetch\(/);
  await expect(code).toHaveValue(/method: "POST"/);
  await language.selectOption({ label: "HTTP message (preview)" });
  const host = new URL(HTTPBIN).host;
  await expect(code).toHaveValue(`POST /post HTTP/1.1\nHost: ${host}\nContent-Type: application/json\n\n{"it's": "ok"}`);
  await language.selectOption({ label: "Python requests" });
  await expect(code).toHaveValue(/import requests/);

  await page.getByRole("button", { name: "Copy code" }).click();
  await expect(page.getByText("Copied.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await code.inputValue());

  // The code follows the editor.
  await ws.url.fill(`${HTTPBIN}/anything`);
  await expect(code).toHaveValue(new RegExp(`${HTTPBIN}/anything`));
});

test("Show code names an undefined variable instead of writing it", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill("{{base}}/get");
  await page.getByRole("button", { name: "Show code" }).click();
  await expect(page.getByText(/No code yet: .*\{\{base\}\}/)).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Code snippet" })).toHaveCount(0);
});

test("keyboard: Ctrl+L goes to the URL box, Ctrl+S saves, ? lists the shortcuts", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/get`);
  await ws.method.focus();
  await page.keyboard.press("Control+L");
  await expect(ws.url).toBeFocused();

  await page.keyboard.press("Control+S");
  const dialog = page.getByRole("dialog", { name: "Save request" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // In a text field, ? is text.
  await ws.url.press("End");
  await page.keyboard.type("?");
  await expect(ws.url).toHaveValue(`${HTTPBIN}/get?`);
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toHaveCount(0);

  await ws.url.blur();
  await page.keyboard.press("?");
  const list = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(list).toContainText("Send the request");
  await expect(list).toContainText("Go to the URL box");
  await page.keyboard.press("Escape");
  await expect(list).toHaveCount(0);
});
