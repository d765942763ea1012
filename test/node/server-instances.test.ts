// Two `cocktail-reco serve` processes on one real PostgreSQL, as behind a load balancer: they share the analysis of
// a video (one Data API call for 30 concurrent first requests spread over both), the cached lists (one built, the
// other served from the cache, same ETag) and the library's monthly quota (counted across both, then 429 on both).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startPostgres, type PostgresServer } from './postgres-server.js';
import {
  DEMO_VIDEO_IDS,
  ROOT,
  fetchAnalysed,
  spawnServe,
  startFakeYouTube,
  temporaryFolder,
  testConfigJson,
  writeConfig,
  type FakeYouTube,
  type ServeProcess,
} from './server-harness.js';

const QUOTA = 7;
const VIDEO = DEMO_VIDEO_IDS[0]!;
let postgres: PostgresServer;
let youtube: FakeYouTube;
let folder: ReturnType<typeof temporaryFolder>;
let a: ServeProcess;
let b: ServeProcess;

before(async () => {
  if (!existsSync(join(ROOT, 'dist/esm/cli/serve.js'))) {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--tsc-only'], { cwd: ROOT });
  }
  postgres = await startPostgres();
  youtube = await startFakeYouTube();
  folder = temporaryFolder();
  const config = testConfigJson(folder.path, youtube.origin, { storage: await postgres.createDatabase('instances') });
  (config.libraries as Array<{ quota: { monthly: number } }>)[0]!.quota.monthly = QUOTA;
  const file = writeConfig(folder.path, config);
  // Started together: both migrate the same empty database at once.
  [a, b] = await Promise.all([spawnServe(file), spawnServe(file)]);
});

after(async () => {
  for (const server of [a, b]) {
    if (!server) continue;
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await youtube?.close();
  await postgres?.stop();
  folder?.cleanup();
});

const recommendations = (server: ServeProcess, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/v1/libraries/villeurbanne/recommendations?video=${VIDEO}`, { headers });

test('30 concurrent first requests over two instances make one analysis, which both then serve', async () => {
  const answers = await Promise.all(
    Array.from({ length: 30 }, (_, i) => fetch(`${(i % 2 ? a : b).url}/v1/videos/${VIDEO}`)),
  );
  for (const answer of answers) {
    assert.ok([200, 202].includes(answer.status), `status ${answer.status}`);
    await answer.arrayBuffer();
  }
  const [fromA, fromB] = [await fetchAnalysed(`${a.url}/v1/videos/${VIDEO}`), await fetchAnalysed(`${b.url}/v1/videos/${VIDEO}`)];
  assert.equal(fromA.status, 200);
  assert.equal(fromB.status, 200);
  assert.deepEqual(await fromA.json(), await fromB.json());
  const calls = youtube.calls.filter((call) => call.url.searchParams.get('id')?.split(',').includes(VIDEO));
  assert.equal(calls.length, 1, 'one Data API call for the video');
});

test('a list built by one instance is served from the shared cache by the other', async () => {
  const built = await recommendations(a);
  assert.equal(built.status, 200);
  const fresh = (await built.json()) as { meta: { cached: boolean; generatedAt: string } };
  assert.equal(fresh.meta.cached, false);
  const fromCache = await recommendations(b);
  assert.equal(fromCache.status, 200);
  const etag = fromCache.headers.get('etag')!;
  const cached = (await fromCache.json()) as { meta: { cached: boolean; generatedAt: string } };
  // B did not build a list of its own: the one A built, generatedAt included, marked as cached.
  assert.deepEqual(cached, { ...fresh, meta: { ...fresh.meta, cached: true } });
  const metrics = await (await fetch(`${b.url}/metrics`)).text();
  assert.match(metrics, /cocktail_list_cache_total\{result="hit"\} 1\b/);
  assert.doesNotMatch(metrics, /cocktail_list_cache_total\{result="miss"\} [1-9]/);
  // A now serves the cached list too: the ETag B gave revalidates on A.
  const revalidated = await recommendations(a, { 'if-none-match': etag });
  assert.equal(revalidated.status, 304);
  assert.equal(revalidated.headers.get('etag'), etag);
});

test('the monthly quota is counted across both instances, then both answer 429', async () => {
  // Three lists were delivered by the test above (200 on A, 200 and 304 on B).
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++) {
    const answer = await recommendations(i % 2 ? a : b);
    statuses.push(answer.status);
    await answer.arrayBuffer();
  }
  assert.deepEqual(statuses, [...Array(QUOTA - 3).fill(200), ...Array(10 - (QUOTA - 3)).fill(429)]);
  for (const server of [a, b]) {
    const refused = await recommendations(server);
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    assert.match(refused.headers.get('ratelimit') ?? '', /r=0\b/);
    assert.equal(((await refused.json()) as { code?: string }).code, 'quota_exceeded');
  }
});
