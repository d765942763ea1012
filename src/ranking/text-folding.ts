/**
 * Text forms the matcher compares: accents folded and lower-cased for ordinary words, accents folded but case
 * kept for acronyms ("SCH" must not meet "Sch…" or "sch"). Tokens are runs of letters and digits, so every
 * comparison is on word boundaries.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Accents and ligatures folded, case kept: "Œuvres complètes" → "OEuvres completes". */
export function foldAccents(text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss');
}

function splitWords(text: string): string[] {
  const words = text.split(NON_WORD);
  // split leaves empty strings at the ends when the text starts or ends with punctuation.
  if (words.length > 0 && words[0] === '') words.shift();
  if (words.length > 0 && words[words.length - 1] === '') words.pop();
  return words;
}

/** Comparison tokens: accents folded, lower case. */
export function foldedTokens(text: string): string[] {
  return splitWords(foldAccents(text).toLowerCase());
}

/** Tokens with their case kept, for acronym matching. */
export function caseTokens(text: string): string[] {
  return splitWords(foldAccents(text));
}

/** The comparison key of a label: its folded tokens joined by one space. */
export function foldKey(text: string): string {
  return foldedTokens(text).join(' ');
}

/** "SCH", "GIF", "AC/DC": letters all in capitals (at least two of them), so the label is an acronym. */
export function isAllCapitals(label: string): boolean {
  const letters = label.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
