/**
 * Weighing: typed candidates with the same folded label become one entity; its weight is that of its strongest
 * source (origin × zone), raised by each other source that agrees, bounded by a ceiling per facet; each facet keeps
 * its strongest entities only. A shorter name inside a longer one of the same person ("Macron" in "Emmanuel
 * Macron") and a tag that only repeats other entities ("gims spider") add agreement instead of an entity.
 */
import type { Facet } from '../../sdk/schemas.js';
import { foldKey } from '../../ranking/text-folding.js';
import { ORIGIN_NAMES, ZONE_NAMES, type Candidate, type Origin, type Zone } from './candidate.js';

export interface TypedCandidate {
  candidate: Candidate;
  facet: Facet;
  label: string;
  reason: string;
  rank: number;
}

/** An entity with why it is there: the CLI table shows it; the v1 description keeps label and weight. */
export interface ExplainedEntity {
  facet: Facet;
  label: string;
  weight: number;
  reasons: string[];
  /** Found only as a common word of the text (see `content-words.ts`): weighing's own mark, not shown. */
  common?: boolean;
}

const ORIGIN_WEIGHT: Record<Origin, number> = {
  'artist-title': 0.95, credit: 0.9, 'name-list': 0.9, quote: 0.8, 'title-part': 0.75, date: 0.7, capitalised: 0.7,
  acronym: 0.65, tag: 0.5, hashtag: 0.5, chapter: 0.45, crew: 0.55, 'work-cue': 0.85,
  // Below any name: a common word is a subject only as much as the text repeats it.
  'content-word': 0.45,
};
const ZONE_FACTOR: Record<Zone, number> = { title: 1, tags: 1, head: 0.8, body: 0.55 };
const AGREEMENT_BONUS = 0.12;
const MAX_AGREEMENT = 0.3;
/** Keywords are what typing could not place: never as strong as a typed entity. */
const CEILING: Record<Facet, number> = { people: 1, works: 1, subjects: 0.9, places: 0.9, dates: 0.8, organizations: 0.9, keywords: 0.6 };
const MAX_PER_FACET: Record<Facet, number> = { people: 8, works: 6, subjects: 8, places: 6, dates: 4, organizations: 6, keywords: 8 };

interface Group {
  key: string;
  members: TypedCandidate[];
}

const sourceOf = (t: TypedCandidate) => `${t.candidate.origin}@${t.candidate.zone}`;
const round = (n: number) => Math.round(n * 100) / 100;

/** The way a label is best written: as a name was written in running text, not shouted or lower-cased. */
function bestLabel(key: string, all: readonly TypedCandidate[]): string {
  // Members that joined from a shorter name ("Francis" into "Pope Francis") do not name the entity.
  const own = all.filter((t) => keyOf(t) === key);
  const members = own.length > 0 ? own : all;
  const score = (t: TypedCandidate) => {
    const label = t.label;
    let s = 0;
    if (/^\p{Lu}/u.test(label)) s += 2;
    // "Lyon" rather than "LYON"; an acronym written only in capitals keeps them.
    if (label !== label.toUpperCase()) s += 1;
    if (t.candidate.zone !== 'tags') s += 1;
    return s;
  };
  return [...members].sort((a, b) => score(b) - score(a) || a.rank - b.rank)[0]!.label;
}

function facetOf(members: readonly TypedCandidate[]): TypedCandidate {
  return [...members].sort((a, b) => a.rank - b.rank)[0]!;
}

/**
 * "La Terreur" and "Terreur" are one subject: a leading article is not part of a subject's, a work's or a keyword's
 * comparison key (it is of a name: "Le Pen", "Le Havre", "Le Monde").
 */
const LEADING_ARTICLE = /^(?:le|la|les|l|the|un|une|a|an) (?=\S)/;
const ARTICLE_FREE: ReadonlySet<Facet> = new Set(['subjects', 'works', 'keywords']);
const keyOf = (t: TypedCandidate) =>
  t.facet === 'dates' ? t.label : ARTICLE_FREE.has(t.facet) ? foldKey(t.label).replace(LEADING_ARTICLE, '') : foldKey(t.label);

