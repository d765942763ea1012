// Debian's Chromium with an unpacked build of the extension loaded (a persistent context is the only kind that
// loads extensions), every request sent through the recording proxy, and the extension's id read from its worker.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './demo-browser.js';
import { repositoryRoot } from './demo-build.js';

/** Builds the extension into `out` with `args` (`--api-base`, `--library`…), as a library would. */
export function buildExtension(out: string, args: string[]): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-extension.ts', '--out', out, ...args], {
    cwd: repositoryRoot, stdio: 'pipe',
  });
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** `language` is the browser's own (`fr`, `en`), which the extension's pages speak. */
export async function launchWithExtension(extensionDir: string, proxyPort: number, language = 'fr'): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'extension-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    // Extensions need the new headless mode, asked for by flag (Playwright's own headless is the old one).
    headless: false,
    executablePath: CHROMIUM,
    locale: language,
    // On Linux the browser's language comes from the environment.
    env: { ...process.env, LANGUAGE: language },
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      // Loopback too goes through the proxy, so that the API's requests are recorded with the rest.
      '--proxy-bypass-list=<-loopback>',
      '--ignore-certificate-errors',
      ...CHROMIUM_ARGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
