/**
 * Monthly request quotas per library, in calendar months (UTC), and the IETF httpapi "RateLimit" headers that tell
 * a client where it stands (draft-ietf-httpapi-ratelimit-headers: `RateLimit-Policy: "monthly";q=1000;w=2678400`
 * and `RateLimit: "monthly";r=997;t=86400`).
 */
import type { Quota } from '../sdk/schemas.js';

const POLICY = 'monthly';

export interface MonthWindow {
  /** "2026-12": the storage's counter key. */
  month: string;
  /** Seconds in this month: the policy's window. */
  windowSeconds: number;
  /** Seconds until the next month starts (UTC). */
  resetSeconds: number;
  resetsAt: string;
}

export function monthWindow(now: number): MonthWindow {
  const date = new Date(now);
  const start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  const next = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return {
    month: new Date(start).toISOString().slice(0, 7),
    windowSeconds: (next - start) / 1000,
    resetSeconds: Math.max(1, Math.ceil((next - now) / 1000)),
    resetsAt: new Date(next).toISOString(),
  };
}

export function quotaState(limit: number, used: number, window: MonthWindow): Quota {
  return { limit, remaining: Math.max(0, limit - used), resetsAt: window.resetsAt };
}

export function rateLimitHeaders(quota: Quota, window: MonthWindow): Record<string, string> {
  return {
    'ratelimit-policy': `"${POLICY}";q=${quota.limit};w=${window.windowSeconds}`,
    ratelimit: `"${POLICY}";r=${quota.remaining};t=${window.resetSeconds}`,
  };
}
