/**
 * The relation type of a video: the kind of link the library makes with its public. YouTube's category decides
 * when it is telling; otherwise words in the title, channel and description do, in French and English.
 */
import type { Relation, Video } from '../sdk/schemas.js';
import { foldedTokens } from './text-folding.js';

type KnownRelation = 'emi' | 'inclusion' | 'pedagogy';

/** The type given when nothing points anywhere: shown with a neutral badge. */
export const NEUTRAL_RELATION_TYPE = 'general';

const CATEGORIES: ReadonlyMap<number, { type: KnownRelation; name: string }> = new Map([
  [10, { type: 'inclusion', name: 'Musique' }],
  [17, { type: 'inclusion', name: 'Sport' }],
  [19, { type: 'inclusion', name: 'Voyages et événements' }],
  [25, { type: 'emi', name: 'Actualités et politique' }],
  [26, { type: 'pedagogy', name: 'Vie pratique et style' }],
  [27, { type: 'pedagogy', name: 'Éducation' }],
  [28, { type: 'pedagogy', name: 'Science et technologie' }],
]);

/** Cue words and phrases, written folded (no accents, lower case); matched on word boundaries. */
const CUES: Readonly<Record<KnownRelation, readonly string[]>> = {
  pedagogy: [
    'tuto', 'tutos', 'tutoriel', 'tutoriels', 'tutorial', 'cours', 'lecon', 'lecons', 'conference', 'conferences',
    'documentaire', 'explication', 'explications', 'how to', 'lecture', 'lesson', 'course', 'documentary',
    'explained',
  ],
  inclusion: [
    'clip', 'live', 'concert', 'feat', 'ft', 'match', 'highlights', 'voyage', 'vlog', 'official video',
    'travel',
  ],
  emi: [
    'actu', 'actus', 'actualite', 'actualites', 'debat', 'jt', 'journal', 'interview', 'polemique', 'fact check',
    'news', 'debate',
  ],
};

const PURPOSE: Readonly<Record<KnownRelation, string>> = {
  emi: 'des sources pour recouper et vérifier l’information',
  inclusion: 'une porte d’entrée vers la bibliothèque pour prolonger le plaisir',
  pedagogy: 'des documents pour aller plus loin et apprendre',
};

const RELATION_ORDER: readonly KnownRelation[] = ['emi', 'pedagogy', 'inclusion'];

interface CueHit {
  count: number;
  first?: { cue: string; where: string };
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let at = 0; at + phrase.length <= words.length; at++) {
    for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

/** Classifies a video as `emi`, `inclusion` or `pedagogy`, with a French sentence saying why. */
export function classifyRelation(video: Video): Relation {
  const category = video.category === undefined ? undefined : CATEGORIES.get(video.category);
  if (category) {
    return {
      type: category.type,
      reason: `Catégorie YouTube « ${category.name} » : ${PURPOSE[category.type]}.`,
    };
  }

  // The title and the channel name say more than a long description: their cues count double.
  const places = [
    { where: 'le titre', words: foldedTokens(video.title), weight: 2 },
    { where: 'le nom de la chaîne', words: foldedTokens(video.channel ?? ''), weight: 2 },
    { where: 'la description', words: foldedTokens(video.description ?? ''), weight: 1 },
  ];
  const hits = new Map<KnownRelation, CueHit>(RELATION_ORDER.map((type) => [type, { count: 0 }]));
  for (const type of RELATION_ORDER) {
    const hit = hits.get(type)!;
    for (const cue of CUES[type]) {
      const phrase = cue.split(' ');
      for (const place of places) {
        if (!containsPhrase(place.words, phrase)) continue;
        hit.count += place.weight;
        hit.first ??= { cue, where: place.where };
      }
    }
  }

  let winner: KnownRelation | undefined;
  for (const type of RELATION_ORDER) {
    if (hits.get(type)!.count > (winner ? hits.get(winner)!.count : 0)) winner = type;
  }
  const first = winner ? hits.get(winner)!.first : undefined;
  if (!winner || !first) {
    return {
      type: NEUTRAL_RELATION_TYPE,
      reason: 'Aucun indice sur la nature de la vidéo : des documents proches de son sujet.',
    };
  }
  return { type: winner, reason: `Indice « ${first.cue} » dans ${first.where} : ${PURPOSE[winner]}.` };
}
