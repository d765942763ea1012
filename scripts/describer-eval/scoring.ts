/**
 * Scores a description against a librarian's annotation. Labels are compared folded (case, accents and
 * punctuation ignored: `foldKey`, the ranking engine's own comparison key), against the gold label and its variants.
 *
 * - Precision of a facet: the share of its labels that match a gold entity allowed in that facet (its own facet or
 *   one of `alsoIn`). Two labels for one entity ("Borne", "Élisabeth Borne") are both right.
 * - Recall of a facet: the share of its gold entities found in a facet they are allowed in. Must-find recall is
 *   also given "in any facet", since a catalogue search by a person's name still finds them when filed as a keyword.
 * - Noise: labels weighted 0.25 or more that are an annotated noise label or that look like a link fragment
 *   (a URL, a domain, an @handle), the class of error that pulls unrelated records into a search.
 * - Unsupported: labels whose folded form does not occur in the video's own text (a model's invention); dates
 *   are written in a normal form ("1916-02-21", "1301/1400") and are not checked.
 */
import { splitCamelCase } from '../../src/describer/rules/hashtags.js';
import { foldKey } from '../../src/ranking/text-folding.js';
import { FACETS, RELATION_TYPES, type Facet, type VideoDescription } from '../../src/sdk/schemas.js';
import type { VideoMetadata } from '../../src/youtube/video-metadata.js';
import type { Annotation, GoldEntity } from './gold-set.js';

export const NOISE_WEIGHT = 0.25;
/** A relation the describer gave that is none of ours, or none at all. */
export const OTHER_RELATION = 'other';
export type RelationColumn = (typeof RELATION_TYPES)[number] | typeof OTHER_RELATION;

export interface Counts {
  found: number;
  correct: number;
  gold: number;
  recalled: number;
}

export interface CaseScore {
  facets: Record<Facet, Counts>;
  mustFind: { gold: number; recalled: number; anyFacet: number };
  /** The must-find entities not found in a facet they are allowed in, by their gold label. */
  missed: string[];
  noise: { label: string; weight: number }[];
  unsupported: string[];
  relation: { expected: Annotation['relation']['type']; got: RelationColumn; categoryTells: boolean };
  describer: string;
}

const LINK_FRAGMENT = /:\/\/|^www\.|^@\w|\b[\w-]+\.(?:com|fr|org|net|ly|to|me|gg|tv|io|co|be|st|us|link)\b/i;

const keysOf = (entity: GoldEntity): string[] => [entity.label, ...(entity.variants ?? [])].map(foldKey);
const emptyCounts = (): Counts => ({ found: 0, correct: 0, gold: 0, recalled: 0 });

const HASHTAG = /#([\p{L}\p{N}_]+)/gu;

/** The video's own text, folded, its hashtags also read as words ("#ToutEnCuisine"): what any label must come from. */
export function sourceText(video: VideoMetadata): string {
  const texts = [video.title, video.description ?? '', video.channelTitle ?? '', ...(video.tags ?? [])];
  const hashtags = texts.flatMap((text) => [...text.matchAll(HASHTAG)].map((match) => splitCamelCase(match[1]!)));
  return ` ${foldKey([...texts, ...hashtags].join('\n'))} `;
}

export function scoreCase(description: VideoDescription, annotation: Annotation, video: VideoMetadata): CaseScore {
  const foundKeys = new Map<Facet, Set<string>>();
  for (const facet of FACETS) foundKeys.set(facet, new Set((description.entities[facet] ?? []).map((e) => foldKey(e.label))));
  const allowed = (entity: GoldEntity, facet: Facet): Facet[] => [facet, ...(entity.alsoIn ?? [])];
  const foundIn = (entity: GoldEntity, facets: readonly Facet[]) =>
    keysOf(entity).some((key) => facets.some((f) => foundKeys.get(f)!.has(key)));

  const facets = Object.fromEntries(FACETS.map((f) => [f, emptyCounts()])) as Record<Facet, Counts>;
  const mustFind = { gold: 0, recalled: 0, anyFacet: 0 };
  const missed: string[] = [];
  // Which gold keys each facet accepts, own entities and those allowed there through `alsoIn`.
  const accepted = new Map<Facet, Set<string>>(FACETS.map((f) => [f, new Set<string>()]));
  for (const facet of FACETS) {
    for (const entity of annotation.facets[facet] ?? []) {
      for (const f of allowed(entity, facet)) for (const key of keysOf(entity)) accepted.get(f)!.add(key);
      const recalled = foundIn(entity, allowed(entity, facet));
      facets[facet].gold++;
      if (recalled) facets[facet].recalled++;
      if (entity.grade !== 'must-find') continue;
      mustFind.gold++;
      if (recalled) mustFind.recalled++;
      else missed.push(`${entity.label} (${facet})`);
      if (foundIn(entity, FACETS)) mustFind.anyFacet++;
    }
  }

  const noiseKeys = new Set(annotation.noise.map(foldKey));
  const source = sourceText(video);
  const noise: CaseScore['noise'] = [];
  const unsupported: string[] = [];
  for (const facet of FACETS) {
    for (const { label, weight } of description.entities[facet] ?? []) {
      const key = foldKey(label);
      facets[facet].found++;
      if (accepted.get(facet)!.has(key)) facets[facet].correct++;
      if (weight >= NOISE_WEIGHT && (noiseKeys.has(key) || LINK_FRAGMENT.test(label))) noise.push({ label, weight });
      if (facet !== 'dates' && !source.includes(` ${key} `)) unsupported.push(label);
    }
  }

  const type = description.relation.type;
  const got: RelationColumn = (RELATION_TYPES as readonly string[]).includes(type) ? (type as RelationColumn) : OTHER_RELATION;
  return {
    facets,
    mustFind,
    missed,
    noise,
    unsupported,
    relation: { expected: annotation.relation.type, got, categoryTells: annotation.relation.categoryTells },
    describer: description.meta?.describer ?? 'unknown',
  };
}

/** Sums of the cases' counts, per facet and over all facets. */
export function sumCounts(scores: readonly CaseScore[]): Record<Facet | 'overall', Counts> {
  const sums = Object.fromEntries([...FACETS, 'overall'].map((f) => [f, emptyCounts()])) as Record<Facet | 'overall', Counts>;
  for (const score of scores) {
    for (const facet of FACETS) {
      for (const target of [sums[facet], sums.overall]) {
        const counts = score.facets[facet];
        target.found += counts.found;
        target.correct += counts.correct;
        target.gold += counts.gold;
        target.recalled += counts.recalled;
      }
    }
  }
  return sums;
}
