/**
 * `npm run deploy` around the deploy itself: the pre-flight against the fake REST API (production,
 * Omni-Channel, Enhanced Chat, the acknowledgement sender) stops before anything is sent; the
 * outcome of the deployer is reported with the exit status; the admin gets the permission sets
 * after the deploy and, with a test level, before the Apex tests run.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../../../scripts/lib/cli';
import {
  apexTestArgs,
  type ApexTestRequest,
  type ApexTestRunner
} from '../../../scripts/deploy/apex-tests';
import {
  runDeploy,
  type Deployer,
  type DeployRequest,
  type TestLevel
} from '../../../scripts/deploy/deploy';
import type { OrgConnection } from '../../../scripts/provision/connection';
import { apiFor } from '../../fakes/salesforce/connect';
import { FakeSalesforce } from '../../fakes/salesforce/server';
import type { FakeOrg } from '../../fakes/salesforce/org';
import { serviceOrg, type ServiceOrgOptions } from '../../fakes/salesforce/service-org';
import { SCHEMA } from '../../fakes/salesforce/schema';

const root = path.resolve(__dirname, '../../..');
let fake: FakeSalesforce;
let log: string[];
let requests: DeployRequest[];
let adminId: string;
/** Each test run: what it was asked, and which permission sets the admin held at that moment. */
let testRuns: { request: ApexTestRequest; adminSets: string[]; afterDeploys: number }[];
let testStatus = 0;

const adminPermissionSets = () =>
  fake.org
    .all('PermissionSetAssignment')
    .filter((a) => a.AssigneeId === adminId)
    .map((a) => String(fake.org.get('PermissionSet', String(a.PermissionSetId))!.Name));

const runner: ApexTestRunner = async (request) => {
  testRuns.push({ request, adminSets: adminPermissionSets(), afterDeploys: requests.length });
  return testStatus;
};

beforeEach(() => {
  testRuns = [];
  testStatus = 0;
});

afterEach(() => fake?.close());

/** A project whose one package directory ships no settings. */
function bareProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'omni-deploy-'));
  writeFileSync(
    path.join(dir, 'sfdx-project.json'),
    JSON.stringify({
      packageDirectories: [{ path: 'force-app', default: true }],
      sourceApiVersion: '65.0'
    })
  );
  mkdirSync(path.join(dir, 'force-app/main/default/objects'), { recursive: true });
  return dir;
}

async function deploy(
  orgOptions: ServiceOrgOptions,
  deployer: Deployer,
  extra: {
    allowProduction?: boolean;
    withVoice?: boolean;
    root?: string;
    ackSender?: string;
    arrange?: (org: FakeOrg) => void;
    testLevel?: TestLevel;
    tests?: string[];
    dryRun?: boolean;
    via?: OrgConnection['via'];
  } = {}
) {
  const built = serviceOrg(orgOptions);
  adminId = built.adminId;
  extra.arrange?.(built.org);
  fake = await FakeSalesforce.start(built.org);
  const connection: OrgConnection = {
    api: apiFor(fake),
    label: 'fake-org',
    instanceUrl: fake.url,
    via: extra.via ?? 'access-token',
    core: () => Promise.reject(new Error('no core connection in tests'))
  };
  log = [];
  requests = [];
  const recording: Deployer = (request) => {
    requests.push(request);
    return deployer(request);
  };
  return runDeploy({
    connection,
    root: extra.root ?? root,
    withVoice: extra.withVoice ?? false,
    dryRun: extra.dryRun ?? false,
    testLevel: extra.testLevel,
    tests: extra.tests,
    testRunner: runner,
    allowProduction: extra.allowProduction ?? false,
    ackSender: extra.ackSender,
    log: (line) => log.push(line),
    deployer: recording
  });
}

const succeeds: Deployer = async (request) => {
  request.onComponents(3);
  request.onUpdate({ status: 'InProgress', numberComponentsDeployed: 1, numberComponentsTotal: 3 });
  request.onUpdate({ status: 'InProgress', numberComponentsDeployed: 1, numberComponentsTotal: 3 });
  request.onUpdate({ status: 'InProgress', numberComponentsDeployed: 3, numberComponentsTotal: 3 });
  return {
    response: { status: 'Succeeded', success: true, numberComponentsDeployed: 3 },
    getFileResponses: () => []
  };
};

