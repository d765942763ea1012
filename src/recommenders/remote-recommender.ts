/** The Recommender over the v1 API: the library's list, ranked and explained by the server. */
import { CocktailClient, type CocktailClientOptions } from '../sdk/client.js';
import type { Recommender, RecommendOptions } from '../sdk/recommender.js';
import type { RecommendationList } from '../sdk/schemas.js';

export class RemoteRecommender implements Recommender {
  readonly client: CocktailClient;

  /** Pass a client to share its cache and in-flight requests with other widgets, or options to get a new one. */
  constructor(client: CocktailClient | CocktailClientOptions) {
    this.client = client instanceof CocktailClient ? client : new CocktailClient(client);
  }

  recommend(video: string, options: RecommendOptions = {}): Promise<RecommendationList> {
    return this.client.recommendations(video, options);
  }
}
