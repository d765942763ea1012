/**
 * The rules describer: the embedded, offline default. From a video's YouTube metadata to a v1 `VideoDescription`,
 * deterministically (same metadata, same description), with no network and no model: clean → candidates with
 * provenance → typing by ordered rules → weighing by source and agreement → relation type → language.
 */
import { FACETS, type Entities, type VideoDescription } from '../../sdk/schemas.js';
import { foldKey, foldedTokens } from '../../ranking/text-folding.js';
import type { VideoMetadata } from '../../youtube/video-metadata.js';
import { gatherCandidates } from './candidates.js';
import { cleanText } from './clean.js';
import { languageOf } from './language.js';
import { relationOf } from './relation.js';
import { channelNames } from './channel.js';
import { typeCandidate, type TypingContext } from './typing.js';
import { weighEntities, type ExplainedEntity, type TypedCandidate } from './weighing.js';
import { foldStopWords } from '../stop-words.js';

export type { ExplainedEntity } from './weighing.js';

export interface RulesOptions {
  /** The library's stop words: an entity containing one (as whole words, accents and case aside) is dropped. */
  stopWords?: string[];
}

export interface RulesExplanation {
  description: VideoDescription;
  /** Every entity kept, with the reasons for its facet and weight (in French). */
  entities: ExplainedEntity[];
  /** Candidates dropped, with why. */
  dropped: { text: string; reason: string }[];
}

const MUSIC_LABELS = /\b(?:clip|audio|lyrics?|paroles|visuali[sz]er|official music video|music video|live session)\b/;
const MUSIC_TOPIC = /music$/i;

/** A music video: YouTube says so, or its title carries a music label ("(Clip officiel)"). */
function isMusic(metadata: VideoMetadata, titleLabels: readonly string[]): boolean {
  if (metadata.categoryId === 10) return true;
  if ((metadata.topicCategories ?? []).some((url) => MUSIC_TOPIC.test(url))) return true;
  return titleLabels.some((label) => MUSIC_LABELS.test(label));
}

/** "Stromae - Santé", "Jancovici — L'énergie": the head of a title split by a dash, folded. */
function titleHead(title: string): string | undefined {
  const head = /^(.+?)\s+[-–—]\s+\S/u.exec(title)?.[1];
  return head ? foldKey(head) : undefined;
}

export function explainWithRules(metadata: VideoMetadata, options: RulesOptions = {}): RulesExplanation {
  const clean = cleanText(metadata.title, metadata.description);
  const music = isMusic(metadata, clean.titleLabels);
  const language = languageOf(metadata);
  const context: TypingContext = {
    artists: [],
    english: language === 'en',
    music,
    travel: metadata.categoryId === 19,
    channelNames: channelNames(metadata.channelTitle),
    titleWords: foldedTokens(clean.title),
    stopWords: foldStopWords(options.stopWords ?? []),
    titleHead: titleHead(clean.title),
  };
  const typed: TypedCandidate[] = [];
  const dropped: RulesExplanation['dropped'] = [];
  const candidates = gatherCandidates(clean, metadata.tags ?? [], music, metadata.channelTitle, context.english);
  const artists = candidates.filter((c) => c.origin === 'artist-title' && c.hint === 'people' && c.zone === 'title');
  context.artists = artists.map((c) => foldKey(c.text));
  for (const candidate of candidates) {
    const typing = typeCandidate(candidate, context);
    if ('dropped' in typing) dropped.push({ text: candidate.text, reason: typing.dropped });
    else typed.push({ candidate, ...typing });
  }
  const entities = weighEntities(typed, metadata.channelTitle);

  const grouped: Entities = {};
  for (const facet of FACETS) {
    const list = entities.filter((e) => e.facet === facet).map(({ label, weight }) => ({ label, weight }));
    if (list.length > 0) grouped[facet] = list;
  }
  const description: VideoDescription = {
    video: videoOf(metadata, language),
    relation: relationOf(metadata),
    entities: grouped,
    meta: { describer: 'rules' },
  };
  return { description, entities, dropped };
}

/** The v1 description of a video by the rules alone. */
export function describeWithRules(metadata: VideoMetadata, options: RulesOptions = {}): VideoDescription {
  return explainWithRules(metadata, options).description;
}

function videoOf(metadata: VideoMetadata, language: string | undefined): VideoDescription['video'] {
  const video: VideoDescription['video'] = { id: metadata.id, title: metadata.title };
  if (metadata.channelTitle) video.channel = metadata.channelTitle;
  if (metadata.description) video.description = metadata.description;
  if (metadata.thumbnailUrl) video.thumbnailUrl = metadata.thumbnailUrl;
  if (language) video.language = language;
  if (metadata.publishedAt) video.publishedAt = metadata.publishedAt;
  if (metadata.categoryId !== undefined) video.category = metadata.categoryId;
  return video;
}
