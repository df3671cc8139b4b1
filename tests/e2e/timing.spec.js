// The timing picture: phases when the server allows the page to see them,
// otherwise a plain reason why only the total is known.
import { test, expect } from "@playwright/test";
import { Workspace, HTTPBIN } from "./workspace.page.js";

const ALLOWED = `${HTTPBIN}/response-headers?Timing-Allow-Origin=*`;

test.beforeEach(async ({ page }) => {
  await new Workspace(page).open();
});

function phases(page) {
  return page.getByRole("list", { name: "Timing phases" });
}

test("a server sending Timing-Allow-Origin gets every phase with its time", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", ALLOWED);
  await expect(ws.status).toContainText("200 OK");
  await expect(page.getByRole("figure", { name: "Timing" })).toBeVisible();
  const list = phases(page);
  for (const name of ["DNS", "Connect", "TLS", "Waiting", "Download"]) {
    await expect(list.getByRole("listitem").filter({ hasText: name })).toHaveCount(1);
  }
  await expect(list.getByRole("listitem").filter({ hasText: "Waiting" })).toContainText(/\d ms$/);
  await expect(list.getByRole("listitem").filter({ hasText: "Download" })).toContainText(/\d ms$/);
  // httpbin here speaks plain HTTP.
  await expect(list.getByRole("listitem").filter({ hasText: "TLS" })).toContainText("not used");
  await expect(page.getByText("Only the total time is known")).toHaveCount(0);
});

test("sending the same URL again shows the new request's phases", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", ALLOWED);
  await expect(phases(page)).toBeVisible();
  await page.getByRole("button", { name: "Clear response" }).click();
  await expect(phases(page)).toHaveCount(0);
  await ws.send.click();
  await expect(phases(page).getByRole("listitem").filter({ hasText: "Waiting" })).toContainText(/\d ms$/);
  await expect(page.getByText("Only the total time is known")).toHaveCount(0);
});

test("coming back from another page shows the same phases", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", ALLOWED);
  await expect(phases(page)).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Status codes" }).click();
  await expect(page.getByRole("heading", { name: "HTTP status codes" })).toBeVisible();
  await nav.getByRole("link", { name: "Requests" }).click();
  await expect(ws.status).toContainText("200 OK");
  await expect(phases(page).getByRole("listitem").filter({ hasText: "Waiting" })).toContainText(/\d ms$/);
  await expect(page.getByText("Only the total time is known")).toHaveCount(0);
});

test("a cross-origin server without Timing-Allow-Origin gets the reason", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", `${HTTPBIN}/get`);
  await expect(ws.status).toContainText("200 OK");
  await expect(page.getByText("Only the total time is known")).toContainText("Timing-Allow-Origin");
  await expect(phases(page)).toHaveCount(0);
  await expect(page.getByRole("figure", { name: "Timing" })).toHaveCount(0);
});

test("a failed request shows no timing", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.request("GET", ALLOWED);
  await expect(phases(page)).toBeVisible();
  await ws.request("GET", "http://127.0.0.1:1/");
  await expect(ws.alert).toContainText("server unreachable or blocked by CORS");
  await expect(phases(page)).toHaveCount(0);
  await expect(page.getByText("Only the total time is known")).toHaveCount(0);
});
