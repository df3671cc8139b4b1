// Collection variables: {{name}} in a saved request is filled in when it is sent,
// from the collection's variables; an undefined one gets a message saying where to define it.
import { test, expect } from "@playwright/test";
import { writeFile } from "node:fs/promises";
import { Workspace, HTTPBIN } from "./workspace.page.js";
import { sidebar, saveRequest } from "./collections.page.js";

test("a variable defined on the collection page fills in a saved request's URL and header", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill("{{base}}/headers");
  await ws.setHeader(0, "X-Token", "t-{{token}}");
  await saveRequest(page, "Templated", "Vars");
  await ws.send.click();
  await expect(ws.alert.filter({ hasText: "The variables {{base}}, {{token}} are not defined" })).toContainText("“Vars”");
  await expect(ws.url).toHaveValue("{{base}}/headers");

  await sidebar(page).getByRole("link", { name: "Vars", exact: true }).click();
  const form = page.getByRole("form", { name: "Variables" });
  await form.getByRole("button", { name: "Add variable" }).click();
  await form.getByRole("textbox", { name: "Variable name" }).last().fill("base");
  await form.getByRole("textbox", { name: "Variable value" }).last().fill(HTTPBIN);
  await form.getByRole("button", { name: "Add variable" }).click();
  await form.getByRole("textbox", { name: "Variable name" }).last().fill("token");
  await form.getByRole("textbox", { name: "Variable value" }).last().fill("s3cret");
  await form.getByRole("button", { name: "Save variables" }).click();
  await expect(page.getByText("Variables saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("form", { name: "Variables" }).getByRole("textbox", { name: "Variable value" }).first()).toHaveValue(HTTPBIN);
  await page.getByRole("link", { name: /Templated/ }).first().click();
  await ws.send.click();
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText('"X-Token": "t-s3cret"');
  // The draft keeps the references as typed.
  await expect(ws.url).toHaveValue("{{base}}/headers");
});

test("a variable name that cannot be referenced is refused with its reason", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/get`);
  await saveRequest(page, "Plain", "Strict");
  await sidebar(page).getByRole("link", { name: "Strict", exact: true }).click();
  const form = page.getByRole("form", { name: "Variables" });
  await form.getByRole("button", { name: "Add variable" }).click();
  await form.getByRole("textbox", { name: "Variable name" }).fill("{{x}}");
  await form.getByRole("button", { name: "Save variables" }).click();
  await expect(form.getByRole("alert")).toContainText("holds a brace");
});

test("an imported Postman collection's variables are used when its request is sent", async ({ page }, info) => {
  const collection = {
    info: { name: "Imported vars", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
    variable: [{ key: "baseUrl", value: HTTPBIN }, { key: "who", value: "ada" }],
    item: [{ name: "Echo", request: { method: "GET", url: "{{baseUrl}}/anything?user={{who}}" } }],
  };
  const file = info.outputPath("vars.postman_collection.json");
  await writeFile(file, JSON.stringify(collection));
  const ws = new Workspace(page);
  await ws.open();
  await page.getByLabel("Import collections").setInputFiles(file);
  await sidebar(page).getByRole("link", { name: /Echo/ }).click();
  await expect(ws.url).toHaveValue("{{baseUrl}}/anything?user={{who}}");
  await ws.send.click();
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText('"user": "ada"');
});
