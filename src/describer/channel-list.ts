/**
 * Whether a video's channel is on a library's list of channels (denied or allowed). A list names a channel by its
 * id or by the name YouTube shows, case and accents aside: oEmbed answers and descriptions carry no channel id, and a
 * librarian types names.
 */
import { foldKey } from '../ranking/text-folding.js';

export function isChannelListed(list: readonly string[], channel: { id?: string | undefined; name?: string | undefined }): boolean {
  const name = channel.name === undefined ? undefined : foldKey(channel.name);
  return list.some((entry) => entry === channel.id || (name !== undefined && foldKey(entry) === name));
}
