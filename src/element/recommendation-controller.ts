import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isPendingError, type QuotaError } from '../sdk/errors.js';
import type { Recommender } from '../sdk/recommender.js';
import type { RecommendationList } from '../sdk/schemas.js';
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

/**
 * Runs one request at a time for its host and holds the resulting state. Each request gets its own
 * AbortController; a newer request aborts the older one, and an answer that is not the latest request's is
 * dropped, so a slow first answer never overwrites a second video. Removing the host aborts its request; putting it
 * back starts it again. Retries on failure, shared requests and the cache are the recommender's business.
 */
export class RecommendationController implements ReactiveController {
  state: RecoState = { kind: 'idle' };
  private current: RecommendationRequest | undefined;
  private abort: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

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
    if (!request) {
      this.current = undefined;
      this.cancel();
      return this.set({ kind: 'idle' });
    }
    if (renew || JSON.stringify(request) !== JSON.stringify(this.current)) void this.run((this.current = request), 0);
  }

  /** Asks again for the current video (the retry button). */
  retry(): void {
    // A fresh start: "loading" (then "stalled") is shown and announced again, and a pending wait starts over.
    if (this.current) void this.run(this.current, 0);
  }

  /** Back on the page: a request that removing the host cut short (its state still says so) starts again. */
  hostConnected(): void {
    const { kind } = this.state;
    if (kind === 'loading' || kind === 'stalled' || kind === 'pending') this.retry();
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Aborts the request under way and its timer. */
  private cancel(): void {
    this.abort?.abort();
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
    const { video, limit, lang } = request;
    const recommender = this.recommender();
    if (!recommender) return this.set({ kind: 'idle' });
    // While a video is being analysed, its polls keep the "pending" state.
    if (!waited) {
      this.set({ kind: 'loading', video });
      this.timer = setTimeout(() => this.set({ kind: 'stalled', video }), STALL_DELAY_MS);
    }
    let list: RecommendationList | undefined;
    let error: unknown;
    try {
      list = await recommender.recommend(video, { signal: abort.signal, limit, lang });
    } catch (failure) {
      error = failure;
    }
    // Only `cancel()` aborts, and it forgets the controller: an answer for an older request ends here.
    if (abort !== this.abort) return;
    this.abort = undefined;
    clearTimeout(this.timer);
    if (list) {
      const count = list.items.length;
      this.set({ kind: count ? 'ready' : 'empty', video, list });
      this.host.dispatchEvent(new CocktailRecoLoadEvent({ video, count }));
      return;
    }
    const retryAfter = isPendingError(error) ? Math.max(error.retryAfter ?? 2, 0.5) : 0;
    if (retryAfter && waited + retryAfter <= MAX_PENDING_WAIT_S) {
      this.set({ kind: 'pending', video, retryAfter });
      this.timer = setTimeout(() => void this.run(request, waited + retryAfter), retryAfter * 1000);
      return;
    }
    const detail = failureOf(error);
    if (detail.kind === 'quota') {
      const { quota, retryAfter } = error as QuotaError;
      // An unknown reset time makes an invalid date, left out.
      const resetsAt = new Date(quota?.resetsAt ?? Date.now() + (retryAfter ?? NaN) * 1000);
      this.set(isNaN(+resetsAt) ? { kind: 'quota', video } : { kind: 'quota', video, resetsAt });
    } else if (detail.kind === 'excluded') this.set({ kind: 'excluded', video });
    else this.set({ ...detail, kind: 'error', video, failure: detail.kind });
    this.host.dispatchEvent(new CocktailRecoErrorEvent(detail));
  }
}
