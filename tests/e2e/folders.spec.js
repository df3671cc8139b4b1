// Folders inside collections: nested folders, saving straight into one, and renaming requests.
import { test, expect } from "@playwright/test";
import { Workspace, HTTPBIN } from "./workspace.page.js";
import { sidebar, saveRequest } from "./collections.page.js";

test("a request is saved straight into a nested folder, and renamed on the collection page", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/get`);
  await saveRequest(page, "Top", "Shelf");
  await sidebar(page).getByRole("link", { name: "Shelf", exact: true }).click();
  await page.getByRole("textbox", { name: "New folder name" }).fill("Admin");
  await page.getByRole("button", { name: "Create folder", exact: true }).click();
  await page.getByRole("textbox", { name: "New subfolder in Admin" }).fill("Users");
  await page.getByRole("button", { name: "Add subfolder to Admin" }).click();
  await expect(page.getByRole("textbox", { name: "Folder name Users" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Requests" }).click();
  await ws.url.fill(`${HTTPBIN}/anything/users`);
  await page.getByRole("button", { name: "Save request" }).click();
  const dialog = page.getByRole("dialog", { name: "Save request" });
  await dialog.getByRole("checkbox", { name: "Save as a new request" }).check();
  await dialog.getByRole("textbox", { name: "Request name" }).fill("List users");
  await dialog.getByRole("combobox", { name: "Folder" }).selectOption({ label: "Admin › Users" });
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(sidebar(page).getByRole("link", { name: /Admin › Users › List users/ })).toBeVisible();

  await page.reload();
  await expect(sidebar(page).getByRole("link", { name: /Admin › Users › List users/ })).toBeVisible();
  await sidebar(page).getByRole("link", { name: "Shelf", exact: true }).click();
  await page.getByRole("textbox", { name: "Name of request Top" }).fill("Front page");
  await page.getByRole("button", { name: "Rename request Top" }).click();
  await expect(sidebar(page).getByRole("link", { name: /Front page/ })).toBeVisible();
  await page.reload();
  await expect(sidebar(page).getByRole("link", { name: /Front page/ })).toBeVisible();
  await expect(sidebar(page).getByRole("link", { name: /Top/ })).toHaveCount(0);
});
