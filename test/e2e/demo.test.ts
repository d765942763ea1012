// End-to-end: the built demo site in Debian's Chromium, served on 127.0.0.1, as a visitor would load it: as plain
// files with its API in the page, and on the real API server as `npm start` runs it (SQLite in a temporary folder).
// Each page must load without a console or page error, show results for a demo video, and leave a full-page
// screenshot in test-output/screenshots/. Nothing may be requested outside the page's origin.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { pino } from 'pino';
import { serveStatic, type StaticServer } from './static-server.js';
import { startDemoServer } from '../../demo/server/start-demo-server.js';
import { demoDir, ensureDemoBuilt, repositoryRoot } from './demo-build.js';
import { apiCallsOf, launchDemoBrowser, type DemoBrowser, type WatchedPage } from './demo-browser.js';

interface DemoVideo {
  video: { id: string; title: string };
  relation: { type: 'emi' | 'inclusion' | 'pedagogy' };
}
const demoVideos: DemoVideo[] = JSON.parse(readFileSync(join(repositoryRoot, 'demo/data/videos.json'), 'utf8'));
const RELATION_LABELS = { emi: 'EMI', inclusion: 'Inclusion', pedagogy: 'Pédagogie' } as const;

const screenshots = join(repositoryRoot, 'test-output/screenshots');
/** Long enough for the demo API's 350 ms latency plus in-page ranking on a busy 2-core machine. */
const RESULTS_TIMEOUT = 15_000;

