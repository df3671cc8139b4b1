// Figure 7: the local companion under load. 1,000 requests to httpbin's GET /get
// through the companion (POST /send, as the app sends them), each next to the same
// request sent directly, alternating; then the companion's resident memory.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { quantile, median, ms, MB } from "./util.mjs";

const ORIGIN = "http://127.0.0.1:8080";
const TOKEN = "bench-token-0123456789abcdef0123456789abcdef";

// Starts the companion binary on a free port and waits for its address line.
function startCompanion(binary) {
  const child = spawn(binary, ["--port", "0", "--origin", ORIGIN], {
    env: { ...process.env, API_CLIENT_COMPANION_TOKEN: TOKEN },
    stdio: ["ignore", "pipe", "ignore"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error("the companion printed no address in 30 s")), 30_000);
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`the companion exited (${code})`)));
    child.stdout.on("data", (data) => {
      out += data;
      const found = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (found) {
        clearTimeout(timer);
        resolve({ child, url: found[1] });
      }
    });
  });
}

function rssBytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1]);
  return kb * 1024;
}

async function timed(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function waitFor(url, seconds = 20) {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing answered at ${url}`);
}

export async function companionLoad({ binary, httpbinUrl, requests = 1000, warmup = 20 }) {
  if (!binary || !httpbinUrl) throw new Error("BENCH_COMPANION and BENCH_HTTPBIN_URL must be set: run scripts/bench.sh");
  await waitFor(`${httpbinUrl}/get`);
  const { child, url } = await startCompanion(binary);
  try {
    const target = `${httpbinUrl}/get`;
    const direct = async () => {
      const response = await fetch(target, { headers: { origin: ORIGIN } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`httpbin answered ${response.status}`);
    };
    const body = JSON.stringify({ method: "GET", url: target, headers: [], follow_redirects: true });
    const through = async () => {
      const response = await fetch(`${url}/send`, {
        method: "POST",
        headers: { origin: ORIGIN, authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
        body,
      });
      const sent = await response.json();
      if (!response.ok || sent.status !== 200) throw new Error(`the companion answered ${response.status}: ${JSON.stringify(sent).slice(0, 200)}`);
    };
    for (let i = 0; i < warmup; i++) {
      await direct();
      await through();
    }
    const rssBefore = rssBytes(child.pid);
    const times = { direct: [], through: [] };
    for (let i = 0; i < requests; i++) {
      times.direct.push(await timed(direct));
      times.through.push(await timed(through));
    }
    const rssAfter = rssBytes(child.pid);
    const added = median(times.through) - median(times.direct);
    const row = (figure, measured, baseline = "", extra = {}) => ({ n: "", figure, measured, baseline, goal: "", result: "info", ...extra });
    return [
      row(`Companion: ${requests} requests to httpbin GET /get, median`, ms(median(times.through), 2), `direct ${ms(median(times.direct), 2)}`, {
        n: "7",
      }),
      row("  p95", ms(quantile(times.through, 0.95), 2), `direct ${ms(quantile(times.direct, 0.95), 2)}`),
      row("  added per request (median through − median direct)", ms(added, 2)),
      row("  companion resident memory after the run", MB(rssAfter), `after warm-up ${MB(rssBefore)}`),
    ];
  } finally {
    child.kill();
  }
}
