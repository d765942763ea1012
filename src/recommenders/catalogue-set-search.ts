/**
 * One query plan run against several catalogues (a library's own SRU server and its JSON export of events, a
 * network's fallback catalogues…): each catalogue with its own bounded concurrency and timeouts, every
 * (search, catalogue) pair counted, a failed one reported rather than fatal.
 */
import type { CatalogueAdapter, CatalogueQuery } from '../catalogue/adapter.js';
import { runSearchPlan, type SearchPlanOptions, type SearchPlanResult } from './search-plan-runner.js';

export async function runSearchPlanOnEach(
  catalogues: readonly CatalogueAdapter[],
  queries: readonly CatalogueQuery[],
  options: SearchPlanOptions = {},
): Promise<SearchPlanResult> {
  const results = await Promise.all(catalogues.map((catalogue) => runSearchPlan(catalogue, queries, options)));
  return {
    records: results.flatMap((result) => result.records),
    searches: results.reduce((sum, result) => sum + result.searches, 0),
    errors: results.flatMap((result) => result.errors),
  };
}
