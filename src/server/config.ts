/**
 * The server's configuration: one JSON file, validated in full before anything starts, so that a typo (an unknown
 * key, a bad value) stops the start with a sentence naming it instead of being silently ignored. Secrets may come
 * from the environment instead (`DATABASE_URL`, `COCKTAIL_YOUTUBE_API_KEY`, `COCKTAIL_ADMIN_TOKEN`,
 * `COCKTAIL_LLM_API_KEY`), which then wins over the file.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { SOURCE_KINDS } from '../sdk/schemas.js';

export const YOUTUBE_DATA_API = 'https://www.googleapis.com/youtube/v3';

const text = z.string().trim().min(1, 'must not be empty');
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const CurationConfig = z.strictObject({
  deniedChannels: z.array(text).default([]),
  deniedVideos: z.array(text).default([]),
  stopWords: z.array(text).default([]),
  /** When non-empty, only videos of these channels are served. */
  allowedChannels: z.array(text).default([]),
});

const SruCatalogueConfig = z.strictObject({
  kind: z.literal('sru'),
  url: httpUrl,
  version: z.enum(['1.1', '1.2', '2.0']).optional(),
  recordSchema: text.optional(),
  indexes: z.strictObject({
    author: text.optional(),
    title: text.optional(),
    subject: text.optional(),
    anywhere: text.optional(),
    date: text.optional(),
  }).optional(),
  source: z.strictObject({ kind: z.enum(SOURCE_KINDS), name: text }).optional(),
  /** The OPAC address of a record, `{id}` standing for its id: `https://opac.example.org/notice/{id}`. */
  permalink: z.string().includes('{id}', { error: 'must contain {id}, where the record id goes' }).optional(),
});

const JsonCatalogueConfig = z.strictObject({
  kind: z.literal('json'),
  /** A JSON array of `CatalogueRecord`s; relative to the config file. */
  path: text,
});

export const CatalogueConfig = z.discriminatedUnion('kind', [SruCatalogueConfig, JsonCatalogueConfig], {
  error: 'must be {"kind": "sru", …} or {"kind": "json", "path": …}',
});
export type CatalogueConfig = z.infer<typeof CatalogueConfig>;

export const LibraryConfig = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, "-" or "_"'),
  name: text,
  /** The library's commune: a coarse place, never a patron's position. */
  location: text.optional(),
  /** The web origins allowed to call the API from a browser (CORS), e.g. `https://www.mediatheque.example`. */
  origins: z.array(z.url({ protocol: /^https?$/, error: 'must be an http(s) origin' })).default([]),
  quota: z.strictObject({ monthly: z.int().positive() }).optional(),
  catalogues: z.array(CatalogueConfig).min(1, 'must name at least one catalogue'),
  /** Searched when the library's own catalogues give fewer items than asked for. */
  fallback: z.array(CatalogueConfig).default([]),
  curation: CurationConfig.default({ deniedChannels: [], deniedVideos: [], stopWords: [], allowedChannels: [] }),
});
export type LibraryConfig = z.infer<typeof LibraryConfig>;

