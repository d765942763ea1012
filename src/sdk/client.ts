/**
 * CocktailClient: the typed client of the v1 API, for browsers and Node 20.
 *
 * `httpGet` does the transport on ky (the per-attempt timeout, the injected `fetch`, headers, `credentials: 'omit'`).
 * The attempt loop is ours because one loop both retries failures and polls a `202` (video being analysed) on
 * the same `Retry-After` rules, against a clock tests can replace.
 *
 * Time rules:
 * - `timeoutMs` bounds each attempt (until the response headers arrive); a timeout is not retried.
 * - network errors, 5xx and 429 are retried at most `retries` times, after `Retry-After` when the API sends it,
 *   else after an exponential backoff (300 ms, 600 ms…). A wait is never longer than `timeoutMs`: an API asking
 *   for more ends the retries at once, and its `Retry-After` is in the error (`QuotaError.retryAfter`).
 * - a `202` is polled after its `Retry-After` (at least 0.5 s, 2 s when absent) until `pendingTimeoutMs` from the
 *   first attempt; a poll that would end after it rejects with `PendingError` at once.
 * - the caller's `signal` cuts any attempt or wait: the call rejects with the signal's reason (the platform
 *   `AbortError`) untouched.
 *
 * Requests carry no cookie (`credentials: 'omit'`); the library's key, when given, travels in the `X-Api-Key`
 * header, never in the URL (it would end up in logs and referrers).
 */
import { systemClock, type Clock } from './clock.js';
import { NetworkError, PendingError, ValidationError, type CocktailError } from './errors.js';
import { httpGet } from './http-get.js';
import { InFlightRequests } from './in-flight.js';
import { readProblem, readRecommendationList, readVideoDescription } from './read.js';
import { ResponseCache } from './response-cache.js';
import { readJson } from './response-json.js';
import { backoffMs, isRetryableStatus, parseRetryAfter } from './retry.js';
import type { RecommendationList, VideoDescription } from './schemas.js';
import { errorForStatus } from './status-error.js';
import { videoIdOf } from './video-argument.js';

export type { Clock } from './clock.js';

/** The request header that carries the library's API key. */
export const API_KEY_HEADER = 'X-Api-Key';

export interface CocktailClientOptions {
  /** The API root, e.g. `https://api.example.org` (the client appends `/v1/…`). */
  apiBase: string;
  /** The library's id in the API. */
  library: string;
  /** The library's API key, sent in the `X-Api-Key` header. */
  key?: string;
  /** Bound on each attempt, in ms. Default 8000. */
  timeoutMs?: number;
  /** Retries after a network error, a 5xx or a 429. Default 2. */
  retries?: number;
  /** How long a successful answer is kept in memory, in ms (0 disables the cache). Default 600000 (10 min). */
  cacheTtlMs?: number;
  /** How many answers the cache keeps (least recently used first out). Default 100. */
  cacheSize?: number;
  /** How long a video being analysed (`202`) is waited for, in ms. Default 30000. */
  pendingTimeoutMs?: number;
  /** The `fetch` to use (default: the platform's). */
  fetch?: typeof fetch;
  /** The clock for cache expiry, deadlines and waits; tests pass a simulated one. Default: real time. */
  clock?: Clock;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface RecommendationsOptions extends RequestOptions {
  /** How many items the API should return. */
  limit?: number;
  /** The language of labels and reasons (`fr`, `en`…). */
  lang?: string;
}

const BACKOFF_BASE_MS = 300;
const PENDING_DEFAULT_WAIT_MS = 2000;
const PENDING_MIN_WAIT_MS = 500;

export class CocktailClient {
  readonly apiBase: string;
  readonly library: string;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly pendingTimeoutMs: number;
  // `#` members: native at ES2022, and minified to short names, unlike plain private properties.
  readonly #headers: Record<string, string>;
  readonly #fetch: typeof fetch | undefined;
  readonly #clock: Clock;
  readonly #cache: ResponseCache<unknown>;
  readonly #inFlight = new InFlightRequests();

