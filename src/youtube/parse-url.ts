/**
 * Reads a YouTube video out of whatever a librarian or a web editor pastes: a watch link, a short link, an embed
 * URL, a whole `<iframe>` embed code, a consent or attribution redirect, or a bare id.
 *
 * The platform `URL` parser does the hard part (hosts, encodings, look-alikes such as `youtube.com@evil.test`);
 * the rules below only say which hosts and paths name a single video. Anything else is `null`, never an error.
 */
import { isYouTubeId } from './video-id.js';
import { parseStartTime } from './start-time.js';

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

/**
 * The hosts that serve a video page or player (`youtu.be` and the consent page are read apart);
 * `youtube.googleapis.com` is the Flash-era player host (`/v/ID`).
 */
const VIDEO_HOST =
  /^(?:(?:www|m|music)\.)?youtube\.com$|^(?:www\.)?youtube(?:-nocookie|kids)\.com$|^youtube\.googleapis\.com$/;
/** Paths whose second segment is the video id: `/embed/ID`, `/shorts/ID`, `/vi/ID` (an old `/v/`)… */
const ID_ROUTE = /^(?:embed|v|vi|e|shorts|live|watch)$/;
/** Pages that name their video in `v=`: the watch page, its pop-up player, the old mobile site's `details`. */
const WATCH_PAGE = /^(?:watch|watch_popup|details)$/;
/**
 * An id as it starts a path segment or a `v=` value: eleven id characters, then the end or punctuation, which
 * never belongs to an id. The punctuation is glued on by Flash-era embeds (`/v/ID&hl=fr`) or by the sentence the
 * link was pasted from (`(voir https://youtu.be/ID)`, `ID]`, `ID».`). A twelfth id character refuses the value:
 * cutting it to eleven could name another video.
 */
const ID_THEN_PUNCTUATION = /^([\w-]{11})(?:$|(?![\w-])\p{P})/u;
/** Eleven-character words that sit where an id would, but name the playlist and live-stream players. */
const NOT_VIDEO_ID = /^(?:videoseries|live_stream)$/;
const PLAYLIST_ID = /^[\w-]{2,128}$/;

/**
 * Quotes, brackets, invisible characters and the sentence's punctuation that come along with a copied link, on
 * either side. None can end a link to a video: ids, times and playlist names never hold them.
 */
const WRAPPERS = /^[\s\u200b-\u200d\u2060"'`<«“‘([]+|[\s\u200b-\u200d\u2060"'`>»”’)\].,;:!?]+$/g;
/** `&amp;` (and its numeric forms) left in a URL by a CMS or copied from HTML source, escaped once or more. */
const ESCAPED_AMPERSAND = /&(?:amp;|#0*38;|#x0*26;)+/gi;
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
    if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return null;
    if (IFRAME_TAG.test(input)) {
      // An embed code: the first `src`-like attribute that names a video wins.
      for (const [, double, single, bare] of input.matchAll(IFRAME_SOURCE)) {
        const link = parseLink((double ?? single ?? bare ?? '').trim(), 0);
        if (link) return link;
      }
      return null;
    }
    const text = input.replace(WRAPPERS, '');
    return isYouTubeId(text) ? { id: text } : parseLink(text, 0);
  } catch {
    return null;
  }
}

function parseLink(text: string, depth: number): YouTubeLink | null {
  const url = depth > MAX_REDIRECT_DEPTH ? null : toUrl(text.replace(ESCAPED_AMPERSAND, '&'));
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.port) return null;

  const { origin, hash, searchParams } = url;
  const host = url.hostname.replace(/\.$/, '');
  const segments = url.pathname.split('/').filter(Boolean);
  const [first = '', second] = segments;
  const route = first.toLowerCase();
  const redirect = (target: string | null | undefined) => (target ? parseLink(target, depth + 1) : null);

  if (host === 'youtu.be') return segments.length === 1 ? videoLink(first, url) : null;
  if (host === 'consent.youtube.com') return redirect(searchParams.get('continue'));
  if (!VIDEO_HOST.test(host)) return null;

  if (!first) {
    // Old mobile links keep the page in the fragment: `m.youtube.com/#/watch?v=ID`.
    return hash.startsWith('#/') ? redirect(origin + hash.slice(1)) : videoLink(searchParams.get('v'), url);
  }
  if (segments.length === 2) return ID_ROUTE.test(route) ? videoLink(second, url) : null;
  if (segments.length > 1) return null;
  if (WATCH_PAGE.test(route)) return videoLink(searchParams.get('v'), url);
  // `u` is a path on the same site (`/watch?v=ID&feature=share`), URL-encoded inside the outer link.
  const inner = route === 'attribution_link' ? searchParams.get('u') : null;
  return inner?.[0] === '/' && inner[1] !== '/' ? redirect(origin + inner) : null;
}

/** Adds the scheme people leave out (`youtu.be/…`, `//www.youtube.com/…`); null when the text is no URL. */
function toUrl(text: string): URL | null {
  try {
    return new URL(
      text.startsWith('//') ? `https:${text}` : !SCHEME.test(text) || HOST_AND_PORT.test(text) ? `https://${text}` : text,
    );
  } catch {
    return null;
  }
}

function videoLink(candidate: string | null | undefined, url: URL): YouTubeLink | null {
  const id = ID_THEN_PUNCTUATION.exec(candidate ?? '')?.[1];
  if (!id || NOT_VIDEO_ID.test(id)) return null;

  const query = url.searchParams;
  // `t=` or `start=` in the query, else `#t=` in the fragment.
  const start =
    parseStartTime(query.get('t')) ??
    parseStartTime(query.get('start')) ??
    parseStartTime(new URLSearchParams(url.hash.slice(1)).get('t'));
  const list = query.get('list');
  return { id, ...(start ? { start } : {}), ...(list && PLAYLIST_ID.test(list) ? { list } : {}) };
}
