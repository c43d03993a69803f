/**
 * `npm run smoke` as a library against the fake Salesforce REST API with the project's Apex
 * behaviour installed (test/fakes/salesforce/service-desk-apex.ts): a deployed and seeded org
 * passes; each way the org can drift from `npm run route` is a difference in the table and exit
 * status 1; what the run creates is deleted either way, so it can run again.
 */
import { UsageError } from '../../../scripts/lib/cli';
import { loadRoutingConfig } from '../../../scripts/routing/config';
import { runSeed } from '../../../scripts/seed/seed';
import { runSmoke, type SmokeOutcome } from '../../../scripts/smoke/smoke';
import { REAL_DATA_DIR } from '../../fakes/seed-data';
import { apiFor } from '../../fakes/salesforce/connect';
import { FakeSalesforce } from '../../fakes/salesforce/server';
import { installServiceDeskApex, type ApexFault } from '../../fakes/salesforce/service-desk-apex';
import { serviceOrg, type ServiceOrgOptions } from '../../fakes/salesforce/service-org';

const config = loadRoutingConfig();
let fake: FakeSalesforce;
let log: string[];

async function seededOrg(options: ServiceOrgOptions & { seed?: boolean } = {}): Promise<void> {
  fake = await FakeSalesforce.start(serviceOrg(options).org);
  if (options.seed !== false) {
    const seeded = await runSeed({
      api: apiFor(fake),
      dataDir: REAL_DATA_DIR,
      dryRun: false,
      allowProduction: true,
      log: () => undefined
    });
    expect(seeded.exitCode).toBe(0);
  }
}

function smoke(
  options: { keep?: boolean; allowProduction?: boolean; signal?: AbortSignal } = {}
): Promise<SmokeOutcome> {
  log = [];
  return runSmoke({
    api: apiFor(fake),
    config,
    keep: options.keep ?? false,
    allowProduction: options.allowProduction ?? false,
    runId: 'test',
    log: (line) => log.push(line),
    signal: options.signal
  });
}

const smokeCases = () =>
  fake.org
    .all('Case')
    .filter(
      (c) =>
        String(c.Subject ?? '').startsWith('[smoke') ||
        String(c.Description ?? '').includes('[smoke')
    );
const diffs = (outcome: SmokeOutcome) =>
  outcome.checks
    .filter((c) => !c.ok)
    .map((c) => `${c.contact} ${c.check}: expected ${c.expected}, org ${c.actual}`);

afterEach(() => fake?.close());

describe('given a deployed and seeded org whose Apex routes as the TypeScript engine predicts', () => {
  beforeEach(async () => {
    await seededOrg();
    installServiceDeskApex(fake);
  });

  it('when the smoke test runs, then every check passes, the table is printed and what it created is deleted', async () => {
    const before = fake.org.all('Case').length;

    const outcome = await smoke();

    expect(diffs(outcome)).toEqual([]);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.created).toHaveLength(4);
    // Every comparison the README promises, for each of the four contacts: dropping one is a failure.
    const stamped = [
      'RoutingTeam__c',
      'RoutingGroup__c',
      'RoutingTopic__c',
      'IssueType__c',
      'CustomerSegment__c',
      'AboutAccountManager__c',
      'RoutingRule__c',
      'RoutingTarget__c',
      'RoutingStatus__c'
    ];
    const routing = [
      'routing: service channel',
      'routing: type',
      'routing: ready',
      'routing: secondary priority'
    ];
    const rows = (contact: string, checks: string[]) => checks.map((c) => `${contact} | ${c}`);
    expect(outcome.checks.map((c) => `${c.contact} | ${c.check}`)).toEqual([
      ...rows('email-ecommerce', [
        'contact',
        ...stamped,
        'owner',
        "pending routings besides the queue's own"
      ]),
      ...rows('email-ai-portfolios', [
        'contact',
        ...stamped,
        'pending routings',
        ...routing,
        'routing: skills',
        'routing: preferred user'
      ]),
      ...rows('email-hnw-complaint', [
        'contact',
        ...stamped,
        'Priority',
        'pending routings',
        ...routing,
        'routing: preferred user',
        'not the accused manager',
        'routing: preferred user required'
      ]),
      ...rows('ivr-hnw-portfolio', [
        'contact',
        'IntakeTopic__c',
        'IVR reply team/group',
        ...stamped,
        'Priority',
        'pending routings',
        ...routing,
        'routing: preferred user',
        'routing: preferred user required'
      ])
    ]);
    const text = log.join('\n');
    expect(text).toMatch(/^contact\s+check\s+expected \(npm run route\)\s+org/m);
    expect(text).toMatch(
      /email-ai-portfolios\s+routing: skills\s+AI_Portfolios, Channel_Email\s+AI_Portfolios, Channel_Email\s+ok/
    );
    expect(text).toMatch(
      /email-hnw-complaint\s+routing: preferred user\s+the director \(Margaret Hale\)\s+Margaret Hale\s+ok/
    );
    expect(text).toMatch(
      /ivr-hnw-portfolio\s+routing: preferred user\s+Daniel Brooks\s+Daniel Brooks\s+ok/
    );
    expect(text).toMatch(
      /email-ecommerce\s+owner\s+queue Ecommerce_Email\s+queue Ecommerce_Email\s+ok/
    );
    expect(text).toContain('Smoke test passed: ');
    expect(text).toMatch(
      /Cleaned up: 4 case\(s\), 4 pending routing\(s\), 2 skill requirement\(s\)\./
    );
    expect(smokeCases()).toEqual([]);
    expect(fake.org.all('PendingServiceRouting')).toEqual([]);
    expect(fake.org.all('SkillRequirement')).toEqual([]);
    expect(fake.org.all('Case')).toHaveLength(before);
  });

  it('when it runs twice, then the second run passes too: nothing of the first is left to get in the way', async () => {
    expect((await smoke()).exitCode).toBe(0);
    expect((await smoke()).exitCode).toBe(0);
  });

  it('when run with --keep, then the cases stay in the org, marked, and their Ids are printed', async () => {
    const outcome = await smoke({ keep: true });

    expect(outcome.exitCode).toBe(0);
    expect(
      smokeCases()
        .map((c) => c.Id)
        .sort()
    ).toEqual([...outcome.created].sort());
    expect(
      smokeCases()
        .filter((c) => c.Origin === 'Email')
        .every((c) => String(c.Subject).startsWith('[smoke test] '))
    ).toBe(true);
    expect(log.join('\n')).toContain(
      `Kept 4 case(s) for a look (--keep): ${outcome.created.join(', ')}.`
    );
  });
});