/** The demo on the real server, its storage in a temporary folder removed at close. */
async function serveOnApiServer(): Promise<StaticServer> {
  const folder = mkdtempSync(join(tmpdir(), 'cocktail-demo-'));
  const running = await startDemoServer({ port: 0, storage: `sqlite:${join(folder, 'demo.db')}`, logger: pino({ level: 'silent' }) });
  return {
    origin: running.url,
    close: async () => {
      await running.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

const HOSTS = [
  { name: 'the built demo in Chromium, its API in the page', screenshotPrefix: '', realApi: false, serve: () => serveStatic(demoDir) },
  { name: 'the built demo in Chromium, on the real API server', screenshotPrefix: 'server-', realApi: true, serve: serveOnApiServer },
];

/** The ranked items of one widget (Playwright's CSS pierces the shadow root). */
const itemsOf = (widget: Locator) => widget.locator('ol > li');

async function expectResults(widget: Locator): Promise<void> {
  await itemsOf(widget).first().waitFor({ state: 'visible', timeout: RESULTS_TIMEOUT });
  assert.ok((await itemsOf(widget).count()) > 0);
}

/** Waits until every widget of the page shows results; returns how many widgets there are. */
async function expectResultsInEveryWidget(page: Page): Promise<number> {
  await page.waitForFunction(
    () => [...document.querySelectorAll('cocktail-reco')].every((widget) => widget.shadowRoot?.querySelector('ol li')),
    undefined,
    { timeout: RESULTS_TIMEOUT },
  );
  return page.locator('cocktail-reco').count();
}

const statusOf = (widget: Locator) => widget.locator('[part="status"]');

for (const host of HOSTS) describe(host.name, { timeout: 120_000 }, () => {
  let server: StaticServer;
  let browser: DemoBrowser;

  before(async () => {
    ensureDemoBuilt();
    mkdirSync(screenshots, { recursive: true });
    server = await host.serve();
    browser = await launchDemoBrowser(server.origin);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Saves the page's full-page screenshot, checks it reported no error, and closes it (unless told to keep it). */
  async function finish({ page, problems }: WatchedPage, name: string, { keepOpen = false } = {}): Promise<void> {
    await page.screenshot({ path: join(screenshots, `${host.screenshotPrefix}${name}.png`), fullPage: true, animations: 'disabled' });
    assert.deepEqual(problems, [], `${name}: no console error and no page error`);
    if (!keepOpen) await page.close();
  }

  it('search page: a link typed and submitted with Enter shows explained results and a shareable address', async () => {
    const watched = await browser.open('index.html');
    const { page } = watched;
    const widget = page.locator('cocktail-reco#reco');
    const field = widget.locator('input#video');

    await field.fill('https://example.org/pas-une-video');
    await field.press('Enter');
    const error = widget.locator('#video-error');
    await error.waitFor({ state: 'visible' });
    assert.match(await error.innerText(), /^Ce lien n'est pas celui d'une vidéo YouTube\./);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.equal(new URL(page.url()).searchParams.get('v'), null, 'an invalid link changes nothing in the address');

    const chosen = demoVideos.find(({ relation }) => relation.type === 'pedagogy') ?? demoVideos[0]!;
    await field.fill(`https://www.youtube.com/watch?v=${chosen.video.id}&t=12s`);
    await field.press('Enter');
    await expectResults(widget);
    assert.equal(await error.isVisible(), false, 'the error sentence goes away');
    assert.equal(new URL(page.url()).searchParams.get('v'), chosen.video.id);
    assert.equal((await widget.locator('[part~="header"] [part~="badge"]').innerText()).trim(), RELATION_LABELS[chosen.relation.type]);

    // From the item's link, Tab reaches its "Pourquoi ?" and Enter opens it.
    const why = itemsOf(widget).first().locator('details[part~="why"]');
    assert.equal(await why.evaluate((details: HTMLDetailsElement) => details.open), false);
    await itemsOf(widget).first().locator('[part~="item-title"] a').focus();
    await page.keyboard.press('Tab');
    assert.equal(await widget.evaluate((element) => element.shadowRoot?.activeElement?.tagName), 'SUMMARY');
    await page.keyboard.press('Enter');
    assert.equal(await why.evaluate((details: HTMLDetailsElement) => details.open), true, 'Enter opens "Pourquoi ?"');
    assert.equal((await why.locator('summary').innerText()).trim(), 'Pourquoi ?');
    assert.ok((await why.locator('li').count()) > 0, 'the disclosure lists evidence');
    assert.ok(await why.locator('li').first().isVisible());

    await finish(watched, 'index');
  });

  it('search page: a shared address shows its video again, and a listed link is tried with one click', async () => {
    const [shared, listed] = [demoVideos[0]!, demoVideos[1]!];
    const watched = await browser.open(`index.html?v=${shared.video.id}`);
    const { page } = watched;
    const widget = page.locator('cocktail-reco#reco');
    await expectResults(widget);
    assert.equal(await widget.locator('input#video').inputValue(), shared.video.id, 'the field shows the shared video');
    assert.equal((await widget.locator('[part~="header"] [part~="badge"]').innerText()).trim(), RELATION_LABELS[shared.relation.type]);

    await page.locator('#demo-videos li', { hasText: listed.video.title }).getByRole('button', { name: 'Essayer ce lien' }).click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('v') === id, listed.video.id, { timeout: RESULTS_TIMEOUT });
    assert.match(await widget.locator('input#video').inputValue(), new RegExp(listed.video.id), 'the field shows the listed link');
    await expectResults(widget);
    await finish(watched, 'index-shared');
  });

  it('OPAC page: the element follows the click-to-load facade and nothing is asked of YouTube', async () => {
    const watched = await browser.open('opac.html');
    const { page, requests } = watched;
    const widget = page.locator('cocktail-reco');
    const player = page.locator('lite-youtube#player');
    await expectResults(widget);
    const firstVideo = await player.getAttribute('videoid');
    assert.ok(firstVideo && demoVideos.some(({ video }) => video.id === firstVideo));
    const firstTitles = await itemsOf(widget).locator('[part~="item-title"]').allInnerTexts();

    // A video of another relation type, so the badge itself proves the element moved on.
    const firstRelation = demoVideos.find(({ video }) => video.id === firstVideo)!.relation.type;
    const next = demoVideos.find(({ relation }) => relation.type !== firstRelation)!;
    await page.selectOption('#video-picker', next.video.id);
    assert.equal(await player.getAttribute('videoid'), next.video.id);
    await page.waitForFunction(
      (id) => ((window as unknown as { demoApiCalls: string[] }).demoApiCalls).some((url) => url.includes(`video=${id}`)),
      next.video.id,
      { timeout: RESULTS_TIMEOUT },
    );
    await widget.locator('[part~="header"] [part~="badge"]', { hasText: RELATION_LABELS[next.relation.type] }).waitFor({ timeout: RESULTS_TIMEOUT });
    await expectResults(widget);
    const nextTitles = await itemsOf(widget).locator('[part~="item-title"]').allInnerTexts();
    assert.notDeepEqual(nextTitles, firstTitles, 'new results for the new video');

    const apiCalls = await apiCallsOf(page);
    assert.ok(apiCalls.some((url) => url.includes(`video=${firstVideo}`)));
    assert.deepEqual(requests.filter((url) => /youtube|ytimg|googlevideo/.test(url)), [], 'no request to YouTube');
    await finish(watched, 'opac');
  });

  it('CMS page: the classic drop-in script alone brings the element', async () => {
    const watched = await browser.open('cms.html');
    const { page, requests } = watched;
    const widget = page.locator('cocktail-reco#cms-reco');
    await expectResults(widget);

    const scripts = requests.filter((url) => new URL(url).pathname.endsWith('.js'));
    assert.ok(scripts.some((url) => new URL(url).pathname.endsWith('/cdn/cocktail-reco.classic.js')), 'the classic script is loaded');
    const elementModules = scripts.filter((url) => /\/assets\/define-|\/cdn\/cocktail-reco\.js$|\/cdn\/chunks\//.test(new URL(url).pathname));
    assert.deepEqual(elementModules, [], 'no module of the element is loaded');
    // The page's own modules (the demo API) must not carry the element either, whatever the chunk names.
    for (const url of scripts.filter((url) => !url.endsWith('/cdn/cocktail-reco.classic.js'))) {
      const body = await (await fetch(url)).text();
      assert.ok(!body.includes('retry-button'), `${url} holds no element code`);
    }
    await finish(watched, 'cms');
  });

  it('theming page: every variant shows results', async () => {
    const watched = await browser.open('theming.html');
    assert.equal(await expectResultsInEveryWidget(watched.page), 6);
    await finish(watched, 'theming');
  });

  it('many page: 50 widgets render with 5 requests to the API', async () => {
    const watched = await browser.open('many.html');
    const { page } = watched;
    assert.equal(await expectResultsInEveryWidget(page), 50);
    await page.locator('#request-count', { hasText: /^5$/ }).waitFor({ timeout: RESULTS_TIMEOUT });
    const calls = await apiCallsOf(page);
    assert.equal(calls.length, 5, 'one request per distinct video');
    assert.equal(new Set(calls).size, 5);
    await finish(watched, 'many');
  });

  it('strict-CSP page: results appear and no security policy violation fires', async () => {
    const watched = await browser.open('csp.html', {
      beforeLoad: (page) =>
        page.addInitScript(() => {
          const violations: string[] = [];
          (window as unknown as { cspViolations: string[] }).cspViolations = violations;
          document.addEventListener('securitypolicyviolation', (event) =>
            violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
          );
        }),
    });
    const { page } = watched;
    await expectResults(page.locator('cocktail-reco#csp-reco'));
    const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    assert.deepEqual(await violations(), [], 'no securitypolicyviolation event');
    await finish(watched, 'csp', { keepOpen: true });

    // The probe itself works: a raw string given to an HTML sink is refused and reported.
    await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>not trusted</b>';
      } catch {
        // Trusted Types refuse the assignment; the event is what this probe checks.
      }
    });
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
    assert.match((await violations())[0]!, /^require-trusted-types-for /);
    await page.close();
  });

  it('scenario quota: a submitted link shows the quota sentence', async () => {
    const watched = await browser.open('index.html?scenario=quota');
    const widget = watched.page.locator('cocktail-reco#reco');
    await widget.locator('input#video').fill(`https://youtu.be/${demoVideos[0]!.video.id}`);
    await widget.locator('input#video').press('Enter');
    await statusOf(widget).filter({ hasText: 'Le nombre de recherches autorisées pour cette bibliothèque est atteint.' })
      .waitFor({ timeout: RESULTS_TIMEOUT });
    assert.equal(await itemsOf(widget).count(), 0);
    assert.ok((await apiCallsOf(watched.page)).every((url) => url.includes('/api/scenario/quota/')));
    await finish(watched, 'index-quota');
  });

  it('scenario error: an error sentence and a retry button that asks again', async () => {
    const watched = await browser.open('index.html?scenario=error');
    const { page } = watched;
    const widget = page.locator('cocktail-reco#reco');
    await widget.locator('input#video').fill(`https://youtu.be/${demoVideos[1]!.video.id}`);
    await widget.locator('input#video').press('Enter');
    const retry = widget.locator('button[part~="retry-button"]');
    await retry.waitFor({ timeout: RESULTS_TIMEOUT });
    assert.equal((await retry.innerText()).trim(), 'Réessayer');
    assert.match(await statusOf(widget).innerText(), /erreur \(500\)/);
    const callsBefore = (await apiCallsOf(page)).length;
    await retry.press('Enter');
    // A new request to the API, then the error again (the scenario always fails).
    await page.waitForFunction(
      (count) => (window as unknown as { demoApiCalls: string[] }).demoApiCalls.length > count,
      callsBefore,
      { timeout: RESULTS_TIMEOUT },
    );
    await retry.waitFor({ timeout: RESULTS_TIMEOUT });
    assert.match(await statusOf(widget).innerText(), /erreur \(500\)/);
    await finish(watched, 'index-error');
  });

  it('no request left the page\'s origin, on any page', () => {
    writeFileSync(join(repositoryRoot, `test-output/${host.screenshotPrefix}network-log.txt`), `${browser.networkLog.join('\n')}\n`);
    assert.ok(browser.networkLog.length > 20, 'the log saw the pages load');
    const elsewhere = browser.networkLog.filter((url) => new URL(url).origin !== server.origin);
    assert.deepEqual(elsewhere, []);
    const askedServer = browser.networkLog.some((url) => new URL(url).pathname === '/v1/libraries/demo/recommendations');
    assert.equal(askedServer, host.realApi, host.realApi ? 'the widgets asked the real server' : 'the API ran in the page');
  });
});
