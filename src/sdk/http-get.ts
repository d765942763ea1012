/**
 * One HTTP GET on ky, the project's HTTP layer: no cookie, a time limit, the caller's abort passed through
 * untouched. It resolves with the response whatever its status (the caller maps statuses to errors and decides on
 * retries: the client's attempt loop also polls `202` on a clock tests replace, so ky's own retry is off here), and
 * rejects with `TimeoutError` when no answer came within `timeoutMs`, with the signal's reason when the caller
 * aborted, and with `NetworkError` for any other failure (offline, DNS, CORS, connection reset).
 */
import ky, { isTimeoutError } from 'ky';
import { NetworkError, TimeoutError } from './errors.js';

export interface HttpGetOptions {
  timeoutMs: number;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  fetch?: typeof fetch | undefined;
}

export async function httpGet(url: string, { timeoutMs, headers, signal, fetch }: HttpGetOptions): Promise<Response> {
  signal?.throwIfAborted();
  try {
    return await ky.get(url, {
      timeout: timeoutMs, retry: 0, throwHttpErrors: false, credentials: 'omit', headers, signal, fetch,
    });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (isTimeoutError(error)) throw new TimeoutError(timeoutMs, { cause: error });
    throw new NetworkError(undefined, { cause: error });
  }
}
