/**
 * The smoke contacts stay meaningful: each is a customer `npm run seed` creates, and the engine
 * (on the seeded customer facts) still routes each one where it is meant to go, so together they
 * cover a queue, a skills and both user targets as the rules and phrases change.
 */
import { loadRoutingConfig } from '../../../scripts/routing/config';
import { RoutingEngine } from '../../../scripts/routing/engine';
import { loadSeedData } from '../../../scripts/seed/data-files';
import { accountOf, managerOf } from '../../../scripts/seed/sample-contacts';
import { SMOKE_CONTACTS } from '../../../scripts/smoke/contacts';
import { REAL_DATA_DIR } from '../../fakes/seed-data';

const data = loadSeedData(REAL_DATA_DIR);
const engine = new RoutingEngine(loadRoutingConfig());

describe.each(SMOKE_CONTACTS.map((c) => [c.key, c] as const))('smoke contact %s', (_key, smoke) => {
  it('given the seeded customers, when routed by the engine, then it reaches the team and group it is meant to exercise', () => {
    const account = accountOf(smoke.contact, data);
    expect(account).toBeDefined();
    const manager = managerOf(account!, data);
    const result = engine.route({
      id: smoke.key,
      channel: smoke.channel,
      subject: smoke.channel === 'email' ? smoke.subject : null,
      body: smoke.channel === 'email' ? smoke.body : smoke.transcript,
      transcript: null,
      intake:
        smoke.channel === 'phone'
          ? { topic: smoke.topic, aboutStaff: smoke.aboutStaff ? true : null }
          : null,
      customer: {
        investableAssets: account!.investableAssets,
        accountManager: manager
          ? { name: `${manager.firstName} ${manager.lastName}`, active: manager.active !== false }
          : null
      }
    });
    expect([result.team, result.group]).toEqual([smoke.intent.team, smoke.intent.group]);
  });
});

it('given all smoke contacts, when routed, then they cover a queue, a skills and both user targets, by email and by phone', () => {
  const kinds = new Set(SMOKE_CONTACTS.map((c) => `${c.intent.team}/${c.intent.group ?? ''}`));
  expect(kinds).toEqual(
    new Set(['ECOMMERCE/', 'EXPERTS/AI_PORTFOLIOS', 'HNW/DIRECTOR', 'HNW/ACCOUNT_MANAGER'])
  );
  expect(new Set(SMOKE_CONTACTS.map((c) => c.channel))).toEqual(new Set(['email', 'phone']));
});
