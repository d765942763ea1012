/**
 * A memo for pure functions of a string: answers repeat the same headings, names and titles across thousands of
 * records, so each is read once. Bounded: past `limit` entries it starts over, so memory stays bounded in a
 * long-running server. Values are shared between callers and must never be modified.
 */
export class BoundedCache<V> {
  private readonly values = new Map<string, V>();

  constructor(
    private readonly compute: (key: string) => V,
    private readonly limit = 50_000,
  ) {}

  get(key: string): V {
    let value = this.values.get(key);
    if (value === undefined) {
      if (this.values.size >= this.limit) this.values.clear();
      value = this.compute(key);
      this.values.set(key, value);
    }
    return value;
  }
}
