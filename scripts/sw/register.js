// Registers the service worker (sw.js, from scripts/sw/worker.js) and offers a
// reload when a new release is ready. Release builds only: src/browser/offline.rs
// adds this script once the app has started, so none of it is on the first load.
// The page keeps the release it was loaded with until the user reloads: a new
// worker waits until asked to take over.
// The web app manifest is named here rather than in index.html: browsers read a
// manifest link added later as well, and the first load stays smaller.
const manifest = document.createElement("link");
manifest.rel = "manifest";
manifest.href = new URL("manifest.webmanifest", import.meta.url).href;
document.head.append(manifest);

const container = navigator.serviceWorker;
let registration = null;
// Whether a worker served this page already: its first one taking charge is no
// update to tell anyone about.
let controlled = Boolean(container?.controller);
let updating = false;

if (!container) {
  console.info("The API Client cannot work offline here: service workers are unavailable (they need https or localhost).");
} else {
  container.addEventListener("controllerchange", () => {
    if (updating) location.reload();
    // Another tab took the new release: this page is now served by its worker.
    else if (controlled) offer();
    controlled = true;
  });
  container.register(new URL("sw.js", import.meta.url), { updateViaCache: "none" }).then(watch, (error) => {
    console.warn("The API Client cannot work offline: its service worker was not registered.", error);
  });
}

function watch(found) {
  // A browser that blocks service workers (a test harness, a policy) may
  // resolve with nothing rather than refuse.
  if (!found) return;
  registration = found;
  offerIfWaiting();
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker?.addEventListener("statechange", () => worker.state === "installed" && offerIfWaiting());
  });
  // A release deployed while the page stays open is noticed when the user comes
  // back to it (the browser itself checks on every load).
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") registration.update().catch(() => {});
  });
}

function offerIfWaiting() {
  if (registration.waiting && container.controller) offer();
}

function offer() {
  if (document.getElementById("update-notice")) return;
  const region = document.createElement("section");
  region.id = "update-notice";
  region.className = "notice update-notice";
  region.setAttribute("aria-labelledby", "update-title");
  const text = document.createElement("p");
  const title = document.createElement("strong");
  title.id = "update-title";
  title.textContent = "Update available";
  text.append(title, " A new version of the API Client is ready. This page keeps the version it opened with until it reloads.");
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "Reload to update";
  button.addEventListener("click", update);
  region.append(text, button);
  const announcer = document.getElementById("announcer");
  if (announcer) {
    announcer.after(region);
    announcer.textContent = "A new version of the API Client is ready: reload to update.";
  } else {
    document.body.prepend(region);
  }
}

// The waiting worker takes charge, then the page reloads into its release.
function update() {
  const waiting = registration?.waiting;
  if (!waiting) return location.reload();
  updating = true;
  waiting.postMessage("skip-waiting");
}
