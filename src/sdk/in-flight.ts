/**
 * De-duplication of concurrent requests: callers asking for the same key share one request. Each caller may abort
 * on its own (its promise rejects with its signal's reason at once); the shared request is aborted only when every
 * caller that can abort has aborted.
 */
interface SharedRequest {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
}

export class InFlightRequests {
  readonly #requests = new Map<string, SharedRequest>();

  run<T>(key: string, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const shared = this.#requests.get(key) ?? this.#start(key, start);
    shared.callers++;
    const promise = shared.promise as Promise<T>;
    if (!signal) return promise;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        reject(signal.reason);
        if (--shared.callers) return;
        this.#forget(key, shared);
        shared.controller.abort(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  #start(key: string, start: (signal: AbortSignal) => Promise<unknown>): SharedRequest {
    const controller = new AbortController();
    const shared: SharedRequest = { promise: start(controller.signal), controller, callers: 0 };
    const forget = () => this.#forget(key, shared);
    shared.promise.then(forget, forget);
    this.#requests.set(key, shared);
    return shared;
  }

  #forget(key: string, request: SharedRequest): void {
    if (this.#requests.get(key) === request) this.#requests.delete(key);
  }
}