export function weighEntities(typed: readonly TypedCandidate[], channel?: string): ExplainedEntity[] {
  const groups = new Map<string, Group>();
  for (const t of typed) {
    const key = keyOf(t);
    const group = groups.get(key) ?? { key, members: [] };
    group.members.push(t);
    groups.set(key, group);
  }

  // A one-word name that ends a longer name of a person, or a tag made only of other entities, joins them.
  const all = [...groups.values()];
  for (const group of all) {
    const words = group.key.split(' ');
    const into = all.filter((other) => other !== group && other.members.length > 0 && other.key !== group.key);
    if (words.length === 1) {
      const person = into.find((o) => {
        const names = o.key.split(' ');
        return facetOf(o.members).facet === 'people' && names.length > 1 && names.at(-1) === group.key;
      });
      const alone = facetOf(group.members).facet;
      // Only a name joins a name: "Prequel" the work stays apart from "JVLIVS Prequel".
      if (person && (alone === 'people' || alone === 'keywords')) {
        person.members.push(...group.members);
        group.members = [];
        continue;
      }
    }
    if (words.length > 1 && group.members.every((m) => m.candidate.origin === 'tag' || m.candidate.origin === 'hashtag')) {
      // A tag is one subject ("bœuf bourguignon"): common words of the text do not split it.
      const parts = into.filter(
        (o) =>
          o.key.split(' ').length < words.length &&
          ` ${group.key} `.includes(` ${o.key} `) &&
          o.members.some((m) => m.candidate.origin !== 'content-word'),
      );
      const covered = new Set(parts.flatMap((p) => p.key.split(' ')));
      if (parts.length > 0 && words.every((w) => covered.has(w))) {
        for (const part of parts) part.members.push(...group.members.map((m) => ({ ...m, facet: facetOf(part.members).facet })));
        group.members = [];
      }
    }
  }

  const channelKey = channel ? foldKey(channel) : '';
  const entities: ExplainedEntity[] = [];
  for (const group of all) {
    if (group.members.length === 0) continue;
    const chosen = facetOf(group.members);
    const sources = new Map<string, TypedCandidate>();
    for (const m of group.members) {
      const source = sourceOf(m);
      const best = sources.get(source);
      if (!best || ORIGIN_WEIGHT[m.candidate.origin] > ORIGIN_WEIGHT[best.candidate.origin]) sources.set(source, m);
    }
    const strengths = [...sources.values()].map((m) => ORIGIN_WEIGHT[m.candidate.origin] * ZONE_FACTOR[m.candidate.zone]);
    const base = Math.max(...strengths);
    const agreement = Math.min(MAX_AGREEMENT, AGREEMENT_BONUS * (sources.size - 1));
    const onChannel = channelKey !== '' && channelKey === group.key ? AGREEMENT_BONUS : 0;
    const weight = round(Math.min(CEILING[chosen.facet], base + agreement + onChannel));
    const reasons = [
      chosen.reason,
      ...[...sources.values()].map((m) => `${ORIGIN_NAMES[m.candidate.origin]} dans ${ZONE_NAMES[m.candidate.zone]}`),
    ];
    if (onChannel && !reasons.includes('nom de la chaîne')) reasons.push('nom de la chaîne');
    // A common word said once, outside the title, is kept only when it names a topic (see `content-words.ts`).
    const common = group.members.every((m) => m.candidate.origin === 'content-word' && m.candidate.hint !== 'subjects');
    if (common && sources.size === 1 && !sources.has('content-word@title')) continue;
    entities.push({ facet: chosen.facet, label: bestLabel(group.key, group.members), weight, reasons, ...(common ? { common } : {}) });
  }

  const byFacet = new Map<Facet, ExplainedEntity[]>();
  for (const entity of entities) byFacet.set(entity.facet, [...(byFacet.get(entity.facet) ?? []), entity]);
  return [...byFacet].flatMap(([facet, list]) =>
    list
      // Common words of the text come after what a tag, a capital or a cue found: they never push those out.
      .sort((a, b) => Number(a.common ?? false) - Number(b.common ?? false) || b.weight - a.weight || a.label.localeCompare(b.label))
      .slice(0, MAX_PER_FACET[facet])
      .sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label))
      .map(({ common: _, ...entity }) => entity),
  );
}
