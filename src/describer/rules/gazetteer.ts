/**
 * Lookups in the generated gazetteers (src/describer/gazetteers/, built by `npm run gazetteers`). Each list is
 * decoded once, on first use, into a set of folded words: a process that never describes a video pays nothing.
 */
import { FIRST_NAMES } from '../gazetteers/first-names.js';
import { FRENCH_WORDS } from '../gazetteers/french-words.js';
import { PLACES } from '../gazetteers/places.js';
import { STOP_WORDS } from '../gazetteers/stop-words.js';
import { foldKey } from '../../ranking/text-folding.js';

/** Undoes the front coding of the generator: a line may start with how many characters it shares with the last. */
function decodeFrontCoded(text: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  for (const line of text.split('\n')) {
    const shared = line.charCodeAt(0) >= 48 && line.charCodeAt(0) <= 57 ? line.charCodeAt(0) - 48 : 0;
    previous = previous.slice(0, shared) + line.slice(shared > 0 ? 1 : 0);
    words.add(previous);
  }
  return words;
}

const lazy = <T>(build: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= build());
};

const stopWords = lazy(() => new Set(STOP_WORDS.split('\n')));
const firstNames = lazy(() => decodeFrontCoded(FIRST_NAMES));
const frenchWords = lazy(() => decodeFrontCoded(FRENCH_WORDS));

export type PlaceKind = 'country' | 'region' | 'departement' | 'commune' | 'city';
const PLACE_KINDS: Record<string, PlaceKind> = { P: 'country', R: 'region', D: 'departement', C: 'commune', V: 'city' };

/** Folded name → the kinds of place it names ("Paris" is a commune and a département). */
const places = lazy(() => {
  const map = new Map<string, PlaceKind[]>();
  for (const line of PLACES.split('\n')) {
    const [code, name] = line.split('\t');
    const key = foldKey(name!);
    const kinds = map.get(key) ?? [];
    kinds.push(PLACE_KINDS[code!]!);
    map.set(key, kinds);
  }
  return map;
});

/** A French or English stop word (folded: "à" → "a"). */
export function isStopWord(folded: string): boolean {
  return stopWords().has(folded);
}

export function isFirstName(folded: string): boolean {
  return firstNames().has(folded);
}

/** Endings of conjugated French verbs, as the generator (scripts/gazetteers.mjs) drops them. */
const CONJUGATED = new RegExp(
  '(eraient|assions|assiez|issions|issiez|erions|eriez|aient|assent|issent|erent|irent|erons|eront|erez|erai|eras|' +
    'erait|asses|isses|isse|asse|issons|issez|ames|ates|ait|ais|ions|iez|ent|ons|era|ez|ai|as|at|it|is|ees|ee|es|ie|ies)$',
);

/** The generator kept base forms only: the same endings are undone here (plural, feminine, conjugated verb). */
const INFLECTIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/[sx]$/, ['']],
  [/e$/, ['']],
  [/es$/, ['']],
  [CONJUGATED, ['er', 'ir', 're']],
];

/** A French common word (folded, lower case), inflected or not: "histoires", "réagissent", "expliquée". */
export function isFrenchWord(folded: string): boolean {
  const words = frenchWords();
  if (words.has(folded) || isStopWord(folded)) return true;
  for (const [ending, bases] of INFLECTIONS) {
    if (!ending.test(folded)) continue;
    const stem = folded.replace(ending, '');
    if (stem.length >= 3 && bases.some((base) => words.has(stem + base))) return true;
  }
  return false;
}

/** A French word of the dictionary as it is or in a plural or feminine form, not as a conjugated verb. */
export function isFrenchBaseWord(folded: string): boolean {
  const words = frenchWords();
  if (words.has(folded)) return true;
  return INFLECTIONS.slice(0, 3).some(([ending]) => ending.test(folded) && words.has(folded.replace(ending, '')));
}

/** The kinds of place a label names, by its whole folded form ("Saint-Étienne" → commune). */
export function placeKinds(label: string): readonly PlaceKind[] {
  return places().get(foldKey(label)) ?? [];
}
