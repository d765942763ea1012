/**
 * The ranking engine end to end (DESIGN.md section 5, steps 1 and 4 to 8): pure, no I/O, no clock, no randomness.
 * Any permutation of the same candidates gives the same list: every choice is by score, then by id.
 *
 * 1. entities, counted once; 4. clues of every entity in every record; specificity of each entity in this answer;
 * 5. evidence, then the coherence profile and each record's likeness to it, the type prior, the score;
 * 6. one edition per work; 7. pluralism among near equals; 8. `why`, every factor kept for `explainRanking`.
 */
import type { CatalogueRecord } from '../catalogue/adapter.js';
import type { Evidence, RecommendationItem, VideoDescription } from '../sdk/schemas.js';
import { Profile, type Likeness } from './coherence.js';
import { bestEditions, compareEditions, workKey } from './editions.js';
import { normalizeEntities, type NormalizedEntity } from './entities.js';
import { EvidenceFinder, recordLinks } from './evidence.js';
import { nameKey } from './name-headings.js';
import { selectPlural } from './pluralism.js';
import { scoreRecord, weighEvidence, type RecordEvidence, type ScoreParts } from './scoring.js';
import { entitySpecificity } from './specificity.js';
import { DEFAULT_WEIGHTS, type RankingWeights } from './weights.js';

export interface RankOptions {
  /** Items returned at most (default 20). */
  limit?: number;
  /** Score under which a record is dropped (default `DEFAULT_WEIGHTS.floor`). */
  floor?: number;
  /** Overrides for any named weight. */
  weights?: Partial<RankingWeights>;
  /** MMR trade-off, 0..1 (default `DEFAULT_WEIGHTS.lambda`). */
  lambda?: number;
}

export interface RankInput {
  description: VideoDescription;
  candidates: CatalogueRecord[];
}

/** Every factor of an item's score, for an audit (`cocktail-reco rank --explain`). */
export interface ScoreFactors extends ScoreParts {
  /** Per entity: its best clue, its specificity in this answer (1 / (1 + ambiguity × ln senses)) and its strength. */
  evidence: { entity: string; facet: string; field: string; kind: string; senses: number; specificity: number; loose: boolean; strength: number }[];
  /** The entities' evidence combined (dates included). */
  evidenceTotal: number;
  /** Likeness to the coherence profile, 0..1 (the `coherence` factor is 1 + coherenceGain × this). */
  likeness: number;
}

export interface ExplainedItem {
  item: RecommendationItem;
  factors: ScoreFactors;
}

interface Scored {
  record: CatalogueRecord;
  evidence: RecordEvidence;
  likeness: Likeness;
  factors: Omit<ScoreFactors, 'evidence'>;
  score: number;
  topEntity: number;
}

