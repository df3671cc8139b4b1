// Nothing foreign runs: the release page's Content-Security-Policy, and the XSS
// corpus (xss.page.js) through every place the app shows text it did not write.
import { test, expect } from "@playwright/test";
import { writeFile } from "node:fs/promises";
import { Workspace, HTTPBIN } from "./workspace.page.js";
import { sidebar, saveRequest } from "./collections.page.js";
import { PAYLOADS, SENDABLE, LATIN1_PAYLOADS, watch, expectNothingRan } from "./xss.page.js";

const REQUIRED = [
  "default-src 'self'",
  "'wasm-unsafe-eval'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "connect-src *",
];

async function policyOf(request, path) {
  const html = await (await request.get(path)).text();
  return html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
}

test("the page and its 404 copy carry the policy, and the app works under it", async ({ page, request }) => {
  for (const path of ["./", "./collections/none/requests/none"]) {
    const policy = await policyOf(request, path);
    for (const part of REQUIRED) expect(policy, path).toContain(part);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(policy).not.toContain("unsafe-inline");
  }
  const dialogs = await watch(page);
  const ws = new Workspace(page);
  await ws.open();
  await ws.request("GET", `${HTTPBIN}/get`);
  await expect(ws.status).toHaveText(/^200 OK/);
  // Chunks load under the policy too: the reference and the environments pages.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Status codes" }).click();
  await expect(page.getByRole("table").first()).toContainText("418");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Environments" }).click();
  await expect(page.getByRole("textbox", { name: "New environment name" })).toBeVisible();
  await expectNothingRan(page, dialogs, "policy", 0);
});

test("an injected inline script and inline handler are blocked and reported", async ({ page }) => {
  await watch(page);
  await new Workspace(page).open();
  const result = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__xss = 'script'";
    document.body.append(script);
    const img = document.createElement("img");
    img.setAttribute("onerror", "window.__xss = 'handler'");
    img.src = "data:,not-an-image";
    document.body.append(img);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { marker: window.__xss ?? null, violations: window.__violations };
  });
  expect(result.marker).toBeNull();
  expect(result.violations.some((v) => v.startsWith("script-src"))).toBe(true);
});

test("payloads in response bodies of every type are shown as text", async ({ page }) => {
  const dialogs = await watch(page);
  const ws = new Workspace(page);
  await ws.open();
  const html = Buffer.from(PAYLOADS.join("\n")).toString("base64url");
  await ws.request("GET", `${HTTPBIN}/base64/${html}`);
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText(PAYLOADS[0]);
  await expect(ws.responseBody).toContainText(PAYLOADS[17]);

  await ws.request("POST", `${HTTPBIN}/anything`, { body: JSON.stringify({ payloads: SENDABLE }) });
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText(PAYLOADS[0]);

  for (const type of ["text/plain", "application/xml", "text/html"]) {
    const query = LATIN1_PAYLOADS.map((p, i) => `p${i}=${encodeURIComponent(p)}`).join("&");
    await ws.request("POST", `${HTTPBIN}/response-headers?Content-Type=${encodeURIComponent(type)}&${query}`);
    await expect(ws.status).toHaveText(/^200 OK/);
    await expect(ws.responseBody).toContainText("window.__xss=1</script>");
  }
  await expectNothingRan(page, dialogs, "response-body", PAYLOADS.length + SENDABLE.length + LATIN1_PAYLOADS.length * 3);
});

test("payloads in response header names, values and Problem Details are shown as text", async ({ page }) => {
  const dialogs = await watch(page);
  const ws = new Workspace(page);
  await ws.open();
  const members = ["title", "detail", "instance"];
  const query = [
    "Content-Type=application/problem%2Bjson",
    "Access-Control-Expose-Headers=*",
    `type=${encodeURIComponent("javascript:window.__xss=1")}`,
    ...members.map((m, i) => `${m}=${encodeURIComponent(LATIN1_PAYLOADS[i])}`),
    ...LATIN1_PAYLOADS.map((p, i) => `X-Payload-${i}=${encodeURIComponent(p)}`),
    // Header names are tokens: no < > " ( ), but quotes, backticks and the like pass.
    "X-'onerror`|^~=1",
  ].join("&");
  await ws.request("GET", `${HTTPBIN}/response-headers?${query}`);
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseHeaders).toContainText(LATIN1_PAYLOADS[0]);
  await expect(ws.responseHeaders).toContainText("x-'onerror`|^~");
  const problem = page.getByRole("region", { name: "Problem details" });
  await expect(problem).toContainText(LATIN1_PAYLOADS[0]);
  await expect(problem).toContainText("javascript:window.__xss=1");
  await expectNothingRan(page, dialogs, "headers-and-problem-details", LATIN1_PAYLOADS.length + members.length + 2);
});

/** One saved request per payload, in a collection and a folder named by payloads. */
function ownBackup() {
  const requests = PAYLOADS.map((p, i) => ({
    kind: "request",
    id: `xssreq${i}`,
    name: p,
    request: {
      method: "POST",
      url: `${HTTPBIN}/anything`,
      headers: [{ name: "X-Note", value: LATIN1_PAYLOADS[i % LATIN1_PAYLOADS.length], enabled: true }],
      body: { text: p },
      follow_redirects: true,
      auth: "none",
    },
    revision: 1,
    updated_ms: 0,
  }));
  return {
    version: 2,
    saved_ms: 0,
    library: {
      collections: [{
        id: "xsscollection",
        name: PAYLOADS[1],
        variables: PAYLOADS.map((p, i) => ({ key: `v${i}`, value: p })),
        items: [{ kind: "folder", id: "xssfolder", name: PAYLOADS[2], items: requests }],
      }],
    },
  };
}

