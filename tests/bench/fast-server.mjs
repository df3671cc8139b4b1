// The benchmark's target server: answers from memory, with CORS headers, so that server
// time does not drown what the benchmark measures in the browser. Every large body is
// generated once at start-up, before the server listens.
//   GET /ok            {"ok":true}, application/json
//   GET /json/1mb      pretty JSON (2-space indent, multi-line), an array of objects, ~1 MB
//   GET /json/10mb     the same, ~10 MB
//   GET /json/50mb     the same, ~50 MB
//   GET /json/10mb-min ~10 MB of minified JSON on a single line
//   GET /json/17mb-min ~17 MB of minified JSON (over the app's 16 MB format-on-arrival limit)
//   GET /json/17mb-broken  the same, cut short by its last byte (not valid JSON)
//   GET /json/2mb-broken   ~2 MB of pretty JSON cut short by its last byte
//   GET /bytes/2mb  2 MiB of bytes 0..255 repeated, with no Content-Type
//   GET /sizes         the exact byte size of each body above
//   OPTIONS *          204 with permissive CORS headers (preflights)
// Usage: node fast-server.mjs <port> [paths]   (prints "fast server on http://127.0.0.1:<port>"
// when ready; paths, comma-separated, picks the bodies to generate: the benchmark's by default)
import { createServer } from "node:http";

const port = Number(process.argv[2] ?? 0);
const MB = 1024 * 1024;

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS",
  "access-control-allow-headers": "*",
  "access-control-expose-headers": "*",
  "access-control-max-age": "600",
};

const WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"];

function record(i) {
  return {
    id: i,
    uuid: `${(i * 2654435761 >>> 0).toString(16).padStart(8, "0")}-4b1d-4c0f-9a7e-${String(i).padStart(12, "0")}`,
    name: `${WORDS[i % 10]} ${WORDS[(i * 7) % 10]} ${i}`,
    email: `user${i}@example.test`,
    active: i % 3 !== 0,
    score: Math.round(((i * 7919) % 10000) * 1.37) / 100,
    tags: [WORDS[i % 10], WORDS[(i + 3) % 10]],
    address: { street: `${i % 999} Main Street`, city: WORDS[(i * 3) % 10], zip: String(10000 + (i % 89999)) },
    created: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
  };
}

// An array of records whose JSON text is at least `bytes` long (pretty or minified).
function jsonBody(bytes, pretty) {
  const sample = pretty ? JSON.stringify(record(123456), null, 2).length + 4 : JSON.stringify(record(123456)).length + 1;
  const count = Math.ceil(bytes / sample);
  const items = Array.from({ length: count }, (_, i) => record(i));
  return Buffer.from(pretty ? JSON.stringify(items, null, 2) : JSON.stringify(items));
}

const started = performance.now();
const GENERATORS = {
  "/ok": () => Buffer.from('{"ok":true}'),
  "/json/1mb": () => jsonBody(1 * MB, true),
  "/json/10mb": () => jsonBody(10 * MB, true),
  "/json/50mb": () => jsonBody(50 * MB, true),
  "/json/10mb-min": () => jsonBody(10 * MB, false),
  "/json/17mb-min": () => jsonBody(17 * MB, false),
  "/json/17mb-broken": () => jsonBody(17 * MB, false).subarray(0, -1),
  "/json/2mb-broken": () => jsonBody(2 * MB, true).subarray(0, -1),
  "/bytes/2mb": () => Buffer.from(Array.from({ length: 2 * MB }, (_, i) => i % 256)),
};
// Bodies sent without a Content-Type (the rest are labelled application/json).
const UNLABELLED = new Set(["/bytes/2mb"]);
const BENCH_PATHS = ["/ok", "/json/1mb", "/json/10mb", "/json/50mb", "/json/10mb-min"];
const wanted = process.argv[3] ? process.argv[3].split(",") : BENCH_PATHS;
for (const path of wanted) {
  if (!GENERATORS[path]) throw new Error(`fast-server: no body ${path}; known: ${Object.keys(GENERATORS).join(", ")}`);
}
const bodies = new Map(wanted.map((path) => [path, GENERATORS[path]()]));
const sizes = Object.fromEntries([...bodies].map(([path, body]) => [path, body.length]));
bodies.set("/sizes", Buffer.from(JSON.stringify(sizes)));
const generatedMs = Math.round(performance.now() - started);

const server = createServer((req, res) => {
  if (req.method === "OPTIONS") {
    res.writeHead(204, CORS);
    return res.end();
  }
  const { pathname } = new URL(req.url, "http://localhost");
  const body = bodies.get(pathname);
  if (!body) {
    res.writeHead(404, { ...CORS, "content-type": "text/plain" });
    return res.end("not found");
  }
  res.writeHead(200, {
    ...CORS,
    ...(UNLABELLED.has(pathname) ? {} : { "content-type": "application/json" }),
    "content-length": body.length,
    "cache-control": "no-store",
  });
  res.end(req.method === "HEAD" ? undefined : body);
});
server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1", () => {
  console.log(`fast server on http://127.0.0.1:${server.address().port} (bodies generated in ${generatedMs} ms)`);
});
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => process.exit(0));
