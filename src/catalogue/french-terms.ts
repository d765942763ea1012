/**
 * French-aware term normalisation for full-text search: accents and case folded, elided articles and a few stop
 * words dropped ("l'été" and "L’Été" find "été"), plurals lightly reduced ("chevaux" finds "cheval", "livres"
 * finds "livre"). Applied identically to indexed text and to queries, so its approximations cancel out.
 */

/** Words and punctuation: apostrophes (straight and curly) split elisions off ("l'été" → "l", "été"). */
const TOKEN_SEPARATORS = /[\s\p{P}\p{S}]+/u;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]/;
const STOP_WORDS = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'en', 'au', 'aux', 'qu',
  'the', 'of', 'and', 'an',
]);

export function tokenizeText(text: string): string[] {
  return text.split(TOKEN_SEPARATORS).filter(Boolean);
}

/** The comparable form of one word, or `null` for words that carry no meaning on their own. */
export function normalizeFrenchTerm(term: string): string | null {
  let t = term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(ELISION, '');
  if (STOP_WORDS.has(t)) return null;
  if (t.length < 2 && !/\d/.test(t)) return null;
  if (t.length > 3 && /^[a-z]+$/.test(t)) {
    if (t.endsWith('eaux')) t = t.slice(0, -1);
    else if (t.endsWith('aux') && t.length > 4) t = t.slice(0, -3) + 'al';
    else if (/[sx]$/.test(t) && !t.endsWith('ss')) t = t.slice(0, -1);
  }
  return t;
}

/** A whole text as its normalised words joined by single spaces, for phrase comparisons. */
export function normalizeFrenchText(text: string): string {
  return tokenizeText(text)
    .map(normalizeFrenchTerm)
    .filter((t): t is string => t !== null)
    .join(' ');
}
