/**
 * The shared routing factor vectors (data/routing-factor-scenarios.json): the same file the Apex
 * RoutingFactorsTest asserts in the org (as the RoutingFactorScenarios static resource), so the
 * two engines detect mood, urgency, segment and language alike. A scenario may edit the
 * RoutingFactor records first, the way a lead edits them in Setup.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allSourceDirectories, repoRoot } from '../../../scripts/lib/project';
import {
  buildRoutingConfig,
  loadRoutingConfig,
  readRoutingRecords
} from '../../../scripts/routing/config';
import { RoutingEngine, type RoutedContact } from '../../../scripts/routing/engine';
import { lintFactors, NO_FACTORS } from '../../../scripts/routing/factors';
import { contactFromJson } from '../../../scripts/routing/input';
import type { Group, Team } from '../../../scripts/routing/model';
import { applyRecordEdits, type RecordEdits } from '../../../scripts/routing/record-edits';

interface Scenario {
  name: string;
  configuration?: RecordEdits;
  input: Record<string, unknown>;
  expected: Record<string, unknown>;
}

/** An agent's transfer (routeToTeam): the factors recomputed for the chosen team's target. */
interface TransferScenario extends Omit<Scenario, 'expected'> {
  transfer: { team: Team; group: Group | null; flaggedComplaint: boolean };
  /** Null when no active rule targets that team and group. */
  expected: Record<string, unknown> | null;
}

const root = repoRoot();
const sourceDirs = allSourceDirectories(root);
const text = readFileSync(path.join(root, 'data', 'routing-factor-scenarios.json'), 'utf8');
const file = JSON.parse(text) as { scenarios: Scenario[]; transfers: TransferScenario[] };
const shipped = loadRoutingConfig(root);
const shippedEngine = new RoutingEngine(shipped);

function engineFor(scenario: Pick<Scenario, 'configuration'>): RoutingEngine {
  if (!scenario.configuration) return shippedEngine;
  const records = applyRecordEdits(readRoutingRecords(sourceDirs), scenario.configuration);
  return new RoutingEngine(buildRoutingConfig(records, root, sourceDirs));
}

