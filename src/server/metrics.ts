/**
 * The server's Prometheus metrics, one registry per server (several servers may share a process, as in tests).
 * Counted: requests by route and status, analysis jobs by outcome, list cache hits and misses, YouTube Data API
 * calls and catalogue searches, each by result.
 */
import { Counter, Registry } from 'prom-client';

export class ServerMetrics {
  readonly registry = new Registry();
  readonly requests = this.#counter('cocktail_http_requests_total', 'HTTP requests answered, by route pattern and status.', ['method', 'route', 'status']);
  readonly jobs = this.#counter('cocktail_analysis_jobs_total', 'Analysis attempts, by outcome (done, unknown-video, retry, failed).', ['outcome']);
  readonly listCache = this.#counter('cocktail_list_cache_total', 'Recommendation lists asked of the cache, by result (hit, miss).', ['result']);
  readonly youtubeCalls = this.#counter(
    'cocktail_youtube_calls_total', 'YouTube Data API calls (or reads of its recorded answers), by result (ok, error).', ['result'],
  );
  readonly catalogueSearches = this.#counter('cocktail_catalogue_searches_total', 'Catalogue searches, by catalogue and result (ok, error).', ['catalogue', 'result']);

  #counter<Label extends string>(name: string, help: string, labelNames: readonly Label[]): Counter<Label> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  /** The Prometheus text exposition of every metric. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