describe('given a scratch org with Omni-Channel and Enhanced Chat', () => {
  it('when deploying, then the package directories are sent, progress is printed once per change and the exit status is 0', async () => {
    const outcome = await deploy({}, succeeds);

    expect(outcome.exitCode).toBe(0);
    expect(requests[0]!.dirs.map((d) => path.relative(root, d))).toEqual(
      expect.arrayContaining(['force-app/service-org', 'force-app/routing-engine'])
    );
    expect(requests[0]!.dirs.some((d) => d.endsWith('optional/voice'))).toBe(false);
    expect(log).toContain('  ok: Omni-Channel is enabled.');
    expect(log).toContain(
      '  ok: Case Origin keeps every value the org uses (Phone, Email, Web, Chat)'
    );
    expect(log.filter((l) => l === '  InProgress, components 1/3')).toHaveLength(1);
    expect(log).toContainEqual(expect.stringMatching(/^Deployed 3 components in \d+ s\.$/));
    expect(adminPermissionSets()).toEqual(['Service_Routing_Admin']);
    expect(fake.org.get('User', adminId)!.UserPermissionsSupportUser).toBe(true);
    // The article seed writes Knowledge__kav as the admin: only Knowledge users may.
    expect(fake.org.get('User', adminId)!.UserPermissionsKnowledgeUser).toBe(true);
    expect(testRuns).toEqual([]);
  });

  it('when the org uses a Case Origin value the shipped set lacks, then it stops before deploying: the deploy would deactivate it', async () => {
    const origin = SCHEMA.Case!.fields.Origin!;
    const shipped = origin.values;
    origin.values = [...(shipped ?? []), 'Partner Portal'];
    try {
      await expect(deploy({}, succeeds)).rejects.toThrow(
        "the org's Case Origin has values the deploy would deactivate (Partner Portal): add them to force-app/service-org/standardValueSets/CaseOrigin.standardValueSet-meta.xml before deploying"
      );
    } finally {
      origin.values = shipped;
    }
    expect(requests).toEqual([]);
  });

  it('when the org has no Service Cloud User or Knowledge User seat left, then the deploy still succeeds and says how to give them by hand', async () => {
    const outcome = await deploy({ serviceCloudSeats: 0, knowledgeSeats: 0 }, succeeds);

    expect(outcome.exitCode).toBe(0);
    expect(adminPermissionSets()).toEqual(['Service_Routing_Admin']);
    expect(fake.org.get('User', adminId)!.UserPermissionsSupportUser).toBe(false);
    expect(log).toContainEqual(
      expect.stringMatching(
        /! the org refused the Service Cloud User flag .*LICENSE_LIMIT_EXCEEDED/
      )
    );
    expect(log).toContain('Left to do by hand:');
    expect(log).toContainEqual(
      expect.stringMatching(/^ {2}- Give .* the Knowledge User feature licence .*Setup → Users → /)
    );
    expect(log.filter((l) => l.startsWith('  - Give '))).toHaveLength(2);
  });

  it('when the org has no Lightning Knowledge, then the Knowledge User flag is not attempted', async () => {
    const outcome = await deploy({ knowledge: false }, succeeds);

    expect(outcome.exitCode).toBe(0);
    expect(fake.org.get('User', adminId)!.UserPermissionsSupportUser).toBe(true);
    expect(log.join('\n')).not.toMatch(/Knowledge User/);
  });

  it('when a component fails, then the failure is listed with its file and the exit status is 1', async () => {
    const outcome = await deploy({}, async () => ({
      response: { status: 'Failed', success: false },
      getFileResponses: () => [
        {
          fullName: 'Triage',
          type: 'Queue',
          state: 'Failed',
          filePath: path.join(root, 'force-app/service-org/queues/Triage.queue-meta.xml'),
          lineNumber: 3,
          columnNumber: 9,
          error: 'bad value (3:9)',
          problemType: 'Error' as const
        }
      ]
    }));

    expect(outcome.exitCode).toBe(1);
    expect(log).toContain(
      '  force-app/service-org/queues/Triage.queue-meta.xml:3:9  Queue Triage: bad value'
    );
  });
});

