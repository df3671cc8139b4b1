// Small helpers: statistics, time limits, number formatting.

export class StepTimeout extends Error {
  constructor(label, ms) {
    super(`${label}: no result within ${ms} ms`);
    this.name = "StepTimeout";
  }
}

// Rejects with StepTimeout when `promise` takes longer than `ms`.
export function withTimeout(promise, ms, label) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(label, ms)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
export const median = (values) => quantile(values, 0.5);

// 1234.5 → "1,235 ms"; small values keep a decimal
export function ms(value, digits) {
  if (value == null || !Number.isFinite(value)) return "n/a";
  const d = digits ?? (Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0);
  return `${value.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d })} ms`;
}

export function kB(bytes) {
  return `${(bytes / 1000).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} kB`;
}

export function MB(bytes) {
  if (bytes == null || !Number.isFinite(bytes)) return "n/a";
  return `${(bytes / 1e6).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

export const errorText = (error) => String(error?.message ?? error).split("\n")[0].slice(0, 140);
