/**
 * The title split on its separators ("Le Cid | Corneille | Comédie-Française"), and the "Artist - Work" form of
 * music titles ("GIMS & DYSTINCT - SPIDER"): on the left the artists (split on "&", ",", "x", "feat."), on the right
 * the work.
 */
import type { Candidate } from './candidate.js';
import { isShouted } from './capitalised.js';

const SEPARATORS = /\s+[-–—]\s+|\s*[|:·•]\s*|\s+[-–—]$|^[-–—]\s+/;
const ARTISTS = /\s*(?:,|&|\+|\bx\b|\bet\b|\band\b|\bfeat\.?|\bft\.?|\bfeaturing\b|\bwith\b|\bavec\b|\bvs\.?)\s*/iu;
const FEATURING = /\s*[([]?\s*\b(?:feat\.?|ft\.?|featuring|avec|with)\s+([^()[\]]+)[)\]]?\s*$/iu;

export function titleParts(title: string): string[] {
  return title.split(SEPARATORS).map((part) => part.trim()).filter((part) => part.length >= 2);
}

/** A part that is a list ("Robespierre, la Terreur et 1789") is no one entity: its names are found one by one. */
const LIST = /,|\s(?:&|et|and|x)\s/iu;

export function titlePartCandidates(title: string): Candidate[] {
  const parts = titleParts(title);
  if (parts.length < 2) return [];
  return parts
    .filter((part) => !LIST.test(part) && !isShouted(part))
    .map((text) => ({ text, origin: 'title-part', zone: 'title', sentenceStart: true }));
}

/** "A & B - Work (feat. C)": the artists as people, the work as a work. Only asked of music videos. */
export function artistTitleCandidates(title: string): Candidate[] {
  const match = /^(.+?)\s+[-–—]\s+(.+)$/u.exec(title);
  if (!match) return [];
  const [, artists, rest] = match;
  const found: Candidate[] = [];
  for (const artist of artists!.split(ARTISTS)) {
    const name = artist.trim();
    if (name.length >= 2) found.push({ text: name, origin: 'artist-title', zone: 'title', hint: 'people', cue: 'artiste' });
  }
  const featuring = FEATURING.exec(rest!);
  const work = (featuring ? rest!.slice(0, featuring.index) : rest!).split(SEPARATORS)[0]!.trim();
  if (work.length >= 2) {
    found.push({ text: work, origin: 'artist-title', zone: 'title', hint: 'works', cue: 'titre « artiste - œuvre »' });
  }
  for (const guest of featuring?.[1]?.split(ARTISTS) ?? []) {
    if (guest.trim().length >= 2) found.push({ text: guest.trim(), origin: 'credit', zone: 'title', hint: 'people', cue: 'feat.' });
  }
  return found;
}
