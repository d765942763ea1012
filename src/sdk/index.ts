// cocktail-reco/sdk: headless, no DOM, no Lit. Runs in Node 20 and in browsers.
export * from './schemas.js';
export * from './errors.js';
export type { Recommender, RecommendOptions } from './recommender.js';
export { CocktailClient, API_KEY_HEADER } from './client.js';
export type { CocktailClientOptions, RequestOptions, RecommendationsOptions, Clock } from './client.js';
export { RemoteRecommender } from './remote-recommender.js';
export { readRecommendationList, readVideoDescription, readProblem } from './read.js';
// The local and legacy recommenders carry the ranking engine: bundlers leave them out when unused.
export { localRecommender } from './local-recommender.js';
export type { LocalRecommenderConfig, LocalRecommenderOptions, RankOptions } from './local-recommender.js';
export { legacyRecommender } from './legacy-recommender.js';
export type { LegacyRecommenderConfig } from './legacy-recommender.js';
export { readLegacyResponse } from './legacy.js';
export type { LegacyReading, ReadLegacyOptions } from './legacy.js';
export { runSearchPlan } from './search-plan-runner.js';
export type { SearchPlanOptions, SearchPlanResult } from './search-plan-runner.js';
