/**
 * Reads a YouTube video out of whatever a librarian or a web editor pastes: a watch link, a short link, an embed
 * URL, a whole `<iframe>` embed code, a consent or attribution redirect, or a bare id.
 *
 * The platform `URL` parser does the hard part (hosts, encodings, look-alikes such as `youtube.com@evil.test`);
 * the rules below only say which hosts and paths name a single video. Anything else is `null`, never an error.
 */
import { isYouTubeId } from './video-id.js';
import { parseStartTime } from './start-time.js';

export { isYouTubeId };

export interface YouTubeLink {
  /** The 11-character video id. */
  id: string;
  /** Where to start playing, in whole seconds (absent when the link starts at the beginning). */
  start?: number;
  /** The playlist the video was opened from, when the link names one. */
  list?: string;
}

/** Longer input is not a link anyone pasted; refusing it keeps the work bounded. */
const MAX_INPUT_LENGTH = 4096;
/** Redirects unwrapped at most this deep (consent → attribution link → watch page). */
const MAX_REDIRECT_DEPTH = 3;

const SHORT_LINK_HOST = 'youtu.be';
const CONSENT_HOST = 'consent.youtube.com';
const VIDEO_HOSTS = new Set([
  'youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com',
  'youtube-nocookie.com', 'www.youtube-nocookie.com',
  'youtubekids.com', 'www.youtubekids.com',
]);

/** Paths whose second segment is the video id: `/embed/ID`, `/shorts/ID`… */
const ID_PATH_PREFIXES = new Set(['embed', 'v', 'e', 'shorts', 'live', 'watch']);
/** Eleven-character words that sit where an id would, but name the playlist and live-stream players. */
const NOT_VIDEO_IDS = new Set(['videoseries', 'live_stream']);
const PLAYLIST_ID = /^[A-Za-z0-9_-]{2,128}$/;

/** Quotes, angle brackets and invisible characters that come along with a copied link. */
const LEADING_WRAPPERS = /^[\s\u200b-\u200d\u2060"'`<«“‘]+/;
const TRAILING_WRAPPERS = /[\s\u200b-\u200d\u2060"'`>»”’]+$/;
/** `&amp;` (and its numeric forms) left in a URL by a CMS or copied from HTML source. */
const ESCAPED_AMPERSAND = /&(?:amp|#0*38|#x0*26);/gi;
/** An embed code, possibly inside the block markup a CMS wraps around it. */
const IFRAME_TAG = /<\s*iframe\b/i;
/** `src`, or the `data-src` / `data-lazy-src` that lazy-loading plugins put in its place. */
const IFRAME_SOURCE = /\s(?:data-(?:lazy-)?)?src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** `youtube.com:443/watch…` starts like a scheme but is a host and a port. */
const HOST_AND_PORT = /^[^:/?#]+:\d+(?:[/?#]|$)/;

/** The video named by `input`, or null when it names none. Never throws, whatever it is given. */
export function parseYouTubeUrl(input: string): YouTubeLink | null {
  try {
    return typeof input === 'string' && input.length <= MAX_INPUT_LENGTH ? parsePastedText(input) : null;
  } catch {
    return null;
  }
}

function parsePastedText(input: string): YouTubeLink | null {
  const trimmed = input.trim();
  if (IFRAME_TAG.test(trimmed)) return parseIframe(trimmed);

  const text = trimmed.replace(LEADING_WRAPPERS, '').replace(TRAILING_WRAPPERS, '');
  if (isYouTubeId(text)) return { id: text };
  return parseLink(text, 0);
}

/** An embed code: the first `src`-like attribute that names a video wins. */
function parseIframe(html: string): YouTubeLink | null {
  for (const match of html.matchAll(IFRAME_SOURCE)) {
    const source = match[1] ?? match[2] ?? match[3] ?? '';
    const link = parseLink(source.trim(), 0);
    if (link) return link;
  }
  return null;
}

function parseLink(text: string, depth: number): YouTubeLink | null {
  if (depth > MAX_REDIRECT_DEPTH) return null;
  const url = toUrl(text.replace(ESCAPED_AMPERSAND, '&'));
  if (!url) return null;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.port) return null;

  const host = url.hostname.replace(/\.$/, '');
  const segments = url.pathname.split('/').filter(Boolean);

  if (host === SHORT_LINK_HOST) return segments.length === 1 ? videoLink(segments[0], url) : null;
  if (host === CONSENT_HOST) {
    const target = url.searchParams.get('continue');
    return target ? parseLink(target, depth + 1) : null;
  }
  if (!VIDEO_HOSTS.has(host)) return null;
  return parseVideoPath(url, segments, depth);
}

/** Adds the scheme people leave out (`youtu.be/…`, `//www.youtube.com/…`); null when the text is no URL. */
function toUrl(text: string): URL | null {
  let absolute = text;
  if (text.startsWith('//')) absolute = `https:${text}`;
  else if (!SCHEME.test(text) || HOST_AND_PORT.test(text)) absolute = `https://${text}`;
  try {
    return new URL(absolute);
  } catch {
    return null;
  }
}

function parseVideoPath(url: URL, segments: string[], depth: number): YouTubeLink | null {
  const [first = '', second] = segments;
  const route = first.toLowerCase();

  if (segments.length === 0) {
    // Old mobile links keep the page in the fragment: `m.youtube.com/#/watch?v=ID`.
    if (url.hash.startsWith('#/')) return parseLink(`${url.origin}${url.hash.slice(1)}`, depth + 1);
    return videoLink(url.searchParams.get('v'), url);
  }
  if (segments.length === 1 && route === 'watch') return videoLink(url.searchParams.get('v'), url);
  if (segments.length === 1 && route === 'attribution_link') {
    // `u` is a path on the same site (`/watch?v=ID&feature=share`), URL-encoded inside the outer link.
    const inner = url.searchParams.get('u');
    return inner?.startsWith('/') && !inner.startsWith('//') ? parseLink(`${url.origin}${inner}`, depth + 1) : null;
  }
  if (segments.length === 2 && ID_PATH_PREFIXES.has(route)) return videoLink(second, url);
  return null;
}

function videoLink(candidate: string | null | undefined, url: URL): YouTubeLink | null {
  // Flash-era embeds glued their options to the id: `/v/ID&hl=fr&fs=1`.
  const id = candidate?.split('&')[0];
  if (!isYouTubeId(id) || NOT_VIDEO_IDS.has(id)) return null;

  const link: YouTubeLink = { id };
  const start = startTimeOf(url);
  if (start) link.start = start;
  const list = url.searchParams.get('list');
  if (list && PLAYLIST_ID.test(list)) link.list = list;
  return link;
}

/** `t=` or `start=` in the query, else `#t=` in the fragment. */
function startTimeOf(url: URL): number | undefined {
  const fragment = new URLSearchParams(url.hash.slice(1));
  return (
    parseStartTime(url.searchParams.get('t')) ??
    parseStartTime(url.searchParams.get('start')) ??
    parseStartTime(fragment.get('t'))
  );
}
