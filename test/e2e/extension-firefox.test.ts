// End-to-end in Firefox: the same preconfigured build as in Chromium (its Firefox manifest: background scripts, a
// gecko id), installed in Debian's Firefox ESR, on the same YouTube stand-in and real API server, every request
// through the recording proxy. Firefox does not let automation open an extension's own pages, so the options page
// is checked in Chromium only; here the build's defaults are the settings.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from './extension-firefox-browser.js';
import { LIBRARY, startExtensionNetwork, type ExtensionNetwork } from './extension-network.js';

const [CLIP, LECTURE] = ['sC4hJv2Lx0Q', 'Rv17x89Lm3K'];
const SHOWN_TIMEOUT = 30_000;

let network: ExtensionNetwork;
let browser: Browser;

before(async () => {
  network = await startExtensionNetwork();
  browser = await launchFirefoxWithExtension(join(network.buildDir, 'firefox'), network.proxy.port);
  await network.noteBrowserOwnHosts();
});

after(async () => {
  await browser?.close();
  await network?.close();
});

/** The titles and the badge the element shows, once its list is the one the API gives for `video`. */
async function waitForList(page: Page, video: string): Promise<{ titles: string[]; badge: string }> {
  const first = (await network.listOf(video)).items[0]!.title;
  await page.waitForFunction(
    (title) => document.querySelector('cocktail-reco')?.shadowRoot?.querySelector('ol > li [part~="item-title"]')?.textContent?.trim() === title,
    { timeout: SHOWN_TIMEOUT },
    first,
  );
  return page.evaluate(() => {
    const root = document.querySelector('cocktail-reco')!.shadowRoot!;
    return {
      titles: [...root.querySelectorAll('ol > li [part~="item-title"]')].map((title) => title.textContent!.trim()),
      badge: root.querySelector('[part~="header"] [part~="badge"]')!.textContent!.trim(),
    };
  });
}

const navigate = (page: Page, path: string) => page.evaluate((to) => (window as unknown as { ytNavigate(path: string): void }).ytNavigate(to), path);

describe('the YouTube extension in Firefox', { timeout: 120_000 }, () => {
  it('shows each video\'s list at the top of the right-hand column, follows in-page navigation, leaves pages without a video', async () => {
    const page = await browser.newPage();
    await page.goto(`https://www.youtube.com/watch?v=${CLIP}`);
    const clip = await waitForList(page, CLIP);
    assert.deepEqual(clip.titles, (await network.listOf(CLIP)).items.map((item) => item.title));
    assert.equal(clip.badge, 'Inclusion');
    assert.equal(await page.evaluate(() => document.querySelector('#secondary-inner')?.firstElementChild?.localName), 'cocktail-reco');
    assert.ok(await page.evaluate(() => document.querySelector('cocktail-reco')!.shadowRoot!.querySelector('details[part~="why"] summary')?.textContent?.trim() === 'Pourquoi ?'));

    await navigate(page, `/watch?v=${LECTURE}`);
    const lecture = await waitForList(page, LECTURE);
    assert.equal(lecture.badge, 'Pédagogie');
    assert.equal(lecture.titles.length, (await network.listOf(LECTURE)).items.length);

    await navigate(page, '/');
    await page.waitForFunction(() => !document.querySelector('cocktail-reco'), { timeout: SHOWN_TIMEOUT });
    await page.close();
    assert.deepEqual(network.apiRequests().map(({ path }) => path), [CLIP, LECTURE].map((video) => `/v1/libraries/${LIBRARY}/recommendations?video=${video}&lang=fr`));
  });

  it('no request left for any other origin than YouTube and the library\'s API', () => {
    assert.deepEqual(network.elsewhere(), []);
  });
});
