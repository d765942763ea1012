/**
 * CORS limited to each library's configured origins: a library's routes answer its own origins only, the
 * library-independent video route answers the origins of every library, and nothing else (admin, health) answers
 * any. `Vary: Origin` on every answer keeps shared caches from mixing them up.
 */
import cors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { LibraryConfig } from '../config.js';

const LIBRARY_PATH = /^\/v1\/libraries\/([^/?]+)\//;
const EXPOSED = ['Retry-After', 'RateLimit', 'RateLimit-Policy', 'ETag'];

export const libraryCorsPlugin = fp<{ libraries: readonly LibraryConfig[] }>(async (app: FastifyInstance, { libraries }) => {
  const byLibrary = new Map(libraries.map((library) => [library.id, library.origins.map(originOf)]));
  const everyOrigin = [...new Set([...byLibrary.values()].flat())];
  const allowed = (url: string): string[] => {
    if (url.startsWith('/v1/videos/')) return everyOrigin;
    const library = LIBRARY_PATH.exec(url)?.[1];
    return (library !== undefined && !url.startsWith('/v1/admin/') && byLibrary.get(decodeURIComponent(library))) || [];
  };
  await app.register(cors, {
    delegator: async (request: FastifyRequest): Promise<FastifyCorsOptions> => ({
      origin: allowed(request.url),
      methods: ['GET', 'HEAD'],
      exposedHeaders: EXPOSED,
      maxAge: 600,
      strictPreflight: true,
    }),
  });
  // A refused origin gets no CORS header at all, but the answer still varies with it.
  app.addHook('onSend', async (_request, reply) => {
    const vary = String(reply.getHeader('vary') ?? '');
    if (!/\borigin\b/i.test(vary)) reply.header('vary', vary ? `${vary}, Origin` : 'Origin');
  });
}, { name: 'cocktail-library-cors' });

/** "https://www.example.org/" and "https://www.example.org" are the same origin. */
function originOf(url: string): string {
  return new URL(url).origin;
}
