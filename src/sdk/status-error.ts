import { HttpError, QuotaError } from './errors.js';
import type { Problem } from './schemas.js';

/** The error for an answer with an error status: 429 is a `QuotaError` (with the wait in seconds), else `HttpError`. */
export function errorForStatus(status: number, problem: Problem | undefined, retryAfterMs: number | undefined): HttpError | QuotaError {
  if (status !== 429) return new HttpError(status, problem);
  return new QuotaError(retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000), problem?.quota, problem);
}
