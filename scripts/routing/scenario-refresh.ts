/**
 * Keeps the reasons of the shared routing scenarios (the RoutingScenarios static resource) in step
 * with the committed triage model. The triage reasons name the model's version and the words that
 * decided, so every retraining (`npm run triage:train`) rewords them while the decisions stay put.
 * A refresh recomputes only the `reasons`, and only where everything else the scenario expects
 * (team, group, target, rule, topic, ...) is still what the engine decides: a scenario whose
 * decision changed is refused by name, for a person to look at, and nothing is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ToolError } from '../lib/cli';
import { allSourceDirectories, repoRoot } from '../lib/project';
import type { RoutedContact, RoutingEngine } from './engine';
import { contactFromJson } from './input';
import {
  readRoutingScenarios,
  ScenarioEngines,
  type RoutingScenario,
  type RoutingScenarioFile,
  type TransferScenario
} from './scenarios';

export interface ScenarioRefresh {
  /** The scenarios file, relative to the repository root. */
  file: string;
  /** The file as it should be: the committed layout (two-space JSON and a final newline). */
  text: string;
  /** Ids of the scenarios and transfers whose reasons the engine now words differently. */
  stale: string[];
  /** One line per scenario whose decision changed: its id, name and what differs. */
  refused: string[];
}

export interface RefreshOptions {
  root?: string;
  /** Where the routing records (and the triage model) are read. */
  sourceDirs?: string[];
  /** Where the RoutingScenarios static resource is read (default: the source folders). */
  scenarioDirs?: string[];
}

/** The committed layout of the static resource (it is Prettier-ignored, as every static resource). */
function scenarioFileText(content: Omit<RoutingScenarioFile, 'file'>): string {
  return `${JSON.stringify(content, null, 2)}\n`;
}

const show = (value: unknown): string => JSON.stringify(value) ?? 'undefined';

/** What differs, other than the reasons, between what a scenario expects and what the engine gives. */
function decisionChanges(expected: Record<string, unknown>, result: RoutedContact): string[] {
  return Object.keys(expected)
    .filter((key) => key !== 'reasons')
    .filter((key) => !isDeepStrictEqual(expected[key], result[key as keyof RoutedContact]))
    .map(
      (key) =>
        `${key} ${show(expected[key])} would become ${show(result[key as keyof RoutedContact])}`
    );
}

function contactOf(scenario: { input: Record<string, unknown> }) {
  const parsed = contactFromJson(scenario.input);
  if (!parsed.ok) throw new Error(parsed.error.error);
  return parsed.contact;
}

interface Outcome {
  reasons: string[] | null;
  changes: string[];
}

function routeOutcome(scenario: RoutingScenario, engine: RoutingEngine): Outcome {
  const result = engine.route(contactOf(scenario));
  return { reasons: result.reasons, changes: decisionChanges(scenario.expected, result) };
}

function transferOutcome(scenario: TransferScenario, engine: RoutingEngine): Outcome {
  const { team, group, flaggedComplaint } = scenario.transfer;
  const result = engine.routeToTeam(contactOf(scenario), team, group, flaggedComplaint);
  if (scenario.expected === null)
    return {
      reasons: null,
      changes: result === null ? [] : [`no decision would become rule ${result.rule}`]
    };
  if (result === null)
    return { reasons: null, changes: [`rule ${show(scenario.expected.rule)} would become none`] };
  return { reasons: result.reasons, changes: decisionChanges(scenario.expected, result) };
}

/**
 * Routes every scenario and transfer with the committed configuration and model and says which
 * reasons are stale and which decisions changed; `text` is the file with the stale reasons
 * replaced (and nothing else changed).
 */
export function refreshScenarios(options: RefreshOptions = {}): ScenarioRefresh {
  const root = options.root ?? repoRoot();
  const sourceDirs = options.sourceDirs ?? allSourceDirectories(root);
  const { file, ...content } = readRoutingScenarios(root, options.scenarioDirs ?? sourceDirs);
  const engines = new ScenarioEngines(root, sourceDirs);
  const stale: string[] = [];
  const refused: string[] = [];
  const visit = (
    scenario: { name: string; input: Record<string, unknown>; expected: object | null },
    outcome: Outcome
  ) => {
    const id = String(scenario.input.id);
    if (outcome.changes.length > 0) {
      refused.push(`${id} (${scenario.name}): ${outcome.changes.join('; ')}`);
      return;
    }
    const expected = scenario.expected as { reasons?: unknown } | null;
    if (expected === null || outcome.reasons === null) return;
    if (isDeepStrictEqual(expected.reasons, outcome.reasons)) return;
    expected.reasons = outcome.reasons;
    stale.push(id);
  };
  for (const scenario of content.scenarios)
    visit(scenario, routeOutcome(scenario, engines.for(scenario)));
  for (const transfer of content.transfers ?? [])
    visit(transfer, transferOutcome(transfer, engines.shipped));
  return { file, text: scenarioFileText(content), stale, refused };
}

/** The committed file's text, or '' when it cannot be read. */
function committedText(root: string, file: string): string {
  try {
    return readFileSync(path.join(root, file), 'utf8');
  } catch {
    return '';
  }
}

/**
 * `npm run scenarios`: with `refresh`, rewrites the stale reasons in place; with `check`, writes
 * nothing. Either way a changed decision is refused by name and nothing is written. Returns the
 * line to print; throws a ToolError (exit 1) when refused, or stale under `check`.
 */
export function runScenarioRefresh(
  mode: 'refresh' | 'check',
  options: RefreshOptions = {}
): string {
  const root = options.root ?? repoRoot();
  const refresh = refreshScenarios({ ...options, root });
  if (refresh.refused.length > 0)
    throw new ToolError(
      `${refresh.file}: the engine no longer decides what ${refresh.refused.length} scenario(s) expect, ` +
        'so no reason is refreshed and nothing is written; fix the configuration or the scenario by hand:\n  ' +
        refresh.refused.join('\n  ')
    );
  const upToDate = committedText(root, refresh.file) === refresh.text;
  if (upToDate) return `${refresh.file} up to date${mode === 'refresh' ? ', nothing written' : ''}`;
  const what =
    refresh.stale.length === 0
      ? 'its layout differs'
      : `the reasons of ${refresh.stale.join(', ')} changed`;
  if (mode === 'check')
    throw new ToolError(
      `${refresh.file} is stale: ${what}; run \`npm run scenarios -- --refresh\` and commit it`
    );
  writeFileSync(path.join(root, refresh.file), refresh.text);
  return `refreshed ${refresh.file}: ${what}`;
}
