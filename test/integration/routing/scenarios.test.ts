/**
 * The shared routing vectors (data/routing-scenarios.json): the same file the Apex
 * RoutingScenariosTest asserts in the org, so the two engines cannot drift.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import { loadRoutingConfig } from '../../../scripts/routing/config';
import { RoutingEngine } from '../../../scripts/routing/engine';
import { contactFromJson } from '../../../scripts/routing/input';

interface Scenario {
  name: string;
  input: Record<string, unknown>;
  expected: Record<string, unknown>;
}

const root = repoRoot();
const file = JSON.parse(
  readFileSync(path.join(root, 'data', 'routing-scenarios.json'), 'utf8')
) as { scenarios: Scenario[] };
const engine = new RoutingEngine(loadRoutingConfig(root));

describe('routing scenarios', () => {
  it('has at least 80 scenarios with unique ids covering every rule and channel', () => {
    expect(file.scenarios.length).toBeGreaterThanOrEqual(80);
    const ids = file.scenarios.map((s) => s.input.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rules = new Set(file.scenarios.map((s) => s.expected.rule));
    const shipped = new Set(engine.config.rules.map((r) => r.developerName));
    expect(rules).toEqual(shipped);
    const channels = new Set(file.scenarios.map((s) => s.expected.channel));
    expect(channels).toEqual(new Set(['phone', 'email', 'chat']));
  });

  it('is deployed unchanged as the RoutingScenarios static resource the Apex test reads', () => {
    const resource = readFileSync(
      path.join(root, 'force-app/routing-engine/staticresources/RoutingScenarios.json'),
      'utf8'
    );
    const data = readFileSync(path.join(root, 'data', 'routing-scenarios.json'), 'utf8');
    if (resource !== data) {
      throw new Error(
        'force-app/routing-engine/staticresources/RoutingScenarios.json differs from data/routing-scenarios.json: ' +
          'copy the data file over the static resource'
      );
    }
  });

  it.each(file.scenarios.map((s) => [s.input.id, s.name, s] as const))(
    '%s: %s',
    (_id, _name, scenario) => {
      const parsed = contactFromJson(scenario.input);
      if (!parsed.ok) throw new Error(parsed.error.error);
      const result = engine.route(parsed.contact);
      const actual = Object.fromEntries(
        Object.keys(scenario.expected).map((key) => [key, result[key as keyof typeof result]])
      );
      expect(actual).toEqual(scenario.expected);
    }
  );
});
