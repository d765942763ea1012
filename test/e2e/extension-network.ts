// What the extension's end-to-end tests run against, in either browser: the recorded API and the YouTube stand-in
// on loopback, the recording proxy routing to them, and the library's preconfigured build of the extension.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension } from './extension-browser.js';
import { startFakeYouTube, type FakeYouTube } from './fake-youtube-server.js';
import { startRecordedApi, type RecordedApi } from './recorded-api-server.js';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy.js';

export const LIBRARY = 'demo';
const BROWSER_START_MS = 1500;

export interface ExtensionNetwork {
  api: RecordedApi;
  youtube: FakeYouTube;
  proxy: RecordingProxy;
  /** The build made with `--api-base` (the recorded API) and `--library`: `chromium/`, `firefox/`, the zips. */
  buildDir: string;
  /**
   * Lets a browser just launched make its own start-up requests (sign-in, update and settings checks, before any
   * page), and notes their hosts: they are the browser's, not the extension's.
   */
  noteBrowserOwnHosts(): Promise<void>;
  /** Every host reached that is neither YouTube, nor the API, nor one the browser reached on its own. */
  elsewhere(): string[];
  close(): Promise<void>;
}

const hostOf = (entry: string) => new URL(entry).host.replace(/:443$/, '');

export async function startExtensionNetwork(): Promise<ExtensionNetwork> {
  const api = await startRecordedApi(LIBRARY);
  const youtube = await startFakeYouTube();
  const apiHost = new URL(api.origin).host;
  const proxy = await startRecordingProxy({ 'www.youtube.com:443': youtube.port, [apiHost]: Number(new URL(api.origin).port) });
  const buildDir = mkdtempSync(join(tmpdir(), 'extension-build-'));
  buildExtension(buildDir, ['--api-base', api.origin, '--library', LIBRARY]);
  const allowed = new Set(['www.youtube.com', apiHost]);
  return {
    api, youtube, proxy, buildDir,
    async noteBrowserOwnHosts() {
      await new Promise((resolve) => setTimeout(resolve, BROWSER_START_MS));
      for (const entry of proxy.log) allowed.add(hostOf(entry));
    },
    elsewhere: () => proxy.log.filter((entry) => !allowed.has(hostOf(entry))),
    async close() {
      await Promise.all([api.close(), youtube.close(), proxy.close()]);
      rmSync(buildDir, { recursive: true, force: true });
    },
  };
}
