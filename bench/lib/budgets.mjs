// The goals in one place (issue #13 and the interaction budgets): the atlas/floor ratios of a run,
// and every budget checked as met / missed / not measured (when its cases did not run).
import { ratio } from './stats.mjs';

/** Atlas / floor for every figure both pages have; null where one side is missing (or the floor is 0). */
export function ratios(r) {
  const a = r.load;
  const f = r.floor;
  const lh = r.lighthouse;
  const repaint = f?.repaintMs?.medianMs;
  return {
    bytesGzip: ratio(a?.bytesGzip?.median, f?.bytesGzip?.median),
    firstIdle: ratio(a?.firstIdleMs?.median, f?.firstIdleMs?.median),
    longTasks: ratio(a?.longTaskMs?.median, f?.longTaskMs?.median),
    heap: ratio(a?.heapMB?.total?.median, f?.heapMB?.total?.median),
    // Frame budget: the heaviest year change and the playback frames, in bare repaints of the floor.
    reformMedianPerRepaint: ratio(r.reform?.medianMs, repaint),
    reformWorstPerRepaint: ratio(r.reform?.worstMs, repaint),
    playbackWorstPerRepaint: ratio(r.playback?.maxFrameMs, repaint),
    playbackFramesOver2xRepaint: r.playback?.samples && repaint ? r.playback.samples.filter((d) => d > 2 * repaint).length : null,
    lighthouse: {
      desktopPerformance: ratio(lh?.atlas?.desktop?.performance, lh?.floor?.desktop?.performance),
      desktopTbt: ratio(lh?.atlas?.desktop?.tbtMs, lh?.floor?.desktop?.tbtMs),
      mobilePerformance: ratio(lh?.atlas?.mobile?.performance, lh?.floor?.mobile?.performance),
      mobileTbt: ratio(lh?.atlas?.mobile?.tbtMs, lh?.floor?.mobile?.tbtMs),
    },
  };
}

const num = (x) => typeof x === 'number';
/** value ≤ limit, both numbers (else not measured). */
const atMost = (value, limit) => (num(value) && num(limit) ? value <= limit : null);

/**
 * Every budget: { budget, value, limit, status } with status 'met', 'missed' or 'not measured'.
 * "a ≤ k × floor" is checked on the two figures, not on the rounded ratio.
 */
export function budgets(r) {
  const a = r.load;
  const f = r.floor;
  const lh = r.lighthouse;
  const q = ratios(r);
  const rows = [];
  const add = (budget, value, limit, met) => rows.push({ budget, value: value ?? null, limit, status: met === null ? 'not measured' : met ? 'met' : 'missed' });
  const vsFloor = (budget, atlas, floor, k, unit = '') => add(budget, num(atlas) && num(floor) ? `${atlas}${unit} vs ${floor}${unit} (${ratio(atlas, floor) ?? '—'}×)` : null, `≤ ${k}× floor`, num(floor) ? atMost(atlas, k * floor) : null);

  const bytes = a?.bytesGzip?.median;
  add('bytes before the first idle (gzip, median load)', num(bytes) ? `${Math.round(bytes / 1000)} kB` : null, '≤ 650 kB', atMost(bytes, 650_000));
  vsFloor('first idle', a?.firstIdleMs?.median, f?.firstIdleMs?.median, 1.3, ' ms');
  vsFloor('long tasks during load (sum)', a?.longTaskMs?.median, f?.longTaskMs?.median, 1.5, ' ms');
  vsFloor('JS heap after GC (main + workers)', a?.heapMB?.total?.median, f?.heapMB?.total?.median, 1.5, ' MB');
  const lhA = lh?.atlas;
  const lhF = lh?.floor;
  add('Lighthouse desktop performance', num(lhA?.desktop?.performance) && num(lhF?.desktop?.performance) ? `${lhA.desktop.performance} vs ${lhF.desktop.performance}` : null, '≥ floor', num(lhA?.desktop?.performance) && num(lhF?.desktop?.performance) ? lhA.desktop.performance >= lhF.desktop.performance : null);
  vsFloor('Lighthouse desktop TBT', lhA?.desktop?.tbtMs, lhF?.desktop?.tbtMs, 1.5, ' ms');
  vsFloor('Lighthouse mobile TBT', lhA?.mobile?.tbtMs, lhF?.mobile?.tbtMs, 2, ' ms');
  for (const [k, label] of [['accessibility', 'accessibility'], ['bestPractices', 'best practices'], ['seo', 'SEO']]) {
    const v = [lhA?.desktop?.[k], lhA?.mobile?.[k]];
    add(`Lighthouse ${label} (desktop, mobile)`, v.every(num) ? v.join(', ') : null, '= 100', v.every(num) ? v.every((x) => x === 100) : null);
  }
  const cls = [lhA?.desktop?.cls, lhA?.mobile?.cls];
  add('CLS (Lighthouse desktop, mobile)', cls.every(num) ? cls.join(', ') : null, '= 0', cls.every(num) ? cls.every((x) => x === 0) : null);
  add('year change across the reforms, worst', r.reform?.worstMs, '≤ 100 ms', atMost(r.reform?.worstMs, 100));
  const repaint = f?.repaintMs?.medianMs;
  add('playback frames over 2× the bare repaint', num(q.playbackFramesOver2xRepaint) ? `${q.playbackFramesOver2xRepaint} of ${r.playback.frames} (bare repaint ${repaint} ms, worst frame ${r.playback.maxFrameMs} ms)` : null, '0', num(q.playbackFramesOver2xRepaint) ? q.playbackFramesOver2xRepaint === 0 : null);
  for (const [key, label] of [['layer', 'layer switch'], ['year', 'year change within an epoch'], ['type', 'event-type switch']]) {
    const x = r[key];
    add(`${label}, median / worst`, x ? `${x.medianMs} / ${x.worstMs} ms` : null, '< 30 / < 100 ms', x && num(x.medianMs) ? x.medianMs < 30 && x.worstMs < 100 && x.timeouts === 0 : null);
  }
  return rows;
}

export function printBudgets(rows, log) {
  const w = Math.max(...rows.map((r) => r.budget.length));
  log('\nbudgets:');
  for (const r of rows) log(`  ${r.status === 'met' ? '✓ met   ' : r.status === 'missed' ? '✗ MISSED' : '- n/a   '}  ${r.budget.padEnd(w)}  ${String(r.value ?? '—')}  (${r.limit})`);
  const n = (s) => rows.filter((r) => r.status === s).length;
  log(`  ${n('met')} met, ${n('missed')} missed, ${n('not measured')} not measured`);
}
