/** The simulator's building blocks: seeded randomness, the event heap, fixed-size histograms. */
import { MinHeap } from '../../../scripts/simulate/heap';
import { DurationHistogram } from '../../../scripts/simulate/histogram';
import { Random, WeightedTable } from '../../../scripts/simulate/random';

describe('Random', () => {
  it('given the same seed and stream name, when drawn twice, then the draws are identical', () => {
    const a = Random.stream(7, 'arrivals', 'chat');
    const b = Random.stream(7, 'arrivals', 'chat');
    const draws = (r: Random) => Array.from({ length: 50 }, () => r.nextUint32());
    expect(draws(a)).toEqual(draws(b));
  });

  it('given two stream names, when drawn, then the streams differ', () => {
    const a = Random.stream(7, 'arrivals', 'chat');
    const b = Random.stream(7, 'arrivals', 'phone');
    expect(a.nextUint32()).not.toBe(b.nextUint32());
  });

  it('given a median and a 90th percentile, when drawing 20,000 log-normal values, then both quantiles are met within 3%', () => {
    const r = new Random(42);
    const values = Array.from({ length: 20_000 }, () =>
      r.logNormal({ median: 120, p90: 360 })
    ).sort((x, y) => x - y);
    expect(values[10_000]! / 120).toBeCloseTo(1, 1);
    expect(Math.abs(values[18_000]! / 360 - 1)).toBeLessThan(0.03);
  });

  it('given a p90 equal to the median, when drawing, then every draw is the median (the exact durations of hand-computed tests)', () => {
    const r = new Random(1);
    expect(new Set(Array.from({ length: 10 }, () => r.logNormal({ median: 3, p90: 3 })))).toEqual(
      new Set([3])
    );
  });

  it('given weights 1:3, when drawing 40,000 items, then the shares are 25% and 75% within 1 point', () => {
    const table = new WeightedTable([
      ['a', 1],
      ['b', 3],
      ['never', 0]
    ] as const);
    const r = new Random(3);
    let a = 0;
    for (let i = 0; i < 40_000; i++) if (table.draw(r) === 'a') a++;
    expect(Math.abs(a / 40_000 - 0.25)).toBeLessThan(0.01);
    expect(table.size).toBe(2);
  });
});

describe('MinHeap', () => {
  it('given items pushed in any order, when popped, then they come out by time and then by sequence', () => {
    const heap = new MinHeap<{ t: number; s: number }>(
      (a, b) => a.t < b.t || (a.t === b.t && a.s < b.s)
    );
    const items = [
      { t: 5, s: 1 },
      { t: 1, s: 4 },
      { t: 5, s: 0 },
      { t: 3, s: 2 },
      { t: 1, s: 3 }
    ];
    for (const item of items) heap.push(item);
    const out: string[] = [];
    for (let x = heap.pop(); x; x = heap.pop()) out.push(`${x.t}/${x.s}`);
    expect(out).toEqual(['1/3', '1/4', '3/2', '5/0', '5/1']);
  });
});

describe('DurationHistogram', () => {
  it('given waits in whole seconds under 10 minutes, when asked for quantiles, then they are exact', () => {
    const h = new DurationHistogram();
    for (let s = 1; s <= 100; s++) h.addMs(s * 1000);
    expect(h.quantileSeconds(0.95)).toBe(95);
    expect(h.quantileSeconds(0.5)).toBe(50);
    expect(h.count).toBe(100);
  });

  it('given fractional and zero waits, when asked for quantiles, then a wait is rounded up to the second and zero stays zero', () => {
    const h = new DurationHistogram();
    h.addMs(0);
    h.addMs(14_200);
    expect(h.quantileSeconds(0.5)).toBe(0);
    expect(h.quantileSeconds(1)).toBe(15);
  });

  it('given long waits, when asked for quantiles, then they are reported at the coarser bucket edges', () => {
    const h = new DurationHistogram();
    h.addMs(600_500);
    expect(h.quantileSeconds(1)).toBe(610);
    const day = new DurationHistogram();
    day.addMs(20 * 3600 * 1000 + 1);
    expect(day.quantileSeconds(1)).toBe(20 * 3600 + 60);
  });

  it('given no samples, when asked, then quantile and mean are null', () => {
    const h = new DurationHistogram();
    expect(h.quantileSeconds(0.95)).toBeNull();
    expect(h.meanSeconds()).toBeNull();
    expect(DurationHistogram.censoredQuantile(h, new DurationHistogram(), 0.95)).toBeNull();
  });
});

describe('DurationHistogram.censoredQuantile (every contact counts)', () => {
  const histogram = (seconds: number[]) => {
    const h = new DurationHistogram();
    for (const s of seconds) h.addMs(s * 1000);
    return h;
  };
  const answered95 = Array.from({ length: 95 }, (_, i) => i + 1);

  it('given 95 of 100 answered within 95 s and 5 who left later, when asked for the p95, then it is exactly 95 s', () => {
    expect(
      DurationHistogram.censoredQuantile(
        histogram(answered95),
        histogram([200, 300, 400, 500, 600]),
        0.95
      )
    ).toEqual({ seconds: 95, lowerBound: false });
  });

  it('given the same answered waits but 5 who left after 10 s, when asked, then 5% were not answered within 90 s: a lower bound', () => {
    expect(
      DurationHistogram.censoredQuantile(
        histogram(answered95),
        histogram([10, 10, 10, 10, 10]),
        0.95
      )
    ).toEqual({ seconds: 90, lowerBound: true });
  });

  it('given fewer answered than the rank, when asked, then it is the time of the last contact within the rank, as a lower bound', () => {
    expect(
      DurationHistogram.censoredQuantile(
        histogram([5, 6]),
        histogram([30, 40, 50, 60, 70, 80, 90, 100]),
        0.95
      )
    ).toEqual({ seconds: 100, lowerBound: true });
  });

  it('given the answered-only quantile, when customers who gave up are added, then the all-contacts figure is never smaller', () => {
    const answered = histogram([3, 4, 5, 8, 13, 21]);
    const onlyAnswered = answered.quantileSeconds(0.95)!;
    for (const left of [[1], [2, 2, 2], [30], [1, 100, 1000]]) {
      const p95 = DurationHistogram.censoredQuantile(answered, histogram(left), 0.95)!;
      expect(p95.seconds >= onlyAnswered || p95.lowerBound).toBe(true);
    }
  });
});
