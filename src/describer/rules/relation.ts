/**
 * The relation type of a video, with its reason in French: YouTube's category when it tells (music, sport and
 * travel open the door; news and activism call for cross-checked sources; education, science and how-to videos
 * are for learning), else the Wikipedia topics YouTube gives (`topicCategories`), else cue words of the title,
 * channel and description (the engine's own rule, in French and English), else what a looser category suggests
 * (film, games, humour, entertainment), else a neutral relation.
 */
import { classifyRelation, NEUTRAL_RELATION_TYPE } from '../../ranking/index.js';
import type { Relation } from '../../sdk/schemas.js';
import type { VideoMetadata } from '../../youtube/video-metadata.js';

type KnownRelation = 'emi' | 'inclusion' | 'pedagogy';

const PURPOSE: Record<KnownRelation, string> = {
  emi: 'des sources pour recouper et vérifier l’information',
  inclusion: 'une porte d’entrée vers la bibliothèque pour prolonger le plaisir',
  pedagogy: 'des documents pour aller plus loin et apprendre',
};

/** YouTube's categories (videoCategories.list), French names; `loose` ones only decide when nothing else does. */
const CATEGORIES: ReadonlyMap<number, { type: KnownRelation; name: string; loose?: true }> = new Map([
  [1, { type: 'inclusion', name: 'Films et animation', loose: true }],
  [10, { type: 'inclusion', name: 'Musique' }],
  [17, { type: 'inclusion', name: 'Sport' }],
  [19, { type: 'inclusion', name: 'Voyages et événements' }],
  [20, { type: 'inclusion', name: 'Jeux vidéo', loose: true }],
  [23, { type: 'inclusion', name: 'Humour', loose: true }],
  [24, { type: 'inclusion', name: 'Divertissement', loose: true }],
  [25, { type: 'emi', name: 'Actualités et politique' }],
  [26, { type: 'pedagogy', name: 'Vie pratique et style' }],
  [27, { type: 'pedagogy', name: 'Éducation' }],
  [28, { type: 'pedagogy', name: 'Science et technologie' }],
  [29, { type: 'emi', name: 'Associations et engagement' }],
]);

/** Wikipedia article names of `topicCategories`, matched on the end of the URL. */
const TOPICS: ReadonlyArray<readonly [RegExp, KnownRelation]> = [
  [/(?:^|_)music$|^Music_of|^(?:Hip_hop|Rhythm_and_blues|Reggae|Soul|Jazz|Rock|Pop|Electronic|Classical|Country)_music$/i, 'inclusion'],
  [
    /^(?:Sport|Association_football|Basketball|Tennis|Rugby|Cycling|Golf|Boxing|Mixed_martial_arts|Motorsport|Volleyball|Ice_hockey|Baseball|American_football|Cricket|Wrestling|Physical_fitness)$|_sport$/i,
    'inclusion',
  ],
  [/^Tourism$/i, 'inclusion'],
  [/^(?:Politics|Society|Military)$/i, 'emi'],
  [/^(?:Knowledge|Technology|Health|Food)$/i, 'pedagogy'],
];

const TOPIC_NAMES: Record<KnownRelation, string> = {
  emi: 'société et politique',
  inclusion: 'musique, sport, tourisme',
  pedagogy: 'savoirs et techniques',
};

function topicRelation(topics: readonly string[]): { type: KnownRelation; topic: string } | undefined {
  const counts = new Map<KnownRelation, { count: number; topic: string }>();
  for (const url of topics) {
    const article = decodeURIComponent(url.split('/').pop() ?? '');
    const match = TOPICS.find(([pattern]) => pattern.test(article));
    if (!match) continue;
    const hit = counts.get(match[1]) ?? { count: 0, topic: article.replace(/_/g, ' ') };
    hit.count++;
    counts.set(match[1], hit);
  }
  const best = [...counts].sort((a, b) => b[1].count - a[1].count)[0];
  return best ? { type: best[0], topic: best[1].topic } : undefined;
}

export function relationOf(metadata: VideoMetadata): Relation {
  const category = metadata.categoryId === undefined ? undefined : CATEGORIES.get(metadata.categoryId);
  if (category && !category.loose) {
    return { type: category.type, reason: `Catégorie YouTube « ${category.name} » : ${PURPOSE[category.type]}.` };
  }
  const topic = topicRelation(metadata.topicCategories ?? []);
  if (topic) {
    return { type: topic.type, reason: `Thème YouTube « ${topic.topic} » (${TOPIC_NAMES[topic.type]}) : ${PURPOSE[topic.type]}.` };
  }
  const { id, title, channelTitle: channel, description } = metadata;
  const cues = classifyRelation({ id, title, channel, description });
  if (cues.type !== NEUTRAL_RELATION_TYPE || !category) return cues;
  return { type: category.type, reason: `Catégorie YouTube « ${category.name} » : ${PURPOSE[category.type]}.` };
}
