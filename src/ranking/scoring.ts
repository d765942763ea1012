/**
 * Step 5: a record's evidence from its clues, and its score. A clue is worth entity weight × field weight × what its
 * kind says of the name or the heading × the entity's specificity in this answer (except on a heading that is
 * unambiguously the entity: `isUnambiguous`). Each entity counts once, by its best clue; several entities agree with
 * diminishing returns (1, agreement, agreement², …). Dates are context: they add to a record that other evidence
 * qualifies, never qualify one alone. Then the document type's prior, the coherence with the profile and the penalty
 * for a record with nothing to trust; raw / (raw + half point) maps to 0..1.
 */
import type { CatalogueRecord } from '../catalogue/adapter.js';
import type { RelationType } from '../sdk/schemas.js';
import type { NormalizedEntity } from './entities.js';
import type { Clue, ClueKind, EvidenceField } from './evidence.js';
import type { Likeness } from './coherence.js';
import type { EntitySpecificity } from './specificity.js';
import { FOREIGN_UNLESS_PROFILED, TYPE_PREFERENCES, type RankingWeights } from './weights.js';

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

/**
 * A heading that is the entity's name alone is that person, group or thing (their own work, whatever else the name
 * matches) when no other such heading of the answer names someone else: "Niska (Indiens)" beside the singer, a
 * 19th-century engraver "Gazo (18..-18..)" beside the rapper "Gazo (1994-....)". Then the heading counts the
 * entity's specificity like every other clue, and coherence tells which namesake the video means.
 */
function isUnambiguous(clue: Clue, spec: EntitySpecificity): boolean {
  return clue.kind === 'whole' && (clue.field === 'author' || clue.field === 'subject') && spec.wholeIsUnique;
}

const FREE_TEXT: ReadonlySet<EvidenceField> = new Set(['title', 'subtitle', 'description']);
const hasText = (values: readonly string[]) => values.some((value) => value.trim() !== '');

/** Σ value × agreement^rank over values sorted strongest first. */
function combine(sorted: readonly number[], agreement: number): number {
  let sum = 0;
  let share = 1;
  for (const value of sorted) {
    sum += value * share;
    share *= agreement;
  }
  return sum;
}

const byStrength = (a: EntityEvidence, b: EntityEvidence) => b.strength - a.strength || a.entity - b.entity;
const descending = (a: number, b: number) => b - a;

export function weighEvidence(
  record: CatalogueRecord,
  clues: readonly Clue[],
  entities: readonly NormalizedEntity[],
  specificity: readonly EntitySpecificity[],
  weights: RankingWeights,
): RecordEvidence {
  /** Best topical clue per entity, and best year clue per entity (context). */
  const best = new Map<number, EntityEvidence>();
  const dated = new Map<number, EntityEvidence>();
  /** Entities named by an author or a subject heading of the record, not only in its free text. */
  const confirmed = new Set<number>();
  let sure = false;
  for (const clue of clues) {
    const entity = entities[clue.entity]!;
    const spec = specificity[clue.entity]!;
    const isYear = clue.kind === 'year';
    const factor = isYear || isUnambiguous(clue, spec) ? 1 : spec.factor;
    const strength = entity.weight * fieldWeight(clue.field, weights) * kindFactor(clue, spec, weights) * factor;
    if (!isYear && !FREE_TEXT.has(clue.field)) {
      confirmed.add(clue.entity);
      if (clue.kind === 'whole' || clue.kind === 'heading') sure = true;
    }
    const into = isYear ? dated : best;
    const kept = into.get(clue.entity);
    if (!kept || strength > kept.strength) into.set(clue.entity, { entity: clue.entity, field: clue.field, kind: clue.kind, strength, specificity: factor, loose: false });
  }
  const found: EntityEvidence[] = [];
  for (const evidence of best.values()) {
    // A single word met only in passing, in a record whose own headings never name it, is weak evidence.
    const entity = entities[evidence.entity]!;
    if (entity.singleWord && !entity.acronym && hasText(record.subjects) && !confirmed.has(evidence.entity)) {
      evidence.strength *= weights.looseWordFactor;
      evidence.loose = true;
    }
    found.push(evidence);
  }
  found.sort(byStrength);
  const topical = found.map((e) => e.strength);
  // Dates are context: every entity's year match is added after the topical evidence; an entity known only by its
  // year (a date) is shown as such.
  const dates: number[] = [];
  for (const evidence of dated.values()) {
    dates.push(evidence.strength);
    if (!best.has(evidence.entity)) found.push(evidence);
  }
  dates.sort(descending);
  found.sort(byStrength);
  return {
    entities: found,
    topical: combine(topical, weights.agreement),
    total: combine([...topical, ...dates], weights.agreement),
    sure,
    topEntity: found.find((e) => e.kind !== 'year')?.entity ?? -1,
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

/** The type prior when the relation type is unknown: the profile's share of the type, or foreign when it has none. */
function profileTypeFactor(type: CatalogueRecord['type'], likeness: Likeness, weights: RankingWeights): number {
  const unprofiled = likeness.others > 0 && likeness.typeShare === 0;
  if (unprofiled && FOREIGN_UNLESS_PROFILED.includes(type)) return Math.max(0, 1 - weights.foreignTypePenalty);
  return 1 + weights.profileTypePrior * likeness.typeShare;
}

/** The factors that turn a record's evidence into its score. */
export interface ScoreParts {
  /** The type prior, from the relation type when it is known, else from the profile's share of the record's type. */
  typeFactor: number;
  typeFrom: 'relation' | 'profile';
  /** 1 + coherenceGain × likeness. */
  coherence: number;
  /** The factor for a record with neither author nor subject (1 when it has either). */
  penalty: number;
  score: number;
}

/** The score (0..1) of a record, or undefined when its evidence without dates does not reach `floor`. */
export function scoreRecord(
  record: CatalogueRecord,
  evidence: RecordEvidence,
  likeness: Likeness,
  relation: RelationType,
  weights: RankingWeights,
  floor: number,
): ScoreParts | undefined {
  const fromRelation = typeFactor(record.type, relation, weights);
  const type = fromRelation ?? profileTypeFactor(record.type, likeness, weights);
  const coherence = 1 + weights.coherenceGain * likeness.value;
  const penalty = hasText(record.authors) || hasText(record.subjects) ? 1 : Math.max(0, 1 - weights.noAuthorNoSubjectPenalty);
  const factor = type * coherence * penalty;
  const half = weights.scoreHalfPoint;
  const qualifying = evidence.topical * factor;
  if (qualifying <= 0 || qualifying / (qualifying + half) < floor) return undefined;
  const raw = evidence.total * factor;
  return { typeFactor: type, typeFrom: fromRelation === undefined ? 'profile' : 'relation', coherence, penalty, score: raw / (raw + half) };
}
