/**
 * One GET of a YouTube service's JSON answer, on ky: no cookie, a time limit per attempt, the caller's abort passed
 * through untouched. ky retries what is worth retrying (network failures, 408, 429, 5xx; never another 4xx) with
 * its backoff, after `Retry-After` (seconds or an HTTP date) on 429 and 503, never longer than the time limit.
 * It resolves with the final status and the body as JSON (undefined when empty or not JSON): the caller reads what
 * a status means. It rejects with `YouTubeTimeoutError` or `YouTubeNetworkError`, which never hold the URL, since a
 * URL of the Data API carries the key.
 */
import ky, { isHTTPError, isTimeoutError } from 'ky';
import { YouTubeNetworkError, YouTubeTimeoutError } from './errors.js';

export interface YouTubeRequestOptions {
  /** Bound on each attempt, until the answer's headers arrive, in ms. Default 8000. */
  timeoutMs?: number;
  /** Retries after a network failure, a 408, a 429 or a 5xx. Default 2. */
  retries?: number;
  /** The `fetch` to use (default: the platform's). */
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

export interface JsonAnswer {
  status: number;
  ok: boolean;
  body: unknown;
}

export async function getJson(url: string, service: string, options: YouTubeRequestOptions): Promise<JsonAnswer> {
  const { timeoutMs = 8000, retries = 2, fetch, signal } = options;
  signal?.throwIfAborted();
  let response: Response;
  try {
    response = await ky.get(url, {
      timeout: timeoutMs,
      retry: {
        limit: retries, methods: ['get'], statusCodes: [408, 429, 500, 502, 503, 504], afterStatusCodes: [429, 503],
        maxRetryAfter: timeoutMs,
      },
      credentials: 'omit', headers: { accept: 'application/json' }, signal, fetch,
    });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (isHTTPError(error)) response = error.response;
    else if (isTimeoutError(error)) throw new YouTubeTimeoutError(service, timeoutMs);
    else throw new YouTubeNetworkError(service);
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    if (signal?.aborted) throw signal.reason;
    throw new YouTubeNetworkError(service);
  }
  return { status: response.status, ok: response.ok, body: parseJson(text) };
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
