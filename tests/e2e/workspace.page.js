// Page object for the request workspace: finds controls by role and accessible name only.
import { expect } from "@playwright/test";

export const HTTPBIN = process.env.HTTPBIN_URL;

export class Workspace {
  constructor(page) {
    this.page = page;
    this.method = page.getByRole("combobox", { name: "Method" });
    this.url = page.getByRole("textbox", { name: "URL" });
    this.send = page.getByRole("button", { name: "Send", exact: true });
    this.cancel = page.getByRole("button", { name: "Cancel" });
    this.body = page.getByRole("textbox", { name: "Request body" });
    this.timeout = page.getByRole("spinbutton", { name: "Timeout (seconds)" });
    this.status = page.getByRole("status");
    this.alert = page.getByRole("alert");
    this.responseHeaders = page.getByRole("table", { name: "Response headers" });
    this.responseBody = page.getByRole("region", { name: "Response body" });
    this.headerNames = page.getByRole("textbox", { name: "Header name" });
    this.headerValues = page.getByRole("textbox", { name: "Header value" });
    this.addHeader = page.getByRole("button", { name: "Add header" });
  }

  async open() {
    await this.page.goto("./");
    await expect(this.send).toBeEnabled();
    // The rest of the editor (and the keyboard shortcuts) come in a chunk fetched at start.
    await expect(this.addHeader).toBeVisible();
  }

  async request(method, url, { body, timeout } = {}) {
    await this.method.fill(method);
    await this.url.fill(url);
    if (body !== undefined) await this.body.fill(body);
    if (timeout !== undefined) await this.timeout.fill(String(timeout));
    await this.send.click();
  }

  async setHeader(index, name, value) {
    while ((await this.headerNames.count()) <= index) await this.addHeader.click();
    await this.headerNames.nth(index).fill(name);
    await this.headerValues.nth(index).fill(value);
  }

  async statusColor() {
    return this.status.evaluate((el) => getComputedStyle(el).color);
  }
}
