/**
 * A fixed-size histogram of durations: the simulator keeps one per metric instead of a list of
 * every contact, so memory does not grow with the number of simulated days.
 *
 * Buckets: exactly zero, then 1 s wide up to 10 minutes, 10 s up to 1 hour, 1 minute up to 1 day,
 * 10 minutes up to 14 days, then one overflow bucket; each bucket holds (lower, upper]. Quantiles
 * are reported as the upper edge of the bucket that holds them: a wait is rounded up to the
 * second below 10 minutes (the waits that matter for chat and phone).
 */

const SEGMENTS: readonly { until: number; width: number }[] = [
  { until: 600, width: 1 },
  { until: 3600, width: 10 },
  { until: 86_400, width: 60 },
  { until: 1_209_600, width: 600 }
];

interface Layout {
  starts: number[];
  firstBucket: number[];
  buckets: number;
}

const LAYOUT: Layout = (() => {
  const starts: number[] = [];
  const firstBucket: number[] = [];
  let start = 0;
  let buckets = 0;
  for (const segment of SEGMENTS) {
    starts.push(start);
    firstBucket.push(buckets);
    buckets += (segment.until - start) / segment.width;
    start = segment.until;
  }
  // Bucket 0 is exactly zero; the segments' buckets follow it.
  return { starts, firstBucket: firstBucket.map((b) => b + 1), buckets: buckets + 2 };
})();

const OVERFLOW = LAYOUT.buckets - 1;
const LAST_EDGE = SEGMENTS[SEGMENTS.length - 1]!.until;

function bucketOf(seconds: number): number {
  if (!(seconds > 0)) return 0;
  for (let s = 0; s < SEGMENTS.length; s++) {
    const segment = SEGMENTS[s]!;
    if (seconds <= segment.until) {
      return LAYOUT.firstBucket[s]! + Math.ceil((seconds - LAYOUT.starts[s]!) / segment.width) - 1;
    }
  }
  return OVERFLOW;
}

function upperEdge(bucket: number): number {
  if (bucket === 0) return 0;
  if (bucket >= OVERFLOW) return LAST_EDGE;
  for (let s = SEGMENTS.length - 1; s >= 0; s--) {
    if (bucket >= LAYOUT.firstBucket[s]!) {
      const segment = SEGMENTS[s]!;
      return LAYOUT.starts[s]! + (bucket - LAYOUT.firstBucket[s]! + 1) * segment.width;
    }
  }
  return 0;
}

export class DurationHistogram {
  private readonly counts = new Float64Array(LAYOUT.buckets);
  private n = 0;
  private sumSeconds = 0;

  get count(): number {
    return this.n;
  }

  /** Records one duration given in milliseconds. */
  addMs(ms: number): void {
    const seconds = ms / 1000;
    this.counts[bucketOf(seconds)]! += 1;
    this.n += 1;
    this.sumSeconds += seconds;
  }

  /** Mean in seconds, or null without samples. */
  meanSeconds(): number | null {
    return this.n === 0 ? null : this.sumSeconds / this.n;
  }

  /** The q-quantile in seconds (bucket upper edge), or null without samples. */
  quantileSeconds(q: number): number | null {
    if (this.n === 0) return null;
    const rank = Math.max(1, Math.ceil(q * this.n));
    let seen = 0;
    for (let b = 0; b < this.counts.length; b++) {
      seen += this.counts[b]!;
      if (seen >= rank) return upperEdge(b);
    }
    return LAST_EDGE;
  }

  /**
   * The q-quantile over two groups of contacts, as a queueing analyst reports a wait: `answered`
   * holds the waits of contacts that were answered, `unanswered` the time each other contact
   * waited before it left (or the run ended): censored, since its own answer time is later, or
   * never. The quantile is taken over all of them (bucket upper edge). When fewer answered
   * contacts than the rank fall at or below it, the true quantile lies beyond it: `lowerBound` is
   * true and the figure reads "not answered within X" for more than (1 - q) of the contacts.
   * Null without contacts.
   */
  static censoredQuantile(
    answered: DurationHistogram,
    unanswered: DurationHistogram,
    q: number
  ): { seconds: number; lowerBound: boolean } | null {
    const n = answered.n + unanswered.n;
    if (n === 0) return null;
    const rank = Math.max(1, Math.ceil(q * n));
    let seen = 0;
    let answeredSeen = 0;
    for (let b = 0; b < answered.counts.length; b++) {
      seen += answered.counts[b]! + unanswered.counts[b]!;
      answeredSeen += answered.counts[b]!;
      if (seen >= rank) return { seconds: upperEdge(b), lowerBound: answeredSeen < rank };
    }
    return { seconds: LAST_EDGE, lowerBound: true };
  }

  /** Heap bytes held: constant, whatever the number of samples. */
  static get bytes(): number {
    return LAYOUT.buckets * 8;
  }
}
