/**
 * An in-memory LRU cache with a time to live, for successful answers only. A `Map` keeps insertion order, so the
 * first key is the least recently used one once every read re-inserts what it finds.
 */
export class ResponseCache<T> {
  readonly #entries = new Map<string, { value: T; expiresAt: number }>();
  readonly #ttlMs: number;
  readonly #capacity: number;
  readonly #now: () => number;

  constructor(options: { ttlMs: number; size: number; now: () => number }) {
    this.#ttlMs = options.ttlMs;
    this.#capacity = options.size;
    this.#now = options.now;
  }

  get(key: string): T | undefined {
    const entries = this.#entries;
    const entry = entries.get(key);
    if (!entry) return undefined;
    entries.delete(key);
    if (entry.expiresAt <= this.#now()) return undefined;
    entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: T): void {
    const entries = this.#entries;
    if (this.#ttlMs <= 0 || this.#capacity <= 0) return;
    entries.delete(key);
    entries.set(key, { value, expiresAt: this.#now() + this.#ttlMs });
    for (const oldest of entries.keys()) {
      if (entries.size <= this.#capacity) break;
      entries.delete(oldest);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
