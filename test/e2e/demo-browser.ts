// Debian's Chromium driven by playwright-core, with what every e2e check needs: one network log across all pages,
// and per page the console errors, page errors and the demo API calls (which never reach the network: the demo API
// answers `fetch` inside the page).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, as in web-test-runner.config.mjs; `CHROMIUM_PATH` names another. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A page of the demo, with everything it reported that a visitor would never see. */
export interface WatchedPage {
  page: Page;
  /** `console.error` messages and uncaught exceptions, in order. */
  problems: string[];
  /** Every URL this page requested from the network (documents, scripts, styles, images…). */
  requests: string[];
}

export interface DemoBrowser {
  /** Opens `path` (relative to the demo's root, e.g. `opac.html`) in a new tab and waits for its load event. */
  open(path: string, options?: { beforeLoad?: (page: Page) => Promise<unknown> }): Promise<WatchedPage>;
  /** Every request of every page so far. */
  readonly networkLog: readonly string[];
  close(): Promise<void>;
}

/** The demo API calls a page made, as URLs (collected from the demo API's own `demo-api-request` event). */
export const apiCallsOf = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { demoApiCalls?: string[] }).demoApiCalls ?? []);

export async function launchDemoBrowser(origin: string): Promise<DemoBrowser> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  const networkLog: string[] = [];
  context.on('request', (request) => networkLog.push(request.url()));
  await context.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { demoApiCalls: string[] }).demoApiCalls = calls;
    addEventListener('demo-api-request', (event) => calls.push((event as CustomEvent<{ url: string }>).detail.url));
  });

  return {
    networkLog,
    async open(path, { beforeLoad } = {}) {
      const page = await context.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('request', (request) => requests.push(request.url()));
      await beforeLoad?.(page);
      await page.goto(new URL(path, `${origin}/`).href, { waitUntil: 'load' });
      return { page, problems, requests };
    },
    async close() {
      await context.close();
      await browser.close();
    },
  };
}
