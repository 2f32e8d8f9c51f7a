/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so the demo data set is the same on every
 * machine and every run. Math.random cannot be seeded, and a library would be a dependency for 30 lines.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let state = seed >>> 0;
    const splitmix = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    // The first outputs of sfc32 still correlate with the seed.
    for (let round = 0; round < 12; round += 1) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** An integer in [min, max] where small values are more likely; a larger exponent skews harder. */
  skewedInt(min: number, max: number, exponent: number): number {
    return min + Math.floor(this.next() ** exponent * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let remaining = this.next() * total;
    for (let index = 0; index < items.length; index += 1) {
      remaining -= weights[index];
      if (remaining < 0) return items[index];
    }
    return items[items.length - 1];
  }

  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let index = items.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      [items[index], items[other]] = [items[other], items[index]];
    }
    return items;
  }
}

/** Weighted picking from many items (thousands of agents), by binary search over cumulative weights. */
export class WeightedTable<T> {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(
    private readonly items: readonly T[],
    weights: readonly number[],
  ) {
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    weights.forEach((weight, index) => {
      sum += weight;
      this.cumulative[index] = sum;
    });
    this.total = sum;
  }

  get isEmpty(): boolean {
    return this.total <= 0;
  }

  pick(rng: Random): T {
    const target = rng.next() * this.total;
    let low = 0;
    let high = this.items.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low];
  }
}

/**
 * A seed for one named part of the generator, so that changing how agents are drawn does not reshuffle
 * the UMKM registry (FNV-1a over the name, mixed with the main seed).
 */
export function streamSeed(seed: number, stream: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let index = 0; index < stream.length; index += 1) {
    hash = Math.imul(hash ^ stream.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Splits `total` into whole parts proportional to `weights` (largest remainder), so the parts add up
 * to exactly `total`.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - parts[index] }));
  byRemainder.sort((x, y) => y.remainder - x.remainder || x.index - y.index);
  const missing = total - parts.reduce((acc, part) => acc + part, 0);
  for (let rank = 0; rank < missing; rank += 1) parts[byRemainder[rank].index] += 1;
  return parts;
}
