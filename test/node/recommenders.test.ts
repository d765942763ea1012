import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import type { CatalogueAdapter, CatalogueQuery, CatalogueRecord, SearchOptions } from '../../src/catalogue/adapter.js';
import { MemoryCatalogue } from '../../src/catalogue/memory-catalogue.js';
import { localRecommender } from '../../src/recommenders/local-recommender.js';
import { legacyRecommender } from '../../src/recommenders/legacy-recommender.js';
import { readLegacyResponse } from '../../src/recommenders/legacy.js';
import {
  CatalogueError, isAbortError, isHttpError, isInvalidVideoError, isNetworkError, isQuotaError, isTimeoutError,
  isValidationError,
} from '../../src/sdk/errors.js';
import type { VideoDescription } from '../../src/sdk/schemas.js';

const sampleText = readFileSync(new URL('../fixtures/legacy-sample.json', import.meta.url), 'utf8');
const sample = () => JSON.parse(sampleText) as Record<string, any>;
const VIDEO_ID = 'Xy7kQ2pLm0A';

/** The sample's own analysis and records: a catalogue holding exactly what the legacy service found. */
const reading = readLegacyResponse(sample());
const description: VideoDescription = reading.description;
const records: CatalogueRecord[] = reading.candidates.map(({ foundBy: _foundBy, ...record }) => record);

const describeVideo = async (id: string) => {
  if (id !== VIDEO_ID) throw new Error(`unknown video ${id}`);
  return description;
};

/** Wraps a catalogue to count searches, and how many run at the same time, and to fail or stall some of them. */
class ObservedCatalogue implements CatalogueAdapter {
  running = 0;
  maxRunning = 0;
  calls = 0;
  aborted = 0;
  constructor(
    private readonly inner: CatalogueAdapter,
    private readonly behaviour: { delayMs?: number; fail?: (q: CatalogueQuery, n: number) => boolean; hang?: boolean } = {},
  ) {}
  async search(query: CatalogueQuery, options: SearchOptions = {}): Promise<CatalogueRecord[]> {
    const n = this.calls++;
    this.running++;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    try {
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          this.aborted++;
          reject(options.signal?.reason);
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        if (!this.behaviour.hang) setTimeout(resolve, this.behaviour.delayMs ?? 5);
      });
      if (this.behaviour.fail?.(query, n)) throw new CatalogueError(`search ${n} failed`);
      return await this.inner.search(query, options);
    } finally {
      this.running--;
    }
  }
}

