// cocktail-reco/define: registers <cocktail-reco>. Loading it twice is harmless.
import { CocktailReco } from './element/cocktail-reco.js';

CocktailReco.define();
