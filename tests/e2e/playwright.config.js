// Playwright drives Debian's chromium (no browser download) against the release
// build served by static-server.mjs and a local httpbin, both started by scripts/test.sh.
import { defineConfig } from "@playwright/test";

if (!process.env.APP_URL || !process.env.HTTPBIN_URL) {
  throw new Error("APP_URL and HTTPBIN_URL must be set: run the suite with scripts/test.sh");
}

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.js",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "../../target/test-logs/e2e.json" }]],
  use: {
    baseURL: process.env.APP_URL,
    browserName: "chromium",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    },
    trace: "retain-on-failure",
  },
});
