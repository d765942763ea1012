/**
 * Typing: each candidate goes through ordered rules; the first that applies gives its facet (or drops it) and says
 * why. Specific evidence comes first (a link fragment, a platform, a date, a place in a gazetteer, a credit), then
 * the shape of the words (a first name, an organisation's word, an acronym, an unknown proper name), then what is
 * left (subjects and keywords).
 */
import type { Facet } from '../../sdk/schemas.js';
import { foldKey, foldedTokens } from '../../ranking/text-folding.js';
import type { Candidate } from './candidate.js';
import { isAcronym } from './capitalised.js';
import { isFirstName, isFrenchWord, isStopWord, placeKinds, type PlaceKind } from './gazetteer.js';
import { isPlatform } from './platforms.js';
import { stopWordIn } from '../stop-words.js';

export interface TypingContext {
  /** A music video: an acronym or a lone unknown name is an artist. */
  music: boolean;
  /** The folded words of the cleaned title. */
  titleWords: readonly string[];
  /** The video speaks English. */
  english: boolean;
  /** A travel video: a lone unknown proper name is a place. */
  travel: boolean;
  /** The names the channel goes by, folded (see `channelNames`). */
  channelNames: readonly string[];
  /** The artists a music title names ("Artist - Work"), folded. */
  artists: readonly string[];
  /** The library's stop words, folded. */
  stopWords: readonly string[];
  /** The head of a title "X - Y", folded: who or what the video is about (see `titleHead`). */
  titleHead?: string;
}

export type Typing =
  | { facet: Facet; label: string; reason: string; /** The rule's rank: lower is more specific. */ rank: number }
  | { dropped: string };

/** Words that say nothing of the subject when they are a whole chapter, tag or title part. */
const GENERIC = new Set([
  'intro', 'introduction', 'conclusion', 'outro', 'generique', 'fin', 'debut', 'sommaire', 'bonus', 'questions',
  'q a', 'faq', 'remerciements', 'merci', 'teaser', 'replay', 'live', 'direct', 'officiel', 'official', 'clip',
  'clip officiel', 'lyrics', 'paroles', 'audio', 'vlog', 'shorts', 'short', 'podcast', 'episode', 'partie',
  'chapitre', 'part', 'extrait', 'video', 'nouveau', 'new', 'exclu', 'exclusif', 'reaction', 'react', 'hd', '4k',
  'hdr', 'uhd', 'fps', '60fps', 'ultra hd', '8k', 'resume', 'recap', 'debrief', 'annonce', 'trailer', 'musique',
  'music', 'chanson', 'song', 'fr', 'en', 'vf', 'vostfr', 'debat', 'analyse', 'decryptage', 'reportage', 'enquete',
  'conference', 'tuto', 'tutoriel', 'tutorial', 'cours', 'documentaire', 'interview', 'emission', 'chaine',
  'official music video', 'official video', 'music video', 'official audio', 'lyric video', 'video officielle',
  'clip video', 'visualizer', 'full album', 'album complet',
]);
const NUMBERED = /^(?:episode|ep|partie|part|chapitre|saison|season|vol|volume|tome|n|no)\s*\d+$|^\d+$/;
const LINK = /https?:|www\.|\.(?:com|fr|org|net|io|ly|be)\b|@|\/\//i;
/** Words that make a name an organisation's: first or last in the name. */
const ORGANIZATION_WORDS = new Set([
  'association', 'fondation', 'foundation', 'universite', 'university', 'ecole', 'institut', 'institute', 'musee',
  'museum', 'club', 'fc', 'ac', 'as', 'rc', 'sc', 'olympique', 'stade', 'racing', 'ligue', 'league', 'federation',
  'union', 'parti', 'party', 'ministere', 'ministry', 'assemblee', 'senat', 'conseil', 'council', 'commission',
  'agence', 'agency', 'academie', 'academy', 'orchestre', 'orchestra', 'opera', 'theatre', 'festival', 'groupe',
  'group', 'societe', 'company', 'inc', 'sa', 'sas', 'bank', 'banque', 'journal', 'radio', 'tv', 'television',
  'editions', 'records', 'bibliotheque', 'library', 'centre', 'center', 'syndicat', 'collectif', 'cnrs', 'inserm',
]);
/** Place names that are also common words ("Tours", "Orange", "Nord") need a capital away from a sentence start. */
const PLACE_NAMES: Record<PlaceKind, string> = {
  country: 'pays',
  region: 'région française',
  departement: 'département français',
  commune: 'commune française',
  city: 'grande ville du monde',
};
const PLACE_PREPOSITIONS = new Set(['a', 'en', 'au', 'aux', 'in', 'at', 'visiter', 'visit']);
const NAME_PARTICLES = new Set([
  'de', 'du', 'des', 'la', 'le', 'd', 'l', 'von', 'van', 'der', 'di', 'da', 'del', 'y', 'of', 'the', 'et', 'sur', 'en',
]);

