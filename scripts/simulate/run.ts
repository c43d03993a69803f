/**
 * Runs both strategies on the same scenario (same traffic, same seed) and assembles the result:
 * the contract's `{"scenario":…,"strategies":{"baseline":M,"routed":M}}` plus the details the
 * table and the HTML page show.
 */
import { RoutingEngine } from '../routing/engine';
import type { FactorFigures, StrategyDetails, StrategyFigures } from './metrics';
import { STRATEGIES, type StrategyName } from './model';
import type { Scenario, ScenarioSummary } from './scenario';
import { Simulation } from './simulation';

export interface SimulationOutput {
  scenario: ScenarioSummary;
  strategies: Record<StrategyName, StrategyFigures>;
  details: Record<StrategyName, StrategyDetails>;
  audits: Record<StrategyName, { inFlight: number; found: number; arrivals: number }>;
  events: Record<StrategyName, number>;
  /**
   * The factors' contacts when `routed` runs again without the routing factors (same traffic and
   * seed), to show what the factors change; absent when not asked for or the factors are off.
   */
  routedWithoutFactors?: FactorFigures;
}

export interface RunOptions {
  onDay?: (strategy: StrategyName, day: number) => void;
  /** Also run `routed` without the routing factors (when they are on) for the factor table. */
  compareFactors?: boolean;
}

export function runScenario(
  scenario: Scenario,
  onDayOrOptions?: ((strategy: StrategyName, day: number) => void) | RunOptions
): SimulationOutput {
  const options: RunOptions =
    typeof onDayOrOptions === 'function' ? { onDay: onDayOrOptions } : (onDayOrOptions ?? {});
  const onDay = options.onDay;
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
  let routedWithoutFactors: FactorFigures | undefined;
  if (options.compareFactors && scenario.input.engine.usesFactors) {
    const engine = new RoutingEngine(scenario.input.routing, { factors: false });
    routedWithoutFactors = new Simulation('routed', { ...scenario.input, engine })
      .run()
      .metrics.details().factors;
  }
  return {
    scenario: { ...scenario.summary, warnings: [...warnings].sort() },
    strategies,
    details,
    audits,
    events,
    ...(routedWithoutFactors ? { routedWithoutFactors } : {})
  };
}

/** Runs longer than this many days report their progress. */
export const PROGRESS_FROM_DAYS = 30;

/** A progress callback for long runs: one line per tenth of the days, per strategy. */
export function dayProgress(
  days: number,
  write: (line: string) => void
): ((strategy: StrategyName, day: number) => void) | undefined {
  if (days <= PROGRESS_FROM_DAYS) return undefined;
  const step = Math.ceil(days / 10);
  return (strategy, day) => {
    if (day > 0 && (day % step === 0 || day === days))
      write(`${strategy}: ${day} of ${days} days done`);
  };
}

/** The contract's JSON: exactly scenario and strategies, in that order. */
export function contractJson(output: SimulationOutput): string {
  return JSON.stringify({ scenario: output.scenario, strategies: output.strategies });
}
