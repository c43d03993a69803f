/** The readable outputs: the comparison table and the targets checklist. */
import type { ServiceLevel, StrategyFigures } from '../../../scripts/simulate/metrics';
import { comparisonTable, p95Cell } from '../../../scripts/simulate/report';
import { checkTargets } from '../../../scripts/simulate/targets';
import { hourLabelStep, roundTicks } from '../../../scripts/simulate/html';
import { dayProgress } from '../../../scripts/simulate/run';

const level = (overrides: Partial<ServiceLevel> = {}): ServiceLevel => ({
  serviceLevel: 0.9,
  serviceLevelTargetSeconds: 60,
  unansweredRate: 0.02,
  p95IsLowerBound: false,
  ...overrides
});

type ChatFigures = Pick<
  StrategyFigures['chat'],
  'firstResponseWithin10s' | 'humanFirstResponseP95Seconds' | 'abandonRate'
>;
const chat = (values: ChatFigures): StrategyFigures['chat'] => ({ ...values, ...level() });

function figures(overrides: Partial<StrategyFigures> = {}): StrategyFigures {
  return {
    contacts: 100,
    lost: 0,
    misrouteRate: 0.01,
    transfers: 3,
    chat: chat({ firstResponseWithin10s: 1, humanFirstResponseP95Seconds: 20, abandonRate: 0.05 }),
    phone: { answerP95Seconds: 30, abandonRate: 0.1, ...level({ serviceLevelTargetSeconds: 20 }) },
    email: {
      firstHumanResponseP95Minutes: 120,
      autoAckRate: 1,
      ...level({ serviceLevelTargetSeconds: 14400 })
    },
    hnw: { complaintsToAccusedManager: 0 },
    ...overrides
  };
}

describe('targets', () => {
  it('given routed abandons exactly half as many chats as baseline, when checked, then halving is met; a hair more is not', () => {
    const baseline = figures({
      chat: chat({ firstResponseWithin10s: 0.7, humanFirstResponseP95Seconds: 9, abandonRate: 0.3 })
    });
    const half = figures({
      chat: chat({ firstResponseWithin10s: 1, humanFirstResponseP95Seconds: 20, abandonRate: 0.15 })
    });
    const more = figures({
      chat: chat({
        firstResponseWithin10s: 1,
        humanFirstResponseP95Seconds: 20,
        abandonRate: 0.1501
      })
    });
    const halving = (r: StrategyFigures) =>
      checkTargets(baseline, r).find((t) => t.name.includes('halves'))!.met;
    expect(halving(half)).toBe(true);
    expect(halving(more)).toBe(false);
  });

  it('given one complaint reached the accused manager and 2.5% misrouted, when checked, then exactly those two targets are missed', () => {
    const routed = figures({ misrouteRate: 0.025, hnw: { complaintsToAccusedManager: 1 } });
    const missed = checkTargets(
      figures({
        chat: chat({
          firstResponseWithin10s: 0.7,
          humanFirstResponseP95Seconds: 9,
          abandonRate: 0.4
        })
      }),
      routed
    )
      .filter((t) => !t.met)
      .map((t) => t.actual);
    expect(missed).toEqual(['1 sent', '2.5%']);
  });
});

describe('comparison table', () => {
  it('given two strategies, when printed, then it is a Markdown table with a row per measure and right-aligned numbers', () => {
    const table = comparisonTable(
      figures(),
      figures({
        chat: chat({
          firstResponseWithin10s: 1,
          humanFirstResponseP95Seconds: null,
          abandonRate: 0
        })
      })
    );
    const rows = table.split('\n');
    expect(rows[0]).toMatch(/^\| Measure +\| baseline \(today\) \| routed \(new\) \|$/);
    expect(rows[1]).toMatch(/^\| -+ \| -+: \| -+: \|$/);
    expect(rows).toHaveLength(17);
    expect(rows.find((r) => r.includes('Chat: wait for a person, p95'))).toMatch(/20 s \| +– \|$/);
    expect(rows.find((r) => r.includes('Chat: a person within 60 s'))).toMatch(
      /90\.0% \| +90\.0% \|$/
    );
    expect(rows.find((r) => r.includes('Phone: answered within 20 s'))).toBeDefined();
    expect(rows.find((r) => r.includes('Email: a person replied within 4.0 h'))).toBeDefined();
    expect(rows.find((r) => r.includes('Email: wait for a reply, p95'))).toMatch(/2\.0 h \|/);
  });

  it('given a p95 that more than 5% never reached, when printed, then it reads as "more than" with the share nobody answered', () => {
    expect(p95Cell(45, level())).toBe('45 s');
    expect(p95Cell(312, level({ p95IsLowerBound: true, unansweredRate: 0.386 }))).toBe(
      '> 5 min (38.6% unanswered)'
    );
    expect(p95Cell(null, level())).toBe('–');
  });

  it('given chart maxima, when ticked, then the ticks step by 1, 2 or 5 times a power of ten from 0 past the maximum', () => {
    expect(roundTicks(13)).toEqual([0, 5, 10, 15]);
    expect(roundTicks(38)).toEqual([0, 10, 20, 30, 40]);
    expect(roundTicks(0.19)).toEqual([0, 0.05, 0.1, 0.15, 0.2]);
    expect(roundTicks(1200)).toEqual([0, 500, 1000, 1500]);
    expect(roundTicks(0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('given many hours on an axis, when labelled, then labels are spaced so they never run together', () => {
    expect([8, 12, 13, 18, 24].map(hourLabelStep)).toEqual([1, 1, 2, 2, 3]);
  });
});

describe('progress of long runs', () => {
  it('given 30 days or fewer, when simulated, then nothing is reported', () => {
    expect(dayProgress(30, () => undefined)).toBeUndefined();
  });

  it('given 95 days, when each midnight passes, then one line per tenth of the days and the last day are reported', () => {
    const lines: string[] = [];
    const onDay = dayProgress(95, (line) => lines.push(line))!;
    for (let day = 0; day <= 95; day++) onDay('routed', day);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('routed: 10 of 95 days done');
    expect(lines[9]).toBe('routed: 95 of 95 days done');
  });
});
