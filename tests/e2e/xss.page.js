// The XSS corpus and the watch that proves none of it ran: each payload would set
// window.__xss, open a dialog, or make an element or attribute that runs script.
// Under the page's Content-Security-Policy an injected handler is blocked but still
// reported, so "no violation" proves the text was never made markup at all.
import { expect } from "@playwright/test";
import { appendFile } from "node:fs/promises";

// Written for this suite: tags, handlers, URLs, SVG/MathML, broken markup, unicode tricks.
export const PAYLOADS = [
  "<script>window.__xss=1</script>",
  "<img src=x onerror=\"window.__xss=1\">",
  "<svg onload=\"window.__xss=1\"><circle r=\"1\"/></svg>",
  "\"><img src=x onerror=alert(1)>",
  "'><svg/onload=alert(1)>",
  "javascript:window.__xss=1",
  "<a href=\"javascript:window.__xss=1\">open me</a>",
  "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "</textarea><script>alert(1)</script>",
  "</title><script>alert(1)</script>",
  "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
  "<details open ontoggle=\"window.__xss=1\">",
  "<object data=\"javascript:window.__xss=1\"></object>",
  "<div style=\"background:url(javascript:alert(1))\">styled</div>",
  "\u202e<img src=x onerror=alert(1)>\u202c",
  "<scr\u200bipt>alert(1)</scr\u200bipt>",
  "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
  "{{constructor.constructor('window.__xss=1')()}}",
  "${alert(1)}<img src=x onerror=alert`1`>",
];

// `{{name}}` in a request is a variable reference, named as undefined before
// sending: the payloads a request can carry as they are leave that one out.
export const SENDABLE = PAYLOADS.filter((p) => !p.includes("{{"));

// The sendable payloads a header value can carry (Latin-1 only, no line breaks).
export const LATIN1_PAYLOADS = SENDABLE.filter((p) => [...p].every((c) => c.codePointAt(0) <= 0xff));

// The one script the app itself adds: the release build's service worker
// registration (src/browser/offline.rs), by URL from its own origin.
const OWN_SCRIPT = `${new URL(process.env.APP_URL).pathname}sw-register.js`;

const DANGEROUS = [
  `body script:not([type="module"][src="${OWN_SCRIPT}"])`, "iframe", "object", "embed", "img",
  "[onerror]", "[onload]", "[ontoggle]", "[onclick]", "[onmouseover]",
  "a[href^='javascript:' i]",
].join(", ");

/** Starts watching a page (before it loads): dialogs and CSP violations. */
export async function watch(page) {
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return dialogs;
}

/** Asserts nothing ran and no markup was made; records `tried` payloads for the summary. */
export async function expectNothingRan(page, dialogs, place, tried) {
  const seen = await page.evaluate((selector) => ({
    marker: window.__xss ?? null,
    violations: window.__violations ?? [],
    dangerous: [...document.querySelectorAll(selector)].map((el) => el.outerHTML.slice(0, 80)),
  }), DANGEROUS);
  const executed = (seen.marker !== null ? 1 : 0) + dialogs.length + seen.violations.length;
  await report(`xss ${place} ${tried} ${executed}`);
  expect(seen.marker, `${place}: a payload set the marker`).toBeNull();
  expect(dialogs, `${place}: a payload opened a dialog`).toEqual([]);
  expect(seen.violations, `${place}: something tried to run`).toEqual([]);
  expect(seen.dangerous, `${place}: a payload became markup`).toEqual([]);
}

/** Appends a line to the file scripts/test.sh sums into its summary (when it asks). */
export async function report(line) {
  if (process.env.E2E_REPORT) await appendFile(process.env.E2E_REPORT, `${line}\n`);
}
