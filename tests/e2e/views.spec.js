// The body views beyond the text: a JSONPath filter, a JSON tree, and previews
// of HTML, images and PDFs; each comes in a chunk of its own on first use.
import { test, expect } from "@playwright/test";
import { Workspace, HTTPBIN } from "./workspace.page.js";
import { watch, report } from "./xss.page.js";

function bodyView(page) {
  return page.getByRole("radiogroup", { name: "Body view" });
}

// The wasm chunks the page has asked for, by name.
function watchChunks(page) {
  const chunks = [];
  page.on("request", (request) => {
    const file = new URL(request.url()).pathname.split("/").pop();
    if (/^split_.*\.wasm$/.test(file)) chunks.push(file.replace(/-[0-9a-f]+\.wasm$/, ""));
  });
  return chunks;
}

test("a JSON body offers Pretty, Tree and Filter, Pretty first and chosen", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.request("GET", `${HTTPBIN}/json`);
  const views = bodyView(page);
  await expect(views.getByRole("radio")).toHaveCount(3);
  await expect(views.getByRole("radio", { name: "Pretty" })).toBeChecked();
  await expect(views.getByRole("radio", { name: "Tree" })).not.toBeChecked();
  await expect(views.getByRole("radio", { name: "Filter" })).not.toBeChecked();
  await expect(ws.responseBody).toContainText('"title": "Sample Slide Show"');
});

test("the JSON filter shows matches, counts them, and says where an expression is wrong", async ({ page }) => {
  const chunks = watchChunks(page);
  const ws = new Workspace(page);
  await ws.open();
  await ws.request("GET", `${HTTPBIN}/json`);
  await expect(bodyView(page)).toBeVisible();
  expect(chunks).not.toContain("split_views");
  await bodyView(page).getByRole("radio", { name: "Filter" }).check();
  const filter = ws.responseBody.getByRole("textbox", { name: "JSON filter" });
  await filter.fill("$.slideshow.slides[*].title");
  await expect(ws.responseBody.getByText("2 matches")).toBeVisible();
  await expect(ws.responseBody).toContainText('"Wake up to WonderWidgets!"');
  await expect(ws.responseBody).toContainText('"Overview"');
  expect(chunks).toContain("split_views");

  await filter.fill("$.slideshow.slides[?@.items].title");
  await expect(ws.responseBody.getByText("1 match", { exact: true })).toBeVisible();

  await filter.fill("$.slideshow[");
  await expect(ws.responseBody.getByRole("alert")).toContainText("Not a valid JSONPath expression: at character");
  await filter.fill("slideshow.title");
  await expect(ws.responseBody.getByRole("alert")).toContainText("at character 1, an expression starts with $");
  await filter.fill("$.nothing");
  await expect(ws.responseBody.getByText("No matches")).toBeVisible();
  await expect(ws.responseBody.getByRole("alert")).toHaveCount(0);

  // Back to the text view, as it was.
  await bodyView(page).getByRole("radio", { name: "Pretty" }).check();
  await expect(ws.responseBody).toContainText('"author": "Yours Truly"');
  await expect(filter).toHaveCount(0);
});

test("the filter parses and queries in a worker, which stops with the view", async ({ page }) => {
  const workers = [];
  page.on("worker", (worker) => workers.push(worker));
  const ws = new Workspace(page);
  await ws.open();
  const items = Array.from({ length: 20000 }, (_, n) => ({ n, name: `item ${n}` }));
  // httpbin echoes the body twice (as text and as JSON): well over the 1 MB kept in wasm memory.
  await ws.request("POST", `${HTTPBIN}/anything`, { body: JSON.stringify(items) });
  await expect(ws.status).toHaveText(/^200 OK/);
  await bodyView(page).getByRole("radio", { name: "Filter" }).check();
  const filter = ws.responseBody.getByRole("textbox", { name: "JSON filter" });
  await filter.fill("$.json[?@.n >= 19997].name");
  await expect(ws.responseBody.getByText("3 matches")).toBeVisible();
  await expect(ws.responseBody).toContainText('"item 19999"');
  await filter.fill("$.json[*]");
  await expect(ws.responseBody.getByText("20000 matches; the first 1000 are shown")).toBeVisible();
  // The page's own thread never held the document: a worker did, and its
  // memory goes with it when the view does.
  expect(workers.map((w) => new URL(w.url()).pathname)).toEqual(["/api-client/filter-worker_loader.js"]);
  const closed = new Promise((resolve) => workers[0].on("close", resolve));
  await bodyView(page).getByRole("radio", { name: "Pretty" }).check();
  await closed;
});

test("the JSON tree opens nodes from the keyboard and draws long arrays a page at a time", async ({ page }) => {
  const chunks = watchChunks(page);
  const ws = new Workspace(page);
  await ws.open();
  const list = Array.from({ length: 250 }, (_, n) => `entry-${n}`);
  await ws.request("POST", `${HTTPBIN}/anything`, { body: JSON.stringify({ list }) });
  await expect(ws.status).toHaveText(/^200 OK/);
  await bodyView(page).getByRole("radio", { name: "Tree" }).check();
  const tree = ws.responseBody.getByRole("group", { name: "JSON tree" });
  await expect(tree).toBeVisible();
  expect(chunks).toContain("split_views");
  const json = tree.locator("summary").filter({ hasText: /^json: \{ 1 key \}$/ });
  await json.focus();
  await page.keyboard.press("Enter");
  const listNode = tree.locator("summary").filter({ hasText: /^list: \[ 250 items \]$/ });
  await listNode.focus();
  await page.keyboard.press("Enter");
  await expect(tree.getByText('"entry-99"')).toBeVisible();
  await expect(tree.getByText('"entry-100"')).toHaveCount(0);
  await tree.getByRole("button", { name: "Show more (100 of 150 left)" }).click();
  await expect(tree.getByText('"entry-199"')).toBeVisible();
  await tree.getByRole("button", { name: "Show more (50 of 50 left)" }).click();
  await expect(tree.getByText('"entry-249"')).toBeVisible();
  await expect(tree.getByRole("button", { name: /Show more/ })).toHaveCount(0);
  // Closing a node hides its children.
  await listNode.focus();
  await page.keyboard.press("Enter");
  await expect(tree.getByText('"entry-0"')).toBeHidden();
});