describe('given an org that refuses one of the email cases', () => {
  it('when the smoke test runs, then it stops, says which, and deletes the cases the org took', async () => {
    await seededOrg();
    installServiceDeskApex(fake);
    let smokeEmails = 0;
    fake.org.rejectWrites(
      'Case',
      (c) => String(c.Subject ?? '').startsWith('[smoke') && ++smokeEmails === 2,
      'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      'A validation rule of this org refuses it'
    );

    await expect(smoke()).rejects.toThrow(
      /refused the smoke test's email cases:[\s\S]*A validation rule of this org refuses it[\s\S]*The 2 case\(s\) it took were deleted\./
    );
    expect(smokeCases()).toEqual([]);
  });
});

describe('given an org that refuses to delete the smoke cases', () => {
  it('then the run fails even though every check passed, and names the cases left behind', async () => {
    await seededOrg();
    installServiceDeskApex(fake);
    let cleaningUp = false;
    fake.org.rejectWrites(
      'Case',
      (c) => cleaningUp && String(c.Subject ?? '').startsWith('[smoke'),
      'INSUFFICIENT_ACCESS_OR_READONLY',
      'insufficient access rights on object id'
    );
    log = [];

    const outcome = await runSmoke({
      api: apiFor(fake),
      config,
      keep: false,
      allowProduction: false,
      runId: 'test',
      log: (line) => {
        log.push(line);
        // The table and its summary are printed; what follows is the cleanup.
        if (/^Smoke test /.test(line)) cleaningUp = true;
      }
    });

    expect(diffs(outcome)).toEqual([]);
    expect(outcome.leftovers.length).toBeGreaterThan(0);
    expect(outcome.exitCode).toBe(1);
    expect(log.join('\n')).toContain(`! Could not delete ${outcome.leftovers[0]!}`);
  });
});

describe('given an admin who interrupts the run (Ctrl-C) while the email cases are sent', () => {
  it('then no call is made, it says so, and the cases the org took are deleted', async () => {
    await seededOrg();
    installServiceDeskApex(fake);
    const interrupt = new AbortController();
    // The interruption arrives while the org is taking the smoke cases (the predicate refuses nothing).
    fake.org.rejectWrites(
      'Case',
      (c) => {
        if (String(c.Subject ?? '').startsWith('[smoke')) interrupt.abort();
        return false;
      },
      'UNUSED',
      'unused'
    );

    await expect(smoke({ signal: interrupt.signal })).rejects.toThrow(
      /^Interrupted after 3 of 4 contact\(s\): nothing more was sent\.$/
    );
    expect(smokeCases()).toEqual([]);
    expect(
      fake.org.all('Case').filter((c) => String(c.Description ?? '').includes('[smoke'))
    ).toEqual([]);
    expect(log.join('\n')).toMatch(/Cleaned up: 3 case\(s\)/);
  });
});

