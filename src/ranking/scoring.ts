/**
 * Step 5: a record's evidence from its clues, and its score. A clue is worth entity weight × field weight × what its
 * kind says of the name or the heading × the entity's specificity in this answer (except a heading that is the
 * entity alone, which is unambiguous whatever else the entity matches). Each entity counts once, by its
 * best clue; several entities agree with diminishing returns (1, agreement, agreement², …). Dates are context: they
 * add to a record that other evidence qualifies, never qualify one alone. Then the document type's prior, the
 * coherence with the profile and the penalty for a record with nothing to trust; raw / (raw + half point) maps to 0..1.
 */
import type { CatalogueRecord } from '../catalogue/adapter.js';
import type { RelationType } from '../sdk/schemas.js';
import type { NormalizedEntity } from './entities.js';
import type { Clue, ClueKind, EvidenceField } from './evidence.js';
import type { EntitySpecificity } from './specificity.js';
import { TYPE_PREFERENCES, type RankingWeights } from './weights.js';

/** An entity's best clue in a record, and what it is worth. */
export interface EntityEvidence {
  entity: number;
  field: EvidenceField;
  kind: ClueKind;
  /** entity weight × field weight × kind × specificity (× the loose-word factor), 0..1 with default weights. */
  strength: number;
  /** The specificity factor included in `strength` (1 for dates). */
  specificity: number;
  /** The loose-word factor was applied. */
  loose: boolean;
}

export interface RecordEvidence {
  /** Best clue per entity, strongest first. */
  entities: EntityEvidence[];
  /** The evidence of the entities that are not dates, combined. */
  topical: number;
  /** All evidence combined, dates last. */
  total: number;
  /** Some entity names an author or a subject heading of the record (whole, or its words): a cataloguer's word. */
  sure: boolean;
  /** The non-date entity contributing most, -1 when none. */
  topEntity: number;
}

function fieldWeight(field: EvidenceField, weights: RankingWeights): number {
  return field === 'author' ? weights.authorExact : weights[field];
}

function kindFactor(clue: Clue, specificity: EntitySpecificity, weights: RankingWeights): number {
  switch (clue.kind) {
    case 'whole':
    case 'phrase':
      return 1;
    case 'name-part':
      return specificity.hasWholeName ? weights.namesake : weights.namePartAlone;
    case 'forename':
      return weights.forename;
    case 'heading':
      return weights.headingPart;
    case 'year':
      return Math.max(weights.broadPeriodFloor, clue.share);
  }
}

const FREE_TEXT: ReadonlySet<EvidenceField> = new Set(['title', 'subtitle', 'description']);
const hasText = (values: readonly string[]) => values.some((value) => value.trim() !== '');

function combine(values: readonly number[], agreement: number): number {
  return values.reduce((sum, value, index) => sum + value * agreement ** index, 0);
}

export function weighEvidence(
  record: CatalogueRecord,
  clues: readonly Clue[],
  entities: readonly NormalizedEntity[],
  specificity: readonly EntitySpecificity[],
  weights: RankingWeights,
): RecordEvidence {
  const catalogued = hasText(record.subjects);
  const best = new Map<number, EntityEvidence>();
  const dated = new Map<number, { strength: number; field: EvidenceField }>();
  for (const clue of clues) {
    const entity = entities[clue.entity]!;
    const spec = specificity[clue.entity]!;
    const base = entity.weight * fieldWeight(clue.field, weights) * kindFactor(clue, spec, weights);
    if (clue.kind === 'year') {
      if (base > (dated.get(clue.entity)?.strength ?? 0)) dated.set(clue.entity, { strength: base, field: clue.field });
      if (!best.has(clue.entity)) best.set(clue.entity, { entity: clue.entity, field: clue.field, kind: 'year', strength: 0, specificity: 1, loose: false });
      continue;
    }
    // A heading that is the entity alone is unambiguous; any other clue counts the entity's specificity.
    const factor = clue.kind === 'whole' ? 1 : spec.factor;
    const strength = base * factor;
    const kept = best.get(clue.entity);
    if (!kept || kept.kind === 'year' || strength > kept.strength) {
      best.set(clue.entity, { entity: clue.entity, field: clue.field, kind: clue.kind, strength, specificity: factor, loose: false });
    }
  }
  const found = [...best.values()];
  for (const evidence of found) {
    if (evidence.kind === 'year') {
      Object.assign(evidence, dated.get(evidence.entity));
      continue;
    }
    // A single word met only in passing, in a record whose own headings never name it, is weak evidence.
    const entity = entities[evidence.entity]!;
    const confirmed = clues.some((c) => c.entity === evidence.entity && !FREE_TEXT.has(c.field) && c.kind !== 'year');
    if (entity.singleWord && !entity.acronym && catalogued && !confirmed) {
      evidence.strength *= weights.looseWordFactor;
      evidence.loose = true;
    }
  }
  const isDate = (e: EntityEvidence) => e.kind === 'year';
  found.sort((a, b) => b.strength - a.strength || a.entity - b.entity);
  const topical = found.filter((e) => !isDate(e));
  // A date written in words in another facet ("14 juillet 1789") adds its year match as context, too.
  const dates = [...found.filter(isDate).map((e) => e.strength), ...topical.map((e) => dated.get(e.entity)?.strength ?? 0)]
    .filter((v) => v > 0)
    .sort((a, b) => b - a);
  const topicalValues = topical.map((e) => e.strength);
  const sure = clues.some((c) => (c.field === 'author' || c.field === 'subject') && (c.kind === 'whole' || c.kind === 'heading'));
  return {
    entities: found,
    topical: combine(topicalValues, weights.agreement),
    total: combine([...topicalValues, ...dates], weights.agreement),
    sure,
    topEntity: topical[0]?.entity ?? -1,
  };
}

/** The factor a document type's evidence is multiplied by under a known relation type; undefined when unknown. */
export function typeFactor(type: CatalogueRecord['type'], relation: RelationType, weights: RankingWeights): number | undefined {
  const preference = Object.hasOwn(TYPE_PREFERENCES, relation) ? TYPE_PREFERENCES[relation] : undefined;
  if (!preference) return undefined;
  if (preference.primary.includes(type)) return 1 + weights.typePriorPrimary;
  if (preference.secondary.includes(type)) return 1 + weights.typePriorSecondary;
  if (preference.foreign.includes(type)) return Math.max(0, 1 - weights.foreignTypePenalty);
  return 1;
}