test("an HTML body is previewed in a sandboxed frame where its scripts do not run", async ({ page }) => {
  const dialogs = await watch(page);
  await page.addInitScript(() => {
    window.__messages = [];
    window.addEventListener("message", (e) => window.__messages.push(String(e.data)));
  });
  const chunks = watchChunks(page);
  const ws = new Workspace(page);
  await ws.open();
  const html =
    "<script>parent.postMessage('script', '*'); alert('script'); document.title = 'ran';</script>" +
    "<img src=x onerror=\"parent.postMessage('onerror', '*')\">" +
    "<svg onload=\"parent.postMessage('svg', '*')\"></svg>" +
    "<form action=\"javascript:parent.postMessage('form','*')\"><button>Go</button></form>" +
    "<h1>Preview heading</h1>";
  const encoded = Buffer.from(html).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  await ws.request("GET", `${HTTPBIN}/base64/${encoded}`);
  const views = bodyView(page);
  await expect(views.getByRole("radio", { name: "Source" })).toBeChecked();
  await views.getByRole("radio", { name: "Preview" }).check();
  const frame = ws.responseBody.locator("iframe[title='HTML preview']");
  await expect(frame).toHaveAttribute("sandbox", "");
  const inside = page.frameLocator("iframe[title='HTML preview']");
  await expect(inside.getByRole("heading", { name: "Preview heading" })).toBeVisible();
  await inside.getByRole("button", { name: "Go" }).click();
  expect(chunks).toContain("split_views");
  const seen = await page.evaluate(() => ({ marker: window.__xss ?? null, messages: window.__messages }));
  const executed = (seen.marker !== null ? 1 : 0) + dialogs.length + seen.messages.length;
  await report(`xss html-preview 4 ${executed}`);
  expect(seen.messages).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(seen.marker).toBeNull();
});

test("httpbin's HTML page is previewed", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.request("GET", `${HTTPBIN}/html`);
  await bodyView(page).getByRole("radio", { name: "Preview" }).check();
  const inside = page.frameLocator("iframe[title='HTML preview']");
  await expect(inside.getByRole("heading", { name: "Herman Melville - Moby-Dick" })).toBeVisible();
});

test("images are shown from the body's bytes, and their blob: URL is let go with the response", async ({ page }) => {
  const chunks = watchChunks(page);
  const ws = new Workspace(page);
  await ws.open();
  for (const [path, type] of [["png", "image/png"], ["jpeg", "image/jpeg"], ["svg", "image/svg+xml"]]) {
    await ws.request("GET", `${HTTPBIN}/image/${path}`);
    await expect(ws.status).toHaveText(/^200 OK/);
    await expect(bodyView(page).getByRole("radio", { name: type === "image/svg+xml" ? "Source" : "Details" })).toBeChecked();
    await bodyView(page).getByRole("radio", { name: "Preview" }).check();
    const img = ws.responseBody.getByRole("img", { name: new RegExp(`^Response body: ${type.replace("+", "\\+")}, `) });
    await expect(img).toHaveAttribute("src", /^blob:/);
    await expect.poll(() => img.evaluate((el) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  }
  expect(chunks).toContain("split_views");
  const src = await ws.responseBody.getByRole("img").getAttribute("src");
  const loads = (url) => page.evaluate((u) => new Promise((resolve) => {
    const probe = new Image();
    probe.onload = () => resolve(true);
    probe.onerror = () => resolve(false);
    probe.src = u;
  }), url);
  expect(await loads(src)).toBe(true);
  await ws.request("GET", `${HTTPBIN}/json`);
  await expect(ws.responseBody).toContainText("Sample Slide Show");
  expect(await loads(src)).toBe(false);
});

test("a PDF body is shown in a frame with a download link", async ({ page }) => {
  const pdf = [
    "%PDF-1.1",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
    "trailer << /Root 1 0 R >>",
    "%%EOF",
  ].join("\n");
  const url = `${HTTPBIN}/fixture/report.pdf`;
  await page.route(url, (route) => route.fulfill({
    status: 200,
    contentType: "application/pdf",
    headers: { "access-control-allow-origin": "*" },
    body: pdf,
  }));
  const ws = new Workspace(page);
  await ws.open();
  await ws.request("GET", url);
  await expect(ws.status).toHaveText(/^200 OK/);
  const views = bodyView(page);
  await expect(views.getByRole("radio", { name: "Details" })).toBeChecked();
  await views.getByRole("radio", { name: "Preview" }).check();
  await expect(ws.responseBody.locator("iframe[title='PDF preview']")).toHaveAttribute("src", /^blob:/);
  const link = ws.responseBody.getByRole("link", { name: "download the PDF" });
  await expect(link).toHaveAttribute("href", /^blob:/);
  await expect(link).toHaveAttribute("download", "response.pdf");
});

test("plain text offers no other views", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.request("GET", `${HTTPBIN}/robots.txt`);
  await expect(ws.responseBody).toContainText("Disallow");
  await expect(bodyView(page)).toHaveCount(0);
});
