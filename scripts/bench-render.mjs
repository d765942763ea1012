#!/usr/bin/env node
/**
 * Render benchmark: in Debian's Chromium, the time <cocktail-reco> takes to show a ready 20-item list (from setting
 * its `recommender` to `updateComplete`) against building the same list as plain DOM. The element is bundled with
 * esbuild, minified, production build; the page is served from memory by Playwright's router on a private origin,
 * cross-origin isolated so that `performance.now()` has fine resolution.
 *
 *   npm run bench:render [-- --n 300 --warm-up 50]
 */
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { n: { type: 'string', default: '300' }, 'warm-up': { type: 'string', default: '50' } } });
const n = Number(values.n);
const warmUp = Number(values['warm-up']);

const bundle = await build({
  entryPoints: [`${root}bench/render-bench.ts`],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  write: false,
  tsconfig: `${root}tsconfig.json`,
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const script = bundle.outputFiles[0].text;
const page = await readFile(`${root}bench/render.html`, 'utf8');
const cover = '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="120"><rect width="90" height="120" fill="#ccc"/></svg>';

const ORIGIN = 'http://bench.localhost';
const isolation = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const routes = {
  '/render.html': { contentType: 'text/html; charset=utf-8', body: page },
  '/render-bench.js': { contentType: 'text/javascript; charset=utf-8', body: script },
  '/cover.svg': { contentType: 'image/svg+xml', body: cover },
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
  headless: true,
  // As in web-test-runner.config.mjs.
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync',
  ],
});
try {
  const context = await browser.newContext();
  // Every request is answered from memory; anything else (there should be none) is refused.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const answer = url.origin === ORIGIN ? routes[url.pathname] : undefined;
    return answer ? route.fulfill({ status: 200, headers: isolation, ...answer }) : route.abort();
  });
  const tab = await context.newPage();
  await tab.goto(`${ORIGIN}/render.html`);
  const isolated = await tab.evaluate(() => crossOriginIsolated);

  const rows = [];
  for (const withLayout of [false, true]) {
    const result = await tab.evaluate(([n, warmUp, withLayout]) => window.runRenderBench(n, warmUp, withLayout), [n, warmUp, withLayout]);
    rows.push({ measure: withLayout ? 'DOM built + layout' : 'DOM built', ...result });
  }

  const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Chromium ${browser.version()}`;
  const ms = (value) => value.toFixed(3);
  console.log(`Render of a 20-item list: <cocktail-reco> vs plain DOM (medians; bundle ${(script.length / 1024).toFixed(1)} KiB minified)`);
  console.log(`${machine}; cross-origin isolated timer: ${isolated}`);
  console.log('| measure | n | element ms | plain DOM ms | ratio |');
  console.log('|---|---|---|---|---|');
  for (const row of rows) {
    console.log(`| ${row.measure} | ${row.n} | ${ms(row.elementMs)} | ${ms(row.plainMs)} | ${row.ratio.toFixed(2)} |`);
  }
  const worst = Math.max(...rows.map((row) => row.ratio));
  console.log(worst <= 2 ? `Target met: ratio ≤ 2 (worst ${worst.toFixed(2)}).` : `Target missed: ratio ${worst.toFixed(2)} > 2.`);
} finally {
  await browser.close();
}
