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

/** The value kept for `owner` in `cache`, built on first use: it lives as long as its owner (a dataset, a database). */
export function memoFor<O extends object, V>(cache: WeakMap<O, V>, owner: O, build: () => V): V {
  if (cache.has(owner)) return cache.get(owner) as V;
  const value = build();
  cache.set(owner, value);
  return value;
}

/** The Map kept for `owner` in `perOwner`, created on first use. */
export const mapFor = <O extends object, K, V>(perOwner: WeakMap<O, Map<K, V>>, owner: O): Map<K, V> => memoFor(perOwner, owner, () => new Map<K, V>());
