import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, isPendingError, isQuotaError } from '../sdk/errors.js';
import type { Recommender } from '../sdk/recommender.js';
import { CocktailRecoErrorEvent, CocktailRecoLoadEvent } from './events.js';
import { failureOf } from './failure.js';
import type { RecoState } from './state.js';

/** What to ask for: the same request twice is asked once. */
export interface RecommendationRequest {
  video: string;
  limit?: number | undefined;
  lang?: string | undefined;
}

/** After this long, "loading" becomes "stalled" ("still searching"). */
export const STALL_DELAY_MS = 300;
/** How long, in all, a video still being analysed is waited for before saying it takes too long. */
export const MAX_PENDING_WAIT_S = 60;

const keyOf = (r: RecommendationRequest) => `${r.video}|${r.limit ?? ''}|${r.lang ?? ''}`;

/**
 * Runs one request at a time for its host and holds the resulting state. Each request gets its own
 * AbortController; a newer request aborts the older one, and an answer that is not the latest request's is
 * dropped, so a slow first answer never overwrites a second video. Removing the host aborts its request; putting it
 * back starts it again.
 */
export class RecommendationController implements ReactiveController {
  state: RecoState = { kind: 'idle' };
  private current: RecommendationRequest | undefined;
  private abort: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly recommender: () => Recommender | undefined,
  ) {
    host.addController(this);
  }

  /**
   * Asks for a video's recommendations, unless the same request is already shown or under way; `renew` asks again
   * anyway (the recommender changed).
   */
  request(request: RecommendationRequest | undefined, renew = false): void {
    if (!request) return this.stop({ kind: 'idle' });
    if (!renew && this.current && keyOf(this.current) === keyOf(request)) return;
    this.current = request;
    void this.run(request, 0);
  }

  /** Asks again for the current video (the retry button). */
  retry(): void {
    if (this.current) void this.run(this.current, 1);
  }

  hostConnected(): void {
    if (this.interrupted && this.current) void this.run(this.current, 1);
    this.interrupted = false;
  }

  hostDisconnected(): void {
    const busy = this.abort !== undefined;
    this.cancel();
    this.interrupted = busy || this.state.kind === 'pending';
  }

  private stop(state: RecoState): void {
    this.current = undefined;
    this.cancel();
    this.set(state);
  }

  private cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
    clearTimeout(this.timer);
  }

  /** The request is over: forget its AbortController without aborting it. */
  private settle(): void {
    this.abort = undefined;
    clearTimeout(this.timer);
  }

  private set(state: RecoState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private async run(request: RecommendationRequest, waited: number): Promise<void> {
    this.cancel();
    const abort = (this.abort = new AbortController());
    const { video } = request;
    const recommender = this.recommender();
    if (!recommender) return this.set({ kind: 'idle' });
    // While a video is being analysed, its polls keep the "pending" state.
    if (!waited) {
      this.set({ kind: 'loading', video });
      this.timer = setTimeout(() => this.set({ kind: 'stalled', video }), STALL_DELAY_MS);
    }
    try {
      const list = await recommender.recommend(video, { signal: abort.signal, limit: request.limit, lang: request.lang });
      if (abort !== this.abort) return;
      this.settle();
      const count = list.items.length;
      this.set(count ? { kind: 'ready', video, list } : { kind: 'empty', video, list });
      this.host.dispatchEvent(new CocktailRecoLoadEvent({ video, count }));
    } catch (error) {
      if (abort !== this.abort || (abort.signal.aborted && isAbortError(error))) return;
      this.settle();
      const retryAfter = isPendingError(error) ? Math.max(error.retryAfter ?? 2, 0.5) : 0;
      if (retryAfter && waited + retryAfter <= MAX_PENDING_WAIT_S) {
        this.set({ kind: 'pending', video, retryAfter });
        this.timer = setTimeout(() => void this.run(request, waited + retryAfter), retryAfter * 1000);
        return;
      }
      if (isQuotaError(error)) {
        const resetsAt = error.quota?.resetsAt
          ? new Date(error.quota.resetsAt)
          : error.retryAfter !== undefined ? new Date(Date.now() + error.retryAfter * 1000) : undefined;
        this.set(resetsAt && !isNaN(+resetsAt) ? { kind: 'quota', video, resetsAt } : { kind: 'quota', video });
        this.host.dispatchEvent(new CocktailRecoErrorEvent({ kind: 'quota', status: 429 }));
        return;
      }
      const { failure, status } = failureOf(error);
      this.set(status === undefined ? { kind: 'error', video, failure } : { kind: 'error', video, failure, status });
      this.host.dispatchEvent(new CocktailRecoErrorEvent(status === undefined ? { kind: failure } : { kind: failure, status }));
    }
  }
}
