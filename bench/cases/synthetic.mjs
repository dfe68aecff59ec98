// The atlas on a 20× copy of the data (bench/lib/syntheticData.mjs: 1460 links, 2460 events,
// 1000 places), written to a temp dir at bench time and deleted: one load, then the layer, year,
// reform and event-type interactions as on the real data. Fails unless the app accepts the data
// (no data-error notice) and its header shows 15–25× the real data's link count.
import { headerCounts } from '../../test/browser/helpers.mjs';
import { withPage } from '../lib/page.mjs';
import { serve } from '../lib/sites.mjs';
import { log, ratio } from '../lib/stats.mjs';
import { makeSyntheticDist } from '../lib/syntheticData.mjs';
import layer from './layer.mjs';
import reform from './reform.mjs';
import type from './type.mjs';
import year from './year.mjs';

const FACTOR = 20;

export default {
  name: 'synthetic',
  about: `the layer, year, reform and type interactions on ${FACTOR}× synthetic data`,
  async run(ctx) {
    const syn = await makeSyntheticDist({ distDir: ctx.distDir, factor: FACTOR });
    const site = await serve('synthetic', syn.dir, syn.cleanup);
    try {
      log(`  synthetic ${FACTOR}x: ${syn.counts.links} links, ${syn.counts.events} events, ${syn.counts.places} places (${syn.dir})`);
      return await withPage(ctx.browser, site.url(ctx.urlPath), async ({ page, firstIdle }) => {
        const dataError = await page.locator('.notice--error').allInnerTexts();
        if (dataError.length) throw new Error(`synthetic data rejected by the app: ${dataError.join(' | ')}`);
        const header = await headerCounts(page);
        const realLinks = syn.real.links;
        const headerRatio = ratio(header.links, realLinks);
        if (!(headerRatio >= FACTOR * 0.75 && headerRatio <= FACTOR * 1.25)) {
          throw new Error(`synthetic header shows ${header.links} links against ${realLinks} real (ratio ${headerRatio}, expected about ${FACTOR}): "${header.text}"`);
        }
        const out = { factor: FACTOR, records: syn.counts, dataBytes: syn.bytes, headerLinks: { real: realLinks, synthetic: header.links, ratio: headerRatio }, firstIdleSingleRunMs: firstIdle };
        for (const c of [layer, year, reform, type]) out[c.name] = await c.measure(page, ctx.reps, `${FACTOR}x`);
        return out;
      });
    } finally {
      await site.close();
    }
  },
};
