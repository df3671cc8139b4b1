// Network faults in a real browser: each gets a message that says what happened,
// and the draft (method, URL, header, body) is exactly as typed afterwards.
// A small server started here misbehaves on purpose; httpbin supplies the slow ones.
import { test, expect } from "@playwright/test";
import { createServer } from "node:http";
import { Workspace, HTTPBIN } from "./workspace.page.js";
import { report } from "./xss.page.js";

const CORS = { "access-control-allow-origin": "*", "access-control-allow-headers": "*", "access-control-expose-headers": "*" };

const ROUTES = {
  // Promises 100 kB, sends a few bytes, then drops the connection.
  "/cut": (res) => {
    res.writeHead(200, { ...CORS, "content-type": "application/json", "content-length": "100000" });
    res.write('{"partial": "');
    setTimeout(() => res.socket.destroy(), 200);
  },
  "/bad-json": (res) => {
    res.writeHead(200, { ...CORS, "content-type": "application/json" });
    res.end('{"items": [1, 2,');
  },
  // Latin-1 bytes labelled UTF-8, then labelled as what they are.
  "/wrong-charset": (res) => {
    res.writeHead(200, { ...CORS, "content-type": "text/plain; charset=utf-8" });
    res.end(Buffer.from("caf\xe9 cr\xe8me br\xfbl\xe9e", "latin1"));
  },
  "/latin1": (res) => {
    res.writeHead(200, { ...CORS, "content-type": "text/plain; charset=iso-8859-1" });
    res.end(Buffer.from("caf\xe9 cr\xe8me br\xfbl\xe9e", "latin1"));
  },
};

let server;
let base;
let closedPort;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.method === "OPTIONS") return res.writeHead(204, CORS).end();
    const route = ROUTES[new URL(req.url, "http://localhost").pathname];
    if (route) route(res);
    else res.writeHead(404, CORS).end();
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  // A port that was just free and is closed again: nothing listens there.
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPort = probe.address().port;
  await new Promise((resolve) => probe.close(resolve));
});

test.afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const DRAFT = { header: ["X-Draft", "keep me"], body: '{"draft": "keep me too"}' };

async function typeDraft(ws, method, url, timeout) {
  await ws.method.fill(method);
  await ws.url.fill(url);
  await ws.setHeader(0, ...DRAFT.header);
  if (method !== "GET") await ws.body.fill(DRAFT.body);
  await ws.timeout.fill(String(timeout ?? 30));
}

/** Counts the draft fields that changed, records the fault, and asserts none did. */
async function expectDraftKept(ws, fault, method, url) {
  const now = [
    await ws.method.inputValue(),
    await ws.url.inputValue(),
    await ws.headerNames.first().inputValue(),
    await ws.headerValues.first().inputValue(),
    method === "GET" ? DRAFT.body : await ws.body.inputValue(),
  ];
  const typed = [method, url, ...DRAFT.header, DRAFT.body];
  const lost = now.filter((value, i) => value !== typed[i]).length;
  await report(`fault ${fault} ${lost}`);
  expect(now).toEqual(typed);
}

test.beforeEach(async ({ page }) => {
  await new Workspace(page).open();
});

test("connection refused: says nothing answered, names the origin", async ({ page }) => {
  const ws = new Workspace(page);
  const url = `http://127.0.0.1:${closedPort}/refused`;
  await typeDraft(ws, "POST", url);
  await ws.send.click();
  await expect(ws.alert.first()).toContainText(`The browser got no usable response from http://127.0.0.1:${closedPort}`);
  await expectDraftKept(ws, "connection-refused", "POST", url);
});

test("the server closes the connection mid-body: the status came, the body says it was cut", async ({ page }) => {
  const ws = new Workspace(page);
  const url = `${base}/cut`;
  await typeDraft(ws, "POST", url);
  await ws.send.click();
  await expect(ws.alert.first()).toContainText("The status and headers arrived, but reading the body failed");
  await expectDraftKept(ws, "closed-mid-body", "POST", url);
});

test("a slow drip within the timeout arrives whole", async ({ page }) => {
  const ws = new Workspace(page);
  const url = `${HTTPBIN}/drip?duration=2&numbytes=5&code=200&delay=0`;
  await typeDraft(ws, "GET", url, 10);
  await ws.send.click();
  await expect(ws.status).toHaveText(/^200 OK/);
  // httpbin labels the drip application/octet-stream: all five bytes arrived.
  await expect(ws.responseBody).toContainText("Binary body: 5 B");
  await expectDraftKept(ws, "slow-drip", "GET", url);
});

test("a drip slower than the timeout is stopped with the timeout named", async ({ page }) => {
  const ws = new Workspace(page);
  const url = `${HTTPBIN}/drip?duration=6&numbytes=3&code=200&delay=0`;
  await typeDraft(ws, "GET", url, 2);
  await ws.send.click();
  await expect(ws.alert.first()).toContainText("No complete response within 2 s, so the request was stopped");
  await expectDraftKept(ws, "drip-timeout", "GET", url);
});

test("a server that never answers hits the timeout", async ({ page }) => {
  const ws = new Workspace(page);
  const url = `${HTTPBIN}/delay/5`;
  await typeDraft(ws, "POST", url, 1);
  await ws.send.click();
  await expect(ws.alert.first()).toContainText("No complete response within 1 s, so the request was stopped");
  await expectDraftKept(ws, "timeout", "POST", url);
});

test("invalid JSON labelled JSON is shown as text with where it breaks", async ({ page }) => {
  const ws = new Workspace(page);
  const url = `${base}/bad-json`;
  await typeDraft(ws, "POST", url);
  await ws.send.click();
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText('{"items": [1, 2,');
  await expect(ws.responseBody).toContainText(/Labelled as JSON but .*line 1, column \d+/);
  await expectDraftKept(ws, "invalid-json", "POST", url);
});

test("a body that is not in the charset its label names says so", async ({ page }) => {
  const ws = new Workspace(page);
  const url = `${base}/wrong-charset`;
  await typeDraft(ws, "POST", url);
  await ws.send.click();
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText("declared as charset=utf-8, but byte 3 (0xE9) is not valid UTF-8");
  await expect(ws.responseBody).toContainText("caf\ufffd cr\ufffdme");
  await expectDraftKept(ws, "wrong-charset", "POST", url);
  // Labelled as what it is, it reads as the browser would read it.
  await ws.url.fill(`${base}/latin1`);
  await ws.send.click();
  await expect(ws.responseBody).toContainText("café crème brûlée");
  await expect(ws.responseBody).toContainText("Decoded as windows-1252");
});
