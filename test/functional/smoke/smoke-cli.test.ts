/**
 * `npm run smoke` as a process, connected to the fake REST API (seeded, with the project's Apex
 * behaviour installed) through the access-token environment variables: its help, its table and
 * its exit status on a clean org and on a drifted one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSeed } from '../../../scripts/seed/seed';
import { runCliAsync, runCliSync } from '../../builders/cli';
import { REAL_DATA_DIR } from '../../fakes/seed-data';
import { apiFor } from '../../fakes/salesforce/connect';
import { FakeSalesforce } from '../../fakes/salesforce/server';
import { installServiceDeskApex, type ApexFault } from '../../fakes/salesforce/service-desk-apex';
import { serviceOrg } from '../../fakes/salesforce/service-org';

let fake: FakeSalesforce | undefined;
let home: string;

beforeAll(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'omni-smoke-home-'));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function smokeCli(fault?: ApexFault) {
  fake = await FakeSalesforce.start(serviceOrg().org);
  await runSeed({
    api: apiFor(fake),
    dataDir: REAL_DATA_DIR,
    dryRun: false,
    allowProduction: false,
    log: () => undefined
  });
  installServiceDeskApex(fake, fault);
  return runCliAsync('smoke', [], {
    env: {
      ...process.env,
      HOME: home,
      OMNI_DESK_INSTANCE_URL: fake.url,
      OMNI_DESK_ACCESS_TOKEN: fake.accessToken
    }
  });
}

describe('npm run smoke', () => {
  it('given --help, when run, then it explains what it checks and exits 0', () => {
    const run = runCliSync('smoke', ['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: npm run smoke -- [flags]');
    expect(run.stdout).toContain('--target-org');
    expect(run.stdout).toContain('POST /services/apexrest/ivr/intake');
  }, 60_000);

  it('given a seeded org that routes as npm run route predicts, when run, then it prints the table and exits 0', async () => {
    const run = await smokeCli();
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^contact\s+check\s+expected \(npm run route\)\s+org/m);
    expect(run.stdout).toContain('Smoke test passed: ');
    expect(run.code).toBe(0);
  }, 120_000);

  it('given an org whose routing drifted, when run, then the difference is in the table and the exit status is 1', async () => {
    const run = await smokeCli('wrong-queue');
    expect(run.stdout).toMatch(
      /email-ecommerce\s+owner\s+queue Ecommerce_Email\s+queue Triage\s+DIFF/
    );
    expect(run.stdout).toMatch(/Smoke test FAILED: 2 of \d+ checks differ/);
    expect(run.code).toBe(1);
  }, 120_000);

  it('given no org connected, when run, then it says how to connect one and exits 1', () => {
    const run = runCliSync('smoke', [], {
      env: { PATH: process.env.PATH, HOME: home, SF_USE_GENERIC_UNIX_KEYCHAIN: 'true' }
    });
    expect(run.stderr).toMatch(/No org is connected/);
    expect(run.status).toBe(1);
  }, 60_000);
});
