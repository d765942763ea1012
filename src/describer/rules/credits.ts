/**
 * People credited: after "feat.", "ft.", "featuring", "avec", "with" in the title or the description, and in the
 * credit lines of the description ("Avec : A, B", "Réalisation : C"). Only the names that follow the cue are kept:
 * capitalised words, up to the first lower-case word ("avec Jean Jaurès sur la paix" → "Jean Jaurès").
 */
import type { Candidate, Zone } from './candidate.js';
import { foldKey } from '../../ranking/text-folding.js';

const CUE = /(?<![\p{L}])(feat\.?|ft\.?|featuring|avec|with|invités?\s*:|guests?\s*:)\s+/giu;
const NAME_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*|d['’][\p{Lu}][\p{L}'’-]*|de|du|des|la|le|van|von|di|da)$/u;
const NAMES_REACH = 160;
const LIST_SEPARATOR = /^(?:,|&|et|and|x|\/|;)$/iu;
/** Words, list separators, and the punctuation that ends a list of names (quotes, brackets, colons). */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,&/;]|[«»"“”()[\]:|!?]/gu;

/** Names at the start of `text`, as long as capitalised words and list separators follow each other. */
export function leadingNames(text: string): string[] {
  const names: string[] = [];
  let current: string[] = [];
  const push = () => {
    while (current.length > 0 && !/^[\p{Lu}\p{N}]/u.test(current[current.length - 1]!)) current.pop();
    // "Michelet, Soboul.": the sentence's period is not the name's (an initial's is: "J.").
    if (current.length > 0) names.push(current.join(' ').replace(/(\p{L}{2,})\.$/u, '$1'));
    current = [];
  };
  for (const token of text.match(TOKEN) ?? []) {
    if (LIST_SEPARATOR.test(token)) {
      push();
      continue;
    }
    if (!NAME_WORD.test(token) || (current.length === 0 && !/^[\p{Lu}\p{N}]/u.test(token))) break;
    current.push(token);
  }
  push();
  return names;
}

export function creditCandidates(text: string, zone: Zone): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(CUE)) {
    const cue = foldKey(match[1]!) || match[1]!;
    // Names follow the cue closely: reading further would make a long description's every cue cost its whole length.
    for (const name of leadingNames(text.slice(match.index + match[0].length, match.index + match[0].length + NAMES_REACH))) {
      found.push({ text: name, origin: 'credit', zone, hint: 'people', cue });
    }
  }
  return found;
}

/** People seen in the video, as opposed to its crew (directing, editing, music: weaker, `crew`). */
const ON_SCREEN_ROLES = new RegExp(
  '^(?:avec|invite|invites|invitee|invitees|intervenants?|intervenante|presente|presente par|presentation|animation|' +
    'anime|guests?|with|featuring|host|hosted|conferencier|conferenciere|journalistes?|voix|narration)$',
);

export function creditLineCandidates(credits: readonly { role: string; names: string }[]): Candidate[] {
  return credits.flatMap(({ role, names }) =>
    names
      .split(/\s*(?:,|&|\/|;|\bet\b|\band\b)\s*/u)
      .flatMap((part) => leadingNames(part))
      .map((name): Candidate =>
        ON_SCREEN_ROLES.test(role)
          ? { text: name, origin: 'credit', zone: 'head', hint: 'people', cue: role }
          : { text: name, origin: 'crew', zone: 'body', hint: 'people', cue: role },
      ),
  );
}
