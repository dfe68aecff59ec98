// Year change within one boundary epoch (after the 2022 reform): links start and Guangdong's
// consular district changes (2026), but no region outline does. The common case of moving
// within recent years.
import { withPage } from '../lib/page.mjs';
import { measureYears } from '../lib/years.mjs';

const TO_YEARS = [2023, 2026, 2024, 2025];

const measure = (page, reps, label = 'real') => measureYears(page, reps, TO_YEARS, `${label} year change within an epoch`);

export default {
  name: 'year',
  about: 'year change within one boundary epoch → next map idle',
  measure,
  run: (ctx) => withPage(ctx.browser, ctx.sites.atlas.url(ctx.urlPath), ({ page }) => measure(page, ctx.reps)),
};