  constructor(options: CocktailClientOptions) {
    this.apiBase = options.apiBase.replace(/\/+$/, '');
    this.library = options.library;
    this.timeoutMs = options.timeoutMs ?? 8000;
    this.retries = options.retries ?? 2;
    this.pendingTimeoutMs = options.pendingTimeoutMs ?? 30000;
    const clock = (this.#clock = options.clock ?? systemClock);
    this.#cache = new ResponseCache({ ttlMs: options.cacheTtlMs ?? 600000, size: options.cacheSize ?? 100, now: () => clock.now() });
    this.#headers = { accept: 'application/json, application/problem+json' };
    if (options.key) this.#headers[API_KEY_HEADER] = options.key;
    this.#fetch = options.fetch;
  }

  /** The analysis of a video: its relation type and entities. `videoOrUrl` is an id or any YouTube link. */
  async video(videoOrUrl: string, options: RequestOptions = {}): Promise<VideoDescription> {
    return this.#load(`videos/${encodeURIComponent(videoIdOf(videoOrUrl))}`, readVideoDescription, options.signal);
  }

  /** The library's ranked, explained documents for a video. `videoOrUrl` is an id or any YouTube link. */
  async recommendations(videoOrUrl: string, options: RecommendationsOptions = {}): Promise<RecommendationList> {
    const query = new URLSearchParams({ video: videoIdOf(videoOrUrl) });
    if (options.limit !== undefined) query.set('limit', String(options.limit));
    if (options.lang) query.set('lang', options.lang);
    return this.#load(`libraries/${encodeURIComponent(this.library)}/recommendations?${query}`, readRecommendationList, options.signal);
  }

  /**
   * Served from the cache when fresh (lists then say `meta.cached: true`), else one request shared by callers.
   * `path` is relative to `{apiBase}/v1/` and is also the key of the cache and of shared requests.
   */
  async #load<T extends object>(path: string, read: (body: unknown) => T, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    const cached = this.#cache.get(path) as T | undefined;
    if (cached) return 'meta' in cached ? { ...cached, meta: { ...(cached.meta as object), cached: true } } : cached;
    return this.#inFlight.run(path, signal, async (shared) => {
      const value = await this.#fetchWithRetries(path, read, shared);
      this.#cache.set(path, value);
      return value;
    });
  }

  /** The attempt loop: retries failures, polls `202`, maps every outcome to a value or one typed error. */
  async #fetchWithRetries<T>(path: string, read: (body: unknown) => T, signal: AbortSignal): Promise<T> {
    const { timeoutMs } = this;
    const clock = this.#clock;
    const pendingDeadline = clock.now() + this.pendingTimeoutMs;
    for (let failures = 0; ; ) {
      let failure: CocktailError;
      let retryable = true;
      /** The wait the API asked for (`Retry-After`, else the problem's `retryAfter`), in ms. */
      let serverWaitMs: number | undefined;
      try {
        const response = await httpGet(`${this.apiBase}/v1/${path}`, {
          timeoutMs, headers: this.#headers, signal, fetch: this.#fetch,
        });
        const body = await readJson(response, signal);
        const { status } = response;
        serverWaitMs = parseRetryAfter(response.headers.get('retry-after'), clock.now());

        if (status === 202) {
          const wait = Math.max(serverWaitMs ?? PENDING_DEFAULT_WAIT_MS, PENDING_MIN_WAIT_MS);
          if (clock.now() + wait > pendingDeadline) throw new PendingError(toSeconds(wait));
          await clock.sleep(wait, signal);
          continue;
        }
        if (response.ok) {
          if (body === undefined) throw new ValidationError([{ path: [], message: 'not JSON' }]);
          return read(body);
        }
        const problem = readProblem(body);
        serverWaitMs ??= problem?.retryAfter === undefined ? undefined : problem.retryAfter * 1000;
        retryable = isRetryableStatus(status);
        failure = errorForStatus(status, problem, serverWaitMs);
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        // Timeouts and our own errors end the call; only a network failure is retried.
        if (!(error instanceof NetworkError)) throw error;
        failure = error;
      }
      const wait = serverWaitMs ?? Math.min(backoffMs(failures, BACKOFF_BASE_MS), timeoutMs);
      // A wait longer than an attempt's timeout ends the retries: the error then carries the API's `Retry-After`.
      if (!retryable || failures >= this.retries || wait > timeoutMs) throw failure;
      failures++;
      await clock.sleep(wait, signal);
    }
  }
}

const toSeconds = (ms: number): number => Math.ceil(ms / 1000);
