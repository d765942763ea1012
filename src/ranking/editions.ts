/**
 * Step 6: editions of one work (same normalised title, same first author) become one item. The edition kept is
 * the best scored; among equals, the one a patron can get now, then the most recent, then the smallest id.
 */
import type { CatalogueRecord } from '../catalogue/adapter.js';
import { foldKey, foldedTokens } from './text-folding.js';

export interface Edition {
  record: CatalogueRecord;
  score: number;
}

const READY_NOW = new Set(['available', 'online']);

/** Normalised title + first author's name in any word order ("Martin, Paul" = "Paul Martin"). */
export function workKey(record: CatalogueRecord): string {
  const firstAuthor = record.authors.find((author) => author.trim() !== '') ?? '';
  const authorKey = foldedTokens(firstAuthor)
    .filter((word) => !/^\d+$/.test(word))
    .sort()
    .join(' ');
  return `${foldKey(record.title)}|${authorKey}`;
}

/** Whether edition `a` should represent the work rather than `b`. */
export function isBetterEdition(a: Edition, b: Edition): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const aReady = READY_NOW.has(a.record.availability?.status ?? '');
  const bReady = READY_NOW.has(b.record.availability?.status ?? '');
  if (aReady !== bReady) return aReady;
  const aYear = a.record.year ?? -Infinity;
  const bYear = b.record.year ?? -Infinity;
  if (aYear !== bYear) return aYear > bYear;
  return a.record.id < b.record.id;
}

/** One representative per work, with how many editions it stands for. Order-independent. */
export function groupEditions<T extends Edition>(editions: readonly T[]): { best: T; count: number }[] {
  const byWork = new Map<string, { best: T; count: number }>();
  for (const edition of editions) {
    const key = workKey(edition.record);
    const group = byWork.get(key);
    if (!group) byWork.set(key, { best: edition, count: 1 });
    else {
      group.count += 1;
      if (isBetterEdition(edition, group.best)) group.best = edition;
    }
  }
  return [...byWork.values()];
}
