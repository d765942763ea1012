import { isCocktailError, isExcludedError, isHttpError, isQuotaError } from '../sdk/errors.js';
import type { FailureKind } from './state.js';

/** What the `cocktail-reco-error` event says: the failure, and the HTTP status when there was one. */
export type FailureDetail = { kind: FailureKind | 'quota' | 'excluded'; status?: number };

/** The SDK's error kinds the element has a sentence for as they are (HTTP errors are refined by their code). */
const SAID_AS_IS: readonly string[] = ['network', 'timeout', 'validation', 'pending', 'invalid-video'];

/** Maps an SDK error to the failure the element has a sentence for (a video still pending is handled before). */
export function failureOf(error: unknown): FailureDetail {
  if (isQuotaError(error)) return { kind: 'quota', status: 429 };
  if (isExcludedError(error)) return { kind: 'excluded', status: 403 };
  if (isHttpError(error)) {
    const { code, status } = error;
    return { kind: code === 'video_not_analyzed' ? 'not-analyzed' : code === 'library_unknown' ? 'library-unknown' : 'http', status };
  }
  return { kind: isCocktailError(error) && SAID_AS_IS.includes(error.kind) ? (error.kind as FailureKind) : 'unknown' };
}
