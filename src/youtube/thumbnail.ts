import { isYouTubeId } from './video-id.js';

export type YouTubeThumbnailSize = 'default' | 'mq' | 'hq' | 'sd' | 'maxres';

/** File names on YouTube's image host, by size (120×90, 320×180, 480×360, 640×480, 1280×720). */
const THUMBNAIL_FILES: Record<YouTubeThumbnailSize, string> = {
  default: 'default.jpg',
  mq: 'mqdefault.jpg',
  hq: 'hqdefault.jpg',
  sd: 'sddefault.jpg',
  maxres: 'maxresdefault.jpg',
};

/**
 * The thumbnail of a video on `i.ytimg.com`, or null when `id` is not a video id (so nothing else can be smuggled
 * into the URL). `sd` and `maxres` exist only for videos uploaded in high definition; `hq` always exists.
 */
export function youtubeThumbnailUrl(id: string, size: YouTubeThumbnailSize = 'hq'): string | null {
  if (!isYouTubeId(id) || !Object.hasOwn(THUMBNAIL_FILES, size)) return null;
  return `https://i.ytimg.com/vi/${id}/${THUMBNAIL_FILES[size]}`;
}
