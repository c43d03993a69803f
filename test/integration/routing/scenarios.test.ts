/**
 * The shared routing vectors (data/routing-scenarios.json): the same file the Apex
 * RoutingScenariosTest asserts in the org, so the two engines cannot drift. A scenario may edit the
 * routing records first (a rule unticked, deleted, reordered or added, a setting changed), the way
 * a lead edits them in Setup; the engine is then built from the edited records.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allSourceDirectories, repoRoot } from '../../../scripts/lib/project';
import { COMPLAINT_INVARIANT_RULE } from '../../../scripts/routing/complaint-invariant';
import {
  buildRoutingConfig,
  loadRoutingConfig,
  readRoutingRecords
} from '../../../scripts/routing/config';
import { RoutingEngine } from '../../../scripts/routing/engine';
import { contactFromJson } from '../../../scripts/routing/input';
import { applyRecordEdits, type RecordEdits } from '../../../scripts/routing/record-edits';

interface Scenario {
  name: string;
  configuration?: RecordEdits;
  input: Record<string, unknown>;
  expected: Record<string, unknown>;
}

const root = repoRoot();
const sourceDirs = allSourceDirectories(root);
const file = JSON.parse(
  readFileSync(path.join(root, 'data', 'routing-scenarios.json'), 'utf8')
) as { scenarios: Scenario[] };
const shippedEngine = new RoutingEngine(loadRoutingConfig(root));

function engineFor(scenario: Scenario): RoutingEngine {
  if (!scenario.configuration) return shippedEngine;
  const records = applyRecordEdits(readRoutingRecords(sourceDirs), scenario.configuration);
  return new RoutingEngine(buildRoutingConfig(records, root, sourceDirs));
}

function fieldExists(type: string, field: string): boolean {
  return existsSync(
    path.join(
      root,
      'force-app/service-org/objects',
      `${type}__mdt`,
      'fields',
      `${field}.field-meta.xml`
    )
  );
}

describe('routing scenarios', () => {
  it('has at least 80 scenarios with unique ids covering every rule and channel', () => {
    expect(file.scenarios.length).toBeGreaterThanOrEqual(80);
    const ids = file.scenarios.map((s) => s.input.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rules = new Set(file.scenarios.map((s) => s.expected.rule));
    const shipped = new Set(shippedEngine.config.rules.map((r) => r.developerName));
    expect(new Set([...rules].filter((r) => r !== COMPLAINT_INVARIANT_RULE))).toEqual(shipped);
    const channels = new Set(file.scenarios.map((s) => s.expected.channel));
    expect(channels).toEqual(new Set(['phone', 'email', 'chat']));
  });

  it('covers each configuration edit that could once send a complaint to the accused manager', () => {
    const edits = file.scenarios.flatMap((s) => {
      const c = s.configuration;
      if (!c) return [];
      return [
        ...Object.entries(c.rules ?? {}).map(([rule, values]) =>
          values === null
            ? `delete ${rule}`
            : Object.keys(values)
                .map((f) => `${rule}.${f}`)
                .join('+')
        ),
        ...Object.keys(c.settings ?? {}).map((f) => `settings.${f}`)
      ];
    });
    expect(edits).toEqual(
      expect.arrayContaining([
        'HNW_Staff_Concern_To_Director.IsActive__c',
        'delete HNW_Staff_Concern_To_Director',
        'HNW_Portfolio_To_Account_Manager.Order__c',
        'settings.StaffMinScore__c',
        'settings.DirectorRole__c',
        'settings.ManagerConcernThreshold__c'
      ])
    );
    expect(
      file.scenarios.some((s) =>
        Object.values(s.configuration?.rules ?? {}).some(
          (values) => values !== null && values.EmailQueue__c === 'HNW_Account_Managers'
        )
      )
    ).toBe(true);
  });

  it('edits only fields the routing custom metadata types have (the Apex runner sets them by name)', () => {
    for (const scenario of file.scenarios) {
      for (const values of Object.values(scenario.configuration?.rules ?? {}))
        for (const field of Object.keys(values ?? {}))
          expect([scenario.input.id, field, fieldExists('RoutingRule', field)]).toEqual([
            scenario.input.id,
            field,
            true
          ]);
      for (const field of Object.keys(scenario.configuration?.settings ?? {}))
        expect([scenario.input.id, field, fieldExists('RoutingSetting', field)]).toEqual([
          scenario.input.id,
          field,
          true
        ]);
    }
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
      const result = engineFor(scenario).route(parsed.contact);
      const actual = Object.fromEntries(
        Object.keys(scenario.expected).map((key) => [key, result[key as keyof typeof result]])
      );
      expect(actual).toEqual(scenario.expected);
    }
  );
});
