/**
 * Specificity, as IDF does over a collection but within one answer: an entity whose matches fall into several
 * unrelated groups (records sharing no author and no subject heading) names several things, and counts less. "SCH"
 * on twenty albums by "SCH (1993-....)" is one group; "Multitude" on the album, a political essay and a journal is
 * three. Also whether some heading of the answer is the entity's whole name, which tells a namesake from a surname
 * given alone, and whether all such headings name one thing (then they are unambiguous).
 */
import type { Clue } from './evidence.js';
import type { NormalizedEntity } from './entities.js';
import { oneBearer } from './name-headings.js';
import type { RankingWeights } from './weights.js';

export interface EntitySpecificity {
  /** Some author or subject heading of the answer is this entity's name alone. */
  hasWholeName: boolean;
  /**
   * Every heading that is the entity alone names one and the same thing: then those headings are unambiguous,
   * whatever else the entity matches. "Niska (1994-....)" beside "Niska (Indiens)" is not, nor "Gazo (1994-....)"
   * beside "Gazo (18..-18..)".
   */
  wholeIsUnique: boolean;
  /** Unrelated groups its matches fall into (at least 1 when it matches anything). */
  senses: number;
  /** 1 / (1 + ambiguity × ln senses). */
  factor: number;
}

export interface MatchedRecord {
  clues: readonly Clue[];
  /** The record's people and subject headings: records sharing one are related. */
  links: readonly string[];
}

/** Counts groups of records linked by shared keys (a small union-find). */
function countGroups(records: readonly MatchedRecord[]): number {
  const parent = records.map((_, index) => index);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const firstWithLink = new Map<string, number>();
  records.forEach((record, index) => {
    for (const link of record.links) {
      const other = firstWithLink.get(link);
      if (other === undefined) firstWithLink.set(link, index);
      else parent[root(index)] = root(other);
    }
  });
  return records.filter((_, index) => root(index) === index).length;
}

export function entitySpecificity(entities: readonly NormalizedEntity[], records: readonly MatchedRecord[], weights: RankingWeights): EntitySpecificity[] {
  const matching = entities.map((): MatchedRecord[] => []);
  const wholeHeadings = entities.map(() => new Set<string>());
  for (const record of records) {
    const seen = new Set<number>();
    for (const clue of record.clues) {
      if (clue.kind === 'year') continue;
      if (clue.kind === 'whole' && clue.heading !== undefined) wholeHeadings[clue.entity]!.add(clue.heading);
      if (!seen.has(clue.entity)) matching[clue.entity]!.push(record);
      seen.add(clue.entity);
    }
  }
  return entities.map((_, index) => {
    const senses = Math.max(1, countGroups(matching[index]!));
    const headings = wholeHeadings[index]!.size;
    return { hasWholeName: headings > 0, wholeIsUnique: headings > 0 && oneBearer(wholeHeadings[index]!), senses, factor: 1 / (1 + weights.ambiguity * Math.log(senses)) };
  });
}
