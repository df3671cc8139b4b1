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
  //     (e.g. /\[[\s\d]*\{/: the first lines of an array of objects), and then one frame
  //     has been produced (rAF + a task). Time = that task.
  //   gated: instead of the body, the region offers buttons named "Show …" (the app asks
  //     before rendering a large body) and nothing changed for opts.gateQuietMs: the
  //     measurement ends there with r.gated = their names, r.gatedAt = the last change.
  // B.reveal(button, opts) measures the same way from a click on such a button (no status).
  const GATE = /^show\b/i;
  const measure = (trigger, opts) =>
    new Promise((resolve) => {
      const bodyPattern = opts.body ? new RegExp(opts.body) : null;
      const old = new Set(B.statuses());
      const r = { statusAt: null, statusText: null, bodyDomAt: null, bodyAt: null, gated: null, gatedAt: null, timedOut: false };
      let sawBusy = false;
      let finished = false;
      let bodyWaiting = false;
      let gateTimer = null;
      const finish = (timedOut) => {
        if (finished) return;
        finished = true;
        observer.disconnect();
        clearTimeout(timer);
        clearTimeout(gateTimer);
        r.timedOut = timedOut;
        r.end = performance.now() - t0;
        // long tasks are reported when they end: give the observer one more task
        setTimeout(() => {
          r.longest = B.longestTask(t0, t0 + r.end + 1);
          r.longtaskError = B.longtaskError || null;
          resolve(r);
        }, 50);
      };
      const gateButtons = (region) =>
        [...region.querySelectorAll(SELECTORS.button)].map((b) => accName(b).trim()).filter((name) => GATE.test(name));
      const check = () => {
        if (finished) return;
        const now = performance.now();
        if (opts.status) {
          if (!B.enabled(trigger) || B.find("button", "Cancel")) sawBusy = true;
          if (r.statusAt == null) {
            for (const s of B.statuses()) {
              const text = s.textContent.trim();
              if (!/^\d{3}\b/.test(text)) continue;
              if (!old.has(s) || (sawBusy && B.enabled(trigger))) {
                r.statusAt = now - t0;
                r.statusText = text.slice(0, 60);
                break;
              }
            }
          }
          if (r.statusAt == null) return;
        }
        if (!bodyPattern) return finish(false);
        if (bodyWaiting) return;
        const region = B.find("region", "Response body");
        if (!region) return;
        if (bodyPattern.test(firstText(region))) {
          bodyWaiting = true;
          clearTimeout(gateTimer);
          r.bodyDomAt = performance.now() - t0;
          afterNextFrame((t) => {
            r.bodyAt = t - t0;
            finish(false);
          });
        } else if (opts.gateQuietMs && gateButtons(region).length) {
          clearTimeout(gateTimer);
          const at = now - t0;
          gateTimer = setTimeout(() => {
            const current = B.find("region", "Response body");
            if (bodyWaiting || !current) return;
            r.gated = gateButtons(current);
            r.gatedAt = at;
            if (r.gated.length) finish(false);
          }, opts.gateQuietMs);
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      const timer = setTimeout(() => finish(true), opts.timeoutMs || 30_000);
      const t0 = performance.now();
      r.t0 = t0;
      trigger.click();
      check();
    });
  B.exchange = (send, opts = {}) => measure(send, { ...opts, status: true });
  B.reveal = (button, opts = {}) => measure(button, { ...opts, status: false, gateQuietMs: 0 });
  // the region's "Show …" button with this name (or the first one)
  B.gateButton = (name) => {
    const region = B.find("region", "Response body");
    if (!region) return null;
    const buttons = [...region.querySelectorAll(SELECTORS.button)].filter((b) => GATE.test(accName(b).trim()));
    return buttons.find((b) => norm(accName(b)) === norm(name)) || buttons[0] || null;
  };

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
