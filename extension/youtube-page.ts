// Content script in the page's world (`"world": "MAIN"`): custom elements exist only there. Defines
// <cocktail-reco>, and keeps one in YouTube's right-hand column, whose requests go through the extension.
import { CocktailReco } from '../src/element/cocktail-reco.js';
import { CHANNEL, ownPageMessage, PageSettings, type PageRequest } from './messages.js';
import { RelayRecommender } from './relay-recommender.js';
import { WatchPageMount, type MountedElement } from './watch-page-mount.js';

CocktailReco.define();
const recommender = new RelayRecommender();

const mount = new WatchPageMount(() => {
  const element = document.createElement('cocktail-reco') as CocktailReco & MountedElement;
  element.recommender = recommender;
  // YouTube sets 1rem to 10px: the element's rem-based spacing is given in YouTube's own scale, its text in 14px.
  element.style.setProperty('--cocktail-reco-gap', '1.6rem');
  element.style.setProperty('--cocktail-reco-radius', '0.8rem');
  element.style.fontSize = '1.4rem';
  element.style.marginBlockEnd = '1.6rem';
  return element;
});

// Nothing is shown until the extension's content script says whether, and how.
addEventListener('message', (event) => {
  const settings = PageSettings.safeParse(ownPageMessage(event));
  if (settings.success) mount.settings = { show: settings.data.show, layout: settings.data.layout };
});
mount.start();
const ask: PageRequest = { channel: CHANNEL, type: 'settings-request' };
postMessage(ask, location.origin);
