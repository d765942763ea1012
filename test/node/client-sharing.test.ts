// Sharing between callers: one request for concurrent calls, the in-memory cache, and aborts.
import { beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse, delay } from 'msw';
import { CocktailClient, type CocktailClientOptions } from '../../src/sdk/client.js';
import { RemoteRecommender } from '../../src/recommenders/remote-recommender.js';
import { ResponseCache } from '../../src/sdk/response-cache.js';
import { isAbortError } from '../../src/sdk/errors.js';
import { API_BASE, LIBRARY, OTHER_VIDEO_ID, RECOMMENDATIONS, VIDEO_ID, recommendationList } from '../fixtures/api-sample.js';
import { fakeClock, type FakeClock } from '../fixtures/fake-clock.js';
import { useSampleApiServer } from '../fixtures/sample-api-server.js';

const { server, requests } = useSampleApiServer({ latencyMs: 30 });
let clock: FakeClock;
beforeEach(() => {
  clock = fakeClock();
});

const client = (options: Partial<CocktailClientOptions> = {}) =>
  new CocktailClient({ apiBase: API_BASE, library: LIBRARY, clock, ...options });

const isDomAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

test('N concurrent calls for the same video share one request', async () => {
  const api = client();
  const lists = await Promise.all([
    api.recommendations(VIDEO_ID), api.recommendations(`https://youtu.be/${VIDEO_ID}`),
    api.recommendations(`https://www.youtube.com/embed/${VIDEO_ID}`), api.recommendations(VIDEO_ID),
  ]);
  assert.equal(requests.length, 1);
  for (const list of lists) assert.equal(list.items.length, 2);
  await Promise.all([api.recommendations(OTHER_VIDEO_ID), api.recommendations(VIDEO_ID, { limit: 1 })]);
  assert.equal(requests.length, 3, 'another video or other parameters are other requests');
});

test('a cached answer is served without a request and says meta.cached', async () => {
  const api = client();
  const first = await api.recommendations(VIDEO_ID);
  const second = await api.recommendations(VIDEO_ID);
  assert.equal(requests.length, 1);
  assert.equal(first.meta.cached, false);
  assert.equal(second.meta.cached, true);
  assert.deepEqual(second.items, first.items);
  const third = await api.recommendations(VIDEO_ID);
  assert.equal(third.meta.cached, true);
  assert.equal(first.meta.cached, false, 'marking a cached copy leaves the first answer as it was');
  await api.video(VIDEO_ID);
  await api.video(VIDEO_ID);
  assert.equal(requests.length, 2);
});

test('a cached answer expires after cacheTtlMs', async () => {
  const api = client({ cacheTtlMs: 1000 });
  await api.recommendations(VIDEO_ID);
  clock.advance(999);
  assert.equal((await api.recommendations(VIDEO_ID)).meta.cached, true);
  clock.advance(1);
  assert.equal((await api.recommendations(VIDEO_ID)).meta.cached, false);
  assert.equal(requests.length, 2);
});

test('only successful answers are cached', async () => {
  let calls = 0;
  server.use(http.get(RECOMMENDATIONS, () =>
    calls++ === 0 ? HttpResponse.json({ code: 'video_not_analyzed' }, { status: 404 }) : HttpResponse.json(recommendationList())));
  const api = client();
  await assert.rejects(api.recommendations(VIDEO_ID));
  assert.equal((await api.recommendations(VIDEO_ID)).items.length, 2);
  assert.equal(requests.length, 2);
});

test('the cache evicts the least recently used answer beyond cacheSize', async () => {
  const api = client({ cacheSize: 2 });
  const third = 'M7lc1UVf-VE';
  server.use(http.get(RECOMMENDATIONS, ({ request }) =>
    HttpResponse.json(recommendationList(new URL(request.url).searchParams.get('video') ?? ''))));
  await api.recommendations(VIDEO_ID);
  await api.recommendations(OTHER_VIDEO_ID);
  await api.recommendations(VIDEO_ID); // now the most recently used
  await api.recommendations(third); // evicts OTHER_VIDEO_ID
  assert.equal(requests.length, 3);
  assert.equal((await api.recommendations(VIDEO_ID)).meta.cached, true);
  assert.equal((await api.recommendations(OTHER_VIDEO_ID)).meta.cached, false);
  assert.equal(requests.length, 4);
});