function postman() {
  return {
    info: { name: PAYLOADS[3], description: PAYLOADS[0], schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
    variable: PAYLOADS.map((p, i) => ({ key: `pv${i}`, value: p })),
    item: [{
      name: PAYLOADS[4],
      item: PAYLOADS.map((p) => ({ name: p, request: { method: "GET", url: `${HTTPBIN}/get`, description: p } })),
    }],
  };
}

test("payloads in imported names, variables and bodies are shown as text", async ({ page }, info) => {
  const dialogs = await watch(page);
  const ws = new Workspace(page);
  await ws.open();
  const own = info.outputPath("xss-backup.json");
  await writeFile(own, JSON.stringify(ownBackup()));
  await page.getByLabel("Import collections").setInputFiles(own);
  await expect(sidebar(page).getByRole("link", { name: PAYLOADS[1], exact: true })).toBeVisible();
  const pm = info.outputPath("xss.postman_collection.json");
  await writeFile(pm, JSON.stringify(postman()));
  await page.getByLabel("Import collections").setInputFiles(pm);
  await expect(sidebar(page).getByRole("link", { name: PAYLOADS[3], exact: true })).toBeVisible();

  await sidebar(page).getByRole("link", { name: PAYLOADS[1], exact: true }).click();
  await expect(page.getByRole("heading", { name: PAYLOADS[1] })).toBeVisible();
  await expect(page.getByText(PAYLOADS[2]).first()).toBeVisible();
  await sidebar(page).getByRole("link", { name: new RegExp(PAYLOADS[7].slice(0, 8)) }).first().click();
  await expect(ws.body).toHaveValue(PAYLOADS[7]);
  await sidebar(page).getByRole("link", { name: PAYLOADS[3], exact: true }).click();
  await expect(page.getByRole("heading", { name: PAYLOADS[3] })).toBeVisible();
  const tried = PAYLOADS.length * 3 + 3 + PAYLOADS.length * 3 + 2;
  await expectNothingRan(page, dialogs, "imported-names", tried);
});

test("payloads in a shared link's request are shown as text", async ({ page, context }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.request("POST", `${HTTPBIN}/anything?note=${encodeURIComponent(PAYLOADS[5])}`, { body: PAYLOADS.join("\n") });
  await ws.setHeader(0, "X-Note", LATIN1_PAYLOADS[1]);
  await page.getByRole("button", { name: "Share link" }).click();
  const link = await page.getByRole("textbox", { name: "Link to this request" }).inputValue();
  const tab = await context.newPage();
  const dialogs = await watch(tab);
  await tab.goto(link);
  const other = new Workspace(tab);
  await expect(other.body).toHaveValue(PAYLOADS.join("\n"));
  await expect(other.headerValues.first()).toHaveValue(LATIN1_PAYLOADS[1]);
  await expectNothingRan(tab, dialogs, "share-link", PAYLOADS.length + 2);
});

test("payloads in the reference filter's ?q= are shown as text", async ({ page }) => {
  // Every payload is a fresh start of the app and its reference chunk: under a
  // full suite's load that alone came near the 30 s default.
  test.setTimeout(60_000);
  const dialogs = await watch(page);
  for (const p of PAYLOADS) {
    await page.goto(`./reference?q=${encodeURIComponent(p)}`);
    await expect(page.getByRole("searchbox", { name: "Filter status codes" })).toHaveValue(p);
  }
  await expectNothingRan(page, dialogs, "reference-filter", PAYLOADS.length);
});

test("payloads in variable values are shown and sent as text", async ({ page }) => {
  const dialogs = await watch(page);
  const ws = new Workspace(page);
  await ws.open();
  await ws.method.fill("POST");
  await ws.url.fill(`${HTTPBIN}/anything`);
  await saveRequest(page, "Vars", "Payload vars");
  await sidebar(page).getByRole("link", { name: "Payload vars", exact: true }).click();
  const form = page.getByRole("form", { name: "Variables" });
  for (const [i, p] of LATIN1_PAYLOADS.entries()) {
    await form.getByRole("button", { name: "Add variable" }).click();
    await form.getByRole("textbox", { name: "Variable name" }).last().fill(`v${i}`);
    await form.getByRole("textbox", { name: "Variable value" }).last().fill(p);
  }
  await form.getByRole("button", { name: "Save variables" }).click();
  await expect(page.getByText("Variables saved.")).toBeVisible();
  await sidebar(page).getByRole("link", { name: /Vars/ }).first().click();
  await ws.setHeader(0, "X-V", "{{v1}}");
  await ws.body.fill(LATIN1_PAYLOADS.map((_, i) => `{{v${i}}}`).join("\n"));
  await ws.send.click();
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText("window.__xss=1</script>");
  // A reference that is itself a payload is named, as text, in the alert.
  const template = PAYLOADS.find((p) => p.includes("{{"));
  await ws.url.fill(`${HTTPBIN}/anything/${template}`);
  await ws.send.click();
  await expect(ws.alert.filter({ hasText: "is not defined" })).toContainText(template);
  await expectNothingRan(page, dialogs, "variables", LATIN1_PAYLOADS.length + 2);
});
