/** `GET /v1/videos/{videoId}`: the analysis of a video, library-independent (any shared cache may keep it). */
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { VideoParams } from '../request-schemas.js';
import type { ServerServices } from '../services.js';
import { analysisAnswer, sendJson } from './answers.js';

export const videoRoutes: FastifyPluginAsyncZod<ServerServices> = async (app, services) => {
  app.get('/v1/videos/:videoId', { schema: { params: VideoParams } }, async (request, reply) => {
    const state = await services.analysis.state(request.params.videoId);
    if (state.kind !== 'ready') return analysisAnswer(reply, request.params.videoId, state);
    return sendJson(request, reply, JSON.stringify(state.description), { cacheControl: 'public, max-age=86400' });
  });
};
