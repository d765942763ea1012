/** `/healthz` (the process answers), `/readyz` (its storage answers too) and `/metrics` (Prometheus text). */
import type { FastifyPluginAsync } from 'fastify';
import { retryLater } from '../problem.js';
import type { ServerServices } from '../services.js';

export const healthRoutes: FastifyPluginAsync<ServerServices> = async (app, { store, metrics }) => {
  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await store.ping();
    } catch (error) {
      throw retryLater(503, 'storage_unavailable', `The storage does not answer: ${(error as Error).message}`, 5);
    }
    return reply.send({ status: 'ready', storage: store.kind });
  });

  app.get('/metrics', async (_request, reply) =>
    reply.header('cache-control', 'no-store').type(metrics.contentType).send(await metrics.text()),
  );
};
