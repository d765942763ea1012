// cocktail-reco/sdk: headless, no DOM, no Lit; runs in Node 20 and in browsers. The contract, the client and the
// errors (src/sdk/), and the recommenders built on them (src/recommenders/).
export * from './sdk/index.js';
export * from './recommenders/index.js';
