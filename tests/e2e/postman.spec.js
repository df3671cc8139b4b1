// Postman form-data bodies: imported as multipart parts (a file part waits for its
// file to be picked), sent as a real form, and still a form after an edit.
import { test, expect } from "@playwright/test";
import { writeFile } from "node:fs/promises";
import { Workspace, HTTPBIN } from "./workspace.page.js";
import { sidebar } from "./collections.page.js";

test("an imported form-data body reaches the server as form fields, also after an edit", async ({ page }, info) => {
  const collection = {
    info: { name: "Forms", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
    item: [{
      name: "Upload",
      request: {
        method: "POST",
        url: `${HTTPBIN}/anything`,
        body: { mode: "formdata", formdata: [
          { key: "title", value: "Cover", type: "text" },
          { key: "note", value: "two words", type: "text" },
          { key: "scan", src: "/tmp/scan.png", type: "file" },
        ] },
      },
    }],
  };
  const file = info.outputPath("forms.postman_collection.json");
  await writeFile(file, JSON.stringify(collection));
  const ws = new Workspace(page);
  await ws.open();
  await page.getByLabel("Import collections").setInputFiles(file);
  await expect(page.getByText("Imported the Postman collection “Forms”")).toContainText("pick the file again (files are not kept in collections)");
  await sidebar(page).getByRole("link", { name: /Upload/ }).click();
  await expect(page.getByRole("combobox", { name: "Body type" })).toHaveValue("Multipart form");
  await expect(page.getByText("No file chosen yet.")).toBeVisible();
  await ws.send.click();
  await expect(ws.alert.first()).toContainText("scan");

  await page.getByLabel("Part file").setInputFiles({ name: "scan.png", mimeType: "image/png", buffer: Buffer.from("PNG?") });
  await ws.send.click();
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText('"title": "Cover"');
  await expect(ws.responseBody).toContainText('"note": "two words"');
  await expect(ws.responseBody).toContainText('"scan"');

  await page.getByRole("textbox", { name: "Part value" }).first().fill("Back cover");
  await ws.send.click();
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText('"title": "Back cover"');
});
