/**
 * The demo on the real API server: `demo/server.config.json` (the demo catalogue and events as JSON catalogues,
 * the demo videos as recorded Data API answers, SQLite), the built pages of `dist/demo` served by it, and the demo
 * videos analysed at start so that they answer at once. `npm start` and the end-to-end tests run it.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { loadConfig } from '../../src/server/config.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { serveDemoSite } from './demo-site.js';

const CONFIG = fileURLToPath(new URL('../server.config.json', import.meta.url));
/** The demo videos' analysis is waited for this long at most; a slow machine then answers 202 for a while. */
const ANALYSIS_WAIT_MS = 20_000;
export const DEMO_SITE = fileURLToPath(new URL('../../dist/demo', import.meta.url));

export interface DemoServerOptions {
  host?: string;
  port?: number;
  /** Another storage than the config's `.data/demo.db` (the tests use a temporary one). */
  storage?: string;
  logger?: Logger;
}

export async function startDemoServer({ storage, ...options }: DemoServerOptions = {}): Promise<RunningServer> {
  const config = loadConfig(CONFIG);
  const server = await startServer(storage ? { ...config, storage } : config, { ...options, extend: (app) => serveDemoSite(app, DEMO_SITE) });
  const videos = readdirSync(config.youtube.fixtures!).map((file) => file.replace(/\.json$/, ''));
  const deadline = Date.now() + ANALYSIS_WAIT_MS;
  for (const video of videos) {
    while ((await server.services.analysis.state(video)).kind === 'pending' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return server;
}
