/**
 * A bounded map that forgets the least recently used entry first: for values computed from content (a key that
 * names the content exactly), so a hit is always right and several processes never disagree.
 */
export class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(readonly max: number) {}

  get(key: string): V | undefined {
    const hit = this.map.get(key);
    if (hit === undefined) return undefined;
    // Most recently used last: the oldest entry is the first to go.
    this.map.delete(key);
    this.map.set(key, hit);
    return hit;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }

  get size(): number {
    return this.map.size;
  }
}
