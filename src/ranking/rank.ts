/**
 * The ranking engine end to end (DESIGN.md section 5, steps 1 and 4 to 8): pure, no I/O, no clock, no randomness.
 * Any permutation of the same candidates gives the same list: every choice is by score, then by id.
 */
import type { CatalogueRecord } from '../catalogue/adapter.js';
import type { Evidence, RecommendationItem, VideoDescription } from '../sdk/schemas.js';
import { bestEditions, compareEditions, workKey } from './editions.js';
import { normalizeEntities, type NormalizedEntity } from './entities.js';
import { EVIDENCE_FIELDS, EntityMatcher, type FieldMatch } from './entity-matcher.js';
import { selectPlural, type PluralCandidate } from './pluralism.js';
import { RecordScorer } from './scoring.js';
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

interface ScoredRecord {
  record: CatalogueRecord;
  score: number;
  topEntity: number;
}

type RankedRecord = ScoredRecord & PluralCandidate;

const FIELD_ORDER = new Map<string, number>(EVIDENCE_FIELDS.map((field, index) => [field, index]));
const fieldOrder = (match: FieldMatch) => FIELD_ORDER.get(match.field) ?? 0;

/** Same id found by several searches: keep one, chosen by content so input order does not matter. */
function uniqueById(candidates: readonly CatalogueRecord[]): CatalogueRecord[] {
  const byId = new Map<string, CatalogueRecord>();
  const fingerprint = ({ foundBy: _foundBy, ...rest }: CatalogueRecord) => JSON.stringify(rest);
  for (const record of candidates) {
    const kept = byId.get(record.id);
    if (kept === undefined || fingerprint(record) < fingerprint(kept)) byId.set(record.id, record);
  }
  return [...byId.values()];
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * The strongest evidence first, each entity once: the same value met in the title and a heading reads once, with
 * its strongest field (the earlier of `EVIDENCE_FIELDS` on a tie). `normalizeEntities` already merged equal labels.
 */
function explain(matches: readonly FieldMatch[], entities: readonly NormalizedEntity[], max: number): Evidence[] {
  const ordered = [...matches].sort(
    (a, b) => b.strength - a.strength || a.entity - b.entity || fieldOrder(a) - fieldOrder(b),
  );
  const shown = new Set<number>();
  const evidence: Evidence[] = [];
  for (const match of ordered) {
    if (evidence.length >= max) break;
    if (shown.has(match.entity)) continue;
    shown.add(match.entity);
    const entity = entities[match.entity]!;
    evidence.push({ facet: entity.facet, value: entity.label, field: match.field, weight: round(Math.min(1, match.strength), 3) });
  }
  return evidence;
}

function toItem(
  scored: ScoredRecord,
  matches: readonly FieldMatch[],
  entities: readonly NormalizedEntity[],
  weights: RankingWeights,
): RecommendationItem {
  const { record } = scored;
  const item: RecommendationItem = {
    id: record.id,
    title: record.title,
    authors: record.authors.filter((author) => author.trim() !== ''),
    type: record.type,
    source: record.source,
    score: round(scored.score, 4),
    why: explain(matches, entities, weights.maxWhy),
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

/** How many more records than pooled works are sorted first (room for editions of the same work). */
const EDITION_HEADROOM = 4;

/**
 * The `count` best by `compareEditions` (more on a tie at the cut), in order. The cut is found by sorting the
 * scores alone (a native numeric sort), so the comparator runs on a few records instead of all.
 */
function sortedHead(scored: readonly ScoredRecord[], scores: Float64Array, count: number): ScoredRecord[] {
  if (scored.length <= count) return [...scored].sort(compareEditions);
  const cut = scores.subarray(0, scored.length).sort()[scored.length - count]!;
  return scored.filter((s) => s.score >= cut).sort(compareEditions);
}

/** Ranks catalogue records for a video: scored, grouped by work, diversified, explained. */
export function rank(input: RankInput, options: RankOptions = {}): RecommendationItem[] {
  const weights: RankingWeights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const limit = Math.max(0, Math.floor(options.limit ?? 20));
  const floor = options.floor ?? weights.floor;
  const lambda = options.lambda ?? weights.lambda;
  const relation = input.description.relation.type;
  if (limit === 0) return [];

  const entities = normalizeEntities(input.description);
  if (entities.length === 0) return [];
  const matcher = new EntityMatcher(entities, weights);
  const scorer = new RecordScorer(entities, relation, weights);

  // Every record is scored without keeping its evidence; only the few that reach the pool are read again to explain.
  const scored: ScoredRecord[] = [];
  const unique = uniqueById(input.candidates);
  const scores = new Float64Array(unique.length);
  for (const record of unique) {
    const cells = matcher.read(record);
    if (cells.length > 0) {
      const score = scorer.score(record, cells, matcher.strengths, floor);
      if (score > 0 && score >= floor) {
        scores[scored.length] = score;
        scored.push({ record, score, topEntity: scorer.topEntity });
      }
    }
    matcher.clear();
  }

  const firstAuthor = (record: CatalogueRecord) => matcher.nameKey(record.authors.find((a) => a.trim() !== '') ?? '');
  const poolSize = Math.max(limit, Math.ceil(limit * weights.candidatePoolFactor));
  const keyOf = (s: ScoredRecord) => workKey(s.record, firstAuthor(s.record));
  // Most candidates can never reach the pool: sort only the best few times the pool size, unless editions of the
  // same works fill it, in which case everything is sorted.
  let works = bestEditions(sortedHead(scored, scores, poolSize * EDITION_HEADROOM), poolSize, keyOf);
  if (works.length < poolSize && scored.length > poolSize * EDITION_HEADROOM) works = bestEditions(scored.sort(compareEditions), poolSize, keyOf);
  const pool: RankedRecord[] = works.map((s) => ({
    ...s,
    id: s.record.id,
    authorKey: firstAuthor(s.record),
    type: s.record.type,
    sourceKey: `${s.record.source.kind}|${s.record.source.name}`,
  }));
  // Novelty reorders the strong works; works far weaker than the best come after them, never before.
  const cut = (pool[0]?.score ?? 0) * weights.poolScoreShare;
  const strong = pool.filter((s) => s.score >= cut);
  const chosen = selectPlural(strong, limit, lambda, weights);
  if (chosen.length < limit) chosen.push(...selectPlural(pool.slice(strong.length), limit - chosen.length, lambda, weights));
  return chosen.map((picked) => toItem(picked, matcher.match(picked.record), entities, weights));
}
