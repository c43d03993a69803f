/**
 * `npm run route` as a library: JSON Lines in, one JSON line out per input line, in order.
 * Blank lines are skipped. Returns whether any line was an error (the CLI exits 1 then).
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { RoutingEngine, toRouteJson } from './engine';
import { parseContactLine } from './input';

export interface RouteStreamSummary {
  lines: number;
  routed: number;
  errors: number;
}

export async function routeStream(
  engine: RoutingEngine,
  input: Readable,
  output: Writable
): Promise<RouteStreamSummary> {
  const summary: RouteStreamSummary = { lines: 0, routed: 0, errors: 0 };
  const reader = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const read of reader) {
    lineNumber++;
    // A byte order mark some editors put before the first line is not part of the JSON.
    const line = lineNumber === 1 && read.startsWith('\uFEFF') ? read.slice(1) : read;
    if (line.trim() === '') continue;
    summary.lines++;
    const parsed = parseContactLine(line, lineNumber);
    let out: unknown;
    if (parsed.ok) {
      // The id goes back as the caller wrote it (a number stays a number), in its first place.
      out = { ...toRouteJson(engine.route(parsed.contact)), id: parsed.inputId };
      summary.routed++;
    } else {
      out = parsed.error;
      summary.errors++;
    }
    if (!output.write(JSON.stringify(out) + '\n')) {
      await new Promise<void>((resolve) => output.once('drain', () => resolve()));
    }
  }
  return summary;
}
