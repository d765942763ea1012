/**
 * Step 6: editions of one work (same normalised title, same first author, same type) become one item. The edition kept is
 * the best scored; among equals, the one a patron can get now, then the most recent, then the smallest id. The
 * other editions are left out (their years and copies are not mixed into the kept one: the item stays one real
 * record with its own permalink).
 */
import type { CatalogueRecord } from '../catalogue/adapter.js';
import { foldKey } from './text-folding.js';

export interface Edition {
  record: CatalogueRecord;
  score: number;
}

const READY_NOW = new Set(['available', 'online']);

/**
 * Normalised title + the first author's name key ("Martin, Paul" = "Paul Martin") + the document type: the album and
 * the songbook of "Racine carrée" are two documents for a patron, two printings of a novel are one.
 */
export function workKey(record: CatalogueRecord, authorKey: string): string {
  return `${foldKey(record.title)}|${authorKey}|${record.type}`;
}

/**
 * The order in which editions compete, and items tie: score, then available now, then the most recent, then id.
 * A total order (ids are unique), so the result never depends on the input order.
 */
export function compareEditions(a: Edition, b: Edition): number {
  if (a.score !== b.score) return b.score - a.score;
  const aReady = READY_NOW.has(a.record.availability?.status ?? '');
  const bReady = READY_NOW.has(b.record.availability?.status ?? '');
  if (aReady !== bReady) return aReady ? -1 : 1;
  const aYear = a.record.year ?? -Infinity;
  const bYear = b.record.year ?? -Infinity;
  if (aYear !== bYear) return aYear > bYear ? -1 : 1;
  return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
}

/**
 * The best edition of each of the first `count` works, from editions already sorted by `compareEditions`. The work
 * key is computed lazily: only as many records are read as it takes to find `count` distinct works.
 */
export function bestEditions<T extends Edition>(sorted: readonly T[], count: number, keyOf: (edition: T) => string): T[] {
  const seen = new Set<string>();
  const best: T[] = [];
  for (const edition of sorted) {
    if (best.length >= count) break;
    const key = keyOf(edition);
    if (seen.has(key)) continue;
    seen.add(key);
    best.push(edition);
  }
  return best;
}