/** Same id found by several searches: keep one, chosen by content so input order does not matter. */
function uniqueById(candidates: readonly CatalogueRecord[]): CatalogueRecord[] {
  const byId = new Map<string, CatalogueRecord>();
  const fingerprint = ({ foundBy: _foundBy, ...rest }: CatalogueRecord) => JSON.stringify(rest);
  for (const record of candidates) {
    const kept = byId.get(record.id);
    if (kept === undefined || fingerprint(record) < fingerprint(kept)) byId.set(record.id, record);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The evidence in words, strongest first, each entity once; then the likeness to the profile, said in plain French.
 * Its weight is the likeness times the strongest evidence it amplifies, so it never reads as stronger than that.
 */
function explain(scored: Scored, closest: ReturnType<Profile['closest']>, entities: readonly NormalizedEntity[], max: number): Evidence[] {
  const why: Evidence[] = scored.evidence.entities.map((e) => {
    const entity = entities[e.entity]!;
    return { facet: entity.facet, value: entity.label, field: e.field, weight: round(Math.min(1, e.strength), 3) };
  });
  if (closest && scored.likeness.value > 0) {
    const value = `Même univers que « ${closest.record.title} » (${closest.shared.join(', ')})`;
    why.push({ facet: 'profile', value, field: 'coherence', weight: round(Math.min(1, scored.likeness.value * (why[0]?.weight ?? 0)), 3) });
  }
  return why.sort((a, b) => b.weight - a.weight).slice(0, max);
}

function toItem(scored: Scored, why: Evidence[]): RecommendationItem {
  const { record } = scored;
  const item: RecommendationItem = {
    id: record.id,
    title: record.title,
    authors: record.authors.filter((author) => author.trim() !== ''),
    type: record.type,
    source: record.source,
    score: round(scored.score, 4),
    why,
  };
  if (record.subtitle !== undefined) item.subtitle = record.subtitle;
  if (record.year !== undefined) item.year = record.year;
  if (record.isbn !== undefined) item.isbn = record.isbn;
  if (record.coverUrl !== undefined) item.coverUrl = record.coverUrl;
  if (record.url !== undefined) item.url = record.url;
  if (record.availability !== undefined) item.availability = record.availability;
  if (record.event !== undefined) item.event = record.event;
  return item;
}

/** Ranks catalogue records for a video and keeps every factor of each score. */
export function explainRanking(input: RankInput, options: RankOptions = {}): ExplainedItem[] {
  const weights: RankingWeights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const limit = Math.max(0, Math.floor(options.limit ?? 20));
  const floor = options.floor ?? weights.floor;
  const lambda = options.lambda ?? weights.lambda;
  if (limit === 0) return [];
  const entities = normalizeEntities(input.description);
  if (entities.length === 0) return [];

  const finder = new EvidenceFinder(entities);
  const matched = uniqueById(input.candidates)
    .map((record) => ({ record, clues: finder.clues(record), links: recordLinks(record) }))
    .filter((m) => m.clues.length > 0);
  const specificity = entitySpecificity(entities, matched, weights);
  const evidenced = matched
    .map((m) => ({ record: m.record, evidence: weighEvidence(m.record, m.clues, entities, specificity, weights) }))
    .filter((e) => e.evidence.topical > 0);

  const firstAuthor = (record: CatalogueRecord) => nameKey(record.authors.find((a) => a.trim() !== '') ?? '');
  const work = (record: CatalogueRecord) => workKey(record, firstAuthor(record));
  const profile = new Profile(evidenced.map((e) => ({ record: e.record, work: work(e.record), evidence: e.evidence.total, sure: e.evidence.sure })), weights);
  const scored: Scored[] = [];
  for (const { record, evidence } of evidenced) {
    const likeness = profile.likeness(record, work(record));
    const parts = scoreRecord(record, evidence, likeness, input.description.relation.type, weights, floor);
    if (!parts) continue;
    const factors = { ...parts, evidenceTotal: evidence.total, likeness: likeness.value };
    scored.push({ record, evidence, likeness, factors, score: parts.score, topEntity: evidence.topEntity });
  }

  const poolSize = Math.max(limit, Math.ceil(limit * weights.candidatePoolFactor));
  const works = bestEditions(scored.sort(compareEditions), poolSize, (s) => work(s.record));
  const pool = works.map((s) => ({ ...s, id: s.record.id, authorKey: firstAuthor(s.record), type: s.record.type, sourceKey: `${s.record.source.kind}|${s.record.source.name}` }));
  return selectPlural(pool, limit, lambda, weights).map((s) => ({
    item: toItem(s, explain(s, profile.closest(s.record, work(s.record)), entities, weights.maxWhy)),
    factors: {
      ...s.factors,
      evidence: s.evidence.entities.map((e) => ({
        entity: entities[e.entity]!.label,
        facet: entities[e.entity]!.facet,
        field: e.field,
        kind: e.kind,
        senses: specificity[e.entity]!.senses,
        specificity: e.specificity,
        loose: e.loose,
        strength: e.strength,
      })),
    },
  }));
}

/** Ranks catalogue records for a video: scored, grouped by work, diversified, explained. */
export function rank(input: RankInput, options: RankOptions = {}): RecommendationItem[] {
  return explainRanking(input, options).map((explained) => explained.item);
}
