/**
 * `npm run seed` as a library against the fake Salesforce REST API: the plan, what lands in the
 * org, idempotency, batching, per-record failures, and the refusals that protect an org.
 */
import { UsageError } from '../../../scripts/lib/cli';
import { runSeed, type SeedOutcome } from '../../../scripts/seed/seed';
import { addClients, copyOfRealData, REAL_DATA_DIR, type DataDir } from '../../fakes/seed-data';
import { apiFor } from '../../fakes/salesforce/connect';
import { FakeSalesforce } from '../../fakes/salesforce/server';
import { serviceOrg, type ServiceOrgOptions } from '../../fakes/salesforce/service-org';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Quick texts in the shipped data: the plan must create each of them once. */
const QUICK_TEXTS = (
  JSON.parse(readFileSync(path.join(REAL_DATA_DIR, 'quick-texts.json'), 'utf8')) as {
    quickTexts: unknown[];
  }
).quickTexts.length;

let fake: FakeSalesforce;
let data: DataDir | undefined;
let adminId: string;
let log: string[];

async function startOrg(options: ServiceOrgOptions = {}): Promise<void> {
  const built = serviceOrg(options);
  adminId = built.adminId;
  fake = await FakeSalesforce.start(built.org);
}

function seed(
  options: { dryRun?: boolean; allowProduction?: boolean; dataDir?: string } = {}
): Promise<SeedOutcome> {
  log = [];
  return runSeed({
    api: apiFor(fake),
    dataDir: options.dataDir ?? data?.dir ?? REAL_DATA_DIR,
    dryRun: options.dryRun ?? false,
    allowProduction: options.allowProduction ?? false,
    log: (line) => log.push(line)
  });
}

/** Mateo, a chat rep, becomes an email rep: no Service_Chat_Agent, no Enhanced Chat User licence. */
function moveMateoFromChatToEmail(files: Parameters<Parameters<DataDir['change']>[0]>[0]): void {
  const mateo = files.teams.users.find((u) => u.key === 'mateo.alvarez')!;
  mateo.channels = ['email'];
  mateo.permissionSets = mateo.permissionSets.filter((s) => s !== 'Service_Chat_Agent');
  mateo.permissionSetLicenses = [];
  mateo.publicGroups = ['Ecommerce_Email_Reps'];
  mateo.skills = mateo.skills.map((s) =>
    s.skill === 'Channel_Chat' ? { ...s, skill: 'Channel_Email' } : s
  );
}

const planRow = (outcome: SeedOutcome, object: string) => {
  const plan = outcome.plan.objects.find((p) => p.spec.object === object)!;
  return {
    create: plan.creates.length,
    update: plan.updates.length,
    delete: plan.deletes.length,
    unchanged: plan.unchanged,
    skipped: plan.skipped.length
  };
};

afterEach(async () => {
  await fake?.close();
  data?.remove();
  data = undefined;
});

