import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runCli, ToolError } from '../lib/cli';
import { runScenario } from '../simulate/run';
import { DEFAULT_SEED, loadScenario } from '../simulate/scenario';

/** The budget: 30 days of this firm's traffic, both strategies, on this 2-core machine. */
const BUDGET_MS = 10_000;
const DAYS = [1, 7, 30];

// A garbage collection before each measurement makes heap figures comparable between runs.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

runCli(
  {
    name: 'bench:simulate',
    summary:
      'Measures the simulator on the shipped configuration and data: wall time, events per second and heap for 1, 7 and 30 days ' +
      '(both strategies). Heap is sampled at every simulated midnight; "peak" staying flat as days grow shows that memory does not ' +
      `grow with the number of days. Exits 1 when 30 days take longer than ${BUDGET_MS / 1000} s.`,
    options: { seed: { type: 'string' } },
    descriptions: { seed: `Random seed (default ${DEFAULT_SEED}).` }
  },
  (args) => {
    const seed = args.values.seed === undefined ? DEFAULT_SEED : Number(args.values.seed);
    const rows: string[][] = [
      ['days', 'contacts', 'events', 'wall ms', 'events/s', 'heap peak MB', 'heap after MB']
    ];
    let thirtyDayMs = 0;
    const peaks: number[] = [];
    // A warm-up run so that the first measurement is not the JIT compiling the simulator.
    runScenario(
      loadScenario({
        days: 1,
        seed,
        agentsScale: 1,
        overrides: { pushTimeoutSeconds: {}, capacity: {} }
      })
    );
    for (const days of DAYS) {
      const scenario = loadScenario({
        days,
        seed,
        agentsScale: 1,
        overrides: { pushTimeoutSeconds: {}, capacity: {} }
      });
      gc();
      let peak = process.memoryUsage().heapUsed;
      const started = process.hrtime.bigint();
      const output = runScenario(scenario, () => {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      gc();
      const after = process.memoryUsage().heapUsed;
      const events = output.events.baseline + output.events.routed;
      const contacts = output.strategies.baseline.contacts + output.strategies.routed.contacts;
      if (days === 30) thirtyDayMs = ms;
      peaks.push(peak);
      rows.push([
        String(days),
        String(contacts),
        String(events),
        ms.toFixed(0),
        Math.round(events / (ms / 1000)).toString(),
        mb(peak),
        mb(after)
      ]);
    }
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const row of rows)
      process.stdout.write(row.map((cell, i) => cell.padStart(widths[i]!)).join('  ') + '\n');
    const growth = peaks[peaks.length - 1]! / peaks[1]!;
    process.stdout.write(
      `\nHeap peak 30 days / 7 days: ${growth.toFixed(2)} (flat is about 1). ` +
        `30 days: ${(thirtyDayMs / 1000).toFixed(2)} s of a ${BUDGET_MS / 1000} s budget.\n`
    );
    if (thirtyDayMs > BUDGET_MS)
      throw new ToolError(
        `30 days took ${(thirtyDayMs / 1000).toFixed(1)} s, over the ${BUDGET_MS / 1000} s budget`
      );
    return 0;
  }
);
