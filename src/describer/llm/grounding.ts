/**
 * Keeps only what the source text says. A model can add a plausible entity that the video never names (a
 * hallucination, or knowledge about the channel); a library search on it would bring documents the video has
 * nothing to do with. A label is kept when its words occur in the text in that order, on word boundaries, case and
 * accents folded ("Révolution française" is found in "la revolution FRANCAISE"); a date when each of its years does.
 */
import { foldKey } from '../../ranking/text-folding.js';

const DATE_LABEL = /^\d{4}(?:-\d{2}-\d{2})?(?:\/\d{4}(?:-\d{2}-\d{2})?)?$/;

export interface SourceMatcher {
  /** True when `label` occurs in the source text. */
  has(label: string): boolean;
  /** True when `label` is a date in the contract's format whose years all occur in the source text. */
  hasDate(label: string): boolean;
}

export function sourceMatcher(text: string): SourceMatcher {
  const folded = ` ${foldKey(text)} `;
  const has = (label: string) => {
    const key = foldKey(label);
    return key !== '' && folded.includes(` ${key} `);
  };
  return {
    has,
    hasDate: (label) => DATE_LABEL.test(label) && (label.match(/\d{4}(?=-|\/|$)/g) ?? []).every(has),
  };
}