describe('given a scratch org where the project is deployed', () => {
  beforeEach(() => startOrg());

  it('when seeding with --dry-run, then it prints the plan per object and sends no write', async () => {
    const outcome = await seed({ dryRun: true });

    expect(outcome.exitCode).toBe(0);
    expect(fake.writes).toEqual([]);
    expect(planRow(outcome, 'User')).toEqual({
      create: 19,
      update: 1,
      delete: 0,
      unchanged: 0,
      skipped: 0
    });
    // 14 client accounts and the firm's service-level account that holds the entitlements.
    expect(planRow(outcome, 'Account')).toMatchObject({ create: 15, update: 0 });
    expect(planRow(outcome, 'Entitlement')).toMatchObject({ create: 6, update: 0 });
    expect(planRow(outcome, 'QuickText')).toMatchObject({ create: QUICK_TEXTS });
    expect(log.join('\n')).toMatch(/accounts\s+15\s+0\s+0\s+0\s+0/);
    expect(log).toContain('Dry run: nothing was written.');
    expect(fake.org.all('Account')).toEqual([]);
  });

  it('when seeding, then every team member is an agent with role, permission sets, queue groups, presence configuration and skills', async () => {
    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    const org = fake.org;
    const orgId15 = org.organizationId.slice(0, 15).toLowerCase();
    const daniel = org.find('User', 'Username', `daniel.brooks.${orgId15}@omni-desk.example`);
    expect(daniel).toMatchObject({
      FirstName: 'Daniel',
      LastName: 'Brooks',
      UserPermissionsSupportUser: true,
      IsActive: true
    });
    expect(org.get('UserRole', String(daniel!.UserRoleId))!.DeveloperName).toBe('Account_Manager');

    const chatRep = org
      .all('User')
      .find((u) => u.Username === `mateo.alvarez.${orgId15}@omni-desk.example`)!;
    const groupsOf = (userId: string) =>
      org
        .all('GroupMember')
        .filter((m) => m.UserOrGroupId === userId)
        .map((m) => org.get('Group', String(m.GroupId))!.DeveloperName)
        .sort();
    const teamsFile = copyOfRealData();
    const mateo = teamsFile.read().teams.users.find((u) => u.key === 'mateo.alvarez')!;
    teamsFile.remove();
    expect(groupsOf(chatRep.Id)).toEqual([...mateo.publicGroups].sort());

    const resource = org.all('ServiceResource').find((r) => r.RelatedRecordId === chatRep.Id)!;
    expect(resource).toMatchObject({ ResourceType: 'A', IsActive: true });
    const skills = org
      .all('ServiceResourceSkill')
      .filter((s) => s.ServiceResourceId === resource.Id)
      .map((s) => [org.get('Skill', String(s.SkillId))!.DeveloperName, s.SkillLevel])
      .sort();
    expect(skills).toEqual(mateo.skills.map((s) => [s.skill, s.level]).sort());

    const presence = org.all('PresenceUserConfigUser').find((p) => p.UserId === chatRep.Id)!;
    expect(
      org.get('PresenceUserConfig', String(presence.PresenceUserConfigId))!.DeveloperName
    ).toBe(mateo.presenceConfiguration);

    expect(org.get('User', adminId)!.UserPermissionsSupportUser).toBe(true);
    const adminPermissionSets = org
      .all('PermissionSetAssignment')
      .filter((a) => a.AssigneeId === adminId)
      .map((a) => org.get('PermissionSet', String(a.PermissionSetId))!.Name);
    expect(adminPermissionSets.sort()).toEqual(['Service_Chat_Agent', 'Service_Routing_Admin']);
  });

  it('when seeding, then everyone who takes chats (and the admin) holds the Enhanced Chat User licence and Service_Chat_Agent, and nobody else does', async () => {
    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    const org = fake.org;
    const licence = org.find(
      'PermissionSetLicense',
      'DeveloperName',
      'EmbeddedServiceMessagingUserPsl'
    )!;
    const chatSet = org.find('PermissionSet', 'Name', 'Service_Chat_Agent')!;
    const holders = (rows: Record<string, unknown>[], field: string, id: string) =>
      rows
        .filter((r) => r[field] === id)
        .map((r) => String(r.AssigneeId))
        .sort();
    const licensed = holders(
      org.all('PermissionSetLicenseAssign'),
      'PermissionSetLicenseId',
      licence.Id
    );
    const chatAgents = holders(org.all('PermissionSetAssignment'), 'PermissionSetId', chatSet.Id);
    const teams = copyOfRealData();
    const orgId15 = org.organizationId.slice(0, 15).toLowerCase();
    const expected = teams
      .read()
      .teams.users.filter((u) => u.channels.includes('chat'))
      .map((u) => org.find('User', 'Username', `${u.key}.${orgId15}@omni-desk.example`)!.Id);
    teams.remove();
    expect(expected.length).toBeGreaterThan(5);
    expect(licensed).toEqual([...expected, adminId].sort());
    expect(chatAgents).toEqual(licensed);
  });

  it('when seeding, then HNW accounts point at their account manager and contacts, cases and quick texts carry their seed keys', async () => {
    await seed();

    const org = fake.org;
    const whitfield = org.find('Account', 'SeedKey__c', 'acct-whitfield-family-office')!;
    expect(whitfield.InvestableAssets__c).toBe(4200000);
    expect(org.get('User', String(whitfield.AccountManager__c))!.LastName).toBe('Brooks');
    const eleanor = org.find('Contact', 'SeedKey__c', 'ct-eleanor-whitfield')!;
    expect(eleanor).toMatchObject({
      AccountId: whitfield.Id,
      Email: 'eleanor.whitfield@example.net',
      Phone: '+1 212 555 0142'
    });
    const phoneCase = org.find('Case', 'SeedKey__c', 'case-phone-nakamura-limit-order')!;
    expect(phoneCase).toMatchObject({
      Origin: 'Phone',
      IntakeTopic__c: 'trading_platform',
      IntakeAboutStaff__c: false
    });
    expect(org.get('Contact', String(phoneCase.ContactId))!.SeedKey__c).toBe('ct-kenji-nakamura');
    const emailCase = org.find('Case', 'SeedKey__c', 'case-email-whitfield-rebalancing')!;
    expect(emailCase).toMatchObject({
      Origin: 'Email',
      SuppliedEmail: 'eleanor.whitfield@example.net'
    });
    expect(emailCase.ContactId).toBeUndefined();
    expect(new Set(org.all('Case').map((c) => c.Origin))).toEqual(
      new Set(['Phone', 'Email', 'Web'])
    );
    expect(org.find('QuickText', 'Name', 'Chat - Greeting')).toMatchObject({
      SeedKey__c: 'qt-chat-greeting',
      Channel: 'Messaging'
    });
  });

  it('when seeding, then each shipped entitlement process has its entitlement of the same name on the service-level account', async () => {
    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    const processes = new Map(fake.org.all('SlaProcess').map((p) => [p.Id, p.Name]));
    const [firm] = fake.org.all('Account').filter((a) => a.SeedKey__c === 'service-levels');
    const entitlements = fake.org.all('Entitlement');
    expect(entitlements.map((e) => e.Name).sort()).toEqual([
      'HNW_Chat',
      'HNW_Email',
      'HNW_Phone',
      'Standard_Chat',
      'Standard_Email',
      'Standard_Phone'
    ]);
    for (const e of entitlements) {
      expect(processes.get(e.SlaProcessId as string)).toBe(e.Name);
      expect(e.AccountId).toBe(firm!.Id);
      expect(e.StartDate).toBe('2025-01-01');
    }
  });

  it('when seeding twice, then the second run plans nothing, writes nothing and creates no duplicate', async () => {
    await seed();
    const counts = () =>
      [
        'User',
        'GroupMember',
        'ServiceResourceSkill',
        'Account',
        'Contact',
        'Case',
        'QuickText'
      ].map((o) => fake.org.all(o).length);
    const after1 = counts();
    fake.reset();

    const second = await seed();

    expect(second.exitCode).toBe(0);
    expect(fake.writes).toEqual([]);
    expect(
      second.plan.objects.every((p) => p.creates.length + p.updates.length + p.deletes.length === 0)
    ).toBe(true);
    expect(counts()).toEqual(after1);
    expect(log).toContain('Nothing to write: the org already matches data/.');
    // userinfo, the snapshot's read batches, and one batch reading the knowledge articles.
    expect(second.requests).toBeLessThanOrEqual(4);
  });

  it('when a user with skills is inactive in the data, then the user is seeded inactive without the service resource Salesforce would refuse', async () => {
    data = copyOfRealData();
    data.change((files) => {
      files.teams.users.find((u) => u.key === 'ravi.menon')!.active = false;
    });

    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    const ravi = fake.org.all('User').find((u) => String(u.Username).startsWith('ravi.menon.'))!;
    expect(ravi.IsActive).toBe(false);
    expect(fake.org.all('ServiceResource').some((r) => r.RelatedRecordId === ravi.Id)).toBe(false);
    const skipped = outcome.plan.objects.find((p) => p.spec.object === 'ServiceResource')!.skipped;
    expect(skipped).toContainEqual({
      key: 'ravi.menon',
      reason: expect.stringContaining('inactive')
    });
  });

  it('when a seeded user becomes inactive, then the user and their service resource are switched off and their skills removed', async () => {
    data = copyOfRealData();
    await seed();
    data.change((files) => {
      files.teams.users.find((u) => u.key === 'ravi.menon')!.active = false;
    });
    fake.reset();

    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    const ravi = fake.org.all('User').find((u) => String(u.Username).startsWith('ravi.menon.'))!;
    expect(ravi.IsActive).toBe(false);
    const resource = fake.org.all('ServiceResource').find((r) => r.RelatedRecordId === ravi.Id)!;
    expect(resource.IsActive).toBe(false);
    expect(
      fake.org.all('ServiceResourceSkill').some((s) => s.ServiceResourceId === resource.Id)
    ).toBe(false);
    fake.reset();
    expect(
      (await seed()).plan.objects.every(
        (p) => p.creates.length + p.updates.length + p.deletes.length === 0
      )
    ).toBe(true);
  });

  it("when the admin gave themselves more of the project's permission sets, then seeding again keeps them: the admin's records are only added to", async () => {
    await seed();
    const details = fake.org.find('PermissionSet', 'Name', 'Service_Routing_Details')!;
    const own = fake.org.add('PermissionSetAssignment', {
      AssigneeId: adminId,
      PermissionSetId: details.Id
    });
    fake.reset();

    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    expect(planRow(outcome, 'PermissionSetAssignment')).toMatchObject({ delete: 0 });
    expect(fake.org.all('PermissionSetAssignment').some((a) => a.Id === own)).toBe(true);
  });

  it('when a chat rep moves to email, then the permission set that needs the Enhanced Chat User licence goes before the licence, as Salesforce requires', async () => {
    data = copyOfRealData();
    await seed();
    data.change(moveMateoFromChatToEmail);
    fake.reset();

    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    expect(planRow(outcome, 'PermissionSetAssignment')).toMatchObject({ delete: 1 });
    expect(planRow(outcome, 'PermissionSetLicenseAssign')).toMatchObject({ delete: 1 });
    const mateo = fake.org
      .all('User')
      .find((u) => String(u.Username).startsWith('mateo.alvarez.'))!;
    const held = (object: string) =>
      fake.org.all(object).filter((a) => a.AssigneeId === mateo.Id).length;
    expect(held('PermissionSetLicenseAssign')).toBe(0);
    expect(held('PermissionSetAssignment')).toBe(2);
    const written = log.join('\n');
    expect(written.indexOf('removing permission set assignments')).toBeGreaterThan(-1);
    expect(written.indexOf('removing permission set assignments')).toBeLessThan(
      written.indexOf('removing permission set licence assignments')
    );
  });

  it('when a removal is refused, then nothing is written and the report lists the removals not reached and every write left', async () => {
    data = copyOfRealData();
    await seed();
    data.change(moveMateoFromChatToEmail);
    fake.org.rejectWrites(
      'PermissionSetAssignment',
      () => true,
      'INSUFFICIENT_ACCESS',
      'insufficient access rights on cross-reference id'
    );
    fake.reset();

    const outcome = await seed();

    expect(outcome.exitCode).toBe(1);
    expect(outcome.applied!.stoppedWhile).toBe('removing');
    const left = (object: string) =>
      outcome.applied!.notAttempted.find((p) => p.spec.object === object);
    expect(left('PermissionSetLicenseAssign')!.deletes).toHaveLength(1);
    expect(left('GroupMember')!.creates).toHaveLength(1);
    expect(left('PermissionSetAssignment')).toBeUndefined();
    expect(log).toContainEqual(
      expect.stringMatching(/^Stopped while removing PermissionSetAssignment/)
    );
    expect(log).toContainEqual(
      expect.stringMatching(/^Not attempted: .*permission set licence assignments \(1 to write\)/)
    );
    const mateo = fake.org
      .all('User')
      .find((u) => String(u.Username).startsWith('mateo.alvarez.'))!;
    expect(fake.org.all('PermissionSetLicenseAssign').some((a) => a.AssigneeId === mateo.Id)).toBe(
      true
    );
  });

  it('when the data changes after a seed, then only what changed is written: a renamed account, a new presence configuration, a skill level, a removed skill', async () => {
    data = copyOfRealData();
    await seed();
    data.change((files) => {
      const user = (key: string) => files.teams.users.find((u) => u.key === key)!;
      files.customers.accounts[0]!.name = 'Whitfield Family Office LLC';
      user('mateo.alvarez').presenceConfiguration = 'Team_Leads';
      user('samuel.adeyemi').skills[0]!.level = 3;
      user('daniel.brooks').skills = user('daniel.brooks').skills.filter(
        (s) => s.skill !== 'Channel_Chat'
      );
    });
    fake.reset();

    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    expect(planRow(outcome, 'Account')).toMatchObject({ create: 0, update: 1 });
    expect(
      outcome.plan.objects.find((p) => p.spec.object === 'Account')!.updates[0]!.changed
    ).toEqual(['Name']);
    expect(planRow(outcome, 'PresenceUserConfigUser')).toMatchObject({ create: 1, delete: 1 });
    expect(planRow(outcome, 'ServiceResourceSkill')).toMatchObject({
      create: 0,
      update: 1,
      delete: 1
    });
    const mateo = fake.org
      .all('User')
      .find((u) => String(u.Username).startsWith('mateo.alvarez.'))!;
    const presence = fake.org.all('PresenceUserConfigUser').filter((p) => p.UserId === mateo.Id);
    expect(
      presence.map(
        (p) => fake.org.get('PresenceUserConfig', String(p.PresenceUserConfigId))!.DeveloperName
      )
    ).toEqual(['Team_Leads']);
    expect(planRow(outcome, 'Contact')).toMatchObject({ create: 0, update: 0 });
    expect(fake.org.find('Account', 'SeedKey__c', 'acct-whitfield-family-office')!.Name).toBe(
      'Whitfield Family Office LLC'
    );
    fake.reset();
    expect(
      (await seed()).plan.objects.every(
        (p) => p.creates.length + p.updates.length + p.deletes.length === 0
      )
    ).toBe(true);
  });
});

