import { isHttpError, isInvalidVideoError, isCocktailError } from '../sdk/errors.js';
import type { FailureKind } from './state.js';

/** Maps an SDK error to the failure the element has a sentence for (quota and pending are handled before). */
export function failureOf(error: unknown): { failure: FailureKind; status?: number } {
  if (isHttpError(error)) {
    const code = error.code;
    if (code === 'video_not_analyzed') return { failure: 'not-analyzed', status: error.status };
    if (code === 'library_unknown') return { failure: 'library-unknown', status: error.status };
    return { failure: 'http', status: error.status };
  }
  if (isInvalidVideoError(error)) return { failure: 'invalid-video' };
  if (isCocktailError(error)) {
    const kind = error.kind;
    if (kind === 'network' || kind === 'timeout' || kind === 'validation' || kind === 'pending') return { failure: kind };
  }
  return { failure: 'unknown' };
}
