// Draws the extension's PNG icons (the stores and the browsers' extension pages want PNG) from
// extension/icons/icon.svg, in Debian's Chromium. Run again after a change of the drawing:
//
//   npx tsx scripts/extension-icons.ts
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ICON_SIZES } from '../extension/manifest.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/e2e/demo-browser.js';

const svg = readFileSync('extension/icons/icon.svg', 'utf8');

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
for (const size of ICON_SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `extension/icons/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
