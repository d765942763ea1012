/**
 * One error class per failure kind, each with a type guard. An `AbortError` (the caller's own abort) is never
 * wrapped: it passes through as the platform's `DOMException`.
 */
import type { Problem, Quota } from './schemas.js';

/** What went wrong, in one word: the element maps each kind to a plain sentence. */
export type ErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'quota'
  | 'excluded'
  | 'validation'
  | 'invalid-video'
  | 'pending'
  | 'catalogue';

export abstract class CocktailError extends Error {
  readonly kind: ErrorKind;
  constructor(kind: ErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
    // Spelled out from the kind (`invalid-video` → `InvalidVideoError`): class names do not survive minification.
    this.name = kind.replace(/(?:^|-)(.)/g, (_, letter: string) => letter.toUpperCase()) + 'Error';
  }
}

/** The request never got an answer: offline, DNS, CORS, connection reset. */
export class NetworkError extends CocktailError {
  constructor(message = 'The API could not be reached.', options?: { cause?: unknown }) {
    super('network', message, options);
  }
}

/** No answer within `timeoutMs`. */
export class TimeoutError extends CocktailError {
  readonly timeoutMs: number;
  constructor(timeoutMs: number, options?: { cause?: unknown }) {
    super('timeout', `The API did not answer within ${timeoutMs} ms.`, options);
    this.timeoutMs = timeoutMs;
  }
}

/** The API answered with an error status; `problem` holds its RFC 9457 details when it sent them. */
export class HttpError extends CocktailError {
  readonly status: number;
  readonly problem: Problem | undefined;
  constructor(status: number, problem?: Problem, options?: { cause?: unknown }) {
    super('http', problem?.detail ?? problem?.title ?? `The API answered with HTTP ${status}.`, options);
    this.status = status;
    this.problem = problem;
  }
  /** Our machine-readable reason (`video_not_analyzed`, `library_unknown`…), from `code` or the `type` URI. */
  get code(): string | undefined {
    return problemCode(this.problem);
  }
}

/** A problem's machine-readable reason: its `code`, else the last segment of its `type` URI. */
export function problemCode(problem: Problem | undefined): string | undefined {
  return problem?.code ?? problem?.type?.split('/').pop() ?? undefined;
}

/** 429: the library's quota is used up. `retryAfter` is in seconds. */
export class QuotaError extends CocktailError {
  readonly status = 429;
  readonly retryAfter: number | undefined;
  readonly quota: Quota | undefined;
  constructor(retryAfter?: number, quota?: Quota, problem?: Problem) {
    super('quota', problem?.detail ?? 'The quota of requests is used up.');
    this.retryAfter = retryAfter;
    this.quota = quota;
  }
}

/**
 * 403 `video_excluded`: the library's curation denies this video or its channel. Final: asking again gets the
 * same answer, so the client never retries it.
 */
export class ExcludedError extends CocktailError {
  readonly status = 403;
  readonly problem: Problem | undefined;
  constructor(problem?: Problem) {
    super('excluded', problem?.detail ?? "The library's curation excludes this video.");
    this.problem = problem;
  }
}

/** One issue found in a body that has no usable shape: where, and what. */
export interface ValidationIssue {
  path: (string | number)[];
  message: string;
}

/** The body has no usable shape (not JSON, or missing what every answer must have). */
export class ValidationError extends CocktailError {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[], what = 'answer') {
    const first = issues[0];
    super(
      'validation',
      `Invalid ${what}` + (first ? `: ${first.path.join('.') || '(root)'}: ${first.message}` : '.'),
    );
    this.issues = issues;
  }
}

/** The input is not a YouTube video link or id; raised before any request. */
export class InvalidVideoError extends CocktailError {
  readonly input: string;
  constructor(input: string) {
    super('invalid-video', 'Not a YouTube video link or id.');
    this.input = input;
  }
}

/** The video is still being analysed after the bounded wait; try again after `retryAfter` seconds. */
export class PendingError extends CocktailError {
  readonly retryAfter: number | undefined;
  constructor(retryAfter?: number) {
    super('pending', 'The video is still being analysed.');
    this.retryAfter = retryAfter;
  }
}

/** A catalogue search failed (SRU diagnostic, malformed XML). */
export class CatalogueError extends CocktailError {
  /** The SRU diagnostic URI, when the catalogue sent one. */
  readonly diagnostic: string | undefined;
  constructor(message: string, diagnostic?: string, options?: { cause?: unknown }) {
    super('catalogue', message, options);
    this.diagnostic = diagnostic;
  }
}

export const isCocktailError = (e: unknown): e is CocktailError => e instanceof CocktailError;
export const isNetworkError = (e: unknown): e is NetworkError => e instanceof NetworkError;
export const isTimeoutError = (e: unknown): e is TimeoutError => e instanceof TimeoutError;
export const isHttpError = (e: unknown): e is HttpError => e instanceof HttpError;
export const isQuotaError = (e: unknown): e is QuotaError => e instanceof QuotaError;
export const isExcludedError = (e: unknown): e is ExcludedError => e instanceof ExcludedError;
export const isValidationError = (e: unknown): e is ValidationError => e instanceof ValidationError;
export const isInvalidVideoError = (e: unknown): e is InvalidVideoError => e instanceof InvalidVideoError;
export const isPendingError = (e: unknown): e is PendingError => e instanceof PendingError;
export const isCatalogueError = (e: unknown): e is CatalogueError => e instanceof CatalogueError;
/** The caller's own abort: not an error to show. */
export const isAbortError = (e: unknown): boolean => e instanceof Error && e.name === 'AbortError';
