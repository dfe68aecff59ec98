// axe-core for the browser tests, injected the CSP-compatible way: evaluated through the
// DevTools protocol (page.evaluate), not added as a <script> element, which the app's policy refuses.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const AXE_PATH = path.join(repo, 'node_modules/axe-core/axe.min.js');
let source = null;

/** Runs axe-core on the whole document; returns the serious and critical violations, formatted. */
export async function seriousViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate((source ??= fs.readFileSync(AXE_PATH, 'utf8')));
  const violations = await page.evaluate(async () => {
    const res = await window.axe.run(document, { resultTypes: ['violations'] });
    return res.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, impact: n.impact })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function formatViolations(list) {
  return list
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `      target: ${n.target}\n        ${String(n.summary).replace(/\n\s*/g, ' / ')}`).join('\n'),
    )
    .join('\n    ');
}

export async function assertAxeClean(page, where) {
  const bad = await seriousViolations(page);
  assert.equal(bad.length, 0, `axe: ${bad.length} serious/critical violation(s) on ${where}:\n    ${formatViolations(bad)}`);
}
