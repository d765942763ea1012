/**
 * Every error answer as RFC 9457 problem details: thrown `ProblemError`s, request validation (a 400 saying which
 * parameter is wrong and why), unknown routes, bodies too large, catalogues down, storage gone, and crashes
 * (logged, answered with a plain 500 that shows nothing of the server's insides).
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from '@fastify/type-provider-zod';
import { isCataloguesUnavailableError } from '../recommendation-list.js';
import { isProblemError, PROBLEM_CONTENT_TYPE, problemBody, ProblemError, retryLater } from '../problem.js';
import type { Store } from '../store.js';

/** Seconds to wait after the catalogues or the storage failed before asking again. */
const CATALOGUE_RETRY_SECONDS = 60;
const STORAGE_RETRY_SECONDS = 5;

export function sendProblem(reply: FastifyReply, problem: ProblemError): FastifyReply {
  return reply
    .code(problem.status)
    .headers({ ...problem.headers, 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store' })
    .send(JSON.stringify(problemBody(problem.status, problem.code, problem.detail, problem.extra)));
}

export const problemsPlugin = fp<{ store: Store }>(async (app: FastifyInstance, { store }) => {
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, new ProblemError(404, 'not_found', `No resource answers ${request.method} ${request.url.split('?')[0]}.`)),
  );

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (isProblemError(error)) return sendProblem(reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'request';
      const sentences = error.validation.map((issue) => {
        const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
        return `${field ? `${field} (${where})` : where}: ${issue.message}`;
      });
      return sendProblem(reply, new ProblemError(400, 'invalid_request', `${sentences.join('; ')}.`));
    }
    if (isCataloguesUnavailableError(error)) {
      request.log.warn({ err: error }, 'catalogues unavailable');
      return sendProblem(reply, retryLater(503, 'catalogue_unavailable', 'The library’s catalogues do not answer; try again later.', CATALOGUE_RETRY_SECONDS));
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return sendProblem(reply, new ProblemError(413, 'payload_too_large', 'The request body is too large.'));
    if (status >= 400 && status < 500) return sendProblem(reply, new ProblemError(status, 'invalid_request', `${error.message}.`));

    const storageUp = await store.ping().then(() => true, () => false);
    if (!storageUp) {
      request.log.error({ err: error }, 'storage unavailable');
      return sendProblem(reply, retryLater(503, 'storage_unavailable', 'The server’s storage does not answer; try again later.', STORAGE_RETRY_SECONDS));
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, new ProblemError(500, 'server_error', 'The server failed to answer this request.'));
  });
}, { name: 'cocktail-problems' });
