// Year change across the 2018 / 2022 boundary reforms: every step switches region outlines
// and the reform-era labels (by feature-state), so this is the heaviest year change.
import { withPage } from '../lib/page.mjs';
import { measureYears } from '../lib/years.mjs';

const TO_YEARS = [2010, 2026, 2000, 2018, 2005, 2022];

const measure = (page, reps, label = 'real') => measureYears(page, reps, TO_YEARS, `${label} year change across the reforms`);

export default {
  name: 'reform',
  about: 'year change across the 2018/2022 boundary reforms → next map idle',
  measure,
  run: (ctx) => withPage(ctx.browser, ctx.sites.atlas.url(ctx.urlPath), ({ page }) => measure(page, ctx.reps)),
};
