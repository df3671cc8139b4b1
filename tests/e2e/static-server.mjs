// A plain static file server, like GitHub Pages: serves dist/ under the base path it is given,
// answers unknown paths with 404.html (our copy of index.html). No SPA rewrite rules,
// so it proves the release build works on a static host, deep links included.
// Usage: node static-server.mjs <dist-dir> <port> <base-path>   (e.g. /api-client/; port 0: any free one)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const [dist, port] = [process.argv[2], Number(process.argv[3] ?? 8080)];
const PREFIX = process.argv[4];
if (!PREFIX?.startsWith("/") || !PREFIX.endsWith("/")) {
  throw new Error("usage: node static-server.mjs <dist-dir> <port> <base-path>, the base path between slashes");
}
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
};

async function fileFor(pathname) {
  if (!pathname.startsWith(PREFIX)) return null;
  let rel = normalize(decodeURIComponent(pathname.slice(PREFIX.length)));
  if (rel.startsWith("..")) return null;
  let path = join(dist, rel);
  try {
    const info = await stat(path);
    if (info.isDirectory()) path = join(path, "index.html");
    await stat(path);
    return path;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const { pathname } = new URL(req.url, "http://localhost");
  const found = await fileFor(pathname);
  const path = found ?? join(dist, "404.html");
  const body = await readFile(path);
  res.writeHead(found ? 200 : 404, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
  res.end(body);
}).listen(port, "127.0.0.1", function () {
  // Port 0 picks a free one: the line says which (offline.spec.js reads it).
  console.log(`static server on http://127.0.0.1:${this.address().port}${PREFIX}`);
});
