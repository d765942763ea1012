/**
 * The element's recommender on YouTube: a page cannot call the library's API itself (youtube.com's CORS binds the
 * page and its content scripts), so each call is posted to the extension's content script, which hands it to the
 * worker. Answers come back by id; an aborted call rejects at once with the signal's reason and its late answer is
 * dropped.
 */
import { readRecommendationList } from '../src/sdk/read.js';
import type { Recommender, RecommendOptions } from '../src/sdk/recommender.js';
import type { RecommendationList } from '../src/sdk/schemas.js';
import { TimeoutError } from '../src/sdk/errors.js';
import { receiveError } from './error-transfer.js';
import { CHANNEL, ownPageMessage, PageAnswer, type PageRequest } from './messages.js';

/**
 * Longer than the worker's client ever takes (three attempts of 8 s and their waits): past it, the extension is
 * gone (updated, disabled) and the element says the API did not answer instead of searching for ever.
 */
const RELAY_TIMEOUT_MS = 45_000;

interface Waiting {
  resolve(list: RecommendationList): void;
  reject(error: unknown): void;
}

export class RelayRecommender implements Recommender {
  readonly #waiting = new Map<string, Waiting>();

  constructor() {
    addEventListener('message', (event) => {
      const answer = PageAnswer.safeParse(ownPageMessage(event));
      if (!answer.success) return;
      const { id, ok, list, error } = answer.data;
      const waiting = this.#waiting.get(id);
      if (!waiting) return;
      try {
        // Read again here: whatever crossed the page's world is data to check, as any API answer is.
        if (ok) waiting.resolve(readRecommendationList(list));
        else waiting.reject(receiveError(error));
      } catch (failure) {
        waiting.reject(failure);
      }
    });
  }

  recommend(video: string, { signal, limit, lang }: RecommendOptions = {}): Promise<RecommendationList> {
    signal?.throwIfAborted();
    const id = crypto.randomUUID();
    return new Promise<RecommendationList>((resolve, reject) => {
      const settle = (done: () => void) => {
        clearTimeout(timer);
        this.#waiting.delete(id);
        done();
      };
      const timer = setTimeout(() => settle(() => reject(new TimeoutError(RELAY_TIMEOUT_MS))), RELAY_TIMEOUT_MS);
      signal?.addEventListener('abort', () => settle(() => reject(signal.reason)), { once: true });
      this.#waiting.set(id, {
        resolve: (list) => settle(() => resolve(list)),
        reject: (error) => settle(() => reject(error)),
      });
      const request: PageRequest = {
        channel: CHANNEL, type: 'recommend', id, video,
        ...(lang ? { lang: lang.split('-')[0]!.toLowerCase() } : {}),
        ...(limit ? { limit } : {}),
      };
      postMessage(request, location.origin);
    });
  }
}
