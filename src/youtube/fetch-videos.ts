/**
 * The fetchers of YouTube metadata: the Data API v3 (`videos.list`, a key, 1 quota unit per 50 ids) and oEmbed (no
 * key, title and channel only). The key travels in the query string, as the Data API requires; it is never put in
 * an error, and these functions log nothing.
 */
import { dataApiError, DATA_API } from './data-api-error.js';
import { readVideoListAnswer } from './data-api.js';
import { YouTubeAnswerError, YouTubeHttpError, YouTubeKeyError } from './errors.js';
import { getJson, type YouTubeRequestOptions } from './get-json.js';
import { readOEmbedAnswer } from './oembed.js';
import { isYouTubeId } from './video-id.js';
import type { VideoMetadata } from './video-metadata.js';

export type { YouTubeRequestOptions } from './get-json.js';

/** The Data API v3 root. */
export const DATA_API_BASE = 'https://www.googleapis.com/youtube/v3';
/** The root that serves `/oembed`. */
export const OEMBED_BASE = 'https://www.youtube.com';

/** How many ids one `videos.list` call takes (and costs 1 quota unit). */
export const VIDEOS_PER_CALL = 50;
const PARTS = 'snippet,topicDetails,contentDetails';

export interface FetchVideosOptions extends YouTubeRequestOptions {
  apiKey: string;
  /** Default `DATA_API_BASE`; tests and proxies set their own. */
  apiBase?: string;
}

export interface FetchOEmbedOptions extends YouTubeRequestOptions {
  /** Default `OEMBED_BASE`. */
  apiBase?: string;
}

/**
 * The metadata of each video YouTube returns, by id, in calls of up to 50 ids. An id YouTube does not return
 * (private, removed, unknown) is absent from the map, as is anything that is not a video id (never sent).
 */
export async function fetchVideos(ids: string[], options: FetchVideosOptions): Promise<Map<string, VideoMetadata>> {
  const { apiKey, apiBase = DATA_API_BASE, ...request } = options;
  if (!apiKey) throw new YouTubeKeyError(undefined, 'no key given');
  const wanted = [...new Set(ids.filter(isYouTubeId))];
  const videos = new Map<string, VideoMetadata>();
  for (let start = 0; start < wanted.length; start += VIDEOS_PER_CALL) {
    const batch = wanted.slice(start, start + VIDEOS_PER_CALL);
    const url = `${apiBase.replace(/\/+$/, '')}/videos?part=${PARTS}&id=${batch.join(',')}&key=${encodeURIComponent(apiKey)}`;
    const { ok, status, body } = await getJson(url, DATA_API, request);
    if (!ok) throw dataApiError(status, body);
    if (body === undefined) throw new YouTubeAnswerError('The YouTube Data API answer is not JSON.');
    for (const video of readVideoListAnswer(body)) if (batch.includes(video.id)) videos.set(video.id, video);
  }
  return videos;
}

/**
 * A video's title and channel from oEmbed, which needs no key; undefined when YouTube does not show the video
 * (404 unknown or removed, 401/403 private or not embeddable).
 */
export async function fetchOEmbed(videoId: string, options: FetchOEmbedOptions = {}): Promise<VideoMetadata | undefined> {
  const { apiBase = OEMBED_BASE, ...request } = options;
  if (!isYouTubeId(videoId)) return undefined;
  const watchUrl = `https://www.youtube.com/watch?v=${videoId}`;
  const { ok, status, body } = await getJson(
    `${apiBase.replace(/\/+$/, '')}/oembed?format=json&url=${encodeURIComponent(watchUrl)}`, 'YouTube oEmbed', request,
  );
  if (status === 401 || status === 403 || status === 404) return undefined;
  if (!ok) throw new YouTubeHttpError('YouTube oEmbed', status);
  return readOEmbedAnswer(body, videoId);
}
