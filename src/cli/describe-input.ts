/**
 * What `cocktail-reco describe FILE` reads: a YouTube Data API answer (a `videos.list` answer or one
 * `youtube#video` resource), an oEmbed answer (which does not carry the video id: the caller gives it), or a legacy
 * Cocktail Culturel answer, of which only `videoInfos` is read (its own entities are what we replace).
 */
import { readLegacyResponse } from '../recommenders/legacy.js';
import type { Video } from '../sdk/schemas.js';
import { readVideoListAnswer } from '../youtube/data-api.js';
import { readOEmbedAnswer } from '../youtube/oembed.js';
import type { VideoMetadata } from '../youtube/video-metadata.js';

export type DescribeInputKind = 'data-api' | 'oembed' | 'legacy';

/** The file is none of the three answers, or lacks what describing needs; the message is a plain sentence. */
export class DescribeInputError extends Error {
  override name = 'DescribeInputError';
}
export const isDescribeInputError = (error: unknown): error is DescribeInputError => error instanceof DescribeInputError;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function kindOf(body: unknown): DescribeInputKind | undefined {
  if (!isObject(body)) return undefined;
  if ('videoInfos' in body || (isObject(body['data']) && 'videoInfos' in body['data'])) return 'legacy';
  if (Array.isArray(body['items']) || body['kind'] === 'youtube#video' || isObject(body['snippet'])) return 'data-api';
  if (typeof body['html'] === 'string' || 'provider_name' in body || 'author_name' in body) return 'oembed';
  return undefined;
}

/** The metadata of the legacy service's video: what it tells of it, nothing of its analysis. */
export function metadataFromLegacyVideo(video: Video): VideoMetadata {
  const metadata: VideoMetadata = { id: video.id, title: video.title, source: 'legacy' };
  if (video.description) metadata.description = video.description;
  if (video.channel) metadata.channelTitle = video.channel;
  if (video.thumbnailUrl) metadata.thumbnailUrl = video.thumbnailUrl;
  return metadata;
}

/** Every video the file holds. Throws `DescribeInputError`, or the reader's own typed error on a broken answer. */
export function readDescribeInput(body: unknown, options: { videoId?: string } = {}): { kind: DescribeInputKind; videos: VideoMetadata[] } {
  const kind = kindOf(body);
  if (kind === 'legacy') {
    return { kind, videos: [metadataFromLegacyVideo(readLegacyResponse(body, { videoId: options.videoId }).description.video)] };
  }
  if (kind === 'oembed') {
    if (!options.videoId) throw new DescribeInputError('An oEmbed answer does not say which video it is: give its id with --video ID.');
    return { kind, videos: [readOEmbedAnswer(body, options.videoId)] };
  }
  if (kind === 'data-api') {
    const videos = readVideoListAnswer(body);
    if (videos.length === 0) {
      throw new DescribeInputError('The answer holds no video: YouTube answers an empty list for a private or removed video.');
    }
    return { kind, videos };
  }
  throw new DescribeInputError(
    'Not a video answer: expected a YouTube Data API answer (videos.list or a youtube#video), an oEmbed answer, ' +
      'or a Cocktail Culturel answer.',
  );
}
