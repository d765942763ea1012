/**
 * The librarian's back office: `GET` and `PUT /v1/admin/libraries/{id}/curation` (denied channels and videos,
 * stop words, allowed channels). Registered only when an admin token is configured; every request must carry it
 * as a bearer token. A saved curation replaces the config's and changes the lists' cache key at once.
 */
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { isBearerToken } from '../bearer-token.js';
import { CurationConfig } from '../config.js';
import { ProblemError } from '../problem.js';
import type { ServerServices } from '../services.js';

const AdminParams = z.object({ id: z.string().min(1).max(64) });

export const adminRoutes: FastifyPluginAsyncZod<ServerServices & { token: string }> = async (app, { lists, store, now, token }) => {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const header = request.headers.authorization;
    if (!isBearerToken(header, token)) {
      const detail = header ? 'The admin token is wrong.' : 'The admin routes need the admin token as a bearer token.';
      throw new ProblemError(401, 'unauthorized', detail, {}, { 'www-authenticate': 'Bearer realm="cocktail-reco admin"' });
    }
  });

  const libraryOf = (id: string) => {
    const library = lists.library(id);
    if (!library) throw new ProblemError(404, 'library_unknown', `No library has the id ${id}.`);
    return library;
  };

  app.get('/v1/admin/libraries/:id/curation', { schema: { params: AdminParams } }, async (request) =>
    lists.curation(libraryOf(request.params.id)),
  );

  app.put('/v1/admin/libraries/:id/curation', { schema: { params: AdminParams, body: CurationConfig } }, async (request) => {
    const library = libraryOf(request.params.id);
    await store.putCuration(library.config.id, request.body, now());
    return request.body;
  });
};