describe('given a large data set of 1,000 client accounts with a contact each', () => {
  beforeEach(async () => {
    await startOrg();
    data = copyOfRealData();
    data.change((files) => addClients(files, 1000));
  });

  it('when seeding, then it takes about one request per 200 records plus a constant, and says how many', async () => {
    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    expect(fake.org.all('Account')).toHaveLength(1015);
    expect(fake.org.all('Contact')).toHaveLength(1015);
    const written = outcome.applied!.results.reduce(
      (n, r) => n + r.created + r.updated + r.deleted,
      0
    );
    expect(written).toBeGreaterThan(2200);
    // 11 objects written (one request each at least) + userinfo + 2 read batches.
    expect(outcome.requests).toBeLessThanOrEqual(Math.ceil(written / 200) + 14);
    expect(fake.requests).toHaveLength(outcome.requests);
    const upserts = fake.requests.filter((r) =>
      r.path.endsWith('/composite/sobjects/Account/SeedKey__c')
    );
    expect(upserts).toHaveLength(Math.ceil(1015 / 200));
    expect(log.at(-1)).toMatch(new RegExp(`^Requests to Salesforce: ${outcome.requests} in `));
  });

  it('when seeding again, then it reads in a constant number of requests and writes nothing', async () => {
    await seed();
    fake.reset();

    const outcome = await seed();

    expect(fake.writes).toEqual([]);
    // As above: the knowledge articles' read batch is the fourth request.
    expect(outcome.requests).toBeLessThanOrEqual(4);
  });
});

