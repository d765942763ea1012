// A library's monthly quota on a real server, over loopback HTTP: counted per delivered list, carried by the IETF
// RateLimit headers, ending in 429 quota_exceeded with Retry-After and the quota; GET /v1/videos is not counted.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO_VIDEO_IDS, fetchAnalysed, startFakeYouTube, startTestServer, temporaryFolder, testConfigJson, DEMO_CATALOGUE,
  type FakeYouTube, type TestServer,
} from './server-harness.js';

const MONTHLY = 3;
const VIDEO = DEMO_VIDEO_IDS[1]!;

let youtube: FakeYouTube;
let folder: ReturnType<typeof temporaryFolder>;
let server: TestServer;

before(async () => {
  youtube = await startFakeYouTube();
  folder = temporaryFolder();
  server = await startTestServer(testConfigJson(folder.path, youtube.origin, {
    libraries: [{ id: 'small', name: 'Petite bibliothèque', quota: { monthly: MONTHLY }, catalogues: [{ kind: 'json', path: DEMO_CATALOGUE }] }],
  }));
});

after(async () => {
  await server?.close();
  await youtube?.close();
  folder?.cleanup();
});

const secondsToNextMonth = () => {
  const now = new Date();
  return (Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - now.getTime()) / 1000;
};

describe('monthly quota', () => {
  it('counts delivered lists, not video reads, and ends in a 429 with its headers, Retry-After and the quota', async () => {
    const url = `${server.url}/v1/libraries/small/recommendations?video=${VIDEO}&limit=4`;
    // The 202 while the video is analysed delivers nothing and is not counted.
    const first = await fetchAnalysed(url);
    assert.equal(first.status, 200);
    assert.match(first.headers.get('ratelimit') ?? '', new RegExp(`^"monthly";r=${MONTHLY - 1};t=\\d+$`));
    for (let i = 0; i < 5; i++) assert.equal((await fetch(`${server.url}/v1/videos/${VIDEO}`)).status, 200);

    const remaining: number[] = [];
    for (let i = 1; i < MONTHLY; i++) {
      const response = await fetch(url);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('ratelimit-policy') ?? '', new RegExp(`^"monthly";q=${MONTHLY};w=\\d+$`));
      remaining.push(Number(/r=(\d+)/.exec(response.headers.get('ratelimit') ?? '')?.[1]));
    }
    assert.deepEqual(remaining, [1, 0]);

    const refused = await fetch(url);
    assert.equal(refused.status, 429);
    assert.match(refused.headers.get('content-type') ?? '', /problem\+json/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(Math.abs(retryAfter - secondsToNextMonth()) < 5, 'Retry-After reaches the next month (UTC)');
    assert.match(refused.headers.get('ratelimit') ?? '', /^"monthly";r=0;t=\d+$/);
    assert.ok(refused.headers.get('ratelimit-policy'));
    const problem = (await refused.json()) as { code: string; retryAfter: number; quota: { limit: number; remaining: number; resetsAt: string } };
    assert.equal(problem.code, 'quota_exceeded');
    assert.equal(problem.retryAfter, retryAfter);
    assert.equal(problem.quota.limit, MONTHLY);
    assert.equal(problem.quota.remaining, 0);
    assert.match(problem.quota.resetsAt, /^\d{4}-\d{2}-01T00:00:00\.000Z$/);
    assert.equal((await fetch(`${server.url}/v1/videos/${VIDEO}`)).status, 200, 'video reads go on');
  });
});
