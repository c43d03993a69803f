/**
 * `npm start` with an org, against the fake REST API: the Salesforce CLI (scratch org creation,
 * login URL) and the deployer are replaced, everything else is real. It sets up the admin,
 * activates the shipped messaging channel, seeds, and says what to try first; a second run
 * reuses the scratch org and writes nothing.
 */
import path from 'node:path';
import type { Deployer } from '../../../scripts/deploy/deploy';
import { ToolError } from '../../../scripts/lib/cli';
import type { OrgConnection } from '../../../scripts/provision/connection';
import { runOnline, type OnlineOptions } from '../../../scripts/start/online';
import type { SfRunner } from '../../../scripts/start/processes';
import { apiFor } from '../../fakes/salesforce/connect';
import { FakeSalesforce } from '../../fakes/salesforce/server';
import { serviceOrg } from '../../fakes/salesforce/service-org';

const root = path.resolve(__dirname, '../../..');
let fake: FakeSalesforce;
let adminId: string;
let sfCalls: string[][];
let deploys: number;
let log: string[];
let knownAliases: Set<string>;

const sf: SfRunner = async (args) => {
  sfCalls.push(args);
  if (args.slice(0, 3).join(' ') === 'org create scratch') {
    knownAliases.add(args[args.indexOf('--alias') + 1]!);
    return { username: 'admin@omni-desk.test', orgId: fake.org.organizationId };
  }
  if (args.slice(0, 2).join(' ') === 'org open')
    return { url: `${fake.url}/secur/frontdoor.jsp?sid=x` };
  throw new Error(`unexpected sf ${args.join(' ')}`);
};

const deployer: Deployer = async () => {
  deploys++;
  return {
    response: { status: 'Succeeded', success: true, numberComponentsDeployed: 250 },
    getFileResponses: () => []
  };
};

function connection(): OrgConnection {
  return {
    api: apiFor(fake),
    label: 'omni-desk',
    instanceUrl: fake.url,
    via: 'sf-cli',
    core: () => Promise.reject(new Error('unused'))
  };
}

function start(options: Partial<OnlineOptions> = {}): Promise<number> {
  log = [];
  return runOnline({
    root,
    apiVersion: '65.0',
    devHub: 'devhub',
    alias: 'omni-desk',
    durationDays: 7,
    withVoice: false,
    seed: true,
    dryRun: false,
    allowProduction: false,
    log: (line) => log.push(line),
    seams: {
      sf,
      deployer,
      connect: async () => connection(),
      knownAlias: async (alias) => knownAliases.has(alias),
      checkDevHub: async () => undefined
    },
    ...options
  });
}

beforeEach(async () => {
  const built = serviceOrg();
  adminId = built.adminId;
  fake = await FakeSalesforce.start(built.org);
  sfCalls = [];
  deploys = 0;
  knownAliases = new Set();
});
afterEach(() => fake.close());

describe('given a Dev Hub and no scratch org yet', () => {
  it('when started, then it creates the scratch org, deploys, sets up the admin, activates the chat channel, seeds and prints the login URL and what to try first', async () => {
    const code = await start();

    expect(code).toBe(0);
    expect(sfCalls[0]).toEqual(
      expect.arrayContaining([
        'org',
        'create',
        'scratch',
        '--definition-file',
        'config/project-scratch-def.json',
        '--alias',
        'omni-desk',
        '--target-dev-hub',
        'devhub'
      ])
    );
    expect(deploys).toBe(1);
    const org = fake.org;
    const adminSets = org
      .all('PermissionSetAssignment')
      .filter((a) => a.AssigneeId === adminId)
      .map((a) => org.get('PermissionSet', String(a.PermissionSetId))!.Name);
    expect(adminSets.sort()).toEqual(['Service_Chat_Agent', 'Service_Routing_Admin']);
    expect(org.get('User', adminId)!.UserPermissionsSupportUser).toBe(true);
    expect(org.find('MessagingChannel', 'DeveloperName', 'Web_Chat')!.IsActive).toBe(true);
    expect(org.all('Account')).toHaveLength(15);
    const text = log.join('\n');
    expect(text).toMatch(
      /\[1\] Find the org[\s\S]*\[2\] Deploy the source[\s\S]*\[3\] Post-deploy steps[\s\S]*\[4\] Seed teams[\s\S]*\[5\] Login URL/
    );
    expect(text).toContain(`${fake.url}/secur/frontdoor.jsp?sid=x`);
    expect(text).toContain('"Available - All Channels"');
    expect(text).toMatch(
      /npx sf data create record --target-org omni-desk --sobject Case --values "Origin=Email SuppliedEmail=noah\.fischer@example\.net /
    );
    const orgId15 = org.organizationId.slice(0, 15).toLowerCase();
    expect(text).toContain(
      `npx sf org generate password --on-behalf-of daniel.brooks.${orgId15}@omni-desk.example --target-org omni-desk`
    );
    expect(text).toMatch(
      /Left to do by hand[\s\S]*Setup → Embedded Service Deployments → New Deployment/
    );
  });

  it('when started twice, then the second run reuses the scratch org and the seed writes nothing', async () => {
    await start();
    fake.reset();
    sfCalls = [];

    expect(await start()).toBe(0);

    expect(sfCalls.map((c) => c.slice(0, 2).join(' '))).toEqual(['org open']);
    expect(log.join('\n')).toMatch(/reusing scratch org omni-desk/);
    expect(fake.writes).toEqual([]);
  });

  it('when started with --dry-run, then no scratch org is created, nothing is deployed or written, and the seed plan is printed', async () => {
    expect(await start({ dryRun: true })).toBe(0);

    expect(sfCalls).toEqual([]);
    expect(deploys).toBe(0);
    expect(fake.requests).toEqual([]);
    expect(log.join('\n')).toMatch(
      /would run npx sf org create scratch[\s\S]*Plan from data\/ alone/
    );
  });
});

