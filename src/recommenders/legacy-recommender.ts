/**
 * The "legacy" recommender: the existing Cocktail Culturel service finds the records (BnF, DATAtourisme events),
 * our engine ranks and explains them. One request per call, no retry: the service is slow and a retry would
 * double its load; the element offers a retry button.
 */
import type { RankOptions } from '../ranking/index.js';
import { ValidationError } from '../sdk/errors.js';
import { httpGet } from '../sdk/http-get.js';
import { readLegacyResponse } from './legacy.js';
import { rankedList } from './ranked-list.js';
import { readProblem } from '../sdk/read.js';
import type { RecommendOptions, Recommender } from '../sdk/recommender.js';
import { readJson } from '../sdk/response-json.js';
import { parseRetryAfter } from '../sdk/retry.js';
import type { RecommendationList } from '../sdk/schemas.js';
import { errorForStatus } from '../sdk/status-error.js';
import { videoIdOf } from '../sdk/video-argument.js';

export interface LegacyRecommenderConfig {
  /** The service root, e.g. `https://cocktail.example.org/api` (the recommender appends `/videos/{id}/geo`). */
  base: string;
  /**
   * The library's coarse location (its commune), from the library's configuration: events are searched around
   * it. Never the patron's position: the widget does not ask for it and sends nothing about the patron.
   */
  location: { latitude: number; longitude: number };
  /** The `fetch` to use (default: the platform's). */
  fetch?: typeof fetch;
  /** Bound on the request, in ms. Default 15000: the service runs its catalogue searches while we wait. */
  timeoutMs?: number;
  rank?: RankOptions;
}

export function legacyRecommender(config: LegacyRecommenderConfig): Recommender {
  const base = config.base.replace(/\/+$/, '');
  const timeoutMs = config.timeoutMs ?? 15000;

  return {
    async recommend(video: string, { signal, limit }: RecommendOptions = {}): Promise<RecommendationList> {
      const id = videoIdOf(video);
      signal?.throwIfAborted();
      const query = new URLSearchParams({
        latitude: String(config.location.latitude),
        longitude: String(config.location.longitude),
      });
      const response = await httpGet(`${base}/videos/${encodeURIComponent(id)}/geo?${query}`, {
        timeoutMs, headers: { accept: 'application/json' }, signal, fetch: config.fetch,
      });
      const body = await readJson(response, signal);
      if (!response.ok) {
        const wait = parseRetryAfter(response.headers.get('retry-after'), Date.now());
        throw errorForStatus(response.status, readProblem(body), wait);
      }
      if (body === undefined) throw new ValidationError([{ path: [], message: 'not JSON' }], 'Cocktail Culturel answer');

      const reading = readLegacyResponse(body, { videoId: id });
      // A blocked channel or video gives an empty list: nothing to recommend, and nothing a retry would change.
      const candidates = reading.blocked ? [] : reading.candidates;
      return rankedList(reading.description, candidates, { rank: config.rank, limit }, {
        searches: 0, dropped: reading.skipped, failedSearches: 0,
      });
    },
  };
}
