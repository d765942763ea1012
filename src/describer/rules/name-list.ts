/**
 * A list of names heading the title: "Nekfeu, Orelsan et Angèle réagissent à…", "Macron et Le Pen : le débat".
 * Two names or more, joined by commas and "et"/"&"/"and"/"x", then a verb or a separator: people in the video.
 */
import type { Candidate } from './candidate.js';
import { leadingNames } from './credits.js';
import { titleParts } from './title-parts.js';
import { isFirstName, isFrenchWord } from './gazetteer.js';
import { foldKey } from '../../ranking/text-folding.js';

/** Articles that begin names ("Le Pen", "La Fontaine", "De Gaulle"). */
const NAME_PARTICLES = new Set(['le', 'la', 'les', 'de', 'du', 'des', 'van', 'von', 'di', 'da', 'el', 'al']);
const JOINED = /^(.+?)(?:\s*,\s*.+?)*\s+(?:et|&|and|x)\s+/iu;

export function nameListCandidates(title: string): Candidate[] {
  const head = titleParts(title)[0] ?? '';
  if (!JOINED.test(head)) return [];
  const names = leadingNames(head);
  if (names.length < 2 || names.some((name) => name.split(' ').length > 4)) return [];
  // "Comment Macron et Le Pen…" is a sentence: its first capital is the sentence's, not a name's.
  const first = foldKey(names[0]!.split(' ')[0]!);
  if (isFrenchWord(first) && !NAME_PARTICLES.has(first) && !isFirstName(first)) return [];
  return names.map((text) => ({ text, origin: 'name-list', zone: 'title', hint: 'people', cue: 'liste de noms' }));
}
