/**
 * The analysis of videos, once per video: a video never seen becomes a durable job (exactly one, whatever the
 * number of concurrent requests and of instances), which a worker of any instance runs: YouTube's metadata, then
 * the describer. What a request for a video gets depends on where its analysis stands (`AnalysisState`).
 */
import type { VideoDescription } from '../sdk/schemas.js';
import { isYouTubeQuotaError } from '../youtube/errors.js';
import type { VideoMetadata } from '../youtube/video-metadata.js';
import type { ServerMetrics } from './metrics.js';
import type { AnalysisJob, JobOutcome, Store } from './store.js';

export type AnalysisState =
  | { kind: 'ready'; description: VideoDescription }
  /** Queued or running: ask again in `retryAfter` seconds (202). */
  | { kind: 'pending'; retryAfter: number }
  /** The last attempt failed and the next one waits (YouTube's quota, a network fault): 503 for `retryAfter`. */
  | { kind: 'delayed'; retryAfter: number; reason: string }
  /** YouTube does not know the video, or every attempt failed: 404 video_not_analyzed. */
  | { kind: 'not-analyzed'; reason: string };

export interface VideoAnalysisDependencies {
  store: Store;
  /** YouTube's metadata of the videos it knows among `ids` (an id absent from the map is unknown to YouTube). */
  fetchMetadata(ids: string[]): Promise<Map<string, VideoMetadata>>;
  describe(metadata: VideoMetadata): Promise<VideoDescription>;
  metrics: ServerMetrics;
  now?: () => number;
  maxAttempts: number;
}

/** Descriptions kept in memory (never changed once made, so never stale): one storage read less per request. */
const KEPT_DESCRIPTIONS = 2000;
/** Seconds a client waits before asking again about a queued or running analysis. */
export const PENDING_RETRY_SECONDS = 2;
const FIRST_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 3_600_000;

export class VideoAnalysis {
  readonly #deps: VideoAnalysisDependencies;
  readonly #now: () => number;
  readonly #kept = new Map<string, VideoDescription>();

  constructor(deps: VideoAnalysisDependencies) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  /** Where the analysis of `videoId` stands; asks for it when it was never asked. */
  async state(videoId: string): Promise<AnalysisState> {
    const { store } = this.#deps;
    const description = this.#kept.get(videoId) ?? (await store.getDescription(videoId));
    if (description) {
      this.#keep(videoId, description);
      return { kind: 'ready', description };
    }
    const job = (await store.jobs.get(videoId)) ?? (await store.jobs.enqueue(videoId, this.#now()));
    return this.#stateOf(job);
  }

  #keep(videoId: string, description: VideoDescription): void {
    this.#kept.delete(videoId);
    this.#kept.set(videoId, description);
    // Least recently asked first out.
    if (this.#kept.size > KEPT_DESCRIPTIONS) this.#kept.delete(this.#kept.keys().next().value as string);
  }

  #stateOf(job: AnalysisJob): AnalysisState {
    const waitMs = job.notBefore - this.#now();
    switch (job.state) {
      case 'unknown-video':
        return { kind: 'not-analyzed', reason: job.lastError ?? `YouTube does not know the video ${job.videoId}.` };
      case 'failed':
        return { kind: 'not-analyzed', reason: `The video ${job.videoId} could not be analysed: ${job.lastError ?? 'every attempt failed'}` };
      case 'queued':
        if (job.lastError && waitMs > 0) return { kind: 'delayed', retryAfter: Math.ceil(waitMs / 1000), reason: job.lastError };
        return { kind: 'pending', retryAfter: PENDING_RETRY_SECONDS };
      default:
        // Running, or done with its description not yet readable here.
        return { kind: 'pending', retryAfter: PENDING_RETRY_SECONDS };
    }
  }

  /** One attempt at analysing a job's video: what the job queue's worker runs. */
  readonly analyse = async (job: AnalysisJob): Promise<JobOutcome> => {
    const outcome = await this.#attempt(job);
    this.#deps.metrics.jobs.inc({ outcome: outcome.kind });
    return outcome;
  };

  async #attempt(job: AnalysisJob): Promise<JobOutcome> {
    const { metrics } = this.#deps;
    // The queue counts an attempt when it takes the job, so more attempts than allowed means earlier ones ended
    // with no outcome: the process died during them. A video that kills the process every time stops here instead
    // of being retried, and answered pending, for ever.
    if (job.attempts > this.#deps.maxAttempts) {
      return { kind: 'failed', reason: `The analysis was interrupted ${job.attempts - 1} times (the server stopped during it).` };
    }
    let metadata: VideoMetadata | undefined;
    try {
      metadata = (await this.#deps.fetchMetadata([job.videoId])).get(job.videoId);
      metrics.youtubeCalls.inc({ result: 'ok' });
    } catch (error) {
      metrics.youtubeCalls.inc({ result: 'error' });
      return this.#retryOrFail(job, `YouTube could not be asked: ${messageOf(error)}`, retryAfterOf(error));
    }
    if (!metadata) return { kind: 'unknown-video', reason: `YouTube does not know the video ${job.videoId} (private, removed or never published).` };
    try {
      // The queue saves the description with the job's outcome, in one step.
      return { kind: 'done', description: await this.#deps.describe(metadata) };
    } catch (error) {
      return this.#retryOrFail(job, `The describer failed: ${messageOf(error)}`);
    }
  }

  #retryOrFail(job: AnalysisJob, reason: string, retryAfterMs?: number): JobOutcome {
    // The queue counts the attempt when it takes the job.
    const attempt = Math.max(1, job.attempts);
    if (attempt >= this.#deps.maxAttempts) return { kind: 'failed', reason };
    const backoff = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (attempt - 1));
    return { kind: 'retry', reason, retryAt: this.#now() + Math.max(backoff, retryAfterMs ?? 0) };
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** YouTube's quota is renewed at Pacific midnight: no attempt before then is worth making. */
function retryAfterOf(error: unknown): number | undefined {
  return isYouTubeQuotaError(error) ? error.retryAfterSeconds * 1000 : undefined;
}
