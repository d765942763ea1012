/**
 * One structured log line per answered request, and the request metrics: method, route pattern, status, duration,
 * and the library and video asked about. Never the client's IP address, user agent or referrer (no personal data).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ServerMetrics } from '../metrics.js';

/** Unmatched addresses share one label, so that random paths cannot grow the metrics without bound. */
const UNMATCHED_ROUTE = '(unmatched)';

function askedAbout(request: FastifyRequest): { library?: string; video?: string } {
  const params = (request.params ?? {}) as Record<string, unknown>;
  const query = (request.query ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 64) : undefined);
  const library = text(params.libraryId) ?? text(params.id);
  const video = text(params.videoId) ?? text(query.video);
  return { ...(library ? { library } : {}), ...(video ? { video } : {}) };
}

export const requestLogPlugin = fp<{ metrics: ServerMetrics }>(async (app: FastifyInstance, { metrics }) => {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    const status = reply.statusCode;
    metrics.requests.inc({ method: request.method, route, status: String(status) });
    request.log.info(
      { method: request.method, route, status, durationMs: Math.round(reply.elapsedTime * 10) / 10, ...askedAbout(request) },
      'request',
    );
  });
}, { name: 'cocktail-request-log' });
