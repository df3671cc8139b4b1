// In-page probe, installed with page.addInitScript before any page script runs. It
// measures inside the page (performance.now(), relative to the navigation start) so that
// Playwright round-trips never enter a figure. Everything lives on window.__bench.
// Elements are found by role and accessible name, as the UI contract defines them; the
// accessible-name computation here is the simple subset the app uses (aria-label,
// aria-labelledby, <label for>, wrapping <label>, text content).
(() => {
  if (window.__bench) return;
  const B = (window.__bench = { longtasks: [], memories: [], wasmExports: null, marks: {} });
  const config = window.__benchConfig || {};

  // ---- long tasks: buffered, so tasks before the observer was created count too
  try {
    B.longtaskObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ start: e.startTime, duration: e.duration });
    });
    B.longtaskObserver.observe({ type: "longtask", buffered: true });
  } catch (error) {
    B.longtaskError = String(error);
  }
  B.flushLongtasks = () => {
    if (B.longtaskObserver) {
      for (const e of B.longtaskObserver.takeRecords()) B.longtasks.push({ start: e.startTime, duration: e.duration });
    }
  };
  // the longest task overlapping [from, to]; null when there were none over 50 ms
  B.longestTask = (from, to) => {
    B.flushLongtasks();
    let longest = null;
    for (const t of B.longtasks) {
      if (t.start < to && t.start + t.duration > from && (!longest || t.duration > longest.duration)) longest = t;
    }
    return longest && { start: longest.start - from, duration: longest.duration };
  };

  // ---- wasm memory: Trunk passes the instance exports in "TrunkApplicationStarted";
  // as a fallback, any WebAssembly.Memory an instantiation exports is remembered.
  addEventListener("TrunkApplicationStarted", (e) => {
    B.wasmExports = e.detail && e.detail.wasm;
  });
  const remember = (result) => {
    try {
      const instance = result instanceof WebAssembly.Instance ? result : result && result.instance;
      for (const value of Object.values((instance && instance.exports) || {})) {
        if (value instanceof WebAssembly.Memory && !B.memories.includes(value)) B.memories.push(value);
      }
    } catch {}
    return result;
  };
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    if (typeof original === "function") {
      WebAssembly[name] = function (...args) {
        return original.apply(this, args).then(remember);
      };
    }
  }
  B.wasmMemory = () => {
    const fromTrunk = B.wasmExports && B.wasmExports.memory;
    if (fromTrunk instanceof WebAssembly.Memory) return { bytes: fromTrunk.buffer.byteLength, source: "TrunkApplicationStarted detail.wasm.memory" };
    if (B.memories.length) return { bytes: B.memories.reduce((s, m) => s + m.buffer.byteLength, 0), source: "WebAssembly.instantiate* exports" };
    return null;
  };

  // ---- role + accessible-name lookups
  const norm = (s) => (s || "").replace(/\s+/g, " ").trim().toLowerCase();
  const accName = (el) => {
    const labelledby = el.getAttribute("aria-labelledby");
    if (labelledby) {
      return labelledby.split(/\s+/).map((id) => document.getElementById(id)?.textContent || "").join(" ");
    }
    const label = el.getAttribute("aria-label");
    if (label) return label;
    if (el.labels && el.labels.length) return [...el.labels].map((l) => l.textContent).join(" ");
    if (el instanceof HTMLInputElement) return el.type === "submit" || el.type === "button" ? el.value : el.placeholder || el.title;
    return el.textContent;
  };
  B.named = (selector, name, root = document) => {
    const want = norm(name);
    for (const el of root.querySelectorAll(selector)) if (norm(accName(el)) === want) return el;
    return null;
  };
  const SELECTORS = {
    button: 'button, [role="button"], input[type="submit"], input[type="button"]',
    navigation: 'nav, [role="navigation"]',
    region: 'section[aria-label], section[aria-labelledby], [role="region"]',
    textbox: 'input:not([type]), input[type="text"], input[type="search"], textarea, [role="textbox"], [role="searchbox"]',
  };
  B.find = (role, name, root) => B.named(SELECTORS[role], name, root);
  B.enabled = (el) => !!el && !el.disabled && el.getAttribute("aria-disabled") !== "true";
  B.statuses = () => [...document.querySelectorAll('[role="status"], output')];
  B.links = (root) => (root ? root.querySelectorAll('a[href], [role="link"]').length : 0);

  // ---- load: when does "Send" become enabled (and, if asked, the "Collections" nav show a link)?
  const loadCheck = () => {
    const now = performance.now();
    if (B.marks.sendEnabled == null && B.enabled(B.find("button", "Send"))) B.marks.sendEnabled = now;
    if (config.collections && B.marks.collections == null && B.links(B.find("navigation", "Collections")) > 0) {
      B.marks.collections = now;
    }
    if (B.marks.sendEnabled != null && (!config.collections || B.marks.collections != null)) {
      B.loadObserver.disconnect();
    }
  };
  B.loadObserver = new MutationObserver(loadCheck);
  B.loadObserver.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  // resolves after the next frame has been produced (rAF, then a task after it)
  const afterNextFrame = (cb) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => cb(performance.now());
      channel.port2.postMessage(0);
    });

  // The first ~limit characters of text in `root`, outside headings, from rendered elements.
  const firstText = (root, limit = 256) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = "";
    for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("h1, h2, h3, h4, h5, h6, [role=heading]")) continue;
      const chunk = node.length > limit ? node.substringData(0, limit) : node.data;
      if (!chunk.trim()) continue;
      const rect = parent.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      text += chunk;
    }
    return text;
  };

  // ---- one exchange, measured in the page: click on "Send" → status shown → body usable.
  //   status shown: a role=status element whose text starts with a 3-digit code is in the
  //     DOM, and it is a new element (or, if the page reuses the element, Send was seen
  //     disabled and is enabled again). Time = the MutationObserver callback.
  //   body usable (when opts.body): the "Response body" region holds rendered text
  //     (non-zero box, outside headings) whose first characters match opts.body
  //     (default /\[\s*\{/: the first lines of an array of objects), and then one frame
  //     has been produced (rAF + a task). Time = that task.
  B.exchange = (send, opts = {}) =>
    new Promise((resolve) => {
      const bodyPattern = opts.body ? new RegExp(opts.body) : null;
      const old = new Set(B.statuses());
      const r = { statusAt: null, statusText: null, bodyDomAt: null, bodyAt: null, timedOut: false };
      let sawBusy = false;
      let finished = false;
      let bodyWaiting = false;
      const finish = (timedOut) => {
        if (finished) return;
        finished = true;
        observer.disconnect();
        clearTimeout(timer);
        r.timedOut = timedOut;
        r.end = performance.now() - t0;
        // long tasks are reported when they end: give the observer one more task
        setTimeout(() => {
          r.longest = B.longestTask(t0, t0 + r.end + 1);
          r.longtaskError = B.longtaskError || null;
          resolve(r);
        }, 50);
      };
      const check = () => {
        if (finished) return;
        const now = performance.now();
        if (!B.enabled(send) || B.find("button", "Cancel")) sawBusy = true;
        if (r.statusAt == null) {
          for (const s of B.statuses()) {
            const text = s.textContent.trim();
            if (!/^\d{3}\b/.test(text)) continue;
            if (!old.has(s) || (sawBusy && B.enabled(send))) {
              r.statusAt = now - t0;
              r.statusText = text.slice(0, 60);
              break;
            }
          }
        }
        if (r.statusAt != null && !bodyPattern) return finish(false);
        if (r.statusAt != null && !bodyWaiting) {
          const region = B.find("region", "Response body");
          if (region && bodyPattern.test(firstText(region))) {
            bodyWaiting = true;
            r.bodyDomAt = performance.now() - t0;
            afterNextFrame((t) => {
              r.bodyAt = t - t0;
              finish(false);
            });
          }
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      const timer = setTimeout(() => finish(true), opts.timeoutMs || 30_000);
      const t0 = performance.now();
      r.t0 = t0;
      send.click();
      check();
    });

  // ---- filtering a list: set the filter's value (one input event, as a paste does),
  // then time every mutation inside the list until it has been quiet for opts.quietMs.
  //   first: first mutation in the list; settled: the last one before the quiet period.
  B.filter = (input, listName, query, opts = {}) =>
    new Promise((resolve) => {
      const quietMs = opts.quietMs ?? 300;
      const list = () => B.find("navigation", listName);
      const before = B.links(list());
      const r = { before, after: null, first: null, settled: null, timedOut: false };
      let quiet = null;
      const done = (timedOut) => {
        observer.disconnect();
        clearTimeout(quiet);
        clearTimeout(limit);
        r.timedOut = timedOut;
        r.after = B.links(list());
        resolve(r);
      };
      const observer = new MutationObserver((records) => {
        const nav = list();
        const inside = !nav || records.some((m) => nav.contains(m.target) || [...m.removedNodes, ...m.addedNodes].some((n) => n === nav || n.contains?.(nav)));
        if (!inside) return;
        const now = performance.now() - t0;
        if (r.first == null) r.first = now;
        r.settled = now;
        clearTimeout(quiet);
        quiet = setTimeout(() => done(false), quietMs);
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      const limit = setTimeout(() => done(true), opts.timeoutMs ?? 5_000);
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), "value").set;
      const t0 = performance.now();
      setter.call(input, query);
      input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste", data: query }));
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
})();
