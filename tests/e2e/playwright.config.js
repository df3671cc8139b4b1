// Playwright drives Debian's chromium (no browser download) against the release
// build served by static-server.mjs, a local httpbin and the local companion, all
// started by scripts/test.sh.
import { defineConfig } from "@playwright/test";

for (const name of ["APP_URL", "HTTPBIN_URL", "COMPANION_URL", "COMPANION_TOKEN"]) {
  if (!process.env[name]) throw new Error(`${name} must be set: run the suite with scripts/test.sh`);
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
    // The release build registers a service worker once the app has started. Specs
    // that stub or block requests with page.route would not see the requests it
    // answers, and a worker left by one test must not serve the next: only
    // offline.spec.js lets it run (test.use there).
    serviceWorkers: "block",
  },
});
