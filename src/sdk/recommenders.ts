// cocktail-reco/sdk recommenders: the local and legacy recommenders and the legacy reader. A separate entry from
// `./index.ts` because they carry the ranking engine, which the remote-API path must not load.
export { localRecommender } from './local-recommender.js';
export type { LocalRecommenderConfig, LocalRecommenderOptions, RankOptions } from './local-recommender.js';
export { legacyRecommender } from './legacy-recommender.js';
export type { LegacyRecommenderConfig } from './legacy-recommender.js';
export { readLegacyResponse } from './legacy.js';
export type { LegacyReading, ReadLegacyOptions } from './legacy.js';
export { runSearchPlan } from './search-plan-runner.js';
export type { SearchPlanOptions, SearchPlanResult } from './search-plan-runner.js';
