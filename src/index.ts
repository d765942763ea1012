// cocktail-reco: public re-exports, no side effects (the element is registered by `cocktail-reco/define`).
export * from './sdk.js';
export { CocktailReco } from './element/cocktail-reco.js';
export {
  CocktailRecoErrorEvent, CocktailRecoLoadEvent, CocktailRecoSelectEvent, CocktailRecoVideoChangeEvent,
} from './element/events.js';
export type { FailureKind, RecoState, StateKind } from './element/state.js';
export type { Messages, PluralMessage, Translations } from './element/messages.js';
