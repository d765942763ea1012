import { ExcludedError, HttpError, problemCode, QuotaError } from './errors.js';
import type { Problem } from './schemas.js';

/**
 * The error for an answer with an error status: 429 is a `QuotaError` (with the wait in seconds), 403
 * `video_excluded` an `ExcludedError`, anything else an `HttpError`.
 */
export function errorForStatus(
  status: number,
  problem: Problem | undefined,
  retryAfterMs: number | undefined,
): HttpError | QuotaError | ExcludedError {
  if (status === 429) {
    return new QuotaError(retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000), problem?.quota, problem);
  }
  if (status === 403 && problemCode(problem) === 'video_excluded') return new ExcludedError(problem);
  return new HttpError(status, problem);
}
