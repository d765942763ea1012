/**
 * RFC 9457 problem details, the body of every error answer. A route throws a `ProblemError`; the problems plugin
 * turns it (and every other failure: validation, unknown route, crash) into `application/problem+json`.
 */
import type { Quota } from '../sdk/schemas.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const PROBLEM_BASE = 'https://cocktail-reco.dev/problems/';

const TITLES: Record<string, string> = {
  invalid_request: 'Invalid request',
  video_not_analyzed: 'Video not analysed',
  video_excluded: 'Video excluded by the library',
  library_unknown: 'Unknown library',
  quota_exceeded: 'Quota exceeded',
  analysis_unavailable: 'Analysis unavailable for now',
  catalogue_unavailable: 'Catalogue unavailable',
  storage_unavailable: 'Storage unavailable',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  unauthorized: 'Unauthorized',
  payload_too_large: 'Payload too large',
  uri_too_long: 'URI too long',
  server_closing: 'Server shutting down',
  server_error: 'Server error',
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  retryAfter?: number;
  quota?: Quota;
}

export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly extra: { retryAfter?: number; quota?: Quota } = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}
export const isProblemError = (error: unknown): error is ProblemError => error instanceof ProblemError;

export function problemBody(status: number, code: string, detail: string, extra: ProblemError['extra'] = {}): ProblemBody {
  return { type: `${PROBLEM_BASE}${code}`, title: TITLES[code] ?? code, status, detail, code, ...extra };
}

/** A problem that asks the client to come back: the seconds are in both `Retry-After` and the body. */
export function retryLater(status: number, code: string, detail: string, seconds: number, extra: { quota?: Quota } = {}): ProblemError {
  const retryAfter = Math.max(1, Math.ceil(seconds));
  return new ProblemError(status, code, detail, { retryAfter, ...extra }, { 'retry-after': String(retryAfter) });
}