describe('given records the org rejects', () => {
  beforeEach(async () => {
    await startOrg();
    fake.org.rejectWrites(
      'Contact',
      (c) => c.SeedKey__c === 'ct-eleanor-whitfield' || c.SeedKey__c === 'ct-kenji-nakamura',
      'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      'Phone numbers must be in E.164 format',
      ['Phone']
    );
  });

  it('when seeding, then each failed record is listed with its error, a case that needs one is named, everything else is written, and the exit status is 1', async () => {
    const outcome = await seed();

    expect(outcome.exitCode).toBe(1);
    const text = log.join('\n');
    expect(text).toContain('FAILED: 3 records could not be written:');
    expect(text).toContain(
      'Contact ct-eleanor-whitfield (create): FIELD_CUSTOM_VALIDATION_EXCEPTION: Phone numbers must be in E.164 format (Phone)'
    );
    expect(text).toContain('Contact ct-kenji-nakamura (create): FIELD_CUSTOM_VALIDATION_EXCEPTION');
    expect(text).toContain(
      'Case case-phone-nakamura-limit-order (create): needs Contact ct-kenji-nakamura, which has no Id'
    );
    expect(text).toContain('Everything else was written');
    expect(text).not.toContain('Not attempted');
    expect(fake.org.all('Contact')).toHaveLength(13);
    expect(fake.org.all('Case')).toHaveLength(15);
    expect(fake.org.all('QuickText')).toHaveLength(QUICK_TEXTS);
  });

  it('when the cause is fixed and the seed runs again, then it writes only what is missing and succeeds', async () => {
    await seed();
    fake.org.clearRejections();
    fake.reset();

    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    expect(planRow(outcome, 'Contact')).toMatchObject({ create: 2, unchanged: 13 });
    expect(planRow(outcome, 'Case')).toMatchObject({ create: 1, unchanged: 15 });
    expect(planRow(outcome, 'User')).toMatchObject({ create: 0, update: 0 });
  });
});