describe('given an org that drifted from npm run route', () => {
  const withFault = async (fault: ApexFault) => {
    await seededOrg();
    installServiceDeskApex(fake, fault);
    const outcome = await smoke();
    expect(outcome.exitCode).toBe(1);
    expect(log.join('\n')).toMatch(/Smoke test FAILED: \d+ of \d+ checks differ/);
    expect(smokeCases()).toEqual([]);
    return diffs(outcome);
  };

  it('when a skills routing lacks the channel skill, then exactly that difference is reported', async () => {
    expect(await withFault('drop-channel-skill')).toEqual([
      'email-ai-portfolios routing: skills: expected AI_Portfolios, Channel_Email, org AI_Portfolios'
    ]);
  });

  it('when a complaint about the account manager is routed to that manager, then the preferred user and the complaint invariant are reported', async () => {
    expect(await withFault('complaint-to-accused-manager')).toEqual([
      'email-hnw-complaint routing: preferred user: expected the director (Margaret Hale), org Daniel Brooks',
      'email-hnw-complaint not the accused manager: expected neither owner nor preferred user is Daniel Brooks, org owner Ada Admin, preferred Daniel Brooks'
    ]);
  });

  it('when Apex routings carry no secondary priority, then each skills and user routing is reported with the case priority', async () => {
    expect(await withFault('no-secondary-priority')).toEqual([
      'email-ai-portfolios routing: secondary priority: expected 2 (Priority Medium), org (none) (Priority Medium)',
      'email-hnw-complaint routing: secondary priority: expected 1 (Priority High), org (none) (Priority High)',
      'ivr-hnw-portfolio routing: secondary priority: expected 1 (Priority High), org (none) (Priority High)'
    ]);
  });

  it("when the Email-to-Case owner's queue routing is left beside the Apex routing, then the second pending routing is reported", async () => {
    expect(await withFault('queue-routing-left')).toEqual(
      expect.arrayContaining([
        'email-ai-portfolios pending routings: expected 1, org 2',
        'email-hnw-complaint pending routings: expected 1, org 2'
      ])
    );
  });

  it('when a queue target lands in another queue, then the owner is reported', async () => {
    expect(await withFault('wrong-queue')).toEqual([
      'email-ecommerce owner: expected queue Ecommerce_Email, org queue Triage',
      "email-ecommerce pending routings besides the queue's own: expected 0, org 1"
    ]);
  });

  it('when the IVR cannot identify the caller, then the missing contact and every decision that depends on the customer are reported', async () => {
    const found = await withFault('ivr-caller-unknown');
    expect(log.join('\n')).toMatch(
      /ivr-hnw-portfolio: the IVR did not find Eleanor Whitfield by .*Salesforce can take 15 minutes or more to make new records searchable/
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^ivr-hnw-portfolio contact: expected Eleanor Whitfield, org \(none\)$/
        ),
        expect.stringMatching(/^ivr-hnw-portfolio CustomerSegment__c: expected HNW, org STANDARD$/)
      ])
    );
  });
});

describe('given orgs the smoke test cannot use', () => {
  it('given an org where the IVR resource is not deployed, then the call is a difference, the email cases are still checked and deleted', async () => {
    await seededOrg();
    installServiceDeskApex(fake);
    fake.onApexRest('POST', 'ivr/intake', () => ({
      status: 404,
      body: [{ errorCode: 'NOT_FOUND', message: 'Could not find a match for URL /ivr/intake' }]
    }));

    const outcome = await smoke();

    expect(outcome.exitCode).toBe(1);
    expect(diffs(outcome)).toEqual([
      expect.stringMatching(
        /^ivr-hnw-portfolio IVR intake: expected HTTP 201 with a case, org .*NOT_FOUND/
      )
    ]);
    expect(outcome.created).toHaveLength(3);
    expect(smokeCases()).toEqual([]);
  });

  it('given an org that is not seeded, then it says to seed first and creates nothing', async () => {
    await seededOrg({ seed: false });
    installServiceDeskApex(fake);

    await expect(smoke()).rejects.toThrow(/are not in the org: run npm run seed first/);
    expect(fake.writes).toEqual([]);
  });

  it('given a production org, then it refuses unless allowed, before creating anything', async () => {
    await seededOrg({ kind: 'production' });
    installServiceDeskApex(fake);
    fake.reset();

    await expect(smoke()).rejects.toThrow(UsageError);
    expect(fake.writes).toEqual([]);
    expect((await smoke({ allowProduction: true })).exitCode).toBe(0);
  });
});
