// The service worker of a release build: the app opens with the network off, and a
// new release is taken up whole, on the next load, or not at all.
// scripts/sw.py writes sw.js from this file, putting in the list of the release's
// files (each with its digest) and a version derived from them all: any changed
// file makes a new sw.js, which the browser installs beside the one in charge.
// Only the app's own files and navigations under its scope are answered here;
// every other request (the user's API calls above all) goes to the network as if
// there were no worker.
const FILES = /* FILES */ [];
const VERSION = "/* VERSION */";

const SCOPE = self.registration.scope;
// Caches of this app at this scope; another app on the origin keeps its own.
const PREFIX = `api-client ${SCOPE} `;
const CACHE = PREFIX + VERSION;
const INDEX = new URL("index.html", SCOPE).href;
const OWN = new Set(FILES.map(([name]) => new URL(name, SCOPE).href));

// All or nothing: if one file cannot be fetched, or is not the one this release
// names (a deployment half done), the install fails, this worker is dropped and
// the one in charge keeps serving its release. The browser tries again on a
// later visit.
self.addEventListener("install", (event) => event.waitUntil(precache()));

async function precache() {
  const cache = await caches.open(CACHE);
  // "reload": straight from the server, never a copy the HTTP cache kept of an
  // older release under the same name (index.html has no hash in its name).
  const requests = FILES.map(
    ([name, integrity]) => new Request(new URL(name, SCOPE), { cache: "reload", integrity }),
  );
  try {
    await cache.addAll(requests);
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

// Runs once the pages of the older release are gone, or one of them asked for
// the update (below): only then may its files go.
self.addEventListener("activate", (event) => event.waitUntil(activate()));

async function activate() {
  const names = await caches.keys();
  const old = names.filter((name) => name.startsWith(PREFIX) && name !== CACHE);
  await Promise.all(old.map((name) => caches.delete(name)));
  // The first install also serves the page that registered it, so it works
  // offline without a reload.
  await self.clients.claim();
}

// Sent by the page's "Reload to update" button (scripts/sw/register.js).
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  if (request.mode === "navigate") {
    // Every address under the scope is a route of the app: the router reads it.
    if (request.url.startsWith(SCOPE)) event.respondWith(fromCache(INDEX, request));
  } else if (OWN.has(request.url) && request.cache !== "no-store") {
    // The user's own requests ask for no-store (src/browser/http.rs): even one
    // for a file of the app must show what the server says now.
    event.respondWith(fromCache(request.url, request));
  }
});

// The network only if the cache lost the file (storage cleared under us).
async function fromCache(key, request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(key)) ?? fetch(request);
}
