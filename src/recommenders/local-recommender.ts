/**
 * The "local" recommender: the engine searches the library's own catalogue (SRU, an in-memory index…) for a video
 * described by any source, then ranks and explains what it found. Nothing leaves the page but the catalogue
 * searches.
 */
import type { CatalogueAdapter } from '../catalogue/adapter.js';
import { planQueries, type RankOptions } from '../ranking/index.js';
import { rankedList } from './ranked-list.js';
import type { RecommendOptions, Recommender } from '../sdk/recommender.js';
import type { RecommendationList, VideoDescription } from '../sdk/schemas.js';
import { runSearchPlan } from './search-plan-runner.js';
import { videoIdOf } from '../sdk/video-argument.js';

export type { RankOptions };

export interface LocalRecommenderOptions {
  /** Searches planned at most (the engine's default when absent). */
  maxQueries?: number;
  /** Searches in flight at once. Default 6. */
  concurrency?: number;
  /** Time allowed to each search, in ms. Default 5000. */
  searchTimeoutMs?: number;
  /** Records asked of each search. Default 50. */
  perSearchLimit?: number;
  rank?: RankOptions;
}

export interface LocalRecommenderConfig {
  /** The analysis of a video by its id, from any source: `(id, o) => client.video(id, o)`, a static map… */
  describe: (videoId: string, options: { signal?: AbortSignal }) => Promise<VideoDescription>;
  catalogue: CatalogueAdapter;
  options?: LocalRecommenderOptions;
}

export function localRecommender({ describe, catalogue, options = {} }: LocalRecommenderConfig): Recommender {
  return {
    async recommend(video: string, { signal, limit }: RecommendOptions = {}): Promise<RecommendationList> {
      const id = videoIdOf(video);
      signal?.throwIfAborted();
      const description = await describe(id, signal ? { signal } : {});
      signal?.throwIfAborted();
      const queries = planQueries(description, { maxQueries: options.maxQueries });
      // Absent options take the search plan runner's defaults.
      const run = await runSearchPlan(catalogue, queries, {
        concurrency: options.concurrency,
        timeoutMs: options.searchTimeoutMs,
        perSearchLimit: options.perSearchLimit,
        signal,
      });
      // Partial results are worth showing; no result at all because every search failed is an error.
      if (queries.length > 0 && run.errors.length === queries.length) throw run.errors[0];
      return rankedList(description, run.records, { rank: options.rank, limit }, {
        searches: run.searches, dropped: 0, failedSearches: run.errors.length,
      });
    },
  };
}