export const ServerConfig = z.strictObject({
  /** `sqlite:PATH` (relative to the config file) or a `postgres://` URL. */
  storage: z.string().regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, 'must be "sqlite:PATH" or a postgres:// URL'),
  youtube: z.strictObject({
    apiKey: text.optional(),
    apiBase: httpUrl.default(YOUTUBE_DATA_API),
    /** A folder of recorded Data API answers (`ID.json`), read instead of the network. */
    fixtures: text.optional(),
  }).default({ apiBase: YOUTUBE_DATA_API }),
  llm: z.strictObject({ baseUrl: httpUrl, model: text, apiKey: text.optional() }).optional(),
  admin: z.strictObject({ token: z.string().min(16, 'must be at least 16 characters').optional() }).optional(),
  analysis: z.strictObject({
    /** Analyses run at once by this instance. */
    concurrency: z.int().min(1).max(32).default(2),
    /** A running analysis with no heartbeat for this long belongs to a dead process and is taken again. */
    leaseSeconds: z.number().min(1).max(3600).default(30),
    /** Attempts before an analysis is given up. */
    maxAttempts: z.int().min(1).max(20).default(6),
  }).default({ concurrency: 2, leaseSeconds: 30, maxAttempts: 6 }),
  search: z.strictObject({
    /** Catalogue searches per list at most (the engine's query plan). */
    maxSearches: z.int().min(1).max(40).default(40),
    /** Searches in flight at once per catalogue. */
    concurrency: z.int().min(1).max(16).default(6),
    timeoutMs: z.int().min(100).max(60_000).default(5000),
  }).default({ maxSearches: 40, concurrency: 6, timeoutMs: 5000 }),
  cache: z.strictObject({
    /** How long a recommendations list is served from the cache. */
    ttlSeconds: z.int().min(0).default(86_400),
  }).default({ ttlSeconds: 86_400 }),
  libraries: z.array(LibraryConfig).min(1, 'must list at least one library'),
}).superRefine((config, context) => {
  if (!config.youtube.apiKey && !config.youtube.fixtures) {
    context.addIssue({ code: 'custom', path: ['youtube', 'apiKey'], message: 'is needed (or COCKTAIL_YOUTUBE_API_KEY, or youtube.fixtures for recorded answers)' });
  }
  const seen = new Set<string>();
  config.libraries.forEach((library, index) => {
    if (seen.has(library.id)) {
      context.addIssue({ code: 'custom', path: ['libraries', index, 'id'], message: `repeats the id "${library.id}"` });
    }
    seen.add(library.id);
  });
});
export type ServerConfig = z.infer<typeof ServerConfig>;

/** The configuration could not be used; `message` is a sentence for the person starting the server. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
export const isConfigError = (error: unknown): error is ConfigError => error instanceof ConfigError;

type Environment = Readonly<Record<string, string | undefined>>;

/** Reads, overrides from the environment and validates the config file; paths in it become absolute. */
export function loadConfig(file: string, env: Environment = process.env): ServerConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read the config file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`The config file ${file} is not valid JSON: ${(error as Error).message}.`);
  }
  return parseConfig(json, { source: file, baseDir: dirname(resolve(file)), env });
}

export function parseConfig(
  json: unknown,
  { source = 'the config', baseDir = process.cwd(), env = {} }: { source?: string; baseDir?: string; env?: Environment } = {},
): ServerConfig {
  const result = ServerConfig.safeParse(withEnvironment(json, env));
  if (!result.success) {
    const sentences = result.error.issues.map((issue) => describeIssue(issue));
    throw new ConfigError(`${source} is not a valid configuration: ${sentences.join('; ')}.`);
  }
  return withAbsolutePaths(result.data, baseDir);
}

/** The environment's secrets over the file's values (an absent or empty variable changes nothing). */
function withEnvironment(json: unknown, env: Environment): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  const config = { ...(json as Record<string, unknown>) };
  const section = (key: string) => ({ ...((config[key] as Record<string, unknown> | undefined) ?? {}) });
  if (env.DATABASE_URL) config.storage = env.DATABASE_URL;
  if (env.COCKTAIL_YOUTUBE_API_KEY) config.youtube = { ...section('youtube'), apiKey: env.COCKTAIL_YOUTUBE_API_KEY };
  if (env.COCKTAIL_ADMIN_TOKEN) config.admin = { ...section('admin'), token: env.COCKTAIL_ADMIN_TOKEN };
  if (env.COCKTAIL_LLM_API_KEY && config.llm) config.llm = { ...section('llm'), apiKey: env.COCKTAIL_LLM_API_KEY };
  return config;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('') : 'the top level';
  if (issue.code === 'unrecognized_keys') return `${where} has an unknown key ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  return `${where}: ${issue.message}`;
}

function withAbsolutePaths(config: ServerConfig, baseDir: string): ServerConfig {
  const absolute = (path: string) => resolve(baseDir, path);
  const catalogue = (entry: CatalogueConfig): CatalogueConfig => (entry.kind === 'json' ? { ...entry, path: absolute(entry.path) } : entry);
  return {
    ...config,
    storage: config.storage.startsWith('sqlite:') ? `sqlite:${absolute(config.storage.slice('sqlite:'.length))}` : config.storage,
    youtube: { ...config.youtube, ...(config.youtube.fixtures ? { fixtures: absolute(config.youtube.fixtures) } : {}) },
    libraries: config.libraries.map((library) => ({
      ...library,
      catalogues: library.catalogues.map(catalogue),
      fallback: library.fallback.map(catalogue),
    })),
  };
}
