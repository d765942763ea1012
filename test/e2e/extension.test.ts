// End-to-end: the YouTube extension, built as a library would build its own (`--api-base`, `--library`), loaded
// unpacked into Debian's Chromium. YouTube is a stand-in served over HTTPS on loopback that behaves as YouTube's app
// does (history.pushState + `yt-navigate-finish`, a column rendered anew); the library's v1 API is the real server
// on the demo's data, on another loopback origin. Every request the browser makes goes through a recording proxy,
// so the last check sees the whole traffic.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { repositoryRoot } from './demo-build.js';
import { buildExtension, launchWithExtension, type ExtensionBrowser } from './extension-browser.js';
import { LIBRARY, startExtensionNetwork, type ExtensionNetwork } from './extension-network.js';

/** A music clip (inclusion) and a history lecture (pedagogy) of the demo; and a video YouTube does not have. */
const [CLIP, LECTURE, NOT_ANALYSED] = ['sC4hJv2Lx0Q', 'Rv17x89Lm3K', 'dQw4w9WgXcQ'];
const YOUTUBE = 'https://www.youtube.com';
/** The first request of a fresh browser waits for its policy store (several seconds on a busy machine). */
const SHOWN_TIMEOUT = 30_000;
const screenshots = join(repositoryRoot, 'test-output/screenshots');

let network: ExtensionNetwork;
let apiOrigin: string;
/** The titles the API lists for each video, asked of it directly. */
const expectedTitles = new Map<string, string[]>();
let browser: ExtensionBrowser;
let buildDir: string;
/** Every URL requested by a tab or by the extension's worker, as the browser reports it. */
const browserRequests: string[] = [];

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

before(async () => {
  network = await startExtensionNetwork();
  ({ apiOrigin, buildDir } = network);
  for (const video of [CLIP, LECTURE]) expectedTitles.set(video, (await network.listOf(video)).items.map((item) => item.title));
  browser = await launchWithExtension(join(buildDir, 'chromium'), network.proxy.port);
  await network.noteBrowserOwnHosts();
  browser.context.on('request', (request) => browserRequests.push(request.url()));
  mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await network?.close();
});

const widget = (page: Page) => page.locator('cocktail-reco');
const titlesOf = (page: Page) => widget(page).locator('ol > li [part~="item-title"]').allInnerTexts();
const listedTitles = (video: string) => expectedTitles.get(video)!;
const apiCalls = () => network.apiRequests().map(({ path }) => path);
/** An in-page navigation of the YouTube stand-in (history.pushState, then `yt-navigate-finish`). */
const navigate = (page: Page, path: string) =>
  page.evaluate((to) => (window as unknown as { ytNavigate(path: string): void }).ytNavigate(to), path);

/** The ids of the rules axe finds broken on the page (axe-core run in it, as the page's own script would be). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () =>
    (await (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe.run()).violations.map((v) => v.id));
}

/** Opens a tab that notes each settings message the extension gives the page (to know it has decided). */
async function openTab(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    addEventListener('message', (event) => {
      if (event.data?.channel === 'cocktail-reco-extension' && event.data.type === 'settings') {
        document.documentElement.dataset.extensionSettings = String(event.data.show);
      }
    });
  });
  await page.goto(url);
  return page;
}

async function waitForList(page: Page, video: string): Promise<void> {
  const first = listedTitles(video)[0]!;
  await page.waitForFunction(
    (title) => document.querySelector('cocktail-reco')?.shadowRoot?.querySelector('ol > li [part~="item-title"]')?.textContent?.trim() === title,
    first,
    { timeout: SHOWN_TIMEOUT },
  );
}

