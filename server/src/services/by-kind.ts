/**
 * Values by kind and id in a map per kind: a lookup uses the two strings as they are, without
 * building (and hashing) a joined key string each time, which a push did several times per record.
 */
export class ByKind<V> {
  private readonly maps = new Map<string, Map<string, V>>();

  get(kind: string, id: string): V | undefined {
    return this.maps.get(kind)?.get(id);
  }

  has(kind: string, id: string): boolean {
    return this.maps.get(kind)?.has(id) ?? false;
  }

  set(kind: string, id: string, value: V): void {
    let byId = this.maps.get(kind);
    if (!byId) this.maps.set(kind, (byId = new Map()));
    byId.set(id, value);
  }

  /** True while nothing was set. */
  get empty(): boolean {
    return this.maps.size === 0;
  }

  *values(): IterableIterator<V> {
    for (const byId of this.maps.values()) yield* byId.values();
  }
}