describe('given orgs that are not ready', () => {
  it('given a production org, when deploying without --allow-production, then it refuses before deploying', async () => {
    await expect(deploy({ kind: 'production' }, succeeds)).rejects.toThrow(
      /Refusing to deploy to .* production org/
    );
    expect(requests).toEqual([]);
  });

  it('given a Developer Edition org, when deploying, then it is not refused as production and the tests run after the deploy, as in any non-production org', async () => {
    const outcome = await deploy({ kind: 'developer' }, succeeds, {
      testLevel: 'RunLocalTests',
      via: 'sf-cli'
    });

    expect(outcome.exitCode).toBe(0);
    expect(requests.map((r) => r.testLevel)).toEqual(['NoTestRun']);
    expect(testRuns).toHaveLength(1);
  });

  it('given a production org and no test level, when deploying, then it says Salesforce runs the local tests inside the deploy', async () => {
    await deploy({ kind: 'production' }, succeeds, { allowProduction: true });

    expect(log).toContainEqual(
      expect.stringContaining('note: Salesforce runs the local tests inside a production deploy')
    );
  });

  it('given a production org, when deploying with --allow-production, then it deploys', async () => {
    expect(
      (await deploy({ kind: 'production' }, succeeds, { allowProduction: true })).exitCode
    ).toBe(0);
  });

  it('given an org without Omni-Channel nor Enhanced Chat and source that does not switch them on, when deploying, then both are reported with the Setup path and nothing is deployed', async () => {
    const bare = bareProject();
    const error = await deploy({ omniChannel: false, enhancedChat: false }, succeeds, {
      root: bare
    }).catch((e: unknown) => e);
    rmSync(bare, { recursive: true, force: true });

    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).toMatch(
      /Omni-Channel is not enabled.*Setup → Omni-Channel Settings → Enable Omni-Channel/
    );
    expect(message).toMatch(/Enhanced Chat\) is not enabled.*Setup → Messaging Settings/);
    expect(requests).toEqual([]);
  });

  it('given an org without Omni-Channel nor Enhanced Chat and the project source, which ships the settings that switch them on, when deploying, then it notes it and deploys', async () => {
    const outcome = await deploy({ omniChannel: false, enhancedChat: false }, succeeds);

    expect(outcome.exitCode).toBe(0);
    expect(log).toContainEqual(
      expect.stringMatching(
        /note: Omni-Channel is not enabled in this org .*the deploy switches it on/
      )
    );
    expect(log).toContainEqual(
      expect.stringMatching(
        /note: Messaging .* is not enabled .*the deploy switches it on \(settings\/LiveMessage/
      )
    );
  });
});

describe('given a test level', () => {
  it('when deploying with RunLocalTests, then the deploy runs no tests, the admin gets the permission sets, and only then sf apex run test runs', async () => {
    const outcome = await deploy({}, succeeds, { testLevel: 'RunLocalTests', via: 'sf-cli' });

    expect(outcome.exitCode).toBe(0);
    expect(requests.map((r) => r.testLevel)).toEqual(['NoTestRun']);
    expect(testRuns).toEqual([
      {
        request: expect.objectContaining({ targetOrg: 'fake-org', testLevel: 'RunLocalTests' }),
        adminSets: ['Service_Routing_Admin'],
        afterDeploys: 1
      }
    ]);
    expect(log.join('\n')).toMatch(
      /with NoTestRun \(the Apex tests run after it, RunLocalTests\)[\s\S]*assigned Service_Routing_Admin[\s\S]*Running the Apex tests \(RunLocalTests\)[\s\S]*Apex tests passed\./
    );
  });

  it('when the org refuses to assign the admin permission set, then it stops with the Setup step and runs no tests', async () => {
    const refused = deploy({}, succeeds, {
      testLevel: 'RunLocalTests',
      via: 'sf-cli',
      arrange: (org) =>
        org.rejectWrites(
          'PermissionSetAssignment',
          () => true,
          'INSUFFICIENT_ACCESS',
          'no access to assign'
        )
    });

    await expect(refused).rejects.toThrow(
      /refused to assign Service_Routing_Admin \(no access to assign\)[\s\S]*deployed metadata is saved[\s\S]*Setup > Users > [^>]+ > Permission Set Assignments/
    );
    expect(requests).toHaveLength(1);
    expect(testRuns).toEqual([]);
  });

  it('when a test fails, then the exit status is 1 and the run says the deploy itself is saved', async () => {
    testStatus = 100;
    const outcome = await deploy({}, succeeds, { testLevel: 'RunLocalTests', via: 'sf-cli' });

    expect(outcome).toEqual({ exitCode: 1, failures: ['Apex tests failed (exit status 100)'] });
    expect(log).toContain(
      'Apex tests failed (sf apex run test exit status 100); the deploy itself is saved.'
    );
  });

  it('when deploying with RunSpecifiedTests, then the named classes are passed to sf apex run test', async () => {
    await deploy({}, succeeds, {
      testLevel: 'RunSpecifiedTests',
      tests: ['IvrIntakeResourceTest', 'TransferControllerTest'],
      via: 'sf-cli'
    });

    expect(requests[0]).toMatchObject({ testLevel: 'NoTestRun', tests: [] });
    expect(apexTestArgs(testRuns[0]!.request)).toEqual([
      'apex',
      'run',
      'test',
      '--target-org',
      'fake-org',
      '--class-names',
      'IvrIntakeResourceTest',
      '--class-names',
      'TransferControllerTest',
      '--code-coverage',
      '--result-format',
      'human',
      '--wait',
      '60'
    ]);
  });

  it("when connected by an access token, then it refuses before deploying: the tests need the CLI's authorization", async () => {
    await expect(deploy({}, succeeds, { testLevel: 'RunLocalTests' })).rejects.toThrow(
      /--test-level RunLocalTests runs the Apex tests with the Salesforce CLI .*npx sf org login web/
    );
    expect(requests).toEqual([]);
  });

  it('when validating (--dry-run), then the tests run inside the check-only deploy, nothing is assigned, and the run says why they may fail', async () => {
    const outcome = await deploy({}, succeeds, {
      testLevel: 'RunLocalTests',
      dryRun: true,
      via: 'sf-cli'
    });

    expect(outcome.exitCode).toBe(0);
    expect(requests.map((r) => [r.testLevel, r.checkOnly])).toEqual([['RunLocalTests', true]]);
    expect(testRuns).toEqual([]);
    expect(fake.writes).toEqual([]);
    expect(log).toContainEqual(
      expect.stringContaining('note: a check-only deploy runs the tests inside it')
    );
  });

  it("when deploying to a production org, then Salesforce's rule holds: the tests run inside the deploy, with a note", async () => {
    await deploy({ kind: 'production' }, succeeds, {
      testLevel: 'RunLocalTests',
      allowProduction: true,
      via: 'sf-cli'
    });

    expect(requests.map((r) => r.testLevel)).toEqual(['RunLocalTests']);
    expect(testRuns).toEqual([]);
    expect(log).toContainEqual(
      expect.stringContaining('note: Salesforce runs the tests inside a production deploy')
    );
  });
});

