// The ground floor of the SDK: the v1 contract, its tolerant reader, the typed errors and the client.
// Headless (no DOM, no Lit), it imports nothing from the floors above; `cocktail-reco/sdk` (src/sdk.ts) adds the
// recommenders on top.
export * from './schemas.js';
export * from './errors.js';
export type { Recommender, RecommendOptions } from './recommender.js';
export { CocktailClient, API_KEY_HEADER } from './client.js';
export type { CocktailClientOptions, RequestOptions, RecommendationsOptions, Clock } from './client.js';
export { readRecommendationList, readVideoDescription, readProblem } from './read.js';
