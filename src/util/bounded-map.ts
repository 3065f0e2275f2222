// A Map for memo caches that must not grow without end: once it holds more than `limit` entries,
// the next insertion clears it first. News vocabularies repeat, so a cache refills with the words
// that matter within an article or two; forgetting everything is cheaper than tracking recency.
// Each pool thread holds its own caches, so their limits are paid once per core.

export class BoundedMap<K, V> extends Map<K, V> {
  constructor(readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size > this.limit) this.clear();
    return super.set(key, value);
  }
}
