// Routes work when typed into a fresh tab, on a plain static host (404.html fallback).
import { test, expect } from "@playwright/test";

test("the main navigation links the workspace and the status codes", async ({ page }) => {
  await page.goto("./");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Requests" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Status codes" })).toBeVisible();
});

test("an unknown deep link boots the app and says the page is not found", async ({ page }) => {
  await page.goto("./no/such/page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the request workspace" }).click();
  await expect(page.getByRole("button", { name: "Send", exact: true })).toBeEnabled();
});