describe('given an org with fewer Service Cloud User feature licences than users', () => {
  beforeEach(() => startOrg({ serviceCloudSeats: 5 }));

  it('when seeding, then the users past the last seat are refused with the licence named, what needs them fails by name, everything else is written, and it says how to go on', async () => {
    const outcome = await seed();

    expect(outcome.exitCode).toBe(1);
    expect(outcome.applied!.stoppedAfter).toBeUndefined();
    expect(outcome.applied!.notAttempted).toEqual([]);
    const failures = outcome.applied!.failures;
    const refused = failures.filter((f) =>
      /LICENSE_LIMIT_EXCEEDED.*Service Cloud User/.test(f.error)
    );
    expect(refused.length).toBeGreaterThan(0);
    const refusedUsers = new Set(refused.map((f) => f.key));
    // Records of a refused user fail when their payload is built, naming the missing user.
    const dependents = failures.filter((f) => f.object !== 'User');
    expect(dependents.length).toBeGreaterThan(0);
    for (const f of dependents)
      expect([...refusedUsers].some((u) => f.key.includes(u) || f.error.includes(u))).toBe(true);
    // The customers, their cases and the quick texts are still written.
    expect(fake.org.all('Account').length).toBeGreaterThan(0);
    expect(fake.org.all('Case').length).toBeGreaterThan(0);
    expect(fake.org.all('QuickText').length).toBeGreaterThan(0);
    expect(log).toContainEqual(expect.stringContaining('Everything else was written'));
    expect(log).toContainEqual(expect.stringContaining('run npm run seed again'));
  });
});

