/**
 * Text forms the matcher compares: accents folded and lower-cased for ordinary words, accents folded but case
 * kept for acronyms ("SCH" must not meet "Sch…" or "sch"). Tokens are runs of letters and digits, so every
 * comparison is on word boundaries.
 *
 * This runs on every field of every candidate, so the common case is fast: Latin letters are folded through a
 * table built once (the same result as NFD + stripping marks), and ASCII results are split with an ASCII regex.
 * Other scripts take the general Unicode path.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const NON_WORD = /[^\p{L}\p{N}]+/u;
const NON_ASCII_WORD = /[^A-Za-z0-9]+/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const LATIN_END = 0x024f;
/** Letters NFD does not decompose. */
const SPECIAL_FOLDS: Record<string, string> = {
  œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D',
};

function foldSlowly(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[œŒæÆßøØłŁđĐ]/g, (c) => SPECIAL_FOLDS[c] ?? c);
}

/** U+0080…U+024F: each letter's folded form, a space for anything that is not a letter or digit. */
const LATIN_FOLDS: string[] = [];
for (let code = 0x80; code <= LATIN_END; code++) {
  const char = String.fromCharCode(code);
  LATIN_FOLDS[code] = WORD_CHAR.test(char) ? foldSlowly(char) : ' ';
}

/** Accents and ligatures folded, case kept: "Œuvres complètes" → "OEuvres completes". */
export function foldAccents(text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  let folded = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    let replacement: string;
    if (code <= LATIN_END) replacement = LATIN_FOLDS[code]!;
    else if (code >= 0x0300 && code <= 0x036f) replacement = '';
    else return foldSlowly(text); // another script, or a precomposed letter beyond Latin: the general path.
    folded += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return folded + text.slice(from);
}

function splitWords(text: string): string[] {
  const words = text.split(ASCII_ONLY.test(text) ? NON_ASCII_WORD : NON_WORD);
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