describe('the YouTube extension in Chromium', { timeout: 180_000 }, () => {
  it('is built per browser with the least permissions; a preconfigured build is granted its API at install', async () => {
    const chromium = readJson(join(buildDir, 'chromium/manifest.json'));
    const firefox = readJson(join(buildDir, 'firefox/manifest.json'));
    for (const manifest of [chromium, firefox]) {
      assert.equal(manifest.manifest_version, 3);
      assert.deepEqual(manifest.permissions, ['storage']);
      assert.deepEqual(manifest.host_permissions, ['http://127.0.0.1/*'], 'the API of the build, and nothing else');
      assert.ok(manifest.optional_host_permissions.includes('https://*/*'));
      const matches = manifest.content_scripts.map((script: { matches: string[] }) => script.matches);
      assert.deepEqual(matches, [[`${YOUTUBE}/*`, 'https://m.youtube.com/*'], [`${YOUTUBE}/*`, 'https://m.youtube.com/*']]);
      assert.equal(manifest.content_scripts[0].world, 'MAIN', 'the element is defined in the page world');
      assert.match(manifest.content_security_policy.extension_pages, /script-src 'self';/);
      assert.doesNotMatch(manifest.content_security_policy.extension_pages, /unsafe|wasm/);
    }
    assert.deepEqual(chromium.background, { service_worker: 'service-worker.js' });
    assert.deepEqual(firefox.background, { scripts: ['service-worker.js'] });
    assert.equal(firefox.browser_specific_settings.gecko.strict_min_version, '128.0');
    assert.match(firefox.browser_specific_settings.gecko.id, /^[\w.-]*@[\w.-]+$/);
    assert.equal(chromium.browser_specific_settings, undefined);

    for (const target of ['chromium', 'firefox']) {
      const files = Object.keys(unzipSync(readFileSync(join(buildDir, `cocktail-reco-${target}.zip`))));
      for (const file of ['manifest.json', 'youtube-page.js', 'youtube-relay.js', 'service-worker.js', 'options.html', '_locales/fr/messages.json', '_locales/en/messages.json', 'icons/icon-128.png']) {
        assert.ok(files.includes(file), `${target} zip holds ${file}`);
      }
    }
    const granted = await browser.worker.evaluate(() => chrome.permissions.getAll());
    assert.ok(granted.origins?.includes('http://127.0.0.1/*'), 'the API is granted without asking');

    // The general build asks for no host at install.
    const general = mkdtempSync(join(tmpdir(), 'extension-general-'));
    try {
      buildExtension(general, []);
      assert.equal(readJson(join(general, 'chromium/manifest.json')).host_permissions, undefined);
    } finally {
      rmSync(general, { recursive: true, force: true });
    }
  });

  it('options page: in French, accessible, a bad address refused with a sentence, our API and library saved', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.locator('body[data-ready]').waitFor({ timeout: SHOWN_TIMEOUT });
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await page.locator('h1').innerText(), 'Cocktail Reco : options');
    const apiBase = page.getByLabel("Adresse de l'API");
    const library = page.getByLabel('Identifiant de la bibliothèque');
    assert.equal(await apiBase.inputValue(), apiOrigin, 'the build\'s defaults are shown');
    assert.equal(await library.inputValue(), LIBRARY);

    assert.deepEqual(await axeViolations(page), [], 'axe finds no violation');

    // Plain HTTP to another machine would travel in clear: refused, said, nothing saved.
    await apiBase.fill('http://api.example.org');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const error = page.locator('#api-base-error');
    await error.waitFor({ state: 'visible' });
    assert.match(await error.innerText(), /doit commencer par https:\/\//);
    assert.equal(await apiBase.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'api-base', 'the field is focused');
    assert.match(await page.getByRole('status').innerText(), /^Rien n'a été enregistré/);
    assert.deepEqual(await browser.worker.evaluate(() => chrome.storage.sync.get()), {});

    await apiBase.fill(`${apiOrigin}/`);
    await library.fill(LIBRARY);
    await page.getByLabel('Liste compacte, sans couverture').check();
    assert.equal(await page.getByRole('switch', { name: 'Afficher la liste sur YouTube' }).isChecked(), true);
    await library.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
    assert.equal(await apiBase.getAttribute('aria-invalid'), null);
    assert.deepEqual(await browser.worker.evaluate(() => chrome.storage.sync.get()), {
      apiBase: apiOrigin, library: LIBRARY, layout: 'compact', showOnYouTube: true,
    });
    await page.close();
  });

  it('options page in English when the browser speaks English, accessible too', async () => {
    const english = await launchWithExtension(join(buildDir, 'chromium'), network.proxy.port, 'en');
    try {
      const page = await english.context.newPage();
      await page.goto(`chrome-extension://${english.extensionId}/options.html`);
      await page.locator('body[data-ready]').waitFor({ timeout: SHOWN_TIMEOUT });
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.locator('h1').innerText(), 'Cocktail Reco: options');
      assert.equal(await page.getByLabel('API address').inputValue(), apiOrigin);
      assert.deepEqual(await axeViolations(page), []);
      await page.getByLabel('Library id').fill('../admin');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('status').filter({ hasText: 'Nothing was saved' }).waitFor();
    } finally {
      await english.close();
    }
  });

  it('a page without a video shows no list and asks for nothing', async () => {
    const page = await openTab(`${YOUTUBE}/`);
    await page.locator('html[data-extension-settings="true"]').waitFor({ timeout: SHOWN_TIMEOUT });
    assert.equal(await widget(page).count(), 0);
    assert.deepEqual(apiCalls(), [], 'nothing is requested before a video page');
    await page.close();
  });

  let page: Page;

  it('a watch page shows its list at the top of the right-hand column, with badges and "Pourquoi ?"', async () => {
    page = await openTab(`${YOUTUBE}/watch?v=${CLIP}`);
    await waitForList(page, CLIP);
    assert.equal(await page.evaluate(() => document.querySelector('#secondary-inner')?.firstElementChild?.localName), 'cocktail-reco');
    assert.deepEqual(await titlesOf(page), listedTitles(CLIP));
    assert.equal(await widget(page).getAttribute('layout'), 'compact', 'the saved layout');
    assert.equal((await widget(page).locator('[part~="header"] [part~="badge"]').innerText()).trim(), 'Inclusion');
    const whys = widget(page).locator('ol > li details[part~="why"] summary');
    assert.equal(await whys.count(), listedTitles(CLIP).length);
    assert.equal((await whys.first().innerText()).trim(), 'Pourquoi ?');
    await whys.first().click();
    assert.ok(await widget(page).locator('ol > li details[part~="why"] li').first().isVisible(), 'the evidence shows');

    // Only the video id and the language leave the browser: no cookie, no referrer, no other parameter.
    assert.deepEqual(apiCalls(), [`/v1/libraries/${LIBRARY}/recommendations?video=${CLIP}&lang=fr`]);
    const { headers } = network.apiRequests()[0]!;
    assert.equal(headers.cookie, undefined);
    assert.equal(headers.referer, undefined);

    // The README's picture: `UPDATE_DOCS_SCREENSHOTS=1` writes docs/extension.png too.
    await page.evaluate(() => scrollTo(0, 0));
    for (const path of [join(screenshots, 'extension.png'), ...(process.env.UPDATE_DOCS_SCREENSHOTS ? [join(repositoryRoot, 'docs/extension.png')] : [])]) {
      await page.screenshot({ path, animations: 'disabled' });
    }
  });

  it('an in-page navigation to another video shows that video\'s list, without reloading the page', async () => {
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await navigate(page, `/watch?v=${LECTURE}`);
    await waitForList(page, LECTURE);
    assert.deepEqual(await titlesOf(page), listedTitles(LECTURE));
    assert.equal((await widget(page).locator('[part~="header"] [part~="badge"]').innerText()).trim(), 'Pédagogie');
    assert.equal(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument), true);
    assert.equal(await widget(page).count(), 1);
    assert.equal(apiCalls().at(-1), `/v1/libraries/${LIBRARY}/recommendations?video=${LECTURE}&lang=fr`);
  });

  it('a column rendered anew gets the list back, at its top, without asking again', async () => {
    const before = apiCalls().length;
    await page.evaluate(() => ((document.querySelector('#secondary-inner') as HTMLElement & { old?: boolean }).old = true));
    await page.evaluate(() => (window as unknown as { ytRerenderColumn(): void }).ytRerenderColumn());
    await page.waitForFunction(() => {
      const inner = document.querySelector('#secondary-inner') as (HTMLElement & { old?: boolean }) | null;
      return inner && !inner.old && inner.firstElementChild?.localName === 'cocktail-reco';
    }, undefined, { timeout: SHOWN_TIMEOUT });
    assert.deepEqual(await titlesOf(page), listedTitles(LECTURE));
    assert.equal(apiCalls().length, before);
  });

  it('an API error reaches the element as its typed error: the plain sentence of a video not analysed', async () => {
    await navigate(page, `/watch?v=${NOT_ANALYSED}`);
    const status = widget(page).locator('[part~="status"]');
    await status.filter({ hasText: "Cette vidéo n'a pas encore été analysée." }).waitFor({ timeout: SHOWN_TIMEOUT });
  });

  it('a live link is a video page too', async () => {
    await navigate(page, `/live/${CLIP}`);
    await waitForList(page, CLIP);
    assert.equal((await widget(page).locator('[part~="header"] [part~="badge"]').innerText()).trim(), 'Inclusion');
  });

  it('leaving the video for a page without one removes the list', async () => {
    await navigate(page, '/');
    await page.waitForFunction(() => !document.querySelector('cocktail-reco'), undefined, { timeout: SHOWN_TIMEOUT });
    // Back to a video (the browser's back button): the list again.
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('cocktail-reco')?.isConnected, undefined, { timeout: SHOWN_TIMEOUT });
    await page.close();
  });

  it('no request left for any other origin than YouTube and the library\'s API', () => {
    assert.deepEqual(network.elsewhere(), []);
    const own = [`${YOUTUBE}/`, `${apiOrigin}/`, `chrome-extension://${browser.extensionId}/`];
    const reported = browserRequests.filter((url) => !own.some((prefix) => url.startsWith(prefix)));
    assert.deepEqual(reported, [], 'the tabs and the worker asked for nothing but YouTube, the API and the extension\'s own files');
    assert.ok(apiCalls().every((path) => [...new URL(path, apiOrigin).searchParams.keys()].every((key) => ['video', 'lang'].includes(key))));
  });
});
