/**
 * A running server: the storage opened and migrated, the analysis workers started, the HTTP API listening.
 * `close()` (and SIGTERM, in the CLI) stops accepting connections, finishes the requests and analyses in flight,
 * then closes the storage.
 */
import type { FastifyInstance } from 'fastify';
import { pino, type Logger } from 'pino';
import { buildApp } from './app.js';
import type { ServerConfig } from './config.js';
import { LibraryLists } from './library-lists.js';
import { ServerMetrics } from './metrics.js';
import type { ServerServices } from './services.js';
import { openStore } from './storage/open-store.js';
import { VideoAnalysis } from './video-analysis.js';
import { videoDescriber } from './video-describer.js';
import { youtubeSource } from './youtube-source.js';

/** How often an idle worker looks for a queued analysis. */
const JOB_POLL_MS = 200;

export interface StartOptions {
  host?: string;
  /** 0 takes a free port. */
  port?: number;
  /** Where log lines go; default: pino on standard error, at `info`. */
  logger?: Logger;
  /** Adds routes of the embedding program before the server listens (the demo adds its pages this way). */
  extend?: (app: FastifyInstance) => Promise<void>;
}

export interface RunningServer {
  /** `http://host:port`, the port being the one actually taken. */
  url: string;
  app: FastifyInstance;
  services: ServerServices;
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: 'info' }, pino.destination(2));
  const now = Date.now;
  const store = await openStore(config.storage, { clock: now });
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  const metrics = new ServerMetrics();
  const analysis = new VideoAnalysis({
    store,
    metrics,
    now,
    maxAttempts: config.analysis.maxAttempts,
    fetchMetadata: youtubeSource(config.youtube),
    describe: videoDescriber(config.llm, (error) => logger.warn({ err: error }, 'the LLM failed: the rules’ description is kept')),
  });
  const lists = new LibraryLists(config.libraries, { store, metrics, search: config.search, ttlSeconds: config.cache.ttlSeconds, now });
  const services: ServerServices = { config, store, analysis, lists, metrics, now };

  const app = await buildApp(services, { logger });
  await options.extend?.(app);
  app.addHook('onClose', async () => {
    await store.jobs.stop();
    await store.close();
  });
  await store.jobs.work(analysis.analyse, {
    concurrency: config.analysis.concurrency,
    leaseMs: config.analysis.leaseSeconds * 1000,
    pollMs: JOB_POLL_MS,
  });
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ host, port: options.port ?? 8080 });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shownHost}:${port}`, app, services, close: () => app.close() };
}
