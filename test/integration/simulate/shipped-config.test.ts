/**
 * The simulator's acceptance bar on the real tree: the shipped Omni-Channel metadata (package
 * directories), routing rules, data/teams.json, data/customers.json, the traffic profile and the
 * held-out messages. If one of these fails, the configuration (or the Triage Phrases) needs
 * changing, not the simulator: `npm run simulate` prints the same checklist and `--misroutes`
 * lists the training corpus's misroutes to tune with (never the held-out ones).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import { runScenario, type SimulationOutput } from '../../../scripts/simulate/run';
import { loadScenario } from '../../../scripts/simulate/scenario';
import { checkTargets } from '../../../scripts/simulate/targets';
import { child, childrenNamed, parseXmlTree } from '../../../scripts/validate/xml-tree';

let output: SimulationOutput;

beforeAll(() => {
  output = runScenario(
    loadScenario({
      days: 10,
      seed: 1,
      agentsScale: 1,
      overrides: { pushTimeoutSeconds: {}, capacity: {} }
    })
  );
});

describe('half the working hours on the shipped configuration', () => {
  const run = (seed: number, agentsScale: number) =>
    runScenario(
      loadScenario({
        days: 5,
        seed,
        agentsScale,
        overrides: { pushTimeoutSeconds: {}, capacity: {} }
      })
    );

  it.each([1, 2, 3, 4, 5])(
    'given seed %i, when reps and leads work half their hours (--agents-scale 0.5), then no channel of either strategy shows a better wait, service level, unanswered share or abandonment than with the full team',
    (seed) => {
      const full = run(seed, 1);
      const half = run(seed, 0.5);
      const better: string[] = [];
      for (const name of ['baseline', 'routed'] as const) {
        const f = full.strategies[name];
        const h = half.strategies[name];
        const p95 = {
          chat: [f.chat.humanFirstResponseP95Seconds!, h.chat.humanFirstResponseP95Seconds!],
          phone: [f.phone.answerP95Seconds!, h.phone.answerP95Seconds!],
          email: [f.email.firstHumanResponseP95Minutes!, h.email.firstHumanResponseP95Minutes!]
        } as const;
        for (const channel of ['chat', 'phone', 'email'] as const) {
          const [withFull, withHalf] = p95[channel];
          if (withHalf < withFull) better.push(`${name} ${channel} p95 ${withFull} -> ${withHalf}`);
          if (withHalf === withFull && f[channel].p95IsLowerBound && !h[channel].p95IsLowerBound)
            better.push(`${name} ${channel} p95 no longer a lower bound`);
          if (h[channel].serviceLevel > f[channel].serviceLevel)
            better.push(`${name} ${channel} service level`);
          if (h[channel].unansweredRate < f[channel].unansweredRate)
            better.push(`${name} ${channel} unanswered`);
        }
        if (h.chat.abandonRate < f.chat.abandonRate) better.push(`${name} chat abandonment`);
        if (h.phone.abandonRate < f.phone.abandonRate) better.push(`${name} phone abandonment`);
      }
      expect(better).toEqual([]);
      // Half the hours is visible, not a rounding away of the cut: routed misses far more targets.
      for (const channel of ['chat', 'phone', 'email'] as const)
        expect(half.strategies.routed[channel].serviceLevel).toBeLessThan(
          full.strategies.routed[channel].serviceLevel - 0.1
        );
    }
  );
});

describe('the shipped configuration', () => {
  it('is complete enough to simulate: no queue, configuration, status or skill is missing', () => {
    expect(output.scenario.warnings).toEqual([]);
    expect(output.scenario.automatedResponses).toEqual({ chat: true, email: true });
  });

  it('reproduces today in baseline: misrouting, transfers and chat abandonment the firm reports', () => {
    const b = output.strategies.baseline;
    expect(
      output.details.baseline.misrouteBySegment.STANDARD.misrouted /
        output.details.baseline.misrouteBySegment.STANDARD.contacts
    ).toBeGreaterThan(0.5);
    expect(b.transfers).toBeGreaterThan(b.contacts / 2);
    expect(b.chat.abandonRate).toBeGreaterThan(0.2);
    expect(b.hnw.complaintsToAccusedManager).toBeGreaterThan(0);
  });

  it('misroutes on held-out messages of three writers well under today, a quarter of it at most (the 2% target is printed as met or not: on these writers it is not)', () => {
    const { baseline, routed } = output.strategies;
    expect(output.scenario.heldOut.messages).toBeGreaterThan(2000);
    expect(routed.misrouteRate).toBeLessThan(0.15);
    expect(routed.misrouteRate).toBeLessThan(baseline.misrouteRate / 4);
  });

  it('sends a fifth of the complaints today sends to the accused manager at most, and prints the target of none as not met while any reaches them', () => {
    const { baseline, routed } = output.strategies;
    expect(routed.hnw.complaintsToAccusedManager).toBeLessThanOrEqual(
      baseline.hnw.complaintsToAccusedManager / 5
    );
    const check = checkTargets(baseline, routed).find((t) =>
      t.name.includes('sends no complaint to the accused account manager')
    )!;
    expect(check.met).toBe(routed.hnw.complaintsToAccusedManager === 0);
  });

  describe('routed meets the bar', () => {
    const target = (name: string) =>
      checkTargets(output.strategies.baseline, output.strategies.routed).find((t) =>
        t.name.includes(name)
      )!;

    it.each([
      ['loses no contact'],
      ['of chats a first response within 10 s'],
      ['at least halves chat abandonment']
    ])('%s', (name) => {
      const check = target(name);
      expect({ target: check.name, met: check.met, actual: check.actual }).toEqual({
        target: check.name,
        met: true,
        actual: check.actual
      });
    });
  });
});

describe('the capacity model the simulator assumes', () => {
  it('given the shipped Case_Work channel, when read, then it is tab-based: a case frees its share of the rep when handled (its tab closed), as the simulator models it, not when the case closes', () => {
    const channel = parseXmlTree(
      readFileSync(
        path.join(
          repoRoot(),
          'force-app/service-org/serviceChannels/Case_Work.serviceChannel-meta.xml'
        ),
        'utf8'
      )
    );
    expect(child(channel, 'capacityModel')?.text).toBe('TAB_BASED');
    expect(childrenNamed(channel, 'serviceChannelStatusFieldMappings')).toEqual([]);
  });
});
