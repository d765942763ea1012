/**
 * The list of a recommender that ranks on this side (local, legacy): our engine's ranking of the candidates, with
 * the recommender's own counts in `meta`. Never from a cache, so `cached` is false.
 */
import type { CatalogueRecord } from '../catalogue/adapter.js';
import { rank, type RankOptions } from '../ranking/index.js';
import type { Meta, RecommendationList, VideoDescription } from '../sdk/schemas.js';

export interface RankedListOptions {
  /** The recommender's configured ranking options. */
  rank?: RankOptions | undefined;
  /** The caller's limit, which wins over `rank.limit` when given. */
  limit?: number | undefined;
}

export function rankedList(
  description: VideoDescription,
  candidates: CatalogueRecord[],
  options: RankedListOptions,
  counts: Pick<Meta, 'searches' | 'dropped' | 'failedSearches'>,
): RecommendationList {
  // A `limit: undefined` spread over `rank` would hide its configured limit.
  const rankOptions: RankOptions = options.limit === undefined ? { ...options.rank } : { ...options.rank, limit: options.limit };
  return {
    video: description.video,
    relation: description.relation,
    items: rank({ description, candidates }, rankOptions),
    meta: {
      searches: counts.searches,
      generatedAt: new Date().toISOString(),
      cached: false,
      dropped: counts.dropped,
      failedSearches: counts.failedSearches,
    },
  };
}
