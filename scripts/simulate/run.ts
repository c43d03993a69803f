/**
 * Runs both strategies on the same scenario (same traffic, same seed) and assembles the result:
 * the contract's `{"scenario":…,"strategies":{"baseline":M,"routed":M}}` plus the details the
 * table and the HTML page show.
 */
import type { StrategyDetails, StrategyFigures } from './metrics';
import { STRATEGIES, type StrategyName } from './model';
import type { Scenario, ScenarioSummary } from './scenario';
import { Simulation } from './simulation';

export interface SimulationOutput {
  scenario: ScenarioSummary;
  strategies: Record<StrategyName, StrategyFigures>;
  details: Record<StrategyName, StrategyDetails>;
  audits: Record<StrategyName, { inFlight: number; found: number; arrivals: number }>;
  events: Record<StrategyName, number>;
}

export function runScenario(
  scenario: Scenario,
  onDay?: (strategy: StrategyName, day: number) => void
): SimulationOutput {
  const strategies = {} as SimulationOutput['strategies'];
  const details = {} as SimulationOutput['details'];
  const audits = {} as SimulationOutput['audits'];
  const events = {} as SimulationOutput['events'];
  const warnings = new Set(scenario.summary.warnings);
  for (const name of STRATEGIES) {
    const result = new Simulation(name, { ...scenario.input, onDay }).run();
    strategies[name] = result.metrics.figures();
    details[name] = result.metrics.details();
    audits[name] = result.audit;
    events[name] = result.events;
    for (const warning of result.warnings) warnings.add(warning);
  }
  return {
    scenario: { ...scenario.summary, warnings: [...warnings].sort() },
    strategies,
    details,
    audits,
    events
  };
}

/** The contract's JSON: exactly scenario and strategies, in that order. */
export function contractJson(output: SimulationOutput): string {
  return JSON.stringify({ scenario: output.scenario, strategies: output.strategies });
}
