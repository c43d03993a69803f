/**
 * The shared routing vectors, read from the RoutingScenarios static resource: the same file the Apex
 * RoutingScenariosTest asserts in the org, so the two engines cannot drift. A scenario may edit the
 * routing records first (a rule unticked, deleted, reordered or added, a setting changed), the way
 * a lead edits them in Setup; the engine is then built from the edited records.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { allSourceDirectories, repoRoot } from '../../../scripts/lib/project';
import { COMPLAINT_INVARIANT_RULE } from '../../../scripts/routing/complaint-invariant';
import { contactFromJson } from '../../../scripts/routing/input';
import { readRoutingScenarios, ScenarioEngines } from '../../../scripts/routing/scenarios';

const root = repoRoot();
const sourceDirs = allSourceDirectories(root);
const file = readRoutingScenarios(root, sourceDirs);
const engines = new ScenarioEngines(root, sourceDirs);
const shippedEngine = engines.shipped;

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

  it('is read from the RoutingScenarios static resource, the one copy the Apex test reads too', () => {
    expect(file.file).toBe('force-app/routing-engine/staticresources/RoutingScenarios.json');
    expect(existsSync(path.join(root, 'data', 'routing-scenarios.json'))).toBe(false);
  });

  it('asserts the reasons of every scenario, not only where it goes', () => {
    const without = file.scenarios.filter(
      (s) => !Array.isArray(s.expected.reasons) || (s.expected.reasons as unknown[]).length === 0
    );
    expect(without.map((s) => s.input.id)).toEqual([]);
  });

  it.each(file.scenarios.map((s) => [s.input.id, s.name, s] as const))(
    '%s: %s',
    (_id, _name, scenario) => {
      const parsed = contactFromJson(scenario.input);
      if (!parsed.ok) throw new Error(parsed.error.error);
      const result = engines.for(scenario).route(parsed.contact);
      const actual = Object.fromEntries(
        Object.keys(scenario.expected).map((key) => [key, result[key as keyof typeof result]])
      );
      expect(actual).toEqual(scenario.expected);
    }
  );

  it('has transfer scenarios for every kind of target and each way a complaint could reach its manager', () => {
    const outcomes = file.transfers.map((t) => t.expected);
    expect(file.transfers.length).toBeGreaterThanOrEqual(10);
    expect(outcomes).toContain(null);
    expect(
      new Set(outcomes.map((e) => (e?.target as { kind?: string } | undefined)?.kind))
    ).toEqual(new Set(['queue', 'skills', 'user', undefined]));
    expect(
      outcomes.filter((e) => e?.rule === COMPLAINT_INVARIANT_RULE).length
    ).toBeGreaterThanOrEqual(3);
  });

  it.each(file.transfers.map((t) => [t.input.id, t.name, t] as const))(
    '%s: %s',
    (_id, _name, scenario) => {
      const parsed = contactFromJson(scenario.input);
      if (!parsed.ok) throw new Error(parsed.error.error);
      const { team, group, flaggedComplaint } = scenario.transfer;
      const result = shippedEngine.routeToTeam(parsed.contact, team, group, flaggedComplaint);
      if (scenario.expected === null) {
        expect(result).toBeNull();
        return;
      }
      expect(result).not.toBeNull();
      const actual = Object.fromEntries(
        Object.keys(scenario.expected).map((key) => [key, result![key as keyof typeof result]])
      );
      expect(actual).toEqual(scenario.expected);
    }
  );
});
