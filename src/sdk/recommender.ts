/**
 * A Recommender turns a video into a ranked, explained list. The element takes any implementation; the SDK ships
 * three: remote (the v1 API), local (the library's own catalogue ranked in the browser) and legacy (the existing
 * Cocktail Culturel API ranked by our engine).
 */
import type { RecommendationList } from './schemas.js';

export interface RecommendOptions {
  signal?: AbortSignal;
  limit?: number;
  lang?: string;
}

export interface Recommender {
  /** `video` is an 11-character YouTube id or any YouTube link. */
  recommend(video: string, options?: RecommendOptions): Promise<RecommendationList>;
}
