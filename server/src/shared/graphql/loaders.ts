import DataLoader from "dataloader";

/**
 * Per-request DataLoaders, created on first use under a name. Every lookup by key in a resolver goes
 * through one of these, so a page of 100 rows costs one statement per field, not one per row.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<Map<K, V> | ArrayLike<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(async (keys) => {
        const result = await batch(keys);
        if (result instanceof Map) return keys.map((key) => (result.has(key) ? (result.get(key) as V) : (null as V)));
        return result;
      });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Groups rows by a key, for one-to-many loaders. */
export function groupBy<K, V>(rows: V[], keyOf: (row: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