describe('localRecommender', () => {
  test('plans, searches and ranks a video named by any YouTube link, with bounded concurrency', async () => {
    const catalogue = new ObservedCatalogue(new MemoryCatalogue(records), { delayMs: 10 });
    const recommender = localRecommender({ describe: describeVideo, catalogue, options: { concurrency: 3 } });
    const list = await recommender.recommend(`https://youtu.be/${VIDEO_ID}?t=42`, { limit: 5 });
    assert.equal(list.video.id, VIDEO_ID);
    assert.deepEqual(list.relation, description.relation);
    assert.ok(list.meta.searches > 3, `searches: ${list.meta.searches}`);
    assert.equal(list.meta.searches, catalogue.calls);
    assert.equal(list.meta.failedSearches, 0);
    assert.equal(catalogue.maxRunning, 3, 'never more than 3 searches at once, and the 3 slots were used');
    assert.ok(!Number.isNaN(Date.parse(list.meta.generatedAt ?? '')));
    assert.ok(list.items.length > 0 && list.items.length <= 5);
    assert.ok(list.items.some((item) => item.title === 'Robespierre'), 'the biography is found');
    for (const item of list.items) assert.ok(item.why.length > 0, `${item.title} is explained`);
  });

  test('counts failed searches and still ranks what the others found', async () => {
    const catalogue = new ObservedCatalogue(new MemoryCatalogue(records), { fail: (_q, n) => n % 2 === 1 });
    const list = await localRecommender({ describe: describeVideo, catalogue }).recommend(VIDEO_ID);
    assert.equal(list.meta.failedSearches, Math.floor(catalogue.calls / 2));
    assert.ok(list.meta.failedSearches > 0);
    assert.ok(list.items.length > 0);
  });

  test('a search slower than its timeout fails alone; all searches failing throws the first error', async () => {
    const catalogue = new ObservedCatalogue(new MemoryCatalogue(records), { hang: true });
    const recommender = localRecommender({ describe: describeVideo, catalogue, options: { searchTimeoutMs: 30 } });
    await assert.rejects(recommender.recommend(VIDEO_ID), (e: unknown) => isTimeoutError(e));
    assert.equal(catalogue.aborted, catalogue.calls, 'every timed-out search was told to stop');

    const failing = new ObservedCatalogue(new MemoryCatalogue(records), { fail: () => true });
    await assert.rejects(
      localRecommender({ describe: describeVideo, catalogue: failing }).recommend(VIDEO_ID),
      (e: unknown) => e instanceof CatalogueError && e.message === 'search 0 failed',
    );
  });

  test("the caller's abort stops the searches in flight and rejects with an AbortError", async () => {
    const catalogue = new ObservedCatalogue(new MemoryCatalogue(records), { hang: true });
    const recommender = localRecommender({ describe: describeVideo, catalogue, options: { concurrency: 2 } });
    const controller = new AbortController();
    const pending = recommender.recommend(VIDEO_ID, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    await assert.rejects(pending, (e: unknown) => isAbortError(e));
    assert.equal(catalogue.calls, 2, 'no search started after the abort');
    assert.equal(catalogue.aborted, 2);
  });

  test('refuses what is not a video before any work', async () => {
    const catalogue = new ObservedCatalogue(new MemoryCatalogue(records));
    let described = 0;
    const recommender = localRecommender({ describe: async () => (described++, description), catalogue });
    await assert.rejects(recommender.recommend('https://example.org/watch?v=Xy7kQ2pLm0A'), (e: unknown) => isInvalidVideoError(e));
    assert.equal(described, 0);
    assert.equal(catalogue.calls, 0);
  });
});

describe('legacyRecommender', () => {
  const BASE = 'https://cocktail.example.test/api';
  const requests: URL[] = [];
  const server = setupServer();
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  after(() => server.close());

  const location = { latitude: 48.85, longitude: 2.35 };

  test('asks the service around the library, reads and ranks its answer', async () => {
    server.use(
      http.get(`${BASE}/videos/:id/geo`, ({ request, params }) => {
        requests.push(new URL(request.url));
        assert.equal(request.credentials, 'omit');
        return params['id'] === VIDEO_ID ? HttpResponse.json(sample()) : HttpResponse.json({}, { status: 404 });
      }),
    );
    const list = await legacyRecommender({ base: `${BASE}/`, location }).recommend(`https://www.youtube.com/watch?v=${VIDEO_ID}`, { limit: 4 });
    assert.equal(requests.length, 1);
    assert.equal(requests[0]?.pathname, `/api/videos/${VIDEO_ID}/geo`);
    assert.equal(requests[0]?.searchParams.get('latitude'), '48.85');
    assert.equal(requests[0]?.searchParams.get('longitude'), '2.35');
    assert.equal(list.video.title, 'La prise de la Bastille, vraiment ? | Histoire en 10 minutes');
    assert.ok(list.items.length > 0 && list.items.length <= 4);
    assert.equal(list.meta.dropped, 0);
    for (const item of list.items) assert.ok(item.why.length > 0);
  });

  test('maps failures to typed errors', async () => {
    const recommender = legacyRecommender({ base: BASE, location, timeoutMs: 100 });
    const answer = (respond: () => Response | Promise<Response>) =>
      server.use(http.get(`${BASE}/videos/:id/geo`, respond));

    answer(() => HttpResponse.json({ title: 'Boom' }, { status: 500 }));
    await assert.rejects(recommender.recommend(VIDEO_ID), (e: unknown) => isHttpError(e) && e.status === 500);

    answer(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '30' } }));
    await assert.rejects(recommender.recommend(VIDEO_ID), (e: unknown) => isQuotaError(e) && e.retryAfter === 30);

    answer(() => HttpResponse.error());
    await assert.rejects(recommender.recommend(VIDEO_ID), (e: unknown) => isNetworkError(e));

    answer(async () => {
      await delay(1000);
      return HttpResponse.json(sample());
    });
    await assert.rejects(recommender.recommend(VIDEO_ID), (e: unknown) => isTimeoutError(e));

    answer(() => new HttpResponse('<html>', { headers: { 'Content-Type': 'text/html' } }));
    await assert.rejects(recommender.recommend(VIDEO_ID), (e: unknown) => isValidationError(e));

    answer(() => HttpResponse.json({ unrelated: true }));
    await assert.rejects(recommender.recommend(VIDEO_ID), (e: unknown) => isValidationError(e));
  });

  test('a blocked video gives an empty list', async () => {
    const blocked = sample();
    delete blocked.data.searchRecordItems;
    delete blocked.data.edenEntities;
    server.use(http.get(`${BASE}/videos/:id/geo`, () => HttpResponse.json(blocked)));
    const list = await legacyRecommender({ base: BASE, location }).recommend(VIDEO_ID);
    assert.deepEqual(list.items, []);
    assert.equal(list.video.id, VIDEO_ID);
  });

  test("the caller's abort passes through untouched", async () => {
    server.use(
      http.get(`${BASE}/videos/:id/geo`, async () => {
        await delay(1000);
        return HttpResponse.json(sample());
      }),
    );
    const controller = new AbortController();
    const pending = legacyRecommender({ base: BASE, location }).recommend(VIDEO_ID, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(pending, (e: unknown) => isAbortError(e));
  });
});
