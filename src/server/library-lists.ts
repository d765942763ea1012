/**
 * The libraries a server serves, and their recommendation lists cached in storage. A list is cached under its
 * library, video, limit and language and a digest of everything of the library's configuration that shapes it
 * (catalogues, fallback, curation), so a change of configuration or of curation is never served stale.
 * Within one instance, concurrent requests for the same missing list build it once.
 */
import { createHash } from 'node:crypto';
import { RecommendationItem, RecommendationListEnvelope, type RecommendationList, type VideoDescription } from '../sdk/schemas.js';
import type { LibraryConfig } from './config.js';
import { withoutStopWords } from './curation.js';
import { strongEtag } from './etag.js';
import { openCatalogue } from './library-catalogues.js';
import type { ServerMetrics } from './metrics.js';
import { buildRecommendationList, type ListCatalogues, type ListSearchOptions } from './recommendation-list.js';
import type { Curation, Store } from './store.js';

export interface Library {
  config: LibraryConfig;
  catalogues: ListCatalogues;
}

/** A list ready to send: its exact body and strong ETag. */
export interface ListAnswer {
  body: string;
  etag: string;
}

/** Lists whose searches partly failed are kept this long at most, so the catalogue's return is soon seen. */
const PARTIAL_LIST_TTL_SECONDS = 60;

export class LibraryLists {
  readonly #libraries: Map<string, Library>;
  readonly #building = new Map<string, Promise<ListAnswer>>();

  constructor(
    libraries: readonly LibraryConfig[],
    private readonly deps: { store: Store; metrics: ServerMetrics; search: ListSearchOptions; ttlSeconds: number; now: () => number },
  ) {
    const open = (entries: LibraryConfig['catalogues']) =>
      entries.map((entry) => openCatalogue(entry, { timeoutMs: deps.search.timeoutMs, metrics: deps.metrics }).adapter);
    this.#libraries = new Map(
      libraries.map((config) => [config.id, { config, catalogues: { own: open(config.catalogues), fallback: open(config.fallback) } }]),
    );
  }

  library(id: string): Library | undefined {
    return this.#libraries.get(id);
  }

  get all(): Library[] {
    return [...this.#libraries.values()];
  }

  /** The curation in force: the one saved through the admin routes, else the config's. */
  async curation(library: Library): Promise<Curation> {
    return (await this.deps.store.getCuration(library.config.id)) ?? library.config.curation;
  }

  async list(library: Library, description: VideoDescription, request: { limit: number; lang?: string | undefined; curation: Curation }): Promise<ListAnswer> {
    const key = cacheKey(library, description.video.id, request);
    const { store, metrics, now } = this.deps;
    const cached = await store.getList(key, now());
    if (cached) {
      metrics.listCache.inc({ result: 'hit' });
      return { body: cached.body, etag: cached.etag };
    }
    metrics.listCache.inc({ result: 'miss' });
    const building = this.#building.get(key);
    if (building) return building;
    const build = this.#build(library, description, key, request).finally(() => this.#building.delete(key));
    this.#building.set(key, build);
    return build;
  }

  async #build(library: Library, description: VideoDescription, key: string, request: { limit: number; curation: Curation }): Promise<ListAnswer> {
    const { store, search, ttlSeconds, now } = this.deps;
    const list = await buildRecommendationList(withoutStopWords(description, request.curation.stopWords), library.catalogues, {
      limit: request.limit,
      search,
    });
    assertContract(list);
    const fresh = JSON.stringify(list);
    // What later requests get: the same list, saying it came from the cache.
    const stored = JSON.stringify({ ...list, meta: { ...list.meta, cached: true } });
    const ttl = list.meta.failedSearches > 0 ? Math.min(ttlSeconds, PARTIAL_LIST_TTL_SECONDS) : ttlSeconds;
    if (ttl > 0) {
      const storedAt = now();
      await store.putList(key, { body: stored, etag: strongEtag(stored), storedAt, expiresAt: storedAt + ttl * 1000 });
    }
    return { body: fresh, etag: strongEtag(fresh) };
  }
}

function cacheKey(library: Library, videoId: string, { limit, lang, curation }: { limit: number; lang?: string | undefined; curation: Curation }): string {
  const { catalogues, fallback } = library.config;
  const version = createHash('sha256').update(JSON.stringify({ catalogues, fallback, curation })).digest('base64url').slice(0, 16);
  return `${library.config.id}/${videoId}/${limit}/${lang ?? ''}/${version}`;
}

/** The list as the contract describes it; a list that is not is a fault of this server, never sent. */
function assertContract(list: RecommendationList): void {
  const problems = [RecommendationListEnvelope.safeParse(list), ...list.items.map((item) => RecommendationItem.safeParse(item))]
    .filter((result) => !result.success)
    .map((result) => result.error?.message);
  if (problems.length > 0) throw new Error(`The list built does not follow the v1 contract: ${problems.join('; ')}`);
}
