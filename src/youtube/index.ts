// cocktail-reco/youtube: link parsing and thumbnail URLs. No DOM, no Lit: runs in Node and in browsers.
export { parseYouTubeUrl } from './parse-url.js';
export { isYouTubeId } from './video-id.js';
export type { YouTubeLink } from './parse-url.js';
export { youtubeThumbnailUrl } from './thumbnail.js';
export type { YouTubeThumbnailSize } from './thumbnail.js';
