/**
 * A library's stop words, as both describers apply them: a label is dropped when it holds a stop word as whole
 * words ("clip officiel" drops "Clip officiel HD"), case and accents aside.
 */
import { foldKey } from '../ranking/text-folding.js';

/** The stop words folded once, the empty ones left out. */
export function foldStopWords(stopWords: readonly string[]): string[] {
  return stopWords.map(foldKey).filter(Boolean);
}

/** The stop word a folded label holds, if any. */
export function stopWordIn(foldedLabel: string, foldedStopWords: readonly string[]): string | undefined {
  return foldedStopWords.find((stop) => ` ${foldedLabel} `.includes(` ${stop} `));
}
