/**
 * Reads the words of a title or a description once, without building strings: each word is folded (accents off,
 * lower case, and a second form with its case kept for acronyms) character by character through tables, hashed,
 * and remembered by its position in the text. Matching then compares hashes, and verifies the characters only on
 * a hit. Same words as `foldedTokens`/`caseTokens` (runs of letters and digits after folding); text in a script
 * the tables do not cover takes the general path through those functions.
 */
import { caseTokens, foldAccents, foldedTokens } from './text-folding.js';

const LATIN_END = 0x024f;
/** Folded forms per UTF-16 code up to U+024F: lower case, and case kept; '' marks a character between words. */
const LOWER_FOLDS: string[] = [];
const CASE_FOLDS: string[] = [];
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
for (let code = 0; code <= LATIN_END; code++) {
  const char = String.fromCharCode(code);
  const folded = WORD_CHAR.test(char) ? foldAccents(char) : '';
  CASE_FOLDS[code] = folded;
  LOWER_FOLDS[code] = folded.toLowerCase();
}

/** FNV-1a over UTF-16 codes, kept non-zero so that 0 can mark an empty slot. */
export function hashWord(word: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 16777619);
  return hash | 1;
}

/** Characters that separate words in any script: general punctuation (typographic quotes, dashes, spaces). */
function isPunctuationBlock(code: number): boolean {
  return code >= 0x2000 && code <= 0x206f;
}

function isCombiningMark(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

export class WordScanner {
  /** Words of the current text: hashes of both forms, bounds in the text (fast path) or the words themselves. */
  lowerHash = new Int32Array(64);
  caseHash = new Int32Array(64);
  /** A four-digit word's value, else -1. */
  yearValue = new Int32Array(64);
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private text = '';
  private lowerWords: string[] | undefined;
  private caseWords: string[] | undefined;
  count = 0;

  /** Room for `words` words (a text of n characters has at most n / 2 + 1). */
  private reserve(words: number): void {
    if (words <= this.starts.length) return;
    const grow = (array: Int32Array) => {
      const larger = new Int32Array(Math.max(words, array.length * 2));
      larger.set(array);
      return larger;
    };
    this.lowerHash = grow(this.lowerHash);
    this.caseHash = grow(this.caseHash);
    this.yearValue = grow(this.yearValue);
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
  }

  /** Splits `text` into words; returns their number. `withCase`: also hash the case-kept forms (for acronyms). */
  scan(text: string, withCase = true): number {
    this.reserve((text.length >> 1) + 1);
    this.text = text;
    this.lowerWords = undefined;
    this.caseWords = undefined;
    let count = 0;
    let inWord = false;
    let lower = 0;
    let cased = 0;
    let digits = 0;
    let letters = 0;
    let value = 0;
    const length = text.length;
    for (let i = 0; i <= length; i++) {
      const code = i < length ? text.charCodeAt(i) : 32;
      let lowerPiece: string;
      let casePiece: string;
      if (code < 0x80) {
        // ASCII: letters and digits are words, everything else separates them.
        const isUpper = code >= 65 && code <= 90;
        if ((code >= 97 && code <= 122) || isUpper || (code >= 48 && code <= 57)) {
          if (!inWord) {
            inWord = true;
            lower = cased = 0x811c9dc5 | 0;
            digits = letters = value = 0;
            this.starts[count] = i;
          }
          lower = Math.imul(lower ^ (isUpper ? code + 32 : code), 16777619);
          if (withCase) cased = Math.imul(cased ^ code, 16777619);
          if (code <= 57) {
            digits++;
            value = value * 10 + (code - 48);
          } else letters++;
          continue;
        }
        lowerPiece = casePiece = '';
      } else if (code <= LATIN_END) {
        lowerPiece = LOWER_FOLDS[code]!;
        casePiece = CASE_FOLDS[code]!;
      } else if (isCombiningMark(code)) {
        continue; // folded away, inside or outside a word
      } else if (isPunctuationBlock(code)) {
        lowerPiece = casePiece = '';
      } else {
        return this.scanGenerally(text);
      }
      if (lowerPiece === '') {
        if (inWord) {
          inWord = false;
          this.ends[count] = i;
          this.lowerHash[count] = lower | 1;
          this.caseHash[count] = cased | 1;
          this.yearValue[count] = digits === 4 && letters === 0 ? value : -1;
          count++;
        }
        continue;
      }
      if (!inWord) {
        inWord = true;
        lower = cased = 0x811c9dc5 | 0;
        digits = letters = value = 0;
        this.starts[count] = i;
      }
      for (let k = 0; k < lowerPiece.length; k++) lower = Math.imul(lower ^ lowerPiece.charCodeAt(k), 16777619);
      if (withCase) for (let k = 0; k < casePiece.length; k++) cased = Math.imul(cased ^ casePiece.charCodeAt(k), 16777619);
      letters++;
    }
    this.count = count;
    return count;
  }

  private scanGenerally(text: string): number {
    const lowerWords = foldedTokens(text);
    const caseWords = caseTokens(text);
    this.reserve(lowerWords.length);
    this.lowerWords = lowerWords;
    this.caseWords = caseWords;
    for (let i = 0; i < lowerWords.length; i++) {
      const word = lowerWords[i]!;
      this.lowerHash[i] = hashWord(word);
      this.caseHash[i] = hashWord(caseWords[i] ?? '');
      this.yearValue[i] = /^\d{4}$/.test(word) ? Number(word) : -1;
    }
    this.count = lowerWords.length;
    return this.count;
  }

  /** Whether word `at` folds to exactly `token` (lower case, or case kept). */
  equals(at: number, token: string, caseKept: boolean): boolean {
    const words = caseKept ? this.caseWords : this.lowerWords;
    if (words !== undefined) return words[at] === token;
    const folds = caseKept ? CASE_FOLDS : LOWER_FOLDS;
    const text = this.text;
    const end = this.ends[at]!;
    let k = 0;
    for (let i = this.starts[at]!; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        const folded = !caseKept && code >= 65 && code <= 90 ? code + 32 : code;
        if (token.charCodeAt(k++) !== folded) return false;
      } else if (code <= LATIN_END) {
        const piece = folds[code]!;
        for (let p = 0; p < piece.length; p++) if (token.charCodeAt(k++) !== piece.charCodeAt(p)) return false;
      }
      // combining marks fold to nothing
    }
    return k === token.length;
  }
}