/**
 * Words of speech and debate after a name ("Bronner répond", "Jancovici face aux écologistes", "Stromae interprète")
 * and before it ("selon Bronner", "invité : Jancovici"): what only a person does.
 */
const SPEECH_AFTER = new Set([
  'repond', 'repondent', 'explique', 'expliquent', 'raconte', 'racontent', 'reagit', 'reagissent', 'debat', 'debattent',
  'face', 'denonce', 'affirme', 'estime', 'alerte', 'temoigne', 'defend', 'critique', 'interprete', 'chante', 'presente',
  'parle', 'dit', 'says', 'explains', 'answers', 'responds', 'reacts', 'talks', 'sings', 'performs', 'debates',
]);
const SPEECH_BEFORE = new Set(['selon', 'avec', 'invite', 'invitee', 'interview', 'according', 'with']);
const spokenOf = (c: Candidate) => SPEECH_AFTER.has(c.after ?? '') || SPEECH_BEFORE.has(c.before ?? '');

const capitalised = (word: string) => /^\p{Lu}/u.test(word);
const commonWord = (folded: string) => isFrenchWord(folded) || isStopWord(folded);

type Rule = (c: Candidate, key: string, words: string[], ctx: TypingContext) => Typing | undefined;

const RULES: Rule[] = [
  // 1. The library's curation.
  (c, key, _, ctx) => {
    const denied = stopWordIn(key, ctx.stopWords);
    return denied ? { dropped: `mot exclu par la bibliothèque (« ${denied} »)` } : undefined;
  },
  // 2. What is no name at all: a link fragment, another script, a stop word, a format word, a sentence.
  (c) => (LINK.test(c.text) ? { dropped: 'fragment de lien' } : undefined),
  // A French catalogue is searched in Latin script: "エミネム" would match nothing.
  (c) => (/\p{Script=Latin}|\d/u.test(c.text) ? undefined : { dropped: 'écriture non latine' }),
  (c, key, words) => {
    if (c.origin === 'date') return undefined;
    if (key.replace(/ /g, '').length < 2) return { dropped: 'trop court' };
    // "OM", "UE" written in capitals are acronyms, whatever stop word they spell.
    if (c.origin !== 'acronym' && words.every((w) => isStopWord(w) || /^\d+$/.test(w))) return { dropped: 'mot vide' };
    if (GENERIC.has(key) || NUMBERED.test(key)) return { dropped: 'mot générique (chapitre, format)' };
    if (words.length > 8) return { dropped: 'phrase, pas un nom' };
    return undefined;
  },
  // 3. Platforms and networks.
  (c, key, words, ctx) => {
    if (!isPlatform(key) && !(words.length > 1 && words.every(isPlatform))) return undefined;
    // "Comment TikTok a changé la musique" is about TikTok; "Retrouvez-moi sur TikTok" is not.
    const at = ctx.titleWords.indexOf(words[0]!);
    const about = at >= 0 && !['sur', 'on', 'via', 'de'].includes(ctx.titleWords[at - 1] ?? '') && c.zone === 'title';
    return about
      ? { facet: 'organizations', label: c.text, reason: 'plateforme dont parle le titre', rank: 3 }
      : { dropped: 'plateforme ou réseau social' };
  },
  // 4. The channel's own name.
  (c, key, _, ctx) => {
    if (!ctx.channelNames.includes(key)) return undefined;
    // The uploader ("BBC News", "Thinkerview", "INA Chansons") publishes the video, it is not its subject; but a music
    // channel is its artist, and a channel in a person's name ("Cyril Lignac") its author.
    if (!capitalised(c.text)) return { dropped: 'nom de la chaîne : qui publie la vidéo, pas son sujet' };
    // "Stromae - Santé" on the channel "Stromae": the head of the title is who the video is about, whatever the
    // category (legacy answers carry none); so is the channel's name that speaks or performs ("Stromae interprète").
    if (ctx.titleHead === key || spokenOf(c)) {
      return { facet: 'people', label: c.text, reason: 'nom de la chaîne en tête du titre ou qui parle : la personne de la vidéo', rank: 3 };
    }
    // An archive or a label ("INA Chansons") also publishes music: the channel is the artist when the title agrees.
    if (ctx.music && (ctx.artists.length === 0 || ctx.artists.includes(key))) {
      return { facet: 'people', label: c.text, reason: 'nom de la chaîne d’une vidéo musicale : l’artiste', rank: 3 };
    }
    const parts = c.text.split(/\s+/);
    // A brand may bear a founder's name ("Leroy Merlin"): the other words must not be common words either.
    const [first, ...rest] = parts.map((p) => foldKey(p));
    const person = parts.length >= 2 && parts.length <= 3 && parts.every(capitalised) && isFirstName(first!) && !rest.some(commonWord);
    return person
      ? { facet: 'people', label: c.text, reason: 'chaîne au nom d’une personne : l’auteur de la vidéo', rank: 3 }
      : { dropped: 'nom de la chaîne : qui publie la vidéo, pas son sujet' };
  },
  // 5. Dates, then places of the gazetteers.
  (c) => (c.origin === 'date' && c.label ? { facet: 'dates', label: c.label, reason: 'date', rank: 4 } : undefined),
  (c, key, words, ctx) => {
    const kinds = placeKinds(c.text);
    if (kinds.length === 0) return undefined;
    // "Tours", "Rennes", "Orange" are words too: a capital away from a sentence start, "à" before, or a travel
    // video's title makes them places.
    const ambiguous = words.length === 1 && isFrenchWord(key) && !kinds.includes('country') && !kinds.includes('region');
    const cued = PLACE_PREPOSITIONS.has(c.before ?? '') || (ctx.travel && c.zone === 'title');
    if (ambiguous && !cued && (!capitalised(c.text) || c.sentenceStart || c.zone === 'tags')) return undefined;
    return { facet: 'places', label: c.text, reason: PLACE_NAMES[kinds[0]!], rank: 5 };
  },
  // 6. What the way it was found tells: credits, quotes, typed tags.
  (c, key, words) => {
    if (c.hint !== 'people') return undefined;
    if (words.length > 5) return { dropped: 'trop long pour un nom' };
    return { facet: 'people', label: c.text, reason: `nommé après « ${c.cue ?? 'crédit'} »`, rank: 6 };
  },
  (c) => {
    if (c.hint === 'works') {
      const reason = c.origin === 'quote' ? 'titre entre guillemets' : `œuvre (${c.cue ?? 'titre'})`;
      return { facet: 'works', label: c.text, reason, rank: 7 };
    }
    if (c.hint === 'places' || c.hint === 'organizations') {
      return { facet: c.hint, label: c.text, reason: `type donné avec le mot-clé (« ${c.cue} »)`, rank: 7 };
    }
    return undefined;
  },
  // "EPR de Flamanville", "CHU de Rennes", "Gare de Lyon": a sequence "X de <name>" whose head is an acronym, an
  // organisation's word or a common word is a site or an organisation, never a person ("Charles de Gaulle" starts
  // with a first name).
  (c, key, words) => {
    if (c.origin !== 'capitalised' || words.length < 3 || isFirstName(words[0]!)) return undefined;
    const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && ['de', 'du', 'des', 'd'].includes(w));
    if (particle < 0) return undefined;
    const head = c.text.split(/\s+/)[0]!;
    if (isAcronym(head) || ORGANIZATION_WORDS.has(words[0]!)) {
      return { facet: 'organizations', label: c.text, reason: `« ${head} de … » : un site ou une organisation, pas une personne`, rank: 7 };
    }
    const tail = c.text.split(/\s+/).slice(particle + 1).join(' ');
    if (commonWord(words[0]!) && placeKinds(tail).length > 0) {
      return { facet: 'places', label: c.text, reason: `« … de ${tail} » (lieu connu) : un lieu, pas une personne`, rank: 7 };
    }
    return undefined;
  },
  // A lone unknown name that speaks or debates ("Bronner répond", "selon Jancovici") is a person's surname.
  (c, key, words) => {
    if (c.origin !== 'capitalised' || words.length !== 1 || commonWord(key) || !spokenOf(c)) return undefined;
    const cue = SPEECH_AFTER.has(c.after ?? '') ? c.after : c.before;
    return { facet: 'people', label: c.text, reason: `nom d’une personne qui parle (« ${cue} »)`, rank: 7 };
  },
  // 7. The shape of the words: a first name, an organisation's word, an acronym, a place's preposition.
  (c, key, words) => {
    const parts = c.text.split(/\s+/);
    const first = words[0]!;
    if (parts.length < 2 || parts.length > 4 || !isFirstName(first) || NAME_PARTICLES.has(first) || isStopWord(first)) return undefined;
    const rest = words.slice(1).filter((w) => !NAME_PARTICLES.has(w));
    if (rest.length === 0) return undefined;
    const written = capitalised(parts[0]!) && parts.slice(1).every((p) => capitalised(p) || NAME_PARTICLES.has(foldKey(p)));
    // A lower-case tag ("victor hugo") is a name only when its other words are no common words.
    // So is a name from a title in Title Case ("How The Roman Empire Fell"), where every word has a capital.
    if ((!written || c.sentenceStart) && rest.some(commonWord)) return undefined;
    return { facet: 'people', label: c.text, reason: `prénom connu « ${parts[0]} »`, rank: 8 };
  },
  (c, key, words) => {
    if (words.length < 2 || !(ORGANIZATION_WORDS.has(words[0]!) || ORGANIZATION_WORDS.has(words[words.length - 1]!))) return undefined;
    if (!capitalised(c.text) && c.zone !== 'tags') return undefined;
    return { facet: 'organizations', label: c.text, reason: 'nom d’organisation (association, club, université…)', rank: 9 };
  },
  (c, key, _, ctx) => {
    if (!(c.origin === 'acronym' || (isAcronym(c.text) && !c.text.includes(' ')))) return undefined;
    if (commonWord(key) && c.text.length > 3) return undefined;
    return ctx.music
      ? { facet: 'people', label: c.text, reason: 'nom en capitales dans une vidéo musicale : un artiste', rank: 10 }
      : { facet: 'organizations', label: c.text, reason: 'sigle', rank: 10 };
  },
  (c, key, words, ctx) => {
    if (c.origin !== 'capitalised' || words.length !== 1 || commonWord(key)) return undefined;
    // "à Kyoto", "in Kyoto": a preposition of place before an unknown name; in a travel video, any such name.
    if (PLACE_PREPOSITIONS.has(c.before ?? '')) {
      return { facet: 'places', label: c.text, reason: `lieu (après « ${c.before} »)`, rank: 11 };
    }
    if (!ctx.travel || (c.sentenceStart && c.zone !== 'title')) return undefined;
    return { facet: 'places', label: c.text, reason: 'nom propre dans une vidéo de voyage : un lieu', rank: 11 };
  },
  // 8. Other capitalised words: unknown names, then common words made names by their capital.
  (c, key, words, ctx) => {
    if (c.origin !== 'capitalised') return undefined;
    // "le Vieux Lyon", "la Croix-Rousse", "le parc de la Tête d'Or": in a travel video, a name is a place's.
    if (ctx.travel && words.length >= 2 && words.length <= 4 && c.zone !== 'body' && !c.sentenceStart) {
      return { facet: 'places', label: c.text, reason: 'nom propre dans une vidéo de voyage : un lieu', rank: 11 };
    }
    const names = words.filter((w) => !NAME_PARTICLES.has(w));
    if (names.some(commonWord)) return undefined;
    if (words.length >= 2 && words.length <= 4) {
      return { facet: 'people', label: c.text, reason: 'nom propre de plusieurs mots, absent des dictionnaires', rank: 11 };
    }
    if (words.length !== 1) return undefined;
    if (ctx.music && c.zone === 'title') {
      return { facet: 'people', label: c.text, reason: 'nom propre dans le titre d’une vidéo musicale : un artiste', rank: 11 };
    }
    // "Watch the full speech", "Listen: …": outside the title, a lone capital that opens a sentence is the sentence's.
    if (c.sentenceStart && c.zone !== 'title') return { dropped: 'majuscule de début de phrase' };
    return { facet: 'keywords', label: c.text, reason: 'nom propre absent des dictionnaires', rank: 14 };
  },
  (c, key, words) => {
    if (c.origin !== 'capitalised') return undefined;
    // "la Bastille", "la Terreur": away from a sentence start, a capital makes a common word a name.
    if (words.length === 1) {
      return c.sentenceStart
        ? { dropped: 'mot courant en majuscule de début de phrase' }
        : { facet: 'subjects', label: c.text, reason: 'mot courant écrit avec une majuscule : un nom propre', rank: 12 };
    }
    return { facet: 'subjects', label: c.text, reason: 'nom d’événement, de période ou de courant', rank: 12 };
  },
  (c) =>
    c.origin === 'content-word'
      ? { facet: 'subjects', label: c.text, reason: 'mot courant du titre ou du début de la description : un sujet', rank: 13 }
      : undefined,
  // 9. What is left: topics (French words, or the lower-case tags of an English video, which no dictionary here
  // covers), then keywords.
  (c, key, words, ctx) => {
    if (!['tag', 'hashtag', 'chapter', 'title-part'].includes(c.origin) || words.length > 5) return undefined;
    const topic = words.some((w) => isFrenchWord(w) && !isStopWord(w)) || (ctx.english && c.text === c.text.toLowerCase());
    return topic ? { facet: 'subjects', label: c.text, reason: 'sujet', rank: 13 } : undefined;
  },
  (c, key, words) => {
    if (c.origin === 'title-part' && words.length > 3) return { dropped: 'partie du titre trop longue' };
    return { facet: 'keywords', label: c.text, reason: 'mot-clé', rank: 15 };
  },
];

export function typeCandidate(candidate: Candidate, context: TypingContext): Typing {
  const key = foldKey(candidate.text);
  const words = foldedTokens(candidate.text);
  for (const rule of RULES) {
    const typing = rule(candidate, key, words, context);
    if (typing) return typing;
  }
  return { dropped: 'aucune règle' };
}
