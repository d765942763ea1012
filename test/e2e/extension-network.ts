// What the extension's end-to-end tests run against, in either browser: the real API server on the demo's data
// (its catalogue and events, its videos as recorded Data API answers, SQLite in a temporary folder), the YouTube
// stand-in, both on loopback, the recording proxy routing to them, and the library's preconfigured build of the
// extension.
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { startDemoServer } from '../../demo/server/start-demo-server.js';
import type { RecommendationList } from '../../src/sdk/schemas.js';
import { buildExtension } from './extension-browser.js';
import { startFakeYouTube } from './fake-youtube-server.js';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy.js';

/** The demo server's library. */
export const LIBRARY = 'demo';
const BROWSER_START_MS = 1500;

export interface ExtensionNetwork {
  /** The API server's origin, `http://127.0.0.1:PORT`. */
  apiOrigin: string;
  /** The list the API gives for `video` in French, asked directly (not through the browser). */
  listOf(video: string): Promise<RecommendationList>;
  /** What the browser asked of the API: path and query, and headers. */
  apiRequests(): { path: string; headers: IncomingHttpHeaders }[];
  proxy: RecordingProxy;
  /** The build made with `--api-base` (the API server) and `--library`: `chromium/`, `firefox/`, the zips. */
  buildDir: string;
  /**
   * Lets a browser just launched make its own start-up requests (sign-in, update and settings checks, before any
   * page), and notes their hosts: they are the browser's, not the extension's.
   */
  noteBrowserOwnHosts(): Promise<void>;
  /** Every request to a host that is neither YouTube, nor the API, nor one the browser reached on its own. */
  elsewhere(): string[];
  close(): Promise<void>;
}

const hostOf = (url: string) => new URL(url).host.replace(/:443$/, '');

export async function startExtensionNetwork(): Promise<ExtensionNetwork> {
  const folder = mkdtempSync(join(tmpdir(), 'extension-e2e-'));
  // The demo's videos are analysed before it answers: each list is there at the first request.
  const api = await startDemoServer({ host: '127.0.0.1', port: 0, storage: `sqlite:${join(folder, 'api.db')}`, logger: pino({ level: 'silent' }) });
  const youtube = await startFakeYouTube();
  const apiHost = new URL(api.url).host;
  const proxy = await startRecordingProxy({ 'www.youtube.com:443': youtube.port, [apiHost]: Number(new URL(api.url).port) });
  const buildDir = join(folder, 'build');
  buildExtension(buildDir, ['--api-base', api.url, '--library', LIBRARY]);
  const allowed = new Set(['www.youtube.com', apiHost]);
  return {
    apiOrigin: api.url,
    async listOf(video) {
      const response = await fetch(`${api.url}/v1/libraries/${LIBRARY}/recommendations?video=${video}&lang=fr`);
      return (await response.json()) as RecommendationList;
    },
    apiRequests: () => proxy.requests.filter(({ url }) => hostOf(url) === apiHost)
      .map(({ url, headers }) => ({ path: url.slice(api.url.length), headers: headers ?? {} })),
    proxy,
    buildDir,
    async noteBrowserOwnHosts() {
      await new Promise((resolve) => setTimeout(resolve, BROWSER_START_MS));
      for (const { url } of proxy.requests) allowed.add(hostOf(url));
    },
    elsewhere: () => proxy.requests.map(({ url }) => url).filter((url) => !allowed.has(hostOf(url))),
    async close() {
      await Promise.all([api.close(), youtube.close(), proxy.close()]);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
