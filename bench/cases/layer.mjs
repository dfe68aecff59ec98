// Legend layer switch (Flights off, on, Consular districts off, on, …) → next atlas:idle.
import { timeToIdle, withPage } from '../lib/page.mjs';
import { latency, log } from '../lib/stats.mjs';

const PLAN = ['Flights', 'Flights', 'Consular districts', 'Consular districts'];

async function measure(page, reps, label = 'real') {
  const byLayer = { flights: [], districts: [] };
  const samples = [];
  for (let i = 0; i < reps; i++) {
    const name = PLAN[i % PLAN.length];
    const ms = await timeToIdle(page, 'click', () => page.getByRole('switch', { name: new RegExp(`^${name}\\b`) }).click());
    samples.push(ms);
    byLayer[name === 'Flights' ? 'flights' : 'districts'].push(ms);
  }
  const out = {
    ...latency(samples),
    n: reps,
    timeouts: samples.filter((x) => x === null).length,
    byLayer: { flights: latency(byLayer.flights), districts: latency(byLayer.districts) },
    samples,
  };
  log(`  ${label} layer switch: median ${out.medianMs} ms, worst ${out.worstMs} ms`);
  return out;
}

export default {
  name: 'layer',
  about: 'legend layer switch → next map idle',
  measure,
  run: (ctx) => withPage(ctx.browser, ctx.sites.atlas.url(ctx.urlPath), ({ page }) => measure(page, ctx.reps)),
};
