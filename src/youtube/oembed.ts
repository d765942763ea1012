/**
 * Reads a YouTube oEmbed answer (`/oembed?format=json&url=…`, no key needed): a title and a channel name, and a
 * thumbnail; no description, tags or category, so a description made from it is thin.
 */
import * as z from 'zod/mini';
import { YouTubeAnswerError } from './errors.js';
import type { VideoMetadata } from './video-metadata.js';

const Text = z.optional(z.nullable(z.string()));
const OEmbedAnswer = z.object({ title: z.string().check(z.minLength(1)), author_name: Text, thumbnail_url: Text });

/** The metadata of `videoId` (oEmbed does not repeat the id). Throws `YouTubeAnswerError` without a title. */
export function readOEmbedAnswer(json: unknown, videoId: string): VideoMetadata {
  const answer = OEmbedAnswer.safeParse(json);
  if (!answer.success) throw new YouTubeAnswerError('Not a YouTube oEmbed answer: it has no title.');
  const { title, author_name: channel, thumbnail_url: thumbnail } = answer.data;
  const metadata: VideoMetadata = { id: videoId, title: title.trim(), source: 'oembed' };
  if (channel?.trim()) metadata.channelTitle = channel.trim();
  if (thumbnail?.startsWith('https://')) metadata.thumbnailUrl = thumbnail;
  return metadata;
}
