// `cocktail-reco serve` as a process (the built CLI, `npm run build` first), over loopback HTTP with a fake Data API
// and a fake SRU catalogue: the "listening on" line, the SDK client and check-api for every route, kill -9 during an
// analysis then a restart, and SIGTERM finishing the request in flight.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CocktailClient, isHttpError, isQuotaError } from '../../src/sdk/index.js';
import { checkContract } from '../../src/cli/contract-check.js';
import { startReplayServer, type ReplayServer } from '../fixtures/replay-server.js';
import {
  DEMO_CATALOGUE, DEMO_VIDEO_IDS, fetchAnalysed, ROOT, spawnServe, startFakeYouTube, temporaryFolder, testConfigJson,
  writeConfig, type FakeYouTube,
} from './server-harness.js';

const run = promisify(execFile);
const KOHA_ANSWER = readFileSync(join(ROOT, 'test/fixtures/sru/koha-zebra-marcxml.xml'), 'utf8');

let youtube: FakeYouTube;
let sru: ReplayServer;
let folder: ReturnType<typeof temporaryFolder>;
let configFile: string;

before(async () => {
  youtube = await startFakeYouTube();
  sru = await startReplayServer();
  sru.answer = () => ({ headers: { 'content-type': 'text/xml' }, body: KOHA_ANSWER, delayMs: 700 });
  folder = temporaryFolder();
  configFile = writeConfig(folder.path, testConfigJson(folder.path, youtube.origin, {
    libraries: [
      { id: 'villeurbanne', name: 'Villeurbanne', quota: { monthly: 6 }, catalogues: [{ kind: 'json', path: DEMO_CATALOGUE }] },
      {
        id: 'slow-koha',
        name: 'Koha lent',
        catalogues: [{ kind: 'sru', url: `${sru.origin}/biblios`, version: '1.1', recordSchema: 'marcxml' }],
      },
    ],
  }));
});

after(async () => {
  await youtube?.close();
  await sru?.close();
  folder?.cleanup();
});

const callsFor = (id: string) => youtube.calls.filter((call) => call.url.searchParams.get('id') === id).length;

describe('cocktail-reco serve', { timeout: 90_000 }, () => {
  it('prints "listening on http://H:P" once ready; the SDK client and check-api use every route', async () => {
    const serve = await spawnServe(configFile);
    try {
      assert.match(serve.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const video = DEMO_VIDEO_IDS[2]!;
      const client = new CocktailClient({ apiBase: serve.url, library: 'villeurbanne', pendingTimeoutMs: 15_000 });
      // The client waits through the 202 as the API asks.
      const list = await client.recommendations(`https://youtu.be/${video}`, { limit: 5 });
      assert.equal(list.video.id, video);
      assert.ok(list.items.length > 0);
      assert.equal((await client.video(video)).video.id, video);

      const findings = await checkContract({ apiBase: serve.url, library: 'villeurbanne', video, timeoutMs: 10_000 });
      assert.deepEqual(findings.filter((finding) => finding.level === 'fail'), [], JSON.stringify(findings, null, 1));
      // And the CLI's check-api, as a library's technician would run it.
      const cli = await run(process.execPath, [join(ROOT, 'bin/cocktail-reco.mjs'), 'check-api', '--api-base', serve.url, '--library', 'villeurbanne', '--video', video]);
      assert.match(cli.stdout, /The widget can use this server: 0 failure/);

      const unknownLibrary = new CocktailClient({ apiBase: serve.url, library: 'nowhere', retries: 0 });
      await assert.rejects(unknownLibrary.recommendations(video), (error) => isHttpError(error) && error.status === 404 && error.code === 'library_unknown');
      // The quota (6) is spent by now: the SDK reads the 429 as a QuotaError.
      for (let i = 0; i < 6; i++) await fetch(`${serve.url}/v1/libraries/villeurbanne/recommendations?video=${video}`);
      const spent = new CocktailClient({ apiBase: serve.url, library: 'villeurbanne', retries: 0, cacheTtlMs: 0 });
      await assert.rejects(spent.recommendations(video), (error) => isQuotaError(error) && error.quota?.remaining === 0);
    } finally {
      serve.child.kill('SIGTERM');
      await serve.exited;
    }
  });

  it('a bad config stops the start with a sentence naming the key', async () => {
    const elsewhere = temporaryFolder();
    const bad = writeConfig(elsewhere.path, { ...testConfigJson(elsewhere.path, youtube.origin), colour: 'blue' });
    const failed = await run(process.execPath, [join(ROOT, 'bin/cocktail-reco.mjs'), 'serve', '--config', bad, '--port', '0']).then(
      () => assert.fail('the server started'),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /unknown key "colour"/);
    elsewhere.cleanup();
  });

  it('killed with -9 during an analysis and started again: answers that video, and analyses nothing already analysed', async () => {
    const [done, interrupted] = [DEMO_VIDEO_IDS[6]!, DEMO_VIDEO_IDS[7]!];
    const first = await spawnServe(configFile);
    assert.equal((await fetchAnalysed(`${first.url}/v1/videos/${done}`)).status, 200);
    // YouTube holds its answer for the second video: the analysis is in flight when the process dies.
    const normal = youtube.answer;
    youtube.answer = (request, index) => ({ ...normal(request, index), delayMs: request.url.searchParams.get('id') === interrupted ? 5_000 : 0 });
    assert.equal((await fetch(`${first.url}/v1/videos/${interrupted}`)).status, 202);
    const deadline = Date.now() + 10_000;
    while (callsFor(interrupted) === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(callsFor(interrupted), 1, 'the analysis is running');
    first.child.kill('SIGKILL');
    assert.equal((await first.exited).signal, 'SIGKILL');
    youtube.answer = normal;

    const second = await spawnServe(configFile);
    try {
      const resumed = await fetchAnalysed(`${second.url}/v1/videos/${interrupted}`, {}, 20_000);
      assert.equal(resumed.status, 200, 'the interrupted analysis was resumed');
      assert.equal(((await resumed.json()) as { video: { id: string } }).video.id, interrupted);
      assert.equal(callsFor(interrupted), 2);
      const again = await fetch(`${second.url}/v1/videos/${done}`);
      assert.equal(again.status, 200, 'answered at once: the description was kept');
      assert.equal(callsFor(done), 1, 'nothing analysed before is analysed again');
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('SIGTERM: stops accepting, finishes the request in flight, then exits 0', async () => {
    const serve = await spawnServe(configFile);
    const video = DEMO_VIDEO_IDS[2]!;
    assert.equal((await fetchAnalysed(`${serve.url}/v1/videos/${video}`)).status, 200);
    // The slow Koha takes 700 ms a search: the list is still being built when SIGTERM arrives.
    const inFlight = fetch(`${serve.url}/v1/libraries/slow-koha/recommendations?video=${video}&limit=3`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    serve.child.kill('SIGTERM');
    const answer = await inFlight;
    assert.equal(answer.status, 200, 'the request in flight was finished');
    assert.equal(((await answer.json()) as { meta: { failedSearches: number } }).meta.failedSearches, 0);
    assert.deepEqual(await serve.exited, { code: 0, signal: null });
    await assert.rejects(fetch(`${serve.url}/healthz`), 'nothing listens any more');
  });
});
