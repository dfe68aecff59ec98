// Shared by the `year` and `reform` cases: type a year into the timeline's "To" box and press
// Enter → next atlas:idle. "To" rather than "From": the end of the range sets the map's day
// (boundaries, districts) and which links have started, so every step redraws the map; moving
// "From" hardly changes this data (73 links from 1991, 72 from 2021), the map often did not
// redraw and there was no idle to time.
import { timeToIdle } from './page.mjs';
import { latency, log } from './stats.mjs';

export async function measureYears(page, reps, toYears, label) {
  const to = page.getByRole('spinbutton', { name: 'To', exact: true });
  const samples = [];
  for (let i = 0; i < reps; i++) {
    samples.push(
      await timeToIdle(page, 'keydown', async () => {
        await to.fill(String(toYears[i % toYears.length]));
        await to.press('Enter');
      }),
    );
  }
  const out = { ...latency(samples), n: reps, timeouts: samples.filter((x) => x === null).length, toYears, samples };
  log(`  ${label}: median ${out.medianMs} ms, worst ${out.worstMs} ms`);
  return out;
}
