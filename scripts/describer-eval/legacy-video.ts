/**
 * The video of a legacy Cocktail Culturel answer (`videoInfos`, DESIGN §4) as the describer's input. The answer's
 * own entities are ignored: the describer describes the video itself. `videoInfos` has no tags, category or
 * language, so the describer works from the title, the description and the channel alone.
 */
import type { VideoMetadata } from '../../src/youtube/video-metadata.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function readLegacyVideo(body: unknown): VideoMetadata {
  const root = isObject(body) && isObject(body['data']) ? body['data'] : body;
  const infos = isObject(root) ? root['videoInfos'] : undefined;
  if (!isObject(infos)) throw new Error('a legacy answer holds its video in videoInfos: none found');
  const id = nonEmpty(infos['id']);
  if (!id) throw new Error('the legacy answer\'s videoInfos has no id');
  const video: VideoMetadata = { id, title: nonEmpty(infos['title']) ?? '', source: 'legacy' };
  const description = nonEmpty(infos['description']);
  if (description) video.description = description;
  const channelId = nonEmpty(infos['channelId']);
  if (channelId) video.channelId = channelId;
  const channelTitle = nonEmpty(infos['channelTitle']);
  if (channelTitle) video.channelTitle = channelTitle;
  const thumbnails = infos['thumbnails'];
  const thumbnailUrl = isObject(thumbnails) ? nonEmpty(thumbnails['url']) : undefined;
  if (thumbnailUrl?.startsWith('https://')) video.thumbnailUrl = thumbnailUrl;
  return video;
}
