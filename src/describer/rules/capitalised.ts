/**
 * Capitalised sequences ("Victor Hugo", "Pays de la Loire", "Jeanne d'Arc") and acronyms ("SCH", "CNRS"): the
 * likely proper names of a text. A capital at the start of a sentence says nothing, so a sentence-initial common
 * word is left out ("Comment Macron…" gives "Macron"); a shouted text (mostly capitals) and a title in Title Case
 * ("How The Roman Empire Fell") give only acronyms and runs that a gazetteer confirms later, flagged as such.
 */
import type { Candidate, Zone } from './candidate.js';
import { foldAccents } from '../../ranking/text-folding.js';
import { isFirstName, isFrenchWord, isStopWord } from './gazetteer.js';

/** Lower-case words allowed inside a name when a capitalised word follows ("Charles de Gaulle"). */
const CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'von', 'van', 'der', 'den', 'di', 'da', 'del', 'of', 'y', 'et', 'sur', 'en', 'upon']);
/** Connectors that may join two names in a place or a title but split a list of people ("Nekfeu et Orelsan"). */
const SPLITTING = new Set(['et', 'y']);
const ADJECTIVE = /^[a-z]+(?:aise?s?|ales?|iales?|iques?|elles?|iennes?|oides?|aines?|ains?|eens?|eennes?|istes?)$/;
const ELISION = /^(?:[ldjnscm]|qu|jusqu|lorsqu|puisqu)['’]/iu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
/** Sentence breaks, and the punctuation that closes a name ("Victor Hugo, écrivain"). */
const SENTENCE_BREAK = /[.!?…]+(?=\s|$)|[|–—:;,«»"“”()[\]/]|\s-\s/u;

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const letters = (word: string) => word.replace(/[^\p{L}]/gu, '');
export const isAcronym = (word: string): boolean => {
  const l = letters(word);
  return l.length >= 2 && l.length <= 6 && isUpper(l);
};
const fold = (word: string) => foldAccents(word).toLowerCase();

/** A capitalised word, or one like "d'Arc" whose part after the elision is capitalised. */
function capitalPart(word: string): string | undefined {
  const bare = word.replace(ELISION, '');
  return bare && isUpper(bare[0]!) ? bare : undefined;
}

/**
 * A title in Title Case ("How The Roman Empire Fell"): after the first word, most words are capitalised and
 * capitalised common words are as many as the other capitalised words. Names alone ("Jeanne d'Arc et Charles de Gaulle") do not count.
 */
export function isTitleCase(text: string): boolean {
  const words = (text.match(WORD) ?? []).slice(1).filter((w) => letters(w).length > 1 && !isAcronym(w));
  const capitalised = words.filter((w) => isUpper(letters(w)[0]!));
  const common = capitalised.filter((w) => isStopWord(fold(w)) || isFrenchWord(fold(w)));
  return common.length >= 2 && common.length * 2 >= capitalised.length && capitalised.length >= 0.6 * words.length;
}

export function isShouted(text: string): boolean {
  const l = letters(text);
  return l.length >= 8 && [...l].filter(isUpper).length >= 0.7 * l.length;
}

export function capitalisedCandidates(text: string, zone: Zone): Candidate[] {
  const shouted = isShouted(text);
  const titleCase = !shouted && isTitleCase(text);
  const found: Candidate[] = [];
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const words = sentence.match(WORD) ?? [];
    let run: string[] = [];
    let runStart = -1;
    const close = () => {
      while (run.length > 0 && CONNECTORS.has(fold(run[run.length - 1]!))) run.pop();
      if (run.length > 0) {
        const text = run.join(' ');
        const acronym = run.length === 1 && isAcronym(run[0]!);
        if (acronym || (!shouted && run.length <= 6)) {
          const candidate: Candidate = { text, origin: acronym ? 'acronym' : 'capitalised', zone };
          if (runStart === 0 || titleCase || shouted) candidate.sentenceStart = true;
          if (runStart > 0) candidate.before = fold(words[runStart - 1]!);
          found.push(candidate);
        }
      }
      run = [];
      runStart = -1;
    };
    words.forEach((word, index) => {
      const capital = capitalPart(word);
      if (shouted) {
        // In a shouted text, only a lone short capitalised word that is no common word may be an acronym.
        if (isAcronym(word) && !isFrenchWord(fold(word)) && !isStopWord(fold(word))) {
          run = [word];
          runStart = index;
        }
        close();
        return;
      }
      if (capital) {
        const nameFollows = isFirstName(fold(capital)) && capitalPart(words[index + 1] ?? '') !== undefined;
        if (run.length === 0 && index === 0 && !nameFollows && !isAcronym(capital) && (isFrenchWord(fold(capital)) || isStopWord(fold(capital)))) {
          // A sentence-initial common word: its capital is the sentence's, not a name's (an acronym's are its own).
          return;
        }
        if (run.length === 0) runStart = index;
        if (isStopWord(fold(capital)) && run.length === 0) return;
        run.push(capital === word || run.length === 0 ? capital : word);
        return;
      }
      const connector = fold(word);
      // "Révolution française", "Seconde Guerre mondiale": a subject's name ends with a lower-case adjective.
      if (run.length > 0 && ADJECTIVE.test(connector) && isFrenchWord(fold(run[run.length - 1]!))) {
        run.push(word);
        close();
        return;
      }
      if (run.length > 0 && CONNECTORS.has(connector) && !SPLITTING.has(connector) && capitalPart(words[index + 1] ?? '')) {
        run.push(word);
        return;
      }
      close();
    });
    close();
  }
  return found;
}
