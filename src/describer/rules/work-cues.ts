/**
 * Works named by the word for their kind: after it ("extrait de l'album Multitude", "le livre Le monde sans fin")
 * or before it, as an apposition ("Le monde sans fin, la BD"). The words are kept whole up to the punctuation that
 * closes them: a title is cut by no capital rule ("Racine carrée", "Le monde sans fin").
 */
import type { Candidate, Zone } from './candidate.js';

const KINDS =
  "l['’](?:album|EP|essai|opéra|opera)|le (?:livre|film|roman|disque|single|spectacle|documentaire|podcast|manga)|" +
  'la (?:BD|bande dessinée|bande dessinee|série|serie|pièce|piece|chanson)|the (?:album|book|film|movie|novel|song|series)';
/** A work's words: a capital first, then up to the punctuation or the words that start what is said of it. */
const TITLE = "[\\p{Lu}\\d][^,.;:!?()«»\"“”|]{0,60}?";
// "… de Ladj Ly": "de" before a first name and surname is the author's, not the title's ("Le Comte de Monte-Cristo").
const END =
  "(?=\\s*(?:[,.;:!?()«»\"“”|]|$)|\\s+(?:par|by|avec|with|sorti|paru|publié|released|en \\d{4})\\b|\\s+de\\s+\\p{Lu}\\p{L}+\\s+\\p{Lu})";
const AFTER = new RegExp(`(?<![\\p{L}])(${KINDS})\\s+(${TITLE})${END}`, 'gu');
const BEFORE = new RegExp(`(?:^|[.!?:;]\\s+)(${TITLE}),\\s+(${KINDS})(?![\\p{L}])`, 'gu');
const MAX_WORDS = 8;

export function workCueCandidates(text: string, zone: Zone): Candidate[] {
  const found: Candidate[] = [];
  const push = (title: string, cue: string) => {
    const words = title.trim().split(/\s+/);
    if (words.length <= MAX_WORDS) found.push({ text: title.trim(), origin: 'work-cue', zone, hint: 'works', cue });
  };
  for (const match of text.matchAll(AFTER)) push(match[2]!, match[1]!);
  for (const match of text.matchAll(BEFORE)) push(match[1]!, match[2]!);
  return found;
}
