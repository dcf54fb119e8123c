/**
 * A memo for pure, costly results keyed by a string of their inputs, holding
 * at most `capacity` entries (the oldest is evicted first). Sweeps evaluate
 * the same geometry under many economic inputs; the memo lets them pay for
 * the geometry once. Only for results that depend on nothing but the key.
 * @param capacity most entries kept (>= 1)
 * @returns `(key, compute) => value`: the stored value for `key`, or `compute()` stored under it
 */
export function boundedMemo<V>(capacity: number): (key: string, compute: () => V) => V {
  const entries = new Map<string, V>();
  return (key, compute) => {
    if (entries.has(key)) return entries.get(key) as V;
    const value = compute();
    if (entries.size >= capacity) entries.delete(entries.keys().next().value!);
    entries.set(key, value);
    return value;
  };
}
