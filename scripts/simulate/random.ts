/**
 * Seeded randomness for the simulator: xoshiro128** seeded through splitmix32, and the few
 * distributions the model draws from. Never Math.random: the same seed gives the same draws on
 * every run, so the output is identical byte for byte.
 *
 * Streams are derived by name (`Random.stream(seed, 'arrivals', 'chat')`), so adding an agent or a
 * draw in one part of the model does not shift the draws of another part (the two strategies see
 * the same traffic, and a larger team keeps every original agent's breaks).
 */

/** FNV-1a over the text, then avalanche-mixed: a 32-bit key for one stream name. */
function hashText(text: string, into = 0x811c9dc5): number {
  let h = into >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** murmur3's finaliser: every input bit affects every output bit. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One 32-bit seed from a run seed and any number of names or numbers. */
function deriveSeed(seed: number, ...parts: (string | number)[]): number {
  let h = mix32((seed >>> 0) ^ 0x9e3779b9);
  for (const part of parts) h = hashText(String(part), h ^ 0x2545f491);
  return h;
}

const TWO_POW_32 = 4294967296;
/** z for the 90th percentile of the standard normal distribution. */
const Z90 = 1.2815515655446004;

/** A median and a 90th percentile: how the traffic profile states every duration. */
export interface Spread {
  median: number;
  p90: number;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 fills the state so that nearby seeds give unrelated streams.
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  static stream(seed: number, ...parts: (string | number)[]): Random {
    return new Random(deriveSeed(seed, ...parts));
  }

  /** The next 32 random bits (xoshiro128**). */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  bernoulli(p: number): boolean {
    return this.next() < p;
  }

  /** Exponential with rate 1 (mean 1). */
  exponential(): number {
    return -Math.log(1 - this.next());
  }

  /** Standard normal (Box-Muller; always two uniforms, so the stream advances the same way). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and 90th percentile (p90 <= median gives the median). */
  logNormal(spread: Spread): number {
    if (spread.p90 <= spread.median || spread.median <= 0) return Math.max(0, spread.median);
    const sigma = Math.log(spread.p90 / spread.median) / Z90;
    return spread.median * Math.exp(sigma * this.normal());
  }

  /** Poisson count (Knuth; fine for the small means of breaks and step-aways). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * A fixed discrete distribution over items, drawn in O(log n) from cumulative weights.
 * Items with zero weight are never drawn; an all-zero table cannot be built.
 */
export class WeightedTable<T> {
  private readonly cumulative: number[] = [];
  private readonly items: T[] = [];
  readonly total: number;

  constructor(entries: Iterable<readonly [T, number]>) {
    let total = 0;
    for (const [item, weight] of entries) {
      if (!(weight > 0)) continue;
      total += weight;
      this.items.push(item);
      this.cumulative.push(total);
    }
    this.total = total;
  }

  get size(): number {
    return this.items.length;
  }

  draw(random: Random): T {
    if (this.items.length === 0) throw new Error('cannot draw from an empty table');
    const target = random.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}
