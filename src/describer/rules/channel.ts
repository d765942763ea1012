/**
 * The names a channel goes by. YouTube and uploaders add to the owner's name ("Leroy Merlin France", "HugoDécrypte -
 * Actus du jour", "Serge Gainsbourg - Topic", "EminemVEVO"): typing compares entities with the owner's name alone.
 */
import { foldKey } from '../../ranking/text-folding.js';

const SUFFIX = /(?:\s+|(?<=\p{Ll}))(?:france|officiel|officielle|official|tv|fr|channel|chaîne|vevo|topic|music|musique)$/iu;

/** The owner's name as written: the first part of the channel's name, without a suffix. */
export function channelOwner(channelTitle: string): string {
  return channelTitle.split(/\s+[-–|:]\s+/)[0]!.replace(SUFFIX, '').trim();
}

/** The names a channel goes by, folded: its whole name and its owner's. */
export function channelNames(channelTitle: string | undefined): string[] {
  if (!channelTitle) return [];
  return [...new Set([foldKey(channelTitle), foldKey(channelOwner(channelTitle))])].filter(Boolean);
}
