// Numbers: rounding, medians, percentiles, and the two summaries every figure uses.

export const round = (x, d = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile; null for no samples. */
export function pctl(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Latency samples (null = timed out, left out): { medianMs, worstMs }. */
export function latency(xs) {
  const ok = xs.filter((x) => x !== null);
  return ok.length ? { medianMs: round(median(ok)), worstMs: round(Math.max(...ok)) } : { medianMs: null, worstMs: null };
}

/** Per-load samples: { median, min, max }. */
export function spread(xs, d = 1) {
  const ok = xs.filter((x) => x !== null && x !== undefined);
  return ok.length ? { median: round(median(ok), d), min: round(Math.min(...ok), d), max: round(Math.max(...ok), d) } : { median: null, min: null, max: null };
}

/** a / b to 2 decimals, null when either is missing or b is 0 (a ratio to nothing says nothing). */
export const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b !== 0 ? round(a / b, 2) : null);

/** Progress and notes go to stderr; stdout is kept for the one JSON object. */
export const log = (...a) => console.error(...a);
