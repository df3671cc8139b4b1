// Environments: named sets of variables, one active at a time, chosen in the
// request line; their values override a collection's. Secret values are masked
// and stay out of exports unless asked for.
import { test, expect } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { Workspace, HTTPBIN } from "./workspace.page.js";
import { sidebar, saveRequest } from "./collections.page.js";

async function createEnvironment(page, name, variables) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Environments" }).click();
  await page.getByRole("textbox", { name: "New environment name" }).fill(name);
  await page.getByRole("button", { name: "Create environment" }).click();
  const form = page.getByRole("form", { name: `Variables of ${name}` });
  for (const [key, value, secret] of variables) {
    await form.getByRole("button", { name: "Add variable" }).click();
    await form.getByRole("textbox", { name: "Variable name" }).last().fill(key);
    await form.getByLabel("Variable value").last().fill(value);
    if (secret) await form.getByRole("checkbox", { name: "Secret" }).last().check();
  }
  await form.getByRole("button", { name: "Save variables" }).click();
  await expect(page.getByText("Variables saved.")).toBeVisible();
}

async function toWorkspace(page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Requests" }).click();
}

test("the active environment fills in the request; without one the variable is named before sending", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await createEnvironment(page, "local", [["base", HTTPBIN], ["who", "ada"]]);
  await createEnvironment(page, "broken", [["base", "http://127.0.0.1:9"]]);
  await toWorkspace(page);

  const picker = page.getByRole("combobox", { name: "Environment" });
  await picker.selectOption({ label: "local" });
  await ws.url.fill("{{base}}/anything");
  await page.getByRole("button", { name: "Add parameter" }).click();
  await page.getByRole("textbox", { name: "Parameter name" }).last().fill("user");
  await page.getByRole("textbox", { name: "Parameter value" }).last().fill("{{who}}");
  await ws.send.click();
  await expect(ws.status).toHaveText(/^200 OK/);
  await expect(ws.responseBody).toContainText('"user": "ada"');
  await expect(ws.url).toHaveValue("{{base}}/anything?user={{who}}");

  await picker.selectOption({ label: "No environment" });
  await ws.send.click();
  await expect(ws.alert.filter({ hasText: "{{base}}" })).toContainText("not defined");

  // The choice is kept with the library.
  await picker.selectOption({ label: "local" });
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Environment" })).toHaveValue(/.+/);
  await expect(page.getByRole("combobox", { name: "Environment" }).locator("option:checked")).toHaveText("local");
});

test("an environment's value overrides the collection's variable of the same name", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await ws.url.fill(`${HTTPBIN}/headers`);
  await ws.setHeader(0, "X-Token", "{{token}}");
  await saveRequest(page, "Who", "Scoped");
  await sidebar(page).getByRole("link", { name: "Scoped", exact: true }).click();
  const form = page.getByRole("form", { name: "Variables" });
  await form.getByRole("button", { name: "Add variable" }).click();
  await form.getByRole("textbox", { name: "Variable name" }).last().fill("token");
  await form.getByLabel("Variable value").last().fill("from-collection");
  await form.getByRole("button", { name: "Save variables" }).click();
  await expect(page.getByText("Variables saved.")).toBeVisible();

  await page.getByRole("link", { name: /Who/ }).first().click();
  await ws.send.click();
  await expect(ws.responseBody).toContainText('"X-Token": "from-collection"');

  await createEnvironment(page, "override", [["token", "from-environment"]]);
  await page.getByRole("button", { name: "Use this environment" }).click();
  await expect(page.getByText("(active)")).toBeVisible();
  await sidebar(page).getByRole("link", { name: /Who/ }).first().click();
  await ws.send.click();
  await expect(ws.responseBody).toContainText('"X-Token": "from-environment"');
});

test("a secret value is masked and left out of a backup unless included", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await createEnvironment(page, "prod", [["key", "s3cret-value", true], ["region", "eu"]]);
  const form = page.getByRole("form", { name: "Variables of prod" });
  await expect(form.getByLabel("Variable value").first()).toHaveAttribute("type", "password");
  await expect(form.getByLabel("Variable value").last()).toHaveAttribute("type", "text");

  const exportBackup = async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      sidebar(page).getByRole("button", { name: "Export backup" }).click(),
    ]);
    return JSON.parse(await readFile(await download.path(), "utf8"));
  };
  const without = await exportBackup();
  expect(without.library.environments[0].variables).toEqual([
    { key: "key", value: "", secret: true },
    { key: "region", value: "eu" },
  ]);
  await sidebar(page).getByRole("checkbox", { name: "Include secret values" }).check();
  const withSecrets = await exportBackup();
  expect(withSecrets.library.environments[0].variables[0].value).toBe("s3cret-value");
});

test("variables that would grow a request past the cap are refused with the variable named", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  const doubling = [];
  for (let i = 0; i < 4; i += 1) doubling.push([`v${i}`, `{{v${i + 1}}}`.repeat(40)]);
  doubling.push(["v4", "x".repeat(1000)]);
  await createEnvironment(page, "huge", doubling);
  await page.getByRole("button", { name: "Use this environment" }).click();
  await toWorkspace(page);
  await ws.method.fill("POST");
  await ws.url.fill(`${HTTPBIN}/post`);
  await ws.body.fill("{{v0}}");
  await ws.send.click();
  await expect(ws.alert.first()).toContainText("{{v0}}");
  await expect(ws.alert.first()).toContainText("1 MiB");
});

test("an environment can be renamed and deleted, with undo", async ({ page }) => {
  const ws = new Workspace(page);
  await ws.open();
  await createEnvironment(page, "temp", [["a", "1"]]);
  const section = page.getByRole("region", { name: "Environment temp" });
  await section.getByRole("textbox", { name: "Environment name" }).fill("staging");
  await section.getByRole("button", { name: "Rename environment" }).click();
  const renamed = page.getByRole("region", { name: "Environment staging" });
  await expect(renamed).toBeVisible();
  await renamed.getByRole("button", { name: "Delete environment" }).click();
  await expect(page.getByText("No environments yet.")).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("region", { name: "Environment staging" })).toBeVisible();
});