test('ResponseCache: LRU order, TTL, and a zero TTL disables it', () => {
  let now = 0;
  const cache = new ResponseCache<string>({ ttlMs: 100, size: 2, now: () => now });
  cache.set('a', 'A');
  cache.set('b', 'B');
  assert.equal(cache.get('a'), 'A');
  cache.set('c', 'C');
  assert.equal(cache.get('b'), undefined);
  assert.equal(cache.size, 2);
  now = 100;
  assert.equal(cache.get('a'), undefined);
  const off = new ResponseCache<string>({ ttlMs: 0, size: 2, now: () => now });
  off.set('a', 'A');
  assert.equal(off.get('a'), undefined);
});

test('an aborted caller gets the platform AbortError; the others still get the shared answer', async () => {
  const api = client();
  const leaving = new AbortController();
  const staying = new AbortController();
  const left = api.recommendations(VIDEO_ID, { signal: leaving.signal });
  const stayed = api.recommendations(VIDEO_ID, { signal: staying.signal });
  const plain = api.recommendations(VIDEO_ID);
  leaving.abort();
  await assert.rejects(left, (error) => isDomAbort(error) && isAbortError(error));
  assert.equal((await stayed).items.length, 2);
  assert.equal((await plain).items.length, 2);
  assert.equal(requests.length, 1);
  assert.equal(requests[0]?.signal.aborted, false);
});

test('when every caller aborts, the shared request is aborted', async () => {
  let sawAbort = false;
  server.use(http.get(RECOMMENDATIONS, async ({ request }) => {
    request.signal.addEventListener('abort', () => {
      sawAbort = true;
    });
    await delay(300);
    return HttpResponse.json(recommendationList());
  }));
  const api = client();
  const callers = [new AbortController(), new AbortController()];
  const outcomes = callers.map((controller) =>
    api.recommendations(VIDEO_ID, { signal: controller.signal }).then(() => 'answered', (error: unknown) => error));
  await delay(20);
  callers[0]!.abort();
  await delay(20);
  assert.equal(sawAbort, false, 'one caller is still waiting');
  callers[1]!.abort();
  for (const outcome of await Promise.all(outcomes)) assert.ok(isDomAbort(outcome));
  assert.equal(sawAbort, true);
  await api.recommendations(VIDEO_ID);
  assert.equal(requests.length, 2, 'a new call after everyone left starts a new request');
});

test('an abort cuts a Retry-After wait (real clock)', async () => {
  server.use(http.get(RECOMMENDATIONS, () => HttpResponse.json({ status: 503 }, { status: 503, headers: { 'retry-after': '5' } })));
  const api = new CocktailClient({ apiBase: API_BASE, library: LIBRARY });
  const controller = new AbortController();
  const started = Date.now();
  const call = api.recommendations(VIDEO_ID, { signal: controller.signal });
  setTimeout(() => controller.abort(), 80);
  await assert.rejects(call, isDomAbort);
  assert.ok(Date.now() - started < 1000, 'rejected long before the 5 s wait');
  assert.equal(requests.length, 1);
});

test('an already aborted signal rejects with its reason and sends nothing', async () => {
  const reason = new DOMException('Left the page', 'AbortError');
  await assert.rejects(client().recommendations(VIDEO_ID, { signal: AbortSignal.abort(reason) }), (error) => error === reason);
  assert.equal(requests.length, 0);
});

test('RemoteRecommender calls the client, from a client or from options', async () => {
  const api = client();
  const shared = new RemoteRecommender(api);
  const list = await shared.recommend(VIDEO_ID, { limit: 2, lang: 'fr' });
  assert.equal(list.items.length, 2);
  assert.equal(shared.client, api);
  assert.equal(new URL(requests[0]!.url).searchParams.get('limit'), '2');
  const own = new RemoteRecommender({ apiBase: API_BASE, library: LIBRARY, clock });
  assert.equal((await own.recommend(VIDEO_ID, { limit: 2, lang: 'fr' })).meta.cached, false);
  assert.equal(requests.length, 2);
});
