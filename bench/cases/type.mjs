// Event-type checkbox (Agreements off, on, Visits off, on, …) → end of the next frame after
// React's commit. Event types do not change what the map draws, so no atlas:idle follows;
// `mapRedraws` counts the toggles after which one did (expected 0). Each toggle waits for the page
// to be at rest; `afterLoad` is one more toggle made as soon as the map is idle, while the full
// data and the panels that need it are still arriving: what a user who clicks at once waits.
import { timeToFrame, withPage } from '../lib/page.mjs';
import { latency, log } from '../lib/stats.mjs';

const PLAN = ['Agreements', 'Agreements', 'Visits', 'Visits'];

async function measure(page, reps, label = 'real') {
  const runs = [];
  for (let i = 0; i < reps; i++) {
    const box = page.getByRole('checkbox', { name: new RegExp(`^${PLAN[i % PLAN.length]} —`) });
    runs.push(await timeToFrame(page, () => box.click()));
  }
  const samples = runs.map((r) => r.ms);
  const out = {
    ...latency(samples),
    n: reps,
    timeouts: samples.filter((x) => x === null).length,
    commitMedianMs: latency(runs.map((r) => r.commitMs)).medianMs,
    mapRedraws: runs.filter((r) => r.redrew).length,
    samples,
  };
  log(`  ${label} event-type switch: median ${out.medianMs} ms, worst ${out.worstMs} ms (map redrew ${out.mapRedraws}/${reps})`);
  return out;
}

export default {
  name: 'type',
  about: 'event-type switch → next frame (the map does not redraw)',
  measure,
  run: (ctx) =>
    withPage(ctx.browser, ctx.sites.atlas.url(ctx.urlPath), async ({ page }) => {
      const box = page.getByRole('checkbox', { name: /^Forums —/ });
      const first = await timeToFrame(page, () => box.click(), { rest: false });
      await box.click(); // back to every type
      log(`  first event-type switch right after the first idle: ${first.ms} ms`);
      return { ...(await measure(page, ctx.reps)), afterLoadMs: first.ms };
    }),
};
