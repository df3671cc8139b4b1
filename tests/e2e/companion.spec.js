// The local companion (companion/, issue 21) started by scripts/test.sh for this
// app's origin: a server that sends no CORS headers fails in the browser, and
// answers in full through the companion, which the response says.
import { test, expect } from "@playwright/test";
import { createServer } from "node:http";
import { Workspace, HTTPBIN } from "./workspace.page.js";

const COMPANION = process.env.COMPANION_URL;
const TOKEN = process.env.COMPANION_TOKEN;

// A server like most third-party APIs: no CORS headers at all, a header of its
// own, a cookie, and a redirect.
let server;
let target;
test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/moved") {
      res.writeHead(302, { location: "/", "x-why": "moved" });
      return res.end();
    }
    res.writeHead(200, {
      "content-type": "application/json",
      "x-served-by": "no-cors-server",
      "set-cookie": "session=abc123; HttpOnly; Path=/",
    });
    res.end(JSON.stringify({ method: req.method, auth: req.headers["x-api-key"] ?? null }));
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  target = `http://127.0.0.1:${server.address().port}`;
});
test.afterAll(async () => {
  await new Promise((done) => server.close(done));
});

const sendThrough = (page) => page.getByRole("button", { name: "Send through the local companion" });
const address = (page) => page.getByRole("textbox", { name: "Companion address" });
const token = (page) => page.getByRole("textbox", { name: "Companion token" });

// Fills the offer's address and token and sends through the companion.
async function useCompanion(page, key = TOKEN) {
  await address(page).fill(COMPANION);
  await token(page).fill(key);
  await sendThrough(page).click();
}

async function failDirectly(ws) {
  await ws.request("GET", `${target}/`);
  await expect(ws.alert).toContainText("blocked by CORS");
}

test.beforeEach(async ({ page }) => {
  await new Workspace(page).open();
});

test("a CORS failure offers the companion, which brings every header and the cookie", async ({ page }) => {
  const ws = new Workspace(page);
  await failDirectly(ws);
  await expect(address(page)).toHaveValue("http://127.0.0.1:9119");
  await useCompanion(page);
  await expect(ws.status).toHaveText(/^200 OK/);
  const header = (name) => ws.responseHeaders.getByRole("row", { name: new RegExp(name, "i") });
  await expect(header("x-served-by").getByRole("cell")).toHaveText("no-cors-server");
  await expect(header("set-cookie").getByRole("cell")).toHaveText("session=abc123; HttpOnly; Path=/");
  await expect(page.getByText(`Sent through the local companion at ${COMPANION}`)).toBeVisible();
  await expect(page.getByText("Some headers may be hidden")).toHaveCount(0);
  await expect(ws.responseBody).toContainText('"method": "GET"');
});

test("the next request to that server goes through the companion, until told otherwise", async ({ page }) => {
  const ws = new Workspace(page);
  await failDirectly(ws);
  await useCompanion(page);
  await expect(ws.status).toHaveText(/^200 OK/);
  await ws.setHeader(0, "X-Api-Key", "k-1");
  await ws.request("POST", `${target}/`, { body: "{}" });
  await expect(ws.responseBody).toContainText('"auth": "k-1"');
  await expect(ws.responseBody).toContainText('"method": "POST"');
  await expect(page.getByText("Sent through the local companion")).toBeVisible();
  await page.getByRole("button", { name: "Stop using the companion for this server" }).click();
  await expect(page.getByText("The next request to this server goes from the browser directly.")).toBeVisible();
  await ws.send.click();
  await expect(ws.alert).toContainText("blocked by CORS");
});

test("the address and token are kept: after a reload, one click sends", async ({ page }) => {
  const ws = new Workspace(page);
  await failDirectly(ws);
  await useCompanion(page);
  await expect(ws.status).toHaveText(/^200 OK/);
  await page.reload();
  await expect(ws.send).toBeEnabled();
  await failDirectly(ws);
  await expect(page.getByText(`The local companion is running at ${COMPANION}.`)).toBeVisible();
  await expect(token(page)).toHaveCount(0);
  await sendThrough(page).click();
  await expect(ws.status).toHaveText(/^200 OK/);
});

test("a redirect not followed shows its real status and Location through the companion", async ({ page }) => {
  const ws = new Workspace(page);
  await page.getByRole("checkbox", { name: "Follow redirects" }).uncheck();
  // httpbin allows CORS, so the browser hands the page its opaque stand-in.
  await ws.request("GET", `${HTTPBIN}/redirect-to?url=%2Fget&status_code=307`);
  await expect(ws.status).toHaveText("Redirect not followed");
  await useCompanion(page);
  await expect(ws.status).toHaveText(/^307 Temporary Redirect/);
  const location = ws.responseHeaders.getByRole("row", { name: /location/i });
  await expect(location.getByRole("cell")).toHaveText("/get");
});

