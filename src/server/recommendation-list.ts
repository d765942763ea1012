/**
 * A library's list for an analysed video: the engine's query plan run on the library's own catalogues, ranked and
 * explained; when they give fewer documents than asked, the fallback catalogues (the network's, the BnF's for
 * purchase suggestions) fill the rest, each item keeping its source kind. Searches that failed are counted in
 * `meta.failedSearches`; when every search failed and nothing was found, the catalogues are unavailable.
 */
import type { CatalogueAdapter } from '../catalogue/adapter.js';
import { planQueries } from '../ranking/index.js';
import { foldKey } from '../ranking/text-folding.js';
import { runSearchPlanOnEach } from '../recommenders/catalogue-set-search.js';
import { rankedList } from '../recommenders/ranked-list.js';
import type { SearchPlanResult } from '../recommenders/search-plan-runner.js';
import type { RecommendationItem, RecommendationList, VideoDescription } from '../sdk/schemas.js';

export interface ListSearchOptions {
  maxSearches: number;
  concurrency: number;
  timeoutMs: number;
}

export interface ListCatalogues {
  own: readonly CatalogueAdapter[];
  fallback: readonly CatalogueAdapter[];
}

/** Every search of the plan failed on every catalogue: there is nothing to rank, and nothing worth caching. */
export class CataloguesUnavailableError extends Error {
  override readonly name = 'CataloguesUnavailableError';
  constructor(readonly failures: number, cause: unknown) {
    super(`Every catalogue search failed (${failures}): ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
export const isCataloguesUnavailableError = (error: unknown): error is CataloguesUnavailableError =>
  error instanceof CataloguesUnavailableError;

export async function buildRecommendationList(
  description: VideoDescription,
  catalogues: ListCatalogues,
  { limit, search }: { limit: number; search: ListSearchOptions },
): Promise<RecommendationList> {
  const queries = planQueries(description, { maxQueries: search.maxSearches });
  const planOptions = { concurrency: search.concurrency, timeoutMs: search.timeoutMs };

  const own = await runSearchPlanOnEach(catalogues.own, queries, planOptions);
  let list = rankedList(description, own.records, { limit }, counts(own));
  let runs = [own];
  if (list.items.length < limit && catalogues.fallback.length > 0) {
    const fallback = await runSearchPlanOnEach(catalogues.fallback, queries, planOptions);
    runs = [own, fallback];
    const filling = rankedList(description, fallback.records, { limit }, counts(fallback)).items;
    list = { ...list, items: appendNew(list.items, filling, limit) };
  }

  const searches = runs.reduce((sum, run) => sum + run.searches, 0);
  const errors = runs.flatMap((run) => run.errors);
  if (searches > 0 && errors.length === searches) throw new CataloguesUnavailableError(errors.length, errors[0]);
  return { ...list, meta: { ...list.meta, searches, failedSearches: errors.length } };
}

const counts = (run: SearchPlanResult) => ({ searches: run.searches, dropped: 0, failedSearches: run.errors.length });

/** `items` followed by the `extra` items that are not already there (same id, or same title), up to `limit`. */
function appendNew(items: RecommendationItem[], extra: RecommendationItem[], limit: number): RecommendationItem[] {
  const ids = new Set(items.map((item) => item.id));
  const titles = new Set(items.map((item) => foldKey(item.title)));
  const out = [...items];
  for (const item of extra) {
    if (out.length >= limit) break;
    if (ids.has(item.id) || titles.has(foldKey(item.title))) continue;
    ids.add(item.id);
    titles.add(foldKey(item.title));
    out.push(item);
  }
  return out;
}
