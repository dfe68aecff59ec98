// Playback: from a fresh page, Speed 4×, Play over the whole span (1989 → 2026) until the button
// reads "Play" again. A rAF loop records every frame and the long tasks while it plays. The frames
// are judged against the bare repaint the `floor` case measures in the same run (bench/lib/budgets.mjs).
import { frameIntervals, settle, withPage } from '../lib/page.mjs';
import { log, median, pctl, round } from '../lib/stats.mjs';

const SPEED = 4;

async function measure(page) {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption(String(SPEED));
  const year = async (name) => Number(await page.getByRole('spinbutton', { name, exact: true }).inputValue());
  const span = { from: await year('From'), to: await year('To') };
  await settle(page);
  // Frame interval while nothing changes (16.7 ms = the page runs at 60 Hz when nothing draws).
  const idleFrames = await frameIntervals(page, 30);
  await page.evaluate(() => {
    const rec = (window.__bench.play = { frames: [], end: null, sawPause: false });
    const label = () => document.querySelector('.timeline__button--primary')?.textContent ?? '';
    const loop = (t) => {
      rec.frames.push(t);
      if (/Pause/.test(label())) rec.sawPause = true;
      if (rec.sawPause && /Play/.test(label())) return void (rec.end = t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  const k = await page.evaluate(() => window.__bench.inputs.length);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const nominalMs = ((span.to - span.from) * 1000) / SPEED;
  await page.waitForFunction(() => window.__bench.play.end !== null, undefined, { timeout: nominalMs * 4 + 30_000, polling: 200 });
  const rec = await page.evaluate((k) => {
    const b = window.__bench;
    const t0 = b.inputs.slice(k).find((i) => i.type === 'click').t;
    const frames = b.play.frames.filter((t) => t >= t0);
    return {
      t0,
      end: b.play.end,
      durations: frames.slice(1).map((t, i) => t - frames[i]),
      longTasks: b.longTasks.filter((l) => l.start >= t0 && l.start <= b.play.end),
      idles: window.__atlasIdles.filter((t) => t > t0 && t <= b.play.end).length,
    };
  }, k);
  const d = rec.durations;
  const out = {
    speed: SPEED,
    fromYear: span.from,
    toYear: span.to,
    durationMs: round(rec.end - rec.t0),
    nominalMs,
    frames: d.length,
    maxFrameMs: round(Math.max(...d)),
    p95FrameMs: round(pctl(d, 95)),
    medianFrameMs: round(median(d)),
    longTasks: rec.longTasks.length,
    longTaskMaxMs: round(Math.max(0, ...rec.longTasks.map((l) => l.duration))),
    longTaskTotalMs: round(rec.longTasks.reduce((s, l) => s + l.duration, 0)),
    mapIdlesWhilePlaying: rec.idles,
    idleFrameMedianMs: round(median(idleFrames)),
    samples: d.map((x) => round(x)),
  };
  log(`  playback ${span.from}→${span.to} at ${SPEED}x: ${out.frames} frames in ${out.durationMs} ms, median ${out.medianFrameMs} ms, max ${out.maxFrameMs} ms, ${out.longTasks} long tasks`);
  return out;
}

export default {
  name: 'playback',
  about: 'Play at 4× over the whole span: every frame, long tasks',
  run: (ctx) => withPage(ctx.browser, ctx.sites.atlas.url(ctx.urlPath), ({ page }) => measure(page)),
};
