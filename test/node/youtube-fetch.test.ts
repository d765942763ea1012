// The fetchers of YouTube metadata over real HTTP: a loopback server replays answers recorded from the Data API
// and oEmbed (test/fixtures/youtube/README.md).
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fetchOEmbed, fetchVideos } from '../../src/youtube/fetch-videos.js';
import {
  isYouTubeAnswerError, isYouTubeHttpError, isYouTubeKeyError, isYouTubeNetworkError, isYouTubeQuotaError,
  isYouTubeTimeoutError, YouTubeQuotaError,
} from '../../src/youtube/errors.js';
import { startReplayServer, type ReplayServer } from '../fixtures/replay-server.js';

const recorded = (name: string): Record<string, any> =>
  JSON.parse(readFileSync(new URL(`../fixtures/youtube/${name}`, import.meta.url), 'utf8'));
const KEY = 'AIzaSy-secret-key-0123456789';

let server: ReplayServer;
before(async () => (server = await startReplayServer()));
afterEach(() => {
  server.requests.length = 0;
});
after(() => server.close());

const options = (over: Record<string, unknown> = {}) => ({ apiKey: KEY, apiBase: `${server.origin}/youtube/v3`, ...over });

/** Lists the recorded GIMS and SCH resources for the ids they are asked for, as the Data API does. */
function answerFromRecordings() {
  const known = [recorded('video-gims-spider.json'), recorded('video-sch-prequel.json')];
  server.answer = ({ url }) => {
    const ids = url.searchParams.get('id')!.split(',');
    return { body: { kind: 'youtube#videoListResponse', items: known.filter((video) => ids.includes(video.id)) } };
  };
}

/** The key must appear nowhere in what an error exposes. */
function assertNoKey(error: unknown) {
  const exposed = [String(error), (error as Error).stack, JSON.stringify(error), JSON.stringify(Object.entries(error as object))].join('\n');
  assert.equal(exposed.includes(KEY), false, exposed);
  assert.equal(exposed.includes(server.origin), false, 'no URL either');
}

test('fetchVideos asks videos.list for snippet, topicDetails and contentDetails, with the key, no credentials', async () => {
  answerFromRecordings();
  const sent: Request[] = [];
  const videos = await fetchVideos(['NLXiGXbxl6Q', '_cGUhp5S3X0', 'NLXiGXbxl6Q', 'removedVid1', 'not an id'], options({
    fetch: (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(new Request(input, init));
      return fetch(input, init);
    },
  }));
  assert.equal(server.requests.length, 1);
  const { url, method } = server.requests[0]!;
  assert.equal(method, 'GET');
  assert.equal(url.pathname, '/youtube/v3/videos');
  assert.equal(url.searchParams.get('part'), 'snippet,topicDetails,contentDetails');
  assert.equal(url.searchParams.get('id'), 'NLXiGXbxl6Q,_cGUhp5S3X0,removedVid1', 'each id once, only ids');
  assert.equal(url.searchParams.get('key'), KEY);
  assert.equal(sent[0]?.credentials, 'omit');
  assert.deepEqual([...videos.keys()].sort(), ['NLXiGXbxl6Q', '_cGUhp5S3X0']);
  assert.equal(videos.get('NLXiGXbxl6Q')?.title, 'GIMS & DYSTINCT - SPIDER (Clip officiel)');
  assert.equal(videos.has('removedVid1'), false, 'an id YouTube does not return is absent');
});

test('fetchVideos sends at most 50 ids per call (1 quota unit each)', async () => {
  answerFromRecordings();
  const ids = Array.from({ length: 120 }, (_, i) => `v${String(i).padStart(10, '0')}`);
  await fetchVideos(['NLXiGXbxl6Q', ...ids], options());
  assert.deepEqual(server.requests.map((r) => r.url.searchParams.get('id')!.split(',').length), [50, 50, 21]);
  assert.equal(server.requests[0]!.url.searchParams.get('id')!.split(',')[0], 'NLXiGXbxl6Q');
});

test('403 quotaExceeded is a YouTubeQuotaError with the next Pacific midnight, not retried, without the key', async () => {
  server.answer = () => ({ status: 403, body: recorded('error-quota-exceeded.json') });
  const error = await fetchVideos(['NLXiGXbxl6Q'], options()).catch((e: unknown) => e);
  assert.ok(isYouTubeQuotaError(error));
  assert.equal(error.reason, 'quotaExceeded');
  assert.ok(error.retryAfterSeconds > 0 && error.retryAfterSeconds <= 25 * 3600);
  assert.equal(server.requests.length, 1);
  assertNoKey(error);
});

test('the quota is renewed at midnight Pacific time, daylight saving included', () => {
  // 1 December, 09:00 UTC is 01:00 PST: the next midnight is 2 December 00:00 PST, 08:00 UTC.
  assert.equal(new YouTubeQuotaError('quotaExceeded', Date.parse('2026-12-01T09:00:00Z')).retryAt.toISOString(), '2026-12-02T08:00:00.000Z');
  // 8 March 2026, 09:30 UTC is 01:30 PST, half an hour before clocks go forward: the next midnight is 00:00 PDT.
  assert.equal(new YouTubeQuotaError('dailyLimitExceeded', Date.parse('2026-03-08T09:30:00Z')).retryAt.toISOString(), '2026-03-09T07:00:00.000Z');
  assert.equal(new YouTubeQuotaError('quotaExceeded', Date.parse('2026-07-14T06:59:59Z')).retryAfterSeconds, 1);
});