describe('given an org with a Service Cloud User seat for every seeded user but none for the admin', () => {
  beforeEach(() => startOrg({ serviceCloudSeats: 19 }));

  it('when seeding, then everything is written, the admin is told how to get a seat, and the exit status is 0, also on the next run', async () => {
    const first = await seed();

    expect(first.exitCode).toBe(0);
    expect(first.applied!.failures).toEqual([]);
    expect(log).toContainEqual(
      expect.stringMatching(
        /^! You \(the admin\) were not given the Service Cloud User feature licence: .*LICENSE_LIMIT_EXCEEDED/
      )
    );
    expect(fake.org.all('QuickText').length).toBeGreaterThan(0);
    fake.reset();
    expect((await seed()).exitCode).toBe(0);
  });
});

describe('given an org with fewer Enhanced Chat User licences than chat users', () => {
  beforeEach(() => startOrg({ chatLicences: 3 }));

  it('when seeding, then the admin and the users with the lowest licensePriority get the licence and Service_Chat_Agent, the rest are skipped and named, and everything else is seeded', async () => {
    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    const org = fake.org;
    const chatSet = org.find('PermissionSet', 'Name', 'Service_Chat_Agent')!;
    const chatAgents = org
      .all('PermissionSetAssignment')
      .filter((a) => a.PermissionSetId === chatSet.Id)
      .map((a) =>
        String(org.get('User', String(a.AssigneeId))!.Username)
          .split('.')
          .slice(0, 2)
          .join('.')
      )
      .sort();
    // The admin, then daniel.brooks (licensePriority 1) and margaret.hale (2).
    expect(chatAgents).toEqual(['admin@omni-desk.test', 'daniel.brooks', 'margaret.hale']);
    expect(org.all('PermissionSetLicenseAssign')).toHaveLength(3);
    expect(planRow(outcome, 'PermissionSetLicenseAssign')).toMatchObject({ create: 3, skipped: 9 });
    expect(log.join('\n')).toMatch(
      /Not enough EmbeddedServiceMessagingUserPsl permission set licences: skipped, by licensePriority, for samuel\.adeyemi, mateo\.alvarez, /
    );
    expect(org.all('Account')).toHaveLength(15);
  });
});

