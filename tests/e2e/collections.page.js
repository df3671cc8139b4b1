// Helpers for the saved-collections specs: the storage key, the sidebar, and saving.
import { expect } from "@playwright/test";

export const KEY = "stringtools.api-client.library";
export const sidebar = (page) => page.getByRole("navigation", { name: "Collections" });

export async function saveRequest(page, name, collection) {
  await page.getByRole("button", { name: "Save request" }).click();
  const dialog = page.getByRole("dialog", { name: "Save request" });
  await dialog.getByRole("textbox", { name: "Request name" }).fill(name);
  await dialog.getByRole("combobox", { name: "Collection" }).fill(collection);
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

/** Values of every library backup key, in key order. */
export async function backups(page) {
  return page.evaluate((key) =>
    Object.keys(localStorage).filter((k) => k.startsWith(key + ".backup")).sort().map((k) => localStorage.getItem(k)), KEY);
}