describe('given a scratch org whose Standard User profile grants View All Data', () => {
  it('when started with --dry-run, then the seed plan fails the run as the seed would, before anything is written', async () => {
    fake.close();
    fake = await FakeSalesforce.start(serviceOrg({ standardUserViewsAllData: true }).org);
    knownAliases.add('omni-desk');

    await expect(start({ dryRun: true })).rejects.toThrow(
      'the seed plan found a problem that would stop the seed (see above); fix it before the real run'
    );
    expect(log.join('\n')).toContain('the profile Standard User grants View All Data');
    expect(fake.writes).toEqual([]);
  });
});

describe('given a scratch org deployed from an older version of the project', () => {
  it('when started with --dry-run, then metadata the deploy would add is no failure of the seed plan', async () => {
    fake.close();
    fake = await FakeSalesforce.start(
      serviceOrg({ without: { UserRole: ['Account_Manager'] } }).org
    );
    knownAliases.add('omni-desk');

    expect(await start({ dryRun: true })).toBe(0);
    expect(log.join('\n')).toContain('lacks metadata the data names: role Account_Manager');
    expect(fake.writes).toEqual([]);
  });
});

describe('given a Dev Hub that cannot create a scratch org', () => {
  it('when the Dev Hub check fails, then the run stops with its message before any sf command', async () => {
    const base = { sf, deployer, connect: async () => connection(), knownAlias: async () => false };
    await expect(
      start({
        seams: {
          ...base,
          checkDevHub: async (devHub) => {
            throw new ToolError(`Dev Hub "${devHub}" is not authorized in the Salesforce CLI`);
          }
        }
      })
    ).rejects.toThrow('Dev Hub "devhub" is not authorized in the Salesforce CLI');
    expect(sfCalls).toEqual([]);
  });

  it('when sf org create scratch fails, then the message says the scratch org could not be created with that Dev Hub and why', async () => {
    const failing: SfRunner = async (args) => {
      sfCalls.push(args);
      throw new ToolError('sf org create scratch: ScratchOrgInfoError: daily limit reached');
    };
    await expect(
      start({
        seams: {
          sf: failing,
          deployer,
          connect: async () => connection(),
          knownAlias: async () => false,
          checkDevHub: async () => undefined
        }
      })
    ).rejects.toThrow(
      /^the scratch org could not be created with Dev Hub devhub: sf org create scratch: ScratchOrgInfoError: daily limit reached\nCommon causes: /
    );
    expect(deploys).toBe(0);
  });
});

describe('given --target-org', () => {
  it('when the org refuses to activate the messaging channel through the API, then activation becomes a manual step and the run still succeeds', async () => {
    fake.org.rejectWrites(
      'MessagingChannel',
      () => true,
      'INSUFFICIENT_ACCESS',
      'cannot activate an embedded channel without a deployment'
    );

    expect(await start({ targetOrg: 'my-sandbox' })).toBe(0);

    expect(sfCalls.map((c) => c.slice(0, 2).join(' '))).toEqual(['org open']);
    expect(log.join('\n')).toMatch(
      /Left to do by hand[\s\S]*Setup → Messaging Settings → Web_Chat → Activate/
    );
  });

  it('when the deploy fails, then the run stops before seeding and says why', async () => {
    const failing: Deployer = async () => ({
      response: { status: 'Failed', success: false, errorMessage: 'boom' },
      getFileResponses: () => []
    });

    await expect(
      start({
        targetOrg: 'my-sandbox',
        seams: { sf, deployer: failing, connect: async () => connection() }
      })
    ).rejects.toThrow(/the deploy failed/);

    expect(fake.org.all('Account')).toEqual([]);
  });

  it('when started with --no-seed, then nothing is seeded', async () => {
    expect(await start({ targetOrg: 'my-sandbox', seed: false })).toBe(0);
    expect(fake.org.all('Account')).toEqual([]);
    expect(log.join('\n')).toContain('Seed: skipped, --no-seed');
  });
});
