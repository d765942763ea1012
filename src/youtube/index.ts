// cocktail-reco/youtube: link parsing, thumbnail URLs, and the Data API v3 and oEmbed readers and fetchers. No DOM, no Lit: runs in Node and in browsers.
export { parseYouTubeUrl } from './parse-url.js';
export { isYouTubeId } from './video-id.js';
export type { YouTubeLink } from './parse-url.js';
export { youtubeThumbnailUrl } from './thumbnail.js';
export type { YouTubeThumbnailSize } from './thumbnail.js';
export type { VideoMetadata } from './video-metadata.js';
export { readVideoListAnswer } from './data-api.js';
export { readOEmbedAnswer } from './oembed.js';
export { fetchVideos, fetchOEmbed, DATA_API_BASE, OEMBED_BASE, VIDEOS_PER_CALL } from './fetch-videos.js';
export type { FetchVideosOptions, FetchOEmbedOptions, YouTubeRequestOptions } from './fetch-videos.js';
export {
  YouTubeError, YouTubeQuotaError, YouTubeKeyError, YouTubeNetworkError, YouTubeTimeoutError, YouTubeAnswerError,
  YouTubeHttpError, isYouTubeError, isYouTubeQuotaError, isYouTubeKeyError, isYouTubeNetworkError,
  isYouTubeTimeoutError, isYouTubeAnswerError, isYouTubeHttpError,
} from './errors.js';
export type { YouTubeErrorKind } from './errors.js';
