// cocktail-reco: public re-exports, no side effects (the element is registered by `cocktail-reco/define`).
export * from './sdk/index.js';
