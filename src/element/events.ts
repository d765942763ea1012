import type { RecommendationItem } from '../sdk/schemas.js';
import type { FailureDetail } from './failure.js';

/** Every event of the element bubbles out of its shadow root. */
class CocktailRecoEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T, cancelable = false) {
    super(`cocktail-reco-${type}`, { bubbles: true, composed: true, cancelable, detail });
  }
}

/** A list was shown (ready or empty). */
export class CocktailRecoLoadEvent extends CocktailRecoEvent<{ video: string; count: number }> {
  constructor(detail: { video: string; count: number }) {
    super('load', detail);
  }
}

/** A request failed; `kind` is `quota` when the library's quota is used up. */
export class CocktailRecoErrorEvent extends CocktailRecoEvent<FailureDetail> {
  constructor(detail: FailureDetail) {
    super('error', detail);
  }
}

/** An item's link was activated. Cancelable: `preventDefault()` stops the navigation so the host can handle it. */
export class CocktailRecoSelectEvent extends CocktailRecoEvent<{ item: RecommendationItem }> {
  constructor(detail: { item: RecommendationItem }) {
    super('select', detail, true);
  }
}

/** The video shown changed from inside the widget (search form, followed player): the host may update its URL. */
export class CocktailRecoVideoChangeEvent extends CocktailRecoEvent<{ video: string }> {
  constructor(detail: { video: string }) {
    super('video-change', detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'cocktail-reco-load': CocktailRecoLoadEvent;
    'cocktail-reco-error': CocktailRecoErrorEvent;
    'cocktail-reco-select': CocktailRecoSelectEvent;
    'cocktail-reco-video-change': CocktailRecoVideoChangeEvent;
  }
}
