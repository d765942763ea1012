/**
 * What YouTube tells of a video, read from a Data API v3 `videos.list` answer, an oEmbed answer or a legacy
 * Cocktail Culturel `videoInfos`: the describer's only input. Fields YouTube did not send are absent, never empty
 * strings; `source` says which answer it was read from (oEmbed gives a title and a channel only).
 */
export interface VideoMetadata {
  id: string;
  title: string;
  description?: string;
  channelId?: string;
  channelTitle?: string;
  /** The uploader's tags, as sent. */
  tags?: string[];
  /** YouTube's category (10 music, 17 sport, 25 news and politics, 27 education, 28 science and technology…). */
  categoryId?: number;
  /** Wikipedia URLs from `topicDetails.topicCategories` ("https://en.wikipedia.org/wiki/Hip_hop_music"). */
  topicCategories?: string[];
  /** BCP 47 tags as YouTube sends them ("fr", "fr-FR", "en-US"). */
  defaultLanguage?: string;
  defaultAudioLanguage?: string;
  /** ISO 8601 date-time. */
  publishedAt?: string;
  /** From `contentDetails.duration` (ISO 8601 "PT4M13S"). */
  durationSeconds?: number;
  thumbnailUrl?: string;
  source: 'data-api' | 'oembed' | 'legacy';
}
