// --compare FILE: every numeric figure of this run against a saved run (bench/baseline.json),
// with the change and a flag on each figure that got worse by more than 10 %.

/** Not figures: per-sample / per-load / per-file detail, settings and bookkeeping. */
const SKIP = new Set(['meta', 'compare', 'budgets', 'runs', 'files', 'samples', 'records', 'dataBytes', 'mapSize', 'toYears', 'n', 'factor', 'speed', 'fromYear', 'toYear', 'nominalMs', 'headerLinks']);
/** Figures where more is better (scores, frames drawn, atlas/floor ratios of scores); the rest are costs. */
const HIGHER_IS_BETTER = /(performance|accessibility|bestPractices|seo|Performance)$|(^|\.)frames$/;
export const WORSE_PCT = 10;

/** Numeric leaves as dotted paths. */
function flatten(obj, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(obj ?? {})) {
    if (SKIP.has(k)) continue;
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'number') out[key] = v;
    else if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, key, out);
  }
  return out;
}

/** { key: { baseline, current, delta, deltaPct, worse } } for every figure of either run. */
export function compare(baseline, current) {
  const a = flatten(baseline);
  const b = flatten(current);
  const rows = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
    const base = a[key] ?? null;
    const cur = b[key] ?? null;
    const delta = base !== null && cur !== null ? Math.round((cur - base) * 100) / 100 : null;
    const deltaPct = delta !== null && base ? Math.round((delta / Math.abs(base)) * 1000) / 10 : null;
    const worse = deltaPct !== null && (HIGHER_IS_BETTER.test(key) ? -deltaPct : deltaPct) > WORSE_PCT;
    rows[key] = { baseline: base, current: cur, delta, deltaPct, worse };
  }
  return rows;
}

export function printCompare(rows, log) {
  const keys = Object.keys(rows);
  const w = Math.max(6, ...keys.map((k) => k.length));
  const fmt = (x) => (x === null ? '—' : String(x));
  const signed = (x, unit = '') => (x === null ? '—' : `${x > 0 ? '+' : ''}${x}${unit}`);
  log(`\n${'figure'.padEnd(w)}  ${'baseline'.padStart(10)}  ${'current'.padStart(10)}  ${'delta'.padStart(10)}  ${'delta %'.padStart(8)}`);
  for (const k of keys) {
    const r = rows[k];
    log(`${k.padEnd(w)}  ${fmt(r.baseline).padStart(10)}  ${fmt(r.current).padStart(10)}  ${signed(r.delta).padStart(10)}  ${signed(r.deltaPct, '%').padStart(8)}${r.worse ? `  WORSE by > ${WORSE_PCT} %` : ''}`);
  }
  const worse = keys.filter((k) => rows[k].worse);
  log(`${worse.length} figure(s) worse by more than ${WORSE_PCT} %${worse.length ? `: ${worse.join(', ')}` : ''}`);
}
