/**
 * One HTTP GET over the platform's `fetch`: no cookie, a time limit, the caller's abort passed through untouched.
 * It resolves with the response whatever its status (the caller maps statuses to errors), and rejects with
 * `TimeoutError` when no answer came within `timeoutMs`, with the signal's reason when the caller aborted, and with
 * `NetworkError` for any other failure (offline, DNS, CORS, connection reset).
 */
import { NetworkError, TimeoutError } from './errors.js';

export interface HttpGetOptions {
  timeoutMs: number;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  fetch?: typeof fetch | undefined;
}

export async function httpGet(url: string, { timeoutMs, headers, signal, fetch: doFetch = fetch }: HttpGetOptions): Promise<Response> {
  signal?.throwIfAborted();
  const attempt = new AbortController();
  const abort = () => attempt.abort(signal?.reason);
  signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    attempt.abort();
  }, timeoutMs);
  try {
    return await doFetch(url, { headers, credentials: 'omit', signal: attempt.signal });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timedOut) throw new TimeoutError(timeoutMs, { cause: error });
    throw new NetworkError(undefined, { cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}
