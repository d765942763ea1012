/**
 * What the server tests share: a fake YouTube Data API on loopback answering the demo videos' recorded answers
 * (and whatever a test makes it answer), a config written in a temporary folder, and a real server started on
 * it (in this process with its log lines kept, or as a `cocktail-reco serve` child process).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { startReplayServer, type RecordedRequest, type Replay, type ReplayServer } from '../fixtures/replay-server.js';
import { parseConfig, type ServerConfig } from '../../src/server/config.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DEMO_YOUTUBE = join(ROOT, 'demo/data/youtube');
export const DEMO_CATALOGUE = join(ROOT, 'demo/data/catalogue.json');
export const DEMO_EVENTS = join(ROOT, 'demo/data/events.json');
export const ADMIN_TOKEN = 'a-long-enough-admin-token-for-tests';
export const API_KEY = 'test-data-api-key';

/** The demo videos' recorded `videos.list` items, by id. */
export const recordedVideos: ReadonlyMap<string, unknown> = new Map(
  readdirSync(DEMO_YOUTUBE).map((file) => {
    const answer = JSON.parse(readFileSync(join(DEMO_YOUTUBE, file), 'utf8')) as { items: unknown[] };
    return [file.replace(/\.json$/, ''), answer.items[0]];
  }),
);
export const DEMO_VIDEO_IDS = [...recordedVideos.keys()];

/** A fake Data API: `/videos?id=…` answered with the recorded items of the ids it knows. */
export interface FakeYouTube extends ReplayServer {
  /** The `videos.list` calls received so far. */
  readonly calls: RecordedRequest[];
  /** Replaces the normal answer (a quota error, a delay…) for the calls to come. */
  override: ((request: RecordedRequest) => Replay | undefined) | undefined;
}

export async function startFakeYouTube(): Promise<FakeYouTube> {
  const server = (await startReplayServer()) as FakeYouTube;
  Object.defineProperty(server, 'calls', { get: () => server.requests.filter((r) => r.url.pathname === '/youtube/v3/videos') });
  server.override = undefined;
  server.answer = (request) => {
    const forced = server.override?.(request);
    if (forced) return forced;
    const ids = (request.url.searchParams.get('id') ?? '').split(',');
    const items = ids.flatMap((id) => (recordedVideos.has(id) ? [recordedVideos.get(id)] : []));
    return { body: { kind: 'youtube#videoListResponse', items, pageInfo: { totalResults: items.length, resultsPerPage: items.length } } };
  };
  return server;
}

/** A temporary folder, removed by `cleanup()`. */
export function temporaryFolder(prefix = 'cocktail-server-'): { path: string; cleanup(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** A config over the demo catalogue, a fake YouTube and a SQLite file in `folder`; `extra` is merged over it. */
export function testConfigJson(folder: string, youtubeOrigin: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    storage: `sqlite:${join(folder, 'cocktail.db')}`,
    youtube: { apiKey: API_KEY, apiBase: `${youtubeOrigin}/youtube/v3` },
    admin: { token: ADMIN_TOKEN },
    analysis: { concurrency: 2, leaseSeconds: 2, maxAttempts: 3 },
    libraries: [
      {
        id: 'villeurbanne',
        name: 'Médiathèque de Villeurbanne',
        location: 'Villeurbanne',
        origins: ['https://www.mediatheque.example'],
        quota: { monthly: 1000 },
        catalogues: [{ kind: 'json', path: DEMO_CATALOGUE }, { kind: 'json', path: DEMO_EVENTS }],
      },
    ],
    ...extra,
  };
}

export function writeConfig(folder: string, json: Record<string, unknown>): string {
  const file = join(folder, 'config.json');
  writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}

export interface TestServer extends RunningServer {
  /** Every log line written so far, parsed. */
  logs: Array<Record<string, unknown>>;
}

/** A server in this process on a free loopback port, logging into `logs`. */
export async function startTestServer(json: Record<string, unknown>): Promise<TestServer> {
  const logs: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const config: ServerConfig = parseConfig(json);
  const server = await startServer(config, { host: '127.0.0.1', port: 0, logger: pino({ level: 'info' }, stream) });
  return Object.assign(server, { logs });
}

/** GETs `url` until it is not a 202 (the video is analysed), at most `timeoutMs`. */
export async function fetchAnalysed(url: string, init: RequestInit = {}, timeoutMs = 10_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(url, init);
    if (response.status !== 202 || Date.now() > deadline) return response;
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  /** Standard error so far (the log lines). */
  stderr(): string;
  /** Resolves with the exit code and signal once the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `cocktail-reco serve --config FILE --port 0` as a child process (needs `npm run build`), once it listens. */
export async function spawnServe(configFile: string, env: Record<string, string> = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/cocktail-reco.mjs'), 'serve', '--config', configFile, '--port', '0'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start in time: ${err}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /^listening on (http:\/\/\S+)\n/m.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before listening: ${err}`));
    });
  });
  return { child, url, stderr: () => err, exited };
}
