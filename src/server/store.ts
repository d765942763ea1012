/**
 * The server's storage, behind one interface: SQLite (embedded default) and PostgreSQL (several instances sharing
 * the work) implement it, and one conformance suite runs against both. Every method is atomic on its own; times
 * are epoch milliseconds passed in by the caller (the store reads no clock, so tests control time).
 */
import type { VideoDescription } from '../sdk/schemas.js';

/** The librarian's curation of one library (config first, then changed through the admin routes). */
export interface Curation {
  deniedChannels: string[];
  deniedVideos: string[];
  stopWords: string[];
  /** When non-empty, only these channels are served. */
  allowedChannels: string[];
}

/** A recommendations answer as it was sent: its JSON body and the strong ETag computed from it. */
export interface CachedList {
  body: string;
  etag: string;
  storedAt: number;
  expiresAt: number;
}

export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'unknown-video';

/** The analysis of one video: there is never more than one per video id. */
export interface AnalysisJob {
  videoId: string;
  state: JobState;
  attempts: number;
  /** Why the last attempt failed, in a sentence (kept after a retry is scheduled). */
  lastError?: string;
  /** Not to be tried before this time (backoff after a failure). */
  notBefore: number;
  updatedAt: number;
}

/** How an attempt ended, as the worker reports it. */
export type JobOutcome =
  | { kind: 'done'; description: VideoDescription }
  /** YouTube does not know the video (private, removed, never existed): final, answered 404 video_not_analyzed. */
  | { kind: 'unknown-video'; reason: string }
  /** Worth trying again at `retryAt` (YouTube's quota, a network fault, a crash of the describer). */
  | { kind: 'retry'; reason: string; retryAt: number }
  /** Attempts are spent: final. */
  | { kind: 'failed'; reason: string };

export interface QuotaCount {
  /** Requests counted this month, including this one when it was allowed. */
  used: number;
  allowed: boolean;
}

export interface JobQueue {
  /**
   * Asks for the analysis of `videoId`: creates the job when there is none (exactly one, whatever the number of
   * concurrent callers and of server instances) and returns the job as it now is.
   */
  enqueue(videoId: string, now: number): Promise<AnalysisJob>;
  get(videoId: string): Promise<AnalysisJob | undefined>;
  /**
   * Runs `handler` for each due job, at most `concurrency` at a time, until `stop()`; a job left `running` by a
   * process that died (no heartbeat for `leaseMs`) is taken again. Resolves once the workers are started.
   */
  work(
    handler: (job: AnalysisJob) => Promise<JobOutcome>,
    options: { concurrency: number; leaseMs: number; pollMs: number },
  ): Promise<void>;
  /** Stops taking jobs and waits for those in flight. */
  stop(): Promise<void>;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies the versioned migrations not yet applied (safe to run from several instances at once). */
  migrate(): Promise<void>;
  /** Resolves when the storage answers; rejects with a sentence when it does not (`/readyz`). */
  ping(): Promise<void>;
  close(): Promise<void>;

  getDescription(videoId: string): Promise<VideoDescription | undefined>;
  putDescription(videoId: string, description: VideoDescription, now: number): Promise<void>;

  /** The cached answer under `key` (library, video, limit, lang, config version), unless it expired by `now`. */
  getList(key: string, now: number): Promise<CachedList | undefined>;
  putList(key: string, list: CachedList): Promise<void>;

  /** Counts one request of `libraryId` in `month` ("2026-12", UTC) unless `limit` is reached; atomic. */
  countRequest(libraryId: string, month: string, limit: number): Promise<QuotaCount>;
  requestsCounted(libraryId: string, month: string): Promise<number>;

  /** The curation saved through the admin routes, if any (it then replaces the config's). */
  getCuration(libraryId: string): Promise<Curation | undefined>;
  putCuration(libraryId: string, curation: Curation, now: number): Promise<void>;

  readonly jobs: JobQueue;
}