describe('given an org without the Enhanced Chat User licence', () => {
  beforeEach(() => startOrg({ chatLicences: null }));

  it('when seeding, then chat access is skipped for everyone with a warning that names the licence, and the rest is seeded', async () => {
    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    expect(fake.org.all('PermissionSetLicenseAssign')).toEqual([]);
    const chatSet = fake.org.find('PermissionSet', 'Name', 'Service_Chat_Agent')!;
    expect(
      fake.org.all('PermissionSetAssignment').filter((a) => a.PermissionSetId === chatSet.Id)
    ).toEqual([]);
    expect(log.join('\n')).toMatch(
      /The org has no EmbeddedServiceMessagingUserPsl permission set licence \(Setup → Company Information → Permission Set Licenses\): skipped for you \(the admin\), /
    );
    expect(fake.org.all('Account')).toHaveLength(15);
  });
});

describe('given a production org', () => {
  beforeEach(() => startOrg({ kind: 'production' }));

  it('when seeding without --allow-production, then it refuses before writing anything', async () => {
    await expect(seed()).rejects.toThrow(UsageError);
    await expect(seed()).rejects.toThrow(/Refusing to seed .*production org.*--allow-production/s);
    expect(fake.writes).toEqual([]);
  });

  it('when seeding with --allow-production, then it seeds', async () => {
    const outcome = await seed({ allowProduction: true });
    expect(outcome.exitCode).toBe(0);
    expect(fake.org.all('Account')).toHaveLength(15);
  });
});

describe('given an org without the deployed metadata the data names', () => {
  beforeEach(() =>
    startOrg({ without: { UserRole: ['Account_Manager'], Skill: ['Channel_Chat'] } })
  );

  it('when seeding, then it names what is missing, says to deploy first and writes nothing', async () => {
    await expect(seed()).rejects.toThrow(
      /lacks metadata the data names: role Account_Manager, skill Channel_Chat\.\nDeploy the project first/
    );
    expect(fake.writes).toEqual([]);
  });
});

describe('given an org where an entitlement process is not deployed', () => {
  beforeEach(() => startOrg({ without: { SlaProcess: ['HNW_Chat'] } }));

  it('when seeding, then it names the missing entitlement process and writes nothing', async () => {
    await expect(seed()).rejects.toThrow(
      /lacks metadata the data names: entitlement process HNW_Chat\./
    );
    expect(fake.writes).toEqual([]);
  });
});

describe('given an org whose Standard User profile grants View All Data', () => {
  beforeEach(() => startOrg({ standardUserViewsAllData: true }));

  it('when seeding, then it refuses before writing: account managers would read complaints about themselves', async () => {
    await expect(seed()).rejects.toThrow(
      /the profile Standard User grants View All Data or Modify All Data: a seeded account manager, director or rep with it could read and reassign every case, complaints about themselves included.*\nNothing was written\./s
    );
    expect(fake.writes).toEqual([]);
  });

  it('when planning with --dry-run, then it says the same and the exit status is 1', async () => {
    const outcome = await seed({ dryRun: true });
    expect(outcome.exitCode).toBe(1);
    expect(log.join('\n')).toContain('the profile Standard User grants View All Data');
  });
});

