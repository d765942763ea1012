// Two server instances on one real PostgreSQL server (started for this file), as behind a load balancer: the
// curation saved through one is in force on the other at once (server-instances.test.ts covers the shared
// analysis, cache and quota).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startPostgres, type PostgresServer } from './postgres-server.js';
import {
  ADMIN_TOKEN, DEMO_CATALOGUE, DEMO_VIDEO_IDS, fetchAnalysed, startFakeYouTube, startTestServer, temporaryFolder,
  testConfigJson, type FakeYouTube, type TestServer,
} from './server-harness.js';

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
    libraries: [{ id: 'curated', name: 'Médiathèque', catalogues: [{ kind: 'json', path: DEMO_CATALOGUE }] }],
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

describe('two instances on one PostgreSQL', { timeout: 60_000 }, () => {
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
