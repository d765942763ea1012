/**
 * Step 7: greedy maximal marginal relevance among near equals. Each pick maximises λ·score − (1−λ)·(similarity to
 * the closest item already picked), over the records scoring at least `pluralBand` of the best remaining one: a
 * second book by the same author on the same entity yields to another voice of about the same relevance, never to
 * a record far weaker because it is different.
 */
import type { RankingWeights } from './weights.js';

export interface PluralCandidate {
  id: string;
  score: number;
  /** Folded first author, '' when none (two anonymous records are not "the same author"). */
  authorKey: string;
  type: string;
  sourceKey: string;
  topEntity: number;
}

export function similarity(a: PluralCandidate, b: PluralCandidate, weights: RankingWeights): number {
  const total = weights.similarityAuthor + weights.similarityType + weights.similaritySource + weights.similarityEntity;
  if (total <= 0) return 0;
  let shared = 0;
  if (a.authorKey !== '' && a.authorKey === b.authorKey) shared += weights.similarityAuthor;
  if (a.type === b.type) shared += weights.similarityType;
  if (a.sourceKey === b.sourceKey) shared += weights.similaritySource;
  if (a.topEntity === b.topEntity) shared += weights.similarityEntity;
  return shared / total;
}

/** Picks up to `limit` candidates in MMR order. `pool` must already be sorted (score desc, then the tie-breaks). */
export function selectPlural<T extends PluralCandidate>(pool: readonly T[], limit: number, lambda: number, weights: RankingWeights): T[] {
  const remaining = [...pool];
  const closest = remaining.map(() => 0);
  const chosen: T[] = [];
  while (chosen.length < limit && remaining.length > 0) {
    const band = Math.max(...remaining.map((candidate) => candidate.score)) * weights.pluralBand;
    let pick = -1;
    let pickValue = -Infinity;
    for (let i = 0; i < remaining.length; i++) {
      if (remaining[i]!.score < band) continue;
      const value = lambda * remaining[i]!.score - (1 - lambda) * closest[i]!;
      // Strictly greater: on a tie the earlier one (higher score, then the tie-breaks) stays.
      if (value > pickValue) {
        pickValue = value;
        pick = i;
      }
    }
    const [picked] = remaining.splice(pick, 1);
    closest.splice(pick, 1);
    chosen.push(picked!);
    for (let i = 0; i < remaining.length; i++) {
      const sim = similarity(remaining[i]!, picked!, weights);
      if (sim > closest[i]!) closest[i] = sim;
    }
  }
  return chosen;
}
