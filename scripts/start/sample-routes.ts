/**
 * Where each sample contact of data/sample-cases.json goes, and why, in words an admin reads:
 * who the customer is, the team and target the rules choose (with the named account manager or
 * director from data/teams.json), the rule, and every reason, one a line. A sample that lands
 * somewhere else than its `expect` is flagged: the data or the rules changed.
 */
import type { RoutedContact } from '../routing/engine';
import { RoutingEngine } from '../routing/engine';
import type { Target } from '../routing/model';
import type { SeedData } from '../seed/data-model';
import { accountOf, allSamples, managerOf } from '../seed/sample-contacts';

const money = (n: number) => `$${n.toLocaleString('en-US')}`;

export interface SampleRoute {
  key: string;
  routed: RoutedContact;
  matchesExpectation: boolean;
  lines: string[];
}

function describeTarget(target: Target, manager: string | null, director: string | null): string {
  switch (target.kind) {
    case 'queue':
      return `queue ${target.queue}`;
    case 'skills':
      return `skills ${target.skills.join(' + ')} (fallback queue ${target.fallbackQueue})`;
    case 'user': {
      const who =
        target.user === 'director'
          ? `the director${director ? ` ${director}` : ''}`
          : `the account manager${manager ? ` ${manager}` : ''}`;
      return `${who} (fallback queue ${target.fallbackQueue})`;
    }
  }
}

/** Where a sample came in, as an admin names it: a web form is not an email, though it is routed as one. */
export function entryLabel(origin: string, channel: string): string {
  const entry = origin.toLowerCase();
  return entry === channel ? entry : `${entry}, routed as ${channel}`;
}

export function routeSamples(engine: RoutingEngine, data: SeedData): SampleRoute[] {
  const director = data.teams.users.find((u) => u.position === 'director' && u.active !== false);
  const directorName = director ? `${director.firstName} ${director.lastName}` : null;
  return allSamples(data).map((sample) => {
    const routed = engine.route(sample.contact);
    const account = accountOf(sample.contactKey, data);
    const person = account?.contacts.find((c) => c.key === sample.contactKey);
    const manager = account ? managerOf(account, data) : undefined;
    const customer = account
      ? `${person ? `${person.firstName} ${person.lastName}` : account.name}, ${money(account.investableAssets)}`
      : 'unknown sender';
    const matchesExpectation =
      routed.team === sample.expect.team && routed.group === sample.expect.group;
    const [first, ...more] = routed.reasons;
    const lines = [
      `  ${sample.key}  [${entryLabel(sample.origin, routed.channel)}]  ${customer}`,
      `    → ${routed.team}${routed.group ? ` / ${routed.group}` : ''}: ${describeTarget(
        routed.target,
        manager ? `${manager.firstName} ${manager.lastName}` : null,
        directorName
      )}  (rule ${routed.rule})`,
      `      why: ${first ?? 'no reason recorded'}`,
      ...more.map((reason) => `           ${reason}`)
    ];
    if (!matchesExpectation)
      lines.push(
        `      ! expected ${sample.expect.team}${sample.expect.group ? ` / ${sample.expect.group}` : ''} (data/sample-cases.json)`
      );
    return { key: sample.key, routed, matchesExpectation, lines };
  });
}
