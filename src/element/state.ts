import type { RecommendationList } from '../sdk/schemas.js';

/** Why a request failed, in the words the element has a sentence for. */
export type FailureKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-analyzed'
  | 'library-unknown'
  | 'validation'
  | 'pending'
  | 'invalid-video'
  | 'unknown';

/** Everything the element can show: one closed union, one variant per state. */
export type RecoState =
  | { kind: 'idle' }
  | { kind: 'loading'; video: string }
  /** Still loading after the stall delay (~300 ms): says "still searching". */
  | { kind: 'stalled'; video: string }
  /** The video is being analysed; the request is retried on its own after `retryAfter` seconds. */
  | { kind: 'pending'; video: string; retryAfter: number }
  | { kind: 'ready'; video: string; list: RecommendationList }
  | { kind: 'empty'; video: string; list: RecommendationList }
  | { kind: 'error'; video: string; failure: FailureKind; status?: number }
  | { kind: 'quota'; video: string; resetsAt?: Date }
  /** The library's curation denies this video or its channel: final, so no retry is offered. */
  | { kind: 'excluded'; video: string };

export type StateKind = RecoState['kind'];