test("a redirect from a server without CORS is a CORS failure; the companion shows the 302", async ({ page }) => {
  const ws = new Workspace(page);
  await page.getByRole("checkbox", { name: "Follow redirects" }).uncheck();
  await ws.request("GET", `${target}/moved`);
  await expect(ws.alert).toContainText("blocked by CORS");
  await useCompanion(page);
  await expect(ws.status).toHaveText(/^302 Found/);
  const why = ws.responseHeaders.getByRole("row", { name: /x-why/i });
  await expect(why.getByRole("cell")).toHaveText("moved");
});

test("a wrong token is refused, and the form stays to fix it", async ({ page }) => {
  const ws = new Workspace(page);
  await failDirectly(ws);
  await useCompanion(page, "f".repeat(64));
  await expect(ws.alert).toContainText("did not accept the token");
  await token(page).fill(TOKEN);
  await sendThrough(page).click();
  await expect(ws.status).toHaveText(/^200 OK/);
});

test("settings that cannot be right are refused before anything is sent", async ({ page }) => {
  const ws = new Workspace(page);
  await failDirectly(ws);
  await address(page).fill("http://companion.example:9119");
  await token(page).fill(TOKEN);
  await sendThrough(page).click();
  await expect(page.getByRole("alert").filter({ hasText: "is not on this machine" })).toBeVisible();
  await address(page).fill(COMPANION);
  await token(page).fill("short");
  await sendThrough(page).click();
  await expect(page.getByRole("alert").filter({ hasText: 'after "token:"' })).toBeVisible();
  await expect(ws.url).toHaveValue(`${target}/`);
});

test("a companion that is not running says how to start it", async ({ page }) => {
  const ws = new Workspace(page);
  await failDirectly(ws);
  await address(page).fill("http://127.0.0.1:1");
  await token(page).fill(TOKEN);
  await sendThrough(page).click();
  await expect(ws.alert).toContainText("not answering at http://127.0.0.1:1");
  await expect(ws.alert).toContainText("bash scripts/companion.sh --origin");
});

test("a multipart form with a picked file and a file body go through the companion whole", async ({ page }) => {
  const ws = new Workspace(page);
  // httpbin answers with CORS headers, so the companion is chosen for it from
  // the redirect it cannot show; httpbin then echoes what arrived.
  await page.getByRole("checkbox", { name: "Follow redirects" }).uncheck();
  await ws.request("GET", `${HTTPBIN}/redirect-to?url=%2Fget`);
  await expect(ws.status).toHaveText("Redirect not followed");
  await useCompanion(page);
  await expect(ws.status).toHaveText(/^302 Found/);
  await page.getByRole("checkbox", { name: "Follow redirects" }).check();

  await ws.method.fill("POST");
  await ws.url.fill(`${HTTPBIN}/post`);
  await page.getByRole("combobox", { name: "Body type" }).selectOption({ label: "Multipart form" });
  await page.getByRole("textbox", { name: "Part name" }).first().fill("title");
  await page.getByRole("textbox", { name: "Part value" }).first().fill("Q1 report");
  await page.getByRole("button", { name: "Add file part" }).click();
  await page.getByRole("textbox", { name: "Part name" }).nth(1).fill("attachment");
  await page.getByLabel("Part file").setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("first line\nsecond line\n"),
  });
  await ws.send.click();
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(page.getByText("Sent through the local companion")).toBeVisible();
  await expect(ws.responseBody).toContainText('"title": "Q1 report"');
  await expect(ws.responseBody).toContainText('"attachment": "first line\\nsecond line\\n"');
  await expect(ws.responseBody).toContainText('"Content-Type": "multipart/form-data; boundary=');

  await ws.method.fill("PUT");
  await ws.url.fill(`${HTTPBIN}/put`);
  await page.getByRole("combobox", { name: "Body type" }).selectOption({ label: "File" });
  await page.getByLabel("Body file").setInputFiles({ name: "data.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n1,2\n") });
  await ws.send.click();
  await expect(ws.responseBody).toContainText('"data": "a,b\\n1,2\\n"');
  await expect(ws.responseBody).toContainText('"Content-Type": "text/csv"');
  await expect(page.getByText("Sent through the local companion")).toBeVisible();
});
