/**
 * Step 5: a record's score from its evidence. Each entity counts once (its best field, plus a share of the
 * others as corroboration); matching several facets earns a bonus; the relation type sets a prior on document
 * types; records with nothing to trust and types foreign to the video are penalised. Raw scores map to 0..1 by
 * raw / (raw + half point): monotone, exact in IEEE arithmetic, independent of the other candidates.
 */
import type { CatalogueRecord } from '../catalogue/adapter.js';
import type { Facet, RelationType } from '../sdk/schemas.js';
import type { NormalizedEntity } from './entities.js';
import type { FieldMatch } from './entity-matcher.js';
import { TYPE_PREFERENCES, type RankingWeights } from './weights.js';

export interface RecordScore {
  /** Unbounded weighted sum, before normalisation. */
  raw: number;
  /** 0..1. */
  score: number;
  /** The entity contributing most (index into the entities), for pluralism. */
  topEntity: number;
}

function hasText(values: readonly string[]): boolean {
  return values.some((value) => value.trim() !== '');
}

/** The prior (positive) or penalty (negative) a document type gets under a relation type. */
export function typeAdjustment(type: CatalogueRecord['type'], relation: RelationType, weights: RankingWeights): number {
  const preference = Object.hasOwn(TYPE_PREFERENCES, relation) ? TYPE_PREFERENCES[relation] : undefined;
  if (!preference) return 0;
  if (preference.primary.includes(type)) return weights.typePriorPrimary;
  if (preference.secondary.includes(type)) return weights.typePriorSecondary;
  if (preference.foreign.includes(type)) return -weights.foreignTypePenalty;
  return 0;
}

/** `matches` come grouped by entity (as `EntityMatcher.match` returns them). */
export function scoreRecord(
  record: CatalogueRecord,
  matches: readonly FieldMatch[],
  entities: readonly NormalizedEntity[],
  relation: RelationType,
  weights: RankingWeights,
): RecordScore {
  let evidence = 0;
  let topEntity = -1;
  let topValue = -1;
  const facets = new Set<Facet>();
  for (let start = 0; start < matches.length; ) {
    const entity = matches[start]!.entity;
    let best = 0;
    let sum = 0;
    let end = start;
    for (; end < matches.length && matches[end]!.entity === entity; end++) {
      const strength = matches[end]!.strength;
      sum += strength;
      if (strength > best) best = strength;
    }
    const value = best + weights.secondaryFieldShare * (sum - best);
    evidence += value;
    facets.add(entities[entity]!.facet);
    if (value > topValue) {
      topValue = value;
      topEntity = entity;
    }
    start = end;
  }
  if (evidence <= 0) return { raw: 0, score: 0, topEntity };

  let raw = evidence;
  raw += weights.multiFacetBonus * Math.min(Math.max(facets.size - 1, 0), weights.maxBonusFacets);
  raw += typeAdjustment(record.type, relation, weights);
  if (!hasText(record.authors) && !hasText(record.subjects)) raw -= weights.noAuthorNoSubjectPenalty;
  const score = raw > 0 ? raw / (raw + weights.scoreHalfPoint) : 0;
  return { raw, score, topEntity };
}
