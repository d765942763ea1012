/**
 * What a Data API error answer means. Google sends `{error: {code, message, errors: [{reason, domain}], status,
 * details: [{reason}]}}`: older answers name the cause in `errors[].reason` (`quotaExceeded`, `keyInvalid`), newer
 * ones in `details[].reason` (`API_KEY_INVALID`, `SERVICE_DISABLED`) with a generic `badRequest` beside it, so both
 * are read. The message is not repeated: it is Google's, in English, and sometimes holds HTML.
 */
import { YouTubeHttpError, YouTubeKeyError, YouTubeQuotaError, type YouTubeError } from './errors.js';

export const DATA_API = 'The YouTube Data API';

const QUOTA_REASONS = new Set(['quotaExceeded', 'dailyLimitExceeded']);
/** The key is wrong, expired, restricted elsewhere, or its project has not enabled the YouTube Data API v3. */
const KEY_REASONS = new Set([
  'keyInvalid', 'keyExpired', 'forbidden', 'accessNotConfigured', 'ipRefererBlocked',
  'API_KEY_INVALID', 'API_KEY_EXPIRED', 'SERVICE_DISABLED', 'API_KEY_SERVICE_BLOCKED',
  'API_KEY_HTTP_REFERRER_BLOCKED', 'API_KEY_IP_ADDRESS_BLOCKED',
]);

/** The typed error for a Data API answer with an error status. */
export function dataApiError(status: number, body: unknown, now = Date.now()): YouTubeError {
  const reasons = errorReasons(body);
  const quota = reasons.find((reason) => QUOTA_REASONS.has(reason));
  if (status === 403 && quota) return new YouTubeQuotaError(quota, now);
  const key = reasons.find((reason) => KEY_REASONS.has(reason));
  if ((status === 400 || status === 403) && key) return new YouTubeKeyError(status, key);
  return new YouTubeHttpError(DATA_API, status, reasons[0]);
}

/** Every reason the answer names, the specific (`details`) before the generic (`errors`). */
function errorReasons(body: unknown): string[] {
  const error = (body as { error?: { errors?: unknown; details?: unknown } } | undefined)?.error;
  if (typeof error !== 'object' || error === null) return [];
  const entries = [error.details, error.errors].flatMap((list) => (Array.isArray(list) ? list : []));
  return entries.flatMap((entry) => {
    const reason = (entry as { reason?: unknown } | null)?.reason;
    return typeof reason === 'string' ? [reason] : [];
  });
}
