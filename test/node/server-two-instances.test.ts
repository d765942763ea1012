// Two server instances on one real PostgreSQL server (started for this file), as behind a load balancer: they share
// the analysis (one YouTube call for 30 concurrent first requests spread over both), the cached lists, the quota
// and the curation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startPostgres, type PostgresServer } from './postgres-server.js';
import {
  ADMIN_TOKEN, DEMO_CATALOGUE, DEMO_VIDEO_IDS, fetchAnalysed, startFakeYouTube, startTestServer, temporaryFolder,
  testConfigJson, type FakeYouTube, type TestServer,
} from './server-harness.js';

const MONTHLY = 6;

let postgres: PostgresServer;
let youtube: FakeYouTube;
let folder: ReturnType<typeof temporaryFolder>;
let first: TestServer;
let second: TestServer;

before(async () => {
  postgres = await startPostgres();
  youtube = await startFakeYouTube();
  folder = temporaryFolder();
  const config = testConfigJson(folder.path, youtube.origin, {
    storage: await postgres.createDatabase('two_instances'),
    libraries: [
      { id: 'shared', name: 'Réseau partagé', quota: { monthly: MONTHLY }, catalogues: [{ kind: 'json', path: DEMO_CATALOGUE }] },
      { id: 'curated', name: 'Médiathèque', catalogues: [{ kind: 'json', path: DEMO_CATALOGUE }] },
    ],
  });
  // Both start at once, migrating the same database.
  [first, second] = await Promise.all([startTestServer(config), startTestServer(config)]);
});

after(async () => {
  await first?.close();
  await second?.close();
  await youtube?.close();
  await postgres?.stop();
  folder?.cleanup();
});

const callsFor = (id: string) => youtube.calls.filter((call) => call.url.searchParams.get('id')?.split(',').includes(id)).length;
const listUrl = (server: TestServer, video: string) => `${server.url}/v1/libraries/shared/recommendations?video=${video}&limit=4`;

describe('two instances on one PostgreSQL', { timeout: 60_000 }, () => {
  it('30 concurrent first requests over both instances make one YouTube call; both then answer the video', async () => {
    const video = DEMO_VIDEO_IDS[9]!;
    const normal = youtube.answer;
    youtube.answer = (request, index) => ({ ...normal(request, index), delayMs: 300 });
    try {
      const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => fetch(`${(i % 2 ? first : second).url}/v1/videos/${video}`)));
      assert.ok(answers.every((answer) => answer.status === 202), answers.map((answer) => answer.status).join(' '));
      await Promise.all(answers.map((answer) => answer.arrayBuffer()));
      assert.equal((await fetchAnalysed(`${first.url}/v1/videos/${video}`, {}, 20_000)).status, 200);
      assert.equal((await fetch(`${second.url}/v1/videos/${video}`)).status, 200);
      assert.equal(callsFor(video), 1);
    } finally {
      youtube.answer = normal;
    }
  });

  it('share the cache and the quota: a list built by one is a cache hit on the other, and the quota ends in a 429 on either', async () => {
    const video = DEMO_VIDEO_IDS[9]!;
    const built = await fetch(listUrl(first, video));
    assert.equal(built.status, 200);
    assert.equal(((await built.json()) as { meta: { cached: boolean } }).meta.cached, false);
    const fromCache = await fetch(listUrl(second, video));
    assert.equal(((await fromCache.json()) as { meta: { cached: boolean } }).meta.cached, true, 'built by the first, cached for the second');
    const etag = fromCache.headers.get('etag')!;
    const notModified = await fetch(listUrl(first, video), { headers: { 'if-none-match': etag } });
    assert.equal(notModified.status, 304, 'the same strong ETag on both');

    // 3 counted so far; 3 more, alternating, spend the quota of 6.
    const remaining: string[] = [];
    for (const server of [second, first, second]) {
      const response = await fetch(listUrl(server, video));
      assert.equal(response.status, 200);
      remaining.push(/r=(\d+)/.exec(response.headers.get('ratelimit') ?? '')?.[1] ?? '?');
    }
    assert.deepEqual(remaining, ['2', '1', '0']);
    for (const server of [first, second]) {
      const refused = await fetch(listUrl(server, video));
      assert.equal(refused.status, 429);
      assert.equal(((await refused.json()) as { code: string }).code, 'quota_exceeded');
    }
  });

  it('share the curation: a video denied through one instance is excluded by the other', async () => {
    const video = DEMO_VIDEO_IDS[10]!;
    const curatedList = `${second.url}/v1/libraries/curated/recommendations?video=${video}`;
    assert.equal((await fetchAnalysed(curatedList, {}, 20_000)).status, 200);
    const put = await fetch(`${first.url}/v1/admin/libraries/curated/curation`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ deniedVideos: [video] }),
    });
    assert.equal(put.status, 200);
    const got = await fetch(`${second.url}/v1/admin/libraries/curated/curation`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    assert.deepEqual(((await got.json()) as { deniedVideos: string[] }).deniedVideos, [video]);
    const excluded = await fetch(curatedList);
    assert.equal(excluded.status, 403);
    assert.equal(((await excluded.json()) as { code: string }).code, 'video_excluded');
    const ready = await fetch(`${second.url}/readyz`);
    assert.equal(ready.status, 200);
    assert.equal(((await ready.json()) as { storage: string }).storage, 'postgres');
  });
});
