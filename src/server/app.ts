/**
 * The v1 API as a Fastify application, composed of plugins: problems for every error, one log line per request
 * with no personal data, CORS per library, then the routes (videos, recommendations, admin, health and metrics).
 * Routes hold wiring only; the logic lives in the services they are given.
 */
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from '@fastify/type-provider-zod';
import type { Logger } from 'pino';
import type { Socket } from 'node:net';
import { libraryCorsPlugin } from './plugins/library-cors.js';
import { problemsPlugin } from './plugins/problems.js';
import { requestLogPlugin } from './plugins/request-log.js';
import { PROBLEM_CONTENT_TYPE, problemBody, ProblemError } from './problem.js';
import { adminRoutes } from './routes/admin-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { recommendationRoutes } from './routes/recommendation-routes.js';
import { videoRoutes } from './routes/video-routes.js';
import type { ServerServices } from './services.js';

/** Longer addresses are refused (414): no v1 request needs more, and long ones are probes. */
export const MAX_URL_LENGTH = 2048;
/** Request headers beyond this size are refused by Node's parser (431). */
export const MAX_HEADER_BYTES = 8192;
const BODY_LIMIT_BYTES = 64 * 1024;

export async function buildApp(services: ServerServices, { logger }: { logger: Logger }): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // Fastify's own request lines carry the client's address: the request-log plugin writes ours instead.
    logController: new LogController({ disableRequestLogging: true }),
    http: { maxHeaderSize: MAX_HEADER_BYTES },
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: 128 },
    return503OnClosing: true,
    clientErrorHandler: answerClientError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(problemsPlugin, { store: services.store });
  await app.register(requestLogPlugin, { metrics: services.metrics });
  app.addHook('onRequest', async (request) => {
    if (request.url.length > MAX_URL_LENGTH) {
      throw new ProblemError(414, 'uri_too_long', `The address is longer than ${MAX_URL_LENGTH} characters.`);
    }
  });
  await app.register(libraryCorsPlugin, { libraries: services.config.libraries });
  // Once closing, the answers still in flight end their connections: a kept-alive one would hold the close.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  await app.register(healthRoutes, services);
  await app.register(videoRoutes, services);
  await app.register(recommendationRoutes, services);
  const token = services.config.admin?.token;
  if (token) await app.register(adminRoutes, { ...services, token });
  return app;
}

/** A request Node could not parse (headers too large, malformed): answered as a problem, then the socket closed. */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return void socket.destroy();
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify(
    problemBody(status, 'invalid_request', tooLarge ? `The request headers exceed ${MAX_HEADER_BYTES} bytes.` : 'The request could not be parsed.'),
  );
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
