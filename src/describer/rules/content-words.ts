/**
 * Topical common words of the title and the head of the description ("désinformation", "complotisme", "énergie
 * nucléaire"): a librarian searches these first, and no capital rule finds them. A content word is a French common
 * noun or adjective of the dictionary, or an unknown word built with a noun's suffix (neologisms such as
 * "complotisme"); stop words, verbs (infinitives, conjugated forms, participles), adverbs and short words are not.
 * A noun followed by an adjective ("énergie nucléaire") is one subject.
 */
import { foldAccents } from '../../ranking/text-folding.js';
import type { Candidate, Zone } from './candidate.js';
import { isFrenchBaseWord, isStopWord } from './gazetteer.js';
import { isPlatform } from './platforms.js';

const WORD = /[\p{L}][\p{L}'’-]*[\p{L}]/gu;
const SENTENCE_BREAK = /[.!?:;|]\s*$/u;
const MIN_LENGTH = 5;
/** Endings of verbs and adverbs, folded ("relancer", "simplement") and as written ("expliqués"). */
const NOT_NOUN = /(?:er|ir|ment)$/;
/** "expliqués", but not the nouns in "-ité" ("laïcité"). */
const PARTICIPLE = /(?<!it)ée?s?$/u;
/** Suffixes of French nouns, which make an unknown word a common noun rather than a name. */
const NOUN_SUFFIX = /(?:tion|sion|isme|iste|ite|logie|graphie|ence|ance|ure|age)s?$/;
/** Suffixes of adjectives that qualify the noun before them ("nucléaire", "publique", "sociale"). */
const ADJECTIVE_SUFFIX = /(?:aire|ique|elle|el|ale|al|aux|if|ive|eux|euse|ien|ienne|ais|aise|ois|oise|ain|aine|iste|ible|able)s?$/;
/** Words for the kind of a work or a medium ("l'album", "la vidéo"): what the video is, not what it is about. */
const MEDIUM = /^(?:album|albums|livre|livres|film|films|roman|romans|serie|series|episode|episodes|video|videos|chaine|emission|extrait|single|disque|version|versions)$/;
/** At most this many content words a text: the strongest subjects only, below the names. */
const MAX_PER_TEXT = 4;

const fold = (word: string) => foldAccents(word).toLowerCase().replace(/^[ldjnscm]['’]|^qu['’]/, '');

function isContentWord(word: string): boolean {
  const folded = fold(word);
  if (PARTICIPLE.test(word.toLowerCase()) || MEDIUM.test(folded) || folded.length < MIN_LENGTH || isStopWord(folded) || isPlatform(folded) || NOT_NOUN.test(folded)) return false;
  return isFrenchBaseWord(folded) || NOUN_SUFFIX.test(folded);
}

export function contentWordCandidates(text: string, zone: Zone): Candidate[] {
  const found: Candidate[] = [];
  const matches = [...text.matchAll(WORD)];
  for (let at = 0; at < matches.length && found.length < MAX_PER_TEXT; at++) {
    const match = matches[at]!;
    const word = match[0].replace(/^[ldjnscm]['’]|^qu['’]/iu, '');
    const opensSentence = at === 0 || SENTENCE_BREAK.test(text.slice(0, match.index));
    // A capital away from a sentence start is a name's: the capital rules read it.
    if (/^\p{Lu}/u.test(word) && !opensSentence) continue;
    if (!isContentWord(word)) continue;
    // "Stromae interprète Santé", "Napoléon écrase l'armée": the word after a name is most often its verb.
    const previous = matches[at - 1];
    const afterName =
      previous !== undefined && /^\p{Lu}/u.test(previous[0]) && !isStopWord(fold(previous[0])) &&
      /^\s+$/u.test(text.slice(previous.index! + previous[0].length, match.index));
    // "en 3 jours", "10 minutes": a word after a number is a measure, not a topic.
    if (afterName || /\d\s*$/u.test(text.slice(0, match.index))) continue;
    const next = matches[at + 1]?.[0] ?? '';
    const between = text.slice(match.index + match[0].length, matches[at + 1]?.index ?? 0);
    const qualified = /^\p{Ll}/u.test(next) && /^\s+$/u.test(between) && ADJECTIVE_SUFFIX.test(fold(next)) && isContentWord(next);
    // An adjective alone ("disponible", "final") qualifies nothing a librarian would search.
    if (!qualified && ADJECTIVE_SUFFIX.test(fold(word)) && !NOUN_SUFFIX.test(fold(word))) continue;
    const label = qualified ? `${word.toLowerCase()} ${next}` : word.toLowerCase();
    if (qualified) at++;
    // A derived noun ("désinformation", "complotisme") or a qualified noun ("énergie nucléaire") names a topic
    // even said once; a plain noun ("séjour", "cabinet") must be in the title or repeated (see `weighing.ts`).
    const topic = qualified || NOUN_SUFFIX.test(fold(word));
    found.push(topic ? { text: label, origin: 'content-word', zone, hint: 'subjects', cue: 'nom d’un sujet' } : { text: label, origin: 'content-word', zone });
  }
  return found;
}
