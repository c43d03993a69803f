/**
 * The shared routing scenarios, read where the org reads them: the RoutingScenarios static resource
 * under the source folders (force-app/routing-engine/staticresources/RoutingScenarios.json). The Apex
 * test RoutingScenariosTest loads the same resource in the org, so one file drives both engines
 * (docs/routing.md#8-for-developers-keeping-apex-and-typescript-equal).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ToolError } from '../lib/cli';
import { allSourceDirectories, repoRoot } from '../lib/project';
import { buildRoutingConfig, readRoutingRecords } from './config';
import { RoutingEngine } from './engine';
import type { Group, Team } from './model';
import { applyRecordEdits, type RecordEdits } from './record-edits';

/** The static resource's name, as Apex queries it (`StaticResource.Name`). */
const RESOURCE_NAME = 'RoutingScenarios';

export interface RoutingScenario {
  name: string;
  /** Edits of the routing records a lead could make in Setup, applied before routing. */
  configuration?: RecordEdits;
  /** One contact in the `npm run route` input shape (docs/design.md#route-contract). */
  input: Record<string, unknown>;
  /** The output keys the engines must produce, with their values (reasons included). */
  expected: Record<string, unknown>;
}

/** An agent's transfer: the contact sent to a chosen team and group (RoutingEngine.routeToTeam). */
export interface TransferScenario {
  name: string;
  input: Record<string, unknown>;
  transfer: { team: Team; group: Group | null; flaggedComplaint: boolean };
  /** The decision's keys with their values, or null when no active rule targets that team and group. */
  expected: Record<string, unknown> | null;
}

export interface RoutingScenarioFile {
  description: string;
  scenarios: RoutingScenario[];
  transfers: TransferScenario[];
  /** Where it was read, relative to the repository root. */
  file: string;
}

/** Reads the RoutingScenarios static resource from the first source folder that has it. */
export function readRoutingScenarios(
  root: string = repoRoot(),
  sourceDirs: string[] = allSourceDirectories(root)
): RoutingScenarioFile {
  for (const dir of sourceDirs) {
    for (const candidate of [
      path.join(dir, 'staticresources', `${RESOURCE_NAME}.json`),
      path.join(dir, 'main', 'default', 'staticresources', `${RESOURCE_NAME}.json`)
    ]) {
      if (!existsSync(candidate)) continue;
      const relative = path.relative(root, candidate).split(path.sep).join('/');
      try {
        const parsed = JSON.parse(readFileSync(candidate, 'utf8')) as Omit<
          RoutingScenarioFile,
          'file'
        >;
        return { ...parsed, file: relative };
      } catch (error) {
        throw new ToolError(`${relative}: not valid JSON`, { cause: error });
      }
    }
  }
  throw new ToolError(
    `no ${RESOURCE_NAME} static resource (staticresources/${RESOURCE_NAME}.json) under ${sourceDirs.join(', ')}`
  );
}

/**
 * The engines scenarios are routed with: the shipped one, or, for a scenario that edits the routing
 * records, one built from the records under the source folders with those edits applied (as a lead
 * edits them in Setup; RoutingScenariosTest applies the same edits in the org). The records are
 * read once.
 */
export class ScenarioEngines {
  readonly shipped: RoutingEngine;
  private readonly records: ReturnType<typeof readRoutingRecords>;

  constructor(
    private readonly root: string = repoRoot(),
    private readonly sourceDirs: string[] = allSourceDirectories(root)
  ) {
    this.records = readRoutingRecords(sourceDirs);
    this.shipped = new RoutingEngine(buildRoutingConfig(this.records, root, sourceDirs));
  }

  for(scenario: Pick<RoutingScenario, 'configuration'>): RoutingEngine {
    if (!scenario.configuration) return this.shipped;
    const records = applyRecordEdits(this.records, scenario.configuration);
    return new RoutingEngine(buildRoutingConfig(records, this.root, this.sourceDirs));
  }
}
