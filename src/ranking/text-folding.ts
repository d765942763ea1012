/**
 * Text forms the engine compares: accents folded and lower-cased for ordinary words, accents folded but case kept for
 * acronyms ("SCH" must not meet "Sch…" or "sch"). Tokens are runs of letters and digits, so every comparison is on
 * word boundaries.
 */

const MARKS = /\p{M}/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;
/** Letters NFD does not decompose. */
const SPECIAL_FOLDS: Record<string, string> = {
  œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D',
};
const SPECIAL = /[œŒæÆßøØłŁđĐ]/g;

/** Accents and ligatures folded, case kept: "Œuvres complètes" → "OEuvres completes". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(SPECIAL, (c) => SPECIAL_FOLDS[c] ?? c);
}

/**
 * Answers repeat the same headings, names and titles across thousands of records: each text is read once. The
 * cache is bounded (it starts over when full) and its arrays are shared, never to be modified.
 */
const MAX_CACHED = 50_000;
const caseCache = new Map<string, readonly string[]>();
const foldedCache = new Map<string, readonly string[]>();
const topicCache = new Map<string, readonly string[]>();

function cached(cache: Map<string, readonly string[]>, text: string, read: (text: string) => readonly string[]): readonly string[] {
  let tokens = cache.get(text);
  if (tokens === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    tokens = read(text);
    cache.set(text, tokens);
  }
  return tokens;
}

/** Tokens with their case kept, for acronym matching. */
export function caseTokens(text: string): readonly string[] {
  return cached(caseCache, text, (t) => foldAccents(t).split(NON_WORD).filter((word) => word !== ''));
}

/** Comparison tokens: accents folded, lower case. */
export function foldedTokens(text: string): readonly string[] {
  return cached(foldedCache, text, (t) => caseTokens(t).map((word) => word.toLowerCase()));
}

const keyCache = new Map<string, string>();

/** The comparison key of a label: its folded tokens joined by one space. */
export function foldKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    if (keyCache.size >= MAX_CACHED) keyCache.clear();
    key = foldedTokens(text).join(' ');
    keyCache.set(text, key);
  }
  return key;
}

/**
 * A word without its plural mark, for topics ("Trous noirs (astronomie)" is about "trou noir"): a final s or x
 * dropped from words of four letters or more. Both sides of a comparison get the same treatment, so "Paris" meets
 * "Paris"; names are never compared this way.
 */
export function singular(word: string): string {
  return word.length > 3 && (word.endsWith('s') || word.endsWith('x')) ? word.slice(0, -1) : word;
}

/** The words of a title or a text as topics: folded, plural marks dropped. */
export function topicTokens(text: string): readonly string[] {
  return cached(topicCache, text, (t) => foldedTokens(t).map(singular));
}

/** "SCH", "GIF", "AC/DC": letters all in capitals (at least two of them), so the label is an acronym. */
export function isAllCapitals(label: string): boolean {
  const letters = label.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
