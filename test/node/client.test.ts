// The client's error paths, retries, polling and request shape, against the contract's msw handlers.
import { beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse, delay } from 'msw';
import { CocktailClient, type CocktailClientOptions } from '../../src/sdk/client.js';
import {
  ExcludedError, HttpError, InvalidVideoError, NetworkError, PendingError, QuotaError, TimeoutError, ValidationError,
  isExcludedError, isHttpError,
} from '../../src/sdk/errors.js';
import { API_BASE, LIBRARY, RECOMMENDATIONS, VIDEO_ID, sampleHandlers } from '../fixtures/api-sample.js';
import { fakeClock, type FakeClock } from '../fixtures/fake-clock.js';
import { useSampleApiServer } from '../fixtures/sample-api-server.js';

const { server, requests } = useSampleApiServer();
let clock: FakeClock;
beforeEach(() => {
  clock = fakeClock();
});

const client = (options: Partial<CocktailClientOptions> = {}) =>
  new CocktailClient({ apiBase: API_BASE, library: LIBRARY, clock, ...options });

/** A handler answering each request with the next response of the list (the last one repeats). */
const sequence = (url: string, ...responses: (() => Response)[]) => {
  let calls = 0;
  return http.get(url, () => (responses[Math.min(calls++, responses.length - 1)] ?? responses[0]!)());
};
const problem = (status: number, body: object, headers: Record<string, string> = {}) => () =>
  HttpResponse.json({ status, ...body }, { status, headers: { 'content-type': 'application/problem+json', ...headers } });

test('recommendations: any YouTube link is read, the URL is built and the list is read', async () => {
  const list = await client().recommendations(`https://youtu.be/${VIDEO_ID}?t=42`, { limit: 5, lang: 'en' });
  assert.equal(list.items.length, 2);
  assert.equal(list.meta.cached, false);
  assert.equal(requests.length, 1);
  const url = new URL(requests[0]!.url);
  assert.equal(url.pathname, `/v1/libraries/${LIBRARY}/recommendations`);
  assert.deepEqual(Object.fromEntries(url.searchParams), { video: VIDEO_ID, limit: '5', lang: 'en' });
});

test('video: GET /v1/videos/{id} with path segments encoded', async () => {
  const description = await client().video(`https://www.youtube.com/watch?v=${VIDEO_ID}&list=PL123`);
  assert.equal(description.video.id, VIDEO_ID);
  assert.equal(description.relation.type, 'pedagogy');
  const odd = client({ library: 'bib/lyon 1' });
  await assert.rejects(odd.recommendations(VIDEO_ID), HttpError);
  assert.equal(new URL(requests.at(-1)!.url).pathname, '/v1/libraries/bib%2Flyon%201/recommendations');
});

test('invalid input is rejected before any request', async () => {
  for (const input of ['', 'not a video', 'https://vimeo.com/123456', 'dQw4w9WgXc', 42 as unknown as string]) {
    await assert.rejects(client().recommendations(input), InvalidVideoError);
    await assert.rejects(client().video(input), InvalidVideoError);
  }
  assert.equal(requests.length, 0);
});

test('requests omit credentials, send the key in X-Api-Key and ask for JSON', async () => {
  const sent: Request[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    sent.push(new Request(input, init));
    return fetch(input, init);
  };
  await client({ key: 'k-123', fetch: recordingFetch }).recommendations(VIDEO_ID);
  assert.equal(sent[0]?.credentials, 'omit');
  assert.equal(requests[0]?.headers.get('x-api-key'), 'k-123');
  assert.match(requests[0]?.headers.get('accept') ?? '', /application\/json/);
  assert.equal(requests[0]?.headers.get('cookie'), null);
  await client({ cacheTtlMs: 0 }).recommendations(VIDEO_ID);
  assert.equal(requests[1]?.headers.get('x-api-key'), null);
});

test('the requests really go through msw: with no handler the call fails', async () => {
  server.resetHandlers();
  server.use(http.get(`${API_BASE}/v1/videos/:id`, () => HttpResponse.error()));
  await assert.rejects(client({ retries: 0 }).recommendations(VIDEO_ID), NetworkError);
  assert.equal(requests.length, 1);
});

