// cocktail-reco/sdk: headless, no DOM, no Lit. Runs in Node 20 and in browsers.
export * from './schemas.js';
export * from './errors.js';
export type { Recommender, RecommendOptions } from './recommender.js';