describe('the acknowledgement sender', () => {
  const verified = (address: string, isVerified: boolean) => (org: FakeOrg) =>
    org.add('OrgWideEmailAddress', {
      Address: address,
      DisplayName: 'Client Service',
      IsVerified: isVerified
    });

  it("given no sender configured, when deploying, then the admin's own address replaces the placeholder and the run says how to set the org-wide one", async () => {
    expect(await deploy({}, succeeds)).toMatchObject({ exitCode: 0 });

    expect(requests[0]!.environment).toEqual({ OMNI_DESK_ACK_SENDER: 'admin@omni-desk.test' });
    expect(requests[0]!.projectDirectory).toBe(root);
    expect(log).toContainEqual(
      expect.stringMatching(
        /note: acknowledgements will be sent from your own address, admin@omni-desk\.test, because OMNI_DESK_ACK_SENDER is not set\. .*Setup → Organization-Wide Addresses → Add/
      )
    );
  });

  it('given a verified organization-wide address, when deploying with it, then that address replaces the placeholder', async () => {
    await deploy({}, succeeds, {
      ackSender: 'service@firm.example',
      arrange: verified('service@firm.example', true)
    });

    expect(requests[0]!.environment).toEqual({ OMNI_DESK_ACK_SENDER: 'service@firm.example' });
    expect(log).toContain(
      '  ok: acknowledgements are sent from service@firm.example (verified organization-wide address).'
    );
  });

  it('given an address that is not an org-wide address, or not verified yet, when deploying with it, then it stops with the Setup step and nothing is deployed', async () => {
    await expect(deploy({}, succeeds, { ackSender: 'service@firm.example' })).rejects.toThrow(
      /OMNI_DESK_ACK_SENDER is service@firm\.example, which is not an organization-wide address of this org; nothing was deployed\. Add it \(Setup → Organization-Wide Addresses → Add/
    );
    expect(requests).toEqual([]);
    await fake.close();

    await expect(
      deploy({}, succeeds, {
        ackSender: 'service@firm.example',
        arrange: verified('service@firm.example', false)
      })
    ).rejects.toThrow(/not verified yet; nothing was deployed\. Click the link Salesforce emailed/);
    expect(requests).toEqual([]);
  });
});

describe('given --with-voice', () => {
  it('when optional/voice is missing from the checkout, then it says so and deploys nothing', async () => {
    const bare = bareProject();
    const attempt = deploy({}, succeeds, { withVoice: true, root: bare });
    await expect(attempt).rejects.toThrow('--with-voice: optional/voice does not exist');
    rmSync(bare, { recursive: true, force: true });
    expect(requests).toEqual([]);
  });

  it('when optional/voice is in the checkout, then it is deployed too', async () => {
    expect(existsSync(path.join(root, 'optional/voice'))).toBe(true);
    await deploy({}, succeeds, { withVoice: true });
    expect(requests[0]!.dirs.some((d) => d.endsWith('optional/voice'))).toBe(true);
  });
});
