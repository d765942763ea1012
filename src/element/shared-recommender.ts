import { CocktailClient } from '../sdk/client.js';
import type { Recommender } from '../sdk/recommender.js';
import { RemoteRecommender } from '../recommenders/remote-recommender.js';

/** One recommender per API and library for the whole page: many widgets make one request per distinct video. */
const shared = new Map<string, Recommender>();

/**
 * The page-wide recommender for an API and a library. Its client does not wait for a video being analysed
 * (`pendingTimeoutMs: 0`): the element shows the "being analysed" state and asks again itself.
 */
export function sharedRecommender(apiBase: string, library: string): Recommender {
  const key = `${apiBase}\n${library}`;
  let recommender = shared.get(key);
  if (!recommender) {
    recommender = new RemoteRecommender(new CocktailClient({ apiBase, library, pendingTimeoutMs: 0 }));
    shared.set(key, recommender);
  }
  return recommender;
}