describe('routing factor scenarios', () => {
  it('cover every shipped factor, every channel, lead edits and unique ids', () => {
    const ids = file.scenarios.map((s) => s.input.id);
    expect(new Set(ids).size).toBe(ids.length);
    const channels = new Set(file.scenarios.map((s) => s.input.channel));
    expect(channels).toEqual(new Set(['phone', 'email', 'chat']));
    const reasons = file.scenarios.flatMap((s) => {
      const parsed = contactFromJson(s.input);
      return parsed.ok ? engineFor(s).route(parsed.contact).factors.reasons : [];
    });
    for (const factor of (shipped.factors ?? []).filter((f) => f.factor !== 'segment'))
      expect([factor.developerName, reasons.some((r) => r.includes(factor.value))]).toEqual([
        factor.developerName,
        true
      ]);
    expect(file.scenarios.filter((s) => s.configuration).length).toBeGreaterThanOrEqual(4);
  });

  it('edit only fields the RoutingFactor custom metadata type has (the Apex runner sets them by name)', () => {
    for (const scenario of file.scenarios)
      for (const values of Object.values(scenario.configuration?.factors ?? {}))
        for (const field of Object.keys(values ?? {}))
          expect([field, existsSync(fieldFile(field))]).toEqual([field, true]);
  });

  it('is deployed unchanged as the RoutingFactorScenarios static resource the Apex test reads', () => {
    const resource = readFileSync(
      path.join(root, 'force-app/routing-engine/staticresources/RoutingFactorScenarios.json'),
      'utf8'
    );
    if (resource !== text)
      throw new Error(
        'force-app/routing-engine/staticresources/RoutingFactorScenarios.json differs from data/routing-factor-scenarios.json: ' +
          'copy the data file over the static resource'
      );
  });

  it('ship factors that pass their own lint', () => {
    expect(lintFactors(shipped.factors ?? [])).toEqual([]);
    expect((shipped.factors ?? []).length).toBeGreaterThanOrEqual(5);
  });

  /** The keys a scenario expects, read off a decision; its factors without their reasons. */
  const projected = (result: RoutedContact, expected: Record<string, unknown>) => {
    const factors: Partial<typeof result.factors> = { ...result.factors };
    delete factors.reasons;
    return Object.fromEntries(
      Object.keys(expected).map((key) => [
        key,
        key === 'factors' ? factors : result[key as keyof typeof result]
      ])
    );
  };

  it.each(file.scenarios.map((s) => [s.input.id, s.name, s] as const))(
    '%s: %s',
    (_id, _name, scenario) => {
      const parsed = contactFromJson(scenario.input);
      if (!parsed.ok) throw new Error(parsed.error.error);
      const result = engineFor(scenario).route(parsed.contact);
      expect(projected(result, scenario.expected)).toEqual(scenario.expected);
    }
  );

  it('have transfers to each kind of target, with a language, a boost, a complaint, a lead edit and a refusal', () => {
    const ids = [...file.scenarios, ...file.transfers].map((s) => s.input.id);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = file.transfers.map((t) => t.expected);
    expect(expected).toContain(null);
    expect(
      new Set(expected.map((e) => (e?.target as { kind?: string } | undefined)?.kind))
    ).toEqual(new Set(['queue', 'skills', 'user', undefined]));
    const factors = expected.flatMap((e) =>
      e ? [e.factors as { priorityBoost: number; additionalSkills: unknown[] }] : []
    );
    expect(factors.some((f) => f.additionalSkills.length > 0)).toBe(true);
    expect(factors.some((f) => f.priorityBoost > 0)).toBe(true);
    expect(file.transfers.some((t) => t.transfer.flaggedComplaint)).toBe(true);
    expect(file.transfers.some((t) => t.configuration)).toBe(true);
  });

  it.each(file.transfers.map((t) => [t.input.id, t.name, t] as const))(
    '%s: %s',
    (_id, _name, scenario) => {
      const parsed = contactFromJson(scenario.input);
      if (!parsed.ok) throw new Error(parsed.error.error);
      const { team, group, flaggedComplaint } = scenario.transfer;
      const result = engineFor(scenario).routeToTeam(parsed.contact, team, group, flaggedComplaint);
      if (scenario.expected === null) {
        expect(result).toBeNull();
        return;
      }
      if (result === null) throw new Error(`no rule targets ${team}/${group ?? '-'}`);
      expect(projected(result, scenario.expected)).toEqual(scenario.expected);
    }
  );

  it('a transfer raises and adds the language skill only through the factors: switched off, neither', () => {
    const off = new RoutingEngine(shipped, { factors: false });
    for (const scenario of file.transfers.filter((t) => !t.configuration && t.expected)) {
      const parsed = contactFromJson(scenario.input);
      if (!parsed.ok) throw new Error(parsed.error.error);
      const { team, group, flaggedComplaint } = scenario.transfer;
      const withFactors = shippedEngine.routeToTeam(parsed.contact, team, group, flaggedComplaint);
      const without = off.routeToTeam(parsed.contact, team, group, flaggedComplaint);
      expect(without?.factors).toEqual(NO_FACTORS);
      expect({ ...without, factors: null }).toEqual({ ...withFactors, factors: null });
    }
  });

  it('switched off, the engine applies no factor and the contract output is the same', () => {
    const off = new RoutingEngine(shipped, { factors: false });
    for (const scenario of file.scenarios.filter((s) => !s.configuration)) {
      const parsed = contactFromJson(scenario.input);
      if (!parsed.ok) throw new Error(parsed.error.error);
      const withFactors = shippedEngine.route(parsed.contact);
      const without = off.route(parsed.contact);
      expect(without.factors.priorityBoost).toBe(0);
      expect(without.factors.additionalSkills).toEqual([]);
      expect({ ...without, factors: null }).toEqual({ ...withFactors, factors: null });
    }
  });
});

function fieldFile(field: string): string {
  return path.join(
    root,
    'force-app/service-org/objects/RoutingFactor__mdt/fields',
    `${field}.field-meta.xml`
  );
}
