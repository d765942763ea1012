// cocktail-reco/server: the v1 API server (Fastify), its configuration and its storage, for Node 20.
export { startServer, type RunningServer, type StartOptions } from './start-server.js';
export { loadConfig, parseConfig, ConfigError, isConfigError, YOUTUBE_DATA_API } from './config.js';
export type { ServerConfig, LibraryConfig, CatalogueConfig } from './config.js';
export { buildApp, MAX_URL_LENGTH, MAX_HEADER_BYTES } from './app.js';
export { openStore } from './storage/open-store.js';
export type { Store, JobQueue, AnalysisJob, JobOutcome, Curation, CachedList } from './store.js';
