/**
 * The lead's "what if" overrides, as typed on the command line:
 *   --push-timeout 30                  every channel's push timeout becomes 30 s (0 = none)
 *   --push-timeout chat=15,phone=30    per channel
 *   --capacity 4                       every presence configuration's capacity becomes 4
 *   --capacity Chat_Reps=4,Email_Reps=6  per presence configuration (developer name)
 * They change the `routed` strategy's Omni-Channel settings only: `baseline` is today's setup.
 */
import { UsageError } from '../lib/cli';
import { CHANNELS, type Channel } from '../routing/model';
import type { Overrides } from './simulation';

function entries(spec: string, flag: string): [string | null, number][] {
  return spec
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [name, value] = part.includes('=') ? part.split('=', 2) : [null, part];
      const number = Number(value);
      if (value === undefined || value.trim() === '' || !Number.isFinite(number) || number < 0)
        throw new UsageError(`${flag}: "${part}" is not a number of 0 or more`);
      return [name === null ? null : name!.trim(), number];
    });
}

export function parsePushTimeout(spec: string | undefined): Overrides['pushTimeoutSeconds'] {
  const result: Overrides['pushTimeoutSeconds'] = {};
  if (spec === undefined) return result;
  for (const [name, seconds] of entries(spec, '--push-timeout')) {
    if (name === null) {
      for (const channel of CHANNELS) result[channel] = seconds;
      continue;
    }
    const channel = name.toLowerCase();
    if (!(CHANNELS as readonly string[]).includes(channel))
      throw new UsageError(
        `--push-timeout: unknown channel "${name}" (use ${CHANNELS.join(', ')}, or one number for all)`
      );
    result[channel as Channel] = seconds;
  }
  return result;
}

export function parseCapacity(
  spec: string | undefined,
  known: Iterable<string> = []
): Overrides['capacity'] {
  const result: Overrides['capacity'] = {};
  if (spec === undefined) return result;
  const names = new Set(known);
  for (const [name, capacity] of entries(spec, '--capacity')) {
    if (!Number.isInteger(capacity))
      throw new UsageError(`--capacity: capacity must be a whole number, got ${capacity}`);
    if (name === null) result['*'] = capacity;
    else if (names.size > 0 && !names.has(name))
      throw new UsageError(
        `--capacity: no presence configuration named "${name}" (known: ${[...names].sort().join(', ')})`
      );
    else result[name] = capacity;
  }
  return result;
}