test('404 video_not_analyzed and library_unknown are HttpErrors with the problem details', async () => {
  await assert.rejects(client().recommendations('jNQXAC9IVRa'), (error) => {
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 404);
    assert.equal(error.code, 'video_not_analyzed');
    assert.match(error.problem?.detail ?? '', /jNQXAC9IVRa/);
    return true;
  });
  await assert.rejects(client({ library: 'nowhere' }).recommendations(VIDEO_ID), (error) => {
    assert.ok(error instanceof HttpError);
    assert.equal(error.code, 'library_unknown');
    return true;
  });
  assert.equal(requests.length, 2, '4xx are never retried');
});

test('403 video_excluded is an ExcludedError with the problem details, never retried', async () => {
  const detail = 'The curation of this library excludes the channel UCabc.';
  server.use(sequence(RECOMMENDATIONS, problem(403, { code: 'video_excluded', title: 'Video excluded', detail })));
  await assert.rejects(client({ retries: 3 }).recommendations(VIDEO_ID), (error) => {
    assert.ok(error instanceof ExcludedError);
    assert.ok(isExcludedError(error));
    assert.equal(isHttpError(error), false, 'one class per failure');
    assert.equal(error.kind, 'excluded');
    assert.equal(error.status, 403);
    assert.equal(error.message, detail);
    assert.equal(error.problem?.code, 'video_excluded');
    return true;
  });
  assert.equal(requests.length, 1);
  assert.deepEqual(clock.waits, []);
});

test('video_excluded named by the problem type URI is an ExcludedError; another 403 stays an HttpError', async () => {
  server.use(sequence(RECOMMENDATIONS,
    problem(403, { type: 'https://cocktail-reco.example/problems/video_excluded' }),
    problem(403, { code: 'forbidden' })));
  await assert.rejects(client().recommendations(VIDEO_ID), ExcludedError);
  await assert.rejects(client().recommendations(VIDEO_ID), (error) => {
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 403);
    return true;
  });
  assert.equal(requests.length, 2);
});

test('400 invalid_request (bad limit) is not retried', async () => {
  await assert.rejects(client().recommendations(VIDEO_ID, { limit: 500 }), (error) => {
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 400);
    assert.equal(error.code, 'invalid_request');
    return true;
  });
  assert.equal(requests.length, 1);
  assert.deepEqual(clock.waits, []);
});

test('5xx is retried with exponential backoff, at most `retries` times', async () => {
  server.use(sequence(RECOMMENDATIONS, problem(503, { code: 'server_error' })));
  await assert.rejects(client({ retries: 2 }).recommendations(VIDEO_ID), (error) => {
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 503);
    return true;
  });
  assert.equal(requests.length, 3);
  assert.deepEqual(clock.waits, [300, 600]);
});

test('a 5xx then a 200 gives the list', async () => {
  server.use(sequence(RECOMMENDATIONS, problem(502, {}), () => HttpResponse.json(sampleBody())));
  const list = await client().recommendations(VIDEO_ID);
  assert.equal(list.items.length, 1);
  assert.equal(requests.length, 2);
});

test('Retry-After is honoured, in seconds and as an HTTP date', async () => {
  const inFiveSeconds = () => new Date(clock.now() + 5000).toUTCString();
  server.use(sequence(RECOMMENDATIONS, problem(503, {}, { 'retry-after': '2' }),
    () => problem(429, {}, { 'retry-after': inFiveSeconds() })(), () => HttpResponse.json(sampleBody())));
  await client().recommendations(VIDEO_ID);
  assert.deepEqual(clock.waits, [2000, 5000]);
  assert.equal(requests.length, 3);
});

test('429 after the retries is a QuotaError with retryAfter and the quota', async () => {
  server.resetHandlers();
  server.use(...sampleHandlers({ quota: { limit: 1, retryAfterSeconds: 3, resetsAt: '2026-03-02T00:00:00Z' } }));
  const api = client({ cacheTtlMs: 0 });
  const first = await api.recommendations(VIDEO_ID);
  assert.deepEqual(first.quota, { limit: 1, remaining: 0, resetsAt: '2026-03-02T00:00:00Z' });
  await assert.rejects(api.recommendations(VIDEO_ID), (error) => {
    assert.ok(error instanceof QuotaError);
    assert.equal(error.retryAfter, 3);
    assert.deepEqual(error.quota, { limit: 1, remaining: 0, resetsAt: '2026-03-02T00:00:00Z' });
    return true;
  });
  assert.equal(requests.length, 4, 'one success, then one attempt and two retries');
  assert.deepEqual(clock.waits, [3000, 3000]);
});

