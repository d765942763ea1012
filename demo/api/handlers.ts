/**
 * The v1 API contract as msw request handlers, over a data source the caller gives. The same handlers serve the
 * Node tests (`setupServer`), the browser tests (`setupWorker`) and the demo page (a fetch interceptor): this file
 * imports `msw` only.
 *
 * Answers: 200 JSON; 202 with `Retry-After` while a video is being analysed; 400 `invalid_request` (bad video id,
 * bad limit); 403 `video_excluded` (the library's curation denies the video); 404 `video_not_analyzed` /
 * `library_unknown`; 429 `quota_exceeded` with `Retry-After` and the quota.
 * Every error is RFC 9457 `application/problem+json` (type, title, status, detail, and our `code`).
 *
 * Forcing a scenario (for the demo's quota, slow and error states, and for tests):
 * - a `scenario` query parameter: `…/recommendations?video=…&scenario=quota`, or
 * - a path prefix, for clients that build the URL themselves (the element): give it
 *   `api-base="{apiBase}/scenario/quota"` and every request it sends plays that scenario.
 * Scenarios: `slow` (answers after `slowMs`), `pending` (always 202), `quota` (429), `excluded` (403), `error` (500),
 * `not-found` (404 video_not_analyzed), `invalid` (200 with no usable shape), `partial` (one invalid item added),
 * `empty` (no items), `network` (the connection fails).
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { Quota, RecommendationList, VideoDescription } from '../../src/sdk/schemas.js';

export const SCENARIOS = [
  'slow', 'pending', 'quota', 'excluded', 'error', 'not-found', 'invalid', 'partial', 'empty', 'network',
] as const;

export interface ApiHandlersOptions {
  /** Where the API lives, e.g. `https://api.cocktail.test` (no trailing slash needed). */
  apiBase: string;
  /** The analysis of a video, or undefined when it was never analysed (404). */
  describe(videoId: string): VideoDescription | undefined | Promise<VideoDescription | undefined>;
  /** A library's list for a video, or undefined when the video was never analysed (404). */
  recommend(
    videoId: string,
    libraryId: string,
    options: { limit: number; lang?: string },
  ): RecommendationList | undefined | Promise<RecommendationList | undefined>;
  /** Known library ids; others get 404 `library_unknown`. Default: every id is known. */
  libraries?: readonly string[];
  /** Seconds to wait when the video is still being analysed (202), or undefined/false when it is ready. */
  pending?(videoId: string): number | false | undefined;
  /** Recommendation requests allowed per library before 429 (counted by these handlers). Default: no quota. */
  quota?: { limit: number; resetsAt?: string; retryAfterSeconds?: number };
  /** Delay before every answer, to make the demo feel like a network. Default 0. */
  latencyMs?: number;
  /** Delay of the `slow` scenario. Default 3000 ms. */
  slowMs?: number;
}

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;

const TITLES: Record<string, string> = {
  invalid_request: 'Invalid request',
  video_not_analyzed: 'Video not analysed',
  library_unknown: 'Unknown library',
  video_excluded: 'Video excluded',
  quota_exceeded: 'Quota exceeded',
  server_error: 'Server error',
};

/** An RFC 9457 problem response; `extra` adds members such as `quota` and `retryAfter`. */
function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    { type: `https://cocktail-reco.dev/problems/${code}`, title: TITLES[code] ?? code, status, detail, code, ...extra },
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

const analysing = (videoId: string, seconds: number) =>
  HttpResponse.json({ status: 'analysing', video: videoId, retryAfter: seconds }, { status: 202, headers: { 'retry-after': String(seconds) } });

const notAnalysed = (videoId: string) => problem(404, 'video_not_analyzed', `The video ${videoId} has not been analysed.`);

/** What msw hands a resolver: the request, and the path's parameters. */
type ResolverInfo = { request: Request; params: Record<string, string | readonly string[] | undefined> };

