// The v1 routes of a real server (SQLite in a temporary folder, the demo catalogue, a fake Data API on loopback),
// asked through Fastify's inject() and over loopback HTTP: problems, validation, ETag/304, CORS, admin, quota,
// logs without personal data, health and metrics.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ADMIN_TOKEN, DEMO_VIDEO_IDS, ROOT, fetchAnalysed, startFakeYouTube, startTestServer, temporaryFolder, testConfigJson,
  type FakeYouTube, type TestServer,
} from './server-harness.js';

const [VIDEO, OTHER_VIDEO, THIRD_VIDEO] = DEMO_VIDEO_IDS as [string, string, string];
const ORIGIN = 'https://www.mediatheque.example';

let youtube: FakeYouTube;
let folder: ReturnType<typeof temporaryFolder>;
let server: TestServer;

const list = (video: string, query = '') => `/v1/libraries/villeurbanne/recommendations?video=${video}${query}`;
const inject = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url, headers });

before(async () => {
  youtube = await startFakeYouTube();
  folder = temporaryFolder();
  server = await startTestServer(testConfigJson(folder.path, youtube.origin));
  // Every test below reads analysed videos.
  for (const video of [VIDEO, OTHER_VIDEO, THIRD_VIDEO]) assert.equal((await fetchAnalysed(`${server.url}/v1/videos/${video}`)).status, 200);
});

after(async () => {
  await server?.close();
  await youtube?.close();
  folder?.cleanup();
});

