// cocktail-reco/ranking: the deterministic, explained, pluralist ranking engine (DESIGN.md section 5).
export { rank, explainRanking, type RankInput, type RankOptions, type ExplainedItem, type ScoreFactors } from './rank.js';
export { planQueries, DEFAULT_MAX_QUERIES, FACET_INDEXES, type QueryPlanOptions } from './query-plan.js';
export { classifyRelation, NEUTRAL_RELATION_TYPE } from './relation.js';
export { normalizeEntities, type NormalizedEntity } from './entities.js';
export { DEFAULT_WEIGHTS, TYPE_PREFERENCES, type RankingWeights, type TypePreference } from './weights.js';
export { EVIDENCE_FIELDS, type EvidenceField } from './evidence.js';