export function createApiHandlers(options: ApiHandlersOptions): HttpHandler[] {
  const base = options.apiBase.replace(/\/+$/, '');
  const used = new Map<string, number>();
  const quotaFor = (libraryId: string): Quota | undefined =>
    options.quota && {
      limit: options.quota.limit,
      remaining: Math.max(0, options.quota.limit - (used.get(libraryId) ?? 0)),
      ...(options.quota.resetsAt ? { resetsAt: options.quota.resetsAt } : {}),
    };

  /** The answer decided before any data is read (latency, a forced scenario, a bad id, a video being analysed), if any. */
  async function earlyAnswer(scenario: string | undefined, videoId: string) {
    if (options.latencyMs) await delay(options.latencyMs);
    if (scenario === 'slow') await delay(options.slowMs ?? 3000);
    if (scenario === 'network') return HttpResponse.error();
    if (scenario === 'error') return problem(500, 'server_error', 'The demo API failed on purpose.');
    if (!VIDEO_ID.test(videoId)) return problem(400, 'invalid_request', 'The video id must be 11 characters of A-Z a-z 0-9 _ -.');
    const seconds = scenario === 'pending' ? 2 : options.pending?.(videoId);
    if (seconds !== undefined && seconds !== false) return analysing(videoId, seconds);
    if (scenario === 'not-found') return notAnalysed(videoId);
    if (scenario === 'invalid') return HttpResponse.json({ message: 'no usable shape' });
    return undefined;
  }

  const scenarioOf = ({ request, params }: ResolverInfo) =>
    (typeof params.scenario === 'string' ? params.scenario : undefined) ?? new URL(request.url).searchParams.get('scenario') ?? undefined;

  const video = async (info: ResolverInfo) => {
    const videoId = String(info.params.videoId);
    const early = await earlyAnswer(scenarioOf(info), videoId);
    if (early) return early;
    const description = await options.describe(videoId);
    return description ? HttpResponse.json(description) : notAnalysed(videoId);
  };

  const recommendations = async (info: ResolverInfo) => {
    const { request, params } = info;
    const query = new URL(request.url).searchParams;
    const scenario = scenarioOf(info);
    const libraryId = String(params.libraryId);
    const videoId = query.get('video') ?? '';
    const early = await earlyAnswer(scenario, videoId);
    if (early) return early;

    const limitText = query.get('limit');
    const limit = limitText === null ? DEFAULT_LIMIT : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      return problem(400, 'invalid_request', `limit must be an integer from 1 to ${MAX_LIMIT}.`);
    }
    if (options.libraries && !options.libraries.includes(libraryId)) {
      return problem(404, 'library_unknown', `No library has the id ${libraryId}.`);
    }
    if (scenario === 'excluded') {
      return problem(403, 'video_excluded', `The curation of library ${libraryId} excludes the video ${videoId}.`);
    }
    const exhausted = options.quota && (used.get(libraryId) ?? 0) >= options.quota.limit;
    if (scenario === 'quota' || exhausted) {
      const retryAfter = options.quota?.retryAfterSeconds ?? 60;
      const quota = quotaFor(libraryId) ?? { limit: 100, remaining: 0 };
      return problem(429, 'quota_exceeded', 'The library has used up its quota of requests.', { retryAfter, quota }, { 'retry-after': String(retryAfter) });
    }
    const lang = query.get('lang');
    const list = await options.recommend(videoId, libraryId, { limit, ...(lang ? { lang } : {}) });
    if (!list) return notAnalysed(videoId);
    if (options.quota) used.set(libraryId, (used.get(libraryId) ?? 0) + 1);
    const quota = quotaFor(libraryId);
    const items: unknown[] = list.items.slice(0, limit);
    if (scenario === 'partial') items.push({ id: 'broken', title: 42 });
    return HttpResponse.json({ ...list, items: scenario === 'empty' ? [] : items, ...(quota ? { quota } : {}) });
  };

  const routes: HttpHandler[] = [];
  for (const prefix of ['', '/scenario/:scenario']) {
    routes.push(http.get(`${base}${prefix}/v1/videos/:videoId`, video));
    routes.push(http.get(`${base}${prefix}/v1/libraries/:libraryId/recommendations`, recommendations));
  }
  return routes;
}
