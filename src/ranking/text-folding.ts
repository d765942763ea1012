/**
 * Text forms the engine compares: accents folded and lower-cased for ordinary words, accents folded but case kept for
 * acronyms ("SCH" must not meet "Sch…" or "sch"). Tokens are runs of letters and digits, so every comparison is on
 * word boundaries.
 */
import { BoundedCache } from './bounded-cache.js';

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

/** Tokens with their case kept, for acronym matching. */
export function caseTokens(text: string): string[] {
  return foldAccents(text).split(NON_WORD).filter((word) => word !== '');
}

/** Comparison tokens: accents folded, lower case. */
export function foldedTokens(text: string): string[] {
  return caseTokens(text).map((word) => word.toLowerCase());
}

// Titles, texts and headings repeat across an answer's records: the engine reads each once (shared arrays, never
// to be modified).
const caseCache = new BoundedCache((text) => caseTokens(text) as readonly string[]);
const topicCache = new BoundedCache((text) => foldedTokens(text).map(singular) as readonly string[]);
const keyCache = new BoundedCache((text) => foldedTokens(text).join(' '));

/** `caseTokens`, the same shared array for the same text. */
export function sharedCaseTokens(text: string): readonly string[] {
  return caseCache.get(text);
}

/** The comparison key of a label: its folded tokens joined by one space. */
export function foldKey(text: string): string {
  return keyCache.get(text);
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
  return topicCache.get(text);
}

/** "SCH", "GIF", "AC/DC": letters all in capitals (at least two of them), so the label is an acronym. */
export function isAllCapitals(label: string): boolean {
  const letters = label.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
