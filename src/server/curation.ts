/**
 * The librarian's curation applied to a video: a denied video or channel (or a channel missing from a non-empty
 * allowed list) is excluded, and the library's stop words are removed from the entities before the catalogue is
 * searched. Channels are compared by the name YouTube shows, accents and case folded.
 */
import { FACETS, type VideoDescription } from '../sdk/schemas.js';
import { isChannelListed } from '../describer/channel-list.js';
import { foldKey } from '../ranking/text-folding.js';
import type { Curation } from './store.js';

/** Why the library's curation excludes this video, in a sentence; undefined when it does not. */
export function exclusionOf(curation: Curation, description: VideoDescription): string | undefined {
  const { id, channel } = description.video;
  if (curation.deniedVideos.includes(id)) return `The library does not show recommendations for the video ${id}.`;
  if (isChannelListed(curation.deniedChannels, { name: channel })) {
    return `The library does not show recommendations for videos of the channel ${channel}.`;
  }
  if (curation.allowedChannels.length > 0 && !isChannelListed(curation.allowedChannels, { name: channel })) {
    return `The library shows recommendations only for videos of the channels it chose.`;
  }
  return undefined;
}

/** The description without the entities whose label is one of the library's stop words. */
export function withoutStopWords(description: VideoDescription, stopWords: readonly string[]): VideoDescription {
  if (stopWords.length === 0) return description;
  const stop = new Set(stopWords.map(foldKey));
  const entities: VideoDescription['entities'] = {};
  for (const facet of FACETS) {
    const list = description.entities[facet];
    if (list) entities[facet] = list.filter((entity) => !stop.has(foldKey(entity.label)));
  }
  return { ...description, entities };
}
