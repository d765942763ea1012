/**
 * Step 2: the searches to run for a video. Each entity, strongest first, becomes searches on the indexes that
 * fit its facet; searches are then taken round-robin across facets so that a video rich in keywords still gets its
 * people, works and places searched. Values are the entity labels as plain data: the adapter escapes them.
 */
import type { CatalogueQuery, SearchIndex } from '../catalogue/adapter.js';
import { FACETS, type Facet, type VideoDescription } from '../sdk/schemas.js';
import { normalizeEntities, type NormalizedEntity } from './entities.js';
import { formatYearRange } from './year-ranges.js';

export interface QueryPlanOptions {
  /** Searches at most (default 40). */
  maxQueries?: number;
}

export const DEFAULT_MAX_QUERIES = 40;

/** Indexes searched per facet, most telling first. */
export const FACET_INDEXES: Readonly<Record<Facet, readonly SearchIndex[]>> = Object.freeze({
  people: ['author', 'subject'],
  works: ['title'],
  subjects: ['subject'],
  places: ['subject', 'anywhere'],
  dates: ['subject'],
  organizations: ['author', 'anywhere'],
  keywords: ['anywhere'],
});

type PlannedSearch = Omit<CatalogueQuery, 'id'>;

function searchesFor(entity: NormalizedEntity, topSubject: NormalizedEntity | undefined): PlannedSearch[] {
  const base = { facet: entity.facet, entity: entity.label };
  if (entity.facet === 'dates' && entity.years) {
    const date = formatYearRange(entity.years);
    // A year alone finds everything printed that year: it narrows the video's main subject instead.
    return topSubject
      ? [{ ...base, index: 'subject', value: topSubject.label, date }]
      : [{ ...base, index: 'date', value: date, date }];
  }
  return FACET_INDEXES[entity.facet].map((index) => ({ ...base, index, value: entity.label }));
}

export function planQueries(
  description: Pick<VideoDescription, 'entities'>,
  options: QueryPlanOptions = {},
): CatalogueQuery[] {
  const maxQueries = Math.max(0, Math.floor(options.maxQueries ?? DEFAULT_MAX_QUERIES));
  const entities = normalizeEntities(description);
  const topSubject = entities.find((entity) => entity.facet === 'subjects') ?? entities.find((entity) => entity.facet === 'places');

  const queues = FACETS.map((facet) =>
    entities.filter((entity) => entity.facet === facet).flatMap((entity) => searchesFor(entity, topSubject)),
  );

  const plan: CatalogueQuery[] = [];
  const seen = new Set<string>();
  for (let round = 0; plan.length < maxQueries && queues.some((queue) => round < queue.length); round++) {
    for (const queue of queues) {
      const search = queue[round];
      if (!search || plan.length >= maxQueries) continue;
      const key = `${search.index}\u0000${search.value.toLowerCase()}\u0000${search.date ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      plan.push({ id: `q${plan.length + 1}`, ...search });
    }
  }
  return plan;
}
