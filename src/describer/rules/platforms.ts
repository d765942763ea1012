/**
 * Platforms, networks and brands that fill video descriptions ("Instagram : …", "Soutiens-nous sur Tipeee") but
 * are not what a video is about. Written folded (no accents, lower case), matched on the whole label. A platform
 * is kept only when the title speaks of it (see `typing.ts`).
 */
const PLATFORMS: ReadonlySet<string> = new Set([
  'youtube', 'youtu be', 'yt', 'tiktok', 'tik tok', 'instagram', 'insta', 'snapchat', 'snap', 'facebook', 'fb',
  'twitter', 'x', 'threads', 'bluesky', 'mastodon', 'linkedin', 'pinterest', 'reddit', 'tumblr', 'whatsapp',
  'telegram', 'patreon', 'tipeee', 'utip', 'ulule', 'kisskissbankbank', 'paypal', 'twitch', 'discord', 'kick',
  'spotify', 'deezer', 'apple music', 'itunes', 'amazon music', 'youtube music', 'soundcloud', 'bandcamp',
  'qobuz', 'tidal', 'napster', 'shazam', 'google', 'google play', 'app store', 'play store', 'amazon', 'netflix',
  'dailymotion', 'vimeo', 'podcast', 'nordvpn', 'surfshark', 'raid shadow legends', 'skillshare', 'audible',
  'squarespace', 'dashlane', 'hellofresh', 'bit ly', 'linktree', 'linktr ee', 'vevo', 'shorts',
]);

export function isPlatform(folded: string): boolean {
  return PLATFORMS.has(folded);
}