describe('given an org without Omni-Channel', () => {
  beforeEach(() => startOrg({ omniChannel: false }));

  it('when seeding, then it says how to enable Omni-Channel and writes nothing', async () => {
    await expect(seed()).rejects.toThrow(
      /skills: INVALID_TYPE.*\n\s+→ Omni-Channel objects are not available: enable Omni-Channel/
    );
    expect(fake.writes).toEqual([]);
  });
});

describe('given a seeded org whose licences are all in use after an admin deactivated an account manager', () => {
  beforeEach(() => startOrg({ salesforceLicenses: 20 }));

  it('when seeding again, then the manager is skipped, but keeps their permission sets, groups and skills, and their clients keep them as manager', async () => {
    await seed();
    const brooks = fake.org
      .all('User')
      .find((u) => String(u.Username).startsWith('daniel.brooks.'))!;
    const clients = fake.org.all('Account').filter((a) => a.AccountManager__c === brooks.Id);
    expect(clients.length).toBeGreaterThan(0);
    const held = () => ({
      permissionSets: fake.org
        .all('PermissionSetAssignment')
        .filter((a) => a.AssigneeId === brooks.Id).length,
      groups: fake.org.all('GroupMember').filter((m) => m.UserOrGroupId === brooks.Id).length
    });
    const before = held();
    // The admin frees Brooks's licence, and someone else takes it.
    fake.org.assign('User', brooks.Id, { IsActive: false });
    fake.org.add('User', {
      Username: 'newcomer@firm.example',
      LastName: 'Newcomer',
      IsActive: true,
      ProfileId: brooks.ProfileId
    });
    fake.reset();

    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    expect(outcome.plan.objects.find((p) => p.spec.object === 'User')!.skipped).toContainEqual(
      expect.objectContaining({ key: 'daniel.brooks' })
    );
    const removedOfBrooks = outcome.plan.objects.flatMap((p) =>
      p.deletes.filter((d) => d.key.split('|')[0] === 'daniel.brooks')
    );
    expect(removedOfBrooks).toEqual([]);
    expect(held()).toEqual(before);
    for (const client of clients)
      expect(fake.org.get('Account', client.Id)!.AccountManager__c).toBe(brooks.Id);
    expect(log.join('\n')).toContain('keeps the manager it has in the org');
  });
});

describe('given an org the project is not deployed to yet (npm start --dry-run checks the deploy without making it)', () => {
  beforeEach(() => startOrg({ customFields: false }));

  it('when planning a dry run, then it says why the org could not be read and plans from the data alone', async () => {
    const outcome = await seed({ dryRun: true });

    expect(outcome.exitCode).toBe(0);
    const text = log.join('\n');
    expect(text).toMatch(/^! Reading the org failed; nothing was written:/m);
    expect(text).toContain("No such column 'SeedKey__c'");
    expect(text).toContain('Plan from data/ alone (the org could not be read as a deployed one');
    expect(planRow(outcome, 'Account').create).toBeGreaterThan(0);
    expect(fake.org.all('Account')).toEqual([]);
  });

  it('when seeding for real, then it stops with the reason and writes nothing', async () => {
    await expect(seed()).rejects.toThrow(/Reading the org failed; nothing was written/);
    expect(fake.org.all('Account')).toEqual([]);
  });
});

describe('given an org with fewer user licenses than the data has users', () => {
  beforeEach(() => startOrg({ salesforceLicenses: 6 }));

  it('when seeding, then the users with the lowest licensePriority get the five free licenses and the rest are skipped, plainly', async () => {
    const outcome = await seed();

    expect(outcome.exitCode).toBe(0);
    expect(planRow(outcome, 'User')).toMatchObject({ create: 5, skipped: 14 });
    expect(fake.org.all('User')).toHaveLength(6);
    expect(log.join('\n')).toMatch(
      /Only 5 of the 19 users still to create fit in this org's Salesforce licenses/
    );
    const skippedText = log.join('\n');
    expect(skippedText).toContain('no Salesforce user license left');
  });
});
