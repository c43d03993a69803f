/**
 * One agent's day: shift start and end, breaks (status Break), and times they leave the desk
 * without changing their status (the cause of push timeouts). Drawn from a stream named by the
 * seed, the agent's key and the day, so a larger team keeps every original agent's day.
 */
import { MINUTE, SECOND } from './model';
import { minutesOfDay, type StaffBehaviour } from './profile';
import { Random } from './random';

export type AgentEventKind =
  'shiftStart' | 'shiftEnd' | 'breakStart' | 'breakEnd' | 'awayStart' | 'awayEnd';

export interface AgentEvent {
  /** Milliseconds from the start of the day. */
  at: number;
  kind: AgentEventKind;
}

interface Interval {
  start: number;
  end: number;
}

const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

/**
 * `shiftShare` below 1 is a part-time day: the first share of the shift (breaks that would fall
 * after it are not taken).
 */
export function dayPlan(
  behaviour: StaffBehaviour,
  rotation: number,
  seed: number,
  agentKey: string,
  day: number,
  shiftShare = 1
): AgentEvent[] {
  if (behaviour.shifts.length === 0 || !(shiftShare > 0)) return [];
  const shift = behaviour.shifts[rotation % behaviour.shifts.length]!;
  const start = (minutesOfDay(shift.start) ?? 0) * MINUTE;
  const fullEnd = (minutesOfDay(shift.end) ?? 0) * MINUTE;
  const end = start + Math.round((fullEnd - start) * Math.min(1, shiftShare));
  if (end <= start) return [];
  const random = Random.stream(seed, 'agent-day', agentKey, day);

  const breaks: Interval[] = [];
  for (const plan of behaviour.breaks) {
    const jitter = (random.next() * 2 - 1) * plan.jitterMinutes;
    const at = Math.round(start + (plan.afterMinutes + jitter) * MINUTE);
    const interval = { start: at, end: at + Math.round(plan.minutes * MINUTE) };
    if (interval.start <= start || interval.end >= end) continue;
    if (breaks.some((b) => overlaps(b, interval))) continue;
    breaks.push(interval);
  }

  const aways: Interval[] = [];
  const count = random.poisson(behaviour.stepAways.perShift);
  for (let i = 0; i < count; i++) {
    const at = Math.round(start + random.next() * (end - start));
    const length = Math.max(
      SECOND,
      Math.round(random.logNormal(behaviour.stepAways.minutes) * MINUTE)
    );
    const interval = { start: at, end: Math.min(end - SECOND, at + length) };
    if (interval.end <= interval.start) continue;
    if ([...breaks, ...aways].some((b) => overlaps(b, interval))) continue;
    aways.push(interval);
  }

  const events: AgentEvent[] = [
    { at: start, kind: 'shiftStart' },
    { at: end, kind: 'shiftEnd' }
  ];
  for (const b of breaks)
    events.push({ at: b.start, kind: 'breakStart' }, { at: b.end, kind: 'breakEnd' });
  for (const a of aways)
    events.push({ at: a.start, kind: 'awayStart' }, { at: a.end, kind: 'awayEnd' });
  return events.sort((a, b) => a.at - b.at);
}
