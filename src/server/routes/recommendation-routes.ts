/**
 * `GET /v1/libraries/{libraryId}/recommendations?video=&limit=&lang=`: the library's documents for a video.
 * Counted against the library's monthly quota when a list is delivered (200 or 304); every answer carries the
 * quota's `RateLimit-Policy` and `RateLimit` headers.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { exclusionOf } from '../curation.js';
import { monthWindow, quotaState, rateLimitHeaders, type MonthWindow } from '../monthly-quota.js';
import { ProblemError, retryLater } from '../problem.js';
import { LibraryParams, RecommendationsQuery } from '../request-schemas.js';
import type { ServerServices } from '../services.js';
import { analysisAnswer, sendJson } from './answers.js';

const LIST_CACHE_CONTROL = 'public, max-age=300';

export const recommendationRoutes: FastifyPluginAsyncZod<ServerServices> = async (app, services) => {
  const { store, analysis, lists, now } = services;

  app.get(
    '/v1/libraries/:libraryId/recommendations',
    { schema: { params: LibraryParams, querystring: RecommendationsQuery } },
    async (request, reply) => {
      const { libraryId } = request.params;
      const { video, limit, lang } = request.query;
      const library = lists.library(libraryId);
      if (!library) throw new ProblemError(404, 'library_unknown', `No library has the id ${libraryId}.`);

      const monthly = library.config.quota?.monthly;
      const window = monthWindow(now());
      const showQuota = (used: number) => monthly !== undefined && reply.headers(rateLimitHeaders(quotaState(monthly, used, window), window));
      if (monthly !== undefined) {
        const used = await store.requestsCounted(libraryId, window.month);
        showQuota(used);
        if (used >= monthly) throw quotaExceeded(monthly, window);
      }

      const state = await analysis.state(video);
      if (state.kind !== 'ready') return analysisAnswer(reply, video, state);
      const curation = await lists.curation(library);
      const excluded = exclusionOf(curation, state.description);
      if (excluded) throw new ProblemError(403, 'video_excluded', excluded);

      const answer = await lists.list(library, state.description, { limit, lang, curation });
      if (monthly !== undefined) {
        const count = await store.countRequest(libraryId, window.month, monthly);
        showQuota(count.used);
        if (!count.allowed) throw quotaExceeded(monthly, window);
      }
      return sendJson(request, reply, answer.body, { cacheControl: LIST_CACHE_CONTROL, etag: answer.etag }) as FastifyReply;
    },
  );
};

function quotaExceeded(monthly: number, window: MonthWindow): ProblemError {
  return retryLater(
    429,
    'quota_exceeded',
    `The library has used its ${monthly} requests of this month; the quota starts again on ${window.resetsAt.slice(0, 10)}.`,
    window.resetSeconds,
    { quota: quotaState(monthly, monthly, window) },
  );
}
