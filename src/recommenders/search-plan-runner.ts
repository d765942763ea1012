/**
 * Runs a query plan against a catalogue: a bounded number of searches at a time, each with its own timeout, a
 * failed search counted rather than fatal. The caller's abort stops everything at once.
 */
import type { CatalogueAdapter, CatalogueQuery, CatalogueRecord } from '../catalogue/adapter.js';
import { TimeoutError } from '../sdk/errors.js';

export interface SearchPlanOptions {
  /** Searches in flight at once (default 6): a public catalogue is shared by many libraries. */
  concurrency?: number;
  /** Time allowed to each search, in ms (default 5000); a slow search fails alone. */
  timeoutMs?: number;
  /** Records asked of each search (default 50). */
  perSearchLimit?: number;
  signal?: AbortSignal;
}

export interface SearchPlanResult {
  /** Every record found, in plan order then in each search's order (independent of timing). */
  records: CatalogueRecord[];
  /** Searches run. */
  searches: number;
  /** The errors of the failed searches, in plan order. */
  errors: unknown[];
}

export async function runSearchPlan(
  catalogue: CatalogueAdapter,
  queries: readonly CatalogueQuery[],
  options: SearchPlanOptions = {},
): Promise<SearchPlanResult> {
  const { concurrency = 6, timeoutMs = 5000, perSearchLimit = 50, signal } = options;
  signal?.throwIfAborted();
  const found: (CatalogueRecord[] | undefined)[] = [];
  const failures: { index: number; error: unknown }[] = [];

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queries.length) {
      const index = next++;
      const query = queries[index] as CatalogueQuery;
      signal?.throwIfAborted();
      try {
        const records = await searchWithTimeout(catalogue, query, perSearchLimit, timeoutMs, signal);
        found[index] = records.map((record, position) =>
          record.foundBy ? record : { ...record, foundBy: { query, entity: query.entity, position: position + 1 } },
        );
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        failures.push({ index, error });
      }
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(concurrency) || 1, queries.length));
  await Promise.all(Array.from({ length: workers }, worker));

  return {
    records: found.flatMap((records) => records ?? []),
    searches: queries.length,
    errors: failures.sort((a, b) => a.index - b.index).map((f) => f.error),
  };
}

/** One search, abandoned on timeout or on the caller's abort even if the adapter ignores its signal. */
function searchWithTimeout(
  catalogue: CatalogueAdapter,
  query: CatalogueQuery,
  limit: number,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<CatalogueRecord[]> {
  const controller = new AbortController();
  return new Promise<CatalogueRecord[]>((resolve, reject) => {
    const onAbort = () => {
      controller.abort(signal?.reason);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      const error = new TimeoutError(timeoutMs);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    let search: Promise<CatalogueRecord[]>;
    try {
      search = Promise.resolve(catalogue.search(query, { signal: controller.signal, limit }));
    } catch (error) {
      search = Promise.reject(error);
    }
    search.then(
      (records) => {
        settle();
        resolve(Array.isArray(records) ? records : []);
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}