test('a Retry-After longer than the timeout is not waited: the error comes at once', async () => {
  server.use(sequence(RECOMMENDATIONS, problem(429, { code: 'quota_exceeded' }, { 'retry-after': '3600' })));
  await assert.rejects(client().recommendations(VIDEO_ID), (error) => error instanceof QuotaError && error.retryAfter === 3600);
  assert.equal(requests.length, 1);
  assert.deepEqual(clock.waits, []);
});

test('network errors are retried, then a NetworkError', async () => {
  server.use(http.get(RECOMMENDATIONS, () => HttpResponse.error()));
  await assert.rejects(client({ retries: 1 }).recommendations(VIDEO_ID), (error) => {
    assert.ok(error instanceof NetworkError);
    assert.ok(error.cause, 'the platform error is kept as the cause');
    return true;
  });
  assert.equal(requests.length, 2);
  assert.deepEqual(clock.waits, [300]);
});

test('no answer within timeoutMs is a TimeoutError, not retried', async () => {
  server.use(http.get(RECOMMENDATIONS, async () => {
    await delay(2000);
    return HttpResponse.json(sampleBody());
  }));
  const started = Date.now();
  await assert.rejects(client({ timeoutMs: 60 }).recommendations(VIDEO_ID), (error) => error instanceof TimeoutError && error.timeoutMs === 60);
  assert.ok(Date.now() - started < 1000);
  assert.equal(requests.length, 1);
});

test('a 200 with no usable shape, or not JSON, is a ValidationError', async () => {
  server.use(http.get(RECOMMENDATIONS, () => HttpResponse.json({ message: 'no usable shape' })));
  await assert.rejects(client().recommendations(VIDEO_ID), (error) => {
    assert.ok(error instanceof ValidationError);
    assert.deepEqual(error.issues.map((issue) => issue.path.join('.')), ['video', 'relation', 'items']);
    return true;
  });
  server.use(http.get(RECOMMENDATIONS, () => new HttpResponse('<html>oops</html>', { headers: { 'content-type': 'text/html' } })));
  await assert.rejects(client().recommendations(VIDEO_ID), ValidationError);
});

test('202 is polled per Retry-After until the video is ready', async () => {
  let analysing = 2;
  server.resetHandlers();
  server.use(...sampleHandlers({ pending: () => (analysing-- > 0 ? 3 : false) }));
  const description = await client().video(VIDEO_ID);
  assert.equal(description.video.id, VIDEO_ID);
  assert.equal(requests.length, 3);
  assert.deepEqual(clock.waits, [3000, 3000]);
});

test('202 past pendingTimeoutMs is a PendingError', async () => {
  server.resetHandlers();
  server.use(...sampleHandlers({ pending: () => 4 }));
  await assert.rejects(client({ pendingTimeoutMs: 10000 }).recommendations(VIDEO_ID), (error) => {
    assert.ok(error instanceof PendingError);
    assert.equal(error.retryAfter, 4);
    return true;
  });
  assert.equal(requests.length, 3, 'polled at 0 s, 4 s and 8 s; the next poll would end after 10 s');
  assert.deepEqual(clock.waits, [4000, 4000]);
});

test('forced scenarios: query parameter and path prefix', async () => {
  await assert.rejects(
    new CocktailClient({ apiBase: `${API_BASE}/scenario/not-found`, library: LIBRARY, clock }).video(VIDEO_ID),
    (error) => error instanceof HttpError && error.code === 'video_not_analyzed',
  );
  const partial = await new CocktailClient({ apiBase: `${API_BASE}/scenario/partial`, library: LIBRARY, clock }).recommendations(VIDEO_ID);
  assert.equal(partial.meta.dropped, 1);
  assert.equal(partial.items.length, 2);
  const response = await fetch(`${RECOMMENDATIONS}?video=${VIDEO_ID}&scenario=error`);
  assert.equal(response.status, 500);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
});

/** A minimal valid list body, distinct from the sample (one item). */
function sampleBody() {
  return {
    video: { id: VIDEO_ID, title: 'T' }, relation: { type: 'emi' },
    items: [{ id: 'only', title: 'Only', type: 'book', source: { kind: 'library', name: 'B' }, score: 0.5 }],
  };
}
