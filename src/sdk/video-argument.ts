/** The video argument of the client and the recommenders: an 11-character id or any YouTube link. */
import { parseYouTubeUrl } from '../youtube/parse-url.js';
import { InvalidVideoError } from './errors.js';

/** The id the argument names; anything else is refused with `InvalidVideoError` before any work. */
export function videoIdOf(video: string): string {
  const link = typeof video === 'string' ? parseYouTubeUrl(video) : null;
  if (!link) throw new InvalidVideoError(String(video));
  return link.id;
}
