/** The answers several routes share: a JSON body with its strong ETag (304 when the client has it) and the
 *  answers for a video whose analysis is not ready. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { matchesIfNoneMatch, strongEtag } from '../etag.js';
import { ProblemError, retryLater } from '../problem.js';
import type { AnalysisState } from '../video-analysis.js';

export function sendJson(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string,
  { cacheControl, etag = strongEtag(body) }: { cacheControl: string; etag?: string },
): FastifyReply {
  reply.headers({ etag, 'cache-control': cacheControl });
  if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.code(200).type('application/json; charset=utf-8').send(body);
}

/** 202 while the video is analysed, 503 while its analysis waits to be tried again, 404 when it cannot be. */
export function analysisAnswer(reply: FastifyReply, videoId: string, state: Exclude<AnalysisState, { kind: 'ready' }>): FastifyReply {
  if (state.kind === 'pending') {
    return reply
      .code(202)
      .headers({ 'retry-after': String(state.retryAfter), 'cache-control': 'no-store' })
      .type('application/json; charset=utf-8')
      .send(JSON.stringify({ status: 'analysing', video: videoId, retryAfter: state.retryAfter }));
  }
  if (state.kind === 'delayed') {
    throw retryLater(503, 'analysis_unavailable', `The video ${videoId} cannot be analysed for now: ${state.reason}`, state.retryAfter);
  }
  throw new ProblemError(404, 'video_not_analyzed', state.reason);
}
