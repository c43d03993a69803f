/**
 * Classification quality on realistic customer messages (the quality bar of docs/design.md#business: misrouting between the expert groups ends): at least 95% reach
 * the right team and group, and no complaint about an account manager reaches that manager.
 * Two labelled sets: the simulator's corpus (data/corpus/messages.jsonl) and a blind set written
 * from docs/design.md#routing-semantics alone, without sight of the triage phrases (data/corpus/blind-set.jsonl). Both
 * were then used to tune the phrases, so they guard against regressions; they are no longer unseen.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadRoutingConfig } from '../../../scripts/routing/config';
import { RoutingEngine } from '../../../scripts/routing/engine';
import { contactFromJson } from '../../../scripts/routing/input';
import { repoRoot } from '../../../scripts/lib/project';

interface Labelled {
  id: string;
  channel: string;
  segment: 'HNW' | 'STANDARD';
  accountManager?: string | null;
  subject?: string | null;
  body?: string | null;
  message?: string | null;
  transcript?: string | null;
  intake?: unknown;
  truth: { team: string; group: string | null; issueType: string };
}

const engine = new RoutingEngine(loadRoutingConfig());

function read(file: string): Labelled[] {
  return readFileSync(path.join(repoRoot(), file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Labelled);
}

function route(m: Labelled) {
  const parsed = contactFromJson({
    id: m.id,
    channel: m.channel,
    subject: m.subject ?? null,
    body: m.body ?? m.message ?? null,
    transcript: m.transcript ?? null,
    intake: m.intake ?? null,
    customer: {
      investableAssets: m.segment === 'HNW' ? 2_500_000 : 150_000,
      accountManager: m.accountManager ? { name: m.accountManager, active: true } : null
    }
  });
  if (!parsed.ok) throw new Error(`${m.id}: ${parsed.error.error}`);
  return engine.route(parsed.contact);
}

describe.each([
  ['the simulator corpus', 'data/corpus/messages.jsonl'],
  ['the blind set', 'data/corpus/blind-set.jsonl']
])('routing %s', (_name, file) => {
  const messages = read(file);
  const results = messages.map((m) => ({ m, r: route(m) }));

  it('reaches the right team and group for at least 95% of the messages', () => {
    const wrong = results.filter(
      ({ m, r }) => r.team !== m.truth.team || r.group !== (m.truth.group ?? null)
    );
    const accuracy = 1 - wrong.length / messages.length;
    if (accuracy < 0.95) {
      throw new Error(
        `accuracy ${(accuracy * 100).toFixed(1)}% on ${messages.length} messages; misrouted:\n` +
          wrong
            .map(
              ({ m, r }) => `  ${m.id}: ${m.truth.team}/${m.truth.group} -> ${r.team}/${r.group}`
            )
            .join('\n')
      );
    }
    expect(messages.length).toBeGreaterThanOrEqual(200);
  });

  it('never sends a high-net-worth staff concern to the account manager', () => {
    const toManager = results
      .filter(({ m, r }) => m.truth.group === 'DIRECTOR' && r.group === 'ACCOUNT_MANAGER')
      .map(({ m }) => m.id);
    expect(toManager).toEqual([]);
  });
});
