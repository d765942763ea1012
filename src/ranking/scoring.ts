/**
 * Step 5: a record's score from its evidence. Each entity counts once (its best field, plus a share of the others
 * as corroboration); agreement of several facets earns a bonus in proportion to their evidence; the relation type
 * sets a prior on document types; records with nothing to trust and types foreign to the video are discounted.
 * Raw scores map to 0..1 by raw / (raw + half point): monotone, independent of the other candidates.
 *
 * Dates are context, not topic: they add to a record that other evidence qualifies, never qualify one alone, and
 * earn no multi-facet bonus. A single common word met only in passing ("voyage" in a subtitle, "Auguste" as a
 * given name) in a record whose subject headings never name it counts `looseWordFactor` of its strength.
 */
import type { CatalogueRecord } from '../catalogue/adapter.js';
import { FACETS, type Facet, type RelationType } from '../sdk/schemas.js';
import type { NormalizedEntity } from './entities.js';
import { AUTHOR, CELL_KINDS, SUBJECT, YEAR } from './entity-matcher.js';
import { TYPE_PREFERENCES, type RankingWeights } from './weights.js';

const FACET_INDEX = new Map<Facet, number>(FACETS.map((facet, index) => [facet, index]));
const DATES = FACET_INDEX.get('dates')!;

function hasText(values: readonly string[]): boolean {
  for (const value of values) if (value.trim() !== '') return true;
  return false;
}

/** The factor a document type's evidence is multiplied by under a relation type (prior above 1, penalty below). */
export function typeFactor(type: CatalogueRecord['type'], relation: RelationType, weights: RankingWeights): number {
  const preference = Object.hasOwn(TYPE_PREFERENCES, relation) ? TYPE_PREFERENCES[relation] : undefined;
  if (!preference) return 1;
  if (preference.primary.includes(type)) return 1 + weights.typePriorPrimary;
  if (preference.secondary.includes(type)) return 1 + weights.typePriorSecondary;
  if (preference.foreign.includes(type)) return Math.max(0, 1 - weights.foreignTypePenalty);
  return 1;
}

/** Scores records from the matcher's cells; scratch space reused across records. */
export class RecordScorer {
  private readonly facetOf: Int32Array;
  private readonly facetValues = new Float64Array(FACETS.length);
  private readonly sortedFacets = new Float64Array(FACETS.length);
  /** The non-date entity contributing most to the last record scored (index into the entities), -1 when none. */
  topEntity = -1;
  private readonly typeFactors = new Map<string, number>();

  constructor(
    private readonly entities: readonly NormalizedEntity[],
    private readonly relation: RelationType,
    private readonly weights: RankingWeights,
  ) {
    this.facetOf = Int32Array.from(entities, (entity) => FACET_INDEX.get(entity.facet) ?? DATES);
  }

  private typeFactorOf(type: string): number {
    let factor = this.typeFactors.get(type);
    if (factor === undefined) {
      factor = typeFactor(type as CatalogueRecord['type'], this.relation, this.weights);
      this.typeFactors.set(type, factor);
    }
    return factor;
  }

  /**
   * The score (0..1) from `cells` (entity × CELL_KINDS + kind, increasing) and their `strengths`; 0 for a record
   * that does not reach `floor` without its dates. Sets `topEntity`.
   */
  score(record: CatalogueRecord, cells: readonly number[], strengths: Float64Array, floor: number): number {
    const weights = this.weights;
    const share = weights.secondaryFieldShare;
    const facetValues = this.facetValues;
    facetValues.fill(0);
    const catalogued = hasText(record.subjects);
    let topic = 0;
    let dates = 0;
    let topEntity = -1;
    let topValue = 0;
    for (let start = 0; start < cells.length; ) {
      const entity = Math.floor(cells[start]! / CELL_KINDS);
      const end0 = entity * CELL_KINDS + CELL_KINDS;
      let end = start;
      let best = 0;
      let sum = 0;
      let yearStrength = 0;
      let confirmed = false;
      for (; end < cells.length && cells[end]! < end0; end++) {
        const kind = cells[end]! - entity * CELL_KINDS;
        const strength = strengths[cells[end]!]!;
        if (kind === YEAR) {
          yearStrength = strength;
          continue;
        }
        if (kind === SUBJECT || kind === AUTHOR) confirmed = true;
        sum += strength;
        if (strength > best) best = strength;
      }
      start = end;
      const described = this.entities[entity]!;
      let value = best + share * (sum - best);
      if (described.singleWord && catalogued && !confirmed) value *= weights.looseWordFactor;
      const facet = this.facetOf[entity]!;
      if (facet === DATES) {
        dates += value + yearStrength;
        continue;
      }
      dates += yearStrength; // a date written in words, met in the record's year
      topic += value;
      if (value > facetValues[facet]!) facetValues[facet] = value;
      if (value > topValue) {
        topValue = value;
        topEntity = entity;
      }
    }
    this.topEntity = topEntity;
    if (topic <= 0) return 0;

    topic += weights.multiFacetBonus * this.furtherFacets();
    let factor = this.typeFactorOf(record.type);
    if (!hasText(record.authors) && !catalogued) factor *= Math.max(0, 1 - weights.noAuthorNoSubjectPenalty);
    const half = weights.scoreHalfPoint;
    const qualifying = topic * factor;
    if (qualifying <= 0 || qualifying / (qualifying + half) < floor) return 0;
    const raw = (topic + dates) * factor;
    return raw / (raw + half);
  }

  /** The evidence of the facets after the strongest, the `maxBonusFacets` best of them (dates excluded). */
  private furtherFacets(): number {
    const values = this.facetValues;
    const sorted = this.sortedFacets;
    let count = 0;
    for (let facet = 0; facet < values.length; facet++) {
      const value = values[facet]!;
      if (facet === DATES || value <= 0) continue;
      // Insertion into a descending list of at most seven values: no allocation per record.
      let at = count++;
      while (at > 0 && sorted[at - 1]! < value) {
        sorted[at] = sorted[at - 1]!;
        at--;
      }
      sorted[at] = value;
    }
    let sum = 0;
    for (let i = 1; i < count && i <= this.weights.maxBonusFacets; i++) sum += sorted[i]!;
    return sum;
  }
}