test('a wrong key, an unconfigured project or a missing key is a YouTubeKeyError, never retried', async () => {
  for (const [status, file, reason] of [
    [400, 'error-key-invalid.json', 'API_KEY_INVALID'],
    [400, 'error-key-invalid-legacy.json', 'keyInvalid'],
    [403, 'error-access-not-configured.json', 'accessNotConfigured'],
  ] as const) {
    server.requests.length = 0;
    server.answer = () => ({ status, body: recorded(file) });
    const error = await fetchVideos(['NLXiGXbxl6Q'], options()).catch((e: unknown) => e);
    assert.ok(isYouTubeKeyError(error), file);
    assert.equal(error.reason, reason);
    assert.equal(error.status, status);
    assert.equal(server.requests.length, 1);
    assertNoKey(error);
  }
  await assert.rejects(fetchVideos(['NLXiGXbxl6Q'], options({ apiKey: '' })), isYouTubeKeyError);
});

test('a 503 is retried after its Retry-After; 5xx after the retries is a YouTubeHttpError', async () => {
  server.answer = (_, index) => (index === 0 ? { status: 503, headers: { 'retry-after': '0' }, body: 'busy' } : { body: recorded('videos-list-cspan.json') });
  const videos = await fetchVideos(['oBM7DIeMsP0'], options());
  assert.equal(videos.get('oBM7DIeMsP0')?.categoryId, 25);
  assert.equal(server.requests.length, 2);

  server.requests.length = 0;
  server.answer = () => ({ status: 500, body: { error: { code: 500, errors: [{ reason: 'backendError' }] } } });
  const error = await fetchVideos(['oBM7DIeMsP0'], options({ retries: 1 })).catch((e: unknown) => e);
  assert.ok(isYouTubeHttpError(error));
  assert.equal(error.status, 500);
  assert.equal(error.reason, 'backendError');
  assert.equal(server.requests.length, 2);
  assertNoKey(error);
});

test('no answer in time is a YouTubeTimeoutError; an unreachable server a YouTubeNetworkError; neither holds the key', async () => {
  server.answer = () => ({ delayMs: 400, body: recorded('videos-list-cspan.json') });
  const timeout = await fetchVideos(['oBM7DIeMsP0'], options({ timeoutMs: 50 })).catch((e: unknown) => e);
  assert.ok(isYouTubeTimeoutError(timeout));
  assert.equal(timeout.timeoutMs, 50);
  assertNoKey(timeout);

  const closed = await startReplayServer();
  await closed.close();
  const network = await fetchVideos(['oBM7DIeMsP0'], { apiKey: KEY, apiBase: closed.origin, retries: 0 }).catch((e: unknown) => e);
  assert.ok(isYouTubeNetworkError(network));
  assertNoKey(network);
});

test('the caller aborting rejects with its own reason; an answer that is not JSON is a YouTubeAnswerError', async () => {
  server.answer = () => ({ delayMs: 300, body: recorded('videos-list-cspan.json') });
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(fetchVideos(['oBM7DIeMsP0'], options({ signal: controller.signal })), { name: 'AbortError' });

  server.answer = () => ({ body: '<html>proxy login</html>', headers: { 'content-type': 'text/html' } });
  await assert.rejects(fetchVideos(['oBM7DIeMsP0'], options()), isYouTubeAnswerError);
});

test('fetchOEmbed asks /oembed for the watch URL; a private or removed video is undefined', async () => {
  server.answer = () => ({ body: recorded('oembed-costa-rica.json') });
  const video = await fetchOEmbed('LXb3EKWsInQ', { apiBase: server.origin });
  assert.equal(video?.title, 'COSTA RICA IN 4K 60fps HDR (ULTRA HD)');
  assert.equal(video?.channelTitle, 'Jacob + Katie Schwarz');
  const { url } = server.requests[0]!;
  assert.equal(url.pathname, '/oembed');
  assert.equal(url.searchParams.get('format'), 'json');
  assert.equal(url.searchParams.get('url'), 'https://www.youtube.com/watch?v=LXb3EKWsInQ');

  for (const status of [401, 403, 404]) {
    server.answer = () => ({ status, body: status === 404 ? 'Not Found' : 'Unauthorized' });
    assert.equal(await fetchOEmbed('LXb3EKWsInQ', { apiBase: server.origin }), undefined);
  }
  server.answer = () => ({ status: 500, body: 'oops' });
  await assert.rejects(fetchOEmbed('LXb3EKWsInQ', { apiBase: server.origin, retries: 0 }), isYouTubeHttpError);
  assert.equal(await fetchOEmbed('not an id', { apiBase: server.origin }), undefined);
});
