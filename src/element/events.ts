import type { RecommendationItem } from '../sdk/schemas.js';
import type { FailureDetail } from './failure.js';

const init = { bubbles: true, composed: true };

/** A list was shown (ready or empty). */
export class CocktailRecoLoadEvent extends CustomEvent<{ video: string; count: number }> {
  constructor(detail: { video: string; count: number }) {
    super('cocktail-reco-load', { ...init, detail });
  }
}

/** A request failed; `kind` is `quota` when the library's quota is used up. */
export class CocktailRecoErrorEvent extends CustomEvent<FailureDetail> {
  constructor(detail: FailureDetail) {
    super('cocktail-reco-error', { ...init, detail });
  }
}

/** An item's link was activated. Cancelable: `preventDefault()` stops the navigation so the host can handle it. */
export class CocktailRecoSelectEvent extends CustomEvent<{ item: RecommendationItem }> {
  constructor(detail: { item: RecommendationItem }) {
    super('cocktail-reco-select', { ...init, cancelable: true, detail });
  }
}

/** The video shown changed from inside the widget (search form, followed player): the host may update its URL. */
export class CocktailRecoVideoChangeEvent extends CustomEvent<{ video: string }> {
  constructor(detail: { video: string }) {
    super('cocktail-reco-video-change', { ...init, detail });
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
