// The element as a page would load it: the side-effect entry that registers <cocktail-reco>.
import '../../../src/define.js';
