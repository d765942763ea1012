/**
 * Capitalised sequences ("Victor Hugo", "Pays de la Loire", "Jeanne d'Arc") and acronyms ("SCH", "CNRS"): the
 * likely proper names of a text. A capital at the start of a sentence says nothing, so a sentence-initial common
 * word is left out ("Comment Macron…" gives "Macron"); a shouted text (mostly capitals) and a title in Title Case
 * ("How The Roman Empire Fell") give only acronyms and runs that a gazetteer confirms later, flagged as such.
 */
import type { Candidate, Zone } from './candidate.js';
import { foldAccents } from '../../ranking/text-folding.js';
import { isFirstName, isFrenchWord, isStopWord, placeKinds } from './gazetteer.js';

/** Lower-case words allowed inside a name when a capitalised word follows ("Charles de Gaulle"). */
const CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'von', 'van', 'der', 'den', 'di', 'da', 'del', 'of', 'upon']);
const ADJECTIVE = /^[a-z]+(?:ees?|es|aise?s?|ales?|iales?|iques?|elles?|iennes?|oides?|aines?|ains?|eens?|eennes?|istes?)$/;
const ELISION = /^(?:[ldjnscm]|qu|jusqu|lorsqu|puisqu)['’]/iu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
/** Sentence breaks, and the punctuation that closes a name ("Victor Hugo, écrivain"), kept by `split`. */
const BREAK = /([.!?…]+(?=\s|$)|[|–—:;,«»"“”()[\]/]|\s-\s)/u;
/** The breaks after which a capital may be the sentence's own; after a comma or a quote it is a name's. */
const SENTENCE_END = /^(?:[.!?…]+|[|–—:;]|\s-\s)$/u;

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
  const shoutedText = isShouted(text);
  const titleCase = !shoutedText && isTitleCase(text);
  const found: Candidate[] = [];
  const pieces = text.split(BREAK);
  for (let at = 0; at < pieces.length; at += 2) {
    const sentence = pieces[at]!;
    const opensSentence = at === 0 || SENTENCE_END.test(pieces[at - 1]!);
    // "… of Congress – FULL SPEECH": a shouted sentence inside a text that is not.
    const shouted = shoutedText || isShouted(sentence);
    const words = sentence.match(WORD) ?? [];
    let run: string[] = [];
    let runStart = -1;
    const close = (next?: string) => {
      while (run.length > 0 && CONNECTORS.has(fold(run[run.length - 1]!))) run.pop();
      // "Président Emmanuel Macron", "Docteur Jean Dupont": a common word before a first name is a title, not the name.
      while (run.length > 2 && isFrenchWord(fold(run[0]!)) && isUpper(run[1]![0]!) && isFirstName(fold(run[1]!))) run.shift();
      if (run.length > 0) {
        const text = run.join(' ');
        const acronym = run.length === 1 && isAcronym(run[0]!);
        if (acronym || (!shouted && run.length <= 6)) {
          const candidate: Candidate = { text, origin: acronym ? 'acronym' : 'capitalised', zone };
          if ((runStart === 0 && opensSentence) || titleCase || shouted) candidate.sentenceStart = true;
          if (runStart > 0) candidate.before = fold(words[runStart - 1]!);
          if (next) candidate.after = fold(next);
          found.push(candidate);
        }
      }
      run = [];
      runStart = -1;
    };
    let placeEnd = -1;
    words.forEach((word, index) => {
      const capital = capitalPart(word);
      if (shouted) {
        // "COSTA RICA IN 4K": in a shouted text, a place of the gazetteers is found by its words.
        if (index < placeEnd) return;
        for (let length = 3; length >= 1; length--) {
          const place = words.slice(index, index + length).join(' ');
          if (index + length <= words.length && place.length > 3 && placeKinds(place).length > 0) {
            found.push({ text: place, origin: 'capitalised', zone });
            placeEnd = index + length;
            return;
          }
        }
        // In a shouted text, only a lone short capitalised word that is no common word may be an acronym.
        // A shouted word is an acronym only when short ("SCH", "PNL") or marked as one ("C-SPAN", "COP28").
        const marked = letters(word).length <= 3 || /[\d-]/.test(word);
        if (isAcronym(word) && marked && !isFrenchWord(fold(word)) && !isStopWord(fold(word))) {
          run = [word];
          runStart = index;
        }
        close();
        return;
      }
      if (capital) {
        // Unless it starts a name ("Jean Moulin") or names a place ("Rennes"): typing weighs those.
        const nameFollows = isFirstName(fold(capital)) && capitalPart(words[index + 1] ?? '') !== undefined;
        const place = placeKinds(capital).length > 0;
        const common = isFrenchWord(fold(capital)) || isStopWord(fold(capital));
        if (run.length === 0 && index === 0 && opensSentence && common && !nameFollows && !place && !isAcronym(capital)) {
          // A sentence-initial common word: its capital is the sentence's, not a name's (an acronym's are its own).
          return;
        }
        if (run.length === 0) runStart = index;
        if (run.length === 0 && isStopWord(fold(capital)) && !isAcronym(capital)) return;
        run.push(capital === word || run.length === 0 ? capital : word);
        return;
      }
      const connector = fold(word);
      // "Révolution française", "Seconde Guerre mondiale": a subject's name ends with a lower-case adjective.
      if (run.length > 0 && ADJECTIVE.test(connector) && isFrenchWord(fold(run[run.length - 1]!))) {
        run.push(word);
        close(words[index + 1]);
        return;
      }
      const next = words[index + 1] ?? '';
      // "les Bleus de Didier Deschamps": after "de", two names (a first name, or no common words) are a person's own.
      const after = words[index + 2] ?? '';
      const twoNames = capitalPart(next) !== undefined && capitalPart(after) !== undefined;
      const personFollows = twoNames && (isFirstName(fold(next)) || !(isFrenchWord(fold(next)) || isFrenchWord(fold(after))));
      if (run.length > 0 && CONNECTORS.has(connector) && capitalPart(next) && !personFollows) {
        run.push(word);
        return;
      }
      close(word);
    });
    close();
  }
  return found;
}
