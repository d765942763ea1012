/**
 * The retry policy: which failures are worth another attempt and how long to wait before it. Only idempotent
 * failures are retried (the client only sends GETs): network errors, 5xx and 429. Other 4xx are final.
 */

export const isRetryableStatus = (status: number): boolean => status === 429 || status >= 500;

/** Exponential backoff: `baseMs`, then twice as long after each failure. */
export const backoffMs = (failures: number, baseMs: number): number => baseMs * 2 ** failures;

/**
 * `Retry-After` in milliseconds from `now`: delay-seconds or an HTTP date (RFC 9110 section 10.2.3). A date in
 * the past means "now"; an unreadable value is ignored.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
