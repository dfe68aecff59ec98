// Lighthouse on both pages with the desktop and the mobile preset (bench/lib/lighthouse.mjs):
// the median of `--lighthouse-runs` runs per page and preset. The floor page fills the window
// here (Lighthouse sets its own viewport). A failed run is recorded in `errors`, never thrown.
import { runLighthouse } from '../lib/lighthouse.mjs';
import { log, median, round } from '../lib/stats.mjs';

const FIGURES = ['performance', 'accessibility', 'bestPractices', 'seo', 'tbtMs', 'lcpMs', 'cls'];

export default {
  name: 'lighthouse',
  about: 'Lighthouse desktop and mobile on the atlas and the floor: scores, TBT, LCP, CLS',
  async run(ctx) {
    const out = { runs: ctx.lighthouseRuns };
    for (const site of [ctx.sites.atlas, ctx.sites.floor]) {
      out[site.name] = {};
      for (const preset of ['desktop', 'mobile']) {
        const runs = [];
        for (let i = 0; i < ctx.lighthouseRuns; i++) runs.push(await runLighthouse(site.url(site.name === 'atlas' ? ctx.urlPath : '/'), preset));
        const ok = runs.filter((r) => !r.error);
        const r = Object.fromEntries(FIGURES.map((k) => [k, ok.length ? round(median(ok.map((x) => x[k])), k === 'cls' ? 3 : 0) : null]));
        const errors = runs.filter((x) => x.error).map((x) => x.error);
        if (errors.length) r.errors = errors;
        out[site.name][preset] = r;
        log(`  lighthouse ${site.name} ${preset}: performance ${r.performance}, a11y ${r.accessibility}, best practices ${r.bestPractices}, SEO ${r.seo}, TBT ${r.tbtMs} ms, LCP ${r.lcpMs} ms, CLS ${r.cls}${errors.length ? ` (${errors.length} failed: ${errors[0]})` : ''}`);
      }
    }
    return out;
  },
};
