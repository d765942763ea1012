// What composes the floors below into a Recommender: remote (over the client), local (a catalogue and the ranking
// engine), legacy (the existing Cocktail Culturel API, re-ranked by the engine).
export { RemoteRecommender } from './remote-recommender.js';
// The local and legacy recommenders carry the ranking engine: bundlers leave them out when unused.
export { localRecommender } from './local-recommender.js';
export type { LocalRecommenderConfig, LocalRecommenderOptions, RankOptions } from './local-recommender.js';
export { legacyRecommender } from './legacy-recommender.js';
export type { LegacyRecommenderConfig } from './legacy-recommender.js';
export { readLegacyResponse } from './legacy.js';
export type { LegacyReading, ReadLegacyOptions } from './legacy.js';
export { runSearchPlan } from './search-plan-runner.js';
export type { SearchPlanOptions, SearchPlanResult } from './search-plan-runner.js';
