/** Text between «…», “…” or "…": a title of a work when short ("« Les Misérables »"), a citation when long. */
import type { Candidate, Zone } from './candidate.js';

const QUOTED = /«\s*([^«»]{2,80}?)\s*»|“([^“”]{2,80}?)”|"([^"]{2,80}?)"/gu;
/** Longer quotes are what someone said, not the name of something. */
const MAX_WORDS = 8;

export function quoteCandidates(text: string, zone: Zone): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const quoted = (match[1] ?? match[2] ?? match[3]!).trim();
    if (quoted.split(/\s+/).length <= MAX_WORDS) found.push({ text: quoted, origin: 'quote', zone, hint: 'works', cue: 'guillemets' });
  }
  return found;
}
