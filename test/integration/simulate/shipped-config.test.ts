/**
 * The acceptance bar of issue 6 on the real tree: the shipped Omni-Channel metadata (package
 * directories), routing rules, data/teams.json, data/customers.json, the traffic profile and the
 * corpus. If one of these fails, the configuration (or the Triage Phrases) needs changing, not the
 * simulator: `npm run simulate` prints the same checklist and `--misroutes` lists the messages.
 */
import { runScenario, type SimulationOutput } from '../../../scripts/simulate/run';
import { loadScenario } from '../../../scripts/simulate/scenario';
import { checkTargets } from '../../../scripts/simulate/targets';

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

  describe('routed meets the bar', () => {
    const target = (name: string) =>
      checkTargets(output.strategies.baseline, output.strategies.routed).find((t) =>
        t.name.includes(name)
      )!;

    it.each([
      ['loses no contact'],
      ['sends no complaint to the accused account manager'],
      ['of chats a first response within 10 s'],
      ['misroutes at most'],
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
