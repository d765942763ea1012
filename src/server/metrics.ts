/**
 * The server's Prometheus metrics, one registry per server (several servers may share a process, as in tests).
 * Counted: requests by route and status, analysis jobs by outcome, list cache hits and misses, YouTube Data API
 * calls and catalogue searches, each by result.
 */
import { Counter, Registry } from 'prom-client';

export class ServerMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'cocktail_http_requests_total',
    help: 'HTTP requests answered, by route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly jobs = new Counter({
    name: 'cocktail_analysis_jobs_total',
    help: 'Analysis attempts, by outcome (done, unknown-video, retry, failed).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly listCache = new Counter({
    name: 'cocktail_list_cache_total',
    help: 'Recommendation lists asked of the cache, by result (hit, miss).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly youtubeCalls = new Counter({
    name: 'cocktail_youtube_calls_total',
    help: 'YouTube Data API calls (or reads of its recorded answers), by result (ok, error).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly catalogueSearches = new Counter({
    name: 'cocktail_catalogue_searches_total',
    help: 'Catalogue searches, by catalogue and result (ok, error).',
    labelNames: ['catalogue', 'result'] as const,
    registers: [this.registry],
  });

  /** The Prometheus text exposition of every metric. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
