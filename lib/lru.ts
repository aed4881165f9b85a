/**
 * A least-recently-used memo over a Map: the value for `key`, built on a miss, with at most `size`
 * entries kept (the one used longest ago goes first).
 */
export function memoLru<K, V>(cache: Map<K, V>, key: K, size: number, build: () => V): V {
  if (cache.has(key)) {
    const hit = cache.get(key) as V;
    // most recently used last
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = build();
  if (cache.size >= size) cache.delete(cache.keys().next().value as K);
  cache.set(key, value);
  return value;
}

/** The Map kept for `owner` in `perOwner`, created on first use (caches that live as long as their data). */
export function mapFor<O extends object, K, V>(perOwner: WeakMap<O, Map<K, V>>, owner: O): Map<K, V> {
  let map = perOwner.get(owner);
  if (!map) perOwner.set(owner, (map = new Map()));
  return map;
}
