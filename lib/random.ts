/** Seeded randomness, so a draw can be replayed exactly from its stored seed. */

/** mulberry32: a small, fast 32-bit PRNG with good spread for shuffles. Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fresh 31-bit seed (positive, fits a Postgres integer). */
export function newSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 0x7fffffff);
}