function assertProblem(response: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number, code: string) {
  assert.equal(response.statusCode, status, response.body);
  assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  const problem = JSON.parse(response.body) as Record<string, unknown>;
  assert.equal(problem.status, status);
  assert.equal(problem.code, code);
  assert.equal(typeof problem.title, 'string');
  assert.equal(typeof problem.detail, 'string');
  assert.match(String(problem.type), /^https:\/\//);
  return problem;
}

describe('the v1 routes', () => {
  it('serves every operation of openapi.json', () => {
    const document = JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ path, method })));
    assert.ok(operations.length >= 4);
    for (const { path, method } of operations) {
      const url = path.replace(/\{(\w+)\}/g, ':$1');
      assert.ok(server.app.hasRoute({ method: method.toUpperCase() as 'GET', url }), `${method.toUpperCase()} ${path}`);
    }
  });

  it('answers an analysed video with its description, a strong ETag and 304 on If-None-Match', async () => {
    const first = await inject(`/v1/videos/${VIDEO}`);
    assert.equal(first.statusCode, 200);
    const description = first.json();
    assert.equal(description.video.id, VIDEO);
    assert.ok(['emi', 'inclusion', 'pedagogy'].includes(description.relation.type));
    const etag = String(first.headers.etag);
    assert.match(etag, /^"[^"]+"$/, 'a strong ETag');
    assert.match(String(first.headers['cache-control']), /max-age=\d+/);
    const again = await inject(`/v1/videos/${VIDEO}`, { 'if-none-match': etag });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    assert.equal(again.headers.etag, etag);
  });

  it('answers a list with its evidence, and 304 for a repeated request with If-None-Match', async () => {
    const first = await inject(list(VIDEO, '&limit=5'));
    assert.equal(first.statusCode, 200, first.body);
    const body = first.json();
    assert.ok(body.items.length > 0 && body.items.length <= 5);
    assert.ok(body.items.every((item: { why: unknown[] }) => item.why.length > 0), 'every item says why');
    assert.ok(body.meta.searches > 0 && body.meta.searches <= 80, 'at most 40 searches per catalogue');
    assert.equal(body.meta.failedSearches, 0);
    // From the cache from now on: the same list, said to be cached, under its own tag.
    const cached = await inject(list(VIDEO, '&limit=5'));
    assert.equal(cached.json().meta.cached, true);
    assert.deepEqual(cached.json().items, body.items);
    const etag = String(cached.headers.etag);
    const notModified = await inject(list(VIDEO, '&limit=5'), { 'if-none-match': etag });
    assert.equal(notModified.statusCode, 304);
    assert.equal(notModified.headers.etag, etag);
    assert.ok(notModified.headers.ratelimit, 'a 304 carries the quota too');
  });

  it('says what is wrong with a request in a 400 problem', async () => {
    const badId = assertProblem(await inject(list('bad!id')), 400, 'invalid_request');
    assert.match(String(badId.detail), /video/);
    const badLimit = assertProblem(await inject(list(VIDEO, '&limit=0')), 400, 'invalid_request');
    assert.match(String(badLimit.detail), /limit.*from 1 to 50/);
    assertProblem(await inject(list(VIDEO, '&limit=abc')), 400, 'invalid_request');
    assertProblem(await inject('/v1/libraries/villeurbanne/recommendations'), 400, 'invalid_request');
    assertProblem(await inject(`/v1/videos/${VIDEO}x`), 400, 'invalid_request');
  });

  it('answers unknown routes, unknown libraries and overlong addresses with problems', async () => {
    assertProblem(await inject('/v2/anything'), 404, 'not_found');
    assertProblem(await server.app.inject({ method: 'DELETE', url: `/v1/videos/${VIDEO}` }), 404, 'not_found');
    assertProblem(await inject(`/v1/libraries/nowhere/recommendations?video=${VIDEO}`), 404, 'library_unknown');
    assertProblem(await inject(`/v1/videos/${VIDEO}?pad=${'x'.repeat(3000)}`), 414, 'uri_too_long');
  });

  it('refuses request headers over the limit with a problem (over real HTTP)', async () => {
    const response = await fetch(`${server.url}/healthz`, { headers: { 'x-padding': 'x'.repeat(10_000) } });
    assert.equal(response.status, 431);
    assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
  });

  it('answers CORS only for the library’s configured origins, always with Vary: Origin', async () => {
    const allowed = await fetch(`${server.url}${list(VIDEO)}`, { headers: { origin: ORIGIN } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(allowed.headers.get('vary') ?? '', /Origin/);
    assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /RateLimit/);
    const refused = await fetch(`${server.url}${list(VIDEO)}`, { headers: { origin: 'https://elsewhere.example' } });
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    assert.match(refused.headers.get('vary') ?? '', /Origin/);
    const preflight = await fetch(`${server.url}${list(VIDEO)}`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'GET' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), ORIGIN);
    const video = await fetch(`${server.url}/v1/videos/${VIDEO}`, { headers: { origin: ORIGIN } });
    assert.equal(video.headers.get('access-control-allow-origin'), ORIGIN, 'a library’s origin may read videos');
    const admin = await fetch(`${server.url}/v1/admin/libraries/villeurbanne/curation`, { headers: { origin: ORIGIN } });
    assert.equal(admin.headers.get('access-control-allow-origin'), null, 'the admin routes answer no origin');
  });

  it('every list answer carries RateLimit-Policy and RateLimit', async () => {
    const response = await inject(list(OTHER_VIDEO));
    assert.match(String(response.headers['ratelimit-policy']), /^"monthly";q=1000;w=\d+$/);
    assert.match(String(response.headers.ratelimit), /^"monthly";r=\d+;t=\d+$/);
  });

  it('admin routes refuse a missing or wrong token, and a curation saved there excludes a video at once', async () => {
    const url = '/v1/admin/libraries/villeurbanne/curation';
    const missing = assertProblem(await inject(url), 401, 'unauthorized');
    assert.match(String(missing.detail), /token/);
    assertProblem(await inject(url, { authorization: 'Bearer wrong-token-of-some-length' }), 401, 'unauthorized');
    assertProblem(await inject(url, { authorization: ADMIN_TOKEN }), 401, 'unauthorized');
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const current = await inject(url, auth);
    assert.equal(current.statusCode, 200);
    assert.deepEqual(current.json(), { deniedChannels: [], deniedVideos: [], stopWords: [], allowedChannels: [] });

    assert.equal((await inject(list(THIRD_VIDEO))).statusCode, 200);
    const put = await server.app.inject({ method: 'PUT', url, headers: auth, payload: { deniedVideos: [THIRD_VIDEO] } });
    assert.equal(put.statusCode, 200, put.body);
    assert.deepEqual((await inject(url, auth)).json().deniedVideos, [THIRD_VIDEO]);
    assertProblem(await inject(list(THIRD_VIDEO)), 403, 'video_excluded');

    const channel = (await inject(`/v1/videos/${OTHER_VIDEO}`)).json().video.channel as string;
    await server.app.inject({ method: 'PUT', url, headers: auth, payload: { deniedChannels: [channel.toUpperCase()] } });
    assertProblem(await inject(list(OTHER_VIDEO)), 403, 'video_excluded');
    assert.equal((await inject(list(THIRD_VIDEO))).statusCode, 200, 'the new curation replaced the old one');

    const badBody = await server.app.inject({ method: 'PUT', url, headers: auth, payload: { deniedVideo: ['x'] } });
    assertProblem(badBody, 400, 'invalid_request');
    assertProblem(await inject('/v1/admin/libraries/nowhere/curation', auth), 404, 'library_unknown');
    await server.app.inject({ method: 'PUT', url, headers: auth, payload: {} });
  });

  it('the library’s stop words are not searched', async () => {
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const before = (await inject(list(VIDEO, '&limit=20'))).json();
    const evidence = before.items.flatMap((item: { why: Array<{ value: string }> }) => item.why.map((why) => why.value));
    const strongest = evidence[0] as string;
    await server.app.inject({ method: 'PUT', url: '/v1/admin/libraries/villeurbanne/curation', headers: auth, payload: { stopWords: [strongest] } });
    const after = (await inject(list(VIDEO, '&limit=20'))).json();
    const values = after.items.flatMap((item: { why: Array<{ value: string }> }) => item.why.map((why) => why.value));
    assert.ok(!values.includes(strongest), `"${strongest}" is no evidence any more`);
    await server.app.inject({ method: 'PUT', url: '/v1/admin/libraries/villeurbanne/curation', headers: auth, payload: {} });
  });

  it('logs method, route, status, duration, library and video, and never the IP, user agent or referrer', async () => {
    await fetch(`${server.url}${list(VIDEO)}`, {
      headers: { 'user-agent': 'Patron-Browser/1.0', referer: 'https://patron.example/private-page', 'x-forwarded-for': '203.0.113.9' },
    });
    const line = [...server.logs].reverse().find((entry) => entry.msg === 'request' && entry.route === '/v1/libraries/:libraryId/recommendations');
    assert.ok(line);
    assert.equal(line.method, 'GET');
    assert.equal(line.status, 200);
    assert.equal(typeof line.durationMs, 'number');
    assert.equal(line.library, 'villeurbanne');
    assert.equal(line.video, VIDEO);
    const everything = JSON.stringify(server.logs);
    for (const secret of ['Patron-Browser', 'patron.example', '203.0.113.9', 'user-agent', 'referer']) {
      assert.ok(!everything.includes(secret), `no ${secret} in the logs`);
    }
    assert.ok(!/"(remoteAddress|remotePort|ip|userAgent|referrer)"/.test(everything));
  });

  it('/healthz, /readyz and /metrics', async () => {
    assert.equal((await inject('/healthz')).statusCode, 200);
    const ready = await inject('/readyz');
    assert.equal(ready.statusCode, 200);
    assert.equal(ready.json().storage, 'sqlite');
    const metrics = await inject('/metrics');
    assert.match(String(metrics.headers['content-type']), /^text\/plain/);
    for (const name of [
      /cocktail_http_requests_total\{method="GET",route="\/v1\/videos\/:videoId",status="200"\} \d+/,
      /cocktail_analysis_jobs_total\{outcome="done"\} 3/,
      /cocktail_list_cache_total\{result="hit"\} \d+/,
      /cocktail_youtube_calls_total\{result="ok"\} \d+/,
      /cocktail_catalogue_searches_total\{catalogue="[^"]+catalogue\.json",result="ok"\} \d+/,
    ]) {
      assert.match(metrics.body, name);
    }
  });
});
