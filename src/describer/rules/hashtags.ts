/** Hashtags as words: "#HistoireDeFrance" → "Histoire De France"; "#GIMS" and "#rap" stay as they are. */
import type { Candidate } from './candidate.js';

export function splitCamelCase(tag: string): string {
  return tag
    .replace(/_/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .trim();
}

export function hashtagCandidates(hashtags: readonly string[]): Candidate[] {
  return hashtags.map((tag) => ({ text: splitCamelCase(tag), origin: 'hashtag', zone: 'tags' }));
}
