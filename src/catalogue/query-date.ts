/**
 * The date of a `CatalogueQuery` (`1789`, or a range `1789/1799`, also `1789-1799`), read the same way by every
 * adapter: the SRU adapter turns it into CQL, the in-memory one filters on it.
 */

const QUERY_DATE = /^\s*(\d{4})\s*(?:[/-]\s*(\d{4}))?\s*$/;

/** The first and last years as written (`last` is `first` for a single year); `undefined` when it is not a date. */
export function queryDateYears(date: string): { first: string; last: string } | undefined {
  const match = QUERY_DATE.exec(date);
  if (!match) return undefined;
  const first = match[1]!;
  return { first, last: match[2] ?? first };
}
