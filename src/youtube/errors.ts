/**
 * The failures of a YouTube metadata request, one class each with a type guard. No message, field or cause holds
 * the API key or a URL carrying it: the key travels in the query string, so these errors never repeat the URL.
 * An `AbortError` (the caller's own abort) is never wrapped: it passes through as the platform's `DOMException`.
 */

/** What went wrong, in one word. */
export type YouTubeErrorKind = 'quota' | 'key' | 'network' | 'timeout' | 'answer' | 'http';

export abstract class YouTubeError extends Error {
  readonly kind: YouTubeErrorKind;
  constructor(kind: YouTubeErrorKind, message: string) {
    super(message);
    this.kind = kind;
    this.name = `YouTube${kind[0]!.toUpperCase()}${kind.slice(1)}Error`;
  }
}

/**
 * 403 `quotaExceeded` / `dailyLimitExceeded`: the project's daily quota is used up. YouTube resets it at midnight
 * Pacific time; `retryAt` is that moment and `retryAfterSeconds` the wait from when the answer came.
 */
export class YouTubeQuotaError extends YouTubeError {
  readonly reason: string;
  readonly retryAt: Date;
  readonly retryAfterSeconds: number;
  constructor(reason: string, now = Date.now()) {
    const retryAt = nextPacificMidnight(now);
    super('quota', `The YouTube Data API quota is used up (${reason}); it is renewed at ${retryAt.toISOString()}.`);
    this.reason = reason;
    this.retryAt = retryAt;
    this.retryAfterSeconds = Math.ceil((retryAt.getTime() - now) / 1000);
  }
}

/** 400 `keyInvalid` (or `API_KEY_INVALID`), 403 `forbidden` / `accessNotConfigured`: the key cannot be used. */
export class YouTubeKeyError extends YouTubeError {
  /** Undefined when no key was given (no request made). */
  readonly status: number | undefined;
  readonly reason: string;
  constructor(status: number | undefined, reason: string) {
    super('key', status === undefined
      ? 'No YouTube Data API key was given.'
      : `The YouTube Data API refused the key (HTTP ${status}, ${reason}): check the key and that the YouTube Data API v3 is enabled for its project.`);
    this.status = status;
    this.reason = reason;
  }
}

/** No answer: offline, DNS, connection refused or reset, body cut off. */
export class YouTubeNetworkError extends YouTubeError {
  constructor(service: string) {
    super('network', `${service} could not be reached.`);
  }
}

/** No answer within `timeoutMs`. */
export class YouTubeTimeoutError extends YouTubeError {
  readonly timeoutMs: number;
  constructor(service: string, timeoutMs: number) {
    super('timeout', `${service} did not answer within ${timeoutMs} ms.`);
    this.timeoutMs = timeoutMs;
  }
}

/** The answer came but has no usable shape (not JSON, not a video list, a video without id or title). */
export class YouTubeAnswerError extends YouTubeError {
  constructor(sentence: string) {
    super('answer', sentence);
  }
}

/** Any other error status (5xx after the retries, 429, an unexpected 4xx), with YouTube's reason when it gave one. */
export class YouTubeHttpError extends YouTubeError {
  readonly status: number;
  readonly reason: string | undefined;
  constructor(service: string, status: number, reason?: string) {
    super('http', `${service} answered with HTTP ${status}${reason ? ` (${reason})` : ''}.`);
    this.status = status;
    this.reason = reason;
  }
}

export const isYouTubeError = (e: unknown): e is YouTubeError => e instanceof YouTubeError;
export const isYouTubeQuotaError = (e: unknown): e is YouTubeQuotaError => e instanceof YouTubeQuotaError;
export const isYouTubeKeyError = (e: unknown): e is YouTubeKeyError => e instanceof YouTubeKeyError;
export const isYouTubeNetworkError = (e: unknown): e is YouTubeNetworkError => e instanceof YouTubeNetworkError;
export const isYouTubeTimeoutError = (e: unknown): e is YouTubeTimeoutError => e instanceof YouTubeTimeoutError;
export const isYouTubeAnswerError = (e: unknown): e is YouTubeAnswerError => e instanceof YouTubeAnswerError;
export const isYouTubeHttpError = (e: unknown): e is YouTubeHttpError => e instanceof YouTubeHttpError;

const PACIFIC = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Los_Angeles', hourCycle: 'h23',
  year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
});

/** The Pacific wall clock at `ms`, read as if it were UTC: its difference with `ms` is the zone's offset then. */
function pacificWallClock(ms: number): { wall: number; year: number; month: number; day: number } {
  const part = Object.fromEntries(PACIFIC.formatToParts(ms).map(({ type, value }) => [type, Number(value)]));
  const [year, month, day] = [part.year!, part.month!, part.day!];
  return { wall: Date.UTC(year, month - 1, day, part.hour, part.minute, part.second), year, month, day };
}

/** The next midnight in Pacific time after `now`, daylight saving included. */
function nextPacificMidnight(now: number): Date {
  const { wall, year, month, day } = pacificWallClock(Math.floor(now / 1000) * 1000);
  const midnightWall = Date.UTC(year, month - 1, day + 1);
  const guess = midnightWall - (wall - Math.floor(now / 1000) * 1000);
  // The offset may change between now and midnight (a daylight-saving night): take the one in force at midnight.
  const offsetThen = pacificWallClock(guess).wall - guess;
  return new Date(midnightWall - offsetThen);
}
